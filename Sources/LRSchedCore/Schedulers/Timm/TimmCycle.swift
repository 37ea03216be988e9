/// Where step `t` falls in the restarts of timm's cosine, polynomial and tanh schedulers: cycle
/// `i`, of length `t_i`, `t_curr` steps in.
///
/// With `cycle_mul == 1`, `i = t // t_initial` and `t_curr = t - t_initial * i`: all `int` when `t`
/// and `t_initial` are, else Python's float floor division and float arithmetic (`i` is then a
/// float). Otherwise `i = floor(log(1 - t / t_initial * (1 - cycle_mul), cycle_mul))`, as timm
/// computes it.
struct TimmCycle {
  let i: PyNumber
  let tI: PyNumber
  let tCurr: PyNumber

  init(t: PyNumber, tInitial: PyNumber, cycleMul: PyNumber, path: String) throws(SpecError) {
    if cycleMul.double != 1 {
      let x = 1 - (try PyChecked.div(t.double, tInitial.double, at: path)) * (1 - cycleMul.double)
      let index = try PyChecked.floorToInt(try PyChecked.log(x, base: cycleMul.double, at: path), at: path)
      i = .int(index)
      let power = try PyNumber.pow(cycleMul, PyNumber(int: index), at: path)
      tI = PyNumber.multiply(power, tInitial)
      let span = try PyChecked.div(1 - power.double, 1 - cycleMul.double, at: path) * tInitial.double
      tCurr = PyNumber(float: t.double - span)
    } else {
      let q = try PyNumber.floorDiv(t, tInitial, at: path)
      i = q
      tI = tInitial
      if let a = t.int, let b = tInitial.int, let k = q.int {
        tCurr = .int(a - b * k)
      } else {
        tCurr = .float(t.double - PyNumber.multiply(tInitial, q).double)
      }
    }
  }

  /// `math.pi * t_curr ** k / t_i ** k`, the cosine's argument with k-decay.
  func cosineArgument(k: PyNumber, path: String) throws(SpecError) -> Double {
    try PyChecked.div(PyMath.pi * (try PyNumber.pow(tCurr, k, at: path)).double, (try PyNumber.pow(tI, k, at: path)).double, at: path)
  }

  /// `t_curr ** k / t_i ** k`.
  func progress(k: PyNumber, path: String) throws(SpecError) -> Double {
    try PyChecked.div((try PyNumber.pow(tCurr, k, at: path)).double, (try PyNumber.pow(tI, k, at: path)).double, at: path)
  }
}

/// Where step `t` falls in the restarts of timm's cosine, polynomial and tanh schedulers: cycle
/// `i`, of length `t_i`, `t_curr` steps in.
///
/// With `cycle_mul == 1` the cycles are `t_initial` long and everything is integer; otherwise
/// `i = floor(log(1 - t / t_initial * (1 - cycle_mul), cycle_mul))`, as timm computes it.
struct TimmCycle {
  let i: Int
  let tI: PyNumber
  let tCurr: PyNumber

  init(t: Int, tInitial: Int, cycleMul: PyNumber, path: String) throws(SpecError) {
    if cycleMul.double != 1 {
      let x = 1 - Double(t) / Double(tInitial) * (1 - cycleMul.double)
      i = try PyChecked.floorToInt(try PyChecked.log(x, base: cycleMul.double, at: path), at: path)
      let power = try PyNumber.pow(cycleMul, PyNumber(int: i), at: path)
      tI = PyNumber.multiply(power, PyNumber(int: tInitial))
      let span = try PyChecked.div(1 - power.double, 1 - cycleMul.double, at: path) * Double(tInitial)
      tCurr = PyNumber(float: Double(t) - span)
    } else {
      guard let q = PyMath.floorDiv(t, tInitial) else { throw SpecError(path, "ZeroDivisionError: integer division or modulo by zero") }
      i = q
      tI = PyNumber(int: tInitial)
      tCurr = PyNumber(int: t - tInitial * q)
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

/// The toy model: `nn.Linear(inputs, classes)` followed by `nn.CrossEntropyLoss()` (mean
/// reduction), in double precision.
///
/// Parameters are the weight (`classes × inputs`, row by row) then the bias, in one array. The
/// arithmetic follows PyTorch's CPU kernels: logits `x·wᵀ + b`; `log_softmax` as
/// `z − max − log(Σ exp(z − max))`; the loss `Σ −log p[label] / n`; its gradient through
/// `nll_loss` (`−1/n` at the label) and `log_softmax` (`g − exp(log p) × Σg`); the weight's
/// gradient `Σ_b g[b]ᵀ x[b]` and the bias's `Σ_b g[b]`, summed over the batch in order. PyTorch
/// hands the matrix products to MKL, whose blocking (and so rounding) depends on the CPU, so the
/// dot products here are plain sums in index order: losses agree with PyTorch's to about 1e-15
/// relative per step (1e-12 over the reference runs), not bit for bit.
public final class LinearClassifier {
  public let inputs: Int
  public let classes: Int
  /// The weight then the bias.
  public var parameters: [Double]
  /// The gradient of the last `lossAndGradient` call, laid out like `parameters`.
  public private(set) var gradient: [Double]
  private var logits: [Double]

  /// The weight's element count; the bias follows it in `parameters`.
  public var weightCount: Int { inputs * classes }

  /// A model starting from `initialization` (drawn from `seed`'s initialization stream).
  public init(inputs: Int, classes: Int, initialization: TrainInit = .zeros, seed: Int = 0) {
    self.inputs = inputs
    self.classes = classes
    let count = inputs * classes + classes
    parameters = [Double](repeating: 0, count: count)
    gradient = [Double](repeating: 0, count: count)
    logits = [Double](repeating: 0, count: classes)
    if initialization == .uniform {
      var rng = SeededGenerator(seed: seed, stream: .initialization)
      let bound = 1.0 / Libm.squareRoot(Double(inputs))
      for i in parameters.indices {
        parameters[i] = bound * (2.0 * rng.uniform() - 1.0)
      }
    }
  }

  /// The mean cross-entropy over the rows `rows` of `data`, and its gradient in `gradient`.
  public func lossAndGradient(_ data: Dataset, rows: ArraySlice<Int>) -> Double {
    let n = rows.count
    guard n > 0 else { return .nan }
    let d = inputs
    let k = classes
    let g = -(1.0 / Double(n))
    var total = 0.0
    data.features.withUnsafeBufferPointer { x in
      data.labels.withUnsafeBufferPointer { y in
        parameters.withUnsafeBufferPointer { p in
          gradient.withUnsafeMutableBufferPointer { grad in
            logits.withUnsafeMutableBufferPointer { z in
              for i in 0..<grad.count { grad[i] = 0 }
              for r in rows {
                let xr = r * d
                let m = Self.forward(x: x, row: xr, p: p, d: d, k: k, z: z)
                var s = 0.0
                for c in 0..<k { s += Libm.exponential(z[c] - m) }
                let ls = Libm.naturalLogarithm(s)
                let t = y[r]
                total += -(z[t] - m - ls)
                for c in 0..<k {
                  let lp = z[c] - m - ls
                  let gz = (c == t ? g : 0) - Libm.exponential(lp) * g
                  let w = c * d
                  for j in 0..<d { grad[w + j] += gz * x[xr + j] }
                  grad[k * d + c] += gz
                }
              }
            }
          }
        }
      }
    }
    return total / Double(n)
  }

  /// The mean cross-entropy and the accuracy (`argmax`: the first largest logit, NaN counting as
  /// largest) over the rows `rows`.
  public func evaluate(_ data: Dataset, rows: Range<Int>) -> (loss: Double, accuracy: Double) {
    let n = rows.count
    guard n > 0 else { return (.nan, .nan) }
    let d = inputs
    let k = classes
    var total = 0.0
    var correct = 0
    data.features.withUnsafeBufferPointer { x in
      data.labels.withUnsafeBufferPointer { y in
        parameters.withUnsafeBufferPointer { p in
          logits.withUnsafeMutableBufferPointer { z in
            for r in rows {
              let m = Self.forward(x: x, row: r * d, p: p, d: d, k: k, z: z)
              var s = 0.0
              var best = 0
              for c in 0..<k {
                s += Libm.exponential(z[c] - m)
                if !z[best].isNaN && (z[c].isNaN || z[c] > z[best]) { best = c }
              }
              let t = y[r]
              total += -(z[t] - m - Libm.naturalLogarithm(s))
              if best == t { correct += 1 }
            }
          }
        }
      }
    }
    return (total / Double(n), Double(correct) / Double(n))
  }

  /// Writes the row's logits to `z` and returns their maximum (NaN if any is NaN, as `max` in ATen).
  @inline(__always)
  private static func forward(
    x: UnsafeBufferPointer<Double>, row: Int, p: UnsafeBufferPointer<Double>, d: Int, k: Int,
    z: UnsafeMutableBufferPointer<Double>
  ) -> Double {
    var m = -Double.infinity
    for c in 0..<k {
      let w = c * d
      var dot = 0.0
      for j in 0..<d { dot += x[row + j] * p[w + j] }
      let v = dot + p[k * d + c]
      z[c] = v
      if v.isNaN || m.isNaN { m = .nan } else if v > m { m = v }
    }
    return m
  }
}

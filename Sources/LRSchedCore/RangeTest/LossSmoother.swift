/// fastai's `AvgSmoothLoss`: an exponential moving average with bias correction.
///
/// `avg = torch.lerp(loss, avg, β)`, starting at 0, and the smoothed value is
/// `avg / (1 − β**count)`. The lerp is PyTorch's CPU kernel's, fused: `avg + (β − 1)·(avg − loss)`
/// for β ≥ 0.5, else `loss + β·(avg − loss)` (bit-identical to float64 `torch.lerp`). With
/// β = 0 the loss passes through unchanged.
public struct LossSmoother: Sendable {
  public let beta: Double
  private var average = 0.0
  private var count = 0.0

  public init(beta: Double) {
    self.beta = beta
  }

  /// Adds `loss` and returns the smoothed value.
  public mutating func add(_ loss: Double) -> Double {
    guard beta != 0 else { return loss }
    count += 1
    let difference = average - loss
    average = beta < 0.5 ? loss.addingProduct(beta, difference) : average.addingProduct(beta - 1, difference)
    return average / (1 - Libm.power(beta, count))
  }

  /// The smoothed series of `losses`.
  public static func smooth(_ losses: [Double], beta: Double) -> [Double] {
    var s = LossSmoother(beta: beta)
    return losses.map { s.add($0) }
  }
}

/// One parameter group's learning rate over a run, accumulated row by row in constant memory:
/// its peak and minimum (the first step each is reached), its final value, the sum of the
/// learning rate over the steps (Neumaier-compensated, so long runs lose no precision), and the
/// number of decays (maximal stretches of consecutive steps over which it falls: a staircase's
/// drops, a cosine's cycles).
///
/// NaN rows count in the sum and the final value but never as the peak or the minimum.
public struct GroupSummary: Sendable, Equatable {
  /// The group's name (`lr_<name>` in the CSV).
  public let name: String
  public private(set) var peak = -Double.infinity
  public private(set) var peakStep = 0
  public private(set) var peakEpoch = 0.0
  public private(set) var minimum = Double.infinity
  public private(set) var minimumStep = 0
  public private(set) var minimumEpoch = 0.0
  public private(set) var final = Double.nan
  /// The number of stretches over which the learning rate falls.
  public private(set) var decays = 0
  /// The first step at which the learning rate is lower than at the step before (`nil` while
  /// it has not fallen).
  public private(set) var firstFall: Int?
  /// The first value.
  public private(set) var first = Double.nan
  public private(set) var rows = 0
  private var sumHigh = 0.0
  private var sumCompensation = 0.0
  private var falling = false

  public init(name: String) {
    self.name = name
  }

  /// The sum of the learning rate over the steps observed.
  public var sum: Double { sumHigh + sumCompensation }

  /// The mean learning rate over the steps observed (NaN before any).
  public var mean: Double { rows == 0 ? .nan : sum / Double(rows) }

  /// Takes the group's learning rate `lr` at `step` (epoch `epoch`) into account; rows come in
  /// order.
  public mutating func observe(step: Int, epoch: Double, lr: Double) {
    if rows == 0 { first = lr }
    if lr > peak {
      peak = lr
      peakStep = step
      peakEpoch = epoch
    }
    if lr < minimum {
      minimum = lr
      minimumStep = step
      minimumEpoch = epoch
    }
    if rows > 0 {
      let fell = lr < final
      if fell && !falling { decays += 1 }
      if fell && firstFall == nil { firstFall = step }
      falling = fell
    }
    final = lr
    let t = sumHigh + lr
    if abs(sumHigh) >= abs(lr) {
      sumCompensation += (sumHigh - t) + lr
    } else {
      sumCompensation += (lr - t) + sumHigh
    }
    sumHigh = t
    rows += 1
  }
}

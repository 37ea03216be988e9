/// How an LR range test raises the learning rate, as torch-lr-finder's `step_mode`.
public enum RampMode: String, Sendable, CaseIterable {
  /// `start × (end / start) ** r` (torch-lr-finder's `ExponentialLR`).
  case exp
  /// `start + r × (end − start)` (its `LinearLR`).
  case linear

  /// The learning rate of iteration `i` of `count`, where `r = i / (count − 1)`.
  public func lr(iteration i: Int, of count: Int, start: Double, end: Double) -> Double {
    let r = count > 1 ? Double(i) / Double(count - 1) : 0
    switch self {
    case .exp: return start * Libm.power(end / start, r)
    case .linear: return start + r * (end - start)
    }
  }
}

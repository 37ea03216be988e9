/// The direction a `monotonic` assertion requires of consecutive learning rates.
public enum MonotonicDirection: String, Sendable, CaseIterable {
  case nonIncreasing = "non-increasing"
  case nonDecreasing = "non-decreasing"
  case increasing
  case decreasing

  /// Whether going from `previous` to `current` keeps the direction; the non-strict directions
  /// allow a rise (or fall) of up to `tolerance`.
  public func holds(from previous: Double, to current: Double, tolerance: Double) -> Bool {
    switch self {
    case .nonIncreasing: return current <= previous + tolerance
    case .nonDecreasing: return current >= previous - tolerance
    case .increasing: return current > previous
    case .decreasing: return current < previous
    }
  }

  /// How a break reads: "rises", "falls", "stays flat", or "is NaN".
  public func breakVerb(from previous: Double, to current: Double) -> String {
    if previous.isNaN || current.isNaN { return "is NaN" }
    switch self {
    case .nonIncreasing: return "rises"
    case .nonDecreasing: return "falls"
    case .increasing: return current == previous ? "stays flat" : "falls"
    case .decreasing: return current == previous ? "stays flat" : "rises"
    }
  }
}

/// How an axis range is fitted around the data when no limits are given.
public enum AxisFit: Sendable, Hashable {
  /// Exactly the data extent.
  case exact
  /// The data extent widened by this fraction of its span on each side
  /// (in log space on a log axis), as matplotlib's default 5 % margins.
  case padded(Double)
  /// The data extent widened to the enclosing nice ticks (whole decades on
  /// a log axis), so both ends are labelled.
  case niceBounds
}

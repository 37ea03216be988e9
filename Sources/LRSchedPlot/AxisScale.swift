import Foundation

/// How data values map onto an axis.
public enum AxisScale: String, Sendable, Hashable, CaseIterable {
  case linear
  case logarithmic
}

extension AxisScale {
  /// Whether `value` can be placed on this scale: finite, and positive on a log scale.
  @inlinable
  public func accepts(_ value: Double) -> Bool {
    switch self {
    case .linear: return value.isFinite
    case .logarithmic: return value.isFinite && value > 0
    }
  }

  /// Where `value` sits in `range`: 0 at the lower bound, 1 at the upper one,
  /// outside [0, 1] beyond them, NaN when the scale cannot place it.
  @inlinable
  public func fraction(of value: Double, in range: ClosedRange<Double>) -> Double {
    switch self {
    case .linear:
      let span = range.upperBound - range.lowerBound
      guard span > 0, value.isFinite else { return .nan }
      return (value - range.lowerBound) / span
    case .logarithmic:
      guard value > 0, value.isFinite, range.lowerBound > 0 else { return .nan }
      let low = log10(range.lowerBound)
      let span = log10(range.upperBound) - low
      guard span > 0 else { return .nan }
      return (log10(value) - low) / span
    }
  }

  /// The coordinate in which this scale spaces values evenly: the value itself (linear) or its
  /// log10 (logarithmic; NaN for a value the scale cannot place).
  @inlinable
  public func coordinate(of value: Double) -> Double {
    switch self {
    case .linear: return value
    case .logarithmic: return value > 0 ? log10(value) : .nan
    }
  }

  /// The value at an evenly spaced `coordinate`: the inverse of ``coordinate(of:)``.
  @inlinable
  public func value(atCoordinate coordinate: Double) -> Double {
    switch self {
    case .linear: return coordinate
    case .logarithmic: return pow(10, coordinate)
    }
  }
}

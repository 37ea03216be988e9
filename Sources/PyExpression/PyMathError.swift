/// Why Python refuses a float power (CPython's `float_pow`).
public enum PyMathError: Error, Sendable, Equatable {
  /// `0.0 ** y` with `y < 0`: Python's `ZeroDivisionError`.
  case zeroToNegativePower
  /// A negative base to a fractional power: Python makes it complex.
  case complexResult
  /// A finite base and exponent whose power overflows: Python's `OverflowError`.
  case outOfRange
}

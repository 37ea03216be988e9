/// A constant of Python's `math` module, usable with or without `math.`.
enum MathConstant: String, CaseIterable, Sendable {
  case pi
  case e
  case tau
  case inf
  case nan

  /// The constant's value, identical to CPython's.
  var value: Double {
    switch self {
    case .pi: 3.141592653589793
    case .e: 2.718281828459045
    case .tau: 6.283185307179586
    case .inf: .infinity
    case .nan: .nan
    }
  }
}

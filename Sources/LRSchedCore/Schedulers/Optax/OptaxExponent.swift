/// An exponent as optax applies it with `**`: a Python `int` goes through JAX's `integer_pow`
/// (repeated float32 multiplication), a `float` through `pow`.
public enum OptaxExponent: Sendable, Equatable {
  case integer(Int)
  case real(Double)

  /// `base ** self` in float32, as JAX computes it.
  public func raise(_ base: XLAFloat) -> XLAFloat {
    switch self {
    case .integer(let n): return base.integerPow(n)
    case .real(let y): return base.pow(XLAFloat(y))
    }
  }

  /// Reads `key`: an integer literal (or a boolean, Python's `int`) is `.integer`, any other
  /// number `.real`.
  static func read(_ key: String, of args: SchedulerArguments, default fallback: OptaxExponent? = nil) throws(SpecError) -> OptaxExponent {
    guard let v = args.value(key) else {
      if let fallback { return fallback }
      return .real(try args.double(key))
    }
    switch v {
    case .number(let n) where n.isInteger:
      guard let i = n.int else { throw SpecError(args.path(key), "integer \(n.literal) is too large") }
      return .integer(i)
    case .bool(let b): return .integer(b ? 1 : 0)
    default: return .real(try SchedulerArguments.double(v, at: args.path(key)))
    }
  }
}

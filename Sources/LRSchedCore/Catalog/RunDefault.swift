/// A value lrsched's flags fill from the run when a scheduler named on the command line leaves a
/// required (or run-length) argument out. `N` is the number of scheduler steps the scheduler drives.
public enum RunDefault: Sendable, Equatable {
  /// `max(N * numerator / denominator, minimum)`, an integer step count (integer division).
  case steps(numerator: Int = 1, denominator: Int = 1, minimum: Int = 1)
  /// A list of step counts, each `max(N * numerator / denominator, 1)`.
  case stepList([Fraction])
  /// The optimizer's learning rate divided by `divisor`.
  case learningRate(dividedBy: Double = 1)
  /// `factor ** (1 / N)`: a per-step factor that multiplies to `factor` over the run.
  case decayTo(Double)
  /// A fixed number, whatever the run (a warmup's starting value of 0).
  case constant(Double)

  /// A fraction `numerator / denominator` of the run.
  public struct Fraction: Sendable, Equatable {
    public let numerator: Int
    public let denominator: Int

    public init(_ numerator: Int, _ denominator: Int) {
      self.numerator = numerator
      self.denominator = denominator
    }
  }

  /// The value for a run of `rows` scheduler steps (at least 1) and learning rate `lr`.
  public func value(rows: Int, lr: Double) -> JSONValue {
    let n = max(rows, 1)
    func part(_ numerator: Int, _ denominator: Int, _ minimum: Int) -> JSONValue {
      let (product, overflow) = n.multipliedReportingOverflow(by: numerator)
      let v = overflow ? n / denominator * numerator : product / denominator
      return .number(JSONNumber(max(v, minimum)))
    }
    switch self {
    case .steps(let numerator, let denominator, let minimum):
      return part(numerator, denominator, minimum)
    case .stepList(let fractions):
      return .array(fractions.map { part($0.numerator, $0.denominator, 1) })
    case .learningRate(let divisor):
      return .number(JSONNumber(divisor == 1 ? lr : lr / divisor))
    case .decayTo(let factor):
      return .number(JSONNumber(PyMath.pow(factor, 1 / Double(n))))
    case .constant(let value):
      return .number(JSONNumber(value))
    }
  }

  /// The rule in terms of `N` and `lr`, for `--help` and `lrsched list`: `N`, `N/3`, `[N/2, 3N/4]`.
  public var formula: String {
    func fraction(_ numerator: Int, _ denominator: Int) -> String {
      let top = numerator == 1 ? "N" : "\(numerator)N"
      return denominator == 1 ? top : "\(top)/\(denominator)"
    }
    switch self {
    case .steps(let numerator, let denominator, _): return fraction(numerator, denominator)
    case .stepList(let fractions): return "[" + fractions.map { fraction($0.numerator, $0.denominator) }.joined(separator: ", ") + "]"
    case .learningRate(let divisor): return divisor == 1 ? "lr" : "lr/\(DoubleFormat.compact(divisor))"
    case .decayTo(let factor): return "\(DoubleFormat.compact(factor))**(1/N)"
    case .constant(let value): return DoubleFormat.compact(value)
    }
  }
}

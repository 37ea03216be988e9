/// What `LogCheck` found: how many logged points were compared, how many left the plan, the
/// first that did, and the likely cause when the pattern of differences is recognisable.
public struct LogCheckReport: Sendable, Equatable {
  /// One logged point set against the plan.
  public struct Difference: Sendable, Equatable {
    /// The series (column or tag).
    public let series: String
    /// The log's own step (or epoch) counter.
    public let logStep: Double
    /// The plan row the point belongs to.
    public let row: Int
    public let logged: Double
    /// The plan's value at `row`; `nil` past the plan's end.
    public let planned: Double?
  }

  /// The log's name.
  public let log: String
  public let format: LogFormat
  /// Logged points compared (every point of every matched series).
  public let points: Int
  /// Points that differ from the plan beyond the tolerance, or lie past its end.
  public let differing: Int
  /// Points past the plan's last row.
  public let pastPlan: Int
  /// The first differing point, in the log's order.
  public let first: Difference?
  /// The likely cause, in words, when recognised.
  public let cause: String?
  /// The tolerances used.
  public let rtol: Double
  public let atol: Double
  /// How the log's steps were placed on the plan's rows.
  public let alignment: [String]

  public var passed: Bool { differing == 0 && points > 0 }
}

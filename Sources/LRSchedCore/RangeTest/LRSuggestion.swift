/// A learning rate an LR range test suggests, and the point of the curve it comes from.
public struct LRSuggestion: Sendable, Equatable {
  /// `steepest`, `minimum` or `valley`.
  public let name: String
  /// The suggested learning rate.
  public let lr: Double
  /// The index of the curve point it comes from (for `minimum`, the lowest loss's point,
  /// whose learning rate is ten times the suggestion).
  public let index: Int
  /// The loss at that point.
  public let loss: Double

  public init(name: String, lr: Double, index: Int, loss: Double) {
    self.name = name
    self.lr = lr
    self.index = index
    self.loss = loss
  }
}

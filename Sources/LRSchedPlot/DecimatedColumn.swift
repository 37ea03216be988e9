/// The samples of one pixel column: first and last in sample order, and the extremes.
public struct DecimatedColumn: Sendable, Hashable {
  public var column: Int
  public var first: Double
  public var last: Double
  public var minimum: Double
  public var maximum: Double
  public var count: Int

  public init(
    column: Int, first: Double, last: Double, minimum: Double, maximum: Double, count: Int
  ) {
    self.column = column
    self.first = first
    self.last = last
    self.minimum = minimum
    self.maximum = maximum
    self.count = count
  }
}

/// One row of a simulated run: the hyper-parameters in effect before the row's `scheduler.step()`.
public struct SimulationRow: Sendable {
  /// The row index, 0-based.
  public var step: Int
  /// The (fractional) epoch the row starts in.
  public var epoch: Double
  /// Each group's learning rate, in group order.
  public var lrs: [Double]
  /// Each group's momentum (SGD) or beta1 (Adam), when the run records it; empty otherwise.
  public var momenta: [Double]
  /// The values of the run's extra columns (training losses, ...), named after the learning
  /// rate and momentum columns in `Simulation.valueColumns`; empty for runs without them. A
  /// value the row does not have is `SimulationRow.missing`.
  public var extras: [Double] = []

  /// The marker for a value a row does not have (written as an empty CSV field or JSON `null`):
  /// a quiet NaN with a payload that arithmetic never produces.
  public static let missing = Double(bitPattern: 0x7FF8_0000_0051_5A1E)

  /// Whether `value` is the `missing` marker (not merely NaN).
  @inlinable
  public static func isMissing(_ value: Double) -> Bool {
    value.bitPattern == missing.bitPattern
  }

  public init(step: Int, epoch: Double, lrs: [Double], momenta: [Double], extras: [Double] = []) {
    self.step = step
    self.epoch = epoch
    self.lrs = lrs
    self.momenta = momenta
    self.extras = extras
  }
}

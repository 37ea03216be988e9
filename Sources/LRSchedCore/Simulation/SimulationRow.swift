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
}

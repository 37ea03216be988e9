/// A schedule that is a pure function of the step count and gives the absolute learning rate, as
/// optax's and Keras's schedules do: row i is `schedule(i)`.
///
/// Values the library computes in float32 are returned exactly as the library's float32 result
/// (converted to a double); values it returns as a Python float are returned unchanged.
public protocol StepFunctionSchedule: Sendable {
  /// The value at step `count` (at least 0).
  func callAsFunction(_ count: Int) -> Double
}

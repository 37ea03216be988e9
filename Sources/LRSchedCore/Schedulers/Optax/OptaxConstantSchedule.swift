/// `optax.constant_schedule`: `value` at every step, the Python float itself (never rounded).
public struct OptaxConstantSchedule: StepFunctionSchedule {
  public let value: Double

  public init(value: Double) {
    self.value = value
  }

  public func callAsFunction(_ count: Int) -> Double { value }
}

extension OptaxConstantSchedule {
  static let value = Param<Double>("value", help: "The value held at every step.", runDefault: .learningRate())

  static let entry = OptaxScheduleEntry(
    name: "optax.constant_schedule",
    summary: "Holds the learning rate at value.",
    details: "A fixed learning rate, or a flat piece of optax.join_schedules. The value is returned as given, not rounded to float32.",
    parameters: [value]
  ) { args, _ throws(SpecError) in
    OptaxConstantSchedule(value: try args[value])
  }
}

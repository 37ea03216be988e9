import Testing
@testable import LRSchedCore

/// optax schedules beyond the fixtures: names, nesting, argument errors and the adapter.
@Suite struct OptaxScheduleTests {
  static func run(_ scheduler: String, rows: Int = 10, groups: String = "") throws -> [[Double]] {
    let spec = try RunSpec(
      text: #"{"epochs": \#(rows), "interval": "step", "optimizer": {"type": "Adam", "lr": 0.001 \#(groups)}, "scheduler": \#(scheduler)}"#)
    var rows: [[Double]] = []
    try Simulation(spec: spec).run { rows.append($0.lrs) }
    return rows
  }

  static func refusal(_ scheduler: String) -> SpecError? {
    do {
      _ = try run(scheduler)
      return nil
    } catch let e as SpecError {
      return e
    } catch {
      return SpecError("", "\(error)")
    }
  }

  @Test func everyScheduleResolvesByItsQualifiedAndBareName() throws {
    #expect(OptaxCatalog.descriptors.count == 14)
    for d in OptaxCatalog.descriptors {
      #expect(d.library == .optax)
      #expect(d.name.hasPrefix("optax."))
      #expect(SchedulerCatalog.lookup(d.name)?.name == d.name)
      #expect(SchedulerCatalog.lookup(d.bareName)?.name == d.name)
      for alias in d.aliases {
        #expect(SchedulerCatalog.lookup(alias)?.name == d.name, "alias \(alias) is taken")
      }
    }
  }

  @Test func theAdapterWritesEveryGroupFromRowZero() throws {
    let rows = try Self.run(
      #"{"type": "optax.linear_schedule", "init_value": 0.0, "end_value": 1.0, "transition_steps": 4}"#, rows: 6,
      groups: #", "param_groups": [{"name": "a"}, {"name": "b", "lr": 0.5}]"#)
    #expect(rows == [[0, 0], [0.25, 0.25], [0.5, 0.5], [0.75, 0.75], [1, 1], [1, 1]])
  }

  @Test func joinedSchedulesCountFromTheirBoundary() throws {
    let rows = try Self.run(
      #"{"type": "optax.join_schedules", "schedules": [{"type": "constant_schedule", "value": 0.5}, {"type": "optax.linear_schedule", "init_value": 1.0, "end_value": 0.0, "transition_steps": 2}], "boundaries": [3]}"#,
      rows: 6)
    #expect(rows.map { $0[0] } == [0.5, 0.5, 0.5, 1.0, 0.5, 0.0])
  }

  @Test func joinNestsOptaxSchedulesOnly() {
    let e = Self.refusal(
      #"{"type": "optax.join_schedules", "schedules": [{"type": "StepLR", "step_size": 3}], "boundaries": []}"#)
    #expect(e?.path == "scheduler.schedules[0].type")
    #expect(e?.message.contains("not an optax schedule") == true)
  }

  @Test func nestedArgumentsAreCheckedAtTheirPath() {
    let e = Self.refusal(
      #"{"type": "optax.join_schedules", "schedules": [{"type": "optax.constant_schedule", "value": 0.1, "gamma": 2}], "boundaries": []}"#)
    #expect(e?.path == "scheduler.schedules[0].gamma")
  }

  @Test func sgdrCyclesTakeWarmupCosineArgumentsOnly() {
    let e = Self.refusal(
      #"{"type": "optax.sgdr_schedule", "cosine_kwargs": [{"init_value": 0, "peak_value": 0.1, "warmup_steps": 1, "decay_steps": 5, "type": "x"}]}"#)
    #expect(e?.path == "scheduler.cosine_kwargs[0].type")
    #expect(e?.message.contains("unexpected keyword argument 'type'") == true)
  }

  @Test func boundaryKeysMustBeIntegerSteps() {
    let e = Self.refusal(#"{"type": "optax.piecewise_constant_schedule", "init_value": 0.1, "boundaries_and_scales": {"ten": 0.1}}"#)
    #expect(e?.path == "scheduler.boundaries_and_scales.ten")
  }

  @Test func stepCountsMustFitJAXsInt32() {
    let e = Self.refusal(#"{"type": "optax.linear_schedule", "init_value": 0.1, "end_value": 0.0, "transition_steps": 3000000000}"#)
    #expect(e?.path == "scheduler.transition_steps")
    #expect(e?.message.contains("int32") == true)
  }

  @Test func cosineDecayRefusesNonPositiveStepsWithOptaxsMessage() {
    let e = Self.refusal(#"{"type": "optax.cosine_decay_schedule", "init_value": 0.1, "decay_steps": -2}"#)
    #expect(e?.path == "scheduler.decay_steps")
    #expect(e?.message == "ValueError: The cosine_decay_schedule requires positive decay_steps, got decay_steps=-2.")
  }

  @Test func integerAndFloatExponentsReadApart() throws {
    let args = try SchedulerArguments(
      try JSONParser.parse(#"{"type": "optax.polynomial_schedule", "a": 3, "b": 3.0, "c": true}"#), path: "scheduler")
    #expect(try OptaxExponent.read("a", of: args) == .integer(3))
    #expect(try OptaxExponent.read("b", of: args) == .real(3))
    #expect(try OptaxExponent.read("c", of: args) == .integer(1))
    #expect(try OptaxExponent.read("d", of: args, default: .real(1)) == .real(1))
  }

  @Test func constantSchedulesKeepThePythonFloat() throws {
    let rows = try Self.run(#"{"type": "optax.linear_schedule", "init_value": 0.1, "end_value": 0.0, "transition_steps": 0}"#, rows: 2)
    #expect(rows == [[0.1], [0.1]])
    let joined = try Self.run(
      #"{"type": "optax.join_schedules", "schedules": [{"type": "optax.constant_schedule", "value": 0.1}, {"type": "optax.constant_schedule", "value": 0.2}], "boundaries": [1]}"#,
      rows: 2)
    #expect(joined == [[Double(Float(0.1))], [Double(Float(0.2))]])
  }
}

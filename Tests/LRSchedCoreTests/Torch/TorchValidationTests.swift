import Testing
@testable import LRSchedCore

/// PyTorch's own validation errors, at the argument they concern, and hostile values that must
/// end in a `SpecError` (or numbers), never a trap.
@Suite struct TorchValidationTests {
  /// The rows a spec produces and the error that stopped it, if any.
  static func run(_ scheduler: String, epochs: Int = 10, interval: String = "epoch", optimizer: String = #"{"type": "SGD", "lr": 0.1, "momentum": 0.9}"#, extra: String = "") -> (rows: [[Double]], error: (any Error)?) {
    let text = #"{"epochs": \#(epochs), "interval": "\#(interval)", "optimizer": \#(optimizer), "scheduler": \#(scheduler)\#(extra)}"#
    var rows: [[Double]] = []
    do {
      let simulation = try Simulation(spec: RunSpec(text: text))
      try simulation.run { row in rows.append(row.lrs) }
      return (rows, nil)
    } catch {
      return (rows, error)
    }
  }

  static func expectRefusal(
    _ scheduler: String, path: String, message: String, epochs: Int = 10, interval: String = "epoch", extra: String = "",
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let (_, error) = run(scheduler, epochs: epochs, interval: interval, extra: extra)
    let e = error as? SpecError
    #expect(e?.path == path, "\(scheduler): \(String(describing: error))", sourceLocation: sourceLocation)
    #expect(e?.message == message, "\(scheduler): \(String(describing: error))", sourceLocation: sourceLocation)
  }

  @Test func cosineAnnealingWarmRestartsErrors() {
    Self.expectRefusal(
      #"{"type": "CosineAnnealingWarmRestarts", "T_0": 0}"#, path: "scheduler.T_0",
      message: "Expected positive integer T_0, but got 0")
    Self.expectRefusal(
      #"{"type": "CosineAnnealingWarmRestarts", "T_0": 2.0}"#, path: "scheduler.T_0",
      message: "Expected positive integer T_0, but got 2.0")
    Self.expectRefusal(
      #"{"type": "CosineAnnealingWarmRestarts", "T_0": 5, "T_mult": 0}"#, path: "scheduler.T_mult",
      message: "Expected integer T_mult >= 1, but got 0")
    Self.expectRefusal(
      #"{"type": "CosineAnnealingWarmRestarts", "T_0": 5, "T_mult": 1.5}"#, path: "scheduler.T_mult",
      message: "Expected integer T_mult >= 1, but got 1.5")
    Self.expectRefusal(
      #"{"type": "CosineAnnealingWarmRestarts", "T_0": 5, "eta_min": "abc"}"#, path: "scheduler.eta_min",
      message: "Expected float or int eta_min, but got abc of type <class 'str'>")
    Self.expectRefusal(
      #"{"type": "CosineAnnealingWarmRestarts", "T_0": 5, "eta_min": [1, "a"]}"#, path: "scheduler.eta_min",
      message: "Expected float or int eta_min, but got [1, 'a'] of type <class 'list'>")
  }

  @Test func cyclicLRErrors() {
    Self.expectRefusal(
      #"{"type": "CyclicLR", "base_lr": 0.001, "max_lr": 0.1, "mode": "sawtooth"}"#, path: "scheduler.mode",
      message: "mode is invalid and scale_fn is None")
    Self.expectRefusal(
      #"{"type": "CyclicLR", "base_lr": [0.001, 0.002], "max_lr": 0.1}"#, path: "scheduler.base_lr",
      message: "base_lr must have the same length as optimizer.param_groups. base_lr has 2 values, param_groups has 1.")
    let (_, error) = Self.run(#"{"type": "CyclicLR", "base_lr": 0.001, "max_lr": 0.1, "step_size_up": 0, "step_size_down": 0}"#)
    #expect((error as? SpecError)?.path == "scheduler.step_size_up")
  }

  @Test func oneCycleLRErrors() {
    Self.expectRefusal(
      #"{"type": "OneCycleLR", "max_lr": 0.1, "total_steps": 0}"#, path: "scheduler.total_steps",
      message: "Expected positive integer total_steps, but got 0")
    Self.expectRefusal(
      #"{"type": "OneCycleLR", "max_lr": 0.1}"#, path: "scheduler.total_steps",
      message: "You must define either total_steps OR (epochs AND steps_per_epoch)")
    Self.expectRefusal(
      #"{"type": "OneCycleLR", "max_lr": 0.1, "epochs": 3}"#, path: "scheduler.total_steps",
      message: "You must define either total_steps OR (epochs AND steps_per_epoch)")
    Self.expectRefusal(
      #"{"type": "OneCycleLR", "max_lr": 0.1, "epochs": 2, "steps_per_epoch": 0}"#, path: "scheduler.steps_per_epoch",
      message: "Expected positive integer steps_per_epoch, but got 0")
    Self.expectRefusal(
      #"{"type": "OneCycleLR", "max_lr": 0.1, "total_steps": 20, "pct_start": 1.5}"#, path: "scheduler.pct_start",
      message: "Expected float between 0 and 1 pct_start, but got 1.5")
    Self.expectRefusal(
      #"{"type": "OneCycleLR", "max_lr": 0.1, "total_steps": 20, "pct_start": 1}"#, path: "scheduler.pct_start",
      message: "Expected float between 0 and 1 pct_start, but got 1")
    Self.expectRefusal(
      #"{"type": "OneCycleLR", "max_lr": 0.1, "total_steps": 20, "anneal_strategy": "quadratic"}"#,
      path: "scheduler.anneal_strategy", message: "anneal_strategy must be one of 'cos' or 'linear', instead got quadratic")
  }

  @Test func oneCycleLRFailsOnTheStepPastTotalSteps() {
    let (rows, error) = Self.run(#"{"type": "OneCycleLR", "max_lr": 0.1, "total_steps": 5}"#, interval: "step")
    #expect(rows.count == 6)
    let e = error as? SpecError
    #expect(e?.path == "scheduler")
    #expect(e?.message == "Tried to step 6 times. The specified number of total steps is 5")
  }

  @Test func reduceLROnPlateauErrors() {
    let metrics = #", "metrics": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]"#
    Self.expectRefusal(
      #"{"type": "ReduceLROnPlateau", "factor": 1.0}"#, path: "scheduler.factor", message: "Factor should be < 1.0.",
      extra: metrics)
    Self.expectRefusal(
      #"{"type": "ReduceLROnPlateau", "mode": "median"}"#, path: "scheduler.mode", message: "mode median is unknown!",
      extra: metrics)
    Self.expectRefusal(
      #"{"type": "ReduceLROnPlateau", "threshold_mode": "pct"}"#, path: "scheduler.threshold_mode",
      message: "threshold mode pct is unknown!", extra: metrics)
    Self.expectRefusal(
      #"{"type": "ReduceLROnPlateau", "min_lr": [0.1, 0.2]}"#, path: "scheduler.min_lr", message: "expected 1 min_lrs, got 2",
      extra: metrics)
    let (_, error) = Self.run(#"{"type": "ReduceLROnPlateau", "last_epoch": -1}"#, extra: metrics)
    #expect((error as? SpecError)?.path == "scheduler.last_epoch")
  }

  @Test func reduceLROnPlateauCannotBeWrapped() {
    for wrapper in [
      #"{"type": "SequentialLR", "schedulers": [{"type": "ReduceLROnPlateau"}, {"type": "ExponentialLR", "gamma": 0.9}], "milestones": [3]}"#,
      #"{"type": "ChainedScheduler", "schedulers": [{"type": "ExponentialLR", "gamma": 0.9}, {"type": "ReduceLROnPlateau"}]}"#,
    ] {
      let (_, error) = Self.run(wrapper, extra: #", "metrics": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]"#)
      let e = error as? SpecError
      #expect(e?.path.hasPrefix("scheduler.schedulers[") == true, "\(String(describing: error))")
      #expect(e?.message.contains("does not support `ReduceLROnPlateau`") == true)
    }
  }

  @Test func verboseIsNotAnArgumentAnyMore() {
    let (_, error) = Self.run(#"{"type": "StepLR", "step_size": 3, "verbose": false}"#)
    #expect((error as? SpecError)?.path == "scheduler.verbose")
  }

  /// Hostile values: each run either completes or stops with a `SpecError`.
  @Test(arguments: [
    #"{"type": "CosineAnnealingWarmRestarts", "T_0": 9223372036854775807}"#,
    #"{"type": "CosineAnnealingWarmRestarts", "T_0": 2, "T_mult": 9223372036854775807}"#,
    #"{"type": "CosineAnnealingWarmRestarts", "T_0": 99999999999999999999999}"#,
    #"{"type": "CosineAnnealingLR", "T_max": 0}"#,
    #"{"type": "CosineAnnealingLR", "T_max": 9223372036854775807}"#,
    #"{"type": "CosineAnnealingLR", "T_max": -9223372036854775808}"#,
    #"{"type": "StepLR", "step_size": 0}"#,
    #"{"type": "StepLR", "step_size": -9223372036854775808}"#,
    #"{"type": "MultiStepLR", "milestones": [-9223372036854775808, 9223372036854775807]}"#,
    #"{"type": "LinearLR", "total_iters": -9223372036854775808}"#,
    #"{"type": "LinearLR", "total_iters": 0, "start_factor": 0.5}"#,
    #"{"type": "PolynomialLR", "total_iters": 9223372036854775807, "power": -1e300}"#,
    #"{"type": "ConstantLR", "factor": 0.0, "total_iters": 3}"#,
    #"{"type": "ExponentialLR", "gamma": 1e300}"#,
    #"{"type": "CyclicLR", "base_lr": 0.001, "max_lr": 0.1, "step_size_up": 0, "step_size_down": 0}"#,
    #"{"type": "CyclicLR", "base_lr": 0.001, "max_lr": 0.1, "step_size_up": 0}"#,
    #"{"type": "CyclicLR", "base_lr": 0.001, "max_lr": 0.1, "step_size_up": 1e-320}"#,
    #"{"type": "CyclicLR", "base_lr": 0.001, "max_lr": 0.1, "step_size_up": 1e-300, "scale_fn": "x * 2"}"#,
    #"{"type": "CyclicLR", "base_lr": 0.001, "max_lr": 0.1, "step_size_up": -1, "step_size_down": 3, "mode": "triangular2"}"#,
    #"{"type": "CyclicLR", "base_lr": 0.001, "max_lr": 0.1, "step_size_up": 1, "mode": "triangular2"}"#,
    #"{"type": "CyclicLR", "base_lr": 0.001, "max_lr": 0.1, "mode": "exp_range", "gamma": 0.0, "step_size_up": 1}"#,
    #"{"type": "CyclicLR", "base_lr": 0.001, "max_lr": 0.1, "scale_fn": "1 / (x - 3)", "step_size_up": 1}"#,
    #"{"type": "OneCycleLR", "max_lr": 0.1, "total_steps": 1}"#,
    #"{"type": "OneCycleLR", "max_lr": 0.1, "total_steps": 9223372036854775807}"#,
    #"{"type": "OneCycleLR", "max_lr": 0.1, "epochs": 9223372036854775807, "steps_per_epoch": 2}"#,
    #"{"type": "OneCycleLR", "max_lr": 0.1, "total_steps": 2, "pct_start": 0.5}"#,
    #"{"type": "OneCycleLR", "max_lr": 0.1, "total_steps": 3000, "div_factor": 0.0}"#,
    #"{"type": "ReduceLROnPlateau", "patience": 9223372036854775807, "cooldown": 9223372036854775807}"#,
    #"{"type": "ReduceLROnPlateau", "patience": -5, "cooldown": -9223372036854775808, "factor": -1e300}"#,
    #"{"type": "SequentialLR", "schedulers": [{"type": "LinearLR"}, {"type": "ExponentialLR", "gamma": 0.9}], "milestones": [-9223372036854775808]}"#,
  ])
  func hostileValuesDoNotTrap(_ scheduler: String) {
    let metrics = ", \"metrics\": [" + Array(repeating: "1", count: 2100).joined(separator: ", ") + "]"
    let (rows, error) = Self.run(scheduler, epochs: 2100, interval: "step", extra: metrics)
    if let error {
      #expect(error is SpecError, "\(scheduler): \(error)")
    } else {
      #expect(rows.count == 2100)
    }
  }
}

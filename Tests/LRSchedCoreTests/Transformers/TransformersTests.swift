import Foundation
import Testing
@testable import LRSchedCore

/// transformers' schedules: the shared reference cases, the names they go by, and their refusals.
@Suite struct TransformersTests {
  /// The rows a spec produces and the error that stopped it, if any.
  static func run(
    _ scheduler: String, rows: Int = 10, optimizer: String = #"{"type": "SGD", "lr": 0.1}"#, extra: String = ""
  ) -> (rows: [[Double]], error: SpecError?) {
    let text = #"{"epochs": \#(rows), "interval": "step", "optimizer": \#(optimizer), "scheduler": \#(scheduler)\#(extra)}"#
    return ReferenceCase.rows(of: text)
  }

  static func expectRefusal(
    _ scheduler: String, path: String, message: String, rows: Int = 10, extra: String = "",
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let (_, error) = run(scheduler, rows: rows, extra: extra)
    #expect(error?.path == path, "\(scheduler): \(String(describing: error))", sourceLocation: sourceLocation)
    #expect(error?.message == message, "\(scheduler): \(String(describing: error))", sourceLocation: sourceLocation)
  }

  @Test func sharedReferenceCases() throws {
    guard let (count, failures) = try ReferenceCase.sharedFailures(library: "transformers") else { return }
    #expect(count > 0)
    #expect(failures.isEmpty, "\(failures.count) of \(count) transformers reference cases differ:\n\(failures.joined(separator: "\n"))")
  }

  @Test func namesResolve() {
    let expected: [(String, String)] = [
      ("get_wsd_schedule", "get_wsd_schedule"), ("transformers.get_wsd_schedule", "get_wsd_schedule"),
      ("wsd", "get_wsd_schedule"), ("warmup-cosine", "get_cosine_schedule_with_warmup"),
      ("warmup-linear", "get_linear_schedule_with_warmup"), ("inverse-sqrt", "get_inverse_sqrt_schedule"),
      ("warmup-constant", "get_constant_schedule_with_warmup"), ("warmup-poly", "get_polynomial_decay_schedule_with_warmup"),
      ("cosine-restarts-warmup", "get_cosine_with_hard_restarts_schedule_with_warmup"),
      ("transformers.linear", "transformers.linear"), ("transformers.warmup_stable_decay", "transformers.warmup_stable_decay"),
      ("transformers.cosine_with_min_lr", "transformers.cosine_with_min_lr"), ("GreedyLR", "GreedyLR"),
    ]
    for (name, descriptor) in expected {
      #expect(SchedulerCatalog.lookup(name)?.name == descriptor, "\(name)")
    }
    for torchAlias in ["linear", "cosine", "constant", "polynomial"] {
      #expect(SchedulerCatalog.lookup(torchAlias)?.library == .torch, "\(torchAlias)")
    }
    for d in TransformersCatalog.descriptors {
      #expect(!d.summary.isEmpty && !d.details.isEmpty, "\(d.name)")
      #expect(SchedulerCatalog.lookup(d.qualifiedName)?.name == d.name, "\(d.qualifiedName)")
    }
  }

  @Test func trainerNamesMatchTheirFunctions() {
    let pairs = [
      (#"{"type": "transformers.cosine", "num_warmup_steps": 3, "num_training_steps": 20, "scheduler_specific_kwargs": {"num_cycles": 1.5}}"#,
       #"{"type": "get_cosine_schedule_with_warmup", "num_warmup_steps": 3, "num_training_steps": 20, "num_cycles": 1.5}"#),
      (#"{"type": "transformers.cosine", "num_warmup_steps": 3, "num_training_steps": 20, "num_cycles": 1.5}"#,
       #"{"type": "get_cosine_schedule_with_warmup", "num_warmup_steps": 3, "num_training_steps": 20, "num_cycles": 1.5}"#),
      (#"{"type": "transformers.constant_with_warmup", "num_warmup_steps": 4, "num_training_steps": 20}"#,
       #"{"type": "get_constant_schedule_with_warmup", "num_warmup_steps": 4}"#),
      (#"{"type": "transformers.warmup_stable_decay", "num_warmup_steps": 2, "num_training_steps": 20, "scheduler_specific_kwargs": {"num_decay_steps": 5}}"#,
       #"{"type": "get_wsd_schedule", "num_warmup_steps": 2, "num_training_steps": 20, "num_decay_steps": 5}"#),
    ]
    for (trainer, function) in pairs {
      let a = Self.run(trainer, rows: 20)
      let b = Self.run(function, rows: 20)
      #expect(a.error == nil && b.error == nil, "\(trainer): \(String(describing: a.error)) \(String(describing: b.error))")
      #expect(a.rows == b.rows, "\(trainer)")
    }
  }

  @Test func refusalsUseTheLibrarysWords() {
    Self.expectRefusal(
      #"{"type": "transformers.linear", "num_training_steps": 10}"#, path: "scheduler.num_warmup_steps",
      message: "SchedulerType.LINEAR requires `num_warmup_steps`, please provide that argument.")
    Self.expectRefusal(
      #"{"type": "transformers.cosine_with_restarts", "num_warmup_steps": 1}"#, path: "scheduler.num_training_steps",
      message: "SchedulerType.COSINE_WITH_RESTARTS requires `num_training_steps`, please provide that argument.")
    Self.expectRefusal(
      #"{"type": "get_wsd_schedule", "num_warmup_steps": 1, "num_decay_steps": 2, "num_training_steps": 9, "decay_type": "exp"}"#,
      path: "scheduler.decay_type", message: "Unknown decay type: exp, expected 'linear', 'cosine' or '1-sqrt'")
    Self.expectRefusal(
      #"{"type": "get_wsd_schedule", "num_warmup_steps": 1, "num_decay_steps": 2}"#, path: "scheduler.num_training_steps",
      message: "Either num_training_steps or num_stable_steps must be specified.")
    Self.expectRefusal(
      #"{"type": "get_cosine_with_min_lr_schedule_with_warmup", "num_warmup_steps": 1, "num_training_steps": 9, "min_lr": 0.1, "min_lr_rate": 0.1}"#,
      path: "scheduler.min_lr_rate", message: "Only one of min_lr or min_lr_rate should be set")
    Self.expectRefusal(
      #"{"type": "get_polynomial_decay_schedule_with_warmup", "num_warmup_steps": 1, "num_training_steps": 9, "lr_end": 0.5}"#,
      path: "scheduler.lr_end", message: "lr_end (0.5) must be smaller than initial lr (0.1)")
    Self.expectRefusal(
      #"{"type": "transformers.inverse_sqrt", "num_warmup_steps": 1, "scheduler_specific_kwargs": {"num_warmup_steps": 2}}"#,
      path: "scheduler.scheduler_specific_kwargs.num_warmup_steps",
      message: "get_inverse_sqrt_schedule() got multiple values for keyword argument 'num_warmup_steps'")
    Self.expectRefusal(
      #"{"type": "get_linear_schedule_with_warmup", "num_warmup_steps": 1, "num_training_steps": 9, "num_cycles": 2}"#,
      path: "scheduler.num_cycles", message: "get_linear_schedule_with_warmup has no argument 'num_cycles'")
    Self.expectRefusal(
      #"{"type": "transformers.constant", "power": 2}"#, path: "scheduler.power",
      message: "transformers.constant has no argument 'power'")
    Self.expectRefusal(
      #"{"type": "get_linear_schedule_with_warmup", "num_warmup_steps": 1, "num_training_steps": 9, "last_epoch": 3}"#,
      path: "scheduler.last_epoch", message: "only -1 (a run from its start) is simulated, got 3")
    Self.expectRefusal(
      #"{"type": "get_linear_schedule_with_warmup", "num_warmup_steps": 1, "num_training_steps": 9223372036854775807}"#,
      path: "scheduler.num_training_steps", message: "must be at most 2**52 in magnitude, got 9223372036854775807")
  }

  @Test func arithmeticFailuresAreRaisedAtTheStepPythonRaises() {
    let zero = Self.run(#"{"type": "get_polynomial_decay_schedule_with_warmup", "num_warmup_steps": 5, "num_training_steps": 5}"#)
    #expect(zero.rows.count == 5)
    #expect(zero.error?.message == "ZeroDivisionError: division by zero")
    let negative = Self.run(#"{"type": "get_inverse_sqrt_schedule", "num_warmup_steps": 2, "timescale": -3}"#)
    #expect(negative.rows.count == 5)
    #expect(negative.error?.message == "ZeroDivisionError: float division by zero")
  }

  @Test func hostileValuesEndInNumbersOrErrors() {
    let schedulers = [
      #"{"type": "get_linear_schedule_with_warmup", "num_warmup_steps": -4503599627370496, "num_training_steps": 4503599627370496}"#,
      #"{"type": "get_wsd_schedule", "num_warmup_steps": 4503599627370496, "num_decay_steps": -4503599627370496, "num_stable_steps": 4503599627370496}"#,
      #"{"type": "get_inverse_sqrt_schedule", "num_warmup_steps": -4503599627370496, "timescale": 4503599627370496}"#,
      #"{"type": "get_cosine_with_min_lr_schedule_with_warmup_lr_rate", "num_warmup_steps": 4503599627370496, "num_training_steps": -4503599627370496, "min_lr_rate": 1e308}"#,
      #"{"type": "get_polynomial_decay_schedule_with_warmup", "num_warmup_steps": -3, "num_training_steps": 4, "power": -1e308}"#,
      #"{"type": "GreedyLR", "factor": -1e308, "patience": -9223372036854775807, "window_size": 9223372036854775807, "smooth": true}"#,
      #"{"type": "GreedyLR", "patience": 0, "min_lr": 1, "reset_start": -9223372036854775808}"#,
      #"{"type": "GreedyLR", "patience": 0, "factor": 0, "max_lr": 1e308, "cooldown": 9223372036854775807, "warmup": -9223372036854775808}"#,
    ]
    for s in schedulers {
      let r = Self.run(s, rows: 6, extra: #", "metrics": [1, 2, 3, 4, 5, 6]"#)
      #expect(r.rows.count == 6 || r.error != nil, "\(s)")
    }
  }
}

import Foundation
import Testing
@testable import LRSchedCore

/// timm's schedulers: the shared reference cases, the noise generator, and their refusals.
@Suite struct TimmTests {
  /// The rows a spec produces and the error that stopped it, if any.
  static func run(
    _ scheduler: String, epochs: Int = 10, interval: String = "epoch", stepsPerEpoch: Int = 1,
    optimizer: String = #"{"type": "SGD", "lr": 0.1}"#, extra: String = ""
  ) -> (rows: [[Double]], error: SpecError?) {
    let text = #"{"epochs": \#(epochs), "interval": "\#(interval)", "steps_per_epoch": \#(stepsPerEpoch), "optimizer": \#(optimizer), "scheduler": \#(scheduler)\#(extra)}"#
    return ReferenceCase.rows(of: text)
  }

  static func expectRefusal(
    _ scheduler: String, path: String, message: String, extra: String = "", sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let (_, error) = run(scheduler, extra: extra)
    #expect(error?.path == path, "\(scheduler): \(String(describing: error))", sourceLocation: sourceLocation)
    #expect(error?.message == message, "\(scheduler): \(String(describing: error))", sourceLocation: sourceLocation)
  }

  @Test func sharedReferenceCases() throws {
    guard let (count, failures) = try ReferenceCase.sharedFailures(library: "timm") else { return }
    #expect(count > 0)
    #expect(failures.isEmpty, "\(failures.count) of \(count) timm reference cases differ:\n\(failures.joined(separator: "\n"))")
  }

  /// `torch.Generator().manual_seed(s)` then `torch.randn(1)` three times and `torch.rand(1)`
  /// twice, as PyTorch 2.15 prints them.
  @Test func generatorMatchesTorch() {
    let expected: [(Int, [Double], [Double])] = [
      (0, [1.5409960746765137, -0.293428897857666, -2.1787893772125244], [0.49625658988952637, 0.7682217955589294]),
      (42, [0.33669036626815796, 0.12880940735340118, 0.23446236550807953], [0.8822692632675171, 0.9150039553642273]),
      (4_294_967_301, [-0.4867807626724243, -0.6038215756416321, -0.5580962300300598], [0.8302518725395203, 0.12611091136932373]),
      (-5, [-1.8266246318817139, 0.6379720568656921, -1.7862693071365356], [0.9308151006698608, 0.6607242226600647]),
    ]
    for (seed, normals, uniforms) in expected {
      var g = TorchCPUGenerator(seed: seed)
      #expect([g.randn(), g.randn(), g.randn()] == normals, "seed \(seed)")
      var u = TorchCPUGenerator(seed: seed)
      #expect([u.rand(), u.rand()] == uniforms, "seed \(seed)")
    }
    // One generator reseeded (as timm's noise reuses one), after draws that left a cached
    // normal and a part-used state, starts again as a new one.
    var reused = TorchCPUGenerator(seed: 7)
    for (seed, normals, uniforms) in expected {
      _ = reused.randn()
      reused.manualSeed(seed)
      #expect([reused.randn(), reused.randn(), reused.randn()] == normals, "reseeded \(seed)")
      reused.manualSeed(seed)
      #expect([reused.rand(), reused.rand()] == uniforms, "reseeded \(seed)")
    }
  }

  @Test func namesResolve() {
    for d in TimmCatalog.descriptors {
      #expect(SchedulerCatalog.lookup(d.name)?.name == d.name)
      #expect(SchedulerCatalog.lookup(d.qualifiedName)?.name == d.name)
      #expect(!d.summary.isEmpty && !d.details.isEmpty)
    }
    #expect(SchedulerCatalog.lookup("timm-cosine")?.name == "CosineLRScheduler")
    #expect(SchedulerCatalog.lookup("PlateauLRScheduler")?.build != nil)
  }

  @Test func epochsAndUpdates() {
    let epochs = Self.run(#"{"type": "CosineLRScheduler", "t_initial": 4}"#, epochs: 3, interval: "step", stepsPerEpoch: 2)
    #expect(epochs.error == nil)
    #expect(epochs.rows.count == 6)
    #expect(epochs.rows[0] == epochs.rows[1] && epochs.rows[2] == epochs.rows[3] && epochs.rows[1] != epochs.rows[2])
    let updates = Self.run(
      #"{"type": "CosineLRScheduler", "t_initial": 4, "t_in_epochs": false}"#, epochs: 3, stepsPerEpoch: 2)
    let perUpdate = Self.run(
      #"{"type": "CosineLRScheduler", "t_initial": 4, "t_in_epochs": false}"#, epochs: 3, interval: "step", stepsPerEpoch: 2)
    #expect(updates.rows == [perUpdate.rows[0], perUpdate.rows[2], perUpdate.rows[4]])
  }

  @Test func refusalsUseTheLibrarysWords() {
    Self.expectRefusal(
      #"{"type": "CosineLRScheduler", "t_initial": 0}"#, path: "scheduler.t_initial",
      message: "AssertionError: assert t_initial > 0 (got 0)")
    Self.expectRefusal(
      #"{"type": "TanhLRScheduler", "t_initial": 5, "lb": 3, "ub": 3}"#, path: "scheduler.lb",
      message: "AssertionError: assert lb < ub")
    Self.expectRefusal(
      #"{"type": "PlateauLRScheduler", "decay_rate": 1.0}"#, path: "scheduler.decay_rate", message: "Factor should be < 1.0.",
      extra: #", "metrics": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]"#)
    Self.expectRefusal(
      #"{"type": "PlateauLRScheduler", "mode": "median"}"#, path: "scheduler.mode", message: "mode median is unknown!",
      extra: #", "metrics": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]"#)
    Self.expectRefusal(
      #"{"type": "PlateauLRScheduler", "t_in_epochs": false}"#, path: "scheduler.t_in_epochs",
      message: "PlateauLRScheduler has no argument 't_in_epochs'", extra: #", "metrics": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]"#)
    Self.expectRefusal(
      #"{"type": "StepLRScheduler", "decay_t": 0}"#, path: "scheduler.decay_t",
      message: "ZeroDivisionError: integer division or modulo by zero")
    Self.expectRefusal(
      #"{"type": "CosineLRScheduler", "t_initial": 10, "noise_range_t": 0, "noise_pct": 0}"#, path: "scheduler.noise_pct",
      message: "timm would redraw the noise for ever: abs(noise) < noise_pct (0.0) is never true")
    let domain = Self.run(#"{"type": "CosineLRScheduler", "t_initial": 10, "cycle_mul": 0.5, "cycle_limit": 9}"#, epochs: 30)
    #expect(domain.rows.count == 20)
    #expect(domain.error?.message == "ValueError: math domain error")
  }

  @Test func hostileValuesEndInNumbersOrErrors() {
    let schedulers = [
      #"{"type": "CosineLRScheduler", "t_initial": 1, "cycle_mul": 1.0000000000000002, "cycle_limit": 9223372036854775807}"#,
      #"{"type": "CosineLRScheduler", "t_initial": 3, "cycle_mul": 1e308, "cycle_decay": 1e308, "cycle_limit": 99, "k_decay": -3}"#,
      #"{"type": "PolyLRScheduler", "t_initial": 4503599627370496, "power": -1e300, "k_decay": 0, "warmup_t": -4503599627370496}"#,
      #"{"type": "TanhLRScheduler", "t_initial": 1, "cycle_mul": 0, "cycle_limit": 5}"#,
      #"{"type": "StepLRScheduler", "decay_t": -1, "decay_rate": 0}"#,
      #"{"type": "StepLRScheduler", "decay_t": 1, "decay_rate": 9223372036854775807}"#,
      #"{"type": "MultiStepLRScheduler", "decay_t": [1, 2, 3], "decay_rate": -3}"#,
      #"{"type": "CosineLRScheduler", "t_initial": 5, "noise_range_t": 0, "noise_seed": 9223372036854775807}"#,
      #"{"type": "CosineLRScheduler", "t_initial": 5, "noise_range_t": 0, "noise_pct": 1e-300}"#,
      #"{"type": "PlateauLRScheduler", "patience_t": -9223372036854775807, "cooldown_t": 9223372036854775807, "threshold": 1e308}"#,
    ]
    for s in schedulers {
      let r = Self.run(s, epochs: 6, extra: #", "metrics": [1, 2, 3, 4, 5, 6]"#)
      #expect(r.rows.count == 6 || r.error != nil, "\(s)")
    }
  }
}

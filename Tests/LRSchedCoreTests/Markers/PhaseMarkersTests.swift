import Testing
@testable import LRSchedCore

/// Where plots mark a schedule's phase changes.
@Suite struct PhaseMarkersTests {
  func markers(_ scheduler: String, epochs: Int = 100) throws -> [PhaseMarker] {
    let spec = try RunSpec(text: #"{"epochs": \#(epochs), "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": \#(scheduler)}"#)
    return PhaseMarkers.markers(for: spec)
  }

  @Test func milestonesWithinTheRun() throws {
    let m = try markers(#"{"type": "MultiStepLR", "milestones": [60, 30, 30, 150]}"#)
    #expect(m == [PhaseMarker(step: 30, label: "milestone"), PhaseMarker(step: 60, label: "milestone")])
  }

  @Test func aStepAtEveryFewStepsIsNotMarked() throws {
    #expect(try markers(#"{"type": "StepLR", "step_size": 1}"#).isEmpty)
    #expect(try markers(#"{"type": "StepLR", "step_size": 30}"#).map(\.step) == [30, 60, 90])
  }

  @Test func sequentialSwitchNamesTheNextScheduler() throws {
    let m = try markers(#"{"type": "SequentialLR", "milestones": [5], "schedulers": [{"type": "LinearLR", "total_iters": 5}, {"type": "CosineAnnealingLR", "T_max": 95}]}"#)
    #expect(m == [PhaseMarker(step: 5, label: "→ CosineAnnealingLR")])
  }

  @Test func restartsAndPeaks() throws {
    #expect(try markers(#"{"type": "CosineAnnealingWarmRestarts", "T_0": 10, "T_mult": 2}"#).map(\.step) == [10, 30, 70])
    #expect(try markers(#"{"type": "OneCycleLR", "max_lr": 0.1, "total_steps": 100}"#) == [PhaseMarker(step: 29, label: "peak")])
  }

  @Test func hostileNumbersDoNotTrap() throws {
    let huge = "9223372036854775807"
    _ = try markers(#"{"type": "OneCycleLR", "max_lr": 0.1, "epochs": \#(huge), "steps_per_epoch": \#(huge)}"#)
    _ = try markers(#"{"type": "CosineAnnealingWarmRestarts", "T_0": 1, "T_mult": \#(huge)}"#)
    _ = try markers(#"{"type": "SequentialLR", "milestones": [\#(huge)], "schedulers": [{"type": "StepLR", "step_size": \#(huge)}, {"type": "StepLR", "step_size": 1}]}"#)
  }

  @Test func plateauReductionsComeFromTheRows() {
    #expect(PhaseMarkers.reductions(in: [1, 1, 0.5, 0.5, 0.25]).map(\.step) == [2, 4])
  }
}

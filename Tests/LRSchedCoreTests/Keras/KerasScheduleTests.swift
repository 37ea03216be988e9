#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import LRSchedCore

/// Keras schedules beyond the fixtures: names, Keras's messages and PyTorch's float32.
@Suite struct KerasScheduleTests {
  static func refusal(_ scheduler: String) -> SpecError? {
    do {
      let spec = try RunSpec(text: #"{"epochs": 5, "interval": "step", "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": \#(scheduler)}"#)
      try Simulation(spec: spec).run { _ in }
      return nil
    } catch let e as SpecError {
      return e
    } catch {
      return SpecError("", "\(error)")
    }
  }

  @Test func everyScheduleResolvesByItsQualifiedAndBareName() {
    #expect(KerasCatalog.descriptors.count == 6)
    for d in KerasCatalog.descriptors {
      #expect(d.library == .keras)
      #expect(SchedulerCatalog.lookup(d.name)?.name == d.name)
      #expect(SchedulerCatalog.lookup(d.bareName)?.name == d.name)
      for alias in d.aliases {
        #expect(SchedulerCatalog.lookup(alias)?.name == d.name, "alias \(alias) is taken")
      }
    }
  }

  @Test func decayStepsMessageShowsThePythonValue() {
    #expect(Self.refusal(#"{"type": "keras.InverseTimeDecay", "initial_learning_rate": 0.1, "decay_steps": 0.0, "decay_rate": 2}"#)?.message
      == "ValueError: Argument `decay_steps` must be > 0. Received: decay_steps=0.0")
    let e = Self.refusal(#"{"type": "keras.CosineDecayRestarts", "initial_learning_rate": 0.1, "first_decay_steps": -3}"#)
    #expect(e?.path == "scheduler.first_decay_steps")
    #expect(e?.message == "ValueError: Argument `first_decay_steps` must be > 0. Received: first_decay_steps=-3")
  }

  @Test func piecewiseLengthsMustDifferByOne() {
    let e = Self.refusal(#"{"type": "keras.PiecewiseConstantDecay", "boundaries": [10, 20], "values": [1.0, 0.5]}"#)
    #expect(e?.message
      == "ValueError: The length of boundaries should be 1 less than the length of values. Received: boundaries=[10, 20] of length 2, and values=[1.0, 0.5] of length 2.")
    #expect(Self.refusal(#"{"type": "keras.PiecewiseConstantDecay", "boundaries": [], "values": [1.0]}"#) != nil)
  }

  @Test func piecewiseBoundariesTruncateToTheIntegerStep() {
    let s = KerasPiecewiseConstantDecay(boundaries: [2], values: [1.0, 0.5])
    #expect((0..<4).map { s($0) } == [1, 1, 1, 0.5])
  }

  @Test func cosineAndLogAreWithinAnULPOfExact() {
    for i in 0...2000 {
      let x = Float(i) / 2000 * Float.pi
      let c = TorchFloat(Double(x)).cos.value
      let exact = Float(Glibc.cos(Double(x)))
      #expect(abs(c - exact) <= exact.ulp, "cos(\(x))")
      let y = 0.01 + Float(i) * 0.37
      let l = TorchFloat(Double(y)).log.value
      let exactLog = Float(Glibc.log(Double(y)))
      #expect(abs(l - exactLog) <= exactLog.ulp, "log(\(y))")
    }
    #expect(TorchFloat(0.0).log.value == -.infinity)
    #expect(TorchFloat(-2.0).log.value.isNaN)
    #expect(TorchFloat(1.0).log.value == 0)
    #expect(TorchFloat(0.0).cos.value == 1)
  }

  @Test func torchKeepsSubnormals() {
    #expect((TorchFloat(1e-20) * TorchFloat(1e-20)).value != 0)
  }
}

import Foundation
import LRSchedCore
import Testing

/// `lrsched simulate` end to end: output formats, flags, specs, files and exit codes.
@Suite struct SimulateTests {
  @Test func cosineFromFlagsMatchesPyTorch() throws {
    let r = try CLI.run(["simulate", "--scheduler", "cosine", "--epochs", "100", "--lr", "0.1"])
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.first == "step,epoch,lr")
    #expect(lines.count == 101)
    #expect(lines[1] == "0,0,0.1")
    // torch.optim.lr_scheduler.CosineAnnealingLR(SGD(lr=0.1), T_max=100), second row.
    #expect(lines[2] == "1,1,0.09997532801828658")
  }

  @Test func specFromStandardInput() throws {
    let spec = #"{"epochs": 3, "optimizer": {"type": "SGD", "lr": 1.0}, "scheduler": {"type": "StepLR", "step_size": 1, "gamma": 0.5}}"#
    let r = try CLI.run(["simulate", "--spec", "-"], stdin: spec)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout == "step,epoch,lr\n0,0,1.0\n1,1,0.5\n2,2,0.25\n")
  }

  @Test func parameterGroupsGetNamedColumns() throws {
    let spec = #"{"epochs": 2, "optimizer": {"type": "AdamW", "lr": 0.1, "param_groups": [{"name": "decay"}, {"name": "no_decay", "lr": 0.01}]}, "scheduler": {"type": "ExponentialLR", "gamma": 0.5}}"#
    let r = try CLI.run(["simulate", "--spec", try CLI.file(spec)])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout == "step,epoch,lr_decay,lr_no_decay\n0,0,0.1,0.01\n1,1,0.05,0.005\n")
  }

  @Test func stepIntervalHasFractionalEpochs() throws {
    let r = try CLI.run(["simulate", "--scheduler", "constant", "--interval", "step", "--epochs", "1", "--steps-per-epoch", "4", "--param", "total_iters=2", "--param", "factor=0.5"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout == "step,epoch,lr\n0,0,0.05\n1,0.25,0.05\n2,0.5,0.1\n3,0.75,0.1\n")
  }

  @Test func pastedPythonCall() throws {
    let r = try CLI.run(["simulate", "--epochs", "4", "--lr", "1", "--scheduler", "torch.optim.lr_scheduler.MultiStepLR(optimizer, milestones=[1, 3], gamma=0.1)"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout == "step,epoch,lr\n0,0,1.0\n1,1,0.1\n2,2,0.1\n3,3,0.010000000000000002\n")
  }

  @Test func pastedAssignmentWithOptimizerKeywordAndComment() throws {
    let call = "scheduler = StepLR(optimizer=optimizer, step_size=10, gamma=0.5)  # decay"
    let r = try CLI.run(["simulate", "--epochs", "30", "--scheduler", call, "--print-spec"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("\"step_size\": 10"))
    let repeated = try CLI.run(["simulate", "--scheduler", "StepLR(optimizer, gamma=0.5, gamma=0.1)"])
    #expect(repeated.status == 2)
    #expect(repeated.stderr.contains("SyntaxError: keyword argument repeated: gamma"))
  }

  @Test func pythonParamValues() throws {
    let r = try CLI.run(["simulate", "--scheduler", "onecycle", "--epochs", "10", "--param", "three_phase=True", "--param", "pct_start=1/4", "--param", "anneal_strategy='linear'", "--print-spec"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("\"three_phase\": true"))
    #expect(r.stdout.contains("\"pct_start\": 0.25"))
    #expect(r.stdout.contains("\"anneal_strategy\": \"linear\""))
  }

  @Test func nestedPastedCallsResolveToASpec() throws {
    let call = "SequentialLR(optimizer, schedulers=[LinearLR(optimizer, start_factor=0.1, total_iters=5), CosineAnnealingLR(optimizer, T_max=95)], milestones=[5])"
    let r = try CLI.run(["simulate", "--epochs", "100", "--scheduler", call, "--print-spec"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("\"type\": \"SequentialLR\""))
    #expect(r.stdout.contains("\"T_max\": 95"))
    #expect(r.stdout.contains("\"milestones\": [5]"))
  }

  @Test func runImpliedDefaultsAreFilledForFlags() throws {
    let r = try CLI.run(["simulate", "--scheduler", "cosine", "--epochs", "50", "--print-spec"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("\"T_max\": 50"))
  }

  @Test func warmupFlagPutsLinearLRInFront() throws {
    let r = try CLI.run(["simulate", "--scheduler", "cosine", "--epochs", "20", "--warmup-epochs", "5", "--print-spec"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("\"type\": \"SequentialLR\""))
    #expect(r.stdout.contains("\"T_max\": 15"), "the cosine covers the steps after the warmup")
    #expect(r.stdout.contains("\"milestones\": [5]"))
    let csv = try CLI.run(["simulate", "--scheduler", "cosine", "--epochs", "20", "--warmup-epochs", "5"])
    let rows = csv.stdout.split(separator: "\n")
    #expect(rows[1] == "0,0,0.0001")
    #expect(rows[6] == "5,5,0.1")
  }

  @Test func warmupFlagRefusesAbsoluteSchedules() throws {
    let r = try CLI.run(["simulate", "--scheduler", "optax.cosine_decay_schedule", "--param", "init_value=0.1", "--warmup-steps", "5"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("warmup"))
  }

  @Test(arguments: ["json", "jsonl", "tsv"])
  func otherFormats(_ format: String) throws {
    let r = try CLI.run(["simulate", "--scheduler", "step", "--epochs", "3", "--param", "step_size=1", "--format", format])
    #expect(r.status == 0, "\(r.stderr)")
    switch format {
    case "json":
      guard case .array(let rows) = try JSONParser.parse(r.stdout) else {
        Issue.record("not a JSON list: \(r.stdout)")
        return
      }
      #expect(rows.count == 3)
      guard case .number(let lr)? = rows.last?["lr"] else {
        Issue.record("no lr in the last row")
        return
      }
      #expect(lr.literal == "0.0010000000000000002")
      #expect(lr.double == 0.1 * 0.1 * 0.1)
    case "jsonl":
      #expect(r.stdout.split(separator: "\n").count == 3)
      #expect(r.stdout.hasPrefix("{\"step\": 0, \"epoch\": 0, \"lr\": 0.1}"))
    default:
      #expect(r.stdout.hasPrefix("step\tepoch\tlr\n0\t0\t0.1\n"))
    }
  }

  @Test func outputFileIsWrittenWhole() throws {
    let dir = try CLI.temporaryDirectory()
    let path = dir.appendingPathComponent("lr.csv").path
    let r = try CLI.run(["simulate", "--scheduler", "cosine", "--epochs", "10", "--output", path])
    #expect(r.status == 0, "\(r.stderr)")
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.split(separator: "\n").count == 11)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["lr.csv"])
  }

  @Test func unwritableOutputFailsWithNothingLeftBehind() throws {
    let dir = try CLI.temporaryDirectory()
    let r = try CLI.run(["simulate", "--scheduler", "cosine", "--output", dir.appendingPathComponent("missing/lr.csv").path])
    #expect(r.status == 3)
    #expect(r.stderr.contains("cannot write"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
  }

  @Test func fullDiskIsAnError() throws {
    guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
    let r = try CLI.run(["simulate", "--scheduler", "cosine", "--epochs", "100000", "--output", "/dev/full"])
    #expect(r.status == 3)
    #expect(r.stderr.contains("No space left"))
    #expect(!r.crashed)
    let type = try FileManager.default.attributesOfItem(atPath: "/dev/full")[.type] as? FileAttributeType
    #expect(type == .typeCharacterSpecial, "a device is written in place, never replaced")
  }

  @Test func devNullStaysADevice() throws {
    let r = try CLI.run(["simulate", "--scheduler", "cosine", "--epochs", "1000", "--output", "/dev/null"])
    #expect(r.status == 0, "\(r.stderr)")
    let type = try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type] as? FileAttributeType
    #expect(type == .typeCharacterSpecial)
  }

  @Test func errorOnTheLastStepComesAfterTheRows() throws {
    let spec = #"{"epochs": 10, "interval": "step", "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": {"type": "OneCycleLR", "max_lr": 0.1, "total_steps": 5}}"#
    let r = try CLI.run(["simulate", "--spec", try CLI.file(spec)])
    #expect(r.status == 2)
    #expect(r.stderr.contains("Tried to step 6 times"))
  }
}

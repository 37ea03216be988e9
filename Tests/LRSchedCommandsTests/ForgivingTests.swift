import Foundation
import Testing

/// The command line forgives the usual mistakes: per-batch defaults, negative values, suggestions
/// that point to the right option, and messages that give the real cause.
@Suite struct ForgivingTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  private func example(_ name: String) -> String {
    Self.repository.appendingPathComponent("examples/\(name)").path
  }

  @Test func aPerBatchSchedulerByFlagStepsPerBatch() throws {
    let r = try CLI.run(["simulate", "--scheduler", "warmup-cosine", "--epochs", "3", "--steps-per-epoch", "100", "--quiet"])
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.count == 301)
    #expect(lines[31].hasPrefix("30,") && lines[31].hasSuffix(",0.1"), "\(lines[31])")
    let spec = try CLI.run(["simulate", "--scheduler", "warmup-cosine", "--epochs", "3", "--steps-per-epoch", "100", "--print-spec"])
    #expect(spec.stdout.contains(#""interval": "step""#))
    #expect(spec.stdout.contains(#""num_warmup_steps": 30"#))
  }

  @Test func intervalEpochIsHonouredAndEarnsLR002ForEveryPerBatchFamily() throws {
    for name in ["onecycle", "warmup-cosine", "optax.warmup_cosine_decay_schedule", "keras.CosineDecay"] {
      let r = try CLI.run(["lint", "--scheduler", name, "--epochs", "3", "--steps-per-epoch", "100", "--interval", "epoch"])
      #expect(r.stdout.contains("LR002"), "\(name): \(r.stdout)")
      let byDefault = try CLI.run(["lint", "--scheduler", name, "--epochs", "3", "--steps-per-epoch", "100"])
      #expect(!byDefault.stdout.contains("LR002"), "\(name): \(byDefault.stdout)")
    }
  }

  @Test func optaxWarmupCosineRunsFromLR() throws {
    let r = try CLI.run(["simulate", "--scheduler", "optax.warmup_cosine_decay_schedule", "--epochs", "2", "--steps-per-epoch", "10", "--lr", "0.5", "--quiet"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.split(separator: "\n").count == 21)
    #expect(r.stdout.contains(",0.5\n"))
  }

  @Test func lintSeesTheTrainingDataRunLength() throws {
    let r = try CLI.run(["lint", example("train-warmup-cosine.json")])
    #expect(!r.stdout.contains("LR005"), "\(r.stdout)")
    #expect(r.status == 0)
  }

  @Test func theProjectsExamplesPassStrictLint() throws {
    let r = try CLI.run(["lint", Self.repository.appendingPathComponent("examples").path, "--strict"])
    #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
  }

  @Test(arguments: [
    ["simulate", "--scheduler", "cosine", "--lr", "-1"],
    ["find-lr", "--seed", "-5"],
    ["find-lr", "--smoothing", "-1"],
  ])
  func negativeNumbersAreValues(_ args: [String]) throws {
    let r = try CLI.run(args)
    #expect(!r.stderr.contains("Missing value"), "\(r.stderr)")
    #expect(r.stderr.contains("-1") || r.stderr.contains("-5") || r.status == 0, "\(r.stderr)")
  }

  @Test func aNegativeValueThatIsAllowedIsTaken() throws {
    let r = try CLI.run(["simulate", "--scheduler", "cosine", "--epochs", "2", "--param", "eta_min=0", "--momentum", "-0"])
    #expect(!r.stderr.contains("Missing value"), "\(r.stderr)")
  }

  @Test(arguments: [
    ("--gamma", "--param gamma=..."), ("--T_max", "--param T_max=..."), ("--max-lr", "--param max_lr=..."),
    ("--out", "--output"), ("--steps", "--steps-per-epoch"),
  ])
  func unknownOptionsGetTheRightSuggestion(_ option: String, _ suggestion: String) throws {
    let r = try CLI.run(["simulate", "--scheduler", "step", option, "1"])
    #expect(r.status == 64)
    #expect(r.stderr.contains("Did you mean '\(suggestion)'?"), "\(r.stderr)")
  }

  @Test func aMisspeltSubcommandIsNamed() throws {
    let r = try CLI.run(["simulte", "--scheduler", "cosine"])
    #expect(r.status == 64)
    #expect(r.stderr.contains("unknown command 'simulte' (did you mean 'simulate'?)"), "\(r.stderr)")
  }

  @Test func aListWithoutBracketsSuggestsThem() throws {
    let r = try CLI.run(["simulate", "--scheduler", "multistep", "--param", "milestones=30,60"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("--param milestones=[30,60]"), "\(r.stderr)")
  }

  @Test func overlaySpecErrorsNameTheirFile() throws {
    let bad = try CLI.file(#"{"epochs": 3, "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": {"type": "StepLR"}}"#, name: "bad.json")
    let r = try CLI.run(["plot", "--spec", example("onecycle.json"), "--spec", bad])
    #expect(r.status == 2)
    #expect(r.stderr.contains("\(bad): scheduler.step_size"), "\(r.stderr)")
  }

  @Test func standardInputTwiceIsNamedAsTheCause() throws {
    let r = try CLI.run(["plot", "--spec", "-", "--spec", "-"], stdin: "{}")
    #expect(r.status == 2)
    #expect(r.stderr.contains("standard input can be read only once"), "\(r.stderr)")
  }

  @Test func aFolderAsOutputIsNamedAsTheCause() throws {
    let dir = try CLI.temporaryDirectory().path
    for path in [dir, dir + "/"] {
      let r = try CLI.run(["simulate", "--scheduler", "cosine", "-o", path])
      #expect(r.status == 3)
      #expect(r.stderr.contains("is a folder"), "\(r.stderr)")
    }
  }

  @Test func aTrailingCommaIsNamed() throws {
    let r = try CLI.run(["simulate", "--spec", try CLI.file(#"{"epochs": 3,}"#)])
    #expect(r.status == 2)
    #expect(r.stderr.contains("trailing comma"), "\(r.stderr)")
  }

  @Test func anOverflowingRunIsNamed() throws {
    let r = try CLI.run(["simulate", "--scheduler", "warmup-cosine", "--epochs", "2", "--steps-per-epoch", "9223372036854775807"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("steps_per_epoch: epochs × steps_per_epoch is more than"), "\(r.stderr)")
  }
}

/// A spec's `lint.ignore` turns its deliberate warnings off.
@Suite struct LintIgnoreTests {
  @Test func anIgnoredRuleIsNotReported() throws {
    let spec = #"{"epochs": 10, "optimizer": {"type": "Adam", "lr": 0.01, "weight_decay": 0.1}, "scheduler": {"type": "StepLR", "step_size": 3}%@}"#
    let plain = try CLI.run(["lint", "--strict", try CLI.file(spec.replacingOccurrences(of: "%@", with: ""))])
    #expect(plain.status == 1)
    #expect(plain.stdout.contains("LR012"))
    let ignoring = try CLI.run(["lint", "--strict", try CLI.file(spec.replacingOccurrences(of: "%@", with: #", "lint": {"ignore": ["LR012"]}"#))])
    #expect(ignoring.status == 0, "\(ignoring.stdout)")
  }

  @Test func anUnknownCodeIsRefused() throws {
    let spec = #"{"epochs": 10, "optimizer": {"type": "SGD", "lr": 0.01}, "scheduler": {"type": "StepLR", "step_size": 3}, "lint": {"ignore": ["LR12"]}}"#
    let r = try CLI.run(["lint", try CLI.file(spec)])
    #expect(r.status == 2)
    #expect(r.stdout.contains("lint.ignore[0]") || r.stderr.contains("lint.ignore[0]"), "\(r.stdout)\(r.stderr)")
  }
}

/// Answers at a glance: selected rows, the summary, find-lr's suggestions beside its chart.
@Suite struct GlanceTests {
  @Test func atPrintsJustThoseRows() throws {
    let r = try CLI.run(["simulate", "--scheduler", "warmup-cosine", "--epochs", "10", "--steps-per-epoch", "1000", "--at", "0,1000,5000", "--quiet"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.split(separator: "\n").map { $0.split(separator: ",").first.map(String.init) ?? "" } == ["step", "0", "1000", "5000"])
  }

  @Test func everyPrintsEveryNthRowAndTheLast() throws {
    let r = try CLI.run(["simulate", "--scheduler", "cosine", "--epochs", "25", "--every", "10", "--format", "jsonl", "--quiet"])
    #expect(r.status == 0, "\(r.stderr)")
    let steps = r.stdout.split(separator: "\n").map { $0.split(separator: ",").first ?? "" }
    #expect(steps == [#"{"step": 0"#, #"{"step": 10"#, #"{"step": 20"#, #"{"step": 24"#], "\(r.stdout)")
  }

  @Test func atOutsideTheRunIsRefused() throws {
    let r = try CLI.run(["simulate", "--scheduler", "cosine", "--epochs", "25", "--at", "30"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("step 30 is not in the run"))
  }

  @Test func summaryInTextAndJSON() throws {
    let args = ["summary", "--scheduler", "warmup-cosine", "--epochs", "3", "--steps-per-epoch", "100"]
    let text = try CLI.run(args)
    #expect(text.status == 0, "\(text.stderr)")
    #expect(text.stdout.contains("peak:      0.1 at step 30"))
    #expect(text.stdout.contains("warmup:    ends at step 30"))
    #expect(text.stdout.contains("decays:    1"))
    let json = try CLI.run(args + ["--format", "json"])
    #expect(json.status == 0)
    #expect(json.stdout.contains(#""warmup_end": 30"#))
    #expect(json.stdout.contains(#""rows": 300"#))
  }

  @Test func findLRWithAChartStillPrintsItsSuggestions() throws {
    let png = try CLI.temporaryDirectory().appendingPathComponent("chart.png").path
    let r = try CLI.run(["find-lr", "--num-iter", "30", "-o", png])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("steepest"), "\(r.stdout)")
  }
}

/// `--help` reads well at 80 columns.
@Suite struct HelpTextTests {
  @Test(arguments: ["", "simulate", "plot", "summary", "list", "check", "lint", "export", "find-lr"])
  func examplesStayIndentedAndDefaultsPrintOnce(_ command: String) throws {
    let r = try CLI.run((command.isEmpty ? [] : [command]) + ["--help"], environment: ["COLUMNS": "80"])
    #expect(r.status == 0)
    let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    if let start = lines.firstIndex(of: "Examples:") {
      for line in lines[(start + 1)...].prefix(while: { !$0.isEmpty }) {
        #expect(line.hasPrefix("  "), "\(command): '\(line)' wraps back to column 0")
      }
    }
    var entries: [String] = []
    for line in lines {
      if line.hasPrefix("  -") || entries.isEmpty { entries.append(String(line)) } else { entries[entries.count - 1] += " " + line }
    }
    for entry in entries {
      #expect(entry.components(separatedBy: "(default:").count <= 2, "\(command): \(entry)")
    }
  }

  @Test func theRootHelpSaysHowToInstallCompletions() throws {
    let r = try CLI.run(["--help"])
    #expect(r.stdout.contains("--generate-completion-script bash"))
    #expect(r.stdout.contains("make install"))
    #expect(r.stdout.contains("summary"))
  }
}

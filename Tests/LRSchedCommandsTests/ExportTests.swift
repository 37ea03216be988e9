import Foundation
import Testing

/// `lrsched export`: the Python it prints builds the same schedule in the real library. When
/// python3 can import the library, the exported code is run and its learning rates must equal
/// `lrsched simulate`'s, byte for byte.
@Suite struct ExportTests {
  static func python(_ code: String) throws -> CLI.Result {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-"]
    var env = ProcessInfo.processInfo.environment
    env["PYTHONWARNINGS"] = "ignore"
    env["JAX_PLATFORMS"] = "cpu"
    p.environment = env
    let input = Pipe()
    let out = Pipe()
    let err = Pipe()
    p.standardInput = input
    p.standardOutput = out
    p.standardError = err
    try p.run()
    input.fileHandleForWriting.write(Data(code.utf8))
    try input.fileHandleForWriting.close()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return CLI.Result(
      status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self),
      crashed: p.terminationReason == .uncaughtSignal)
  }

  static func imports(_ module: String) -> Bool {
    (try? python("import \(module)").status) == 0
  }

  static let torch = imports("torch")
  static let transformers = torch && imports("transformers")
  static let optax = imports("optax")
  static let timm = torch && imports("timm")

  /// Exports `spec` with the loop, runs it, and compares with `simulate`.
  static func roundTrip(_ spec: String, to target: String = "pytorch") throws {
    let file = try CLI.file(spec)
    let code = try CLI.run(["export", "--spec", file, "--to", target, "--with-loop"])
    #expect(code.status == 0, "\(code.stderr)")
    let ran = try python(code.stdout)
    #expect(ran.status == 0, "\(ran.stderr)\n\(code.stdout)")
    let simulated = try CLI.run(["simulate", "--quiet", "--spec", file])
    #expect(simulated.status == 0, "\(simulated.stderr)")
    #expect(ran.stdout == simulated.stdout, "\(code.stdout)")
  }

  static let torchSpecs: [String] = [
    #"{"epochs": 90, "optimizer": {"type": "SGD", "lr": 0.1, "momentum": 0.9, "weight_decay": 1e-4}, "scheduler": {"type": "StepLR", "step_size": 30, "gamma": 0.1}}"#,
    #"{"epochs": 12, "optimizer": {"type": "SGD", "lr": 1}, "scheduler": {"type": "MultiStepLR", "milestones": [3, 6, 6, 9], "gamma": 0.5}}"#,
    #"{"epochs": 50, "optimizer": {"type": "AdamW", "lr": 0.001}, "scheduler": {"type": "CosineAnnealingLR", "T_max": 20, "eta_min": 1e-5}}"#,
    #"{"epochs": 30, "optimizer": {"type": "Adam", "lr": 0.01, "param_groups": [{"name": "a"}, {"name": "b", "lr": 0.02}]}, "scheduler": {"type": "LambdaLR", "lr_lambda": ["lambda e: 0.5 * (1 + cos(pi * e / 30))", "math.exp(-epoch / 10) if epoch > 2 else (epoch + 1) / 3"]}}"#,
    #"{"epochs": 20, "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": {"type": "MultiplicativeLR", "lr_lambda": "0.9 if epoch % 2 else 1.0"}}"#,
    #"{"epochs": 10, "steps_per_epoch": 20, "interval": "step", "optimizer": {"type": "SGD", "lr": 0.05, "momentum": 0.9}, "scheduler": {"type": "SequentialLR", "milestones": [20, 120], "schedulers": [{"type": "LinearLR", "start_factor": 0.1, "total_iters": 20}, {"type": "ConstantLR", "factor": 1.0, "total_iters": 0}, {"type": "PolynomialLR", "total_iters": 80, "power": 2.0}]}}"#,
    #"{"epochs": 40, "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": {"type": "ChainedScheduler", "schedulers": [{"type": "ConstantLR", "factor": 0.25, "total_iters": 5}, {"type": "ExponentialLR", "gamma": 0.95}]}}"#,
    #"{"epochs": 5, "steps_per_epoch": 40, "interval": "step", "optimizer": {"type": "SGD", "lr": 0.1, "momentum": 0.9}, "scheduler": {"type": "OneCycleLR", "max_lr": 0.1, "total_steps": 200, "anneal_strategy": "linear", "three_phase": true}}"#,
    #"{"epochs": 4, "steps_per_epoch": 50, "interval": "step", "optimizer": {"type": "Adam", "lr": 0.001, "betas": [0.9, 0.99]}, "scheduler": {"type": "CyclicLR", "base_lr": 0.0001, "max_lr": 0.001, "step_size_up": 25, "mode": "exp_range", "gamma": 0.99}}"#,
    #"{"epochs": 6, "steps_per_epoch": 10, "interval": "step", "optimizer": {"type": "SGD", "lr": 0.1, "momentum": 0.9}, "scheduler": {"type": "CyclicLR", "base_lr": 0.01, "max_lr": 0.1, "step_size_up": 7, "scale_fn": "1 / (2.0 ** (x - 1))", "scale_mode": "cycle"}}"#,
    #"{"epochs": 60, "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": {"type": "CosineAnnealingWarmRestarts", "T_0": 10, "T_mult": 2, "eta_min": 0.001}}"#,
    #"{"epochs": 12, "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": {"type": "ReduceLROnPlateau", "patience": 1, "factor": 0.5}, "metrics": [1.0, 0.9, 0.9, 0.9, 0.8, 0.8, 0.8, 0.8, 0.7, 0.7, 0.7, 0.7]}"#,
  ]

  @Test(.enabled(if: torch, "python3 cannot import torch"), arguments: torchSpecs)
  func exportedPyTorchComputesWhatSimulatePrints(_ spec: String) throws {
    try Self.roundTrip(spec)
  }

  static let transformersSpecs: [String] = [
    #"{"epochs": 10, "steps_per_epoch": 10, "interval": "step", "optimizer": {"type": "AdamW", "lr": 5e-5}, "scheduler": {"type": "get_cosine_schedule_with_warmup", "num_warmup_steps": 10, "num_training_steps": 100}}"#,
    #"{"epochs": 10, "steps_per_epoch": 10, "interval": "step", "optimizer": {"type": "AdamW", "lr": 5e-5}, "scheduler": {"type": "transformers.cosine_with_min_lr", "num_warmup_steps": 10, "num_training_steps": 100, "min_lr_rate": 0.1}}"#,
  ]

  @Test(.enabled(if: transformers, "python3 cannot import transformers"), arguments: transformersSpecs)
  func exportedTransformersComputesWhatSimulatePrints(_ spec: String) throws {
    try Self.roundTrip(spec, to: "transformers")
  }

  static let timmSpecs: [String] = [
    #"{"epochs": 30, "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": {"type": "CosineLRScheduler", "t_initial": 30, "warmup_t": 3, "warmup_lr_init": 1e-4, "lr_min": 1e-5}}"#,
    #"{"epochs": 5, "steps_per_epoch": 10, "interval": "step", "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": {"type": "StepLRScheduler", "decay_t": 2, "decay_rate": 0.5}}"#,
    #"{"epochs": 12, "steps_per_epoch": 4, "optimizer": {"type": "AdamW", "lr": 0.001}, "scheduler": {"type": "CosineLRScheduler", "t_initial": 40, "t_in_epochs": false, "noise_range_t": [10, 30], "noise_pct": 0.1, "noise_seed": 7}}"#,
    #"{"epochs": 12, "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": {"type": "PlateauLRScheduler", "patience_t": 1, "decay_rate": 0.5, "mode": "min"}, "metrics": [1.0, 0.9, 0.9, 0.9, 0.8, 0.8, 0.8, 0.8, 0.7, 0.7, 0.7, 0.7]}"#,
  ]

  @Test(.enabled(if: timm, "python3 cannot import timm"), arguments: timmSpecs)
  func exportedTimmComputesWhatSimulatePrints(_ spec: String) throws {
    try Self.roundTrip(spec)
  }

  @Test(.enabled(if: optax, "python3 cannot import optax"))
  func exportedOptaxComputesWhatSimulatePrints() throws {
    try Self.roundTrip(
      #"{"epochs": 4, "steps_per_epoch": 25, "interval": "step", "optimizer": {"type": "SGD", "lr": 0.1, "momentum": 0.9, "weight_decay": 1e-4}, "scheduler": {"type": "optax.warmup_cosine_decay_schedule", "init_value": 0.0, "peak_value": 0.1, "warmup_steps": 10, "decay_steps": 100}}"#,
      to: "optax")
  }

  @Test func exportIsReadyForATrainingScript() throws {
    let r = try CLI.run(["export", "--scheduler", "StepLR(optimizer, step_size=30, gamma=0.1)", "--epochs", "90"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("from torch.optim.lr_scheduler import StepLR"))
    #expect(r.stdout.contains("model.parameters()"))
    #expect(r.stdout.contains("optimizer = torch.optim.SGD(params, lr=0.1)"))
    #expect(r.stdout.contains("scheduler = StepLR(optimizer, step_size=30, gamma=0.1)"))
    #expect(r.stdout.contains("scheduler.step()"))
    #expect(!r.stdout.contains("__main__"))
  }

  @Test func plateauIsSteppedWithTheMetric() throws {
    let r = try CLI.run(["export", "--scheduler", "plateau", "--epochs", "10"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("scheduler.step(val_loss)"))
  }

  @Test(arguments: [
    ("optax", #"{"type": "StepLR", "step_size": 3}"#, "StepLR is PyTorch's own scheduler; optax has no such schedule"),
    ("transformers", #"{"type": "StepLR", "step_size": 3}"#, "optimizers=(optimizer, scheduler)"),
    ("pytorch", #"{"type": "optax.cosine_decay_schedule", "init_value": 0.1, "decay_steps": 10}"#, "export it with --to optax"),
    ("pytorch", #"{"type": "keras.CosineDecay", "initial_learning_rate": 0.1, "decay_steps": 10}"#, "is a Keras schedule"),
    ("transformers", #"{"type": "CosineLRScheduler", "t_initial": 10}"#, "is a timm scheduler"),
  ])
  func otherLibrariesAreRefusedClearly(_ target: String, _ scheduler: String, _ message: String) throws {
    let spec = #"{"epochs": 10, "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": \#(scheduler)}"#
    let r = try CLI.run(["export", "--spec", try CLI.file(spec), "--to", target])
    #expect(r.status == 2)
    #expect(r.stderr.contains(message), "\(r.stderr)")
    #expect(r.stdout.isEmpty)
  }

  @Test func invalidSpecIsNotExported() throws {
    let spec = #"{"epochs": 10, "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": {"type": "LambdaLR", "lr_lambda": "__import__('os').system('true')"}}"#
    let r = try CLI.run(["export", "--spec", try CLI.file(spec)])
    #expect(r.status == 2)
    #expect(r.stdout.isEmpty)
  }
}

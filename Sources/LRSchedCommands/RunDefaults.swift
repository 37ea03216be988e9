import LRSchedCore

/// Values a scheduler named on the command line takes from the run when they are not given:
/// the arguments the library requires (or defaults to a fixed number) that the run's length implies.
///
/// Only flags get these; a spec file is taken as written, so a spec that misses a required
/// argument is refused as the library would refuse it.
enum RunDefaults {
  /// What each scheduler fills, for `--help` and `lrsched list`.
  static let documentation = """
    Filled from the run when a --scheduler flag leaves them out (N = the number of scheduler steps):
      CosineAnnealingLR T_max=N; PolynomialLR total_iters=N; OneCycleLR total_steps=N, max_lr=--lr;
      StepLR step_size=N/3; MultiStepLR milestones=[N/2, 3N/4]; CosineAnnealingWarmRestarts T_0=N/4;
      CyclicLR base_lr=lr/10, max_lr=lr, step_size_up=N/4; transformers num_training_steps=N,
      num_warmup_steps=N/10; timm t_initial=N; optax/Keras decay_steps/transition_steps=N.
    """

  /// `scheduler` with the run-implied arguments it lacks filled in, and the names filled.
  static func fill(_ scheduler: JSONValue, rows: Int, lr: Double) -> (JSONValue, [String]) {
    guard case .string(let type)? = scheduler["type"], let d = SchedulerCatalog.lookup(type) else {
      return (scheduler, [])
    }
    let n = max(rows, 1)
    var out = scheduler
    var filled: [String] = []
    func set(_ key: String, _ value: JSONValue) {
      guard scheduler[key] == nil else { return }
      out = out.setting(key, to: value)
      filled.append(key)
    }
    func int(_ v: Int) -> JSONValue { .number(JSONNumber(max(v, 1))) }
    func num(_ v: Double) -> JSONValue { .number(JSONNumber(v)) }
    let has = Set(d.parameters.map(\.name))
    switch d.qualifiedName {
    case "torch.CosineAnnealingLR": set("T_max", int(n))
    case "torch.PolynomialLR": set("total_iters", int(n))
    case "torch.OneCycleLR":
      set("max_lr", num(lr))
      if scheduler["epochs"] == nil && scheduler["steps_per_epoch"] == nil { set("total_steps", int(n)) }
    case "torch.StepLR": set("step_size", int(n / 3))
    case "torch.MultiStepLR": set("milestones", .array([int(n / 2), int(n * 3 / 4)]))
    case "torch.CosineAnnealingWarmRestarts": set("T_0", int(n / 4))
    case "torch.CyclicLR":
      set("base_lr", num(lr / 10))
      set("max_lr", num(lr))
      set("step_size_up", int(n / 4))
    default:
      switch d.library {
      case .transformers:
        if has.contains("num_training_steps") { set("num_training_steps", int(n)) }
        if has.contains("num_warmup_steps") { set("num_warmup_steps", .number(JSONNumber(n / 10))) }
      case .timm:
        if has.contains("t_initial") { set("t_initial", int(n)) }
      case .optax, .keras:
        for key in ["decay_steps", "transition_steps", "first_decay_steps"] where has.contains(key) {
          set(key, int(key == "first_decay_steps" ? n / 4 : n))
        }
      case .torch: break
      }
    }
    return (out, filled)
  }
}

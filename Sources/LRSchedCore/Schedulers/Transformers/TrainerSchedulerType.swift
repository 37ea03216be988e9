/// The Trainer's `lr_scheduler_type` names (`transformers.SchedulerType`), built as
/// `transformers.get_scheduler(name, optimizer, num_warmup_steps, num_training_steps,
/// scheduler_specific_kwargs)` builds them: each passes on only the arguments its function takes.
///
/// The function's own keyword arguments go in `scheduler_specific_kwargs` (an object) or, as
/// lrsched's shorthand, beside `num_warmup_steps` at the top level.
enum TrainerSchedulerType: String, CaseIterable, Sendable {
  case linear
  case cosine
  case cosineWithRestarts = "cosine_with_restarts"
  case polynomial
  case constant
  case constantWithWarmup = "constant_with_warmup"
  case inverseSqrt = "inverse_sqrt"
  case reduceLROnPlateau = "reduce_lr_on_plateau"
  case cosineWithMinLR = "cosine_with_min_lr"
  case cosineWarmupWithMinLR = "cosine_warmup_with_min_lr"
  case warmupStableDecay = "warmup_stable_decay"
  case greedy

  /// The enum member as Python prints it in `get_scheduler`'s errors (`SchedulerType.LINEAR`).
  var pythonName: String { "SchedulerType." + rawValue.uppercased() }

  /// The schedule function `get_scheduler` calls (`TYPE_TO_SCHEDULER_FUNCTION`).
  var function: SchedulerDescriptor {
    switch self {
    case .linear: LinearScheduleWithWarmup.descriptor
    case .cosine: CosineScheduleWithWarmup.descriptor
    case .cosineWithRestarts: CosineWithHardRestartsScheduleWithWarmup.descriptor
    case .polynomial: PolynomialDecayScheduleWithWarmup.descriptor
    case .constant: ConstantSchedule.descriptor
    case .constantWithWarmup: ConstantScheduleWithWarmup.descriptor
    case .inverseSqrt: InverseSqrtSchedule.descriptor
    case .reduceLROnPlateau: ReduceOnPlateauSchedule.descriptor
    case .cosineWithMinLR: CosineWithMinLRScheduleWithWarmup.descriptor
    case .cosineWarmupWithMinLR: CosineWithMinLRScheduleWithWarmupLRRate.descriptor
    case .warmupStableDecay: WSDSchedule.descriptor
    case .greedy: GreedyLR.functionDescriptor
    }
  }

  /// Whether `get_scheduler` passes `num_warmup_steps` on (and so requires it).
  var takesWarmup: Bool {
    switch self {
    case .constant, .reduceLROnPlateau, .greedy: false
    default: true
    }
  }

  /// Whether `get_scheduler` passes `num_training_steps` on; `requiresTraining` when it must be given.
  var takesTraining: Bool {
    switch self {
    case .constant, .constantWithWarmup, .inverseSqrt, .reduceLROnPlateau, .greedy: false
    default: true
    }
  }

  var requiresTraining: Bool { takesTraining && self != .warmupStableDecay }

  /// Whether `get_scheduler` passes `scheduler_specific_kwargs` on.
  var takesKwargs: Bool { self != .constant && self != .constantWithWarmup }

  /// `num_training_steps` where `get_scheduler` passes it on without requiring it.
  static let optionalTraining = Param<Int?>(
    TransformersArguments.training.name, help: "The total number of training steps.", runDefault: .steps())

  /// `scheduler_specific_kwargs`, documented with `help`: an object of keyword arguments, read as its members.
  static func specificKwargs(help: String = "") -> Param<[(key: String, value: JSONValue)]> {
    Param("scheduler_specific_kwargs", defaultText: "None", help: help) { args, key throws(SpecError) in
      switch args.value(key) {
      case nil: return []
      case .object(let members)?: return members
      case let v?: throw SpecError(args.path(key), "must be an object of keyword arguments, got \(v.typeName)")
      }
    }
  }

  /// The keys `get_scheduler` reads itself: the spec's `type` and `name` and its own arguments.
  static let ownKeys: Set<String> = [
    "type", "name", TransformersArguments.warmup.name, TransformersArguments.training.name, specificKwargs().name,
  ]

  /// `get_scheduler(name, optimizer, ...)` for the spec's arguments.
  func build(_ args: SchedulerArguments, _ ctx: BuildContext) throws(SpecError) -> any LRScheduler {
    let warmupName = TransformersArguments.warmup.name
    let trainingName = TransformersArguments.training.name
    let kwargsName = Self.specificKwargs().name
    let warmup = args.value(warmupName)
    let training = args.value(trainingName)
    var kwargs = try args[Self.specificKwargs()]
    if takesKwargs {
      for key in args.keys where !Self.ownKeys.contains(key) {
        guard let v = args.value(key) else { continue }
        if kwargs.contains(where: { $0.key == key }) {
          throw SpecError(args.path(key), "is given both here and in \(kwargsName)")
        }
        kwargs.append((key, v))
      }
    }
    var members: [(key: String, value: JSONValue)] = [("type", .string(function.qualifiedName))]
    if takesWarmup {
      guard let warmup else {
        throw SpecError(args.path(warmupName), "\(pythonName) requires `\(warmupName)`, please provide that argument.")
      }
      members.append((warmupName, warmup))
    }
    if takesTraining {
      if requiresTraining && training == nil {
        throw SpecError(args.path(trainingName), "\(pythonName) requires `\(trainingName)`, please provide that argument.")
      }
      if let training { members.append((trainingName, training)) }
    }
    if takesKwargs {
      for (key, value) in kwargs {
        if members.contains(where: { $0.key == key }) {
          throw SpecError(
            args.path(kwargsName) + "." + key,
            "\(function.bareName)() got multiple values for keyword argument '\(key)'")
        }
        members.append((key, value))
      }
    }
    return try ctx.build(.object(members), path: args.path)
  }

  /// The function's own parameters, which go in `scheduler_specific_kwargs`.
  private var specificParameters: [ParameterInfo] {
    guard takesKwargs else { return [] }
    let passed: Set<String> = [
      TransformersArguments.warmup.name, TransformersArguments.training.name, TransformersArguments.lastEpoch.name,
    ]
    return function.parameters.filter { !passed.contains($0.name) }
  }

  var descriptor: SchedulerDescriptor {
    var parameters: [any ParameterDeclaration] = []
    if takesWarmup { parameters.append(TransformersArguments.warmup) }
    if takesTraining {
      parameters.append(requiresTraining ? TransformersArguments.training : Self.optionalTraining)
    }
    parameters.append(
      Self.specificKwargs(
        help: takesKwargs
          ? "An object of \(function.bareName)'s other keyword arguments (they may also be given at the top level)."
          : "Accepted and ignored, as get_scheduler ignores it for \"\(rawValue)\"."))
    parameters += specificParameters as [any ParameterDeclaration]
    let type = self
    return SchedulerDescriptor(
      name: "transformers." + rawValue, library: .transformers, configNames: [rawValue],
      summary: "The Trainer's lr_scheduler_type \"\(rawValue)\": \(function.bareName) as get_scheduler builds it.",
      details: "\(function.summary) Built through transformers.get_scheduler(\"\(rawValue)\", ...), which passes on only the arguments \(function.bareName) takes and raises when a required one is missing. \(function.details)",
      parameters: parameters,
      traits: function.traits, markers: function.markers, lint: function.lint,
      warmup: function.traits.contains(.metricDriven) ? .refusedBySequentialLR(rawValue) : function.warmup,
      export: .trainerSchedulerType(rawValue)
    ) { args, ctx throws(SpecError) in
      try type.build(args, ctx)
    }
  }
}

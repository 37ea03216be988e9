/// Reading conventions shared by the `torch.optim.lr_scheduler` constructors.
enum TorchArguments {
  /// `last_epoch`, which every chainable scheduler takes; not listed by `lrsched list`.
  static let lastEpoch = Param<Int>(
    "last_epoch", default: -1, help: "The index of the last step; only -1 (a run from its start) is simulated.")

  /// Accepts `last_epoch` only at its default, -1: lrsched simulates runs from their start.
  /// (PyTorch 2.15 has no `verbose` argument any more; it is refused like any unknown key.)
  static func requireFreshStart(_ args: SchedulerArguments) throws(SpecError) {
    let value = try args[lastEpoch]
    if value != -1 {
      throw SpecError(args.path(lastEpoch.name), "only -1 (a run from its start) is simulated, got \(value)")
    }
  }

  /// The wrapped schedulers of `SequentialLR` / `ChainedScheduler`, refusing `ReduceLROnPlateau`
  /// as PyTorch does. `SequentialLR` takes any other scheduler (a timm one, `GreedyLR`) as a
  /// ``ForeignStage``, which fails where PyTorch fails, when it is started; `ChainedScheduler`
  /// wraps torch.optim.lr_scheduler schedulers only.
  static func composables(
    _ key: String, of args: SchedulerArguments, in context: BuildContext, owner: String
  ) throws(SpecError) -> [any TorchComposable] {
    let built = try context.buildList(key, of: args)
    var out: [any TorchComposable] = []
    for (i, s) in built.enumerated() {
      let path = "\(args.path(key))[\(i)]"
      if s is ReduceLROnPlateau {
        throw SpecError(
          path,
          "\(owner) does not support `ReduceLROnPlateau` scheduler as it requires additional kwargs to be specified when calling `step`, but got one at index \(i) in the given schedulers sequence.")
      }
      if let c = s as? any TorchComposable {
        out.append(c)
      } else if owner == "SequentialLR" {
        out.append(ForeignStage(s, path: path))
      } else {
        throw SpecError(path, "\(owner) wraps torch.optim.lr_scheduler schedulers only, got \(String(describing: type(of: s)))")
      }
    }
    return out
  }

  /// `value` (the argument `key`) checked as PyTorch checks a positive integer count: a
  /// non-number fails its `<=` comparison with an int, a float or a value below 1 is refused with
  /// "Expected positive integer".
  static func positiveInteger(_ value: JSONValue, _ key: String, of args: SchedulerArguments) throws(SpecError) -> Int {
    guard let a = value.pyNumber else {
      throw SpecError(args.path(key), "TypeError: '<=' not supported between instances of '\(value.pyTypeName)' and 'int'")
    }
    guard a.double > 0, a.isInt else { throw SpecError(args.path(key), "Expected positive integer \(key), but got \(value.pyStr)") }
    guard let i = a.int else { throw SpecError(args.path(key), "integer \(value.pyStr) is too large") }
    return i
  }
}

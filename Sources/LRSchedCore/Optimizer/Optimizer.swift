/// The dummy optimizer schedulers drive: a kind and its parameter groups, shared by reference
/// between every scheduler attached to it, as in torch.optim.
///
/// Each group's learning rate and momentum (SGD's `momentum`, Adam's `beta1`) live in `lrs` and
/// `momenta`, storage allocated once, which schedulers read and write on every step; the rest of
/// a group's settings are read and written through `self[group:]`, whose `lr` and momentum are
/// those of the storage.
public final class Optimizer {
  public let kind: OptimizerKind
  /// `optimizer.defaults["lr"]`: the constructor's `lr`, which groups may override.
  public let defaultLR: Double
  /// Each group's current learning rate (`group["lr"]`).
  public let lrs: GroupValues
  /// Each group's current momentum or beta1; 0 for a group that has neither.
  public let momenta: GroupValues
  private var settings: [ParamGroup]

  /// An optimizer; `defaultLR` defaults to the first group's learning rate.
  public init(kind: OptimizerKind, paramGroups: [ParamGroup], defaultLR: Double? = nil) {
    self.kind = kind
    self.settings = paramGroups
    self.defaultLR = defaultLR ?? paramGroups.first?.lr ?? 0
    lrs = .allocate(count: paramGroups.count)
    momenta = .allocate(count: paramGroups.count)
    for (i, group) in paramGroups.enumerated() {
      lrs[i] = group.lr
      momenta[i] = group.momentumOrBeta1 ?? 0
    }
  }

  deinit {
    lrs.deallocate()
    momenta.deallocate()
  }

  /// The number of parameter groups.
  public var groupCount: Int { settings.count }

  /// `0..<groupCount`.
  public var groupIndices: Range<Int> { 0..<settings.count }

  /// Group `i`, with its current learning rate and momentum; setting it sets them too.
  public subscript(group i: Int) -> ParamGroup {
    get {
      var group = settings[i]
      group.lr = lrs[i]
      if group.momentumOrBeta1 != nil { group.momentumOrBeta1 = momenta[i] }
      return group
    }
    set {
      settings[i] = newValue
      lrs[i] = newValue.lr
      momenta[i] = newValue.momentumOrBeta1 ?? 0
    }
  }

  /// `group[key]` for group `i`: its `initial_lr` or a value a scheduler stored in it (`max_lr`,
  /// `base_momentum`, ...); nil when the group has no such key.
  public func value(_ key: String, ofGroup i: Int) -> Double? {
    key == "initial_lr" ? settings[i].initialLR : settings[i].extra[key]
  }

  /// Every group, as `self[group:]` has it.
  public var paramGroups: [ParamGroup] { groupIndices.map { self[group: $0] } }

  /// Every group's current learning rate.
  public var learningRates: [Double] { lrs.array }
}

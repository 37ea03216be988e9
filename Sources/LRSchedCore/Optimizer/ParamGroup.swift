/// One of an optimizer's `param_groups`: the hyper-parameters that schedulers read and write.
public struct ParamGroup: Sendable, Equatable {
  /// The group's name in output columns (`lr_<name>`).
  public var name: String
  public var lr: Double
  /// `initial_lr`, set by the first scheduler attached (PyTorch's `setdefault`) or given in the
  /// spec (a resumed run's).
  public var initialLR: Double?
  /// timm's `lr_scale` (layer-wise decay): timm's schedulers write `value * lr_scale` into the
  /// group; other libraries ignore it.
  public var lrScale: Double?
  /// SGD's `momentum`; `nil` for Adam and AdamW.
  public var momentum: Double?
  /// Adam's and AdamW's `betas`; `nil` for SGD.
  public var betas: (Double, Double)?
  public var weightDecay: Double
  /// SGD's `dampening` and `nesterov`, Adam's `eps` and `amsgrad`.
  public var dampening: Double
  public var nesterov: Bool
  public var eps: Double
  public var amsgrad: Bool
  /// Other keys schedulers store in the group (`max_lr`, `min_lr`, `base_momentum`, ...).
  public var extra: [String: Double] = [:]

  public init(
    name: String, lr: Double, momentum: Double? = nil, betas: (Double, Double)? = nil,
    weightDecay: Double = 0, dampening: Double = 0, nesterov: Bool = false,
    eps: Double = 1e-8, amsgrad: Bool = false
  ) {
    self.name = name
    self.lr = lr
    self.momentum = momentum
    self.betas = betas
    self.weightDecay = weightDecay
    self.dampening = dampening
    self.nesterov = nesterov
    self.eps = eps
    self.amsgrad = amsgrad
  }

  /// The momentum a cyclic scheduler drives: SGD's `momentum` or Adam's `beta1`.
  public var momentumOrBeta1: Double? {
    get { betas?.0 ?? momentum }
    set {
      guard let newValue else { return }
      if let b = betas { betas = (newValue, b.1) } else { momentum = newValue }
    }
  }

  public static func == (a: ParamGroup, b: ParamGroup) -> Bool {
    a.name == b.name && a.lr == b.lr && a.initialLR == b.initialLR && a.lrScale == b.lrScale && a.momentum == b.momentum
      && a.betas?.0 == b.betas?.0 && a.betas?.1 == b.betas?.1 && a.weightDecay == b.weightDecay
      && a.dampening == b.dampening && a.nesterov == b.nesterov && a.eps == b.eps
      && a.amsgrad == b.amsgrad && a.extra == b.extra
  }
}

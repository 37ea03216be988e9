/// PyTorch schedulers as `--help`, `lrsched list` and error messages show them to users: kept
/// beside the schedulers they name, and run by the tests, so that no example stops working.
public enum TorchExamples {
  /// A class name to look up with `lrsched list`.
  public static let listedName = "CosineAnnealingLR"
  /// A per-batch scheduler, for `lrsched list`'s own help: the one most often stepped once per
  /// epoch by mistake.
  public static let perBatchName = "OneCycleLR"
  /// A namespaced spec type name.
  public static let namespacedName = "torch.StepLR"
  /// A class path as Lightning configs write it.
  public static let classPath = "torch.optim.lr_scheduler.StepLR"
  /// A per-batch call pasted from Python, for 10 epochs of 100 batches.
  public static let perBatchCall = "OneCycleLR(optimizer, max_lr=0.1, total_steps=1000)"
  /// The same call one step short of 10 epochs of 100 batches: `lint`'s LR001.
  public static let perBatchCallOneShort = "OneCycleLR(optimizer, max_lr=0.1, total_steps=999)"
  /// A per-epoch call pasted from Python.
  public static let perEpochCall = "StepLR(optimizer, step_size=30)"
  /// The same call with its decay factor spelled out.
  public static let perEpochCallWithGamma = "StepLR(optimizer, step_size=30, gamma=0.1)"
}

/// The length of a training data loader as the frameworks compute it, for a data set of `size`
/// examples. All arithmetic is on integers, overflow-free for any `size`.
enum BatchCount {
  /// `ceil(a / b)` for `a >= 0`, `b >= 1`.
  static func ceilDiv(_ a: Int, _ b: Int) -> Int { a / b + (a % b > 0 ? 1 : 0) }

  /// `len(train_dataloader)` on process 0 of `devices` under Hugging Face Accelerate, as the Trainer sees it:
  /// `DataLoader(batch_size=batch, drop_last=dropLast)` has `floor` or `ceil(size / batch)` batches;
  /// `BatchSamplerShard` then gives each process `n / devices` batches, plus one when there is a
  /// remainder and the last is not dropped (process 0 gets it with or without `even_batches`);
  /// with `split_batches` every process sees every batch.
  static func accelerate(size: Int, batch: Int, devices: Int, dropLast: Bool, splitBatches: Bool) -> Int {
    let batches = dropLast ? size / batch : ceilDiv(size, batch)
    if devices <= 1 || splitBatches { return batches }
    if batches % devices == 0 || dropLast { return batches / devices }
    return batches / devices + 1
  }

  /// `len(loader_train)` of timm's `create_loader` for training: `DistributedSampler` pads each of
  /// `devices` processes to `ceil(size / devices)` examples, and the loader drops the last partial
  /// batch (`drop_last=is_training`).
  static func timm(size: Int, batch: Int, devices: Int) -> Int {
    let perProcess = devices > 1 ? ceilDiv(size, devices) : size
    return perProcess / batch
  }
}

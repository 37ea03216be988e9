/// The LR range test on the toy problem, as torch-lr-finder's `range_test` runs it.
///
/// Every group's learning rate follows the ramp; iteration i sets it, trains the next batch
/// (cycling through the training batches, each pass a new epoch), smooths the batch loss and
/// records both. The first smoothed loss is the best so far, then any lower one; the test stops
/// after recording a smoothed loss above `divergence` × the best, or a NaN one.
public enum LRRangeTest {
  public static func run(trainer: Trainer, settings: RangeTestSettings) -> RangeTestCurve {
    let optimizer = trainer.updater.optimizer
    var smoother = LossSmoother(beta: settings.smoothing)
    var curve = RangeTestCurve(lrs: [], losses: [])
    curve.lrs.reserveCapacity(settings.iterations)
    curve.losses.reserveCapacity(settings.iterations)
    var best = Double.nan
    let batches = trainer.batchesPerEpoch
    for i in 0..<settings.iterations {
      let lr = settings.mode.lr(iteration: i, of: settings.iterations, start: settings.startLR, end: settings.endLR)
      for g in optimizer.groupIndices { optimizer.lrs[g] = lr }
      let b = i % batches
      if b == 0 { trainer.beginEpoch() }
      let loss = smoother.add(trainer.trainBatch(b))
      if i == 0 || loss < best { best = loss }
      curve.lrs.append(lr)
      curve.losses.append(loss)
      if loss.isNaN || loss > settings.divergence * best {
        curve.diverged = true
        break
      }
    }
    return curve
  }
}

import LRSchedCore

/// How a run of `total` optimizer steps, `perEpoch` to an epoch, is laid out as a spec's
/// `epochs` × `steps_per_epoch` with `interval: "step"`: whole epochs when `total` is a multiple of
/// `perEpoch`, else one step to an "epoch", so the rows are exactly the `total` steps the
/// framework runs (its last epoch being partial).
struct StepLayout: Equatable {
  let epochs: Int
  let stepsPerEpoch: Int

  init(total: Int, perEpoch: Int) {
    if perEpoch >= 1, total % perEpoch == 0 {
      epochs = total / perEpoch
      stepsPerEpoch = perEpoch
    } else {
      epochs = total
      stepsPerEpoch = 1
    }
  }

  /// The spec's `epochs`, `steps_per_epoch` and `interval` members.
  var members: [(key: String, value: JSONValue)] {
    [
      ("epochs", .number(JSONNumber(epochs))), ("steps_per_epoch", .number(JSONNumber(stepsPerEpoch))),
      ("interval", .string("step")),
    ]
  }
}

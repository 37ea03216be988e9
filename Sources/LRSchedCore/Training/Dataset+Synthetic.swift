extension Dataset {
  /// The seeded synthetic dataset of a `train` section without `data`.
  ///
  /// From the seed's data stream: first a centre per class (`classes × features` normal
  /// deviates, row by row), then per sample its label (`below(classes)`) and its features
  /// (the label's centre plus a normal deviate each).
  public static func synthetic(_ spec: TrainSpec) -> Dataset {
    let n = spec.samples
    let d = spec.features
    let k = max(spec.classes ?? 2, 1)
    var rng = SeededGenerator(seed: spec.seed, stream: .data)
    var centres = [Double](repeating: 0, count: k * d)
    for i in centres.indices { centres[i] = rng.normal() }
    var features = [Double](repeating: 0, count: n * d)
    var labels = [Int](repeating: 0, count: n)
    for r in 0..<n {
      let y = rng.below(k)
      labels[r] = y
      for j in 0..<d {
        features[r * d + j] = centres[y * d + j] + rng.normal()
      }
    }
    return Dataset(features: features, labels: labels, featureCount: d, classCount: k)
  }
}

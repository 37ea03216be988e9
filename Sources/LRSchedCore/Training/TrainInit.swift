/// How the toy model's weights start.
public enum TrainInit: String, Sendable, CaseIterable {
  /// All weights and biases zero (the reference cases' start).
  case zeros
  /// `nn.Linear`'s default distribution: every weight and bias uniform in ±1/√features, drawn
  /// from the seed's initialization stream (weights row by row, then biases).
  case uniform
}

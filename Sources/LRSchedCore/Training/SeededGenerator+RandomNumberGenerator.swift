/// The standard library's randomness (`Int.random(in:using:)`, `shuffled(using:)`) drawn from a
/// seeded stream, as randomized tests need to reproduce a failure.
extension SeededGenerator: RandomNumberGenerator {}

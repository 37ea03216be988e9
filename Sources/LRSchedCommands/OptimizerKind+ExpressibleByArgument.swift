import ArgumentParser
import LRSchedCore

extension OptimizerKind: ExpressibleByArgument {
  /// The optimizer named `argument`, case-insensitively.
  public init?(argument: String) {
    self.init(name: argument)
  }
}

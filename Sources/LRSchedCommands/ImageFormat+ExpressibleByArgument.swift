import ArgumentParser
import LRSchedCairo

extension ImageFormat: ExpressibleByArgument {
  /// The format named `argument`, in any case.
  public init?(argument: String) {
    self.init(pathExtension: argument)
  }
}

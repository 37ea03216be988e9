import ArgumentParser

/// When the terminal chart uses colour.
enum ColorChoice: String, CaseIterable, ExpressibleByArgument {
  /// When standard output is a terminal and `NO_COLOR` is unset.
  case auto
  case always
  case never
}

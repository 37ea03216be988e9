/// How serious a lint finding is: a warning (`--strict` fails on it) or an error (the schedule
/// cannot run as written).
public enum LintSeverity: String, Sendable {
  case warning
  case error
}

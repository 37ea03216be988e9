import LRSchedCore

/// The `--scheduler` flag's value.
public enum SchedulerChoice: Sendable, Equatable {
  /// A catalog name or alias (`cosine`, `OneCycleLR`, `optax.sgdr_schedule`).
  case name(String)
  /// A spec object, e.g. parsed from a constructor call pasted from Python.
  case object(JSONValue)
}

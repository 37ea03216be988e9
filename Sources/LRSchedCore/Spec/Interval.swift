/// How often `scheduler.step()` runs: once an epoch or once a batch.
public enum Interval: String, Sendable, CaseIterable {
  case epoch
  case step
}

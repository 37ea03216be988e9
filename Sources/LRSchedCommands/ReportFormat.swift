import ArgumentParser

/// How `lint` reports its findings.
enum ReportFormat: String, CaseIterable, ExpressibleByArgument {
  case text
  case json
}

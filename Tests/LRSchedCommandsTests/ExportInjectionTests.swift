import Foundation
import Testing

/// Text from input that lands in generated Python (the spec's file name in the header comment)
/// cannot become a statement.
@Suite struct ExportInjectionTests {
  @Test func aNewlineInTheSpecNameStaysInTheComment() throws {
    let dir = try CLI.temporaryDirectory()
    let url = dir.appendingPathComponent("evil\nimport os; os.system('echo pwned')\r\u{1B}#.json")
    try #"{"epochs": 3, "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": {"type": "StepLR", "step_size": 1}}"#
      .write(to: url, atomically: true, encoding: .utf8)
    let r = try CLI.run(["export", "--spec", url.path, "--to", "pytorch"])
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stdout.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
    #expect(!lines.contains { $0.hasPrefix("import os") })
    #expect(!r.stdout.contains("\u{1B}") && !r.stdout.contains("\r"))
    #expect(r.stdout.contains(#"evil\x0aimport os; os.system('echo pwned')\x0d\x1b#.json"#))
  }
}

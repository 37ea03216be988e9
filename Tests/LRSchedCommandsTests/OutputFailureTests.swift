import Foundation
import Testing

/// Output that cannot be written (a full disk) exits 3 in every command, help and version too.
/// Standard output is `/dev/full` opened in place, never replaced.
@Suite struct OutputFailureTests {
  @Test(arguments: [
    ["simulate", "--scheduler", "cosine", "--epochs", "3", "--print-spec"],
    ["list"],
    ["list", "cosine"],
    ["lint", "--scheduler", "cosine", "--epochs", "3"],
    ["lint", "--scheduler", "cosine", "--epochs", "3", "--format", "json"],
    ["check", "--scheduler", "cosine", "--epochs", "3"],
    ["help"],
    ["--help"],
    ["simulate", "--help"],
    ["--version"],
  ])
  func fullDiskExitsThree(_ arguments: [String]) throws {
    let r = try CLI.run(arguments, stdoutPath: "/dev/full")
    #expect(r.status == 3, "\(arguments): \(r.status) \(r.stderr)")
    #expect(r.stderr.contains("No space left on device"))
    #expect(Self.isCharacterDevice("/dev/full"))
  }

  @Test func aFullJUnitReportExitsThree() throws {
    let r = try CLI.run(["check", "--scheduler", "cosine", "--epochs", "3", "--junit", "/dev/full"])
    #expect(r.status == 3)
    #expect(Self.isCharacterDevice("/dev/full"))
  }

  static func isCharacterDevice(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR
  }
}

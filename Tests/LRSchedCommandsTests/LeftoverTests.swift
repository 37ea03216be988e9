import Foundation
import Testing

/// Writing a file leaves nothing behind when interrupted, keeps a replaced file's mode and uses
/// the name given byte for byte.
@Suite struct LeftoverTests {
  @Test(arguments: [SIGTERM, SIGINT])
  func aSignalRemovesTheTemporaryFile(_ signal: Int32) throws {
    let dir = try CLI.temporaryDirectory()
    let p = Process()
    p.executableURL = CLI.binary
    p.arguments = ["simulate", "--scheduler", "cosine", "--epochs", "200000000", "-o", dir.appendingPathComponent("f.csv").path]
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    p.standardInput = FileHandle.nullDevice
    try p.run()
    var started = false
    for _ in 0..<200 where !started {
      started = try FileManager.default.contentsOfDirectory(atPath: dir.path).contains { $0.hasPrefix(".f.csv.lrsched-") }
      if !started { usleep(20_000) }
    }
    #expect(started)
    usleep(50_000)
    kill(p.processIdentifier, signal)
    for _ in 0..<500 where p.isRunning { usleep(20_000) }
    if p.isRunning { kill(p.processIdentifier, SIGKILL) }
    p.waitUntilExit()
    #expect(p.terminationReason == .uncaughtSignal && p.terminationStatus == signal)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
  }

  @Test func aReplacedFileKeepsItsMode() throws {
    let dir = try CLI.temporaryDirectory()
    let path = dir.appendingPathComponent("f.csv").path
    #expect(FileManager.default.createFile(atPath: path, contents: Data("old\n".utf8), attributes: [.posixPermissions: 0o600]))
    let r = try CLI.run(["simulate", "--scheduler", "cosine", "--epochs", "3", "-o", path])
    #expect(r.status == 0)
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("step,epoch,lr\n"))
  }

  @Test(arguments: [#"-o "$(printf 'out\377.csv')""#, #"--output="$(printf 'out\377.csv')""#])
  func namesAreWrittenByteForByte(_ option: String) throws {
    let dir = try CLI.temporaryDirectory()
    let r = try CLI.shell(
      #""$0" simulate --scheduler cosine --epochs 3 \#(option) && test -f "$(printf 'out\377.csv')" && ! test -e "$(printf 'out\357\277\275.csv')""#,
      in: dir)
    #expect(r.status == 0, "\(r.stderr)")
  }
}

import Foundation
import Testing

/// A reader that goes away (`| head -3`) ends `lrsched` as it ends `seq`: by SIGPIPE, silently.
@Suite struct BrokenPipeTests {
  @Test func aClosedPipeEndsQuietly() throws {
    let p = Process()
    p.executableURL = CLI.binary
    p.arguments = ["simulate", "--scheduler", "cosine", "--epochs", "1000000"]
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = FileHandle.nullDevice
    try p.run()
    _ = out.fileHandleForReading.readData(ofLength: 64)
    try out.fileHandleForReading.close()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    #expect(e.isEmpty, "\(String(decoding: e, as: UTF8.self))")
    #expect(p.terminationReason == .uncaughtSignal && p.terminationStatus == SIGPIPE)
  }
}

import Foundation

/// Runs the built `lrsched` binary as a user would.
enum CLI {
  struct Result {
    let status: Int32
    let stdout: String
    let stderr: String
    /// Whether the process ended by a signal (a crash).
    let crashed: Bool
  }

  /// The `lrsched` executable built beside the test bundle.
  static let binary: URL = {
    var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = dir.appendingPathComponent("lrsched")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      dir = dir.deletingLastPathComponent()
    }
    return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(".build/debug/lrsched")
  }()

  /// Runs `lrsched` with `arguments`, feeding `stdin`, with `environment` added.
  static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> Result {
    let p = Process()
    p.executableURL = binary
    p.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    for (k, v) in environment { env[k] = v }
    p.environment = env
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = input
    try p.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return Result(
      status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
      stderr: String(decoding: e, as: UTF8.self), crashed: p.terminationReason == .uncaughtSignal)
  }

  /// Runs `lrsched` with `arguments` and its standard output on the existing file `stdoutPath`
  /// (opened for writing in place, never replaced: meant for `/dev/full`); returns the status
  /// and standard error.
  static func run(_ arguments: [String], stdoutPath: String) throws -> (status: Int32, stderr: String) {
    let p = Process()
    p.executableURL = binary
    p.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    p.environment = env
    guard let out = FileHandle(forWritingAtPath: stdoutPath) else { throw CocoaError(.fileWriteUnknown) }
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = FileHandle.nullDevice
    try p.run()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    try out.close()
    return (p.terminationStatus, String(decoding: e, as: UTF8.self))
  }

  /// Runs `script` with `/bin/sh -c`, `$0` being the `lrsched` binary, in `directory`; for
  /// arguments that are not valid UTF-8 (`"$(printf 'out\\377.csv')"`).
  static func shell(_ script: String, in directory: URL) throws -> Result {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/sh")
    p.arguments = ["-c", script, binary.path]
    p.currentDirectoryURL = directory
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = FileHandle.nullDevice
    try p.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return Result(
      status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
      stderr: String(decoding: e, as: UTF8.self), crashed: p.terminationReason == .uncaughtSignal)
  }

  /// A temporary directory for one test.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("lrsched-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Writes `text` to a new file in a temporary directory and returns its path.
  static func file(_ text: String, name: String = "spec.json") throws -> String {
    let url = try temporaryDirectory().appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }
}

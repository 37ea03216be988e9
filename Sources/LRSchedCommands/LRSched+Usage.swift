import ArgumentParser
import LRSchedCore

#if canImport(Glibc)
import Glibc
import LRSchedOutput
#endif

extension LRSched {
  /// The command the command line asks for, read after `NegativeNumberArguments` joins negative
  /// values to their options; a misspelt subcommand is a usage error naming the closest one.
  static func parseForgivingly(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) throws -> ParsableCommand {
    let arguments = NegativeNumberArguments.rewrite(arguments)
    let names = configuration.subcommands.map { $0._commandName }
    if let message = UsageHint.unknownSubcommand(arguments, subcommands: names) {
      throw UsageError(message: message)
    }
    return try parseAsRoot(arguments)
  }

  /// Ends the process for a parsing or validation `error` as swift-argument-parser does, with
  /// `UsageHint`'s suggestion for an unknown option.
  static func exitImproving(_ error: Error, arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
    if let usage = error as? UsageError {
      printError("lrsched: \(usage.message)")
      Glibc.exit(ExitCode.validationFailure.rawValue)
    }
    let code = exitCode(for: error)
    guard code != .success else { printHelpOrVersion(error) }
    let subcommand = configuration.subcommands.first { $0._commandName == arguments.first } ?? LRSched.self
    let message = UsageHint.improving(fullMessage(for: error), help: helpMessage(for: subcommand))
    printError(message)
    Glibc.exit(code.rawValue)
  }

  /// Prints the help or version text `error` asks for through the checked writer, and exits 0
  /// (3 when standard output cannot be written).
  private static func printHelpOrVersion(_ error: Error) -> Never {
    let text = fullMessage(for: error)
    do {
      if !text.isEmpty { try OutputSink.printToStandardOutput(text.hasSuffix("\n") ? text : text + "\n") }
    } catch let error as OutputError {
      end(Failure(.outputFailed, error.message))
    } catch {
      end(Failure(.outputFailed, "\(error)"))
    }
    Glibc.exit(0)
  }

  /// A usage mistake found before swift-argument-parser reads the command line.
  struct UsageError: Error {
    let message: String
  }
}

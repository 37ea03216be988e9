import ArgumentParser
import LRSchedCore

#if canImport(Glibc)
import Glibc
import LRSchedOutput
#endif

/// The `lrsched` command: simulate, plot and check learning-rate schedules.
public struct LRSched: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "lrsched",
    abstract: "Simulate and plot learning-rate schedules exactly as PyTorch, transformers, timm, optax, Keras and DeepSpeed compute them.",
    discussion: """
      Examples:
        lrsched simulate --scheduler cosine --epochs 100 --lr 0.1
        lrsched simulate --scheduler \\
            "\(TorchExamples.perBatchCall)" --interval step \\
            --epochs 10 --steps-per-epoch 100
        lrsched simulate --spec run.json --output lr.csv
        lrsched list \(TorchExamples.listedName)
        lrsched summary --scheduler onecycle --epochs 10 --steps-per-epoch 100

      Shell completions: `make install` installs them with the binary and the man page; or by hand, \
      for bash (zsh and fish likewise):
        lrsched --generate-completion-script bash > /etc/bash_completion.d/lrsched

      Exit codes: 0 success, 1 check failed, 2 invalid input, 3 output could not be written, 64 usage error;
      141 (SIGPIPE, silently) when standard output is closed early, as with `| head`.
      Files named inside a spec must stay in the spec's folder unless --allow-outside-paths is given.
      """,
    version: "0.1.0",
    subcommands: [Simulate.self, Plot.self, Summary.self, List.self, Check.self, Lint.self, Export.self, FindLR.self])

  public init() {}

  /// Runs the command line, mapping failures to the documented exit codes. Everything printed goes
  /// through checked writes (help and version too): output that cannot be written exits 3. Text
  /// from input in messages has its control characters escaped (`DisplayText`).
  public static func main() {
    signal(SIGPIPE, SIG_IGN)
    TemporaryFiles.installHandlers()
    do {
      var command = try parseForgivingly()
      try command.run()
    } catch let failure as Failure {
      end(failure)
    } catch let error as SpecError {
      printError("lrsched: \(error)")
      Glibc.exit(Failure.Code.invalidInput.rawValue)
    } catch let error as OutputError {
      end(Failure(.outputFailed, error.message))
    } catch {
      exitImproving(error)
    }
  }

  static func end(_ failure: Failure) -> Never {
    printError("lrsched: \(failure.message)")
    Glibc.exit(failure.code.rawValue)
  }

  /// Writes `message` and a newline to standard error, as `DisplayText.message` shows it.
  static func printError(_ message: String) {
    var text = DisplayText.message(message)
    if !text.hasSuffix("\n") { text += "\n" }
    StandardError.write(text)
  }
}

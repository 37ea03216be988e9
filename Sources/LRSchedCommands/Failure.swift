import LRSchedCharts
import LRSchedCore
import LRSchedExport
import LRSchedOutput

/// An error that ends `lrsched` with a message on stderr and a documented exit code.
struct Failure: Error, CustomStringConvertible {
  /// The exit codes the README documents.
  enum Code: Int32 {
    /// `check`: the schedule is not as expected.
    case checkFailed = 1
    /// The input is invalid: a spec, flag, expression or file, or the library refuses the schedule.
    case invalidInput = 2
    /// Output could not be written (full disk, closed pipe, unwritable path).
    case outputFailed = 3
  }

  let code: Code
  let message: String

  init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }

  /// An invalid-input failure for a spec error, prefixed with where the spec came from.
  init(_ error: SpecError, source: String? = nil) {
    self.code = .invalidInput
    self.message = [source, error.description].compactMap { $0 }.joined(separator: ": ")
  }

  /// `body`'s result, with the libraries' input errors (`SpecError`, `CSVError`, `FileError`,
  /// `ChartError`, `ExportError`) as invalid-input failures carrying their message; a spec error
  /// is prefixed with `source`, the spec it comes from.
  static func mapping<T>(source: String? = nil, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let e as SpecError {
      throw Failure(e, source: source)
    } catch let e as CSVError {
      throw Failure(.invalidInput, e.description)
    } catch let e as FileError {
      throw Failure(.invalidInput, e.description)
    } catch let e as ChartError {
      throw Failure(.invalidInput, e.description)
    } catch let e as ExportError {
      throw Failure(.invalidInput, e.description)
    } catch let e as OutputError {
      throw Failure(.outputFailed, e.message)
    }
  }

  var description: String { message }
}

/// A log being read: its learning-rate series and their points, one at a time, in file order.
///
/// Readers stream where the format allows (CSV and event files hold one record at a time);
/// `series` may grow while an event file is read, as new tags appear.
public protocol LogSource: AnyObject {
  /// The file's name in messages.
  var name: String { get }
  var format: LogFormat { get }
  var series: [LogSeries] { get }
  /// The next point, or `nil` at the end of the log.
  func next() throws(LogError) -> LogPoint?
}

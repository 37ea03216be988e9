/// What separates a CSV record's fields.
public enum CSVSeparator: Sendable, Equatable {
  case comma
  case tab
  /// A tab when the first record has tabs and no commas, else a comma.
  case detect
}

/// What a YAML document may still expand to while its values are built, with every use of an
/// alias counted again: a number of values and a number of bytes (the UTF-8 of keys and scalars).
///
/// A few kilobytes of anchors and aliases can stand for gigabytes of values ("billion laughs");
/// spending past either limit stops the reader before such a value is built or printed.
struct YAMLExpansionBudget {
  /// The most values a document may expand to.
  static let maximumValues = 1_000_000
  /// The most bytes of keys and scalars a document may expand to: the size limit of a spec file.
  static let maximumBytes = 64 << 20

  private var values = 0
  private var bytes = 0

  /// Counts one value whose text (with its key, if any) is `byteCount` bytes; returns which limit
  /// is passed once one is, `nil` while both hold.
  mutating func spend(byteCount: Int) -> String? {
    values += 1
    bytes += byteCount
    if values > Self.maximumValues {
      return "the document expands to more than \(Self.maximumValues) values"
    }
    if bytes > Self.maximumBytes {
      return "the document expands to more than \(Self.maximumBytes >> 20) MiB (aliases count each time they are used)"
    }
    return nil
  }
}

/// Where a reader's bytes come from, a chunk at a time: a file, standard input or memory.
public protocol ByteSource {
  /// Fills the start of `buffer` and returns how many bytes it wrote; 0 only at the end.
  mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(FileError) -> Int
}

/// A growable run of bytes that formatters write into directly, for output built without
/// allocating per value: reserve room, write through the pointer, then commit what was written.
///
/// It owns its memory (freed on deinit) and is not thread-safe; its state is exempt from dynamic
/// exclusivity checks, which would otherwise cost more than writing a number.
public final class ByteBuffer {
  /// The number of bytes written.
  public var count: Int { used }
  @exclusivity(unchecked) private var used = 0
  @exclusivity(unchecked) private var capacity: Int
  @exclusivity(unchecked) private var base: UnsafeMutablePointer<UInt8>

  /// An empty buffer with room for `capacity` bytes before it grows.
  public init(capacity: Int = 1 << 16) {
    self.capacity = max(capacity, 64)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// Whether no bytes are written.
  public var isEmpty: Bool { count == 0 }

  /// Room for at least `size` more bytes: the address after the last byte, valid until the next
  /// call that changes the buffer. Write there, then `commit` the bytes written.
  @inline(__always)
  public func reserve(_ size: Int) -> UnsafeMutablePointer<UInt8> {
    if capacity &- used < size { grow(to: used + size) }
    return base + used
  }

  /// Counts `size` bytes written at `reserve`'s address as part of the buffer.
  @inline(__always)
  public func commit(_ size: Int) {
    used &+= size
  }

  /// Appends `bytes`.
  public func append(_ bytes: UnsafeRawBufferPointer) {
    guard let source = bytes.baseAddress else { return }
    UnsafeMutableRawPointer(reserve(bytes.count)).copyMemory(from: source, byteCount: bytes.count)
    commit(bytes.count)
  }

  /// Appends `text`'s UTF-8.
  public func append(_ text: String) {
    var text = text
    text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
  }

  /// Forgets the bytes written, keeping the memory.
  public func removeAll() {
    used = 0
  }

  /// Calls `body` with the bytes written.
  public func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
    try body(UnsafeRawBufferPointer(start: base, count: used))
  }

  private func grow(to size: Int) {
    var newCapacity = capacity
    while newCapacity < size { newCapacity *= 2 }
    let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    bigger.initialize(from: base, count: used)
    base.deallocate()
    base = bigger
    capacity = newCapacity
  }
}

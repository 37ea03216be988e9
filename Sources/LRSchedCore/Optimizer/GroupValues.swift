/// One `Double` per parameter group, in storage allocated once by its owner: reading and writing
/// an element is a plain load or store, with no allocation, reference counting or exclusivity
/// check, so the per-step path of a scheduler costs only its arithmetic.
///
/// A `GroupValues` is a view: copies share the storage, and the owner (an `Optimizer` or a
/// scheduler) allocates it with `allocate(count:)` and releases it with `deallocate()` when it
/// goes away. Indices are `0..<count`.
public struct GroupValues: @unchecked Sendable {
  @usableFromInline let storage: UnsafeMutableBufferPointer<Double>

  /// The number of groups.
  @inlinable public var count: Int { storage.count }

  /// `0..<count`.
  @inlinable public var indices: Range<Int> { 0..<storage.count }

  @inlinable init(storage: UnsafeMutableBufferPointer<Double>) {
    self.storage = storage
  }

  /// Storage for `count` values, each `initialValue`.
  public static func allocate(count: Int, initialValue: Double = 0) -> GroupValues {
    let storage = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(count, 0))
    storage.initialize(repeating: initialValue)
    return GroupValues(storage: storage)
  }

  /// Releases the storage; the owner calls this once, from its `deinit`.
  public func deallocate() {
    storage.deallocate()
  }

  /// The value of group `i`.
  @inlinable public subscript(i: Int) -> Double {
    get { storage[i] }
    nonmutating set { storage[i] = newValue }
  }

  /// Sets every value to `other`'s, in group order; `other` has the same count.
  @inlinable public func assign(_ other: GroupValues) {
    for i in indices { storage[i] = other.storage[i] }
  }

  /// Sets every value to `value`.
  @inlinable public func fill(_ value: Double) {
    for i in indices { storage[i] = value }
  }

  /// The values as an array (allocates: for code off the per-step path).
  public var array: [Double] { Array(storage) }

  /// Sets the values to `values`' first `count` elements, in group order.
  public func assign(_ values: [Double]) {
    for (i, v) in zip(indices, values) { storage[i] = v }
  }
}

/// An arbitrary-precision signed integer: Python's `int` beyond 64 bits.
///
/// Sign and magnitude, the magnitude as little-endian base-2³² limbs with no
/// high zero limb; zero has no limbs and is never negative. Every operation
/// is exact. Sizes are not bounded here: the evaluator refuses results wider
/// than ``maximumBitWidth`` (see ``PyValue``).
public struct BigInt: Sendable, Hashable {
  /// The widest integer the evaluator computes, in bits of magnitude.
  public static let maximumBitWidth = 100_000

  /// Whether the value is below zero.
  public private(set) var isNegative: Bool
  /// The magnitude's limbs, least significant first.
  private(set) var limbs: [UInt32]

  init(isNegative: Bool, limbs: [UInt32]) {
    var limbs = limbs
    while limbs.last == 0 { limbs.removeLast() }
    self.limbs = limbs
    self.isNegative = isNegative && !limbs.isEmpty
  }

  /// The integer `value`.
  public init(_ value: Int) {
    self.init(isNegative: value < 0, magnitude: UInt64(value.magnitude))
  }

  init(isNegative: Bool, magnitude: UInt64) {
    self.init(isNegative: isNegative, limbs: [UInt32(truncatingIfNeeded: magnitude), UInt32(magnitude >> 32)])
  }

  /// Whether the value is zero.
  public var isZero: Bool { limbs.isEmpty }

  /// Whether the value is odd.
  public var isOdd: Bool { (limbs.first ?? 0) & 1 == 1 }

  /// The number of bits of the magnitude (Python's `int.bit_length()`); 0 for zero.
  public var bitWidth: Int {
    guard let top = limbs.last else { return 0 }
    return limbs.count * 32 - top.leadingZeroBitCount
  }

  /// The absolute value.
  public var magnitude: BigInt { BigInt(isNegative: false, limbs: limbs) }

  /// The value, when it fits in an `Int`.
  public var intValue: Int? {
    guard limbs.count <= 2 else { return nil }
    let magnitude = magnitudeUInt64
    if isNegative {
      return magnitude <= UInt64(Int.max) + 1 ? Int(truncatingIfNeeded: 0 &- magnitude) : nil
    }
    return magnitude <= UInt64(Int.max) ? Int(magnitude) : nil
  }

  /// The low 64 bits of the magnitude.
  var magnitudeUInt64: UInt64 {
    let low = UInt64(limbs.first ?? 0)
    return limbs.count > 1 ? low | UInt64(limbs[1]) << 32 : low
  }

  /// Bit `index` of the magnitude (bit 0 is the least significant).
  func bit(at index: Int) -> Bool {
    let limb = index / 32
    return limb < limbs.count && (limbs[limb] >> UInt32(index % 32)) & 1 == 1
  }

  /// The number of zero bits below the magnitude's lowest one bit (0 for zero).
  var trailingZeroBitCount: Int {
    guard let index = limbs.firstIndex(where: { $0 != 0 }) else { return 0 }
    return index * 32 + limbs[index].trailingZeroBitCount
  }
}

extension BigInt: CustomStringConvertible {
  /// The decimal digits, with a leading `-` when negative (Python's `repr`).
  public var description: String {
    if isZero { return "0" }
    let chunk: UInt64 = 1_000_000_000
    var rest = limbs
    var pieces: [String] = []
    while !rest.isEmpty {
      var remainder: UInt64 = 0
      for index in stride(from: rest.count - 1, through: 0, by: -1) {
        let current = remainder << 32 | UInt64(rest[index])
        rest[index] = UInt32(current / chunk)
        remainder = current % chunk
      }
      while rest.last == 0 { rest.removeLast() }
      pieces.append(String(remainder))
    }
    var text = isNegative ? "-" : ""
    text += pieces.last ?? "0"
    for piece in pieces.dropLast().reversed() {
      text += String(repeating: "0", count: 9 - piece.count) + piece
    }
    return text
  }
}

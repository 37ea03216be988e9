/// Reading an integer from its digits.
extension BigInt {
  /// The non-negative integer whose digits in `radix` (2 to 16) are `digits`,
  /// with no sign, prefix or underscores; `nil` for an empty string or a
  /// character that is not such a digit.
  init?(digits: some StringProtocol, radix: Int) {
    guard !digits.isEmpty else { return nil }
    var value = BigInt(0)
    var chunk = 0
    var scale = 1
    for character in digits {
      guard let digit = character.hexDigitValue, digit < radix, character.isASCII else {
        return nil
      }
      chunk = chunk * radix + digit
      scale *= radix
      if scale >= 1 << 40 {
        value = value * BigInt(scale) + BigInt(chunk)
        chunk = 0
        scale = 1
      }
    }
    if scale > 1 { value = value * BigInt(scale) + BigInt(chunk) }
    self = value
  }

  /// The integer a decimal string writes, with an optional leading `-`.
  public init?(_ text: String) {
    let negative = text.hasPrefix("-")
    guard let magnitude = BigInt(digits: text.dropFirst(negative ? 1 : 0), radix: 10) else {
      return nil
    }
    self = negative ? -magnitude : magnitude
  }
}

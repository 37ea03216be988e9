import Foundation

/// A tick spacing of the form mantissa × 10^exponent with mantissa 1, 2, 2.5 or 5.
public struct NiceStep: Sendable, Hashable {
  public var mantissa: Double
  public var exponent: Int

  public init(mantissa: Double, exponent: Int) {
    self.mantissa = mantissa
    self.exponent = exponent
  }

  /// The spacing as a number.
  public var value: Double { multiple(1) }

  /// `index` × step, computed so that decimal steps land on the nearest
  /// double to the decimal value (6 × 0.02 gives exactly `0.06`).
  public func multiple(_ index: Int) -> Double {
    let scaled = Double(index) * mantissa
    if exponent < 0 { return scaled / pow(10, Double(-exponent)) }
    return scaled * pow(10, Double(exponent))
  }

  /// Digits after the decimal point that a multiple of this step needs when
  /// written with a mantissa scaled by 10^`exponent`.
  func fractionDigits(relativeTo scaleExponent: Int) -> Int {
    max(0, scaleExponent - exponent + (mantissa == 2.5 ? 1 : 0))
  }
}

import LRSchedPlot

/// Measures and draws tick labels: plain labels with a typographic minus,
/// decade ticks as 10 with a superscript exponent.
enum CairoTickText {
  static func plain(_ tick: Tick) -> String {
    tick.label.replacingOccurrences(of: "-", with: "\u{2212}")
  }

  static func exponentText(_ exponent: Int) -> String {
    String(exponent).replacingOccurrences(of: "-", with: "\u{2212}")
  }

  /// The label's advance width at `size`.
  static func width(_ tick: Tick, context: CairoContext, size: Double) -> Double {
    guard let exponent = tick.decadeExponent else {
      context.setFont(size: size)
      return context.width(plain(tick))
    }
    context.setFont(size: size)
    let base = context.width("10")
    context.setFont(size: size * CairoTheme.exponentScale)
    let raised = context.width(exponentText(exponent))
    context.setFont(size: size)
    return base + raised
  }

  /// Draws the label with `anchor` at `point`; vertical anchoring uses the
  /// ink of the digits, so labels centre on their tick.
  static func draw(
    _ tick: Tick, context: CairoContext, size: Double, at point: PlotPoint, anchor: TextAnchor
  ) {
    guard let exponent = tick.decadeExponent else {
      context.setFont(size: size)
      context.show(plain(tick), at: point, anchor: anchor)
      return
    }
    let total = width(tick, context: context, size: size)
    context.setFont(size: size)
    let digits = context.measure("10")
    let left: Double
    switch anchor.horizontal {
    case .left: left = point.x
    case .center: left = point.x - total / 2
    case .right: left = point.x - total
    }
    let baseline: Double
    switch anchor.vertical {
    case .baseline: baseline = point.y
    case .top: baseline = point.y - digits.inkTop + size * 0.25
    case .middle: baseline = point.y - (digits.inkTop + digits.inkBottom) / 2
    case .bottom: baseline = point.y - digits.inkBottom
    }
    context.show("10", at: PlotPoint(x: left, y: baseline), anchor: .baselineLeft)
    context.setFont(size: size * CairoTheme.exponentScale)
    context.show(
      exponentText(exponent), at: PlotPoint(x: left + digits.advance, y: baseline - size * 0.42),
      anchor: .baselineLeft)
    context.setFont(size: size)
  }
}

import Foundation
import LRSchedPlot

/// One `<path>` of a cairo SVG, in pixels: its stroke (or fill) style and its straight-line
/// subpaths (`M`/`L`/`Z`; a path with curves has `hasCurves` set and its curve points dropped).
struct SVGPath {
  var strokeWidth: Double?
  var stroke: RGBColor?
  var fill: RGBColor?
  var fillOpacity: Double?
  var dashed: Bool
  var hasCurves: Bool
  var subpaths: [[PlotPoint]]

  /// Every `<path>` element of `svg`.
  static func all(in svg: String) -> [SVGPath] {
    var result: [SVGPath] = []
    var rest = svg[...]
    while let open = rest.range(of: "<path ") {
      guard let close = rest[open.upperBound...].range(of: "/>") else { break }
      result.append(SVGPath(element: String(rest[open.upperBound..<close.lowerBound])))
      rest = rest[close.upperBound...]
    }
    return result
  }

  /// The line segments of all subpaths.
  var segments: [(PlotPoint, PlotPoint)] {
    subpaths.flatMap { line in Array(zip(line, line.dropFirst())) }
  }

  init(element: String) {
    let style = Self.attribute("style", in: element) ?? ""
    let properties = Dictionary(
      style.split(separator: ";").compactMap { item -> (String, String)? in
        let parts = item.split(separator: ":", maxSplits: 1)
        guard parts.count == 2 else { return nil }
        return (parts[0].trimmingCharacters(in: .whitespaces), String(parts[1]))
      }, uniquingKeysWith: { a, _ in a })
    strokeWidth = properties["stroke-width"].flatMap(Double.init)
    stroke = properties["stroke"].flatMap(Self.color)
    fill = properties["fill"].flatMap(Self.color)
    fillOpacity = properties["fill-opacity"].flatMap(Double.init)
    dashed = properties["stroke-dasharray"] != nil
    var scale = 1.0
    if let transform = Self.attribute("transform", in: element), transform.hasPrefix("matrix(") {
      let numbers = transform.dropFirst(7).dropLast().split(separator: ",").compactMap { Double($0) }
      if let first = numbers.first { scale = first }
    }
    let tokens = (Self.attribute("d", in: element) ?? "").split(separator: " ").map(String.init)
    var subpaths: [[PlotPoint]] = []
    var current: [PlotPoint] = []
    var curves = false
    var index = 0
    var command = "M"
    while index < tokens.count {
      let token = tokens[index]
      if Double(token) == nil {
        command = token
        index += 1
        if command == "Z" {
          if let first = current.first { current.append(first) }
        }
        continue
      }
      switch command {
      case "M", "L":
        guard index + 1 < tokens.count, let x = Double(tokens[index]), let y = Double(tokens[index + 1])
        else { index = tokens.count; continue }
        if command == "M", !current.isEmpty {
          subpaths.append(current)
          current = []
        }
        current.append(PlotPoint(x: x * scale, y: y * scale))
        index += 2
        command = command == "M" ? "L" : command
      case "C":
        curves = true
        index += 6
      default:
        index += 1
      }
    }
    if !current.isEmpty { subpaths.append(current) }
    self.subpaths = subpaths
    self.hasCurves = curves
  }

  static func attribute(_ name: String, in element: String) -> String? {
    guard let start = element.range(of: " \(name)=\"") ?? element.range(of: "\(name)=\"") else {
      return nil
    }
    guard let end = element[start.upperBound...].firstIndex(of: "\"") else { return nil }
    return String(element[start.upperBound..<end])
  }

  /// `rgb(12.156863%,46.666667%,70.588235%)` as a colour.
  static func color(_ text: String) -> RGBColor? {
    guard text.hasPrefix("rgb(") else { return nil }
    let parts = text.dropFirst(4).dropLast().split(separator: ",").compactMap {
      Double($0.replacingOccurrences(of: "%", with: ""))
    }
    guard parts.count == 3 else { return nil }
    let bytes = parts.map { Int(($0 * 2.55).rounded()) }
    return RGBColor(hex: UInt32(bytes[0] << 16 | bytes[1] << 8 | bytes[2]))
  }
}

import Testing

@testable import LRSchedPlot

@Suite struct TerminalMarkerLabelsTests {
  typealias Marker = TerminalMarkerLabels.Marker

  @Test func labelsThatFitGoOnTheFrameFromTheirMarker() {
    let labels = TerminalMarkerLabels(
      markers: [
        Marker(column: 10, label: "warmup end"), Marker(column: 2, label: ""),
        Marker(column: 30, label: "decay"),
      ],
      columns: 40, placement: .inlineOrKeyed)
    #expect(labels.key.isEmpty)
    #expect(labels.frame.map(\.column) == [10, 30, 2])
    #expect(labels.frame.map(\.text) == ["warmup end", "decay", "┬"])
    let keyed = TerminalMarkerLabels(
      markers: [Marker(column: 10, label: "warmup end"), Marker(column: 30, label: "decay")],
      columns: 40, placement: .keyed)
    #expect(keyed.key.map(\.text) == ["a warmup end", "b decay"])
  }

  @Test func crowdedLabelsGetLettersAndAKey() {
    let markers = [
      Marker(column: 30, label: "decay"), Marker(column: 10, label: "restart"),
      Marker(column: 20, label: "restart"), Marker(column: 39, label: "decay"),
    ]
    let labels = TerminalMarkerLabels(markers: markers, columns: 40, placement: .inlineOrKeyed)
    #expect(labels.key.map(\.text) == ["a restart", "b decay"])
    #expect(labels.frame.map(\.column) == [10, 20, 30, 39])
    #expect(labels.frame.map(\.text) == ["a", "a", "b", "b"])
  }

  @Test func lettersInOneCellMoveAside() {
    let markers = [Marker(column: 5, label: "steepest"), Marker(column: 5, label: "minimum")]
    let labels = TerminalMarkerLabels(markers: markers, columns: 40, placement: .inlineOrKeyed)
    #expect(labels.frame.map(\.column) == [5, 6])
    #expect(labels.frame.map(\.text) == ["a", "b"])
    let edge = TerminalMarkerLabels(
      markers: markers.map { Marker(column: 39, label: $0.label) }, columns: 40, placement: .inlineOrKeyed)
    #expect(edge.frame.map(\.column) == [39, 38])
  }

  @Test func withoutRoomForAKeyTheFittingLabelsStay() {
    let markers = [
      Marker(column: 0, label: "valley"), Marker(column: 3, label: "steepest"),
      Marker(column: 12, label: "minimum"),
    ]
    let labels = TerminalMarkerLabels(markers: markers, columns: 30, placement: .inlineWhereTheyFit)
    #expect(labels.key.isEmpty)
    #expect(labels.frame.map(\.text) == ["valley", "minimum"])
  }

  @Test func keyLinesPackEntriesWithinTheWidth() {
    let key = ["a valley 0.00132", "b steepest 0.201", "c minimum 0.394"].map {
      TerminalMarkerLabels.KeyEntry(tag: $0.first ?? "?", label: String($0.dropFirst(2)))
    }
    let wide = TerminalMarkerLabels.keyLines(key, width: 80)
    #expect(wide.count == 1)
    #expect(wide[0].map(\.column) == [2, 21, 40])
    let narrow = TerminalMarkerLabels.keyLines(key, width: 20)
    #expect(
      narrow.map { $0.map(\.text) } == [
        ["a valley 0.00132"], ["b steepest 0.201"], ["c minimum 0.394"],
      ])
    let tiny = TerminalMarkerLabels.keyLines(key, width: 8)
    #expect(tiny.allSatisfy { $0.allSatisfy { $0.column + $0.text.count <= 8 } })
    #expect(tiny.flatMap { $0 }.allSatisfy { $0.text.hasSuffix("…") })
  }

  /// Random markers: frame texts stay inside the plot and apart; every label is on the frame at
  /// its marker or in the key with a letter on the frame near it (unless crowded out).
  @Test func randomMarkersNeverOverlap() {
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(bound))
    }
    let words = [
      "", "decay", "warmup end", "restart", "peak · OneCycleLR", "valley 0.00132",
      String(repeating: "x", count: 45),
    ]
    for _ in 0..<500 {
      let columns = 4 + next(200)
      let markers = (0..<next(9)).map { _ in
        Marker(column: next(columns + 4) - 2, label: words[next(words.count)])
      }
      let labels = TerminalMarkerLabels(markers: markers, columns: columns, placement: next(4) > 0 ? .inlineOrKeyed : .inlineWhereTheyFit)
      var used: [ClosedRange<Int>] = []
      for text in labels.frame {
        #expect(text.column >= 0 && text.column + text.text.count <= columns)
        let span = text.column...(text.column + text.text.count - 1)
        #expect(!used.contains { $0.overlaps(span) })
        used.append(span)
      }
      let inRange = markers.filter { $0.column >= 0 && $0.column < columns && !$0.label.isEmpty }
      if labels.key.isEmpty {
        #expect(
          labels.frame.allSatisfy { text in
            text.text == "┬" || inRange.contains { $0.column == text.column && $0.label == text.text }
          })
      } else {
        #expect(Set(labels.key.map(\.label)) == Set(inRange.map(\.label)))
        #expect(Set(labels.key.map(\.tag)).count == labels.key.count)
        for text in labels.frame where text.text != "┬" {
          let tagged = labels.key.filter { String($0.tag) == text.text }.map(\.label)
          #expect(inRange.contains { tagged.contains($0.label) && abs($0.column - text.column) <= 2 })
        }
      }
    }
  }
}

import TCOData
import TCOModel

/// The characters a terminal chart draws with: Unicode box drawing, braille and blocks, or plain ASCII.
struct ChartGlyphs {
  var ascii: Bool
  var vertical: Character { ascii ? "|" : "│" }
  var yTick: Character { ascii ? "+" : "┤" }
  var corner: Character { ascii ? "+" : "└" }
  var horizontal: Character { ascii ? "-" : "─" }
  var xTick: Character { ascii ? "+" : "┬" }
  var markerLine: Character { ascii ? ":" : "┊" }
  var point: Character { ascii ? "X" : "◆" }
  /// The legend sample of series `i`.
  func sample(_ i: Int) -> String {
    if ascii { return ["**", "oo", "++"][min(i, 2)] }
    return ["⠒⠒", "▄▄", "••"][min(i, 2)]
  }
  /// Histogram fills: bins of losses, bins of savings.
  var lossFill: Character { ascii ? "=" : "░" }
  var gainFill: Character { ascii ? "#" : "█" }
  /// Tornado fills: the input at its low value, at its high value.
  var lowFill: Character { ascii ? "-" : "░" }
  var highFill: Character { ascii ? "#" : "█" }
}

extension Chart {
  /// The chart for a terminal: at most `width` columns and `height` lines, with axes, tick
  /// labels, the axis titles, a legend and the notes. `ascii` draws with ASCII only.
  public func renderText(width: Int = 80, height: Int = 24, ascii: Bool = false) -> [String] {
    let g = ChartGlyphs(ascii: ascii)
    let legend = legendText(g)
    var footer = legend.count <= width ? [legend] : wrap(legend, width: width)
    footer += notes.flatMap { wrap($0, width: width) }
    let plotHeight = max(5, height - 5 - footer.count)
    let range = dataRange
    let yTicksWanted = max(2, min(6, plotHeight / 3))
    var rowLabelWidth = 0
    if case .tornado(_, let bars) = content { rowLabelWidth = min(30, bars.map(\.label.count).max() ?? 0) }
    var canvas = TextCanvas(
      x: AxisLayout(
        range.x, scale: x.scale, maxTicks: 7, integral: x.kind == .month || x.kind == .integer,
        months: x.kind == .month),
      y: AxisLayout(range.y, scale: y.scale, maxTicks: yTicksWanted, integral: y.kind == .integer),
      rows: plotHeight, width: width, yLabel: y.kind, glyphs: g, rowLabelWidth: rowLabelWidth)
    switch content {
    case .lines(let series, let markers):
      canvas.drawLines(series, markers: markers)
    case .histogram(let edges, let counts):
      canvas.drawHistogram(edges: edges, counts: counts)
    case .tornado(let base, let bars):
      canvas.drawTornado(base: base, bars: bars)
    }
    var lines = [String(title.prefix(width))]
    lines += canvas.lines(xTitle: x.title, yTitle: y.title, xKind: x.kind)
    return lines + footer
  }

  func legendText(_ g: ChartGlyphs) -> String {
    var items: [String] = []
    switch content {
    case .lines(let series, let markers):
      for (i, s) in series.enumerated() { items.append("\(g.sample(i)) \(s.name)") }
      for m in markers { items.append("\(m.y == nil ? g.markerLine : g.point) \(m.label)") }
    case .histogram:
      items = ["\(g.lossFill) loss", "\(g.gainFill) savings"]
    case .tornado:
      items = ["\(g.lowFill) input at its low value", "\(g.highFill) at its high value", "\(g.vertical) base"]
    }
    return items.joined(separator: "   ")
  }
}

/// A grid of characters for the plot area, with the axes around it.
struct TextCanvas {
  var x: AxisLayout
  var y: AxisLayout
  var rows: Int
  var columns: Int
  var labelWidth: Int
  var yLabels: [(row: Int, text: String)]
  var cells: [[Character]]
  var glyphs: ChartGlyphs
  /// Tornado: labels of the rows, left of the plot.
  var rowLabels: [Int: String] = [:]

  init(
    x: AxisLayout, y: AxisLayout, rows: Int, width: Int, yLabel: ChartValueKind, glyphs: ChartGlyphs,
    rowLabelWidth: Int = 0
  ) {
    self.x = x
    self.y = y
    self.rows = rows
    self.glyphs = glyphs
    yLabels = rowLabelWidth > 0 ? [] : y.ticks.map { (row: Self.row(y.position($0), rows), text: yLabel.format($0)) }
    labelWidth = rowLabelWidth > 0 ? rowLabelWidth : yLabels.map(\.text.count).max() ?? 1
    columns = max(10, width - labelWidth - 4)
    cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
  }

  static func row(_ position: Double, _ rows: Int) -> Int {
    Int((max(0, min(1, 1 - position)) * Double(rows - 1)).rounded())
  }

  func column(_ value: Double) -> Int {
    Int((max(0, min(1, x.position(value))) * Double(columns - 1)).rounded())
  }

  /// Marks the points of `series` on a grid `resolution` times finer than the cells.
  func raster(_ series: ChartSeries, cols: Int, rows: Int) -> [[Bool]] {
    var grid = Array(repeating: Array(repeating: false, count: cols), count: rows)
    func px(_ v: Double) -> Double { max(0, min(1, x.position(v))) * Double(cols - 1) }
    func py(_ v: Double) -> Double { max(0, min(1, 1 - y.position(v))) * Double(rows - 1) }
    func set(_ c: Int, _ r: Int) { if c >= 0 && c < cols && r >= 0 && r < rows { grid[r][c] = true } }
    func vertical(_ c: Int, _ r0: Int, _ r1: Int) { for r in min(r0, r1)...max(r0, r1) { set(c, r) } }
    let points = series.points.filter { $0.x.isFinite && $0.y.isFinite }
    guard let first = points.first else { return grid }
    var lastC = Int(px(first.x).rounded())
    var lastR = Int(py(first.y).rounded())
    set(lastC, lastR)
    for (a, b) in zip(points, points.dropFirst()) {
      let c0 = px(a.x)
      let c1 = px(b.x)
      let r0 = py(a.y)
      let r1 = py(b.y)
      let end = Int(c1.rounded())
      if series.stepped {
        for c in lastC...max(lastC, end) { set(c, Int(r0.rounded())) }
        vertical(end, Int(r0.rounded()), Int(r1.rounded()))
      } else if end > lastC {
        for c in (lastC + 1)...end {
          let t = c1 > c0 ? max(0, min(1, (Double(c) - c0) / (c1 - c0))) : 1
          let r = Int((r0 + (r1 - r0) * t).rounded())
          vertical(c, lastR, r)
          lastR = r
        }
      } else {
        vertical(end, lastR, Int(r1.rounded()))
      }
      lastC = end
      lastR = Int(r1.rounded())
    }
    return grid
  }

  mutating func drawLines(_ series: [ChartSeries], markers: [ChartMarker]) {
    for m in markers {
      let c = column(m.x)
      for r in 0..<rows where cells[r][c] == " " { cells[r][c] = glyphs.markerLine }
    }
    for (i, s) in series.enumerated().reversed() {
      if glyphs.ascii || i >= 2 {
        let grid = raster(s, cols: columns, rows: rows)
        let mark: Character = glyphs.ascii ? ["*", "o", "+"][min(i, 2)] : "•"
        for r in 0..<rows { for c in 0..<columns where grid[r][c] { cells[r][c] = mark } }
      } else if i == 1 {
        let grid = raster(s, cols: columns, rows: rows * 2)
        for r in 0..<rows {
          for c in 0..<columns {
            switch (grid[2 * r][c], grid[2 * r + 1][c]) {
            case (true, true): cells[r][c] = "█"
            case (true, false): cells[r][c] = "▀"
            case (false, true): cells[r][c] = "▄"
            default: break
            }
          }
        }
      } else {
        let grid = raster(s, cols: columns * 2, rows: rows * 4)
        let bits: [(Int, Int, UInt32)] = [
          (0, 0, 0x01), (0, 1, 0x02), (0, 2, 0x04), (1, 0, 0x08), (1, 1, 0x10), (1, 2, 0x20), (0, 3, 0x40),
          (1, 3, 0x80),
        ]
        for r in 0..<rows {
          for c in 0..<columns {
            var code: UInt32 = 0
            for (dc, dr, bit) in bits where grid[4 * r + dr][2 * c + dc] { code |= bit }
            // Blocks of the second series keep their cells: both lines stay visible where they cross.
            if code != 0, !"▀▄█".contains(cells[r][c]), let scalar = Unicode.Scalar(0x2800 + code) {
              cells[r][c] = Character(scalar)
            }
          }
        }
      }
    }
    for m in markers {
      guard let v = m.y else { continue }
      cells[Self.row(y.position(v), rows)][column(m.x)] = glyphs.point
    }
  }

  mutating func drawHistogram(edges: [Double], counts: [Int]) {
    guard edges.count == counts.count + 1 else { return }
    let eighths: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇"]
    for (i, count) in counts.enumerated() where count > 0 {
      let c0 = column(edges[i])
      let c1 = max(c0 + 1, column(edges[i + 1]) - (column(edges[i + 1]) - c0 >= 3 ? 1 : 0))
      let loss = edges[i + 1] <= 0
      let height = max(0, y.position(Double(count))) * Double(rows)
      let full = Int(height.rounded(.down))
      let part = glyphs.ascii || loss ? 0 : Int(((height - Double(full)) * 8).rounded(.down))
      for c in c0..<min(c1, columns) {
        for r in 0..<min(full, rows) { cells[rows - 1 - r][c] = loss ? glyphs.lossFill : glyphs.gainFill }
        if part > 0 && full < rows { cells[rows - 1 - full][c] = eighths[part] }
        if full == 0 && part == 0 { cells[rows - 1][c] = glyphs.ascii ? "_" : "▁" }
      }
    }
  }

  mutating func drawTornado(base: Double, bars: [TornadoBar]) {
    let gap = bars.count * 2 - 1 <= rows ? 2 : 1
    let b = column(base)
    for r in 0..<rows { cells[r][b] = glyphs.vertical }
    for (i, bar) in bars.enumerated() {
      let r = i * gap
      guard r < rows else { break }
      rowLabels[r] = bar.label
      let sides = [(bar.atLow, glyphs.lowFill), (bar.atHigh, glyphs.highFill)]
        .sorted { abs(column($0.0) - b) > abs(column($1.0) - b) }
      for (value, fill) in sides where value.isFinite {
        let c = column(value)
        for col in min(b, c)...max(b, c) where col != b || c == b { cells[r][col] = fill }
      }
    }
  }

  /// The plot with its y labels, x axis, x tick labels and the axis titles.
  func lines(xTitle: String, yTitle: String, xKind: ChartValueKind) -> [String] {
    let tornado = !rowLabels.isEmpty
    var out: [String] = [yTitle]
    let trimmed = { (s: String) -> String in
      var s = s
      while s.hasSuffix(" ") { s.removeLast() }
      return s
    }
    // A tornado ends at its last bar.
    let shown = tornado ? min(rows, (rowLabels.keys.max() ?? 0) + 2) : rows
    for r in 0..<shown {
      var label = ""
      var axis = glyphs.vertical
      if tornado {
        label = String((rowLabels[r] ?? "").prefix(labelWidth))
      } else if let tick = yLabels.first(where: { $0.row == r }) {
        label = tick.text
        axis = glyphs.yTick
      }
      out.append(trimmed(padLeft(label, labelWidth) + " " + String(axis) + String(cells[r])))
    }
    var axisLine = Array(String(repeating: glyphs.horizontal, count: columns))
    var tickLine = Array(repeating: Character(" "), count: labelWidth + 2 + columns + 4)
    var lastEnd = -1
    for tick in x.ticks {
      let c = column(tick)
      guard x.position(tick) >= -1e-9 && x.position(tick) <= 1 + 1e-9 else { continue }
      axisLine[c] = glyphs.xTick
      let text = Array(xKind.format(tick))
      var start = labelWidth + 2 + c - text.count / 2
      start = max(0, min(start, tickLine.count - text.count))
      guard start > lastEnd else { continue }
      for (k, ch) in text.enumerated() { tickLine[start + k] = ch }
      lastEnd = start + text.count
    }
    out.append(String(repeating: " ", count: labelWidth + 1) + String(glyphs.corner) + String(axisLine))
    out.append(trimmed(String(tickLine)))
    let center = labelWidth + 2 + max(0, (columns - xTitle.count) / 2)
    out.append(String(repeating: " ", count: center) + xTitle)
    return out
  }
}

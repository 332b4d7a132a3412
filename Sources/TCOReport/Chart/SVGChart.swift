import TCOData
import TCOModel

/// How one series is drawn in SVG: Okabe–Ito colours that stay apart for colour-blind readers,
/// and a dash pattern and marker shape of its own so the lines stay apart in greyscale too.
struct SeriesStyle {
  var color: String
  var dash: String?
  var marker: Marker
  enum Marker { case square, circle, triangle }

  static let all = [
    SeriesStyle(color: "#D55E00", dash: "14 7", marker: .square),  // vermillion, dashed
    SeriesStyle(color: "#0072B2", dash: nil, marker: .circle),  // blue, solid
    SeriesStyle(color: "#009E73", dash: "3 6", marker: .triangle),  // bluish green, dotted
  ]
  static func of(_ i: Int) -> SeriesStyle { all[min(i, all.count - 1)] }

  func markerPath(_ x: Double, _ y: Double, size r: Double = 6) -> String {
    let c = "fill=\"\(color)\" stroke=\"#fff\" stroke-width=\"1.5\""
    switch marker {
    case .square: return "<rect x=\"\(n(x - r))\" y=\"\(n(y - r))\" width=\"\(n(2 * r))\" height=\"\(n(2 * r))\" \(c)/>"
    case .circle: return "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(r + 0.5))\" \(c)/>"
    case .triangle:
      return "<path d=\"M\(n(x)) \(n(y - r - 1))L\(n(x + r + 1)) \(n(y + r))L\(n(x - r - 1)) \(n(y + r))Z\" \(c)/>"
    }
  }
}

/// A coordinate for SVG: one decimal, no trailing ".0".
func n(_ x: Double) -> String {
  let s = Format.fixed(x.isFinite ? x : 0, 1)
  return s.hasSuffix(".0") ? String(s.dropLast(2)) : s
}

/// Text made safe inside XML and HTML elements and attribute values.
public func escapeXML(_ s: String) -> String {
  var out = ""
  out.reserveCapacity(s.utf8.count)
  for ch in s.unicodeScalars {
    switch ch {
    case "&": out += "&amp;"
    case "<": out += "&lt;"
    case ">": out += "&gt;"
    case "\"": out += "&quot;"
    case "'": out += "&#39;"
    default:
      // Control characters other than tab and newline are not allowed in XML 1.0.
      if ch.value < 0x20 && ch != "\t" && ch != "\n" { out += " " } else { out.unicodeScalars.append(ch) }
    }
  }
  return out
}

extension Chart {
  /// The chart as SVG, 960 user units wide (a slide), as tall as its legend and notes need.
  ///
  /// - Parameters:
  ///   - id: a prefix for the element ids, unique within a page that holds several charts.
  ///   - standalone: an XML declaration and a fixed size for a file of its own; inline (in HTML)
  ///     the chart takes the width of its container.
  public func renderSVG(id: String = "chart", standalone: Bool = true) -> String {
    let width = 960.0
    let noteText = notes.flatMap { wrap($0, width: 88) }
    let noteLines = noteText.count
    let range = dataRange
    var rowLabelWidth = 0.0
    if case .tornado(_, let bars) = content {
      rowLabelWidth = min(320, Double(bars.map(\.label.count).max() ?? 0) * 9.6 + 16)
    }
    let yLayout = AxisLayout(range.y, scale: y.scale, maxTicks: 6, integral: y.kind == .integer)
    let yTickWidth = Double(yLayout.ticks.map { y.kind.format($0).count }.max() ?? 1) * 10.5
    let left = 28 + (rowLabelWidth > 0 ? rowLabelWidth : yTickWidth + 14)
    let plot = SVGFrame(
      left: left, top: 104, right: width - 44, bottom: 404,
      x: AxisLayout(
        range.x, scale: x.scale, maxTicks: 8, integral: x.kind == .month || x.kind == .integer,
        months: x.kind == .month),
      y: yLayout)
    var body: [String] = []
    let titleID = "\(id)-title"
    let descID = "\(id)-desc"
    body.append("<title id=\"\(titleID)\">\(escapeXML(title))</title>")
    body.append("<desc id=\"\(descID)\">\(escapeXML(([summary] + notes).joined(separator: " ")))</desc>")
    body.append(
      "<defs><pattern id=\"\(id)-hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" "
        + "patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"#F5C9A8\"/>"
        + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#D55E00\" stroke-width=\"4\"/></pattern></defs>")
    body.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>")
    body.append("<text x=\"28\" y=\"44\" font-size=\"28\" font-weight=\"700\" fill=\"#111\">\(escapeXML(title))</text>")
    body.append(
      "<text x=\"\(n(rowLabelWidth > 0 ? 28 : left - yTickWidth - 10))\" y=\"84\" font-size=\"19\" fill=\"#333\">"
        + "\(escapeXML(y.title))</text>")
    body += plot.axes(x: x, y: y, gridlines: rowLabelWidth == 0)
    var legend: [(sample: String, label: String)] = []
    switch content {
    case .lines(let series, let markers):
      (body, legend) = plot.lines(series, markers: markers, id: id, into: body)
    case .histogram(let edges, let counts):
      body += plot.histogram(edges: edges, counts: counts, id: id)
      legend = [
        ("<rect x=\"0\" y=\"-12\" width=\"28\" height=\"16\" fill=\"url(#\(id)-hatch)\" stroke=\"#D55E00\"/>", "loss"),
        ("<rect x=\"0\" y=\"-12\" width=\"28\" height=\"16\" fill=\"#0072B2\"/>", "savings"),
      ]
    case .tornado(let base, let bars):
      body += plot.tornado(base: base, bars: bars, kind: x.kind, id: id)
      legend = [
        (
          "<rect x=\"0\" y=\"-12\" width=\"28\" height=\"16\" fill=\"url(#\(id)-hatch)\" stroke=\"#D55E00\"/>",
          "input at its low value"
        ),
        ("<rect x=\"0\" y=\"-12\" width=\"28\" height=\"16\" fill=\"#0072B2\"/>", "input at its high value"),
        ("<line x1=\"14\" y1=\"-16\" x2=\"14\" y2=\"8\" stroke=\"#111\" stroke-width=\"2.5\"/>", "base"),
      ]
    }
    body.append(
      "<text x=\"\(n((plot.left + plot.right) / 2))\" y=\"\(n(plot.bottom + 62))\" font-size=\"20\" "
        + "text-anchor=\"middle\" fill=\"#333\">\(escapeXML(x.title))</text>")
    var lx = 28.0
    var ly = plot.bottom + 100
    for item in legend {
      let w = 40 + Double(item.label.count) * 10.4 + 28
      if lx + w > width - 20 {
        lx = 28
        ly += 26
      }
      body.append("<g transform=\"translate(\(n(lx)) \(n(ly)))\">\(item.sample)")
      body.append("<text x=\"40\" y=\"0\" font-size=\"19\" fill=\"#111\">\(escapeXML(item.label))</text></g>")
      lx += w
    }
    for (i, note) in noteText.enumerated() {
      body.append(
        "<text x=\"28\" y=\"\(n(ly + 34 + 26 * Double(i)))\" font-size=\"18\" fill=\"#333\">\(escapeXML(note))</text>")
    }
    // The height follows the legend and the notes, so nothing is cut off.
    let height = ly + 34 + 26 * Double(max(noteLines - 1, 0)) + 18
    body.insert(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"\(titleID) \(descID)\" "
        + "viewBox=\"0 0 \(n(width)) \(n(height))\""
        + (standalone ? " width=\"\(n(width))\" height=\"\(n(height))\"" : " class=\"chart\"")
        + " font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif\">", at: 0)
    body.append("</svg>")
    return (standalone ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" : "") + body.joined(separator: "\n") + "\n"
  }
}

/// The plot area of an SVG chart and its axes.
struct SVGFrame {
  var left, top, right, bottom: Double
  var x: AxisLayout
  var y: AxisLayout

  func px(_ v: Double) -> Double { left + max(-0.02, min(1.02, x.position(v))) * (right - left) }
  func py(_ v: Double) -> Double { bottom - max(-0.02, min(1.02, y.position(v))) * (bottom - top) }

  func axes(x xAxis: ChartAxis, y yAxis: ChartAxis, gridlines: Bool) -> [String] {
    var out: [String] = []
    if gridlines {
      for t in y.ticks {
        let yy = py(t)
        out.append(
          "<line x1=\"\(n(left))\" y1=\"\(n(yy))\" x2=\"\(n(right))\" y2=\"\(n(yy))\" stroke=\"#DDD\" stroke-width=\"1\"/>"
        )
        out.append(
          "<text x=\"\(n(left - 10))\" y=\"\(n(yy + 6))\" font-size=\"18\" text-anchor=\"end\" fill=\"#333\">"
            + "\(escapeXML(yAxis.kind.format(t)))</text>")
      }
    }
    out.append(
      "<path d=\"M\(n(left)) \(n(top))V\(n(bottom))H\(n(right))\" fill=\"none\" stroke=\"#333\" stroke-width=\"1.5\"/>")
    var lastEnd = -Double.infinity
    for t in x.ticks where x.position(t) >= -1e-9 && x.position(t) <= 1 + 1e-9 {
      let xx = px(t)
      let text = xAxis.kind.format(t)
      let half = Double(text.count) * 5.2
      out.append("<line x1=\"\(n(xx))\" y1=\"\(n(bottom))\" x2=\"\(n(xx))\" y2=\"\(n(bottom + 7))\" stroke=\"#333\"/>")
      guard xx - half > lastEnd + 8 else { continue }
      out.append(
        "<text x=\"\(n(xx))\" y=\"\(n(bottom + 30))\" font-size=\"18\" text-anchor=\"middle\" fill=\"#333\">"
          + "\(escapeXML(text))</text>")
      lastEnd = xx + half
    }
    return out
  }

  /// Text with a white halo, readable over lines.
  func label(_ text: String, x: Double, y: Double, anchor: String = "start", bold: Bool = false) -> String {
    "<text x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"18\" text-anchor=\"\(anchor)\"\(bold ? " font-weight=\"700\"" : "") "
      + "fill=\"#111\" stroke=\"#fff\" stroke-width=\"5\" stroke-linejoin=\"round\" paint-order=\"stroke\">"
      + "\(escapeXML(text))</text>"
  }

  func lines(
    _ series: [ChartSeries], markers: [ChartMarker], id: String, into body: [String]
  ) -> ([String], [(sample: String, label: String)]) {
    var out = body
    var legend: [(sample: String, label: String)] = []
    for (i, m) in markers.enumerated() where m.y == nil {
      let xx = px(m.x)
      out.append(
        "<line x1=\"\(n(xx))\" y1=\"\(n(top))\" x2=\"\(n(xx))\" y2=\"\(n(bottom))\" stroke=\"#444\" "
          + "stroke-width=\"2\" stroke-dasharray=\"2 5\"/>")
      let anchor = xx > (left + right) / 2 ? "end" : "start"
      out.append(label(m.label, x: xx + (anchor == "end" ? -8 : 8), y: top + 20 + 24 * Double(i), anchor: anchor))
    }
    for (i, s) in series.enumerated() {
      let style = SeriesStyle.of(i)
      let points = s.points.filter { $0.x.isFinite && $0.y.isFinite }
      guard let first = points.first else { continue }
      var d = "M\(n(px(first.x))) \(n(py(first.y)))"
      for (a, b) in zip(points, points.dropFirst()) {
        d += s.stepped ? "H\(n(px(b.x)))V\(n(py(b.y)))" : "L\(n(px(b.x))) \(n(py(b.y)))"
        _ = a
      }
      out.append(
        "<path d=\"\(d)\" fill=\"none\" stroke=\"\(style.color)\" stroke-width=\"3.5\" stroke-linejoin=\"round\""
          + (style.dash.map { " stroke-dasharray=\"\($0)\"" } ?? "") + "/>")
      // A few markers along the line, offset per series so that lines that meet keep theirs apart.
      let count = points.count
      let every = max(1, count / 7)
      for k in Swift.stride(from: (every * i) / max(series.count, 1), to: count, by: every) {
        out.append(style.markerPath(px(points[k].x), py(points[k].y)))
      }
      let sample =
        "<line x1=\"0\" y1=\"-5\" x2=\"34\" y2=\"-5\" stroke=\"\(style.color)\" stroke-width=\"3.5\""
        + (style.dash.map { " stroke-dasharray=\"\($0)\"" } ?? "") + "/>" + style.markerPath(17, -5)
      legend.append((sample, s.name))
    }
    for m in markers {
      guard let v = m.y else {
        legend.append(
          (
            "<line x1=\"17\" y1=\"-16\" x2=\"17\" y2=\"6\" stroke=\"#444\" stroke-width=\"2\" stroke-dasharray=\"2 5\"/>",
            m.label
          ))
        continue
      }
      let xx = px(m.x)
      let yy = py(v)
      out.append(
        "<path d=\"M\(n(xx)) \(n(yy - 11))L\(n(xx + 11)) \(n(yy))L\(n(xx)) \(n(yy + 11))L\(n(xx - 11)) \(n(yy))Z\" "
          + "fill=\"#111\" stroke=\"#fff\" stroke-width=\"2\"/>")
      let anchor = xx > (left + right) * 0.6 ? "end" : "start"
      out.append(label(m.label, x: xx + (anchor == "end" ? -16 : 16), y: yy - 16, anchor: anchor, bold: true))
      legend.append(("<path d=\"M17 -16L28 -5L17 6L6 -5Z\" fill=\"#111\"/>", m.label))
    }
    return (out, legend)
  }

  func histogram(edges: [Double], counts: [Int], id: String) -> [String] {
    guard edges.count == counts.count + 1 else { return [] }
    var out: [String] = []
    for (i, count) in counts.enumerated() where count > 0 {
      let x0 = px(edges[i])
      let x1 = px(edges[i + 1])
      let yy = py(Double(count))
      let loss = edges[i + 1] <= 0
      out.append(
        "<rect x=\"\(n(x0 + 1))\" y=\"\(n(yy))\" width=\"\(n(max(1, x1 - x0 - 2)))\" height=\"\(n(bottom - yy))\" "
          + (loss ? "fill=\"url(#\(id)-hatch)\" stroke=\"#D55E00\" stroke-width=\"1.5\"/>" : "fill=\"#0072B2\"/>"))
    }
    if let lo = edges.first, let hi = edges.last, lo < 0, hi > 0 {
      let xx = px(0)
      out.append(
        "<line x1=\"\(n(xx))\" y1=\"\(n(top))\" x2=\"\(n(xx))\" y2=\"\(n(bottom))\" stroke=\"#111\" stroke-width=\"2.5\"/>"
      )
      out.append(label("break-even", x: xx + 8, y: top + 20))
    }
    return out
  }

  func tornado(base: Double, bars: [TornadoBar], kind: ChartValueKind, id: String) -> [String] {
    var out: [String] = []
    let rowHeight = (bottom - top) / Double(max(bars.count, 1))
    let barHeight = min(30, rowHeight * 0.7)
    let b = px(base)
    for (i, bar) in bars.enumerated() {
      let center = top + rowHeight * (Double(i) + 0.5)
      out.append(label(bar.label, x: left - 12, y: center + 6, anchor: "end"))
      for (value, fill) in [(bar.atLow, "url(#\(id)-hatch)"), (bar.atHigh, "#0072B2")] where value.isFinite {
        let xx = px(value)
        let isLow = fill != "#0072B2"
        out.append(
          "<rect x=\"\(n(min(b, xx)))\" y=\"\(n(center - barHeight / 2 + (isLow ? 0 : barHeight / 2)))\" "
            + "width=\"\(n(max(1, abs(xx - b))))\" height=\"\(n(barHeight / 2))\" fill=\"\(fill)\""
            + (isLow ? " stroke=\"#D55E00\" stroke-width=\"1\"" : "") + "/>")
        if rowHeight >= 34 {
          // Outside the bar's end, or inside it when outside would reach the row labels or the edge.
          let text = kind.format(value)
          let width = Double(text.count) * 10.5 + 8
          var right = xx >= b
          if !right && xx - width < left { right = true }
          if right && xx + width > self.right + 40 { right = false }
          out.append(
            label(text, x: xx + (right ? 6 : -6), y: center + (isLow ? -2 : 16), anchor: right ? "start" : "end"))
        }
      }
    }
    out.append(
      "<line x1=\"\(n(b))\" y1=\"\(n(top - 6))\" x2=\"\(n(b))\" y2=\"\(n(bottom))\" stroke=\"#111\" stroke-width=\"2.5\"/>"
    )
    return out
  }
}

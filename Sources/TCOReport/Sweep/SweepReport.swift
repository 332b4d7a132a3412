import TCOData
import TCOModel

/// The formats `sweep` writes.
public enum SweepFormat: String, CaseIterable, Sendable { case table, json, csv }

/// The sweep as CSV: a header of the inputs' names and the figures, then one line per point.
///
/// Written straight into bytes: each axis value is formatted once per distinct value, amounts in
/// cents without the standard library's conversion (`TextBytes.appendNumber`). Linear in the
/// number of points.
public func sweepCSV(_ points: [SweepPoint], _ axes: [SweepAxis]) -> String {
  let header =
    (axes.map { $0.parameter.name } + [
      "monthlyApi", "monthlySelfHosted", "monthlySavings", "replicas", "gpus", "cheaper",
    ]).joined(separator: ",")
  var out = TextBytes(capacity: header.utf8.count + 1 + points.count * (24 * axes.count + 64))
  out.append(string: header)
  out.append(UInt8(ascii: "\n"))
  var values = AxisTexts { _, x in Format.number(Format.roundSignificant(x, 10)) }
  for p in points {
    for (a, x) in p.values.enumerated() {
      out.append(values.text(a, x))
      out.append(UInt8(ascii: ","))
    }
    out.appendNumber(Format.roundCents(p.monthlyApi))
    out.append(UInt8(ascii: ","))
    out.appendNumber(Format.roundCents(p.monthlySelfHosted))
    out.append(UInt8(ascii: ","))
    out.appendNumber(Format.roundCents(p.monthlySavings))
    out.append(UInt8(ascii: ","))
    out.appendInteger(Int64(p.replicas))
    out.append(UInt8(ascii: ","))
    out.appendInteger(Int64(p.gpus))
    out.append(UInt8(ascii: ","))
    out.append(string: p.cheaper.rawValue)
    out.append(UInt8(ascii: "\n"))
  }
  return out.text
}

/// The texts of the values of each axis, made once per distinct value (a grid repeats every
/// value of an axis once per point of the other).
struct AxisTexts {
  let make: (Int, Double) -> String
  var last: [(value: Double, text: [UInt8])?] = []
  var known: [[UInt64: [UInt8]]] = []

  init(_ make: @escaping (Int, Double) -> String) { self.make = make }

  mutating func text(_ axis: Int, _ x: Double) -> [UInt8] {
    while known.count <= axis {
      known.append([:])
      last.append(nil)
    }
    // The same value as the point before (the slower axis of a grid) needs no look-up.
    if let previous = last[axis], previous.value.bitPattern == x.bitPattern { return previous.text }
    let text: [UInt8]
    if let t = known[axis][x.bitPattern] {
      text = t
    } else {
      text = Array(make(axis, x).utf8)
      if known[axis].count < 100_000 { known[axis][x.bitPattern] = text }
    }
    last[axis] = (x, text)
    return text
  }
}

public func sweepDocument(_ points: [SweepPoint], _ axes: [SweepAxis], _ profile: ResolvedProfile) -> JSONValue {
  let vary: [JSONValue] = axes.map {
    J.obj([
      ("input", J.str($0.parameter.name)), ("from", J.num($0.from)), ("to", J.num($0.to)),
      ("steps", J.int($0.steps)), ("log", .bool($0.logarithmic)),
    ])
  }
  let rows: [JSONValue] = points.map { p in
    let values = JSONValue.object(zip(axes, p.values).map { (key: $0.parameter.name, value: J.num($1)) })
    return J.obj([
      ("values", values),
      (
        "monthly",
        J.obj([
          ("api", J.money(p.monthlyApi)), ("selfHosted", J.money(p.monthlySelfHosted)),
          ("savings", J.money(p.monthlySavings)),
        ])
      ),
      ("replicas", J.int(p.replicas)), ("gpus", J.int(p.gpus)), ("cheaper", J.str(p.cheaper.rawValue)),
    ])
  }
  return J.obj(
    J.header + [
      ("vary", .array(vary)), ("points", .array(rows)), ("inputs", profile.inputsJSON),
    ])
}

/// `JSONWriter.write(sweepDocument(points, axes, profile))`, byte for byte, in time linear in the
/// number of points: the document without its points goes through `JSONWriter`, and the points are
/// written straight into its `"points"` array, whose layout is fixed (keys in `JSONWriter`'s order,
/// its indentation, its numbers).
public func sweepJSON(_ points: [SweepPoint], _ axes: [SweepAxis], _ profile: ResolvedProfile) -> String {
  let skeleton = JSONText.write(sweepDocument([], axes, profile))
  guard !points.isEmpty else { return skeleton }
  // The empty array at the top level: a raw new line is only ever layout (strings escape it), and
  // two spaces then a quote only start a key of the outermost object.
  let marker = Array("\n  \"points\": []".utf8)
  let bytes = Array(skeleton.utf8)
  guard let at = firstRange(of: marker, in: bytes) else {
    return JSONWriter.write(sweepDocument(points, axes, profile))
  }
  var out = TextBytes(capacity: bytes.count + points.count * (300 + 40 * axes.count))
  out.append(bytes[..<(at + marker.count - 2)])
  writeSweepPoints(points, axes, into: &out)
  out.append(bytes[(at + marker.count)...])
  return out.text
}

/// The start of the first occurrence of `needle` in `haystack`.
func firstRange(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
  guard let first = needle.first, haystack.count >= needle.count else { return nil }
  var i = 0
  while i + needle.count <= haystack.count {
    if haystack[i] == first && haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
    i += 1
  }
  return nil
}

/// The `"points"` array of `sweepDocument` as `JSONWriter` lays it out one level deep: one object
/// per point with its members in sorted order (`cheaper`, `gpus`, `monthly`, `replicas`, `values`).
func writeSweepPoints(_ points: [SweepPoint], _ axes: [SweepAxis], into out: inout TextBytes) {
  // The keys of "values", in the writer's order: by their UTF-8 bytes, equal keys as given.
  let keys = axes.map { jsonQuoted($0.parameter.name) }
  let raw = axes.map { Array($0.parameter.name.utf8) }
  let order = raw.indices.sorted { raw[$0].lexicographicallyPrecedes(raw[$1]) || (raw[$0] == raw[$1] && $0 < $1) }
  let routes = (api: jsonQuoted(Route.api.rawValue), selfHosted: jsonQuoted(Route.selfHosted.rawValue))
  var values = AxisTexts { _, x in
    var text = TextBytes(capacity: 24)
    text.appendJSONNumber(Format.roundSignificant(x, 6))
    return text.text
  }
  out.append("[")
  for (i, p) in points.enumerated() {
    if i > 0 { out.append(",") }
    out.append("\n    {\n      \"cheaper\": ")
    switch p.cheaper {
    case .api: out.append(routes.api)
    case .selfHosted: out.append(routes.selfHosted)
    default: out.append(jsonQuoted(p.cheaper.rawValue))
    }
    out.append(",\n      \"gpus\": ")
    out.appendJSONNumber(Double(p.gpus))
    out.append(",\n      \"monthly\": {\n        \"api\": ")
    out.appendJSONNumber(Format.roundCents(p.monthlyApi))
    out.append(",\n        \"savings\": ")
    out.appendJSONNumber(Format.roundCents(p.monthlySavings))
    out.append(",\n        \"selfHosted\": ")
    out.appendJSONNumber(Format.roundCents(p.monthlySelfHosted))
    out.append("\n      },\n      \"replicas\": ")
    out.appendJSONNumber(Double(p.replicas))
    out.append(",\n      \"values\": ")
    let count = min(axes.count, p.values.count)
    if count == 0 {
      out.append("{}")
    } else {
      out.append("{")
      var first = true
      for a in order where a < count {
        if !first { out.append(",") }
        first = false
        out.append("\n        ")
        out.append(keys[a])
        out.append(": ")
        out.append(values.text(a, p.values[a]))
      }
      out.append("\n      }")
    }
    out.append("\n    }")
  }
  out.append("\n  ]")
}

public func sweepTable(_ points: [SweepPoint], _ axes: [SweepAxis], _ profile: ResolvedProfile) -> String {
  var out = wrap("llm-tco sweep" + (profile.name.map { ": \($0)" } ?? ""), rest: "  ")
  out.append("")
  let names = axes.map { $0.parameter.input?.flag ?? $0.parameter.name }
  let valueWidth = axes.count == 1 ? 20 : 16
  var c = Columns(labelWidth: valueWidth * axes.count, columnWidths: [10, 12, 10, 5, 10])
  let header = names.map { padRight($0, valueWidth) }.joined()
  c.row(header, ["API", "self-hosted", "savings", "GPUs", "cheaper"])
  var text = TextBytes(capacity: points.count * (valueWidth * axes.count + 50) + 1024)
  text.append(string: (out + c.lines).joined(separator: "\n"))
  text.append(UInt8(ascii: "\n"))
  // The rows, written into one buffer as `Columns.row` lays them out. A grid repeats each axis
  // value and often a cost, so every text is formatted once per distinct value.
  var labels = AxisTexts { a, x in padRight(sensitivityValue(axes[a].parameter, x), valueWidth) }
  var moneyTexts: [UInt64: RowCell] = [:]
  func money(_ x: Double) -> RowCell {
    if let t = moneyTexts[x.bitPattern] { return t }
    let t = RowCell(Format.compactMoney(x))
    if moneyTexts.count < 1_000_000 { moneyTexts[x.bitPattern] = t }
    return t
  }
  var gpuTexts: [Int: RowCell] = [:]
  let routes = (api: RowCell("API"), selfHosted: RowCell("self-host"))
  var row = TextRow(labelWidth: valueWidth * axes.count, columnWidths: [10, 12, 10, 5, 10])
  for p in points {
    row.begin(&text)
    for (a, x) in p.values.enumerated() where a < axes.count { row.label(labels.text(a, x), into: &text) }
    row.cell(money(p.monthlyApi), into: &text)
    row.cell(money(p.monthlySelfHosted), into: &text)
    row.cell(money(p.monthlySavings), into: &text)
    if let t = gpuTexts[p.gpus] {
      row.cell(t, into: &text)
    } else {
      let t = RowCell(String(p.gpus))
      gpuTexts[p.gpus] = t
      row.cell(t, into: &text)
    }
    row.cell(p.cheaper == .api ? routes.api : routes.selfHosted, into: &text)
    row.end(&text)
  }
  text.append(UInt8(ascii: "\n"))
  text.append(
    string: wrap("Steady-state monthly costs. CSV for spreadsheets: --format csv.").joined(separator: "\n") + "\n")
  return text.text
}

/// A cell's text in UTF-8 and its width in characters.
struct RowCell {
  var bytes: [UInt8]
  var width: Int
  var isASCII: Bool

  init(_ text: String) {
    bytes = Array(text.utf8)
    isASCII = bytes.allSatisfy { $0 < 0x80 }
    width = isASCII ? bytes.count : text.count
  }
}

/// `Columns.row` writing its line straight into a byte buffer (with its newline): the same
/// layout, with widths counted in characters (bytes when the text is ASCII). A row is `begin`,
/// the label's parts (`label`), the cells in column order (`cell`), then `end`.
struct TextRow {
  let labelWidth: Int
  let columnWidths: [Int]
  /// Where the line starts in the buffer, its width so far, the right edge of the last column
  /// placed, and the next column.
  var start = 0
  var count = 0
  var end = 0
  var column = 0
  var labelIsASCII = true

  init(labelWidth: Int, columnWidths: [Int]) {
    self.labelWidth = labelWidth
    self.columnWidths = columnWidths
  }

  mutating func begin(_ out: inout TextBytes) {
    start = out.count
    count = 0
    end = labelWidth
    column = 0
    labelIsASCII = true
  }

  /// Appends a part of the label: the label is the parts' concatenation.
  mutating func label(_ part: [UInt8], into out: inout TextBytes) {
    out.append(part)
    if labelIsASCII && part.allSatisfy({ $0 < 0x80 }) {
      count += part.count
    } else {
      // A label with other characters: its width is the concatenation's character count.
      labelIsASCII = false
      count = out.text(from: start).count
    }
  }

  mutating func pad(to width: Int, _ out: inout TextBytes) {
    while count < width {
      out.append(UInt8(ascii: " "))
      count += 1
    }
  }

  mutating func cell(_ cell: RowCell, into out: inout TextBytes) {
    if column == 0 { pad(to: labelWidth, &out) }
    guard column < columnWidths.count else { return }
    end += columnWidths[column]
    column += 1
    guard !cell.bytes.isEmpty else { return }
    let space = UInt8(ascii: " ")
    let gap = out.count == start || out.last == space || cell.bytes.first == space ? 0 : 1
    pad(to: max(end - cell.width, count + gap), &out)
    out.append(cell.bytes)
    count += cell.width
  }

  mutating func end(_ out: inout TextBytes) {
    if column == 0 { pad(to: labelWidth, &out) }
    while out.count > start && out.last == UInt8(ascii: " ") { out.removeLast() }
    out.append(UInt8(ascii: "\n"))
  }
}

import TCOData
import TCOModel

/// The formats `sweep` writes.
public enum SweepFormat: String, CaseIterable, Sendable { case table, json, csv }

public func sweepCSV(_ points: [SweepPoint], _ axes: [SweepAxis]) -> String {
  var lines = [
    (axes.map { $0.parameter.name } + [
      "monthlyApi", "monthlySelfHosted", "monthlySavings", "replicas", "gpus", "cheaper",
    ]).joined(separator: ",")
  ]
  for p in points {
    let values = p.values.map { Format.number(Format.roundSignificant($0, 10)) }
    let costs = [p.monthlyApi, p.monthlySelfHosted, p.monthlySavings].map { Format.number(Format.roundCents($0)) }
    lines.append((values + costs + [String(p.replicas), String(p.gpus), p.cheaper.rawValue]).joined(separator: ","))
  }
  return lines.joined(separator: "\n") + "\n"
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

public func sweepTable(_ points: [SweepPoint], _ axes: [SweepAxis], _ profile: ResolvedProfile) -> String {
  var out = wrap("llm-tco sweep" + (profile.name.map { ": \($0)" } ?? ""), rest: "  ")
  out.append("")
  let names = axes.map { $0.parameter.input?.flag ?? $0.parameter.name }
  let valueWidth = axes.count == 1 ? 20 : 16
  var c = Columns(labelWidth: valueWidth * axes.count, columnWidths: [10, 12, 10, 5, 10])
  let header = names.map { padRight($0, valueWidth) }.joined()
  c.row(header, ["API", "self-hosted", "savings", "GPUs", "cheaper"])
  var text = Array((out + c.lines).joined(separator: "\n").utf8)
  text.append(UInt8(ascii: "\n"))
  // The rows, written into one buffer as `Columns.row` lays them out. A grid repeats each axis
  // value and often a cost, so every text is formatted once per distinct value.
  var axisTexts = [[Double: String]](repeating: [:], count: axes.count)
  var moneyTexts: [Double: String] = [:]
  func money(_ x: Double) -> String {
    if let t = moneyTexts[x] { return t }
    let t = Format.compactMoney(x)
    if moneyTexts.count < 1_000_000 { moneyTexts[x] = t }
    return t
  }
  var row = TextRow(labelWidth: valueWidth * axes.count, columnWidths: [10, 12, 10, 5, 10])
  text.reserveCapacity(text.count + points.count * (valueWidth * axes.count + 50))
  for p in points {
    var label = ""
    for (a, x) in p.values.enumerated() where a < axes.count {
      let value: String
      if let t = axisTexts[a][x] {
        value = t
      } else {
        value = sensitivityValue(axes[a].parameter, x)
        axisTexts[a][x] = value
      }
      label += padRight(value, valueWidth)
    }
    row.write(
      label,
      [
        money(p.monthlyApi), money(p.monthlySelfHosted), money(p.monthlySavings), String(p.gpus),
        p.cheaper == .api ? "API" : "self-host",
      ], into: &text)
  }
  text.append(UInt8(ascii: "\n"))
  text += Array((wrap("Steady-state monthly costs. CSV for spreadsheets: --format csv.").joined(separator: "\n") + "\n").utf8)
  return String(decoding: text, as: UTF8.self)
}

/// `Columns.row` writing its line straight into a byte buffer (with its newline): the same
/// layout, with widths counted in characters (bytes when the text is ASCII).
struct TextRow {
  let labelWidth: Int
  let columnWidths: [Int]
  var line: [UInt8] = []

  static func width(_ s: String) -> Int {
    var ascii = true
    var n = 0
    for b in s.utf8 {
      if b >= 0x80 { ascii = false }
      n += 1
    }
    return ascii ? n : s.count
  }

  mutating func write(_ label: String, _ cells: [String], into out: inout [UInt8]) {
    line.removeAll(keepingCapacity: true)
    line += label.utf8
    var count = Self.width(label)
    func pad(to width: Int) {
      while count < width {
        line.append(UInt8(ascii: " "))
        count += 1
      }
    }
    pad(to: labelWidth)
    var end = labelWidth
    for (i, cell) in cells.enumerated() where i < columnWidths.count {
      end += columnWidths[i]
      guard !cell.isEmpty else { continue }
      let space = UInt8(ascii: " ")
      let gap = line.isEmpty || line.last == space || cell.utf8.first == space ? 0 : 1
      pad(to: max(end - Self.width(cell), count + gap))
      line += cell.utf8
      count += Self.width(cell)
    }
    while line.last == UInt8(ascii: " ") { line.removeLast() }
    out += line
    out.append(UInt8(ascii: "\n"))
  }
}

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
  for p in points {
    let label = zip(axes, p.values).map { padRight(sensitivityValue($0.parameter, $1), valueWidth) }.joined()
    c.row(
      label,
      [
        Format.compactMoney(p.monthlyApi), Format.compactMoney(p.monthlySelfHosted),
        Format.compactMoney(p.monthlySavings), String(p.gpus), p.cheaper == .api ? "API" : "self-host",
      ])
  }
  out += c.lines
  out.append("")
  out += wrap("Steady-state monthly costs. CSV for spreadsheets: --format csv.")
  return out.joined(separator: "\n") + "\n"
}

import TCOData
import TCOModel

public func sensitivityValue(_ p: ScenarioParameter, _ x: Double) -> String {
  if case .number(_, let unit)? = p.input?.kind {
    switch unit {
    case .money: return abs(x) >= 1000 ? Format.compactMoney(x) : "$" + Format.significant(x, 3)
    case .share: return Format.significant(x, 3)
    case .quantity: return abs(x) >= 10_000 ? Format.count(x) : Format.significant(x, 3)
    }
  }
  return Format.significant(x, 3)
}

public func sensitivityTable(_ r: SensitivityResult, _ profile: ResolvedProfile, _ share: Double?) -> String {
  let months = profile.scenario.horizonMonths
  var out = wrap("llm-tco sensitivity" + (profile.name.map { ": \($0)" } ?? ""), rest: "  ")
  out.append("")
  out += wrap(
    "Each input at its low and high value (P10 and P90 of a distribution"
      + (share.map { "; ± \(Format.percent($0)) of a plain number" } ?? "")
      + "), every other input at its base. Base \(months)-month savings: \(Format.compactMoney(r.baseHorizonSavings)); "
      + "base break-even: \(r.baseBreakEven.map { Format.count($0) + " tokens/day" } ?? "none").")
  out.append("")
  var c = Columns(labelWidth: 31, columnWidths: [16, 19, 9])
  c.row("INPUT", ["low .. high", "savings low/high", "swing"])
  let top = max(r.bars.first?.swing ?? 1, 1e-9)
  for bar in r.bars where bar.swing > 0 || bar.breakEvenSwing ?? 0 > 0 {
    let name = (bar.parameter.input?.flag ?? bar.parameter.name) + (bar.fromDistribution ? "*" : "")
    let savings =
      (bar.horizonSavingsLow.map(Format.compactMoney) ?? "n/a") + "/"
      + (bar.horizonSavingsHigh.map(Format.compactMoney) ?? "n/a")
    c.row(
      "  " + name,
      [
        sensitivityValue(bar.parameter, bar.low) + ".." + sensitivityValue(bar.parameter, bar.high), savings,
        Format.compactMoney(bar.swing),
      ])
    let width = Int((bar.swing / top * 46).rounded())
    var line = "    " + String(repeating: "#", count: max(width, bar.swing > 0 ? 1 : 0))
    if let b = bar.breakEvenSwing, b > 0 { line = padRight(line, 52) + "break-even swing " + Format.count(b) }
    c.lines.append(line)
  }
  out += c.lines
  let still = r.bars.filter { $0.swing == 0 && ($0.breakEvenSwing ?? 0) == 0 }.map {
    $0.parameter.input?.flag ?? $0.parameter.name
  }
  out.append("")
  out += wrap(
    "* a distribution in the profile. Savings and swings are \(months)-month totals."
      + (still.isEmpty
        ? ""
        : " Not shown, as \(still.count == 1 ? "it" : "they") moved nothing: \(quotedList(still, conjunction: "and")).")
  )
  return out.joined(separator: "\n") + "\n"
}

public func sensitivityDocument(_ r: SensitivityResult, _ profile: ResolvedProfile, _ share: Double?) -> JSONValue {
  func pair(_ l: Double?, _ h: Double?, _ swing: Double?, money: Bool) -> JSONValue {
    func v(_ x: Double?) -> JSONValue { x.map { money ? J.money($0) : J.num($0) } ?? .null }
    return J.obj([("low", v(l)), ("high", v(h)), ("swing", v(swing))])
  }
  let bars: [JSONValue] = r.bars.map { b in
    J.obj([
      ("path", J.str(b.parameter.name)), ("low", J.num(b.low)), ("high", J.num(b.high)),
      ("source", J.str(b.fromDistribution ? "distribution" : "default-range")),
      ("horizonSavings", pair(b.horizonSavingsLow, b.horizonSavingsHigh, b.swing, money: true)),
      ("breakEvenTokensPerDay", pair(b.breakEvenLow, b.breakEvenHigh, b.breakEvenSwing, money: false)),
    ])
  }
  return J.obj(
    J.header + [
      (
        "base",
        J.obj([
          ("horizonSavings", J.money(r.baseHorizonSavings)),
          ("breakEvenTokensPerDay", J.optional(r.baseBreakEven, J.num)),
        ])
      ),
      ("defaultRange", J.optional(share, J.num)),
      ("inputs", .array(bars)),
      ("profile", profile.inputsJSON),
    ])
}

public func sensitivityMarkdown(_ r: SensitivityResult, _ profile: ResolvedProfile) -> String {
  var out = ["## llm-tco sensitivity" + (profile.name.map { ": \($0)" } ?? ""), ""]
  out.append(
    "Base \(profile.scenario.horizonMonths)-month savings \(Format.compactMoney(r.baseHorizonSavings)); base break-even \(r.baseBreakEven.map { Format.count($0) + " tokens/day" } ?? "none")."
  )
  out.append("")
  out.append("| input | low | high | savings at low | savings at high | swing | break-even swing |")
  out.append("|---|---:|---:|---:|---:|---:|---:|")
  for b in r.bars where b.swing > 0 || (b.breakEvenSwing ?? 0) > 0 {
    out.append(
      "| `\(b.parameter.name)` | \(sensitivityValue(b.parameter, b.low)) | \(sensitivityValue(b.parameter, b.high)) | \(b.horizonSavingsLow.map(Format.compactMoney) ?? "n/a") | \(b.horizonSavingsHigh.map(Format.compactMoney) ?? "n/a") | \(Format.compactMoney(b.swing)) | \(b.breakEvenSwing.map(Format.count) ?? "-") |"
    )
  }
  return out.joined(separator: "\n") + "\n"
}

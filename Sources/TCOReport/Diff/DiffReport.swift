import TCOData
import TCOModel

/// One compared figure of two results.
public struct DiffMetric: Sendable {
  public var name: String
  public var path: [String]
  public var money: Bool
  /// A rate (dollars per 1M tokens), shown and written with its significant digits, not cents.
  public var perUnit: Bool = false
  public var baseline: Double?
  public var new: Double?

  public init(name: String, path: [String], money: Bool, perUnit: Bool = false, baseline: Double?, new: Double?) {
    self.name = name
    self.path = path
    self.money = money
    self.perUnit = perUnit
    self.baseline = baseline
    self.new = new
  }

  public var change: Double? { baseline.flatMap { b in new.map { $0 - b } } }
  public var relative: Double? {
    guard let b = baseline, let n = new, b != 0 else { return nil }
    return (n - b) / abs(b)
  }
}

/// The cost gate of `diff --fail-if-increase`: the baseline's recommended route's monthly cost
/// against the new recommended route's, whatever the two routes are.
public struct DiffGate: Sendable {
  public var percent: Double
  public var baselineRoute: String?
  public var newRoute: String?
  public var increase: Double?
  public var costFailed: Bool
}

/// What changed between two results.
public struct DiffReport: Sendable {
  public var baselineName: String
  public var newName: String
  public var inputs: [(path: String, baseline: JSONValue?, new: JSONValue?)]
  public var metrics: [DiffMetric]
  public var baselineRecommendation: String?
  public var newRecommendation: String?
  public var gate: DiffGate?
  /// Whether a changed recommendation fails the run (`--fail-on-recommendation-change`).
  public var failOnRecommendationChange: Bool

  /// The run fails: the cost rose past the gate, or the recommendation changed when that fails.
  public var failed: Bool {
    (gate?.costFailed ?? false) || (failOnRecommendationChange && baselineRecommendation != newRecommendation)
  }
}

/// Compares two result summaries: inputs that differ, every figure, the recommendation, the gate.
public func makeDiff(
  _ a: ResultSummary, _ b: ResultSummary, names: (String, String), threshold: Double?,
  failOnRecommendationChange: Bool
) -> DiffReport {
  let left = Dictionary(a.inputs.flattened(), uniquingKeysWith: { x, _ in x })
  let right = Dictionary(b.inputs.flattened(), uniquingKeysWith: { x, _ in x })
  let paths = Set(left.keys).union(right.keys).sorted()
  let inputs = paths.compactMap { p -> (String, JSONValue?, JSONValue?)? in
    left[p] == right[p] ? nil : (p, left[p], right[p])
  }
  let metrics = ResultFigure.all.indices.map { i in
    let f = ResultFigure.all[i]
    return DiffMetric(
      name: f.name, path: f.path, money: f.money, perUnit: f.perUnit, baseline: a.figures[i], new: b.figures[i])
  }
  var report = DiffReport(
    baselineName: names.0, newName: names.1, inputs: inputs, metrics: metrics,
    baselineRecommendation: a.recommendation, newRecommendation: b.recommendation,
    failOnRecommendationChange: failOnRecommendationChange)
  if let threshold {
    // The monthly cost of what each result recommends (the API when it recommends nothing).
    func recommendedCost(_ r: String?, _ side: KeyPath<DiffMetric, Double?>) -> Double? {
      metrics[ResultFigure.monthlyCostIndex(of: r)][keyPath: side]
    }
    let base = recommendedCost(a.recommendation, \.baseline)
    let now = recommendedCost(b.recommendation, \.new)
    let increase: Double? = base.flatMap { b in now.flatMap { n in b != 0 ? (n - b) / abs(b) : nil } }
    report.gate = DiffGate(
      percent: threshold, baselineRoute: a.recommendation, newRoute: b.recommendation, increase: increase,
      costFailed: (increase ?? 0) > threshold)
  }
  return report
}

public func describe(_ v: JSONValue?) -> String {
  switch v {
  case nil: return "(absent)"
  case .number(let x)?: return Format.significant(x, 6)
  case .string(let s)?: return s
  case .bool(let b)?: return b ? "true" : "false"
  case .null?: return "null"
  case let other?: return JSONWriter.write(other, pretty: false)
  }
}

public func metricText(_ m: DiffMetric, _ x: Double?) -> String {
  guard let x else { return m.path.last == "paybackMonth" ? "never" : "none" }
  return amountText(m, x)
}

/// A figure's value in its unit: a rate per 1M tokens with its significant digits, money, or a count.
func amountText(_ m: DiffMetric, _ x: Double) -> String {
  m.money ? (m.perUnit ? Format.price(x) : Format.money(x)) : Format.count(x)
}

public func changeText(_ m: DiffMetric) -> String {
  guard let c = m.change else { return m.baseline == nil && m.new == nil ? "" : "changed" }
  if c == 0 { return "=" }
  let absolute = (c > 0 ? "+" : "") + amountText(m, c)
  guard let r = m.relative else { return absolute }
  return absolute + " (" + (r > 0 ? "+" : "") + Format.percent(r) + ")"
}

public func routeLabel(_ r: String?) -> String { r.map { $0 == "selfHosted" ? "self-hosted" : $0 } ?? "none" }

public func gateSentence(_ g: DiffGate) -> String {
  let rise = g.increase.map { ($0 >= 0 ? "rose " : "fell ") + Format.percent(abs($0)) } ?? "could not be compared"
  let routes =
    g.baselineRoute == g.newRoute
    ? routeLabel(g.newRoute) : "\(routeLabel(g.baselineRoute)) before, \(routeLabel(g.newRoute)) now"
  return (g.costFailed ? "FAIL: " : "OK: ") + "the monthly cost of the recommended route (\(routes)) \(rise); "
    + "at most \(Format.percent(g.percent)) rise is allowed."
}

/// The line about a changed recommendation, when it changed.
public func recommendationSentence(_ r: DiffReport) -> String? {
  guard r.baselineRecommendation != r.newRecommendation else { return nil }
  let prefix = r.failOnRecommendationChange ? "FAIL: " : "CHANGED: "
  return prefix + "the recommendation moved from \(routeLabel(r.baselineRecommendation)) to "
    + "\(routeLabel(r.newRecommendation))."
}

public func diffTable(_ r: DiffReport) -> String {
  var out = wrap("llm-tco diff: \(r.baselineName) -> \(r.newName)", rest: "  ")
  out.append("")
  if r.inputs.isEmpty {
    out.append("INPUTS: unchanged")
  } else {
    out.append("INPUTS CHANGED")
    for i in r.inputs {
      out += wrap("\(i.path): \(describe(i.baseline)) -> \(describe(i.new))", first: "  ", rest: "      ")
    }
  }
  out.append("")
  var c = Columns(labelWidth: 28, columnWidths: [14, 14, 22])
  c.row("RESULTS", ["baseline", "new", "change"])
  for m in r.metrics { c.row("  " + m.name, [metricText(m, m.baseline), metricText(m, m.new), changeText(m)]) }
  c.row(
    "  recommendation",
    [
      routeLabel(r.baselineRecommendation), routeLabel(r.newRecommendation),
      r.baselineRecommendation == r.newRecommendation ? "=" : "CHANGED",
    ])
  out += c.lines
  let sentences = [r.gate.map(gateSentence), recommendationSentence(r)].compactMap { $0 }
  if !sentences.isEmpty { out.append("") }
  for sentence in sentences { out += wrap(sentence) }
  return out.joined(separator: "\n") + "\n"
}

public func metricJSON(_ m: DiffMetric) -> JSONValue {
  func value(_ x: Double?) -> JSONValue {
    guard let x else { return .null }
    return m.money && !m.perUnit ? J.money(x) : J.num(x)
  }
  var members: [(String, JSONValue)] = []
  members.append(("name", J.str(m.name)))
  members.append(("path", J.str(m.path.joined(separator: "."))))
  members.append(("baseline", value(m.baseline)))
  members.append(("new", value(m.new)))
  members.append(("change", value(m.change)))
  members.append(("relativeChange", m.relative.map(J.num) ?? .null))
  return J.obj(members)
}

public func diffDocument(_ r: DiffReport) -> JSONValue {
  let inputs: [JSONValue] = r.inputs.map { i in
    J.obj([("path", J.str(i.path)), ("baseline", i.baseline ?? JSONValue.null), ("new", i.new ?? JSONValue.null)])
  }
  let metrics: [JSONValue] = r.metrics.map(metricJSON)
  let recommendation: JSONValue = J.obj([
    ("baseline", r.baselineRecommendation.map(J.str) ?? JSONValue.null),
    ("new", r.newRecommendation.map(J.str) ?? JSONValue.null),
    ("changed", JSONValue.bool(r.baselineRecommendation != r.newRecommendation)),
  ])
  var members: [(String, JSONValue)] =
    J.header + [
      ("baseline", J.str(r.baselineName)), ("new", J.str(r.newName)),
      ("inputs", JSONValue.array(inputs)), ("metrics", JSONValue.array(metrics)), ("recommendation", recommendation),
    ]
  if let g = r.gate {
    let gate: [(String, JSONValue)] = [
      ("percent", J.num(g.percent)), ("route", J.str(g.newRoute ?? "none")),
      ("baselineRoute", J.str(g.baselineRoute ?? "none")), ("increase", J.optional(g.increase, J.num)),
      ("failed", JSONValue.bool(g.costFailed)),
    ]
    members.append(("failIfIncrease", J.obj(gate)))
  }
  members.append(("failed", .bool(r.failed)))
  return J.obj(members)
}

public func diffMarkdown(_ r: DiffReport) -> String {
  var out = ["## llm-tco diff: `\(r.baselineName)` → `\(r.newName)`", ""]
  for sentence in [r.gate.map(gateSentence), recommendationSentence(r)].compactMap({ $0 }) {
    out += ["**\(sentence)**", ""]
  }
  out.append("| | baseline | new | change |")
  out.append("|---|---:|---:|---:|")
  for m in r.metrics {
    out.append("| \(m.name) | \(metricText(m, m.baseline)) | \(metricText(m, m.new)) | \(changeText(m)) |")
  }
  out.append(
    "| recommendation | \(routeLabel(r.baselineRecommendation)) | \(routeLabel(r.newRecommendation)) | \(r.baselineRecommendation == r.newRecommendation ? "=" : "**changed**") |"
  )
  out.append("")
  if r.inputs.isEmpty {
    out.append("Inputs unchanged.")
  } else {
    out.append("<details><summary>\(r.inputs.count) input\(r.inputs.count == 1 ? "" : "s") changed</summary>")
    out.append("")
    for i in r.inputs { out.append("- `\(i.path)`: \(describe(i.baseline)) → \(describe(i.new))") }
    out.append("")
    out.append("</details>")
  }
  return out.joined(separator: "\n") + "\n"
}

import TCOData
import TCOModel
import TCOReport

let failIfIncreaseOption = Option<Double>.number(
  "fail-if-increase", placeholder: "<pct>",
  "Exit 1 when the monthly cost of the new result's recommended route rose by more than this (10% or 0.1).",
  unit: .share, range: .atLeast(0), allowed: "a percentage >= 0 such as 10% or 0.1")

/// One compared figure of two results.
struct DiffMetric {
  var name: String
  var path: [String]
  var money: Bool
  var baseline: Double?
  var new: Double?

  var change: Double? { baseline.flatMap { b in new.map { $0 - b } } }
  var relative: Double? {
    guard let b = baseline, let n = new, b != 0 else { return nil }
    return (n - b) / abs(b)
  }
}

extension JSONValue {
  /// The value at a path of object keys.
  func at(_ path: [String]) -> JSONValue? {
    var v: JSONValue? = self
    for key in path { v = v?[key] }
    return v
  }

  var number: Double? { if case .number(let x) = self { return x } else { return nil } }
  var string: String? { if case .string(let s) = self { return s } else { return nil } }

  /// Leaves of nested objects as dotted paths; arrays and scalars are leaves.
  func flattened(prefix: String = "") -> [(String, JSONValue)] {
    guard case .object(let members) = self else { return [(prefix, self)] }
    return members.flatMap { $0.value.flattened(prefix: prefix.isEmpty ? $0.key : prefix + "." + $0.key) }
  }
}

/// A diff input: a compare result file, or a profile evaluated now.
func loadResult(_ path: String, context: Context, allowProfile: Bool) throws(CLIError) -> JSONValue {
  let name = displayName(path)
  let document = try readJSONDocument(path, expecting: "a compare result or a profile", context: context)
  if document["schemaVersion"] != nil && document["monthly"] != nil && document["inputs"] != nil {
    guard document["schemaVersion"] == .number(1) else {
      throw .data("\(name): schemaVersion: this llm-tco reads version 1 results")
    }
    return document
  }
  guard allowProfile else {
    throw .data(
      "\(name): not a compare result: write one with 'llm-tco compare PROFILE --format json --output \(name)'")
  }
  var parsed = ParsedArguments()
  parsed.positionals = [path]
  let loaded = try loadProfile(parsed, context: context)
  let evaluation = try evaluate(loaded)
  return compareDocument(evaluation, profile: loaded.resolved, warnings: loaded.resolved.warnings + evaluation.warnings.map(\.sentence))
}

let diffMetrics: [(String, [String], Bool)] = [
  ("monthly cost, API", ["monthly", "api", "total"], true),
  ("monthly cost, self-hosted", ["monthly", "selfHosted", "total"], true),
  ("monthly savings", ["monthly", "savings"], true),
  ("per 1M tokens, API", ["monthly", "perMillionTokens", "api"], true),
  ("per 1M tokens, self-hosted", ["monthly", "perMillionTokens", "selfHosted"], true),
  ("self-hosted GPUs", ["monthly", "selfHosted", "gpus"], false),
  ("horizon cost, API", ["horizon", "api", "total"], true),
  ("horizon cost, self-hosted", ["horizon", "selfHosted", "total"], true),
  ("horizon savings", ["horizon", "savings"], true),
  ("break-even tokens/day", ["breakEven", "tokensPerDay"], false),
  ("payback month", ["horizon", "paybackMonth"], false),
]

struct DiffReport {
  var baselineName: String
  var newName: String
  var inputs: [(path: String, baseline: JSONValue?, new: JSONValue?)]
  var metrics: [DiffMetric]
  var baselineRecommendation: String?
  var newRecommendation: String?
  var gate: (percent: Double, route: String, increase: Double?, failed: Bool)?
}

let diffCommand = Command(
  name: "diff",
  abstract: "Show what changed between two results (or a result and a profile).",
  help: HelpPage(
    overview:
      "Compare two results written by 'compare --format json' (NEW may also be a profile, evaluated "
      + "now): the inputs that differ, the monthly and horizon costs of both routes with absolute and "
      + "relative change, break-even, payback and recommendation. With --fail-if-increase, exit 1 when "
      + "the recommended route's monthly cost rose by more than that percentage.",
    usage: "llm-tco diff <baseline> <new> [<options>]",
    arguments: [
      ("<baseline>", "A result file from 'compare --format json'."),
      ("<new>", "A result file, or a profile to evaluate now."),
    ],
    options: [
      failIfIncreaseOption.spec,
      tableJSONOrMarkdown.spec, outputOption.spec, helpOption.spec,
    ],
    examples: [
      "llm-tco compare profile.json --format json --output baseline.json",
      "llm-tco diff baseline.json profile.json --fail-if-increase 10%",
      "llm-tco diff old.json new.json --format markdown",
    ]),
  run: { parsed, context throws(CLIError) in
    let format = parsed[tableJSONOrMarkdown]
    guard parsed.positionals.count == 2 else {
      throw .usage(
        parsed.positionals.count < 2
          ? "diff needs two files: BASELINE and NEW." : "Unexpected argument '\(parsed.positionals[2])'.")
    }
    let threshold = parsed[failIfIncreaseOption]
    let names = parsed.positionals.map(displayName)
    let baseline = try loadResult(parsed.positionals[0], context: context, allowProfile: false)
    let new = try loadResult(parsed.positionals[1], context: context, allowProfile: true)
    let report = makeDiff(baseline, new, names: (names[0], names[1]), threshold: threshold)
    let stdout: String
    switch format {
    case .table: stdout = diffTable(report)
    case .json: stdout = JSONWriter.write(diffDocument(report))
    case .markdown: stdout = diffMarkdown(report)
    }
    return CommandOutput(
      exitCode: report.gate?.failed == true ? ExitCode.checkFailed : ExitCode.success, stdout: stdout, stderr: "")
  })

func makeDiff(_ a: JSONValue, _ b: JSONValue, names: (String, String), threshold: Double?) -> DiffReport {
  let left = Dictionary(a["inputs"]?.flattened() ?? [], uniquingKeysWith: { x, _ in x })
  let right = Dictionary(b["inputs"]?.flattened() ?? [], uniquingKeysWith: { x, _ in x })
  let paths = Set(left.keys).union(right.keys).sorted()
  let inputs = paths.compactMap { p -> (String, JSONValue?, JSONValue?)? in
    left[p] == right[p] ? nil : (p, left[p], right[p])
  }
  let metrics = diffMetrics.map {
    DiffMetric(name: $0.0, path: $0.1, money: $0.2, baseline: a.at($0.1)?.number, new: b.at($0.1)?.number)
  }
  let recommendationA = a.at(["verdict", "recommendation"])?.string
  let recommendationB = b.at(["verdict", "recommendation"])?.string
  var report = DiffReport(
    baselineName: names.0, newName: names.1, inputs: inputs, metrics: metrics, baselineRecommendation: recommendationA,
    newRecommendation: recommendationB)
  if let threshold {
    let route = recommendationB ?? recommendationA ?? "api"
    let metric = metrics[route == "selfHosted" ? 1 : 0]
    let increase = metric.relative
    report.gate = (threshold, route, increase, (increase ?? 0) > threshold)
  }
  return report
}

func describe(_ v: JSONValue?) -> String {
  switch v {
  case nil: return "(absent)"
  case .number(let x)?: return Format.significant(x, 6)
  case .string(let s)?: return s
  case .bool(let b)?: return b ? "true" : "false"
  case .null?: return "null"
  case let other?: return JSONWriter.write(other, pretty: false)
  }
}

func metricText(_ m: DiffMetric, _ x: Double?) -> String {
  guard let x else { return m.path.last == "paybackMonth" ? "never" : "none" }
  return m.money ? Format.money(x) : Format.count(x)
}

func changeText(_ m: DiffMetric) -> String {
  guard let c = m.change else { return m.baseline == nil && m.new == nil ? "" : "changed" }
  if c == 0 { return "=" }
  let absolute = (c > 0 ? "+" : "") + (m.money ? Format.money(c) : Format.count(c))
  guard let r = m.relative else { return absolute }
  return absolute + " (" + (r > 0 ? "+" : "") + Format.percent(r) + ")"
}

func routeLabel(_ r: String?) -> String { r.map { $0 == "selfHosted" ? "self-hosted" : $0 } ?? "none" }

func gateSentence(_ g: (percent: Double, route: String, increase: Double?, failed: Bool)) -> String {
  let rise = g.increase.map { ($0 >= 0 ? "rose " : "fell ") + Format.percent(abs($0)) } ?? "could not be compared"
  return (g.failed ? "FAIL: " : "OK: ") + "the monthly cost of the recommended route (\(routeLabel(g.route))) \(rise); "
    + "at most \(Format.percent(g.percent)) rise is allowed."
}

func diffTable(_ r: DiffReport) -> String {
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
  if let g = r.gate {
    out.append("")
    out += wrap(gateSentence(g))
  }
  return out.joined(separator: "\n") + "\n"
}

func metricJSON(_ m: DiffMetric) -> JSONValue {
  func value(_ x: Double?) -> JSONValue {
    guard let x else { return .null }
    return m.money ? J.money(x) : J.num(x)
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

func diffDocument(_ r: DiffReport) -> JSONValue {
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
      ("percent", J.num(g.percent)), ("route", J.str(g.route)), ("increase", J.optional(g.increase, J.num)),
      ("failed", JSONValue.bool(g.failed)),
    ]
    members.append(("failIfIncrease", J.obj(gate)))
  }
  return J.obj(members)
}

func diffMarkdown(_ r: DiffReport) -> String {
  var out = ["## llm-tco diff: `\(r.baselineName)` → `\(r.newName)`", ""]
  if let g = r.gate { out += ["**\(gateSentence(g))**", ""] }
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

import TCOData
import TCOModel
import TCOReport

let solveOption = Option<SolveVariable>.choice(
  "solve", placeholder: "<variable>",
  "The input to solve for (default: tokens-per-day): " + SolveVariable.allCases.map(\.rawValue).joined(separator: ", ")
    + ".",
  cases: SolveVariable.allCases, default: nil
).defaulting(to: .tokensPerDay)

let basisOption = Option<SolveBasis>.choice(
  "basis", placeholder: "<basis>",
  "monthly (steady state, setup excluded; default) or horizon (totals, setup and purchases included).",
  cases: SolveBasis.allCases, default: nil
).defaulting(to: .monthly)

let rangeOption = Option<String>.text(
  "range", placeholder: "<lo..hi>", "Search only this range of the variable (default: its valid range).")

let breakevenCommand = Command(
  name: "breakeven",
  abstract: "Solve for the value of any input at which the cheaper route changes.",
  help: HelpPage(
    overview:
      "Solve for the value of one input at which self-hosting and the API cost the same: how busy the "
      + "GPUs must be, what GPU price makes owning pay, how big an API discount keeps you on the API. "
      + "Replica counts are whole, so costs are step functions: thresholds are the exact boundaries of "
      + "the values where self-hosting is cheaper, every one of them in the range.",
    usage: "llm-tco breakeven [<profile>] [--solve <variable>] [<options>]",
    arguments: [profileArgumentHelp],
    options: profileOptionSpecs + [
      solveOption.spec, basisOption.spec, rangeOption.spec,
      tableOrJSON.spec, explainOption.spec, outputOption.spec, helpOption.spec,
    ],
    examples: [
      "llm-tco breakeven",
      "llm-tco breakeven --solve utilization --tokens-per-day 400M",
      "llm-tco breakeven profile.json --solve gpu-purchase-price --basis horizon",
      "llm-tco breakeven --solve api-discount --tokens-per-day 1B --api claude-sonnet-4-5",
      "llm-tco breakeven --solve staff-fte --tokens-per-day 1B --format json",
    ]),
  run: { parsed, context throws(CLIError) in
    let format = parsed[tableOrJSON]
    let variable = parsed[solveOption]
    let basis = parsed[basisOption]
    var range: ClosedRange<Double>?
    if let text = parsed[rangeOption] {
      let parts = text.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
      let pieces = text.components(separatedBy: "..")
      guard pieces.count == 2, parts.count >= 2,
        let lo = parseFlagNumber(pieces[0], unit: .money) ?? parseFlagNumber(pieces[0], unit: .share),
        let hi = parseFlagNumber(pieces[1], unit: .money) ?? parseFlagNumber(pieces[1], unit: .share), lo < hi
      else { throw .usage("--range: must be LO..HI with LO < HI (for example 0.2..1 or 10M..2B), got '\(text)'.") }
      range = lo...hi
    }
    let loaded = try loadProfile(parsed, context: context)
    let scenario = loaded.resolved.scenario
    let result: SolveResult
    do throws(SolveError) {
      result = try scenario.solve(variable, basis: basis, range: range)
    } catch {
      throw .usage("--solve: \(error.message(variable: variable)).")
    }
    let explanation = parsed[explainOption] == true ? try evaluate(loaded).explanation + solveSteps(result, scenario) : nil
    let stdout: String
    switch format {
    case .table, .markdown:
      stdout =
        breakevenTable(result, profile: loaded.resolved) + (explanation.map { "\n" + explanationTable($0) } ?? "")
    case .json:
      var document = breakevenDocument(result)
      if let explanation, case .object(var members) = document {
        members.append((key: "explanation", value: explanationJSON(explanation)))
        document = .object(members)
      }
      stdout = JSONWriter.write(document)
    }
    return CommandOutput(exitCode: 0, stdout: stdout, stderr: notesText(loaded))
  })

extension String {
  /// Splits on every occurrence of `separator` (no Foundation needed).
  func components(separatedBy separator: String) -> [String] {
    var parts: [String] = []
    var rest = Substring(self)
    while let r = rest.firstRange(of: separator) {
      parts.append(String(rest[..<r.lowerBound]))
      rest = rest[r.upperBound...]
    }
    parts.append(String(rest))
    return parts
  }
}

/// The solver's own derivation steps: the costs of both routes at each threshold.
func solveSteps(_ r: SolveResult, _ s: Scenario) -> [ExplanationStep] {
  var steps: [ExplanationStep] = []
  let unit = r.basis == .monthly ? "USD/month" : "USD over \(s.horizonMonths) months"
  for t in r.thresholds.prefix(10) {
    guard let c = s.setting(r.variable, to: t.value).costs(basis: r.basis) else { continue }
    steps.append(
      ExplanationStep(
        quantity: "threshold of \(r.variable.rawValue)",
        formula: "the value where API cost - self-hosted cost changes sign ("
          + (r.exact ? "exact, between replica steps" : "bisection to 1e-12") + ")",
        values: [
          ("API cost at the threshold [\(unit)]", c.api), ("self-hosted cost at the threshold [\(unit)]", c.selfHosted),
        ],
        result: t.value, unit: r.variable.rawValue))
  }
  return steps
}

func breakevenDocument(_ r: SolveResult) -> JSONValue {
  J.obj(
    J.header + [
      ("variable", J.str(r.variable.rawValue)), ("basis", J.str(r.basis.rawValue)),
      ("current", J.num(r.current)), ("range", .array([J.num(r.range.lowerBound), J.num(r.range.upperBound)])),
      (
        "thresholds",
        .array(
          r.thresholds.map {
            J.obj([("value", J.num($0.value)), ("selfHostedCheaper", J.str($0.selfHostedCheaper.rawValue))])
          })
      ),
      ("reason", J.str(r.sentence)),
      ("method", J.str(r.exact ? "exact" : "scan-and-bisection")),
      (
        "atThreshold",
        r.atThreshold.map { J.obj([("api", J.money($0.api)), ("selfHosted", J.money($0.selfHosted))]) } ?? .null
      ),
    ])
}

func breakevenTable(_ r: SolveResult, profile: ResolvedProfile) -> String {
  func show(_ x: Double) -> String { r.variable.formatted(x) }
  var out = wrap("llm-tco breakeven" + (profile.name.map { ": \($0)" } ?? ""), rest: "  ")
  out.append("")
  let basis =
    r.basis == .monthly
    ? "monthly basis: steady-state monthly costs, setup excluded"
    : "horizon basis: \(profile.scenario.horizonMonths)-month cash totals, setup included"
  out += wrap("SOLVE \(r.variable.rawValue) (\(basis))", rest: "  ")
  out.append(padRight("  Current value", 24) + show(r.current))
  let upper = r.range.upperBound >= InputDescriptor.largest ? "no upper limit" : show(r.range.upperBound)
  out.append(padRight("  Searched", 24) + "\(show(r.range.lowerBound)) to \(upper)")
  if r.thresholds.isEmpty {
    out.append(padRight("  Threshold", 24) + "none in the range")
  } else {
    for (i, t) in r.thresholds.prefix(12).enumerated() {
      let label = i == 0 ? (r.thresholds.count == 1 ? "  Threshold" : "  Thresholds") : ""
      out.append(padRight(label, 24) + "\(show(t.value)): self-hosting is cheaper \(t.selfHostedCheaper.rawValue) it")
    }
    if r.thresholds.count > 12 {
      out.append(String(repeating: " ", count: 24) + "(\(r.thresholds.count - 12) more in --format json)")
    }
  }
  if let c = r.atThreshold {
    let per = r.basis == .monthly ? " a month" : " in total"
    out.append(
      padRight("  At the first one", 24) + "API \(Format.money(c.api)), self-hosted \(Format.money(c.selfHosted))\(per)"
    )
  }
  if !r.exact {
    out += wrap(
      "Method: a 4,000-point scan with bisection to 1e-12 (growth compounds, so costs are not piecewise linear in it).",
      first: "  ", rest: "  ")
  }
  out.append("")
  out += wrap(r.sentence, first: "  ", rest: "  ")
  return out.joined(separator: "\n") + "\n"
}

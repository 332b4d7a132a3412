import TCOData
import TCOModel

extension String {
  /// Splits on every occurrence of `separator` (no Foundation needed).
  public func components(separatedBy separator: String) -> [String] {
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
public func solveSteps(_ r: SolveResult, _ s: Scenario) -> [ExplanationStep] {
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

public func breakevenDocument(_ r: SolveResult) -> JSONValue {
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

public func breakevenTable(_ r: SolveResult, profile: ResolvedProfile) -> String {
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

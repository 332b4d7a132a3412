import TCOData
import TCOModel

/// The outcome of one check.
public struct CheckOutcome: Sendable {
  public var check: BudgetCheck
  public var name: String
  public var passed: Bool
  public var limit: String
  public var actual: String
  public var margin: String
  public var limitValue: JSONValue
  public var actualValue: JSONValue
  public var marginValue: JSONValue
}

/// Evaluates each check against a compare evaluation.
public func runChecks(_ checks: [BudgetCheck], _ e: Evaluation) -> [CheckOutcome] {
  let recommended = e.verdict.recommendation
  return checks.map { c in
    func money(_ limit: Double, _ actual: Double, max: Bool, name: String) -> CheckOutcome {
      let margin = max ? limit - actual : actual - limit
      return CheckOutcome(
        check: c, name: name, passed: margin >= 0, limit: Format.money(limit), actual: Format.money(actual),
        margin: Format.money(margin), limitValue: J.money(limit), actualValue: J.money(actual),
        marginValue: J.money(margin))
    }
    let route = c.route ?? recommended ?? .api
    let routeLabel = c.route == nil ? "recommended route (\(routeName(recommended ?? .api)))" : routeName(route)
    switch c.kind {
    case .maxMonthlyCost:
      let actual =
        switch route {
        case .api: e.steadyState.api.total
        case .selfHosted: e.steadyState.selfHosted.total
        case .hybrid: e.verdict.hybridOption?.monthly ?? e.steadyState.api.total
        }
      return money(c.limit, actual, max: true, name: "monthly cost, \(routeLabel)")
    case .maxHorizonCost:
      let actual =
        switch route {
        case .api: e.horizon.apiTotal
        case .selfHosted: e.horizon.selfHostedTotal
        case .hybrid: e.verdict.hybridOption?.horizonTotal ?? e.horizon.apiTotal
        }
      return money(c.limit, actual, max: true, name: "\(e.scenario.horizonMonths)-month cost, \(routeLabel)")
    case .minMonthlySavings:
      return money(c.limit, e.steadyState.savings, max: false, name: "monthly savings of self-hosting")
    case .maxBreakEvenTokensPerDay:
      guard let tokens = e.breakEven.tokensPerDay else {
        return CheckOutcome(
          check: c, name: "break-even tokens/day", passed: false, limit: Format.count(c.limit), actual: "none",
          margin: "-", limitValue: J.num(c.limit), actualValue: .null, marginValue: .null)
      }
      return CheckOutcome(
        check: c, name: "break-even tokens/day", passed: tokens <= c.limit, limit: Format.count(c.limit),
        actual: Format.count(tokens), margin: Format.count(c.limit - tokens), limitValue: J.num(c.limit),
        actualValue: J.num(tokens), marginValue: J.num(c.limit - tokens))
    case .maxPaybackMonths:
      guard let month = e.horizon.paybackMonth else {
        return CheckOutcome(
          check: c, name: "payback month", passed: false, limit: Format.number(c.limit), actual: "never",
          margin: "-", limitValue: J.num(c.limit), actualValue: .null, marginValue: .null)
      }
      return CheckOutcome(
        check: c, name: "payback month", passed: Double(month) <= c.limit, limit: Format.number(c.limit),
        actual: String(month), margin: Format.number(c.limit - Double(month)), limitValue: J.num(c.limit),
        actualValue: J.int(month), marginValue: J.num(c.limit - Double(month)))
    case .minUtilization:
      let u = e.steadyState.selfHosted.capacity.utilization
      return CheckOutcome(
        check: c, name: "self-hosted utilization", passed: u >= c.limit, limit: Format.percent(c.limit),
        actual: Format.percent(u), margin: Format.percent(u - c.limit), limitValue: J.num(c.limit),
        actualValue: J.num(u),
        marginValue: J.num(u - c.limit))
    case .expectRecommendation:
      return CheckOutcome(
        check: c, name: "recommendation", passed: recommended == c.expected, limit: routeName(c.expected),
        actual: routeName(recommended), margin: "-", limitValue: c.expected.map { J.str($0.rawValue) } ?? .null,
        actualValue: recommended.map { J.str($0.rawValue) } ?? .null, marginValue: .null)
    }
  }
}

/// The check report: a title, the checks with limit, actual value and margin, and the count of
/// failures (a summary of the comparison follows in Markdown).
public func checkReport(_ outcomes: [CheckOutcome], _ e: Evaluation, _ profile: ResolvedProfile) -> Document {
  let failed = outcomes.filter { !$0.passed }.count
  let summary: String
  switch (outcomes.count, failed) {
  case (1, 0): summary = "The check passed."
  case (1, _): summary = "The check failed."
  case (_, 0): summary = "All \(outcomes.count) checks passed."
  default: summary = "\(failed) of \(outcomes.count) checks failed."
  }
  let table = DocumentTable(
    columns: [
      .init("check", .left, width: 38), .init("limit", .right, width: 14), .init("actual", .right, width: 14),
      .init("margin", .right, width: 14),
    ],
    rows: outcomes.map { [$0.name, $0.limit, $0.actual, $0.margin] }, status: outcomes.map(\.passed))
  return Document(
    title: "llm-tco check" + (profile.name.map { ": \($0)" } ?? ""),
    blocks: [
      .only(.markdown, .paragraph(summary, emphasis: true)), .table(table), .only(.text, .paragraph(summary)),
      .only(.markdown, .prerendered(text: "", markdown: compareMarkdownSummary(e))),
    ])
}

public func checkDocument(_ outcomes: [CheckOutcome], _ e: Evaluation, _ profile: ResolvedProfile) -> JSONValue {
  J.obj(
    J.header + [
      ("passed", .bool(outcomes.allSatisfy(\.passed))),
      (
        "checks",
        .array(
          outcomes.map { o in
            var members: [(String, JSONValue)] = [
              ("check", J.str(o.check.kind.flag)), ("name", J.str(o.name)), ("passed", .bool(o.passed)),
              ("limit", o.limitValue), ("actual", o.actualValue), ("margin", o.marginValue),
            ]
            if let r = o.check.route { members.append(("route", J.str(r.rawValue))) }
            return J.obj(members)
          })
      ),
      ("recommendation", e.verdict.recommendation.map { J.str($0.rawValue) } ?? .null),
      ("inputs", profile.inputsJSON),
    ])
}

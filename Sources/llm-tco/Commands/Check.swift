import TCOData
import TCOModel
import TCOReport

/// One budget assertion about a compare result.
struct BudgetCheck: Equatable {
  enum Kind: String, CaseIterable {
    case maxMonthlyCost, maxHorizonCost, minMonthlySavings, maxBreakEvenTokensPerDay, maxPaybackMonths
    case minUtilization, expectRecommendation

    var flag: String {
      switch self {
      case .maxMonthlyCost: return "max-monthly-cost"
      case .maxHorizonCost: return "max-horizon-cost"
      case .minMonthlySavings: return "min-monthly-savings"
      case .maxBreakEvenTokensPerDay: return "max-break-even-tokens-per-day"
      case .maxPaybackMonths: return "max-payback-months"
      case .minUtilization: return "min-utilization"
      case .expectRecommendation: return "expect-recommendation"
      }
    }
  }

  var kind: Kind
  /// For cost limits: which route (`nil` = the recommended one).
  var route: Route?
  var limit: Double = 0
  var expected: Route?
}

/// The outcome of one check.
struct CheckOutcome {
  var check: BudgetCheck
  var name: String
  var passed: Bool
  var limit: String
  var actual: String
  var margin: String
  var limitValue: JSONValue
  var actualValue: JSONValue
  var marginValue: JSONValue
}

func routeName(_ r: Route?) -> String {
  switch r {
  case .api: return "api"
  case .selfHosted: return "self-hosted"
  case nil: return "none"
  }
}

func parseRoute(_ text: String) -> Route? {
  switch text {
  case "api": return .api
  case "self-hosted", "selfHosted": return .selfHosted
  default: return nil
  }
}

/// Parses `[api:|self-hosted:]AMOUNT` for a cost limit.
func parseCostLimit(_ text: String, kind: BudgetCheck.Kind, source: String) throws(CLIError) -> BudgetCheck {
  var route: Route?
  var amount = Substring(text)
  if let colon = text.firstIndex(of: ":") {
    guard let r = parseRoute(String(text[..<colon])) else {
      throw .usage("\(source): the route before ':' must be 'api' or 'self-hosted', got '\(text[..<colon])'.")
    }
    route = r
    amount = text[text.index(after: colon)...]
  }
  guard let value = parseFlagNumber(String(amount), unit: .money) else {
    throw .usage(
      "\(source): '\(text)' is not an amount (write it like 50k, $12,000 is not allowed: $12000, or api:50k).")
  }
  return BudgetCheck(kind: kind, route: route, limit: value)
}

let budgetOption: Option<String> = {
  var option = Option<String>.text(
    "budget", placeholder: "<file>", "A JSON budget file with the limits below (flags override it).", kind: .inputFile)
  option.spec.group = "CHECK OPTIONS"
  return option
}()

extension BudgetCheck.Kind {
  /// The flag of this check: its value is checked when the check is read (routes, units).
  var option: Option<String> {
    let (placeholder, summary): (String, String) =
      switch self {
      case .maxMonthlyCost:
        ("<[route:]usd>", "Steady-state monthly cost of the recommended route, or of 'api:' or 'self-hosted:', at most this.")
      case .maxHorizonCost: ("<[route:]usd>", "Horizon total of the recommended route (or api:/self-hosted:) at most this.")
      case .minMonthlySavings: ("<usd>", "Monthly savings of self-hosting (API − self-hosted) at least this.")
      case .maxBreakEvenTokensPerDay: ("<n>", "Break-even volume at most this (fails when there is none).")
      case .maxPaybackMonths: ("<n>", "Payback month at most this (fails when it never pays back).")
      case .minUtilization: ("<share>", "Self-hosted utilization at least this.")
      case .expectRecommendation: ("<route>", "The verdict must recommend this route: api or self-hosted.")
      }
    var option = Option<String>.text(
      flag, placeholder: placeholder, summary, kind: self == .expectRecommendation ? .choice(["api", "self-hosted"]) : .text)
    option.spec.group = "CHECK OPTIONS"
    return option
  }
}

let checkOptions: [OptionSpec] = [budgetOption.spec] + BudgetCheck.Kind.allCases.map(\.option.spec)

/// Reads the checks from a budget file and the flags (a flag replaces the file's check of its kind).
func budgetChecks(_ parsed: ParsedArguments, context: Context) throws(CLIError) -> [BudgetCheck] {
  var checks: [BudgetCheck] = []
  if let path = parsed[budgetOption] {
    let name = displayName(path)
    let document = try readJSONDocument(path, expecting: "a JSON budget", context: context)
    guard case .object(let members) = document else { throw .data("\(name): a budget must be a JSON object") }
    let keys =
      BudgetCheck.Kind.allCases.map(\.rawValue) + [
        "maxMonthlyCostApi", "maxMonthlyCostSelfHosted", "maxHorizonCostApi", "maxHorizonCostSelfHosted",
      ]
    for (key, value) in members {
      guard keys.contains(key) else {
        let hint = closestMatches(to: key, in: keys, limit: 1).first.map { " Did you mean '\($0)'?" } ?? ""
        throw .data("\(name): \(key): unknown budget key.\(hint)")
      }
      if key == "expectRecommendation" {
        guard case .string(let s) = value, let r = parseRoute(s) else {
          throw .data("\(name): expectRecommendation: must be \"api\" or \"self-hosted\"")
        }
        checks.append(BudgetCheck(kind: .expectRecommendation, expected: r))
        continue
      }
      guard case .number(let x) = value, x.isFinite, x >= 0 else {
        throw .data("\(name): \(key): must be a number >= 0, got \(value.typeDescription)")
      }
      var kindName = key
      var route: Route?
      for (suffix, r) in [("Api", Route.api), ("SelfHosted", Route.selfHosted)]
      where key.hasSuffix(suffix) && key.hasPrefix("max") && key.contains("Cost") {
        kindName = String(key.dropLast(suffix.count))
        route = r
      }
      guard let kind = BudgetCheck.Kind(rawValue: kindName) else { continue }
      if kind == .minUtilization && x > 1 {
        throw .data("\(name): minUtilization: must be from 0 to 1, got \(Format.number(x))")
      }
      checks.append(BudgetCheck(kind: kind, route: route, limit: x))
    }
  }
  func replace(_ check: BudgetCheck) {
    checks.removeAll { $0.kind == check.kind && $0.route == check.route }
    checks.append(check)
  }
  for kind in BudgetCheck.Kind.allCases {
    let given = parsed.all(kind.option)
    guard let text = given.last else { continue }
    let flag = "--\(kind.flag)"
    switch kind {
    case .maxMonthlyCost, .maxHorizonCost:
      // One limit per route: api:, self-hosted: and the recommended route may all be given.
      for each in given { replace(try parseCostLimit(each, kind: kind, source: flag)) }
    case .expectRecommendation:
      guard let r = parseRoute(text) else { throw .usage("\(flag): must be 'api' or 'self-hosted', got '\(text)'.") }
      replace(BudgetCheck(kind: kind, expected: r))
    case .minUtilization:
      guard let x = parseFlagNumber(text, unit: .share), x >= 0, x <= 1 else {
        throw .usage("\(flag): must be a share from 0 to 1 (or 0% to 100%), got '\(text)'.")
      }
      replace(BudgetCheck(kind: kind, limit: x))
    case .minMonthlySavings:
      guard let x = parseFlagNumber(text, unit: .money) else {
        throw .usage("\(flag): '\(text)' is not an amount (write it like 5k or $5000).")
      }
      replace(BudgetCheck(kind: kind, limit: x))
    case .maxBreakEvenTokensPerDay, .maxPaybackMonths:
      guard let x = parseFlagNumber(text, unit: .quantity), x >= 0 else {
        throw .usage("\(flag): must be a number >= 0, got '\(text)'.")
      }
      replace(BudgetCheck(kind: kind, limit: x))
    }
  }
  if checks.isEmpty {
    throw .usage(
      "no checks given: add limits such as --max-monthly-cost 50k or --expect-recommendation api, or --budget FILE.")
  }
  return checks.sorted { ($0.kind.flag, routeName($0.route)) < ($1.kind.flag, routeName($1.route)) }
}

/// Evaluates each check against a compare evaluation.
func runChecks(_ checks: [BudgetCheck], _ e: Evaluation) -> [CheckOutcome] {
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
      let actual = route == .api ? e.steadyState.api.total : e.steadyState.selfHosted.total
      return money(c.limit, actual, max: true, name: "monthly cost, \(routeLabel)")
    case .maxHorizonCost:
      let actual = route == .api ? e.horizon.apiTotal : e.horizon.selfHostedTotal
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

let checkCommand = Command(
  name: "check",
  abstract: "Assert budget limits on a profile: exit 1 when one fails (for CI).",
  help: HelpPage(
    overview:
      "Evaluate a profile like compare and assert limits on the result: monthly and horizon cost, "
      + "savings, break-even volume, payback, utilization, the recommendation. One line per check "
      + "with the limit, the actual value and the margin. Exit 0 when all pass, 1 when any fails.",
    usage: "llm-tco check [<profile>] [<check options>] [<options>]",
    arguments: [profileArgumentHelp],
    options: checkOptions + profileOptionSpecs + [tableJSONOrMarkdown.spec, outputOption.spec, helpOption.spec],
    examples: [
      "llm-tco check profile.json --max-monthly-cost 50k --expect-recommendation self-hosted",
      "llm-tco check profile.json --max-monthly-cost api:20k --max-payback-months 12",
      "llm-tco check profile.json --budget budget.json --format markdown",
    ],
    footer:
      "Budget file keys: maxMonthlyCost, maxMonthlyCostApi, maxMonthlyCostSelfHosted, maxHorizonCost "
      + "(and ...Api, ...SelfHosted), minMonthlySavings, maxBreakEvenTokensPerDay, maxPaybackMonths, "
      + "minUtilization, expectRecommendation. Exit codes: 0 all pass, 1 a check failed, 64 usage, 65 invalid data, 66 unreadable file."
  ),
  run: { parsed, context throws(CLIError) in
    let format = parsed[tableJSONOrMarkdown]
    let checks = try budgetChecks(parsed, context: context)
    let loaded = try loadProfile(parsed, context: context)
    let evaluation = try evaluate(loaded)
    let outcomes = runChecks(checks, evaluation)
    let failed = outcomes.filter { !$0.passed }.count
    let stdout: String
    switch format {
    case .json: stdout = JSONWriter.write(checkDocument(outcomes, evaluation, loaded.resolved))
    case .markdown: stdout = checkMarkdown(outcomes, evaluation, loaded.resolved)
    case .table: stdout = checkTable(outcomes, loaded.resolved)
    }
    return CommandOutput(
      exitCode: failed > 0 ? ExitCode.checkFailed : ExitCode.success, stdout: stdout,
      stderr: notesText(loaded))
  })

func checkTable(_ outcomes: [CheckOutcome], _ profile: ResolvedProfile) -> String {
  var out = wrap("llm-tco check" + (profile.name.map { ": \($0)" } ?? ""), rest: "  ")
  out.append("")
  var c = Columns(labelWidth: 38, columnWidths: [14, 14, 14])
  c.row("CHECK", ["limit", "actual", "margin"])
  for o in outcomes {
    let label = (o.passed ? "PASS " : "FAIL ") + o.name
    if label.count > 37 {
      c.lines.append(label)
      c.row("", [o.limit, o.actual, o.margin])
    } else {
      c.row(label, [o.limit, o.actual, o.margin])
    }
  }
  out += c.lines
  let failed = outcomes.filter { !$0.passed }.count
  out.append("")
  out.append(failed == 0 ? "All \(outcomes.count) checks passed." : "\(failed) of \(outcomes.count) checks failed.")
  return out.joined(separator: "\n") + "\n"
}

func checkDocument(_ outcomes: [CheckOutcome], _ e: Evaluation, _ profile: ResolvedProfile) -> JSONValue {
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

func checkMarkdown(_ outcomes: [CheckOutcome], _ e: Evaluation, _ profile: ResolvedProfile) -> String {
  let failed = outcomes.filter { !$0.passed }.count
  var out = ["## llm-tco check" + (profile.name.map { ": \($0)" } ?? ""), ""]
  out.append(
    failed == 0 ? "**All \(outcomes.count) checks passed.**" : "**\(failed) of \(outcomes.count) checks failed.**")
  out.append("")
  out.append("| | check | limit | actual | margin |")
  out.append("|---|---|---:|---:|---:|")
  for o in outcomes {
    out.append("| \(o.passed ? "✅" : "❌") | \(o.name) | \(o.limit) | \(o.actual) | \(o.margin) |")
  }
  out.append("")
  out.append(compareMarkdownSummary(e))
  return out.joined(separator: "\n") + "\n"
}

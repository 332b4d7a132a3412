import TCOData
import TCOModel
import TCOReport

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
      "\(source): '\(shownInput(text))' is not an amount (write it like 50k, $12,000 is not allowed: $12000, or api:50k).")
  }
  guard value >= 0 else { throw .usage("\(source): a cost limit must be 0 or more, got '\(shownInput(text))'.") }
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
      case .expectRecommendation: ("<route>", "The verdict must recommend this route: api, self-hosted or hybrid.")
      }
    var option = Option<String>.text(
      flag, placeholder: placeholder, summary, kind: self == .expectRecommendation ? .choice(["api", "self-hosted", "hybrid"]) : .text)
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
    do throws(BudgetFileError) {
      checks = try budgetChecks(from: document, name: name)
    } catch {
      throw .data(error.message)
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
      guard let r = parseRoute(text) else { throw .usage("\(flag): must be 'api' or 'self-hosted', got '\(shownInput(text))'.") }
      replace(BudgetCheck(kind: kind, expected: r))
    case .minUtilization:
      guard let x = parseFlagNumber(text, unit: .share), x >= 0, x <= 1 else {
        throw .usage("\(flag): must be a share from 0 to 1 (or 0% to 100%), got '\(shownInput(text))'.")
      }
      replace(BudgetCheck(kind: kind, limit: x))
    case .minMonthlySavings:
      guard let x = parseFlagNumber(text, unit: .money) else {
        throw .usage("\(flag): '\(shownInput(text))' is not an amount (write it like 5k or $5000).")
      }
      replace(BudgetCheck(kind: kind, limit: x))
    case .maxBreakEvenTokensPerDay, .maxPaybackMonths:
      guard let x = parseFlagNumber(text, unit: .quantity), x >= 0 else {
        throw .usage("\(flag): must be a number >= 0, got '\(shownInput(text))'.")
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

import TCOModel

/// One budget assertion about a compare result.
public struct BudgetCheck: Sendable, Equatable {
  public enum Kind: String, CaseIterable, Sendable {
    case maxMonthlyCost, maxHorizonCost, minMonthlySavings, maxBreakEvenTokensPerDay, maxPaybackMonths
    case minUtilization, expectRecommendation

    public var flag: String {
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

  public var kind: Kind
  /// For cost limits: which route (`nil` = the recommended one).
  public var route: Route?
  public var limit: Double = 0
  public var expected: Route?

  public init(kind: Kind, route: Route? = nil, limit: Double = 0, expected: Route? = nil) {
    self.kind = kind
    self.route = route
    self.limit = limit
    self.expected = expected
  }
}

public func routeName(_ r: Route?) -> String {
  switch r {
  case .api: return "api"
  case .selfHosted: return "self-hosted"
  case .hybrid: return "hybrid"
  case nil: return "none"
  }
}

public func parseRoute(_ text: String) -> Route? {
  switch text {
  case "api": return .api
  case "self-hosted", "selfHosted": return .selfHosted
  case "hybrid": return .hybrid
  default: return nil
  }
}

/// A budget file that is not valid, with the file name and key in the message.
public struct BudgetFileError: Error, Sendable, Equatable {
  public var message: String
}

/// Reads a budget document: its keys are the check kinds (`maxMonthlyCost`, …), cost limits may
/// name a route (`maxMonthlyCostApi`); every limit is a number >= 0.
public func budgetChecks(from document: JSONValue, name: String) throws(BudgetFileError) -> [BudgetCheck] {
  var checks: [BudgetCheck] = []
  guard case .object(let members) = document else { throw BudgetFileError(message: "\(name): a budget must be a JSON object") }
  let keys =
    BudgetCheck.Kind.allCases.map(\.rawValue) + [
      "maxMonthlyCostApi", "maxMonthlyCostSelfHosted", "maxHorizonCostApi", "maxHorizonCostSelfHosted",
    ]
  for (key, value) in members {
    guard keys.contains(key) else {
      let hint = closestMatches(to: key, in: keys, limit: 1).first.map { " Did you mean '\($0)'?" } ?? ""
      throw BudgetFileError(message: "\(name): \(key): unknown budget key.\(hint)")
    }
    if key == "expectRecommendation" {
      guard case .string(let s) = value, let r = parseRoute(s) else {
        throw BudgetFileError(message: "\(name): expectRecommendation: must be \"api\" or \"self-hosted\"")
      }
      checks.append(BudgetCheck(kind: .expectRecommendation, expected: r))
      continue
    }
    guard case .number(let x) = value, x.isFinite, x >= 0 else {
      let got = value.number.map { Format.number($0) } ?? value.typeDescription
      throw BudgetFileError(message: "\(name): \(key): must be a number >= 0, got \(got)")
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
      throw BudgetFileError(message: "\(name): minUtilization: must be from 0 to 1, got \(Format.number(x))")
    }
    checks.append(BudgetCheck(kind: kind, route: route, limit: x))
  }
  return checks
}

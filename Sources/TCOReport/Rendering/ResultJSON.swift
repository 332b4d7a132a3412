import TCOData
import TCOModel

/// Builders of JSON values that apply the output rounding of the model: money totals to cents, every
/// other number (unit prices, rates per 1M tokens, per GPU-hour or per request, shares,
/// utilizations) to 6 significant digits, integers as integers.
/// The tool's version, printed by `--version` and written into JSON results.
public let toolVersion = "0.1.0"

public enum J {
  public static func money(_ x: Double) -> JSONValue { .number(Format.roundCents(x)) }
  public static func num(_ x: Double) -> JSONValue { .number(Format.roundSignificant(x, 6)) }
  public static func int(_ i: Int) -> JSONValue { .number(Double(i)) }
  public static func str(_ s: String) -> JSONValue { .string(s) }
  public static func strings(_ items: [String]) -> JSONValue { .array(items.map(JSONValue.string)) }
  public static func optional(_ x: Double?, _ f: (Double) -> JSONValue) -> JSONValue { x.map(f) ?? .null }
  public static func obj(_ members: [(String, JSONValue)]) -> JSONValue { .object(members.map { (key: $0.0, value: $0.1) }) }
  /// The first members of every document llm-tco writes: its schema version and the tool.
  public static let header: [(String, JSONValue)] = [
    ("schemaVersion", int(1)),
    ("generator", obj([("name", str("llm-tco")), ("version", str(toolVersion))])),
  ]
}

/// The `compare` result document (schemaVersion 1).
public func compareDocument(_ evaluation: Evaluation, profile: ResolvedProfile, warnings: [String]) -> JSONValue {
  let steady = evaluation.steadyState
  let s = evaluation.scenario
  let api = steady.api
  let own = steady.selfHosted
  var selfComponents: [(String, JSONValue)] = []
  switch s.selfHosted.acquisition {
  case .rent:
    selfComponents = [("gpuRent", J.money(own.gpuRent))]
  case .buy:
    selfComponents = [
      ("capital", J.money(own.capital)), ("maintenance", J.money(own.maintenance)),
      ("power", J.money(own.power)), ("colocation", J.money(own.colocation)),
    ]
  }
  selfComponents += [("staff", J.money(own.staff)), ("other", J.money(own.other))]
  let monthly = J.obj([
    (
      "api",
      J.obj([
        ("total", J.money(api.total)),
        (
          "components",
          J.obj([
            ("input", J.money(api.input)), ("cachedInput", J.money(api.cachedInput)),
            ("output", J.money(api.output)), ("fixed", J.money(api.fixed)),
          ])
        ),
      ])
    ),
    (
      "selfHosted",
      J.obj([
        ("total", J.money(own.total)), ("components", J.obj(selfComponents)),
        ("replicas", J.int(own.capacity.replicas)), ("gpus", J.int(own.capacity.gpus)),
        ("utilization", J.num(own.capacity.utilization)),
        ("busyReplicas", J.num(own.capacity.busyReplicas)),
      ])
    ),
    ("savings", J.money(steady.savings)),
    ("tokensPerMonth", J.num(steady.monthlyMTok * 1e6)),
    (
      "perMillionTokens",
      J.obj([("api", J.num(steady.apiPerMTok)), ("selfHosted", J.num(steady.selfHostedPerMTok))])
    ),
  ])
  let b = evaluation.breakEven
  var breakEven: [(String, JSONValue)] = [
    ("tokensPerDay", J.optional(b.tokensPerDay, J.num)),
    ("scale", J.optional(b.scale, J.num)),
    ("reason", J.str(b.sentence)),
    (
      "marginalPerMillionTokens",
      J.obj([("api", J.num(b.apiMarginalPerMTok)), ("selfHosted", J.num(b.selfHostedMarginalPerMTok))])
    ),
  ]
  if s.workload.volume.requestsPerDay != nil {
    breakEven.append(("requestsPerMonth", J.optional(b.requestsPerMonth, J.num)))
  }
  let h = evaluation.horizon
  var horizon: [(String, JSONValue)] = [
    ("months", J.int(s.horizonMonths)),
    ("api", J.obj([("total", J.money(h.apiTotal)), ("npv", J.money(h.apiNPV))])),
    ("selfHosted", J.obj([("total", J.money(h.selfHostedTotal)), ("npv", J.money(h.selfHostedNPV))])),
    ("savings", J.money(h.savings)),
    ("npvSavings", J.money(h.npvSavings)),
    ("paybackMonth", h.paybackMonth.map(J.int) ?? .null),
    ("discountRate", J.num(s.discountRate)),
    (
      "years",
      .array(
        h.years.map { y in
          J.obj([
            ("year", J.int(y.year)), ("months", J.int(y.months)), ("api", J.money(y.api)),
            ("selfHosted", J.money(y.selfHosted)), ("savings", J.money(y.api - y.selfHosted)),
          ])
        })
    ),
  ]
  if s.selfHosted.acquisition == .buy { horizon.append(("endOfHorizonCredit", J.money(h.endCredit))) }
  horizon = addingYearFleet(horizon, evaluation)
  let v = evaluation.verdict
  var verdict: [(String, JSONValue)] = [
    ("recommendation", v.recommendation.map { J.str($0.rawValue) } ?? .null),
    ("reasons", J.strings(v.reasons)), ("advisories", J.strings(v.advisorySentences)),
  ]
  if let conflict = v.conflict { verdict.append(("error", J.str(conflict))) }
  if let h = v.hybridOption {
    var kind: [(String, JSONValue)] = []
    switch h.kind {
    case .split(let share): kind = [("kind", J.str("split")), ("selfHostedShare", J.num(share))]
    case .overflow(let replicas, let share):
      kind = [("kind", J.str("overflow")), ("replicas", J.int(replicas)), ("apiShare", J.num(share))]
    }
    verdict.append(
      (
        "hybrid",
        J.obj(
          kind + [
            ("frontierShare", J.num(h.frontierShare)), ("monthly", J.money(h.monthly)),
            ("horizonTotal", J.money(h.horizonTotal)), ("apiAloneHorizonTotal", J.money(h.apiAloneHorizonTotal)),
          ])
      ))
  }
  var root: [(String, JSONValue)] =
    J.header + [
      ("catalog", J.obj([("asOf", J.str(profile.catalogAsOf))])),
      ("inputs", profile.inputsJSON),
      ("monthly", monthly),
      ("breakEven", J.obj(breakEven)),
      ("horizon", J.obj(horizon)),
      ("verdict", J.obj(verdict)),
      ("warnings", J.strings(warnings)),
      ("sources", sourcesDocument(profile)),
    ]
  if let name = profile.name { root.append(("name", J.str(name))) }
  return J.obj(root)
}

/// Where the catalog figures in use come from.
public func sourcesDocument(_ profile: ResolvedProfile) -> JSONValue {
  var members: [(String, JSONValue)] = []
  if let a = profile.apiEntry {
    members.append(
      (
        "api",
        J.obj([
          ("id", J.str(a.id)), ("source", J.str(a.source)), ("asOf", J.str(a.asOf)),
          ("confidence", J.str(a.confidence)),
        ])
      ))
  }
  if let g = profile.gpuEntry {
    members.append(
      (
        "gpu",
        J.obj([
          ("id", J.str(g.id)), ("source", J.str(g.source)), ("asOf", J.str(g.asOf)),
          ("confidence", J.str(g.confidence)),
        ])
      ))
  }
  if let t = profile.throughputEntry {
    var entry: [(String, JSONValue)] = [
      ("model", J.str(t.model)), ("gpu", J.str(t.gpu)), ("precision", J.str(t.precision)),
      ("basis", J.str(t.basis.rawValue)), ("engine", J.str(t.engine)), ("source", J.str(t.source)),
      ("asOf", J.str(t.asOf)), ("confidence", J.str(t.confidence)), ("points", J.int(t.points.count)),
    ]
    if let fit = t.fit {
      entry.append(
        (
          "fit",
          J.obj([
            ("prefillTokensPerSecond", J.num(fit.prefillTokensPerSecond)),
            ("decodeTokensPerSecond", J.num(fit.decodeTokensPerSecond)),
            ("maxRelativeResidual", J.num(fit.relativeResiduals.map(abs).max() ?? 0)),
          ])
        ))
    }
    members.append(("throughput", J.obj(entry)))
  }
  return J.obj(members)
}

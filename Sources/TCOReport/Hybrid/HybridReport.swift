import TCOData
import TCOModel

/// Everything `hybrid` reports.
public struct HybridReport {
  public var profile: ResolvedProfile
  public var split: SplitResult
  public var fixedShare: Bool
  public var overflow: OverflowResult?
  public var years: [HybridYear]
  /// The warnings of the profile and of its evaluation, as compare shows them.
  public var warnings: [String]

  public init(
    profile: ResolvedProfile, split: SplitResult, fixedShare: Bool, overflow: OverflowResult?, years: [HybridYear],
    warnings: [String] = []
  ) {
    self.warnings = warnings
    self.profile = profile
    self.split = split
    self.fixedShare = fixedShare
    self.overflow = overflow
    self.years = years
  }
}

public func pointJSON(_ p: HybridPoint) -> JSONValue {
  J.obj([
    ("share", J.num(p.selfHostedShare)), ("gpus", J.int(p.gpus)), ("replicas", J.int(p.replicas)),
    ("utilization", J.num(p.utilization)),
    (
      "monthly",
      J.obj([("api", J.money(p.apiMonthly)), ("selfHosted", J.money(p.selfHostedMonthly)), ("total", J.money(p.total))])
    ),
  ])
}

public func hybridDocument(_ r: HybridReport) -> JSONValue {
  let b = r.split.best
  var split: [(String, JSONValue)] = [
    ("share", J.num(b.selfHostedShare)), ("frontierShare", J.num(r.split.frontierShare)), ("gpus", J.int(b.gpus)),
    ("replicas", J.int(b.replicas)), ("utilization", J.num(b.utilization)),
    (
      "monthly",
      J.obj([("api", J.money(b.apiMonthly)), ("selfHosted", J.money(b.selfHostedMonthly)), ("total", J.money(b.total))])
    ),
    ("savingsVsBestPure", J.money(r.split.savingsVsBestPure)), ("optimised", .bool(!r.fixedShare)),
    ("candidates", .array(r.split.candidates.map(pointJSON))),
    ("candidateCount", J.int(r.split.candidateCount)),
  ]
  if r.fixedShare { split.append(("fixedShare", J.num(b.selfHostedShare))) }
  var root: [(String, JSONValue)] =
    J.header + [
      ("inputs", r.profile.inputsJSON),
      (
        "pure",
        J.obj([
          ("api", J.money(r.split.pure.api)), ("selfHosted", J.money(r.split.pure.selfHosted)),
          ("selfHostedFeasible", .bool(r.split.pure.selfHostedFeasible)),
        ])
      ),
      ("split", J.obj(split)),
      ("overflow", .null),
    ]
  if let o = r.overflow {
    root[root.count - 1] = (
      "overflow",
      J.obj([
        ("replicas", J.int(o.best.replicas)), ("gpus", J.int(o.best.gpus)), ("maxLoad", J.num(o.maxLoad)),
        ("overflowShare", J.num(o.overflowShare)), ("utilization", J.num(o.best.utilization)),
        (
          "monthly",
          J.obj([
            ("api", J.money(o.best.apiMonthly)), ("selfHosted", J.money(o.best.selfHostedMonthly)),
            ("total", J.money(o.best.total)),
          ])
        ),
        ("savingsVsBestPure", J.money(o.savingsVsBestPure)),
        (
          "candidates",
          .array(
            o.candidates.map { c in
              J.obj([
                ("replicas", J.int(c.replicas)), ("overflowShare", J.num(1 - c.selfHostedShare)),
                ("total", J.money(c.total)),
              ])
            })
        ),
      ])
    )
  }
  root.append(
    (
      "horizon",
      J.obj([
        ("months", J.int(r.profile.scenario.horizonMonths)),
        ("basis", J.str("accrual, best choice month by month, setup costs excluded")),
        (
          "years",
          .array(
            r.years.map { y in
              var members: [(String, JSONValue)] = [
                ("year", J.int(y.year)), ("months", J.int(y.months)), ("api", J.money(y.api)),
                ("selfHosted", J.money(y.selfHosted)), ("split", J.money(y.split)),
                ("averageSplitShare", J.num(y.averageSplitShare)), ("maxSplitGpus", J.int(y.maxSplitGPUs)),
              ]
              if let o = y.overflow { members.append(("overflow", J.money(o))) }
              if let m = y.maxOverflowReplicas { members.append(("maxOverflowReplicas", J.int(m))) }
              return J.obj(members)
            })
        ),
      ])
    ))
  root.append(("warnings", J.strings(r.warnings)))
  return J.obj(root)
}

/// Up to `limit` candidates for display: evenly spaced, always with the first, last and best.
public func sampledCandidates(_ all: [HybridPoint], best: HybridPoint, limit: Int = 12) -> [HybridPoint] {
  guard all.count > limit else { return all }
  var picked = Set<Int>([0, all.count - 1])
  if let b = all.firstIndex(of: best) { picked.insert(b) }
  var i = 0
  while picked.count < limit && i < limit {
    picked.insert(i * (all.count - 1) / (limit - 1))
    i += 1
  }
  return picked.sorted().map { all[$0] }
}

public func savingsText(_ savings: Double, _ pure: Double) -> String {
  let relative = pure > 0 ? " (\(Format.percent(savings / pure)))" : ""
  return Format.money(savings) + relative
}

public func hybridTable(_ r: HybridReport) -> String {
  let s = r.profile.scenario
  var out = wrap("llm-tco hybrid" + (r.profile.name.map { ": \($0)" } ?? ""), rest: "  ") + [""]
  let pure = r.split.pure
  var p = Columns(labelWidth: 40, columnWidths: [14])
  p.row("PURE ROUTES (monthly, steady state)", [])
  p.row("  API only", [Format.money(pure.api)])
  p.row("  Self-hosted only" + (pure.selfHostedFeasible ? "" : " (ruled out)"), [Format.money(pure.selfHosted)])
  out += p.lines
  out.append("")
  let b = r.split.best
  out.append(r.fixedShare ? "SPLIT at a fixed share" : "SPLIT: the share of all traffic to self-host")
  var line = "\(Format.percent(b.selfHostedShare)) self-hosted"
  if r.split.frontierShare > 0 { line += "; \(Format.percent(r.split.frontierShare)) must stay on the API" }
  out += wrap(line, first: padRight("  Share", 24), rest: String(repeating: " ", count: 24))
  out.append(
    padRight("  Monthly", 24)
      + "\(Format.money(b.apiMonthly)) API + \(Format.money(b.selfHostedMonthly)) self-hosted = \(Format.money(b.total))"
  )
  out.append(
    padRight("  Capacity", 24)
      + "\(b.replicas) replica\(b.replicas == 1 ? "" : "s"), \(b.gpus) GPU\(b.gpus == 1 ? "" : "s"), \(Format.percent(b.utilization)) utilization"
  )
  out.append(padRight("  Savings vs best pure", 24) + savingsText(r.split.savingsVsBestPure, pure.best))
  out.append("")
  var c = Columns(labelWidth: 12, columnWidths: [14, 16, 14, 8])
  c.row("  share", ["API", "self-hosted", "total", "GPUs"])
  for point in sampledCandidates(r.split.candidates, best: b) {
    let mark = point == b ? " *" : ""
    c.row(
      "  " + Format.percent(point.selfHostedShare),
      [
        Format.money(point.apiMonthly), Format.money(point.selfHostedMonthly), Format.money(point.total),
        "\(point.gpus)\(mark)",
      ])
  }
  out += c.lines
  if r.split.candidateCount > 12 {
    let shownWhere = r.split.candidateCount > r.split.candidates.count ? "\(r.split.candidates.count) of them" : "all"
    out.append("  (\(r.split.candidateCount) exact candidates, \(shownWhere) in --format json; * the best)")
  } else if !r.fixedShare {
    out.append("  (every exact candidate: no share, the limit, each replica step; * the best)")
  }
  out.append("")
  if let o = r.overflow {
    out.append("OVERFLOW: always-on replicas, each hour's excess to the API")
    out.append(
      padRight("  Replicas", 24)
        + "\(o.best.replicas) (\(o.best.gpus) GPUs) at up to \(Format.percent(o.maxLoad)) load per hour")
    out.append(
      padRight("  Overflow to the API", 24) + "\(Format.percent(o.overflowShare)) of tokens"
        + (o.frontierShare > 0 ? " (the \(Format.percent(o.frontierShare)) frontier share included)" : ""))
    out.append(
      padRight("  Monthly", 24)
        + "\(Format.money(o.best.apiMonthly)) API + \(Format.money(o.best.selfHostedMonthly)) self-hosted = \(Format.money(o.best.total))"
    )
    out.append(padRight("  Savings vs best pure", 24) + savingsText(o.savingsVsBestPure, o.pure.best))
    if s.workload.hourlyShape == nil {
      out += wrap(
        "With a flat hourly shape, overflow is a split whose utilization is the max load; give --hourly-shape for peaks.",
        first: "  ", rest: "  ")
    }
    out.append("")
  } else {
    out += wrap(
      "OVERFLOW: not evaluated: the busiest hour would need more than \(Format.count(Double(maximumGPUs))) GPUs.",
      rest: "  ")
    out.append("")
  }
  var y = Columns(labelWidth: 10, columnWidths: [14, 14, 14, 14, 9])
  y.row("HORIZON", ["API only", "self-hosted", "best split", "overflow", "share"])
  for year in r.years {
    y.row(
      "  Year \(year.year)",
      [
        Format.money(year.api), Format.money(year.selfHosted), Format.money(year.split),
        year.overflow.map(Format.money) ?? "-", Format.percent(year.averageSplitShare),
      ])
  }
  out += y.lines
  var note =
    "Accrual costs with growth and price trends, the best choice of each month; setup costs excluded. 'share' is the mean self-hosted share of the best split."
  if !pure.selfHostedFeasible { note += " Self-hosting alone is ruled out by the frontier share." }
  out += wrap(note, first: "  ", rest: "  ")
  out += warningLines(r.warnings)
  return out.joined(separator: "\n") + "\n"
}

public func hybridMarkdown(_ r: HybridReport) -> String {
  let pure = r.split.pure
  let b = r.split.best
  var out = ["## llm-tco hybrid" + (r.profile.name.map { ": \($0)" } ?? ""), ""]
  out.append("| route | monthly | self-hosted share | GPUs | savings vs best pure |")
  out.append("|---|---:|---:|---:|---:|")
  out.append("| API only | \(Format.money(pure.api)) | 0% | 0 | |")
  out.append(
    "| Self-hosted only\(pure.selfHostedFeasible ? "" : " (ruled out)") | \(Format.money(pure.selfHosted)) | 100% | | |"
  )
  out.append(
    "| Best split | \(Format.money(b.total)) | \(Format.percent(b.selfHostedShare)) | \(b.gpus) | \(savingsText(r.split.savingsVsBestPure, pure.best)) |"
  )
  if let o = r.overflow {
    out.append(
      "| Overflow, \(o.best.replicas) replicas | \(Format.money(o.best.total)) | \(Format.percent(o.best.selfHostedShare)) | \(o.best.gpus) | \(savingsText(o.savingsVsBestPure, o.pure.best)) |"
    )
  }
  out.append("")
  if r.split.frontierShare > 0 {
    out.append("Frontier share kept on the API: \(Format.percent(r.split.frontierShare)).\n")
  }
  out.append("| year | API only | self-hosted only | best split | overflow |")
  out.append("|---:|---:|---:|---:|---:|")
  for y in r.years {
    out.append(
      "| \(y.year) | \(Format.money(y.api)) | \(Format.money(y.selfHosted)) | \(Format.money(y.split)) | \(y.overflow.map(Format.money) ?? "-") |"
    )
  }
  out += warningMarkdown(r.warnings)
  return out.joined(separator: "\n") + "\n"
}

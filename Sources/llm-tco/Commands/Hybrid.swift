import TCOData
import TCOModel
import TCOReport

/// Everything `hybrid` reports.
struct HybridReport {
  var profile: ResolvedProfile
  var split: SplitResult
  var fixedShare: Bool
  var overflow: OverflowResult?
  var years: [HybridYear]
}

let shareOption = Option<Double>.number(
  "share", placeholder: "<share>", "Evaluate this self-hosted share instead of optimising the split.", unit: .share,
  range: .closed(0, 1), allowed: "a number from 0 to 1 (or 0% to 100%)")

let hybridCommand = Command(
  name: "hybrid",
  abstract: "Find the best mix: self-host a share, or a base load with overflow.",
  help: HelpPage(
    overview:
      "Run both routes side by side. Split: the share of traffic to self-host that costs least, "
      + "found exactly from the replica steps, with --frontier-share kept on the API. Overflow: the "
      + "number of always-on replicas that costs least when each hour's excess above --max-load goes "
      + "to the API (uses the hourly shape). Both are also shown over the horizon, month by month.",
    usage: "llm-tco hybrid [<profile>] [<options>]",
    arguments: [profileArgumentHelp],
    options: profileOptionSpecs + [
      shareOption.spec,
      tableJSONOrMarkdown.spec, outputOption.spec, helpOption.spec,
    ],
    examples: [
      "llm-tco hybrid --tokens-per-day 1B --frontier-share 20%",
      "llm-tco hybrid profile.json --hourly-shape business-hours --max-load 85%",
      "llm-tco hybrid --tokens-per-day 1B --share 80% --format json",
    ]),
  run: { parsed, context throws(CLIError) in
    let format = parsed[tableJSONOrMarkdown]
    let fixed = parsed[shareOption]
    let loaded = try loadProfile(parsed, context: context)
    let s = loaded.resolved.scenario
    if let f = fixed, f > 1 - s.hybrid.frontierShare + 1e-12 {
      throw .usage(
        "--share: \(Format.percent(f)) is above 1 − frontier share (\(Format.percent(1 - s.hybrid.frontierShare))).")
    }
    let tooLarge = CLIError(
      kind: loaded.usedBuiltInExample ? .usage : .dataError,
      message:
        "the self-hosted part would need more than \(Format.count(Double(maximumGPUs))) GPUs: check the volume, growth, utilization and throughput inputs."
    )
    guard let split = s.bestSplit(frontierShare: s.hybrid.frontierShare, share: fixed) else { throw tooLarge }
    let overflow = s.hybrid.frontierShare == 0 ? s.bestOverflow(maxLoad: s.hybrid.maxLoad) : nil
    guard let months = s.hybridHorizon() else { throw tooLarge }
    let report = HybridReport(
      profile: loaded.resolved, split: split, fixedShare: fixed != nil, overflow: overflow, years: hybridYears(months))
    let stdout: String
    switch format {
    case .json: stdout = JSONWriter.write(hybridDocument(report))
    case .markdown: stdout = hybridMarkdown(report)
    case .table: stdout = hybridTable(report)
    }
    return CommandOutput(exitCode: 0, stdout: stdout, stderr: notesText(loaded))
  })

func pointJSON(_ p: HybridPoint) -> JSONValue {
  J.obj([
    ("share", J.num(p.selfHostedShare)), ("gpus", J.int(p.gpus)), ("replicas", J.int(p.replicas)),
    ("utilization", J.num(p.utilization)),
    (
      "monthly",
      J.obj([("api", J.money(p.apiMonthly)), ("selfHosted", J.money(p.selfHostedMonthly)), ("total", J.money(p.total))])
    ),
  ])
}

func hybridDocument(_ r: HybridReport) -> JSONValue {
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
  return J.obj(root)
}

/// Up to `limit` candidates for display: evenly spaced, always with the first, last and best.
func sampledCandidates(_ all: [HybridPoint], best: HybridPoint, limit: Int = 12) -> [HybridPoint] {
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

func savingsText(_ savings: Double, _ pure: Double) -> String {
  let relative = pure > 0 ? " (\(Format.percent(savings / pure)))" : ""
  return Format.money(savings) + relative
}

func hybridTable(_ r: HybridReport) -> String {
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
    out.append(padRight("  Overflow to the API", 24) + "\(Format.percent(o.overflowShare)) of tokens")
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
    out += wrap("OVERFLOW: not evaluated: a frontier share must stay on the API whatever the load.", rest: "  ")
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
  return out.joined(separator: "\n") + "\n"
}

func hybridMarkdown(_ r: HybridReport) -> String {
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
  return out.joined(separator: "\n") + "\n"
}

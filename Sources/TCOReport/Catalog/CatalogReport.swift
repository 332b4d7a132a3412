import TCOData
import TCOModel

/// `llm-tco catalog`: the built-in API models, GPUs and throughput figures with their sources.
public func optionalPrice(_ x: Double?) -> String { x.map(Format.price) ?? "-" }

public func apiTable(_ catalog: Catalog) -> String {
  let date = catalog.asOfDate
  var c = Columns(labelWidth: 40, columnWidths: [8, 9, 8, 6, 8])
  c.row("API MODEL (USD per 1M tokens)", ["input", "cached", "output", "batch", "as of"])
  for m in catalog.apiModels {
    let list = m.prices(on: date)
    let p = list.base.standard
    c.row(
      "  " + m.id + " ",
      [
        Format.price(p.inputPerMTok), optionalPrice(p.cachedInputPerMTok), Format.price(p.outputPerMTok),
        batchText(list.base), m.asOf.first?.isNumber == true ? String(m.asOf.prefix(7)) : "undated",
      ])
    for detail in apiDetails(m, date: date) { c.lines.append("      " + detail) }
  }
  var notes = [
    "Prices in force on the catalog date, below any long-context threshold; batch: the batch API's discount on "
      + "input (per-kind prices in --format json). Indented lines: long-context tiers (a request above the threshold "
      + "pays them on all its tokens), dated price changes, deprecation."
  ]
  for f in catalog.importedFiles {
    notes.append(
      "Imported \(f.source) (\(f.format.displayName)\(f.date.map { ", " + $0 } ?? "")): \(f.loaded) models loaded, "
        + "\(f.skipped) entries skipped, \(f.issues) prices unreadable.")
  }
  return (c.lines + notes.flatMap { wrap($0, first: "  ") }).joined(separator: "\n") + "\n"
}

/// The batch discount on input, when the source lists a batch input price.
func batchText(_ band: PriceBand) -> String {
  guard let b = band.batch?.inputPerMTok, band.standard.inputPerMTok > 0 else {
    return band.batch == nil ? "-" : "listed"
  }
  return Format.percent(1 - b / band.standard.inputPerMTok)
}

/// Tiers, dated changes and deprecation of a model, one line each.
func apiDetails(_ m: APIModelEntry, date: CalendarDate?) -> [String] {
  var out: [String] = []
  func prices(_ t: TokenPrices) -> String {
    "\(Format.price(t.inputPerMTok)) input, \(optionalPrice(t.cachedInputPerMTok)) cached, "
      + "\(Format.price(t.outputPerMTok)) output"
  }
  let list = m.prices(on: date)
  for tier in list.longContextTiers {
    out.append("above \(Format.count(tier.aboveInputTokens)) input tokens: " + prices(tier.prices.standard))
  }
  for change in m.schedule.changes {
    let when = date.map { change.start > $0 ? "from" : "since" } ?? "from"
    out.append("\(when) \(change.start): " + prices(change.prices.base.standard))
  }
  if let d = m.schedule.deprecationDate {
    let past = date.map { $0 >= d } ?? false
    out.append(past ? "deprecated on \(d) (before the catalog date)" : "deprecated on \(d)")
  } else if m.schedule.deprecatedWithoutDate {
    out.append("marked deprecated (no date)")
  }
  return out
}
public func gpuTable(_ catalog: Catalog) -> String {
  var c = Columns(labelWidth: 16, columnWidths: [7, 8, 9, 9, 12, 11])
  c.row("GPU", ["memory", "power", "rent low", "typical", "hyperscaler", "purchase"])
  for g in catalog.gpus {
    // An estimate's "*" hangs past the digits, so figures with and without one stay aligned.
    let power = g.boardPowerWatts.map { Format.number($0) + " W" + (g.powerIsEstimate ? "*" : " ") } ?? "- "
    let buy = g.purchasePrice.map { Format.money($0) + (g.purchasePriceIsEstimate ? "*" : " ") } ?? "- "
    c.row(
      "  " + g.id,
      [
        Format.number(g.memoryGB) + " GB", power, optionalPrice(g.rentPerHourLow), optionalPrice(g.rentPerHourTypical),
        optionalPrice(g.rentPerHourHyperscaler), buy,
      ])
  }
  let note = "Rent in USD per GPU-hour on demand; 'typical' is the default. * an estimate, not read in a source."
  return (c.lines + wrap(note, first: "  ")).joined(separator: "\n") + "\n"
}

public func throughputTable(_ catalog: Catalog) -> String {
  var c = Columns(labelWidth: 16, columnWidths: [15, 6, 6, 10, 9, 17])
  c.row("OPEN MODEL", ["gpu", "prec", "gpus", "prefill/s", "decode/s", "basis"])
  for t in catalog.throughput {
    let fit = t.fit
    c.row(
      "  " + t.model,
      [
        t.gpu, t.precision, String(t.gpusPerReplica), fit.map { Format.count($0.prefillTokensPerSecond) } ?? "-",
        fit.map { Format.count($0.decodeTokensPerSecond) } ?? "-", t.basis.rawValue,
      ])
  }
  let note =
    "Published benchmark points and their old two-constant fit, per replica; the capacity model "
    + "(docs/capacity.md) now gives the rates, and these points check it."
  return (c.lines + wrap(note, first: "  ")).joined(separator: "\n") + "\n"
}

public func apiModelJSON(_ m: APIModelEntry, date: CalendarDate?) -> JSONValue {
  func partial(_ p: PartialTokenPrices?) -> JSONValue {
    guard let p else { return .null }
    return J.obj([
      ("inputPerMTok", p.inputPerMTok.map(JSONValue.number) ?? .null),
      ("cachedInputPerMTok", p.cachedInputPerMTok.map(JSONValue.number) ?? .null),
      ("cacheWritePerMTok", p.cacheWritePerMTok.map(JSONValue.number) ?? .null),
      ("outputPerMTok", p.outputPerMTok.map(JSONValue.number) ?? .null),
    ])
  }
  func band(_ b: PriceBand) -> [(String, JSONValue)] {
    [
      ("inputPerMTok", .number(b.standard.inputPerMTok)),
      ("cachedInputPerMTok", b.standard.cachedInputPerMTok.map(JSONValue.number) ?? .null),
      ("cacheWritePerMTok", b.standard.cacheWritePerMTok.map(JSONValue.number) ?? .null),
      ("outputPerMTok", .number(b.standard.outputPerMTok)),
      ("batch", partial(b.batch)), ("priority", partial(b.priority)), ("flex", partial(b.flex)),
    ]
  }
  func list(_ l: PriceList) -> [(String, JSONValue)] {
    band(l.base) + [
      (
        "longContextTiers",
        .array(l.longContextTiers.map { J.obj([("aboveInputTokens", .number($0.aboveInputTokens))] + band($0.prices)) })
      )
    ]
  }
  var members: [(String, JSONValue)] = [
    ("id", J.str(m.id)), ("provider", J.str(m.provider)), ("category", J.str(m.category.rawValue)),
  ]
  members += list(m.prices(on: date))
  members.append(
    (
      "priceChanges",
      .array(m.schedule.changes.map { J.obj([("start", J.str($0.start.description))] + list($0.prices)) })
    ))
  members.append(("deprecationDate", m.schedule.deprecationDate.map { J.str($0.description) } ?? .null))
  if m.schedule.deprecatedWithoutDate { members.append(("deprecated", .bool(true))) }
  members.append(("contextWindowTokens", m.contextWindowTokens.map { J.int($0) } ?? .null))
  members += [("asOf", J.str(m.asOf)), ("confidence", J.str(m.confidence)), ("source", J.str(m.source))]
  if let n = m.notes { members.append(("notes", J.str(n))) }
  return J.obj(members)
}

/// A `--prices` file's counts, for `catalog --format json`.
public func importedFileJSON(_ f: ImportedPriceFileSummary) -> JSONValue {
  J.obj([
    ("source", J.str(f.source)), ("format", J.str(f.format.rawValue)), ("date", f.date.map(J.str) ?? .null),
    ("loaded", J.int(f.loaded)), ("skipped", J.int(f.skipped)), ("unreadablePrices", J.int(f.issues)),
  ])
}

public func gpuJSON(_ g: GPUEntry) -> JSONValue {
  var members: [(String, JSONValue)] = [
    ("id", J.str(g.id)), ("name", J.str(g.name)), ("memoryGB", .number(g.memoryGB)),
    ("boardPowerWatts", g.boardPowerWatts.map(JSONValue.number) ?? .null),
    ("powerIsEstimate", .bool(g.powerIsEstimate)),
    ("rentPerHourLow", g.rentPerHourLow.map(JSONValue.number) ?? .null),
    ("rentPerHourTypical", g.rentPerHourTypical.map(JSONValue.number) ?? .null),
    ("rentPerHourHyperscaler", g.rentPerHourHyperscaler.map(JSONValue.number) ?? .null),
    ("purchasePrice", g.purchasePrice.map(JSONValue.number) ?? .null),
    ("purchasePriceIsEstimate", .bool(g.purchasePriceIsEstimate)),
    ("asOf", J.str(g.asOf)), ("confidence", J.str(g.confidence)), ("source", J.str(g.source)),
  ]
  if let n = g.purchasePriceNote { members.append(("purchasePriceNote", J.str(n))) }
  return J.obj(members)
}

public func throughputJSON(_ t: ThroughputEntry) -> JSONValue {
  var members: [(String, JSONValue)] = [
    ("model", J.str(t.model)), ("gpu", J.str(t.gpu)), ("precision", J.str(t.precision)),
    ("gpusPerReplica", J.int(t.gpusPerReplica)), ("basis", J.str(t.basis.rawValue)), ("engine", J.str(t.engine)),
    ("asOf", J.str(t.asOf)), ("confidence", J.str(t.confidence)), ("source", J.str(t.source)),
    (
      "points",
      .array(
        t.points.map {
          J.obj([
            ("inputTokens", J.int($0.inputTokens)), ("outputTokens", J.int($0.outputTokens)),
            ("outputTokensPerSecondPerGPU", .number($0.outputTokensPerSecondPerGPU)), ("setting", J.str($0.setting)),
          ])
        })
    ),
  ]
  if let fit = t.fit {
    members.append(
      (
        "fit",
        J.obj([
          ("prefillTokensPerSecond", J.num(fit.prefillTokensPerSecond)),
          ("decodeTokensPerSecond", J.num(fit.decodeTokensPerSecond)),
          ("relativeResiduals", .array(fit.relativeResiduals.map(J.num))),
        ])
      ))
  }
  if let n = t.notes { members.append(("notes", J.str(n))) }
  return J.obj(members)
}

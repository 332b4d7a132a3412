import TCOData
import TCOModel

/// `llm-tco catalog`: the built-in API models, GPUs and throughput figures with their sources.
public func optionalPrice(_ x: Double?) -> String { x.map(Format.price) ?? "-" }

public func apiTable(_ catalog: Catalog) -> String {
  var c = Columns(labelWidth: 40, columnWidths: [8, 9, 8, 6, 8])
  c.row("API MODEL (USD per 1M tokens)", ["input", "cached", "output", "batch", "as of"])
  for m in catalog.apiModels {
    c.row(
      "  " + m.id + " ",
      [
        Format.price(m.inputPerMTok), optionalPrice(m.cachedInputPerMTok), Format.price(m.outputPerMTok),
        m.batchDiscount.map(Format.percent) ?? "-",
        m.asOf.first?.isNumber == true ? String(m.asOf.prefix(7)) : "undated",
      ])
  }
  return c.lines.joined(separator: "\n") + "\n"
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

public func apiModelJSON(_ m: APIModelEntry) -> JSONValue {
  var members: [(String, JSONValue)] = [
    ("id", J.str(m.id)), ("provider", J.str(m.provider)), ("category", J.str(m.category.rawValue)),
    ("inputPerMTok", .number(m.inputPerMTok)), ("outputPerMTok", .number(m.outputPerMTok)),
    ("cachedInputPerMTok", m.cachedInputPerMTok.map(JSONValue.number) ?? .null),
    ("batchDiscount", m.batchDiscount.map(JSONValue.number) ?? .null),
    ("asOf", J.str(m.asOf)), ("confidence", J.str(m.confidence)), ("source", J.str(m.source)),
  ]
  if let n = m.notes { members.append(("notes", J.str(n))) }
  return J.obj(members)
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

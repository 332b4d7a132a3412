import Foundation
import TCOData
import Testing

@testable import llm_tco

/// The claims' profiles, Fixtures/claims.
let claimsFixtures = fixtures.appendingPathComponent("claims")

/// The generated page, docs/claims.md.
let claimsPageURL = fixtures.deletingLastPathComponent().appendingPathComponent("docs/claims.md")

/// A failure while building the claims page: which run, and what went wrong.
struct ClaimsPageError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

/// One llm-tco command on a profile of Fixtures/claims, as run and as shown on the page.
struct Invocation {
  var command: String
  var profile: String
  var flags: [String] = []

  /// The command line a reader types from the repository's root.
  var display: String {
    (["llm-tco", command, "Fixtures/claims/" + profile] + flags).joined(separator: " ")
  }

  /// The arguments given to `run`: the profile by its absolute path, JSON output.
  var arguments: [String] {
    [command, claimsFixtures.appendingPathComponent(profile).path] + flags + ["--format", "json"]
  }

  /// The same command with more flags (a later flag wins over an earlier one).
  func with(_ more: [String]) -> Invocation { Invocation(command: command, profile: profile, flags: flags + more) }
}

/// Runs an invocation in-process and parses its JSON document.
func runJSON(_ invocation: Invocation) throws -> JSONValue {
  let output = runCLI(invocation.arguments)
  guard output.exitCode == 0 else {
    throw ClaimsPageError("`\(invocation.display)` exited with \(output.exitCode): \(output.stderr)")
  }
  do {
    return try JSONParser.parse(output.stdout)
  } catch {
    throw ClaimsPageError("`\(invocation.display)` wrote invalid JSON (\(error.message), line \(error.line))")
  }
}

/// Reads a number at a dotted path of a result, or says which one is missing.
func requireNumber(_ document: JSONValue, _ path: String, in invocation: Invocation) throws -> Double {
  guard let x = document.at(path.split(separator: ".").map(String.init))?.number, x.isFinite else {
    throw ClaimsPageError("`\(invocation.display)`: no number at \(path)")
  }
  return x
}

/// Reads a string at a dotted path of a result, or says which one is missing.
func requireString(_ document: JSONValue, _ path: String, in invocation: Invocation) throws -> String {
  guard let s = document.at(path.split(separator: ".").map(String.init))?.string else {
    throw ClaimsPageError("`\(invocation.display)`: no string at \(path)")
  }
  return s
}

/// The figures of one `compare --format json` run that the page uses.
struct Comparison {
  var invocation: Invocation
  var document: JSONValue
  /// Steady-state monthly totals in USD.
  var api: Double
  var selfHosted: Double
  /// The self-hosted GPU rent alone, when the GPUs are rented.
  var gpuRent: Double?
  var gpus: Double
  var replicas: Double
  /// Achieved utilization of the provisioned replicas, 0…1.
  var utilization: Double
  var tokensPerMonth: Double
  /// The break-even volume, or `nil` when self-hosting never catches up.
  var breakEvenTokensPerDay: Double?
  var breakEvenRequestsPerMonth: Double?
  var breakEvenReason: String
  /// "api", "selfHosted", or `nil` on conflicting constraints.
  var recommendation: String?
  var catalogAsOf: String

  init(_ invocation: Invocation) throws {
    guard invocation.command == "compare" else { throw ClaimsPageError("not a compare: \(invocation.display)") }
    let document = try runJSON(invocation)
    self.invocation = invocation
    self.document = document
    api = try requireNumber(document, "monthly.api.total", in: invocation)
    selfHosted = try requireNumber(document, "monthly.selfHosted.total", in: invocation)
    gpuRent = document.at(["monthly", "selfHosted", "components", "gpuRent"])?.number
    gpus = try requireNumber(document, "monthly.selfHosted.gpus", in: invocation)
    replicas = try requireNumber(document, "monthly.selfHosted.replicas", in: invocation)
    utilization = try requireNumber(document, "monthly.selfHosted.utilization", in: invocation)
    tokensPerMonth = try requireNumber(document, "monthly.tokensPerMonth", in: invocation)
    breakEvenTokensPerDay = document.at(["breakEven", "tokensPerDay"])?.number
    breakEvenRequestsPerMonth = document.at(["breakEven", "requestsPerMonth"])?.number
    breakEvenReason = try requireString(document, "breakEven.reason", in: invocation)
    recommendation = document.at(["verdict", "recommendation"])?.string
    catalogAsOf = try requireString(document, "catalog.asOf", in: invocation)
  }

  /// A resolved input of the run (`selfHosted.staffFTE`, `api.model`, …).
  func input(_ path: String) throws -> Double { try requireNumber(document, "inputs." + path, in: invocation) }
  func inputText(_ path: String) throws -> String { try requireString(document, "inputs." + path, in: invocation) }
  func source(_ path: String) throws -> String { try requireString(document, "sources." + path, in: invocation) }

  /// Self-hosted cost as a share of the API's: 0.5 means half the API bill.
  var costRatio: Double { api > 0 ? selfHosted / api : .infinity }

  /// Where the serving rates come from: the capacity model's estimate (issue 11), or a catalog benchmark fit.
  func throughputPhrase() throws -> String {
    if let engine = document["serving"]?["engine"]?.string {
      let batch = try requireNumber(document, "serving.batch", in: invocation)
      let binding = try requireString(document, "serving.binding", in: invocation)
      return "throughput estimated by the capacity model for \(engine) (batch \(Fmt.significant(batch)), "
        + "limited by \(binding))"
    }
    return "throughput from \(try source("throughput.engine")) \(try source("throughput.basis")) benchmarks"
  }

  /// The sentence describing the priced setting, from the resolved inputs and their sources.
  func settingSentence() throws -> String {
    let apiModel = try inputText("api.model")
    let prices =
      "\(Fmt.money(try input("api.inputPerMTok"))) input and \(Fmt.money(try input("api.outputPerMTok"))) output"
    let gpusPerReplica = try input("selfHosted.gpusPerReplica")
    let rate = try input("selfHosted.gpuHourlyRate")
    return """
      API `\(apiModel)` at \(prices) per 1M tokens (list prices as of \(try source("api.asOf"))); self-hosted \
      `\(try inputText("selfHosted.model"))` \(try inputText("selfHosted.precision")) on \
      \(Fmt.significant(gpusPerReplica)) × `\(try inputText("selfHosted.gpu"))` per replica, rented always-on at \
      \(Fmt.money(rate))/GPU-hour (as of \(try source("gpu.asOf"))), \(try throughputPhrase()), target utilization \
      \(Fmt.percent(try input("selfHosted.utilization"))), staff \(Fmt.significant(try input("selfHosted.staffFTE"))) \
      FTE at \(Fmt.money(try input("selfHosted.staffCostPerYear"))) a year.
      """
  }
}

/// The catalog's entry of one GPU (`llm-tco catalog gpus --format json`).
func catalogGPU(_ id: String) throws -> JSONValue {
  let output = runCLI(["catalog", "gpus", "--format", "json"])
  guard output.exitCode == 0, let document = try? JSONParser.parse(output.stdout),
    let gpus = document["gpus"]?.arrayItems, let gpu = gpus.first(where: { $0["id"]?.string == id })
  else { throw ClaimsPageError("`llm-tco catalog gpus --format json` lists no GPU \(id)") }
  return gpu
}

/// The answer of one `breakeven --solve … --format json` run.
struct Solution {
  var invocation: Invocation
  var variable: String
  var current: Double
  /// Each boundary with the side on which self-hosting is cheaper.
  var thresholds: [(value: Double, selfHostedCheaperAbove: Bool)]
  var reason: String

  init(_ invocation: Invocation) throws {
    guard invocation.command == "breakeven" else { throw ClaimsPageError("not a breakeven: \(invocation.display)") }
    let document = try runJSON(invocation)
    self.invocation = invocation
    variable = try requireString(document, "variable", in: invocation)
    current = try requireNumber(document, "current", in: invocation)
    reason = try requireString(document, "reason", in: invocation)
    guard let items = document["thresholds"]?.arrayItems else {
      throw ClaimsPageError("`\(invocation.display)`: no thresholds array")
    }
    thresholds = try items.map { item in
      guard let value = item["value"]?.number, let side = item["selfHostedCheaper"]?.string,
        side == "above" || side == "below"
      else { throw ClaimsPageError("`\(invocation.display)`: a threshold without value and side") }
      return (value, side == "above")
    }
  }

  /// The single threshold, or `nil` when there is none or several.
  var only: Double? { thresholds.count == 1 ? thresholds[0].value : nil }

  /// Where self-hosting is cheaper, in the variable's unit: "≤ 0.375 FTE", or the tool's reason when nowhere.
  var answer: String {
    guard !thresholds.isEmpty else { return reason }
    let parts = thresholds.map { t in
      "\(t.selfHostedCheaperAbove ? "≥" : "≤") \(Fmt.value(t.value, of: variable))"
    }
    return "self-hosting is cheaper at " + parts.joined(separator: "; the sides alternate again at ")
  }
}

/// Deterministic number formatting for the page (no locale).
enum Fmt {
  /// `digits` significant digits, trailing zeros dropped unless kept: 0.375, 20.3, 9.31, 1000 (0.500 kept).
  static func significant(_ x: Double, _ digits: Int = 3, keepingZeros: Bool = false) -> String {
    guard x.isFinite else { return "∞" }
    if x == 0 { return "0" }
    let magnitude = Int(floor(log10(abs(x))))
    let decimals = max(0, digits - 1 - magnitude)
    var s = String(format: "%.\(decimals)f", x)
    if s.contains("."), !keepingZeros {
      while s.hasSuffix("0") { s.removeLast() }
      if s.hasSuffix(".") { s.removeLast() }
    }
    return s
  }

  /// Whole dollars with thousands separators from $1,000; cents from $1; three significant digits below ($0.500).
  static func money(_ x: Double) -> String {
    guard x.isFinite else { return "∞" }
    let sign = x < 0 ? "-" : ""
    let a = abs(x)
    if a >= 1000 {
      guard a < 1e15 else { return sign + "$" + significant(a) }
      var digits = String(Int64(a.rounded()))
      var groups: [String] = []
      while digits.count > 3 {
        groups.insert(String(digits.suffix(3)), at: 0)
        digits.removeLast(3)
      }
      groups.insert(digits, at: 0)
      return sign + "$" + groups.joined(separator: ",")
    }
    if a >= 1 { return sign + "$" + String(format: "%.2f", a) }
    return sign + "$" + significant(a, keepingZeros: true)
  }

  /// A count with a k, M or B suffix and three significant digits: 46.5M, 944k.
  static func count(_ x: Double) -> String {
    let a = abs(x)
    if a >= 1e9 { return significant(x / 1e9) + "B" }
    if a >= 1e6 { return significant(x / 1e6) + "M" }
    if a >= 1e3 { return significant(x / 1e3) + "k" }
    return significant(x)
  }

  /// A share as a percentage: whole from 10 %, two significant digits below (0.4 %, 1.3 %).
  static func percent(_ share: Double) -> String {
    let p = share * 100
    if abs(p) >= 10 { return String(format: "%.0f", p) + " %" }
    return significant(p, 2) + " %"
  }

  /// A factor: 9.31×.
  static func factor(_ x: Double) -> String { significant(x) + "×" }

  /// A value of a `--solve` variable in its unit.
  static func value(_ x: Double, of variable: String) -> String {
    switch variable {
    case "tokens-per-day": return count(x) + " tokens/day"
    case "requests-per-month": return count(x) + " requests/month"
    case "staff-fte": return significant(x) + " FTE"
    case "staff-cost": return money(x) + " a year per engineer"
    case "gpu-hourly-rate": return money(x) + "/GPU-hour"
    case "gpu-purchase-price": return money(x) + " per GPU"
    case "electricity-price": return money(x) + "/kWh"
    case "api-price-scale": return factor(x) + " today's API prices"
    case "api-discount", "utilization", "cached-input-share", "monthly-growth": return percent(x)
    default: return significant(x)
    }
  }
}

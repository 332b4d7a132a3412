import TCOModel
import TCOData
import TCOReport
import Testing

@testable import llm_tco

/// A reviewer with a calculator: recompute the reported figures from the derivation's own
/// values (as printed, 6 significant digits), without the model.
@Suite("Explanation")
struct ExplainTests {
  struct Step {
    var values: [String: Double]
    var result: Double
    subscript(_ symbol: String) -> Double { values[symbol] ?? .nan }
  }

  func steps(_ arguments: [String]) throws -> (JSONValue, [String: Step]) {
    let output = runCLI(arguments + ["--format", "json", "--explain"])
    #expect(output.exitCode == 0, "\(output.stderr)")
    let document = try JSONParser.parse(output.stdout)
    let items = try #require(document["explanation"]?.arrayItems, "no explanation array")
    var map: [String: Step] = [:]
    for item in items {
      guard case .string(let q) = item["quantity"], case .number(let r) = item["result"],
        case .object(let members) = item["values"], case .string = item["formula"], case .string = item["unit"]
      else {
        Issue.record("malformed step \(item)")
        continue
      }
      var values: [String: Double] = [:]
      for m in members { if case .number(let x) = m.value { values[m.key] = x } }
      map[q] = Step(values: values, result: r)
    }
    return (document, map)
  }

  func number(_ document: JSONValue, _ path: [String]) -> Double {
    var v: JSONValue? = document
    for key in path { v = v?[key] }
    if case .number(let x) = v { return x }
    return .nan
  }

  func same(_ a: Double, _ b: Double, _ tolerance: Double = 2e-5, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(abs(a - b) <= tolerance * max(1, abs(b)), "\(a) vs \(b)", sourceLocation: sourceLocation)
  }

  @Test("An owned fleet: every monthly figure, the break-even and the horizon from the printed values")
  func buy() throws {
    let (doc, s) = try steps(["compare", "owned-h100-fleet.json"])
    let days = 365.0 / 12
    for (name, key) in [("API input tokens", "e_i"), ("API cached input tokens", "e_c"), ("API output tokens", "e_o")] {
      let st = try #require(s[name])
      let volume =
        name == "API output tokens" ? st["O"] : st["I"] * (name == "API input tokens" ? 1 - st["c"] : st["c"])
      same(volume * st[key] / 1e6 * st["DAYS_PER_MONTH"] * (1 - st["n"]), st.result)
      same(st["DAYS_PER_MONTH"], days, 1e-5)
    }
    let api = try #require(s["API monthly total"])
    same(api["input"] + api["cachedInput"] + api["output"] + api["F_a"], api.result)
    same(api.result, number(doc, ["monthly", "api", "total"]))
    let z = try #require(s["busy replicas"])
    same((z["Ip"] / z["P"] + z["O"] / z["D"]) / z["SECONDS_PER_DAY"], z.result)
    let u = try #require(s["effective utilization"])
    same(min(u["U"], max(u["U"], u["maxLoad"]) / u["peak"]), u.result)
    let r = try #require(s["replicas"])
    #expect(r.result == max(r["r_0"], (r["z"] / r["U_eff"] - 1e-9).rounded(.up)) + r["spare"])
    #expect(r.result == number(doc, ["monthly", "selfHosted", "replicas"]))
    let k = try #require(s["capital per GPU"])
    same(k["C_g"] * (1 + k["sigma"]), k.result)
    let a = try #require(s["capital charge per GPU"])
    let g = 1 + a["r_m"]
    var pow = 1.0
    for _ in 0..<Int(a["L"]) { pow *= g }
    same((a["K"] - a["rho"] * a["K"] / pow) * a["r_m"] / (1 - 1 / pow), a.result)
    let capital = try #require(s["capital charge"])
    same(capital["N"] * capital["A"], capital.result)
    let maintenance = try #require(s["maintenance"])
    same(maintenance["N"] * maintenance["K"] * maintenance["mu"] / 12, maintenance.result)
    let power = try #require(s["power"])
    same(
      power["N"] * power["W'"] * (power["iota"] + (1 - power["iota"]) * power["u'"]) * power["HOURS_PER_MONTH"]
        * power["PUE"] * power["p_e"], power.result)
    let colo = try #require(s["colocation"])
    same(colo["N"] * colo["W'"] * colo["p_k"], colo.result)
    let staff = try #require(s["staff"])
    same(staff["f"] * staff["S"] / 12, staff.result)
    let total = try #require(s["self-hosted monthly total"])
    same(
      total["capital"] + total["maintenance"] + total["power"] + total["colocation"] + total["staff"] + total["other"],
      total.result)
    same(total.result, number(doc, ["monthly", "selfHosted", "total"]))
    let volume = try #require(s["break-even volume"])
    same(volume["lambda*"] * volume["I + O"], volume.result)
    same(volume.result, number(doc, ["breakEven", "tokensPerDay"]))
    let selfCash = try #require(s["self-hosted cash over the horizon"])
    same(selfCash["year 1"] + selfCash["year 2"] + selfCash["year 3"], selfCash.result)
    same(selfCash.result, number(doc, ["horizon", "selfHosted", "total"]))
  }

  @Test("Autoscaled rent: GPU-hours and rent from the printed values")
  func rent() throws {
    let (doc, s) = try steps(["compare", "chatbot-requests.json"])
    let requests = try #require(s["requests per day"])
    same(requests["requestsPerMonth"] / requests["DAYS_PER_MONTH"], requests.result)
    let hours = try #require(s["GPU-hours per month"])
    same(hours["k"] * hours["DAYS_PER_MONTH"] * hours["replica-hours per day"], hours.result)
    let rent = try #require(s["GPU rent"])
    same(rent["GPU-hours"] * rent["h"] * (1 - rent["e"]), rent.result)
    same(rent.result, number(doc, ["monthly", "selfHosted", "components", "gpuRent"]))
    let perM = try #require(s["self-hosted per 1M tokens"])
    same(perM["self-hosted total"] / perM["(I + O) * DAYS_PER_MONTH / 1e6"], perM.result)
  }

  @Test("breakeven --explain adds the costs at the threshold")
  func breakevenExplain() throws {
    let output = runCLI([
      "breakeven", "--solve", "utilization", "--tokens-per-day", "300M", "--explain", "--format", "json",
    ])
    #expect(output.exitCode == 0)
    let document = try JSONParser.parse(output.stdout)
    let items = try #require(document["explanation"]?.arrayItems)
    #expect(items.contains { $0["quantity"] == .string("threshold of utilization") })
  }
}

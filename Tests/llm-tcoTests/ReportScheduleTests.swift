import Foundation
import TCOData
import TCOModel
import TCOReport
import Testing

@testable import llm_tco

/// Money written with two decimals, in whole cents (exact: no floating-point sum).
func cents(_ s: Substring) throws -> Int {
  let text = String(s)
  let negative = text.hasPrefix("-")
  let digits = text.drop { $0 == "-" }.split(separator: ".")
  try #require(digits.count == 2 && digits[1].count == 2, "'\(text)'")
  let value = try #require(Int(digits[0])) * 100 + (try #require(Int(digits[1])))
  return negative ? -value : value
}

/// A number of the compare JSON result in whole cents.
func cents(_ x: Double) -> Int { Int((x * 100).rounded()) }

@Suite("The HTML report and the month-by-month schedule")
struct ReportScheduleTests {
  func compareResult(_ profile: String) throws -> JSONValue {
    let output = runCLI(["compare", profile, "--format", "json"])
    try #require(output.exitCode == 0)
    return try JSONParser.parse(output.stdout)
  }

  @Test("The report is well-formed XHTML with every section, four charts, and no script, font or fetch")
  func reportSections() throws {
    let output = runCLI(["report", "owned-h100-fleet.json"])
    try #require(output.exitCode == 0, "\(output.stderr)")
    let html = output.stdout
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html"))
    let (xml, ok, error) = XMLSummary.parse(html)
    #expect(ok, "\(error)")
    let ids = xml.attributes(of: "section").compactMap { $0["id"] }
    #expect(
      ids == [
        "verdict", "warnings", "monthly-cost-steady-state", "break-even-volume", "horizon", "hybrid-option",
        "inputs-and-sources", "how-it-is-computed",
      ])
    #expect(xml.elements.filter { $0 == "svg" }.count == 4)
    #expect(Set(xml.attributes(of: "svg").compactMap { $0["aria-labelledby"] }).count == 4, "unique ids")
    for forbidden in ["<script", "<link", "@import", "@font-face", "src=", "url(http"] {
      #expect(!html.contains(forbidden), "\(forbidden)")
    }
    // The answer and the figures of compare on the same profile.
    let result = try JSONParser.parse(runCLI(["compare", "owned-h100-fleet.json", "--format", "json"]).stdout)
    let savings = Format.money(try #require(result["horizon"]?["savings"]?.numberValue))
    #expect(html.contains("The answer: self-host. Self-hosting costs \(savings) less than the API over 36 months"))
    #expect(html.contains("<td>Year 3</td>") == false && html.contains("<b>Year 3</b>"))
    let year3 = try #require(result["horizon"]?["years"]?.arrayItems?.last)
    #expect(html.contains(Format.money(try #require(year3["api"]?.numberValue))))
    #expect(html.contains("@media print") && html.contains("@media (max-width:40rem)"))
    // Every input and the catalog's sources, with dates.
    #expect(html.contains("selfHosted.electricityPerKWh") && html.contains("0.08"))
    #expect(html.contains("Raymond James"))
  }

  @Test("Ranged inputs add the sensitivity and Monte Carlo sections")
  func reportRanged() throws {
    let output = runCLI(["report", "uncertain-support.json", "--samples", "2000"])
    try #require(output.exitCode == 0, "\(output.stderr)")
    let (xml, ok, _) = XMLSummary.parse(output.stdout)
    try #require(ok)
    let ids = xml.attributes(of: "section").compactMap { $0["id"] }
    #expect(ids.contains("sensitivity") && ids.contains("monte-carlo"))
    #expect(xml.elements.filter { $0 == "svg" }.count == 6)
  }

  @Test("Text from the profile is escaped in HTML and Markdown")
  func reportEscapes() throws {
    let profile = try String(
      contentsOf: fixtures.appendingPathComponent("profiles/owned-h100-fleet.json"), encoding: .utf8
    )
    .replacingOccurrences(of: "Document pipeline on owned H100s", with: "<script>alert(1)</script> & <b>co</b>")
    let output = runCLI(["report", "-"], stdin: profile)
    try #require(output.exitCode == 0, "\(output.stderr)")
    #expect(!output.stdout.contains("<script>") && !output.stdout.contains("<b>co"))
    let (xml, ok, _) = XMLSummary.parse(output.stdout)
    try #require(ok)
    #expect(xml.textByElement["h1"]?.first == "LLM cost report: <script>alert(1)</script> & <b>co</b>")
    let markdown = runCLI(["report", "owned-h100-fleet.json", "--format", "markdown"])
    #expect(markdown.stdout.hasPrefix("## LLM cost report: Document pipeline on owned H100s\n"))
    #expect(markdown.stdout.contains("### Horizon") && markdown.stdout.contains("```text"))
  }

  @Test(
    "The schedule's months add up to the horizon totals to the cent",
    arguments: [
      "owned-h100-fleet.json", "support-assistant.json", "chatbot-requests.json",
    ])
  func scheduleSums(profile: String) throws {
    let output = runCLI(["compare", profile, "--schedule", "--format", "csv"])
    try #require(output.exitCode == 0, "\(output.stderr)")
    let rows = output.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
    let header = rows[0].map(String.init)
    let body = rows.dropFirst()
    func column(_ name: String) throws -> Int { try #require(header.firstIndex(of: name), "\(name)") }
    func sum(_ name: String) throws -> Int {
      let i = try column(name)
      return try body.reduce(0) { $0 + ($1[i].isEmpty ? 0 : try cents($1[i])) }
    }
    let result = try compareResult(profile)
    let horizon = try #require(result["horizon"])
    let months = try #require(horizon["months"]?.numberValue)
    #expect(body.filter { !$0[2].isEmpty }.count == Int(months))
    #expect(try sum("apiCash") == cents(try #require(horizon["api"]?["total"]?.numberValue)))
    #expect(try sum("selfHostedCash") == cents(try #require(horizon["selfHosted"]?["total"]?.numberValue)))
    // Savings are the difference of two totals each rounded to the cent: within a cent.
    #expect(abs(try sum("savings") - cents(try #require(horizon["savings"]?.numberValue))) <= 1)
    let last = try #require(body.last)
    #expect(
      abs(try cents(last[try column("cumulativeSavings")]) - cents(try #require(horizon["savings"]?.numberValue))) <= 1)
    // The components of each route add up to its cash over the horizon, each column rounded to
    // the cent on its own: within half a cent a column.
    let apiNames = header.filter { $0.hasPrefix("api.") }
    let apiParts = try apiNames.reduce(0) { $0 + (try sum($1)) }
    #expect(abs(apiParts - (try sum("apiCash"))) <= apiNames.count / 2 + 1)
    let ownNames = header.filter { $0.hasPrefix("selfHosted.") }
    let ownParts = try ownNames.reduce(0) { $0 + (try sum($1)) }
    #expect(abs(ownParts - (try sum("selfHostedCash"))) <= ownNames.count / 2 + 1)
    // Per year, as compare's horizon table.
    let years = try #require(horizon["years"]?.arrayItems)
    let yearColumn = try column("year")
    let cashColumn = try column("selfHostedCash")
    for year in years {
      let y = Int(try #require(year["year"]?.numberValue))
      let total = try body.filter { Int($0[yearColumn]) == y }.reduce(0) { $0 + (try cents($1[cashColumn])) }
      #expect(abs(total - cents(try #require(year["selfHosted"]?.numberValue))) <= 1, "year \(y)")
    }
  }

  @Test("The schedule shows when owned GPUs are bought, as the growth requires")
  func scheduleFleet() throws {
    // Month 0 buys the GPUs compare sizes for month 0; 3 % monthly growth then buys more, and the
    // fleet never shrinks: what was bought adds up to what is owned.
    let output = runCLI(["compare", "owned-h100-fleet.json", "--schedule", "--format", "json"])
    let result = try JSONParser.parse(output.stdout)
    let months = try #require(result["schedule"]?["months"]?.arrayItems)
    #expect(months.count == 36)
    let first = try #require(result["monthly"]?["selfHosted"]?["gpus"]?.numberValue)
    #expect(months[0]["gpusBought"]?.numberValue == first)
    var owned = 0.0
    for month in months {
      owned += month["gpusBought"]?.numberValue ?? 0
      #expect(month["gpusOwned"]?.numberValue == owned)
    }
    #expect(owned > first, "growth buys more GPUs")
    // Month 0 pays for its GPUs at $30,000 × (1 + server overhead) and the $60,000 setup.
    let purchases = try #require(months[0]["selfHosted"]?["purchases"]?.numberValue)
    #expect(purchases >= first * 30_000)
    #expect(months[0]["selfHosted"]?["setup"]?.numberValue == 60_000)
    // compare's JSON and table show the fleet per year, adding to what was there.
    let years = try #require(result["horizon"]?["years"]?.arrayItems)
    #expect(years[0]["gpusAtEnd"]?.numberValue == months[11]["gpusOwned"]?.numberValue)
    #expect(years[0]["api"] != nil && years[0]["gpusBought"] != nil)
    let table = runCLI(["compare", "owned-h100-fleet.json"]).stdout
    #expect(table.contains("GPUs owned at each year's end: year 1: \(Int(months[11]["gpusOwned"]?.numberValue ?? 0))"))
  }

  @Test("The schedule table has a subtotal per year; CSV only with --schedule")
  func scheduleTable() throws {
    let output = runCLI(["compare", "owned-h100-fleet.json", "--schedule"])
    try #require(output.exitCode == 0)
    // The year-1 totals of compare's horizon table.
    let result = try JSONParser.parse(runCLI(["compare", "owned-h100-fleet.json", "--format", "json"]).stdout)
    let year = try #require(result["horizon"]?["years"]?.arrayItems?.first)
    let api = Format.money(try #require(year["api"]?.numberValue))
    let own = Format.money(try #require(year["selfHosted"]?.numberValue))
    #expect(output.stdout.contains("Year 1") && output.stdout.contains(api), "\(api)")
    #expect(output.stdout.contains(own), "\(own)")
    #expect(output.stdout.contains("Credit"))
    let csv = runCLI(["compare", "--format", "csv"])
    #expect(csv.exitCode == 64)
    #expect(csv.stderr.contains("--format csv: only with --schedule"))
  }
}

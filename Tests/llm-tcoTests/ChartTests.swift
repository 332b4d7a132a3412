import Foundation
import TCOData
import TCOModel
import TCOReport
import Testing

@testable import llm_tco

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Runs the CLI with fixture files and a UTF-8 locale (or none: the C locale).
func runCLI(_ arguments: [String], locale: String?) -> CommandOutput {
  var context = fixtureContext()
  if let locale { context.environment["LANG"] = locale }
  return run(arguments, context: context)
}

/// Compares a run with Fixtures/golden/NAME.txt; `LLM_TCO_RECORD=1 swift test` rewrites it.
func expectChartGolden(
  _ name: String, _ arguments: [String], locale: String?, sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let actual = transcript(runCLI(arguments, locale: locale))
  let url = fixtures.appendingPathComponent("golden/\(name).txt")
  if ProcessInfo.processInfo.environment["LLM_TCO_RECORD"] == "1" {
    try actual.write(to: url, atomically: true, encoding: .utf8)
    return
  }
  let expected = try String(contentsOf: url, encoding: .utf8)
  if actual != expected {
    Issue.record(
      "golden \(name) differs:\n\(unifiedDiff(expected: expected, actual: actual))", sourceLocation: sourceLocation)
  }
}

/// What an XML parse found: element names in order, attributes by element, all text.
final class XMLSummary: NSObject, XMLParserDelegate {
  var elements: [String] = []
  var attributes: [[String: String]] = []
  var text = ""
  var textByElement: [String: [String]] = [:]
  private var stack: [String] = []
  private var current = ""

  static func parse(_ s: String) -> (XMLSummary, Bool, String) {
    let summary = XMLSummary()
    let parser = XMLParser(data: Data(s.utf8))
    parser.delegate = summary
    let ok = parser.parse()
    return (summary, ok, parser.parserError.map { "\($0)" } ?? "")
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    elements.append(name)
    self.attributes.append(attributes)
    stack.append(name)
    current = ""
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    text += string
    current += string
  }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    textByElement[name, default: []].append(current)
    stack.removeLast()
    current = ""
  }

  func attributes(of name: String) -> [[String: String]] {
    zip(elements, attributes).filter { $0.0 == name }.map(\.1)
  }
}

@Suite("Charts in the terminal and as SVG")
struct ChartTests {
  @Test(
    "Text charts match their golden files",
    arguments: [
      ("chart-breakeven-owned-ascii", ["chart", "owned-h100-fleet.json"], nil),
      ("chart-horizon-owned", ["chart", "owned-h100-fleet.json", "--kind", "horizon"], "en_US.UTF-8"),
      ("chart-fleet-owned", ["chart", "owned-h100-fleet.json", "--kind", "fleet"], "C.UTF-8"),
      (
        "chart-tornado-uncertain",
        ["chart", "uncertain-support.json", "--kind", "tornado", "--default-range", "25%"], "C.UTF-8"
      ),
      (
        "chart-distribution-ascii",
        ["chart", "uncertain-support.json", "--kind", "distribution", "--samples", "4000", "--ascii"], "C.UTF-8"
      ),
      ("chart-hybrid-builtin", ["chart", "--kind", "hybrid", "--tokens-per-day", "1B"], "C.UTF-8"),
    ] as [(String, [String], String?)])
  func golden(name: String, arguments: [String], locale: String?) throws {
    try expectChartGolden(name, arguments, locale: locale)
  }

  @Test("Every kind fits 80x24; ASCII when asked or when the locale is not UTF-8", arguments: ChartKind.allCases)
  func fits(kind: ChartKind) throws {
    let args = [
      "chart", "uncertain-support.json", "--kind", kind.rawValue, "--samples", "500", "--default-range", "20%",
    ]
    for (locale, extra) in [("C.UTF-8", [String]()), ("C.UTF-8", ["--ascii"]), ("POSIX", []), (nil, [])]
      as [(String?, [String])]
    {
      let output = runCLI(args + extra, locale: locale)
      try #require(output.exitCode == 0, "\(output.stderr)")
      let lines = output.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
      #expect(lines.count <= 24, "\(kind) \(locale ?? "-")")
      #expect(lines.allSatisfy { $0.count <= 80 }, "\(kind)")
      let ascii = output.stdout.unicodeScalars.allSatisfy(\.isASCII)
      #expect(ascii == (locale != "C.UTF-8" || !extra.isEmpty), "\(kind) \(locale ?? "-") \(extra)")
    }
  }

  @Test("The locale is UTF-8 when LC_ALL, else LC_CTYPE, else LANG says so")
  func locale() {
    #expect(localeIsUTF8(["LANG": "en_US.UTF-8"]))
    #expect(localeIsUTF8(["LC_CTYPE": "de_DE.utf8", "LANG": "C"]))
    #expect(!localeIsUTF8(["LC_ALL": "C", "LANG": "en_US.UTF-8"]))
    #expect(!localeIsUTF8([:]))
  }

  @Test("The break-even chart marks today's volume and the break-even of compare")
  func breakEvenFigures() throws {
    // The break-even and today's monthly costs of compare on the same profile.
    let result = try JSONParser.parse(runCLI(["compare", "owned-h100-fleet.json", "--format", "json"]).stdout)
    let breakEven = Format.count(try #require(result["breakEven"]?["tokensPerDay"]?.numberValue))
    let output = runCLI(["chart", "owned-h100-fleet.json"], locale: "C.UTF-8")
    #expect(output.stdout.contains("◆ break-even: \(breakEven) tokens/day"))
    #expect(output.stdout.contains("today: 1.35B tokens/day"))
    #expect(output.stdout.contains(Format.money(try #require(result["monthly"]?["api"]?["total"]?.numberValue)) + "/month"))
    #expect(
      output.stdout.contains(
        Format.money(try #require(result["monthly"]?["selfHosted"]?["total"]?.numberValue)) + "/month"))
  }

  @Test("Ranged kinds need ranges: a usage error says what to give")
  func rangedNeedRanges() {
    let tornado = runCLI(["chart", "--kind", "tornado"], locale: nil)
    #expect(tornado.exitCode == 64)
    #expect(tornado.stderr.contains("--default-range 25%"))
    let distribution = runCLI(["chart", "--kind", "distribution"], locale: nil)
    #expect(distribution.exitCode == 64)
  }

  @Test(
    "SVG of every kind is well-formed XML with a title, a description, axes and a legend", arguments: ChartKind.allCases
  )
  func svg(kind: ChartKind) throws {
    let output = runCLI(
      [
        "chart", "uncertain-support.json", "--kind", kind.rawValue, "--format", "svg", "--samples", "500",
        "--default-range", "20%",
      ], locale: nil)
    try #require(output.exitCode == 0, "\(output.stderr)")
    let (xml, ok, error) = XMLSummary.parse(output.stdout)
    #expect(ok, "\(error)")
    #expect(xml.elements.first == "svg")
    let root = try #require(xml.attributes.first)
    #expect(root["role"] == "img")
    #expect(root["viewBox"]?.hasPrefix("0 0 960 ") == true)
    #expect(root["aria-labelledby"] == "chart-title chart-desc")
    #expect(xml.elements.contains("title") && xml.elements.contains("desc"))
    let texts = xml.textByElement["text"] ?? []
    let unit = kind == .fleet ? "(GPUs, replicas)" : "(USD"
    #expect(texts.contains { $0.contains(unit) }, "an axis title with its unit")
    #expect(texts.count >= 8)
  }

  @Test("SVG lines: one path per series, markers where marked, the values of compare")
  func svgBreakEven() throws {
    let output = runCLI(["chart", "owned-h100-fleet.json", "--format", "svg"], locale: nil)
    let (xml, ok, _) = XMLSummary.parse(output.stdout)
    try #require(ok)
    let strokes = xml.attributes(of: "path").compactMap { $0["stroke"] }
    #expect(strokes.filter { $0 == "#D55E00" }.count == 1, "the API line, vermillion")
    #expect(strokes.filter { $0 == "#0072B2" }.count == 1, "the self-hosted line, blue")
    let dashed = xml.attributes(of: "path").filter { $0["stroke"] == "#D55E00" }.first?["stroke-dasharray"]
    #expect(dashed != nil, "the API line is dashed as well as coloured")
    let texts = xml.textByElement["text"] ?? []
    let result = try JSONParser.parse(runCLI(["compare", "owned-h100-fleet.json", "--format", "json"]).stdout)
    let breakEven = Format.count(try #require(result["breakEven"]?["tokensPerDay"]?.numberValue))
    #expect(texts.contains("break-even: \(breakEven) tokens/day"))
    #expect(texts.contains("Volume (tokens per day, log scale)"))
    #expect(texts.contains("1.00B"), "a decade tick on the volume axis")
  }

  @Test("Text in SVG is escaped")
  func svgEscapes() throws {
    let chart = Chart(
      title: "A <b>bold</b> & \"quoted\" 'title'", summary: "x < y",
      x: ChartAxis("X", unit: "", kind: .integer), y: ChartAxis("Y", unit: "", kind: .integer),
      content: .lines([ChartSeries("<script>", points: [ChartPoint(0, 1), ChartPoint(1, 2)])], markers: []))
    let svg = chart.renderSVG()
    #expect(!svg.contains("<script>") && !svg.contains("<b>"))
    let (xml, ok, _) = XMLSummary.parse(svg)
    try #require(ok)
    #expect(xml.textByElement["title"]?.first == "A <b>bold</b> & \"quoted\" 'title'")
    #expect(xml.textByElement["text"]?.contains("<script>") == true)
  }
}

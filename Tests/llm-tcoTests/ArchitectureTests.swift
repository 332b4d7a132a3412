import Foundation
import TCOData
import TCOModel
import TCOReport
import Testing

@testable import llm_tco

/// Defects named by the architecture issue, each with the behaviour it must have now.
@Suite("Errors at their source, results read by one table, options typed")
struct ArchitectureTests {
  /// A profile with explicit serving rates and no GPU, so nothing in the catalog prices a purchase.
  let noPurchasePrice = """
    {"workload": {"tokensPerDay": 300000000, "inputShare": 0.75}, "api": {"model": "gpt-4o"},
     "selfHosted": {"prefillTokensPerSecond": 20000, "decodeTokensPerSecond": 3000, "gpusPerReplica": 2,
                    "gpuHourlyRate": 3}}
    """

  @Test("The command table names each command as the command names itself, once")
  func commandTable() throws {
    #expect(Set(llm_tco.commandTable.map(\.name)).count == llm_tco.commandTable.count)
    for entry in llm_tco.commandTable {
      let built = try #require(command(named: entry.name))
      #expect(built.name == entry.name)
      #expect(built.options.contains { $0.name == "prices" })
    }
    #expect(command(named: "nonsense") == nil)
  }

  @Test("A flag that makes a value necessary is blamed as a usage error naming the missing flag")
  func flagCausedError() {
    let output = runCLI(["compare", "-", "--acquisition", "buy"], stdin: noPurchasePrice)
    #expect(output.exitCode == 64)
    #expect(output.stderr.hasPrefix("Error: --gpu-purchase-price: is required to buy"))
    // The same need stated in the file is the file's error.
    let inFile = noPurchasePrice.replacingOccurrences(of: "\"gpuHourlyRate\": 3", with: "\"acquisition\": \"buy\"")
    let fromFile = runCLI(["compare", "-"], stdin: inFile)
    #expect(fromFile.exitCode == 65)
    #expect(fromFile.stderr.hasPrefix("Error: <stdin>: selfHosted.gpuPurchasePrice: is required to buy"))
  }

  @Test("Every usage error about a choice offers the closest valid value")
  func choicesSuggest() {
    let cases: [([String], String)] = [
      (["sweep", "--vary", "tokens-per-day=1M..1B", "--format", "jsn"], "Did you mean 'json'?"),
      (["breakeven", "--basis", "horizn"], "Did you mean 'horizon'?"),
      (["check", "--expect-recommendation", "selfhosted"], "Did you mean 'self-hosted'?"),
      (["breakeven", "--solve", "utilisation"], "Did you mean 'utilization'?"),
      (["compare", "--format", "markdwn"], "Did you mean 'markdown'?"),
    ]
    for (arguments, hint) in cases {
      let output = runCLI(arguments)
      #expect(output.exitCode == 64, "\(arguments)")
      #expect(output.stderr.contains(hint), "\(arguments): \(output.stderr)")
    }
  }

  @Test("A share written as a bare number above 1 is refused with both spellings")
  func bareShare() {
    let output = runCLI(["diff", "a.json", "b.json", "--fail-if-increase", "10"])
    #expect(output.exitCode == 64)
    #expect(output.stderr.contains("write 10% or 0.1"))
  }

  @Test("A cost limit below zero is a usage error; budget errors show the value")
  func negativeLimit() {
    let flag = runCLI(["check", "owned-h100-fleet.json", "--max-monthly-cost", "-5"])
    #expect(flag.exitCode == 64)
    #expect(flag.stderr.contains("0 or more, got '-5'"))
  }

  /// The owned-fleet result as compare writes it.
  func ownedFleetResult() throws -> String {
    let output = runCLI(["compare", "owned-h100-fleet.json", "--format", "json"])
    try #require(output.exitCode == 0)
    return output.stdout
  }

  @Test("diff reads a result file by the figure table: a missing or mistyped figure is exit 65 naming its path")
  func diffFailsClosed() throws {
    let result = try ownedFleetResult()
    var document = try JSONParser.parse(result)
    // Drop monthly.selfHosted.
    document = document.replacing(path: ["monthly", "selfHosted"], with: .null)
    let missing = try writeTemporary(JSONWriter.write(document))
    defer { try? FileManager.default.removeItem(atPath: missing) }
    let a = runCLI(["diff", missing, "owned-h100-fleet.json", "--fail-if-increase", "10%"])
    #expect(a.exitCode == 65)
    #expect(a.stderr.contains("monthly.selfHosted.total: is missing"), "\(a.stderr)")
    let lots = try writeTemporary(
      JSONWriter.write(
        try JSONParser.parse(result).replacing(path: ["horizon", "api", "total"], with: .string("lots"))))
    defer { try? FileManager.default.removeItem(atPath: lots) }
    let b = runCLI(["diff", lots, "owned-h100-fleet.json", "--fail-if-increase", "10%"])
    #expect(b.exitCode == 65)
    #expect(b.stderr.contains("horizon.api.total: must be a number, got a string"), "\(b.stderr)")
  }

  @Test("The figure table matches what the result writer writes, for every figure")
  func figuresAtTheirPaths() throws {
    let document = try JSONParser.parse(try ownedFleetResult())
    let summary = try ResultSummary(document: document)
    var parsed = ParsedArguments()
    parsed.positionals = ["owned-h100-fleet.json"]
    let loaded = try loadProfile(parsed, context: fixtureContext())
    let evaluated = ResultSummary(try evaluate(loaded), profile: loaded.resolved)
    #expect(summary.figures == evaluated.figures)
    #expect(summary.recommendation == evaluated.recommendation)
    #expect(summary.inputs == evaluated.inputs)
  }

  @Test("The diff gate compares what was recommended before with what is recommended now")
  func gateAcrossRoutes() throws {
    let baseline = try writeTemporary(try ownedFleetResult())
    defer { try? FileManager.default.removeItem(atPath: baseline) }
    // The same fleet run by 30 engineers: the API ($106,828 a month) is recommended now, against the
    // $41,888.69 self-hosted route recommended before (capacity-model rates, issue 11): it rose 155 %.
    let smaller = try String(contentsOf: fixtures.appendingPathComponent("profiles/owned-h100-fleet.json"), encoding: .utf8)
      .replacingOccurrences(of: "\"staffFTE\": 1.5", with: "\"staffFTE\": 30")
    try #require(smaller.contains("\"staffFTE\": 30"))
    let output = runCLI(["diff", baseline, "-", "--fail-if-increase", "10%"], stdin: smaller)
    #expect(output.exitCode == 1, "\(output.stdout)")
    let text = output.stdout.replacingOccurrences(of: "\n", with: " ")
    #expect(text.contains("FAIL: the monthly cost of the recommended route (self-hosted before, api now) rose 155%"))
    #expect(output.stdout.contains("CHANGED: the recommendation moved from self-hosted to api."))
    let strict = runCLI(["diff", baseline, "-", "--fail-on-recommendation-change"], stdin: smaller)
    #expect(strict.exitCode == 1)
    #expect(strict.stdout.contains("FAIL: the recommendation moved from self-hosted to api."))
    let same = runCLI(["diff", baseline, "owned-h100-fleet.json", "--fail-on-recommendation-change"])
    #expect(same.exitCode == 0)
  }

  @Test("The model names no command and formats nothing")
  func modelIsPure() throws {
    let model = fixtures.deletingLastPathComponent().appendingPathComponent("Sources/TCOModel")
    let files = try #require(FileManager.default.enumerator(atPath: model.path)).compactMap { $0 as? String }
      .filter { $0.hasSuffix(".swift") }
    #expect(files.count > 10)
    for file in files {
      let text = try String(contentsOf: model.appendingPathComponent(file), encoding: .utf8)
      #expect(!text.contains("llm-tco"), "\(file)")
      #expect(!text.contains("Format."), "\(file)")
    }
  }

  @Test("No command file is over 150 lines")
  func shortCommands() throws {
    let commands = fixtures.deletingLastPathComponent().appendingPathComponent("Sources/llm-tco/Commands")
    for file in try FileManager.default.contentsOfDirectory(atPath: commands.path) where file.hasSuffix(".swift") {
      let text = try String(contentsOf: commands.appendingPathComponent(file), encoding: .utf8)
      #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count <= 151, "\(file)")
    }
  }
}

/// Writes `text` to a new temporary file and returns its path; the caller removes it.
func writeTemporary(_ text: String) throws -> String {
  let path = FileManager.default.temporaryDirectory.appendingPathComponent("llm-tco-\(UUID().uuidString).json").path
  try text.write(toFile: path, atomically: true, encoding: .utf8)
  return path
}

import Foundation
import TCOData
import TCOModel
import TCOReport
import Testing

@testable import llm_tco

/// Issue 10, items 19–21: the command line accepts what people type.
@Suite("Input habits")
struct InputHabitTests {
  @Test(
    "Numbers take lower-case suffixes and commas in groups of three",
    arguments: [
      ("1.2b", InputDescriptor.Unit.quantity, 1.2e9 as Double?), ("1.2B", .quantity, 1.2e9), ("5m", .quantity, 5e6),
      ("5M", .quantity, 5e6), ("2t", .quantity, 2e12), ("2.5K", .quantity, 2500), ("$5m", .money, 5e6),
      ("$200,000", .money, 200_000), ("200,000", .quantity, 200_000), ("1,234,567", .quantity, 1_234_567),
      ("1,000.5", .quantity, 1000.5), ("$1,250.50", .money, 1250.5), ("1,500k", .quantity, 1_500_000),
      (" 5M ", .quantity, 5e6), ("1,00", .quantity, nil), ("1,0000", .quantity, nil), (",100", .quantity, nil),
      ("100,", .quantity, nil), ("1.000,5", .quantity, nil), ("1,,000", .quantity, nil), ("1,000,00", .quantity, nil),
      ("5mm", .quantity, nil), ("m", .quantity, nil),
    ])
  func numbers(text: String, unit: InputDescriptor.Unit, expected: Double?) {
    #expect(parseFlagNumber(text, unit: unit) == expected)
  }

  @Test("A volume and a price written with commas and lower-case suffixes run")
  func commasOnFlags() throws {
    let output = runCLI([
      "compare", "--tokens-per-day", "200,000,000", "--api-fixed-monthly", "$1,000", "--format", "json",
    ])
    #expect(output.exitCode == 0, "\(output.stderr)")
    let document = try JSONParser.parse(bytes: Array(output.stdout.utf8))
    #expect(document.at(["inputs", "workload", "tokensPerDay"])?.numberValue == 200_000_000)
    #expect(document.at(["inputs", "api", "fixedMonthly"])?.numberValue == 1000)
    let bad = runCLI(["compare", "--tokens-per-day", "1,00"])
    #expect(bad.exitCode == 64)
    #expect(bad.stderr.hasPrefix("Error: --tokens-per-day: '1,00' is not a number"))
  }

  @Test("Hourly weights may have spaces after the commas")
  func shapeWithSpaces() throws {
    let weights = (0..<24).map { $0 >= 9 && $0 < 17 ? "3" : "1" }.joined(separator: ", ")
    let output = runCLI(["compare", "--hourly-shape", weights, "--format", "json"])
    #expect(output.exitCode == 0, "\(output.stderr)")
    let document = try JSONParser.parse(bytes: Array(output.stdout.utf8))
    let shape = try #require(document.at(["inputs", "workload", "hourlyShape"])?.arrayItems)
    #expect(shape.compactMap(\.numberValue) == (0..<24).map { $0 >= 9 && $0 < 17 ? 3.0 : 1.0 })
  }

  @Test("Catalog ids are found in any case and written in the catalog's spelling")
  func idsInAnyCase() throws {
    let output = runCLI([
      "compare", "--api", "GPT-4o", "--gpu", "H100-SXM", "--model", "Llama-3.1-70B", "--format", "json",
    ])
    #expect(output.exitCode == 0, "\(output.stderr)")
    let document = try JSONParser.parse(bytes: Array(output.stdout.utf8))
    #expect(document.at(["inputs", "api", "model"])?.stringValue == "gpt-4o")
    #expect(document.at(["inputs", "selfHosted", "gpu"])?.stringValue == "h100-sxm")
    #expect(document.at(["inputs", "selfHosted", "model"])?.stringValue == "llama-3.1-70b")
    #expect(catalogID("FP8", .precision, in: .builtIn) == "fp8")
    // An id matching nothing is left as typed, for the resolver's "unknown GPU … Did you mean".
    #expect(catalogID("H100", .gpu, in: .builtIn) == "H100")
  }

  @Test("A true/false flag alone is true; true, false, yes and no after it are its value")
  func booleanFlags() throws {
    func constraint(_ arguments: [String]) throws -> (Bool?, Bool?) {
      let output = runCLI(["compare"] + arguments + ["--format", "json"])
      #expect(output.exitCode == 0, "\(arguments): \(output.stderr)")
      let document = try JSONParser.parse(bytes: Array(output.stdout.utf8))
      func bool(_ path: [String]) -> Bool? {
        if case .bool(let b)? = document.at(path) { return b }
        return nil
      }
      return (
        bool(["inputs", "constraints", "dataMustStayInPerimeter"]), bool(["inputs", "selfHosted", "prefixCaching"])
      )
    }
    #expect(try constraint(["--data-must-stay-in-perimeter"]).0 == true)
    #expect(try constraint(["--data-must-stay-in-perimeter", "--prefix-caching"]) == (true, true))
    #expect(try constraint(["--prefix-caching", "false"]).1 == false)
    #expect(try constraint(["--prefix-caching", "no"]).1 == false)
    #expect(try constraint(["--prefix-caching", "YES"]).1 == true)
    #expect(try constraint(["--prefix-caching=false"]).1 == false)
    // Followed by a profile: the profile is read and the flag is true.
    let withProfile = runCLI(["compare", "--prefix-caching", "owned-h100-fleet.json", "--format", "json"])
    #expect(withProfile.exitCode == 0, "\(withProfile.stderr)")
    #expect(withProfile.stdout.contains("Document pipeline on owned H100s"))
    // Followed by a word that is neither a value nor a file: the error names the flag.
    let maybe = runCLI(["compare", "--prefix-caching", "maybe"])
    #expect(maybe.exitCode == 64)
    #expect(maybe.stderr.hasPrefix("Error: --prefix-caching: must be true or false, got 'maybe'"))
  }

  @Test("help help shows the list of subcommands")
  func helpHelp() {
    let output = runCLI(["help", "help"])
    #expect(output.exitCode == 0)
    #expect(output.stdout == topLevelHelp.text)
  }

  @Test("A new total on a profile in input and output tokens keeps the profile's input share, with a note")
  func totalKeepsShare() throws {
    // owned-h100-fleet.json: 1.2B input and 150M output tokens/day, an input share of 8/9.
    let output = runCLI(["compare", "owned-h100-fleet.json", "--tokens-per-day", "2B", "--format", "json"])
    #expect(output.exitCode == 0, "\(output.stderr)")
    let document = try JSONParser.parse(bytes: Array(output.stdout.utf8))
    #expect(document.at(["inputs", "workload", "tokensPerDay"])?.numberValue == 2e9)
    let share = try #require(document.at(["inputs", "workload", "inputShare"])?.numberValue)
    #expect(abs(share - 8.0 / 9.0) < 1e-12)
    #expect(
      unwrapped(output.stderr).contains(
        "Note: '--tokens-per-day' replaces the profile's daily volume; its input share, 89% (from 1.20B input"))
    // A request-based profile: 1,500 input and 300 output tokens per request, a share of 5/6.
    let chatbot = runCLI(["compare", "chatbot-requests.json", "--tokens-per-day", "5M", "--format", "json"])
    #expect(chatbot.exitCode == 0, "\(chatbot.stderr)")
    let chat = try JSONParser.parse(bytes: Array(chatbot.stdout.utf8))
    let chatShare = try #require(chat.at(["inputs", "workload", "inputShare"])?.numberValue)
    #expect(abs(chatShare - 5.0 / 6.0) < 1e-12)
    #expect(
      unwrapped(chatbot.stderr).contains("its input share, 83% (from 1.50k input and 300 output tokens per request)"))
  }

  @Test("A new input share on a profile in input and output tokens keeps the profile's total, with a note")
  func shareKeepsTotal() throws {
    let output = runCLI(["compare", "owned-h100-fleet.json", "--input-share", "50%", "--format", "json"])
    #expect(output.exitCode == 0, "\(output.stderr)")
    let document = try JSONParser.parse(bytes: Array(output.stdout.utf8))
    #expect(document.at(["inputs", "workload", "tokensPerDay"])?.numberValue == 1.35e9)
    #expect(document.at(["inputs", "workload", "inputShare"])?.numberValue == 0.5)
    #expect(
      unwrapped(output.stderr).contains(
        "its total, 1.35B tokens/day (from 1.20B input and 150M output tokens/day), is kept."))
  }

  @Test("The overlay keeps the other half of the volume only from plain numbers, and says so")
  func overlayNotes() {
    var base = ProfileValues()
    base.set("workload.inputTokensPerDay", .number(3e6), origin: .file("p.json"))
    base.set("workload.outputTokensPerDay", .number(1e6), origin: .file("p.json"))
    var flags = ProfileValues()
    flags.set("workload.tokensPerDay", .number(8e6), origin: .flag("tokens-per-day"))
    var merged = base
    let notes = merged.overlay(flags)
    #expect(merged.number("workload.inputShare") == 0.75)
    #expect(merged.number("workload.tokensPerDay") == 8e6)
    #expect(merged["workload.inputTokensPerDay"] == nil)
    #expect(notes.count == 1)
    // Both halves given: nothing is kept, nothing is said.
    flags.set("workload.inputShare", .number(0.5), origin: .flag("input-share"))
    var both = base
    #expect(both.overlay(flags).isEmpty)
    #expect(both.number("workload.inputShare") == 0.5)
  }

  @Test("A lognormal whose far tail leaves the range: its median must be inside, and its share outside is right")
  func lognormalTail() throws {
    let utilization = try #require(InputDescriptor.at("selfHosted.utilization"))
    let d = Distribution.lognormal(p10: 0.3, p90: 0.5)
    // mu = ln(0.3·0.5)/2, sigma = ln(5/3)/(2·1.2815516); P(X > 1) = Φ(mu/sigma) below zero:
    // 0.5·erfc(-mu/(sigma·√2)) = 9.705300e-7 (computed with Python's math.erfc).
    let range = try #require(InputDescriptor.parameters.first { $0.name == "selfHosted.utilization" }).range
    #expect(abs(d.shareOutside(range) - 9.7053004757e-7) < 1e-15)
    // The median outside the range is refused, naming the median.
    let high = utilization.problem(with: .distribution(.lognormal(p10: 1.2, p90: 1.5)))
    #expect(high?.contains("the lognormal's median 1.342 is outside the valid range") == true)
    // The note for a truncated input names it, the tails and the share.
    var values = ProfileValues()
    values.set("selfHosted.utilization", .distribution(d), origin: .flag("utilization"))
    let note = try #require(values.truncationNotes.first)
    #expect(note.hasPrefix("'selfHosted.utilization': the lognormal (p10 0.3, p90 0.5) reaches"))
    #expect(note.hasSuffix("truncated to the range (less than 0.01% of its probability lies outside)."))
    // A uniform that leaves the range is still an error: its bounds were typed, not a tail.
    #expect(utilization.problem(with: .distribution(.uniform(low: 0.5, high: 1.5))) != nil)
  }

  @Test("--utilization '~0.3..0.5' runs with its far tail truncated to the range")
  func lognormalTruncatedOnTheCommandLine() {
    let output = runCLI(["simulate", "--utilization", "~0.3..0.5", "--samples", "200"])
    #expect(output.exitCode == 0, "\(output.stderr)")
    #expect(unwrapped(output.stderr).contains("Note: '--utilization': the lognormal (p10 0.3, p90 0.5) reaches"))
    // The commands that do not simulate use the median, which lies inside the range.
    let compare = runCLI(["compare", "--utilization", "~0.3..0.5"])
    #expect(compare.exitCode == 0, "\(compare.stderr)")
  }
}

/// Text wrapped for a terminal, as one line: a sentence can be searched across its breaks.
func unwrapped(_ text: String) -> String { text.split(separator: "\n").joined(separator: " ") }

import Foundation
import TCOData
import TCOModel
import Testing

@testable import llm_tco

/// Issue 10: answers that contradicted themselves or misled, each pinned.
@Suite("Answers a CTO can act on")
struct ActionableAnswerTests {
  func json(_ arguments: [String], stdin: String = "") throws -> JSONValue {
    let output = runCLI(arguments + ["--format", "json"], stdin: stdin)
    try #require(output.exitCode == 0, "\(arguments): \(output.stderr)")
    return try JSONParser.parse(output.stdout)
  }

  @Test("Item 1: the split's replicas carry the busiest business hour at no more than maxLoad")
  func busiestHour() throws {
    let d = try json(["hybrid", "routing-80-20.json", "--frontier-share", "0"])
    let weights: [Double] = [1, 1, 1, 1, 1, 1, 2, 4, 8, 10, 10, 10, 9, 10, 10, 10, 9, 6, 3, 2, 2, 1, 1, 1]
    let peak = 24 * 10 / weights.reduce(0, +)
    let utilization = try #require(d.at(["split", "utilization"])?.number)
    // Before: one replica at 126 % of its capacity in the peak hour.
    #expect(utilization * peak <= 0.85 + 1e-6, "peak load \(utilization * peak)")
    let compare = try json(["compare", "routing-80-20.json", "--frontier-share", "0"])
    #expect(
      (compare["warnings"]?.arrayItems ?? []).contains {
        $0.string?.contains("sized for the busiest hour") == true
      })
  }

  @Test("Item 2: overflow is evaluated with a frontier share, which it sends to the API")
  func overflowWithFrontierShare() throws {
    let d = try json(["hybrid", "routing-80-20.json"])
    let share = try #require(d.at(["overflow", "overflowShare"])?.number)
    #expect(share >= 0.2 - 1e-12)
    let table = runCLI(["hybrid", "routing-80-20.json"]).stdout
    #expect(!table.contains("not evaluated"))
  }

  @Test("Item 3: with a frontier share the verdict is the API alone or a hybrid, never pure self-hosting")
  func hybridVerdict() throws {
    let d = try json(["compare", "routing-80-20.json"])
    #expect(d.at(["verdict", "recommendation"])?.string == "hybrid")
    let reasons = (d.at(["verdict", "reasons"])?.arrayItems ?? []).compactMap(\.string)
    #expect(!reasons.contains { $0.hasPrefix("Self-hosting costs") || $0.hasPrefix("A hybrid beats") })
    #expect(reasons.first?.contains("frontier share must stay on the API") == true)
    let monthly = try #require(d.at(["verdict", "hybrid", "monthly"])?.number)
    let limit = String(Int(monthly.rounded(.up)) + 1)
    let check = runCLI(["check", "routing-80-20.json", "--expect-recommendation", "hybrid", "--max-monthly-cost", limit])
    #expect(check.exitCode == 0, "\(check.stdout)")
    #expect(!check.stdout.contains("FAIL"))
  }

  @Test("Item 5: spare replicas are added every month; thin staff and a single replica are warned about")
  func spareAndStaff() throws {
    let base = try json(["compare"])
    let spare = try json(["compare", "--spare-replicas", "1"])
    let r0 = try #require(base.at(["monthly", "selfHosted", "replicas"])?.number)
    let r1 = try #require(spare.at(["monthly", "selfHosted", "replicas"])?.number)
    #expect(r1 == r0 + 1)
    func warnings(_ d: JSONValue) -> [String] { (d["warnings"]?.arrayItems ?? []).compactMap(\.string) }
    #expect(warnings(base).contains { $0.contains("single replica") })
    #expect(!warnings(spare).contains { $0.contains("single replica") })
    let big = try json(["compare", "--tokens-per-day", "60B"])
    #expect(warnings(big).contains { $0.contains("per engineer") })
  }

  @Test("Item 6: bought GPUs with no colocation or facility cost are warned about")
  func facilityCost() throws {
    let d = try json(["compare", "--acquisition", "buy"])
    #expect((d["warnings"]?.arrayItems ?? []).contains { $0.string?.contains("no colocation or facility cost") == true })
    let paid = try json(["compare", "--acquisition", "buy", "--colocation-price", "150"])
    #expect(!(paid["warnings"]?.arrayItems ?? []).contains { $0.string?.contains("no colocation") == true })
  }

  @Test("Item 10: diff with the arguments swapped suggests a result file that is not the profile")
  func swappedArguments() {
    let output = runCLI(["diff", "owned-h100-fleet.json", "owned-h100-fleet.json"])
    #expect(output.exitCode == 65)
    #expect(output.stderr.contains("--output owned-h100-fleet.result.json"))
    #expect(!output.stderr.contains("--output owned-h100-fleet.json'"))
  }

  @Test("Item 12: a fixed share is the share of every month of the horizon")
  func fixedShareEverywhere() throws {
    let d = try json(["hybrid", "--tokens-per-day", "1B", "--share", "90%"])
    for year in d.at(["horizon", "years"])?.arrayItems ?? [] {
      #expect(year["averageSplitShare"]?.number == 0.9)
    }
  }

  @Test("Item 13: hybrid's JSON carries the warnings its table shows")
  func hybridWarnings() throws {
    let d = try json(["hybrid", "routing-80-20.json"])
    let warnings = (d["warnings"]?.arrayItems ?? []).compactMap(\.string)
    #expect(!warnings.isEmpty)
    let table = runCLI(["hybrid", "routing-80-20.json"]).stdout
    for warning in warnings { #expect(table.contains(String(warning.prefix(30)))) }
  }

  @Test("Item 15: notes on standard error come before the report on standard output")
  func notesFirst() throws {
    let run = try runBinary(["-c", "\"$0\" compare 2>&1", builtBinary.path], executable: URL(fileURLWithPath: "/bin/sh"))
    let note = try #require(run.stdout.range(of: "Note: no profile given"))
    let report = try #require(run.stdout.range(of: "llm-tco compare:"))
    #expect(note.lowerBound < report.lowerBound)
  }
}

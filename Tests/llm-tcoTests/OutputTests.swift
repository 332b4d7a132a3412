import Foundation
import TCOData
import TCOModel
import TCOReport
import Testing

@testable import llm_tco

/// Issue 10, items 11, 14, 16–18 and 22: what the reports print and write.
@Suite("Output")
struct ReportOutputTests {
  // MARK: 11. Rates keep their digits in JSON

  @Test("JSON rates per 1M tokens keep 6 significant digits; money totals stay in cents")
  func ratesAreNotCents() throws {
    // The built-in example: 75 % input at $2.50 and 25 % output at $10.00 per 1M tokens, nothing
    // cached, no batch, no fixed fee: the API costs 0.75·2.5 + 0.25·10 = $4.375 per 1M tokens, on
    // average and at the margin. Rounded to cents it would read 4.38.
    let output = runCLI(["compare", "--format", "json"])
    let document = try JSONParser.parse(bytes: Array(output.stdout.utf8))
    #expect(document.at(["monthly", "perMillionTokens", "api"])?.numberValue == 4.375)
    #expect(document.at(["breakEven", "marginalPerMillionTokens", "api"])?.numberValue == 4.375)
    // The self-hosted marginal rate is a GPU cost over a fitted throughput: not a whole number of cents.
    let own = try #require(document.at(["breakEven", "marginalPerMillionTokens", "selfHosted"])?.numberValue)
    #expect((own * 100).rounded() != own * 100)
    #expect(Format.roundSignificant(own, 6) == own)
    // Totals are still cents.
    let total = try #require(document.at(["monthly", "api", "total"])?.numberValue)
    #expect((total * 100).rounded() == total * 100)
  }

  @Test("diff reads and compares rates per 1M tokens at 6 significant digits")
  func diffRates() throws {
    let loaded = try loadProfile(try parseArguments([], options: compareCommand.options), context: fixtureContext())
    let evaluation = try loaded.resolved.scenario.evaluate()
    let summary = ResultSummary(evaluation, profile: loaded.resolved)
    let index = try #require(ResultFigure.all.firstIndex { $0.path == ["monthly", "perMillionTokens", "api"] })
    #expect(summary.figures[index] == 4.375)
    let metric = DiffMetric(name: "per 1M tokens, API", path: [], money: true, perUnit: true, baseline: 4.375, new: 4.5)
    #expect(metricText(metric, 4.375) == "$4.38")
    #expect(metricText(metric, 0.0654) == "$0.0654")
    #expect(metricJSON(metric)["new"]?.numberValue == 4.5)
    #expect(metricJSON(metric)["baseline"]?.numberValue == 4.375)
  }

  @Test("The result schema says rates are not rounded to cents")
  func schemaSaysRates() throws {
    let output = runCLI(["schema", "result"])
    let document = try JSONParser.parse(bytes: Array(output.stdout.utf8))
    let rate = document.at(["properties", "breakEven", "properties", "marginalPerMillionTokens", "properties", "api"])
    #expect(rate?["description"]?.stringValue?.contains("6 significant digits") == true)
  }

  // MARK: 14. Titles and labels

  @Test("The built-in example's title goes once a flag changes the example; --name sets a title")
  func titles() throws {
    #expect(runCLI(["compare"]).stdout.hasPrefix("llm-tco compare: Support assistant (built-in example)\n"))
    let changed = runCLI(["compare", "--tokens-per-day", "400M", "--input-share", "70%"])
    #expect(changed.stdout.hasPrefix("llm-tco compare\n\n"))
    let staffed = runCLI(["breakeven", "--staff-fte", "1"])
    #expect(staffed.stdout.hasPrefix("llm-tco breakeven\n\n"))
    let named = runCLI(["compare", "--tokens-per-day", "400M", "--name", "Chat bot", "--format", "json"])
    let document = try JSONParser.parse(bytes: Array(named.stdout.utf8))
    #expect(document["name"]?.stringValue == "Chat bot")
    #expect(document.at(["inputs", "name"])?.stringValue == "Chat bot")
    // --name replaces a profile's name too.
    let renamed = runCLI(["compare", "owned-h100-fleet.json", "--name", "Fleet B"])
    #expect(renamed.stdout.hasPrefix("llm-tco compare: Fleet B\n"))
    #expect(runCLI(["compare", "--help"]).stdout.contains("  --name <text>"))
  }

  @Test("A scenario is labelled with a catalog throughput entry only while it uses that entry's rates")
  func servingLabels() throws {
    func resolved(_ arguments: [String]) throws -> ResolvedProfile {
      try loadProfile(try parseArguments(arguments, options: compareCommand.options), context: fixtureContext())
        .resolved
    }
    // Issue 11: the built-in example's rates are the capacity model's estimate (the size with the most
    // tokens/s per GPU: 4), and the label says so.
    #expect(try servingLabel(resolved([])) == "llama-3.1-70b fp8 on 4x h100-sxm (estimated for vllm)")
    #expect(try servingLabel(resolved(["--engine", "sglang"])) == "llama-3.1-70b fp8 on 4x h100-sxm (estimated for sglang)")
    let own = try resolved(["--prefill-tokens-per-second", "20k", "--decode-tokens-per-second", "5k"])
    #expect(servingLabel(own) == "custom serving rates on h100-sxm")
    #expect(!usesCatalogThroughput(own))
    let oneRate = try resolved(["--decode-tokens-per-second", "5k"])
    #expect(servingLabel(oneRate) == "custom serving rates on h100-sxm")
    let markdown = runCLI([
      "compare", "--prefill-tokens-per-second", "20k", "--decode-tokens-per-second", "5k", "--format", "markdown",
    ])
    #expect(markdown.stdout.contains("**custom serving rates on h100-sxm**"))
    #expect(!markdown.stdout.contains("llama-3.1-70b"))
    #expect(
      runCLI(["compare", "--format", "markdown"]).stdout.contains(
        "**llama-3.1-70b fp8 on 4x h100-sxm (estimated for vllm)**"))
  }

  // MARK: 16. Help examples

  @Test("Help examples fit 80 columns or continue with ' \\', and joined they are the example as written")
  func helpExamples() {
    let pages = [topLevelHelp] + commands.map(\.help)
    var wrapped = 0
    for page in pages where !page.examples.isEmpty {
      let lines = page.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      guard let start = lines.firstIndex(of: "EXAMPLES:") else {
        Issue.record("no EXAMPLES section in \(page.usage)")
        continue
      }
      var commandsShown: [String] = []
      var pending: String?
      for line in lines[(start + 1)...] {
        if line.isEmpty { break }
        #expect(line.count <= 80, "\(line)")
        let text = line.drop { $0 == " " }
        let continues = text.hasSuffix(" \\")
        let piece = continues ? String(text.dropLast(2)) : String(text)
        pending = pending.map { $0 + " " + piece } ?? piece
        if continues {
          wrapped += 1
        } else {
          commandsShown.append(pending!)
          pending = nil
        }
      }
      #expect(pending == nil, "an example ends with a continuation: \(page.usage)")
      #expect(commandsShown == page.examples)
    }
    // The simulate example is longer than a line: it must be one of those wrapped.
    #expect(wrapped > 0)
  }

  @Test("A long example breaks before options, never between an option and its value")
  func exampleBreaks() {
    let lines = exampleLines(
      "llm-tco simulate --utilization 0.3..0.8 --gpu-hourly-rate '~2.5..4.5' --tokens-per-day 50M..300M "
        + "--staff-fte 0.25..0.5..1")
    #expect(
      lines == [
        "  llm-tco simulate --utilization 0.3..0.8 --gpu-hourly-rate '~2.5..4.5' \\",
        "      --tokens-per-day 50M..300M --staff-fte 0.25..0.5..1",
      ])
    #expect(exampleLines("llm-tco compare") == ["  llm-tco compare"])
  }

  // MARK: 17. The README's sweep

  @Test("The README's grid sweep is the tool's output byte for byte, and it shows a crossing")
  func readmeSweep() throws {
    let readme = try String(
      contentsOf: fixtures.deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
    let command = "    $ swift run llm-tco sweep "
    let lines = readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let start = try #require(lines.firstIndex { $0.hasPrefix(command) && $0.contains("--vary") })
    let arguments = lines[start].dropFirst(command.count - "sweep ".count).split(separator: " ").map(String.init)
    var block: [String] = []
    for line in lines[(start + 1)...] {
      guard line.isEmpty || line.hasPrefix("    ") else { break }
      block.append(line.isEmpty ? "" : String(line.dropFirst(4)))
    }
    while block.last == "" { block.removeLast() }
    // The README shows standard error first, as a terminal does: drop the note before the report.
    if block.first?.hasPrefix("Note:") == true, let blank = block.firstIndex(of: "") {
      block.removeSubrange(...blank)
    }
    let output = runCLI(arguments)
    #expect(output.exitCode == 0)
    #expect(block.joined(separator: "\n") + "\n" == output.stdout)
    #expect(output.stdout.contains(" API\n") && output.stdout.contains(" self-host\n"))
  }

  // MARK: 18. The histogram has an edge at zero

  @Test("Zero-aligned bins: nice widths, zero an edge, a value below zero never counted above it")
  func zeroAlignedBins() {
    // Range -2,230 to 236,000: raw width 238,230 / 12 = 19,852.5, the next nice width 20,000.
    let h = ZeroAlignedHistogram([-2230, 0, 5, 236_000], targetBins: 12)
    #expect(h.edges == (-1...12).map { Double($0) * 20_000 })
    #expect(h.counts == [1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1])
    let tiny = ZeroAlignedHistogram([-1e-300, 1e6], targetBins: 12)
    #expect(tiny.edges.contains(0))
    #expect(tiny.counts.first == 1 && tiny.edges.first! < 0 && tiny.edges[1] == 0)
    let positive = ZeroAlignedHistogram([1000, 2000], targetBins: 10)
    // Width 100: bins from 1,000 to 2,100, the highest value in the last.
    #expect(positive.edges.first == 1000 && positive.edges.last == 2100 && positive.counts.last == 1)
    #expect(ZeroAlignedHistogram([Double.nan]).edges.isEmpty)
    let same = ZeroAlignedHistogram([5, 5, 5])
    #expect(same.counts.reduce(0, +) == 3)
  }

  @Test("simulate's histogram has an edge at zero: the bins below it count the samples that lose money")
  func simulateHistogram() throws {
    let output = runCLI(["simulate", "uncertain-support.json", "--samples", "2000", "--seed", "3", "--format", "json"])
    #expect(output.exitCode == 0, "\(output.stderr)")
    let document = try JSONParser.parse(bytes: Array(output.stdout.utf8))
    let edges = try #require(document.at(["horizonSavingsHistogram", "edges"])?.arrayItems).compactMap(\.numberValue)
    let counts = try #require(document.at(["horizonSavingsHistogram", "counts"])?.arrayItems).compactMap(\.numberValue)
    let zero = try #require(edges.firstIndex(of: 0))
    #expect((8...16).contains(counts.count))
    let losing = counts[..<zero].reduce(0, +)
    let cheaper = try #require(document.at(["probabilitySelfHostedCheaper", "horizon"])?.numberValue)
    #expect(losing == (2000 * (1 - cheaper)).rounded())
    let table = runCLI(["simulate", "uncertain-support.json", "--samples", "2000", "--seed", "3"]).stdout
    #expect(table.contains(" to $0 "))
  }

  // MARK: 22. Words and columns

  @Test("One check reads 'The check passed/failed', not 'All 1 checks'")
  func oneCheck() {
    let pass = runCLI(["check", "owned-h100-fleet.json", "--max-monthly-cost", "45k"])
    #expect(pass.stdout.contains("\nThe check passed.\n"))
    #expect(!pass.stdout.contains("All 1 checks"))
    let fail = runCLI(["check", "owned-h100-fleet.json", "--max-monthly-cost", "30k"])
    #expect(fail.stdout.contains("\nThe check failed.\n"))
    let two = runCLI(["check", "owned-h100-fleet.json", "--max-monthly-cost", "45k", "--max-payback-months", "6"])
    #expect(two.stdout.contains("\nAll 2 checks passed.\n"))
  }

  @Test("sensitivity names the inputs that moved nothing")
  func stillInputs() {
    // At 5M tokens/day the one replica of the minimum is idle enough that the peak-hour cap changes
    // no cost. (Utilization moved nothing with the old fitted rates; with the capacity model's
    // smaller 1-GPU replica it moves the break-even volume, issue 11.)
    let output = runCLI(["sensitivity", "--default-range", "25%"])
    let text = unwrapped(output.stdout)
    #expect(text.contains("Not shown, as they moved nothing: "))
    #expect(text.contains("'max-load'"))
    #expect(!text.contains("moved nothing and are not shown"))
  }

  @Test("Columns end where they should when a label or a cell overflows")
  func columns() {
    var c = Columns(labelWidth: 10, columnWidths: [6, 6])
    c.row("  short", ["1", "2"])
    c.row("  a label too long", ["", "3"])
    c.row("  x", ["1234567", "4"])
    #expect(
      c.lines == [
        "  short        1     2",
        // The long label takes the empty first column's padding: "3" still ends at column 22.
        "  a label too long   3",
        // The wide cell overflows by one; the next cell still ends at column 22.
        "  x       1234567    4",
      ])
  }

  @Test("The catalog's GPU figures align whether or not they carry the estimate mark")
  func catalogAlignment() throws {
    let text = runCLI(["catalog"]).stdout
    let lines = text.split(separator: "\n").map(String.init)
    let start = try #require(lines.firstIndex { $0.hasPrefix("GPU ") })
    let rows = lines[(start + 1)...].prefix { $0.hasPrefix("  ") && $0.contains(" GB ") }
    #expect(rows.count >= 8)
    let wColumns = Set(rows.compactMap { row in row.firstRange(of: " W")?.lowerBound.utf16Offset(in: row) })
    #expect(wColumns.count == 1, "\(rows)")
    let estimated = try #require(rows.first { $0.contains("W*") })
    let plain = try #require(rows.first { $0.contains("700 W") })
    #expect(
      estimated.firstRange(of: " W")?.lowerBound.utf16Offset(in: estimated)
        == plain.firstRange(of: " W")?.lowerBound.utf16Offset(in: plain))
  }

  @Test("compare's value columns stay aligned at hundreds of replicas")
  func manyReplicas() throws {
    let lines = runCLI(["compare", "--tokens-per-day", "200B"]).stdout.split(separator: "\n").map(String.init)
    let total = try #require(lines.first { $0.hasPrefix("  Total ") })
    let replicas = try #require(lines.first { $0.contains(" replicas, ") })
    #expect(replicas.count == total.count, "\(replicas)\n\(total)")
  }
}

import Foundation
import TCOData
import TCOModel
import TCOReport
import Testing

@testable import llm_tco

/// A fresh temporary directory for one test; the test removes it with `defer { removeTemporaryDirectory(dir) }`.
func temporaryDirectory() throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("llm-tco-tests-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

/// Removes a directory made by `temporaryDirectory()` and all it holds; a failure is a test issue.
func removeTemporaryDirectory(_ url: URL, sourceLocation: SourceLocation = #_sourceLocation) {
  do {
    try FileManager.default.removeItem(at: url)
  } catch {
    Issue.record("cannot remove \(url.path): \(error)", sourceLocation: sourceLocation)
  }
}

@Suite("check")
struct CheckTests {
  // The owned-fleet fixture (2 GPUs per replica, rates from the capacity model since issue 11): API
  // $106,828/month, self-hosted $41,889, savings $64,940, break-even 492M tokens/day, payback month 4,
  // utilization 51 %, recommendation self-hosted, 36-month totals $4,689,492 (API) and $1,754,055 (self-hosted).
  @Test(
    "Each check kind passes and fails on the right side of its limit",
    arguments: [
      ("--max-monthly-cost", "45k", "40k"), ("--max-monthly-cost", "api:110k", "api:100k"),
      ("--max-monthly-cost", "self-hosted:$42000", "self-hosted:41k"), ("--max-horizon-cost", "1.8M", "1.7M"),
      ("--max-horizon-cost", "api:4.7M", "api:4.6M"), ("--min-monthly-savings", "60k", "70k"),
      ("--max-break-even-tokens-per-day", "500M", "400M"), ("--max-payback-months", "4", "3"),
      ("--min-utilization", "50%", "60%"), ("--expect-recommendation", "self-hosted", "api"),
    ])
  func kinds(flag: String, passing: String, failing: String) {
    let pass = runCLI(["check", "owned-h100-fleet.json", flag, passing])
    #expect(pass.exitCode == 0, "\(flag) \(passing): \(pass.stdout)\(pass.stderr)")
    #expect(pass.stdout.contains("\nPASS ") && !pass.stdout.contains("\nFAIL "))
    let fail = runCLI(["check", "owned-h100-fleet.json", flag, failing])
    #expect(fail.exitCode == 1, "\(flag) \(failing): \(fail.stdout)")
    #expect(fail.stdout.contains("\nFAIL "))
    #expect(fail.stdout.contains("The check failed."))
  }

  @Test("The budget committed for the README's CI job passes against its profile")
  func committedBudget() throws {
    let budget = fixtures.appendingPathComponent("budgets/owned-h100-fleet.json").path
    let output = runCLI(["check", "owned-h100-fleet.json", "--budget", budget, "--format", "markdown"])
    #expect(output.exitCode == 0, "\(output.stdout)")
    #expect(output.stdout.contains("All 7 checks passed."))
  }

  @Test("A missing break-even or payback fails its check")
  func nevers() {
    let output = runCLI([
      "check", "--max-break-even-tokens-per-day", "1B", "--max-payback-months", "36", "--api-input-price", "0.01",
      "--api-output-price", "0.01", "--api-cached-input-price", "0.01",
    ])
    #expect(output.exitCode == 1)
    #expect(output.stdout.contains("FAIL break-even tokens/day"))
    #expect(output.stdout.contains("FAIL payback month"))
  }

  @Test("A budget file sets the checks; flags replace its checks of the same kind")
  func budgetFile() throws {
    let dir = try temporaryDirectory()
    defer { removeTemporaryDirectory(dir) }
    let budget = dir.appendingPathComponent("budget.json")
    try
      #"{"maxMonthlyCost": 30000, "maxMonthlyCostApi": 200000, "expectRecommendation": "self-hosted", "minUtilization": 0.5}"#
      .write(to: budget, atomically: true, encoding: .utf8)
    let failing = runCLI(["check", "owned-h100-fleet.json", "--budget", budget.path, "--format", "json"])
    #expect(failing.exitCode == 1)
    let document = try JSONParser.parse(failing.stdout)
    #expect(document["passed"] == .bool(false))
    let checks = try #require(document["checks"]?.arrayItems)
    #expect(checks.count == 4)
    let passing = runCLI(["check", "owned-h100-fleet.json", "--budget", budget.path, "--max-monthly-cost", "45k"])
    #expect(passing.exitCode == 0, "\(passing.stdout)")
  }

  @Test("Bad budgets and check flags: exit 64, 65, 66")
  func badInput() throws {
    let dir = try temporaryDirectory()
    defer { removeTemporaryDirectory(dir) }
    let budget = dir.appendingPathComponent("budget.json")
    try #"{"maxMonthyCost": 1}"#.write(to: budget, atomically: true, encoding: .utf8)
    let unknown = runCLI(["check", "--budget", budget.path])
    #expect(unknown.exitCode == 65)
    #expect(unknown.stderr.contains("maxMonthyCost") && unknown.stderr.contains("Did you mean 'maxMonthlyCost'?"))
    try "{".write(to: budget, atomically: true, encoding: .utf8)
    #expect(runCLI(["check", "--budget", budget.path]).exitCode == 65)
    #expect(runCLI(["check", "--budget", dir.appendingPathComponent("missing.json").path]).exitCode == 66)
    #expect(runCLI(["check"]).exitCode == 64)
    #expect(runCLI(["check", "--max-monthly-cost", "cloud:5k"]).exitCode == 64)
    #expect(runCLI(["check", "--max-monthly-cost", "lots"]).exitCode == 64)
    #expect(runCLI(["check", "--expect-recommendation", "gpu"]).exitCode == 64)
    #expect(runCLI(["check", "--min-utilization", "150%"]).exitCode == 64)
  }
}

@Suite("diff")
struct DiffTests {
  func baseline(_ dir: URL, _ profile: String = "owned-h100-fleet.json", _ extra: [String] = []) throws -> String {
    let path = dir.appendingPathComponent("baseline.json").path
    let output = runCLI(["compare", profile, "--format", "json", "--output", path] + extra)
    #expect(output.exitCode == 0 && output.stdout.isEmpty)
    return path
  }

  @Test("Unchanged results: no input changes, every figure equal, exit 0")
  func unchanged() throws {
    let dir = try temporaryDirectory()
    defer { removeTemporaryDirectory(dir) }
    let path = try baseline(dir)
    let output = runCLI(["diff", path, path, "--fail-if-increase", "0%"])
    #expect(output.exitCode == 0)
    #expect(output.stdout.contains("INPUTS: unchanged"))
    #expect(output.stdout.contains("OK: "))
    let json = try JSONParser.parse(runCLI(["diff", path, "owned-h100-fleet.json", "--format", "json"]).stdout)
    let inputs = try #require(json["inputs"]?.arrayItems)
    let metrics = try #require(json["metrics"]?.arrayItems)
    #expect(inputs.isEmpty)
    #expect(!metrics.isEmpty)
    #expect(metrics.allSatisfy { $0["change"] == .number(0) || $0["change"] == .null })
  }

  @Test("Changed inputs are listed with the figures they move; the gate fails above its percentage")
  func changed() throws {
    let dir = try temporaryDirectory()
    defer { removeTemporaryDirectory(dir) }
    let path = try baseline(dir)
    let text = try String(
      contentsOf: fixtures.appendingPathComponent("profiles/owned-h100-fleet.json"), encoding: .utf8
    )
    .replacingAll("\"staffFTE\": 1.5", with: "\"staffFTE\": 2")
    let changedProfile = dir.appendingPathComponent("new.json")
    try text.write(to: changedProfile, atomically: true, encoding: .utf8)
    // Self-hosted monthly: $41,888.69 → $41,888.69 + 0.5 · $250,000 / 12 = $52,305.36 (+24.9 %).
    let failing = runCLI(["diff", path, changedProfile.path, "--fail-if-increase", "20%"])
    #expect(failing.exitCode == 1)
    #expect(failing.stdout.contains("selfHosted.staffFTE: 1.5 -> 2"))
    #expect(failing.stdout.contains("FAIL: the monthly cost of the recommended route (self-hosted) rose 25%"))
    let passing = runCLI(["diff", path, changedProfile.path, "--fail-if-increase", "30%", "--format", "json"])
    #expect(passing.exitCode == 0)
    let json = try JSONParser.parse(passing.stdout)
    #expect(json["failIfIncrease"]?["failed"] == .bool(false))
    let increase = try #require(json["failIfIncrease"]?["increase"]?.numberValue)
    #expect(abs(increase - 10_416.67 / 41_888.69) < 1e-4)
  }

  @Test("Bad diff input: a profile as baseline, a missing file, one argument")
  func bad() throws {
    #expect(runCLI(["diff", "owned-h100-fleet.json", "owned-h100-fleet.json"]).exitCode == 65)
    #expect(runCLI(["diff", "missing.json", "owned-h100-fleet.json"]).exitCode == 66)
    #expect(runCLI(["diff", "owned-h100-fleet.json"]).exitCode == 64)
    #expect(runCLI(["diff", "a", "b", "--fail-if-increase", "lots"]).exitCode == 64)
  }
}

@Suite("simulate output")
struct SimulateOutputTests {
  @Test("Byte-identical JSON for any --threads; CSV of samples with every drawn input")
  func threadsAndCSV() throws {
    let one = runCLI(["simulate", "uncertain-support.json", "--samples", "3000", "--threads", "1", "--format", "json"])
    #expect(one.exitCode == 0, "\(one.stderr)")
    for threads in ["2", "5"] {
      #expect(
        runCLI(["simulate", "uncertain-support.json", "--samples", "3000", "--threads", threads, "--format", "json"])
          .stdout == one.stdout)
    }
    let dir = try temporaryDirectory()
    defer { removeTemporaryDirectory(dir) }
    let csv = dir.appendingPathComponent("samples.csv").path
    let output = runCLI(["simulate", "uncertain-support.json", "--samples", "100", "--samples-out", csv])
    #expect(output.exitCode == 0)
    let lines = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n")
    #expect(lines.count == 101)
    #expect(
      lines[0]
        == "sample,workload.tokensPerDay,workload.monthlyGrowth,api.annualPriceChange,selfHosted.utilization,selfHosted.gpuHourlyRate,selfHosted.staffFTE,monthlyApi,monthlySelfHosted,monthlySavings,horizonSavings,breakEvenTokensPerDay"
    )
    #expect(lines[1].split(separator: ",", omittingEmptySubsequences: false).count == 12)
  }

  @Test("--samples-out streams every sample in order, and a write failing part-way stops the run with exit 74")
  func samplesOutStreams() throws {
    let dir = try temporaryDirectory()
    defer { removeTemporaryDirectory(dir) }
    // 100,000 samples: four blocks of 32,768, each formatted in chunks on the worker threads.
    let csv = dir.appendingPathComponent("samples.csv").path
    let args = ["simulate", "uncertain-support.json", "--samples", "100k", "--format", "json"]
    let streamed = runCLI(args + ["--samples-out", csv, "--threads", "3"])
    #expect(streamed.exitCode == 0, "\(streamed.stderr)")
    #expect(streamed.stdout == runCLI(args).stdout)
    let lines = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n")
    #expect(lines.count == 100_001)
    #expect(lines.dropFirst().enumerated().allSatisfy { $0.element.hasPrefix("\($0.offset),") })
    let single = dir.appendingPathComponent("single.csv").path
    #expect(runCLI(args + ["--samples-out", single, "--threads", "1"]).exitCode == 0)
    #expect(FileManager.default.contents(atPath: single) == FileManager.default.contents(atPath: csv))
    // The disk fills after the header and one block of rows: the third write fails, none is
    // attempted after it, and the run reports it.
    var context = fixtureContext()
    let pieces = Counter()
    context.writeFile = { _, produce in
      produce { _ in pieces.increment() < 2 }
      return .writeFailed("No space left on device")
    }
    let full = run(args + ["--samples-out", "/x/samples.csv"], context: context)
    #expect(full.exitCode == 74)
    #expect(full.stderr.hasPrefix("Error: cannot write '/x/samples.csv': No space left on device"))
    #expect(full.stdout.isEmpty)
    #expect(pieces.value == 3)
    // At most 1M samples go to a file: within the documented limits every command ends in seconds.
    let many = runCLI(["simulate", "uncertain-support.json", "--samples", "1000001", "--samples-out", csv])
    #expect(many.exitCode == 64)
    #expect(
      many.stderr.hasPrefix(
        "Error: --samples-out writes at most 1,000,000 samples (a CSV of ~185 MB), got --samples 1,000,001;"))
  }

  @Test("Samples beyond the GPU limit: the warning gives their count and share; the rest are not a random subset")
  func invalidSamplesWarning() throws {
    let args = ["simulate", "uncertain-support.json", "--samples", "300", "--horizon-months", "600"]
    let json = runCLI(args + ["--format", "json"])
    let line = json.stdout.split(separator: "\n").first { $0.contains("\"invalidSamples\"") }
    let count = try #require(line.flatMap { Int(String($0.filter(\.isNumber))) })
    #expect(count > 0 && count < 300)
    let table = runCLI(args)
    let share = Format.percent(Double(count) / 300)
    let expected = "Warning: \(count) of 300 samples (\(share)) needed more than 1,000,000 GPUs in some month"
    let text = table.stdout.replacingOccurrences(of: "\n", with: " ")
    #expect(text.contains(expected))
    #expect(text.contains("the figures describe the other \(300 - count), not a random subset"))
  }

  @Test("Histogram edges of a narrow spread read differently, in whole dollars, within 80 columns")
  func narrowHistogram() {
    // An API price trend of 0 to −2 % a year moves the 36-month savings by less than $1,000:
    // compact labels ("-$696k") would all read the same.
    let output = runCLI(["simulate", "--api-price-change", "-0.02..0", "--samples", "2000"]).stdout
    let rows = output.split(separator: "\n").drop { !$0.hasPrefix("HORIZON SAVINGS") }.dropFirst()
    #expect(rows.count >= 5)
    let labels = rows.map { $0.split(separator: " ").first.map(String.init) ?? "" }
    #expect(Set(labels).count == labels.count, "\(labels)")
    #expect(labels.allSatisfy { $0.hasPrefix("-$696,") || $0.hasPrefix("-$695,") })
    #expect(output.split(separator: "\n").allSatisfy { $0.count <= 80 })
  }

  @Test("simulate refuses more work than ends in 5 s, and allows the documented 10M samples of uncertain-support.json")
  func simulationWorkLimit() {
    // The README's promise: 10M samples of a 36-month rented, always-on profile with 6 uncertain inputs.
    let work = sampleWork(months: 36, uncertainInputs: 6, alwaysOnRent: true)
    #expect(work == 36 + 66)
    #expect(llm_tco.simulationWorkPerRun / work == 10_000_000)
    // An autoscaled month weighs 8: 36·8 + 11 = 299 units, so 3,411,371 samples; one more is refused.
    let args = ["simulate", "--utilization", "0.3..0.8", "--provisioning", "autoscaled"]
    let over = runCLI(args + ["--samples", "3411372"])
    #expect(over.exitCode == 64)
    #expect(over.stderr.contains("use --samples 3,411,371 or fewer"))
    // Over 600 months even rented, always-on GPUs allow far fewer: 1.02e9 / (600 + 11·6) = 1,531,531.
    let long = runCLI(["simulate", "uncertain-support.json", "--horizon-months", "600", "--samples", "10M"])
    #expect(long.exitCode == 64)
    let expected = "(600 months of rented, always-on GPUs, 6 uncertain inputs): use --samples 1,531,531 or fewer"
    #expect(long.stderr.contains(expected))
    // One thread gets half the work: 1.02e9 / 2 / 102 = 5,000,000 samples of uncertain-support.json.
    let single = runCLI(["simulate", "uncertain-support.json", "--threads", "1", "--samples", "5000001"])
    #expect(single.exitCode == 64)
    #expect(single.stderr.contains("on one thread") && single.stderr.contains("use --samples 5,000,000 or fewer"))
    // The charts and the report run the same simulation, under the same bound.
    for command in [["chart", "--kind", "distribution"], ["report"]] {
      let output = runCLI(command + args.dropFirst() + ["--samples", "3411372"])
      #expect(output.exitCode == 64, "\(command)")
      #expect(output.stderr.contains("use --samples 3,411,371 or fewer"), "\(command)")
    }
  }
}

/// A count shared with a `@Sendable` closure.
final class Counter: @unchecked Sendable {
  private(set) var value = 0
  /// Adds one; returns the count before.
  func increment() -> Int {
    value += 1
    return value - 1
  }
}

@Suite("--output")
struct OutputTests {
  @Test("Writes the report to the file and nothing to standard output")
  func writes() throws {
    let dir = try temporaryDirectory()
    defer { removeTemporaryDirectory(dir) }
    let path = dir.appendingPathComponent("result.json").path
    let direct = runCLI(["compare", "owned-h100-fleet.json", "--format", "json"])
    let written = runCLI(["compare", "owned-h100-fleet.json", "--format", "json", "--output", path])
    #expect(written.exitCode == 0 && written.stdout.isEmpty)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == direct.stdout)
  }

  @Test("A failing run leaves an earlier file intact")
  func failingRun() throws {
    let dir = try temporaryDirectory()
    defer { removeTemporaryDirectory(dir) }
    let path = dir.appendingPathComponent("result.json").path
    try "earlier".write(toFile: path, atomically: true, encoding: .utf8)
    #expect(runCLI(["compare", "--tokens-per-day", "12abc", "--output", path]).exitCode == 64)
    #expect(runCLI(["compare", "missing.json", "--output", path]).exitCode == 66)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "earlier")
  }

  @Test("A write that fails part-way leaves the earlier file intact and no temporary file")
  func failingWrite() throws {
    let dir = try temporaryDirectory()
    defer { removeTemporaryDirectory(dir) }
    // The target is a directory: the temporary file is written, the rename fails.
    let target = dir.appendingPathComponent("taken")
    try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
    #expect(atomicWrite(target.path, Array("new".utf8)) != nil)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["taken"])
    // An injected writer that fails: exit 74 for a failed write (73 when the file cannot be created),
    // an Error line, nothing printed as if written.
    var context = fixtureContext()
    context.writeFile = { _, _ in .writeFailed("No space left on device") }
    let output = run(["compare", "--output", "/x/result.json"], context: context)
    #expect(output.exitCode == 74)
    #expect(output.stderr.hasPrefix("Error: cannot write '/x/result.json': No space left on device"))
    #expect(output.stdout.isEmpty)
    context.writeFile = { _, _ in .cannotCreate("Permission denied") }
    #expect(run(["compare", "--output", "/x/result.json"], context: context).exitCode == 73)
    // The output may not be an input of the same run; '-' is standard output.
    context.isSameFile = { a, b in a == b }
    let same = run(["compare", "/x/p.json", "--output", "/x/p.json"], context: context)
    #expect(same.exitCode == 64)
    #expect(same.stderr.hasPrefix("Error: --output: '/x/p.json' is also an input of this run"))
    let dash = runCLI(["compare", "--output", "-"])
    #expect(dash.exitCode == 0 && dash.stdout.hasPrefix("llm-tco compare"))
    // A missing directory.
    #expect(atomicWrite(dir.appendingPathComponent("no/such/dir/x.json").path, [1]) != nil)
  }

  @Test("check writes its report even when a check fails, and still exits 1")
  func checkReport() throws {
    let dir = try temporaryDirectory()
    defer { removeTemporaryDirectory(dir) }
    let path = dir.appendingPathComponent("check.md").path
    let output = runCLI([
      "check", "owned-h100-fleet.json", "--max-monthly-cost", "1", "--format", "markdown", "--output", path,
    ])
    #expect(output.exitCode == 1)
    #expect(try String(contentsOfFile: path, encoding: .utf8).contains("The check failed."))
  }
}

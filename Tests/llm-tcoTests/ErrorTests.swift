import TCOData
import TCOModel
import TCOReport
import Testing

@testable import llm_tco

/// Every kind of bad input: one `Error:` line naming the flag or JSON path, the right exit code,
/// nothing on standard output, and never a crash.
@Suite("Bad input")
struct ErrorTests {
  func expectError(
    _ arguments: [String], exit: Int32, contains fragments: [String], stdin: String = "",
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let output = runCLI(arguments, stdin: stdin)
    #expect(output.exitCode == exit, "\(output.stderr)", sourceLocation: sourceLocation)
    #expect(output.stdout.isEmpty, sourceLocation: sourceLocation)
    let first = output.stderr.split(separator: "\n").first.map(String.init) ?? ""
    #expect(first.hasPrefix("Error: "), "\(output.stderr)", sourceLocation: sourceLocation)
    for fragment in fragments {
      #expect(first.contains(fragment), "\(first) lacks \(fragment)", sourceLocation: sourceLocation)
    }
    if exit == 64 {
      #expect(output.stderr.contains("\nUsage: "), sourceLocation: sourceLocation)
    } else {
      #expect(output.stderr.split(separator: "\n").count == 1, "\(output.stderr)", sourceLocation: sourceLocation)
    }
  }

  @Test("Unknown options and subcommands suggest the closest")
  func unknown() {
    expectError(
      ["compare", "--tokens-per-dya", "5M"], exit: 64,
      contains: ["'--tokens-per-dya'", "Did you mean '--tokens-per-day'?"])
    expectError(["compair"], exit: 64, contains: ["'compair'", "Did you mean 'compare'?"])
    expectError(["compare", "--gpu"], exit: 64, contains: ["Missing value", "--gpu"])
    expectError(["compare", "a.json", "b.json"], exit: 64, contains: ["Unexpected argument 'b.json'"])
    expectError(["compare", "--format", "xml"], exit: 64, contains: ["--format", "'table', 'json', 'markdown' or 'csv'"])
    expectError(["breakeven", "--format", "markdown"], exit: 64, contains: ["--format", "'table' or 'json'"])
    expectError(["compare", "-x"], exit: 64, contains: ["Unknown option '-x'"])
  }

  @Test(
    "Bad flag values name the flag and what is allowed",
    arguments: [
      (["--tokens-per-day", "12abc"], ["--tokens-per-day", "'12abc' is not a number"]),
      (["--tokens-per-day", "-5"], ["--tokens-per-day", "above 0"]),
      (["--tokens-per-day", "0"], ["--tokens-per-day", "above 0"]),
      (["--tokens-per-day", "nan"], ["--tokens-per-day", "not a number"]),
      (["--tokens-per-day", "inf"], ["--tokens-per-day", "not a number"]),
      (["--tokens-per-day", "1e400"], ["--tokens-per-day", "not a number"]),
      (["--tokens-per-day", "1e20"], ["--tokens-per-day", "up to 1e15"]),
      (["--tokens-per-day", "5 M"], ["--tokens-per-day"]),
      (["--cached-input-share", "1.5"], ["--cached-input-share", "from 0 to 1", "1.5"]),
      (["--cached-input-share", "150%"], ["--cached-input-share", "from 0 to 1"]),
      (["--utilization", "$3"], ["--utilization", "not a number"]),
      (["--utilization", "0"], ["--utilization", "above 0 and at most 1"]),
      (["--api-discount", "1"], ["--api-discount", "below 1"]),
      (["--monthly-growth", "-1"], ["--monthly-growth", "above -1"]),
      (["--min-replicas", "1.5"], ["--min-replicas", "whole number"]),
      (["--min-replicas", "0"], ["--min-replicas", "at least 1"]),
      (["--horizon-months", "601"], ["--horizon-months", "from 1 to 600"]),
      (["--acquisition", "lease"], ["--acquisition", "'rent' or 'buy'"]),
      (["--provisioning", "autoscale"], ["--provisioning", "Did you mean 'autoscaled'?"]),
      (["--prefix-caching", "maybe"], ["--prefix-caching", "true or false"]),
      (["--api", "gpt4o"], ["--api", "unknown API model 'gpt4o'", "'gpt-4o'"]),
      (["--gpu", "h100"], ["--gpu", "'h100-sxm'"]),
      (["--model", "llama-70b"], ["--model", "unknown open-weight model"]),
      // Issue 11: every catalog GPU and format is sized by the capacity model, so these errors are now about fit.
      (["--gpu", "l4", "--gpus-per-replica", "1"], ["--gpus-per-replica", "does not fit 1× l4", "smallest that fits"]),
      (["--precision", "fp3"], ["--precision", "unknown precision 'fp3'"]),
      (["--precision", "mxfp4"], ["--precision", "'mxfp4' is not a format llama-3.1-70b is served in"]),
      (["--hourly-shape", "1,2,3"], ["--hourly-shape", "24 values"]),
      (["--hourly-shape", "busines-hours"], ["--hourly-shape", "Did you mean 'business-hours'?"]),
      (["--requests-per-month", "100k"], ["--requests-per-month", "'--input-tokens-per-request'"]),
      (["--tokens-per-day", "5M", "--input-tokens-per-day", "1M"], ["the volume is given two ways"]),
      (["--acquisition", "buy", "--gpu", "h200-sxm"], ["--gpu-purchase-price", "no source"]),
      (["--provisioning", "autoscaled", "--acquisition", "buy"], ["--provisioning", "rented GPUs only"]),
      (["--utilization", "1e-12"], ["--utilization", "use a value of at least 1e-9"]),
      (["--gpu-hourly-rate", "1e-12"], ["--gpu-hourly-rate", "use 0 or a value of at least 1e-9"]),
      (["--utilization", "1e-8"], ["more than", "GPUs"]),
      // Growth compounded over the horizon: the error says how the month's demand came about.
      (["--monthly-growth", "1"], ["today's 5.00M grown 100 %/month (workload.monthlyGrowth) for", "GPUs"]),
    ])
  func badFlag(arguments: [String], fragments: [String]) {
    expectError(["compare"] + arguments, exit: 64, contains: fragments)
  }

  @Test("A distribution is held to the same floor as a single value: bounds of 0 or at least 1e-9")
  func tinyDistributions() {
    for arguments in [
      ["--gpu-hourly-rate", "0..1e-10"], ["--gpu-hourly-rate", "1e-10..1"], ["--api-price-change", "-1e-12..0"],
      ["--gpu-hourly-rate", "~1e-12..1e-11"],
    ] {
      let expected = "a distribution's bounds must be 0 or at least 1e-9"
      expectError(["simulate"] + arguments, exit: 64, contains: [arguments[0], expected])
    }
    // Bounds of 0 are allowed, as a single 0 is.
    #expect(runCLI(["simulate", "--api-price-change", "-0.2..0", "--samples", "100"]).exitCode == 0)
  }

  @Test("Bad hybrid options")
  func hybridErrors() {
    expectError(["hybrid", "--share", "1.5"], exit: 64, contains: ["--share", "from 0 to 1"])
    expectError(["hybrid", "--share", "abc"], exit: 64, contains: ["--share"])
    expectError(
      ["hybrid", "--share", "90%", "--frontier-share", "20%"], exit: 64,
      contains: ["--share", "above 1 − frontier share"])
    expectError(["hybrid", "--max-load", "0"], exit: 64, contains: ["--max-load", "above 0"])
    expectError(["hybrid", "--frontier-share", "-0.1"], exit: 64, contains: ["--frontier-share", "from 0 to 1"])
    expectError(["hybrid", "--format", "csv"], exit: 64, contains: ["--format", "'table', 'json' or 'markdown'"])
  }

  @Test("Bad breakeven options")
  func breakevenErrors() {
    expectError(
      ["breakeven", "--solve", "utilisation"], exit: 64, contains: ["--solve", "Did you mean 'utilization'?"])
    expectError(["breakeven", "--basis", "yearly"], exit: 64, contains: ["--basis", "'monthly' or 'horizon'"])
    expectError(["breakeven", "--range", "5..1"], exit: 64, contains: ["--range", "LO..HI"])
    expectError(["breakeven", "--range", "abc"], exit: 64, contains: ["--range"])
    expectError(
      ["breakeven", "--solve", "gpu-purchase-price"], exit: 64,
      contains: ["--solve", "only matters when GPUs are bought"])
    expectError(
      ["breakeven", "--solve", "requests-per-month"], exit: 64, contains: ["--solve", "volume is given in requests"])
    expectError(["breakeven", "--solve", "monthly-growth"], exit: 64, contains: ["--solve", "--basis horizon"])
    expectError(
      ["breakeven", "--solve", "utilization", "--range", "2..3"], exit: 64,
      contains: ["--solve", "lies outside the valid range"])
    expectError(
      [
        "breakeven", "--solve", "utilization", "--basis", "horizon", "--monthly-growth", "2", "--horizon-months", "120",
      ], exit: 64, contains: ["--solve", "more than"])
  }

  @Test("Bad simulate options")
  func simulateErrors() {
    expectError(["simulate"], exit: 64, contains: ["no input is a distribution"])
    expectError(
      ["simulate", "--utilization", "0.3..0.8", "--samples", "0"], exit: 64,
      contains: ["--samples", "from 1 to 10,000,000"])
    expectError(["simulate", "--utilization", "0.3..0.8", "--samples", "2.5"], exit: 64, contains: ["--samples"])
    expectError(["simulate", "--utilization", "0.3..0.8", "--seed", "-1"], exit: 64, contains: ["--seed"])
    expectError(["simulate", "--utilization", "0.3..0.8", "--threads", "0"], exit: 64, contains: ["--threads"])
  }

  @Test("Bad sensitivity and sweep options")
  func sensitivitySweepErrors() {
    expectError(["sensitivity"], exit: 64, contains: ["nothing to rank"])
    expectError(["sensitivity", "--default-range", "150%"], exit: 64, contains: ["--default-range"])
    expectError(["sweep"], exit: 64, contains: ["--vary tokens-per-day=1M..1B"])
    expectError(
      ["sweep", "--vary", "tokens-per-dya=1M..2M"], exit: 64,
      contains: ["'tokens-per-dya'", "Did you mean 'tokens-per-day'?"])
    expectError(["sweep", "--vary", "utilization=0.2..1.5"], exit: 64, contains: ["utilization", "at most 1"])
    expectError(["sweep", "--vary", "utilization"], exit: 64, contains: ["INPUT=FROM..TO"])
    expectError(["sweep", "--vary", "gpu-purchase-price=1k..2k"], exit: 64, contains: ["does not enter"])
    expectError(["sweep", "--vary", "monthly-growth=-0.1..0.1", "--log"], exit: 64, contains: ["--log"])
    expectError(["sweep", "--vary", "utilization=0.2..1", "--steps", "1"], exit: 64, contains: ["--steps"])
    expectError(
      ["sweep", "--vary", "utilization=0.2..1", "--format", "markdown"], exit: 64,
      contains: ["'table', 'json' or 'csv'"])
  }

  @Test("Files that cannot be read exit 66")
  func unreadable() {
    expectError(["compare", "missing.json"], exit: 66, contains: ["cannot read 'missing.json'", "No such file"])
    expectError(["compare", fixtures.path], exit: 66, contains: ["is a directory"])
  }

  @Test(
    "Invalid profiles exit 65 and name the file and JSON path",
    arguments: [
      ("", ["<stdin>", "empty"]),
      ("   \n", ["<stdin>", "empty"]),
      ("{", ["<stdin>:1:2:"]),
      ("{\"workload\": {\"tokensPerDay\": 1e6, \"inputShare\": 0.5},}", ["<stdin>:1:", "expected a key"]),
      ("[]", ["a profile must be a JSON object"]),
      ("{\"workload\": {\"tokensPerDay\": \"5M\", \"inputShare\": 0.5}}", ["workload.tokensPerDay", "got a string"]),
      ("{\"workload\": {\"tokensPerDay\": 5e6, \"inputShare\": 1.5}}", ["workload.inputShare", "from 0 to 1"]),
      ("{\"workload\": {\"tokensPerDya\": 5e6}}", ["workload.tokensPerDya", "Did you mean 'tokensPerDay'?"]),
      ("{\"workloads\": {}}", ["workloads", "Did you mean 'workload'?"]),
      ("{\"workload\": {\"tokensPerDay\": 5e6, \"inputShare\": 0.5}}", ["api.inputPerMTok", "is required"]),
      ("{\"workload\": {\"tokensPerDay\": 5e6, \"inputShare\": 0.5, \"inputTokensPerDay\": 1}}", ["two ways"]),
      ("{\"workload\": {}}", ["workload", "no daily volume"]),
      ("{\"workload\": {\"inputTokensPerDay\": 0, \"outputTokensPerDay\": 0}}", ["workload", "zero"]),
      ("{\"horizonMonths\": true}", ["horizonMonths", "got a boolean"]),
      ("{\"horizonMonths\": null}", ["horizonMonths", "got null"]),
      ("{\"selfHosted\": {\"gpu\": 7}}", ["selfHosted.gpu", "got a number"]),
      (
        "{\"workload\": {\"tokensPerDay\": 1e6, \"inputShare\": 0.5}, \"api\": {\"model\": \"gpt-4o\"}, \"selfHosted\": {\"model\": \"llama-3.1-70b\", \"gpu\": \"l4\", \"gpusPerReplica\": 2}}",
        ["selfHosted.gpusPerReplica", "does not fit 2× l4", "smallest that fits"]
      ),
      (
        "{\"workload\": {\"tokensPerDay\": 1e15, \"inputShare\": 0.5}, \"api\": {\"model\": \"gpt-4o\"}, \"selfHosted\": {\"model\": \"llama-3.1-70b\", \"gpu\": \"h100-sxm\"}}",
        ["month 0", "more than 1.00M GPUs"]
      ),
    ])
  func badProfile(text: String, fragments: [String]) {
    expectError(["compare", "-"], exit: 65, contains: fragments, stdin: text)
  }

  @Test("A profile read from standard input works like a file")
  func stdinProfile() throws {
    let text =
      #"{"workload": {"tokensPerDay": 5e6, "inputShare": 0.75}, "api": {"model": "gpt-4o"}, "selfHosted": {"model": "llama-3.1-70b", "gpu": "h100-sxm"}}"#
    let output = runCLI(["compare", "-", "--format", "json"], stdin: text)
    #expect(output.exitCode == 0)
    #expect(output.stderr.isEmpty)
    #expect(output.stdout.contains("\"schemaVersion\": 1"))
  }

  @Test("Randomised arguments for every command never crash and end with a known exit code")
  func fuzzAllCommands() {
    let commandNames = [
      "compare", "breakeven", "hybrid", "simulate", "sensitivity", "sweep", "check", "diff", "schema", "catalog",
    ]
    let pieces = [
      "--tokens-per-day", "5M", "1e15", "0.001", "--utilization", "1e-9", "0.3..0.8", "~0.1..0.9", "--monthly-growth",
      "10", "-0.99",
      "--horizon-months", "600", "1", "--solve", "utilization", "tokens-per-day", "monthly-growth",
      "cached-input-share",
      "--basis", "horizon", "--range", "0..1e15", "2..3", "--share", "1", "--frontier-share", "1", "--max-load", "1e-9",
      "--samples", "3", "--threads", "7", "--seed", "0", "--vary", "utilization=0.01..1", "tokens-per-day=1..1e15",
      "--steps", "2",
      "--log", "--default-range", "0.99", "--acquisition", "buy", "--provisioning", "autoscaled", "--hourly-shape",
      "business-hours", "--min-replicas", "0", "--gpu", "rtx-4090", "--model", "llama-3.1-8b", "--format", "json",
      "markdown",
      "--max-monthly-cost", "api:0", "--explain", "--api-output-price", "0", "--staff-fte", "0",
      "--depreciation-months", "1",
      "-", "profile", "result", "api", "--decode-tokens-per-second", "1e15", "--prefill-tokens-per-second", "1e-3",
    ]
    var state: UInt64 = 7
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    for _ in 0..<1500 {
      var arguments = [commandNames[next() % commandNames.count]]
      for _ in 0..<(next() % 8) { arguments.append(pieces[next() % pieces.count]) }
      let output = runCLI(
        arguments,
        stdin:
          #"{"workload": {"tokensPerDay": 1e6, "inputShare": 0.5}, "api": {"model": "gpt-4o"}, "selfHosted": {"model": "llama-3.1-8b", "gpu": "l40s"}}"#
      )
      #expect([0, 1, 64, 65, 66].contains(output.exitCode), "\(arguments)")
      if output.exitCode >= 64 { #expect(output.stderr.hasPrefix("Error: "), "\(arguments)") }
      // A non-finite number would render as nan or inf after ": ", "= ", "$" or "result ".
      #expect(!output.stdout.contains(/(: |= |\$|result )-?(nan|inf)\b(?! \{)/), "\(arguments)")
    }
  }

  @Test("Randomised argument soup never crashes and always ends with a known exit code")
  func fuzz() {
    let pieces = [
      "compare", "--tokens-per-day", "5M", "-1", "1e308", "--utilization", "0.000001", "--min-replicas",
      "999999999999", "--gpu", "b200", "--acquisition", "buy", "--", "-", "--format", "json", "x", "%",
      "$", "--horizon-months", "600", "--monthly-growth", "9.99", "--api-output-price", "1e15", "NaN",
      "--hourly-shape", "0,0,0", "--gpus-per-replica", "1024", "--decode-tokens-per-second", "1e-300",
    ]
    var state: UInt64 = 42
    for _ in 0..<400 {
      var arguments: [String] = []
      for _ in 0..<(Int(state % 9) + 1) {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        arguments.append(pieces[Int(state >> 33) % pieces.count])
      }
      let output = runCLI(arguments, stdin: "{}")
      #expect([0, 64, 65, 66].contains(output.exitCode), "\(arguments)")
      if output.exitCode != 0 { #expect(output.stderr.hasPrefix("Error: "), "\(arguments)") }
      #expect(!output.stdout.contains("nan") && !output.stdout.contains("inf"), "\(arguments)")
    }
  }
}

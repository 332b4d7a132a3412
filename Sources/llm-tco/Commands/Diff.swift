import TCOData
import TCOModel
import TCOReport

let failIfIncreaseOption = Option<Double>.number(
  "fail-if-increase", placeholder: "<pct>",
  "Exit 1 when the monthly cost of the new result's recommended route rose by more than this (10% or 0.1).",
  unit: .share, range: .atLeast(0), allowed: "a percentage >= 0 such as 10% or 0.1")

let failOnRecommendationChangeOption = Option<Bool>.flag(
  "fail-on-recommendation-change", "Exit 1 when the recommended route changed.")

/// A file name for the result of `profile` that is not the profile itself: `p.json` → `p.result.json`.
func resultFileName(for profile: String) -> String {
  let base = profile == "<stdin>" ? "baseline" : profile
  let stem = base.hasSuffix(".json") ? String(base.dropLast(5)) : base
  return stem + ".result.json"
}

/// A diff input: a compare result file, or a profile evaluated now.
func loadResult(_ path: String, context: Context, allowProfile: Bool) throws(CLIError) -> ResultSummary {
  let name = displayName(path)
  let document = try readJSONDocument(path, expecting: "a compare result or a profile", context: context)
  if document["schemaVersion"] != nil && document["monthly"] != nil && document["inputs"] != nil {
    guard document["schemaVersion"] == .number(1) else {
      throw .data("\(name): schemaVersion: this llm-tco reads version 1 results")
    }
    do throws(ResultReadError) {
      return try ResultSummary(document: document)
    } catch {
      throw .data("\(name): \(error.path): \(error.message).")
    }
  }
  guard allowProfile else {
    throw .data(
      "\(name): not a compare result (the baseline must be one): write one with 'llm-tco compare \(name) "
        + "--format json --output \(resultFileName(for: name))', then give that file as the baseline")
  }
  var parsed = ParsedArguments()
  parsed.positionals = [path]
  let loaded = try loadProfile(parsed, context: context, document: document)
  let evaluation = try evaluate(loaded)
  return ResultSummary(evaluation, profile: loaded.resolved)
}

let diffCommand = Command(
  name: "diff",
  abstract: "Show what changed between two results (or a result and a profile).",
  help: HelpPage(
    overview:
      "Compare two results written by 'compare --format json' (NEW may also be a profile, evaluated "
      + "now): the inputs that differ, the monthly and horizon costs of both routes with absolute and "
      + "relative change, break-even, payback and recommendation. With --fail-if-increase, exit 1 when "
      + "the recommended route's monthly cost rose by more than that percentage.",
    usage: "llm-tco diff <baseline> <new> [<options>]",
    arguments: [
      ("<baseline>", "A result file from 'compare --format json'."),
      ("<new>", "A result file, or a profile to evaluate now."),
    ],
    options: [
      failIfIncreaseOption.spec, failOnRecommendationChangeOption.spec,
      tableJSONOrMarkdown.spec, outputOption.spec, helpOption.spec,
    ],
    examples: [
      "llm-tco compare profile.json --format json --output baseline.json",
      "llm-tco diff baseline.json profile.json --fail-if-increase 10%",
      "llm-tco diff old.json new.json --format markdown",
    ]),
  run: { parsed, context throws(CLIError) in
    let format = parsed[tableJSONOrMarkdown]
    guard parsed.positionals.count == 2 else {
      throw .usage(
        parsed.positionals.count < 2
          ? "diff needs two files: BASELINE and NEW." : "Unexpected argument '\(parsed.positionals[2])'.")
    }
    let threshold = parsed[failIfIncreaseOption]
    let names = parsed.positionals.map(displayName)
    let baseline = try loadResult(parsed.positionals[0], context: context, allowProfile: false)
    let new = try loadResult(parsed.positionals[1], context: context, allowProfile: true)
    let report = makeDiff(
      baseline, new, names: (names[0], names[1]), threshold: threshold,
      failOnRecommendationChange: parsed[failOnRecommendationChangeOption] == true)
    let stdout: String
    switch format {
    case .table: stdout = diffTable(report)
    case .json: stdout = JSONWriter.write(diffDocument(report))
    case .markdown: stdout = diffMarkdown(report)
    }
    return CommandOutput(
      exitCode: report.failed ? ExitCode.checkFailed : ExitCode.success, stdout: stdout, stderr: "")
  })


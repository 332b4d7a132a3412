import TCOData
import TCOModel
import TCOReport

let profileArgumentHelp = (
  label: "<profile>",
  summary:
    "A JSON profile (see README), or '-' to read it from standard input. Without one, the built-in "
    + "example is the base: a support assistant at 5M tokens/day, gpt-4o against llama-3.1-70b on "
    + "rented h100-sxm. Flags override the profile."
)

/// Evaluates a loaded profile; a demand too large to size is a data error naming the month.
func evaluate(_ loaded: LoadedProfile) throws(CLIError) -> Evaluation {
  do throws(ModelError) {
    return try loaded.resolved.scenario.evaluate()
  } catch {
    switch error {
    case .capacityTooLarge(let month, let tokens):
      // When growth made it so, say how: a growth rate compounded over years is the usual cause.
      let workload = loaded.resolved.scenario.workload
      let grown =
        month > 0 && workload.monthlyGrowth != 0
        ? ": today's \(Format.count(workload.tokensPerDay)) grown \(Format.significant(workload.monthlyGrowth * 100, 3)) "
          + "%/month (workload.monthlyGrowth) for \(month) months" : ""
      let message =
        "the demand of month \(month) (\(Format.count(tokens)) tokens/day\(grown)) would need more than "
        + "\(Format.count(Double(maximumGPUs))) GPUs: check the volume, growth, utilization and throughput inputs"
      throw loaded.usedBuiltInExample ? .usage(message + ".") : .data(message + ".")
    }
  }
}

/// The profile's warnings and its evaluation's, as every report shows them.
func allWarnings(_ loaded: LoadedProfile) throws(CLIError) -> [String] {
  loaded.resolved.warnings + (try evaluate(loaded)).warnings.map(\.sentence)
}

/// Output formats of `compare`: CSV only with --schedule.
enum CompareFormat: String, CaseIterable, Sendable {
  case table, json, markdown, csv
}

let compareFormatOption = Option<CompareFormat>.choice(
  "format", placeholder: "<format>",
  "Output format: table, json, markdown or csv (csv with --schedule; default: table).",
  cases: CompareFormat.allCases, default: nil
).defaulting(to: .table)
let scheduleOption = Option<Bool>.flag(
  "schedule",
  "Month by month over the horizon: volume, replicas, GPUs bought and replaced, every cash component, savings.")

let compareCommand = Command(
  name: "compare",
  abstract: "Compare the API and self-hosting for one workload.",
  help: HelpPage(
    overview:
      "Compare the API and self-hosting for one workload: monthly costs by component, cost per "
      + "1M tokens, replicas and GPUs, the exact break-even volume, a multi-year horizon with NPV "
      + "and payback, and a verdict.",
    usage: "llm-tco compare [<profile>] [<options>]",
    arguments: [profileArgumentHelp],
    options: profileOptionSpecs + [
      compareFormatOption.spec, scheduleOption.spec, explainOption.spec, outputOption.spec, helpOption.spec,
    ],
    examples: [
      "llm-tco compare",
      "llm-tco compare --explain",
      "llm-tco compare --tokens-per-day 200M --api claude-sonnet-4-5",
      "llm-tco compare profile.json --acquisition buy --electricity-price 0.08",
      "llm-tco compare --requests-per-month 100k --input-tokens-per-request 2k --output-tokens-per-request 600",
      "llm-tco compare --model llama-3.1-70b --gpu auto --ttft-target-ms 500 --tpot-target-ms 50",
      "cat profile.json | llm-tco compare - --format json",
      "llm-tco compare profile.json --schedule --format csv > schedule.csv",
    ],
    footer:
      "Numbers take suffixes: 5M, 2.5k, 1.2B, 30%, $3.99. Hourly shapes: 24 comma-separated weights, "
      + "or flat, business-hours, evening-peak. Ids: see 'llm-tco catalog'."),
  run: { parsed, context throws(CLIError) in
    let format = parsed[compareFormatOption]
    let schedule = parsed[scheduleOption] == true
    if format == .csv && !schedule { throw .usage("--format csv: only with --schedule (the month-by-month table).") }
    let loaded = try loadProfile(parsed, context: context)
    let evaluation = try evaluate(loaded)
    let warnings = loaded.resolved.warnings + evaluation.warnings.map(\.sentence)
    var stdout: String
    let explain = parsed[explainOption] == true
    if schedule && format != .json {
      let s = Schedule(evaluation)
      switch format {
      case .csv: stdout = s.csv()
      case .markdown: stdout = s.document(name: loaded.resolved.name).renderMarkdown()
      default: stdout = s.document(name: loaded.resolved.name).renderText()
      }
      return CommandOutput(exitCode: 0, stdout: stdout, stderr: notesText(loaded))
    }
    let steps = explain ? servingExplanation(loaded.resolved) + evaluation.explanation : []
    switch format {
    case .table, .csv:
      stdout =
        compareTable(evaluation, profile: loaded.resolved, warnings: warnings)
        + (explain ? "\n" + explanationTable(steps) : "")
    case .markdown:
      stdout =
        compareMarkdown(evaluation, profile: loaded.resolved, warnings: warnings)
        + (explain ? "\n```\n" + explanationTable(steps) + "```\n" : "")
    case .json:
      var document = addingServing(
        compareDocument(evaluation, profile: loaded.resolved, warnings: warnings), profile: loaded.resolved)
      if explain, case .object(var members) = document {
        members.append((key: "explanation", value: explanationJSON(steps)))
        document = .object(members)
      }
      if schedule, case .object(let members) = document {
        document = .object(members + [(key: "schedule", value: Schedule(evaluation).json)])
      }
      stdout = JSONWriter.write(document)
    }
    let stderr = notesText(loaded)
    return CommandOutput(exitCode: 0, stdout: stdout, stderr: stderr)
  })

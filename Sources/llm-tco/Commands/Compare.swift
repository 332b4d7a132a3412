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
      let message =
        "the demand of month \(month) (\(Format.count(tokens)) tokens/day) would need more than "
        + "\(Format.count(Double(maximumGPUs))) GPUs: check the volume, growth, utilization and throughput inputs"
      throw loaded.usedBuiltInExample ? .usage(message + ".") : .data(message + ".")
    }
  }
}

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
    options: profileOptionSpecs + [tableJSONOrMarkdown.spec, explainOption.spec, outputOption.spec, helpOption.spec],
    examples: [
      "llm-tco compare",
      "llm-tco compare --explain",
      "llm-tco compare --tokens-per-day 200M --api claude-sonnet-4-5",
      "llm-tco compare profile.json --acquisition buy --electricity-price 0.08",
      "llm-tco compare --requests-per-month 100k --input-tokens-per-request 2k --output-tokens-per-request 600",
      "llm-tco compare --model llama-3.1-70b --gpu auto --ttft-target-ms 500 --tpot-target-ms 50",
      "cat profile.json | llm-tco compare - --format json",
    ],
    footer:
      "Numbers take suffixes: 5M, 2.5k, 1.2B, 30%, $3.99. Hourly shapes: 24 comma-separated weights, "
      + "or flat, business-hours, evening-peak. Ids: see 'llm-tco catalog'."),
  run: { parsed, context throws(CLIError) in
    let format = parsed[tableJSONOrMarkdown]
    let loaded = try loadProfile(parsed, context: context)
    let evaluation = try evaluate(loaded)
    let warnings = loaded.resolved.warnings + evaluation.warnings.map(\.sentence)
    let stdout: String
    let explain = parsed[explainOption] == true
    let steps = explain ? servingExplanation(loaded.resolved) + evaluation.explanation : []
    switch format {
    case .table:
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
      stdout = JSONWriter.write(document)
    }
    let stderr = notesText(loaded)
    return CommandOutput(exitCode: 0, stdout: stdout, stderr: stderr)
  })

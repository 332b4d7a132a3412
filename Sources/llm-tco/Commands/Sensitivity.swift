import TCOData
import TCOModel
import TCOReport

let defaultRangeOption = Option<Double>.number(
  "default-range", placeholder: "<share>", "Give plain numbers a ± range of this share (for example 25%).", unit: .share,
  range: NumberRange(lower: 0, lowerInclusive: false, upper: 1, upperInclusive: false),
  allowed: "a share above 0 and below 1 (for example 25%)")

let sensitivityCommand = Command(
  name: "sensitivity",
  abstract: "Rank the inputs by how much their uncertainty moves the answer (a tornado).",
  help: HelpPage(
    overview:
      "Move each uncertain input to its low and high value (the 10th and 90th percentiles of its "
      + "distribution) with every other input at its base value, and rank the inputs by the swing of "
      + "horizon savings; the swing of the break-even volume is shown too. --default-range gives plain "
      + "numbers a ± range, so every input that enters the costs can be ranked.",
    usage: "llm-tco sensitivity [<profile>] [<options>]",
    arguments: [profileArgumentHelp],
    options: profileOptionSpecs + [
      defaultRangeOption.spec,
      tableJSONOrMarkdown.spec, outputOption.spec, helpOption.spec,
    ],
    examples: [
      "llm-tco sensitivity --default-range 25%",
      "llm-tco sensitivity profile.json --format markdown",
      "llm-tco sensitivity --utilization 0.3..0.8 --gpu-hourly-rate '~2.5..4.5' --default-range 20%",
    ]),
  run: { parsed, context throws(CLIError) in
    let format = parsed[tableJSONOrMarkdown]
    let share = parsed[defaultRangeOption]
    let loaded = try loadProfile(parsed, context: context, usesMedians: false)
    _ = try evaluate(loaded)
    let resolved = loaded.resolved
    guard !resolved.distributions.isEmpty || share != nil else {
      throw .usage(
        "nothing to rank: give inputs as distributions (for example --utilization 0.3..0.8) or --default-range 25%.")
    }
    let result = resolved.scenario.sensitivity(
      distributions: resolved.distributions, defaultRange: share, candidates: InputDescriptor.parameters)
    let stdout: String
    switch format {
    case .json: stdout = JSONWriter.write(sensitivityDocument(result, resolved, share))
    case .markdown: stdout = sensitivityMarkdown(result, resolved)
    case .table: stdout = sensitivityTable(result, resolved, share)
    }
    return CommandOutput(exitCode: 0, stdout: stdout, stderr: notesText(loaded))
  })

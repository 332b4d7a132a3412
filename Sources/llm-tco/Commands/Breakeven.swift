import TCOData
import TCOModel
import TCOReport

let solveOption = Option<SolveVariable>.choice(
  "solve", placeholder: "<variable>",
  "The input to solve for (default: tokens-per-day): " + SolveVariable.allCases.map(\.rawValue).joined(separator: ", ")
    + ".",
  cases: SolveVariable.allCases, default: nil
).defaulting(to: .tokensPerDay)

let basisOption = Option<SolveBasis>.choice(
  "basis", placeholder: "<basis>",
  "monthly (steady state, setup excluded; default) or horizon (totals, setup and purchases included).",
  cases: SolveBasis.allCases, default: nil
).defaulting(to: .monthly)

let rangeOption = Option<String>.text(
  "range", placeholder: "<lo..hi>", "Search only this range of the variable (default: its valid range).")

let breakevenCommand = Command(
  name: "breakeven",
  abstract: "Solve for the value of any input at which the cheaper route changes.",
  help: HelpPage(
    overview:
      "Solve for the value of one input at which self-hosting and the API cost the same: how busy the "
      + "GPUs must be, what GPU price makes owning pay, how big an API discount keeps you on the API. "
      + "Replica counts are whole, so costs are step functions: thresholds are the exact boundaries of "
      + "the values where self-hosting is cheaper, every one of them in the range.",
    usage: "llm-tco breakeven [<profile>] [--solve <variable>] [<options>]",
    arguments: [profileArgumentHelp],
    options: profileOptionSpecs + [
      solveOption.spec, basisOption.spec, rangeOption.spec,
      tableOrJSON.spec, explainOption.spec, outputOption.spec, helpOption.spec,
    ],
    examples: [
      "llm-tco breakeven",
      "llm-tco breakeven --solve utilization --tokens-per-day 400M",
      "llm-tco breakeven profile.json --solve gpu-purchase-price --basis horizon",
      "llm-tco breakeven --solve api-discount --tokens-per-day 1B --api claude-sonnet-4-5",
      "llm-tco breakeven --solve staff-fte --tokens-per-day 1B --format json",
    ]),
  run: { parsed, context throws(CLIError) in
    let format = parsed[tableOrJSON]
    let variable = parsed[solveOption]
    let basis = parsed[basisOption]
    var range: ClosedRange<Double>?
    if let text = parsed[rangeOption] {
      let parts = text.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
      let pieces = text.components(separatedBy: "..")
      guard pieces.count == 2, parts.count >= 2,
        let lo = parseFlagNumber(pieces[0], unit: .money) ?? parseFlagNumber(pieces[0], unit: .share),
        let hi = parseFlagNumber(pieces[1], unit: .money) ?? parseFlagNumber(pieces[1], unit: .share), lo < hi
      else { throw .usage("--range: must be LO..HI with LO < HI (for example 0.2..1 or 10M..2B), got '\(shownInput(text))'.") }
      range = lo...hi
    }
    let loaded = try loadProfile(parsed, context: context)
    let scenario = loaded.resolved.scenario
    let result: SolveResult
    do throws(SolveError) {
      result = try scenario.solve(variable, basis: basis, range: range)
    } catch {
      throw .usage("--solve: \(error.message(variable: variable)).")
    }
    let explanation = parsed[explainOption] == true ? servingExplanation(loaded.resolved) + (try evaluate(loaded).explanation) + solveSteps(result, scenario) : nil
    let stdout: String
    switch format {
    case .table, .markdown:
      stdout =
        breakevenTable(result, profile: loaded.resolved)
        + (loaded.resolved.gpuChoice.map { "\n" + gpuChoiceTable($0) } ?? "")
        + (explanation.map { "\n" + explanationTable($0) } ?? "")
    case .json:
      var document = addingServing(breakevenDocument(result), profile: loaded.resolved)
      if let explanation, case .object(var members) = document {
        members.append((key: "explanation", value: explanationJSON(explanation)))
        document = .object(members)
      }
      stdout = JSONWriter.write(document)
    }
    return CommandOutput(exitCode: 0, stdout: stdout, stderr: notesText(loaded))
  })

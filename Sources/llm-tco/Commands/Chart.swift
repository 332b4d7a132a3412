import TCOData
import TCOModel
import TCOReport

/// The charts `chart` draws.
enum ChartKind: String, CaseIterable, Sendable {
  case breakeven, horizon, fleet, tornado, distribution, hybrid
}

/// Output formats of `chart`.
enum ChartFormat: String, CaseIterable, Sendable {
  case text, svg
}

let chartKindOption = Option<ChartKind>.choice(
  "kind", placeholder: "<kind>",
  "The chart: breakeven, horizon, fleet, tornado, distribution or hybrid (default: breakeven).",
  cases: ChartKind.allCases, default: nil
).defaulting(to: .breakeven)
let chartFormatOption = Option<ChartFormat>.choice(
  "format", placeholder: "<format>", "Output format: text (a terminal plot) or svg (default: text).",
  cases: ChartFormat.allCases, default: nil
).defaulting(to: .text)
let asciiOption = Option<Bool>.flag(
  "ascii", "Draw the text chart with ASCII characters only (automatic when the locale is not UTF-8).")

let chartCommand = Command(
  name: "chart",
  abstract: "Draw a chart in the terminal or as SVG: break-even, horizon, fleet, tornado, distribution, hybrid.",
  help: HelpPage(
    overview:
      "Draw one picture of the result. breakeven: the monthly cost of both routes against tokens per day (log "
      + "scales), today's volume and the break-even point marked. horizon: cumulative cash of both routes by month, "
      + "payback marked. fleet: GPUs and replicas by month. tornado: the inputs that move the horizon savings most "
      + "(as 'sensitivity'). distribution: a histogram of horizon savings over Monte Carlo samples, a bin edge at "
      + "zero (as 'simulate'). hybrid: the monthly cost against the self-hosted share. Text fits 80x24; SVG is a "
      + "standalone 960x540 image.",
    usage: "llm-tco chart [<profile>] [--kind <kind>] [<options>]",
    arguments: [profileArgumentHelp],
    options: profileOptionSpecs + [
      chartKindOption.spec, chartFormatOption.spec, asciiOption.spec, defaultRangeOption.spec, samplesOption.spec,
      seedOption.spec, threadsOption.spec, outputOption.spec, helpOption.spec,
    ],
    examples: [
      "llm-tco chart",
      "llm-tco chart profile.json --kind horizon --ascii",
      "llm-tco chart profile.json --kind fleet --format svg --output fleet.svg",
      "llm-tco chart --kind tornado --default-range 25%",
      "llm-tco chart --kind distribution --utilization 0.3..0.8 --samples 20k --seed 7",
    ]),
  run: { parsed, context throws(CLIError) in
    let kind = parsed[chartKindOption]
    let ranged = kind == .tornado || kind == .distribution
    let loaded = try loadProfile(parsed, context: context, usesMedians: !ranged)
    let evaluation = try evaluate(loaded)
    let chart = try drawChart(kind, evaluation, loaded, parsed, context)
    let stdout: String
    switch parsed[chartFormatOption] {
    case .svg: stdout = chart.renderSVG()
    case .text:
      let ascii = parsed[asciiOption] == true || !localeIsUTF8(context.environment)
      stdout = chart.renderText(ascii: ascii).joined(separator: "\n") + "\n"
    }
    return CommandOutput(exitCode: 0, stdout: stdout, stderr: notesText(loaded))
  })

/// The chart of `kind` for an evaluated profile; the ranged kinds run sensitivity or the simulation.
func drawChart(
  _ kind: ChartKind, _ e: Evaluation, _ loaded: LoadedProfile, _ parsed: ParsedArguments, _ context: Context
) throws(CLIError) -> Chart {
  let resolved = loaded.resolved
  let months = resolved.scenario.horizonMonths
  switch kind {
  case .breakeven: return ResultCharts.breakEven(e)
  case .horizon: return ResultCharts.horizon(e)
  case .fleet: return ResultCharts.fleet(e)
  case .hybrid:
    guard let chart = ResultCharts.hybrid(resolved.scenario) else {
      throw CLIError(
        kind: loaded.usedBuiltInExample ? .usage : .dataError,
        message: "the self-hosted part would need more than \(Format.count(Double(maximumGPUs))) GPUs.")
    }
    return chart
  case .tornado:
    let share = parsed[defaultRangeOption]
    guard !resolved.distributions.isEmpty || share != nil else {
      throw .usage(
        "--kind tornado: nothing to rank: give inputs as distributions (for example --utilization 0.3..0.8) or "
          + "--default-range 25%.")
    }
    let result = resolved.scenario.sensitivity(
      distributions: resolved.distributions, defaultRange: share, candidates: InputDescriptor.parameters)
    return ResultCharts.tornado(result, horizonMonths: months)
  case .distribution:
    guard !resolved.distributions.isEmpty else {
      throw .usage("--kind distribution: no input is a distribution: give one, for example --utilization 0.3..0.8.")
    }
    return ResultCharts.distribution(try runSimulation(resolved, parsed, context), horizonMonths: months)
  }
}

/// The Monte Carlo run of `simulate` with `--samples`, `--seed` and `--threads`, its histogram of
/// horizon savings on zero-aligned bins; refused when it is more work than one run may do.
func runSimulation(
  _ resolved: ResolvedProfile, _ parsed: ParsedArguments, _ context: Context
) throws(CLIError) -> SimulationResult {
  let threads = parsed[threadsOption] ?? context.cpuCount
  try checkSimulationWork(samples: parsed[samplesOption], threads: threads, resolved)
  let simulation = Simulation(
    base: resolved.scenario,
    inputs: resolved.distributions.map { UncertainInput(parameter: $0.parameter, distribution: $0.distribution) })
  // The model bins the horizon savings with an edge at zero; no sample needs keeping.
  return simulation.run(
    samples: parsed[samplesOption], seed: UInt64(parsed[seedOption]),
    threads: threads, progress: nil)
}

/// Whether the locale (LC_ALL, else LC_CTYPE, else LANG) names UTF-8; unset means the C locale.
func localeIsUTF8(_ environment: [String: String]) -> Bool {
  for key in ["LC_ALL", "LC_CTYPE", "LANG"] {
    if let value = environment[key], !value.isEmpty {
      let v = value.lowercased()
      return v.contains("utf-8") || v.contains("utf8")
    }
  }
  return false
}

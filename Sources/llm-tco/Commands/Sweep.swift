import TCOData
import TCOModel
import TCOReport

let varyOption = Option<String>.text(
  "vary", placeholder: "<input=from..to>",
  "An input (flag name, e.g. tokens-per-day) and its range; give twice for a grid.")
let stepsOption = Option<Int>.wholeNumber(
  "steps", "Points per input, ends included, at most 1000", range: 2...1000, default: 11
).defaulting(to: 11)
let logOption = Option<Bool>.flag("log", "Space the points geometrically (the range must be above 0).")
let sweepFormatOption = Option<SweepFormat>.choice(
  "format", placeholder: "<format>", "Output format: table, json or csv (default: table).",
  cases: SweepFormat.allCases, default: nil
).defaulting(to: .table)

let sweepCommand = Command(
  name: "sweep",
  abstract: "Evaluate the model along one input, or on a grid of two.",
  help: HelpPage(
    overview:
      "Evaluate the steady state along one input over a range, or on the grid of two (--vary twice): "
      + "for each point the monthly costs of both routes, the savings, replicas and GPUs, and the cheaper "
      + "route. Table, JSON and CSV (for spreadsheets and plotting).",
    usage: "llm-tco sweep [<profile>] --vary <input>=<from>..<to> [--vary …] [<options>]",
    arguments: [profileArgumentHelp],
    options: profileOptionSpecs + [
      varyOption.spec, stepsOption.spec, logOption.spec, sweepFormatOption.spec,
      outputOption.spec, helpOption.spec,
    ],
    examples: [
      "llm-tco sweep --vary tokens-per-day=1M..1B --steps 13 --log",
      "llm-tco sweep --vary utilization=0.2..1 --vary gpu-hourly-rate=1.5..6 --steps 9 --format csv",
    ]),
  run: { parsed, context throws(CLIError) in
    let format = parsed[sweepFormatOption]
    let steps = parsed[stepsOption]
    let specs = parsed.all(varyOption)
    guard (1...2).contains(specs.count) else {
      throw .usage(
        specs.isEmpty ? "give the input to vary: --vary tokens-per-day=1M..1B." : "--vary: at most two inputs (a grid)."
      )
    }
    let loaded = try loadProfile(parsed, context: context)
    let scenario = loaded.resolved.scenario
    var axes: [SweepAxis] = []
    for spec in specs {
      guard let eq = spec.firstIndex(of: "=") else { throw .usage("--vary: write INPUT=FROM..TO, got '\(spec)'.") }
      let name = String(spec[..<eq])
      let field = InputDescriptor.withFlag(name) ?? InputDescriptor.at(name)
      guard let field, let parameter = field.parameter, case .number(let range, let unit) = field.kind else {
        let names = InputDescriptor.parameters.compactMap { $0.input?.flag }
        let hint = closestMatches(to: name, in: names, limit: 1).first.map { " Did you mean '\($0)'?" } ?? ""
        throw .usage("--vary: '\(name)' is not a real-valued input.\(hint)")
      }
      guard parameter.value(in: scenario) != nil else {
        throw .usage("--vary: '\(name)' does not enter this profile's costs (another volume form, or rent versus buy).")
      }
      let ends = String(spec[spec.index(after: eq)...]).components(separatedBy: "..")
      guard ends.count == 2, let from = parseFlagNumber(ends[0], unit: unit),
        let to = parseFlagNumber(ends[1], unit: unit), from != to
      else {
        throw .usage("--vary: write \(name)=FROM..TO with two different numbers, got '\(spec)'.")
      }
      for x in [from, to] where !range.contains(x) {
        throw .usage("--vary: \(name) must be \(field.allowed), got \(Format.number(x)).")
      }
      if parsed[logOption] == true && (from <= 0 || to <= 0) { throw .usage("--log: the range of \(name) must be above 0.") }
      axes.append(SweepAxis(parameter: parameter, from: from, to: to, steps: steps, logarithmic: parsed[logOption] == true))
    }
    let points = scenario.sweep(axes)
    let stdout: String
    switch format {
    case .json: stdout = sweepJSON(points, axes, loaded.resolved)
    case .csv: stdout = sweepCSV(points, axes)
    case .table: stdout = sweepTable(points, axes, loaded.resolved)
    }
    return CommandOutput(exitCode: 0, stdout: stdout, stderr: notesText(loaded))
  })

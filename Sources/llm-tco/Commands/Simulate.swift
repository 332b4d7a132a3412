import TCOData
import TCOModel
import TCOReport

let samplesOption = Option<Int>.wholeNumber(
  "samples",
  "Number of samples, at most 10M; fewer with long horizons, many uncertain inputs, autoscaled or bought GPUs "
    + "(an error names the most a run allows)",
  range: 1...10_000_000, default: 10_000
).defaulting(to: 10_000)
let seedOption = Option<Int>.wholeNumber(
  "seed", "Random seed, a whole number from 0 to 2147483647", range: 0...Int(Int32.max), default: 1
).defaulting(to: 1)
let threadsOption = Option<Int>.wholeNumber(
  "threads", "Threads to use", range: 1...256, default: nil, defaultText: "all cores")
let samplesOutOption = Option<String>.text(
  "samples-out", placeholder: "<file>",
  "Write every sample's drawn inputs and results as CSV (at most "
    + "\(Format.fixed(Double(samplesOutLimit), 0, grouping: true)) samples).",
  kind: .outputFile)
/// The most samples `--samples-out` writes: a CSV of about 185 MB, written in about a second (a
/// spreadsheet holds 1,048,576 rows); 10M rows would take ~15 s to format.
let samplesOutLimit = 1_000_000

let simulateCommand = Command(
  name: "simulate",
  abstract: "Monte Carlo over uncertain inputs: how likely self-hosting is to pay.",
  help: HelpPage(
    overview:
      "Draw every input given as a distribution (uniform lo..hi, triangular lo..mode..hi, lognormal "
      + "~p10..p90) and evaluate the whole model per sample: steady state, exact break-even volume, "
      + "horizon. Reports the mean and P5/P10/P50/P90/P95 of the monthly costs, savings and break-even, "
      + "the probability that self-hosting is cheaper, and the samples with no break-even. The same "
      + "seed gives the same output for any number of threads.",
    usage: "llm-tco simulate [<profile>] [<options>]",
    arguments: [profileArgumentHelp],
    options: profileOptionSpecs + [
      samplesOption.spec, seedOption.spec, threadsOption.spec, samplesOutOption.spec,
      tableJSONOrMarkdown.spec, outputOption.spec, helpOption.spec,
    ],
    examples: [
      "llm-tco simulate --utilization 0.3..0.8 --gpu-hourly-rate '~2.5..4.5' --tokens-per-day 50M..300M --staff-fte 0.25..0.5..1",
      "llm-tco simulate profile.json --samples 1M --seed 7 --format json",
      "llm-tco simulate profile.json --samples-out samples.csv",
    ]),
  run: { parsed, context throws(CLIError) in
    let format = parsed[tableJSONOrMarkdown]
    let samples = parsed[samplesOption]
    let seed = parsed[seedOption]
    let threads = parsed[threadsOption] ?? context.cpuCount
    let loaded = try loadProfile(parsed, context: context, usesMedians: false)
    let resolved = loaded.resolved
    guard !resolved.distributions.isEmpty else {
      throw .usage(
        "no input is a distribution: give one, for example --utilization 0.3..0.8 or \"utilization\": {\"uniform\": [0.3, 0.8]}."
      )
    }
    try checkSimulationWork(samples: samples, threads: threads, resolved)
    // The median scenario must be valid; samples beyond the GPU limit are counted, not fatal.
    _ = try evaluate(loaded)
    let simulation = Simulation(
      base: resolved.scenario,
      inputs: resolved.distributions.map { UncertainInput(parameter: $0.parameter, distribution: $0.distribution) })
    let progress = context.progress.map { report in { @Sendable (done: Int) in report(done, samples) } }
    let result: SimulationResult
    if parsed[samplesOutOption] != nil && samples > samplesOutLimit {
      throw .usage(
        "--samples-out writes at most \(Format.fixed(Double(samplesOutLimit), 0, grouping: true)) samples (a CSV of "
          + "~185 MB), got --samples \(Format.fixed(Double(samples), 0, grouping: true)); use fewer samples, or leave "
          + "out --samples-out for the summary.")
    }
    if let path = parsed[samplesOutOption] {
      // Every sample goes to the file as it is computed, a block at a time (memory does not grow
      // with the samples); the rows are formatted on the worker threads.
      var finished: SimulationResult?
      let k = simulation.inputs.count
      try writeOutput(path, context: context) { write in
        guard write(Array(samplesCSVHeader(simulation).utf8)) else { return }
        finished = withoutActuallyEscaping(write) { write in
          simulation.run(
            samples: samples, seed: UInt64(seed), threads: threads, progress: progress,
            sink: SampleSink(render: { samplesCSVRows($0, inputs: k) }, emit: write))
        }
      }
      // The file was written in full, so the run finished.
      guard let finished else {
        throw CLIError(kind: .ioError, message: "cannot write '\(path)': the simulation stopped early.")
      }
      result = finished
    } else {
      result = simulation.run(samples: samples, seed: UInt64(seed), threads: threads, progress: progress)
    }
    let stdout: String
    switch format {
    case .json:
      stdout = JSONWriter.write(addingServing(simulationDocument(result, simulation, resolved), profile: resolved))
    case .table:
      stdout =
        simulationTable(result, simulation, resolved) + (resolved.gpuChoice.map { "\n" + gpuChoiceTable($0) } ?? "")
    case .markdown: stdout = simulationMarkdown(result, simulation, resolved)
    }
    return CommandOutput(exitCode: 0, stdout: stdout, stderr: notesText(loaded))
  })

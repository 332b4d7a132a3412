import TCOData
import TCOModel
import TCOReport

let calibrateCommand = Command(
  name: "calibrate",
  abstract: "Fit serving rates to your own benchmark results.",
  help: HelpPage(
    overview:
      "Read the result files of serving benchmarks (vLLM bench serve and bench throughput, SGLang "
      + "bench_serving, GuideLLM, GenAI-Perf) and tell what they mean: each run's tokens/s per replica and "
      + "per GPU and its latencies, the fitted prefill and decode rates of one replica, how well they "
      + "reproduce each run, and the best run under latency targets. --write-profile turns the rates into "
      + "a profile 'llm-tco compare' reads.",
    usage: "llm-tco calibrate <file>... --gpus-per-replica <n> [<options>]",
    arguments: [("<file>", "A benchmark result file (JSON or JSON lines), or '-' for standard input.")],
    options: [
      calibrateGPUsOption.spec, calibrateReplicasOption.spec, calibrateGPUOption.spec, calibrateModelOption.spec,
      calibratePrecisionOption.spec, ttftTargetOption.spec, tpotTargetOption.spec, statisticOption.spec,
      fitSelectionOption.spec, tableOrJSON.spec, writeProfileOption.spec, baseProfileOption.spec, helpOption.spec,
    ],
    examples: [
      "llm-tco calibrate run-c32.json run-c64.json --gpus-per-replica 8",
      "llm-tco calibrate sweep.jsonl --gpus-per-replica 4 --ttft-target 500 --tpot-target 30",
      "llm-tco calibrate bench/*.json --gpus-per-replica 1 --gpu h100-sxm --model llama-3.1-8b "
        + "--precision fp8 --base workload.json --write-profile profile.json",
    ],
    footer:
      "Files rarely record the hardware, so give the GPUs per replica. A file whose every run failed is "
      + "refused with its reason; the others are still read."),
  run: { parsed, context throws(CLIError) in
    guard !parsed.positionals.isEmpty else { throw .usage("give at least one benchmark result file.") }
    guard let gpusPerReplica = parsed[calibrateGPUsOption] else {
      throw .usage(
        "give --gpus-per-replica: how many GPUs served one copy of the model in these runs "
          + "(benchmark files do not record it).")
    }
    let catalog = context.catalog
    if let gpu = parsed[calibrateGPUOption], catalog.gpu(gpu) == nil {
      throw .usage("--gpu: unknown GPU '\(gpu)'.\(didYouMean(gpu, catalog.gpus.map(\.id)))")
    }
    if let model = parsed[calibrateModelOption], !catalog.selfHostedModels.contains(model) {
      throw .usage(
        "--model: unknown open-weight model '\(model)'.\(didYouMean(model, catalog.selfHostedModels)) "
          + "Leave --model out for a model the catalog lacks.")
    }
    var files: [BenchmarkFile] = []
    var refusedFiles: [BenchmarkRefusal] = []
    for path in parsed.positionals {
      let bytes = try readInputBytes(path, context: context)
      do throws(BenchmarkReadError) {
        files.append(try BenchmarkReader.read(bytes: bytes, fileName: displayName(path)))
      } catch {
        guard error.kind == .failedRun else { throw .data(sentence(error.description)) }
        refusedFiles.append(BenchmarkRefusal(file: error.file, reason: error.message))
      }
    }
    guard !files.isEmpty else {
      throw .data(refusedFiles.map { sentence("\($0.source): \($0.reason)") }.joined(separator: "\n"))
    }
    let ttft = parsed[ttftTargetOption]
    let tpot = parsed[tpotTargetOption]
    let targets =
      ttft == nil && tpot == nil ? nil : LatencyTargets(ttftMs: ttft, tpotMs: tpot, statistic: parsed[statisticOption])
    let result: CalibrationResult
    do throws(CalibrationError) {
      result = try CalibrationResult.calibrate(
        files: files, refusedFiles: refusedFiles, gpusPerReplica: gpusPerReplica,
        replicas: parsed[calibrateReplicasOption], selection: parsed[fitSelectionOption], targets: targets)
    } catch {
      throw .data(sentence(error.message))
    }
    let report =
      parsed[tableOrJSON] == .json ? JSONWriter.write(calibrationDocument(result)) : calibrationTable(result)
    guard let destination = parsed[writeProfileOption] else {
      return CommandOutput(exitCode: 0, stdout: report, stderr: "")
    }
    let profile = try calibratedProfile(result, parsed, gpusPerReplica: gpusPerReplica, context: context)
    if destination == "-" { return CommandOutput(exitCode: 0, stdout: profile, stderr: report) }
    try writeOutput(destination, profile, context: context)
    return CommandOutput(exitCode: 0, stdout: report, stderr: "Wrote the calibrated profile to \(destination).\n")
  })

/// The profile `--write-profile` writes, checked against the resolver when it has a base.
func calibratedProfile(
  _ result: CalibrationResult, _ parsed: ParsedArguments, gpusPerReplica: Int, context: Context
) throws(CLIError) -> String {
  guard let fit = result.profileFit else {
    throw .data(
      "no run meets the latency targets, so there is no rate under them to write: run without --write-profile "
        + "to see each run's latencies.")
  }
  let rates = fit.profileRates
  let block = CalibratedSelfHosting(
    gpu: parsed[calibrateGPUOption], model: parsed[calibrateModelOption],
    precision: parsed[calibratePrecisionOption]?.rawValue,
    gpusPerReplica: gpusPerReplica, prefillTokensPerSecond: rates.prefillTokensPerSecond,
    decodeTokensPerSecond: rates.decodeTokensPerSecond)
  var base = JSONValue.object([])
  if let path = parsed[baseProfileOption] {
    base = try readJSONDocument(path, expecting: "a JSON profile (see 'llm-tco compare --help')", context: context)
    do throws(ProfileError) {
      _ = try ProfileValues.decode(base, origin: .file(displayName(path)))
    } catch {
      throw cliError(error, fileName: displayName(path))
    }
  }
  let document = block.profile(provenance: result.provenance, base: base)
  if parsed[baseProfileOption] != nil {
    do throws(ProfileError) {
      _ = try ProfileValues.decode(document, origin: .file("the calibrated profile")).resolve(catalog: context.catalog)
    } catch {
      throw cliError(error, fileName: "the calibrated profile")
    }
  }
  return JSONWriter.write(document)
}

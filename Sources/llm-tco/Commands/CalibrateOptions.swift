import TCOData
import TCOModel
import TCOReport

// The options of `llm-tco calibrate`, and small helpers the usage-reading commands share.

let calibrateGPUOption = Option<String>.text("gpu", placeholder: "<id>", "GPU id from the catalog, for the profile.")
let calibrateGPUsOption = Option<Int>.wholeNumber(
  "gpus-per-replica", "GPUs that served one copy of the model in the runs (required: the files do not record it)",
  range: 1...1024, default: nil)
let calibrateReplicasOption = Option<Int>.wholeNumber(
  "replicas", "Copies of the model behind the benchmarked endpoint", range: 1...1024, default: 1
).defaulting(to: 1)
let calibrateModelOption = Option<String>.text(
  "model", placeholder: "<id>", "Open-weight model id from the catalog, for the profile.")
let calibratePrecisionOption = Option<WeightPrecision>.choice(
  "precision", placeholder: "<precision>",
  "Weight precision of the runs, for the profile: "
    + wordList(WeightPrecision.allCases.map(\.rawValue)) + ".", cases: WeightPrecision.allCases, default: nil)
let ttftTargetOption = Option<Double>.number(
  "ttft-target", placeholder: "<ms>", "Time-to-first-token target in milliseconds.", unit: .quantity,
  range: .above(0), allowed: "a number of milliseconds above 0")
let tpotTargetOption = Option<Double>.number(
  "tpot-target", placeholder: "<ms>", "Time-per-output-token target in milliseconds.", unit: .quantity,
  range: .above(0), allowed: "a number of milliseconds above 0")
let statisticOption = Option<LatencyStatistic>.choice(
  "statistic", placeholder: "<stat>", "The statistic the targets bound: mean, median or p99 (default: p99).",
  cases: LatencyStatistic.allCases, default: nil
).defaulting(to: .p99)
let fitSelectionOption = Option<BenchmarkFitSelection>.choice(
  "fit", placeholder: "<runs>",
  "Runs to fit: fastest-per-shape (the run nearest saturation per request shape; default) or all.",
  cases: BenchmarkFitSelection.allCases, default: nil
).defaulting(to: .fastestPerShape)
let writeProfileOption = Option<String>.text(
  "write-profile", placeholder: "<file>",
  "Write a profile with the calibrated selfHosted block to this file ('-': standard output, the report then "
    + "goes to standard error).", kind: .outputFile)
let baseProfileOption = Option<String>.text(
  "base", placeholder: "<profile>",
  "Lay the calibrated block over this profile (e.g. one from 'llm-tco profile --from-usage'), so the written "
    + "profile is complete.", kind: .inputFile)

/// The bytes of an input file ("-" is standard input): 66 when it cannot be read.
func readInputBytes(_ path: String, context: Context) throws(CLIError) -> [UInt8] {
  switch context.readFile(path) {
  case .failure(let reason): throw .noInput("cannot read '\(displayName(path))': \(reason)")
  case .bytes(let bytes): return bytes
  }
}

/// " Did you mean 'x'?" for the closest of `names`, or " See 'llm-tco catalog'.".
func didYouMean(_ name: String, _ names: [String]) -> String {
  closestMatches(to: name, in: names, limit: 1).first.map { " Did you mean '\($0)'?" } ?? " See 'llm-tco catalog'."
}

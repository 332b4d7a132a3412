import TCOData
import TCOModel
import TCOReport

// The bound on one Monte Carlo run (`simulate`, `chart --kind distribution`, `report`).

/// The work one sample costs, in units of one month of a rented, always-on fleet (~7.8 ns of CPU
/// on the 2-core test machine): each month of an autoscaled fleet (one fleet per hourly level, up
/// to 24) or of bought GPUs (cohorts, replacements) costs up to 8 such months, each uncertain
/// input (a draw written into the scenario, and what it makes the sample recompute) up to 11
/// (measured, BENCHMARKS.md).
func sampleWork(months: Int, uncertainInputs: Int, alwaysOnRent: Bool) -> Int {
  max(months, 1) * (alwaysOnRent ? 1 : 8) + 11 * uncertainInputs
}

/// "36 months of an autoscaled fleet": what a sample projects, as the work limit weighs it.
func fleetMonths(_ scenario: Scenario) -> String {
  let months = max(scenario.horizonMonths, 1)
  let fleet =
    scenario.selfHosted.acquisition == .buy
    ? "bought GPUs" : scenario.selfHosted.provisioning == .autoscaled ? "an autoscaled fleet" : "rented, always-on GPUs"
  return "\(months) month\(months == 1 ? "" : "s") of \(fleet)"
}

/// The most work one run does on two threads, so that every run within the documented limits
/// ends within 5 s on a 2-core machine: 10M samples of `uncertain-support.json` (36 months, 6
/// uncertain inputs: 102 units, 3.6–4.0 s), and no other shape dearer than that.
let simulationWorkPerRun = 1_020_000_000

/// The limit for a run on `threads` threads: half of it on one thread (the same time bound).
func simulationWorkLimit(threads: Int) -> Int {
  simulationWorkPerRun / 2 * min(max(threads, 1), 2)
}

/// Refuses a run of `samples` samples of `resolved` on `threads` threads that is more work than
/// `simulationWorkLimit(threads:)`, naming the most samples it allows.
func checkSimulationWork(samples: Int, threads: Int, _ resolved: ResolvedProfile) throws(CLIError) {
  let own = resolved.scenario.selfHosted
  let work = sampleWork(
    months: resolved.scenario.horizonMonths, uncertainInputs: resolved.distributions.count,
    alwaysOnRent: own.acquisition == .rent && own.provisioning == .alwaysOn)
  let limit = simulationWorkLimit(threads: threads)
  if samples > limit / work {
    func whole(_ n: Int) -> String { Format.fixed(Double(n), 0, grouping: true) }
    let inputs = resolved.distributions.count
    let onOneThread = threads < 2 ? " on one thread" : ""
    throw .usage(
      "--samples \(whole(samples)) is too much work for one run\(onOneThread) with these inputs "
        + "(\(fleetMonths(resolved.scenario)), \(inputs) uncertain input\(inputs == 1 ? "" : "s")): use --samples "
        + "\(whole(limit / work)) or fewer, a shorter horizon or fewer uncertain inputs"
        + (threads < 2 ? ", or --threads 2." : "."))
  }
}

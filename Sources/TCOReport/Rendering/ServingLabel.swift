import TCOData
import TCOModel

/// What the self-hosted route runs, as a report names it: "llama-3.1-70b fp8 on h100-sxm" only
/// when the serving rates in use are that catalog entry's figures (both rates and its GPUs per
/// replica); "custom serving rates on h100-sxm" when any of them was given instead, so a report
/// never labels a scenario with a benchmark it no longer uses.
public func servingLabel(_ profile: ResolvedProfile) -> String {
  let h = profile.scenario.selfHosted
  let gpu = h.gpu ?? "custom GPUs"
  if let model = h.model, let serving = profile.serving, usesServingEstimate(profile) {
    return model + " " + serving.estimate.precision.rawValue + " on \(h.gpusPerReplica)x " + gpu
      + " (estimated for \(serving.engine.rawValue))"
  }
  guard let model = h.model, usesCatalogThroughput(profile) else {
    return (h.model == nil && h.precision == nil ? "custom model" : "custom serving rates") + " on " + gpu
  }
  return model + (h.precision.map { " " + $0 } ?? "") + " on " + gpu
}

/// Whether the scenario's serving rates and replica size are those of the catalog entry the
/// profile resolved (not rates or a GPU count given over it).
public func usesCatalogThroughput(_ profile: ResolvedProfile) -> Bool {
  guard let entry = profile.throughputEntry, let fit = entry.fit else { return false }
  let h = profile.scenario.selfHosted
  return h.prefillTokensPerSecond == fit.prefillTokensPerSecond
    && h.decodeTokensPerSecond == fit.decodeTokensPerSecond && h.gpusPerReplica == entry.gpusPerReplica
}

/// Whether the scenario's serving rates and replica size are the capacity model's estimate.
public func usesServingEstimate(_ profile: ResolvedProfile) -> Bool {
  guard let e = profile.serving?.estimate else { return false }
  let h = profile.scenario.selfHosted
  return h.prefillTokensPerSecond == e.prefillTokensPerSecond && h.decodeTokensPerSecond == e.decodeTokensPerSecond
    && h.gpusPerReplica == e.gpusPerReplica
}

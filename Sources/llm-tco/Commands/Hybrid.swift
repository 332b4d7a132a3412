import TCOData
import TCOModel
import TCOReport

let shareOption = Option<Double>.number(
  "share", placeholder: "<share>", "Evaluate this self-hosted share instead of optimising the split.", unit: .share,
  range: .closed(0, 1), allowed: "a number from 0 to 1 (or 0% to 100%)")

let hybridCommand = Command(
  name: "hybrid",
  abstract: "Find the best mix: self-host a share, or a base load with overflow.",
  help: HelpPage(
    overview:
      "Run both routes side by side. Split: the share of traffic to self-host that costs least, "
      + "found exactly from the replica steps, with --frontier-share kept on the API. Overflow: the "
      + "number of always-on replicas that costs least when each hour's excess above --max-load goes "
      + "to the API (uses the hourly shape). Both are also shown over the horizon, month by month.",
    usage: "llm-tco hybrid [<profile>] [<options>]",
    arguments: [profileArgumentHelp],
    options: profileOptionSpecs + [
      shareOption.spec,
      tableJSONOrMarkdown.spec, outputOption.spec, helpOption.spec,
    ],
    examples: [
      "llm-tco hybrid --tokens-per-day 1B --frontier-share 20%",
      "llm-tco hybrid profile.json --hourly-shape business-hours --max-load 85%",
      "llm-tco hybrid --tokens-per-day 1B --share 80% --format json",
    ]),
  run: { parsed, context throws(CLIError) in
    let format = parsed[tableJSONOrMarkdown]
    let fixed = parsed[shareOption]
    let loaded = try loadProfile(parsed, context: context)
    let s = loaded.resolved.scenario
    if let f = fixed, f > 1 - s.hybrid.frontierShare + 1e-12 {
      throw .usage(
        "--share: \(Format.percent(f)) is above 1 − frontier share (\(Format.percent(1 - s.hybrid.frontierShare))).")
    }
    let tooLarge = CLIError(
      kind: loaded.usedBuiltInExample ? .usage : .dataError,
      message:
        "the self-hosted part would need more than \(Format.count(Double(maximumGPUs))) GPUs: check the volume, growth, utilization and throughput inputs."
    )
    guard let split = s.bestSplit(frontierShare: s.hybrid.frontierShare, share: fixed) else { throw tooLarge }
    let overflow = s.bestOverflow(maxLoad: s.selfHosted.maxLoad, frontierShare: s.hybrid.frontierShare)
    guard let months = s.hybridHorizon(share: fixed) else { throw tooLarge }
    let report = HybridReport(
      profile: loaded.resolved, split: split, fixedShare: fixed != nil, overflow: overflow, years: hybridYears(months),
      warnings: try allWarnings(loaded))
    let stdout: String
    switch format {
    case .json: stdout = JSONWriter.write(hybridDocument(report))
    case .markdown: stdout = hybridMarkdown(report)
    case .table: stdout = hybridTable(report)
    }
    return CommandOutput(exitCode: 0, stdout: stdout, stderr: notesText(loaded))
  })

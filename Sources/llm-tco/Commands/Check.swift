import TCOData
import TCOModel
import TCOReport

let checkCommand = Command(
  name: "check",
  abstract: "Assert budget limits on a profile: exit 1 when one fails (for CI).",
  help: HelpPage(
    overview:
      "Evaluate a profile like compare and assert limits on the result: monthly and horizon cost, "
      + "savings, break-even volume, payback, utilization, the recommendation. One line per check "
      + "with the limit, the actual value and the margin. Exit 0 when all pass, 1 when any fails.",
    usage: "llm-tco check [<profile>] [<check options>] [<options>]",
    arguments: [profileArgumentHelp],
    options: checkOptions + profileOptionSpecs + [tableJSONOrMarkdown.spec, outputOption.spec, helpOption.spec],
    examples: [
      "llm-tco check profile.json --max-monthly-cost 50k --expect-recommendation self-hosted",
      "llm-tco check profile.json --max-monthly-cost api:20k --max-payback-months 12",
      "llm-tco check profile.json --budget budget.json --format markdown",
    ],
    footer:
      "Budget file keys: maxMonthlyCost, maxMonthlyCostApi, maxMonthlyCostSelfHosted, maxHorizonCost "
      + "(and ...Api, ...SelfHosted), minMonthlySavings, maxBreakEvenTokensPerDay, maxPaybackMonths, "
      + "minUtilization, expectRecommendation. Exit codes: 0 all pass, 1 a check failed, 64 usage, 65 invalid data, 66 unreadable file."
  ),
  run: { parsed, context throws(CLIError) in
    let format = parsed[tableJSONOrMarkdown]
    let checks = try budgetChecks(parsed, context: context)
    let loaded = try loadProfile(parsed, context: context)
    let evaluation = try evaluate(loaded)
    let outcomes = runChecks(checks, evaluation)
    let failed = outcomes.filter { !$0.passed }.count
    let stdout: String
    switch format {
    case .json: stdout = JSONWriter.write(checkDocument(outcomes, evaluation, loaded.resolved))
    case .markdown: stdout = checkReport(outcomes, evaluation, loaded.resolved).renderMarkdown()
    case .table: stdout = checkReport(outcomes, evaluation, loaded.resolved).renderText()
    }
    return CommandOutput(
      exitCode: failed > 0 ? ExitCode.checkFailed : ExitCode.success, stdout: stdout,
      stderr: notesText(loaded))
  })

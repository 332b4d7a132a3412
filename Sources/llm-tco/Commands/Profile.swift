import TCOData
import TCOModel
import TCOReport

let fromUsageOption = Option<Bool>.flag(
  "from-usage", "Build the workload from provider usage exports (the files given).")

let profileCommand = Command(
  name: "profile",
  abstract: "Build a workload from your API usage exports.",
  help: HelpPage(
    overview:
      "Build the workload block of a profile from the provider's own usage data, so the estimate starts "
      + "from measured traffic: OpenAI Usage API pages (/v1/organization/usage/completions, 1d or 1h "
      + "buckets) or Anthropic usage reports (/v1/organizations/usage_report/messages). Gives input and "
      + "output tokens per day (mean over whole UTC days), cached-input and batch shares, the hourly shape, "
      + "monthly growth (a distribution when the days are noisy) and api.model when one model has 80 % of "
      + "the tokens. A summary goes to standard error; the profile to standard output or --output.",
    usage: "llm-tco profile --from-usage <file>... [<options>]",
    arguments: [("<file>", "A usage page as the API returned it (several pages of one export may be given).")],
    options: [fromUsageOption.spec, outputOption.spec, helpOption.spec],
    examples: [
      "llm-tco profile --from-usage usage-page1.json usage-page2.json --output workload.json",
      "llm-tco compare workload.json --model llama-3.1-70b --gpu h100-sxm",
    ],
    footer:
      "Days with partial data are dropped and listed. Add the self-hosted side with flags, or with "
      + "'llm-tco calibrate ... --base workload.json --write-profile profile.json'."),
  run: { parsed, context throws(CLIError) in
    guard parsed[fromUsageOption] == true else {
      throw .usage("say where the profile comes from: --from-usage <file>... (provider usage exports).")
    }
    guard !parsed.positionals.isEmpty else { throw .usage("--from-usage: give at least one usage page.") }
    var pages: [(fileName: String, bytes: [UInt8])] = []
    for path in parsed.positionals {
      pages.append((displayName(path), try readInputBytes(path, context: context)))
    }
    let summary: UsageSummary
    do throws(UsageReadError) {
      summary = try UsageReader.summarize(pages: pages)
    } catch {
      throw .data(sentence(error.description))
    }
    let profile = summary.profile(catalog: context.catalog)
    return CommandOutput(
      exitCode: 0, stdout: JSONWriter.write(profile.document), stderr: usageSummaryText(summary, profile: profile))
  })

import TCOData
import TCOModel
import TCOReport

let catalogCommand = Command(
  name: "catalog",
  abstract: "List the built-in API models, GPUs, open models and throughput figures.",
  help: HelpPage(
    overview:
      "List the built-in catalog: API prices (with long-context tiers, dated price changes and deprecation), "
      + "GPU prices and power, the open models the capacity model sizes, and the published benchmark points it "
      + "is checked against. Every figure carries its source and date (see --format json). With --prices FILE, "
      + "the file's models are listed too.",
    usage: "llm-tco catalog [api|gpus|models|throughput] [<options>]",
    arguments: [("<section>", "api, gpus, models or throughput (default: all four).")],
    options: [tableOrJSON.spec, outputOption.spec, helpOption.spec],
    examples: ["llm-tco catalog gpus", "llm-tco catalog api --format json"]),
  run: { parsed, context throws(CLIError) in
    let format = parsed[tableOrJSON]
    let sections = ["api", "gpus", "models", "throughput"]
    if parsed.positionals.count > 1 { throw .usage("Unexpected argument '\(parsed.positionals[1])'.") }
    var chosen = sections
    if let section = parsed.positionals.first {
      guard sections.contains(section) else {
        let hint = closestMatches(to: section, in: sections, limit: 1).first.map { " Did you mean '\($0)'?" } ?? ""
        throw .usage("Unknown catalog section '\(section)': use api, gpus, models or throughput.\(hint)")
      }
      chosen = [section]
    }
    let catalog = context.catalog
    switch format {
    case .json, .markdown:
      var members: [(String, JSONValue)] = J.header + [("asOf", J.str(catalog.asOf))]
      if chosen.contains("api") {
        let date = catalog.asOfDate
        members.append(("apiModels", .array(catalog.apiModels.map { apiModelJSON($0, date: date) })))
        if !catalog.importedFiles.isEmpty {
          members.append(("importedPriceFiles", .array(catalog.importedFiles.map(importedFileJSON))))
        }
      }
      if chosen.contains("gpus") { members.append(("gpus", .array(catalog.gpus.map(gpuJSON)))) }
      if chosen.contains("models") { members.append(("models", .array(CapacityCatalog.models.map(modelJSON)))) }
      if chosen.contains("throughput") {
        members.append(("throughput", .array(catalog.throughput.map(throughputJSON))))
      }
      return CommandOutput(exitCode: 0, stdout: JSONWriter.write(J.obj(members)), stderr: "")
    case .table:
      var blocks: [String] = []
      if chosen.contains("api") { blocks.append(apiTable(catalog)) }
      if chosen.contains("gpus") { blocks.append(gpuTable(catalog)) }
      if chosen.contains("models") { blocks.append(modelsTable()) }
      if chosen.contains("throughput") { blocks.append(throughputTable(catalog)) }
      let footer =
        wrap("Catalog gathered \(catalog.asOf). Sources, dates and confidence: 'llm-tco catalog --format json'.")
        .joined(separator: "\n") + "\n"
      return CommandOutput(exitCode: 0, stdout: blocks.joined(separator: "\n") + "\n" + footer, stderr: "")
    }
  })

import TCOData
import TCOModel
import TCOReport

let schemaCommand = Command(
  name: "schema",
  abstract: "Print the JSON Schema of a profile or of a compare result.",
  help: HelpPage(
    overview:
      "Print a JSON Schema (draft 2020-12): 'profile' for profile files, 'result' for what "
      + "'compare --format json' writes. Use them in editors and to validate files in CI.",
    usage: "llm-tco schema profile|result [<options>]",
    arguments: [("<which>", "profile or result.")],
    options: [outputOption.spec, helpOption.spec],
    examples: ["llm-tco schema profile --output profile.schema.json", "llm-tco schema result"]),
  run: { parsed, context throws(CLIError) in
    guard parsed.positionals.count == 1 else {
      throw .usage(
        parsed.positionals.isEmpty
          ? "say which schema: 'profile' or 'result'." : "Unexpected argument '\(parsed.positionals[1])'.")
    }
    switch parsed.positionals[0] {
    case "profile":
      return CommandOutput(exitCode: 0, stdout: JSONText.write(Schemas.profile(catalog: context.catalog)), stderr: "")
    case "result":
      return CommandOutput(exitCode: 0, stdout: JSONText.write(Schemas.result(catalog: context.catalog)), stderr: "")
    case let other:
      let hint =
        closestMatches(to: other, in: ["profile", "result"], limit: 1).first.map { " Did you mean '\($0)'?" } ?? ""
      throw .usage("Unknown schema '\(shownInput(other))': use 'profile' or 'result'.\(hint)")
    }
  })

import TCOData
import TCOModel
import TCOReport

/// What reading an input file gave.
enum FileRead: Equatable {
  case bytes([UInt8])
  /// The file could not be opened or read; the reason is a short phrase ("No such file or directory").
  case failure(String)
}

/// Everything a command may use from the outside world, so tests can supply their own.
struct Context {
  /// The environment variables the tool reads (`Entry.environmentVariablesRead`) that are set.
  var environment: [String: String] = [:]
  /// Reads a file by path; "-" means standard input.
  var readFile: @Sendable (String) -> FileRead = { _ in .failure("no file system") }
  var stdoutIsTerminal = false
  /// Processor cores available, the default number of simulation threads.
  var cpuCount = 2
  /// Reports progress (samples finished, samples in all) of a long run; `nil` when nobody watches.
  var progress: (@Sendable (Int, Int) -> Void)?
  /// The catalog every command prices with: the built-in one, or one with imported price files.
  var catalog: Catalog = .builtIn
  /// Writes a file from pieces (`writeOutputFile(_:_:)`: atomically, for a regular file);
  /// returns the reason on failure.
  var writeFile: @Sendable (String, (_ write: ([UInt8]) -> Bool) -> Void) -> OutputFailure? = writeOutputFile
  /// Whether two paths name the same existing regular file (so an output would overwrite an input).
  var isSameFile: @Sendable (String, String) -> Bool = sameFile
}

/// What a command produced.
struct CommandOutput: Equatable {
  var exitCode: Int32
  var stdout: String
  var stderr: String
}

/// A subcommand of llm-tco.
struct Command {
  var name: String
  var abstract: String
  var help: HelpPage
  var run: @Sendable (ParsedArguments, Context) throws(CLIError) -> CommandOutput

  var options: [OptionSpec] { help.options }
}

/// Every subcommand by name, in the order help lists them. Each command is built when asked for
/// (its help page and option tables cost as much as a whole `compare`): running one builds one.
let commandTable: [(name: String, build: @Sendable () -> Command)] = [
  ("compare", { compareCommand }), ("breakeven", { breakevenCommand }), ("hybrid", { hybridCommand }),
  ("simulate", { simulateCommand }), ("sensitivity", { sensitivityCommand }), ("sweep", { sweepCommand }),
  ("check", { checkCommand }), ("diff", { diffCommand }), ("schema", { schemaCommand }),
  ("catalog", { catalogCommand }), ("calibrate", { calibrateCommand }), ("profile", { profileCommand }),
  ("chart", { chartCommand }), ("report", { reportCommand }),
]

/// The subcommand called `name`, with the global `--prices`; `nil` when there is none.
func command(named name: String) -> Command? {
  commandTable.first { $0.name == name }.map { addingGlobalOptions($0.build()) }
}

/// All subcommands, in the order help lists them; each takes the global `--prices`.
let commands: [Command] = commandTable.map { addingGlobalOptions($0.build()) }

/// `--prices FILE`: a LiteLLM or genai-prices price file merged into the catalog (repeatable).
let pricesOption = Option<String>.text(
  "prices", placeholder: "<file>",
  "Add the models of a price file to the catalog: LiteLLM's model_prices_and_context_window.json or "
    + "genai-prices' data.json. Repeatable; later files win. Append @YYYY-MM-DD to record the file's date "
    + "(file.json@2026-11-21). A model is named as the file names it (--api gpt-4o).",
  kind: .inputFile)

/// The command with `--prices` listed before `--help` (one place for every command's help).
func addingGlobalOptions(_ command: Command) -> Command {
  var c = command
  let at = c.help.options.firstIndex { $0.name == helpOption.spec.name } ?? c.help.options.count
  c.help.options.insert(pricesOption.spec, at: at)
  return c
}

/// Reads and imports every `--prices` file into the context's catalog. A file that cannot be
/// read is exit 66; a file of neither format, or not JSON, exit 65. Prices that cannot be read
/// are warnings naming the model and key; the rest of the file loads.
func loadPriceFiles(_ parsed: ParsedArguments, into context: inout Context) throws(CLIError) -> [String] {
  var warnings: [String] = []
  for argument in parsed.all(pricesOption) {
    var path = argument
    var date: String?
    if let at = argument.lastIndex(of: "@"),
      CalendarDate(parsing: String(argument[argument.index(after: at)...])) != nil
    {
      path = String(argument[..<at])
      date = String(argument[argument.index(after: at)...])
    }
    let bytes: [UInt8]
    switch context.readFile(path) {
    case .bytes(let b): bytes = b
    case .failure(let reason): throw CLIError(kind: .noInput, message: "--prices: cannot read '\(path)': \(reason)")
    }
    let name = path == "-" ? "standard input" : String(path.split(separator: "/").last ?? Substring(path))
    let imported: ImportedPrices
    do {
      imported = try PriceImporter.importPrices(bytes: bytes, source: name, version: nil)
    } catch {
      throw CLIError(kind: .dataError, message: "--prices: \(error.description)")
    }
    for issue in imported.issues {
      warnings.append(
        "--prices \(name): model '\(issue.modelID)', key '\(issue.key)': \(issue.message) (at \(issue.path)); "
          + "the rest of the file loaded.")
    }
    context.catalog = context.catalog.merging(imported, date: date)
  }
  return warnings
}

let topLevelHelp = HelpPage(
  overview:
    "Should you pay an LLM API per token, or run an open-weight model on GPUs of your own? "
    + "llm-tco prices both routes from a profile of your workload and finds where they cross.",
  usage: "llm-tco <subcommand> [<options>]",
  options: [
    generateCompletionScriptOption.spec, generateManualOption.spec, versionOption.spec, helpOption.spec,
  ],
  subcommands: commands.map { ($0.name, $0.abstract) } + [("help", "Show help for a subcommand.")],
  footer: "See 'llm-tco help <subcommand>' for detailed help.")

/// Runs llm-tco with `arguments` (without the program name) and returns what it prints and
/// its exit code. Nothing here touches the process: the entry point does that.
func run(_ arguments: [String], context: Context = Context()) -> CommandOutput {
  // Text from the input (a profile's name, an id, a bad value) may hold control characters: none
  // reaches the terminal raw, so no input can forge a line or drive the terminal.
  var output = runCommand(arguments, context: context)
  output.stdout = escapingControlCharacters(output.stdout)
  output.stderr = escapingControlCharacters(output.stderr)
  return output
}

/// Runs llm-tco with `arguments`: the subcommand, help, version or a generator.
func runCommand(_ arguments: [String], context: Context) -> CommandOutput {
  guard let first = arguments.first else {
    return CommandOutput(exitCode: 0, stdout: topLevelHelp.text, stderr: "")
  }
  switch first {
  case "--help", "-h":
    return CommandOutput(exitCode: 0, stdout: topLevelHelp.text, stderr: "")
  case "--version":
    return CommandOutput(exitCode: 0, stdout: toolVersion + "\n", stderr: "")
  case let flag where isGeneratorFlag(flag):
    return runGenerator(arguments, context: context)
  case "help":
    // `help` and `help help` show the list of subcommands.
    guard arguments.count > 1, arguments[1] != "help" else {
      return CommandOutput(exitCode: 0, stdout: topLevelHelp.text, stderr: "")
    }
    guard let command = command(named: arguments[1]) else {
      return usageFailure(unknownSubcommand(arguments[1]), usage: "llm-tco <subcommand>", helpCommand: "llm-tco --help")
    }
    return CommandOutput(exitCode: 0, stdout: command.help.text, stderr: "")
  default:
    break
  }
  guard let command = command(named: first) else {
    let message = first.hasPrefix("-") ? "Unknown option '\(first)'." : unknownSubcommand(first)
    return usageFailure(message, usage: "llm-tco <subcommand>", helpCommand: "llm-tco --help")
  }
  let rest = Array(arguments.dropFirst())
  do throws(CLIError) {
    let parsed = try parseArguments(rest, options: command.options)
    if parsed[helpOption] == true { return CommandOutput(exitCode: 0, stdout: command.help.text, stderr: "") }
    try refuseOverwritingInputs(parsed, command: command, context: context)
    var context = context
    let priceWarnings = try loadPriceFiles(parsed, into: &context)
    var output = try command.run(parsed, context)
    if !priceWarnings.isEmpty {
      output.stderr = priceWarnings.map { "Warning: \($0)\n" }.joined() + output.stderr
    }
    // --output FILE: the report goes to the file (atomically), not to standard output; '-' is stdout.
    if let path = parsed[outputOption], path != "-",
      output.exitCode == 0 || output.exitCode == ExitCode.checkFailed
    {
      try writeOutput(path, output.stdout, context: context)
      output.stdout = ""
    }
    return output
  } catch {
    if error.kind == .usage {
      return usageFailure(error.message, usage: command.help.usage, helpCommand: "llm-tco \(command.name) --help")
    }
    return CommandOutput(exitCode: error.exitCode, stdout: "", stderr: "Error: \(error.message)\n")
  }
}

func unknownSubcommand(_ name: String) -> String {
  let hint = closestMatches(to: name, in: commandTable.map(\.name), limit: 1).first.map { " Did you mean '\($0)'?" } ?? ""
  return "Unknown subcommand '\(shownInput(name))'.\(hint)"
}

func usageFailure(_ message: String, usage: String, helpCommand: String) -> CommandOutput {
  CommandOutput(
    exitCode: 64, stdout: "",
    stderr: "Error: \(message)\nUsage: \(usage)\n  See '\(helpCommand)' for more information.\n")
}

/// Writes a file a command produces; a failure is exit 73 (cannot create) or 74 (write failed).
func writeOutput(_ path: String, _ text: String, context: Context) throws(CLIError) {
  try writeOutput(path, context: context) { write in _ = write(Array(text.utf8)) }
}

/// Writes output produced in pieces (see `Context.writeFile`) to `path`.
func writeOutput(
  _ path: String, context: Context, _ produce: (_ write: ([UInt8]) -> Bool) -> Void
) throws(CLIError) {
  if let failure = context.writeFile(path, produce) {
    throw CLIError(
      kind: failure.kind == .cannotCreate ? .cantCreate : .ioError,
      message: "cannot write '\(path)': \(failure.reason)")
  }
}

/// Refuses a run whose output file is one of its input files (the input would be lost), or two
/// outputs that are the same file.
func refuseOverwritingInputs(_ parsed: ParsedArguments, command: Command, context: Context) throws(CLIError) {
  var inputs = parsed.positionals.filter { $0 != "-" }
  var outputs: [(option: String, path: String)] = []
  for spec in command.options {
    for value in parsed.values[spec.name] ?? [] where value != "-" {
      if case .inputFile = spec.kind { inputs.append(value) }
      if case .outputFile = spec.kind { outputs.append((spec.name, value)) }
    }
  }
  for (i, output) in outputs.enumerated() {
    let others = inputs + outputs.prefix(i).map(\.path)
    if let input = others.first(where: { context.isSameFile($0, output.path) }) {
      throw .usage(
        "--\(output.option): '\(output.path)' is also \(inputs.contains(input) ? "an input" : "an output") of this "
          + "run; write to another file.")
    }
  }
}

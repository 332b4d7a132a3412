import TCOData
import TCOModel
import TCOReport

/// The shells llm-tco writes completion scripts for.
enum CompletionShell: String, CaseIterable, Sendable {
  case bash, zsh, fish
}

/// `--generate-completion-script <shell>`, the flag of swift-argument-parser tools, so Homebrew's
/// `generate_completions_from_executable` works unchanged.
let generateCompletionScriptOption = Option<CompletionShell>.choice(
  "generate-completion-script", placeholder: "<shell>",
  "Print a completion script for bash, zsh or fish (default: the shell named by $SHELL).",
  cases: CompletionShell.allCases, default: nil)

/// `--generate-manual`: the man page, generated from the same option table.
let generateManualOption = Option<Bool>.flag("generate-manual", "Print the manual page (mdoc) of llm-tco.")

/// Whether a first argument asks for a completion script or the manual.
func isGeneratorFlag(_ argument: String) -> Bool {
  argument == "--generate-manual" || argument == "--generate-completion-script"
    || argument.hasPrefix("--generate-completion-script=")
}

/// Runs `llm-tco --generate-completion-script <shell>` or `llm-tco --generate-manual`.
///
/// As in swift-argument-parser, a missing shell is taken from the last path component of `$SHELL`
/// when that names a supported shell (Homebrew's `shell_parameter_format: :none` relies on it).
func runGenerator(_ arguments: [String], context: Context) -> CommandOutput {
  var arguments = arguments
  let specs = [generateCompletionScriptOption.spec, generateManualOption.spec]
  if arguments == ["--generate-completion-script"], let shell = context.environment["SHELL"],
    let name = shell.split(separator: "/").last.map(String.init), CompletionShell(rawValue: name) != nil
  {
    arguments.append(name)
  }
  let usage = "llm-tco --generate-completion-script <shell> | --generate-manual"
  do throws(CLIError) {
    let parsed = try parseArguments(arguments, options: specs)
    if let extra = parsed.positionals.first { throw .usage("Unexpected argument '\(extra)'.") }
    switch (parsed[generateCompletionScriptOption], parsed[generateManualOption] == true) {
    case (let shell?, false):
      return CommandOutput(exitCode: 0, stdout: completionScript(for: shell), stderr: "")
    case (nil, true):
      return CommandOutput(exitCode: 0, stdout: manualPage(), stderr: "")
    default:
      throw .usage("Give either --generate-completion-script or --generate-manual, not both.")
    }
  } catch {
    return usageFailure(error.message, usage: usage, helpCommand: "llm-tco --help")
  }
}

/// The completion script of `shell`, generated from the option table.
func completionScript(for shell: CompletionShell) -> String {
  let model = CompletionModel.current
  switch shell {
  case .bash: return bashCompletionScript(model)
  case .zsh: return zshCompletionScript(model)
  case .fish: return fishCompletionScript(model)
  }
}

// MARK: - The model the scripts are written from

/// What a shell offers for an option's value or a positional argument.
enum CompletionValues: Equatable, Sendable {
  /// Free text (a number, a range): nothing to offer.
  case anything
  /// One of these words.
  case words([String])
  /// A path.
  case files
  /// One of these words followed by `=` and no space, for `INPUT=FROM..TO` values.
  case prefixes([String])
}

/// One option as the completion scripts see it.
struct CompletionOption: Equatable, Sendable {
  /// Long name without dashes.
  var name: String
  var short: Character?
  /// The value's placeholder without brackets ("id", "usd"), or `nil` for a flag.
  var valueName: String?
  /// The first sentence of the help summary.
  var summary: String
  /// What the value may be, or `nil` for a flag.
  var values: CompletionValues?
  /// Offered again after it was given (an option meant to be repeated).
  var repeatable: Bool

  /// `--name` and, if any, `-s`.
  var spellings: [String] { ["--" + name] + (short.map { ["-" + String($0)] } ?? []) }
}

/// One positional argument.
struct CompletionArgument: Equatable, Sendable {
  var name: String
  var optional: Bool
  var values: CompletionValues
}

/// One subcommand.
struct CompletionCommand: Equatable, Sendable {
  var name: String
  var summary: String
  var options: [CompletionOption]
  var arguments: [CompletionArgument]
}

/// The whole command line as a completion script sees it, derived from `commands`, `topLevelHelp`,
/// the input descriptors and the catalog: nothing in it is written by hand.
struct CompletionModel: Equatable, Sendable {
  var programName = "llm-tco"
  var topLevelOptions: [CompletionOption]
  var subcommands: [CompletionCommand]

  /// The command line of this build.
  static var current: CompletionModel {
    var subcommands: [CompletionCommand] = []
    for (name, summary) in topLevelHelp.subcommands {
      if let command = commands.first(where: { $0.name == name }) {
        subcommands.append(
          CompletionCommand(
            name: name, summary: firstSentence(summary), options: command.options.map(completionOption),
            arguments: completionArguments(command.help)))
      } else if name == "help" {
        // `help <subcommand>`: the one subcommand that is not a `Command`.
        let names = commands.map(\.name)
        subcommands.append(
          CompletionCommand(
            name: name, summary: firstSentence(summary), options: [],
            arguments: [CompletionArgument(name: "subcommand", optional: true, values: .words(names))]))
      }
    }
    return CompletionModel(topLevelOptions: topLevelHelp.options.map(completionOption), subcommands: subcommands)
  }

  /// The top-level options that take a value.
  var topLevelValueOptions: [CompletionOption] { topLevelOptions.filter { $0.values != nil } }
}

/// The first sentence of a help summary, without its final period, for one-line descriptions.
/// A sentence ends at a period that a space and a capital letter follow ("e.g. tokens" goes on).
func firstSentence(_ text: String) -> String {
  let characters = Array(text)
  var end = characters.count
  for i in characters.indices where characters[i] == "." && i + 2 < characters.count {
    if characters[i + 1] == " " && characters[i + 2].isUppercase {
      end = i
      break
    }
  }
  var sentence = String(characters[..<end])
  if sentence.hasSuffix(".") { sentence.removeLast() }
  return sentence
}

/// What an option's kind offers.
func completionValues(_ kind: OptionKind, valueName: String?) -> CompletionValues? {
  guard valueName != nil else { return nil }
  switch kind {
  case .flag: return nil
  case .wholeNumber, .number: return .anything
  case .choice(let words): return .words(words)
  case .inputFile, .outputFile: return .files
  case .text:
    // `--vary <input=from..to>`: the input part is the flag of a real-valued input.
    if valueName?.hasPrefix("<input=") == true {
      return .prefixes(InputDescriptor.all.filter { $0.parameter != nil }.map(\.flag))
    }
    return .anything
  case .profileInput(let input):
    switch input.kind {
    case .number, .integer, .month: return .anything
    case .bool: return .words(["true", "false"])
    case .choice(let words): return .words(words)
    case .shape: return .words(HourlyShape.presetNames)
    case .id(let reference): return .words(catalogIDs(reference))
    }
  }
}

/// The catalog ids an id input accepts.
func catalogIDs(_ reference: InputDescriptor.Reference) -> [String] {
  let catalog = Catalog.builtIn
  switch reference {
  case .apiModel: return catalog.apiModels.map(\.id)
  case .gpu: return catalog.gpus.map(\.id)
  case .selfHostedModel: return catalog.selfHostedModels
  case .precision: return catalog.precisions
  }
}

func completionOption(_ spec: OptionSpec) -> CompletionOption {
  let values = completionValues(spec.kind, valueName: spec.valueName)
  var repeatable = false
  if case .prefixes = values { repeatable = true }
  let placeholder = spec.valueName.map { $0.trimmingPrefix("<").split(separator: ">").first.map(String.init) ?? $0 }
  return CompletionOption(
    name: spec.name, short: spec.short, valueName: placeholder, summary: firstSentence(spec.summary), values: values,
    repeatable: repeatable)
}

/// The positional arguments of a command, from its help: an argument whose words the usage line
/// spells out (`catalog [api|gpus|throughput]`, `schema profile|result`) completes those words;
/// every other argument is a file (a profile or a result). An argument is optional when the usage
/// line shows it in brackets.
func completionArguments(_ help: HelpPage) -> [CompletionArgument] {
  let tokens = usageTokens(help.usage)
  let wordLists = tokens.compactMap { token -> (words: [String], optional: Bool)? in
    let bare = token.trimmingPrefix("[").split(separator: "]").first.map(String.init) ?? ""
    guard bare.contains("|"), !bare.contains("<"), !bare.hasPrefix("-") else { return nil }
    return (bare.split(separator: "|").map(String.init), token.hasPrefix("["))
  }
  return help.arguments.enumerated().map { index, argument in
    let name = argument.label.trimmingPrefix("<").split(separator: ">").first.map(String.init) ?? argument.label
    if index < wordLists.count {
      return CompletionArgument(name: name, optional: wordLists[index].optional, values: .words(wordLists[index].words))
    }
    return CompletionArgument(name: name, optional: tokens.contains("[\(argument.label)]"), values: .files)
  }
}

// MARK: - bash

/// A word list for a double-quoted bash string: only characters that need no quoting pass.
private func bashWords(_ words: [String]) -> String {
  words.filter { word in
    !word.isEmpty && word.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.,+:@%/".contains($0)) }
  }.joined(separator: " ")
}

/// The bash line that fills COMPREPLY with `values` for the current word `$2`.
private func bashReply(_ values: CompletionValues) -> String {
  switch values {
  case .anything: return "COMPREPLY=()"
  case .words(let words): return "__llm_tco_reply words \"\(bashWords(words))\" \"$2\""
  case .prefixes(let words): return "__llm_tco_reply prefixes \"\(bashWords(words))\" \"$2\""
  case .files: return "__llm_tco_reply files \"\" \"$2\""
  }
}

/// The name of the bash function that completes a subcommand's words.
func bashFunctionName(_ subcommand: String) -> String {
  "__llm_tco_" + subcommand.map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
}

/// The `case` branches that complete the value of each value-taking option.
private func bashValueCases(_ options: [CompletionOption], indent: String) -> [String] {
  var lines: [String] = []
  // Options offering the same values share a branch (most profile inputs take free text).
  var groups: [(values: CompletionValues, spellings: [String])] = []
  for option in options {
    guard let values = option.values else { continue }
    if let i = groups.firstIndex(where: { $0.values == values }) {
      groups[i].spellings += option.spellings
    } else {
      groups.append((values, option.spellings))
    }
  }
  for group in groups {
    lines.append(indent + group.spellings.joined(separator: "|") + ")")
    lines.append(indent + "  " + bashReply(group.values))
    lines.append(indent + "  return 0 ;;")
  }
  return lines
}

func bashCompletionScript(_ model: CompletionModel) -> String {
  let program = model.programName
  var lines = [
    "# bash completion for \(program)",
    "# Generated by '\(program) --generate-completion-script bash' (\(program) \(toolVersion)) from its option",
    "# table: regenerate it rather than edit it. Install it as",
    "# PREFIX/share/bash-completion/completions/\(program), or source it from ~/.bashrc.",
    "",
    "# Fills COMPREPLY. $1: words, prefixes (completed with '=' and no space) or files; $2: the",
    "# words; $3: the word being completed.",
    "__llm_tco_reply() {",
    "  local IFS=$' \\t\\n'",
    "  case \"$1\" in",
    "    words) COMPREPLY=($(compgen -W \"$2\" -- \"$3\")) ;;",
    "    prefixes)",
    "      COMPREPLY=($(compgen -S = -W \"$2\" -- \"$3\"))",
    "      compopt -o nospace 2>/dev/null ;;",
    "    files)",
    "      IFS=$'\\n'",
    "      COMPREPLY=($(compgen -f -- \"$3\"))",
    "      compopt -o filenames 2>/dev/null ;;",
    "    *) COMPREPLY=() ;;",
    "  esac",
    "}",
    "",
  ]
  for command in model.subcommands {
    lines += [
      "# \(program) \(command.name). $1: the option whose value is being completed, or \"\"; $2: the",
      "# word being completed; $3: 1 after '--' (no more options).",
      "\(bashFunctionName(command.name))() {",
      "  case \"$1\" in",
    ]
    lines += bashValueCases(command.options, indent: "    ")
    lines.append("  esac")
    let spellings = command.options.flatMap(\.spellings)
    if !spellings.isEmpty {
      lines += [
        "  if [[ $3 != 1 && $2 == -* ]]; then",
        "    __llm_tco_reply words \"\(bashWords(spellings))\" \"$2\"",
        "    return 0",
        "  fi",
      ]
    }
    // Every argument of a command offers the same values; the first one's are used.
    lines.append("  " + (command.arguments.first.map { bashReply($0.values) } ?? "COMPREPLY=()"))
    lines += ["}", ""]
  }
  let subcommandNames = model.subcommands.map(\.name)
  let topValueSpellings = model.topLevelValueOptions.flatMap(\.spellings)
  lines += [
    "_llm_tco() {",
    "  local cur=\"${COMP_WORDS[COMP_CWORD]}\" option=\"\" split=0 subcommand=\"\" ended=0 skip=0 i word",
    "  COMPREPLY=()",
    "  # bash splits '--option=value' at '=': find the option whose value is being completed.",
    "  if [[ $cur == = ]]; then",
    "    option=\"${COMP_WORDS[COMP_CWORD-1]}\"",
    "    cur=\"\"",
    "    split=1",
    "  elif [[ $COMP_CWORD -ge 2 && ${COMP_WORDS[COMP_CWORD-1]} == = ]]; then",
    "    option=\"${COMP_WORDS[COMP_CWORD-2]}\"",
    "    split=1",
    "  elif [[ $COMP_CWORD -ge 1 ]]; then",
    "    option=\"${COMP_WORDS[COMP_CWORD-1]}\"",
    "  fi",
    "  # After 'WORD=' where WORD is not an option ('--vary INPUT=FROM..TO'): nothing to offer.",
    "  [[ $split == 1 && $option != -* ]] && return 0",
    "  for ((i = 1; i < COMP_CWORD; i++)); do",
    "    word=\"${COMP_WORDS[i]}\"",
    "    if [[ -n $subcommand ]]; then",
    "      [[ $word == -- ]] && ended=1",
    "      continue",
    "    fi",
    "    if [[ $skip == 1 ]]; then",
    "      [[ $word == = ]] || skip=0",
    "      continue",
    "    fi",
    "    case \"$word\" in",
  ]
  if !topValueSpellings.isEmpty {
    lines.append("      \(topValueSpellings.joined(separator: "|"))) skip=1 ;;")
  }
  lines += [
    "      -*) ;;",
    "      *) subcommand=\"$word\" ;;",
    "    esac",
    "  done",
    "  case \"$subcommand\" in",
  ]
  for command in model.subcommands {
    lines.append("    \(command.name)) \(bashFunctionName(command.name)) \"$option\" \"$cur\" \"$ended\" ;;")
  }
  lines += [
    "    \"\")",
    "      set -- \"$option\" \"$cur\"",
    "      case \"$1\" in",
  ]
  lines += bashValueCases(model.topLevelOptions, indent: "        ")
  lines += [
    "      esac",
    "      if [[ $2 == -* ]]; then",
    "        __llm_tco_reply words \"\(bashWords(model.topLevelOptions.flatMap(\.spellings)))\" \"$2\"",
    "      else",
    "        __llm_tco_reply words \"\(bashWords(subcommandNames))\" \"$2\"",
    "      fi ;;",
    "  esac",
    "  return 0",
    "}",
    "",
    "complete -F _llm_tco \(program)",
  ]
  return lines.joined(separator: "\n") + "\n"
}

// MARK: - zsh

/// Text inside a single-quoted zsh word.
private func zshQuoted(_ text: String) -> String { "'" + text.replacing("'", with: "'\\''") + "'" }

/// Text of an `_arguments` description or message: brackets and colons escaped.
private func zshEscaped(_ text: String) -> String {
  var out = ""
  for c in text {
    if "\\[]:".contains(c) { out.append("\\") }
    out.append(c)
  }
  return out
}

/// The `_arguments` action of a value.
private func zshAction(_ values: CompletionValues) -> String {
  switch values {
  case .anything: return " "
  case .words(let words): return "(" + words.map(zshEscaped).joined(separator: " ") + ")"
  case .files: return "_files"
  case .prefixes(let words): return "{compadd -S = -- " + words.map(zshEscaped).joined(separator: " ") + "}"
  }
}

/// The `_arguments` specs of one option (one per spelling; the spellings exclude each other).
private func zshOptionSpecs(_ option: CompletionOption, exclusive: Bool) -> [String] {
  let spellings = option.spellings
  let exclusion: String
  if exclusive {
    exclusion = "(- *)"
  } else if option.repeatable {
    exclusion = "*"
  } else if spellings.count > 1 {
    exclusion = "(" + spellings.joined(separator: " ") + ")"
  } else {
    exclusion = ""
  }
  return spellings.map { spelling in
    let isLong = spelling.hasPrefix("--")
    var spec = exclusion + spelling
    if option.values != nil { spec += isLong ? "=" : "+" }
    spec += "[" + zshEscaped(option.summary) + "]"
    if let values = option.values {
      spec += ":" + zshEscaped(option.valueName ?? "value") + ":" + zshAction(values)
    }
    return zshQuoted(spec)
  }
}

/// The `_arguments` spec of a positional argument.
private func zshArgumentSpec(_ argument: CompletionArgument) -> String {
  let colon = argument.optional ? "::" : ":"
  return zshQuoted(colon + zshEscaped(argument.name) + ":" + zshAction(argument.values))
}

/// The name of the zsh function that completes a subcommand's words.
func zshFunctionName(_ subcommand: String) -> String { "_llm-tco_" + subcommand }

func zshCompletionScript(_ model: CompletionModel) -> String {
  let program = model.programName
  var lines = [
    "#compdef \(program)",
    "# zsh completion for \(program)",
    "# Generated by '\(program) --generate-completion-script zsh' (\(program) \(toolVersion)) from its option",
    "# table: regenerate it rather than edit it. Install it as _\(program) in a directory of $fpath",
    "# (PREFIX/share/zsh/site-functions), or source it after compinit.",
    "",
  ]
  // A spec several subcommands share (the profile options) is written once, in an array named for the
  // set of subcommands that use it; the arrays are local to _llm-tco, which calls the functions below.
  var users: [(spec: String, subcommands: [String])] = []
  for command in model.subcommands {
    let specs =
      command.options.flatMap { zshOptionSpecs($0, exclusive: $0.name == "help") }
      + command.arguments.map(zshArgumentSpec)
    for spec in specs {
      if let i = users.firstIndex(where: { $0.spec == spec }) {
        users[i].subcommands.append(command.name)
      } else {
        users.append((spec, [command.name]))
      }
    }
  }
  var sharedArrays: [(name: String, subcommands: [String], specs: [String])] = []
  for (spec, subcommands) in users where subcommands.count > 1 {
    if let i = sharedArrays.firstIndex(where: { $0.subcommands == subcommands }) {
      sharedArrays[i].specs.append(spec)
    } else {
      sharedArrays.append(("__llm_tco_shared_\(sharedArrays.count + 1)", subcommands, [spec]))
    }
  }
  for command in model.subcommands {
    lines.append("\(zshFunctionName(command.name))() {")
    let words =
      sharedArrays.filter { $0.subcommands.contains(command.name) }.map { "\"${" + $0.name + "[@]}\"" }
      + users.filter { $0.subcommands == [command.name] }.map(\.spec)
    if words.isEmpty {
      lines.append("  _message 'no more arguments'")
    } else {
      lines.append("  _arguments -s -S \\")
      lines += words.enumerated().map { "    " + $1 + ($0 == words.count - 1 ? "" : " \\") }
    }
    lines += ["}", ""]
  }
  lines += [
    "_\(program)() {",
    "  local curcontext=\"$curcontext\" state line",
    "  typeset -A opt_args",
  ]
  for array in sharedArrays {
    lines.append("  # Options of " + array.subcommands.joined(separator: ", ") + ".")
    lines.append("  local -a \(array.name)")
    lines.append("  \(array.name)=(")
    lines += array.specs.map { "    " + $0 }
    lines.append("  )")
  }
  lines += [
    "  local -a subcommands",
    "  subcommands=(",
  ]
  for command in model.subcommands {
    lines.append("    " + zshQuoted(command.name.replacing(":", with: "\\:") + ":" + command.summary))
  }
  lines.append("  )")
  let topSpecs = model.topLevelOptions.flatMap { zshOptionSpecs($0, exclusive: true) }
  lines.append("  _arguments -C \\")
  lines += topSpecs.map { "    " + $0 + " \\" }
  lines += [
    "    '1: :->subcommand' \\",
    "    '*:: :->argument' && return",
    "  case $state in",
    "    (subcommand)",
    "      _describe -t subcommands '\(program) subcommand' subcommands ;;",
    "    (argument)",
    "      curcontext=\"${curcontext%:*:*}:\(program)-$words[1]:\"",
    "      case $words[1] in",
  ]
  for command in model.subcommands {
    lines.append("        (\(command.name)) \(zshFunctionName(command.name)) ;;")
  }
  lines += [
    "        (*) _message 'unknown subcommand' ;;",
    "      esac ;;",
    "  esac",
    "}",
    "",
    "if [[ $zsh_eval_context[-1] == loadautofunc ]]; then",
    "  _\(program) \"$@\"",
    "else",
    "  compdef _\(program) \(program)",
    "fi",
  ]
  return lines.joined(separator: "\n") + "\n"
}

// MARK: - fish

/// A single-quoted fish string.
private func fishQuoted(_ text: String) -> String {
  "'" + text.replacing("\\", with: "\\\\").replacing("'", with: "\\'") + "'"
}

/// The `complete` arguments that describe an option's value.
private func fishValueArguments(_ values: CompletionValues?) -> String {
  switch values {
  case nil: return ""
  case .anything?: return " -x"
  case .words(let words)?: return " -x -a " + fishQuoted(words.joined(separator: " "))
  case .prefixes(let words)?: return " -x -a " + fishQuoted(words.map { $0 + "=" }.joined(separator: " "))
  case .files?: return " -r -F"
  }
}

private func fishOptionLine(_ option: CompletionOption, condition: String, program: String) -> String {
  var line = "complete -c \(program) -n \(fishQuoted(condition)) -l \(option.name)"
  if let short = option.short { line += " -s \(short)" }
  line += fishValueArguments(option.values)
  return line + " -d " + fishQuoted(option.summary)
}

func fishCompletionScript(_ model: CompletionModel) -> String {
  let program = model.programName
  let valueSpellings = model.topLevelValueOptions.flatMap(\.spellings)
  var lines = [
    "# fish completion for \(program)",
    "# Generated by '\(program) --generate-completion-script fish' (\(program) \(toolVersion)) from its option",
    "# table: regenerate it rather than edit it. Install it as",
    "# PREFIX/share/fish/vendor_completions.d/\(program).fish or ~/.config/fish/completions/\(program).fish.",
    "",
    "# Prints the subcommand on the command line; fails when there is none yet.",
    "function __llm_tco_subcommand",
    "    set -l tokens (commandline -opc)",
    "    set -e tokens[1]",
    "    set -l skip 0",
    "    for token in $tokens",
    "        if test $skip = 1",
    "            set skip 0",
    "            continue",
    "        end",
    "        switch $token",
  ]
  if !valueSpellings.isEmpty {
    lines += ["            case " + valueSpellings.joined(separator: " "), "                set skip 1"]
  }
  lines += [
    "            case '-*'",
    "            case '*'",
    "                echo $token",
    "                return 0",
    "        end",
    "    end",
    "    return 1",
    "end",
    "",
    "function __llm_tco_needs_subcommand",
    "    not __llm_tco_subcommand >/dev/null",
    "end",
    "",
    "# Succeeds when the subcommand on the command line is one of the arguments.",
    "function __llm_tco_using_subcommand",
    "    set -l subcommand (__llm_tco_subcommand)",
    "    and contains -- $subcommand $argv",
    "end",
    "",
    "# No file names unless an argument or option takes a file.",
    "complete -c \(program) -f",
  ]
  for option in model.topLevelOptions {
    lines.append(fishOptionLine(option, condition: "__llm_tco_needs_subcommand", program: program))
  }
  for command in model.subcommands {
    lines.append(
      "complete -c \(program) -n __llm_tco_needs_subcommand -a \(command.name) -d \(fishQuoted(command.summary))")
  }
  // An option several subcommands share (the profile options) is one line whose condition names them all.
  var optionLines: [(option: CompletionOption, subcommands: [String])] = []
  for command in model.subcommands {
    for option in command.options {
      if let i = optionLines.firstIndex(where: { $0.option == option }) {
        optionLines[i].subcommands.append(command.name)
      } else {
        optionLines.append((option, [command.name]))
      }
    }
  }
  lines += ["", "# Options of the subcommands"]
  for (option, subcommands) in optionLines {
    let condition = "__llm_tco_using_subcommand " + subcommands.joined(separator: " ")
    lines.append(fishOptionLine(option, condition: condition, program: program))
  }
  lines += ["", "# Arguments of the subcommands"]
  for command in model.subcommands {
    let condition = "__llm_tco_using_subcommand \(command.name)"
    if let argument = command.arguments.first {
      let values: String
      switch argument.values {
      case .files: values = " -F"
      case .words(let words): values = " -a " + fishQuoted(words.joined(separator: " "))
      case .prefixes(let words): values = " -a " + fishQuoted(words.map { $0 + "=" }.joined(separator: " "))
      case .anything: values = ""
      }
      if !values.isEmpty { lines.append("complete -c \(program) -n \(fishQuoted(condition))\(values)") }
    }
  }
  return lines.joined(separator: "\n") + "\n"
}

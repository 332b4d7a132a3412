import TCOData
import TCOModel
import TCOReport

/// One option a command accepts.
struct OptionSpec {
  /// Long name without dashes.
  var name: String
  /// Single-letter alias without the dash, if any.
  var short: Character?
  /// Placeholder of the value (`<n>`), or `nil` for a flag that takes none.
  var valueName: String?
  var summary: String
  /// Help section title ("OPTIONS", "WORKLOAD OPTIONS", …).
  var group: String

  var takesValue: Bool { valueName != nil }
}

/// The parsed command line of one command: options by name (last repeat wins) and positionals.
struct ParsedArguments {
  var options: [String: String] = [:]
  /// Every value given to each option, in order (for options that may repeat meaningfully).
  var allValues: [String: [String]] = [:]
  var flags: Set<String> = []
  /// Options in the order given, for messages.
  var order: [String] = []
  var positionals: [String] = []

  func value(_ name: String) -> String? { options[name] }
  func has(_ name: String) -> Bool { flags.contains(name) || options[name] != nil }
}

/// Splits arguments into options and positionals: `--opt value`, `--opt=value`, `-o value`,
/// `--` ends options; a lone `-` is a positional (standard input).
func parseArguments(_ arguments: [String], options specs: [OptionSpec]) throws(CLIError) -> ParsedArguments {
  var result = ParsedArguments()
  var i = 0
  var optionsEnded = false
  func spec(long name: String) -> OptionSpec? { specs.first { $0.name == name } }
  while i < arguments.count {
    let arg = arguments[i]
    i += 1
    if optionsEnded || arg == "-" || !arg.hasPrefix("-") {
      result.positionals.append(arg)
      continue
    }
    if arg == "--" {
      optionsEnded = true
      continue
    }
    var name: String
    var inline: String?
    if arg.hasPrefix("--") {
      let body = arg.dropFirst(2)
      if let eq = body.firstIndex(of: "=") {
        name = String(body[..<eq])
        inline = String(body[body.index(after: eq)...])
      } else {
        name = String(body)
      }
      guard spec(long: name) != nil else {
        let hints = closestMatches(to: name, in: specs.map(\.name), limit: 1)
        let hint = hints.first.map { " Did you mean '--\($0)'?" } ?? ""
        throw .usage("Unknown option '--\(name)'.\(hint)")
      }
    } else {
      // A negative number is not an option: "-5" after an option is consumed as its value.
      let letter = arg.dropFirst()
      guard letter.count == 1, let found = specs.first(where: { $0.short == letter.first }) else {
        throw .usage("Unknown option '\(arg)'.")
      }
      name = found.name
    }
    let option = spec(long: name)!
    if option.takesValue {
      let value: String
      if let inline {
        value = inline
      } else {
        guard i < arguments.count else { throw .usage("Missing value for '--\(name) \(option.valueName!)'.") }
        value = arguments[i]
        i += 1
      }
      result.options[name] = value
      result.allValues[name, default: []].append(value)
    } else {
      if inline != nil { throw .usage("'--\(name)' takes no value.") }
      result.flags.insert(name)
    }
    result.order.append(name)
  }
  return result
}

import TCOData
import TCOModel
import TCOReport

/// What an option's value is. Declared once per option: parsing checks it, help shows it, and
/// completions and the manual are generated from it.
enum OptionKind: Sendable {
  /// No value: present or absent.
  case flag
  /// A whole number in a range.
  case wholeNumber(ClosedRange<Int>)
  /// One of these words.
  case choice([String])
  /// A number in the unit of a profile input (share, money, quantity) inside a range.
  case number(InputDescriptor.Unit, NumberRange, allowed: String)
  /// A file the command reads.
  case inputFile
  /// A file the command writes.
  case outputFile
  /// Text with a syntax of its own (`LO..HI`, `INPUT=FROM..TO`, `route:amount`).
  case text
  /// A profile input; its descriptor says what it takes.
  case profileInput(InputDescriptor)
}

/// One option a command accepts.
struct OptionSpec: Sendable {
  /// Long name without dashes.
  var name: String
  /// Single-letter alias without the dash, if any.
  var short: Character?
  /// Placeholder of the value (`<n>`), or `nil` for a flag that takes none.
  var valueName: String?
  /// The help line; a profile input's comes from its descriptor when asked for (help pages,
  /// completions), not built for every input at each start.
  var summary: String {
    get {
      if let ownSummary { return ownSummary }
      if case .profileInput(let input) = kind { return input.helpSummary }
      return ""
    }
    set { ownSummary = newValue }
  }
  private var ownSummary: String?
  /// Help section title ("OPTIONS", "WORKLOAD OPTIONS", …).
  var group: String
  var kind: OptionKind = .text

  /// `summary` `nil`: a profile input's own help line.
  init(
    name: String, short: Character?, valueName: String?, summary: String?, group: String, kind: OptionKind = .text
  ) {
    self.name = name
    self.short = short
    self.valueName = valueName
    self.ownSummary = summary
    self.group = group
    self.kind = kind
  }

  var takesValue: Bool { valueName != nil }

  /// A true/false profile input: its value may be left out (`--prefix-caching` means true).
  var valueIsOptionalBool: Bool {
    if case .profileInput(let input) = kind, case .bool = input.kind { return true }
    return false
  }

  /// The choices of a choice option (for checks, help and completions).
  var choices: [String]? {
    if case .choice(let c) = kind { return c }
    if case .profileInput(let input) = kind, case .choice(let c) = input.kind { return c }
    return nil
  }

  /// Checks a value against the kind: whole numbers in range, choices with a "did you mean".
  func check(_ value: String) throws(CLIError) {
    switch kind {
    case .wholeNumber(let range):
      guard parseWholeNumber(value, in: range) != nil else {
        let lo = Format.fixed(Double(range.lowerBound), 0, grouping: true)
        let hi = Format.fixed(Double(range.upperBound), 0, grouping: true)
        throw .usage("--\(name): must be a whole number from \(lo) to \(hi), got '\(shownInput(value))'.")
      }
    case .choice(let names):
      guard names.contains(value) else {
        let hint = closestMatches(to: value, in: names, limit: 1).first.map { " Did you mean '\($0)'?" } ?? ""
        throw .usage("--\(name): must be \(quotedList(names)), got '\(shownInput(value))'.\(hint)")
      }
    case .number(let unit, let range, let allowed):
      guard let x = parseFlagNumber(value, unit: unit), range.contains(x) else {
        throw .usage("--\(name): must be \(allowed), got '\(shownInput(value))'.")
      }
      if unit == .share, !value.hasSuffix("%"), x > 1 {
        throw .usage(
          "--\(name): '\(shownInput(value))' is not a share: write \(Format.number(x))% or \(Format.number(x / 100)) "
            + "(a bare number is a fraction, so \(value) would mean \(Format.number(x * 100))%).")
      }
    default: break
    }
  }
}

/// A typed option: its declaration and how its text becomes a value. Commands read values only
/// through these, never by an option's name.
struct Option<Value: Sendable>: Sendable {
  var spec: OptionSpec
  /// The value when the option is not given.
  var defaultValue: Value?
  let convert: @Sendable (String) -> Value?

  /// A flag that takes no value.
  static func flag(_ name: String, short: Character? = nil, _ summary: String, group: String = "OPTIONS")
    -> Option<Bool> where Value == Bool
  {
    Option<Bool>(
      spec: OptionSpec(name: name, short: short, valueName: nil, summary: summary, group: group, kind: .flag),
      defaultValue: false, convert: { _ in true })
  }

  /// A whole number in `range`, with its default stated in help.
  static func wholeNumber(
    _ name: String, _ summary: String, range: ClosedRange<Int>, default value: Int?, defaultText: String? = nil
  ) -> Option<Int> where Value == Int {
    let shown = defaultText ?? value.map(String.init)
    return Option<Int>(
      spec: OptionSpec(
        name: name, short: nil, valueName: "<n>", summary: summary + (shown.map { " (default: \($0))" } ?? "") + ".",
        group: "OPTIONS", kind: .wholeNumber(range)),
      defaultValue: value, convert: { parseWholeNumber($0, in: range) })
  }

  /// One of the cases of `E`, by raw value.
  static func choice(
    _ name: String, placeholder: String, _ summary: String, cases: [Value], default value: Value?
  ) -> Option<Value> where Value: RawRepresentable, Value.RawValue == String {
    Option<Value>(
      spec: OptionSpec(
        name: name, short: nil, valueName: placeholder, summary: summary, group: "OPTIONS",
        kind: .choice(cases.map(\.rawValue))),
      defaultValue: value, convert: { Value(rawValue: $0) })
  }

  /// A number in a profile unit (`30%`, `$5k`, `2M`) inside `range`; `allowed` says what is
  /// allowed in the error. A share written as a bare number above 1 (`10` for 10 %) is refused
  /// with both spellings rather than read as 1000 %.
  static func number(
    _ name: String, placeholder: String, _ summary: String, unit: InputDescriptor.Unit, range: NumberRange,
    allowed: String
  ) -> Option<Double> where Value == Double {
    Option<Double>(
      spec: OptionSpec(
        name: name, short: nil, valueName: placeholder, summary: summary, group: "OPTIONS",
        kind: .number(unit, range, allowed: allowed)),
      defaultValue: nil, convert: { parseFlagNumber($0, unit: unit) })
  }

  /// Text with a syntax of its own, a file to read or a file to write.
  static func text(
    _ name: String, short: Character? = nil, placeholder: String, _ summary: String, kind: OptionKind = .text
  ) -> Option<String> where Value == String {
    Option<String>(
      spec: OptionSpec(name: name, short: short, valueName: placeholder, summary: summary, group: "OPTIONS", kind: kind),
      defaultValue: nil, convert: { $0 })
  }
}

/// An option with a value when it is not given: reading it always gives a value.
struct Defaulted<Value: Sendable>: Sendable {
  var option: Option<Value>
  var value: Value
  var spec: OptionSpec { option.spec }
}

extension Option {
  /// This option with a default value.
  func defaulting(to value: Value) -> Defaulted<Value> {
    var o = self
    o.defaultValue = value
    return Defaulted(option: o, value: value)
  }
}

/// `text` as a whole number in `range` (suffixes allowed: `1M`), or `nil`.
func parseWholeNumber(_ text: String, in range: ClosedRange<Int>) -> Int? {
  guard let x = parseFlagNumber(text, unit: .quantity), x == x.rounded(), x >= Double(range.lowerBound),
    x <= Double(range.upperBound)
  else { return nil }
  return Int(x)
}

/// The parsed command line of one command: every value given to each option, in order, and the
/// positionals.
struct ParsedArguments {
  /// Every value given to each option, in order; a flag records an empty value.
  var values: [String: [String]] = [:]
  /// Options in the order given, for messages.
  var order: [String] = []
  var positionals: [String] = []
  /// A positional that came right after a true/false option given without a value, by that
  /// option's name: when it is not a file, the user most likely meant it as the option's value.
  var positionalAfterBoolOption: [String: String] = [:]

  /// The value of an option (the last repeat wins), or its default.
  subscript<V>(_ option: Option<V>) -> V? {
    guard let text = values[option.spec.name]?.last else { return option.defaultValue }
    return option.convert(text)
  }

  /// The value of an option that has a default (the last repeat wins).
  subscript<V>(_ option: Defaulted<V>) -> V { self[option.option] ?? option.value }

  /// Every value given to a repeatable option, in order.
  func all<V>(_ option: Option<V>) -> [V] { (values[option.spec.name] ?? []).compactMap(option.convert) }

  /// Whether the option was given.
  func isSet<V>(_ option: Option<V>) -> Bool { values[option.spec.name] != nil }

  /// The text of a profile input's flag (the last repeat wins).
  func text(of input: InputDescriptor) -> String? { values[input.flag]?.last }
}

/// The words a true/false option takes as its value.
let boolWords: Set<String> = ["true", "false", "yes", "no", "1", "0"]

/// Splits arguments into options and positionals: `--opt value`, `--opt=value`, `-o value`,
/// `--` ends options; a lone `-` is a positional (standard input). A true/false profile input
/// takes its value only when the next argument is one of `boolWords`, and is true without one.
/// Every value is checked against its option's kind.
func parseArguments(_ arguments: [String], options specs: [OptionSpec]) throws(CLIError) -> ParsedArguments {
  var result = ParsedArguments()
  var i = 0
  var optionsEnded = false
  func spec(long name: String) -> OptionSpec? { specs.first { $0.name == name } }
  while i < arguments.count {
    let arg = arguments[i]
    i += 1
    if optionsEnded || arg == "-" || !arg.hasPrefix("-") {
      if !optionsEnded, let previous = result.order.last, result.values[previous]?.last == "true",
        i >= 2, arguments[i - 2] == "--" + previous
      {
        result.positionalAfterBoolOption[arg] = previous
      }
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
        throw .usage("Unknown option '--\(shownInput(name))'.\(hint)")
      }
    } else {
      // A negative number is not an option: "-5" after an option is consumed as its value.
      let letter = arg.dropFirst()
      guard letter.count == 1, let found = specs.first(where: { $0.short == letter.first }) else {
        throw .usage("Unknown option '\(shownInput(arg))'.")
      }
      name = found.name
    }
    let option = spec(long: name)!
    if option.takesValue {
      let value: String
      if let inline {
        value = inline
      } else if option.valueIsOptionalBool {
        // `--flag` alone (before another option, a positional or the end) is true; a following
        // true/false/yes/no/1/0 is its value.
        if i < arguments.count, boolWords.contains(arguments[i].lowercased()) {
          value = arguments[i]
          i += 1
        } else {
          value = "true"
        }
      } else {
        guard i < arguments.count else { throw .usage("Missing value for '--\(name) \(option.valueName!)'.") }
        value = arguments[i]
        i += 1
      }
      try option.check(value)
      result.values[name, default: []].append(value)
    } else {
      if inline != nil { throw .usage("'--\(shownInput(name))' takes no value.") }
      result.values[name, default: []].append("")
    }
    result.order.append(name)
  }
  return result
}

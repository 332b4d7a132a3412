import TCOData
import TCOModel
import TCOReport

/// Reads a number written on the command line: digits with an optional decimal part and
/// exponent, then an optional multiplier `k`, `m`, `b` or `t` in either case (thousand, million,
/// billion, trillion: `5m` is 5 million, never "milli", since no input is given in thousandths);
/// `$` in front for money; `%` at the end for shares. The whole digits may be grouped by commas
/// in threes (`200,000`, `$1,250.50`), only in valid groups (`1,00` is an error). Spaces around
/// the text are ignored. The whole text must match (`12abc` is an error).
func parseFlagNumber(_ text: String, unit: InputDescriptor.Unit) -> Double? {
  var chars = Array(text.unicodeScalars)
  while chars.first == " " || chars.first == "\t" { chars.removeFirst() }
  while chars.last == " " || chars.last == "\t" { chars.removeLast() }
  var negative = false
  if let first = chars.first, first == "-" || first == "+" {
    negative = first == "-"
    chars.removeFirst()
  }
  if chars.first == "$" {
    guard unit == .money else { return nil }
    chars.removeFirst()
  }
  var multiplier = 1.0
  if let last = chars.last {
    switch last {
    case "%":
      guard unit == .share else { return nil }
      multiplier = 0.01
    case "k", "K": multiplier = 1e3
    case "m", "M": multiplier = 1e6
    case "b", "B": multiplier = 1e9
    case "t", "T": multiplier = 1e12
    default: break
    }
    if multiplier != 1 { chars.removeLast() }
  }
  guard let digits = removingThousandsSeparators(chars) else { return nil }
  chars = digits
  // digits [. digits] [e [+-] digits], at least one digit before or after the point.
  var i = 0
  var mantissaDigits = 0
  while i < chars.count, ("0"..."9").contains(chars[i]) {
    i += 1
    mantissaDigits += 1
  }
  if i < chars.count, chars[i] == "." {
    i += 1
    while i < chars.count, ("0"..."9").contains(chars[i]) {
      i += 1
      mantissaDigits += 1
    }
  }
  guard mantissaDigits > 0 else { return nil }
  if i < chars.count, chars[i] == "e" || chars[i] == "E" {
    i += 1
    if i < chars.count, chars[i] == "+" || chars[i] == "-" { i += 1 }
    var exponentDigits = 0
    while i < chars.count, ("0"..."9").contains(chars[i]) {
      i += 1
      exponentDigits += 1
    }
    guard exponentDigits > 0 else { return nil }
  }
  guard i == chars.count else { return nil }
  var string = String.UnicodeScalarView()
  string.append(contentsOf: chars)
  guard let magnitude = Double(String(string)) else { return nil }
  let value = (negative ? -magnitude : magnitude) * multiplier
  return value.isFinite ? value : nil
}

/// The number's characters without the commas that group its whole digits in threes, or `nil`
/// when a comma is misplaced: the digits before the first comma are 1 to 3, every group after
/// one is exactly 3, and no comma follows the decimal point (`1,000.5` is valid; `1,00`, `,100`,
/// `1,0000` and `1.000,5` are not).
func removingThousandsSeparators(_ chars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
  guard chars.contains(",") else { return chars }
  let wholeEnd = chars.firstIndex { !(("0"..."9").contains($0) || $0 == ",") } ?? chars.count
  guard !chars[wholeEnd...].contains(",") else { return nil }
  let groups = chars[..<wholeEnd].split(separator: ",", omittingEmptySubsequences: false)
  guard let head = groups.first, (1...3).contains(head.count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
    return nil
  }
  return chars.filter { $0 != "," }
}

/// Examples of valid text for a unit, for error messages.
func numberExamples(_ unit: InputDescriptor.Unit) -> String {
  switch unit {
  case .share: return "0.3 or 30%"
  case .money: return "3.99, $3.99, $250k or $200,000"
  case .quantity: return "5M, 2.5k, 1.2B, 200,000 or 1e6"
  }
}

/// Converts a flag's text into a checked value for `field`; the error names the flag.
func parseFlagValue(_ text: String, for field: InputDescriptor) throws(CLIError) -> FieldValue {
  let flag = "--\(field.flag)"
  let value: FieldValue
  switch field.kind {
  case .number(_, let unit) where text.contains(".."):
    // A distribution: lo..hi (uniform), lo..mode..hi (triangular), ~p10..p90 (lognormal).
    let lognormal = text.hasPrefix("~")
    let parts = String(text.dropFirst(lognormal ? 1 : 0)).components(separatedBy: "..")
    let numbers = parts.compactMap { parseFlagNumber($0, unit: unit) }
    guard numbers.count == parts.count, (lognormal && parts.count == 2) || (!lognormal && (2...3).contains(parts.count))
    else {
      throw .usage(
        "\(flag): '\(shownInput(text))' is not a distribution: write lo..hi (uniform), lo..mode..hi (triangular) or ~p10..p90 (lognormal)."
      )
    }
    if lognormal {
      value = .distribution(.lognormal(p10: numbers[0], p90: numbers[1]))
    } else if numbers.count == 2 {
      value = .distribution(.uniform(low: numbers[0], high: numbers[1]))
    } else {
      value = .distribution(.triangular(low: numbers[0], mode: numbers[1], high: numbers[2]))
    }
  case .number(_, let unit):
    guard let x = parseFlagNumber(text, unit: unit) else {
      throw .usage("\(flag): '\(shownInput(text))' is not a number (write it like \(numberExamples(unit))).")
    }
    value = .number(x)
  case .integer:
    guard let x = parseFlagNumber(text, unit: .quantity) else {
      throw .usage("\(flag): '\(shownInput(text))' is not a number (write it like 2, 36 or 1k).")
    }
    guard x == x.rounded(), abs(x) <= 1e15 else { throw .usage("\(flag): must be \(field.allowed), got '\(shownInput(text))'.") }
    value = .integer(Int(x))
  case .bool:
    switch text.lowercased() {
    case "true", "yes", "1": value = .bool(true)
    case "false", "no", "0": value = .bool(false)
    default: throw .usage("\(flag): must be true or false, got '\(shownInput(text))'.")
    }
  case .choice, .id, .month:
    value = .text(text)
  case .shape:
    if let preset = HourlyShape.preset(text) {
      value = .shape(preset)
    } else if text.contains(",") {
      var weights: [Double] = []
      for (hour, part) in text.split(separator: ",", omittingEmptySubsequences: false).enumerated() {
        guard let x = parseFlagNumber(String(part), unit: .quantity) else {
          throw .usage("\(flag): hour \(hour) '\(part)' is not a number.")
        }
        weights.append(x)
      }
      value = .shape(weights)
    } else {
      let hint =
        closestMatches(to: text, in: HourlyShape.presetNames, limit: 1).first.map { " Did you mean '\($0)'?" } ?? ""
      throw .usage("\(flag): must be \(field.allowed), got '\(shownInput(text))'.\(hint)")
    }
  }
  if let problem = field.problem(with: value) {
    let sentence = problem.hasSuffix("?") || problem.hasSuffix(".") ? problem : problem + "."
    throw .usage("\(flag): \(sentence)")
  }
  return value
}

/// The placeholder shown in help for a field's value.
func valueName(for field: InputDescriptor) -> String {
  switch field.kind {
  case .number(_, .share): return "<share>"
  case .number(_, .money): return "<usd>"
  case .number(_, .quantity), .integer: return "<n>"
  case .bool: return "[<bool>]"
  case .choice(let options): return "<" + options.joined(separator: "|") + ">"
  case .id: return "<id>"
  case .month: return "<yyyy-mm>"
  case .shape: return "<shape>"
  }
}

/// Help group of a profile field.
func helpGroup(for field: InputDescriptor) -> String {
  switch field.section {
  case "workload": return "WORKLOAD OPTIONS"
  case "api": return "API OPTIONS"
  case "selfHosted": return "SELF-HOSTED OPTIONS"
  case "hybrid": return "HYBRID OPTIONS"
  default: return "PROFILE OPTIONS"
  }
}

/// `--name`: the title of the report, the profile's top-level `name`.
let nameOption: Option<String> = {
  var option = Option<String>.text(
    "name", placeholder: "<text>",
    "Title of the report (the profile's name). Without a profile, the built-in example's title is kept only "
      + "when no flag changes the example.")
  option.spec.group = "PROFILE OPTIONS"
  return option
}()

/// Options for every profile field, in the registry's order, then `--name`.
let profileOptionSpecs: [OptionSpec] =
  InputDescriptor.all.map {
    OptionSpec(
      name: $0.flag, short: nil, valueName: valueName(for: $0), summary: nil, group: helpGroup(for: $0),
      kind: .profileInput($0))
  } + [nameOption.spec]

/// The profile fields set by flags, each checked; later flags win. A catalog id typed in
/// another case (`GPT-4o`, `H100-SXM`) becomes the catalog's spelling.
func profileValues(fromFlags parsed: ParsedArguments, catalog: Catalog) throws(CLIError) -> ProfileValues {
  var values = ProfileValues()
  for field in InputDescriptor.all {
    guard var text = parsed.text(of: field) else { continue }
    if case .id(let reference) = field.kind { text = catalogID(text, reference, in: catalog) }
    values.set(field.path, try parseFlagValue(text, for: field), origin: .flag(field.flag))
  }
  return values
}

/// The catalog's spelling of an id typed in any case; the text as typed when no id matches it
/// (the resolver then says it is unknown, with suggestions) or when several ids differ only in case.
func catalogID(_ text: String, _ reference: InputDescriptor.Reference, in catalog: Catalog) -> String {
  let ids: [String]
  switch reference {
  case .apiModel: ids = catalog.apiModels.map(\.id)
  case .selfHostedModel: ids = catalog.selfHostedModels
  case .gpu: ids = catalog.gpus.map(\.id)
  case .precision: ids = catalog.precisions
  }
  if ids.contains(text) { return text }
  let folded = text.lowercased()
  let matches = ids.filter { $0.lowercased() == folded }
  return matches.count == 1 ? matches[0] : text
}

import TCOData
import TCOModel

/// A value in a derivation: 6 significant digits, money-like results to cents.
public func explanationNumber(_ x: Double) -> String { Format.significant(x, 6) }

/// The derivation for a terminal, wrapped at 80 columns.
public func explanationTable(_ steps: [ExplanationStep]) -> String {
  var out = ["DERIVATION (values to 6 significant digits)"]
  for (n, s) in steps.enumerated() {
    out.append("  \(n + 1). \(s.quantity) [\(s.unit)]")
    out += wrap(s.formula, first: "       ", rest: "         ")
    if !s.values.isEmpty {
      out += wrapItems(
        s.values.map { "\($0.symbol) = \(explanationNumber($0.value))" }, first: "       where ", rest: "             ")
    }
    out.append("       result \(explanationNumber(s.result))")
  }
  return out.joined(separator: "\n") + "\n"
}

/// Joins items with ", ", starting a new line only between items.
public func wrapItems(_ items: [String], width: Int = 80, first: String, rest: String) -> [String] {
  var lines: [String] = []
  var line = first
  for (i, item) in items.enumerated() {
    let piece = item + (i < items.count - 1 ? "," : "")
    let candidate = line == first ? line + piece : line + " " + piece
    if line != first && line != rest && candidate.count > width {
      lines.append(line)
      line = rest + piece
    } else {
      line = candidate
    }
  }
  lines.append(line)
  return lines
}

/// Units of money totals, written in cents; every other result (a rate per 1M tokens, a share)
/// keeps 6 significant digits.
let moneyTotalUnits: Set<String> = ["USD", "USD/month", "USD/year"]

/// The derivation as JSON: `[{quantity, formula, values, result, unit}]`.
public func explanationJSON(_ steps: [ExplanationStep]) -> JSONValue {
  .array(
    steps.map { s in
      J.obj([
        ("quantity", J.str(s.quantity)), ("formula", J.str(s.formula)),
        ("values", .object(s.values.map { (key: $0.symbol, value: J.num($0.value)) })),
        ("result", moneyTotalUnits.contains(s.unit) ? J.money(s.result) : J.num(s.result)),
        ("unit", J.str(s.unit)),
      ])
    })
}

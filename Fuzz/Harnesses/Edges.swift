// Harness (c): every numeric flag of every command at edge values (subnormals, 1e-16, 1 - 1e-6,
// 1e15 and each flag's documented limits). The input picks a command, rent or buy, and up to four
// (flag, value) pairs; a trap, a non-finite number in the output or an internal error is a finding.
@testable import llm_tco

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Each command with the arguments it needs to run at all (distributions, a range, two files).
let edgeCommands: [(name: String, base: [String])] = [
  ("compare", []),
  ("breakeven", []),
  ("hybrid", []),
  ("simulate", ["--utilization", "0.3..0.8", "--samples", "200", "--threads", "1"]),
  ("sensitivity", ["--default-range", "25%"]),
  ("sweep", ["--vary", "tokens-per-day=1M..1B", "--steps", "5"]),
  ("check", ["--max-monthly-cost", "50k"]),
  ("diff", ["baseline.json", "support-assistant.json"]),
]

/// Values every numeric flag is tried with, besides its own limits.
let edgeValues = [
  "4.9e-324", "-4.9e-324", "1e-320", "1e-310", "2.2250738585072014e-308", "1e-300", "1e-16", "-1e-16", "0.999999",
  "1.000001", "-0.999999", "1e15", "0",
]

/// The numeric flags a help page lists: `--name <n>`, `<share>`, `<usd>`, `<pct>`, `<[route:]usd>`.
func numericFlags(_ help: String) -> [String] {
  var flags: [String] = []
  for line in help.split(separator: "\n") {
    var text = line.drop { $0 == " " }
    if text.hasPrefix("-"), !text.hasPrefix("--"), let comma = text.firstIndex(of: " ") {
      text = text[text.index(after: comma)...]
    }
    guard text.hasPrefix("--"), let space = text.firstIndex(of: " ") else { continue }
    let name = String(text[..<space])
    let rest = text[text.index(after: space)...]
    let kinds = ["<n>", "<share>", "<usd>", "<pct>", "<[route:]usd>"]
    if kinds.contains(where: { rest.hasPrefix($0) }) && !flags.contains(name) { flags.append(name) }
  }
  return flags
}

/// The numbers in a "must be ..." message: the documented limits of a flag.
func limits(in message: String) -> [String] {
  guard let start = message.firstRange(of: "must be") else { return [] }
  let end = message.firstRange(of: ", got")?.lowerBound ?? message.endIndex
  guard start.upperBound <= end else { return [] }
  var found: [String] = []
  for token in message[start.upperBound..<end].split(whereSeparator: { " ,()".contains($0) }) {
    let text = String(token)
    if let x = Double(text), x.isFinite, !found.contains(text) { found.append(text) }
  }
  return found
}

/// For each command: its numeric flags, each with the values to try.
let edgePlan: [[(flag: String, values: [String])]] = edgeCommands.map { command in
  let help = run([command.name, "--help"], context: fuzzContext()).stdout
  return numericFlags(help).map { flag in
    var values = edgeValues
    for probe in ["1e300", "-1e300"] {
      let output = run([command.name] + command.base + [flag, probe], context: fuzzContext())
      for limit in limits(in: output.stderr) where !values.contains(limit) { values.append(limit) }
    }
    return (flag, values)
  }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEdges(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard bytes.count >= 2 else { return 0 }
  let commandIndex = Int(bytes[0]) % edgeCommands.count
  let command = edgeCommands[commandIndex]
  let plan = edgePlan[commandIndex]
  guard !plan.isEmpty else { return 0 }
  var arguments = [command.name] + command.base
  if bytes[1] & 1 == 1 { arguments += ["--acquisition", "buy"] }
  if bytes[1] & 2 == 2 { arguments += ["--format", "json"] }
  var index = 2
  while index + 1 < bytes.count, index < 10 {
    let entry = plan[Int(bytes[index]) % plan.count]
    arguments += [entry.flag, entry.values[Int(bytes[index + 1]) % entry.values.count]]
    index += 2
  }
  // FUZZ_VERBOSE=1 prints each command line first (to replay a saved input that traps).
  if getenv("FUZZ_VERBOSE") != nil { fputs("llm-tco \(arguments.joined(separator: " "))\n", stderr) }
  let output = run(arguments, context: fuzzContext())
  checkOutput(arguments, output)
  if ![0, 1, 64, 65].contains(output.exitCode) {
    fail("exit \(output.exitCode) from \(arguments.joined(separator: " ")): \(output.stderr)")
  }
  return 0
}

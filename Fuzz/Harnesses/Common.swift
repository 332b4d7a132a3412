// Shared by every harness: fixture files, a context with no real file system, and the check
// for non-finite numbers in output. Compiled into each harness binary by Fuzz/run.sh.
@testable import llm_tco

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The repository root: $LLM_TCO_ROOT (set by run.sh), or the current directory.
let repositoryRoot: String = {
  if let root = getenv("LLM_TCO_ROOT") { return String(cString: root) }
  return "."
}()

/// Reads a whole file with plain POSIX calls; nil when it cannot be read.
func readFixture(_ path: String) -> [UInt8]? {
  guard let file = fopen(path, "rb") else { return nil }
  defer { fclose(file) }
  var bytes: [UInt8] = []
  var buffer = [UInt8](repeating: 0, count: 65536)
  while true {
    let n = fread(&buffer, 1, buffer.count, file)
    if n <= 0 { break }
    bytes += buffer[0..<n]
  }
  return bytes
}

/// The names of the files in a folder.
func listFolder(_ path: String) -> [String] {
  guard let directory = opendir(path) else { return [] }
  defer { closedir(directory) }
  var names: [String] = []
  while let entry = readdir(directory) {
    let name = withUnsafePointer(to: entry.pointee.d_name) {
      $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
    }
    if !name.hasPrefix(".") { names.append(name) }
  }
  return names.sorted()
}

/// In-memory input files: every fixture profile by its file name, every budget as
/// `budget-<name>`, and `baseline.json`,
/// a result of `compare --format json` (for diff).
let fuzzFiles: [String: [UInt8]] = {
  var files: [String: [UInt8]] = [:]
  for (folder, prefix) in [("Fixtures/profiles", ""), ("Fixtures/budgets", "budget-")] {
    for name in listFolder(repositoryRoot + "/" + folder) where name.hasSuffix(".json") {
      if let bytes = readFixture(repositoryRoot + "/" + folder + "/" + name) { files[prefix + name] = bytes }
    }
  }
  let baseline = run(["compare", "--format", "json"], context: Context())
  files["baseline.json"] = Array(baseline.stdout.utf8)
  return files
}()

/// A context that reads only `fuzzFiles` ("-" is `stdin`) and writes nothing.
func fuzzContext(stdin: [UInt8] = []) -> Context {
  var context = Context(
    environment: [:],
    readFile: { path in
      if path == "-" { return .bytes(stdin) }
      if let bytes = fuzzFiles[path] { return .bytes(bytes) }
      return .failure("No such file or directory")
    },
    stdoutIsTerminal: false)
  context.cpuCount = 1
  context.writeFile = { _, _ in nil }
  return context
}

/// The first word of `text` that is a non-finite number as Swift or C prints one: `inf`,
/// `-inf`, `nan`, `infinity`, or `inf` with a unit suffix (`$inf`, `infT`, `inf%`). Nil when none.
func nonFiniteWord(_ text: String) -> String? {
  var word = ""
  let characters = Array(text + " ")
  for (index, character) in characters.enumerated() {
    if character.isLetter {
      word.append(character)
      continue
    }
    let lower = word.lowercased()
    // "inf {" is the infimum of a set in the --explain derivations, not a number.
    let infimum = lower == "inf" && character == " " && index + 1 < characters.count && characters[index + 1] == "{"
    if (lower == "inf" && !infimum) || lower == "nan" || lower == "infinity" { return word }
    if lower.count == 4 && lower.hasPrefix("inf") && "kmbt".contains(lower.last!) { return word }
    word = ""
  }
  return nil
}

/// Ends the process with a report (libFuzzer saves the input as a crash).
func fail(_ message: String) -> Never {
  fputs("FUZZ FINDING: \(message)\n", stderr)
  abort()
}

/// Checks one run: no non-finite number in its output and no internal error (exit 70).
///
/// Error messages quote bad input, so a run whose arguments or standard input contain "inf" or
/// "nan" (in any case) is not checked for non-finite words: the quote would be a false alarm.
func checkOutput(_ arguments: [String], _ output: CommandOutput, stdin: [UInt8] = []) {
  let shown = arguments.map { "'\($0)'" }.joined(separator: " ")
  let input = (arguments.joined(separator: " ") + String(decoding: stdin, as: UTF8.self)).lowercased()
  let quotesNonFinite = input.contains("inf") || input.contains("nan")
  if !quotesNonFinite, let word = nonFiniteWord(output.stdout) ?? nonFiniteWord(output.stderr) {
    fail("non-finite '\(word)' in the output of \(shown)\n--- stdout\n\(output.stdout)--- stderr\n\(output.stderr)")
  }
  if output.exitCode == 70 { fail("internal error (exit 70) from \(shown): \(output.stderr)") }
}

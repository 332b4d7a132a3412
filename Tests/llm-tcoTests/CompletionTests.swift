import Foundation
import Testing

@testable import llm_tco

/// Running the shells, groff and man for the completion and manual tests.
enum ShellTools {
  /// The path of an executable found on PATH, or `nil`.
  static func executablePath(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for directory in path.split(separator: ":") {
      let candidate = String(directory) + "/" + name
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// A fresh temporary directory for one test.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("llm-tco-completions-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// What a finished process wrote.
  struct ShellResult {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Runs `executable` with `arguments`; its output goes to files, so a large output cannot block it.
  static func runProcess(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws
    -> ShellResult
  {
    let directory = try ShellTools.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let out = directory.appendingPathComponent("stdout")
    let err = directory.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
    _ = FileManager.default.createFile(atPath: err.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let environment { process.environment = environment }
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = try FileHandle(forWritingTo: out)
    process.standardError = try FileHandle(forWritingTo: err)
    try process.run()
    process.waitUntilExit()
    return ShellResult(
      status: process.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
      stderr: try String(contentsOf: err, encoding: .utf8))
  }

  /// Removes a file made by `temporaryFile` and its directory.
  static func removeTemporaryFile(_ path: String) {
    try? FileManager.default.removeItem(at: URL(fileURLWithPath: path).deletingLastPathComponent())
  }

  /// Writes `text` to a new temporary file named `name` (in a directory of its own) and returns its path.
  static func temporaryFile(_ name: String, _ text: String) throws -> String {
    let url = try ShellTools.temporaryDirectory().appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }
}

@Suite("Completions and manual")
struct CompletionTests {
  static let bash = ShellTools.executablePath("bash")
  static let zsh = ShellTools.executablePath("zsh")
  static let fish = ShellTools.executablePath("fish")
  static let groff = ShellTools.executablePath("groff")
  static let man = ShellTools.executablePath("man")

  /// The bash script, written once per test that needs it.
  static func bashScript() throws -> String {
    try ShellTools.temporaryFile("llm-tco.bash", completionScript(for: .bash))
  }

  /// What the bash completion function puts in COMPREPLY when the command line is `words` and the
  /// last word is being completed (as bash sets COMP_WORDS and COMP_CWORD).
  static func bashCompletions(_ words: [String], script: String) throws -> [String] {
    let bash = try #require(Self.bash)
    let program = """
      source "$1"; shift
      COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}; COMPREPLY=()
      _llm_tco
      printf '%s\\n' "${COMPREPLY[@]}"
      """
    let result = try ShellTools.runProcess(bash, ["--norc", "--noprofile", "-c", program, "bash", script] + words)
    #expect(result.status == 0, "bash failed: \(result.stderr)")
    #expect(result.stderr.isEmpty, "bash wrote: \(result.stderr)")
    return result.stdout.split(separator: "\n").map(String.init)
  }

  @Test(
    "bash completes subcommands, options, choices and catalog ids", .enabled(if: bash != nil, "bash is not installed"))
  func bashWords() throws {
    let script = try Self.bashScript()
    defer { ShellTools.removeTemporaryFile(script) }
    let cases: [([String], [String])] = [
      (["llm-tco", "comp"], ["compare"]),
      (["llm-tco", "compare", "--gpu", "h1"], ["h100-sxm", "h100-pcie", "h100-nvl"]),
      // --gpu=h1: bash splits the word at '='.
      (["llm-tco", "compare", "--gpu", "=", "h1"], ["h100-sxm", "h100-pcie", "h100-nvl"]),
      (["llm-tco", "compare", "--form"], ["--format"]),
      (["llm-tco", "compare", "--format", ""], ["table", "json", "markdown", "csv"]),
      (["llm-tco", "sweep", "--format", "c"], ["csv"]),
      (["llm-tco", "compare", "--prefix-caching", ""], ["true", "false"]),
      (["llm-tco", "compare", "--hourly-shape", ""], ["flat", "business-hours", "evening-peak"]),
      (["llm-tco", "compare", "--acquisition", ""], ["rent", "buy"]),
      (["llm-tco", "breakeven", "--solve", "staff"], ["staff-fte", "staff-cost"]),
      (["llm-tco", "sweep", "--vary", "tokens-per"], ["tokens-per-day="]),
      (["llm-tco", "sweep", "--vary", "tokens-per-day", "=", "1"], []),
      (["llm-tco", "compare", "--tokens-per-day", ""], []),
      (["llm-tco", "catalog", "g"], ["gpus"]),
      (["llm-tco", "schema", ""], ["profile", "result"]),
      (["llm-tco", "help", "hy"], ["hybrid"]),
      (["llm-tco", "--generate-completion-script", ""], ["bash", "zsh", "fish"]),
      (["llm-tco", "--generate-completion-script", "bash", "comp"], ["compare"]),
      (["llm-tco", "--ver"], ["--version"]),
      (["llm-tco", "compare", "--", "--g"], []),
    ]
    for (words, expected) in cases {
      let got = try Self.bashCompletions(words, script: script)
      #expect(Set(got) == Set(expected), "\(words.joined(separator: " "))")
      #expect(got.count == expected.count, "\(words.joined(separator: " "))")
    }
  }

  @Test("bash completes files for profiles and file options", .enabled(if: bash != nil, "bash is not installed"))
  func bashFiles() throws {
    let script = try Self.bashScript()
    defer { ShellTools.removeTemporaryFile(script) }
    let directory = try ShellTools.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    for name in ["base.json", "baseline.json", "other.json"] {
      _ = FileManager.default.createFile(atPath: directory.appendingPathComponent(name).path, contents: Data())
    }
    let prefix = directory.path + "/base"
    let expected = [directory.path + "/base.json", directory.path + "/baseline.json"]
    for words in [
      ["llm-tco", "compare", prefix], ["llm-tco", "diff", "a.json", prefix], ["llm-tco", "compare", "-o", prefix],
      ["llm-tco", "check", "--budget", prefix], ["llm-tco", "compare", "--explain", prefix],
    ] {
      #expect(try Set(Self.bashCompletions(words, script: script)) == Set(expected), "\(words)")
    }
  }

  @Test("bash offers exactly each command's options", .enabled(if: bash != nil, "bash is not installed"))
  func bashEveryOption() throws {
    let script = try Self.bashScript()
    defer { ShellTools.removeTemporaryFile(script) }
    for command in commands {
      let expected = command.options.flatMap { o in ["--" + o.name] + (o.short.map { ["-\($0)"] } ?? []) }
      let got = try Self.bashCompletions(["llm-tco", command.name, "-"], script: script)
      #expect(Set(got) == Set(expected), "\(command.name)")
    }
  }

  @Test("zsh accepts its script", .enabled(if: zsh != nil, "zsh is not installed: the zsh script was not checked"))
  func zshSyntax() throws {
    let script = try ShellTools.temporaryFile("_llm-tco", completionScript(for: .zsh))
    defer { ShellTools.removeTemporaryFile(script) }
    let result = try ShellTools.runProcess(try #require(Self.zsh), ["-n", script])
    #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
  }

  @Test("fish accepts its script", .enabled(if: fish != nil, "fish is not installed: the fish script was not checked"))
  func fishSyntax() throws {
    let script = try ShellTools.temporaryFile("llm-tco.fish", completionScript(for: .fish))
    defer { ShellTools.removeTemporaryFile(script) }
    let result = try ShellTools.runProcess(try #require(Self.fish), ["-n", script])
    #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
  }

  @Test(
    "fish completes --gpu h1 to the H100 ids", .enabled(if: fish != nil, "fish is not installed: not run"),
    arguments: [
      ("llm-tco compare --gpu h1", ["h100-sxm", "h100-pcie", "h100-nvl"]),
      ("llm-tco comp", ["compare"]),
      ("llm-tco catalog t", ["throughput"]),
      ("llm-tco breakeven --solve staff", ["staff-fte", "staff-cost"]),
    ])
  func fishCompletions(line: String, expected: [String]) throws {
    let script = try ShellTools.temporaryFile("llm-tco.fish", completionScript(for: .fish))
    defer { ShellTools.removeTemporaryFile(script) }
    let home = try ShellTools.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: home) }
    var environment = ProcessInfo.processInfo.environment
    environment["HOME"] = home.path
    environment["XDG_CONFIG_HOME"] = home.path
    environment["XDG_DATA_HOME"] = home.path
    let result = try ShellTools.runProcess(
      try #require(Self.fish), ["--no-config", "-c", "source $argv[1]; complete -C $argv[2]", script, line],
      environment: environment)
    #expect(result.status == 0, "\(result.stderr)")
    let words = result.stdout.split(separator: "\n").map { String($0.split(separator: "\t").first ?? "") }
    #expect(Set(words) == Set(expected))
  }

  @Test("groff renders the manual without warnings", .enabled(if: groff != nil, "groff is not installed: not run"))
  func groffRenders() throws {
    let page = try ShellTools.temporaryFile("llm-tco.1", manualPage())
    defer { ShellTools.removeTemporaryFile(page) }
    let result = try ShellTools.runProcess(try #require(Self.groff), ["-ww", "-mandoc", "-Tutf8", page])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty, "groff warned: \(result.stderr)")
    // Bold and underline are overstrikes: remove them to read the text.
    let text = result.stdout.replacing(/.\x{8}/, with: "")
    for heading in ["NAME", "SYNOPSIS", "DESCRIPTION", "PROFILE OPTIONS", "ENVIRONMENT", "EXIT STATUS", "EXAMPLES"] {
      #expect(text.contains("\n" + heading + "\n"), "missing section \(heading)")
    }
    for command in commands { #expect(text.contains("llm-tco " + command.name), "\(command.name) not in SYNOPSIS") }
    #expect(text.contains("--tokens-per-day n"))
    #expect(text.contains("-o, --output file"))
    #expect(text.contains("64      A usage error"))
  }

  @Test("man -l renders the manual without warnings", .enabled(if: man != nil, "man is not installed: not run"))
  func manRenders() throws {
    let page = try ShellTools.temporaryFile("llm-tco.1", manualPage())
    defer { ShellTools.removeTemporaryFile(page) }
    var environment = ProcessInfo.processInfo.environment
    environment["MANPAGER"] = "cat"
    environment["MANWIDTH"] = "80"
    environment["MAN_KEEP_FORMATTING"] = nil
    let result = try ShellTools.runProcess(try #require(Self.man), ["-l", page], environment: environment)
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty, "man warned: \(result.stderr)")
    #expect(result.stdout.replacing(/.\x{8}/, with: "").contains("llm-tco — compare the cost of an LLM API"))
  }

  // MARK: - In-process: the flags and the pieces the scripts are built from

  @Test("--generate-completion-script takes the shell from its value or $SHELL")
  func generatorFlag() {
    let bash = run(["--generate-completion-script", "bash"])
    #expect(bash.exitCode == 0 && bash.stdout.hasPrefix("# bash completion for llm-tco\n"))
    #expect(run(["--generate-completion-script=fish"]).stdout.hasPrefix("# fish completion for llm-tco\n"))
    let fromShell = run(["--generate-completion-script"], context: Context(environment: ["SHELL": "/usr/bin/zsh"]))
    #expect(fromShell.exitCode == 0 && fromShell.stdout.hasPrefix("#compdef llm-tco\n"))
    let manual = run(["--generate-manual"])
    #expect(manual.exitCode == 0 && manual.stdout.contains("\n.Dt LLM-TCO 1\n"))
  }

  @Test("A missing or unknown shell is a usage error")
  func generatorErrors() {
    let missing = run(["--generate-completion-script"], context: Context(environment: ["SHELL": "/bin/tcsh"]))
    #expect(missing.exitCode == 64)
    #expect(missing.stderr.hasPrefix("Error: Missing value for '--generate-completion-script <shell>'.\n"))
    let unknown = run(["--generate-completion-script", "zhs"])
    #expect(unknown.exitCode == 64)
    #expect(
      unknown.stderr.hasPrefix(
        "Error: --generate-completion-script: must be 'bash', 'zsh' or 'fish', got 'zhs'. Did you mean 'zsh'?\n"))
    #expect(run(["--generate-manual", "--generate-completion-script", "bash"]).exitCode == 64)
    #expect(run(["--generate-manual", "extra"]).exitCode == 64)
  }

  @Test("Positional arguments come from each command's usage line")
  func positionalArguments() throws {
    let model = CompletionModel.current
    func arguments(_ name: String) throws -> [CompletionArgument] {
      try #require(model.subcommands.first { $0.name == name }).arguments
    }
    #expect(try arguments("compare") == [CompletionArgument(name: "profile", optional: true, values: .files)])
    #expect(
      try arguments("diff") == [
        CompletionArgument(name: "baseline", optional: false, values: .files),
        CompletionArgument(name: "new", optional: false, values: .files),
      ])
    #expect(
      try arguments("catalog") == [
        CompletionArgument(name: "section", optional: true, values: .words(["api", "gpus", "models", "throughput"]))
      ])
    #expect(
      try arguments("schema") == [
        CompletionArgument(name: "which", optional: false, values: .words(["profile", "result"]))
      ])
    #expect(model.subcommands.map(\.name).last == "help")
  }

  @Test("Text helpers: first sentence, roff escapes, mdoc date")
  func textHelpers() {
    #expect(
      firstSentence("An input (flag name, e.g. tokens-per-day) and its range; give twice for a grid.")
        == "An input (flag name, e.g. tokens-per-day) and its range; give twice for a grid")
    #expect(firstSentence("Show the version. More here.") == "Show the version")
    #expect(roffEscaped("use --format json") == "use \\%\\-\\-format json")
    #expect(roffEscaped("a\\b self-hosted") == "a\\eb \\%self-hosted")
    #expect(roffEscaped("[--vary …] '-'") == "\\%[\\-\\-vary \\[u2026]] \\%'\\-'")
    #expect(mdocDate("2026-11-21") == "November 21, 2026")
    #expect(mdocDate("soon") == "soon")
  }
}

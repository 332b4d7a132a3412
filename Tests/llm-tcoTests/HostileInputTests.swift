import Foundation
import TCOData
import Testing

@testable import llm_tco

/// Issue 15: hostile text never reaches the terminal raw, never floods it, never stalls.
@Suite("Hostile input")
struct HostileInputTests {
  /// True when `text` holds a control character other than a newline or a tab.
  func hasRawControl(_ text: String) -> Bool {
    text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || ($0.value >= 0x7F && $0.value < 0xA0) }
  }

  @Test(
    "Control characters in a name or an id are refused or shown escaped, never written raw",
    arguments: [
      ["compare", "--api", "gpt\u{1B}[31mred\nError: fake"],
      ["compare", "--gpu", "h100\u{7}\u{0}"],
      ["compare", "--name", "title\u{1B}]0;pwned\u{7}"],
      ["compare", "--tokens-per-dya\u{1B}[2J", "5M"],
      ["comp\u{9B}are"],
      ["breakeven", "--solve", "util\u{1B}"],
    ])
  func controlCharacters(arguments: [String]) {
    let output = runCLI(arguments)
    #expect(output.exitCode == 64)
    #expect(!hasRawControl(output.stdout) && !hasRawControl(output.stderr), "\(output.stderr)")
    // No input can forge a line: every stderr line but the usage lines starts as the tool writes it.
    let lines = output.stderr.split(separator: "\n")
    #expect(lines.filter { $0.hasPrefix("Error:") }.count == 1, "\(output.stderr)")
  }

  @Test("A profile name with a newline is an input error, not a forged line")
  func profileName() {
    let profile = """
      {"name": "evil\\u001b]0;x\\u0007\\nError: fake", "workload": {"tokensPerDay": 5000000, "inputShare": 0.75},
       "api": {"model": "gpt-4o"}, "selfHosted": {"model": "llama-3.1-70b", "gpu": "h100-sxm"}}
      """
    let output = runCLI(["compare", "-"], stdin: profile)
    #expect(output.exitCode == 65)
    #expect(output.stderr.hasPrefix("Error: <stdin>: name: must be one line of text without control characters"))
    #expect(!hasRawControl(output.stderr))
  }

  @Test("A huge unknown id is answered at once and quoted short")
  func hugeID() {
    let id = String(repeating: "x", count: 1_000_000)
    let start = Date()
    let output = runCLI(["compare", "--api", id])
    #expect(Date().timeIntervalSince(start) < 2)
    #expect(output.exitCode == 64)
    #expect(output.stderr.count < 300, "\(output.stderr.count) characters")
    let option = runCLI(["compare", "--" + id, "1"])
    #expect(option.stderr.count < 300)
  }
}

@Suite("Hostile price files")
struct HostilePriceFileTests {
  @Test("A price so large its costs would overflow is refused with the model and key; nothing prints inf")
  func hugePrice() throws {
    let path = try writeTemporary(
      #"{"huge-model": {"input_cost_per_token": 1e300, "output_cost_per_token": 1e-6, "#
        + #""litellm_provider": "openai", "mode": "chat"}}"#)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let output = runCLI(["compare", "--prices", path])
    #expect(output.exitCode == 0)
    #expect(output.stderr.contains("model 'huge-model', key 'input_cost_per_token'"), "\(output.stderr)")
    #expect(output.stderr.contains("out of range"))
    #expect(!output.stdout.contains("$inf"))
    let priced = runCLI(["compare", "--prices", path, "--api", "huge-model"])
    #expect(priced.exitCode == 64)
    #expect(!(priced.stdout + priced.stderr).contains("$inf"))
  }
}

@Suite("Hostile benchmark files")
struct HostileBenchmarkFileTests {
  @Test("A benchmark figure beyond 1e15 is a data error naming its key, not an unreadable table")
  func hugeFigure() throws {
    let path = try writeTemporary(
      #"{"completed": 10, "duration": 1e301, "total_input_tokens": 20000, "total_output_tokens": 5000, "#
        + #""output_throughput": 1e303, "max_concurrency": 32, "request_throughput": 1}"#)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let output = runCLI(["calibrate", path, "--gpus-per-replica", "8"])
    #expect(output.exitCode == 65, "\(output.stdout)\(output.stderr)")
    #expect(output.stderr.contains("expected a number of at most 1e15 in size"), "\(output.stderr)")
  }
}

import Foundation
import TCOData
import Testing

@testable import llm_tco

/// docs/claims.md is generated from Fixtures/claims by running the CLI: it must never drift from the model.
@Suite("The articles' claims")
struct ClaimsTests {
  @Test("docs/claims.md is what the profiles in Fixtures/claims give today")
  func pageMatchesTheModel() throws {
    let actual = try ClaimsPage.generate()
    if ProcessInfo.processInfo.environment["LLM_TCO_RECORD"] == "1" {
      try actual.write(to: claimsPageURL, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: claimsPageURL, encoding: .utf8)
    if actual != expected {
      Issue.record(
        """
        docs/claims.md differs from what the tool prints now (regenerate it with \
        LLM_TCO_RECORD=1 swift test --filter ClaimsTests and review the diff):
        \(unifiedDiff(expected: expected, actual: actual))
        """)
    }
  }

  @Test("Every profile in Fixtures/claims is on the page, and only those")
  func everyProfileIsUsed() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: claimsFixtures.path)
      .filter { $0.hasSuffix(".json") }.sorted()
    #expect(files == ClaimsPage.profiles.sorted())
  }

  /// 100K requests of 2,000 input and 1,000 output tokens on gpt-4o ($2.50 and $10.00 per 1M):
  /// 100,000 × (2,000 × 2.5 + 1,000 × 10) / 1e6 = $1,500 a month, the article's API figure.
  @Test("The 100K-requests profile reproduces the article's $1,500 API bill")
  func requestsProfileReproducesTheApiColumn() throws {
    let c = try Comparison(Invocation(command: "compare", profile: "requests-100k-per-month.json"))
    #expect(abs(c.api - 1500) < 0.005)
  }

  /// 3.5M tokens/day, 75 % input, on claude-opus-4-7 ($5 and $25 per 1M):
  /// (2.625 × 5 + 0.875 × 25) = $35 a day × 365/12 = $1,064.58 a month.
  @Test("The 2–5M profile prices the API by hand")
  func frontierProfileApiBill() throws {
    let c = try Comparison(Invocation(command: "compare", profile: "breakeven-2-5m-tokens.json"))
    #expect(abs(c.api - 35 * 365 / 12) < 0.005)
  }

  /// With one replica's cost independent of volume, the break-even utilization u* satisfies
  /// API(full) · u* = Self, so u* = Self / API(full): the two halves of the 50 %/50 % claim are one equation.
  @Test("Break-even utilization equals the self-hosted share of the full-capacity API bill")
  func halfAtHalfIdentity() throws {
    let profile = "half-price-at-half-utilization.json"
    let base = try Comparison(Invocation(command: "compare", profile: profile))
    let tokensPerDay = try base.input("workload.tokensPerDay")
    let full = (tokensPerDay / base.utilization * (1 - 1e-5)).rounded(.down)
    try #require(full.isFinite && full >= 1 && full < 1e15)
    let atFull = try Comparison(base.invocation.with(["--tokens-per-day", String(Int64(full))]))
    #expect(atFull.replicas == 1)
    let solve = try Solution(Invocation(command: "breakeven", profile: profile, flags: ["--solve", "tokens-per-day"]))
    let breakEven = try #require(solve.only)
    #expect(abs(breakEven / full - atFull.costRatio) < 1e-4)
  }

  @Test(
    "Formatting is deterministic",
    arguments: [
      (Fmt.money(14158.73), "$14,159"), (Fmt.money(399.224), "$399.22"), (Fmt.money(0.06481), "$0.0648"),
      (Fmt.money(0.5), "$0.500"),
      (Fmt.money(-13493.4), "-$13,493"), (Fmt.money(1_000_000), "$1,000,000"), (Fmt.count(46_498_000), "46.5M"),
      (Fmt.count(943_916), "944k"), (Fmt.count(10_000_000), "10M"), (Fmt.count(3_500_000), "3.5M"),
      (Fmt.percent(0.00617), "0.62 %"), (Fmt.percent(0.64), "64 %"), (Fmt.factor(9.30985), "9.31×"),
      (Fmt.significant(0.375), "0.375"), (Fmt.significant(20.3049), "20.3"), (Fmt.significant(.infinity), "∞"),
    ])
  func formatting(_ pair: (String, String)) {
    #expect(pair.0 == pair.1)
  }

  @Test("A failing run is an error naming the command, not a crash")
  func failingRunIsAnError() {
    let bad = Invocation(command: "compare", profile: "no-such-profile.json")
    #expect(throws: ClaimsPageError.self) { try Comparison(bad) }
  }
}

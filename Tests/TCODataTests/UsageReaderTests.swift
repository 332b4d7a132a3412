import Foundation
import Testing

@testable import TCOData
import TCOModel

private let usageFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("Fixtures/usage")

private func page(_ name: String) throws -> (fileName: String, bytes: [UInt8]) {
  let data = try #require(FileManager.default.contents(atPath: usageFolder.appendingPathComponent(name).path))
  return (name, Array(data))
}

private func summarize(_ names: String...) throws -> UsageSummary {
  try UsageReader.summarize(pages: names.map(page))
}

private func relativelyNear(_ a: Double?, _ b: Double, _ tolerance: Double) -> Bool {
  guard let a else { return false }
  return abs(a - b) <= tolerance * abs(b)
}

/// The error `summarize` throws for these pages.
private func failure(_ pages: [(fileName: String, bytes: [UInt8])]) -> UsageReadError? {
  do {
    _ = try UsageReader.summarize(pages: pages)
    return nil
  } catch {
    return error
  }
}

@Suite("Usage exports")
struct UsageReaderTests {
  /// Hand computation from make-fixtures.py (OpenAI, 1h, two pages):
  /// requests in hour h of day d = 100000·w(h)·1.01^d, w = 3 for hours 8–17 and 1 otherwise, Σw = 44;
  /// whole days d = 0…13 (2025-03-03…2025-03-16). Requests per day = 4.4e6·1.01^d, so over the 14
  /// days the mean factor is Σ1.01^d / 14 = (1.01^14 − 1)/0.01/14 = 1.0676730.
  /// Input/day = 2000 · 4.4e6 · 1.0676730 = 9.39552e9; output/day = 500 · 4.4e6 · 1.0676730 = 2.34888e9;
  /// requests/day = 4.69776e6; 2000 input and 500 output tokens per request; cached 500/2000 = 0.25;
  /// batch 10 %; gpt-4.1-mini 80 + 10 = 90 %, gpt-4.1 10 %; hour shares 3/44 = 0.0681818 (8–17 UTC)
  /// and 1/44 = 0.0227273; monthly growth 1.01^(365/12) − 1 = 0.35345 with no noise.
  /// The tolerance 1e-4 covers rounding each part to whole requests (≥ 10000 requests per part).
  @Test("OpenAI two-week hourly export, two pages")
  func openAIHourly() throws {
    let s = try summarize("openai-hourly-page1.json", "openai-hourly-page2.json")
    let meanFactor = (pow(1.01, 14) - 1) / 0.01 / 14
    #expect(abs(meanFactor - 1.0676730) < 1e-7)
    #expect(s.provider == .openAI && s.bucketWidth == .hour)
    #expect(s.sourceFiles == ["openai-hourly-page1.json", "openai-hourly-page2.json"])
    #expect(s.firstDay == "2025-03-03" && s.lastDay == "2025-03-16" && s.wholeDays == 14)
    #expect(
      s.droppedDays == [
        DroppedUsageDay(date: "2025-03-02", reason: "only 12 of 24 hourly buckets (a partial day)"),
        DroppedUsageDay(date: "2025-03-17", reason: "only 6 of 24 hourly buckets (a partial day)"),
      ])
    #expect(relativelyNear(s.inputTokensPerDay, 2000 * 4.4e6 * meanFactor, 1e-4))
    #expect(relativelyNear(s.outputTokensPerDay, 500 * 4.4e6 * meanFactor, 1e-4))
    #expect(relativelyNear(s.requestsPerDay, 4.4e6 * meanFactor, 1e-4))
    #expect(s.inputTokensPerRequest == 2000 && s.outputTokensPerRequest == 500)  // exact: whole requests
    #expect(s.cachedInputShare == 0.25 && s.cacheWriteInputShare == 0)
    #expect(relativelyNear(s.batchShare, 0.1, 1e-4))
    let shape = try #require(s.hourlyShape)
    #expect(shape.count == 24)
    for h in 0..<24 { #expect(relativelyNear(shape[h], (8...17).contains(h) ? 3.0 / 44 : 1.0 / 44, 1e-4)) }
    let growth = try #require(s.growth)
    #expect(relativelyNear(growth.monthlyGrowth, pow(1.01, 365.0 / 12) - 1, 1e-4))
    #expect(abs(growth.monthlyGrowth - 0.35345) < 1e-4)
    #expect(growth.days == 14 && growth.standardError < 1e-4)
    if case .point(let g) = growth.suggestion { #expect(g == growth.monthlyGrowth) } else { Issue.record("noisy?") }
    #expect(s.dominantModel == "gpt-4.1-mini")
    #expect(s.models.map(\.model) == ["gpt-4.1-mini", "gpt-4.1"])
    #expect(relativelyNear(s.models.first?.share, 0.9, 1e-4) && relativelyNear(s.models.last?.share, 0.1, 1e-3))
    #expect(s.notes.isEmpty)
  }

  /// Hand computation from make-fixtures.py (Anthropic, 1h): per unit of w(h)·1.005^d, 1,000,000
  /// input (600,000 uncached + 300,000 cache reads + 80,000 + 20,000 cache writes) and 250,000 output;
  /// w = 4 for hours 13–21 UTC, 1 otherwise, Σw = 51. Whole days d = 0…13 except d = 7 (2025-06-09 lacks
  /// its 03:00 bucket): 13 days, mean factor (Σ_{d=0}^{13} 1.005^d − 1.005^7)/13
  /// = (14.464226 − 1.0355294)/13 = 1.0329767.
  /// Input/day = 51e6 · 1.0329767 = 5.26818e7; output/day = 12.75e6 · 1.0329767 = 1.31705e7;
  /// cached share 300,000/1,000,000 = 0.30 (cache writes 0.10 are input, not cached); batch 10 %;
  /// claude-sonnet-4-5 75 + 10 = 85 % (dominant), claude-haiku-4-5 15 %; hour shares 4/51 = 0.0784314
  /// (13–21 UTC) and 1/51 = 0.0196078; growth 1.005^(365/12) − 1 = 0.16382. No request count.
  @Test("Anthropic two-week hourly export with a missing hour")
  func anthropicHourly() throws {
    let s = try summarize("anthropic-hourly.json")
    let meanFactor = ((pow(1.005, 14) - 1) / 0.005 - pow(1.005, 7)) / 13
    #expect(abs(meanFactor - 1.0329767) < 1e-7)
    #expect(s.provider == .anthropic && s.bucketWidth == .hour)
    #expect(s.firstDay == "2025-06-02" && s.lastDay == "2025-06-15" && s.wholeDays == 13)
    #expect(s.droppedDays.map(\.date) == ["2025-06-01", "2025-06-09", "2025-06-16"])
    #expect(s.droppedDays[1].reason == "only 23 of 24 hourly buckets (a partial day)")
    #expect(relativelyNear(s.inputTokensPerDay, 51e6 * meanFactor, 1e-5))
    #expect(relativelyNear(s.outputTokensPerDay, 12.75e6 * meanFactor, 1e-5))
    #expect(relativelyNear(s.cachedInputShare, 0.30, 1e-5))
    #expect(relativelyNear(s.cacheWriteInputShare, 0.10, 1e-5))
    #expect(relativelyNear(s.batchShare, 0.10, 1e-5))
    #expect(s.requestsPerDay == nil && s.inputTokensPerRequest == nil && s.outputTokensPerRequest == nil)
    #expect(s.notes.contains { $0.contains("not requests") })
    let shape = try #require(s.hourlyShape)
    for h in 0..<24 { #expect(relativelyNear(shape[h], (13...21).contains(h) ? 4.0 / 51 : 1.0 / 51, 1e-5)) }
    let growth = try #require(s.growth)
    #expect(relativelyNear(growth.monthlyGrowth, pow(1.005, 365.0 / 12) - 1, 1e-4))
    #expect(abs(growth.monthlyGrowth - 0.16382) < 1e-4)
    #expect(growth.days == 13)
    #expect(s.dominantModel == "claude-sonnet-4-5")
    #expect(s.models.map(\.model) == ["claude-sonnet-4-5", "claude-haiku-4-5"])
    #expect(relativelyNear(s.models.first?.share, 0.85, 1e-5))
  }

  /// Hand computation: 7 daily buckets of 10,000,000 input (2,000,000 cached), 3,000,000 output and
  /// 5000 requests: 1e7 input and 3e6 output per day, cached 0.2, 5000 requests/day, 2000 input and
  /// 600 output tokens per request, growth exactly 0 (constant days), no shape, batch or model.
  @Test("OpenAI daily buckets, not grouped")
  func openAIDaily() throws {
    let s = try summarize("openai-daily.json")
    #expect(s.bucketWidth == .day && s.wholeDays == 7 && s.droppedDays.isEmpty)
    #expect(s.firstDay == "2025-04-07" && s.lastDay == "2025-04-13")
    #expect(s.inputTokensPerDay == 1e7 && s.outputTokensPerDay == 3e6 && s.cachedInputShare == 0.2)
    #expect(s.requestsPerDay == 5000 && s.inputTokensPerRequest == 2000 && s.outputTokensPerRequest == 600)
    #expect(s.hourlyShape == nil && s.batchShare == nil && s.dominantModel == nil && s.models.isEmpty)
    #expect(s.growth?.suggestion == .point(0))
    #expect(s.notes.contains("batch share not measured: export with group_by=batch"))
    #expect(s.notes.contains("models not measured: export grouped by model"))
  }

  /// A noisy week: daily tokens 1e9·e^c with c = 0, 0.2, 0, 0.2, 0, 0.2, 0 (days 0…6).
  /// By hand: d̄ = 3, Σ(d − d̄)² = 28, Σ(d − d̄)·c = 0.2·((1−3) + (3−3) + (5−3)) = 0, so the slope is 0;
  /// residuals are c − 0.6/7: Σ e² = 0.04·3·4/7 = 0.0685714; se(b) = √(0.0685714/5/28) = 0.0221313;
  /// 2·se·365/12 = 1.34632 > 0.02, so noisy: triangular(e^−1.34632 − 1, 0, e^1.34632 − 1)
  /// = (−0.73980, 0, 2.84327); standard error of g = 365/12 · 1 · 0.0221313 = 0.67316.
  @Test("A noisy week gives a triangular growth suggestion")
  func noisyGrowth() throws {
    let day0 = 1_743_984_000  // 2025-04-07T00:00:00Z
    var buckets: [String] = []
    for (d, c) in [0, 0.2, 0, 0.2, 0, 0.2, 0].enumerated() {
      let tokens = Int((1e9 * exp(c)).rounded())
      let start = day0 + 86_400 * d
      buckets.append(
        #"{"object":"bucket","start_time":\#(start),"end_time":\#(start + 86_400),"results":[{"#
          + #""object":"organization.usage.completions.result","input_tokens":\#(tokens),"output_tokens":0,"#
          + #""num_model_requests":1}]}"#)
    }
    let text = #"{"object":"page","data":["# + buckets.joined(separator: ",") + "]}"
    let s = try UsageReader.summarize(pages: [("noisy.json", Array(text.utf8))])
    let growth = try #require(s.growth)
    #expect(abs(growth.monthlyGrowth) < 1e-9)
    #expect(abs(growth.standardError - 0.67316) < 1e-5)
    guard case .triangular(let low, let mode, let high) = growth.suggestion else {
      Issue.record("expected a triangular suggestion")
      return
    }
    #expect(abs(low - -0.73980) < 1e-5 && abs(mode) < 1e-9 && abs(high - 2.84327) < 1e-5)
  }

  @Test("Bad pages get a clear error")
  func badPages() throws {
    let notUsage = try #require(failure([try page("bad-not-usage.json")]))
    #expect(notUsage.kind == .notUsagePage && notUsage.path == "object")
    #expect(notUsage.message.contains("/v1/organization/usage/completions"))
    let costs = try #require(failure([try page("bad-costs-page.json")]))
    #expect(costs.kind == .invalidValue && costs.path == "data[0].results[0].object")
    let mixed = try #require(failure([try page("bad-mixed-widths.json")]))
    #expect(mixed.kind == .mixedBucketWidths && mixed.path == "data[1]")
    let zero = try #require(failure([try page("bad-zero-traffic.json")]))
    #expect(zero.kind == .zeroTraffic)
    #expect(
      zero.description
        == "bad-zero-traffic.json: reports zero tokens over 3 whole day(s): there is no traffic to measure")
    let twice = try #require(failure([try page("openai-hourly-page1.json"), try page("openai-hourly-page1.json")]))
    #expect(twice.kind == .duplicateBucket && twice.message.contains("2025-03-02T12:00Z"))
    let providers = try #require(failure([try page("openai-daily.json"), try page("anthropic-hourly.json")]))
    #expect(providers.kind == .mixedProviders)
    let widths = try #require(failure([try page("openai-daily.json"), try page("openai-hourly-page1.json")]))
    #expect(widths.kind == .mixedBucketWidths)
    let syntax = try #require(failure([("cut.json", Array("{\"data\": [".utf8))]))
    #expect(syntax.kind == .syntax)
    // A page with only the first half-day has no whole day.
    let half = #"{"data":[{"starting_at":"2025-06-01T18:00:00Z","ending_at":"2025-06-01T19:00:00Z","results":[]}]}"#
    #expect(failure([("half.json", Array(half.utf8))])?.kind == .noWholeDay)
    let badTime = #"{"data":[{"starting_at":"2025-06-31T00:00:00Z","ending_at":"2025-07-01T00:00:00Z","results":[]}]}"#
    let time = try #require(failure([("time.json", Array(badTime.utf8))]))
    #expect(time.kind == .invalidValue && time.path == "data[0].starting_at")
  }

  @Test("UTC calendar: known dates, leap days, offsets")
  func calendar() {
    // 2000-03-01 is day 11017: 30 years · 365 + 7 leap days (1972…1996) + 31 + 29 (leap February).
    #expect(UTCCalendar.days(year: 2000, month: 3, day: 1) == 30 * 365 + 7 + 31 + 29)
    #expect(UTCCalendar.dateString(days: 11_017) == "2000-03-01")
    #expect(UTCCalendar.dateString(days: 11_016) == "2000-02-29")
    #expect(UTCCalendar.dateString(days: 0) == "1970-01-01")
    // 2025-03-03T00:00:00Z = 1740960000 (20150 days).
    #expect(UTCCalendar.seconds(rfc3339: "2025-03-03T00:00:00Z") == 1_740_960_000)
    #expect(UTCCalendar.seconds(rfc3339: "2025-03-03T02:00:00.000+02:00") == 1_740_960_000)
    #expect(UTCCalendar.seconds(rfc3339: "2100-02-29T00:00:00Z") == nil)  // 2100 is not a leap year
    #expect(UTCCalendar.seconds(rfc3339: "2025-03-03 00:00:00") == nil)
    #expect(UTCCalendar.dateString(days: UTCCalendar.maximumSeconds / 86_400) == "9999-12-31")
  }
}

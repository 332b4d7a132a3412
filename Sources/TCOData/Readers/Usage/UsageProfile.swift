import TCOModel

/// The workload block of a profile built from a usage summary, and what was left out of it.
public struct UsageProfile: Sendable, Equatable {
  /// The profile document: `name`, `workload` and, when known, `api.model`.
  public var document: JSONValue
  /// The catalog API model the profile names, if any.
  public var apiModel: String?
  /// What the profile could not carry, in plain words (for standard error).
  public var notes: [String]
}

extension UsageSummary {
  /// The catalog id of the dominant model: the id as exported, else without a dated snapshot suffix
  /// (`-20250929` as Anthropic writes it, `-2025-04-14` as OpenAI does); `nil` when no model
  /// dominates or the catalog knows neither.
  public func catalogModel(in catalog: Catalog) -> String? {
    guard let model = dominantModel else { return nil }
    if catalog.apiModel(model) != nil { return model }
    let undated = Self.withoutDateSuffix(model)
    return undated != model && catalog.apiModel(undated) != nil ? undated : nil
  }

  /// `model` without a trailing `-YYYYMMDD` or `-YYYY-MM-DD`.
  static func withoutDateSuffix(_ model: String) -> String {
    let digits = Array(model.utf8)
    func isDigit(_ i: Int) -> Bool { i >= 0 && i < digits.count && digits[i] >= 0x30 && digits[i] <= 0x39 }
    let n = digits.count
    if n > 9, digits[n - 9] == UInt8(ascii: "-"), (n - 8..<n).allSatisfy(isDigit) {
      return String(decoding: digits[..<(n - 9)], as: UTF8.self)
    }
    if n > 11, digits[n - 11] == UInt8(ascii: "-"), digits[n - 6] == UInt8(ascii: "-"),
      digits[n - 3] == UInt8(ascii: "-"),
      (n - 10..<n - 6).allSatisfy(isDigit), isDigit(n - 5), isDigit(n - 4), isDigit(n - 2), isDigit(n - 1)
    {
      return String(decoding: digits[..<(n - 11)], as: UTF8.self)
    }
    return model
  }

  /// The profile this usage gives: input and output tokens per day (whole tokens), cached-input
  /// share, batch share (when measured), the hourly shape (hourly buckets), monthly growth (a
  /// number, or `{"triangular": [lo, mode, hi]}` when the fit is noisy) and `api.model` when one
  /// model dominates and the catalog knows it. Shares, weights and growth are rounded to 6
  /// significant digits; growth is kept inside the profile's range (−100 %, 1000 %].
  public func profile(catalog: Catalog) -> UsageProfile {
    var notes: [String] = []
    func share(_ x: Double) -> JSONValue { .number(Format.roundSignificant(x, 6)) }
    var workload: [(key: String, value: JSONValue)] = [
      ("inputTokensPerDay", .number(inputTokensPerDay.rounded())),
      ("outputTokensPerDay", .number(outputTokensPerDay.rounded())),
      ("cachedInputShare", share(cachedInputShare)),
    ]
    if let batchShare { workload.append(("batchShare", share(batchShare))) }
    // The typical request, when the export counts requests (OpenAI does, Anthropic does not): it
    // prices long-context tiers and sizes self-hosting for the real context length.
    // A shape no model serves (under one output token, or over a million tokens a request) is left
    // out and said so: it would only stop the capacity model.
    if let i = inputTokensPerRequest, let o = outputTokensPerRequest, i + o > 0 {
      if o >= 1 && i + o <= 1_000_000 {
        workload.append(("inputTokensPerRequest", .number(Format.roundSignificant(i, 6))))
        workload.append(("outputTokensPerRequest", .number(Format.roundSignificant(o, 6))))
      } else {
        notes.append(
          "The request shape (\(Format.count(i)) input and \(Format.significant(o, 3)) output tokens a request) "
            + "is left out of the profile: no model serves it; give workload.inputTokensPerRequest yourself.")
      }
    }
    if let hourlyShape { workload.append(("hourlyShape", .array(hourlyShape.map(share)))) }
    if let growth, growth.days < UsageGrowth.daysToTrust, growth.monthlyGrowth != 0 {
      // A fit over a few weeks cannot tell a trend from a weekly cycle or a launch spike, and the
      // profile compounds it over the whole horizon.
      let year = power(1 + growth.monthlyGrowth, 12)
      notes.append(
        "the growth was fitted over only \(growth.days) days and the profile compounds it over the whole horizon "
          + "(\(Format.significant(growth.monthlyGrowth * 100, 3)) %/month is ×\(Format.significant(year, 3)) in a "
          + "year): check it, or set workload.monthlyGrowth yourself")
    }
    if let growth {
      // The profile takes growth in (−1, 10]: −100 % would empty the workload, 10 is its cap.
      func bounded(_ g: Double) -> Double { min(10, max(-0.999999, Format.roundSignificant(g, 6))) }
      switch growth.suggestion {
      case .point(let g):
        workload.append(("monthlyGrowth", .number(bounded(g))))
        if bounded(g) != Format.roundSignificant(g, 6) {
          notes.append(
            "the measured growth (\(Format.significant(g * 100, 4)) %/month) is outside what a profile allows "
              + "(above -100 %, at most +1000 %): the profile has \(Format.number(bounded(g) * 100)) %")
        }
      case .triangular(let low, let mode, let high):
        let (lo, mo, hi) = (bounded(low), bounded(mode), bounded(high))
        if hi != Format.roundSignificant(high, 6) || mo != Format.roundSignificant(mode, 6) {
          notes.append("the growth distribution is capped at +1000 %/month, the most a profile allows")
        }
        if lo < hi {
          workload.append(
            ("monthlyGrowth", .object([("triangular", .array([.number(lo), .number(mo), .number(hi)]))])))
        } else {
          workload.append(("monthlyGrowth", .number(mo)))
        }
      }
    } else {
      notes.append("monthly growth not measured (fewer than 7 whole days with traffic): the profile leaves it at 0")
    }
    if cacheWriteInputShare > 0 {
      notes.append(
        "cache writes (\(Format.percent(cacheWriteInputShare)) of input) are priced as uncached input: "
          + "the profile has no cache-write price")
    }
    var members: [(key: String, value: JSONValue)] = [("name", .string(provenance)), ("workload", .object(workload))]
    let apiModel = catalogModel(in: catalog)
    if let apiModel {
      members.append(("api", .object([("model", .string(apiModel))])))
    } else if let dominantModel {
      notes.append("the catalog does not know \(dominantModel): give --api or the API's prices")
    }
    return UsageProfile(document: .object(members), apiModel: apiModel, notes: notes)
  }

  /// Where the workload comes from, for the profile's `name`: the files' names and the days measured.
  public var provenance: String {
    let names = sourceFiles.map { String($0.split(separator: "/", omittingEmptySubsequences: false).last ?? "") }
    let provider = provider == .openAI ? "OpenAI" : "Anthropic"
    return "\(provider) usage \(firstDay) to \(lastDay) (\(wholeDays) whole days) from \(names.joined(separator: ", "))"
  }
}

import TCOModel

/// Whose usage export a page is.
public enum UsageProvider: String, Sendable, CaseIterable {
  /// `GET /v1/organization/usage/completions`: `input_tokens` INCLUDES `input_cached_tokens`.
  case openAI = "openai"
  /// `GET /v1/organizations/usage_report/messages`: `uncached_input_tokens` EXCLUDES cache reads
  /// (`cache_read_input_tokens`) and cache writes (`cache_creation`).
  case anthropic = "anthropic"
}

/// The width of the export's time buckets.
public enum UsageBucketWidth: String, Sendable {
  case hour = "1h"
  case day = "1d"

  public var seconds: Int { self == .hour ? 3600 : 86_400 }
}

/// A UTC day left out of the averages, and why.
public struct DroppedUsageDay: Sendable, Equatable {
  /// `YYYY-MM-DD`, UTC.
  public var date: String
  public var reason: String
}

/// A suggested way to enter the monthly growth into a profile.
public enum GrowthSuggestion: Sendable, Equatable {
  /// The fit is tight: use the estimate as a number.
  case point(Double)
  /// The fit is noisy: a triangular distribution over the ≈95 % interval, peaked at the estimate.
  case triangular(low: Double, mode: Double, high: Double)
}

/// The monthly growth fitted to the daily token totals.
///
/// `ln(tokens on day d) = a + b·d` by ordinary least squares over the whole days with traffic;
/// monthly growth `g = exp(b·365/12) − 1`; its standard error by the delta method,
/// `(365/12)·exp(b·365/12)·se(b)` with `se(b)² = Σ residual² / (n − 2) / Σ (d − d̄)²`. The fit is
/// noisy when the ≈95 % interval of the monthly log-growth, `±2·se(b)·365/12`, is wider than
/// ±0.02 (two percentage points); then the suggestion is
/// `triangular(exp((b − 2se)·365/12) − 1, g, exp((b + 2se)·365/12) − 1)`.
public struct UsageGrowth: Sendable, Equatable {
  /// Compound growth per month (365/12 days), e.g. 0.05 for +5 %/month.
  public var monthlyGrowth: Double
  /// The standard error of `monthlyGrowth`.
  public var standardError: Double
  /// Days in the fit.
  public var days: Int
  public var suggestion: GrowthSuggestion

  /// Fewer days than this (four weeks) cannot tell a trend from a weekly cycle: the profile notes it.
  public static let daysToTrust = 28
}

/// One model's share of the tokens.
public struct UsageModelShare: Sendable, Equatable {
  public var model: String
  /// Share of input + output tokens over the whole days (0…1).
  public var share: Double
}

/// What a provider's usage export says about the workload, over whole UTC days.
///
/// Input tokens are all billed input: OpenAI `input_tokens` (cached included); Anthropic
/// `uncached_input_tokens + cache_read_input_tokens + cache_creation` (both cache TTLs). Cached
/// input is OpenAI `input_cached_tokens`, Anthropic `cache_read_input_tokens`.
public struct UsageSummary: Sendable, Equatable {
  public var provider: UsageProvider
  public var bucketWidth: UsageBucketWidth
  /// The files read, in the order given.
  public var sourceFiles: [String]
  /// First and last whole day used, `YYYY-MM-DD` UTC.
  public var firstDay: String
  public var lastDay: String
  /// Whole days in the averages.
  public var wholeDays: Int
  /// Days between the first and last bucket that were left out, each with its reason.
  public var droppedDays: [DroppedUsageDay]
  /// Mean input tokens per whole day (cached included).
  public var inputTokensPerDay: Double
  /// Mean output tokens per whole day.
  public var outputTokensPerDay: Double
  /// Cached input / input (0…1).
  public var cachedInputShare: Double
  /// Anthropic cache writes / input (0…1); 0 for OpenAI, whose export has no cache-write count.
  public var cacheWriteInputShare: Double
  /// Batch tokens / all tokens (0…1), `nil` when the export was not grouped by batch or service tier.
  public var batchShare: Double?
  /// Requests per whole day, `nil` for Anthropic (its reports count tokens, not requests).
  public var requestsPerDay: Double?
  public var inputTokensPerRequest: Double?
  public var outputTokensPerRequest: Double?
  /// Each UTC hour's share of a day's tokens (24 values summing to 1), `nil` for daily buckets.
  public var hourlyShape: [Double]?
  /// `nil` with fewer than 7 whole days with traffic (see `notes`).
  public var growth: UsageGrowth?
  /// The model with at least 80 % of the tokens, if one has.
  public var dominantModel: String?
  /// Every model with its share, largest first; empty when the export was not grouped by model.
  public var models: [UsageModelShare]
  /// What could not be measured and why, in plain words.
  public var notes: [String]
}

/// A usage export that cannot be read or summarised.
public struct UsageReadError: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Kind: String, Sendable {
    case syntax
    /// Not an OpenAI or Anthropic usage page.
    case notUsagePage
    /// A member is missing or of the wrong type or range.
    case invalidValue
    /// Pages of both providers.
    case mixedProviders
    /// Buckets of different widths.
    case mixedBucketWidths
    /// The same bucket twice (a page given twice?).
    case duplicateBucket
    /// No token at all over the whole days.
    case zeroTraffic
    /// No whole UTC day in the export.
    case noWholeDay
  }

  public var kind: Kind
  public var file: String
  /// The JSON path of the offending member, `""` for the whole file.
  public var path: String
  public var message: String

  public init(_ kind: Kind, file: String, path: String, message: String) {
    self.kind = kind
    self.file = file
    self.path = path
    self.message = message
  }

  public var description: String {
    path.isEmpty ? "\(file): \(message)" : "\(file): \(path) \(message)"
  }
}

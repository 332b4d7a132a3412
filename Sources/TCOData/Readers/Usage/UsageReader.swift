import TCOModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads OpenAI and Anthropic usage exports (one or more pages) into a ``UsageSummary``.
///
/// Rules:
/// - all pages must be of one provider and one bucket width (1h or 1d);
/// - a bucket (same start time) met twice is an error, so a page given twice is never counted twice;
/// - a UTC day counts only when whole: with 1h buckets, all 24 hours present (an empty bucket is a
///   present hour with no traffic); with 1d buckets, a bucket from midnight to midnight UTC. Other
///   days between the first and last bucket are dropped and listed (a first or last partial day,
///   a missing hour). An in-progress final day cannot be told from a whole one: export up to yesterday.
public enum UsageReader {
  /// One usage result, normalised: input includes cached input and cache writes.
  struct Result {
    var input = 0.0
    var cached = 0.0
    var cacheWrite = 0.0
    var output = 0.0
    var requests: Double?
    var model: String?
    var batch: Bool?
  }

  struct Bucket {
    var start: Int
    var width: Int
    var file: String
    var path: String
    var results: [Result]
  }

  /// Reads and summarises the pages, in the order given.
  public static func summarize(pages: [(fileName: String, bytes: [UInt8])]) throws(UsageReadError) -> UsageSummary {
    guard let first = pages.first else {
      throw UsageReadError(.notUsagePage, file: "", path: "", message: "no usage page was given")
    }
    var provider: (UsageProvider, String)?
    var buckets: [Bucket] = []
    for page in pages {
      let value: JSONValue
      do {
        value = try JSONParser.parse(bytes: page.bytes)
      } catch {
        throw UsageReadError(
          .syntax, file: page.fileName, path: "",
          message: "is not JSON: \(error.message) at line \(error.line), column \(error.column)")
      }
      let parsed: (provider: UsageProvider?, buckets: [Bucket])
      do {
        parsed = try read(value, file: page.fileName)
      } catch {
        throw UsageReadError(error.kind, file: page.fileName, path: error.path, message: error.message)
      }
      if let p = parsed.provider {
        if let (known, file) = provider, known != p {
          throw UsageReadError(
            .mixedProviders, file: page.fileName, path: "",
            message:
              "is an \(name(p)) export but \(file) is an \(name(known)) export: give one provider's pages at a time")
        }
        if provider == nil { provider = (p, page.fileName) }
      }
      buckets += parsed.buckets
    }
    guard let (provider, _) = provider, let firstBucket = buckets.first else {
      throw UsageReadError(
        .zeroTraffic, file: first.fileName, path: "data", message: "holds no bucket: there is no traffic to measure")
    }
    // One width, no duplicates.
    for b in buckets where b.width != firstBucket.width {
      throw UsageReadError(
        .mixedBucketWidths, file: b.file, path: b.path,
        message: "is \(widthName(b.width)) wide but \(firstBucket.file) \(firstBucket.path) is "
          + "\(widthName(firstBucket.width)) wide: export every page with one bucket_width")
    }
    let width: UsageBucketWidth = firstBucket.width == 3600 ? .hour : .day
    var seen: [Int: Bucket] = [:]
    for b in buckets {
      if let earlier = seen[b.start] {
        throw UsageReadError(
          .duplicateBucket, file: b.file, path: b.path,
          message: "starts at \(stamp(b.start)), as does \(earlier.file) \(earlier.path): "
            + "is a page given twice? Each bucket may appear once")
      }
      seen[b.start] = b
    }
    return try summary(
      buckets.sorted { $0.start < $1.start }, provider: provider, width: width, files: pages.map(\.fileName))
  }

  static func name(_ p: UsageProvider) -> String { p == .openAI ? "OpenAI" : "Anthropic" }

  static func widthName(_ seconds: Int) -> String {
    switch seconds {
    case 3600: return "1 hour"
    case 86_400: return "1 day"
    default: return "\(seconds) s"
    }
  }

  static func stamp(_ seconds: Int) -> String {
    let day = seconds / UTCCalendar.secondsPerDay
    let rest = seconds % UTCCalendar.secondsPerDay
    let h = rest / 3600
    let m = rest % 3600 / 60
    return UTCCalendar.dateString(days: day) + "T" + (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)Z"
  }

  struct PageError: Error {
    var kind: UsageReadError.Kind
    var path: String
    var message: String
  }

  static let notAPage =
    "is not a usage page: expected an OpenAI `GET /v1/organization/usage/completions` page (\"object\": \"page\", "
    + "\"data\" of \"bucket\" objects with start_time, end_time, results) or an Anthropic "
    + "`GET /v1/organizations/usage_report/messages` report (\"data\" of buckets with starting_at, ending_at, results)"

  /// One page's provider (`nil` when it has no bucket) and buckets.
  static func read(_ value: JSONValue, file: String) throws(PageError) -> (
    provider: UsageProvider?, buckets: [Bucket]
  ) {
    let page = JSONFields(value)
    guard case .object = value, case .array(let items)? = value["data"] else {
      throw PageError(kind: .notUsagePage, path: "", message: notAPage)
    }
    if let object = value["object"], object != .string("page") {
      throw PageError(kind: .notUsagePage, path: "object", message: "is \(JSONFields.describe(object)). " + notAPage)
    }
    guard let firstItem = items.first else { return (nil, []) }
    let provider: UsageProvider
    if firstItem["start_time"] != nil {
      provider = .openAI
    } else if firstItem["starting_at"] != nil {
      provider = .anthropic
    } else {
      throw PageError(
        kind: .notUsagePage, path: "data[0]", message: "has neither start_time nor starting_at. " + notAPage)
    }
    var buckets: [Bucket] = []
    do {
      for bucket in try page.array("data") ?? [] {
        buckets.append(try provider == .openAI ? openAIBucket(bucket, file: file) : anthropicBucket(bucket, file: file))
      }
    } catch {
      throw PageError(kind: .invalidValue, path: error.path, message: error.message)
    }
    return (provider, buckets)
  }

  static func width(_ start: Int, _ end: Int, path: String) throws(JSONFieldError) -> Int {
    let w = end - start
    guard w == 3600 || w == 86_400 else {
      throw JSONFieldError(
        path: path,
        message: "spans \(w) seconds; expected 1-hour or 1-day buckets (bucket_width 1h or 1d)"
          + (w == 60 ? ": export with 1h or 1d, not 1m" : ""))
    }
    guard w == 86_400 || start % 3600 == 0 else {
      throw JSONFieldError(path: path, message: "starts at \(stamp(start)), not on a whole UTC hour")
    }
    return w
  }

  static func openAIBucket(_ b: JSONFields, file: String) throws(JSONFieldError) -> Bucket {
    if let o = try b.string("object"), o != "bucket" {
      throw JSONFieldError(path: b.path("object"), message: "is \"\(o)\"; expected \"bucket\"")
    }
    func time(_ key: String) throws(JSONFieldError) -> Int {
      guard let t = try b.count(key), t <= UTCCalendar.maximumSeconds else {
        throw JSONFieldError(path: b.path(key), message: "is missing or out of range; expected unix seconds")
      }
      return t
    }
    let start = try time("start_time")
    let w = try width(start, try time("end_time"), path: b.path)
    var results: [Result] = []
    for r in try b.array("results") ?? [] {
      if let o = try r.string("object"), o != "organization.usage.completions.result" {
        throw JSONFieldError(
          path: r.path("object"),
          message: "is \"\(o)\"; expected \"organization.usage.completions.result\" (the completions usage endpoint)")
      }
      func tokens(_ key: String, required: Bool) throws(JSONFieldError) -> Double {
        guard let x = try r.count(key) else {
          if required { throw JSONFieldError(path: r.path(key), message: "is missing; expected a token count") }
          return 0
        }
        return Double(x)
      }
      var result = Result()
      result.input = try tokens("input_tokens", required: true)
      result.cached = try tokens("input_cached_tokens", required: false)
      result.output = try tokens("output_tokens", required: true)
      guard result.cached <= result.input else {
        throw JSONFieldError(
          path: r.path("input_cached_tokens"), message: "exceeds input_tokens, which includes cached tokens")
      }
      result.requests = try r.count("num_model_requests").map(Double.init)
      result.model = try r.string("model")
      result.batch = try r.bool("batch")
      results.append(result)
    }
    return Bucket(start: start, width: w, file: file, path: b.path, results: results)
  }

  static func anthropicBucket(_ b: JSONFields, file: String) throws(JSONFieldError) -> Bucket {
    func time(_ key: String) throws(JSONFieldError) -> Int {
      guard let s = try b.string(key) else {
        throw JSONFieldError(path: b.path(key), message: "is missing; expected an RFC 3339 timestamp")
      }
      guard let t = UTCCalendar.seconds(rfc3339: s) else {
        throw JSONFieldError(
          path: b.path(key), message: "is \"\(s)\"; expected an RFC 3339 timestamp such as 2025-06-01T00:00:00Z")
      }
      return t
    }
    let start = try time("starting_at")
    let w = try width(start, try time("ending_at"), path: b.path)
    var results: [Result] = []
    for r in try b.array("results") ?? [] {
      func tokens(_ f: JSONFields, _ key: String) throws(JSONFieldError) -> Double {
        Double(try f.count(key) ?? 0)
      }
      guard r.has("uncached_input_tokens") else {
        throw JSONFieldError(path: r.path("uncached_input_tokens"), message: "is missing; expected a token count")
      }
      var result = Result()
      let uncached = try tokens(r, "uncached_input_tokens")
      result.cached = try tokens(r, "cache_read_input_tokens")
      if let creation = try r.object("cache_creation") {
        result.cacheWrite =
          try tokens(creation, "ephemeral_1h_input_tokens") + tokens(creation, "ephemeral_5m_input_tokens")
      }
      result.input = uncached + result.cached + result.cacheWrite
      result.output = try tokens(r, "output_tokens")
      result.model = try r.string("model")
      if let tier = try r.string("service_tier") { result.batch = tier == "batch" }
      results.append(result)
    }
    return Bucket(start: start, width: w, file: file, path: b.path, results: results)
  }

  // MARK: - Summary

  static func summary(
    _ buckets: [Bucket], provider: UsageProvider, width: UsageBucketWidth, files: [String]
  ) throws(UsageReadError) -> UsageSummary {
    let perDay = UTCCalendar.secondsPerDay
    // Group buckets by UTC day; a day is whole with 24 hourly buckets or one aligned daily bucket.
    var byDay: [Int: [Bucket]] = [:]
    var misaligned: [Int: Bucket] = [:]
    for b in buckets {
      if width == .day && b.start % perDay != 0 {
        misaligned[b.start / perDay] = b
      } else {
        byDay[b.start / perDay, default: []].append(b)
      }
    }
    let allDays = Set(byDay.keys).union(misaligned.keys)
    guard let firstDay = allDays.min(), let lastDay = allDays.max() else {
      throw UsageReadError(.zeroTraffic, file: files[0], path: "data", message: "holds no bucket")
    }
    var whole: [Int] = []
    var dropped: [DroppedUsageDay] = []
    for day in firstDay...lastDay {
      let date = UTCCalendar.dateString(days: day)
      if let b = misaligned[day] {
        dropped.append(
          DroppedUsageDay(date: date, reason: "its daily bucket starts at \(stamp(b.start)), not midnight UTC"))
        continue
      }
      let count = byDay[day]?.count ?? 0
      let needed = width == .hour ? 24 : 1
      if count == needed {
        whole.append(day)
      } else {
        dropped.append(
          DroppedUsageDay(
            date: date,
            reason: count == 0 ? "no bucket in the export" : "only \(count) of 24 hourly buckets (a partial day)"))
      }
    }
    guard !whole.isEmpty else {
      throw UsageReadError(
        .noWholeDay, file: files[0], path: "",
        message: "covers no whole UTC day (\(dropped.map { "\($0.date): \($0.reason)" }.joined(separator: "; ")))")
    }

    var input = 0.0
    var cached = 0.0
    var cacheWrite = 0.0
    var output = 0.0
    var requests = 0.0
    var requestsKnown = provider == .openAI
    var batchTokens = 0.0
    var batchKnown = true
    var modelTokens: [String: Double] = [:]
    var modelKnown = true
    var hourTokens = [Double](repeating: 0, count: 24)
    var dailyTokens: [(day: Int, tokens: Double)] = []
    for day in whole {
      var dayTokens = 0.0
      for b in byDay[day] ?? [] {
        let hour = (b.start % perDay) / 3600
        for r in b.results {
          let t = r.input + r.output
          input += r.input
          cached += r.cached
          cacheWrite += r.cacheWrite
          output += r.output
          dayTokens += t
          if width == .hour { hourTokens[hour] += t }
          if let q = r.requests { requests += q } else if t > 0 { requestsKnown = false }
          if let batch = r.batch {
            if batch { batchTokens += t }
          } else if t > 0 {
            batchKnown = false
          }
          if let m = r.model { modelTokens[m, default: 0] += t } else if t > 0 { modelKnown = false }
        }
      }
      dailyTokens.append((day, dayTokens))
    }
    let total = input + output
    guard total > 0 else {
      throw UsageReadError(
        .zeroTraffic, file: files[0], path: "",
        message: "reports zero tokens over \(whole.count) whole day(s): there is no traffic to measure")
    }
    let n = Double(whole.count)
    var notes: [String] = []
    if !batchKnown {
      notes.append(
        provider == .openAI
          ? "batch share not measured: export with group_by=batch"
          : "batch share not measured: export grouped by service_tier")
    }
    if !modelKnown { notes.append("models not measured: export grouped by model") }
    var requestsPerDay: Double?
    var inputPerRequest: Double?
    var outputPerRequest: Double?
    if provider == .anthropic {
      notes.append("Anthropic usage reports count tokens, not requests: tokens per request are not measured")
    } else if requestsKnown && requests > 0 {
      requestsPerDay = requests / n
      inputPerRequest = input / requests
      outputPerRequest = output / requests
    } else {
      notes.append("tokens per request not measured: num_model_requests is missing or 0")
    }
    let models =
      modelKnown
      ? modelTokens.map { UsageModelShare(model: $0.key, share: $0.value / total) }.sorted {
        $0.share != $1.share ? $0.share > $1.share : $0.model < $1.model
      } : []
    let growth = fitGrowth(dailyTokens, notes: &notes)
    return UsageSummary(
      provider: provider, bucketWidth: width, sourceFiles: files, firstDay: UTCCalendar.dateString(days: whole[0]),
      lastDay: UTCCalendar.dateString(days: whole[whole.count - 1]), wholeDays: whole.count, droppedDays: dropped,
      inputTokensPerDay: input / n, outputTokensPerDay: output / n, cachedInputShare: input > 0 ? cached / input : 0,
      cacheWriteInputShare: input > 0 ? cacheWrite / input : 0, batchShare: batchKnown ? batchTokens / total : nil,
      requestsPerDay: requestsPerDay, inputTokensPerRequest: inputPerRequest, outputTokensPerRequest: outputPerRequest,
      hourlyShape: width == .hour ? hourTokens.map { $0 / total } : nil, growth: growth,
      dominantModel: models.first.flatMap { $0.share >= 0.8 ? $0.model : nil }, models: models, notes: notes)
  }

  /// Days per month for growth: 365/12.
  static let daysPerMonth = 365.0 / 12

  /// The log-linear growth fit over days with traffic (see ``UsageGrowth``); `nil` with fewer than 7.
  static func fitGrowth(_ daily: [(day: Int, tokens: Double)], notes: inout [String]) -> UsageGrowth? {
    let points = daily.filter { $0.tokens > 0 }
    if points.count < daily.count {
      notes.append("\(daily.count - points.count) whole day(s) without traffic left out of the growth fit")
    }
    guard points.count >= 7 else {
      notes.append("growth not estimated: \(points.count) whole day(s) with traffic, at least 7 needed")
      return nil
    }
    let n = Double(points.count)
    let x = points.map { Double($0.day - points[0].day) }
    let y = points.map { log($0.tokens) }
    let mx = x.reduce(0, +) / n
    let my = y.reduce(0, +) / n
    var sxx = 0.0
    var sxy = 0.0
    for i in x.indices {
      sxx += (x[i] - mx) * (x[i] - mx)
      sxy += (x[i] - mx) * (y[i] - my)
    }
    let slope = sxy / sxx
    var ssr = 0.0
    for i in x.indices {
      let e = y[i] - my - slope * (x[i] - mx)
      ssr += e * e
    }
    let se = (ssr / (n - 2) / sxx).squareRoot()
    let m = daysPerMonth
    let g = exp(slope * m) - 1
    let seG = m * exp(slope * m) * se
    let low = exp((slope - 2 * se) * m) - 1
    let high = exp((slope + 2 * se) * m) - 1
    guard g.isFinite, seG.isFinite, low.isFinite, high.isFinite else {
      notes.append("growth not estimated: the daily totals change too fast for a monthly rate")
      return nil
    }
    let noisy = 2 * se * m > 0.02
    return UsageGrowth(
      monthlyGrowth: g, standardError: seG, days: points.count,
      suggestion: noisy ? .triangular(low: low, mode: g, high: high) : .point(g))
  }
}

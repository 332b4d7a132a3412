import TCOModel

/// Reads the result files of LLM serving benchmarks into ``BenchmarkRun`` values.
///
/// The format is detected from the members present (see ``BenchmarkFormat``). A document is read
/// whole as JSON first, then, if that fails, as JSON lines (one run per non-empty line, as
/// `--append-result` and SGLang write them). The bare tokens `Infinity` and `-Infinity` outside
/// strings (Python's `json.dump` writes them for `request_rate=inf`) are read as the strings
/// `"inf"`/`"-inf"`, and `NaN` as `null` ("not measured"), before the strict parser runs.
public enum BenchmarkReader {
  /// Reads one file's bytes.
  ///
  /// - Returns: the usable runs and the refused ones (each with its reason).
  /// - Throws: ``BenchmarkReadError`` for malformed JSON, an unknown format, a member of the
  ///   wrong type, or a file whose every run is refused (`.failedRun`, listing each reason).
  public static func read(bytes: [UInt8], fileName: String) throws(BenchmarkReadError) -> BenchmarkFile {
    let text = pythonNumbersMapped(bytes)
    var documents: [(value: JSONValue, place: String)] = []
    do {
      documents = [(try JSONParser.parse(bytes: text), "")]
    } catch let whole {
      let lines = splitLines(text)
      guard lines.count > 1 else {
        throw BenchmarkReadError(
          .syntax, file: fileName, path: "", message: "is not JSON: \(whole.message) at line \(whole.line)")
      }
      for (number, line) in lines {
        do {
          documents.append((try JSONParser.parse(bytes: line), "line \(number)"))
        } catch {
          throw BenchmarkReadError(
            .syntax, file: fileName, path: "",
            message: "is neither one JSON document (\(whole.message) at line \(whole.line)) nor JSON lines "
              + "(line \(number): \(error.message) at column \(error.column))")
        }
      }
    }
    var format: BenchmarkFormat?
    var runs: [BenchmarkRun] = []
    var refused: [BenchmarkRefusal] = []
    for (value, place) in documents {
      guard let detected = detect(value) else {
        throw BenchmarkReadError(
          .unknownFormat, file: fileName, path: "",
          message: (place.isEmpty ? "is" : "\(place) is") + " not a benchmark result this reader knows. Known formats: "
            + BenchmarkFormat.allCases.map(\.title).joined(separator: "; ") + ".")
      }
      if let format, format != detected {
        throw BenchmarkReadError(
          .unknownFormat, file: fileName, path: "",
          message: "mixes formats: \(place) is \(detected.title), earlier lines are \(format.title)")
      }
      format = detected
      let source = place.isEmpty ? fileName : "\(fileName) \(place)"
      let parsed: [(run: BenchmarkRun?, refusal: BenchmarkRefusal?)]
      do {
        parsed = try parse(value, format: detected, source: source)
      } catch {
        throw BenchmarkReadError(
          .invalidValue, file: fileName, path: error.path, message: (place.isEmpty ? "" : "(\(place)) ") + error.message
        )
      }
      for p in parsed {
        if let run = p.run { runs.append(run) }
        if let refusal = p.refusal { refused.append(refusal) }
      }
    }
    guard let format else {
      throw BenchmarkReadError(.syntax, file: fileName, path: "", message: "is empty: expected a benchmark result")
    }
    if runs.isEmpty {
      let reasons = refused.map { r in r.source == fileName ? r.reason : "\(r.source): \(r.reason)" }
      throw BenchmarkReadError(
        .failedRun, file: fileName, path: "",
        message: "has no usable run, so it cannot calibrate anything: " + reasons.joined(separator: "; "))
    }
    return BenchmarkFile(fileName: fileName, format: format, runs: runs, refused: refused)
  }

  // MARK: - Lenient numbers and lines

  /// The bytes with Python's non-standard `Infinity`, `-Infinity` and `NaN` tokens (outside strings)
  /// replaced by `"inf"`, `"-inf"` (padded with spaces to keep every column) and `null`.
  static func pythonNumbersMapped(_ bytes: [UInt8]) -> [UInt8] {
    let infinity = Array("Infinity".utf8)
    let nan = Array("NaN".utf8)
    func isWordByte(_ b: UInt8) -> Bool {
      (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
    }
    func matches(_ word: [UInt8], at i: Int) -> Bool {
      guard i + word.count <= bytes.count, bytes[i..<i + word.count].elementsEqual(word) else { return false }
      let before = i > 0 ? bytes[i - 1] : 0x20
      let after = i + word.count < bytes.count ? bytes[i + word.count] : 0x20
      return !isWordByte(before) && !isWordByte(after)
    }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var inString = false
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if inString {
        out.append(b)
        if b == UInt8(ascii: "\\"), i + 1 < bytes.count {
          out.append(bytes[i + 1])
          i += 2
          continue
        }
        if b == UInt8(ascii: "\"") { inString = false }
        i += 1
        continue
      }
      if b == UInt8(ascii: "\"") {
        inString = true
      } else if b == UInt8(ascii: "-"), matches(infinity, at: i + 1) {
        out += Array("\"-inf\"   ".utf8)
        i += 1 + infinity.count
        continue
      } else if b == UInt8(ascii: "I"), matches(infinity, at: i) {
        out += Array("\"inf\"   ".utf8)
        i += infinity.count
        continue
      } else if b == UInt8(ascii: "N"), matches(nan, at: i) {
        out += Array("null".utf8)
        i += nan.count
        continue
      }
      out.append(b)
      i += 1
    }
    return out
  }

  /// The non-blank lines with their 1-based numbers.
  static func splitLines(_ bytes: [UInt8]) -> [(Int, [UInt8])] {
    var lines: [(Int, [UInt8])] = []
    var number = 1
    for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      if line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) { lines.append((number, Array(line))) }
      number += 1
    }
    return lines
  }

  // MARK: - Detection

  /// The format of one JSON document, or `nil`.
  static func detect(_ value: JSONValue) -> BenchmarkFormat? {
    let f = JSONFields(value)
    guard case .object = value else { return nil }
    if case .array? = value["benchmarks"] { return .guidellm }
    if f.has("input_config") || value["output_token_throughput"]?["avg"] != nil { return .genaiPerf }
    if f.has("elapsed_time") && f.has("num_requests") && f.has("total_num_tokens") { return .vllmThroughput }
    if f.has("completed") && f.has("duration") && f.has("total_output_tokens") {
      let sglangMarkers = ["total_output_tokens_retokenized", "random_range_ratio", "sharegpt_output_len"]
      return sglangMarkers.contains(where: f.has) ? .sglangServing : .vllmServe
    }
    return nil
  }

  static func parse(
    _ value: JSONValue, format: BenchmarkFormat, source: String
  ) throws(JSONFieldError) -> [(run: BenchmarkRun?, refusal: BenchmarkRefusal?)] {
    let f = JSONFields(value)
    switch format {
    case .vllmServe, .sglangServing: return [try serving(f, format: format, source: source)]
    case .vllmThroughput: return [try throughput(f, source: source)]
    case .genaiPerf: return [try genaiPerf(f, source: source)]
    case .guidellm:
      guard let benchmarks = try f.array("benchmarks") else { return [] }
      var out: [(run: BenchmarkRun?, refusal: BenchmarkRefusal?)] = []
      for b in benchmarks { out.append(try guidellm(b, document: f, source: source + " " + b.path)) }
      if benchmarks.isEmpty {
        out.append((nil, BenchmarkRefusal(source: source, reason: "benchmarks is empty: the report holds no run")))
      }
      return out
    }
  }

  /// A run, or its refusal when it has no completed request, no output or no throughput.
  static func checked(_ run: BenchmarkRun, completedKey: String, outputKey: String?) -> (
    run: BenchmarkRun?, refusal: BenchmarkRefusal?
  ) {
    var reason: String?
    let failed = run.failedRequests.map { ", \($0) failed" } ?? ""
    if run.completedRequests == 0 {
      reason = "no request completed (\(completedKey) = 0\(failed)); every metric is empty"
    } else if let o = run.meanOutputTokens, o <= 0, let outputKey {
      let done = run.completedRequests.map { "\($0) requests completed" } ?? "requests completed"
      reason = "\(done)\(failed) but produced no output tokens (\(outputKey) = 0): a degraded run, not a throughput"
    } else if let o = run.outputTokensPerSecond, o <= 0, let outputKey {
      reason = "the output throughput is 0 (\(outputKey)): a degraded run, not a throughput"
    } else if run.requestsPerSecond <= 0 || run.totalTokensPerSecond <= 0 {
      reason = "the throughput is 0: nothing was served"
    } else if let d = run.durationSeconds, d <= 0 {
      reason = "the duration is 0 seconds"
    }
    if let reason { return (nil, BenchmarkRefusal(source: run.source, reason: reason)) }
    return (run, nil)
  }

  // MARK: - vLLM bench serve, benchmark_serving.py and SGLang bench_serving

  static func requestRate(_ f: JSONFields, _ key: String) throws(JSONFieldError) -> BenchmarkRequestRate? {
    guard let v = f.member(key) else { return nil }
    switch v {
    case .number(let x) where x.isFinite && x > 0: return .perSecond(x)
    case .string(let s) where s == "inf" || s == "Infinity": return .unbounded
    default:
      throw JSONFieldError(
        path: f.path(key), message: "is \(JSONFields.describe(v)); expected a positive number, \"inf\" or Infinity")
    }
  }

  static func latency(_ f: JSONFields, _ name: String) throws(JSONFieldError) -> LatencySummary {
    LatencySummary(
      meanMs: try f.nonNegative("mean_\(name)_ms"), medianMs: try f.nonNegative("median_\(name)_ms"),
      p99Ms: try f.nonNegative("p99_\(name)_ms"))
  }

  static func serving(_ f: JSONFields, format: BenchmarkFormat, source: String) throws(JSONFieldError) -> (
    run: BenchmarkRun?, refusal: BenchmarkRefusal?
  ) {
    func required(_ key: String) throws(JSONFieldError) -> Double {
      guard let x = try f.nonNegative(key) else {
        throw JSONFieldError(path: f.path(key), message: "is missing; expected a number")
      }
      return x
    }
    guard let completed = try f.count("completed") else {
      throw JSONFieldError(path: f.path("completed"), message: "is missing; expected the number of completed requests")
    }
    let duration = try required("duration")
    let input = try required("total_input_tokens")
    let output = try required("total_output_tokens")
    let perSecond = duration > 0 ? 1 / duration : 0
    let done = Double(completed)
    let requestsPerSecond = try f.nonNegative("request_throughput") ?? done * perSecond
    let outputPerSecond = try f.nonNegative("output_throughput") ?? output * perSecond
    let totalPerSecond = try f.nonNegative("total_token_throughput") ?? (input + output) * perSecond
    // benchmark_serving.py of late 2024 wrote the key with a stray colon.
    var goodput = try f.nonNegative("request_goodput")
    if goodput == nil { goodput = try f.nonNegative("request_goodput:") }
    let run = BenchmarkRun(
      format: format, source: source, maxConcurrency: try f.nonNegative("max_concurrency"),
      requestRate: try requestRate(f, "request_rate"), completedRequests: completed,
      failedRequests: try f.count("failed"),
      meanInputTokens: completed > 0 ? input / done : 0, meanOutputTokens: completed > 0 ? output / done : 0,
      meanTotalTokens: completed > 0 ? (input + output) / done : 0, durationSeconds: duration,
      requestsPerSecond: requestsPerSecond, outputTokensPerSecond: outputPerSecond,
      totalTokensPerSecond: totalPerSecond,
      goodputRequestsPerSecond: goodput, ttft: try latency(f, "ttft"), tpot: try latency(f, "tpot"),
      itl: try latency(f, "itl"), model: try f.string("model_id"), engineHint: try f.string("backend"),
      date: try f.string("date"))
    return checked(run, completedKey: "completed", outputKey: "total_output_tokens")
  }

  // MARK: - vLLM bench throughput

  static func throughput(_ f: JSONFields, source: String) throws(JSONFieldError) -> (
    run: BenchmarkRun?, refusal: BenchmarkRefusal?
  ) {
    let elapsed = try f.requiredNumber("elapsed_time")
    guard let requests = try f.count("num_requests") else {
      throw JSONFieldError(path: f.path("num_requests"), message: "is missing; expected the number of requests")
    }
    guard let tokens = try f.nonNegative("total_num_tokens") else {
      throw JSONFieldError(path: f.path("total_num_tokens"), message: "is missing; expected a number")
    }
    let perSecond = elapsed > 0 ? 1 / elapsed : 0
    let run = BenchmarkRun(
      format: .vllmThroughput, source: source, maxConcurrency: nil, requestRate: .unbounded,
      completedRequests: requests, failedRequests: nil, meanInputTokens: nil, meanOutputTokens: nil,
      meanTotalTokens: requests > 0 ? tokens / Double(requests) : 0, durationSeconds: elapsed,
      requestsPerSecond: try f.nonNegative("requests_per_second") ?? Double(requests) * perSecond,
      outputTokensPerSecond: nil, totalTokensPerSecond: try f.nonNegative("tokens_per_second") ?? tokens * perSecond,
      goodputRequestsPerSecond: nil, ttft: LatencySummary(), tpot: LatencySummary(), itl: LatencySummary(),
      model: nil, engineHint: nil, date: nil)
    return checked(run, completedKey: "num_requests", outputKey: nil)
  }

  // MARK: - GenAI-Perf

  static func genaiPerf(_ f: JSONFields, source: String) throws(JSONFieldError) -> (
    run: BenchmarkRun?, refusal: BenchmarkRefusal?
  ) {
    func metric(_ key: String) throws(JSONFieldError) -> JSONFields? { try f.object(key) }
    func average(_ key: String) throws(JSONFieldError) -> Double {
      guard let m = try metric(key), let x = try m.nonNegative("avg") else {
        throw JSONFieldError(path: f.path(key) + ".avg", message: "is missing; expected a number")
      }
      return x
    }
    func summary(_ key: String) throws(JSONFieldError) -> LatencySummary {
      guard let m = try metric(key) else { return LatencySummary() }
      return LatencySummary(
        meanMs: try m.nonNegative("avg"), medianMs: try m.nonNegative("p50"), p99Ms: try m.nonNegative("p99"))
    }
    let requestsPerSecond = try average("request_throughput")
    let outputPerSecond = try average("output_token_throughput")
    let inputLength = try average("input_sequence_length")
    let outputLength = try average("output_sequence_length")
    let config = try f.object("input_config")
    var model: String?
    if let c = config {
      if case .array(let names)? = c.member("model"), case .string(let first)? = names.first {
        model = first
      } else {
        model = try c.string("model")
      }
    }
    var rate: BenchmarkRequestRate?
    if let r = try config?.number("request_rate") { rate = r > 0 ? .perSecond(r) : nil }
    let completed = try f.object("request_count")?.count("avg")
    let run = BenchmarkRun(
      format: .genaiPerf, source: source, maxConcurrency: try config?.nonNegative("concurrency"), requestRate: rate,
      completedRequests: completed, failedRequests: nil, meanInputTokens: inputLength, meanOutputTokens: outputLength,
      meanTotalTokens: inputLength + outputLength, durationSeconds: nil, requestsPerSecond: requestsPerSecond,
      outputTokensPerSecond: outputPerSecond, totalTokensPerSecond: outputPerSecond + requestsPerSecond * inputLength,
      goodputRequestsPerSecond: nil, ttft: try summary("time_to_first_token"), tpot: LatencySummary(),
      itl: try summary("inter_token_latency"), model: model, engineHint: try config?.string("backend"), date: nil)
    return checked(run, completedKey: "request_count.avg", outputKey: "output_token_throughput.avg")
  }

  // MARK: - GuideLLM

  static func guidellm(_ b: JSONFields, document: JSONFields, source: String) throws(JSONFieldError) -> (
    run: BenchmarkRun?, refusal: BenchmarkRefusal?
  ) {
    let metrics = try b.requiredObject("metrics")
    /// `metrics.<key>.successful`, GuideLLM's summary over successful requests.
    func successful(_ key: String) throws(JSONFieldError) -> JSONFields? {
      try metrics.object(key)?.object("successful")
    }
    func mean(_ key: String) throws(JSONFieldError) -> Double {
      guard let s = try successful(key), let x = try s.nonNegative("mean") else {
        throw JSONFieldError(path: metrics.path(key) + ".successful.mean", message: "is missing; expected a number")
      }
      return x
    }
    func summary(_ key: String) throws(JSONFieldError) -> LatencySummary {
      guard let s = try successful(key) else { return LatencySummary() }
      return LatencySummary(
        meanMs: try s.nonNegative("mean"), medianMs: try s.nonNegative("median"),
        p99Ms: try s.object("percentiles")?.nonNegative("p99"))
    }
    // GuideLLM 0.5 counts requests in metrics.request_totals, 0.2–0.4 in run_stats.requests_made.
    var totals = try metrics.object("request_totals")
    if totals == nil { totals = try b.object("run_stats")?.object("requests_made") }
    let completed = try totals?.count("successful")
    let failed = try totals?.count("errored")
    if completed == 0 {
      return (
        nil,
        BenchmarkRefusal(
          source: source,
          reason: "no request completed (request_totals.successful = 0\(failed.map { ", \($0) errored" } ?? ""))")
      )
    }
    let input = try mean("prompt_token_count")
    let output = try mean("output_token_count")
    // The strategy: `synchronous` is one request at a time, `concurrent` has `streams`,
    // `throughput` sends all at once, `constant`/`poisson` offer `rate` requests per second.
    var strategy = try b.object("config")?.object("strategy")
    if strategy == nil { strategy = try b.object("args")?.object("strategy") }
    var concurrency = try strategy?.nonNegative("max_concurrency")
    if concurrency == nil { concurrency = try strategy?.nonNegative("streams") }
    var rate: BenchmarkRequestRate?
    switch try strategy?.string("type_") {
    case "synchronous"?: concurrency = 1
    case "throughput"?: rate = .unbounded
    case "constant"?, "poisson"?:
      if let r = try strategy?.number("rate"), r > 0 { rate = .perSecond(r) }
    default: break
    }
    var model = try b.object("config")?.object("backend")?.string("model")
    if model == nil { model = try document.object("args")?.string("model") }
    let run = BenchmarkRun(
      format: .guidellm, source: source, maxConcurrency: concurrency, requestRate: rate, completedRequests: completed,
      failedRequests: failed, meanInputTokens: input, meanOutputTokens: output, meanTotalTokens: input + output,
      durationSeconds: try b.nonNegative("duration"), requestsPerSecond: try mean("requests_per_second"),
      outputTokensPerSecond: try mean("output_tokens_per_second"), totalTokensPerSecond: try mean("tokens_per_second"),
      goodputRequestsPerSecond: nil, ttft: try summary("time_to_first_token_ms"),
      tpot: try summary("time_per_output_token_ms"), itl: try summary("inter_token_latency_ms"), model: model,
      engineHint: nil, date: nil)
    return checked(
      run, completedKey: "request_totals.successful", outputKey: "metrics.output_tokens_per_second.successful.mean")
  }
}

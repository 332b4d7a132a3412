import TCOData
import TCOModel

/// A signed share for prose: "+35.3%", "-2.0%".
func signedShare(_ x: Double) -> String {
  let text = Format.fixed(x * 100, 1)
  return (text.hasPrefix("-") ? text : "+" + text) + "%"
}

/// What `profile --from-usage` measured and left out, for standard error (80 columns): the pages
/// read, the days used and dropped with their reasons, the daily volume, batch share, growth, the
/// models with their shares, and what the profile could not carry.
public func usageSummaryText(_ s: UsageSummary, profile: UsageProfile) -> String {
  let provider = s.provider == .openAI ? "OpenAI" : "Anthropic"
  let width = s.bucketWidth == .hour ? "hourly" : "daily"
  var lines: [String] = []
  func add(_ text: String) { lines += wrap(text, rest: "  ") }
  add(
    "Read \(s.sourceFiles.count) \(provider) usage page(s) (\(width) buckets): \(s.wholeDays) whole UTC day(s), "
      + "\(s.firstDay) to \(s.lastDay).")
  if !s.droppedDays.isEmpty {
    add(
      "Dropped \(s.droppedDays.count) day(s): "
        + s.droppedDays.map { "\($0.date) (\($0.reason))" }.joined(separator: "; ") + ".")
  }
  var perDay =
    "Per day: \(Format.count(s.inputTokensPerDay)) input tokens (\(Format.percent(s.cachedInputShare)) cached), "
    + "\(Format.count(s.outputTokensPerDay)) output tokens"
  if let r = s.requestsPerDay {
    perDay += ", \(Format.count(r)) requests"
    if let i = s.inputTokensPerRequest, let o = s.outputTokensPerRequest {
      perDay += " (\(Format.significant(i, 4)) input and \(Format.significant(o, 4)) output tokens each)"
    }
  }
  add(perDay + ".")
  if let b = s.batchShare { add("Batch: \(Format.percent(b)) of tokens.") }
  if let g = s.growth {
    var text =
      "Growth: \(signedShare(g.monthlyGrowth))/month (standard error \(Format.fixed(g.standardError * 100, 1)) "
      + "points, fitted over \(g.days) days)"
    if case .triangular(let lo, let mode, let hi) = g.suggestion {
      text +=
        "; noisy, so the profile has a triangular distribution from \(signedShare(lo)) to \(signedShare(hi)) "
        + "peaking at \(signedShare(mode))"
    }
    add(text + ".")
  }
  if let top = s.models.first {
    var text = "Model: \(top.model), \(Format.percent(top.share)) of tokens"
    if let id = profile.apiModel {
      text += " (api.model \(id))"
    } else if s.dominantModel == nil {
      text += " (none has 80 %, so no api.model)"
    }
    let others = s.models.dropFirst().map { "\($0.model) \(Format.percent($0.share))" }
    if !others.isEmpty { text += "; others: " + others.joined(separator: ", ") }
    add(text + ".")
  }
  for note in s.notes + profile.notes { add("Note: " + note + ".") }
  return lines.joined(separator: "\n") + "\n"
}

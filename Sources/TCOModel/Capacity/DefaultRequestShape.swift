// The request shape the capacity model sizes a replica for when the workload states none.

/// The default request shape: 250 output tokens per request, and input tokens in the workload's
/// own input/output ratio, so a profile given only in tokens per day keeps its mix.
public enum DefaultRequestShape {
  /// Output tokens of the assumed request.
  public static let outputTokens = 250.0
  /// Input tokens assumed when the workload has no output tokens at all (with 1 output token).
  public static let inputOnlyTokens = 1000.0

  /// The assumed request for a daily volume of `inputTokensPerDay` and `outputTokensPerDay`,
  /// capped so input plus output stays within `maxContextTokens`.
  ///
  /// Input is `outputTokens × input/output`, rounded to a whole token; a volume with no output
  /// assumes `inputOnlyTokens` in and 1 out. Non-finite or negative volumes give the plain
  /// 1:1 shape (250/250).
  public static func shape(
    inputTokensPerDay: Double, outputTokensPerDay: Double, maxContextTokens: Int
  ) -> (inputTokens: Double, outputTokens: Double) {
    let context = Double(max(maxContextTokens, 2))
    guard inputTokensPerDay.isFinite, outputTokensPerDay.isFinite, inputTokensPerDay >= 0, outputTokensPerDay >= 0
    else { return (min(outputTokens, context / 2), min(outputTokens, context / 2)) }
    if outputTokensPerDay == 0 { return (min(inputOnlyTokens, context - 1), 1) }
    let output = min(outputTokens, context / 2)
    let input = (output * inputTokensPerDay / outputTokensPerDay).rounded()
    guard input.isFinite else { return (context - output, output) }
    return (min(input, context - output), output)
  }
}

import TCOData
import TCOModel

extension BreakEven {
  /// One sentence: where the threshold lies and why, or why there is none.
  public var sentence: String {
    switch outcome {
    case .never:
      return "No break-even: each extra 1M tokens costs \(Format.price(selfHostedMarginalPerMTok)) to self-host "
        + "(replicas at \(Format.percent(utilization)) utilization) but "
        + "\(Format.price(apiMarginalPerMTok)) on the API, so self-hosting never catches up."
    case .beyondLimit:
      return "No break-even within \(Format.count(Double(maximumGPUs))) GPUs: self-hosting would only "
        + "become cheaper beyond the largest fleet this model sizes."
    case .at(let lambda):
      if lambda == 0 { return "Self-hosting is never dearer than the API, even at the smallest volume." }
      return "Self-hosting is cheaper from \(Format.count(tokensPerDay ?? 0)) tokens/day "
        + "(\(Format.significant(lambda, 3))x today's volume): beyond it each extra 1M tokens "
        + "costs \(Format.price(selfHostedMarginalPerMTok)) to self-host against "
        + "\(Format.price(apiMarginalPerMTok)) on the API."
    }
  }
}

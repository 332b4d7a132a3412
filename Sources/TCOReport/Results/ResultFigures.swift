import TCOData
import TCOModel

/// A figure of a compare result that other commands read back (diff, CI gates): its name, its
/// JSON path in the result document, how it is rounded there, and how to take it from an
/// evaluation. The result writer puts each at this path (a test holds them together), `diff`
/// reads a result file by this table, and a profile evaluated now by the same table.
public struct ResultFigure: Sendable {
  public var name: String
  public var path: [String]
  /// A figure in US dollars.
  public var money: Bool
  /// A rate (dollars per 1M tokens): rounded to 6 significant digits, not to cents.
  public var perUnit: Bool
  /// Whether `null` is a valid value ("none", "never").
  public var nullable: Bool
  let read: @Sendable (Evaluation) -> Double?

  /// The figure of an evaluation, rounded as the result document writes it.
  public func value(of e: Evaluation) -> Double? {
    read(e).map { money && !perUnit ? Format.roundCents($0) : Format.roundSignificant($0, 6) }
  }

  /// Every figure `diff` compares, in the order it lists them.
  public static let all: [ResultFigure] = [
    .init("monthly cost, API", ["monthly", "api", "total"], money: true) { $0.steadyState.api.total },
    .init("monthly cost, self-hosted", ["monthly", "selfHosted", "total"], money: true) {
      $0.steadyState.selfHosted.total
    },
    .init("monthly savings", ["monthly", "savings"], money: true) { $0.steadyState.savings },
    .init("per 1M tokens, API", ["monthly", "perMillionTokens", "api"], money: true, perUnit: true) {
      $0.steadyState.apiPerMTok
    },
    .init("per 1M tokens, self-hosted", ["monthly", "perMillionTokens", "selfHosted"], money: true, perUnit: true) {
      $0.steadyState.selfHostedPerMTok
    },
    .init("self-hosted GPUs", ["monthly", "selfHosted", "gpus"], money: false) {
      Double($0.steadyState.selfHosted.capacity.gpus)
    },
    .init("horizon cost, API", ["horizon", "api", "total"], money: true) { $0.horizon.apiTotal },
    .init("horizon cost, self-hosted", ["horizon", "selfHosted", "total"], money: true) { $0.horizon.selfHostedTotal },
    .init("horizon savings", ["horizon", "savings"], money: true) { $0.horizon.savings },
    .init("break-even tokens/day", ["breakEven", "tokensPerDay"], money: false, nullable: true) {
      $0.breakEven.tokensPerDay
    },
    .init("payback month", ["horizon", "paybackMonth"], money: false, nullable: true) {
      $0.horizon.paybackMonth.map(Double.init)
    },
    .init("monthly cost, best hybrid", ["verdict", "hybrid", "monthly"], money: true, nullable: true) {
      $0.verdict.hybridOption?.monthly
    },
  ]

  /// The index of the monthly cost of a recommended route (`api`, `selfHosted`, `hybrid`).
  public static func monthlyCostIndex(of route: String?) -> Int {
    switch route {
    case "selfHosted": return 1
    case "hybrid": return all.count - 1
    default: return 0
    }
  }

  init(
    _ name: String, _ path: [String], money: Bool, perUnit: Bool = false, nullable: Bool = false,
    _ read: @escaping @Sendable (Evaluation) -> Double?
  ) {
    self.name = name
    self.path = path
    self.money = money
    self.perUnit = perUnit
    self.nullable = nullable
    self.read = read
  }
}

/// What `diff` compares of one result: the figures, the recommendation and the inputs.
public struct ResultSummary: Sendable {
  /// One value per `ResultFigure.all`, `nil` where the result says none.
  public var figures: [Double?]
  /// `api`, `selfHosted`, or `nil` when constraints conflict.
  public var recommendation: String?
  /// The inputs block (every input filled in).
  public var inputs: JSONValue

  /// The summary of a result evaluated now.
  public init(_ e: Evaluation, profile: ResolvedProfile) {
    figures = ResultFigure.all.map { $0.value(of: e) }
    recommendation = e.verdict.recommendation?.rawValue
    inputs = profile.inputsJSON
  }

  /// Reads a result document written by `compare --format json`: every figure must be at its path,
  /// a number (or null where that means none); the error names the JSON path.
  public init(document: JSONValue) throws(ResultReadError) {
    var values: [Double?] = []
    for figure in ResultFigure.all {
      let path = figure.path.joined(separator: ".")
      switch document.at(figure.path) {
      case .number(let x)? where x.isFinite: values.append(x)
      case .null? where figure.nullable: values.append(nil)
      case nil where figure.nullable && figure.path.first == "verdict": values.append(nil)
      case nil: throw ResultReadError(path: path, message: "is missing")
      case let other?:
        throw ResultReadError(
          path: path, message: "must be a number\(figure.nullable ? " or null" : ""), got \(other.typeDescription)")
      }
    }
    figures = values
    switch document.at(["verdict", "recommendation"]) {
    case .string(let s)? where s == "api" || s == "selfHosted" || s == "hybrid": recommendation = s
    case .null?: recommendation = nil
    case let other:
      throw ResultReadError(
        path: "verdict.recommendation",
        message: "must be \"api\", \"selfHosted\", \"hybrid\" or null, got \(other?.typeDescription ?? "nothing")")
    }
    guard let inputs = document["inputs"], case .object = inputs else {
      throw ResultReadError(path: "inputs", message: "must be an object")
    }
    self.inputs = inputs
  }
}

/// A result file that is not a valid compare result.
public struct ResultReadError: Error, Sendable, Equatable {
  public var path: String
  public var message: String
}

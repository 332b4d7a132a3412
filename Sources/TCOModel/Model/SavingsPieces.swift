/// How the solver fits the pieces of the savings between replica steps.
enum PieceMethod: Sendable {
  /// Fit every piece from two interior points (two projections a piece).
  case reference
  /// Fit only the pieces that may hold a threshold; runs whose sign is proven are skipped.
  case bounded
}

/// A stretch of the savings `API − Self` between consecutive replica steps, in order.
enum SavingsStretch {
  /// One piece, fitted: savings `a + b·x` on `lo...hi`.
  case line(a: Double, b: Double, lo: Double, hi: Double)
  /// One or more consecutive pieces, from `lo`, on which every fitted line keeps this sign at
  /// both ends (positive: self-hosting cheaper).
  case sign(positive: Bool, lo: Double)
}

extension Scenario {
  /// Every piece fitted from two interior points, up to the first piece whose demand is too large.
  func referenceStretches(_ variable: SolveVariable, basis: SolveBasis, pieces: [(lo: Double, hi: Double)])
    -> [SavingsStretch]
  {
    let current = currentValue(of: variable)
    var stretches: [SavingsStretch] = []
    let totals = { (x: Double) in setting(variable, to: x).costs(basis: basis) }
    for (lo, hi) in pieces {
      guard let line = fitPiece(variable, basis: basis, lo: lo, hi: hi, current: current, totals: totals) else { break }
      stretches.append(line)
    }
    return stretches
  }

  /// The piece `lo...hi` fitted from two interior points: savings are linear between steps.
  func fitPiece(
    _ variable: SolveVariable, basis: SolveBasis, lo: Double, hi: Double, current: Double,
    totals: (Double) -> (api: Double, selfHosted: Double)?
  ) -> SavingsStretch? {
    let (x1, x2) = interiorPoints(lo, hi, current: current)
    guard let c1 = totals(x1), let c2 = totals(x2) else { return nil }
    let s1 = c1.api - c1.selfHosted
    let s2 = c2.api - c2.selfHosted
    let b = (s2 - s1) / (x2 - x1)
    return .line(a: s1 - b * x1, b: b, lo: lo, hi: hi)
  }

  /// Whether a run of pieces can be bounded from its two ends: GPUs rented on the horizon basis,
  /// solving for volume, utilization or the cached share.
  ///
  /// Then the API total is affine in the variable (volume scales every month's bill; utilization
  /// leaves it alone; the cached share moves tokens between two prices), and the self-hosted total
  /// is `setup + Σ_m (staff + other + c_m · replica-hours_m)` with every `c_m = rate · (1 − reserved) · q_m`
  /// of one sign, and every replica count moving one way as the variable grows (up with volume,
  /// down with utilization and the cached share). So the self-hosted total is monotone in the
  /// variable and constant on each piece.
  func savingsBoundable(_ variable: SolveVariable, basis: SolveBasis) -> Bool {
    guard basis == .horizon, selfHosted.acquisition == .rent else { return false }
    switch variable {
    case .tokensPerDay, .requestsPerMonth, .utilization, .cachedInputShare: break
    default: return false
    }
    // q_m = ratio^m must keep one sign (it is positive whenever the price change exceeds −100 %).
    let ratio = power(1 + selfHosted.annualPriceChange, 1.0 / 12)
    return ratio.isFinite && ratio >= 0
  }

  /// The pieces fitted where a threshold may lie; elsewhere runs of pieces whose sign is proven.
  ///
  /// A run of pieces `i...j` spans `X_a = lo_i` to `X_b = hi_j`. Projecting at the first interior
  /// point `p` of piece `i` and the last `q` of piece `j` gives the API total's line (affine), hence
  /// its values at `X_a` and `X_b`, and the self-hosted total at both ends of the run: monotone,
  /// it lies between them on every piece in between (`savingsBoundable`). On each piece the
  /// reference fit is `API(x) − Self_k`, so if `min API − max Self` exceeds a margin (10⁻⁹ of the
  /// totals, far above their rounding) every fitted line is positive at both its ends, and no
  /// threshold lies in the run but perhaps at `X_a`; likewise below `−margin`. Otherwise the run
  /// is halved. Each projection is made once (the fits reuse the runs' end points), so the solve
  /// costs at most the reference's projections, and near-logarithmically many in the number of
  /// pieces when the savings cross zero a few times. Open-ended huge pieces (`interiorPoints`
  /// near the current value) are always fitted on their own.
  func boundedStretches(_ variable: SolveVariable, basis: SolveBasis, pieces: [(lo: Double, hi: Double)])
    -> [SavingsStretch]
  {
    let current = currentValue(of: variable)
    var cache: [Double: (api: Double, selfHosted: Double)?] = [:]
    func totals(_ x: Double) -> (api: Double, selfHosted: Double)? {
      if let known = cache[x] { return known }
      let c = setting(variable, to: x).costs(basis: basis)
      cache[x] = c
      return c
    }
    // hugeBefore[i]: how many of pieces 0..<i are huge (fitted near the current value).
    var hugeBefore = [0]
    hugeBefore.reserveCapacity(pieces.count + 1)
    for (lo, hi) in pieces {
      hugeBefore.append(hugeBefore[hugeBefore.count - 1] + (hi - lo > 1e6 * max(1, abs(current)) ? 1 : 0))
    }
    func provenSign(_ i: Int, _ j: Int) -> Bool? {
      guard hugeBefore[j + 1] == hugeBefore[i] else { return nil }
      let p = interiorPoints(pieces[i].lo, pieces[i].hi, current: current).0
      let q = interiorPoints(pieces[j].lo, pieces[j].hi, current: current).1
      guard q > p, let cp = totals(p), let cq = totals(q) else { return nil }
      let slope = (cq.api - cp.api) / (q - p)
      let apiA = cp.api + slope * (pieces[i].lo - p)
      let apiB = cq.api + slope * (pieces[j].hi - q)
      let low = min(apiA, apiB) - max(cp.selfHosted, cq.selfHosted)
      let high = max(apiA, apiB) - min(cp.selfHosted, cq.selfHosted)
      let scale = max(abs(cp.api), abs(cq.api), abs(apiA), abs(apiB), abs(cp.selfHosted), abs(cq.selfHosted))
      let margin = 1e-9 * scale
      guard margin.isFinite, low.isFinite, high.isFinite else { return nil }
      if low > margin { return true }
      if high < -margin { return false }
      return nil
    }
    var stretches: [SavingsStretch] = []
    var stopped = false
    // Runs in order, left half first, so the stretches come out sorted; like the reference, the
    // first piece whose demand is too large ends the search (a run is proven only when both its
    // ends have costs, and the demand is monotone in the variable, so none inside is too large).
    func cover(_ i: Int, _ j: Int) {
      if stopped { return }
      if j > i, let positive = provenSign(i, j) {
        stretches.append(.sign(positive: positive, lo: pieces[i].lo))
        return
      }
      if i == j {
        guard
          let line = fitPiece(
            variable, basis: basis, lo: pieces[i].lo, hi: pieces[i].hi, current: current, totals: totals)
        else {
          stopped = true
          return
        }
        stretches.append(line)
        return
      }
      let mid = i + (j - i) / 2
      cover(i, mid)
      cover(mid + 1, j)
    }
    if !pieces.isEmpty { cover(0, pieces.count - 1) }
    return stretches
  }
}

import TCOData
import TCOModel

/// The payback month in words. The model's payback month is the first month at which
/// self-hosting's cumulative cash falls to the API's (MODEL-SPEC); when self-hosting has fallen
/// behind again by the end of the horizon (`savings` < 0), the sentence says so, so that a
/// payback is never read as savings the horizon does not have.
public func paybackSentence(month: Int?, savings: Double, months: Int) -> String {
  guard let m = month else { return "Payback: never within \(months) months." }
  var sentence = "Payback: \(Format.month(m)), when self-hosting's cumulative cash falls to the API's"
  if savings < 0 {
    sentence += "; it rises above the API's again and ends \(Format.money(-savings)) higher over \(months) months"
  }
  return sentence + "."
}

/// The payback month as a short figure: "month 3 (the 4th month)", with ", not kept to the end"
/// when self-hosting has fallen behind again by the end of the horizon.
public func paybackFigure(month: Int?, savings: Double, months: Int) -> String {
  guard let m = month else { return "never within \(months) months" }
  return Format.month(m) + (savings < 0 ? ", not kept to the end" : "")
}

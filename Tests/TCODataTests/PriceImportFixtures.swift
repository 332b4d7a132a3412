import Foundation
import TCOData
import TCOModel

/// The real price files in `shared/reference/prices/`, next to the package root, parsed once.
enum PriceFixtures {
  /// `<package root>/../shared/reference/prices/`, from this file's path.
  static let directory: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // TCOModelTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // package root
    .deletingLastPathComponent()  // its parent, which holds `shared`
    .appendingPathComponent("shared/reference/prices")

  static let litellmName = "litellm-1.109.1-model_prices_and_context_window.json"
  static let genaiName = "genai-prices-v2-data.json"

  static func bytes(_ name: String) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else {
      return []
    }
    return [UInt8](data)
  }

  struct Loaded: Sendable {
    var json: JSONValue
    var prices: ImportedPrices
    var parseSeconds: Double
    var importSeconds: Double
  }

  static func load(_ name: String) -> Loaded? {
    let data = bytes(name)
    let clock = ContinuousClock()
    let t0 = clock.now
    guard let json = try? JSONParser.parse(bytes: data) else { return nil }
    let t1 = clock.now
    guard let prices = try? PriceImporter.importPrices(json: json, source: name) else { return nil }
    let t2 = clock.now
    func seconds(_ d: Duration) -> Double {
      Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
    return Loaded(json: json, prices: prices, parseSeconds: seconds(t1 - t0), importSeconds: seconds(t2 - t1))
  }

  static let litellm: Loaded? = load(litellmName)
  static let genai: Loaded? = load(genaiName)
}

/// Relative closeness for prices converted between per-token and per-million units.
func close(_ a: Double?, _ b: Double?, relative: Double = 1e-9) -> Bool {
  switch (a, b) {
  case (nil, nil): return true
  case (let x?, let y?): return abs(x - y) <= relative * max(abs(x), abs(y), 1e-12)
  default: return false
  }
}

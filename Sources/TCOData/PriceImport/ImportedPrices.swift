import TCOModel

/// The two price-file formats the importer reads.
public enum PriceFileFormat: String, Sendable, CaseIterable {
  /// LiteLLM's `model_prices_and_context_window.json`: an object keyed by model id, USD per token.
  case litellm
  /// pydantic genai-prices' v2 `data.json`: an array of providers with models, USD per million.
  case genaiPrices = "genai-prices"
}

/// Where an imported model's prices come from.
public struct PriceOrigin: Sendable, Equatable {
  /// The file name the caller gave (`litellm-1.109.1-model_prices_and_context_window.json`).
  public var source: String
  public var format: PriceFileFormat
  /// The file's version or date, when the caller knows it.
  public var version: String?
  /// The JSON path of the model's entry (`["gpt-4o"]`, `[10].models[3]`).
  public var path: String
}

/// An API model read from a price file.
public struct ImportedAPIModel: Sendable, Equatable {
  /// The name the file gives: LiteLLM's key; genai-prices' model `id`, or `provider/id` when
  /// two providers list the same `id`.
  public var id: String
  /// LiteLLM's `litellm_provider`; genai-prices' provider `id`.
  public var provider: String
  public var schedule: APIPriceSchedule
  /// Maximum input tokens per request (LiteLLM `max_input_tokens`, genai-prices `context_window`).
  public var contextWindowTokens: Int?
  /// Maximum output tokens per request (LiteLLM `max_output_tokens`), when given.
  public var maxOutputTokens: Int?
  public var origin: PriceOrigin
  /// What the importer did not apply (off-peak windows, per-request fees), in plain words.
  public var notes: [String]
}

/// Why an entry of a price file is not an imported model.
public enum SkipReason: Error, Sendable, Equatable, CustomStringConvertible {
  /// A documented non-model entry (`sample_spec`, `fallback_generalizations`).
  case notAModel(String)
  /// LiteLLM `mode` other than chat, completion and responses (`nil` when the entry has none).
  case notAChatModel(mode: String?)
  /// The price of a token kind is missing: unknown, not free.
  case noTokenPrice(key: String)
  /// A required price is there but cannot be read (see the file's issues).
  case unreadablePrice(key: String)
  /// Another model already has this name.
  case duplicateName

  public var description: String {
    switch self {
    case .notAModel(let what): return "not a model: \(what)"
    case .notAChatModel(let mode?): return "mode '\(mode)' is not chat, completion or responses"
    case .notAChatModel(nil): return "no mode: not a chat, completion or responses model"
    case .noTokenPrice(let key): return "no \(key): its price is unknown (not free)"
    case .unreadablePrice(let key): return "\(key) cannot be read"
    case .duplicateName: return "another model of the file has the same name"
    }
  }
}

/// An entry of a price file that was not imported.
public struct SkippedPriceEntry: Sendable, Equatable {
  public var id: String
  /// The JSON path of the entry.
  public var path: String
  public var reason: SkipReason
}

/// A value of a price file that cannot be read; the rest of the file still loads.
public struct PriceImportIssue: Error, Sendable, Equatable, CustomStringConvertible {
  /// The model (or entry) the value belongs to.
  public var modelID: String
  /// The key that holds the value (`input_cost_per_token`, `input_mtok`).
  public var key: String
  /// The JSON path of the value.
  public var path: String
  /// What is wrong and what is allowed.
  public var message: String

  public var description: String { "\(path): \(message)" }
}

/// A file that is not a price file at all.
public enum PriceImportError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The bytes are not JSON.
  case notJSON(source: String, JSONSyntaxError)
  /// JSON of neither format.
  case unknownFormat(source: String)

  public var description: String {
    switch self {
    case .notJSON(let source, let e):
      return "\(source): not JSON: \(e.message) (line \(e.line), column \(e.column))"
    case .unknownFormat(let source):
      return "\(source): not a price file: expected LiteLLM's model_prices_and_context_window.json "
        + "(an object of models keyed by id, each with litellm_provider and prices such as input_cost_per_token) "
        + "or genai-prices' data.json (an array of providers, each with an id and models with prices such as input_mtok)"
    }
  }
}

/// Everything read from one price file.
public struct ImportedPrices: Sendable, Equatable {
  /// The file name the caller gave.
  public var source: String
  public var format: PriceFileFormat
  /// The file's version or date, when the caller knows it (the files do not carry one).
  public var version: String?
  /// The models with token prices, in file order.
  public var models: [ImportedAPIModel]
  /// The entries not imported, with the reason, in file order.
  public var skipped: [SkippedPriceEntry]
  /// Values that could not be read, with their model, key and JSON path.
  public var issues: [PriceImportIssue]

  /// The model with this name, if imported.
  public func model(_ id: String) -> ImportedAPIModel? { models.first { $0.id == id } }
}

/// Reads LiteLLM and genai-prices price files: bytes in, values out.
public enum PriceImporter {
  /// Imports a price file of either format, detected from its shape.
  ///
  /// - Parameters:
  ///   - bytes: the file's contents.
  ///   - source: the file name, recorded in every model's origin.
  ///   - version: the file's version or date, when known.
  /// - Throws: `PriceImportError` when the bytes are not JSON or the JSON is of neither format.
  ///   A value that cannot be read is not thrown: it is listed in `issues`.
  public static func importPrices(bytes: [UInt8], source: String, version: String? = nil) throws(PriceImportError)
    -> ImportedPrices
  {
    let json: JSONValue
    do {
      json = try JSONParser.parse(bytes: bytes)
    } catch {
      throw .notJSON(source: source, error)
    }
    return try importPrices(json: json, source: source, version: version)
  }

  /// Imports an already parsed price file.
  public static func importPrices(json: JSONValue, source: String, version: String? = nil) throws(PriceImportError)
    -> ImportedPrices
  {
    switch detectFormat(json) {
    case .litellm?: return LiteLLMImporter.read(json, source: source, version: version)
    case .genaiPrices?: return GenAIPricesImporter.read(json, source: source, version: version)
    case nil: throw .unknownFormat(source: source)
    }
  }

  /// The format of a parsed file: LiteLLM when it is an object with `sample_spec` or with an
  /// entry carrying `litellm_provider`; genai-prices when it is an array whose first element
  /// is an object with an `id` and a `models` array; otherwise `nil`.
  public static func detectFormat(_ json: JSONValue) -> PriceFileFormat? {
    switch json {
    case .object(let members):
      if members.contains(where: { $0.key == "sample_spec" }) { return .litellm }
      if members.contains(where: { $0.value["litellm_provider"] != nil }) { return .litellm }
      return nil
    case .array(let items):
      guard let first = items.first, first["id"] != nil, case .array? = first["models"] else { return nil }
      return .genaiPrices
    default: return nil
    }
  }

  /// `["key"]` with the key's quotes and backslashes escaped.
  static func quoted(_ key: String) -> String {
    // Most keys need no escape: copy their bytes between `["` and `"]` in one allocation.
    let plain = key.utf8.withContiguousStorageIfAvailable { bytes -> String? in
      guard !bytes.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return nil }
      return String(unsafeUninitializedCapacity: bytes.count + 4) { out in
        out[0] = UInt8(ascii: "[")
        out[1] = UInt8(ascii: "\"")
        _ = UnsafeMutableBufferPointer(rebasing: out[2..<(2 + bytes.count)]).initialize(from: bytes)
        out[bytes.count + 2] = UInt8(ascii: "\"")
        out[bytes.count + 3] = UInt8(ascii: "]")
        return bytes.count + 4
      }
    }
    if let plain = plain ?? nil { return plain }
    if !key.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
      return "[\"" + key + "\"]"
    }
    var out = "[\""
    for c in key {
      if c == "\"" || c == "\\" { out.append("\\") }
      out.append(c)
    }
    return out + "\"]"
  }

  /// A whole number of tokens ≥ 0 from a JSON number, or `nil` (never traps).
  static func tokenCount(_ value: JSONValue?) -> Int? {
    guard case .number(let x)? = value, x.isFinite, x >= 0, x < 1e15, x == x.rounded() else { return nil }
    return Int(x)
  }
}

extension PriceImporter {
  /// Why a price (USD per 1M tokens) cannot be used, `nil` when it can: it must be a finite number
  /// from 0 to 1e15 — the range of every numeric input — so no cost computed from it overflows.
  static func perMTokProblem(_ perMTok: Double) -> String? {
    guard perMTok.isFinite, perMTok >= 0, perMTok <= largestMagnitude else {
      return "the price \(Format.number(perMTok)) USD per 1M tokens is out of range: expected a number from 0 to 1e15"
    }
    return nil
  }
}

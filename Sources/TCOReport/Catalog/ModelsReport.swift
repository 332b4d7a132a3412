import TCOData
import TCOModel

/// `llm-tco catalog models`: the architectures the capacity model sizes, with their sources.
public func modelsTable() -> String {
  var c = Columns(labelWidth: 19, columnWidths: [8, 8, 7, 10, 9, 15])
  c.row("OPEN MODEL", ["params", "active", "layers", "KV", "context", "native"])
  for m in CapacityCatalog.models {
    let kv: String
    switch m.attention {
    case .grouped(let heads, let dim): kv = "\(heads)x\(dim)"
    case .multiHeadLatent(let rank, let rope, _, _): kv = "MLA \(rank + rope)"
    }
    c.row(
      "  " + m.id,
      [
        Format.count(m.totalParameters), Format.count(m.activeParameters), String(m.layers), kv,
        Format.count(Double(m.maxContextTokens)), m.nativePrecision.rawValue,
      ])
  }
  let note =
    "KV: KV heads x head dimension (or MLA latent width) per layer. Served in: "
    + "bf16, fp16, fp8, int8, int4, fp4 (gpt-oss: mxfp4, bf16). Throughput is estimated from these figures "
    + "and the GPU's (docs/capacity.md); sources per model: 'llm-tco catalog models --format json'."
  return (c.lines + wrap(note, first: "  ")).joined(separator: "\n") + "\n"
}

/// One architecture as catalog JSON, with its source.
public func modelJSON(_ m: ModelArchitecture) -> JSONValue {
  var attention: [(String, JSONValue)]
  switch m.attention {
  case .grouped(let heads, let dim):
    attention = [("kind", J.str("grouped")), ("kvHeads", J.int(heads)), ("headDim", J.int(dim))]
  case .multiHeadLatent(let rank, let rope, let nope, let v):
    attention = [
      ("kind", J.str("multi-head-latent")), ("kvLoraRank", J.int(rank)), ("qkRopeHeadDim", J.int(rope)),
      ("qkNopeHeadDim", J.int(nope)), ("vHeadDim", J.int(v)),
    ]
  }
  var members: [(String, JSONValue)] = [
    ("id", J.str(m.id)), ("huggingFaceName", J.str(m.huggingFaceName)),
    ("totalParameters", .number(m.totalParameters)), ("activeParameters", .number(m.activeParameters)),
    ("layers", J.int(m.layers)), ("hiddenSize", J.int(m.hiddenSize)), ("attentionHeads", J.int(m.attentionHeads)),
    ("attention", J.obj(attention)), ("fullAttentionLayers", J.int(m.fullAttentionLayers)),
    ("slidingWindowLayers", J.int(m.slidingWindowLayers)),
    ("slidingWindowTokens", m.slidingWindowTokens.map { J.int($0) } ?? .null),
    ("experts", m.experts.map { J.int($0) } ?? .null),
    ("expertsPerToken", m.expertsPerToken.map { J.int($0) } ?? .null),
    ("maxContextTokens", J.int(m.maxContextTokens)), ("nativePrecision", J.str(m.nativePrecision.rawValue)),
    ("precisions", J.strings(m.precisions.map(\.rawValue))), ("source", J.str(m.source)), ("asOf", J.str(m.asOf)),
  ]
  if !m.unverified.isEmpty { members.append(("unverified", J.strings(m.unverified))) }
  return J.obj(members)
}

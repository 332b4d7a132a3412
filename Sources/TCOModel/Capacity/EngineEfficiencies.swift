// The fitted engine efficiencies: `CapacityCalibration.fit` on the points marked `.fit`
// (least squares on log output throughput; docs/capacity.md has every residual).
// Batch caps are estimates (engine defaults not re-read): they bind only for short requests.

extension CapacityCatalog {
  /// TensorRT-LLM: 118 max-throughput points (v0.13.0 and v1.0 perf-overview tables, dense models).
  /// The bandwidth factor reached its bound of 1: the fixed 13.2 ms per step carries the decode cost.
  static let tensorRTLLMEfficiency = EngineEfficiency(
    engine: .tensorRTLLM, computeEfficiency: 0.490, bandwidthEfficiency: 1.0, stepOverheadSeconds: 0.0132,
    maxBatch: 2048,
    fittedOn: "TensorRT-LLM 0.13.0 and 1.0 perf-overview max-throughput tables (dense models; 20,000/2,000 held out)")
  /// vLLM: silybench Qwen3-8B latency-bounded runs (vLLM 0.30.0) and dstack's 405B offline runs (vLLM 0.6.x).
  static let vLLMEfficiency = EngineEfficiency(
    engine: .vLLM, computeEfficiency: 0.510, bandwidthEfficiency: 0.493, stepOverheadSeconds: 0,
    maxBatch: 1024,
    fittedOn: "silybench Qwen3-8B on H100 (vLLM 0.30.0) and dstack Llama-3.1-405B FP8 offline runs (vLLM 0.6.x)")
  /// SGLang: datacrunch's Llama-3.3-70B BF16 offline runs on 4× H200.
  static let sglangEfficiency = EngineEfficiency(
    engine: .sglang, computeEfficiency: 0.450, bandwidthEfficiency: 0.289, stepOverheadSeconds: 0.0258,
    maxBatch: 1024, fittedOn: "datacrunch Llama-3.3-70B BF16 offline runs on 4× H200 (SGLang, Dec 2024)")
}

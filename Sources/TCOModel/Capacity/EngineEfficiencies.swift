// The fitted engine efficiencies (see CapacityCalibration and docs/capacity.md).

extension CapacityCatalog {
  static let tensorRTLLMEfficiency = EngineEfficiency(
    engine: .tensorRTLLM, computeEfficiency: 0.5, bandwidthEfficiency: 0.8, stepOverheadSeconds: 0.01,
    maxBatch: 2048, fittedOn: "placeholder")
  static let vLLMEfficiency = EngineEfficiency(
    engine: .vLLM, computeEfficiency: 0.5, bandwidthEfficiency: 0.5, stepOverheadSeconds: 0,
    maxBatch: 1024, fittedOn: "placeholder")
  static let sglangEfficiency = EngineEfficiency(
    engine: .sglang, computeEfficiency: 0.45, bandwidthEfficiency: 0.3, stepOverheadSeconds: 0.025,
    maxBatch: 1024, fittedOn: "placeholder")
}

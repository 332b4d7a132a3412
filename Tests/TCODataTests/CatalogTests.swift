import Testing

@testable import TCOData
import TCOModel

@Suite("Built-in catalog")
struct CatalogTests {
  let catalog = Catalog.builtIn

  @Test("At least 20 frontier API models across OpenAI, Anthropic and Google, plus managed open models")
  func apiModels() {
    let proprietary = catalog.apiModels.filter { $0.category == .proprietary }
    #expect(proprietary.count >= 20)
    for vendor in ["openai", "anthropic", "google"] {
      #expect(proprietary.contains { $0.provider == vendor }, "\(vendor)")
    }
    let managed = Set(catalog.apiModels.filter { $0.category == .managedOpenWeights }.map(\.provider))
    #expect(managed.isSuperset(of: ["together", "groq", "deepinfra"]))
  }

  @Test("Every entry carries a source and a date")
  func provenance() {
    for m in catalog.apiModels { #expect(!m.source.isEmpty && !m.asOf.isEmpty, "\(m.id)") }
    for g in catalog.gpus { #expect(!g.source.isEmpty && !g.asOf.isEmpty, "\(g.id)") }
    for t in catalog.throughput { #expect(!t.source.isEmpty && !t.asOf.isEmpty, "\(t.model) \(t.gpu)") }
  }

  @Test("Ids are lower-case, unique and stable")
  func ids() {
    let ids = catalog.apiModels.map(\.id) + catalog.gpus.map(\.id)
    #expect(Set(ids).count == ids.count)
    for id in ids + catalog.selfHostedModels + catalog.precisions { #expect(id == id.lowercased(), "\(id)") }
    for id in ["gpt-4o", "claude-sonnet-4-5", "gemini-2.5-pro"] { #expect(catalog.apiModel(id) != nil, "\(id)") }
  }

  @Test("The required GPUs, with rent; purchase prices only where a source gives one")
  func gpus() {
    for id in ["h100-sxm", "h100-pcie", "h200-sxm", "a100-80gb-sxm", "l40s", "l4", "rtx-4090", "b200"] {
      let g = catalog.gpu(id)
      #expect(g != nil, "\(id)")
      #expect(g?.rentPerHourTypical != nil, "\(id)")
    }
    #expect(catalog.gpu("h100-sxm")?.purchasePrice == 30_000)
    #expect(catalog.gpu("rtx-4090")?.purchasePriceIsEstimate == true)
    #expect(catalog.gpu("h200-sxm")?.purchasePrice == nil)
    #expect(catalog.gpu("b200")?.boardPowerWatts == nil)
  }

  @Test(
    "Throughput for the required models and GPUs, with a positive fit",
    arguments: [
      ("llama-3.1-8b", "h100-sxm"), ("llama-3.1-8b", "h200-sxm"), ("llama-3.1-8b", "a100-80gb-sxm"),
      ("llama-3.1-8b", "l40s"), ("mistral-7b", "h100-sxm"), ("mistral-7b", "a100-80gb-sxm"),
      ("mistral-7b", "l40s"), ("llama-3.1-70b", "h100-sxm"), ("llama-3.1-70b", "h200-sxm"),
      ("llama-3.1-70b", "a100-80gb-sxm"), ("llama-3.1-70b", "l40s"),
    ])
  func throughput(model: String, gpu: String) throws {
    let entries = catalog.throughput(model: model, gpu: gpu)
    #expect(!entries.isEmpty)
    for e in entries {
      let fit = try #require(e.fit, "\(model) \(gpu) \(e.precision)")
      #expect(fit.prefillTokensPerSecond > 0 && fit.decodeTokensPerSecond > 0)
      #expect(e.points.count >= 2)
    }
  }

  @Test("The least-squares fit reproduces an independent computation")
  func fitValues() throws {
    // Llama-3.1-70B, H100 SXM, FP8, TP2 (TensorRT-LLM 0.13.0): P ≈ 13,612, D ≈ 4,852 tokens/s per replica.
    let e = try #require(catalog.throughput(model: "llama-3.1-70b", gpu: "h100-sxm", precision: "fp8").first)
    let fit = try #require(e.fit)
    #expect(e.gpusPerReplica == 2)
    #expect(abs(fit.prefillTokensPerSecond - 13_612) < 1)
    #expect(abs(fit.decodeTokensPerSecond - 4_852) < 1)
  }

  @Test("The fit recovers exact rates from synthetic points")
  func fitExact() throws {
    // P = 20,000, D = 4,000, k = 2: t = ISL/P + OSL/D; per-GPU output rate = OSL / t / k.
    let points = [(128, 128), (1000, 1000), (2048, 128), (500, 2000)].map { i, o in
      let t = Double(i) / 20_000 + Double(o) / 4_000
      return BenchmarkPoint(
        inputTokens: i, outputTokens: o, outputTokensPerSecondPerGPU: Double(o) / t / 2, setting: "x")
    }
    let fit = try #require(ThroughputFit.fit(points, gpusPerReplica: 2))
    #expect(close(fit.prefillTokensPerSecond, 20_000, 1e-9))
    #expect(close(fit.decodeTokensPerSecond, 4_000, 1e-9))
    #expect(fit.relativeResiduals.allSatisfy { abs($0) < 1e-9 })
  }

  @Test("Points of one input/output ratio cannot separate prefill from decode")
  func fitSingular() {
    let points = [
      BenchmarkPoint(inputTokens: 100, outputTokens: 100, outputTokensPerSecondPerGPU: 1000, setting: ""),
      BenchmarkPoint(inputTokens: 200, outputTokens: 200, outputTokensPerSecondPerGPU: 900, setting: ""),
    ]
    #expect(ThroughputFit.fit(points, gpusPerReplica: 1) == nil)
  }
}

// Generated once from shared/reference/sources.json (2026-11-21); maintained here since. The API models
// are generated: see CatalogAPIData.swift.
// Every figure carries its source and the date it refers to.

extension Catalog {
  /// GPUs: memory, board power, rent per hour (low, typical, hyperscaler), purchase price.
  static let builtInGPUs: [GPUEntry] = [
    GPUEntry(
      id: "h100-sxm", name: "NVIDIA H100 SXM 80GB", memoryGB: 80.0,
      boardPowerWatts: 700.0, powerIsEstimate: false,
      rentPerHourLow: 2.69, rentPerHourTypical: 3.99, rentPerHourHyperscaler: 6.88,
      purchasePrice: 30000.0, purchasePriceIsEstimate: false,
      purchasePriceNote: "upper end of the $25,000-30,000 Raymond James estimate (Aug 2023)",
      asOf: "2026-11-09", confidence: "high (rent), medium (purchase; 2023 figure)",
      source:
        "rent: RunPod Community $2.69, RunPod Secure $3.99 (2026-11-09), Lambda 8x $3.99/1x $4.29, Nebius $3.85 (2026-09-25) [tgarg01/silybench-data prices/gpu_hourly.yaml (refreshed_at 2026-10-07; rows checked_at 2026-09-25 from runpod.io/pricing, lambda.ai/pricing, nebius.com/prices); datareceipts/data-receipts 109-gpu-pricing/{vendors,hyperscalers,compare}.json (retrieved 2026-11-09; raw.githubusercontent.com)]; AWS p5.48xlarge $55.04/h = $6.88/GPU-h us-east-1, Azure ND96isr_H100_v5 $12.29/GPU-h, GCP a3-highgpu-1g $10.98/GPU-h on-demand-equivalent (2026-09-26). TDP: NVIDIA spec 'up to 700W' (runpod.io/ai-faq, gpu.blog). Purchase: Raymond James est. sold for $25k-$30k (Aug 2023) quoted in epoch-research/training-cost-trends"
    ),
    GPUEntry(
      id: "h100-pcie", name: "NVIDIA H100 PCIe 80GB", memoryGB: 80.0,
      boardPowerWatts: 350.0, powerIsEstimate: false,
      rentPerHourLow: 1.99, rentPerHourTypical: 2.89, rentPerHourHyperscaler: nil,
      purchasePrice: nil, purchasePriceIsEstimate: false, purchasePriceNote: nil,
      asOf: "2026-11-09", confidence: "high (rent, TDP)",
      source:
        "rent: RunPod Community $1.99 / Secure $2.89, Lambda 1x $3.29 (2026-09-25..11-09) [tgarg01/silybench-data prices/gpu_hourly.yaml (refreshed_at 2026-10-07; rows checked_at 2026-09-25 from runpod.io/pricing, lambda.ai/pricing, nebius.com/prices); datareceipts/data-receipts 109-gpu-pricing/{vendors,hyperscalers,compare}.json (retrieved 2026-11-09; raw.githubusercontent.com)]. TDP 350 W: NVIDIA H100 PCIe product brief PB-11133-001_v02 (Nov 2022)"
    ),
    GPUEntry(
      id: "h100-nvl", name: "NVIDIA H100 NVL 94GB", memoryGB: 94.0,
      boardPowerWatts: 400.0, powerIsEstimate: false,
      rentPerHourLow: 2.59, rentPerHourTypical: 3.19, rentPerHourHyperscaler: 6.98,
      purchasePrice: nil, purchasePriceIsEstimate: false, purchasePriceNote: nil,
      asOf: "2026-11-09", confidence: "medium",
      source:
        "rent: RunPod $2.59/$3.19 (2026-09-25/11-09); Azure NC40ads_H100_v5 $6.98 (2026-11-09) [tgarg01/silybench-data prices/gpu_hourly.yaml (refreshed_at 2026-10-07; rows checked_at 2026-09-25 from runpod.io/pricing, lambda.ai/pricing, nebius.com/prices); datareceipts/data-receipts 109-gpu-pricing/{vendors,hyperscalers,compare}.json (retrieved 2026-11-09; raw.githubusercontent.com)]. Power 350-400 W configurable (gpu.blog; onestopsystems.com blog says 400 W)"
    ),
    GPUEntry(
      id: "h200-sxm", name: "NVIDIA H200 SXM 141GB", memoryGB: 141.0,
      boardPowerWatts: 700.0, powerIsEstimate: false,
      rentPerHourLow: 3.59, rentPerHourTypical: 4.5, rentPerHourHyperscaler: 7.91,
      purchasePrice: nil, purchasePriceIsEstimate: false, purchasePriceNote: nil,
      asOf: "2026-10-13", confidence: "medium-high (rent), medium (TDP)",
      source:
        "rent: RunPod Community $3.59 / Secure $4.59, Nebius $4.50 (2026-09-25) [tgarg01/silybench-data prices/gpu_hourly.yaml (refreshed_at 2026-10-07; rows checked_at 2026-09-25 from runpod.io/pricing, lambda.ai/pricing, nebius.com/prices)]; Hyperstack H200 SXM $3.99 (api-evangelist/nexgen-cloud plans, 2026-08-26); AWS p5en.48xlarge $63.296/h = $7.91/GPU-h (public code file found via index, repo not identified); GCP a3-ultragpu-8g $10.44/GPU-h us-central1 (HF dataset tanod/cloud-gpu-list-prices, 2026-10-13). TDP 700 W SXM (saulelectric.com spec page); H200 NVL 600 W (onestopsystems.com)"
    ),
    GPUEntry(
      id: "a100-80gb-sxm", name: "NVIDIA A100 SXM 80GB", memoryGB: 80.0,
      boardPowerWatts: 400.0, powerIsEstimate: false,
      rentPerHourLow: 1.39, rentPerHourTypical: 1.79, rentPerHourHyperscaler: 3.43,
      purchasePrice: 11000.0, purchasePriceIsEstimate: false,
      purchasePriceNote: "midpoint of the $10,000-12,000 range of one blog (2024 pricing); low confidence",
      asOf: "2026-11-09", confidence: "high (rent), medium (TDP), low (purchase)",
      source:
        "rent: RunPod Community $1.39 / Secure $1.79 (2026-11-09), Lambda 8x $2.79 (2026-09-25) [tgarg01/silybench-data prices/gpu_hourly.yaml (refreshed_at 2026-10-07; rows checked_at 2026-09-25 from runpod.io/pricing, lambda.ai/pricing, nebius.com/prices); datareceipts/data-receipts 109-gpu-pricing/{vendors,hyperscalers,compare}.json (retrieved 2026-11-09; raw.githubusercontent.com)]; AWS p4de.24xlarge $27.447/h = $3.43/GPU-h us-east-1 (2026-11-09). TDP 400 W (AWS/NVIDIA spec table in a public code file: p4d/p4de A100 400W). Purchase $10-12k new '2024 pricing' from unpromptedmind.com blog (low confidence)"
    ),
    GPUEntry(
      id: "a100-80gb-pcie", name: "NVIDIA A100 PCIe 80GB", memoryGB: 80.0,
      boardPowerWatts: 300.0, powerIsEstimate: true,
      rentPerHourLow: 1.19, rentPerHourTypical: 1.79, rentPerHourHyperscaler: 3.67,
      purchasePrice: nil, purchasePriceIsEstimate: false, purchasePriceNote: nil,
      asOf: "2026-11-09", confidence: "high (rent), medium-low (TDP)",
      source:
        "rent: RunPod Community $1.19 / Secure $1.59 (2026-09-25) to $1.79 (2026-11-09); Azure NC24ads_A100_v4 $3.673 (2026-11-09) [tgarg01/silybench-data prices/gpu_hourly.yaml (refreshed_at 2026-10-07; rows checked_at 2026-09-25 from runpod.io/pricing, lambda.ai/pricing, nebius.com/prices); datareceipts/data-receipts 109-gpu-pricing/{vendors,hyperscalers,compare}.json (retrieved 2026-11-09; raw.githubusercontent.com)]. TDP 300 W = NVIDIA spec (recalled, not re-read here: ESTIMATE)"
    ),
    GPUEntry(
      id: "l40s", name: "NVIDIA L40S 48GB", memoryGB: 48.0,
      boardPowerWatts: 350.0, powerIsEstimate: false,
      rentPerHourLow: 0.79, rentPerHourTypical: 1.09, rentPerHourHyperscaler: 1.861,
      purchasePrice: nil, purchasePriceIsEstimate: false, purchasePriceNote: nil,
      asOf: "2026-09-25", confidence: "high",
      source:
        "rent: RunPod Community $0.79 / Secure $1.09, Nebius $1.55 (2026-09-25) [tgarg01/silybench-data prices/gpu_hourly.yaml (refreshed_at 2026-10-07; rows checked_at 2026-09-25 from runpod.io/pricing, lambda.ai/pricing, nebius.com/prices)]; AWS g6e.xlarge (1xL40S, 4 vCPU) $1.861/h us-east-1 (AWS Pricing API capture 2026-08-17 in a public code file). Max power 350 W (NVIDIA L40/L40S spec table, mullet.se / omegaco.ae)"
    ),
    GPUEntry(
      id: "l4", name: "NVIDIA L4 24GB", memoryGB: 24.0,
      boardPowerWatts: 72.0, powerIsEstimate: false,
      rentPerHourLow: nil, rentPerHourTypical: 0.8048, rentPerHourHyperscaler: 0.8048,
      purchasePrice: nil, purchasePriceIsEstimate: false, purchasePriceNote: nil,
      asOf: "2026-08-17", confidence: "medium",
      source:
        "rent: AWS g6.xlarge (1xL4, 4 vCPU, 16 GiB) $0.8048/h us-east-1 (AWS Pricing API capture 2026-08-17 in a public code file; same value in several other code files). No neocloud L4 price found. 72 W (grokipedia NVIDIA L4 vs L40S; NVIDIA spec)"
    ),
    GPUEntry(
      id: "rtx-4090", name: "NVIDIA GeForce RTX 4090 24GB", memoryGB: 24.0,
      boardPowerWatts: 450.0, powerIsEstimate: true,
      rentPerHourLow: 0.34, rentPerHourTypical: 0.74, rentPerHourHyperscaler: nil,
      purchasePrice: 1599.0, purchasePriceIsEstimate: true,
      purchasePriceNote: "launch MSRP, recalled, not read in a source: estimate",
      asOf: "2026-09-25", confidence: "high (rent), low (power/purchase)",
      source:
        "rent: RunPod Community $0.34 / Secure $0.74 (2026-09-25) [tgarg01/silybench-data prices/gpu_hourly.yaml (refreshed_at 2026-10-07; rows checked_at 2026-09-25 from runpod.io/pricing, lambda.ai/pricing, nebius.com/prices)]; OpenRelay $0.29 (api-evangelist/openrelay, 2026-09-20); gpu.fund crawl lowest $0.69 (2026-05-27). 450 W TGP and $1,599 launch MSRP are NVIDIA figures recalled, NOT read in a source here: ESTIMATE"
    ),
    GPUEntry(
      id: "b200", name: "NVIDIA B200 180GB", memoryGB: 180.0,
      boardPowerWatts: nil, powerIsEstimate: false,
      rentPerHourLow: 5.98, rentPerHourTypical: 6.79, rentPerHourHyperscaler: 14.24,
      purchasePrice: nil, purchasePriceIsEstimate: false, purchasePriceNote: nil,
      asOf: "2026-09-25", confidence: "medium",
      source:
        "rent: RunPod $5.98/$6.79, Lambda 1x $6.99, Nebius $7.15 (2026-09-25) [tgarg01/silybench-data prices/gpu_hourly.yaml (refreshed_at 2026-10-07; rows checked_at 2026-09-25 from runpod.io/pricing, lambda.ai/pricing, nebius.com/prices)]; Lambda 8x $6.69 (api-evangelist lambda-labs plans 2026-09-20); AWS p6-b200.48xlarge $113.93/h = $14.24/GPU-h (public code file). Power not sourced."
    ),
    GPUEntry(
      id: "mi300x", name: "AMD Instinct MI300X 192GB (OAM)", memoryGB: 192.0,
      boardPowerWatts: 750.0, powerIsEstimate: false,
      rentPerHourLow: nil, rentPerHourTypical: nil, rentPerHourHyperscaler: nil,
      purchasePrice: nil, purchasePriceIsEstimate: false, purchasePriceNote: nil,
      asOf: "2026-11-22", confidence: "high (memory, power); no price source gathered",
      source:
        "memory and tensor rates: ROCm/legacy-rocm-build docs/conceptual/gpu-arch/mi300.md @ 089d7513; 750 W and 192 GB: MLCommons inference_results_v4.1 closed/AMD/systems/8xMI300X_2xEPYC-9374F.json ('AMD Instinct MI300X-NPS1-SPX-192GB-750W'). No rent or purchase price was gathered: give selfHosted.gpuHourlyRate or gpuPurchasePrice"
    ),
    GPUEntry(
      id: "a100-40gb", name: "NVIDIA A100 40GB SXM4", memoryGB: 40.0,
      boardPowerWatts: 400.0, powerIsEstimate: false,
      rentPerHourLow: nil, rentPerHourTypical: nil, rentPerHourHyperscaler: nil,
      purchasePrice: nil, purchasePriceIsEstimate: false, purchasePriceNote: nil,
      asOf: "2026-11-22", confidence: "high (memory), medium (power); no price source gathered",
      source:
        "cli99/llm-analysis llm_analysis/gpu_configs/a100-sxm-40gb.json @ d841e40a (memory, bandwidth, FLOPS); 400 W SXM4 from a secondary source (HF gpu_catalog.json). No rent or purchase price was gathered: give selfHosted.gpuHourlyRate or gpuPurchasePrice"
    ),
  ]

  /// Published benchmark points per (model, GPU, precision); the serving rates are fitted from them.
  static let builtInThroughput: [ThroughputEntry] = [
    ThroughputEntry(
      model: "llama-3.1-8b", gpu: "h100-sxm", precision: "fp8", gpusPerReplica: 1, basis: .maxThroughput,
      engine: "TensorRT-LLM 0.13.0", asOf: "2024 (v0.13.0)", confidence: "high",
      source:
        "NVIDIA/TensorRT-LLM docs/source/performance/perf-overview.md, version with 'All data ... generated using version 0.13.0' (trtllm-bench max-throughput, infinite request rate, synthetic fixed ISL/OSL). Table values are total output tok/s of the TP group; per-GPU = value / TP (our division).",
      notes: nil,
      points: [
        BenchmarkPoint(
          inputTokens: 128, outputTokens: 128, outputTokensPerSecondPerGPU: 27147.2,
          setting: "max-throughput (offline, infinite rate)"),
        BenchmarkPoint(
          inputTokens: 1000, outputTokens: 1000, outputTokensPerSecondPerGPU: 13411.4,
          setting: "max-throughput (offline, infinite rate)"),
        BenchmarkPoint(
          inputTokens: 2048, outputTokens: 2048, outputTokensPerSecondPerGPU: 8851.2,
          setting: "max-throughput (offline, infinite rate)"),
        BenchmarkPoint(
          inputTokens: 500, outputTokens: 2000, outputTokensPerSecondPerGPU: 13996.0,
          setting: "max-throughput (offline, infinite rate)"),
        BenchmarkPoint(
          inputTokens: 2048, outputTokens: 128, outputTokensPerSecondPerGPU: 3497.3,
          setting: "max-throughput (offline, infinite rate)"),
        BenchmarkPoint(
          inputTokens: 5000, outputTokens: 500, outputTokensPerSecondPerGPU: 3276.7,
          setting: "max-throughput (offline, infinite rate)"),
      ]),
    ThroughputEntry(
      model: "llama-3.1-8b", gpu: "h100-sxm", precision: "fp16", gpusPerReplica: 1, basis: .maxThroughput,
      engine: "TensorRT-LLM 0.13.0", asOf: "2024 (v0.13.0)", confidence: "high",
      source:
        "NVIDIA/TensorRT-LLM docs/source/performance/perf-overview.md, version with 'All data ... generated using version 0.13.0' (trtllm-bench max-throughput, infinite request rate, synthetic fixed ISL/OSL). Table values are total output tok/s of the TP group; per-GPU = value / TP (our division).",
      notes: nil,
      points: [
        BenchmarkPoint(
          inputTokens: 128, outputTokens: 128, outputTokensPerSecondPerGPU: 15647.8,
          setting: "max-throughput (offline, infinite rate)"),
        BenchmarkPoint(
          inputTokens: 1000, outputTokens: 1000, outputTokensPerSecondPerGPU: 7160.9,
          setting: "max-throughput (offline, infinite rate)"),
        BenchmarkPoint(
          inputTokens: 2048, outputTokens: 128, outputTokensPerSecondPerGPU: 1859.4,
          setting: "max-throughput (offline, infinite rate)"),
      ]),
    ThroughputEntry(
      model: "llama-3.1-8b", gpu: "h200-sxm", precision: "fp8", gpusPerReplica: 1, basis: .maxThroughput,
      engine: "TensorRT-LLM 0.13.0", asOf: "2024 (v0.13.0)", confidence: "high",
      source:
        "NVIDIA/TensorRT-LLM docs/source/performance/perf-overview.md, version with 'All data ... generated using version 0.13.0' (trtllm-bench max-throughput, infinite request rate, synthetic fixed ISL/OSL). Table values are total output tok/s of the TP group; per-GPU = value / TP (our division).",
      notes: nil,
      points: [
        BenchmarkPoint(
          inputTokens: 128, outputTokens: 128, outputTokensPerSecondPerGPU: 28125.6,
          setting: "max-throughput (offline, infinite rate)"),
        BenchmarkPoint(
          inputTokens: 1000, outputTokens: 1000, outputTokensPerSecondPerGPU: 16435.2,
          setting: "max-throughput (offline, infinite rate)"),
        BenchmarkPoint(
          inputTokens: 2048, outputTokens: 128, outputTokensPerSecondPerGPU: 3625.8,
          setting: "max-throughput (offline, infinite rate)"),
      ]),
    ThroughputEntry(
      model: "llama-3.1-8b", gpu: "a100-80gb-sxm", precision: "fp16", gpusPerReplica: 1, basis: .maxThroughput,
      engine: "TensorRT-LLM 0.13.0", asOf: "2024 (v0.13.0)", confidence: "high",
      source:
        "NVIDIA/TensorRT-LLM docs/source/performance/perf-overview.md, version with 'All data ... generated using version 0.13.0' (trtllm-bench max-throughput, infinite request rate, synthetic fixed ISL/OSL). Table values are total output tok/s of the TP group; per-GPU = value / TP (our division).",
      notes: nil,
      points: [
        BenchmarkPoint(
          inputTokens: 128, outputTokens: 128, outputTokensPerSecondPerGPU: 6687.0,
          setting: "max-throughput (offline, infinite rate)"),
        BenchmarkPoint(
          inputTokens: 1000, outputTokens: 1000, outputTokensPerSecondPerGPU: 3592.2,
          setting: "max-throughput (offline, infinite rate)"),
        BenchmarkPoint(
          inputTokens: 2048, outputTokens: 2048, outputTokensPerSecondPerGPU: 2269.8,
          setting: "max-throughput (offline, infinite rate)"),
        BenchmarkPoint(
          inputTokens: 2048, outputTokens: 128, outputTokensPerSecondPerGPU: 796.2,
          setting: "max-throughput (offline, infinite rate)"),
      ]),
    ThroughputEntry(
      model: "llama-3.1-8b", gpu: "l40s", precision: "fp8", gpusPerReplica: 1, basis: .maxThroughput,
      engine: "TensorRT-LLM 0.13.0", asOf: "2024 (v0.13.0)", confidence: "high",
      source:
        "NVIDIA/TensorRT-LLM docs/source/performance/perf-overview.md, version with 'All data ... generated using version 0.13.0' (trtllm-bench max-throughput, infinite request rate, synthetic fixed ISL/OSL). Table values are total output tok/s of the TP group; per-GPU = value / TP (our division).",
      notes: nil,
      points: [
        BenchmarkPoint(
          inputTokens: 128, outputTokens: 128, outputTokensPerSecondPerGPU: 8548.9,
          setting: "max-throughput (offline, infinite rate)"),
        BenchmarkPoint(
          inputTokens: 1000, outputTokens: 1000, outputTokensPerSecondPerGPU: 3648.2,
          setting: "max-throughput (offline, infinite rate)"),
        BenchmarkPoint(
          inputTokens: 2048, outputTokens: 2048, outputTokensPerSecondPerGPU: 2055.8,
          setting: "max-throughput (offline, infinite rate)"),
        BenchmarkPoint(
          inputTokens: 2048, outputTokens: 128, outputTokensPerSecondPerGPU: 1000.9,
          setting: "max-throughput (offline, infinite rate)"),
      ]),
    ThroughputEntry(
      model: "mistral-7b", gpu: "h100-sxm", precision: "fp8", gpusPerReplica: 1, basis: .maxThroughput,
      engine: "TensorRT-LLM 0.13.0", asOf: "2024 (v0.13.0)", confidence: "high",
      source:
        "NVIDIA/TensorRT-LLM docs/source/performance/perf-overview.md, version with 'All data ... generated using version 0.13.0' (trtllm-bench max-throughput, infinite request rate, synthetic fixed ISL/OSL). Table values are total output tok/s of the TP group; per-GPU = value / TP (our division).",
      notes: nil,
      points: [
        BenchmarkPoint(
          inputTokens: 128, outputTokens: 128, outputTokensPerSecondPerGPU: 29672.8,
          setting: "max-throughput (offline, infinite rate)"),
        BenchmarkPoint(
          inputTokens: 1000, outputTokens: 1000, outputTokensPerSecondPerGPU: 14213.5,
          setting: "max-throughput (offline, infinite rate)"),
        BenchmarkPoint(
          inputTokens: 2048, outputTokens: 128, outputTokensPerSecondPerGPU: 3502.8,
          setting: "max-throughput (offline, infinite rate)"),
      ]),
    ThroughputEntry(
      model: "mistral-7b", gpu: "a100-80gb-sxm", precision: "fp16", gpusPerReplica: 1, basis: .maxThroughput,
      engine: "TensorRT-LLM 0.13.0", asOf: "2024 (v0.13.0)", confidence: "high",
      source:
        "NVIDIA/TensorRT-LLM docs/source/performance/perf-overview.md, version with 'All data ... generated using version 0.13.0' (trtllm-bench max-throughput, infinite request rate, synthetic fixed ISL/OSL). Table values are total output tok/s of the TP group; per-GPU = value / TP (our division).",
      notes: nil,
      points: [
        BenchmarkPoint(
          inputTokens: 128, outputTokens: 128, outputTokensPerSecondPerGPU: 6863.6,
          setting: "max-throughput (offline, infinite rate)"),
        BenchmarkPoint(
          inputTokens: 1000, outputTokens: 1000, outputTokensPerSecondPerGPU: 3794.3,
          setting: "max-throughput (offline, infinite rate)"),
        BenchmarkPoint(
          inputTokens: 2048, outputTokens: 128, outputTokensPerSecondPerGPU: 796.0,
          setting: "max-throughput (offline, infinite rate)"),
      ]),
    ThroughputEntry(
      model: "mistral-7b", gpu: "l40s", precision: "fp8", gpusPerReplica: 1, basis: .maxThroughput,
      engine: "TensorRT-LLM 0.13.0", asOf: "2024 (v0.13.0)", confidence: "high",
      source:
        "NVIDIA/TensorRT-LLM docs/source/performance/perf-overview.md, version with 'All data ... generated using version 0.13.0' (trtllm-bench max-throughput, infinite request rate, synthetic fixed ISL/OSL). Table values are total output tok/s of the TP group; per-GPU = value / TP (our division).",
      notes: nil,
      points: [
        BenchmarkPoint(
          inputTokens: 128, outputTokens: 128, outputTokensPerSecondPerGPU: 9676.9,
          setting: "max-throughput (offline, infinite rate)"),
        BenchmarkPoint(
          inputTokens: 1000, outputTokens: 1000, outputTokensPerSecondPerGPU: 3972.6,
          setting: "max-throughput (offline, infinite rate)"),
        BenchmarkPoint(
          inputTokens: 2048, outputTokens: 128, outputTokensPerSecondPerGPU: 996.6,
          setting: "max-throughput (offline, infinite rate)"),
      ]),
    ThroughputEntry(
      model: "llama-3.1-70b", gpu: "h100-sxm", precision: "fp8", gpusPerReplica: 2, basis: .maxThroughput,
      engine: "TensorRT-LLM 0.13.0", asOf: "2024 (v0.13.0)", confidence: "high",
      source:
        "NVIDIA/TensorRT-LLM docs/source/performance/perf-overview.md, version with 'All data ... generated using version 0.13.0' (trtllm-bench max-throughput, infinite request rate, synthetic fixed ISL/OSL). Table values are total output tok/s of the TP group; per-GPU = value / TP (our division).",
      notes: nil,
      points: [
        BenchmarkPoint(
          inputTokens: 128, outputTokens: 128, outputTokensPerSecondPerGPU: 2607.6,
          setting: "max-throughput (offline, infinite rate)"),
        BenchmarkPoint(
          inputTokens: 1000, outputTokens: 1000, outputTokensPerSecondPerGPU: 1940.2,
          setting: "max-throughput (offline, infinite rate)"),
        BenchmarkPoint(
          inputTokens: 2048, outputTokens: 128, outputTokensPerSecondPerGPU: 345.0,
          setting: "max-throughput (offline, infinite rate)"),
        BenchmarkPoint(
          inputTokens: 500, outputTokens: 2000, outputTokensPerSecondPerGPU: 2173.8,
          setting: "max-throughput (offline, infinite rate)"),
      ]),
    ThroughputEntry(
      model: "llama-3.1-70b", gpu: "h200-sxm", precision: "fp8", gpusPerReplica: 1, basis: .maxThroughput,
      engine: "TensorRT-LLM 0.13.0", asOf: "2024 (v0.13.0)", confidence: "high",
      source:
        "NVIDIA/TensorRT-LLM docs/source/performance/perf-overview.md, version with 'All data ... generated using version 0.13.0' (trtllm-bench max-throughput, infinite request rate, synthetic fixed ISL/OSL). Table values are total output tok/s of the TP group; per-GPU = value / TP (our division).",
      notes: nil,
      points: [
        BenchmarkPoint(
          inputTokens: 128, outputTokens: 128, outputTokensPerSecondPerGPU: 3923.6,
          setting: "max-throughput (offline, infinite rate)"),
        BenchmarkPoint(
          inputTokens: 1000, outputTokens: 1000, outputTokensPerSecondPerGPU: 2539.7,
          setting: "max-throughput (offline, infinite rate)"),
        BenchmarkPoint(
          inputTokens: 2048, outputTokens: 128, outputTokensPerSecondPerGPU: 459.7,
          setting: "max-throughput (offline, infinite rate)"),
      ]),
    ThroughputEntry(
      model: "llama-3.1-70b", gpu: "a100-80gb-sxm", precision: "fp16", gpusPerReplica: 4, basis: .maxThroughput,
      engine: "TensorRT-LLM 0.13.0", asOf: "2024 (v0.13.0)", confidence: "high",
      source:
        "NVIDIA/TensorRT-LLM docs/source/performance/perf-overview.md, version with 'All data ... generated using version 0.13.0' (trtllm-bench max-throughput, infinite request rate, synthetic fixed ISL/OSL). Table values are total output tok/s of the TP group; per-GPU = value / TP (our division).",
      notes: nil,
      points: [
        BenchmarkPoint(
          inputTokens: 128, outputTokens: 128, outputTokensPerSecondPerGPU: 606.6,
          setting: "max-throughput (offline, infinite rate)"),
        BenchmarkPoint(
          inputTokens: 1000, outputTokens: 1000, outputTokensPerSecondPerGPU: 433.0,
          setting: "max-throughput (offline, infinite rate)"),
        BenchmarkPoint(
          inputTokens: 2048, outputTokens: 128, outputTokensPerSecondPerGPU: 69.7,
          setting: "max-throughput (offline, infinite rate)"),
      ]),
    ThroughputEntry(
      model: "llama-3.1-70b", gpu: "l40s", precision: "fp8", gpusPerReplica: 4, basis: .maxThroughput,
      engine: "TensorRT-LLM 0.13.0", asOf: "2024 (v0.13.0)", confidence: "high",
      source:
        "NVIDIA/TensorRT-LLM docs/source/performance/perf-overview.md, version with 'All data ... generated using version 0.13.0' (trtllm-bench max-throughput, infinite request rate, synthetic fixed ISL/OSL). Table values are total output tok/s of the TP group; per-GPU = value / TP (our division).",
      notes: nil,
      points: [
        BenchmarkPoint(
          inputTokens: 128, outputTokens: 128, outputTokensPerSecondPerGPU: 358.7,
          setting: "max-throughput (offline, infinite rate)"),
        BenchmarkPoint(
          inputTokens: 1000, outputTokens: 1000, outputTokensPerSecondPerGPU: 278.3,
          setting: "max-throughput (offline, infinite rate)"),
        BenchmarkPoint(
          inputTokens: 2048, outputTokens: 128, outputTokensPerSecondPerGPU: 42.0,
          setting: "max-throughput (offline, infinite rate)"),
      ]),
    ThroughputEntry(
      model: "llama-3.3-70b", gpu: "h100-sxm", precision: "fp8", gpusPerReplica: 2, basis: .maxThroughput,
      engine: "TensorRT-LLM 1.0 (PyTorch backend)", asOf: "2025 (v1.0 docs)", confidence: "high",
      source:
        "NVIDIA/TensorRT-LLM docs/source/performance/perf-overview.md (v1.0 edition, commit 00f37686; PyTorch backend, trtllm-bench throughput, 'Total Output Throughput (tokens/sec)'). Per-GPU = value / TP (our division).",
      notes: "Llama-3.3-70B has the same architecture as Llama-3.1-70B.",
      points: [
        BenchmarkPoint(
          inputTokens: 128, outputTokens: 128, outputTokensPerSecondPerGPU: 3189.0,
          setting: "max-throughput (offline, infinite rate)"),
        BenchmarkPoint(
          inputTokens: 1000, outputTokens: 1000, outputTokensPerSecondPerGPU: 2102.5,
          setting: "max-throughput (offline, infinite rate)"),
        BenchmarkPoint(
          inputTokens: 2048, outputTokens: 128, outputTokensPerSecondPerGPU: 381.0,
          setting: "max-throughput (offline, infinite rate)"),
      ]),
    ThroughputEntry(
      model: "qwen3-8b", gpu: "h100-sxm", precision: "fp8", gpusPerReplica: 1, basis: .latencyBounded,
      engine: "vLLM 0.30.0", asOf: "2026-09-24", confidence: "high (single measured run set)",
      source:
        "tgarg01/silybench-data derived/csv/capacity.csv + runs.csv (measured 2026-09-24, vLLM v0.30.0, 1x H100 SXM GCP a3-highgpu-1g, max users meeting SLO p99 TTFT<=2s and median ITL<=50ms; random prompts, --ignore-eos)",
      notes:
        "Qwen3-8B measured at p99 TTFT <= 2 s and median ITL <= 50 ms; workloads chat, prefill, decode, balanced, long-context. realistic-SLO throughput; chat-128-128 users capped at 512 (lower bound)",
      points: [
        BenchmarkPoint(
          inputTokens: 128, outputTokens: 128, outputTokensPerSecondPerGPU: 16542.0,
          setting: "512 concurrent users (max meeting SLO; closed loop)"),
        BenchmarkPoint(
          inputTokens: 1024, outputTokens: 128, outputTokensPerSecondPerGPU: 4129.0,
          setting: "108 concurrent users (max meeting SLO; closed loop)"),
        BenchmarkPoint(
          inputTokens: 128, outputTokens: 1024, outputTokensPerSecondPerGPU: 15103.5,
          setting: "472 concurrent users (max meeting SLO; closed loop)"),
        BenchmarkPoint(
          inputTokens: 2048, outputTokens: 2048, outputTokensPerSecondPerGPU: 3653.1,
          setting: "52 concurrent users (max meeting SLO; closed loop)"),
        BenchmarkPoint(
          inputTokens: 8192, outputTokens: 512, outputTokensPerSecondPerGPU: 786.9,
          setting: "10 concurrent users (max meeting SLO; closed loop)"),
      ]),
    ThroughputEntry(
      model: "qwen3-8b", gpu: "h100-sxm", precision: "bf16", gpusPerReplica: 1, basis: .latencyBounded,
      engine: "vLLM 0.30.0", asOf: "2026-09-24", confidence: "high (single measured run set)",
      source:
        "tgarg01/silybench-data derived/csv/capacity.csv + runs.csv (measured 2026-09-24, vLLM v0.30.0, 1x H100 SXM GCP a3-highgpu-1g, max users meeting SLO p99 TTFT<=2s and median ITL<=50ms; random prompts, --ignore-eos)",
      notes:
        "Qwen3-8B measured at p99 TTFT <= 2 s and median ITL <= 50 ms; workloads chat, prefill, decode, balanced, long-context. realistic-SLO throughput; chat-128-128 users capped at 512 (lower bound)",
      points: [
        BenchmarkPoint(
          inputTokens: 128, outputTokens: 128, outputTokensPerSecondPerGPU: 14539.5,
          setting: "512 concurrent users (max meeting SLO; closed loop)"),
        BenchmarkPoint(
          inputTokens: 1024, outputTokens: 128, outputTokensPerSecondPerGPU: 3017.7,
          setting: "80 concurrent users (max meeting SLO; closed loop)"),
        BenchmarkPoint(
          inputTokens: 128, outputTokens: 1024, outputTokensPerSecondPerGPU: 13322.0,
          setting: "396 concurrent users (max meeting SLO; closed loop)"),
        BenchmarkPoint(
          inputTokens: 2048, outputTokens: 2048, outputTokensPerSecondPerGPU: 2814.7,
          setting: "40 concurrent users (max meeting SLO; closed loop)"),
        BenchmarkPoint(
          inputTokens: 8192, outputTokens: 512, outputTokensPerSecondPerGPU: 501.6,
          setting: "7 concurrent users (max meeting SLO; closed loop)"),
      ]),
  ]
}

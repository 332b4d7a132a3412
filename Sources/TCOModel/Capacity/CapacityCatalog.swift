// The capacity model's built-in architectures and GPU specifications.
//
// Models: /work/shared/reference/models.json (gathered 2026-11-22); every field is copied from
// the cited config file, parameter counts are computed from those configs (see MODELS.md).
// GPUs: /work/shared/reference/gpus-specs.json (gathered 2026-11-22).

/// The architectures, GPUs and engine efficiencies the capacity model knows.
public enum CapacityCatalog {
  /// The 21 open-weight models, in the order of `models.json`.
  public static let models: [ModelArchitecture] = [
    ModelArchitecture(
      id: "llama-3.1-8b", huggingFaceName: "meta-llama/Llama-3.1-8B(-Instruct)",
      totalParameters: 8_030_261_248, activeParameters: 8_030_261_248,
      layers: 32, hiddenSize: 4096, attentionHeads: 32,
      attention: .grouped(kvHeads: 8, headDim: 128),
      fullAttentionLayers: 32, slidingWindowLayers: 0, slidingWindowTokens: nil,
      experts: nil, expertsPerToken: nil,
      maxContextTokens: 131072, nativePrecision: .bf16, precisions: [.bf16, .fp16, .fp8, .int8, .int4, .fp4],
      source:
        "ai-dynamo/aiconfigurator aic-core/src/aiconfigurator_core/model_configs/meta-llama--Meta-Llama-3.1-8B_config.json @ 095f58a51c4ca8e61b66ec108d86f223f8d559ce (verbatim Hugging Face config.json copy)",
      asOf: "2026-07-14 (source commit date)",
      unverified: []),
    ModelArchitecture(
      id: "llama-3.1-70b", huggingFaceName: "meta-llama/Llama-3.1-70B(-Instruct)",
      totalParameters: 70_553_706_496, activeParameters: 70_553_706_496,
      layers: 80, hiddenSize: 8192, attentionHeads: 64,
      attention: .grouped(kvHeads: 8, headDim: 128),
      fullAttentionLayers: 80, slidingWindowLayers: 0, slidingWindowTokens: nil,
      experts: nil, expertsPerToken: nil,
      maxContextTokens: 131072, nativePrecision: .bf16, precisions: [.bf16, .fp16, .fp8, .int8, .int4, .fp4],
      source:
        "ai-dynamo/aiconfigurator aic-core/src/aiconfigurator_core/model_configs/meta-llama--Meta-Llama-3.1-70B_config.json @ 095f58a51c4ca8e61b66ec108d86f223f8d559ce (verbatim Hugging Face config.json copy)",
      asOf: "2026-07-14 (source commit date)",
      unverified: []),
    ModelArchitecture(
      id: "llama-3.3-70b", huggingFaceName: "meta-llama/Llama-3.3-70B-Instruct",
      totalParameters: 70_553_706_496, activeParameters: 70_553_706_496,
      layers: 80, hiddenSize: 8192, attentionHeads: 64,
      attention: .grouped(kvHeads: 8, headDim: 128),
      fullAttentionLayers: 80, slidingWindowLayers: 0, slidingWindowTokens: nil,
      experts: nil, expertsPerToken: nil,
      maxContextTokens: 131072, nativePrecision: .bf16, precisions: [.bf16, .fp16, .fp8, .int8, .int4, .fp4],
      source:
        "ai-dynamo/aiconfigurator src/aiconfigurator/model_configs/meta-llama--Llama-3.3-70B-Instruct_config.json @ f577ab8432dfc9970fea27853a24861a6d3076cf (verbatim Hugging Face config.json copy (transformers 4.47.0))",
      asOf: "2026-03-09 (source commit date)",
      unverified: []),
    ModelArchitecture(
      id: "llama-3.1-405b", huggingFaceName: "meta-llama/Llama-3.1-405B(-Instruct)",
      totalParameters: 405_853_388_800, activeParameters: 405_853_388_800,
      layers: 126, hiddenSize: 16384, attentionHeads: 128,
      attention: .grouped(kvHeads: 8, headDim: 128),
      fullAttentionLayers: 126, slidingWindowLayers: 0, slidingWindowTokens: nil,
      experts: nil, expertsPerToken: nil,
      maxContextTokens: 131072, nativePrecision: .bf16, precisions: [.bf16, .fp16, .fp8, .int8, .int4, .fp4],
      source:
        "ai-dynamo/aiconfigurator aic-core/src/aiconfigurator_core/model_configs/meta-llama--Meta-Llama-3.1-405B_config.json @ 095f58a51c4ca8e61b66ec108d86f223f8d559ce (verbatim Hugging Face config.json copy)",
      asOf: "2026-07-14 (source commit date)",
      unverified: []),
    ModelArchitecture(
      id: "mistral-7b", huggingFaceName: "mistralai/Mistral-7B-v0.3 (and -Instruct-v0.3)",
      totalParameters: 7_248_023_552, activeParameters: 7_248_023_552,
      layers: 32, hiddenSize: 4096, attentionHeads: 32,
      attention: .grouped(kvHeads: 8, headDim: 128),
      fullAttentionLayers: 32, slidingWindowLayers: 0, slidingWindowTokens: nil,
      experts: nil, expertsPerToken: nil,
      maxContextTokens: 32768, nativePrecision: .bf16, precisions: [.bf16, .fp16, .fp8, .int8, .int4, .fp4],
      source:
        "(Hugging Face page, not GitHub) https://huggingface.co/unsloth/mistral-7b-v0.3/blob/058e6597d74073e59a1c087ef221d0a7b6bb3889/config.json @ 058e6597d74073e59a1c087ef221d0a7b6bb3889 (HF mirror of the official config, seen via the docs search corpus)",
      asOf: "2024 (transformers_version 4.41.0 in file)",
      unverified: []),
    ModelArchitecture(
      id: "mixtral-8x7b", huggingFaceName: "mistralai/Mixtral-8x7B-v0.1 (and -Instruct-v0.1)",
      totalParameters: 46_702_792_704, activeParameters: 12_879_925_248,
      layers: 32, hiddenSize: 4096, attentionHeads: 32,
      attention: .grouped(kvHeads: 8, headDim: 128),
      fullAttentionLayers: 32, slidingWindowLayers: 0, slidingWindowTokens: nil,
      experts: 8, expertsPerToken: 2,
      maxContextTokens: 32768, nativePrecision: .bf16, precisions: [.bf16, .fp16, .fp8, .int8, .int4, .fp4],
      source:
        "ai-dynamo/aiconfigurator aic-core/src/aiconfigurator_core/model_configs/mistralai--Mixtral-8x7B-v0.1_config.json @ 095f58a51c4ca8e61b66ec108d86f223f8d559ce (verbatim Hugging Face config.json copy)",
      asOf: "2026-07-14 (source commit date)",
      unverified: []),
    ModelArchitecture(
      id: "mixtral-8x22b", huggingFaceName: "mistralai/Mixtral-8x22B-v0.1",
      totalParameters: 140_620_634_112, activeParameters: 39_152_031_744,
      layers: 56, hiddenSize: 6144, attentionHeads: 48,
      attention: .grouped(kvHeads: 8, headDim: 128),
      fullAttentionLayers: 56, slidingWindowLayers: 0, slidingWindowTokens: nil,
      experts: 8, expertsPerToken: 2,
      maxContextTokens: 65536, nativePrecision: .bf16, precisions: [.bf16, .fp16, .fp8, .int8, .int4, .fp4],
      source:
        "ai-dynamo/aiconfigurator aic-core/src/aiconfigurator_core/model_configs/mistralai--Mixtral-8x22B-v0.1_config.json @ 095f58a51c4ca8e61b66ec108d86f223f8d559ce (verbatim Hugging Face config.json copy)",
      asOf: "2026-07-14 (source commit date)",
      unverified: []),
    ModelArchitecture(
      id: "qwen2.5-7b", huggingFaceName: "Qwen/Qwen2.5-7B-Instruct",
      totalParameters: 7_615_616_512, activeParameters: 7_615_616_512,
      layers: 28, hiddenSize: 3584, attentionHeads: 28,
      attention: .grouped(kvHeads: 4, headDim: 128),
      fullAttentionLayers: 28, slidingWindowLayers: 0, slidingWindowTokens: nil,
      experts: nil, expertsPerToken: nil,
      maxContextTokens: 32768, nativePrecision: .bf16, precisions: [.bf16, .fp16, .fp8, .int8, .int4, .fp4],
      source:
        "abhibambhaniya/GenZ-LLM-Analyzer GenZ/Models/Model_sets/alibaba.py @ 091bdd0a2777dfe4d405a8fcdd91c8f12b474bf3 (hand transcription of the HF config.json (URL in a comment above each entry) into a Python ModelConfig)",
      asOf: "2026-02-16 (GenZ file's last change)",
      unverified: []),
    ModelArchitecture(
      id: "qwen2.5-32b", huggingFaceName: "Qwen/Qwen2.5-32B-Instruct",
      totalParameters: 32_763_876_352, activeParameters: 32_763_876_352,
      layers: 64, hiddenSize: 5120, attentionHeads: 40,
      attention: .grouped(kvHeads: 8, headDim: 128),
      fullAttentionLayers: 64, slidingWindowLayers: 0, slidingWindowTokens: nil,
      experts: nil, expertsPerToken: nil,
      maxContextTokens: 32768, nativePrecision: .bf16, precisions: [.bf16, .fp16, .fp8, .int8, .int4, .fp4],
      source:
        "abhibambhaniya/GenZ-LLM-Analyzer GenZ/Models/Model_sets/alibaba.py @ 091bdd0a2777dfe4d405a8fcdd91c8f12b474bf3 (hand transcription of the HF config.json (URL in a comment above each entry) into a Python ModelConfig)",
      asOf: "2026-02-16 (GenZ file's last change)",
      unverified: ["all architecture fields (single transcribed source)"]),
    ModelArchitecture(
      id: "qwen2.5-72b", huggingFaceName: "Qwen/Qwen2.5-72B-Instruct",
      totalParameters: 72_706_203_648, activeParameters: 72_706_203_648,
      layers: 80, hiddenSize: 8192, attentionHeads: 64,
      attention: .grouped(kvHeads: 8, headDim: 128),
      fullAttentionLayers: 80, slidingWindowLayers: 0, slidingWindowTokens: nil,
      experts: nil, expertsPerToken: nil,
      maxContextTokens: 32768, nativePrecision: .bf16, precisions: [.bf16, .fp16, .fp8, .int8, .int4, .fp4],
      source:
        "abhibambhaniya/GenZ-LLM-Analyzer GenZ/Models/Model_sets/alibaba.py @ 091bdd0a2777dfe4d405a8fcdd91c8f12b474bf3 (hand transcription of the HF config.json (URL in a comment above each entry) into a Python ModelConfig)",
      asOf: "2026-02-16 (GenZ file's last change)",
      unverified: []),
    ModelArchitecture(
      id: "qwen3-8b", huggingFaceName: "Qwen/Qwen3-8B",
      totalParameters: 8_190_735_360, activeParameters: 8_190_735_360,
      layers: 36, hiddenSize: 4096, attentionHeads: 32,
      attention: .grouped(kvHeads: 8, headDim: 128),
      fullAttentionLayers: 36, slidingWindowLayers: 0, slidingWindowTokens: nil,
      experts: nil, expertsPerToken: nil,
      maxContextTokens: 40960, nativePrecision: .bf16, precisions: [.bf16, .fp16, .fp8, .int8, .int4, .fp4],
      source:
        "ai-dynamo/aiconfigurator aic-core/src/aiconfigurator_core/model_configs/Qwen--Qwen3-8B_config.json @ 095f58a51c4ca8e61b66ec108d86f223f8d559ce (verbatim Hugging Face config.json copy)",
      asOf: "2026-07-14 (source commit date)",
      unverified: []),
    ModelArchitecture(
      id: "qwen3-32b", huggingFaceName: "Qwen/Qwen3-32B",
      totalParameters: 32_762_123_264, activeParameters: 32_762_123_264,
      layers: 64, hiddenSize: 5120, attentionHeads: 64,
      attention: .grouped(kvHeads: 8, headDim: 128),
      fullAttentionLayers: 64, slidingWindowLayers: 0, slidingWindowTokens: nil,
      experts: nil, expertsPerToken: nil,
      maxContextTokens: 40960, nativePrecision: .bf16, precisions: [.bf16, .fp16, .fp8, .int8, .int4, .fp4],
      source:
        "ai-dynamo/aiconfigurator aic-core/src/aiconfigurator_core/model_configs/Qwen--Qwen3-32B_config.json @ 095f58a51c4ca8e61b66ec108d86f223f8d559ce (verbatim Hugging Face config.json copy)",
      asOf: "2026-07-14 (source commit date)",
      unverified: []),
    ModelArchitecture(
      id: "qwen3-30b-a3b", huggingFaceName: "Qwen/Qwen3-30B-A3B",
      totalParameters: 30_532_122_624, activeParameters: 3_353_032_704,
      layers: 48, hiddenSize: 2048, attentionHeads: 32,
      attention: .grouped(kvHeads: 4, headDim: 128),
      fullAttentionLayers: 48, slidingWindowLayers: 0, slidingWindowTokens: nil,
      experts: 128, expertsPerToken: 8,
      maxContextTokens: 40960, nativePrecision: .bf16, precisions: [.bf16, .fp16, .fp8, .int8, .int4, .fp4],
      source:
        "ai-dynamo/aiconfigurator aic-core/src/aiconfigurator_core/model_configs/Qwen--Qwen3-30B-A3B_config.json @ 095f58a51c4ca8e61b66ec108d86f223f8d559ce (verbatim Hugging Face config.json copy)",
      asOf: "2026-07-14 (source commit date)",
      unverified: []),
    ModelArchitecture(
      id: "qwen3-235b-a22b", huggingFaceName: "Qwen/Qwen3-235B-A22B",
      totalParameters: 235_093_634_560, activeParameters: 22_190_763_520,
      layers: 94, hiddenSize: 4096, attentionHeads: 64,
      attention: .grouped(kvHeads: 4, headDim: 128),
      fullAttentionLayers: 94, slidingWindowLayers: 0, slidingWindowTokens: nil,
      experts: 128, expertsPerToken: 8,
      maxContextTokens: 40960, nativePrecision: .bf16, precisions: [.bf16, .fp16, .fp8, .int8, .int4, .fp4],
      source:
        "ai-dynamo/aiconfigurator aic-core/src/aiconfigurator_core/model_configs/Qwen--Qwen3-235B-A22B_config.json @ 095f58a51c4ca8e61b66ec108d86f223f8d559ce (verbatim Hugging Face config.json copy)",
      asOf: "2026-07-14 (source commit date)",
      unverified: []),
    ModelArchitecture(
      id: "deepseek-v3", huggingFaceName: "deepseek-ai/DeepSeek-V3",
      totalParameters: 671_026_419_200, activeParameters: 37_552_297_472,
      layers: 61, hiddenSize: 7168, attentionHeads: 128,
      attention: .multiHeadLatent(kvLoraRank: 512, qkRopeHeadDim: 64, qkNopeHeadDim: 128, vHeadDim: 128),
      fullAttentionLayers: 61, slidingWindowLayers: 0, slidingWindowTokens: nil,
      experts: 256, expertsPerToken: 8,
      maxContextTokens: 163840, nativePrecision: .fp8, precisions: [.bf16, .fp16, .fp8, .int8, .int4, .fp4],
      source:
        "ai-dynamo/aiconfigurator aic-core/src/aiconfigurator_core/model_configs/deepseek-ai--DeepSeek-V3_config.json @ 095f58a51c4ca8e61b66ec108d86f223f8d559ce (verbatim Hugging Face config.json copy)",
      asOf: "2026-07-14 (source commit date)",
      unverified: []),
    ModelArchitecture(
      id: "gpt-oss-20b", huggingFaceName: "openai/gpt-oss-20b",
      totalParameters: 20_914_757_184, activeParameters: 4_187_440_704,
      layers: 24, hiddenSize: 2880, attentionHeads: 64,
      attention: .grouped(kvHeads: 8, headDim: 64),
      fullAttentionLayers: 12, slidingWindowLayers: 12, slidingWindowTokens: 128,
      experts: 32, expertsPerToken: 4,
      maxContextTokens: 131072, nativePrecision: .mxfp4, precisions: [.mxfp4, .bf16],
      source:
        "ai-dynamo/aiconfigurator aic-core/src/aiconfigurator_core/model_configs/openai--gpt-oss-20b_config.json @ 095f58a51c4ca8e61b66ec108d86f223f8d559ce (verbatim Hugging Face config.json copy)",
      asOf: "2026-07-14 (source commit date)",
      unverified: []),
    ModelArchitecture(
      id: "gpt-oss-120b", huggingFaceName: "openai/gpt-oss-120b",
      totalParameters: 116_829_156_672, activeParameters: 5_711_982_912,
      layers: 36, hiddenSize: 2880, attentionHeads: 64,
      attention: .grouped(kvHeads: 8, headDim: 64),
      fullAttentionLayers: 18, slidingWindowLayers: 18, slidingWindowTokens: 128,
      experts: 128, expertsPerToken: 4,
      maxContextTokens: 131072, nativePrecision: .mxfp4, precisions: [.mxfp4, .bf16],
      source:
        "ai-dynamo/aiconfigurator aic-core/src/aiconfigurator_core/model_configs/openai--gpt-oss-120b_config.json @ 095f58a51c4ca8e61b66ec108d86f223f8d559ce (verbatim Hugging Face config.json copy)",
      asOf: "2026-07-14 (source commit date)",
      unverified: []),
    ModelArchitecture(
      id: "gemma-3-27b", huggingFaceName: "google/gemma-3-27b-it",
      totalParameters: 27_009_002_240, activeParameters: 27_009_002_240,
      layers: 62, hiddenSize: 5376, attentionHeads: 32,
      attention: .grouped(kvHeads: 16, headDim: 128),
      fullAttentionLayers: 10, slidingWindowLayers: 52, slidingWindowTokens: 1024,
      experts: nil, expertsPerToken: nil,
      maxContextTokens: 131072, nativePrecision: .bf16, precisions: [.bf16, .fp16, .fp8, .int8, .int4, .fp4],
      source:
        "abhibambhaniya/GenZ-LLM-Analyzer GenZ/Models/Model_sets/google.py @ 091bdd0a2777dfe4d405a8fcdd91c8f12b474bf3 (hand transcription; comment cites https://huggingface.co/google/gemma-3-27b-it/blob/main/config.json)",
      asOf: "2025-03-21 (GenZ file's last change)",
      unverified: ["vocab", "slidingLayers/fullLayers pattern", "tied embeddings"]),
    ModelArchitecture(
      id: "phi-4", huggingFaceName: "microsoft/phi-4",
      totalParameters: 14_659_507_200, activeParameters: 14_659_507_200,
      layers: 40, hiddenSize: 5120, attentionHeads: 40,
      attention: .grouped(kvHeads: 10, headDim: 128),
      fullAttentionLayers: 40, slidingWindowLayers: 0, slidingWindowTokens: nil,
      experts: nil, expertsPerToken: nil,
      maxContextTokens: 16384, nativePrecision: .bf16, precisions: [.bf16, .fp16, .fp8, .int8, .int4, .fp4],
      source:
        "(Hugging Face page, not GitHub) https://huggingface.co/microsoft/phi-4/blob/refs%2Fpr%2F10/config.json @ refs/pr/10 (official HF repo, PR ref page, seen via the docs search corpus)",
      asOf: "2024-12 (transformers_version 4.47.0 in file)",
      unverified: []),
    ModelArchitecture(
      id: "llama-4-scout", huggingFaceName: "meta-llama/Llama-4-Scout-17B-16E-Instruct",
      totalParameters: 107_769_861_120, activeParameters: 17_172_894_720,
      layers: 48, hiddenSize: 5120, attentionHeads: 40,
      attention: .grouped(kvHeads: 8, headDim: 128),
      fullAttentionLayers: 48, slidingWindowLayers: 0, slidingWindowTokens: nil,
      experts: 16, expertsPerToken: 1,
      maxContextTokens: 10_485_760, nativePrecision: .bf16, precisions: [.bf16, .fp16, .fp8, .int8, .int4, .fp4],
      source:
        "ai-dynamo/aiconfigurator aic-core/src/aiconfigurator_core/model_configs/meta-llama--Llama-4-Scout-17B-16E-Instruct_config.json @ 095f58a51c4ca8e61b66ec108d86f223f8d559ce (verbatim Hugging Face config.json copy)",
      asOf: "2026-07-14 (source commit date)",
      unverified: [
        "global vs chunked-local layer split",
        "KV sized as full attention on all layers (upper bound): the chunked-local/global split is not in the config",
      ]),
    ModelArchitecture(
      id: "llama-4-maverick", huggingFaceName: "meta-llama/Llama-4-Maverick-17B-128E-Instruct",
      totalParameters: 400_711_848_960, activeParameters: 17_184_691_200,
      layers: 48, hiddenSize: 5120, attentionHeads: 40,
      attention: .grouped(kvHeads: 8, headDim: 128),
      fullAttentionLayers: 48, slidingWindowLayers: 0, slidingWindowTokens: nil,
      experts: 128, expertsPerToken: 1,
      maxContextTokens: 1_048_576, nativePrecision: .bf16, precisions: [.bf16, .fp16, .fp8, .int8, .int4, .fp4],
      source:
        "ai-dynamo/aiconfigurator aic-core/src/aiconfigurator_core/model_configs/meta-llama--Llama-4-Maverick-17B-128E-Instruct_config.json @ 095f58a51c4ca8e61b66ec108d86f223f8d559ce (verbatim Hugging Face config.json copy)",
      asOf: "2026-07-14 (source commit date)",
      unverified: [
        "global vs chunked-local layer split",
        "KV sized as full attention on all layers (upper bound): the chunked-local/global split is not in the config",
      ]),
  ]

  /// GPUs with memory, bandwidth, dense tensor throughput and power, in the order of `gpus-specs.json`.
  public static let gpus: [GPUSpec] = [
    GPUSpec(
      id: "h100-sxm", name: "NVIDIA H100 SXM5 80GB", memoryGB: 80.0, memoryBytes: 85899345920.0,
      memoryBandwidthTBps: 3.35, bf16DenseTFLOPS: 989.0, fp8DenseTFLOPS: 1978.0,
      fp4DenseTFLOPS: nil, boardPowerWatts: 700.0,
      interconnectGBps: 450.0, interconnectIsEstimate: true,
      source:
        "ai-dynamo/aiconfigurator aic-core/src/aiconfigurator_core/systems/h100_sxm.yaml @ 095f58a51c4ca8e61b66ec108d86f223f8d559ce; confidence H. Interconnect: NVLink 4: 900 GB/s both directions (ESTIMATE: recalled, not read in a source). Note: aiconfigurator stores memory as 80 GiB (bytes shown); NVIDIA markets '80GB'. fp8 1978 (aiconfigurator) vs 1979 (notaDestroyer) is rounding of 3958/2.",
      asOf: "2026-11-22 (gathered)"),
    GPUSpec(
      id: "h100-pcie", name: "NVIDIA H100 PCIe 80GB", memoryGB: 80.0, memoryBytes: 85899345920.0,
      memoryBandwidthTBps: 2.0, bf16DenseTFLOPS: 756.5, fp8DenseTFLOPS: 1513.0,
      fp4DenseTFLOPS: nil, boardPowerWatts: 350.0,
      interconnectGBps: 64.0, interconnectIsEstimate: true,
      source:
        "ai-dynamo/aiconfigurator aic-core/src/aiconfigurator_core/systems/h100_pcie.yaml @ 095f58a51c4ca8e61b66ec108d86f223f8d559ce; confidence H. Interconnect: PCIe 5.0 x16 (ESTIMATE: recalled, not read in a source). Note: aiconfigurator file comment: 'dense; NVIDIA specs list 1513 TFLOPS with sparsity' (BF16) and 3026 (FP8) with sparsity. Marked there as estimate-only (no measured perf database).",
      asOf: "2026-11-22 (gathered)"),
    GPUSpec(
      id: "h100-nvl", name: "NVIDIA H100 NVL 94GB (PCIe, NVLink bridge)", memoryGB: 94.0, memoryBytes: 94000000000.0,
      memoryBandwidthTBps: 3.9, bf16DenseTFLOPS: nil, fp8DenseTFLOPS: nil,
      fp4DenseTFLOPS: nil, boardPowerWatts: 400.0,
      interconnectGBps: 300.0, interconnectIsEstimate: true,
      source:
        "(web pages, not GitHub) https://www.aiminingco.com/gpu/h100-nvl/specs; confidence M (memory, bandwidth, power); tensor FLOPS missing. Interconnect: NVLink bridge: 600 GB/s both directions (ESTIMATE: recalled, not read in a source). Note: UNVERIFIED tensor throughput: no citable source for H100 NVL dense BF16/FP8 was found in this session (NVIDIA datasheet not in the corpora). Commonly quoted datasheet figures are given with sparsity; do not use H100 SXM values (NVL runs at lower clocks/power). Bandwidth quoted as 3.9 or 3.93 TB/s. Power is configurable 350-400 W (boardPowerMinW..boardPowerW).",
      asOf: "2026-11-22 (gathered)"),
    GPUSpec(
      id: "h200-sxm", name: "NVIDIA H200 SXM 141GB", memoryGB: 141.0, memoryBytes: 151397597184.0,
      memoryBandwidthTBps: 4.8, bf16DenseTFLOPS: 989.0, fp8DenseTFLOPS: 1978.0,
      fp4DenseTFLOPS: nil, boardPowerWatts: 700.0,
      interconnectGBps: 450.0, interconnectIsEstimate: true,
      source:
        "ai-dynamo/aiconfigurator aic-core/src/aiconfigurator_core/systems/h200_sxm.yaml @ 095f58a51c4ca8e61b66ec108d86f223f8d559ce; confidence H. Interconnect: NVLink 4: 900 GB/s both directions (ESTIMATE: recalled, not read in a source). Note: aiconfigurator stores 141 GiB (151.4e9 B); NVIDIA markets 141 GB (=141e9 B). Use 141e9 B for capacity planning unless measured. Same tensor cores as H100 SXM.",
      asOf: "2026-11-22 (gathered)"),
    GPUSpec(
      id: "b200", name: "NVIDIA B200 (HGX/DGX B200, SXM)", memoryGB: 180.0, memoryBytes: 193273528320.0,
      memoryBandwidthTBps: 7.7, bf16DenseTFLOPS: 2250.0, fp8DenseTFLOPS: 4500.0,
      fp4DenseTFLOPS: 9000.0, boardPowerWatts: 1000.0,
      interconnectGBps: 900.0, interconnectIsEstimate: true,
      source:
        "ai-dynamo/aiconfigurator aic-core/src/aiconfigurator_core/systems/b200_sxm.yaml @ 095f58a51c4ca8e61b66ec108d86f223f8d559ce; confidence M (memory/bandwidth disputed). Interconnect: NVLink 5: 1.8 TB/s both directions (ESTIMATE: recalled, not read in a source). Note: Sources disagree: B200 is quoted as 180 GB (HGX/DGX B200 systems, 1440 GB per 8 GPUs) or 192 GB (full HBM3e stack count), and 7.7 or 8 TB/s. aiconfigurator (NVIDIA's own tool) uses 180 GiB and 7.7 TB/s. Treat 180 GB usable as the conservative planning value.",
      asOf: "2026-11-22 (gathered)"),
    GPUSpec(
      id: "a100-80gb-sxm", name: "NVIDIA A100 80GB SXM4", memoryGB: 80.0, memoryBytes: 85899345920.0,
      memoryBandwidthTBps: 2.039, bf16DenseTFLOPS: 312.0, fp8DenseTFLOPS: nil,
      fp4DenseTFLOPS: nil, boardPowerWatts: 400.0,
      interconnectGBps: 300.0, interconnectIsEstimate: true,
      source:
        "ai-dynamo/aiconfigurator aic-core/src/aiconfigurator_core/systems/a100_sxm.yaml @ 095f58a51c4ca8e61b66ec108d86f223f8d559ce; confidence H. Interconnect: NVLink 3: 600 GB/s both directions (ESTIMATE: recalled, not read in a source). Note: No FP8 tensor cores (Ampere): FP8 weights must be run as W8A16 (weight-only) or dequantized; use the BF16/INT8 (624 TOPS) figures.",
      asOf: "2026-11-22 (gathered)"),
    GPUSpec(
      id: "a100-40gb", name: "NVIDIA A100 40GB (SXM4; PCIe variant differs in power)", memoryGB: 40.0,
      memoryBytes: 40000000000.0,
      memoryBandwidthTBps: 1.555, bf16DenseTFLOPS: 312.0, fp8DenseTFLOPS: nil,
      fp4DenseTFLOPS: nil, boardPowerWatts: 400.0,
      interconnectGBps: 300.0, interconnectIsEstimate: true,
      source:
        "cli99/llm-analysis llm_analysis/gpu_configs/a100-sxm-40gb.json @ d841e40aec8c84b9e76ba9cfbce67418adb172bd; confidence H (memory, bandwidth, FLOPS); M (power). Interconnect: NVLink 3 (SXM): 600 GB/s both directions (ESTIMATE: recalled, not read in a source). Note: Power 400 W applies to SXM4 (source: the HF gpu_catalog.json above, a secondary source). The A100 40GB PCIe card's board power (commonly 250 W) was NOT verified here. llm-analysis gives identical figures for a100-pcie-40gb.",
      asOf: "2026-11-22 (gathered)"),
    GPUSpec(
      id: "l40s", name: "NVIDIA L40S 48GB", memoryGB: 48.0, memoryBytes: 48305799168.0,
      memoryBandwidthTBps: 0.864, bf16DenseTFLOPS: 362.05, fp8DenseTFLOPS: 733.0,
      fp4DenseTFLOPS: nil, boardPowerWatts: 350.0,
      interconnectGBps: 32.0, interconnectIsEstimate: false,
      source:
        "ai-dynamo/aiconfigurator aic-core/src/aiconfigurator_core/systems/l40s.yaml @ 095f58a51c4ca8e61b66ec108d86f223f8d559ce; confidence H. Interconnect: PCIe 4.0 x16: aiconfigurator src/aiconfigurator/systems/l40s.yaml @ ee962fc3 pcie_bw 32e9 B/s one direction. Note: aiconfigurator stores the usable size reported by the driver (46068 MiB = 48.3e9 B); nominal 48 GB GDDR6 with ECC. PCIe only (no NVLink).",
      asOf: "2026-11-22 (gathered)"),
    GPUSpec(
      id: "l4", name: "NVIDIA L4 24GB", memoryGB: 24.0, memoryBytes: 25769803776.0,
      memoryBandwidthTBps: 0.3, bf16DenseTFLOPS: 121.0, fp8DenseTFLOPS: 242.0,
      fp4DenseTFLOPS: nil, boardPowerWatts: 72.0,
      interconnectGBps: 32.0, interconnectIsEstimate: true,
      source:
        "ai-dynamo/aiconfigurator aic-core/src/aiconfigurator_core/systems/l4.yaml @ 095f58a51c4ca8e61b66ec108d86f223f8d559ce; confidence H. Interconnect: PCIe 4.0 x16, as for the L40S (ESTIMATE: recalled, not read in a source). Note: aiconfigurator comment: dense values; NVIDIA lists 242 (BF16) and 485 (FP8) TFLOPS with sparsity. Estimate-only spec in that tool.",
      asOf: "2026-11-22 (gathered)"),
    GPUSpec(
      id: "rtx-4090", name: "NVIDIA GeForce RTX 4090 24GB", memoryGB: 24.0, memoryBytes: 24000000000.0,
      memoryBandwidthTBps: 1.008, bf16DenseTFLOPS: 165.0, fp8DenseTFLOPS: 330.0,
      fp4DenseTFLOPS: nil, boardPowerWatts: 450.0,
      interconnectGBps: 32.0, interconnectIsEstimate: true,
      source:
        "notaDestroyer/vllm-benchmark-suite src/vllm_benchmark/data/gpu_specs.json @ 708a03e3745784bd0888ed277676f342672b4546; confidence M-H. Interconnect: PCIe 4.0 x16, as for the L40S (ESTIMATE: recalled, not read in a source). Note: GeForce BF16/FP8 tensor rates quoted with FP32 accumulate (what BF16 training/inference kernels use). Consumer card: GDDR6X, no NVLink.",
      asOf: "2026-11-22 (gathered)"),
    GPUSpec(
      id: "mi300x", name: "AMD Instinct MI300X 192GB (OAM)", memoryGB: 192.0, memoryBytes: 192000000000.0,
      memoryBandwidthTBps: 5.3, bf16DenseTFLOPS: 1307.4, fp8DenseTFLOPS: 2614.9,
      fp4DenseTFLOPS: nil, boardPowerWatts: 750.0,
      interconnectGBps: 448.0, interconnectIsEstimate: true,
      source:
        "ROCm/legacy-rocm-build docs/conceptual/gpu-arch/mi300.md @ 089d7513c55fc7b6edb2a75b83cb40ca883a0ec2; confidence H. Interconnect: Infinity Fabric: 7 links of 64 GB/s to the other 7 GPUs of an 8-GPU platform (ESTIMATE: recalled, not read in a source). Note: AMD's table gives peak rates without sparsity (sparsity doubles FP8/INT8 on MI300X). Power and capacity from the MLCommons system description name.",
      asOf: "2026-11-22 (gathered)"),
  ]

  /// The model with this id, or `nil`.
  public static func model(_ id: String) -> ModelArchitecture? { models.first { $0.id == id } }

  /// The GPU with this id, or `nil`.
  public static func gpu(_ id: String) -> GPUSpec? { gpus.first { $0.id == id } }

  /// The fitted efficiency of an engine (see `CapacityCalibration`).
  public static func efficiency(_ engine: ServingEngine) -> EngineEfficiency {
    switch engine {
    case .tensorRTLLM: return tensorRTLLMEfficiency
    case .vLLM: return vLLMEfficiency
    case .sglang: return sglangEfficiency
    }
  }
}

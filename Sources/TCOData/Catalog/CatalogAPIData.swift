// GENERATED FILE: do not edit. Regenerate with `python3 scripts/generate-catalog.py`.
// Built from ../shared/reference/prices/litellm-1.109.1-model_prices_and_context_window.json (LiteLLM 1.109.1, read on 2026-11-21)
// and ../shared/reference/prices/genai-prices-v2-data.json (genai-prices commit 47df840a, commit date 2026-08-21),
// plus Fixtures/catalog/hand-kept.json (managed open-weight endpoints, each with source and date).
// Tests/TCODataTests/CatalogGenerationTests.swift checks this file is current, and that importing
// the excerpts below gives `builtInProprietaryModels` exactly.
// swift-format-ignore-file

import TCOModel

extension Catalog {
  /// The files the built-in API models are read from.
  static let builtInPriceFiles = (
    litellm: BuiltInPriceFile(
      name: "litellm-1.109.1-model_prices_and_context_window.json", version: "1.109.1", date: "2026-11-21"),
    genai: BuiltInPriceFile(
      name: "genai-prices-v2-data.json", version: "commit 47df840a", date: "2026-08-21"))

  /// Proprietary models as the import of the excerpts below gives them (USD per 1M tokens), in
  /// catalog order: values, so nothing is parsed at start-up.
  static let builtInProprietaryModels: [APIModelEntry] = [
    APIModelEntry(
      id: "gpt-4o", provider: "openai", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 2.5, cachedInputPerMTok: 1.25, outputPerMTok: 10.0),
            batch: PartialTokenPrices(inputPerMTok: 1.25, outputPerMTok: 5.0),
            priority: PartialTokenPrices(inputPerMTok: 4.25, cachedInputPerMTok: 2.125, outputPerMTok: 17.0)))),
      contextWindowTokens: 128000, asOf: "2026-11-21", confidence: "high",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gpt-4o'",
      notes: nil),
    APIModelEntry(
      id: "gpt-4o-mini", provider: "openai", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 0.15, cachedInputPerMTok: 0.075, outputPerMTok: 0.6),
            batch: PartialTokenPrices(inputPerMTok: 0.075, outputPerMTok: 0.3),
            priority: PartialTokenPrices(inputPerMTok: 0.25, cachedInputPerMTok: 0.125, outputPerMTok: 1.0)))),
      contextWindowTokens: 128000, asOf: "2026-11-21", confidence: "high",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gpt-4o-mini'",
      notes: nil),
    APIModelEntry(
      id: "gpt-4.1", provider: "openai", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 2.0, cachedInputPerMTok: 0.5, outputPerMTok: 8.0),
            batch: PartialTokenPrices(inputPerMTok: 1.0, outputPerMTok: 4.0),
            priority: PartialTokenPrices(inputPerMTok: 3.5, cachedInputPerMTok: 0.875, outputPerMTok: 14.0)))),
      contextWindowTokens: 1047576, asOf: "2026-11-21", confidence: "high",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gpt-4.1'",
      notes: nil),
    APIModelEntry(
      id: "gpt-4.1-mini", provider: "openai", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 0.39999999999999997, cachedInputPerMTok: 0.09999999999999999, outputPerMTok: 1.5999999999999999),
            batch: PartialTokenPrices(inputPerMTok: 0.19999999999999998, outputPerMTok: 0.7999999999999999),
            priority: PartialTokenPrices(inputPerMTok: 0.7, cachedInputPerMTok: 0.175, outputPerMTok: 2.8)))),
      contextWindowTokens: 1047576, asOf: "2026-11-21", confidence: "high",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gpt-4.1-mini'",
      notes: nil),
    APIModelEntry(
      id: "gpt-4.1-nano", provider: "openai", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 0.09999999999999999, cachedInputPerMTok: 0.024999999999999998, outputPerMTok: 0.39999999999999997),
            batch: PartialTokenPrices(inputPerMTok: 0.049999999999999996, outputPerMTok: 0.19999999999999998),
            priority: PartialTokenPrices(inputPerMTok: 0.19999999999999998, cachedInputPerMTok: 0.049999999999999996, outputPerMTok: 0.7999999999999999))),
        deprecationDate: CalendarDate(parsing: "2026-10-23")),
      contextWindowTokens: 1047576, asOf: "2026-11-21", confidence: "high",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gpt-4.1-nano'",
      notes: nil),
    APIModelEntry(
      id: "o3", provider: "openai", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 2.0, cachedInputPerMTok: 0.5, outputPerMTok: 8.0),
            batch: PartialTokenPrices(inputPerMTok: 1.0, outputPerMTok: 4.0),
            priority: PartialTokenPrices(inputPerMTok: 3.5, cachedInputPerMTok: 0.875, outputPerMTok: 14.0),
            flex: PartialTokenPrices(inputPerMTok: 1.0, cachedInputPerMTok: 0.25, outputPerMTok: 4.0))),
        deprecationDate: CalendarDate(parsing: "2026-12-11")),
      contextWindowTokens: 200000, asOf: "2026-11-21", confidence: "high",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'o3'",
      notes: nil),
    APIModelEntry(
      id: "o4-mini", provider: "openai", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 1.1, cachedInputPerMTok: 0.275, outputPerMTok: 4.4),
            batch: PartialTokenPrices(inputPerMTok: 0.55, outputPerMTok: 2.2),
            priority: PartialTokenPrices(inputPerMTok: 2.0, cachedInputPerMTok: 0.5, outputPerMTok: 8.0),
            flex: PartialTokenPrices(inputPerMTok: 0.55, cachedInputPerMTok: 0.13799999999999998, outputPerMTok: 2.2))),
        deprecationDate: CalendarDate(parsing: "2026-10-23")),
      contextWindowTokens: 200000, asOf: "2026-11-21", confidence: "high",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'o4-mini'",
      notes: nil),
    APIModelEntry(
      id: "gpt-5", provider: "openai", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 1.25, cachedInputPerMTok: 0.125, outputPerMTok: 10.0),
            batch: PartialTokenPrices(inputPerMTok: 0.625, cachedInputPerMTok: 0.0625, outputPerMTok: 5.0),
            priority: PartialTokenPrices(inputPerMTok: 2.5, cachedInputPerMTok: 0.25, outputPerMTok: 20.0),
            flex: PartialTokenPrices(inputPerMTok: 0.625, cachedInputPerMTok: 0.0625, outputPerMTok: 5.0))),
        deprecationDate: CalendarDate(parsing: "2026-12-11")),
      contextWindowTokens: 272000, asOf: "2026-11-21", confidence: "high",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gpt-5'",
      notes: nil),
    APIModelEntry(
      id: "gpt-5-mini", provider: "openai", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 0.25, cachedInputPerMTok: 0.024999999999999998, outputPerMTok: 2.0),
            batch: PartialTokenPrices(inputPerMTok: 0.125, cachedInputPerMTok: 0.012499999999999999, outputPerMTok: 1.0),
            priority: PartialTokenPrices(inputPerMTok: 0.44999999999999996, cachedInputPerMTok: 0.045, outputPerMTok: 3.5999999999999996),
            flex: PartialTokenPrices(inputPerMTok: 0.125, cachedInputPerMTok: 0.012499999999999999, outputPerMTok: 1.0))),
        deprecationDate: CalendarDate(parsing: "2026-12-11")),
      contextWindowTokens: 272000, asOf: "2026-11-21", confidence: "high",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gpt-5-mini'",
      notes: nil),
    APIModelEntry(
      id: "gpt-5-nano", provider: "openai", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 0.049999999999999996, cachedInputPerMTok: 0.005, outputPerMTok: 0.39999999999999997),
            batch: PartialTokenPrices(inputPerMTok: 0.024999999999999998, cachedInputPerMTok: 0.0025, outputPerMTok: 0.19999999999999998),
            flex: PartialTokenPrices(inputPerMTok: 0.024999999999999998, cachedInputPerMTok: 0.0025, outputPerMTok: 0.19999999999999998))),
        deprecationDate: CalendarDate(parsing: "2026-12-11")),
      contextWindowTokens: 272000, asOf: "2026-11-21", confidence: "high",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gpt-5-nano'",
      notes: nil),
    APIModelEntry(
      id: "gpt-5.1", provider: "openai", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 1.25, cachedInputPerMTok: 0.125, outputPerMTok: 10.0),
            batch: PartialTokenPrices(inputPerMTok: 0.625, cachedInputPerMTok: 0.0625, outputPerMTok: 5.0),
            priority: PartialTokenPrices(inputPerMTok: 2.5, cachedInputPerMTok: 0.25, outputPerMTok: 20.0),
            flex: PartialTokenPrices(inputPerMTok: 0.625, cachedInputPerMTok: 0.0625, outputPerMTok: 5.0))),
        deprecationDate: CalendarDate(parsing: "2027-04-01")),
      contextWindowTokens: 272000, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gpt-5.1'",
      notes: nil),
    APIModelEntry(
      id: "gpt-5.2", provider: "openai", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 1.75, cachedInputPerMTok: 0.175, outputPerMTok: 14.0),
            batch: PartialTokenPrices(inputPerMTok: 0.875, cachedInputPerMTok: 0.0875, outputPerMTok: 7.0),
            priority: PartialTokenPrices(inputPerMTok: 3.5, cachedInputPerMTok: 0.35, outputPerMTok: 28.0),
            flex: PartialTokenPrices(inputPerMTok: 0.875, cachedInputPerMTok: 0.0875, outputPerMTok: 7.0)))),
      contextWindowTokens: 272000, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gpt-5.2'",
      notes: nil),
    APIModelEntry(
      id: "gpt-5.4", provider: "openai", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 2.5, cachedInputPerMTok: 0.25, outputPerMTok: 15.0),
            batch: PartialTokenPrices(inputPerMTok: 1.25, cachedInputPerMTok: 0.13, outputPerMTok: 7.5),
            priority: PartialTokenPrices(inputPerMTok: 5.0, cachedInputPerMTok: 0.5, outputPerMTok: 30.0),
            flex: PartialTokenPrices(inputPerMTok: 1.25, cachedInputPerMTok: 0.13, outputPerMTok: 7.5)),
          longContextTiers: [
            LongContextTier(
              aboveInputTokens: 272000.0,
              prices: PriceBand(
                standard: TokenPrices(inputPerMTok: 5.0, cachedInputPerMTok: 0.5, outputPerMTok: 22.5),
                batch: PartialTokenPrices(inputPerMTok: 2.5, cachedInputPerMTok: 0.25, outputPerMTok: 11.25),
                flex: PartialTokenPrices(inputPerMTok: 2.5, cachedInputPerMTok: 0.25, outputPerMTok: 11.25))),
          ])),
      contextWindowTokens: 1050000, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gpt-5.4'",
      notes: nil),
    APIModelEntry(
      id: "gpt-5.4-mini", provider: "openai", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 0.75, cachedInputPerMTok: 0.075, outputPerMTok: 4.5),
            batch: PartialTokenPrices(inputPerMTok: 0.375, cachedInputPerMTok: 0.0375, outputPerMTok: 2.25),
            priority: PartialTokenPrices(inputPerMTok: 1.5, cachedInputPerMTok: 0.15, outputPerMTok: 9.0),
            flex: PartialTokenPrices(inputPerMTok: 0.375, cachedInputPerMTok: 0.0375, outputPerMTok: 2.25)))),
      contextWindowTokens: 272000, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gpt-5.4-mini'",
      notes: nil),
    APIModelEntry(
      id: "gpt-5.4-nano", provider: "openai", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 0.19999999999999998, cachedInputPerMTok: 0.02, outputPerMTok: 1.25),
            batch: PartialTokenPrices(inputPerMTok: 0.09999999999999999, cachedInputPerMTok: 0.01, outputPerMTok: 0.625),
            flex: PartialTokenPrices(inputPerMTok: 0.09999999999999999, cachedInputPerMTok: 0.01, outputPerMTok: 0.625))),
        deprecationDate: CalendarDate(parsing: "2027-04-01")),
      contextWindowTokens: 272000, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gpt-5.4-nano'",
      notes: nil),
    APIModelEntry(
      id: "gpt-5.5", provider: "openai", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 5.0, cachedInputPerMTok: 0.5, outputPerMTok: 30.0),
            batch: PartialTokenPrices(inputPerMTok: 2.5, cachedInputPerMTok: 0.25, outputPerMTok: 15.0),
            priority: PartialTokenPrices(inputPerMTok: 12.5, cachedInputPerMTok: 1.25, outputPerMTok: 75.0),
            flex: PartialTokenPrices(inputPerMTok: 2.5, cachedInputPerMTok: 0.25, outputPerMTok: 15.0)),
          longContextTiers: [
            LongContextTier(
              aboveInputTokens: 272000.0,
              prices: PriceBand(
                standard: TokenPrices(inputPerMTok: 10.0, cachedInputPerMTok: 1.0, outputPerMTok: 45.0),
                batch: PartialTokenPrices(inputPerMTok: 5.0, cachedInputPerMTok: 0.5, outputPerMTok: 22.5),
                flex: PartialTokenPrices(inputPerMTok: 5.0, cachedInputPerMTok: 0.5, outputPerMTok: 22.5))),
          ])),
      contextWindowTokens: 1050000, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gpt-5.5'",
      notes: nil),
    APIModelEntry(
      id: "gpt-5.6-sol", provider: "openai", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 4.0, cachedInputPerMTok: 0.39999999999999997, cacheWritePerMTok: 5.0, outputPerMTok: 20.0),
            batch: PartialTokenPrices(inputPerMTok: 2.0, cachedInputPerMTok: 0.19999999999999998, cacheWritePerMTok: 2.5, outputPerMTok: 10.0),
            priority: PartialTokenPrices(inputPerMTok: 8.0, cachedInputPerMTok: 0.7999999999999999, cacheWritePerMTok: 10.0, outputPerMTok: 40.0),
            flex: PartialTokenPrices(inputPerMTok: 2.0, cachedInputPerMTok: 0.19999999999999998, cacheWritePerMTok: 2.5, outputPerMTok: 10.0)),
          longContextTiers: [
            LongContextTier(
              aboveInputTokens: 272000.0,
              prices: PriceBand(
                standard: TokenPrices(inputPerMTok: 8.0, cachedInputPerMTok: 0.7999999999999999, cacheWritePerMTok: 10.0, outputPerMTok: 30.0),
                batch: PartialTokenPrices(inputPerMTok: 4.0, cachedInputPerMTok: 0.39999999999999997, cacheWritePerMTok: 5.0, outputPerMTok: 15.0),
                priority: PartialTokenPrices(inputPerMTok: 16.0, cachedInputPerMTok: 1.5999999999999999, cacheWritePerMTok: 20.0, outputPerMTok: 60.0),
                flex: PartialTokenPrices(inputPerMTok: 4.0, cachedInputPerMTok: 0.39999999999999997, cacheWritePerMTok: 5.0, outputPerMTok: 15.0))),
          ])),
      contextWindowTokens: 922000, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gpt-5.6-sol'",
      notes: nil),
    APIModelEntry(
      id: "gpt-5.6-terra", provider: "openai", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 2.0, cachedInputPerMTok: 0.19999999999999998, cacheWritePerMTok: 2.5, outputPerMTok: 12.0),
            batch: PartialTokenPrices(inputPerMTok: 1.0, cachedInputPerMTok: 0.09999999999999999, cacheWritePerMTok: 1.25, outputPerMTok: 6.0),
            priority: PartialTokenPrices(inputPerMTok: 4.0, cachedInputPerMTok: 0.39999999999999997, cacheWritePerMTok: 5.0, outputPerMTok: 24.0),
            flex: PartialTokenPrices(inputPerMTok: 1.0, cachedInputPerMTok: 0.09999999999999999, cacheWritePerMTok: 1.25, outputPerMTok: 6.0)),
          longContextTiers: [
            LongContextTier(
              aboveInputTokens: 272000.0,
              prices: PriceBand(
                standard: TokenPrices(inputPerMTok: 4.0, cachedInputPerMTok: 0.39999999999999997, cacheWritePerMTok: 5.0, outputPerMTok: 18.0),
                batch: PartialTokenPrices(inputPerMTok: 2.0, cachedInputPerMTok: 0.19999999999999998, cacheWritePerMTok: 2.5, outputPerMTok: 9.0),
                priority: PartialTokenPrices(inputPerMTok: 8.0, cachedInputPerMTok: 0.7999999999999999, cacheWritePerMTok: 10.0, outputPerMTok: 36.0),
                flex: PartialTokenPrices(inputPerMTok: 2.0, cachedInputPerMTok: 0.19999999999999998, cacheWritePerMTok: 2.5, outputPerMTok: 9.0))),
          ])),
      contextWindowTokens: 922000, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gpt-5.6-terra'",
      notes: nil),
    APIModelEntry(
      id: "gpt-5.6-luna", provider: "openai", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 0.19999999999999998, cachedInputPerMTok: 0.02, cacheWritePerMTok: 0.25, outputPerMTok: 1.2),
            batch: PartialTokenPrices(inputPerMTok: 0.09999999999999999, cachedInputPerMTok: 0.01, cacheWritePerMTok: 0.125, outputPerMTok: 0.6),
            priority: PartialTokenPrices(inputPerMTok: 0.39999999999999997, cachedInputPerMTok: 0.04, cacheWritePerMTok: 0.5, outputPerMTok: 2.4),
            flex: PartialTokenPrices(inputPerMTok: 0.09999999999999999, cachedInputPerMTok: 0.01, cacheWritePerMTok: 0.125, outputPerMTok: 0.6)),
          longContextTiers: [
            LongContextTier(
              aboveInputTokens: 272000.0,
              prices: PriceBand(
                standard: TokenPrices(inputPerMTok: 0.39999999999999997, cachedInputPerMTok: 0.04, cacheWritePerMTok: 0.5, outputPerMTok: 1.7999999999999998),
                batch: PartialTokenPrices(inputPerMTok: 0.19999999999999998, cachedInputPerMTok: 0.02, cacheWritePerMTok: 0.25, outputPerMTok: 0.8999999999999999),
                priority: PartialTokenPrices(inputPerMTok: 0.7999999999999999, cachedInputPerMTok: 0.08, cacheWritePerMTok: 1.0, outputPerMTok: 3.5999999999999996),
                flex: PartialTokenPrices(inputPerMTok: 0.19999999999999998, cachedInputPerMTok: 0.02, cacheWritePerMTok: 0.25, outputPerMTok: 0.8999999999999999))),
          ])),
      contextWindowTokens: 922000, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gpt-5.6-luna'",
      notes: nil),
    APIModelEntry(
      id: "gpt-6-sol", provider: "openai", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 2.0, cachedInputPerMTok: 0.19999999999999998, cacheWritePerMTok: 2.5, outputPerMTok: 10.0),
            batch: PartialTokenPrices(inputPerMTok: 1.0, cachedInputPerMTok: 0.09999999999999999, cacheWritePerMTok: 1.25, outputPerMTok: 5.0),
            priority: PartialTokenPrices(inputPerMTok: 4.0, cachedInputPerMTok: 0.39999999999999997, cacheWritePerMTok: 5.0, outputPerMTok: 20.0),
            flex: PartialTokenPrices(inputPerMTok: 1.0, cachedInputPerMTok: 0.09999999999999999, cacheWritePerMTok: 1.25, outputPerMTok: 5.0)),
          longContextTiers: [
            LongContextTier(
              aboveInputTokens: 272000.0,
              prices: PriceBand(
                standard: TokenPrices(inputPerMTok: 4.0, cachedInputPerMTok: 0.39999999999999997, cacheWritePerMTok: 5.0, outputPerMTok: 15.0),
                batch: PartialTokenPrices(inputPerMTok: 2.0, cachedInputPerMTok: 0.19999999999999998, cacheWritePerMTok: 2.5, outputPerMTok: 7.5),
                priority: PartialTokenPrices(inputPerMTok: 8.0, cachedInputPerMTok: 0.7999999999999999, cacheWritePerMTok: 10.0, outputPerMTok: 30.0),
                flex: PartialTokenPrices(inputPerMTok: 2.0, cachedInputPerMTok: 0.19999999999999998, cacheWritePerMTok: 2.5, outputPerMTok: 7.5))),
          ])),
      contextWindowTokens: 922000, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gpt-6-sol'",
      notes: nil),
    APIModelEntry(
      id: "gpt-6-luna", provider: "openai", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 0.09999999999999999, cachedInputPerMTok: 0.01, cacheWritePerMTok: 0.125, outputPerMTok: 0.5),
            batch: PartialTokenPrices(inputPerMTok: 0.049999999999999996, cachedInputPerMTok: 0.005, cacheWritePerMTok: 0.0625, outputPerMTok: 0.25),
            priority: PartialTokenPrices(inputPerMTok: 0.19999999999999998, cachedInputPerMTok: 0.02, cacheWritePerMTok: 0.25, outputPerMTok: 1.0),
            flex: PartialTokenPrices(inputPerMTok: 0.049999999999999996, cachedInputPerMTok: 0.005, cacheWritePerMTok: 0.0625, outputPerMTok: 0.25)),
          longContextTiers: [
            LongContextTier(
              aboveInputTokens: 272000.0,
              prices: PriceBand(
                standard: TokenPrices(inputPerMTok: 0.19999999999999998, cachedInputPerMTok: 0.02, cacheWritePerMTok: 0.25, outputPerMTok: 0.75),
                batch: PartialTokenPrices(inputPerMTok: 0.09999999999999999, cachedInputPerMTok: 0.01, cacheWritePerMTok: 0.125, outputPerMTok: 0.375),
                priority: PartialTokenPrices(inputPerMTok: 0.39999999999999997, cachedInputPerMTok: 0.04, cacheWritePerMTok: 0.5, outputPerMTok: 1.5),
                flex: PartialTokenPrices(inputPerMTok: 0.09999999999999999, cachedInputPerMTok: 0.01, cacheWritePerMTok: 0.125, outputPerMTok: 0.375))),
          ])),
      contextWindowTokens: 922000, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gpt-6-luna'",
      notes: nil),
    APIModelEntry(
      id: "gpt-6-astra", provider: "openai", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 10.0, cachedInputPerMTok: 1.0, cacheWritePerMTok: 12.5, outputPerMTok: 50.0),
            batch: PartialTokenPrices(inputPerMTok: 5.0, cachedInputPerMTok: 0.5, cacheWritePerMTok: 6.25, outputPerMTok: 25.0),
            priority: PartialTokenPrices(inputPerMTok: 20.0, cachedInputPerMTok: 2.0, cacheWritePerMTok: 25.0, outputPerMTok: 100.0),
            flex: PartialTokenPrices(inputPerMTok: 5.0, cachedInputPerMTok: 0.5, cacheWritePerMTok: 6.25, outputPerMTok: 25.0)),
          longContextTiers: [
            LongContextTier(
              aboveInputTokens: 272000.0,
              prices: PriceBand(
                standard: TokenPrices(inputPerMTok: 20.0, cachedInputPerMTok: 2.0, cacheWritePerMTok: 25.0, outputPerMTok: 75.0),
                batch: PartialTokenPrices(inputPerMTok: 10.0, cachedInputPerMTok: 1.0, cacheWritePerMTok: 12.5, outputPerMTok: 37.5),
                priority: PartialTokenPrices(inputPerMTok: 40.0, cachedInputPerMTok: 4.0, cacheWritePerMTok: 50.0, outputPerMTok: 150.0),
                flex: PartialTokenPrices(inputPerMTok: 10.0, cachedInputPerMTok: 1.0, cacheWritePerMTok: 12.5, outputPerMTok: 37.5))),
          ])),
      contextWindowTokens: 922000, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gpt-6-astra'",
      notes: nil),
    APIModelEntry(
      id: "gpt-6.1-sol", provider: "openai", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 2.0, cachedInputPerMTok: 0.09999999999999999, cacheWritePerMTok: 2.5, outputPerMTok: 10.0),
            batch: PartialTokenPrices(inputPerMTok: 1.0, cachedInputPerMTok: 0.049999999999999996, cacheWritePerMTok: 1.25, outputPerMTok: 5.0),
            priority: PartialTokenPrices(inputPerMTok: 4.0, cachedInputPerMTok: 0.19999999999999998, cacheWritePerMTok: 5.0, outputPerMTok: 20.0),
            flex: PartialTokenPrices(inputPerMTok: 1.0, cachedInputPerMTok: 0.049999999999999996, cacheWritePerMTok: 1.25, outputPerMTok: 5.0)),
          longContextTiers: [
            LongContextTier(
              aboveInputTokens: 272000.0,
              prices: PriceBand(
                standard: TokenPrices(inputPerMTok: 4.0, cachedInputPerMTok: 0.19999999999999998, cacheWritePerMTok: 5.0, outputPerMTok: 15.0),
                batch: PartialTokenPrices(inputPerMTok: 2.0, cachedInputPerMTok: 0.09999999999999999, cacheWritePerMTok: 2.5, outputPerMTok: 7.5),
                priority: PartialTokenPrices(inputPerMTok: 8.0, cachedInputPerMTok: 0.39999999999999997, cacheWritePerMTok: 10.0, outputPerMTok: 30.0),
                flex: PartialTokenPrices(inputPerMTok: 2.0, cachedInputPerMTok: 0.09999999999999999, cacheWritePerMTok: 2.5, outputPerMTok: 7.5))),
          ])),
      contextWindowTokens: 922000, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gpt-6.1-sol'",
      notes: nil),
    APIModelEntry(
      id: "gpt-6.1-terra", provider: "openai", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 1.0, cachedInputPerMTok: 0.049999999999999996, cacheWritePerMTok: 1.25, outputPerMTok: 5.0),
            batch: PartialTokenPrices(inputPerMTok: 0.5, cachedInputPerMTok: 0.024999999999999998, cacheWritePerMTok: 0.625, outputPerMTok: 2.5),
            priority: PartialTokenPrices(inputPerMTok: 2.0, cachedInputPerMTok: 0.09999999999999999, cacheWritePerMTok: 2.5, outputPerMTok: 10.0),
            flex: PartialTokenPrices(inputPerMTok: 0.5, cachedInputPerMTok: 0.024999999999999998, cacheWritePerMTok: 0.625, outputPerMTok: 2.5)),
          longContextTiers: [
            LongContextTier(
              aboveInputTokens: 272000.0,
              prices: PriceBand(
                standard: TokenPrices(inputPerMTok: 2.0, cachedInputPerMTok: 0.09999999999999999, cacheWritePerMTok: 2.5, outputPerMTok: 7.5),
                batch: PartialTokenPrices(inputPerMTok: 1.0, cachedInputPerMTok: 0.049999999999999996, cacheWritePerMTok: 1.25, outputPerMTok: 3.75),
                priority: PartialTokenPrices(inputPerMTok: 4.0, cachedInputPerMTok: 0.19999999999999998, cacheWritePerMTok: 5.0, outputPerMTok: 15.0),
                flex: PartialTokenPrices(inputPerMTok: 1.0, cachedInputPerMTok: 0.049999999999999996, cacheWritePerMTok: 1.25, outputPerMTok: 3.75))),
          ])),
      contextWindowTokens: 922000, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gpt-6.1-terra'",
      notes: nil),
    APIModelEntry(
      id: "gpt-3.5-turbo", provider: "openai", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 0.5, outputPerMTok: 1.5))),
        deprecationDate: CalendarDate(parsing: "2026-10-23")),
      contextWindowTokens: 16385, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gpt-3.5-turbo'",
      notes: nil),
    APIModelEntry(
      id: "claude-3-5-haiku-latest", provider: "anthropic", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 0.8, cachedInputPerMTok: 0.08, cacheWritePerMTok: 1.0, outputPerMTok: 4.0)))),
      contextWindowTokens: 200000, asOf: "2026-08-21", confidence: "medium-low",
      source: "genai-prices commit 47df840a genai-prices-v2-data.json model 'anthropic/claude-3-5-haiku-latest'",
      notes: "not in LiteLLM 1.109.1 (likely retired)"),
    APIModelEntry(
      id: "claude-haiku-4-5", provider: "anthropic", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 1.0, cachedInputPerMTok: 0.09999999999999999, cacheWritePerMTok: 1.25, outputPerMTok: 5.0),
            batch: PartialTokenPrices(inputPerMTok: 0.5, cachedInputPerMTok: 0.049999999999999996, cacheWritePerMTok: 0.625, outputPerMTok: 2.5)))),
      contextWindowTokens: 200000, asOf: "2026-11-21", confidence: "high",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'claude-haiku-4-5'",
      notes: nil),
    APIModelEntry(
      id: "claude-haiku-5-5", provider: "anthropic", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 0.09999999999999999, cachedInputPerMTok: 0.01, cacheWritePerMTok: 0.125, outputPerMTok: 0.5),
            batch: PartialTokenPrices(inputPerMTok: 0.049999999999999996, cachedInputPerMTok: 0.005, cacheWritePerMTok: 0.0625, outputPerMTok: 0.25)),
          longContextTiers: [
            LongContextTier(
              aboveInputTokens: 100000.0,
              prices: PriceBand(
                standard: TokenPrices(inputPerMTok: 0.5, cachedInputPerMTok: 0.049999999999999996, cacheWritePerMTok: 0.625, outputPerMTok: 2.5),
                batch: PartialTokenPrices(inputPerMTok: 0.25, cachedInputPerMTok: 0.024999999999999998, cacheWritePerMTok: 0.3125, outputPerMTok: 1.25))),
          ])),
      contextWindowTokens: 1000000, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'claude-haiku-5-5'",
      notes: nil),
    APIModelEntry(
      id: "claude-sonnet-4-0", provider: "anthropic", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 3.0, cachedInputPerMTok: 0.3, cacheWritePerMTok: 3.75, outputPerMTok: 15.0)))),
      contextWindowTokens: 200000, asOf: "2026-08-21", confidence: "medium-low",
      source: "genai-prices commit 47df840a genai-prices-v2-data.json model 'anthropic/claude-sonnet-4-0'",
      notes: "not in LiteLLM 1.109.1 (likely retired)"),
    APIModelEntry(
      id: "claude-sonnet-4-5", provider: "anthropic", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 3.0, cachedInputPerMTok: 0.3, cacheWritePerMTok: 3.75, outputPerMTok: 15.0),
            batch: PartialTokenPrices(inputPerMTok: 1.5, cachedInputPerMTok: 0.15, cacheWritePerMTok: 1.875, outputPerMTok: 7.5)),
          longContextTiers: [
            LongContextTier(
              aboveInputTokens: 200000.0,
              prices: PriceBand(
                standard: TokenPrices(inputPerMTok: 6.0, cachedInputPerMTok: 0.6, cacheWritePerMTok: 7.5, outputPerMTok: 22.5))),
          ]),
        deprecationDate: CalendarDate(parsing: "2026-11-30")),
      contextWindowTokens: 200000, asOf: "2026-11-21", confidence: "high",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'claude-sonnet-4-5'; long-context tiers from genai-prices commit 47df840a model 'anthropic/claude-sonnet-4-5'",
      notes: "long-context tiers have no batch price in the source: batch traffic above the threshold pays the tier's standard price"),
    APIModelEntry(
      id: "claude-sonnet-4-6", provider: "anthropic", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 3.0, cachedInputPerMTok: 0.3, cacheWritePerMTok: 3.75, outputPerMTok: 15.0),
            batch: PartialTokenPrices(inputPerMTok: 1.5, cachedInputPerMTok: 0.15, cacheWritePerMTok: 1.875, outputPerMTok: 7.5)))),
      contextWindowTokens: 1000000, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'claude-sonnet-4-6'",
      notes: nil),
    APIModelEntry(
      id: "claude-sonnet-5", provider: "anthropic", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 2.0, cachedInputPerMTok: 0.2, cacheWritePerMTok: 2.5, outputPerMTok: 10.0))),
        changes: dated([
          ("2026-09-01", PriceList(
            base: PriceBand(
              standard: TokenPrices(inputPerMTok: 3.0, cachedInputPerMTok: 0.3, cacheWritePerMTok: 3.75, outputPerMTok: 15.0)))),
        ])),
      contextWindowTokens: 1000000, asOf: "2026-08-21", confidence: "medium",
      source: "genai-prices commit 47df840a genai-prices-v2-data.json model 'anthropic/claude-sonnet-5'",
      notes: "genai-prices lists the price rise of 2026-09-01; LiteLLM 1.109.1 still has the introductory 2/10"),
    APIModelEntry(
      id: "claude-sonnet-5-5", provider: "anthropic", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 2.0, cachedInputPerMTok: 0.09999999999999999, cacheWritePerMTok: 2.5, outputPerMTok: 10.0),
            batch: PartialTokenPrices(inputPerMTok: 1.0, cachedInputPerMTok: 0.049999999999999996, cacheWritePerMTok: 1.25, outputPerMTok: 5.0)))),
      contextWindowTokens: 1000000, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'claude-sonnet-5-5'",
      notes: nil),
    APIModelEntry(
      id: "claude-opus-4-0", provider: "anthropic", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 15.0, cachedInputPerMTok: 1.5, cacheWritePerMTok: 18.75, outputPerMTok: 75.0)))),
      contextWindowTokens: 200000, asOf: "2026-08-21", confidence: "medium-low",
      source: "genai-prices commit 47df840a genai-prices-v2-data.json model 'anthropic/claude-opus-4-0'",
      notes: "not in LiteLLM 1.109.1 (likely retired)"),
    APIModelEntry(
      id: "claude-opus-4-1", provider: "anthropic", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 15.0, cachedInputPerMTok: 1.5, cacheWritePerMTok: 18.75, outputPerMTok: 75.0)))),
      contextWindowTokens: 200000, asOf: "2026-08-21", confidence: "medium-low",
      source: "genai-prices commit 47df840a genai-prices-v2-data.json model 'anthropic/claude-opus-4-1'",
      notes: "not in LiteLLM 1.109.1 (likely retired)"),
    APIModelEntry(
      id: "claude-opus-4-5", provider: "anthropic", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 5.0, cachedInputPerMTok: 0.5, cacheWritePerMTok: 6.25, outputPerMTok: 25.0),
            batch: PartialTokenPrices(inputPerMTok: 2.5, cachedInputPerMTok: 0.25, cacheWritePerMTok: 3.125, outputPerMTok: 12.5)))),
      contextWindowTokens: 200000, asOf: "2026-11-21", confidence: "high",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'claude-opus-4-5'",
      notes: nil),
    APIModelEntry(
      id: "claude-opus-4-6", provider: "anthropic", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 5.0, cachedInputPerMTok: 0.5, cacheWritePerMTok: 6.25, outputPerMTok: 25.0),
            batch: PartialTokenPrices(inputPerMTok: 2.5, cachedInputPerMTok: 0.25, cacheWritePerMTok: 3.125, outputPerMTok: 12.5)))),
      contextWindowTokens: 1000000, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'claude-opus-4-6'",
      notes: nil),
    APIModelEntry(
      id: "claude-opus-4-7", provider: "anthropic", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 5.0, cachedInputPerMTok: 0.5, cacheWritePerMTok: 6.25, outputPerMTok: 25.0),
            batch: PartialTokenPrices(inputPerMTok: 2.5, cachedInputPerMTok: 0.25, cacheWritePerMTok: 3.125, outputPerMTok: 12.5)))),
      contextWindowTokens: 1000000, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'claude-opus-4-7'",
      notes: nil),
    APIModelEntry(
      id: "claude-opus-4-8", provider: "anthropic", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 5.0, cachedInputPerMTok: 0.5, cacheWritePerMTok: 6.25, outputPerMTok: 25.0),
            batch: PartialTokenPrices(inputPerMTok: 2.5, cachedInputPerMTok: 0.25, cacheWritePerMTok: 3.125, outputPerMTok: 12.5)))),
      contextWindowTokens: 1000000, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'claude-opus-4-8'",
      notes: nil),
    APIModelEntry(
      id: "claude-opus-5", provider: "anthropic", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 5.0, cachedInputPerMTok: 0.5, cacheWritePerMTok: 6.25, outputPerMTok: 25.0),
            batch: PartialTokenPrices(inputPerMTok: 2.5, cachedInputPerMTok: 0.25, cacheWritePerMTok: 3.125, outputPerMTok: 12.5)))),
      contextWindowTokens: 1000000, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'claude-opus-5'",
      notes: nil),
    APIModelEntry(
      id: "claude-opus-5-5", provider: "anthropic", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 4.0, cachedInputPerMTok: 0.19999999999999998, cacheWritePerMTok: 5.0, outputPerMTok: 20.0),
            batch: PartialTokenPrices(inputPerMTok: 2.0, cachedInputPerMTok: 0.09999999999999999, cacheWritePerMTok: 2.5, outputPerMTok: 10.0)))),
      contextWindowTokens: 1000000, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'claude-opus-5-5'",
      notes: nil),
    APIModelEntry(
      id: "gemini-2.5-pro", provider: "google", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 1.25, cachedInputPerMTok: 0.125, outputPerMTok: 10.0),
            batch: PartialTokenPrices(inputPerMTok: 0.625, outputPerMTok: 5.0),
            priority: PartialTokenPrices(inputPerMTok: 2.25, cachedInputPerMTok: 0.22499999999999998, outputPerMTok: 18.0),
            flex: PartialTokenPrices(inputPerMTok: 0.625, cachedInputPerMTok: 0.125, outputPerMTok: 5.0)),
          longContextTiers: [
            LongContextTier(
              aboveInputTokens: 200000.0,
              prices: PriceBand(
                standard: TokenPrices(inputPerMTok: 2.5, cachedInputPerMTok: 0.25, cacheWritePerMTok: 0.25, outputPerMTok: 15.0),
                batch: PartialTokenPrices(inputPerMTok: 1.25, outputPerMTok: 7.5),
                priority: PartialTokenPrices(inputPerMTok: 4.5, cachedInputPerMTok: 0.44999999999999996, outputPerMTok: 27.0))),
          ]),
        deprecationDate: CalendarDate(parsing: "2026-10-20")),
      contextWindowTokens: 1048576, asOf: "2026-11-21", confidence: "high",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gemini-2.5-pro'",
      notes: nil),
    APIModelEntry(
      id: "gemini-2.5-flash", provider: "google", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 0.3, cachedInputPerMTok: 0.03, outputPerMTok: 2.5),
            batch: PartialTokenPrices(inputPerMTok: 0.15, outputPerMTok: 1.25),
            priority: PartialTokenPrices(inputPerMTok: 0.54, cachedInputPerMTok: 0.054, outputPerMTok: 4.5),
            flex: PartialTokenPrices(inputPerMTok: 0.15, cachedInputPerMTok: 0.03, outputPerMTok: 1.25))),
        deprecationDate: CalendarDate(parsing: "2026-10-20")),
      contextWindowTokens: 1048576, asOf: "2026-11-21", confidence: "high",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gemini-2.5-flash'",
      notes: nil),
    APIModelEntry(
      id: "gemini-2.5-flash-lite", provider: "google", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 0.09999999999999999, cachedInputPerMTok: 0.01, outputPerMTok: 0.39999999999999997),
            batch: PartialTokenPrices(inputPerMTok: 0.049999999999999996, outputPerMTok: 0.19999999999999998),
            priority: PartialTokenPrices(inputPerMTok: 0.18, cachedInputPerMTok: 0.018, outputPerMTok: 0.72),
            flex: PartialTokenPrices(inputPerMTok: 0.049999999999999996, cachedInputPerMTok: 0.01, outputPerMTok: 0.19999999999999998))),
        deprecationDate: CalendarDate(parsing: "2026-10-20")),
      contextWindowTokens: 1048576, asOf: "2026-11-21", confidence: "high",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gemini-2.5-flash-lite'",
      notes: nil),
    APIModelEntry(
      id: "gemini-3.1-pro-preview", provider: "google", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 2.0, cachedInputPerMTok: 0.19999999999999998, outputPerMTok: 12.0),
            batch: PartialTokenPrices(inputPerMTok: 1.0, outputPerMTok: 6.0),
            priority: PartialTokenPrices(inputPerMTok: 3.5999999999999996, cachedInputPerMTok: 0.36, outputPerMTok: 21.6),
            flex: PartialTokenPrices(inputPerMTok: 1.0, outputPerMTok: 6.0)),
          longContextTiers: [
            LongContextTier(
              aboveInputTokens: 200000.0,
              prices: PriceBand(
                standard: TokenPrices(inputPerMTok: 4.0, cachedInputPerMTok: 0.39999999999999997, cacheWritePerMTok: 0.25, outputPerMTok: 18.0),
                batch: PartialTokenPrices(inputPerMTok: 2.0, outputPerMTok: 9.0),
                priority: PartialTokenPrices(inputPerMTok: 7.199999999999999, cachedInputPerMTok: 0.72, outputPerMTok: 32.4))),
          ])),
      contextWindowTokens: 1048576, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gemini-3.1-pro-preview'",
      notes: nil),
    APIModelEntry(
      id: "gemini-3-flash-preview", provider: "google", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 0.5, cachedInputPerMTok: 0.049999999999999996, outputPerMTok: 3.0),
            batch: PartialTokenPrices(inputPerMTok: 0.25, outputPerMTok: 1.5),
            priority: PartialTokenPrices(inputPerMTok: 0.8999999999999999, cachedInputPerMTok: 0.09, outputPerMTok: 5.4),
            flex: PartialTokenPrices(inputPerMTok: 0.25, outputPerMTok: 1.5)))),
      contextWindowTokens: 1048576, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gemini-3-flash-preview'",
      notes: nil),
    APIModelEntry(
      id: "gemini-3.1-flash-lite", provider: "google", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 0.25, cachedInputPerMTok: 0.024999999999999998, outputPerMTok: 1.5),
            batch: PartialTokenPrices(inputPerMTok: 0.125, cachedInputPerMTok: 0.012499999999999999, outputPerMTok: 0.75),
            priority: PartialTokenPrices(inputPerMTok: 0.44999999999999996, cachedInputPerMTok: 0.045, outputPerMTok: 2.7),
            flex: PartialTokenPrices(inputPerMTok: 0.125, cachedInputPerMTok: 0.012499999999999999, outputPerMTok: 0.75))),
        deprecationDate: CalendarDate(parsing: "2027-05-07")),
      contextWindowTokens: 1048576, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gemini-3.1-flash-lite'",
      notes: nil),
    APIModelEntry(
      id: "gemini-3.5-flash", provider: "google", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 1.5, cachedInputPerMTok: 0.15, outputPerMTok: 9.0),
            batch: PartialTokenPrices(inputPerMTok: 0.75, cachedInputPerMTok: 0.075, outputPerMTok: 4.5),
            priority: PartialTokenPrices(inputPerMTok: 2.7, cachedInputPerMTok: 0.27, outputPerMTok: 16.2),
            flex: PartialTokenPrices(inputPerMTok: 0.75, cachedInputPerMTok: 0.075, outputPerMTok: 4.5))),
        deprecationDate: CalendarDate(parsing: "2027-05-19")),
      contextWindowTokens: 1048576, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gemini-3.5-flash'",
      notes: nil),
    APIModelEntry(
      id: "gemini-3.5-flash-lite", provider: "google", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 0.3, cachedInputPerMTok: 0.03, outputPerMTok: 2.5),
            batch: PartialTokenPrices(inputPerMTok: 0.15, cachedInputPerMTok: 0.015, outputPerMTok: 1.25),
            priority: PartialTokenPrices(inputPerMTok: 0.54, cachedInputPerMTok: 0.054, outputPerMTok: 4.5),
            flex: PartialTokenPrices(inputPerMTok: 0.15, cachedInputPerMTok: 0.015, outputPerMTok: 1.25))),
        deprecationDate: CalendarDate(parsing: "2027-07-21")),
      contextWindowTokens: 1048576, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gemini-3.5-flash-lite'",
      notes: nil),
    APIModelEntry(
      id: "gemini-3.8-flash", provider: "google", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 0.75, cachedInputPerMTok: 0.075, outputPerMTok: 3.75),
            batch: PartialTokenPrices(inputPerMTok: 0.375, cachedInputPerMTok: 0.0375, outputPerMTok: 1.875),
            priority: PartialTokenPrices(inputPerMTok: 1.35, cachedInputPerMTok: 0.135, outputPerMTok: 6.75),
            flex: PartialTokenPrices(inputPerMTok: 0.375, cachedInputPerMTok: 0.0375, outputPerMTok: 1.875)))),
      contextWindowTokens: 1048576, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gemini-3.8-flash'",
      notes: nil),
    APIModelEntry(
      id: "gpt-5.3", provider: "openai", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 1.75, cachedInputPerMTok: 0.175, outputPerMTok: 14.0)))),
      contextWindowTokens: 128000, asOf: "2026-08-21", confidence: "medium",
      source: "genai-prices commit 47df840a genai-prices-v2-data.json model 'openai/gpt-5.3'",
      notes: "not in LiteLLM 1.109.1 (only gpt-5.3-codex and gpt-5.3-chat-latest)"),
    APIModelEntry(
      id: "gpt-5-pro", provider: "openai", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 15.0, outputPerMTok: 120.0),
            batch: PartialTokenPrices(inputPerMTok: 7.5, outputPerMTok: 60.0))),
        deprecationDate: CalendarDate(parsing: "2026-12-11")),
      contextWindowTokens: 400000, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gpt-5-pro'",
      notes: nil),
    APIModelEntry(
      id: "gpt-5.2-pro", provider: "openai", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 21.0, outputPerMTok: 168.0),
            batch: PartialTokenPrices(inputPerMTok: 10.5, outputPerMTok: 84.0)))),
      contextWindowTokens: 272000, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gpt-5.2-pro'",
      notes: nil),
    APIModelEntry(
      id: "gpt-5.4-pro", provider: "openai", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 30.0, outputPerMTok: 180.0),
            batch: PartialTokenPrices(inputPerMTok: 15.0, outputPerMTok: 90.0),
            flex: PartialTokenPrices(inputPerMTok: 15.0, outputPerMTok: 90.0)),
          longContextTiers: [
            LongContextTier(
              aboveInputTokens: 272000.0,
              prices: PriceBand(
                standard: TokenPrices(inputPerMTok: 60.0, outputPerMTok: 270.0),
                batch: PartialTokenPrices(inputPerMTok: 30.0, outputPerMTok: 135.0),
                flex: PartialTokenPrices(inputPerMTok: 30.0, outputPerMTok: 135.0))),
          ])),
      contextWindowTokens: 1050000, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gpt-5.4-pro'",
      notes: nil),
    APIModelEntry(
      id: "gpt-5.5-pro", provider: "openai", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 30.0, outputPerMTok: 180.0),
            batch: PartialTokenPrices(inputPerMTok: 15.0, outputPerMTok: 90.0),
            flex: PartialTokenPrices(inputPerMTok: 15.0, outputPerMTok: 90.0)),
          longContextTiers: [
            LongContextTier(
              aboveInputTokens: 272000.0,
              prices: PriceBand(
                standard: TokenPrices(inputPerMTok: 60.0, outputPerMTok: 270.0),
                batch: PartialTokenPrices(inputPerMTok: 30.0, outputPerMTok: 135.0))),
          ])),
      contextWindowTokens: 1050000, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gpt-5.5-pro'",
      notes: nil),
    APIModelEntry(
      id: "gpt-6-rosalind", provider: "openai", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 15.0, cachedInputPerMTok: 1.5, cacheWritePerMTok: 18.75, outputPerMTok: 75.0)),
          longContextTiers: [
            LongContextTier(
              aboveInputTokens: 272000.0,
              prices: PriceBand(
                standard: TokenPrices(inputPerMTok: 30.0, cachedInputPerMTok: 3.0, cacheWritePerMTok: 37.5, outputPerMTok: 112.5))),
          ])),
      contextWindowTokens: 922000, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gpt-6-rosalind'",
      notes: nil),
    APIModelEntry(
      id: "claude-fable-5", provider: "anthropic", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 10.0, cachedInputPerMTok: 1.0, cacheWritePerMTok: 12.5, outputPerMTok: 50.0),
            batch: PartialTokenPrices(inputPerMTok: 5.0, cachedInputPerMTok: 0.5, cacheWritePerMTok: 6.25, outputPerMTok: 25.0)))),
      contextWindowTokens: 1000000, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'claude-fable-5'",
      notes: nil),
    APIModelEntry(
      id: "claude-mythos-5", provider: "anthropic", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 10.0, cachedInputPerMTok: 1.0, cacheWritePerMTok: 12.5, outputPerMTok: 50.0),
            batch: PartialTokenPrices(inputPerMTok: 5.0, cachedInputPerMTok: 0.5, cacheWritePerMTok: 6.25, outputPerMTok: 25.0)))),
      contextWindowTokens: 1000000, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'claude-mythos-5'",
      notes: nil),
    APIModelEntry(
      id: "gemini-3.6-flash", provider: "google", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 0.75, cachedInputPerMTok: 0.075, outputPerMTok: 3.75),
            batch: PartialTokenPrices(inputPerMTok: 0.375, cachedInputPerMTok: 0.0375, outputPerMTok: 1.875),
            priority: PartialTokenPrices(inputPerMTok: 1.35, cachedInputPerMTok: 0.135, outputPerMTok: 6.75),
            flex: PartialTokenPrices(inputPerMTok: 0.375, cachedInputPerMTok: 0.0375, outputPerMTok: 1.875))),
        changes: dated([
          ("2027-01-01", PriceList(
            base: PriceBand(
              standard: TokenPrices(inputPerMTok: 1.5, cachedInputPerMTok: 0.15, outputPerMTok: 7.5)))),
        ]),
        deprecationDate: CalendarDate(parsing: "2026-11-19")),
      contextWindowTokens: 1048576, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gemini-3.6-flash'; dated prices from genai-prices commit 47df840a model 'google/gemini-3.6-flash'",
      notes: "the dated prices list no batch price: batch traffic pays standard prices from the change on"),
    APIModelEntry(
      id: "gemini-3.7-flash", provider: "google", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 0.75, cachedInputPerMTok: 0.075, outputPerMTok: 3.75),
            batch: PartialTokenPrices(inputPerMTok: 0.375, cachedInputPerMTok: 0.0375, outputPerMTok: 1.875),
            priority: PartialTokenPrices(inputPerMTok: 1.35, cachedInputPerMTok: 0.135, outputPerMTok: 6.75),
            flex: PartialTokenPrices(inputPerMTok: 0.375, cachedInputPerMTok: 0.0375, outputPerMTok: 1.875))),
        changes: dated([
          ("2027-01-01", PriceList(
            base: PriceBand(
              standard: TokenPrices(inputPerMTok: 1.5, cachedInputPerMTok: 0.15, outputPerMTok: 7.5)))),
        ]),
        deprecationDate: CalendarDate(parsing: "2027-01-28")),
      contextWindowTokens: 1048576, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gemini-3.7-flash'; dated prices from genai-prices commit 47df840a model 'google/gemini-3.7-flash'",
      notes: "the dated prices list no batch price: batch traffic pays standard prices from the change on"),
    APIModelEntry(
      id: "gemini-4-argon", provider: "google", category: .proprietary,
      schedule: APIPriceSchedule(
        initial: PriceList(
          base: PriceBand(
            standard: TokenPrices(inputPerMTok: 2.0, cachedInputPerMTok: 0.09999999999999999, outputPerMTok: 10.0),
            batch: PartialTokenPrices(inputPerMTok: 1.0, cachedInputPerMTok: 0.049999999999999996, outputPerMTok: 5.0),
            priority: PartialTokenPrices(inputPerMTok: 3.5999999999999996, cachedInputPerMTok: 0.18, outputPerMTok: 18.0),
            flex: PartialTokenPrices(inputPerMTok: 1.0, cachedInputPerMTok: 0.049999999999999996, outputPerMTok: 5.0)))),
      contextWindowTokens: 1048576, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 litellm-1.109.1-model_prices_and_context_window.json key 'gemini/gemini-4-argon'",
      notes: nil),
  ]

  /// Proprietary models: where each is read from, in catalog order.
  static let builtInAPISpecs: [BuiltInAPISpec] = [
    BuiltInAPISpec(
      id: "gpt-4o", provider: "openai", confidence: "high", from: .litellm("gpt-4o"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gpt-4o-mini", provider: "openai", confidence: "high", from: .litellm("gpt-4o-mini"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gpt-4.1", provider: "openai", confidence: "high", from: .litellm("gpt-4.1"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gpt-4.1-mini", provider: "openai", confidence: "high", from: .litellm("gpt-4.1-mini"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gpt-4.1-nano", provider: "openai", confidence: "high", from: .litellm("gpt-4.1-nano"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "o3", provider: "openai", confidence: "high", from: .litellm("o3"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "o4-mini", provider: "openai", confidence: "high", from: .litellm("o4-mini"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gpt-5", provider: "openai", confidence: "high", from: .litellm("gpt-5"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gpt-5-mini", provider: "openai", confidence: "high", from: .litellm("gpt-5-mini"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gpt-5-nano", provider: "openai", confidence: "high", from: .litellm("gpt-5-nano"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gpt-5.1", provider: "openai", confidence: "medium", from: .litellm("gpt-5.1"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gpt-5.2", provider: "openai", confidence: "medium", from: .litellm("gpt-5.2"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gpt-5.4", provider: "openai", confidence: "medium", from: .litellm("gpt-5.4"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gpt-5.4-mini", provider: "openai", confidence: "medium", from: .litellm("gpt-5.4-mini"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gpt-5.4-nano", provider: "openai", confidence: "medium", from: .litellm("gpt-5.4-nano"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gpt-5.5", provider: "openai", confidence: "medium", from: .litellm("gpt-5.5"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gpt-5.6-sol", provider: "openai", confidence: "medium", from: .litellm("gpt-5.6-sol"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gpt-5.6-terra", provider: "openai", confidence: "medium", from: .litellm("gpt-5.6-terra"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gpt-5.6-luna", provider: "openai", confidence: "medium", from: .litellm("gpt-5.6-luna"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gpt-6-sol", provider: "openai", confidence: "medium", from: .litellm("gpt-6-sol"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gpt-6-luna", provider: "openai", confidence: "medium", from: .litellm("gpt-6-luna"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gpt-6-astra", provider: "openai", confidence: "medium", from: .litellm("gpt-6-astra"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gpt-6.1-sol", provider: "openai", confidence: "medium", from: .litellm("gpt-6.1-sol"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gpt-6.1-terra", provider: "openai", confidence: "medium", from: .litellm("gpt-6.1-terra"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gpt-3.5-turbo", provider: "openai", confidence: "medium", from: .litellm("gpt-3.5-turbo"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "claude-3-5-haiku-latest", provider: "anthropic", confidence: "medium-low", from: .genai("anthropic/claude-3-5-haiku-latest"),
      tiersFrom: nil, datesFrom: nil,
      note: "not in LiteLLM 1.109.1 (likely retired)"),
    BuiltInAPISpec(
      id: "claude-haiku-4-5", provider: "anthropic", confidence: "high", from: .litellm("claude-haiku-4-5"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "claude-haiku-5-5", provider: "anthropic", confidence: "medium", from: .litellm("claude-haiku-5-5"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "claude-sonnet-4-0", provider: "anthropic", confidence: "medium-low", from: .genai("anthropic/claude-sonnet-4-0"),
      tiersFrom: nil, datesFrom: nil,
      note: "not in LiteLLM 1.109.1 (likely retired)"),
    BuiltInAPISpec(
      id: "claude-sonnet-4-5", provider: "anthropic", confidence: "high", from: .litellm("claude-sonnet-4-5"),
      tiersFrom: "anthropic/claude-sonnet-4-5", datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "claude-sonnet-4-6", provider: "anthropic", confidence: "medium", from: .litellm("claude-sonnet-4-6"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "claude-sonnet-5", provider: "anthropic", confidence: "medium", from: .genai("anthropic/claude-sonnet-5"),
      tiersFrom: nil, datesFrom: nil,
      note: "genai-prices lists the price rise of 2026-09-01; LiteLLM 1.109.1 still has the introductory 2/10"),
    BuiltInAPISpec(
      id: "claude-sonnet-5-5", provider: "anthropic", confidence: "medium", from: .litellm("claude-sonnet-5-5"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "claude-opus-4-0", provider: "anthropic", confidence: "medium-low", from: .genai("anthropic/claude-opus-4-0"),
      tiersFrom: nil, datesFrom: nil,
      note: "not in LiteLLM 1.109.1 (likely retired)"),
    BuiltInAPISpec(
      id: "claude-opus-4-1", provider: "anthropic", confidence: "medium-low", from: .genai("anthropic/claude-opus-4-1"),
      tiersFrom: nil, datesFrom: nil,
      note: "not in LiteLLM 1.109.1 (likely retired)"),
    BuiltInAPISpec(
      id: "claude-opus-4-5", provider: "anthropic", confidence: "high", from: .litellm("claude-opus-4-5"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "claude-opus-4-6", provider: "anthropic", confidence: "medium", from: .litellm("claude-opus-4-6"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "claude-opus-4-7", provider: "anthropic", confidence: "medium", from: .litellm("claude-opus-4-7"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "claude-opus-4-8", provider: "anthropic", confidence: "medium", from: .litellm("claude-opus-4-8"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "claude-opus-5", provider: "anthropic", confidence: "medium", from: .litellm("claude-opus-5"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "claude-opus-5-5", provider: "anthropic", confidence: "medium", from: .litellm("claude-opus-5-5"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gemini-2.5-pro", provider: "google", confidence: "high", from: .litellm("gemini-2.5-pro"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gemini-2.5-flash", provider: "google", confidence: "high", from: .litellm("gemini-2.5-flash"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gemini-2.5-flash-lite", provider: "google", confidence: "high", from: .litellm("gemini-2.5-flash-lite"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gemini-3.1-pro-preview", provider: "google", confidence: "medium", from: .litellm("gemini-3.1-pro-preview"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gemini-3-flash-preview", provider: "google", confidence: "medium", from: .litellm("gemini-3-flash-preview"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gemini-3.1-flash-lite", provider: "google", confidence: "medium", from: .litellm("gemini-3.1-flash-lite"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gemini-3.5-flash", provider: "google", confidence: "medium", from: .litellm("gemini-3.5-flash"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gemini-3.5-flash-lite", provider: "google", confidence: "medium", from: .litellm("gemini-3.5-flash-lite"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gemini-3.8-flash", provider: "google", confidence: "medium", from: .litellm("gemini-3.8-flash"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gpt-5.3", provider: "openai", confidence: "medium", from: .genai("openai/gpt-5.3"),
      tiersFrom: nil, datesFrom: nil,
      note: "not in LiteLLM 1.109.1 (only gpt-5.3-codex and gpt-5.3-chat-latest)"),
    BuiltInAPISpec(
      id: "gpt-5-pro", provider: "openai", confidence: "medium", from: .litellm("gpt-5-pro"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gpt-5.2-pro", provider: "openai", confidence: "medium", from: .litellm("gpt-5.2-pro"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gpt-5.4-pro", provider: "openai", confidence: "medium", from: .litellm("gpt-5.4-pro"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gpt-5.5-pro", provider: "openai", confidence: "medium", from: .litellm("gpt-5.5-pro"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gpt-6-rosalind", provider: "openai", confidence: "medium", from: .litellm("gpt-6-rosalind"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "claude-fable-5", provider: "anthropic", confidence: "medium", from: .litellm("claude-fable-5"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "claude-mythos-5", provider: "anthropic", confidence: "medium", from: .litellm("claude-mythos-5"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
    BuiltInAPISpec(
      id: "gemini-3.6-flash", provider: "google", confidence: "medium", from: .litellm("gemini-3.6-flash"),
      tiersFrom: nil, datesFrom: "google/gemini-3.6-flash",
      note: nil),
    BuiltInAPISpec(
      id: "gemini-3.7-flash", provider: "google", confidence: "medium", from: .litellm("gemini-3.7-flash"),
      tiersFrom: nil, datesFrom: "google/gemini-3.7-flash",
      note: nil),
    BuiltInAPISpec(
      id: "gemini-4-argon", provider: "google", confidence: "medium", from: .litellm("gemini/gemini-4-argon"),
      tiersFrom: nil, datesFrom: nil,
      note: nil),
  ]

  /// Managed open-weight endpoints, priced by hand (USD per 1M tokens).
  static let builtInManagedModels: [APIModelEntry] = [
    APIModelEntry(
      id: "together/llama-3.1-8b-instruct-turbo", provider: "together", category: .managedOpenWeights,
      prices: TokenPrices(inputPerMTok: 0.18, cachedInputPerMTok: nil, outputPerMTok: 0.18),
      deprecationDate: "2026-03-06", asOf: "2025-07-03", confidence: "medium",
      source: "genai-prices prices/providers/together.yml (prices_checked 2025-07-03); LiteLLM together_ai/... agrees; deprecation: LiteLLM 1.109.1 key 'together_ai/meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo' deprecation_date",
      notes: nil),
    APIModelEntry(
      id: "together/llama-3.1-70b-instruct-turbo", provider: "together", category: .managedOpenWeights,
      prices: TokenPrices(inputPerMTok: 0.88, cachedInputPerMTok: nil, outputPerMTok: 0.88),
      deprecationDate: "2026-02-25", asOf: "2025-07-03", confidence: "medium",
      source: "genai-prices together.yml (prices_checked 2025-07-03); LiteLLM agrees; deprecation: LiteLLM 1.109.1 key 'together_ai/meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo' deprecation_date",
      notes: nil),
    APIModelEntry(
      id: "together/llama-3.3-70b-instruct-turbo", provider: "together", category: .managedOpenWeights,
      prices: TokenPrices(inputPerMTok: 1.04, cachedInputPerMTok: nil, outputPerMTok: 1.04),
      deprecationDate: "2026-10-22", asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 key 'together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo' (genai-prices together.yml, checked 2025-07-03, still lists 0.88: stale); deprecation: LiteLLM 1.109.1 key 'together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo' deprecation_date",
      notes: nil),
    APIModelEntry(
      id: "together/qwen2.5-72b-instruct-turbo", provider: "together", category: .managedOpenWeights,
      prices: TokenPrices(inputPerMTok: 1.2, cachedInputPerMTok: nil, outputPerMTok: 1.2),
      deprecationDate: "2026-02-06", asOf: "2026-11 (LiteLLM 1.109.1)", confidence: "medium",
      source: "LiteLLM 1.109.1 together_ai/Qwen/Qwen2.5-72B-Instruct-Turbo (source https://api.together.ai/v1/models); deprecation: LiteLLM 1.109.1 key 'together_ai/Qwen/Qwen2.5-72B-Instruct-Turbo' deprecation_date",
      notes: nil),
    APIModelEntry(
      id: "together/mistral-7b-instruct-v0.3", provider: "together", category: .managedOpenWeights,
      prices: TokenPrices(inputPerMTok: 0.2, cachedInputPerMTok: nil, outputPerMTok: 0.2),
      deprecationDate: nil, asOf: "2026-11 (LiteLLM 1.109.1)", confidence: "medium",
      source: "LiteLLM 1.109.1 together_ai/mistralai/Mistral-7B-Instruct-v0.3",
      notes: nil),
    APIModelEntry(
      id: "groq/llama-3.1-8b-instant", provider: "groq", category: .managedOpenWeights,
      prices: TokenPrices(inputPerMTok: 0.05, cachedInputPerMTok: nil, outputPerMTok: 0.08),
      deprecationDate: nil, asOf: "2025-08-12", confidence: "medium",
      source: "genai-prices groq.yml (prices_checked 2025-08-12)",
      notes: nil),
    APIModelEntry(
      id: "groq/llama-3.3-70b-versatile", provider: "groq", category: .managedOpenWeights,
      prices: TokenPrices(inputPerMTok: 0.59, cachedInputPerMTok: nil, outputPerMTok: 0.79),
      deprecationDate: nil, asOf: "2025-08-12", confidence: "medium",
      source: "genai-prices groq.yml (prices_checked 2025-08-12)",
      notes: nil),
    APIModelEntry(
      id: "fireworks/llama-v3p1-8b-instruct", provider: "fireworks", category: .managedOpenWeights,
      prices: TokenPrices(inputPerMTok: 0.1, cachedInputPerMTok: nil, outputPerMTok: 0.1),
      deprecationDate: nil, asOf: "2026-11-21", confidence: "medium",
      source: "LiteLLM 1.109.1 key 'fireworks_ai/accounts/fireworks/models/llama-v3p1-8b-instruct' (genai-prices fireworks.yml, checked 2025-07-13, still lists 0.20: stale)",
      notes: nil),
    APIModelEntry(
      id: "fireworks/llama-v3p1-70b-instruct", provider: "fireworks", category: .managedOpenWeights,
      prices: TokenPrices(inputPerMTok: 0.9, cachedInputPerMTok: nil, outputPerMTok: 0.9),
      deprecationDate: nil, asOf: "2026-11 (LiteLLM 1.109.1)", confidence: "medium",
      source: "LiteLLM 1.109.1 fireworks_ai/accounts/fireworks/models/llama-v3p1-70b-instruct",
      notes: nil),
    APIModelEntry(
      id: "fireworks/qwen2p5-72b-instruct", provider: "fireworks", category: .managedOpenWeights,
      prices: TokenPrices(inputPerMTok: 0.9, cachedInputPerMTok: nil, outputPerMTok: 0.9),
      deprecationDate: nil, asOf: "2026-11 (LiteLLM 1.109.1)", confidence: "medium",
      source: "LiteLLM 1.109.1 fireworks_ai/accounts/fireworks/models/qwen2p5-72b-instruct",
      notes: nil),
    APIModelEntry(
      id: "deepinfra/llama-3.1-8b-instruct-turbo", provider: "deepinfra", category: .managedOpenWeights,
      prices: TokenPrices(inputPerMTok: 0.02, cachedInputPerMTok: nil, outputPerMTok: 0.04),
      deprecationDate: nil, asOf: "2026-11 (LiteLLM 1.109.1)", confidence: "medium",
      source: "LiteLLM 1.109.1 deepinfra/... (source https://deepinfra.com/pricing)",
      notes: nil),
    APIModelEntry(
      id: "deepinfra/llama-3.1-70b-instruct-turbo", provider: "deepinfra", category: .managedOpenWeights,
      prices: TokenPrices(inputPerMTok: 0.4, cachedInputPerMTok: nil, outputPerMTok: 0.4),
      deprecationDate: nil, asOf: "2026-11 (LiteLLM 1.109.1)", confidence: "medium",
      source: "LiteLLM 1.109.1 deepinfra/... (source https://deepinfra.com/pricing)",
      notes: nil),
    APIModelEntry(
      id: "deepinfra/llama-3.3-70b-instruct-turbo", provider: "deepinfra", category: .managedOpenWeights,
      prices: TokenPrices(inputPerMTok: 0.1, cachedInputPerMTok: nil, outputPerMTok: 0.32),
      deprecationDate: nil, asOf: "2026-11 (LiteLLM 1.109.1)", confidence: "medium",
      source: "LiteLLM 1.109.1 deepinfra/... (source https://deepinfra.com/pricing)",
      notes: nil),
    APIModelEntry(
      id: "deepinfra/qwen2.5-72b-instruct", provider: "deepinfra", category: .managedOpenWeights,
      prices: TokenPrices(inputPerMTok: 0.36, cachedInputPerMTok: nil, outputPerMTok: 0.4),
      deprecationDate: nil, asOf: "2026-11 (LiteLLM 1.109.1)", confidence: "medium",
      source: "LiteLLM 1.109.1 deepinfra/Qwen/Qwen2.5-72B-Instruct (source https://deepinfra.com/pricing)",
      notes: nil),
    APIModelEntry(
      id: "nebius/llama-3.1-8b-instruct", provider: "nebius", category: .managedOpenWeights,
      prices: TokenPrices(inputPerMTok: 0.02, cachedInputPerMTok: nil, outputPerMTok: 0.06),
      deprecationDate: nil, asOf: "2026-11 (LiteLLM 1.109.1)", confidence: "medium",
      source: "LiteLLM 1.109.1 nebius/... (source https://nebius.com/prices)",
      notes: nil),
    APIModelEntry(
      id: "nebius/llama-3.1-70b-instruct", provider: "nebius", category: .managedOpenWeights,
      prices: TokenPrices(inputPerMTok: 0.13, cachedInputPerMTok: nil, outputPerMTok: 0.4),
      deprecationDate: nil, asOf: "2026-11 (LiteLLM 1.109.1)", confidence: "medium",
      source: "LiteLLM 1.109.1 nebius/... (source https://nebius.com/prices)",
      notes: nil),
    APIModelEntry(
      id: "nebius/qwen2.5-72b-instruct", provider: "nebius", category: .managedOpenWeights,
      prices: TokenPrices(inputPerMTok: 0.13, cachedInputPerMTok: nil, outputPerMTok: 0.4),
      deprecationDate: nil, asOf: "2026-11 (LiteLLM 1.109.1)", confidence: "medium",
      source: "LiteLLM 1.109.1 nebius/Qwen/Qwen2.5-72B-Instruct",
      notes: nil),
    APIModelEntry(
      id: "aws-bedrock/llama3-1-8b-instruct", provider: "aws-bedrock", category: .managedOpenWeights,
      prices: TokenPrices(inputPerMTok: 0.22, cachedInputPerMTok: nil, outputPerMTok: 0.22),
      deprecationDate: nil, asOf: "2026-11 (genai-prices 0.2.3)", confidence: "medium",
      source: "genai-prices aws.yml (https://aws.amazon.com/bedrock/pricing/)",
      notes: nil),
    APIModelEntry(
      id: "aws-bedrock/llama3-1-70b-instruct", provider: "aws-bedrock", category: .managedOpenWeights,
      prices: TokenPrices(inputPerMTok: 0.72, cachedInputPerMTok: nil, outputPerMTok: 0.72),
      deprecationDate: nil, asOf: "2026-11 (genai-prices 0.2.3)", confidence: "medium",
      source: "genai-prices aws.yml",
      notes: nil),
    APIModelEntry(
      id: "aws-bedrock/mistral-7b-instruct", provider: "aws-bedrock", category: .managedOpenWeights,
      prices: TokenPrices(inputPerMTok: 0.15, cachedInputPerMTok: nil, outputPerMTok: 0.2),
      deprecationDate: nil, asOf: "2026-11 (genai-prices 0.2.3)", confidence: "medium",
      source: "genai-prices aws.yml; LiteLLM bedrock/us-east-1/... agrees",
      notes: nil),
    APIModelEntry(
      id: "cerebras/llama3.1-8b", provider: "cerebras", category: .managedOpenWeights,
      prices: TokenPrices(inputPerMTok: 0.1, cachedInputPerMTok: nil, outputPerMTok: 0.1),
      deprecationDate: "2026-05-27", asOf: "2025-11-07", confidence: "medium",
      source: "genai-prices cerebras.yml (prices_checked 2025-11-07); deprecation: LiteLLM 1.109.1 key 'cerebras/llama3.1-8b' deprecation_date",
      notes: nil),
    APIModelEntry(
      id: "cerebras/llama-3.3-70b", provider: "cerebras", category: .managedOpenWeights,
      prices: TokenPrices(inputPerMTok: 0.85, cachedInputPerMTok: nil, outputPerMTok: 1.2),
      deprecationDate: "2026-02-16", asOf: "2025-11-07", confidence: "medium",
      source: "genai-prices cerebras.yml (prices_checked 2025-11-07); deprecation: LiteLLM 1.109.1 key 'cerebras/llama-3.3-70b' deprecation_date",
      notes: nil),
    APIModelEntry(
      id: "novita/qwen-2.5-72b-instruct", provider: "novita", category: .managedOpenWeights,
      prices: TokenPrices(inputPerMTok: 0.38, cachedInputPerMTok: nil, outputPerMTok: 0.4),
      deprecationDate: nil, asOf: "undated (genai-prices 0.2.3)", confidence: "medium",
      source: "genai-prices novita.yml",
      notes: nil),
    APIModelEntry(
      id: "mistral/open-mistral-7b", provider: "mistral", category: .managedOpenWeights,
      prices: TokenPrices(inputPerMTok: 0.25, cachedInputPerMTok: nil, outputPerMTok: 0.25),
      deprecationDate: nil, asOf: "2025-08-12", confidence: "medium",
      source: "genai-prices mistral.yml (prices_checked 2025-08-12)",
      notes: nil),
    APIModelEntry(
      id: "groq/gpt-oss-120b", provider: "groq", category: .managedOpenWeights,
      prices: TokenPrices(inputPerMTok: 0.15, cachedInputPerMTok: 0.075, outputPerMTok: 0.6),
      deprecationDate: nil, asOf: "2025-08-06", confidence: "medium",
      source: "genai-prices groq.yml (2025-08-06); cached 0.075",
      notes: nil),
  ]


  /// The chosen LiteLLM entries, price keys only, values as in the file (read by the test only).
  static let builtInLiteLLMExcerpt = #"""
{
 "gpt-4o": {
  "cache_read_input_token_cost": 1.25e-06,
  "cache_read_input_token_cost_priority": 2.125e-06,
  "input_cost_per_token": 2.5e-06,
  "input_cost_per_token_batches": 1.25e-06,
  "input_cost_per_token_priority": 4.25e-06,
  "litellm_provider": "openai",
  "max_input_tokens": 128000,
  "max_output_tokens": 16384,
  "mode": "chat",
  "output_cost_per_token": 1e-05,
  "output_cost_per_token_batches": 5e-06,
  "output_cost_per_token_priority": 1.7e-05
 },
 "gpt-4o-mini": {
  "cache_read_input_token_cost": 7.5e-08,
  "cache_read_input_token_cost_priority": 1.25e-07,
  "input_cost_per_token": 1.5e-07,
  "input_cost_per_token_batches": 7.5e-08,
  "input_cost_per_token_priority": 2.5e-07,
  "litellm_provider": "openai",
  "max_input_tokens": 128000,
  "max_output_tokens": 16384,
  "mode": "chat",
  "output_cost_per_token": 6e-07,
  "output_cost_per_token_batches": 3e-07,
  "output_cost_per_token_priority": 1e-06
 },
 "gpt-4.1": {
  "cache_read_input_token_cost": 5e-07,
  "cache_read_input_token_cost_priority": 8.75e-07,
  "input_cost_per_token": 2e-06,
  "input_cost_per_token_batches": 1e-06,
  "input_cost_per_token_priority": 3.5e-06,
  "litellm_provider": "openai",
  "max_input_tokens": 1047576,
  "max_output_tokens": 32768,
  "mode": "chat",
  "output_cost_per_token": 8e-06,
  "output_cost_per_token_batches": 4e-06,
  "output_cost_per_token_priority": 1.4e-05
 },
 "gpt-4.1-mini": {
  "cache_read_input_token_cost": 1e-07,
  "cache_read_input_token_cost_priority": 1.75e-07,
  "input_cost_per_token": 4e-07,
  "input_cost_per_token_batches": 2e-07,
  "input_cost_per_token_priority": 7e-07,
  "litellm_provider": "openai",
  "max_input_tokens": 1047576,
  "max_output_tokens": 32768,
  "mode": "chat",
  "output_cost_per_token": 1.6e-06,
  "output_cost_per_token_batches": 8e-07,
  "output_cost_per_token_priority": 2.8e-06
 },
 "gpt-4.1-nano": {
  "cache_read_input_token_cost": 2.5e-08,
  "cache_read_input_token_cost_priority": 5e-08,
  "deprecation_date": "2026-10-23",
  "input_cost_per_token": 1e-07,
  "input_cost_per_token_batches": 5e-08,
  "input_cost_per_token_priority": 2e-07,
  "litellm_provider": "openai",
  "max_input_tokens": 1047576,
  "max_output_tokens": 32768,
  "mode": "chat",
  "output_cost_per_token": 4e-07,
  "output_cost_per_token_batches": 2e-07,
  "output_cost_per_token_priority": 8e-07
 },
 "o3": {
  "cache_read_input_token_cost": 5e-07,
  "cache_read_input_token_cost_flex": 2.5e-07,
  "cache_read_input_token_cost_priority": 8.75e-07,
  "deprecation_date": "2026-12-11",
  "input_cost_per_token": 2e-06,
  "input_cost_per_token_batches": 1e-06,
  "input_cost_per_token_flex": 1e-06,
  "input_cost_per_token_priority": 3.5e-06,
  "litellm_provider": "openai",
  "max_input_tokens": 200000,
  "max_output_tokens": 100000,
  "mode": "chat",
  "output_cost_per_token": 8e-06,
  "output_cost_per_token_batches": 4e-06,
  "output_cost_per_token_flex": 4e-06,
  "output_cost_per_token_priority": 1.4e-05
 },
 "o4-mini": {
  "cache_read_input_token_cost": 2.75e-07,
  "cache_read_input_token_cost_flex": 1.38e-07,
  "cache_read_input_token_cost_priority": 5e-07,
  "deprecation_date": "2026-10-23",
  "input_cost_per_token": 1.1e-06,
  "input_cost_per_token_batches": 5.5e-07,
  "input_cost_per_token_flex": 5.5e-07,
  "input_cost_per_token_priority": 2e-06,
  "litellm_provider": "openai",
  "max_input_tokens": 200000,
  "max_output_tokens": 100000,
  "mode": "chat",
  "output_cost_per_token": 4.4e-06,
  "output_cost_per_token_batches": 2.2e-06,
  "output_cost_per_token_flex": 2.2e-06,
  "output_cost_per_token_priority": 8e-06
 },
 "gpt-5": {
  "cache_read_input_token_cost": 1.25e-07,
  "cache_read_input_token_cost_batches": 6.25e-08,
  "cache_read_input_token_cost_flex": 6.25e-08,
  "cache_read_input_token_cost_priority": 2.5e-07,
  "deprecation_date": "2026-12-11",
  "input_cost_per_token": 1.25e-06,
  "input_cost_per_token_batches": 6.25e-07,
  "input_cost_per_token_flex": 6.25e-07,
  "input_cost_per_token_priority": 2.5e-06,
  "litellm_provider": "openai",
  "max_input_tokens": 272000,
  "max_output_tokens": 128000,
  "mode": "chat",
  "output_cost_per_token": 1e-05,
  "output_cost_per_token_batches": 5e-06,
  "output_cost_per_token_flex": 5e-06,
  "output_cost_per_token_priority": 2e-05
 },
 "gpt-5-mini": {
  "cache_read_input_token_cost": 2.5e-08,
  "cache_read_input_token_cost_batches": 1.25e-08,
  "cache_read_input_token_cost_flex": 1.25e-08,
  "cache_read_input_token_cost_priority": 4.5e-08,
  "deprecation_date": "2026-12-11",
  "input_cost_per_token": 2.5e-07,
  "input_cost_per_token_batches": 1.25e-07,
  "input_cost_per_token_flex": 1.25e-07,
  "input_cost_per_token_priority": 4.5e-07,
  "litellm_provider": "openai",
  "max_input_tokens": 272000,
  "max_output_tokens": 128000,
  "mode": "chat",
  "output_cost_per_token": 2e-06,
  "output_cost_per_token_batches": 1e-06,
  "output_cost_per_token_flex": 1e-06,
  "output_cost_per_token_priority": 3.6e-06
 },
 "gpt-5-nano": {
  "cache_read_input_token_cost": 5e-09,
  "cache_read_input_token_cost_batches": 2.5e-09,
  "cache_read_input_token_cost_flex": 2.5e-09,
  "deprecation_date": "2026-12-11",
  "input_cost_per_token": 5e-08,
  "input_cost_per_token_batches": 2.5e-08,
  "input_cost_per_token_flex": 2.5e-08,
  "litellm_provider": "openai",
  "max_input_tokens": 272000,
  "max_output_tokens": 128000,
  "mode": "chat",
  "output_cost_per_token": 4e-07,
  "output_cost_per_token_batches": 2e-07,
  "output_cost_per_token_flex": 2e-07
 },
 "gpt-5.1": {
  "cache_read_input_token_cost": 1.25e-07,
  "cache_read_input_token_cost_batches": 6.25e-08,
  "cache_read_input_token_cost_flex": 6.25e-08,
  "cache_read_input_token_cost_priority": 2.5e-07,
  "input_cost_per_token": 1.25e-06,
  "input_cost_per_token_priority": 2.5e-06,
  "litellm_provider": "openai",
  "max_input_tokens": 272000,
  "max_output_tokens": 128000,
  "mode": "chat",
  "output_cost_per_token": 1e-05,
  "output_cost_per_token_priority": 2e-05,
  "input_cost_per_token_batches": 6.25e-07,
  "input_cost_per_token_flex": 6.25e-07,
  "output_cost_per_token_batches": 5e-06,
  "output_cost_per_token_flex": 5e-06,
  "deprecation_date": "2027-04-01"
 },
 "gpt-5.2": {
  "cache_read_input_token_cost": 1.75e-07,
  "cache_read_input_token_cost_batches": 8.75e-08,
  "cache_read_input_token_cost_flex": 8.75e-08,
  "cache_read_input_token_cost_priority": 3.5e-07,
  "input_cost_per_token": 1.75e-06,
  "input_cost_per_token_priority": 3.5e-06,
  "litellm_provider": "openai",
  "max_input_tokens": 272000,
  "max_output_tokens": 128000,
  "mode": "chat",
  "output_cost_per_token": 1.4e-05,
  "output_cost_per_token_priority": 2.8e-05,
  "input_cost_per_token_batches": 8.75e-07,
  "input_cost_per_token_flex": 8.75e-07,
  "output_cost_per_token_batches": 7e-06,
  "output_cost_per_token_flex": 7e-06
 },
 "gpt-5.4": {
  "cache_read_input_token_cost": 2.5e-07,
  "cache_read_input_token_cost_above_272k_tokens": 5e-07,
  "cache_read_input_token_cost_batches": 1.3e-07,
  "cache_read_input_token_cost_above_272k_tokens_batches": 2.5e-07,
  "cache_read_input_token_cost_flex": 1.3e-07,
  "cache_read_input_token_cost_priority": 5e-07,
  "input_cost_per_token": 2.5e-06,
  "input_cost_per_token_above_272k_tokens": 5e-06,
  "input_cost_per_token_flex": 1.25e-06,
  "input_cost_per_token_batches": 1.25e-06,
  "input_cost_per_token_above_272k_tokens_batches": 2.5e-06,
  "input_cost_per_token_priority": 5e-06,
  "litellm_provider": "openai",
  "max_input_tokens": 1050000,
  "max_output_tokens": 128000,
  "mode": "chat",
  "output_cost_per_token": 1.5e-05,
  "output_cost_per_token_above_272k_tokens": 2.25e-05,
  "output_cost_per_token_flex": 7.5e-06,
  "output_cost_per_token_batches": 7.5e-06,
  "output_cost_per_token_above_272k_tokens_batches": 1.125e-05,
  "output_cost_per_token_priority": 3e-05,
  "input_cost_per_token_above_272k_tokens_flex": 2.5e-06,
  "output_cost_per_token_above_272k_tokens_flex": 1.125e-05,
  "cache_read_input_token_cost_above_272k_tokens_flex": 2.5e-07
 },
 "gpt-5.4-mini": {
  "cache_read_input_token_cost": 7.5e-08,
  "cache_read_input_token_cost_batches": 3.75e-08,
  "cache_read_input_token_cost_flex": 3.75e-08,
  "cache_read_input_token_cost_priority": 1.5e-07,
  "input_cost_per_token": 7.5e-07,
  "input_cost_per_token_flex": 3.75e-07,
  "input_cost_per_token_batches": 3.75e-07,
  "input_cost_per_token_priority": 1.5e-06,
  "litellm_provider": "openai",
  "max_input_tokens": 272000,
  "max_output_tokens": 128000,
  "mode": "chat",
  "output_cost_per_token": 4.5e-06,
  "output_cost_per_token_flex": 2.25e-06,
  "output_cost_per_token_batches": 2.25e-06,
  "output_cost_per_token_priority": 9e-06
 },
 "gpt-5.4-nano": {
  "cache_read_input_token_cost": 2e-08,
  "cache_read_input_token_cost_batches": 1e-08,
  "cache_read_input_token_cost_flex": 1e-08,
  "input_cost_per_token": 2e-07,
  "input_cost_per_token_flex": 1e-07,
  "input_cost_per_token_batches": 1e-07,
  "litellm_provider": "openai",
  "max_input_tokens": 272000,
  "max_output_tokens": 128000,
  "mode": "chat",
  "output_cost_per_token": 1.25e-06,
  "output_cost_per_token_flex": 6.25e-07,
  "output_cost_per_token_batches": 6.25e-07,
  "deprecation_date": "2027-04-01"
 },
 "gpt-5.5": {
  "cache_read_input_token_cost": 5e-07,
  "cache_read_input_token_cost_above_272k_tokens": 1e-06,
  "cache_read_input_token_cost_batches": 2.5e-07,
  "cache_read_input_token_cost_above_272k_tokens_batches": 5e-07,
  "cache_read_input_token_cost_flex": 2.5e-07,
  "cache_read_input_token_cost_priority": 1.25e-06,
  "input_cost_per_token": 5e-06,
  "input_cost_per_token_above_272k_tokens": 1e-05,
  "input_cost_per_token_flex": 2.5e-06,
  "input_cost_per_token_batches": 2.5e-06,
  "input_cost_per_token_above_272k_tokens_batches": 5e-06,
  "input_cost_per_token_priority": 1.25e-05,
  "litellm_provider": "openai",
  "max_input_tokens": 1050000,
  "max_output_tokens": 128000,
  "mode": "chat",
  "output_cost_per_token": 3e-05,
  "output_cost_per_token_above_272k_tokens": 4.5e-05,
  "output_cost_per_token_flex": 1.5e-05,
  "output_cost_per_token_batches": 1.5e-05,
  "output_cost_per_token_above_272k_tokens_batches": 2.25e-05,
  "output_cost_per_token_priority": 7.5e-05,
  "input_cost_per_token_above_272k_tokens_flex": 5e-06,
  "output_cost_per_token_above_272k_tokens_flex": 2.25e-05,
  "cache_read_input_token_cost_above_272k_tokens_flex": 5e-07
 },
 "gpt-5.6-sol": {
  "cache_creation_input_token_cost": 5e-06,
  "cache_creation_input_token_cost_above_12hr": 1e-05,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens": 2e-05,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches": 1e-05,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex": 1e-05,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority": 4e-05,
  "cache_creation_input_token_cost_above_12hr_batches": 5e-06,
  "cache_creation_input_token_cost_above_12hr_flex": 5e-06,
  "cache_creation_input_token_cost_above_12hr_priority": 2e-05,
  "cache_creation_input_token_cost_above_272k_tokens": 1e-05,
  "cache_creation_input_token_cost_above_272k_tokens_flex": 5e-06,
  "cache_creation_input_token_cost_above_272k_tokens_priority": 2e-05,
  "cache_creation_input_token_cost_flex": 2.5e-06,
  "cache_creation_input_token_cost_priority": 1e-05,
  "cache_read_input_token_cost": 4e-07,
  "cache_read_input_token_cost_above_272k_tokens": 8e-07,
  "cache_read_input_token_cost_above_272k_tokens_flex": 4e-07,
  "cache_read_input_token_cost_above_272k_tokens_priority": 1.6e-06,
  "cache_read_input_token_cost_batches": 2e-07,
  "cache_read_input_token_cost_above_272k_tokens_batches": 4e-07,
  "cache_creation_input_token_cost_batches": 2.5e-06,
  "cache_creation_input_token_cost_above_272k_tokens_batches": 5e-06,
  "cache_read_input_token_cost_flex": 2e-07,
  "cache_read_input_token_cost_priority": 8e-07,
  "input_cost_per_token": 4e-06,
  "input_cost_per_token_above_272k_tokens": 8e-06,
  "input_cost_per_token_above_272k_tokens_flex": 4e-06,
  "input_cost_per_token_above_272k_tokens_priority": 1.6e-05,
  "input_cost_per_token_batches": 2e-06,
  "input_cost_per_token_above_272k_tokens_batches": 4e-06,
  "input_cost_per_token_flex": 2e-06,
  "input_cost_per_token_priority": 8e-06,
  "litellm_provider": "openai",
  "max_input_tokens": 922000,
  "max_output_tokens": 128000,
  "mode": "chat",
  "output_cost_per_token": 2e-05,
  "output_cost_per_token_above_272k_tokens": 3e-05,
  "output_cost_per_token_above_272k_tokens_flex": 1.5e-05,
  "output_cost_per_token_above_272k_tokens_priority": 6e-05,
  "output_cost_per_token_batches": 1e-05,
  "output_cost_per_token_above_272k_tokens_batches": 1.5e-05,
  "output_cost_per_token_flex": 1e-05,
  "output_cost_per_token_priority": 4e-05
 },
 "gpt-5.6-terra": {
  "cache_creation_input_token_cost": 2.5e-06,
  "cache_creation_input_token_cost_above_12hr": 5e-06,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens": 1e-05,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches": 5e-06,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex": 5e-06,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority": 2e-05,
  "cache_creation_input_token_cost_above_12hr_batches": 2.5e-06,
  "cache_creation_input_token_cost_above_12hr_flex": 2.5e-06,
  "cache_creation_input_token_cost_above_12hr_priority": 1e-05,
  "cache_creation_input_token_cost_above_272k_tokens": 5e-06,
  "cache_creation_input_token_cost_above_272k_tokens_flex": 2.5e-06,
  "cache_creation_input_token_cost_above_272k_tokens_priority": 1e-05,
  "cache_creation_input_token_cost_flex": 1.25e-06,
  "cache_creation_input_token_cost_priority": 5e-06,
  "cache_read_input_token_cost": 2e-07,
  "cache_read_input_token_cost_above_272k_tokens": 4e-07,
  "cache_read_input_token_cost_above_272k_tokens_flex": 2e-07,
  "cache_read_input_token_cost_above_272k_tokens_priority": 8e-07,
  "cache_read_input_token_cost_batches": 1e-07,
  "cache_read_input_token_cost_above_272k_tokens_batches": 2e-07,
  "cache_creation_input_token_cost_batches": 1.25e-06,
  "cache_creation_input_token_cost_above_272k_tokens_batches": 2.5e-06,
  "cache_read_input_token_cost_flex": 1e-07,
  "cache_read_input_token_cost_priority": 4e-07,
  "input_cost_per_token": 2e-06,
  "input_cost_per_token_above_272k_tokens": 4e-06,
  "input_cost_per_token_above_272k_tokens_flex": 2e-06,
  "input_cost_per_token_above_272k_tokens_priority": 8e-06,
  "input_cost_per_token_batches": 1e-06,
  "input_cost_per_token_above_272k_tokens_batches": 2e-06,
  "input_cost_per_token_flex": 1e-06,
  "input_cost_per_token_priority": 4e-06,
  "litellm_provider": "openai",
  "max_input_tokens": 922000,
  "max_output_tokens": 128000,
  "mode": "chat",
  "output_cost_per_token": 1.2e-05,
  "output_cost_per_token_above_272k_tokens": 1.8e-05,
  "output_cost_per_token_above_272k_tokens_flex": 9e-06,
  "output_cost_per_token_above_272k_tokens_priority": 3.6e-05,
  "output_cost_per_token_batches": 6e-06,
  "output_cost_per_token_above_272k_tokens_batches": 9e-06,
  "output_cost_per_token_flex": 6e-06,
  "output_cost_per_token_priority": 2.4e-05
 },
 "gpt-5.6-luna": {
  "cache_creation_input_token_cost": 2.5e-07,
  "cache_creation_input_token_cost_above_12hr": 5e-07,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens": 1e-06,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches": 5e-07,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex": 5e-07,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority": 2e-06,
  "cache_creation_input_token_cost_above_12hr_batches": 2.5e-07,
  "cache_creation_input_token_cost_above_12hr_flex": 2.5e-07,
  "cache_creation_input_token_cost_above_12hr_priority": 1e-06,
  "cache_creation_input_token_cost_above_272k_tokens": 5e-07,
  "cache_creation_input_token_cost_above_272k_tokens_flex": 2.5e-07,
  "cache_creation_input_token_cost_above_272k_tokens_priority": 1e-06,
  "cache_creation_input_token_cost_flex": 1.25e-07,
  "cache_creation_input_token_cost_priority": 5e-07,
  "cache_read_input_token_cost": 2e-08,
  "cache_read_input_token_cost_above_272k_tokens": 4e-08,
  "cache_read_input_token_cost_above_272k_tokens_flex": 2e-08,
  "cache_read_input_token_cost_above_272k_tokens_priority": 8e-08,
  "cache_read_input_token_cost_batches": 1e-08,
  "cache_read_input_token_cost_above_272k_tokens_batches": 2e-08,
  "cache_creation_input_token_cost_batches": 1.25e-07,
  "cache_creation_input_token_cost_above_272k_tokens_batches": 2.5e-07,
  "cache_read_input_token_cost_flex": 1e-08,
  "cache_read_input_token_cost_priority": 4e-08,
  "input_cost_per_token": 2e-07,
  "input_cost_per_token_above_272k_tokens": 4e-07,
  "input_cost_per_token_above_272k_tokens_flex": 2e-07,
  "input_cost_per_token_above_272k_tokens_priority": 8e-07,
  "input_cost_per_token_batches": 1e-07,
  "input_cost_per_token_above_272k_tokens_batches": 2e-07,
  "input_cost_per_token_flex": 1e-07,
  "input_cost_per_token_priority": 4e-07,
  "litellm_provider": "openai",
  "max_input_tokens": 922000,
  "max_output_tokens": 128000,
  "mode": "chat",
  "output_cost_per_token": 1.2e-06,
  "output_cost_per_token_above_272k_tokens": 1.8e-06,
  "output_cost_per_token_above_272k_tokens_flex": 9e-07,
  "output_cost_per_token_above_272k_tokens_priority": 3.6e-06,
  "output_cost_per_token_batches": 6e-07,
  "output_cost_per_token_above_272k_tokens_batches": 9e-07,
  "output_cost_per_token_flex": 6e-07,
  "output_cost_per_token_priority": 2.4e-06
 },
 "gpt-6-sol": {
  "cache_creation_input_token_cost": 2.5e-06,
  "cache_creation_input_token_cost_above_12hr": 5e-06,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens": 1e-05,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches": 5e-06,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex": 5e-06,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority": 2e-05,
  "cache_creation_input_token_cost_above_12hr_batches": 2.5e-06,
  "cache_creation_input_token_cost_above_12hr_flex": 2.5e-06,
  "cache_creation_input_token_cost_above_12hr_priority": 1e-05,
  "cache_creation_input_token_cost_above_272k_tokens": 5e-06,
  "cache_creation_input_token_cost_above_272k_tokens_flex": 2.5e-06,
  "cache_creation_input_token_cost_above_272k_tokens_priority": 1e-05,
  "cache_creation_input_token_cost_flex": 1.25e-06,
  "cache_creation_input_token_cost_priority": 5e-06,
  "cache_read_input_token_cost": 2e-07,
  "cache_read_input_token_cost_above_272k_tokens": 4e-07,
  "cache_read_input_token_cost_above_272k_tokens_flex": 2e-07,
  "cache_read_input_token_cost_above_272k_tokens_priority": 8e-07,
  "cache_read_input_token_cost_batches": 1e-07,
  "cache_read_input_token_cost_above_272k_tokens_batches": 2e-07,
  "cache_creation_input_token_cost_batches": 1.25e-06,
  "cache_creation_input_token_cost_above_272k_tokens_batches": 2.5e-06,
  "cache_read_input_token_cost_flex": 1e-07,
  "cache_read_input_token_cost_priority": 4e-07,
  "input_cost_per_token": 2e-06,
  "input_cost_per_token_above_272k_tokens": 4e-06,
  "input_cost_per_token_above_272k_tokens_flex": 2e-06,
  "input_cost_per_token_above_272k_tokens_priority": 8e-06,
  "input_cost_per_token_batches": 1e-06,
  "input_cost_per_token_above_272k_tokens_batches": 2e-06,
  "input_cost_per_token_flex": 1e-06,
  "input_cost_per_token_priority": 4e-06,
  "litellm_provider": "openai",
  "max_input_tokens": 922000,
  "max_output_tokens": 128000,
  "mode": "chat",
  "output_cost_per_token": 1e-05,
  "output_cost_per_token_above_272k_tokens": 1.5e-05,
  "output_cost_per_token_above_272k_tokens_flex": 7.5e-06,
  "output_cost_per_token_above_272k_tokens_priority": 3e-05,
  "output_cost_per_token_batches": 5e-06,
  "output_cost_per_token_above_272k_tokens_batches": 7.5e-06,
  "output_cost_per_token_flex": 5e-06,
  "output_cost_per_token_priority": 2e-05
 },
 "gpt-6-luna": {
  "cache_creation_input_token_cost": 1.25e-07,
  "cache_creation_input_token_cost_above_12hr": 2.5e-07,
  "cache_creation_input_token_cost_above_12hr_batches": 1.25e-07,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens": 5e-07,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches": 2.5e-07,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex": 2.5e-07,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority": 1e-06,
  "cache_creation_input_token_cost_above_12hr_flex": 1.25e-07,
  "cache_creation_input_token_cost_above_12hr_priority": 5e-07,
  "cache_creation_input_token_cost_decisions": 1.25e-07,
  "cache_creation_input_token_cost_above_272k_tokens": 2.5e-07,
  "cache_creation_input_token_cost_above_272k_tokens_decisions": 2.5e-07,
  "cache_creation_input_token_cost_above_272k_tokens_flex": 1.25e-07,
  "cache_creation_input_token_cost_above_272k_tokens_priority": 5e-07,
  "cache_creation_input_token_cost_flex": 6.25e-08,
  "cache_creation_input_token_cost_priority": 2.5e-07,
  "cache_read_input_token_cost": 1e-08,
  "cache_read_input_token_cost_decisions": 1e-08,
  "cache_read_input_token_cost_above_272k_tokens": 2e-08,
  "cache_read_input_token_cost_above_272k_tokens_decisions": 2e-08,
  "cache_read_input_token_cost_above_272k_tokens_flex": 1e-08,
  "cache_read_input_token_cost_above_272k_tokens_priority": 4e-08,
  "cache_read_input_token_cost_batches": 5e-09,
  "cache_read_input_token_cost_above_272k_tokens_batches": 1e-08,
  "cache_creation_input_token_cost_batches": 6.25e-08,
  "cache_creation_input_token_cost_above_272k_tokens_batches": 1.25e-07,
  "cache_read_input_token_cost_flex": 5e-09,
  "cache_read_input_token_cost_priority": 2e-08,
  "input_cost_per_token": 1e-07,
  "input_cost_per_token_decisions": 1e-07,
  "input_cost_per_token_above_272k_tokens": 2e-07,
  "input_cost_per_token_above_272k_tokens_decisions": 2e-07,
  "input_cost_per_token_above_272k_tokens_flex": 1e-07,
  "input_cost_per_token_above_272k_tokens_priority": 4e-07,
  "input_cost_per_token_batches": 5e-08,
  "input_cost_per_token_above_272k_tokens_batches": 1e-07,
  "input_cost_per_token_flex": 5e-08,
  "input_cost_per_token_priority": 2e-07,
  "litellm_provider": "openai",
  "max_input_tokens": 922000,
  "max_output_tokens": 128000,
  "mode": "chat",
  "output_cost_per_token": 5e-07,
  "output_cost_per_token_decisions": 0.0,
  "output_cost_per_token_above_272k_tokens": 7.5e-07,
  "output_cost_per_token_above_272k_tokens_decisions": 0.0,
  "output_cost_per_token_above_272k_tokens_flex": 3.75e-07,
  "output_cost_per_token_above_272k_tokens_priority": 1.5e-06,
  "output_cost_per_token_batches": 2.5e-07,
  "output_cost_per_token_above_272k_tokens_batches": 3.75e-07,
  "output_cost_per_token_flex": 2.5e-07,
  "output_cost_per_token_priority": 1e-06
 },
 "gpt-6-astra": {
  "cache_creation_input_token_cost": 1.25e-05,
  "cache_creation_input_token_cost_above_12hr": 2.5e-05,
  "cache_creation_input_token_cost_above_12hr_ultrafast": 0.00015,
  "cache_creation_input_token_cost_above_12hr_batches": 1.25e-05,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens": 5e-05,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches": 2.5e-05,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex": 2.5e-05,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority": 0.0001,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast": 0.0003,
  "cache_creation_input_token_cost_above_12hr_flex": 1.25e-05,
  "cache_creation_input_token_cost_above_12hr_priority": 5e-05,
  "cache_creation_input_token_cost_above_272k_tokens": 2.5e-05,
  "cache_creation_input_token_cost_above_272k_tokens_flex": 1.25e-05,
  "cache_creation_input_token_cost_above_272k_tokens_priority": 5e-05,
  "cache_creation_input_token_cost_flex": 6.25e-06,
  "cache_creation_input_token_cost_priority": 2.5e-05,
  "cache_read_input_token_cost": 1e-06,
  "cache_read_input_token_cost_above_272k_tokens": 2e-06,
  "cache_read_input_token_cost_above_272k_tokens_flex": 1e-06,
  "cache_read_input_token_cost_above_272k_tokens_priority": 4e-06,
  "cache_read_input_token_cost_batches": 5e-07,
  "cache_read_input_token_cost_above_272k_tokens_batches": 1e-06,
  "cache_creation_input_token_cost_batches": 6.25e-06,
  "cache_creation_input_token_cost_above_272k_tokens_batches": 1.25e-05,
  "cache_creation_input_token_cost_above_272k_tokens_ultrafast": 0.00015,
  "cache_creation_input_token_cost_ultrafast": 7.5e-05,
  "cache_read_input_token_cost_above_272k_tokens_ultrafast": 1.2e-05,
  "cache_read_input_token_cost_flex": 5e-07,
  "cache_read_input_token_cost_priority": 2e-06,
  "cache_read_input_token_cost_ultrafast": 6e-06,
  "input_cost_per_token": 1e-05,
  "input_cost_per_token_above_272k_tokens": 2e-05,
  "input_cost_per_token_above_272k_tokens_flex": 1e-05,
  "input_cost_per_token_above_272k_tokens_priority": 4e-05,
  "input_cost_per_token_batches": 5e-06,
  "input_cost_per_token_above_272k_tokens_batches": 1e-05,
  "input_cost_per_token_above_272k_tokens_ultrafast": 0.00012,
  "input_cost_per_token_flex": 5e-06,
  "input_cost_per_token_priority": 2e-05,
  "input_cost_per_token_ultrafast": 6e-05,
  "litellm_provider": "openai",
  "max_input_tokens": 922000,
  "max_output_tokens": 128000,
  "mode": "chat",
  "output_cost_per_token": 5e-05,
  "output_cost_per_token_above_272k_tokens": 7.5e-05,
  "output_cost_per_token_above_272k_tokens_flex": 3.75e-05,
  "output_cost_per_token_above_272k_tokens_priority": 0.00015,
  "output_cost_per_token_batches": 2.5e-05,
  "output_cost_per_token_above_272k_tokens_batches": 3.75e-05,
  "output_cost_per_token_above_272k_tokens_ultrafast": 0.00045,
  "output_cost_per_token_flex": 2.5e-05,
  "output_cost_per_token_priority": 0.0001,
  "output_cost_per_token_ultrafast": 0.0003
 },
 "gpt-6.1-sol": {
  "cache_creation_input_token_cost": 2.5e-06,
  "cache_creation_input_token_cost_above_12hr": 5e-06,
  "cache_creation_input_token_cost_above_12hr_ultrafast": 3e-05,
  "cache_creation_input_token_cost_above_12hr_batches": 2.5e-06,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens": 1e-05,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches": 5e-06,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex": 5e-06,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority": 2e-05,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast": 6e-05,
  "cache_creation_input_token_cost_above_12hr_flex": 2.5e-06,
  "cache_creation_input_token_cost_above_12hr_priority": 1e-05,
  "cache_creation_input_token_cost_above_272k_tokens": 5e-06,
  "cache_creation_input_token_cost_above_272k_tokens_batches": 2.5e-06,
  "cache_creation_input_token_cost_above_272k_tokens_flex": 2.5e-06,
  "cache_creation_input_token_cost_above_272k_tokens_priority": 1e-05,
  "cache_creation_input_token_cost_above_272k_tokens_ultrafast": 3e-05,
  "cache_creation_input_token_cost_batches": 1.25e-06,
  "cache_creation_input_token_cost_flex": 1.25e-06,
  "cache_creation_input_token_cost_priority": 5e-06,
  "cache_creation_input_token_cost_ultrafast": 1.5e-05,
  "cache_read_input_token_cost": 1e-07,
  "cache_read_input_token_cost_above_272k_tokens": 2e-07,
  "cache_read_input_token_cost_above_272k_tokens_batches": 1e-07,
  "cache_read_input_token_cost_above_272k_tokens_flex": 1e-07,
  "cache_read_input_token_cost_above_272k_tokens_priority": 4e-07,
  "cache_read_input_token_cost_above_272k_tokens_ultrafast": 1.2e-06,
  "cache_read_input_token_cost_batches": 5e-08,
  "cache_read_input_token_cost_flex": 5e-08,
  "cache_read_input_token_cost_priority": 2e-07,
  "cache_read_input_token_cost_ultrafast": 6e-07,
  "input_cost_per_token": 2e-06,
  "input_cost_per_token_above_272k_tokens": 4e-06,
  "input_cost_per_token_above_272k_tokens_batches": 2e-06,
  "input_cost_per_token_above_272k_tokens_flex": 2e-06,
  "input_cost_per_token_above_272k_tokens_priority": 8e-06,
  "input_cost_per_token_above_272k_tokens_ultrafast": 2.4e-05,
  "input_cost_per_token_batches": 1e-06,
  "input_cost_per_token_flex": 1e-06,
  "input_cost_per_token_priority": 4e-06,
  "input_cost_per_token_ultrafast": 1.2e-05,
  "litellm_provider": "openai",
  "max_input_tokens": 922000,
  "max_output_tokens": 128000,
  "mode": "chat",
  "output_cost_per_token": 1e-05,
  "output_cost_per_token_above_272k_tokens": 1.5e-05,
  "output_cost_per_token_above_272k_tokens_batches": 7.5e-06,
  "output_cost_per_token_above_272k_tokens_flex": 7.5e-06,
  "output_cost_per_token_above_272k_tokens_priority": 3e-05,
  "output_cost_per_token_above_272k_tokens_ultrafast": 9e-05,
  "output_cost_per_token_batches": 5e-06,
  "output_cost_per_token_flex": 5e-06,
  "output_cost_per_token_priority": 2e-05,
  "output_cost_per_token_ultrafast": 6e-05
 },
 "gpt-6.1-terra": {
  "cache_creation_input_token_cost": 1.25e-06,
  "cache_creation_input_token_cost_above_12hr": 2.5e-06,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens": 5e-06,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches": 2.5e-06,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex": 2.5e-06,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority": 1e-05,
  "cache_creation_input_token_cost_above_12hr_batches": 1.25e-06,
  "cache_creation_input_token_cost_above_12hr_flex": 1.25e-06,
  "cache_creation_input_token_cost_above_12hr_priority": 5e-06,
  "cache_creation_input_token_cost_above_272k_tokens": 2.5e-06,
  "cache_creation_input_token_cost_above_272k_tokens_batches": 1.25e-06,
  "cache_creation_input_token_cost_above_272k_tokens_flex": 1.25e-06,
  "cache_creation_input_token_cost_above_272k_tokens_priority": 5e-06,
  "cache_creation_input_token_cost_batches": 6.25e-07,
  "cache_creation_input_token_cost_flex": 6.25e-07,
  "cache_creation_input_token_cost_priority": 2.5e-06,
  "cache_read_input_token_cost": 5e-08,
  "cache_read_input_token_cost_above_272k_tokens": 1e-07,
  "cache_read_input_token_cost_above_272k_tokens_batches": 5e-08,
  "cache_read_input_token_cost_above_272k_tokens_flex": 5e-08,
  "cache_read_input_token_cost_above_272k_tokens_priority": 2e-07,
  "cache_read_input_token_cost_batches": 2.5e-08,
  "cache_read_input_token_cost_flex": 2.5e-08,
  "cache_read_input_token_cost_priority": 1e-07,
  "input_cost_per_token": 1e-06,
  "input_cost_per_token_above_272k_tokens": 2e-06,
  "input_cost_per_token_above_272k_tokens_batches": 1e-06,
  "input_cost_per_token_above_272k_tokens_flex": 1e-06,
  "input_cost_per_token_above_272k_tokens_priority": 4e-06,
  "input_cost_per_token_batches": 5e-07,
  "input_cost_per_token_flex": 5e-07,
  "input_cost_per_token_priority": 2e-06,
  "litellm_provider": "openai",
  "max_input_tokens": 922000,
  "max_output_tokens": 128000,
  "mode": "chat",
  "output_cost_per_token": 5e-06,
  "output_cost_per_token_above_272k_tokens": 7.5e-06,
  "output_cost_per_token_above_272k_tokens_batches": 3.75e-06,
  "output_cost_per_token_above_272k_tokens_flex": 3.75e-06,
  "output_cost_per_token_above_272k_tokens_priority": 1.5e-05,
  "output_cost_per_token_batches": 2.5e-06,
  "output_cost_per_token_flex": 2.5e-06,
  "output_cost_per_token_priority": 1e-05
 },
 "gpt-3.5-turbo": {
  "deprecation_date": "2026-10-23",
  "input_cost_per_token": 5e-07,
  "litellm_provider": "openai",
  "max_input_tokens": 16385,
  "max_output_tokens": 4096,
  "mode": "chat",
  "output_cost_per_token": 1.5e-06
 },
 "claude-haiku-4-5": {
  "cache_creation_input_token_cost": 1.25e-06,
  "cache_creation_input_token_cost_above_1hr": 2e-06,
  "cache_creation_input_token_cost_batches": 6.25e-07,
  "cache_read_input_token_cost": 1e-07,
  "cache_read_input_token_cost_batches": 5e-08,
  "input_cost_per_token": 1e-06,
  "input_cost_per_token_batches": 5e-07,
  "litellm_provider": "anthropic",
  "max_input_tokens": 200000,
  "max_output_tokens": 64000,
  "mode": "chat",
  "output_cost_per_token": 5e-06,
  "output_cost_per_token_batches": 2.5e-06
 },
 "claude-haiku-5-5": {
  "input_cost_per_token_above_100k_tokens_batches": 2.5e-07,
  "output_cost_per_token_above_100k_tokens_batches": 1.25e-06,
  "cache_creation_input_token_cost_above_100k_tokens_batches": 3.125e-07,
  "cache_read_input_token_cost_above_100k_tokens_batches": 2.5e-08,
  "cache_creation_input_token_cost": 1.25e-07,
  "cache_creation_input_token_cost_above_1hr": 2e-07,
  "cache_creation_input_token_cost_batches": 6.25e-08,
  "cache_read_input_token_cost": 1e-08,
  "cache_read_input_token_cost_batches": 5e-09,
  "input_cost_per_token": 1e-07,
  "input_cost_per_token_batches": 5e-08,
  "litellm_provider": "anthropic",
  "max_input_tokens": 1000000,
  "max_output_tokens": 128000,
  "mode": "chat",
  "output_cost_per_token": 5e-07,
  "output_cost_per_token_batches": 2.5e-07,
  "input_cost_per_token_above_100k_tokens": 5e-07,
  "output_cost_per_token_above_100k_tokens": 2.5e-06,
  "cache_creation_input_token_cost_above_100k_tokens": 6.25e-07,
  "cache_creation_input_token_cost_above_1hr_above_100k_tokens": 1e-06,
  "cache_read_input_token_cost_above_100k_tokens": 5e-08
 },
 "claude-sonnet-4-5": {
  "cache_creation_input_token_cost": 3.75e-06,
  "cache_creation_input_token_cost_above_1hr": 6e-06,
  "cache_read_input_token_cost": 3e-07,
  "input_cost_per_token": 3e-06,
  "cache_creation_input_token_cost_batches": 1.875e-06,
  "cache_read_input_token_cost_batches": 1.5e-07,
  "deprecation_date": "2026-11-30",
  "input_cost_per_token_batches": 1.5e-06,
  "litellm_provider": "anthropic",
  "max_input_tokens": 200000,
  "max_output_tokens": 64000,
  "mode": "chat",
  "output_cost_per_token": 1.5e-05,
  "output_cost_per_token_batches": 7.5e-06
 },
 "claude-sonnet-4-6": {
  "cache_creation_input_token_cost": 3.75e-06,
  "cache_creation_input_token_cost_above_1hr": 6e-06,
  "cache_creation_input_token_cost_batches": 1.875e-06,
  "cache_read_input_token_cost": 3e-07,
  "cache_read_input_token_cost_batches": 1.5e-07,
  "input_cost_per_token": 3e-06,
  "input_cost_per_token_batches": 1.5e-06,
  "litellm_provider": "anthropic",
  "max_input_tokens": 1000000,
  "max_output_tokens": 128000,
  "mode": "chat",
  "output_cost_per_token": 1.5e-05,
  "output_cost_per_token_batches": 7.5e-06
 },
 "claude-sonnet-5-5": {
  "cache_creation_input_token_cost": 2.5e-06,
  "cache_creation_input_token_cost_above_1hr": 4e-06,
  "cache_creation_input_token_cost_batches": 1.25e-06,
  "cache_read_input_token_cost": 1e-07,
  "cache_read_input_token_cost_batches": 5e-08,
  "input_cost_per_token": 2e-06,
  "input_cost_per_token_batches": 1e-06,
  "litellm_provider": "anthropic",
  "max_input_tokens": 1000000,
  "max_output_tokens": 128000,
  "mode": "chat",
  "output_cost_per_token": 1e-05,
  "output_cost_per_token_batches": 5e-06
 },
 "claude-opus-4-5": {
  "cache_creation_input_token_cost": 6.25e-06,
  "cache_creation_input_token_cost_above_1hr": 1e-05,
  "cache_creation_input_token_cost_batches": 3.125e-06,
  "cache_read_input_token_cost": 5e-07,
  "cache_read_input_token_cost_batches": 2.5e-07,
  "input_cost_per_token": 5e-06,
  "input_cost_per_token_batches": 2.5e-06,
  "litellm_provider": "anthropic",
  "max_input_tokens": 200000,
  "max_output_tokens": 64000,
  "mode": "chat",
  "output_cost_per_token": 2.5e-05,
  "output_cost_per_token_batches": 1.25e-05
 },
 "claude-opus-4-6": {
  "cache_creation_input_token_cost": 6.25e-06,
  "cache_creation_input_token_cost_above_1hr": 1e-05,
  "cache_creation_input_token_cost_batches": 3.125e-06,
  "cache_read_input_token_cost": 5e-07,
  "cache_read_input_token_cost_batches": 2.5e-07,
  "input_cost_per_token": 5e-06,
  "input_cost_per_token_batches": 2.5e-06,
  "litellm_provider": "anthropic",
  "max_input_tokens": 1000000,
  "max_output_tokens": 128000,
  "mode": "chat",
  "output_cost_per_token": 2.5e-05,
  "output_cost_per_token_batches": 1.25e-05
 },
 "claude-opus-4-7": {
  "cache_creation_input_token_cost": 6.25e-06,
  "cache_creation_input_token_cost_above_1hr": 1e-05,
  "cache_creation_input_token_cost_batches": 3.125e-06,
  "cache_read_input_token_cost": 5e-07,
  "cache_read_input_token_cost_batches": 2.5e-07,
  "input_cost_per_token": 5e-06,
  "input_cost_per_token_batches": 2.5e-06,
  "litellm_provider": "anthropic",
  "max_input_tokens": 1000000,
  "max_output_tokens": 128000,
  "mode": "chat",
  "output_cost_per_token": 2.5e-05,
  "output_cost_per_token_batches": 1.25e-05
 },
 "claude-opus-4-8": {
  "cache_creation_input_token_cost": 6.25e-06,
  "cache_creation_input_token_cost_above_1hr": 1e-05,
  "cache_creation_input_token_cost_batches": 3.125e-06,
  "cache_read_input_token_cost": 5e-07,
  "cache_read_input_token_cost_batches": 2.5e-07,
  "input_cost_per_token": 5e-06,
  "input_cost_per_token_batches": 2.5e-06,
  "litellm_provider": "anthropic",
  "max_input_tokens": 1000000,
  "max_output_tokens": 128000,
  "mode": "chat",
  "output_cost_per_token": 2.5e-05,
  "output_cost_per_token_batches": 1.25e-05
 },
 "claude-opus-5": {
  "cache_creation_input_token_cost": 6.25e-06,
  "cache_creation_input_token_cost_above_1hr": 1e-05,
  "cache_creation_input_token_cost_batches": 3.125e-06,
  "cache_read_input_token_cost": 5e-07,
  "cache_read_input_token_cost_batches": 2.5e-07,
  "input_cost_per_token": 5e-06,
  "input_cost_per_token_batches": 2.5e-06,
  "litellm_provider": "anthropic",
  "max_input_tokens": 1000000,
  "max_output_tokens": 128000,
  "mode": "chat",
  "output_cost_per_token": 2.5e-05,
  "output_cost_per_token_batches": 1.25e-05
 },
 "claude-opus-5-5": {
  "cache_creation_input_token_cost": 5e-06,
  "cache_creation_input_token_cost_above_1hr": 8e-06,
  "cache_creation_input_token_cost_batches": 2.5e-06,
  "cache_read_input_token_cost": 2e-07,
  "cache_read_input_token_cost_batches": 1e-07,
  "input_cost_per_token": 4e-06,
  "input_cost_per_token_batches": 2e-06,
  "litellm_provider": "anthropic",
  "max_input_tokens": 1000000,
  "max_output_tokens": 128000,
  "mode": "chat",
  "output_cost_per_token": 2e-05,
  "output_cost_per_token_batches": 1e-05
 },
 "gemini-2.5-pro": {
  "deprecation_date": "2026-10-20",
  "cache_read_input_token_cost": 1.25e-07,
  "cache_read_input_token_cost_above_200k_tokens": 2.5e-07,
  "cache_creation_input_token_cost_above_200k_tokens": 2.5e-07,
  "cache_read_input_token_cost_above_200k_tokens_priority": 4.5e-07,
  "cache_read_input_token_cost_flex": 1.25e-07,
  "cache_read_input_token_cost_priority": 2.25e-07,
  "input_cost_per_token": 1.25e-06,
  "input_cost_per_token_above_200k_tokens": 2.5e-06,
  "litellm_provider": "vertex_ai-language-models",
  "max_input_tokens": 1048576,
  "max_output_tokens": 65535,
  "mode": "chat",
  "output_cost_per_token": 1e-05,
  "output_cost_per_token_above_200k_tokens": 1.5e-05,
  "input_cost_per_token_above_200k_tokens_batches": 1.25e-06,
  "input_cost_per_token_above_200k_tokens_priority": 4.5e-06,
  "input_cost_per_token_batches": 6.25e-07,
  "input_cost_per_token_flex": 6.25e-07,
  "input_cost_per_token_priority": 2.25e-06,
  "output_cost_per_token_above_200k_tokens_batches": 7.5e-06,
  "output_cost_per_token_above_200k_tokens_priority": 2.7e-05,
  "output_cost_per_token_batches": 5e-06,
  "output_cost_per_token_flex": 5e-06,
  "output_cost_per_token_priority": 1.8e-05
 },
 "gemini-2.5-flash": {
  "deprecation_date": "2026-10-20",
  "cache_read_input_token_cost": 3e-08,
  "cache_read_input_token_cost_flex": 3e-08,
  "cache_read_input_token_cost_priority": 5.4e-08,
  "input_cost_per_token": 3e-07,
  "litellm_provider": "vertex_ai-language-models",
  "max_input_tokens": 1048576,
  "max_output_tokens": 65535,
  "mode": "chat",
  "output_cost_per_token": 2.5e-06,
  "input_cost_per_token_batches": 1.5e-07,
  "input_cost_per_token_flex": 1.5e-07,
  "input_cost_per_token_priority": 5.4e-07,
  "output_cost_per_token_batches": 1.25e-06,
  "output_cost_per_token_flex": 1.25e-06,
  "output_cost_per_token_priority": 4.5e-06
 },
 "gemini-2.5-flash-lite": {
  "deprecation_date": "2026-10-20",
  "cache_read_input_token_cost": 1e-08,
  "cache_read_input_token_cost_flex": 1e-08,
  "cache_read_input_token_cost_priority": 1.8e-08,
  "input_cost_per_token": 1e-07,
  "litellm_provider": "vertex_ai-language-models",
  "max_input_tokens": 1048576,
  "max_output_tokens": 65535,
  "mode": "chat",
  "output_cost_per_token": 4e-07,
  "input_cost_per_token_batches": 5e-08,
  "input_cost_per_token_flex": 5e-08,
  "input_cost_per_token_priority": 1.8e-07,
  "output_cost_per_token_batches": 2e-07,
  "output_cost_per_token_flex": 2e-07,
  "output_cost_per_token_priority": 7.2e-07
 },
 "gemini-3.1-pro-preview": {
  "cache_creation_input_token_cost_above_200k_tokens": 2.5e-07,
  "cache_read_input_token_cost": 2e-07,
  "cache_read_input_token_cost_above_200k_tokens": 4e-07,
  "cache_read_input_token_cost_above_200k_tokens_priority": 7.2e-07,
  "cache_read_input_token_cost_priority": 3.6e-07,
  "input_cost_per_token": 2e-06,
  "input_cost_per_token_above_200k_tokens": 4e-06,
  "input_cost_per_token_above_200k_tokens_batches": 2e-06,
  "input_cost_per_token_above_200k_tokens_priority": 7.2e-06,
  "input_cost_per_token_batches": 1e-06,
  "input_cost_per_token_flex": 1e-06,
  "input_cost_per_token_priority": 3.6e-06,
  "litellm_provider": "vertex_ai-language-models",
  "max_input_tokens": 1048576,
  "max_output_tokens": 65536,
  "mode": "chat",
  "output_cost_per_token": 1.2e-05,
  "output_cost_per_token_above_200k_tokens": 1.8e-05,
  "output_cost_per_token_above_200k_tokens_batches": 9e-06,
  "output_cost_per_token_above_200k_tokens_priority": 3.24e-05,
  "output_cost_per_token_batches": 6e-06,
  "output_cost_per_token_flex": 6e-06,
  "output_cost_per_token_priority": 2.16e-05
 },
 "gemini-3-flash-preview": {
  "cache_read_input_token_cost": 5e-08,
  "cache_read_input_token_cost_priority": 9e-08,
  "input_cost_per_token": 5e-07,
  "input_cost_per_token_batches": 2.5e-07,
  "input_cost_per_token_flex": 2.5e-07,
  "input_cost_per_token_priority": 9e-07,
  "litellm_provider": "vertex_ai-language-models",
  "max_input_tokens": 1048576,
  "max_output_tokens": 65535,
  "mode": "chat",
  "output_cost_per_token": 3e-06,
  "output_cost_per_token_batches": 1.5e-06,
  "output_cost_per_token_flex": 1.5e-06,
  "output_cost_per_token_priority": 5.4e-06
 },
 "gemini-3.1-flash-lite": {
  "deprecation_date": "2027-05-07",
  "cache_read_input_token_cost": 2.5e-08,
  "cache_read_input_token_cost_batches": 1.25e-08,
  "cache_read_input_token_cost_flex": 1.25e-08,
  "cache_read_input_token_cost_priority": 4.5e-08,
  "input_cost_per_token": 2.5e-07,
  "input_cost_per_token_batches": 1.25e-07,
  "input_cost_per_token_flex": 1.25e-07,
  "input_cost_per_token_priority": 4.5e-07,
  "litellm_provider": "vertex_ai-language-models",
  "max_input_tokens": 1048576,
  "max_output_tokens": 65536,
  "mode": "chat",
  "output_cost_per_token": 1.5e-06,
  "output_cost_per_token_batches": 7.5e-07,
  "output_cost_per_token_flex": 7.5e-07,
  "output_cost_per_token_priority": 2.7e-06
 },
 "gemini-3.5-flash": {
  "deprecation_date": "2027-05-19",
  "cache_read_input_token_cost": 1.5e-07,
  "cache_read_input_token_cost_batches": 7.5e-08,
  "input_cost_per_token": 1.5e-06,
  "litellm_provider": "vertex_ai-language-models",
  "max_input_tokens": 1048576,
  "max_output_tokens": 65535,
  "mode": "chat",
  "output_cost_per_token": 9e-06,
  "input_cost_per_token_priority": 2.7e-06,
  "output_cost_per_token_priority": 1.62e-05,
  "cache_read_input_token_cost_priority": 2.7e-07,
  "input_cost_per_token_batches": 7.5e-07,
  "output_cost_per_token_batches": 4.5e-06,
  "input_cost_per_token_flex": 7.5e-07,
  "output_cost_per_token_flex": 4.5e-06,
  "cache_read_input_token_cost_flex": 7.5e-08
 },
 "gemini-3.5-flash-lite": {
  "deprecation_date": "2027-07-21",
  "cache_read_input_token_cost": 3e-08,
  "cache_read_input_token_cost_batches": 1.5e-08,
  "cache_read_input_token_cost_flex": 1.5e-08,
  "cache_read_input_token_cost_priority": 5.4e-08,
  "input_cost_per_token": 3e-07,
  "input_cost_per_token_batches": 1.5e-07,
  "input_cost_per_token_flex": 1.5e-07,
  "input_cost_per_token_priority": 5.4e-07,
  "litellm_provider": "vertex_ai-language-models",
  "max_input_tokens": 1048576,
  "max_output_tokens": 65536,
  "mode": "chat",
  "output_cost_per_token": 2.5e-06,
  "output_cost_per_token_batches": 1.25e-06,
  "output_cost_per_token_flex": 1.25e-06,
  "output_cost_per_token_priority": 4.5e-06
 },
 "gemini-3.8-flash": {
  "cache_read_input_token_cost": 7.5e-08,
  "cache_read_input_token_cost_batches": 3.75e-08,
  "cache_read_input_token_cost_flex": 3.75e-08,
  "cache_read_input_token_cost_priority": 1.35e-07,
  "input_cost_per_token": 7.5e-07,
  "input_cost_per_token_batches": 3.75e-07,
  "input_cost_per_token_flex": 3.75e-07,
  "input_cost_per_token_priority": 1.35e-06,
  "litellm_provider": "vertex_ai-language-models",
  "max_input_tokens": 1048576,
  "max_output_tokens": 65536,
  "mode": "chat",
  "output_cost_per_token": 3.75e-06,
  "output_cost_per_token_batches": 1.875e-06,
  "output_cost_per_token_flex": 1.875e-06,
  "output_cost_per_token_priority": 6.75e-06
 },
 "gpt-5-pro": {
  "deprecation_date": "2026-12-11",
  "input_cost_per_token": 1.5e-05,
  "input_cost_per_token_batches": 7.5e-06,
  "litellm_provider": "openai",
  "max_input_tokens": 400000,
  "max_output_tokens": 272000,
  "mode": "responses",
  "output_cost_per_token": 0.00012,
  "output_cost_per_token_batches": 6e-05
 },
 "gpt-5.2-pro": {
  "input_cost_per_token": 2.1e-05,
  "input_cost_per_token_batches": 1.05e-05,
  "litellm_provider": "openai",
  "max_input_tokens": 272000,
  "max_output_tokens": 128000,
  "mode": "responses",
  "output_cost_per_token": 0.000168,
  "output_cost_per_token_batches": 8.4e-05
 },
 "gpt-5.4-pro": {
  "input_cost_per_token": 3e-05,
  "input_cost_per_token_above_272k_tokens": 6e-05,
  "input_cost_per_token_flex": 1.5e-05,
  "input_cost_per_token_batches": 1.5e-05,
  "input_cost_per_token_above_272k_tokens_batches": 3e-05,
  "litellm_provider": "openai",
  "max_input_tokens": 1050000,
  "max_output_tokens": 128000,
  "mode": "responses",
  "output_cost_per_token": 0.00018,
  "output_cost_per_token_above_272k_tokens": 0.00027,
  "output_cost_per_token_flex": 9e-05,
  "output_cost_per_token_batches": 9e-05,
  "output_cost_per_token_above_272k_tokens_batches": 0.000135,
  "input_cost_per_token_above_272k_tokens_flex": 3e-05,
  "output_cost_per_token_above_272k_tokens_flex": 0.000135
 },
 "gpt-5.5-pro": {
  "input_cost_per_token": 3e-05,
  "input_cost_per_token_above_272k_tokens": 6e-05,
  "input_cost_per_token_flex": 1.5e-05,
  "input_cost_per_token_batches": 1.5e-05,
  "input_cost_per_token_above_272k_tokens_batches": 3e-05,
  "litellm_provider": "openai",
  "max_input_tokens": 1050000,
  "max_output_tokens": 128000,
  "mode": "responses",
  "output_cost_per_token": 0.00018,
  "output_cost_per_token_above_272k_tokens": 0.00027,
  "output_cost_per_token_flex": 9e-05,
  "output_cost_per_token_batches": 9e-05,
  "output_cost_per_token_above_272k_tokens_batches": 0.000135
 },
 "gpt-6-rosalind": {
  "cache_creation_input_token_cost": 1.875e-05,
  "cache_creation_input_token_cost_above_12hr": 3.75e-05,
  "cache_creation_input_token_cost_above_12hr_above_272k_tokens": 7.5e-05,
  "cache_creation_input_token_cost_above_272k_tokens": 3.75e-05,
  "cache_read_input_token_cost": 1.5e-06,
  "cache_read_input_token_cost_above_272k_tokens": 3e-06,
  "input_cost_per_token": 1.5e-05,
  "input_cost_per_token_above_272k_tokens": 3e-05,
  "litellm_provider": "openai",
  "max_input_tokens": 922000,
  "max_output_tokens": 128000,
  "mode": "chat",
  "output_cost_per_token": 7.5e-05,
  "output_cost_per_token_above_272k_tokens": 0.0001125
 },
 "claude-fable-5": {
  "cache_creation_input_token_cost": 1.25e-05,
  "cache_creation_input_token_cost_above_1hr": 2e-05,
  "cache_creation_input_token_cost_batches": 6.25e-06,
  "cache_read_input_token_cost": 1e-06,
  "cache_read_input_token_cost_batches": 5e-07,
  "input_cost_per_token": 1e-05,
  "input_cost_per_token_batches": 5e-06,
  "litellm_provider": "anthropic",
  "max_input_tokens": 1000000,
  "max_output_tokens": 128000,
  "mode": "chat",
  "output_cost_per_token": 5e-05,
  "output_cost_per_token_batches": 2.5e-05
 },
 "claude-mythos-5": {
  "cache_creation_input_token_cost": 1.25e-05,
  "cache_creation_input_token_cost_above_1hr": 2e-05,
  "cache_creation_input_token_cost_batches": 6.25e-06,
  "cache_read_input_token_cost": 1e-06,
  "cache_read_input_token_cost_batches": 5e-07,
  "input_cost_per_token": 1e-05,
  "input_cost_per_token_batches": 5e-06,
  "litellm_provider": "anthropic",
  "max_input_tokens": 1000000,
  "max_output_tokens": 128000,
  "mode": "chat",
  "output_cost_per_token": 5e-05,
  "output_cost_per_token_batches": 2.5e-05
 },
 "gemini-3.6-flash": {
  "cache_read_input_token_cost": 7.5e-08,
  "cache_read_input_token_cost_batches": 3.75e-08,
  "cache_read_input_token_cost_flex": 3.75e-08,
  "input_cost_per_token": 7.5e-07,
  "input_cost_per_token_batches": 3.75e-07,
  "input_cost_per_token_flex": 3.75e-07,
  "litellm_provider": "vertex_ai-language-models",
  "max_input_tokens": 1048576,
  "max_output_tokens": 65536,
  "mode": "chat",
  "output_cost_per_token": 3.75e-06,
  "output_cost_per_token_batches": 1.875e-06,
  "output_cost_per_token_flex": 1.875e-06,
  "input_cost_per_token_priority": 1.35e-06,
  "output_cost_per_token_priority": 6.75e-06,
  "cache_read_input_token_cost_priority": 1.35e-07,
  "deprecation_date": "2026-11-19"
 },
 "gemini-3.7-flash": {
  "cache_read_input_token_cost": 7.5e-08,
  "cache_read_input_token_cost_batches": 3.75e-08,
  "cache_read_input_token_cost_flex": 3.75e-08,
  "input_cost_per_token": 7.5e-07,
  "input_cost_per_token_batches": 3.75e-07,
  "input_cost_per_token_flex": 3.75e-07,
  "litellm_provider": "vertex_ai-language-models",
  "max_input_tokens": 1048576,
  "max_output_tokens": 65536,
  "mode": "chat",
  "output_cost_per_token": 3.75e-06,
  "output_cost_per_token_batches": 1.875e-06,
  "output_cost_per_token_flex": 1.875e-06,
  "input_cost_per_token_priority": 1.35e-06,
  "output_cost_per_token_priority": 6.75e-06,
  "cache_read_input_token_cost_priority": 1.35e-07,
  "deprecation_date": "2027-01-28"
 },
 "gemini/gemini-4-argon": {
  "cache_read_input_token_cost": 1e-07,
  "cache_read_input_token_cost_batches": 5e-08,
  "cache_read_input_token_cost_flex": 5e-08,
  "cache_read_input_token_cost_priority": 1.8e-07,
  "input_cost_per_token": 2e-06,
  "input_cost_per_token_batches": 1e-06,
  "input_cost_per_token_flex": 1e-06,
  "input_cost_per_token_priority": 3.6e-06,
  "litellm_provider": "gemini",
  "max_input_tokens": 1048576,
  "max_output_tokens": 1048576,
  "mode": "chat",
  "output_cost_per_token": 1e-05,
  "output_cost_per_token_batches": 5e-06,
  "output_cost_per_token_flex": 5e-06,
  "output_cost_per_token_priority": 1.8e-05
 }
}
"""#

  /// The chosen genai-prices models, as in the file (read by the test only).
  static let builtInGenAIExcerpt = #"""
[
 {
  "id": "anthropic",
  "models": [
   {
    "id": "claude-3-5-haiku-latest",
    "match": {
     "or": [
      {
       "starts_with": "claude-3-5-haiku"
      },
      {
       "starts_with": "claude-3.5-haiku"
      }
     ]
    },
    "context_window": 200000,
    "prices": {
     "input_mtok": 0.8,
     "cache_write_mtok": 1,
     "cache_read_mtok": 0.08,
     "output_mtok": 4,
     "cache_write_1h_mtok": 1.6,
     "web_searches_kcount": 10
    }
   },
   {
    "id": "claude-sonnet-4-0",
    "match": {
     "or": [
      {
       "starts_with": "claude-sonnet-4-2025"
      },
      {
       "starts_with": "claude-sonnet-4-0"
      },
      {
       "starts_with": "claude-sonnet-4@"
      },
      {
       "equals": "claude-sonnet-4"
      },
      {
       "starts_with": "claude-4-sonnet"
      }
     ]
    },
    "context_window": 200000,
    "prices": {
     "input_mtok": 3,
     "cache_write_mtok": 3.75,
     "cache_read_mtok": 0.3,
     "output_mtok": 15,
     "cache_write_1h_mtok": 6,
     "web_searches_kcount": 10
    }
   },
   {
    "id": "claude-sonnet-4-5",
    "match": {
     "or": [
      {
       "starts_with": "claude-sonnet-4-5"
      },
      {
       "starts_with": "claude-sonnet-4.5"
      }
     ]
    },
    "context_window": 1000000,
    "prices": {
     "input_mtok": {
      "base": 3,
      "tiers": [
       {
        "start": 200000,
        "price": 6
       }
      ]
     },
     "cache_write_mtok": {
      "base": 3.75,
      "tiers": [
       {
        "start": 200000,
        "price": 7.5
       }
      ]
     },
     "cache_read_mtok": {
      "base": 0.3,
      "tiers": [
       {
        "start": 200000,
        "price": 0.6
       }
      ]
     },
     "output_mtok": {
      "base": 15,
      "tiers": [
       {
        "start": 200000,
        "price": 22.5
       }
      ]
     },
     "cache_write_1h_mtok": {
      "base": 6,
      "tiers": [
       {
        "start": 200000,
        "price": 12
       }
      ]
     },
     "web_searches_kcount": 10
    }
   },
   {
    "id": "claude-sonnet-5",
    "match": {
     "or": [
      {
       "starts_with": "claude-sonnet-5"
      },
      {
       "starts_with": "claude-sonnet-5.0"
      },
      {
       "starts_with": "claude-5-sonnet"
      },
      {
       "starts_with": "claude-5.0-sonnet"
      }
     ]
    },
    "context_window": 1000000,
    "prices": [
     {
      "prices": {
       "input_mtok": 2,
       "cache_write_mtok": 2.5,
       "cache_read_mtok": 0.2,
       "output_mtok": 10,
       "cache_write_1h_mtok": 4,
       "web_searches_kcount": 10
      }
     },
     {
      "constraint": {
       "start_date": "2026-09-01"
      },
      "prices": {
       "input_mtok": 3,
       "cache_write_mtok": 3.75,
       "cache_read_mtok": 0.3,
       "output_mtok": 15,
       "cache_write_1h_mtok": 6,
       "web_searches_kcount": 10
      }
     }
    ]
   },
   {
    "id": "claude-opus-4-0",
    "match": {
     "or": [
      {
       "starts_with": "claude-opus-4-0"
      },
      {
       "starts_with": "claude-4-opus"
      },
      {
       "equals": "claude-opus-4"
      },
      {
       "equals": "claude-opus-4-20250514"
      }
     ]
    },
    "context_window": 200000,
    "prices": {
     "input_mtok": 15,
     "cache_write_mtok": 18.75,
     "cache_read_mtok": 1.5,
     "output_mtok": 75,
     "cache_write_1h_mtok": 30,
     "web_searches_kcount": 10
    }
   },
   {
    "id": "claude-opus-4-1",
    "match": {
     "or": [
      {
       "starts_with": "claude-opus-4-1"
      },
      {
       "starts_with": "claude-opus-4.1"
      }
     ]
    },
    "context_window": 200000,
    "prices": {
     "input_mtok": 15,
     "cache_write_mtok": 18.75,
     "cache_read_mtok": 1.5,
     "output_mtok": 75,
     "cache_write_1h_mtok": 30,
     "web_searches_kcount": 10
    }
   }
  ]
 },
 {
  "id": "openai",
  "models": [
   {
    "id": "gpt-5.3",
    "match": {
     "or": [
      {
       "equals": "gpt-5.3"
      },
      {
       "equals": "gpt-5-3"
      },
      {
       "equals": "gpt-5.3-chat"
      },
      {
       "equals": "gpt-5.3-chat-latest"
      },
      {
       "equals": "gpt-5-3-chat"
      },
      {
       "equals": "gpt-5-3-chat-latest"
      }
     ]
    },
    "context_window": 128000,
    "prices": {
     "input_mtok": 1.75,
     "cache_read_mtok": 0.175,
     "output_mtok": 14
    }
   }
  ]
 },
 {
  "id": "google",
  "models": [
   {
    "id": "gemini-3.6-flash",
    "match": {
     "starts_with": "gemini-3.6-flash"
    },
    "context_window": 1000000,
    "prices": [
     {
      "prices": {
       "input_mtok": 0.75,
       "cache_read_mtok": 0.075,
       "output_mtok": 3.75
      }
     },
     {
      "constraint": {
       "start_date": "2027-01-01"
      },
      "prices": {
       "input_mtok": 1.5,
       "cache_read_mtok": 0.15,
       "output_mtok": 7.5
      }
     }
    ]
   },
   {
    "id": "gemini-3.7-flash",
    "match": {
     "starts_with": "gemini-3.7-flash"
    },
    "context_window": 1000000,
    "prices": [
     {
      "prices": {
       "input_mtok": 0.75,
       "cache_read_mtok": 0.075,
       "output_mtok": 3.75
      }
     },
     {
      "constraint": {
       "start_date": "2027-01-01"
      },
      "prices": {
       "input_mtok": 1.5,
       "cache_read_mtok": 0.15,
       "output_mtok": 7.5
      }
     }
    ]
   }
  ]
 }
]
"""#
}

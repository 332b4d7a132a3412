#!/usr/bin/env python3
"""Builds Sources/TCOData/Catalog/CatalogAPIData.swift, the built-in API model list.

Reads the price files in ../shared/reference/prices/ (LiteLLM's model_prices_and_context_window.json
and genai-prices' v2 data.json) and Fixtures/catalog/hand-kept.json, which names the entry each
built-in model is read from and prices the managed open-weight endpoints the files lack.

The Swift file embeds an excerpt of each price file (the chosen entries, their price keys only,
values unchanged); the catalog imports the excerpts with the same importer as `--prices`, so a
built-in model and the same model imported from the file are priced alike.

For a model read from LiteLLM, genai-prices' entry of the same provider and id supplements it:
its long-context tiers when LiteLLM lists none, and its dated price changes that start after the
catalog date. Both choices are written into the generated file.

Usage: python3 scripts/generate-catalog.py [--prices DIR] [--out FILE]
Python 3 standard library only.
"""

import argparse
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# LiteLLM keys kept in the excerpt: the ones the importer reads (prices, mode, provider, limits, dates).
LITELLM_KEYS = {
    "mode", "litellm_provider", "max_input_tokens", "max_output_tokens", "deprecation_date", "tiered_pricing",
    "off_peak_pricing",
}
LITELLM_PRICE_STEMS = (
    "input_cost_per_token", "output_cost_per_token", "cache_read_input_token_cost", "cache_creation_input_token_cost",
)
GENAI_KEYS = ("id", "match", "context_window", "prices", "deprecated")


def litellm_excerpt(entry):
    out = {}
    for key, value in entry.items():
        if key in LITELLM_KEYS or any(key.startswith(stem) for stem in LITELLM_PRICE_STEMS):
            out[key] = value
    return out


def genai_lists(model):
    prices = model.get("prices")
    return prices if isinstance(prices, list) else [{"prices": prices}]


def has_tiers(prices):
    return any(isinstance(v, dict) and "tiers" in v for v in prices.values())


def swift_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def swift_optional(text):
    return "nil" if text is None else swift_string(text)


def number(x):
    return "nil" if x is None else repr(float(x))


def raw_literal(name, value):
    text = json.dumps(value, indent=1, ensure_ascii=False, sort_keys=False)
    return "  static let %s = #\"\"\"\n%s\n\"\"\"#\n" % (name, text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prices", default=os.path.join(ROOT, "..", "shared", "reference", "prices"))
    parser.add_argument("--hand-kept", default=os.path.join(ROOT, "Fixtures", "catalog", "hand-kept.json"))
    parser.add_argument("--out", default=os.path.join(ROOT, "Sources", "TCOData", "Catalog", "CatalogAPIData.swift"))
    args = parser.parse_args()

    with open(args.hand_kept, encoding="utf-8") as f:
        kept = json.load(f)
    files = kept["files"]
    with open(os.path.join(args.prices, files["litellm"]["file"]), encoding="utf-8") as f:
        litellm = json.load(f)
    with open(os.path.join(args.prices, files["genai"]["file"]), encoding="utf-8") as f:
        genai = json.load(f)
    as_of = kept["catalogAsOf"]

    genai_index = {}
    for provider in genai:
        for model in provider.get("models", []):
            genai_index.setdefault((provider["id"], model["id"]), model)

    lite_out = {}
    genai_out = {}  # provider -> [models]
    specs = []
    problems = []

    def take_genai(key):
        provider, _, model_id = key.partition("/")
        model = genai_index.get((provider, model_id))
        if model is None:
            problems.append("genai-prices has no model %s" % key)
            return None
        kept_models = genai_out.setdefault(provider, [])
        if all(m["id"] != model_id for m in kept_models):
            kept_models.append({k: model[k] for k in GENAI_KEYS if k in model})
        return model

    genai_provider = {"openai": "openai", "anthropic": "anthropic", "google": "google"}
    for m in kept["models"]:
        tiers_from = None
        dates_from = None
        if "litellm" in m:
            entry = litellm.get(m["litellm"])
            if not isinstance(entry, dict):
                problems.append("LiteLLM has no key %s" % m["litellm"])
                continue
            lite_out[m["litellm"]] = litellm_excerpt(entry)
            primary = ("litellm", m["litellm"])
            gp = genai_provider.get(m["provider"])
            short = m["litellm"].split("/")[-1]
            other = genai_index.get((gp, short)) if gp else None
            if other is not None:
                lists = genai_lists(other)
                has_lite_tiers = any("_above_" in k and "_tokens" in k for k in entry) or "tiered_pricing" in entry
                current = lists[0]["prices"]
                for item in lists[1:]:
                    start = item.get("constraint", {}).get("start_date")
                    if start is not None and start <= as_of:
                        current = item["prices"]
                if not has_lite_tiers and isinstance(current, dict) and has_tiers(current):
                    tiers_from = "%s/%s" % (gp, short)
                later = [
                    item for item in lists[1:] if item.get("constraint", {}).get("start_date", "") > as_of
                ]
                if later:
                    dates_from = "%s/%s" % (gp, short)
                if tiers_from or dates_from:
                    take_genai("%s/%s" % (gp, short))
        else:
            if take_genai(m["genai"]) is None:
                continue
            primary = ("genai", m["genai"])
        specs.append((m, primary, tiers_from, dates_from))

    if problems:
        for p in problems:
            print("generate-catalog: " + p, file=sys.stderr)
        return 1

    lite_file = files["litellm"]
    genai_file = files["genai"]
    lines = []
    lines.append("// GENERATED FILE: do not edit. Regenerate with `python3 scripts/generate-catalog.py`.")
    lines.append("// Built from ../shared/reference/prices/%s (LiteLLM %s, %s %s)" % (
        lite_file["file"], lite_file["version"], lite_file["dateMeaning"].split(" (")[0], lite_file["date"]))
    lines.append("// and ../shared/reference/prices/%s (genai-prices %s, %s %s)," % (
        genai_file["file"], genai_file["version"], genai_file["dateMeaning"].split(" (")[0], genai_file["date"]))
    lines.append("// plus Fixtures/catalog/hand-kept.json (managed open-weight endpoints, each with source and date).")
    lines.append("// Tests/TCODataTests/CatalogGenerationTests.swift checks this file is current.")
    lines.append("")
    lines.append("import TCOModel")
    lines.append("")
    lines.append("extension Catalog {")
    lines.append("  /// The files the built-in API models are read from.")
    lines.append("  static let builtInPriceFiles = (")
    lines.append("    litellm: BuiltInPriceFile(")
    lines.append("      name: %s, version: %s, date: %s),"
                 % (swift_string(lite_file["file"]), swift_string(lite_file["version"]), swift_string(lite_file["date"])))
    lines.append("    genai: BuiltInPriceFile(")
    lines.append("      name: %s, version: %s, date: %s))"
                 % (swift_string(genai_file["file"]), swift_string(genai_file["version"]),
                    swift_string(genai_file["date"])))
    lines.append("")
    lines.append("  /// Proprietary models: where each is read from, in catalog order.")
    lines.append("  static let builtInAPISpecs: [BuiltInAPISpec] = [")
    for m, primary, tiers_from, dates_from in specs:
        source = ".litellm(%s)" % swift_string(primary[1]) if primary[0] == "litellm" else \
            ".genai(%s)" % swift_string(primary[1])
        lines.append("    BuiltInAPISpec(")
        lines.append("      id: %s, provider: %s, confidence: %s, from: %s," % (
            swift_string(m["id"]), swift_string(m["provider"]), swift_string(m["confidence"]), source))
        lines.append("      tiersFrom: %s, datesFrom: %s," % (swift_optional(tiers_from), swift_optional(dates_from)))
        lines.append("      note: %s)," % swift_optional(m.get("note")))
    lines.append("  ]")
    lines.append("")
    lines.append("  /// Managed open-weight endpoints, priced by hand (USD per 1M tokens).")
    lines.append("  static let builtInManagedModels: [APIModelEntry] = [")
    for e in kept["managed"]:
        lines.append("    APIModelEntry(")
        lines.append("      id: %s, provider: %s, category: .managedOpenWeights," % (
            swift_string(e["id"]), swift_string(e["provider"])))
        lines.append("      prices: TokenPrices(inputPerMTok: %s, cachedInputPerMTok: %s, outputPerMTok: %s)," % (
            number(e["inputPerMTok"]), number(e.get("cachedInputPerMTok")), number(e["outputPerMTok"])))
        lines.append("      deprecationDate: %s, asOf: %s, confidence: %s," % (
            swift_optional(e.get("deprecationDate")), swift_string(e["asOf"]), swift_string(e["confidence"])))
        source = e["source"]
        if e.get("deprecationSource"):
            source += "; deprecation: " + e["deprecationSource"]
        lines.append("      source: %s," % swift_string(source))
        lines.append("      notes: %s)," % swift_optional(e.get("notes")))
    lines.append("  ]")
    lines.append("")
    genai_array = [{"id": p, "models": ms} for p, ms in genai_out.items()]
    body = "\n".join(lines) + "\n\n"
    body += "  /// The chosen LiteLLM entries, price keys only, values as in the file.\n"
    body += raw_literal("builtInLiteLLMExcerpt", lite_out)
    body += "\n  /// The chosen genai-prices models, as in the file.\n"
    body += raw_literal("builtInGenAIExcerpt", genai_array)
    body += "}\n"
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(body)
    return 0


if __name__ == "__main__":
    sys.exit(main())

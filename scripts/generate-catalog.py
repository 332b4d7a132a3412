#!/usr/bin/env python3
"""Builds Sources/TCOData/Catalog/CatalogAPIData.swift, the built-in API model list.

Reads the price files in ../shared/reference/prices/ (LiteLLM's model_prices_and_context_window.json
and genai-prices' v2 data.json) and Fixtures/catalog/hand-kept.json, which names the entry each
built-in model is read from and prices the managed open-weight endpoints the files lack.

The Swift file holds the built-in models as Swift values (`builtInProprietaryModels`), so the tool
parses nothing at start-up. It also embeds an excerpt of each price file (the chosen entries, their
price keys only, values unchanged) and where each model is read from (`builtInAPISpecs`): a test
imports the excerpts with the same importer as `--prices` and checks that every model it builds
equals the generated value field by field. This script computes the values the way the importer
does (USD per token times 1e6, long-context tiers, batch and service-tier prices, dated changes);
an entry using a feature this script does not reproduce stops the generation.

For a model read from LiteLLM, genai-prices' entry of the same provider and id supplements it:
its long-context tiers when LiteLLM lists none, and its dated price changes that start after the
catalog date. Both choices are written into the generated file.

Usage: python3 scripts/generate-catalog.py [--prices DIR] [--out FILE]
Python 3 standard library only.
"""

import argparse
import json
import math
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

# The price range every input shares (TCOModel `largestMagnitude`).
LARGEST_MAGNITUDE = 1e15
KINDS = ("input", "cachedInput", "cacheWrite", "output")
SWIFT_KIND_LABELS = {
    "input": "inputPerMTok", "cachedInput": "cachedInputPerMTok", "cacheWrite": "cacheWritePerMTok",
    "output": "outputPerMTok",
}


class Unsupported(Exception):
    """An entry the importer would read differently from a plain price list (an issue, a skip)."""


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


# --- The importer's reading, for the features the excerpts use (Sources/TCOData/PriceImport/) ---

def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def per_mtok_ok(x):
    return math.isfinite(x) and 0 <= x <= LARGEST_MAGNITUDE


def token_count(value):
    """PriceImporter.tokenCount: a whole number of tokens >= 0 below 1e15, else None."""
    if not is_number(value):
        return None
    x = float(value)
    if not math.isfinite(x) or x < 0 or x >= 1e15 or x != round(x):
        return None
    return int(x)


def parse_date(text):
    """CalendarDate(parsing:): YYYY-MM-DD or YYYY-MM, strictly; (year, month, day) or None."""
    if not isinstance(text, str) or len(text) not in (7, 10) or text[4] != "-":
        return None
    if len(text) == 10 and text[7] != "-":
        return None
    parts = [text[0:4], text[5:7]] + ([text[8:10]] if len(text) == 10 else [])
    if not all(p.isascii() and p.isdigit() for p in parts):
        return None
    y, m = int(parts[0]), int(parts[1])
    d = int(parts[2]) if len(parts) == 3 else 1
    if not (1 <= y <= 9999 and 1 <= m <= 12):
        return None
    leap = (y % 4 == 0 and y % 100 != 0) or y % 400 == 0
    days = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (y, m, d) if 1 <= d <= days else None


LITELLM_BASE_KEYS = (
    ("input_cost_per_token", "input"), ("output_cost_per_token", "output"),
    ("cache_read_input_token_cost", "cachedInput"), ("cache_creation_input_token_cost", "cacheWrite"),
)
LITELLM_VARIANTS = (("_batches", "batch"), ("_priority", "priority"), ("_flex", "flex"))
LITELLM_KEPT_MODES = ("chat", "completion", "responses")


def litellm_threshold(text):
    """`200k` -> 200000.0, `1m` -> 1000000.0, else None."""
    if not text or text[-1] not in "km":
        return None
    digits = text[:-1]
    if not digits or len(digits) > 6 or not all(c in "0123456789" for c in digits):
        return None
    return float(int(digits)) * (1000.0 if text[-1] == "k" else 1000000.0)


def litellm_key(key):
    """LiteLLMImporter.parseKey: (threshold, variant, kind) of a text-token price key, else None."""
    if not any(key.startswith(base) for base, _ in LITELLM_BASE_KEYS):
        return None
    rest, variant = key, "standard"
    for suffix, v in LITELLM_VARIANTS:
        if rest.endswith(suffix):
            rest, variant = rest[:-len(suffix)], v
            break
    for base, kind in LITELLM_BASE_KEYS:
        if rest == base:
            return (0.0, variant, kind)
    if not rest.endswith("_tokens"):
        return None
    body = rest[:-len("_tokens")]
    for base, kind in LITELLM_BASE_KEYS:
        prefix = base + "_above_"
        if rest.startswith(prefix):
            if len(prefix) > len(body):
                return None
            threshold = litellm_threshold(body[len(prefix):])
            return None if threshold is None else (threshold, variant, kind)
    return None


def overridden(standard, partial):
    return {k: partial[k] if partial.get(k) is not None else standard.get(k) for k in KINDS}


def litellm_band(prices, base):
    """LiteLLMImporter.band: prices[variant][kind] -> band; tiers take the kinds they lack from `base`."""
    s = prices.get("standard", {})
    if base is not None:
        standard = overridden(base, s)
    else:
        if s.get("input") is None or s.get("output") is None:
            return None
        standard = {k: s.get(k) for k in KINDS}
    band = {"standard": standard}
    for v in ("batch", "priority", "flex"):
        if prices.get(v):
            band[v] = {k: prices[v].get(k) for k in KINDS}
    return band


def litellm_price(key, value):
    """A price in USD per 1M tokens, None for null; anything the importer reports as an issue stops."""
    if value is None:
        return None
    if is_number(value) and per_mtok_ok(float(value) * 1e6):
        return float(value) * 1e6
    raise Unsupported("%s: the importer reports %r as an issue" % (key, value))


def litellm_model(key, entry):
    if entry.get("mode") not in LITELLM_KEPT_MODES:
        raise Unsupported("mode %r is skipped by the importer" % entry.get("mode"))
    gathered = {}
    cache_hit = None
    other = {}
    for k, value in entry.items():
        if k in ("tiered_pricing", "litellm_provider", "deprecation_date", "max_input_tokens", "max_output_tokens",
                 "off_peak_pricing"):
            other[k] = value
            continue
        if k == "input_cost_per_token_cache_hit":
            cache_hit = litellm_price(k, value)
            continue
        parsed = litellm_key(k)
        if parsed is None:
            continue
        p = litellm_price(k, value)
        if p is not None:
            threshold, variant, kind = parsed
            gathered.setdefault(threshold, {}).setdefault(variant, {})[kind] = p
    if cache_hit is not None and gathered.get(0.0, {}).get("standard", {}).get("cachedInput") is None:
        gathered.setdefault(0.0, {}).setdefault("standard", {})["cachedInput"] = cache_hit
    if "tiered_pricing" in other:
        items = other["tiered_pricing"]
        if not isinstance(items, list):
            raise Unsupported("tiered_pricing is not an array")
        for item in items:
            rng = item.get("range") if isinstance(item, dict) else None
            if not (isinstance(rng, list) and len(rng) == 2 and is_number(rng[0]) and math.isfinite(rng[0])
                    and rng[0] >= 0):
                raise Unsupported("tiered_pricing range")
            for k, value in item.items():
                parsed = litellm_key(k) if k != "range" else None
                if parsed is None or parsed[0] != 0:
                    continue
                if not (is_number(value) and per_mtok_ok(float(value) * 1e6)):
                    raise Unsupported("tiered_pricing %s" % k)
                gathered.setdefault(float(rng[0]), {}).setdefault(parsed[1], {})[parsed[2]] = float(value) * 1e6
    base = litellm_band(gathered.get(0.0, {}), None)
    if base is None:
        raise Unsupported("no input or output price")
    tiers = []
    for threshold in sorted(t for t in gathered if t > 0):
        tiers.append((threshold, litellm_band(gathered[threshold], base["standard"])))
    if not isinstance(other.get("litellm_provider"), str):
        raise Unsupported("no litellm_provider")
    deprecation = None
    if "deprecation_date" in other:
        deprecation = parse_date(other["deprecation_date"])
        if deprecation is None:
            raise Unsupported("deprecation_date %r" % other["deprecation_date"])
    notes = []
    if "off_peak_pricing" in other:
        notes.append("off_peak_pricing (lower prices in daily time windows) is not applied: list prices are used")
    return {
        "schedule": schedule({"base": base, "tiers": tiers}, [], deprecation, False),
        "contextWindowTokens": token_count(other.get("max_input_tokens")),
        "notes": notes,
    }


GENAI_KINDS = (
    ("input_mtok", "input"), ("cache_read_mtok", "cachedInput"), ("cache_write_mtok", "cacheWrite"),
    ("cache_write_5m_mtok", "cacheWrite"), ("output_mtok", "output"),
)


def genai_tiered(key, value):
    """GenAIPricesImporter.tiered: (base, [(start, price)]) in USD per 1M tokens."""
    if is_number(value) and per_mtok_ok(float(value)):
        return (float(value), [])
    if isinstance(value, dict) and is_number(value.get("base")) and per_mtok_ok(float(value["base"])) \
            and isinstance(value.get("tiers"), list):
        tiers = []
        for item in value["tiers"]:
            start = item.get("start") if isinstance(item, dict) else None
            price = item.get("price") if isinstance(item, dict) else None
            if not (is_number(start) and math.isfinite(start) and start >= 0 and is_number(price)
                    and per_mtok_ok(float(price))):
                raise Unsupported("%s: tiers the importer reports as an issue" % key)
            tiers.append((float(start), float(price)))
        if len({s for s, _ in tiers}) != len(tiers):
            raise Unsupported("%s: two tiers start at one threshold" % key)
        return (float(value["base"]), sorted(tiers))
    raise Unsupported("%s: %r is reported as an issue" % (key, value))


def genai_price_list(value, notes):
    if not isinstance(value, dict):
        raise Unsupported("prices is not an object")
    read = {}
    for key, kind in GENAI_KINDS:
        if value.get(key) is None or kind in read:
            continue
        read[kind] = genai_tiered(key, value[key])
    if "input" not in read or "output" not in read:
        raise Unsupported("no input_mtok or output_mtok")
    if "requests_kcount" in value and not any(n.startswith("requests_kcount") for n in notes):
        notes.append("requests_kcount (a fee per request) is not included: the cost counts tokens only")

    def prices(threshold):
        out = {}
        for kind in KINDS:
            if kind not in read:
                out[kind] = None
                continue
            base, tiers = read[kind]
            price = base
            if threshold is not None:
                for start, p in tiers:
                    if threshold >= start:
                        price = p
            out[kind] = price
        return out

    thresholds = sorted({start for _, tiers in read.values() for start, _ in tiers})
    return {"base": {"standard": prices(None)}, "tiers": [(t, {"standard": prices(t)}) for t in thresholds]}


def genai_model(model):
    notes = []
    prices = model.get("prices")
    changes = []
    if isinstance(prices, dict):
        initial = genai_price_list(prices, notes)
    elif isinstance(prices, list):
        initial = None
        for item in prices:
            if not isinstance(item, dict) or "prices" not in item:
                raise Unsupported("a conditional price without prices")
            lst = genai_price_list(item["prices"], notes)
            constraint = item.get("constraint")
            if constraint is None:
                initial = lst
                continue
            date = parse_date(constraint.get("start_date")) if isinstance(constraint, dict) else None
            if date is None:
                raise Unsupported("constraint %r is not a start_date" % (constraint,))
            changes.append((date, lst))
        if initial is None:
            raise Unsupported("no unconstrained prices")
    else:
        raise Unsupported("no prices")
    deprecated = model.get("deprecated", False)
    if not isinstance(deprecated, bool):
        raise Unsupported("deprecated is not a boolean")
    return {
        "schedule": schedule(initial, changes, None, deprecated),
        "contextWindowTokens": token_count(model.get("context_window")),
        "notes": notes,
    }


def schedule(initial, changes, deprecation, deprecated_without_date):
    """APIPriceSchedule.init: of two changes on one date the later wins; changes sorted by date."""
    kept = []
    for change in changes:
        kept = [c for c in kept if c[0] != change[0]]
        kept.append(change)
    kept.sort(key=lambda c: c[0])
    return {"initial": initial, "changes": kept, "deprecation": deprecation, "deprecatedWithoutDate":
            deprecated_without_date}


def prices_on(sched, date):
    """APIPriceSchedule.prices(on:)."""
    current = sched["initial"]
    for start, lst in sched["changes"]:
        if start <= date:
            current = lst
    return current


# --- Swift text of the values ---

def swift_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def swift_optional(text):
    return "nil" if text is None else swift_string(text)


def number(x):
    return "nil" if x is None else repr(float(x))


def swift_prices(type_name, prices):
    args = ["%s: %s" % (SWIFT_KIND_LABELS[k], number(prices[k])) for k in KINDS if prices.get(k) is not None]
    return "%s(%s)" % (type_name, ", ".join(args))


def swift_band(band, indent):
    pad = " " * indent
    parts = ["standard: " + swift_prices("TokenPrices", band["standard"])]
    for v in ("batch", "priority", "flex"):
        if band.get(v) is not None:
            parts.append("%s: %s" % (v, swift_prices("PartialTokenPrices", band[v])))
    return "PriceBand(\n" + ",\n".join(pad + "  " + p for p in parts) + ")"


def swift_price_list(lst, indent):
    pad = " " * indent
    text = "PriceList(\n%s  base: %s" % (pad, swift_band(lst["base"], indent + 2))
    if lst["tiers"]:
        text += ",\n%s  longContextTiers: [\n" % pad
        for threshold, band in lst["tiers"]:
            text += "%s    LongContextTier(\n%s      aboveInputTokens: %s,\n%s      prices: %s),\n" % (
                pad, pad, number(threshold), pad, swift_band(band, indent + 6))
        text += "%s  ]" % pad
    return text + ")"


def swift_date(date):
    return '"%04d-%02d-%02d"' % date


def swift_entry(entry):
    s = entry["schedule"]
    lines = ["    APIModelEntry("]
    lines.append("      id: %s, provider: %s, category: .proprietary," % (
        swift_string(entry["id"]), swift_string(entry["provider"])))
    sched = "      schedule: APIPriceSchedule(\n        initial: " + swift_price_list(s["initial"], 8)
    if s["changes"]:
        sched += ",\n        changes: dated([\n"
        for start, lst in s["changes"]:
            sched += "          (%s, %s),\n" % (swift_date(start), swift_price_list(lst, 10))
        sched += "        ])"
    if s["deprecation"] is not None:
        sched += ",\n        deprecationDate: CalendarDate(parsing: %s)" % swift_date(s["deprecation"])
    if s["deprecatedWithoutDate"]:
        sched += ",\n        deprecatedWithoutDate: true"
    lines.append(sched + "),")
    context = entry["contextWindowTokens"]
    lines.append("      contextWindowTokens: %s, asOf: %s, confidence: %s," % (
        "nil" if context is None else str(context), swift_string(entry["asOf"]), swift_string(entry["confidence"])))
    lines.append("      source: %s," % swift_string(entry["source"]))
    lines.append("      notes: %s)," % swift_optional(entry["notes"]))
    return lines


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
    catalog_date = parse_date(as_of)

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

    # The values the catalog's import of the excerpts gives (Catalog.importBuiltInAPIModels()).
    entries = []
    for m, primary, tiers_from, dates_from in specs:
        try:
            if primary[0] == "litellm":
                model = litellm_model(primary[1], lite_out[primary[1]])
                file = lite_file
                sources = ["LiteLLM %s %s key '%s'" % (file["version"], file["file"], primary[1])]
            else:
                provider, _, model_id = primary[1].partition("/")
                model = genai_model(genai_index[(provider, model_id)])
                file = genai_file
                sources = ["genai-prices %s %s model '%s'" % (file["version"], file["file"], primary[1])]
            sched = model["schedule"]
            notes = list(model["notes"])
            if tiers_from is not None:
                provider, _, model_id = tiers_from.partition("/")
                other = genai_model(genai_index[(provider, model_id)])
                tiers = prices_on(other["schedule"], catalog_date)["tiers"]
                sched["initial"] = dict(sched["initial"], tiers=tiers)
                sched["changes"] = [(start, dict(lst, tiers=tiers)) for start, lst in sched["changes"]]
                sources.append("long-context tiers from genai-prices %s model '%s'" % (genai_file["version"],
                                                                                      tiers_from))
                notes.append("long-context tiers have no batch price in the source: batch traffic above the "
                             "threshold pays the tier's standard price")
            if dates_from is not None:
                provider, _, model_id = dates_from.partition("/")
                other = genai_model(genai_index[(provider, model_id)])
                later = [c for c in other["schedule"]["changes"] if c[0] > catalog_date]
                sched = schedule(sched["initial"], sched["changes"] + later, sched["deprecation"],
                                 sched["deprecatedWithoutDate"])
                sources.append("dated prices from genai-prices %s model '%s'" % (genai_file["version"], dates_from))
                notes.append("the dated prices list no batch price: batch traffic pays standard prices from the "
                             "change on")
        except Unsupported as e:
            problems.append("%s: %s" % (m["id"], e))
            continue
        if m.get("note"):
            notes.append(m["note"])
        entries.append({
            "id": m["id"], "provider": m["provider"], "schedule": sched,
            "contextWindowTokens": model["contextWindowTokens"], "asOf": file["date"],
            "confidence": m["confidence"], "source": "; ".join(sources),
            "notes": "; ".join(notes) if notes else None,
        })

    if problems:
        for p in problems:
            print("generate-catalog: " + p, file=sys.stderr)
        return 1

    lines = []
    lines.append("// GENERATED FILE: do not edit. Regenerate with `python3 scripts/generate-catalog.py`.")
    lines.append("// Built from ../shared/reference/prices/%s (LiteLLM %s, %s %s)" % (
        lite_file["file"], lite_file["version"], lite_file["dateMeaning"].split(" (")[0], lite_file["date"]))
    lines.append("// and ../shared/reference/prices/%s (genai-prices %s, %s %s)," % (
        genai_file["file"], genai_file["version"], genai_file["dateMeaning"].split(" (")[0], genai_file["date"]))
    lines.append("// plus Fixtures/catalog/hand-kept.json (managed open-weight endpoints, each with source and date).")
    lines.append("// Tests/TCODataTests/CatalogGenerationTests.swift checks this file is current, and that importing")
    lines.append("// the excerpts below gives `builtInProprietaryModels` exactly.")
    lines.append("// swift-format-ignore-file")
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
    lines.append("  /// Proprietary models as the import of the excerpts below gives them (USD per 1M tokens), in")
    lines.append("  /// catalog order: values, so nothing is parsed at start-up.")
    lines.append("  static let builtInProprietaryModels: [APIModelEntry] = [")
    for entry in entries:
        lines.extend(swift_entry(entry))
    lines.append("  ]")
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
    body += "  /// The chosen LiteLLM entries, price keys only, values as in the file (read by the test only).\n"
    body += raw_literal("builtInLiteLLMExcerpt", lite_out)
    body += "\n  /// The chosen genai-prices models, as in the file (read by the test only).\n"
    body += raw_literal("builtInGenAIExcerpt", genai_array)
    body += "}\n"
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(body)
    return 0


if __name__ == "__main__":
    sys.exit(main())

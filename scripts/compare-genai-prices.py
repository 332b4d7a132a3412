#!/usr/bin/env python3
"""Cost of a set of API workloads by pydantic genai-prices' own Python library.

Run by hand, outside the test suite, to check llm-tco's API cost against genai-prices:

    python3 -m venv /tmp/gp && /tmp/gp/bin/pip install genai-prices
    /tmp/gp/bin/python scripts/compare-genai-prices.py [path/to/genai-prices-v2-data.json]

Prints one CSV line per workload: id, model, provider, data, description, USD. "data" says which
prices were used: "file" is the v2 data.json given (default: ../shared/reference/prices/),
loaded into the library in place of its bundled snapshot; "bundled" is the library's own
snapshot (newer than the file: it has batch prices and gemini-3.8-flash). Workloads are
per day (or per 36-month horizon, with DAYS_PER_MONTH = 365/12 days a month) and mirror
those computed by llm-tco for the comparison table in the pull request note.
"""

import csv
import json
import os
import sys
from datetime import date, datetime, timezone
from decimal import Decimal

from genai_prices import Usage, calc_price, data_snapshot, types

DAYS_PER_MONTH = Decimal(365) / Decimal(12)
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_FILE = os.path.join(HERE, '..', '..', 'shared', 'reference', 'prices', 'genai-prices-v2-data.json')
CATALOG_DAY = datetime(2026, 11, 21, 12, 0, tzinfo=timezone.utc)


def use_file(path):
    with open(path) as f:
        raw = json.load(f)
    providers = types._providers_from_raw(raw)  # the library's own loader for data.json
    data_snapshot.set_custom_snapshot(data_snapshot.DataSnapshot(providers=providers, from_auto_update=False))


def use_bundled():
    data_snapshot.set_custom_snapshot(None)


def request_cost(model, provider, inp, out, cached=0, write=0, when=CATALOG_DAY, context=None):
    usage = Usage(input_tokens=inp, cache_read_tokens=cached, cache_write_tokens=write, output_tokens=out)
    return calc_price(usage, model, provider_id=provider, genai_request_timestamp=when, price_context=context).total_price


def daily(model, provider, requests, inp, out, cached_share=0, write_share=0, batch_share=0, when=CATALOG_DAY):
    """USD per day of `requests` requests of `inp` input and `out` output tokens."""
    cached = int(round(inp * cached_share))
    write = int(round(inp * write_share))
    interactive = request_cost(model, provider, inp, out, cached, write, when)
    total = interactive
    if batch_share:
        batched = request_cost(model, provider, inp, out, cached, write, when, {'processing': 'batch'})
        b = Decimal(str(batch_share))
        total = (1 - b) * interactive + b * batched
    return total * requests


def horizon(model, provider, start_year, start_month, months, requests, inp, out, cached_share=0):
    """USD over `months` months: each month DAYS_PER_MONTH times the mean daily cost of its days."""
    total = Decimal(0)
    y, m = start_year, start_month
    for _ in range(months):
        days = (date(y + (m == 12), m % 12 + 1, 1) - date(y, m, 1)).days
        month_sum = sum(
            daily(model, provider, requests, inp, out, cached_share, when=datetime(y, m, d + 1, 12, tzinfo=timezone.utc))
            for d in range(days))
        total += DAYS_PER_MONTH * month_sum / days
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return total


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_FILE
    rows = []
    use_file(path)
    rows += [
        ('w1', 'gpt-5.4', 'openai', 'file', '1,000 req/day of 300k in + 2k out (tier above 272k)',
         daily('gpt-5.4', 'openai', 1000, 300_000, 2_000)),
        ('w2', 'gemini-2.5-pro', 'google', 'file', '500 req/day of 300k in (20% cached) + 4k out (tier above 200k)',
         daily('gemini-2.5-pro', 'google', 500, 300_000, 4_000, cached_share=0.2)),
        ('w3', 'claude-opus-4-6', 'anthropic', 'file',
         '2026-02-01: 200 req/day of 250k in (30% cached, 10% cache write) + 3k out (tier above 200k)',
         daily('claude-opus-4-6', 'anthropic', 200, 250_000, 3_000, 0.3, 0.1,
               when=datetime(2026, 2, 1, 12, tzinfo=timezone.utc))),
        ('w4', 'gemini-3.7-flash', 'google', 'file',
         '36 months from 2026-12: 10M in (30% cached) + 2M out per day; price doubles 2027-01-01',
         horizon('gemini-3.7-flash', 'google', 2026, 12, 36, 1, 10_000_000, 2_000_000, 0.3)),
        ('w7', 'claude-fable-5', 'anthropic', 'file', '5M in (40% cached) + 500k out per day',
         daily('claude-fable-5', 'anthropic', 1, 5_000_000, 500_000, 0.4)),
        ('w8', 'o3', 'openai', 'file', '2M in + 200k out per day (price of 2025-06-10 on)',
         daily('o3', 'openai', 1, 2_000_000, 200_000)),
        ('w9', 'deepseek-chat', 'deepseek', 'file', '10M in (50% cached) + 1M out per day, at 12:00 UTC',
         daily('deepseek-chat', 'deepseek', 1, 10_000_000, 1_000_000, 0.5)),
        ('w9b', 'deepseek-chat', 'deepseek', 'file', 'same, at 20:00 UTC (off-peak window)',
         daily('deepseek-chat', 'deepseek', 1, 10_000_000, 1_000_000, 0.5,
               when=datetime(2026, 11, 21, 20, tzinfo=timezone.utc))),
        ('w10', 'llama3.1-8b', 'cerebras', 'file', '50M in + 50M out per day',
         daily('llama3.1-8b', 'cerebras', 1, 50_000_000, 50_000_000)),
        ('w11', 'command-r', 'cohere', 'file', '20M in + 2M out per day',
         daily('command-r', 'cohere', 1, 20_000_000, 2_000_000)),
    ]
    use_bundled()
    rows += [
        ('w5', 'gpt-4o', 'openai', 'bundled', '10M in (50% cached) + 1M out per day, 40% batch',
         daily('gpt-4o', 'openai', 1, 10_000_000, 1_000_000, 0.5, batch_share=0.4)),
        ('w6', 'claude-fable-5', 'anthropic', 'bundled', '5M in (40% cached) + 500k out per day, 60% batch',
         daily('claude-fable-5', 'anthropic', 1, 5_000_000, 500_000, 0.4, batch_share=0.6)),
        ('w12', 'gemini-3.8-flash', 'google', 'bundled',
         '36 months from 2026-12: 10M in (30% cached) + 2M out per day; price doubles 2027-01-01',
         horizon('gemini-3.8-flash', 'google', 2026, 12, 36, 1, 10_000_000, 2_000_000, 0.3)),
    ]
    out = csv.writer(sys.stdout)
    out.writerow(['id', 'model', 'provider', 'data', 'workload', 'genai_prices_usd'])
    for row in rows:
        out.writerow(list(row[:5]) + [f'{row[5]:.6f}'])


if __name__ == '__main__':
    main()

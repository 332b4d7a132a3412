#!/usr/bin/env python3
"""Writes the synthetic usage-export fixtures of this folder (stdlib only, deterministic).

Run from anywhere: python3 Fixtures/usage/make-fixtures.py. The files are SYNTHETIC: invented
traffic in the documented shapes of the providers' usage APIs, made so that the figures a reader
derives can be computed by hand from the rules below (see Tests/TCOModelTests/UsageReaderTests.swift).

openai-hourly-page1.json, openai-hourly-page2.json
  OpenAI GET /v1/organization/usage/completions?bucket_width=1h&group_by=model,batch, split in two
  pages (has_more/next_page). Buckets from 2025-03-02T12:00Z to 2025-03-17T06:00Z (exclusive):
  a half day (12 h), 14 whole days 2025-03-03..2025-03-16, then 6 hours of 2025-03-17.
  Day index d = days since 2025-03-03 (d = -1 for 2025-03-02, 14 for 2025-03-17).
  Requests in hour h of day d: N = 100000 * w(h) * 1.01**d, with w(h) = 3 for UTC hours 8-17
  (10 business hours) and 1 for the other 14 hours (sum of w = 44).
  Three results per bucket: gpt-4.1-mini non-batch 80 %, gpt-4.1-mini batch 10 %, gpt-4.1
  non-batch 10 % of N, each rounded to whole requests; every request has 2000 input tokens
  (500 of them cached) and 500 output tokens.

anthropic-hourly.json
  Anthropic GET /v1/organizations/usage_report/messages?bucket_width=1h&group_by[]=model&group_by[]=service_tier.
  Buckets from 2025-06-01T18:00Z to 2025-06-16T02:00Z (exclusive), with the 03:00 bucket of
  2025-06-09 missing: whole days 2025-06-02..2025-06-15 except 2025-06-09 (13 days).
  Day index d = days since 2025-06-02. Weight w(h) = 4 for UTC hours 13-21 (9 hours), else 1
  (sum 51). Per unit of w * 1.005**d: 600000 uncached input, 300000 cache reads, 80000 5-minute
  and 20000 1-hour cache writes (so 1000000 input in all), 250000 output tokens. Three results:
  claude-sonnet-4-5 standard 75 %, claude-sonnet-4-5 batch 10 %, claude-haiku-4-5 standard 15 %,
  each field rounded to whole tokens.

openai-daily.json
  OpenAI bucket_width=1d, not grouped: 7 days 2025-04-07..2025-04-13, each 10000000 input
  (2000000 cached), 3000000 output tokens, 5000 requests.

bad-not-usage.json    an OpenAI model list, not a usage page.
bad-costs-page.json   an OpenAI costs page (organization.costs.result), not completions usage.
bad-mixed-widths.json a page with a 1-hour and a 1-day bucket.
bad-zero-traffic.json three daily buckets with no results.

Optional members that would be null or 0 here (project_id, user_id, api_key_id, audio tokens;
workspace_id, api_key_id, context_window, server_tool_use) are left out to keep the files small.
"""
import calendar
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def unix(y, mo, d, h=0):
    return calendar.timegm((y, mo, d, h, 0, 0, 0, 0, 0))


def rfc3339(t):
    import time
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


def write(name, value):
    # Compact, as the APIs send it, with one bucket per line so diffs stay readable.
    text = json.dumps(value, separators=(",", ":"))
    text = text.replace(',{"object":"bucket"', ',\n{"object":"bucket"').replace(',{"starting_at"', ',\n{"starting_at"')
    with open(os.path.join(HERE, name), "w") as f:
        f.write(text + "\n")


def openai_result(model, batch, requests, input_tokens, cached, output):
    return {
        "object": "organization.usage.completions.result",
        "input_tokens": input_tokens,
        "output_tokens": output,
        "input_cached_tokens": cached,
        "num_model_requests": requests,
        "model": model,
        "batch": batch,
    }


def openai_hourly():
    day0 = unix(2025, 3, 3)
    start, end = unix(2025, 3, 2, 12), unix(2025, 3, 17, 6)
    buckets = []
    for t in range(start, end, 3600):
        d = (t - day0) // 86400
        h = (t % 86400) // 3600
        n = 100000 * (3 if 8 <= h <= 17 else 1) * 1.01 ** d
        results = []
        for model, batch, share in (("gpt-4.1-mini", False, 0.8), ("gpt-4.1-mini", True, 0.1), ("gpt-4.1", False, 0.1)):
            r = round(n * share)
            results.append(openai_result(model, batch, r, 2000 * r, 500 * r, 500 * r))
        buckets.append({"object": "bucket", "start_time": t, "end_time": t + 3600, "results": results})
    write("openai-hourly-page1.json", {"object": "page", "data": buckets[:200], "has_more": True, "next_page": "page_AAAAAGfFxAA="})
    write("openai-hourly-page2.json", {"object": "page", "data": buckets[200:], "has_more": False, "next_page": None})


def anthropic_hourly():
    day0 = unix(2025, 6, 2)
    start, end = unix(2025, 6, 1, 18), unix(2025, 6, 16, 2)
    missing = unix(2025, 6, 9, 3)
    unit = {"uncached": 600000, "read": 300000, "w5m": 80000, "w1h": 20000, "output": 250000}
    buckets = []
    for t in range(start, end, 3600):
        if t == missing:
            continue
        d = (t - day0) // 86400
        h = (t % 86400) // 3600
        f = (4 if 13 <= h <= 21 else 1) * 1.005 ** d
        results = []
        for model, tier, share in (
            ("claude-sonnet-4-5", "standard", 0.75),
            ("claude-sonnet-4-5", "batch", 0.10),
            ("claude-haiku-4-5", "standard", 0.15),
        ):
            x = {k: round(v * f * share) for k, v in unit.items()}
            results.append({
                "uncached_input_tokens": x["uncached"],
                "cache_creation": {"ephemeral_1h_input_tokens": x["w1h"], "ephemeral_5m_input_tokens": x["w5m"]},
                "cache_read_input_tokens": x["read"],
                "output_tokens": x["output"],
                "model": model,
                "service_tier": tier,
            })
        buckets.append({"starting_at": rfc3339(t), "ending_at": rfc3339(t + 3600), "results": results})
    write("anthropic-hourly.json", {"data": buckets, "has_more": False, "next_page": None})


def openai_daily():
    buckets = []
    for k in range(7):
        t = unix(2025, 4, 7) + 86400 * k
        buckets.append({"object": "bucket", "start_time": t, "end_time": t + 86400,
                        "results": [openai_result(None, None, 5000, 10000000, 2000000, 3000000)]})
    write("openai-daily.json", {"object": "page", "data": buckets, "has_more": False, "next_page": None})


def bad_pages():
    write("bad-not-usage.json", {"object": "list", "data": [{"id": "gpt-4.1", "object": "model", "created": 1744316542, "owned_by": "system"}]})
    t = unix(2025, 4, 7)
    write("bad-costs-page.json", {"object": "page", "data": [{"object": "bucket", "start_time": t, "end_time": t + 86400, "results": [
        {"object": "organization.costs.result", "amount": {"value": 0.06, "currency": "usd"}, "line_item": None, "project_id": None}]}],
        "has_more": False, "next_page": None})
    write("bad-mixed-widths.json", {"object": "page", "data": [
        {"object": "bucket", "start_time": t, "end_time": t + 3600, "results": [openai_result(None, None, 1, 100, 0, 10)]},
        {"object": "bucket", "start_time": t + 86400, "end_time": t + 2 * 86400, "results": [openai_result(None, None, 1, 100, 0, 10)]}],
        "has_more": False, "next_page": None})
    write("bad-zero-traffic.json", {"object": "page", "data": [
        {"object": "bucket", "start_time": t + 86400 * k, "end_time": t + 86400 * (k + 1), "results": []} for k in range(3)],
        "has_more": False, "next_page": None})


openai_hourly()
anthropic_hourly()
openai_daily()
bad_pages()

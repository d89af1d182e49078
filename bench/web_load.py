#!/usr/bin/env python3
"""A bounded load test of `factcheck serve` on loopback.

Starts the server itself (`python -m factcheck.web`, a separate process, so the
client and the server do not share one interpreter), sends a fixed number of
requests with a fixed number in flight, stops the server, and reports throughput,
latency percentiles, and every response that was not a 200.

    python bench/web_load.py                       # 2,000 checks of a story, 16 at a time
    python bench/web_load.py --requests 500 --concurrency 4 --endpoint extract
    python bench/web_load.py --json bench/results/web_load.json

Exit code 0 when every request got a 200, 1 otherwise. Needs the web extra and httpx.
"""
from __future__ import annotations

import argparse
import asyncio
import collections
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
# A story of ordinary length (~2,400 characters, 20-odd figures) with one slip in it,
# kept here so the figures stay comparable while corpus/ changes.
DEFAULT_STORY = """---
title: Pakistan, Iran sign trade accords, pledge to widen border commerce
date: 2025-11-25
country: PK
---
ISLAMABAD: Pakistan and Iran on Tuesday signed six memoranda of understanding on customs, border
markets, banking channels and product standards, with the visiting Iranian president telling a joint
news conference that both governments were committed to raising bilateral trade to Rs10bn within the
next few years.

Officials at the commerce ministry said two-way trade stood at about $3.1bn in the fiscal year that
ended on June 30, much of it Iranian exports of petrochemicals, fruit and liquefied petroleum gas,
while Pakistan sells rice, meat and textiles. Informal trade across the roughly 900km border, which
officials do not count, is believed to be several times larger.

Under one of the agreements, four new border markets will open in Balochistan by mid-2026. The
federal government has set aside Rs4.5bn ($16m) for roads, scanners and warehousing at the sites,
a commerce ministry official said.

"Our neighbours should not have to trade through Dubai," the Iranian guest said at the Prime
Minister's Office, where the two delegations met for just over three hours. He said a barter
mechanism agreed in 2023 had so far handled fewer than 40 shipments.

Pakistani officials were more cautious. One senior official said sanctions still made letters of
credit almost impossible to open, and that any move to settle payments in rupees and rials would
have to be cleared by the State Bank of Pakistan.

Business leaders in Quetta welcomed the accords. The Quetta Chamber of Commerce and Industry said
traders had lost 18 working days at the Taftan crossing since July because of closures, and that
exports through the crossing fell 12pc to $410m in the last fiscal year from $466m a year earlier.

The two sides agreed to meet again in Tehran in the first quarter of 2026.
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(port: int, workers: int) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    cmd = [sys.executable, "-m", "factcheck.web", "--host", "127.0.0.1", "--port", str(port),
           "--log-level", "warning", "--workers", str(workers)]
    return subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def wait_ready(base: str, server: subprocess.Popen, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited early:\n{server.stderr.read()}")
        try:
            if httpx.get(base + "/api/health", timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"the server did not answer within {timeout:g} s")


def percentile(sorted_values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of an already sorted list."""
    if not sorted_values:
        return float("nan")
    rank = max(1, min(len(sorted_values), round(q / 100 * len(sorted_values) + 0.5)))
    return sorted_values[rank - 1]


async def run_load(base: str, path: str, payload: bytes, total: int, concurrency: int,
                   timeout: float) -> tuple[list[float], collections.Counter, list[float], float]:
    latencies: list[float] = []
    server_ms: list[float] = []
    outcomes: collections.Counter = collections.Counter()
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(total):
        queue.put_nowait(i)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    headers = {"content-type": "application/json"}
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=timeout) as client:
        async def worker() -> None:
            while True:
                try:
                    queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                started = time.perf_counter()
                try:
                    if path == "/api/health":
                        r = await client.get(path)
                    else:
                        r = await client.post(path, content=payload, headers=headers)
                    outcomes[str(r.status_code)] += 1
                    if r.status_code == 200 and "elapsed_ms" in r.json():
                        server_ms.append(r.json().get("elapsed_ms", float("nan")))
                except httpx.HTTPError as e:
                    outcomes[type(e).__name__] += 1
                latencies.append(time.perf_counter() - started)

        wall = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        wall = time.perf_counter() - wall
    return latencies, outcomes, server_ms, wall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--endpoint", choices=["check", "extract", "health"], default="check")
    parser.add_argument("--story", type=Path, help="a story file to send (default: a built-in one)")
    parser.add_argument("--workers", type=int, default=0, help="server check threads (default: CPUs)")
    parser.add_argument("--warmup", type=int, default=20, help="requests sent first and not counted")
    parser.add_argument("--timeout", type=float, default=30.0, help="client timeout per request, seconds")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    if args.requests < 1 or args.concurrency < 1:
        parser.error("--requests and --concurrency must be at least 1")

    story = args.story.read_text(encoding="utf-8") if args.story else DEFAULT_STORY
    payload = json.dumps({"text": story}).encode()
    path = f"/api/{args.endpoint}"
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(port, args.workers)
    try:
        wait_ready(base, server)
        asyncio.run(run_load(base, path, payload, args.warmup, min(args.concurrency, args.warmup), args.timeout))
        latencies, outcomes, server_ms, wall = asyncio.run(
            run_load(base, path, payload, args.requests, args.concurrency, args.timeout))
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()

    latencies.sort()
    ok = outcomes.get("200", 0)
    errors = args.requests - ok
    ms = lambda s: round(s * 1000, 1)  # noqa: E731
    report = {
        "endpoint": path, "story": str(args.story) if args.story else "built-in",
        "story_chars": len(story), "requests": args.requests, "concurrency": args.concurrency,
        "wall_s": round(wall, 2), "throughput_rps": round(args.requests / wall, 1),
        "latency_ms": {"p50": ms(percentile(latencies, 50)), "p90": ms(percentile(latencies, 90)),
                       "p99": ms(percentile(latencies, 99)), "max": ms(latencies[-1]),
                       "mean": ms(statistics.fmean(latencies))},
        "server_elapsed_ms_median": round(statistics.median(server_ms), 1) if server_ms else None,
        "errors": errors, "outcomes": dict(outcomes),
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
    }
    lat = report["latency_ms"]
    print(f"{path}  {args.requests} requests, {args.concurrency} in flight, story {len(story):,} chars")
    print(f"  throughput  {report['throughput_rps']:.1f} req/s  (wall {report['wall_s']:.2f} s)")
    print(f"  latency     p50 {lat['p50']} ms   p90 {lat['p90']} ms   p99 {lat['p99']} ms   max {lat['max']} ms")
    print(f"  server time median {report['server_elapsed_ms_median']} ms per request")
    print(f"  errors      {errors}  {dict(outcomes)}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0 if errors == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""A bounded load test of `dpia serve` on loopback only.

Starts `dpia serve` (release build by default) on a free port of 127.0.0.1 over a temporary folder
holding a copy of a bundled case, takes the cookie from the first visit, then keeps N connections
(default 50) busy with GET requests for one question page for D seconds (default 10), each
connection sending its next request when the last answer is read (HTTP/1.1 keep-alive). Prints
requests per second and the p50, p99 and maximum latency. Never connects anywhere but 127.0.0.1.

    python3 bench/load_serve.py [--bin .build/release/dpia] [--connections 50] [--seconds 10]
"""

import argparse
import asyncio
import re
import shutil
import statistics
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASE = ROOT / "questionnaires" / "cases" / "se-lawful-mugshot-comparison.yaml"
QUESTION = "biometrics.human_verification"


async def worker(port, request, deadline, latencies, errors):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while time.monotonic() < deadline:
            start = time.perf_counter()
            writer.write(request)
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            status = head.split(b" ", 2)[1]
            length = int(re.search(rb"(?i)content-length: *(\d+)", head).group(1))
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - start)
            if status != b"200":
                errors.append(status)
    finally:
        writer.close()


async def load(port, cookie, connections, seconds):
    request = (
        f"GET /a/case.yaml/q/{QUESTION} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nCookie: {cookie}\r\n\r\n"
    ).encode()
    latencies, errors = [], []
    started = time.monotonic()
    deadline = started + seconds
    await asyncio.wait_for(
        asyncio.gather(*(worker(port, request, deadline, latencies, errors) for _ in range(connections))),
        timeout=seconds + 30,
    )
    return latencies, errors, time.monotonic() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", default=str(ROOT / ".build" / "release" / "dpia"))
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=10)
    arguments = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="dpia-load-"))
    shutil.copy(CASE, folder / "case.yaml")
    server = subprocess.Popen([arguments.bin, "serve", str(folder), "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        url = server.stdout.readline().strip()
        match = re.fullmatch(r"http://127\.0\.0\.1:(\d+)/\?token=([A-Za-z0-9_-]+)", url)
        assert match, f"no loopback URL printed: {url!r}"
        port = int(match.group(1))
        with urllib.request.urlopen(url, timeout=10) as first:
            cookie = first.headers["Set-Cookie"].split(";")[0]
        latencies, errors, elapsed = asyncio.run(load(port, cookie, arguments.connections, arguments.seconds))
        latencies.sort()
        quantile = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000
        print(f"{arguments.connections} connections, {elapsed:.1f} s, {len(latencies)} requests, {len(errors)} not 200")
        print(f"requests/s {len(latencies) / elapsed:.0f}; p50 {quantile(0.50):.1f} ms; p99 {quantile(0.99):.1f} ms; "
              f"max {latencies[-1] * 1000:.1f} ms; mean {statistics.mean(latencies) * 1000:.1f} ms")
        if errors:
            raise SystemExit(1)
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()

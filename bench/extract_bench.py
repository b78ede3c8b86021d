"""Extractor throughput vs bare spaCy on the same texts, and peak RSS over a stream of documents.

Usage: .venv/bin/python bench/extract_bench.py [--docs 5000] [--speed-docs 200]
Texts: the bundled seed article (tests/fixtures/seed) plus ../shared/corpus/dev when present,
varied into a stream by rotating and recombining paragraphs. The last line prints the ratio.

Two baselines run side by side: stock spaCy (the issue's "bare spaCy"), and spaCy with our exact
stand-ins for its attribute ruler and lemmatizer (`extract/attributes.py`). The first ratio is what a
user gains or loses against spaCy alone; the second isolates the cost of our own rule components.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import time
from collections.abc import Iterator
from pathlib import Path

import psutil

from rivalgraph.extract import ExtractOptions, Extractor
from rivalgraph.extract.attributes import install_fast_attributes
from rivalgraph.extract.extractor import load_model
from rivalgraph.model import Document

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "tests" / "fixtures" / "seed"
DEV = REPO.parent / "shared" / "corpus" / "dev"


def base_texts() -> list[str]:
    files = sorted(SEED.glob("*.txt")) + (sorted(DEV.glob("*.txt")) if DEV.is_dir() else [])
    return [f.read_text(encoding="utf-8") for f in files]


def stream(texts: list[str], n: int) -> Iterator[str]:
    """n distinct documents: each a real text with its paragraphs rotated and one borrowed."""
    paragraphs = [[p for p in t.split("\n\n") if p.strip()] for t in texts]
    for i in range(n):
        paras = paragraphs[i % len(paragraphs)]
        k = (i // len(paragraphs)) % max(1, len(paras))
        other = paragraphs[(i * 7 + 3) % len(paragraphs)]
        extra = other[(i // 3) % len(other)]
        yield "\n\n".join(paras[k:] + paras[:k] + [extra]) + "\n"


def as_doc(text: str) -> Document:
    return Document(doc_id=hashlib.sha256(text.encode()).hexdigest(), text=text, published="2024-07-04")


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=5000, help="documents in the memory stream")
    ap.add_argument("--speed-docs", type=int, default=200, help="documents timed for throughput")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--rounds", type=int, default=3, help="interleaved timing rounds (best of each)")
    args = ap.parse_args()

    texts = base_texts()
    sample = list(stream(texts, args.speed_docs))
    bare = load_model()
    fast = load_model()
    install_fast_attributes(fast)
    extractor = Extractor.load(options=ExtractOptions(batch_size=args.batch_size))
    n_words = words(sample)

    # warm both pipelines once so model loading and first-call costs are not timed
    list(bare.pipe(sample[:8]))
    list(fast.pipe(sample[:8]))
    list(extractor.pipe([as_doc(t) for t in sample[:8]]))

    # Interleaved rounds, best of each: the machine is shared, so single timings are noisy.
    bare_s = fast_s = ours_s = float("inf")
    for _round in range(args.rounds):
        t0 = time.perf_counter()
        for _ in bare.pipe(sample, batch_size=args.batch_size):
            pass
        bare_s = min(bare_s, time.perf_counter() - t0)
        t0 = time.perf_counter()
        for _ in fast.pipe(sample, batch_size=args.batch_size):
            pass
        fast_s = min(fast_s, time.perf_counter() - t0)
        t0 = time.perf_counter()
        for _ in extractor.pipe(as_doc(t) for t in sample):
            pass
        ours_s = min(ours_s, time.perf_counter() - t0)
    bare_wps, fast_wps, ours_wps = n_words / bare_s, n_words / fast_s, n_words / ours_s
    print(f"bare spaCy ({'+'.join(bare.pipe_names)}): {bare_wps:,.0f} words/s over {len(sample)} docs")
    print(f"spaCy with our stand-ins ({'+'.join(fast.pipe_names)}): {fast_wps:,.0f} words/s")
    print(f"extractor  ({'+'.join(extractor.nlp.pipe_names)}): {ours_wps:,.0f} words/s")

    proc = psutil.Process()
    rss: list[tuple[int, float]] = []
    start = time.perf_counter()
    docs = (as_doc(t) for t in stream(texts, args.docs))
    for i, _doc in enumerate(extractor.pipe(docs), 1):
        if i % 250 == 0 or i == args.docs:
            rss.append((i, proc.memory_info().rss / 2**20))
    took = time.perf_counter() - start
    values = [v for _, v in rss]
    quarter = max(1, len(values) // 4)
    early, late = max(values[:quarter]), max(values[-quarter:])
    print(
        f"stream of {args.docs} docs in {took:,.0f} s: peak RSS {max(values):,.0f} MiB "
        f"(first quarter {early:,.0f} MiB, last quarter {late:,.0f} MiB, growth {late - early:+,.0f} MiB)"
    )
    for count, value in itertools.islice(rss, 0, None, max(1, len(rss) // 8)):
        print(f"  after {count:>5} docs: {value:,.0f} MiB")
    print(f"cost of our rule components: extractor/spaCy with stand-ins {ours_wps / fast_wps:.2f}")
    print(f"throughput ratio extractor/bare spaCy: {ours_wps / bare_wps:.2f}")


if __name__ == "__main__":
    main()

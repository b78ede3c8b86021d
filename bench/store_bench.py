"""Store throughput and query latency, each against a bare baseline in the same run.

1. Ingest: documents/s through `store_document` (resolution, claims, evidence, one retried
   transaction each), extraction excluded (pre-extracted documents) and included (the real
   extractor on their text), vs a bare `executemany` of the same rows into plain tables.
2. Queries at ~100k relations: `event_report` and `trend` vs one hand-written SQL query
   returning the same rows (participants with evidence; sponsors per country and year).

SQLite always; PostgreSQL when RIVALGRAPH_TEST_PG_URL is set ("skipped" otherwise).
Usage: .venv/bin/python bench/store_bench.py [--docs 200] [--relations 100000]
The last line prints the ratio of the event query to its hand-written baseline on SQLite.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.analysis.gold import fixture_docs, load_gold, shared_gold_files  # noqa: E402

from rivalgraph.analysis import event_report, trend  # noqa: E402
from rivalgraph.model import Document, Predicate  # noqa: E402
from rivalgraph.store.db import open_engine, transaction  # noqa: E402
from rivalgraph.store.graph import store_document  # noqa: E402
from rivalgraph.store.graph_tables import ClaimRow, EntityRow, EventRow, EvidenceRow  # noqa: E402
from rivalgraph.store.tables import DocumentRow  # noqa: E402


def corpus() -> list[Document]:
    """The gold documents of ../shared when present, else our fixtures."""
    shared = Path(os.environ.get("RIVALGRAPH_SHARED", REPO.parent / "shared"))
    if (shared / "seed").is_dir():
        return [load_gold(p) for p in shared_gold_files(shared)]
    return fixture_docs()


def variants(docs: list[Document], n: int) -> list[Document]:
    """`n` documents cycling through `docs`, each with its own text and doc_id."""
    out = []
    for i in range(n):
        doc = docs[i % len(docs)]
        text = f"{doc.text}\n(copy {i})"
        out.append(replace(doc, doc_id=hashlib.sha256(text.encode()).hexdigest(), text=text))
    return out


@contextmanager
def fresh_store(kind: str, base_pg: str | None) -> Iterator[str]:
    """A new empty SQLite file or PostgreSQL database, removed afterwards."""
    if kind == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            yield f"sqlite:///{tmp}/bench.db"
        return
    assert base_pg is not None
    name = f"rg_bench_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(base_pg, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))  # generated name, not input
    try:
        yield base_pg.rsplit("/", 1)[0] + "/" + name
    finally:
        with admin.connect() as conn:
            conn.execute(
                sa.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"),
                {"n": name},
            )
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


def bare_insert(url: str, docs: list[Document]) -> float:
    """Seconds to executemany the same documents and relations into two plain tables."""
    engine = sa.create_engine(url)
    meta = sa.MetaData()
    d = sa.Table(
        "bare_docs", meta, sa.Column("doc_id", sa.String(64), primary_key=True), sa.Column("text", sa.Text)
    )
    r = sa.Table(
        "bare_relations",
        meta,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("doc_id", sa.String(64)),
        sa.Column("subject", sa.String(200)),
        sa.Column("predicate", sa.String(16)),
        sa.Column("object", sa.String(200)),
        sa.Column("text", sa.Text),
    )
    meta.create_all(engine)
    start = time.perf_counter()
    for doc in docs:
        with engine.begin() as conn:
            conn.execute(d.insert(), [{"doc_id": doc.doc_id, "text": doc.text}])
            rows = [
                {
                    "doc_id": doc.doc_id,
                    "subject": rel.subject,
                    "predicate": rel.predicate.value,
                    "object": rel.object,
                    "text": rel.evidence.text if rel.evidence else None,
                }
                for rel in doc.relations
            ]
            if rows:
                conn.execute(r.insert(), rows)
    elapsed = time.perf_counter() - start
    engine.dispose()
    return elapsed


def ingest(url: str, docs: list[Document], extract: Callable[[Document], Document] | None = None) -> float:
    engine = open_engine(url)
    start = time.perf_counter()
    for doc in docs:
        store_document(engine, extract(doc) if extract else doc)
    elapsed = time.perf_counter() - start
    engine.dispose()
    return elapsed


# --------------------------------------------------------------------------- a 100k-relation graph


def build_graph(url: str, relations: int, seed: int = 7) -> tuple[str, int]:
    """Fill a store with ~`relations` claims (one evidence each) over many editions; the busiest edition."""
    rng = random.Random(seed)
    engine = open_engine(url)
    now = datetime.now(UTC)
    orgs = [f"org:bench-{i}" for i in range(5000)]
    years = list(range(2015, 2025))
    series = [f"series{i}" for i in range(40)]
    events = [(s, y, f"event:{s}-{y}") for s in series for y in years]
    countries = ["CN", "US", "GB", "DE", "JP", "KR", "FR", None]
    docs_n = max(1, relations // 25)
    with engine.begin() as conn:
        conn.execute(
            sa.insert(DocumentRow),
            [
                {
                    "doc_id": f"{i:064d}",
                    "source": f"bench/{i}.txt",
                    "title": f"doc {i}",
                    "published": "2023-07-04",
                    "text": "x",
                    "meta": {},
                    "ingested_at": now,
                }
                for i in range(docs_n)
            ],
        )
        conn.execute(
            sa.insert(EntityRow),
            [
                {"id": o, "type": "ORG", "name": o, "country": rng.choice(countries), "created_at": now}
                for o in orgs
            ]
            + [
                {"id": e, "type": "EVENT", "name": s, "country": "CN", "created_at": now}
                for s, _, e in events
            ]
            + [
                {
                    "id": "gpe:united-states",
                    "type": "GPE",
                    "name": "United States",
                    "country": "US",
                    "created_at": now,
                }
            ],
        )
        conn.execute(
            sa.insert(EventRow),
            [{"entity_id": e, "series": s, "year": y, "city": None, "country": "CN"} for s, y, e in events],
        )
        predicates = ["sponsors", "exhibits_at", "attends", "speaks_at", "absent_from"]
        keys = set()
        busiest = events[len(events) // 2][2]
        while len(keys) < relations:
            event_id = busiest if len(keys) < 400 else rng.choice(events)[2]
            keys.add((rng.choice(orgs), rng.choice(predicates), event_id))
        for o in orgs[:500]:
            keys.add((o, "sanctioned_by", "gpe:united-states"))
        rows = [
            {
                "subject_id": s,
                "predicate": p,
                "object_id": o,
                "negated": False,
                "miss_log": -2.3,
                "evidence_count": 1,
            }
            for s, p, o in sorted(keys)
        ]
        conn.execute(sa.insert(ClaimRow), rows)
        ids = conn.execute(sa.select(ClaimRow.id, ClaimRow.subject_id, ClaimRow.object_id)).all()
        conn.execute(
            sa.insert(EvidenceRow),
            [
                {
                    "claim_id": cid,
                    "kind": "document",
                    "key": f"doc:{cid}",
                    "confidence": 0.9,
                    "qualifiers": {},
                    "subject_source": s,
                    "object_source": o,
                    "doc_id": f"{cid % docs_n:064d}",
                    "start": 0,
                    "end": 1,
                    "text": f"{s} and {o} in one sentence.",
                }
                for cid, s, o in ids
            ],
        )
    engine.dispose()
    return busiest, len(ids)


HAND_EVENT = sa.text(
    """
    SELECT c.id, c.subject_id, c.predicate, c.negated, e.name, e.country, ev.text, ev.doc_id, d.source,
           (SELECT count(*) FROM claims s WHERE s.subject_id = c.subject_id AND s.predicate = 'sanctioned_by')
    FROM claims c
    JOIN entities e ON e.id = c.subject_id
    JOIN evidence ev ON ev.claim_id = c.id
    LEFT JOIN documents d ON d.doc_id = ev.doc_id
    WHERE c.object_id = :event
      AND c.predicate IN ('organizes', 'sponsors', 'exhibits_at', 'speaks_at', 'attends', 'absent_from')
    """
)

HAND_TREND = sa.text(
    """
    SELECT v.year, e.country, count(DISTINCT c.subject_id), count(DISTINCT ev.doc_id)
    FROM claims c
    JOIN events v ON v.entity_id = c.object_id
    JOIN entities e ON e.id = c.subject_id
    JOIN evidence ev ON ev.claim_id = c.id
    WHERE v.series = :series AND c.predicate = 'sponsors' AND c.negated = false
    GROUP BY v.year, e.country
    """
)


def timed(fn: Callable[[], object], rounds: int = 7) -> float:
    fn()  # warm caches and connections
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def queries(url: str, relations: int) -> dict[str, float]:
    busiest, stored = build_graph(url, relations)
    series = busiest.split(":", 1)[1].rsplit("-", 1)[0]
    year = int(busiest.rsplit("-", 1)[1])
    engine = open_engine(url)
    with transaction(engine) as session:
        ours_event = timed(lambda: event_report(session, series, year))
        ours_trend = timed(lambda: trend(session, series, predicate=Predicate.SPONSORS))
        hand_event = timed(lambda: session.execute(HAND_EVENT, {"event": busiest}).all())
        hand_trend = timed(lambda: session.execute(HAND_TREND, {"series": series}).all())
        participants = len(event_report(session, series, year).participants)
    engine.dispose()
    print(f"  graph: {stored} claims; event {busiest}: {participants} participants")
    return {"event": ours_event, "event_base": hand_event, "trend": ours_trend, "trend_base": hand_trend}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200, help="documents for the ingest measurement")
    parser.add_argument("--extract-docs", type=int, default=24, help="documents for ingest with extraction")
    parser.add_argument("--relations", type=int, default=100_000, help="claims in the query graph")
    args = parser.parse_args()

    base = corpus()
    docs = variants(base, args.docs)
    rels = sum(len(d.relations) for d in docs)
    from rivalgraph.extract import Extractor

    extractor = Extractor.load()
    raw = [
        replace(d, entities=(), events=(), relations=(), quantities=())
        for d in variants(base, args.extract_docs)
    ]
    backends = {"sqlite": None, "postgresql": os.environ.get("RIVALGRAPH_TEST_PG_URL")}
    event_ratio = None
    for kind, pg in backends.items():
        if kind == "postgresql" and not pg:
            print("postgresql: skipped (set RIVALGRAPH_TEST_PG_URL)")
            continue
        with fresh_store(kind, pg) as url:
            bare = bare_insert(url, docs)
        with fresh_store(kind, pg) as url:
            ours = ingest(url, docs)
        with fresh_store(kind, pg) as url:
            with_extraction = ingest(url, raw, extractor.extract)
        print(
            f"{kind}: ingest {len(docs)} docs ({rels} relations): "
            f"store_document {len(docs) / ours:.1f} docs/s, "
            f"bare executemany {len(docs) / bare:.1f} docs/s, ratio {ours / bare:.2f}x slower"
        )
        print(f"{kind}: ingest with extraction: {len(raw) / with_extraction:.1f} docs/s ({len(raw)} docs)")
        with fresh_store(kind, pg) as url:
            q = queries(url, args.relations)
        print(
            f"{kind}: event query {q['event'] * 1000:.1f} ms "
            f"vs hand-written SQL {q['event_base'] * 1000:.1f} ms "
            f"(ratio {q['event'] / q['event_base']:.2f}); trend {q['trend'] * 1000:.1f} ms vs "
            f"{q['trend_base'] * 1000:.1f} ms (ratio {q['trend'] / q['trend_base']:.2f})"
        )
        if kind == "sqlite":
            event_ratio = q["event"] / q["event_base"]
    print(f"ratio event_report / hand-written SQL (sqlite, {args.relations} relations): {event_ratio:.2f}")


if __name__ == "__main__":
    main()

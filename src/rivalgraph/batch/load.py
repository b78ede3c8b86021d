"""Bulk load: store the extracted documents of shard folders (`ingest --engine ray --output DIR`).

Extraction on a cluster and loading into the store are decoupled: workers write shards at
extraction speed, and this loads them later, one transaction per document, through the same
`ingest_one` as every other driver, so a loaded store holds what `run_ingest` would have
written for those documents. Nothing is extracted again.

Invariants: a damaged record or shard is reported (path, line, reason) and the load goes on;
a document already stored is skipped, so re-running a load (or loading overlapping folders)
changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rivalgraph.batch.pipeline import DocumentOutcome, IngestReport, Progress, ingest_one
from rivalgraph.batch.shards import iter_shard_records, shard_files
from rivalgraph.ingest import IngestFailure
from rivalgraph.kb import load_kb
from rivalgraph.settings import Settings
from rivalgraph.store.db import open_engine

__all__ = ["load_shards"]


def load_shards(
    folders: Iterable[Path], *, settings: Settings, progress: Progress | None = None
) -> IngestReport:
    """Store every document in the shards of `folders`; failures are collected, not raised."""
    engine = open_engine(settings.db_url)
    kb = load_kb()  # entities resolve against the knowledge base, as when ingest extracts
    documents: list[DocumentOutcome] = []
    failures: list[IngestFailure] = []
    done = 0
    try:
        for folder in folders:
            if not any(True for _ in shard_files(folder)):
                reason = "no shards (part-*.jsonl or part-*.parquet) in it"
                if not folder.is_dir():
                    reason = "not a folder"
                failures.append(
                    IngestFailure(str(folder), f"{reason}; pass a folder written by ingest --output")
                )
                continue
            for item in iter_shard_records(folder):
                if isinstance(item, IngestFailure):
                    failures.append(item)
                else:
                    documents.append(ingest_one(engine, item, None, kb=kb))
                done += 1
                if progress is not None:
                    progress(done, item.source or "")
    finally:
        engine.dispose()
    return IngestReport(documents=tuple(documents), failures=tuple(failures), extracted=True)

"""The Ray engine: ingest -> clean -> extract -> store for corpora larger than one machine (Ray Data).

Invariants:
- Workers call the very stage functions of the single-process driver (`read_inputs`,
  `clean_document`, the extractor, `ingest_one` for every store write), so the same input
  gives the same store or the same documents; only where and in which order they run differs.
- Each extraction worker is a Ray actor that loads the spaCy model once. A worker that dies
  is restarted and its batch retried (`max_restarts` / `max_task_retries`); a bad document
  is reported as a failure and the job goes on.
- Writes: PostgreSQL is written by every worker (one transaction per document); SQLite,
  which takes one writer, is written by the driver; `--output DIR` writes shards instead.
  A document already stored (or already in the output shards) is skipped before extraction.
- Ray is an optional extra: this module imports it only when a job runs.
"""

from __future__ import annotations

import json
import logging
import os
import time
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from rivalgraph.batch.pipeline import DocumentOutcome, IngestReport, Outcome, ingest_one
from rivalgraph.batch.read_units import ReadUnit, plan_units, read_unit
from rivalgraph.batch.shards import ShardFormat, shard_doc_ids, write_shard
from rivalgraph.clean import clean_document
from rivalgraph.errors import ConfigError, InputError
from rivalgraph.ingest import ContentType, IngestFailure, IngestOptions, RawDocument
from rivalgraph.kb import KnowledgeBase, load_kb
from rivalgraph.model import Document
from rivalgraph.settings import Settings
from rivalgraph.store.db import open_engine, transaction
from rivalgraph.store.documents import has_document

__all__ = [
    "FAULT_DIR_ENV",
    "ProgressCallback",
    "RayOptions",
    "RayProgress",
    "RayReport",
    "import_ray",
    "ray_session",
    "run_ray_ingest",
]

#: Test hook: a folder; a file `crash-once` in it makes the first worker that sees it die.
FAULT_DIR_ENV = "RIVALGRAPH_RAY_FAULT_DIR"

_INSTALL_HINT = "the Ray engine needs the ray extra: install rivalgraph[ray] (pip install 'rivalgraph[ray]')"
_READ_CHUNK = 64  # raw documents per block leaving a read task


class _Kind(StrEnum):
    """What a row between two stages carries."""

    UNIT = "unit"  # a ReadUnit to read
    RAW = "raw"  # a RawDocument read, not yet cleaned
    DOC = "doc"  # an extracted Document for the driver to store (SQLite)
    OUTCOME = "outcome"  # a DocumentOutcome: stored, skipped, or written to a shard
    FAILURE = "failure"  # an IngestFailure


class _Sink(StrEnum):
    """Who writes the results."""

    DRIVER = "driver"  # SQLite: one writer, this process
    WORKERS = "workers"  # PostgreSQL: every worker writes its documents
    SHARDS = "shards"  # --output DIR: every worker writes one shard per batch


@dataclass(frozen=True, slots=True)
class RayOptions:
    """Where the job runs, how wide, and where its results go."""

    address: str | None = None  # None: a local Ray on this machine; "auto" or "ray://HOST:10001"
    workers: int | None = None  # extraction actors, each with one CPU; default: every CPU of the cluster
    num_cpus: int | None = None  # local Ray only: CPUs it may use; default: all of this machine's
    batch_size: int = 32  # documents per worker call, and per shard: raise it for fewer, larger shards
    max_retries: int = 3  # restarts of a dead worker and retries of its batch
    extract: bool = True  # False: clean and store only, like `run_ingest(extractor=None)`
    output: Path | None = None  # write shards here instead of the store
    output_format: ShardFormat = ShardFormat.JSONL


@dataclass(frozen=True, slots=True)
class RayProgress:
    """Documents done and failed so far, and how long it has run."""

    done: int
    failed: int
    elapsed_s: float
    workers: int = 0
    sources: tuple[str, ...] = field(default=())

    @property
    def per_second(self) -> float:
        """Documents (done or failed) per second of wall time."""
        return (self.done + self.failed) / self.elapsed_s if self.elapsed_s > 0 else 0.0


ProgressCallback = Callable[[RayProgress], None]


@dataclass(frozen=True, slots=True)
class RayReport:
    """The result of a Ray job: counts, failures, and each document's outcome when kept."""

    stored: int
    skipped: int
    failures: tuple[IngestFailure, ...]
    documents: tuple[DocumentOutcome, ...]  # empty unless the job was asked to keep them
    extracted: bool
    workers: int
    elapsed_s: float

    @property
    def ok(self) -> bool:
        """Whether every input was ingested."""
        return not self.failures

    @property
    def per_second(self) -> float:
        """Documents (done or failed) per second of wall time."""
        total = self.stored + self.skipped + len(self.failures)
        return total / self.elapsed_s if self.elapsed_s > 0 else 0.0

    def ingest_report(self) -> IngestReport:
        """The same report as the single-process driver's (needs the documents kept)."""
        return IngestReport(documents=self.documents, failures=self.failures, extracted=self.extracted)

    def to_json(self) -> dict[str, object]:
        return {
            "stored": self.stored,
            "skipped": self.skipped,
            "failed": len(self.failures),
            "extracted": self.extracted,
            "workers": self.workers,
            "elapsed_s": round(self.elapsed_s, 3),
            "documents": [d.to_json() for d in self.documents],
            "failures": [{"source": f.source, "reason": f.reason} for f in self.failures],
        }


def import_ray() -> Any:
    """The `ray` module with Ray Data, or a ConfigError that says how to install it."""
    try:
        import ray
        import ray.data
    except ModuleNotFoundError as exc:
        raise ConfigError(f"{_INSTALL_HINT}; or run without --engine ray") from exc
    return ray


@contextmanager
def ray_session(*, address: str | None = None, num_cpus: int | None = None) -> Iterator[Any]:
    """A connected Ray: the running session if any, else a local one or the cluster at `address`."""
    ray = import_ray()
    if ray.is_initialized():
        yield ray
        return
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    quiet: dict[str, Any] = {"log_to_driver": False, "logging_level": logging.WARNING}
    try:
        if address is None:
            ray.init(num_cpus=num_cpus or os.cpu_count() or 1, include_dashboard=False, **quiet)
        else:
            ray.init(address=address, **quiet)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise ConfigError(
            f"cannot reach the Ray cluster at {address!r}: {exc}; start one with `ray start --head` "
            "and pass --address auto, or ray://HOST:10001 for a remote cluster"
        ) from exc
    try:
        yield ray
    finally:
        ray.shutdown()


# --- rows between stages: (kind, source, data) strings, so every block is a plain Arrow table ---


def _table(rows: Sequence[tuple[str, str, str]]) -> Any:
    import pyarrow as pa

    kinds, sources, data = (list(col) for col in zip(*rows, strict=True)) if rows else ([], [], [])
    return pa.table(
        {
            "kind": pa.array(kinds, pa.string()),
            "source": pa.array(sources, pa.string()),
            "data": pa.array(data, pa.large_string()),
        }
    )


def _rows(batch: Any) -> Iterator[tuple[_Kind, str, str]]:
    columns = batch.to_pydict()
    for kind, source, data in zip(columns["kind"], columns["source"], columns["data"], strict=True):
        yield _Kind(kind), source, data


def _raw_row(raw: RawDocument) -> tuple[str, str, str]:
    payload = json.dumps([raw.content, raw.content_type.value, dict(raw.metadata)], ensure_ascii=False)
    return (_Kind.RAW.value, raw.source, payload)


def _raw_from_row(source: str, data: str) -> RawDocument:
    content, content_type, metadata = json.loads(data)
    return RawDocument(source, content, ContentType(content_type), metadata)


def _item_row(item: RawDocument | IngestFailure) -> tuple[str, str, str]:
    if isinstance(item, IngestFailure):
        return (_Kind.FAILURE.value, item.source, item.reason)
    return _raw_row(item)


def _outcome_row(outcome: DocumentOutcome) -> tuple[str, str, str]:
    return (_Kind.OUTCOME.value, outcome.source, json.dumps(outcome.to_json(), ensure_ascii=False))


def _outcome_from_row(data: str) -> DocumentOutcome:
    fields = json.loads(data)
    fields["status"] = Outcome(fields["status"])
    return DocumentOutcome(**fields)


# --- stage 1: read units into raw documents (Ray tasks) ---------------------------------------


def _read_batch(batch: Any, *, options: IngestOptions) -> Iterator[Any]:
    """Read every unit of the batch; pass through what the driver read already."""
    rows: list[tuple[str, str, str]] = []
    for kind, source, data in _rows(batch):
        if kind != _Kind.UNIT:
            rows.append((kind.value, source, data))
            continue
        for item in read_unit(ReadUnit.from_json(data), options=options):
            rows.append(_item_row(item))
            if len(rows) >= _READ_CHUNK:
                yield _table(rows)
                rows = []
    yield _table(rows)


# --- stage 2: clean, skip, extract, write (Ray actors, the model loaded once each) -------------


def _crash_if_armed() -> None:
    """Test hook: the first worker to claim `$RIVALGRAPH_RAY_FAULT_DIR/crash-once` dies, once."""
    folder = os.environ.get(FAULT_DIR_ENV)
    if not folder:
        return
    armed = Path(folder) / "crash-once"
    try:
        # rename is atomic: exactly one worker wins the claim, so the crash happens once.
        armed.rename(armed.with_name("crashed"))
    except FileNotFoundError:
        return
    armed.with_name("crashed").write_text(str(os.getpid()))
    os._exit(17)


@dataclass(frozen=True, slots=True)
class _WorkerPlan:
    """What every worker needs to know; sent once to each actor."""

    sink: _Sink
    extract: bool
    db_url: str | None  # store to check (and, for WORKERS, to write); None: no store check
    output: str | None
    output_format: ShardFormat
    known_ids: frozenset[str] = frozenset()  # doc ids already in the output shards


class _DocumentWorker:
    """One Ray actor: cleans, skips stored, extracts (model loaded once) and writes a batch."""

    def __init__(self, plan: _WorkerPlan) -> None:
        self._plan = plan
        self._extractor: Any = None
        self._engine: Engine | None = open_engine(plan.db_url, migrate_schema=False) if plan.db_url else None

    def __call__(self, batch: Any) -> Any:
        _crash_if_armed()
        out: list[tuple[str, str, str]] = []
        docs: list[Document] = []
        for kind, source, data in _rows(batch):
            if kind == _Kind.FAILURE:
                out.append((kind.value, source, data))
                continue
            try:
                docs.append(clean_document(_raw_from_row(source, data)))
            except InputError as exc:
                out.append((_Kind.FAILURE.value, source, exc.message.removeprefix(f"{source}: ")))
        fresh = self._unseen(docs, out)
        extracted, failed = self._extract(fresh)
        out.extend(failed)
        out.extend(self._write(extracted))
        return _table(out)

    def _unseen(self, docs: list[Document], out: list[tuple[str, str, str]]) -> list[Document]:
        """The documents not stored yet; the others become SKIPPED outcomes."""
        if self._engine is not None:
            with transaction(self._engine) as session:
                stored = {d.doc_id for d in docs if has_document(session, d.doc_id)}
        else:
            stored = {d.doc_id for d in docs if d.doc_id in self._plan.known_ids}
        out.extend(_outcome_row(DocumentOutcome.of(d, Outcome.SKIPPED)) for d in docs if d.doc_id in stored)
        return [d for d in docs if d.doc_id not in stored]

    def _extract(self, docs: list[Document]) -> tuple[list[Document], list[tuple[str, str, str]]]:
        if not self._plan.extract or not docs:
            return docs, []
        if self._extractor is None:
            # Loaded on first use, once per worker: a re-run over stored documents never loads it.
            from rivalgraph.extract import Extractor

            self._extractor = Extractor.load()
        try:
            return list(self._extractor.pipe(docs, batch_size=len(docs))), []
        except InputError:
            pass  # one document of the batch is bad: redo it one by one to name it
        done: list[Document] = []
        failed: list[tuple[str, str, str]] = []
        for doc in docs:
            try:
                done.append(self._extractor.extract(doc))
            except InputError as exc:
                source = doc.source or doc.doc_id
                failed.append((_Kind.FAILURE.value, source, exc.message.removeprefix(f"{source}: ")))
        return done, failed

    def _write(self, docs: list[Document]) -> list[tuple[str, str, str]]:
        plan = self._plan
        if plan.sink == _Sink.DRIVER:
            return [(_Kind.DOC.value, d.source or "", json.dumps(d.to_json(include_text=True))) for d in docs]
        if plan.sink == _Sink.SHARDS:
            assert plan.output is not None  # invariant of _plan_for: SHARDS always has a folder
            write_shard(docs, Path(plan.output), plan.output_format)
            return [_outcome_row(DocumentOutcome.of(d, Outcome.STORED)) for d in docs]
        assert self._engine is not None  # invariant of _plan_for: WORKERS always has a store
        # The knowledge base resolves entities as `run_ingest` does: loaded when extracting.
        kb = load_kb() if plan.extract else None
        return [_outcome_row(_store(self._engine, d, kb)) for d in docs]


def _store(engine: Engine, doc: Document, kb: KnowledgeBase | None) -> DocumentOutcome:
    """`ingest_one` for an extracted document, where another worker may store the same text at once."""
    try:
        outcome = ingest_one(engine, doc, None, kb=kb)
    except IntegrityError:
        # Two inputs with the same text on two workers: the other one's insert won.
        with transaction(engine) as session:
            if not has_document(session, doc.doc_id):
                raise
        outcome = DocumentOutcome.of(doc, Outcome.SKIPPED)
    if outcome.status == Outcome.SKIPPED:
        # The single-process driver skips before extracting: a skipped document counts no facts.
        cleaned = doc.with_facts(entities=(), events=(), relations=(), quantities=())
        return DocumentOutcome.of(cleaned, Outcome.SKIPPED)
    return outcome


# --- the driver ---------------------------------------------------------------------------------


def _plan_for(settings: Settings, options: RayOptions) -> _WorkerPlan:
    if options.output is not None:
        return _WorkerPlan(
            sink=_Sink.SHARDS,
            extract=options.extract,
            db_url=None,
            output=str(options.output.resolve()),
            output_format=options.output_format,
            known_ids=frozenset(shard_doc_ids(options.output)),
        )
    url = settings.db_url
    if url.startswith("sqlite"):
        # SQLite is a file on this machine: local workers may read it to skip stored documents,
        # a remote cluster's may not (the driver still skips them when it writes).
        return _WorkerPlan(
            sink=_Sink.DRIVER,
            extract=options.extract,
            db_url=url if options.address is None else None,
            output=None,
            output_format=options.output_format,
        )
    return _WorkerPlan(
        sink=_Sink.WORKERS,
        extract=options.extract,
        db_url=url,
        output=None,
        output_format=options.output_format,
    )


def _configure_ray_data(ray: Any, plan: _WorkerPlan) -> None:
    ctx = ray.data.DataContext.get_current()
    # The single writer (SQLite) stores documents in input order, as the single-process driver
    # does, so cross-document entity resolution sees them in the same order.
    ctx.execution_options.preserve_order = plan.sink == _Sink.DRIVER
    ctx.enable_progress_bars = False
    ctx.enable_operator_progress_bars = False
    ctx.enable_auto_log_stats = False
    ctx.verbose_stats_logs = False
    logging.getLogger("ray.data").setLevel(logging.WARNING)


def _plan_row(item: ReadUnit | RawDocument | IngestFailure) -> dict[str, str]:
    if isinstance(item, ReadUnit):
        return {"kind": _Kind.UNIT.value, "source": item.target, "data": item.to_json()}
    return dict(zip(("kind", "source", "data"), _item_row(item), strict=True))


def _dataset(
    ray: Any,
    planned: list[ReadUnit | RawDocument | IngestFailure],
    *,
    plan: _WorkerPlan,
    options: RayOptions,
    workers: int,
    ingest_options: IngestOptions,
) -> Any:
    """The lazy Ray Data plan: units -> read tasks -> worker actors."""
    items = [_plan_row(item) for item in planned]
    # One block per unit up to a cap: enough read tasks to keep every worker fed.
    blocks = max(1, min(len(items), 8 * workers, 2000))
    ds = ray.data.from_items(items, override_num_blocks=blocks)
    ds = ds.map_batches(
        _read_batch,
        batch_size=1,
        batch_format="pyarrow",
        fn_kwargs={"options": ingest_options},
        # Reading is light next to extraction: a few tasks that need no CPU of their own
        # (the actors hold them all) keep every worker fed.
        num_cpus=0,
        compute=ray.data.TaskPoolStrategy(size=max(1, min(len(items), workers // 4 + 1))),
    )
    with warnings.catch_warnings():
        # Ray 2.60 deprecates passing actor options (max_restarts, ...) as keywords but has
        # no other way to set them for a map_batches actor pool yet.
        warnings.filterwarnings("ignore", message=".*ray_remote_args.*is deprecated")
        return ds.map_batches(
            _DocumentWorker,
            fn_constructor_kwargs={"plan": plan},
            batch_size=options.batch_size,
            batch_format="pyarrow",
            compute=ray.data.ActorPoolStrategy(size=workers),
            num_cpus=1,
            max_restarts=options.max_retries,
            max_task_retries=options.max_retries,
        )


def run_ray_ingest(
    inputs: Iterable[str],
    *,
    settings: Settings,
    options: RayOptions | None = None,
    ingest_options: IngestOptions | None = None,
    progress: ProgressCallback | None = None,
    keep_documents: bool = True,
) -> RayReport:
    """Ingest every input on Ray into the store of `settings` (or shards); failures are collected.

    `keep_documents=False` keeps counts only: the outcome of each of millions of documents
    would otherwise all sit in this process's memory.
    """
    import_ray()  # before anything is opened or created: a missing extra fails first
    opts = options or RayOptions()
    ingest_opts = ingest_options or IngestOptions(
        allow_private=settings.allow_private_urls,
        max_bytes=settings.max_document_bytes,
        timeout_s=settings.fetch_timeout_s,
    )
    plan = _plan_for(settings, opts)
    # The driver migrates the schema once, before any worker opens the store.
    engine = open_engine(settings.db_url) if opts.output is None else None
    kb = load_kb() if opts.extract and plan.sink == _Sink.DRIVER else None
    planned = plan_units(inputs, options=ingest_opts)
    documents: list[DocumentOutcome] = []
    failures: list[IngestFailure] = []
    counts = {Outcome.STORED: 0, Outcome.SKIPPED: 0}
    started = time.monotonic()
    workers = 0
    try:
        with ray_session(address=opts.address, num_cpus=opts.num_cpus) as ray:
            _configure_ray_data(ray, plan)
            workers = opts.workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
            ds = _dataset(ray, planned, plan=plan, options=opts, workers=workers, ingest_options=ingest_opts)
            for batch in ds.iter_batches(batch_size=None, batch_format="pyarrow"):
                sources: list[str] = []
                for kind, source, data in _rows(batch):
                    sources.append(source)
                    if kind == _Kind.FAILURE:
                        failures.append(IngestFailure(source, data))
                        continue
                    if kind == _Kind.OUTCOME:
                        outcome = _outcome_from_row(data)
                    else:
                        assert engine is not None  # DOC rows come only when the driver writes
                        outcome = _store(engine, Document.from_json(json.loads(data)), kb)
                    counts[outcome.status] += 1
                    if keep_documents:
                        documents.append(outcome)
                if progress is not None:
                    progress(
                        RayProgress(
                            done=sum(counts.values()),
                            failed=len(failures),
                            elapsed_s=time.monotonic() - started,
                            workers=workers,
                            sources=tuple(sources),
                        )
                    )
    finally:
        if engine is not None:
            engine.dispose()
    return RayReport(
        stored=counts[Outcome.STORED],
        skipped=counts[Outcome.SKIPPED],
        failures=tuple(sorted(failures, key=lambda f: f.source)),
        documents=tuple(sorted(documents, key=lambda d: (d.source, d.doc_id))),
        extracted=opts.extract,
        workers=workers,
        elapsed_s=time.monotonic() - started,
    )

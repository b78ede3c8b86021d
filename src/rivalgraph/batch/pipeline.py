"""The single-process ingest driver: read -> clean -> (extract) -> store, one transaction per document.

Invariants: a document already stored (same doc_id) is skipped before extraction; a
document that fails is reported with its input and reason and the batch goes on; every
write of a document happens inside one `transaction()`, so a failure leaves nothing of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from sqlalchemy.engine import Engine

from rivalgraph.clean import clean_document
from rivalgraph.errors import InputError
from rivalgraph.ingest import IngestFailure, IngestOptions, read_inputs
from rivalgraph.kb import KnowledgeBase, load_kb
from rivalgraph.model import Document, SpanLabel
from rivalgraph.settings import Settings
from rivalgraph.store.db import open_engine, transaction
from rivalgraph.store.documents import has_document
from rivalgraph.store.graph import store_document

__all__ = ["DocumentOutcome", "Extractor", "IngestReport", "Outcome", "Progress", "run_ingest"]


class Extractor(Protocol):
    """What the pipeline needs of `rivalgraph.extract.Extractor`."""

    def extract(self, doc: Document) -> Document: ...


#: Called after each input with the number done so far and the input's source.
Progress = Callable[[int, str], None]


class Outcome(StrEnum):
    """What happened to one document."""

    STORED = "stored"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class DocumentOutcome:
    """A document the batch stored, or skipped because it was already stored."""

    doc_id: str
    source: str
    status: Outcome
    title: str | None
    published: str | None
    chars: int
    captions: int
    entities: int = 0
    relations: int = 0

    @classmethod
    def of(cls, doc: Document, status: Outcome) -> DocumentOutcome:
        """The outcome line of a document, counted the same way by every driver."""
        return cls(
            doc_id=doc.doc_id,
            source=doc.source or "",
            status=status,
            title=doc.title,
            published=doc.published,
            chars=len(doc.text),
            captions=len(doc.spans_labeled(SpanLabel.CAPTION)),
            entities=len(doc.entities) + len(doc.events),
            relations=len(doc.relations),
        )

    def to_json(self) -> dict[str, object]:
        return {
            "doc_id": self.doc_id,
            "source": self.source,
            "status": self.status.value,
            "title": self.title,
            "published": self.published,
            "chars": self.chars,
            "captions": self.captions,
            "entities": self.entities,
            "relations": self.relations,
        }


@dataclass(frozen=True, slots=True)
class IngestReport:
    """The result of a batch: documents stored or skipped, and inputs that failed."""

    documents: tuple[DocumentOutcome, ...] = ()
    failures: tuple[IngestFailure, ...] = ()
    extracted: bool = False

    @property
    def stored(self) -> int:
        """How many documents were new and stored."""
        return sum(d.status == Outcome.STORED for d in self.documents)

    @property
    def skipped(self) -> int:
        """How many documents were already stored."""
        return sum(d.status == Outcome.SKIPPED for d in self.documents)

    @property
    def ok(self) -> bool:
        """Whether every input was ingested."""
        return not self.failures

    def to_json(self) -> dict[str, object]:
        return {
            "stored": self.stored,
            "skipped": self.skipped,
            "failed": len(self.failures),
            "extracted": self.extracted,
            "documents": [d.to_json() for d in self.documents],
            "failures": [{"source": f.source, "reason": f.reason} for f in self.failures],
        }


def ingest_one(
    engine: Engine, doc: Document, extractor: Extractor | None, *, kb: KnowledgeBase | None = None
) -> DocumentOutcome:
    """Extract (when asked) and store one cleaned document and its facts in one transaction."""
    with transaction(engine) as session:
        if has_document(session, doc.doc_id):
            return DocumentOutcome.of(doc, Outcome.SKIPPED)
    if extractor is not None:
        doc = extractor.extract(doc)
    # save_document + save_facts in one transaction, retried if another process races us;
    # False: another process stored it between our check and this write.
    if not store_document(engine, doc, kb=kb):
        return DocumentOutcome.of(doc, Outcome.SKIPPED)
    return DocumentOutcome.of(doc, Outcome.STORED)


def run_ingest(
    inputs: Iterable[str],
    *,
    settings: Settings,
    options: IngestOptions | None = None,
    progress: Progress | None = None,
    extractor: Extractor | None = None,
) -> IngestReport:
    """Ingest every input into the store of `settings`; failures are collected, not raised."""
    opts = options or IngestOptions(
        allow_private=settings.allow_private_urls,
        max_bytes=settings.max_document_bytes,
        timeout_s=settings.fetch_timeout_s,
    )
    engine = open_engine(settings.db_url)
    kb = load_kb() if extractor is not None else None
    documents: list[DocumentOutcome] = []
    failures: list[IngestFailure] = []
    try:
        for done, item in enumerate(read_inputs(inputs, options=opts), start=1):
            if isinstance(item, IngestFailure):
                failures.append(item)
            else:
                try:
                    documents.append(ingest_one(engine, clean_document(item), extractor, kb=kb))
                except InputError as exc:
                    failures.append(IngestFailure(item.source, exc.message.removeprefix(f"{item.source}: ")))
            if progress is not None:
                progress(done, item.source)
    finally:
        engine.dispose()
    return IngestReport(
        documents=tuple(documents),
        failures=tuple(failures),
        extracted=extractor is not None,
    )

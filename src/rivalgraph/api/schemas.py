"""Pydantic response and request models: the JSON shapes of the API, field for field SCHEMA.md.

Pydantic lives only here, at the edge; the rest of rivalgraph passes the frozen dataclasses
of `rivalgraph.model` and `rivalgraph.analysis`, converted by the `from_*` constructors.
"""

from __future__ import annotations

from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from rivalgraph.model import Document, Entity, Event, Evidence, Quantity, Relation, Span

__all__ = [
    "DocumentOut",
    "DocumentSummary",
    "EntityOut",
    "EventOut",
    "EvidenceOut",
    "IngestRequest",
    "IngestResult",
    "IngestedDocument",
    "Page",
    "QuantityOut",
    "RelationOut",
    "SpanOut",
]

T = TypeVar("T")


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class EvidenceOut(_Out):
    """The sentence that proves a fact, with its offsets into the document text."""

    start: int
    end: int
    text: str

    @classmethod
    def from_model(cls, evidence: Evidence) -> EvidenceOut:
        return cls(start=evidence.start, end=evidence.end, text=evidence.text)


class EntityOut(_Out):
    """SCHEMA.md entity."""

    id: str
    type: Literal["ORG", "PERSON", "PRODUCT", "GPE"]
    name: str
    aliases: list[str]
    country: str | None
    mentions: list[tuple[int, int]]

    @classmethod
    def from_model(cls, entity: Entity) -> EntityOut:
        return cls.model_validate(entity.to_json())


class EventOut(_Out):
    """SCHEMA.md event (one edition)."""

    id: str
    name: str
    aliases: list[str]
    year: int | None
    city: str | None
    country: str | None
    start: str | None
    end: str | None
    mentions: list[tuple[int, int]]

    @classmethod
    def from_model(cls, event: Event) -> EventOut:
        return cls.model_validate(event.to_json())


class RelationOut(_Out):
    """SCHEMA.md relation."""

    subject: str
    predicate: str
    object: str
    qualifiers: dict[str, str]
    negated: bool
    confidence: float
    evidence: EvidenceOut | None

    @classmethod
    def from_model(cls, rel: Relation) -> RelationOut:
        return cls.model_validate(rel.to_json())


class QuantityOut(_Out):
    """SCHEMA.md quantity."""

    subject: str
    measure: str
    value: float
    qualifier: str | None
    evidence: EvidenceOut | None

    @classmethod
    def from_model(cls, quantity: Quantity) -> QuantityOut:
        return cls.model_validate(quantity.to_json())


class SpanOut(_Out):
    """A labeled region of a document's text (caption, byline, ...)."""

    label: str
    start: int
    end: int

    @classmethod
    def from_model(cls, span: Span) -> SpanOut:
        return cls.model_validate(span.to_json())


class DocumentSummary(_Out):
    """A stored document without its text: what lists show."""

    doc_id: str
    title: str | None
    published: str | None
    source: str | None


class DocumentOut(_Out):
    """SCHEMA.md document object plus its cleaned text and spans."""

    doc_id: str
    title: str | None
    published: str | None
    source: str | None
    entities: list[EntityOut]
    events: list[EventOut]
    relations: list[RelationOut]
    quantities: list[QuantityOut]
    text: str
    spans: list[SpanOut]

    @classmethod
    def from_model(cls, doc: Document) -> DocumentOut:
        return cls(
            doc_id=doc.doc_id,
            title=doc.title,
            published=doc.published,
            source=doc.source,
            entities=[EntityOut.from_model(e) for e in doc.entities],
            events=[EventOut.from_model(e) for e in doc.events],
            relations=[RelationOut.from_model(r) for r in doc.relations],
            quantities=[QuantityOut.from_model(q) for q in doc.quantities],
            text=doc.text,
            spans=[SpanOut.from_model(s) for s in doc.spans],
        )


class Page(_Out, Generic[T]):
    """One page of a list: `items`, the `total` matching, and the window asked for."""

    items: list[T]
    total: int
    limit: int
    offset: int


class IngestRequest(BaseModel):
    """A document to ingest: exactly one of `text`, `html` or `url`."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(default=None, description="Plain text of an article.")
    html: str | None = Field(default=None, description="An HTML page; the article body is extracted.")
    url: str | None = Field(default=None, description="An http(s) URL to fetch (public addresses only).")
    title: str | None = Field(default=None, description="Title, when the input does not carry one.")
    published: str | None = Field(
        default=None, pattern=r"^\d{4}-\d{2}-\d{2}$", description="Publication date (YYYY-MM-DD) fallback."
    )
    source: str | None = Field(default=None, max_length=2000, description="Where the text came from.")


class IngestedDocument(_Out):
    """One document an ingest stored, or skipped because the store already held it."""

    doc_id: str
    status: Literal["stored", "skipped"]
    source: str
    title: str | None
    published: str | None
    entities: int
    relations: int


class IngestResult(_Out):
    """What an ingest did: every document it read (a URL may be a feed of many)."""

    stored: int
    skipped: int
    extracted: bool
    documents: list[IngestedDocument]

"""Pydantic response and request models: the JSON shapes of the API, field for field SCHEMA.md.

Pydantic lives only here, at the edge; the rest of rivalgraph passes the frozen dataclasses
of `rivalgraph.model` and `rivalgraph.analysis`, converted by the `from_*` constructors.
"""

from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from rivalgraph.model import Document, Entity, Event, Evidence, Quantity, Relation, Span

__all__ = [
    "DocumentHitOut",
    "DocumentOut",
    "DocumentSummary",
    "EntityOut",
    "EventOut",
    "EventReportOut",
    "EvidenceOut",
    "IngestRequest",
    "IngestResult",
    "IngestedDocument",
    "LinkOut",
    "NodeOut",
    "Page",
    "ParticipantOut",
    "ProfileOut",
    "QuantityOut",
    "RelationOut",
    "SanctionOut",
    "SearchOut",
    "SourceOut",
    "SpanOut",
    "SupportOut",
    "TrendOut",
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


# --------------------------------------------------------------------------- analysis results


class NodeOut(_Out):
    """An entity (SCHEMA.md Entity) or an event edition (SCHEMA.md Event) as the graph holds it."""

    model_config = ConfigDict(frozen=True, extra="allow")

    id: str
    name: str
    aliases: list[str]
    country: str | None
    type: str | None = Field(default=None, description="ORG, PERSON, PRODUCT or GPE; absent for an event")
    year: int | None = Field(default=None, description="Event editions only")

    @model_validator(mode="before")
    @classmethod
    def _event_type(cls, data: Any) -> Any:
        if (
            isinstance(data, dict)
            and data.get("type") is None
            and str(data.get("id", "")).startswith("event:")
        ):
            return {**data, "type": "EVENT"}
        return data


class SupportOut(_Out):
    """One piece of support: a document sentence (kind 'document') or a sanctions-list entry (kind 'list')."""

    kind: Literal["document", "list"]
    text: str | None
    start: int | None = None
    end: int | None = None
    doc_id: str | None = None
    source: str | None = None
    title: str | None = None
    published: str | None = None
    confidence: float | None = None
    list_name: str | None = Field(default=None, alias="list", description="The sanctions list (kind 'list')")
    entry_id: str | None = None
    listed_on: str | None = None
    score: float | None = None
    explanation: str | None = None
    programs: list[str] = Field(default_factory=list)


class SanctionOut(_Out):
    """A sanctions finding: an article says so, or a list names the entity (with the match explanation)."""

    kind: Literal["article", "list"]
    by: str
    by_id: str
    confidence: float
    summary: str
    evidence: list[SupportOut]


class ParticipantOut(_Out):
    """An entity's role at an edition and the sentences behind it."""

    entity: NodeOut
    role: str
    qualifiers: dict[str, str]
    negated: bool
    confidence: float
    sanctions: list[SanctionOut]
    contradicted_by: list[str]
    evidence: list[SupportOut]


class EventReportOut(_Out):
    """One edition and its participants (sponsors, exhibitors, speakers, attendees, absentees, organizers)."""

    event: NodeOut
    participants: list[ParticipantOut]
    editions: list[NodeOut] = Field(description="Every stored edition of the series, oldest first")


class LinkOut(_Out):
    """A relation seen from an entity: the other end, direction, and support."""

    predicate: str
    direction: Literal["out", "in"]
    other: NodeOut
    negated: bool
    confidence: float
    qualifiers: dict[str, str]
    evidence: list[SupportOut]


class SourceOut(_Out):
    """A document that mentions or supports something about an entity."""

    doc_id: str
    source: str | None
    title: str | None
    published: str | None


class ProfileOut(_Out):
    """Everything the graph says about one entity."""

    entity: NodeOut
    owners: list[LinkOut]
    holdings: list[LinkOut]
    products: list[LinkOut]
    events: list[LinkOut]
    links: list[LinkOut]
    sanctions: list[SanctionOut]
    sources: list[SourceOut]
    other_matches: list[NodeOut]


class TrendCellOut(_Out):
    """A group's count at one edition, the entities counted and the documents behind them."""

    count: int
    entities: list[str]
    documents: list[str]


class TrendRowOut(_Out):
    """One group across editions; a cell is the string 'no data' where no document covers that edition."""

    key: str
    total: int
    cells: dict[str, TrendCellOut | Literal["no data"]]


class TrendCoverageOut(_Out):
    """The documents that cover one edition."""

    documents: list[str]


class TrendOut(_Out):
    """A role across the editions of a series, grouped by country, entity or role."""

    series: str
    predicate: str
    by: str
    years: list[int]
    coverage: dict[str, TrendCoverageOut | Literal["no data"]]
    rows: list[TrendRowOut]
    sources: dict[str, str]


class DocumentHitOut(_Out):
    """A document matching a search, with the passage that matched."""

    doc_id: str
    source: str | None
    title: str | None
    published: str | None
    snippet: str


class SearchOut(_Out):
    """Documents and entities matching a query."""

    query: str
    documents: list[DocumentHitOut]
    entities: list[NodeOut]

"""The core model: the facts contract of SCHEMA.md as frozen, typed values.

Invariants: every stage passes these objects downstream and never mutates them;
`to_json()` emits exactly the SCHEMA.md shape and `from_json(to_json(x)) == x`.
Offsets are `[start, end)` character positions into `Document.text`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

__all__ = [
    "PREDICATE_SIGNATURES",
    "Document",
    "Entity",
    "EntityType",
    "Event",
    "Evidence",
    "Predicate",
    "Quantity",
    "Relation",
    "Span",
    "SpanLabel",
    "make_id",
    "slugify",
]


class EntityType(StrEnum):
    """The entity types of SCHEMA.md."""

    ORG = "ORG"
    PERSON = "PERSON"
    PRODUCT = "PRODUCT"
    GPE = "GPE"


class Predicate(StrEnum):
    """The 14 relation predicates of SCHEMA.md."""

    SPONSORS = "sponsors"
    EXHIBITS_AT = "exhibits_at"
    ATTENDS = "attends"
    SPEAKS_AT = "speaks_at"
    ABSENT_FROM = "absent_from"
    ORGANIZES = "organizes"
    HELD_IN = "held_in"
    OWNS = "owns"
    AFFILIATE_OF = "affiliate_of"
    BACKED_BY = "backed_by"
    DEVELOPS = "develops"
    EMPLOYS = "employs"
    SANCTIONED_BY = "sanctioned_by"
    BASED_IN = "based_in"


EVENT = "EVENT"
_ORG, _PER, _PROD, _GPE = "ORG", "PERSON", "PRODUCT", "GPE"

#: Which node kinds each predicate connects: (subject kinds, object kinds).
PREDICATE_SIGNATURES: Mapping[Predicate, tuple[frozenset[str], frozenset[str]]] = {
    Predicate.SPONSORS: (frozenset({_ORG}), frozenset({EVENT})),
    Predicate.EXHIBITS_AT: (frozenset({_ORG}), frozenset({EVENT})),
    Predicate.ATTENDS: (frozenset({_ORG, _PER}), frozenset({EVENT})),
    Predicate.SPEAKS_AT: (frozenset({_PER}), frozenset({EVENT})),
    Predicate.ABSENT_FROM: (frozenset({_ORG, _PER}), frozenset({EVENT})),
    Predicate.ORGANIZES: (frozenset({_ORG}), frozenset({EVENT})),
    Predicate.HELD_IN: (frozenset({EVENT}), frozenset({_GPE})),
    Predicate.OWNS: (frozenset({_ORG}), frozenset({_ORG})),
    Predicate.AFFILIATE_OF: (frozenset({_ORG}), frozenset({_ORG})),
    Predicate.BACKED_BY: (frozenset({_ORG}), frozenset({_ORG, _PER})),
    Predicate.DEVELOPS: (frozenset({_ORG}), frozenset({_PROD})),
    Predicate.EMPLOYS: (frozenset({_ORG}), frozenset({_PER})),
    Predicate.SANCTIONED_BY: (frozenset({_ORG, _PER}), frozenset({_GPE})),
    Predicate.BASED_IN: (frozenset({_ORG}), frozenset({_GPE})),
}

_ID_PREFIX = {
    EntityType.ORG: "org",
    EntityType.PERSON: "person",
    EntityType.PRODUCT: "product",
    EntityType.GPE: "gpe",
}


@functools.lru_cache(maxsize=1 << 16)  # every mention and edition asks again for the same few names
def slugify(text: str) -> str:
    """Lower-case ASCII slug: 'Huawei Technologies' -> 'huawei-technologies'."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


def make_id(kind: EntityType | str, name: str, year: int | None = None) -> str:
    """Stable id for an entity ('org:huawei-technologies') or an event edition."""
    if kind == EVENT or kind == "event":
        suffix = f"-{year}" if year is not None else ""
        return f"event:{slugify(name)}{suffix}"
    prefix = _ID_PREFIX[EntityType(kind)]
    return f"{prefix}:{slugify(name)}"


Offsets = tuple[int, int]


def _offsets(raw: Iterable[Iterable[int]]) -> tuple[Offsets, ...]:
    return tuple((int(a), int(b)) for a, b in raw)


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence (or list line) that proves a fact, with its offsets."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Evidence:
        return cls(start=int(data["start"]), end=int(data["end"]), text=str(data["text"]))


@dataclass(frozen=True, slots=True)
class Entity:
    """An organization, person, product or place mentioned in a document."""

    id: str
    type: EntityType
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    mentions: tuple[Offsets, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type.value,
            "name": self.name,
            "aliases": list(self.aliases),
            "country": self.country,
            "mentions": [list(m) for m in self.mentions],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Entity:
        return cls(
            id=str(data["id"]),
            type=EntityType(data["type"]),
            name=str(data["name"]),
            aliases=tuple(data.get("aliases") or ()),
            country=data.get("country"),
            mentions=_offsets(data.get("mentions") or ()),
        )


@dataclass(frozen=True, slots=True)
class Event:
    """One edition of a recurring event: 'WAIC 2023' and 'WAIC 2024' are two."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    year: int | None = None
    city: str | None = None
    country: str | None = None
    start: str | None = None
    end: str | None = None
    mentions: tuple[Offsets, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "aliases": list(self.aliases),
            "year": self.year,
            "city": self.city,
            "country": self.country,
            "start": self.start,
            "end": self.end,
            "mentions": [list(m) for m in self.mentions],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Event:
        year = data.get("year")
        return cls(
            id=str(data["id"]),
            name=str(data["name"]),
            aliases=tuple(data.get("aliases") or ()),
            year=int(year) if year is not None else None,
            city=data.get("city"),
            country=data.get("country"),
            start=data.get("start"),
            end=data.get("end"),
            mentions=_offsets(data.get("mentions") or ()),
        )


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed, evidenced claim: subject -predicate-> object."""

    subject: str
    predicate: Predicate
    object: str
    qualifiers: Mapping[str, str] = field(default_factory=dict)
    negated: bool = False
    confidence: float = 1.0
    evidence: Evidence | None = None

    @property
    def key(self) -> tuple[str, str, str, bool]:
        """Identity of the claim, independent of its evidence."""
        return (self.subject, self.predicate.value, self.object, self.negated)

    def to_json(self) -> dict[str, Any]:
        return {
            "subject": self.subject,
            "predicate": self.predicate.value,
            "object": self.object,
            "qualifiers": dict(self.qualifiers),
            "negated": self.negated,
            "confidence": self.confidence,
            "evidence": self.evidence.to_json() if self.evidence else None,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Relation:
        evidence = data.get("evidence")
        return cls(
            subject=str(data["subject"]),
            predicate=Predicate(data["predicate"]),
            object=str(data["object"]),
            qualifiers=dict(data.get("qualifiers") or {}),
            negated=bool(data.get("negated", False)),
            confidence=float(data.get("confidence", 1.0)),
            evidence=Evidence.from_json(evidence) if evidence else None,
        )


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number the text reports about an entity or event ('more than 400 enterprises')."""

    subject: str
    measure: str
    value: int | float
    qualifier: str | None = None
    evidence: Evidence | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "subject": self.subject,
            "measure": self.measure,
            "value": self.value,
            "qualifier": self.qualifier,
            "evidence": self.evidence.to_json() if self.evidence else None,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Quantity:
        evidence = data.get("evidence")
        return cls(
            subject=str(data["subject"]),
            measure=str(data["measure"]),
            value=data["value"],
            qualifier=data.get("qualifier"),
            evidence=Evidence.from_json(evidence) if evidence else None,
        )


class SpanLabel(StrEnum):
    """Labels for non-body parts of a news page, found by `clean`."""

    TITLE = "title"
    BOILERPLATE = "boilerplate"
    CAPTION = "caption"
    BYLINE = "byline"
    DATELINE = "dateline"


@dataclass(frozen=True, slots=True)
class Span:
    """A labeled region of the document text (a caption, a byline, ...)."""

    label: SpanLabel
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"label": self.label.value, "start": self.start, "end": self.end}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Span:
        return cls(label=SpanLabel(data["label"]), start=int(data["start"]), end=int(data["end"]))


_SCHEMA_KEYS = (
    "doc_id",
    "title",
    "published",
    "source",
    "entities",
    "events",
    "relations",
    "quantities",
)


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned document and, once extracted, its facts (SCHEMA.md document object).

    `text`, `spans` and `metadata` are ours, not SCHEMA.md's: `to_json()` leaves them
    out unless asked, so `extract --json` prints exactly the contract. Unknown keys of
    an input object (e.g. a gold file's `article_text`) ride along in `extra`.
    """

    doc_id: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    text: str = ""
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    spans: tuple[Span, ...] = ()
    metadata: Mapping[str, str] = field(default_factory=dict)
    extra: Mapping[str, Any] = field(default_factory=dict)

    def with_facts(
        self,
        *,
        entities: Iterable[Entity],
        events: Iterable[Event],
        relations: Iterable[Relation],
        quantities: Iterable[Quantity],
    ) -> Document:
        """A copy of this document carrying the given facts."""
        return replace(
            self,
            entities=tuple(entities),
            events=tuple(events),
            relations=tuple(relations),
            quantities=tuple(quantities),
        )

    def spans_labeled(self, label: SpanLabel) -> tuple[Span, ...]:
        return tuple(s for s in self.spans if s.label == label)

    def to_json(self, *, include_text: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "doc_id": self.doc_id,
            "title": self.title,
            "published": self.published,
            "source": self.source,
            "entities": [e.to_json() for e in self.entities],
            "events": [e.to_json() for e in self.events],
            "relations": [r.to_json() for r in self.relations],
            "quantities": [q.to_json() for q in self.quantities],
        }
        out.update(self.extra)
        if include_text:
            out["text"] = self.text
            out["spans"] = [s.to_json() for s in self.spans]
            out["metadata"] = dict(self.metadata)
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Document:
        ours = {"text", "spans", "metadata"}
        extra = {k: v for k, v in data.items() if k not in _SCHEMA_KEYS and k not in ours}
        return cls(
            doc_id=str(data["doc_id"]),
            title=data.get("title"),
            published=data.get("published"),
            source=data.get("source"),
            text=str(data.get("text") or ""),
            entities=tuple(Entity.from_json(e) for e in data.get("entities") or ()),
            events=tuple(Event.from_json(e) for e in data.get("events") or ()),
            relations=tuple(Relation.from_json(r) for r in data.get("relations") or ()),
            quantities=tuple(Quantity.from_json(q) for q in data.get("quantities") or ()),
            spans=tuple(Span.from_json(s) for s in data.get("spans") or ()),
            metadata=dict(data.get("metadata") or {}),
            extra=extra,
        )

"""Read helpers over the graph tables, shared by the analysis queries and the writer.

Every query here is built with `sqlalchemy.select` and bound parameters, and takes whole
id lists at once so that callers stay at a fixed number of queries per request.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from rivalgraph.model import Event
from rivalgraph.resolve.names import match_form, name_key, series_key
from rivalgraph.store.graph_tables import AliasRow, EntityKeyRow, EntityRow, EventRow, EvidenceRow, MentionRow
from rivalgraph.store.tables import DocumentRow

__all__ = [
    "StoredEvidence",
    "StoredNode",
    "aliases_of",
    "evidence_of",
    "find_editions",
    "find_entities",
    "nodes_by_id",
    "split_year",
]


@dataclass(frozen=True, slots=True)
class StoredEvidence:
    """One piece of support of a claim: a document sentence (`kind == "document"`) or a list entry."""

    kind: str
    confidence: float
    qualifiers: Mapping[str, str] = field(default_factory=dict)
    doc_id: str | None = None
    source: str | None = None
    title: str | None = None
    published: str | None = None
    start: int | None = None
    end: int | None = None
    text: str | None = None
    list_name: str | None = None
    entry_id: str | None = None
    listed_on: str | None = None
    score: float | None = None
    explanation: str | None = None
    programs: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """SCHEMA.md Evidence plus its provenance (document or list)."""
        if self.kind == "list":
            return {
                "kind": "list",
                "list": self.list_name,
                "entry_id": self.entry_id,
                "listed_on": self.listed_on,
                "score": self.score,
                "explanation": self.explanation,
                "programs": list(self.programs),
                "text": self.text,
            }
        return {
            "kind": "document",
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "doc_id": self.doc_id,
            "source": self.source,
            "title": self.title,
            "published": self.published,
            "confidence": self.confidence,
        }


def aliases_of(session: Session, ids: Sequence[str]) -> dict[str, list[str]]:
    """The aliases of each entity, in the order they were first seen."""
    result: dict[str, list[str]] = defaultdict(list)
    if not ids:
        return result
    rows = session.execute(
        sa.select(AliasRow.entity_id, AliasRow.alias).where(AliasRow.entity_id.in_(ids)).order_by(AliasRow.id)
    )
    for eid, alias in rows:
        result[eid].append(alias)
    return result


_EVIDENCE_COLUMNS = (
    "id",
    "claim_id",
    "kind",
    "confidence",
    "qualifiers",
    "doc_id",
    "start",
    "end",
    "text",
    "list_name",
    "entry_id",
    "listed_on",
    "score",
    "explanation",
    "programs",
)


def evidence_of(session: Session, claim_ids: Sequence[int]) -> dict[int, list[StoredEvidence]]:
    """The evidence of each claim (documents joined for source and title), in document order."""
    result: dict[int, list[StoredEvidence]] = defaultdict(list)
    if not claim_ids:
        return result
    rows = session.execute(
        # Plain columns, not ORM objects: report queries read thousands of rows and change none.
        sa.select(
            *(EvidenceRow.__table__.c[c] for c in _EVIDENCE_COLUMNS),
            DocumentRow.source,
            DocumentRow.title,
            DocumentRow.published,
        )
        .outerjoin(DocumentRow, DocumentRow.doc_id == EvidenceRow.doc_id)
        .where(EvidenceRow.claim_id.in_(sorted(set(claim_ids))))
        .order_by(
            EvidenceRow.claim_id, DocumentRow.published, EvidenceRow.doc_id, EvidenceRow.start, EvidenceRow.id
        )
    ).all()
    seen: set[tuple[Any, ...]] = set()
    for ev in rows:
        # The same sentence may back a claim twice after a manual merge; show it once.
        sentence = (ev.claim_id, ev.doc_id, ev.start, ev.end) if ev.kind == "document" else (ev.id,)
        if sentence in seen:
            continue
        seen.add(sentence)
        result[ev.claim_id].append(
            StoredEvidence(
                kind=ev.kind,
                confidence=ev.confidence,
                qualifiers=dict(ev.qualifiers or {}),
                doc_id=ev.doc_id,
                source=ev.source,
                title=ev.title,
                published=ev.published,
                start=ev.start,
                end=ev.end,
                text=ev.text,
                list_name=ev.list_name,
                entry_id=ev.entry_id,
                listed_on=ev.listed_on,
                score=ev.score,
                explanation=ev.explanation,
                programs=tuple(ev.programs or ()),
            )
        )
    return result


@dataclass(frozen=True, slots=True)
class StoredNode:
    """A live entity or event edition with its aliases (events carry their edition details)."""

    id: str
    type: str
    name: str
    country: str | None
    aliases: tuple[str, ...] = ()
    event: Event | None = None

    def to_json(self) -> dict[str, Any]:
        """SCHEMA.md Entity (or Event for an edition) without mentions."""
        if self.event is not None:
            return self.event.to_json()
        return {
            "id": self.id,
            "type": self.type,
            "name": self.name,
            "aliases": list(self.aliases),
            "country": self.country,
            "mentions": [],
        }


def nodes_by_id(session: Session, ids: Sequence[str]) -> dict[str, StoredNode]:
    """The stored nodes for these ids (three queries, whatever their number)."""
    ids = sorted(set(ids))
    if not ids:
        return {}
    rows = session.execute(
        sa.select(
            EntityRow.id,
            EntityRow.type,
            EntityRow.name,
            EntityRow.country,
            EventRow.entity_id.label("event_id"),
            EventRow.year,
            EventRow.city,
            EventRow.country.label("event_country"),
            EventRow.start,
            EventRow.end,
        )
        .outerjoin(EventRow, EventRow.entity_id == EntityRow.id)
        .where(EntityRow.id.in_(ids))
    ).all()
    aliases = aliases_of(session, ids)
    result: dict[str, StoredNode] = {}
    for row in rows:
        names = tuple(dict.fromkeys(aliases.get(row.id, [])))
        event = None
        if row.event_id is not None:
            event = Event(
                id=row.id,
                name=row.name,
                aliases=tuple(a for a in names if a != row.name),
                year=row.year,
                city=row.city,
                country=row.event_country or row.country,
                start=row.start,
                end=row.end,
            )
        result[row.id] = StoredNode(row.id, row.type, row.name, row.country, names, event)
    return result


_YEAR_SUFFIX = re.compile(r"^(?P<name>.*\S)\s+(?P<year>(?:19|20)\d\d)$")


def split_year(name: str) -> tuple[str, int | None]:
    """'WAIC 2023' -> ('WAIC', 2023); a name without a trailing year is returned as is."""
    found = _YEAR_SUFFIX.match(name.strip())
    if found is None:
        return name.strip(), None
    return found["name"], int(found["year"])


def find_editions(session: Session, name: str, year: int | None = None) -> list[StoredNode]:
    """The editions of the series whose name or alias is `name` (all years unless `year`), oldest first."""
    form = match_form(name)
    series = set(
        session.scalars(
            sa.select(EventRow.series)
            .join(AliasRow, AliasRow.entity_id == EventRow.entity_id)
            .join(EntityRow, EntityRow.id == EventRow.entity_id)
            .where(AliasRow.norm == form, EntityRow.merged_into.is_(None))
        )
    )
    series.add(series_key(name))
    query = (
        sa.select(EventRow.entity_id)
        .join(EntityRow, EntityRow.id == EventRow.entity_id)
        .where(EventRow.series.in_(sorted(series)), EntityRow.merged_into.is_(None))
    )
    if year is not None:
        query = query.where(EventRow.year == year)
    ids = list(session.scalars(query))
    nodes = nodes_by_id(session, ids)
    return sorted(nodes.values(), key=lambda n: (n.event.year if n.event and n.event.year else 0, n.id))


def find_entities(session: Session, text: str, *, types: Sequence[str] | None = None) -> list[StoredNode]:
    """Live entities whose id, name or alias is `text` (after normalization), most mentioned first."""
    ids: set[str] = set()
    if session.get(EntityRow, text) is not None:
        ids.add(text)
    form = match_form(text)
    ids.update(session.scalars(sa.select(AliasRow.entity_id).where(AliasRow.norm == form)))
    keys = [f"id:{text}"]
    if types:
        keys += [k for k in (name_key(t, text) for t in types) if k]
    ids.update(session.scalars(sa.select(EntityKeyRow.entity_id).where(EntityKeyRow.key.in_(keys))))
    if not ids:
        return []
    query = sa.select(EntityRow.id).where(EntityRow.id.in_(sorted(ids)), EntityRow.merged_into.is_(None))
    if types:
        query = query.where(EntityRow.type.in_(list(types)))
    live = list(session.scalars(query))
    counts = dict(
        session.execute(
            sa.select(MentionRow.entity_id, sa.func.count())
            .where(MentionRow.entity_id.in_(live))
            .group_by(MentionRow.entity_id)
        )
        .tuples()
        .all()
    )
    nodes = nodes_by_id(session, live)
    return sorted(nodes.values(), key=lambda n: (-counts.get(n.id, 0), n.id))

"""An entity's profile: names, country, owners and units, products, events by year, sanctions, sources."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from rivalgraph.analysis.events import SanctionStatus, merge_qualifiers, sanctions_of
from rivalgraph.errors import NotFoundError
from rivalgraph.model import Predicate
from rivalgraph.store.graph import claim_confidence
from rivalgraph.store.graph_tables import ClaimRow, MentionRow
from rivalgraph.store.reader import StoredEvidence, StoredNode, evidence_of, find_entities, nodes_by_id
from rivalgraph.store.tables import DocumentRow

__all__ = ["EntityProfile", "Link", "entity_profile"]


@dataclass(frozen=True, slots=True)
class Link:
    """A claim seen from the profiled entity: the other end, the predicate and its support."""

    predicate: Predicate
    other: StoredNode
    outgoing: bool
    negated: bool
    confidence: float
    qualifiers: dict[str, str]
    evidence: tuple[StoredEvidence, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "predicate": self.predicate.value,
            "direction": "out" if self.outgoing else "in",
            "other": self.other.to_json(),
            "negated": self.negated,
            "confidence": round(self.confidence, 4),
            "qualifiers": self.qualifiers,
            "evidence": [ev.to_json() for ev in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class EntityProfile:
    """Everything the graph says about one entity."""

    entity: StoredNode
    links: tuple[Link, ...]
    sanctions: tuple[SanctionStatus, ...]
    sources: tuple[tuple[str, str, str | None, str | None], ...]  # doc_id, source, title, published
    others: tuple[StoredNode, ...] = ()

    def _pick(self, predicate: Predicate, *, outgoing: bool) -> list[Link]:
        return [lk for lk in self.links if lk.predicate is predicate and lk.outgoing is outgoing]

    @property
    def owners(self) -> list[Link]:
        """Who owns it (owns, incoming) and whose affiliate it is (affiliate_of, outgoing)."""
        return self._pick(Predicate.OWNS, outgoing=False) + self._pick(Predicate.AFFILIATE_OF, outgoing=True)

    @property
    def holdings(self) -> list[Link]:
        """What it owns, and its affiliates."""
        return self._pick(Predicate.OWNS, outgoing=True) + self._pick(Predicate.AFFILIATE_OF, outgoing=False)

    @property
    def products(self) -> list[Link]:
        return self._pick(Predicate.DEVELOPS, outgoing=True)

    @property
    def events(self) -> list[Link]:
        """Its roles at event editions, oldest edition first."""
        rows = [lk for lk in self.links if lk.outgoing and lk.other.event is not None]
        return sorted(
            rows, key=lambda lk: (lk.other.event.year or 0 if lk.other.event else 0, lk.predicate.value)
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "entity": self.entity.to_json(),
            "owners": [lk.to_json() for lk in self.owners],
            "holdings": [lk.to_json() for lk in self.holdings],
            "products": [lk.to_json() for lk in self.products],
            "events": [lk.to_json() for lk in self.events],
            "links": [lk.to_json() for lk in self.links],
            "sanctions": [s.to_json() for s in self.sanctions],
            "sources": [
                {"doc_id": d, "source": s, "title": t, "published": p} for d, s, t, p in self.sources
            ],
            "other_matches": [o.to_json() for o in self.others],
        }


def entity_profile(session: Session, name: str, *, types: Sequence[str] | None = None) -> EntityProfile:
    """The profile of the entity named `name` (id, name or alias); the most mentioned one if several."""
    found = find_entities(session, name, types=types)
    if not found:
        raise NotFoundError(f"no entity named {name!r} in the store; try `rivalgraph search {name!r}`")
    entity, others = found[0], tuple(found[1:])
    claims = session.execute(
        sa.select(
            ClaimRow.id,
            ClaimRow.subject_id,
            ClaimRow.predicate,
            ClaimRow.object_id,
            ClaimRow.negated,
            ClaimRow.miss_log,
        ).where(sa.or_(ClaimRow.subject_id == entity.id, ClaimRow.object_id == entity.id))
    ).all()
    evidence = evidence_of(session, [c.id for c in claims])
    nodes = nodes_by_id(session, [c.object_id if c.subject_id == entity.id else c.subject_id for c in claims])
    links = []
    for c in claims:
        outgoing = c.subject_id == entity.id
        other = nodes[c.object_id if outgoing else c.subject_id]
        support = tuple(evidence.get(c.id, ()))
        links.append(
            Link(
                Predicate(c.predicate),
                other,
                outgoing,
                bool(c.negated),
                claim_confidence(c.miss_log),
                merge_qualifiers(support),
                support,
            )
        )
    links.sort(key=lambda lk: (lk.predicate.value, not lk.outgoing, lk.other.name))
    doc_ids = {ev.doc_id for support in evidence.values() for ev in support if ev.doc_id}
    doc_ids.update(
        str(d)
        for d in session.scalars(
            sa.select(MentionRow.doc_id).where(MentionRow.entity_id == entity.id).distinct()
        )
    )
    sources = session.execute(
        sa.select(DocumentRow.doc_id, DocumentRow.source, DocumentRow.title, DocumentRow.published)
        .where(DocumentRow.doc_id.in_(sorted(doc_ids)))
        .order_by(DocumentRow.published, DocumentRow.doc_id)
    ).all()
    return EntityProfile(
        entity=entity,
        links=tuple(links),
        sanctions=sanctions_of(session, [entity.id]).get(entity.id, ()),
        sources=tuple((d, s or d, t, p) for d, s, t, p in sources),
        others=others,
    )

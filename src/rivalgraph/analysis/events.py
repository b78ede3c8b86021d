"""Who sponsored, exhibited at, attended, spoke at, organized or stayed away from an event edition.

A fixed number of queries per report (edition, claims, evidence, nodes, sanctions, their
evidence), whatever the number of participants, so the report stays fast on a large graph.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from rivalgraph.errors import NotFoundError
from rivalgraph.model import Event, Predicate
from rivalgraph.store.graph import claim_confidence
from rivalgraph.store.graph_tables import ClaimRow
from rivalgraph.store.reader import (
    StoredEvidence,
    StoredNode,
    evidence_of,
    find_editions,
    nodes_by_id,
    split_year,
)

__all__ = [
    "PARTICIPATION",
    "EventReport",
    "Participant",
    "SanctionStatus",
    "event_report",
    "list_editions",
    "merge_qualifiers",
    "sanctions_of",
]

#: Predicates that tie a participant to an event, in the order a report shows them.
PARTICIPATION: tuple[Predicate, ...] = (
    Predicate.ORGANIZES,
    Predicate.SPONSORS,
    Predicate.EXHIBITS_AT,
    Predicate.SPEAKS_AT,
    Predicate.ATTENDS,
    Predicate.ABSENT_FROM,
)

#: How a report names each group of participants.
ROLE_LABELS: Mapping[Predicate, str] = {
    Predicate.ORGANIZES: "organizers",
    Predicate.SPONSORS: "sponsors",
    Predicate.EXHIBITS_AT: "exhibitors",
    Predicate.SPEAKS_AT: "speakers",
    Predicate.ATTENDS: "attendees",
    Predicate.ABSENT_FROM: "absentees",
}


@dataclass(frozen=True, slots=True)
class SanctionStatus:
    """One sanctions finding about an entity: what an article says, or what a list records."""

    kind: str  # "article" (a document says so) or "list" (a sanctions list names it)
    by_id: str
    by: str
    confidence: float
    evidence: tuple[StoredEvidence, ...]

    @property
    def summary(self) -> str:
        """One line a reader can check: who says it and since when."""
        if self.kind == "list":
            parts = []
            for ev in self.evidence:
                since = f" since {ev.listed_on}" if ev.listed_on else ""
                parts.append(f"{ev.list_name} says listed{since}")
            return "; ".join(parts)
        sources = sorted({ev.source or ev.doc_id or "?" for ev in self.evidence})
        return f"article says sanctioned by {self.by} ({', '.join(sources)})"

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "by": self.by,
            "by_id": self.by_id,
            "confidence": round(self.confidence, 4),
            "summary": self.summary,
            "evidence": [ev.to_json() for ev in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class Participant:
    """An entity's role at an edition, with every sentence that supports it."""

    entity: StoredNode
    role: Predicate
    negated: bool
    confidence: float
    qualifiers: Mapping[str, str] = field(default_factory=dict)
    evidence: tuple[StoredEvidence, ...] = ()
    sanctions: tuple[SanctionStatus, ...] = ()
    contradicted_by: tuple[str, ...] = ()

    @property
    def group(self) -> str:
        """The report group: 'sponsors', 'absentees', 'attendees (denied)'..."""
        if self.negated and self.role is Predicate.ATTENDS:
            return ROLE_LABELS[Predicate.ABSENT_FROM]
        label = ROLE_LABELS[self.role]
        return f"{label} (denied)" if self.negated else label

    def to_json(self) -> dict[str, Any]:
        return {
            "entity": self.entity.to_json(),
            "role": self.role.value,
            "qualifiers": dict(self.qualifiers),
            "negated": self.negated,
            "confidence": round(self.confidence, 4),
            "sanctions": [s.to_json() for s in self.sanctions],
            "contradicted_by": list(self.contradicted_by),
            "evidence": [ev.to_json() for ev in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class EventReport:
    """An edition and its participants."""

    event: Event
    participants: tuple[Participant, ...]

    def by_group(self) -> dict[str, list[Participant]]:
        """Participants grouped by role, in report order."""
        groups: dict[str, list[Participant]] = defaultdict(list)
        for p in self.participants:
            groups[p.group].append(p)
        return dict(groups)

    def by_country(self) -> dict[str, list[Participant]]:
        """Participants grouped by the entity's country ('??' when unknown), largest group first."""
        groups: dict[str, list[Participant]] = defaultdict(list)
        for p in self.participants:
            groups[p.entity.country or "??"].append(p)
        return dict(sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])))

    def to_json(self) -> dict[str, Any]:
        return {"event": self.event.to_json(), "participants": [p.to_json() for p in self.participants]}


def merge_qualifiers(evidence: Sequence[StoredEvidence]) -> dict[str, str]:
    """The qualifiers of a claim: for each key, the value most sources give (first seen on a tie)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for ev in evidence:
        for key, value in ev.qualifiers.items():
            votes[key][value] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in votes.items()}


def sanctions_of(session: Session, entity_ids: Sequence[str]) -> dict[str, tuple[SanctionStatus, ...]]:
    """Sanctions findings per entity: article claims and list claims side by side (two queries + nodes)."""
    if not entity_ids:
        return {}
    claims = session.execute(
        sa.select(ClaimRow.id, ClaimRow.subject_id, ClaimRow.object_id).where(
            ClaimRow.subject_id.in_(sorted(set(entity_ids))),
            ClaimRow.predicate == Predicate.SANCTIONED_BY.value,
            ClaimRow.negated.is_(False),
        )
    ).all()
    evidence = evidence_of(session, [c.id for c in claims])
    authorities = nodes_by_id(session, [c.object_id for c in claims])
    result: dict[str, list[SanctionStatus]] = defaultdict(list)
    for c in claims:
        by = authorities[c.object_id].name if c.object_id in authorities else c.object_id
        for kind, source_kind in (("article", "document"), ("list", "list")):
            support = tuple(ev for ev in evidence.get(c.id, ()) if ev.kind == source_kind)
            if support:
                miss = 1.0
                for ev in support:
                    miss *= 1.0 - ev.confidence
                result[c.subject_id].append(SanctionStatus(kind, c.object_id, by, 1.0 - miss, support))
    return {k: tuple(v) for k, v in result.items()}


_POSITIVE = {Predicate.ATTENDS, Predicate.SPONSORS, Predicate.EXHIBITS_AT, Predicate.SPEAKS_AT}


def _contradictions(claims: Sequence[Any]) -> dict[int, tuple[str, ...]]:
    """Claims that disagree about presence: attends (or any role) in one source, absent in another."""
    by_subject: dict[str, list[Any]] = defaultdict(list)
    for c in claims:
        by_subject[c.subject_id].append(c)
    result: dict[int, tuple[str, ...]] = {}
    for group in by_subject.values():
        present = [c for c in group if Predicate(c.predicate) in _POSITIVE and not c.negated]
        absent = [
            c
            for c in group
            if Predicate(c.predicate) is Predicate.ABSENT_FROM
            or (Predicate(c.predicate) is Predicate.ATTENDS and c.negated)
        ]
        if present and absent:
            for c in present:
                result[c.id] = (Predicate.ABSENT_FROM.value,)
            for c in absent:
                result[c.id] = tuple(sorted({Predicate(p.predicate).value for p in present}))
    return result


def list_editions(session: Session, name: str) -> list[StoredNode]:
    """Every stored edition of the series `name` names, oldest first; NotFoundError when none."""
    base, year = split_year(name)
    editions = find_editions(session, base, year)
    if not editions:
        raise NotFoundError(
            f"no event named {name!r} in the store: check the spelling, or try `rivalgraph search {base!r}`"
        )
    return editions


def event_report(session: Session, name: str, year: int | None = None) -> EventReport:
    """The participants of one edition ('WAIC' + 2023, or 'WAIC 2023'), grouped by role in report order."""
    base, named_year = split_year(name)
    year = year if year is not None else named_year
    editions = find_editions(session, base, year) if year is not None else []
    if not editions:
        known = ", ".join(str(e.event.year) for e in find_editions(session, base) if e.event and e.event.year)
        hint = f"known editions: {known}" if known else f"try `rivalgraph search {base!r}`"
        what = f"{name!r} in {year}" if year is not None else f"{name!r} without --year"
        raise NotFoundError(f"no edition of {what} in the store; {hint}")
    edition = editions[0]
    claims = session.execute(
        sa.select(
            ClaimRow.id, ClaimRow.subject_id, ClaimRow.predicate, ClaimRow.negated, ClaimRow.miss_log
        ).where(
            ClaimRow.object_id == edition.id,
            ClaimRow.predicate.in_([p.value for p in PARTICIPATION]),
        )
    ).all()
    evidence = evidence_of(session, [c.id for c in claims])
    nodes = nodes_by_id(session, [c.subject_id for c in claims])
    sanctions = sanctions_of(session, list(nodes))
    contradictions = _contradictions(claims)
    order = {p: i for i, p in enumerate(PARTICIPATION)}
    participants = [
        Participant(
            entity=nodes[c.subject_id],
            role=Predicate(c.predicate),
            negated=bool(c.negated),
            confidence=claim_confidence(c.miss_log),
            qualifiers=merge_qualifiers(evidence.get(c.id, ())),
            evidence=tuple(evidence.get(c.id, ())),
            sanctions=sanctions.get(c.subject_id, ()),
            contradicted_by=contradictions.get(c.id, ()),
        )
        for c in claims
    ]
    participants.sort(
        key=lambda p: (
            order[p.role],
            p.negated,
            p.qualifiers.get("role", "~"),
            p.entity.country or "~",
            p.entity.name,
        )
    )
    assert edition.event is not None  # find_editions returns EVENT nodes, which carry their edition
    return EventReport(edition.event, tuple(participants))

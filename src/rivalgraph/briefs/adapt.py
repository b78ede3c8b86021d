"""Fill brief inputs from `rivalgraph.analysis` results (and stored quantities) for one session.

Only evidence that can be footnoted survives: a document sentence with its offsets, or a
sanctions-list entry. Trend cells count an edition as covered only when some source names
its sponsors; an edition merely mentioned stays "no data", so "none" is never inferred.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import sqlalchemy as sa
from sqlalchemy.orm import Session

from rivalgraph.analysis import (
    EntityProfile,
    EventReport,
    SanctionStatus,
    entity_profile,
    event_report,
    list_editions,
    trend,
)
from rivalgraph.analysis import Participant as ReportParticipant
from rivalgraph.briefs.compose import focus_countries
from rivalgraph.briefs.inputs import (
    EditionInfo,
    EntityBriefInput,
    EventBriefInput,
    Link,
    Participant,
    Participation,
    ReportedQuantity,
    Role,
    SanctionClaim,
    Sanctions,
    TrendCell,
    TrendInput,
)
from rivalgraph.briefs.model import DocumentCitation, ListCitation, SourceDocument
from rivalgraph.kb import KnowledgeBase, load_kb
from rivalgraph.model import Event, Predicate
from rivalgraph.store.graph_tables import QuantityRow
from rivalgraph.store.reader import StoredEvidence
from rivalgraph.store.tables import DocumentRow

__all__ = ["entity_input", "event_input"]

_ROLES: dict[Predicate, Role] = {
    Predicate.SPONSORS: Role.SPONSOR,
    Predicate.EXHIBITS_AT: Role.EXHIBITOR,
    Predicate.ATTENDS: Role.ATTENDEE,
    Predicate.SPEAKS_AT: Role.SPEAKER,
    Predicate.ORGANIZES: Role.ORGANIZER,
    Predicate.ABSENT_FROM: Role.ABSENT,
}
# Relations an entity brief words as ties (the rest are roles, places or sanctions).
_TIES = frozenset(
    {Predicate.OWNS, Predicate.AFFILIATE_OF, Predicate.BACKED_BY, Predicate.DEVELOPS, Predicate.EMPLOYS}
)


def _citations(evidence: Iterable[StoredEvidence]) -> tuple[DocumentCitation, ...]:
    out = []
    for ev in evidence:
        if (
            ev.kind != "document"
            or ev.doc_id is None
            or ev.start is None
            or ev.end is None
            or ev.text is None
        ):
            continue
        doc = SourceDocument(ev.doc_id, ev.title, ev.published, ev.source)
        out.append(DocumentCitation(doc, ev.start, ev.end, ev.text))
    return tuple(out)


def _country_code(kb: KnowledgeBase, name: str) -> str:
    place = kb.lookup_place(name)
    return place.country if place is not None else name


def _sanctions(kb: KnowledgeBase, statuses: Sequence[SanctionStatus]) -> Sanctions:
    claims = []
    matches: list[ListCitation] = []
    for status in statuses:
        if status.kind == "list":
            matches.extend(
                ListCitation(ev.list_name or "sanctions list", ev.entry_id or "?", ev.listed_on)
                for ev in status.evidence
                if ev.kind == "list"
            )
        else:
            evidence = _citations(status.evidence)
            if evidence:
                claims.append(SanctionClaim(_country_code(kb, status.by), evidence))
    return Sanctions(tuple(claims), tuple(matches))


def _role(p: ReportParticipant) -> tuple[Role, bool]:
    # "attends, negated" is how some sources say "absent"; the analysis groups it so too.
    if p.role is Predicate.ATTENDS and p.negated:
        return Role.ABSENT, False
    return _ROLES[p.role], p.negated


def _participants(kb: KnowledgeBase, report: EventReport) -> tuple[Participant, ...]:
    out = []
    for p in report.participants:
        evidence = _citations(p.evidence)
        if not evidence:
            continue
        role, negated = _role(p)
        out.append(
            Participant(
                entity_id=p.entity.id,
                name=p.entity.name,
                country=p.entity.country,
                role=role,
                evidence=evidence,
                qualifier=p.qualifiers.get("role"),
                negated=negated,
                is_person=p.entity.type == "PERSON",
                sanctions=_sanctions(kb, p.sanctions),
            )
        )
    return tuple(out)


def _quantities(session: Session, subject_id: str) -> tuple[ReportedQuantity, ...]:
    rows = session.execute(
        sa.select(QuantityRow, DocumentRow.title, DocumentRow.published, DocumentRow.source)
        .join(DocumentRow, DocumentRow.doc_id == QuantityRow.doc_id)
        .where(QuantityRow.subject_id == subject_id, QuantityRow.text.is_not(None))
        .order_by(DocumentRow.published, QuantityRow.doc_id, QuantityRow.start)
    ).all()
    return tuple(
        ReportedQuantity(
            q.measure,
            q.value,
            q.qualifier,
            DocumentCitation(
                SourceDocument(q.doc_id, title, published, source), q.start, q.end, q.text or ""
            ),
        )
        for q, title, published, source in rows
    )


def _edition(event: Event) -> EditionInfo:
    short = min((a for a in event.aliases if a.isupper() and 2 <= len(a) <= 8), key=len, default=None)
    return EditionInfo(event.id, event.name, short, event.year, event.city, event.country)


def _trend(session: Session, kb: KnowledgeBase, event: Event, country: str) -> TrendInput | None:
    """Sponsors from `country`, edition by edition, each count backed by its sentences."""
    table = trend(session, event.name, predicate=Predicate.SPONSORS, kb=kb)
    if len(table.years) < 2:
        return None
    editions = {e.event.year: e for e in list_editions(session, event.name) if e.event is not None}
    cells = []
    for year in table.years:
        count: int | None = None
        members: tuple[str, ...] = ()
        evidence: tuple[DocumentCitation, ...] = ()
        reported: tuple[ReportedQuantity, ...] = ()
        if table.has_data(year) and year in editions:
            report = event_report(session, event.name, year)
            sponsors = [p for p in _participants(kb, report) if p.role is Role.SPONSOR and not p.negated]
            if sponsors:
                ours = [p for p in sponsors if p.country == country]
                count = len(ours)
                members = tuple(sorted(p.name for p in ours))
                # "none from the US" rests on the sentences naming the edition's other sponsors.
                evidence = tuple(c for p in (ours or sponsors) for c in p.evidence)
            measure = f"{country.lower()}_sponsors"
            reported = tuple(q for q in _quantities(session, report.event.id) if q.measure == measure)
        cells.append(TrendCell(year, count, members, evidence, reported))
    return TrendInput(Role.SPONSOR, country, tuple(cells))


def event_input(
    session: Session, name: str, year: int | None, *, kb: KnowledgeBase | None = None
) -> EventBriefInput:
    """Everything an event brief states about the edition `name` + `year`."""
    kb = kb or load_kb()
    report = event_report(session, name, year)
    event = report.event
    trends = tuple(
        t for c in focus_countries(event.country) if (t := _trend(session, kb, event, c)) is not None
    )
    return EventBriefInput(
        edition=_edition(event),
        participants=_participants(kb, report),
        quantities=_quantities(session, event.id),
        trends=trends,
    )


def _edition_name(event: Event) -> str:
    info = _edition(event)
    return info.short_name or info.name


def entity_input(session: Session, name: str, *, kb: KnowledgeBase | None = None) -> EntityBriefInput:
    """Everything an entity brief states about the entity `name` (id, name or alias)."""
    kb = kb or load_kb()
    profile: EntityProfile = entity_profile(session, name)
    entity = profile.entity
    participations = []
    links = []
    country_evidence: list[DocumentCitation] = []
    for link in profile.links:
        evidence = _citations(link.evidence)
        if not evidence:
            continue
        event = link.other.event
        if event is not None and link.outgoing and link.predicate in _ROLES:
            role, negated = (
                (Role.ABSENT, False)
                if link.predicate is Predicate.ATTENDS and link.negated
                else (_ROLES[link.predicate], link.negated)
            )
            participations.append(
                Participation(
                    event.id,
                    _edition_name(event),
                    event.year,
                    role,
                    evidence,
                    link.qualifiers.get("role"),
                    negated,
                )
            )
        elif link.predicate is Predicate.BASED_IN and link.outgoing and not link.negated:
            if entity.country and _country_code(kb, link.other.name) == entity.country:
                country_evidence.extend(evidence)
        elif link.predicate in _TIES:
            links.append(
                Link(
                    link.predicate.value,
                    link.outgoing,
                    link.other.id,
                    link.other.name,
                    evidence,
                    tuple(sorted(link.qualifiers.items())),
                    link.negated,
                )
            )
    return EntityBriefInput(
        entity_id=entity.id,
        name=entity.name,
        kind=entity.type,
        country=entity.country,
        country_evidence=tuple(country_evidence),
        participations=tuple(participations),
        links=tuple(links),
        sanctions=_sanctions(kb, profile.sanctions),
        quantities=_quantities(session, entity.id),
    )

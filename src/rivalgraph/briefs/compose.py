"""Compose briefs from typed inputs: choose the findings, order them, attach charts.

Pure functions of their input: the same analysis results always give the same brief.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from rivalgraph.briefs import charts, rules
from rivalgraph.briefs.inputs import (
    EntityBriefInput,
    EventBriefInput,
    Participant,
    Role,
    SanctionClaim,
    Sanctions,
)
from rivalgraph.briefs.model import (
    Brief,
    BriefKind,
    Chart,
    DocumentCitation,
    ListCitation,
    Note,
    Paragraph,
    Section,
    Sentence,
)
from rivalgraph.briefs.wording import country_name, plural

__all__ = [
    "compose_entity_brief",
    "compose_event_brief",
    "edition_label",
    "focus_countries",
    "merge_participants",
]

# The two sides of the rivalry: an event held in one is read for the other's presence.
_RIVALS = ("US", "CN")
# Tier words that say no more than "sponsor": a named tier wins over them when sources differ.
_GENERIC_TIERS = frozenset({"sponsor", "partner"})
_KIND_WORDS = {"ORG": "organization", "PERSON": "person", "PRODUCT": "product", "GPE": "place"}
_ROLE_ORDER = (Role.ORGANIZER, Role.SPONSOR, Role.EXHIBITOR, Role.ATTENDEE, Role.SPEAKER)


def edition_label(name: str, short_name: str | None, year: int | None) -> str:
    """'WAIC 2023' (short name when the series has one)."""
    base = short_name or name
    return f"{base} {year}" if year is not None else base


def _unique_citations(items: Iterable[DocumentCitation]) -> tuple[DocumentCitation, ...]:
    seen: dict[tuple[str, ...], DocumentCitation] = {}
    for c in items:
        seen.setdefault(c.key, c)
    return tuple(seen.values())


def _merge_sanctions(items: Iterable[Sanctions]) -> Sanctions:
    claims: list[SanctionClaim] = []
    matches: dict[tuple[str, ...], ListCitation] = {}
    for s in items:
        claims.extend(s.claims)
        for m in s.list_matches:
            matches.setdefault(m.key, m)
    return Sanctions(tuple(claims), tuple(matches.values()))


def _tier(qualifiers: Sequence[tuple[str | None, int]]) -> str | None:
    """The most specific qualifier sources give ('strategic partner' over 'sponsor'), by support."""
    named = [(q, n) for q, n in qualifiers if q]
    if not named:
        return None
    specific = [(q, n) for q, n in named if q.casefold() not in _GENERIC_TIERS] or named
    return sorted(specific, key=lambda qn: (-qn[1], qn[0]))[0][0]


def merge_participants(participants: Iterable[Participant]) -> tuple[Participant, ...]:
    """One participant per (entity, role, negated), evidence pooled, qualifier chosen by `_tier`."""
    groups: dict[tuple[str, Role, bool], list[Participant]] = defaultdict(list)
    for p in participants:
        groups[(p.entity_id, p.role, p.negated)].append(p)
    merged = []
    for (_eid, _role, _neg), items in groups.items():
        support: dict[str | None, int] = defaultdict(int)
        for p in items:
            support[p.qualifier] += len(p.evidence)
        first = items[0]
        merged.append(
            Participant(
                entity_id=first.entity_id,
                name=first.name,
                country=next((p.country for p in items if p.country), None),
                role=first.role,
                evidence=_unique_citations(c for p in items for c in p.evidence),
                qualifier=_tier(list(support.items())),
                negated=first.negated,
                is_person=first.is_person,
                sanctions=_merge_sanctions(p.sanctions for p in items),
            )
        )
    return tuple(sorted(merged, key=lambda p: (p.name.casefold(), p.entity_id, p.role.value)))


def _noun(p: Participant) -> str:
    return p.qualifier or rules.ROLE_NOUNS[p.role]


def _groups(members: Sequence[Participant]) -> list[tuple[str, list[Participant]]]:
    """Members by noun ('strategic partner', 'sponsor'): named tiers first, larger first."""
    by_noun: dict[str, list[Participant]] = defaultdict(list)
    for p in members:
        by_noun[_noun(p)].append(p)
    return sorted(by_noun.items(), key=lambda kv: (kv[0].casefold() in _GENERIC_TIERS, -len(kv[1]), kv[0]))


def focus_countries(host: str | None) -> tuple[str, ...]:
    """Whose presence an edition is read for: the rival of the host, or both sides elsewhere."""
    others = tuple(c for c in _RIVALS if c != host)
    return others if host in _RIVALS else _RIVALS


def _paragraph(items: Iterable[Sentence | Note]) -> tuple[Paragraph, ...]:
    kept = tuple(items)
    return (Paragraph(kept),) if kept else ()


def _section(
    heading: str, paragraphs: Iterable[Paragraph], chart_list: Iterable[Chart | None] = ()
) -> Section | None:
    kept = tuple(paragraphs)
    drawn = tuple(c for c in chart_list if c is not None)
    if not kept and not drawn:
        return None
    return Section(heading, kept, drawn)


def compose_event_brief(data: EventBriefInput) -> Brief:
    """The brief of one event edition."""
    edition = data.edition
    label = edition_label(edition.name, edition.short_name, edition.year)
    series = edition.short_name or edition.name
    people = merge_participants(data.participants)
    present = [p for p in people if not p.negated and p.role is not Role.ABSENT]
    sponsors = [p for p in present if p.role is Role.SPONSOR]
    absent = [p for p in people if p.role is Role.ABSENT and not p.negated]
    focus = focus_countries(edition.country)
    quantities = list(data.quantities)

    country_findings = [s for c in focus for s in rules.country_sponsors(label, c, sponsors, quantities)]
    role_of: dict[str, str] = {}
    for p in sorted(present, key=lambda p: _ROLE_ORDER.index(p.role) if p.role in _ROLE_ORDER else 99):
        role_of.setdefault(p.entity_id, _noun(p))
    sanctioned_by_id: dict[str, Participant] = {}
    for p in present:
        if p.sanctions.any:
            prior = sanctioned_by_id.get(p.entity_id)
            merged = _merge_sanctions([prior.sanctions, p.sanctions]) if prior else p.sanctions
            sanctioned_by_id[p.entity_id] = Participant(
                p.entity_id, p.name, p.country, p.role, p.evidence, p.qualifier, False, p.is_person, merged
            )
    sanctioned = sorted(sanctioned_by_id.values(), key=lambda p: p.name.casefold())
    standfirst = (
        *country_findings[:1],
        *rules.sanction_summary(label, sanctioned, role_of),
        *rules.absentees(label, absent),
    )

    consumed: set[str] = {f"{c.lower()}_sponsors" for c in focus}
    participant_sentences: list[Sentence | Note] = [
        *rules.sponsors_headline(label, sponsors),
        *country_findings[1:],
    ]
    for role in _ROLE_ORDER:
        members = [p for p in present if p.role is role]
        groups = _groups(members)
        for i, (noun, group) in enumerate(groups):
            consumed.add(plural(noun, 2).replace(" ", "_").casefold())
            # A generic tier after a named one reads "also ... other sponsors", not a second headcount.
            generic_after_named = i > 0 and noun.casefold() in _GENERIC_TIERS
            if role is Role.ORGANIZER:
                participant_sentences.extend(rules.organizers(label, noun, group))
                continue
            participant_sentences.extend(
                rules.role_members(label, noun, group, quantities, others=generic_after_named)
            )
    participant_sentences.extend(rules.negated_participants(label, people))
    participant_sentences.extend(rules.presence_conflicts(label, people))
    tiers = {p.entity_id: (p.qualifier or "sponsor") for p in sponsors}
    sections = [
        _section(
            "Who takes part",
            _paragraph(participant_sentences),
            [charts.sponsors_by_country_chart(label, sponsors, tiers)],
        ),
        _section(
            "Sanctioned participants",
            _paragraph(s for p in sanctioned for s in rules.sanction_details(p.name, p.sanctions)),
        ),
        _section(
            "Change across editions",
            (p for t in data.trends for p in _paragraph(rules.trend_sentences(t, series=series))),
            [charts.trend_chart(t, series=series) for t in data.trends],
        ),
        _section(
            "Figures reported by sources",
            _paragraph(rules.quantity_sentences(label, [q for q in quantities if q.measure not in consumed])),
        ),
    ]
    place = ", ".join(
        x for x in (edition.city, country_name(edition.country) if edition.country else None) if x
    )
    title = f"{edition.name} {edition.year}" if edition.year is not None else edition.name
    brief = Brief(
        kind=BriefKind.EVENT,
        subject_id=edition.event_id,
        title=title,
        subtitle=" \u00b7 ".join(x for x in (edition.short_name, place) if x),
        standfirst=tuple(standfirst),
        sections=tuple(s for s in sections if s is not None),
    )
    return brief


def compose_entity_brief(data: EntityBriefInput) -> Brief:
    """The brief of one organization or person."""
    name = data.name
    standfirst = (
        *rules.entity_country(name, data.country, data.country_evidence),
        *rules.sanction_details(name, data.sanctions),
    )
    sections = [
        _section(
            "Events",
            _paragraph(rules.entity_participations(name, data.participations)),
            [charts.participation_chart(name, data.participations)],
        ),
        _section(
            "Ties to other organizations, people and products",
            _paragraph(rules.entity_links(name, data.links)),
        ),
        _section("Figures reported by sources", _paragraph(rules.quantity_sentences(name, data.quantities))),
    ]
    country = country_name(data.country).removeprefix("the ") if data.country else None
    return Brief(
        kind=BriefKind.ENTITY,
        subject_id=data.entity_id,
        title=name,
        subtitle=" \u00b7 ".join(x for x in (_KIND_WORDS.get(data.kind, data.kind.lower()), country) if x),
        standfirst=tuple(standfirst),
        sections=tuple(s for s in sections if s is not None),
    )

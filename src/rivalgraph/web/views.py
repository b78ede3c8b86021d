"""Shape analysis results for the dashboard templates: charts, tables, ego graph, highlighted text."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from rivalgraph.analysis import EntityProfile, TrendTable
from rivalgraph.analysis.events import Participant
from rivalgraph.analysis.profile import Link
from rivalgraph.model import Document, Predicate
from rivalgraph.store.reader import StoredNode
from rivalgraph.web.charts import CountryBar, TrendPoint, country_bar_chart, trend_chart
from rivalgraph.web.highlight import Mark, highlight
from rivalgraph.web.render import country_name, doc_url, entity_url

__all__ = [
    "ROLE_WORDS",
    "brief_url",
    "country_table",
    "document_html",
    "document_relations",
    "ego_graph",
    "relation_rows",
    "role_chart",
    "series_names",
    "trend_spec",
]

#: How a page names the participants of each role.
ROLE_WORDS: Mapping[Predicate, str] = {
    Predicate.SPONSORS: "sponsors",
    Predicate.EXHIBITS_AT: "exhibitors",
    Predicate.ATTENDS: "attendees",
    Predicate.SPEAKS_AT: "speakers",
    Predicate.ABSENT_FROM: "absentees",
    Predicate.ORGANIZES: "organizers",
}


def brief_url(entity_id: str) -> str:
    """Where the brief of an event edition or entity is rendered (HTML)."""
    kind = "events" if entity_id.startswith("event:") else "entities"
    return f"/briefs/{kind}/{quote(entity_id, safe=':')}.html"


def role_chart(participants: Sequence[Participant], *, role: Predicate) -> dict[str, Any] | None:
    """Bar chart of how many entities of each country hold `role` (stated, not denied); None if none do."""
    names: dict[str, list[str]] = defaultdict(list)
    for p in participants:
        if p.role is role and not p.negated:
            names[country_name(p.entity.country)].append(p.entity.name)
    if not names:
        return None
    bars = [CountryBar(country, len(set(who)), sorted(set(who))) for country, who in names.items()]
    return country_bar_chart(bars, role=ROLE_WORDS[role])


@dataclass(frozen=True, slots=True)
class CountryRow:
    """One country of an edition: its participants per role."""

    country: str
    code: str | None
    roles: Mapping[str, Sequence[Participant]]

    @property
    def total(self) -> int:
        return len({p.entity.id for ps in self.roles.values() for p in ps})


def country_table(participants: Sequence[Participant]) -> list[CountryRow]:
    """Participants grouped by country then role, largest country first."""
    grouped: dict[str | None, dict[str, list[Participant]]] = defaultdict(lambda: defaultdict(list))
    for p in participants:
        grouped[p.entity.country][p.group].append(p)
    rows = [CountryRow(country_name(code), code, dict(roles)) for code, roles in grouped.items()]
    return sorted(rows, key=lambda r: (-r.total, r.country))


@dataclass(frozen=True, slots=True)
class RelationRow:
    """A relation as the entity page lists it: a sentence-like line and its support."""

    subject: StoredNode | None
    predicate: str
    other: StoredNode
    outgoing: bool
    link: Link


def relation_rows(profile: EntityProfile) -> list[RelationRow]:
    """Every relation of the entity except sanctions (shown apart), subject first."""
    return [
        RelationRow(
            profile.entity if lk.outgoing else None,
            lk.predicate.value.replace("_", " "),
            lk.other,
            lk.outgoing,
            lk,
        )
        for lk in profile.links
        if lk.predicate is not Predicate.SANCTIONED_BY
    ]


def ego_graph(profile: EntityProfile) -> dict[str, Any]:
    """Cytoscape elements: the entity, its neighbours, one edge per relation."""
    center = profile.entity
    sanctioned = {center.id} if profile.sanctions else set()
    nodes: dict[str, dict[str, Any]] = {
        center.id: {
            "id": center.id,
            "label": center.name,
            "center": True,
            "kind": center.type,
            "sanctioned": bool(sanctioned),
            "href": entity_url(center.id),
        }
    }
    edges = []
    for i, lk in enumerate(profile.links):
        other = lk.other
        label = other.name
        if other.event is not None:
            # Editions by their short series name and year: 'WAIC 2023', not a truncated full name.
            short = min((other.name, *other.aliases), key=len)
            label = f"{short} {other.event.year}" if other.event.year else short
        nodes.setdefault(
            other.id,
            {
                "id": other.id,
                "label": label,
                "center": False,
                "kind": other.type,
                "sanctioned": False,
                "href": entity_url(other.id),
            },
        )
        source, target = (center.id, other.id) if lk.outgoing else (other.id, center.id)
        edges.append(
            {
                "id": f"e{i}",
                "source": source,
                "target": target,
                "label": lk.predicate.value,
                "negated": lk.negated,
            }
        )
    return {"elements": [{"data": n} for n in nodes.values()] + [{"data": e} for e in edges]}


def series_names(events: Sequence[StoredNode]) -> list[str]:
    """One name per event series (its shortest alias), for the trend page's picker."""
    names: dict[str, str] = {}
    for e in events:
        short = min((e.name, *e.aliases), key=len)
        names.setdefault(e.name, short)
    return sorted(set(names.values()))


def trend_spec(table: TrendTable, *, role: str) -> dict[str, Any]:
    """The trend chart: a point per country and covered edition (editions with no data are left out)."""
    points = []
    for row in table.rows:
        for year, cell in row.cells.items():
            if cell is None:
                continue
            points.append(
                TrendPoint(
                    edition=f"{table.series} {year}",
                    year=year,
                    country=country_name(row.key if row.key != "unknown" else None),
                    count=cell.count,
                    names=cell.entities,
                    href=f"#year-{year}",
                )
            )
    return trend_chart(points, role=role, series=table.series)


def document_html(doc: Document, evidence_span: tuple[int, ...] | None) -> Any:
    """The document text, escaped, with mentions linked to their entity pages."""
    marks = [
        Mark(s, e, entity.type.value, f"{entity.name} ({entity.type.value})", entity_url(entity.id))
        for entity in doc.entities
        for s, e in entity.mentions
    ]
    marks += [
        Mark(s, e, "EVENT", f"{event.name} {event.year or ''}".strip(), entity_url(event.id))
        for event in doc.events
        for s, e in event.mentions
    ]
    if evidence_span is not None and len(evidence_span) == 2:
        # The evidence being looked at wins over the mentions inside it.
        start, end = evidence_span
        marks = [m for m in marks if m.end <= start or m.start >= end]
        marks.append(Mark(start, end, "evidence-hl", "the evidence sentence", None))
    return highlight(doc.text, marks)


@dataclass(frozen=True, slots=True)
class DocRelation:
    """A relation found in a document, with names for both ends."""

    subject: str
    subject_name: str
    predicate: str
    object: str
    object_name: str
    negated: bool
    confidence: float
    evidence_text: str | None
    evidence_href: str | None


def document_relations(doc: Document) -> list[DocRelation]:
    """The document's relations in text order, ends named."""
    names = {e.id: e.name for e in doc.entities}
    names.update({e.id: f"{e.name} {e.year}" if e.year else e.name for e in doc.events})
    rows = []
    for rel in doc.relations:
        ev = rel.evidence
        rows.append(
            DocRelation(
                rel.subject,
                names.get(rel.subject, rel.subject),
                rel.predicate.value.replace("_", " "),
                rel.object,
                names.get(rel.object, rel.object),
                rel.negated,
                rel.confidence,
                ev.text if ev else None,
                doc_url(doc.doc_id, ev.start, ev.end) if ev else None,
            )
        )
    return rows

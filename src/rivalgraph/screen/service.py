"""Screening against the stored lists: ad hoc names and every stored ORG and PERSON, with exposure
through ownership (graph `owns`/`affiliate_of` claims, knowledge-base parents, list-stated owners).

Invariants: when no list is loaded the bundled public-domain slices are loaded first (recorded
as versions like any other load), except for a read-only context (the API), which indexes them in
memory; one match per (list, entry id), however many copies of a list are loaded; matches at or
above the threshold of `screen_store` become `sanctioned_by` claims whose evidence is the list
entry, never an article; exposure is reported for entities that are not themselves listed, with
every step of the ownership path and its evidence.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from rivalgraph.kb import KnowledgeBase, OrgRecord
from rivalgraph.model import EntityType, Predicate, make_id
from rivalgraph.screen.countries import country_name
from rivalgraph.screen.index import ScreeningIndex, ScreenOptions
from rivalgraph.screen.loaders import load_list
from rivalgraph.screen.model import EntryKind, ListEntry, ListLink, Match, Query
from rivalgraph.screen.normalize import normalize
from rivalgraph.screen.registry import (
    LoadResult,
    bundled_list_paths,
    current_entries,
    current_links,
    list_versions,
    record_list,
    record_match,
    vintages,
)
from rivalgraph.store.db import transaction

__all__ = [
    "Exposure",
    "PathStep",
    "ScreenResult",
    "ScreeningContext",
    "authority_gpe",
    "dedupe_matches",
    "ensure_lists",
    "open_context",
    "screen_names",
    "screen_store",
]

_MAX_DEPTH = 3


@dataclass(frozen=True, slots=True)
class PathStep:
    """One ownership step: `owned` is owned by (or an affiliate of) `owner`, and why we think so."""

    owned_id: str
    owned_name: str
    owner_id: str
    owner_name: str
    relation: str
    evidence: str

    def to_json(self) -> dict[str, str]:
        return {
            "owned_id": self.owned_id,
            "owned": self.owned_name,
            "owner_id": self.owner_id,
            "owner": self.owner_name,
            "relation": self.relation,
            "evidence": self.evidence,
        }


@dataclass(frozen=True, slots=True)
class Exposure:
    """An unlisted entity reached from a listed one through ownership, with the whole path."""

    subject_id: str
    subject_name: str
    path: tuple[PathStep, ...]
    match: Match
    vintage: str | None

    @property
    def text(self) -> str:
        """'HiSilicon -> owned by Huawei Technologies -> NS-CMIC since 2021-06-03'."""
        hops = " -> ".join(f"{_RELATION_WORDS.get(s.relation, s.relation)} {s.owner_name}" for s in self.path)
        since = f" since {self.match.entry.listed_on}" if self.match.entry.listed_on else ""
        vintage = f" (list vintage {self.vintage})" if self.vintage else ""
        return f"{self.subject_name} -> {hops} -> {self.match.entry.list_code}{since}{vintage}"

    def to_json(self) -> dict[str, Any]:
        return {
            "subject_id": self.subject_id,
            "subject": self.subject_name,
            "path": [s.to_json() for s in self.path],
            "listed": self.match.to_json() | {"vintage": self.vintage},
            "text": self.text,
        }


_RELATION_WORDS = {
    "owns": "owned by",
    "affiliate_of": "affiliate of",
    "kb_parent": "subsidiary of",
    "linked_to": "linked to",
}


@dataclass(frozen=True, slots=True)
class ScreenResult:
    """What screening found for one query: direct matches and exposures through ownership."""

    query: Query
    subject_id: str | None
    matches: tuple[Match, ...]
    exposures: tuple[Exposure, ...]
    vintages: Mapping[str, str | None] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "query": self.query.name,
            "matches": [
                m.to_json()
                | {
                    "vintage": self.vintages.get(m.entry.source),
                    "also_in": list(m.details.get("also_in", ())),
                }
                for m in self.matches
            ],
            "exposures": [e.to_json() for e in self.exposures],
        }
        if self.subject_id:
            out["subject_id"] = self.subject_id
        return out


def authority_gpe(code: str) -> str:
    """The GPE id of the country that keeps a list ('US' -> 'gpe:united-states', 'CN' -> 'gpe:china')."""
    return make_id(EntityType.GPE, country_name(code))


def ensure_lists(engine: Engine, *, progress: Callable[[str], None] | None = None) -> list[LoadResult]:
    """Load the bundled list slices when the store holds no list yet; return what was recorded."""
    with transaction(engine) as session:
        if list_versions(session):
            return []
    results: list[LoadResult] = []
    for path in bundled_list_paths():
        if progress:
            progress(path.name)
        loaded = load_list(path)
        with transaction(engine) as session:
            results.append(record_list(session, loaded))
    return results


@dataclass(slots=True)
class ScreeningContext:
    """The index over the current list entries, their vintages and the lists' ownership links."""

    index: ScreeningIndex
    vintages: dict[str, str | None]
    links: list[ListLink]
    kb: KnowledgeBase | None
    _by_entry: dict[tuple[str, str], ListEntry] = field(default_factory=dict)
    _links_by_owned: dict[str, list[ListLink]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._by_entry = {(e.source, e.entry_id): e for e in self.index.entries}
        grouped: dict[str, list[ListLink]] = defaultdict(list)
        for link in self.links:
            grouped[normalize(link.owned_name).key].append(link)
        self._links_by_owned = dict(grouped)

    def entry(self, source: str, entry_id: str) -> ListEntry | None:
        """The current list entry with this id, or None."""
        return self._by_entry.get((source, entry_id))

    def links_owning(self, names: Iterable[str]) -> list[ListLink]:
        """List-stated links whose owned party has one of these names."""
        out: list[ListLink] = []
        for name in names:
            out.extend(self._links_by_owned.get(normalize(name).key, ()))
        return out


def open_context(
    engine: Engine,
    *,
    kb: KnowledgeBase | None,
    options: ScreenOptions | None = None,
    read_only: bool = False,
) -> ScreeningContext:
    """Build the screening index from the store, loading the bundled lists on first use; `read_only`
    builds it from the bundled files in memory instead, when the store holds no list, writing nothing."""
    if not read_only:
        ensure_lists(engine)
    with Session(engine, future=True) as session:
        stored = bool(list_versions(session))
        entries = current_entries(session) if stored else []
        links = current_links(session) if stored else []
        loaded = vintages(session) if stored else {}
    if not stored:
        for path in bundled_list_paths():
            parsed = load_list(path)
            entries.extend(parsed.entries)
            links.extend(parsed.links)
            loaded[parsed.source] = parsed.vintage
    index = ScreeningIndex(entries, kb=kb, options=options)
    return ScreeningContext(index=index, vintages=loaded, links=links, kb=kb)


def dedupe_matches(matches: Sequence[Match], vintages: Mapping[str, str | None]) -> tuple[Match, ...]:
    """One match per (list, entry id): two copies of one list (the CSL's NS-CMIC rows and OFAC's own
    NS-CMIC file) name the same entry; the newest vintage is kept, the others noted in `also_in`."""
    groups: dict[tuple[str, str], list[Match]] = defaultdict(list)
    for match in matches:
        groups[(match.entry.list_code, match.entry.entry_id)].append(match)
    out: list[Match] = []
    for group in groups.values():
        group.sort(key=lambda m: (vintages.get(m.entry.source) or "", m.score), reverse=True)
        kept, others = group[0], group[1:]
        if others:
            also = [{"source": m.entry.source, "vintage": vintages.get(m.entry.source)} for m in others]
            kept = replace(kept, details={**kept.details, "also_in": also})
        out.append(kept)
    out.sort(key=lambda m: (-m.score, m.entry.list_code, m.entry.entry_id))
    return tuple(out)


# --------------------------------------------------------------------------- exposure


@dataclass(frozen=True, slots=True)
class _Node:
    id: str
    query: Query


class _Exposures:
    """Walks ownership upward from an entity until it meets a listed owner (at most three steps)."""

    def __init__(
        self,
        context: ScreeningContext,
        *,
        threshold: float,
        nodes: Mapping[str, Query] | None = None,
        edges: Mapping[str, Sequence[tuple[str, str, str]]] | None = None,
    ) -> None:
        self.context = context
        self.threshold = threshold
        self.nodes = dict(nodes or {})
        self.edges = dict(edges or {})
        self._direct: dict[str, tuple[Match, ...]] = {}

    def direct(self, node: _Node) -> tuple[Match, ...]:
        if node.id not in self._direct:
            found = self.context.index.search(node.query, threshold=self.threshold)
            self._direct[node.id] = dedupe_matches(found, self.context.vintages)
        return self._direct[node.id]

    def _kb_record(self, query: Query) -> OrgRecord | None:
        if self.context.kb is None:
            return None
        for name in (query.name, *query.aliases):
            record = self.context.kb.lookup_org(name)
            if record is not None:
                return record
        return None

    def _kb_node(self, record: OrgRecord) -> _Node:
        node_id = record.entity_id
        if node_id in self.nodes:
            return _Node(node_id, self.nodes[node_id])
        names = tuple(n for n in record.aliases if n.isascii())
        countries = (record.country,) if record.country else ()
        return _Node(node_id, Query(record.name, countries=countries, kind=EntryKind.ORG, aliases=names))

    def owners(self, node: _Node) -> list[tuple[_Node | ListEntry, PathStep]]:
        """Who owns this node, from the graph, the knowledge base and the lists."""
        found: list[tuple[_Node | ListEntry, PathStep]] = []
        for owner_id, relation, evidence in self.edges.get(node.id, ()):
            owner_query = self.nodes.get(owner_id)
            if owner_query is None:
                continue
            owner = _Node(owner_id, owner_query)
            found.append(
                (owner, PathStep(node.id, node.query.name, owner_id, owner_query.name, relation, evidence))
            )
        record = self._kb_record(node.query)
        if record is not None and record.parent and self.context.kb is not None:
            parent = self.context.kb.get_org(record.parent)
            if parent is not None:
                owner = self._kb_node(parent)
                evidence = f"reference knowledge base: {record.name} has parent {parent.name}"
                step = PathStep(node.id, node.query.name, owner.id, parent.name, "kb_parent", evidence)
                found.append((owner, step))
        for link in self.context.links_owning((node.query.name, *node.query.aliases)):
            entry = self.context.entry(link.source, link.owner_id)
            evidence = (
                f"{link.source} states {link.owned_name} {link.relation.replace('_', ' ')} {link.owner_name}"
            )
            step = PathStep(
                node.id,
                node.query.name,
                f"list:{link.source}:{link.owner_id}",
                link.owner_name,
                link.relation,
                evidence,
            )
            if entry is not None:
                found.append((entry, step))
        return found

    def exposures(self, node: _Node) -> list[Exposure]:
        """Listed owners reachable from `node`, nearest first, with the path to each."""
        out: list[Exposure] = []
        seen = {node.id}
        frontier: list[tuple[_Node, tuple[PathStep, ...]]] = [(node, ())]
        for _depth in range(_MAX_DEPTH):
            following: list[tuple[_Node, tuple[PathStep, ...]]] = []
            for current, path in frontier:
                for owner, step in self.owners(current):
                    owner_key = step.owner_id
                    if owner_key in seen:
                        continue
                    seen.add(owner_key)
                    steps = (*path, step)
                    if isinstance(owner, ListEntry):
                        match = Match(
                            entry=owner,
                            score=1.0,
                            alias=owner.name,
                            query_form=step.owner_name,
                            explanation=f"named as owner by the list itself: {step.evidence}",
                        )
                        out.append(Exposure(node.id, node.query.name, steps, match, self._vintage(owner)))
                        continue
                    matches = self.direct(owner)
                    if matches:
                        out.append(
                            Exposure(
                                node.id, node.query.name, steps, matches[0], self._vintage(matches[0].entry)
                            )
                        )
                    else:
                        following.append((owner, steps))
            frontier = following
        return out

    def _vintage(self, entry: ListEntry) -> str | None:
        return self.context.vintages.get(entry.source)


# --------------------------------------------------------------------------- entry points


def screen_names(
    context: ScreeningContext, queries: Iterable[Query], *, threshold: float
) -> Iterable[ScreenResult]:
    """Screen ad hoc names: direct matches, and exposure through knowledge-base and list owners."""
    walker = _Exposures(context, threshold=threshold)
    for number, query in enumerate(queries):
        node = _Node(f"query:{number}", query)
        matches = walker.direct(node)
        exposures = () if matches else tuple(walker.exposures(node))
        yield ScreenResult(query, None, matches, exposures, context.vintages)


_KINDS = {"ORG": EntryKind.ORG, "PERSON": EntryKind.PERSON}


def screen_store(
    engine: Engine,
    context: ScreeningContext,
    *,
    threshold: float,
    progress: Callable[[int, int], None] | None = None,
) -> list[ScreenResult]:
    """Screen every stored ORG and PERSON; record matches, `sanctioned_by` claims and exposures."""
    from rivalgraph.store import graph  # the graph writer is only needed for whole-store screening

    with transaction(engine) as session:
        stored = list(graph.iter_entities(session, types=("ORG", "PERSON")))
        edges_raw = graph.ownership_edges(session)
    nodes = {
        e.id: Query(
            e.name, countries=(e.country,) if e.country else (), kind=_KINDS[e.type], aliases=e.aliases
        )
        for e in stored
    }
    edges: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for edge in edges_raw:
        texts = [ev.text for ev in edge.evidence if ev.text]
        evidence = texts[0] if texts else f"{edge.predicate.value} claim in the store"
        edges[edge.owned_id].append((edge.owner_id, edge.predicate.value, evidence))
    walker = _Exposures(context, threshold=threshold, nodes=nodes, edges=edges)
    results: list[ScreenResult] = []
    for number, entity in enumerate(stored, start=1):
        node = _Node(entity.id, nodes[entity.id])
        matches = walker.direct(node)
        results.append(ScreenResult(node.query, entity.id, matches, (), context.vintages))
        if progress:
            progress(number, len(stored))
    final: list[ScreenResult] = []
    with transaction(engine) as session:
        for result in results:
            subject = result.subject_id or ""
            exposures: tuple[Exposure, ...] = ()
            if not result.matches:
                exposures = tuple(walker.exposures(_Node(subject, result.query)))
            for match in result.matches:
                vintage = context.vintages.get(match.entry.source)
                record_match(
                    session,
                    subject=subject,
                    query=result.query.name,
                    match=match,
                    kind="match",
                    vintage=vintage,
                )
                graph.add_list_claim(
                    session,
                    subject_id=subject,
                    predicate=Predicate.SANCTIONED_BY,
                    object_id=authority_gpe(match.entry.authority),
                    list_name=match.entry.list_name,
                    entry_id=f"{match.entry.source}:{match.entry.entry_id}",
                    listed_on=match.entry.listed_on,
                    score=match.score,
                    explanation=match.explanation + (f"; list vintage {vintage}" if vintage else ""),
                    programs=match.entry.programs,
                    qualifiers={
                        "list_code": match.entry.list_code,
                        **({"vintage": vintage} if vintage else {}),
                    },
                    kb=context.kb,
                )
            for exposure in exposures:
                exposed = Match(
                    entry=exposure.match.entry,
                    score=exposure.match.score,
                    alias=exposure.match.alias,
                    query_form=exposure.match.query_form,
                    explanation=exposure.text,
                )
                record_match(
                    session,
                    subject=subject,
                    query=result.query.name,
                    match=exposed,
                    kind="exposure",
                    vintage=exposure.vintage,
                )
            final.append(ScreenResult(result.query, subject, result.matches, exposures, context.vintages))
    return final

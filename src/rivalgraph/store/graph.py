"""Write the facts of a document into the graph, and the sanctions-list claims of screening.

Invariants: every write is an insert-or-ignore against a unique constraint (entities.id,
entity_keys.key, aliases, mentions, claims, evidence), done in a fixed table order with rows
sorted, so two processes ingesting at once neither duplicate rows nor deadlock on each other;
a claim's confidence only ever grows by an atomic increment for evidence actually inserted.
Everything happens inside the caller's transaction: a failed document leaves no trace.
"""

from __future__ import annotations

import hashlib
import logging
import math
import random
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NamedTuple, cast

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from rivalgraph.errors import StoreError
from rivalgraph.kb import KnowledgeBase
from rivalgraph.model import EVENT, Document, Entity, Event, Predicate, Relation, slugify
from rivalgraph.resolve import Candidate, Mention, best_match, block_of, event_key, match_form, name_key
from rivalgraph.resolve.matching import countries_compatible
from rivalgraph.resolve.names import series_key
from rivalgraph.store.db import Base, transaction
from rivalgraph.store.documents import save_document
from rivalgraph.store.graph_tables import (
    AliasRow,
    ClaimRow,
    EntityKeyRow,
    EntityRow,
    EventRow,
    EvidenceRow,
    MentionRow,
    QuantityRow,
)
from rivalgraph.store.reader import StoredEvidence, aliases_of, evidence_of

__all__ = [
    "OwnershipEdge",
    "StoredEntity",
    "StoredEvidence",
    "add_list_claim",
    "canonical_ids",
    "claim_confidence",
    "claim_ids_for",
    "evidence_of",
    "facts_written",
    "iter_entities",
    "ownership_edges",
    "recompute_claims",
    "save_facts",
    "store_document",
]

log = logging.getLogger(__name__)

#: Confidences are clamped below 1 so ln(1 - c) stays finite; 1 - 1e-6 still prints as 1.000.
_MAX_CONFIDENCE = 1.0 - 1e-6
_PREFIX_TYPES = {"org": "ORG", "person": "PERSON", "product": "PRODUCT", "gpe": "GPE", "event": EVENT}


# --------------------------------------------------------------------------- public value types


@dataclass(frozen=True, slots=True)
class StoredEntity:
    """A resolved entity as stored: what screening and the analysis read."""

    id: str
    type: str
    name: str
    aliases: tuple[str, ...]
    country: str | None


class OwnershipEdge(NamedTuple):
    """`owner_id` owns (or is the parent of the affiliate) `owned_id`, with the support for it."""

    owner_id: str
    owned_id: str
    predicate: Predicate
    evidence: tuple[StoredEvidence, ...]


def claim_confidence(miss_log: float) -> float:
    """Noisy-or confidence of a claim from its accumulated sum of ln(1 - c)."""
    return 1.0 - math.exp(miss_log)


def _miss(confidence: float) -> float:
    return math.log1p(-min(max(confidence, 0.0), _MAX_CONFIDENCE))


# --------------------------------------------------------------------------- insert-or-ignore


def _insert_ignore(
    session: Session, table: type[Base], rows: Sequence[Mapping[str, Any]], keys: Sequence[str]
) -> None:
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        stmt: Any = postgresql.insert(table).on_conflict_do_nothing(index_elements=list(keys))
    elif dialect == "sqlite":
        stmt = sqlite.insert(table).on_conflict_do_nothing(index_elements=list(keys))
    else:
        raise StoreError(
            f"the store supports SQLite and PostgreSQL, not {dialect}: "
            "use --db sqlite:///PATH or postgresql+psycopg://..."
        )
    session.execute(stmt, list(rows))


def _now() -> datetime:
    return datetime.now(UTC)


# --------------------------------------------------------------------------- resolution of one document


@dataclass(slots=True)
class _Node:
    """An entity or event of the incoming document, on its way to a stored id."""

    source_id: str
    type: str
    name: str
    names: tuple[str, ...]
    country: str | None
    keys: tuple[str, ...]
    kb_id: str | None = None
    kb_name: str | None = None
    event: Event | None = None
    series: str | None = None
    resolved: str | None = None


def _entity_node(entity: Entity, kb: KnowledgeBase | None) -> _Node:
    names = tuple(dict.fromkeys((entity.name, *entity.aliases)))
    keys = [f"id:{entity.id}"]
    keys += [k for k in (name_key(entity.type.value, n) for n in names) if k]
    node = _Node(entity.id, entity.type.value, entity.name, names, entity.country, tuple(dict.fromkeys(keys)))
    if kb is None:
        return node
    if entity.type.value == "ORG":
        record = kb.get_org(entity.id) if entity.id.startswith("org:") else None
        for name in names:
            record = record or kb.lookup_org(name)
        if record is not None:
            node.kb_id, node.kb_name = record.entity_id, record.name
            node.country = node.country or record.country
    elif entity.type.value == "GPE":
        for name in names:
            place = kb.lookup_place(name)
            if place is not None:
                node.kb_id, node.kb_name = place.id, place.name
                node.country = node.country or place.country
                break
    return node


def _event_node(event: Event, kb: KnowledgeBase | None) -> _Node:
    names = tuple(dict.fromkeys((event.name, *event.aliases)))
    keys = [f"id:{event.id}"] + [k for k in (event_key(n, event.year) for n in names) if k]
    node = _Node(event.id, EVENT, event.name, names, event.country, tuple(dict.fromkeys(keys)), event=event)
    node.series = series_key(event.name)
    if kb is not None:
        for name in names:
            series = kb.lookup_event(name)
            if series is not None:
                node.series = series_key(series.name)
                node.kb_name = series.name
                if event.year is not None:
                    node.kb_id = series.edition_id(event.year)
                node.names = tuple(dict.fromkeys((*names, *series.names)))
                break
    return node


def _follow_merges(session: Session, ids: Iterable[str]) -> dict[str, str]:
    """Map each id to the entity it was (transitively) merged into, or itself."""
    result = {i: i for i in ids}
    pending = set(result.values())
    for _ in range(32):  # merge chains are short; the bound only guards against a corrupt cycle
        if not pending:
            break
        rows = session.execute(
            sa.select(EntityRow.id, EntityRow.merged_into).where(
                EntityRow.id.in_(sorted(pending)), EntityRow.merged_into.is_not(None)
            )
        ).all()
        step = {row.id: str(row.merged_into) for row in rows}
        for key, value in result.items():
            if value in step:
                result[key] = step[value]
        pending = set(step.values())
    return result


def canonical_ids(session: Session, ids: Iterable[str]) -> dict[str, str]:
    """Map ids (stored or as an extractor wrote them) to the live entity they resolve to now."""
    ids = list(dict.fromkeys(ids))
    keyed: dict[str, str] = {
        k: v
        for k, v in session.execute(
            sa.select(EntityKeyRow.key, EntityKeyRow.entity_id).where(
                EntityKeyRow.key.in_([f"id:{i}" for i in ids])
            )
        ).all()
    }
    direct = {i: keyed.get(f"id:{i}", i) for i in ids}
    final = _follow_merges(session, direct.values())
    return {i: final[direct[i]] for i in ids}


def _candidates(session: Session, nodes: Sequence[_Node]) -> list[Candidate]:
    blocks = sorted({block_of(match_form(n)) for node in nodes for n in node.names} - {""})
    types = sorted({node.type for node in nodes})
    if not blocks:
        return []
    rows = session.execute(
        sa.select(AliasRow.entity_id, AliasRow.alias, EntityRow.type, EntityRow.country)
        .join(EntityRow, EntityRow.id == AliasRow.entity_id)
        .where(AliasRow.block.in_(blocks), EntityRow.type.in_(types), EntityRow.merged_into.is_(None))
    ).all()
    names: dict[str, list[str]] = defaultdict(list)
    meta: dict[str, tuple[str, str | None]] = {}
    for row in rows:
        names[row.entity_id].append(row.alias)
        meta[row.entity_id] = (row.type, row.country)
    context = _neighbours(session, list(names))
    return [
        Candidate(eid, meta[eid][0], tuple(alist), meta[eid][1], frozenset(context.get(eid, ())))
        for eid, alist in sorted(names.items())
    ]


def _neighbours(session: Session, ids: Sequence[str]) -> dict[str, set[str]]:
    """Entities each of `ids` shares a claim with (its context for fuzzy matching)."""
    result: dict[str, set[str]] = defaultdict(set)
    if not ids:
        return result
    rows = session.execute(
        sa.select(ClaimRow.subject_id, ClaimRow.object_id).where(
            sa.or_(ClaimRow.subject_id.in_(ids), ClaimRow.object_id.in_(ids))
        )
    ).all()
    wanted = set(ids)
    for subj, obj in rows:
        if subj in wanted:
            result[subj].add(obj)
        if obj in wanted:
            result[obj].add(subj)
    return result


def _countries(session: Session, ids: Iterable[str]) -> dict[str, str | None]:
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    rows = session.execute(sa.select(EntityRow.id, EntityRow.country).where(EntityRow.id.in_(wanted)))
    return {row.id: row.country for row in rows}


def _resolve_nodes(session: Session, nodes: list[_Node]) -> list[_Node]:
    """Resolve what can be resolved against the store; returns the nodes still unresolved."""
    all_keys = sorted({k for node in nodes for k in node.keys})
    found: dict[str, str] = {
        k: v
        for k, v in session.execute(
            sa.select(EntityKeyRow.key, EntityKeyRow.entity_id).where(EntityKeyRow.key.in_(all_keys))
        ).all()
    }
    kb_ids = sorted({node.kb_id for node in nodes if node.kb_id})
    existing = (
        set(session.scalars(sa.select(EntityRow.id).where(EntityRow.id.in_(kb_ids)))) if kb_ids else set()
    )
    live = _follow_merges(session, [*found.values(), *existing])
    countries = _countries(session, live.values())
    unresolved: list[_Node] = []
    for node in nodes:
        if f"id:{node.source_id}" in found:
            node.resolved = live[found[f"id:{node.source_id}"]]
        elif node.kb_id is not None:
            if node.kb_id in existing:
                node.resolved = live[node.kb_id]
            else:
                unresolved.append(node)  # created under its KB id below, never fuzzily matched
        else:
            # Same name, other country ('Apple' the US company vs a Chinese 'Apple'): not the same entity.
            hit = next(
                (
                    live[found[k]]
                    for k in node.keys
                    if k in found and countries_compatible(node.country, countries.get(live[found[k]]))
                ),
                None,
            )
            if hit is not None:
                node.resolved = hit
            else:
                unresolved.append(node)
    fuzzy = [n for n in unresolved if n.type != EVENT and n.kb_id is None]
    if fuzzy:
        candidates = _candidates(session, fuzzy)
        doc_context = frozenset(n.resolved for n in nodes if n.resolved)
        for node in fuzzy:
            mention = Mention(node.type, node.names, node.country, doc_context)
            match = best_match(mention, candidates)
            if match is not None:
                node.resolved = match.entity_id
                log.debug(
                    "resolved %s to %s (%s %.0f)", node.source_id, match.entity_id, match.rule, match.score
                )
    return [n for n in nodes if n.resolved is None]


def _create_nodes(session: Session, nodes: list[_Node]) -> None:
    for node in nodes:
        node.resolved = node.kb_id or node.source_id
    now = _now()
    rows = sorted(
        (
            {
                "id": node.resolved,
                "type": node.type,
                "name": node.kb_name or node.name,
                "country": node.country,
                "merged_into": None,
                "created_at": now,
            }
            for node in nodes
        ),
        key=lambda r: str(r["id"]),
    )
    _insert_ignore(session, EntityRow, _dedupe(rows, ("id",)), ("id",))


def _dedupe(rows: Iterable[dict[str, Any]], keys: Sequence[str]) -> list[dict[str, Any]]:
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in rows:
        seen.setdefault(tuple(row[k] for k in keys), row)
    return list(seen.values())


_EVENT_FILL = ("start", "end", "city", "country")


def _ensure_events(session: Session, nodes: Sequence[_Node]) -> None:
    rows = []
    for node in nodes:
        if node.event is None or node.resolved is None:
            continue
        ev = node.event
        rows.append(
            {
                "entity_id": node.resolved,
                "series": node.series or series_key(ev.name),
                "year": ev.year,
                "city": ev.city,
                "country": ev.country,
                "start": ev.start,
                "end": ev.end,
            }
        )
    rows = sorted(_dedupe(rows, ("entity_id",)), key=lambda r: str(r["entity_id"]))
    _insert_ignore(session, EventRow, rows, ("entity_id",))
    if rows:
        # One statement for all editions: fill what earlier documents left unknown, keep the rest.
        # Core executemany on the session's connection (the ORM refuses one with a WHERE clause).
        table = cast(sa.Table, EventRow.__table__)
        session.connection().execute(
            sa.update(table)
            .where(table.c.entity_id == sa.bindparam("eid"))
            .values({c: sa.func.coalesce(table.c[c], sa.bindparam(f"new_{c}")) for c in _EVENT_FILL}),
            [{"eid": r["entity_id"], **{f"new_{c}": r[c] for c in _EVENT_FILL}} for r in rows],
        )


def _name_rank(name: str) -> tuple[int, int, int]:
    """How full a name is: longer matching form first, then fewer punctuation marks ('Co., Ltd.')."""
    return (len(match_form(name)), -sum(not ch.isalnum() and not ch.isspace() for ch in name), len(name))


def _refresh_names(session: Session, nodes: Sequence[_Node]) -> None:
    """Keep the fullest name seen (legal suffixes don't count; KB names stay) and fill an unknown country."""
    ids = sorted({str(node.resolved) for node in nodes})
    current = {
        row.id: (row.name, row.country)
        for row in session.execute(
            sa.select(EntityRow.id, EntityRow.name, EntityRow.country).where(EntityRow.id.in_(ids))
        )
    }
    for node in sorted(nodes, key=lambda n: str(n.resolved)):
        name, country = current[str(node.resolved)]
        values: dict[str, str] = {}
        if node.kb_id is None and _name_rank(node.name) > _name_rank(name):
            values["name"] = node.name
        if node.country and country is None:
            values["country"] = node.country
        if values:
            session.execute(sa.update(EntityRow).where(EntityRow.id == node.resolved).values(values))
            current[str(node.resolved)] = (values.get("name", name), values.get("country", country))


def _write_keys_and_aliases(session: Session, nodes: Sequence[_Node], created: Sequence[_Node]) -> None:
    key_rows = sorted(
        _dedupe(
            (
                {"key": key, "entity_id": node.resolved, "origin_id": node.resolved}
                for node in nodes
                for key in node.keys
            ),
            ("key",),
        ),
        key=lambda r: str(r["key"]),
    )
    _insert_ignore(session, EntityKeyRow, key_rows, ("key",))
    # Another process may have created the same entity under another id between our read and
    # our insert: its keys won, so fold what we created into it (it has no rows of ours yet).
    if created:
        name_keys = sorted({k for node in created for k in node.keys if not k.startswith("id:")})
        owners: dict[str, str] = {
            k: v
            for k, v in session.execute(
                sa.select(EntityKeyRow.key, EntityKeyRow.entity_id).where(EntityKeyRow.key.in_(name_keys))
            ).all()
        }
        owner_countries = _countries(session, owners.values())
        for node in created:
            winner = next(
                (
                    owners[k]
                    for k in node.keys
                    if owners.get(k) not in (None, node.resolved)
                    and countries_compatible(node.country, owner_countries.get(owners[k]))
                ),
                None,
            )
            if winner is not None and node.kb_id is None:
                ours = str(node.resolved)
                session.execute(
                    sa.update(EntityKeyRow).where(EntityKeyRow.entity_id == ours).values(entity_id=winner)
                )
                session.execute(sa.update(EntityRow).where(EntityRow.id == ours).values(merged_into=winner))
                node.resolved = winner
    alias_rows = []
    for node in nodes:
        for alias in node.names:
            form = match_form(alias)
            alias_rows.append(
                {
                    "entity_id": node.resolved,
                    "alias": alias[:400],
                    "norm": form[:400],
                    "block": block_of(form),
                    "origin_id": node.resolved,
                }
            )
    alias_rows = sorted(
        _dedupe(alias_rows, ("entity_id", "alias")), key=lambda r: (r["entity_id"], r["alias"])
    )
    _insert_ignore(session, AliasRow, alias_rows, ("entity_id", "alias"))


def _ensure_placeholder(session: Session, entity_id: str, kb: KnowledgeBase | None) -> str:
    """A node for an id that no entity list described (a relation end, a list claim's country)."""
    live = canonical_ids(session, [entity_id])[entity_id]
    if session.get(EntityRow, live) is not None:
        return live
    prefix = entity_id.split(":", 1)[0]
    node_type = _PREFIX_TYPES.get(prefix, "ORG")
    name = slug_name(entity_id)
    country = None
    if kb is not None and node_type == "GPE":
        place = next((p for p in kb.places if p.id == entity_id), None)
        if place is not None:
            name, country = place.name, place.country
    if kb is not None and node_type == "ORG":
        record = kb.get_org(entity_id)
        if record is not None:
            name, country = record.name, record.country
    _insert_ignore(
        session,
        EntityRow,
        [
            {
                "id": entity_id,
                "type": node_type,
                "name": name,
                "country": country,
                "merged_into": None,
                "created_at": _now(),
            }
        ],
        ("id",),
    )
    _insert_ignore(
        session,
        AliasRow,
        [
            {
                "entity_id": entity_id,
                "alias": name,
                "norm": match_form(name),
                "block": block_of(match_form(name)),
                "origin_id": entity_id,
            }
        ],
        ("entity_id", "alias"),
    )
    return entity_id


def resolve_document(session: Session, doc: Document, *, kb: KnowledgeBase | None = None) -> dict[str, str]:
    """Resolve the document's entities and events to stored nodes (new ones created); source id -> id."""
    nodes = [_entity_node(e, kb) for e in doc.entities] + [_event_node(e, kb) for e in doc.events]
    unresolved = _resolve_nodes(session, nodes)
    _create_nodes(session, unresolved)
    _write_keys_and_aliases(session, nodes, unresolved)
    _refresh_names(session, nodes)
    _ensure_events(session, nodes)
    return {node.source_id: str(node.resolved) for node in nodes}


# --------------------------------------------------------------------------- claims and evidence


def claim_ids_for(
    session: Session, keys: Sequence[tuple[str, str, str, bool]]
) -> dict[tuple[str, str, str, bool], int]:
    if not keys:
        return {}
    rows = sorted(
        {
            k: {
                "subject_id": k[0],
                "predicate": k[1],
                "object_id": k[2],
                "negated": k[3],
                "miss_log": 0.0,
                "evidence_count": 0,
            }
            for k in keys
        }.items()
    )
    _insert_ignore(
        session, ClaimRow, [r for _, r in rows], ("subject_id", "predicate", "object_id", "negated")
    )
    subjects = sorted({k[0] for k in keys})
    found = session.execute(
        sa.select(
            ClaimRow.id, ClaimRow.subject_id, ClaimRow.predicate, ClaimRow.object_id, ClaimRow.negated
        ).where(ClaimRow.subject_id.in_(subjects))
    ).all()
    wanted = set(keys)
    return {
        (r.subject_id, r.predicate, r.object_id, bool(r.negated)): r.id
        for r in found
        if (r.subject_id, r.predicate, r.object_id, bool(r.negated)) in wanted
    }


def _add_evidence(session: Session, rows: list[dict[str, Any]]) -> int:
    """Insert evidence rows not yet stored and raise their claims' confidence; how many were new."""
    if not rows:
        return 0
    rows = sorted(_dedupe(rows, ("claim_id", "key")), key=lambda r: (r["claim_id"], r["key"]))
    dialect = session.get_bind().dialect.name
    insert: Any = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = (
        insert(EvidenceRow.__table__)
        .on_conflict_do_nothing(index_elements=["claim_id", "key"])
        .returning(EvidenceRow.__table__.c.claim_id, EvidenceRow.__table__.c.confidence)
    )
    inserted = session.execute(stmt, rows).all()
    delta: dict[int, list[float]] = defaultdict(list)
    for claim_id, confidence in inserted:
        delta[claim_id].append(confidence)
    if delta:
        # executemany: psycopg pipelines it, so a document's claims cost one round trip, not one each.
        claims = cast(sa.Table, ClaimRow.__table__)
        session.connection().execute(
            sa.update(claims)
            .where(claims.c.id == sa.bindparam("cid"))
            .values(
                miss_log=claims.c.miss_log + sa.bindparam("miss"),
                evidence_count=claims.c.evidence_count + sa.bindparam("n"),
            ),
            [
                {"cid": claim_id, "miss": sum(_miss(c) for c in delta[claim_id]), "n": len(delta[claim_id])}
                for claim_id in sorted(delta)
            ],
        )
    return len(inserted)


def recompute_claims(session: Session, claim_ids: Sequence[int]) -> None:
    """Recompute confidence and evidence count of claims from their evidence; drop claims left empty."""
    if not claim_ids:
        return
    # One sentence supporting a claim twice (two merged entities in it) counts once, at its best.
    support: dict[int, dict[tuple[Any, ...], float]] = defaultdict(dict)
    rows = session.execute(
        sa.select(
            EvidenceRow.claim_id,
            EvidenceRow.key,
            EvidenceRow.doc_id,
            EvidenceRow.start,
            EvidenceRow.end,
            EvidenceRow.confidence,
        ).where(EvidenceRow.claim_id.in_(sorted(claim_ids)))
    )
    for claim_id, key, doc_id, start, end, confidence in rows:
        sentence = (doc_id, start, end) if doc_id is not None else (key,)
        support[claim_id][sentence] = max(confidence, support[claim_id].get(sentence, 0.0))
    for claim_id in sorted(set(claim_ids)):
        confidences = list(support.get(claim_id, {}).values())
        if not confidences:
            session.execute(sa.delete(ClaimRow).where(ClaimRow.id == claim_id))
            continue
        session.execute(
            sa.update(ClaimRow)
            .where(ClaimRow.id == claim_id)
            .values(miss_log=sum(_miss(c) for c in confidences), evidence_count=len(confidences))
        )


def _relation_evidence_row(doc: Document, rel: Relation, claim_id: int) -> dict[str, Any]:
    ev = rel.evidence
    # The extractor ids are part of the key: after a manual merge two entities' support for the
    # same sentence must stay two rows, or a later split could not give each its own back.
    ends = hashlib.sha1(f"{rel.subject}|{rel.object}".encode()).hexdigest()[:16]
    key = f"doc:{doc.doc_id}:{ev.start}:{ev.end}:{ends}" if ev else f"doc:{doc.doc_id}::{ends}"
    return {
        "claim_id": claim_id,
        "kind": "document",
        "key": key,
        "confidence": rel.confidence,
        "qualifiers": dict(rel.qualifiers),
        "subject_source": rel.subject,
        "object_source": rel.object,
        "doc_id": doc.doc_id,
        "start": ev.start if ev else None,
        "end": ev.end if ev else None,
        "text": ev.text if ev else None,
        "list_name": None,
        "entry_id": None,
        "listed_on": None,
        "score": None,
        "explanation": None,
        "programs": None,
    }


def facts_written(session: Session, doc_id: str) -> bool:
    """Whether the facts of this document are already in the graph."""
    for table in (MentionRow, EvidenceRow, QuantityRow):
        if session.scalar(sa.select(table.id).where(table.doc_id == doc_id).limit(1)) is not None:
            return True
    return False


def save_facts(session: Session, doc: Document, *, kb: KnowledgeBase | None = None) -> bool:
    """Resolve and write the document's entities, events, relations and quantities; False if already written.

    The document itself must be stored first (`save_document`) in the same transaction.
    """
    if facts_written(session, doc.doc_id):
        return False
    ids = resolve_document(session, doc, kb=kb)

    def node(source: str) -> str:
        if source not in ids:
            ids[source] = _ensure_placeholder(session, source, kb)
        return ids[source]

    mention_rows = [
        {"doc_id": doc.doc_id, "entity_id": ids[item_id], "source_id": item_id, "start": s, "end": e}
        for item_id, mentions in [(e.id, e.mentions) for e in doc.entities]
        + [(e.id, e.mentions) for e in doc.events]
        for s, e in mentions
    ]
    mention_rows = sorted(
        _dedupe(mention_rows, ("source_id", "start", "end")),
        key=lambda r: (r["source_id"], r["start"], r["end"]),
    )
    _insert_ignore(session, MentionRow, mention_rows, ("doc_id", "source_id", "start", "end"))

    keyed = [
        (rel, (node(rel.subject), rel.predicate.value, node(rel.object), rel.negated))
        for rel in doc.relations
    ]
    claim_ids = claim_ids_for(session, [k for _, k in keyed])
    _add_evidence(session, [_relation_evidence_row(doc, rel, claim_ids[key]) for rel, key in keyed])

    quantity_rows = [
        {
            "doc_id": doc.doc_id,
            "subject_id": node(q.subject),
            "subject_source": q.subject,
            "measure": q.measure,
            "value": float(q.value),
            "qualifier": q.qualifier,
            "start": q.evidence.start if q.evidence else -1,
            "end": q.evidence.end if q.evidence else -1,
            "text": q.evidence.text if q.evidence else None,
        }
        for q in doc.quantities
    ]
    quantity_rows = _dedupe(quantity_rows, ("subject_source", "measure", "start"))
    _insert_ignore(session, QuantityRow, quantity_rows, ("doc_id", "subject_source", "measure", "start"))
    return True


# --------------------------------------------------------------------------- one document, retried


def store_document(
    engine: Engine, doc: Document, *, kb: KnowledgeBase | None = None, attempts: int = 8
) -> bool:
    """Save the document and its facts in one transaction; False when it was already stored.

    A transaction that loses a race with another process (a unique key taken under it, a
    SQLite write lock, a PostgreSQL deadlock) is rolled back and run again from the start.
    """
    for attempt in range(1, attempts + 1):
        try:
            with transaction(engine) as session:
                if not save_document(session, doc):
                    return False
                save_facts(session, doc, kb=kb)
                return True
        except (IntegrityError, OperationalError) as exc:
            if attempt == attempts:
                raise
            log.info(
                "retrying document %s after a concurrent write (%s)", doc.doc_id[:12], type(exc.orig).__name__
            )
            time.sleep(random.uniform(0.01, 0.05) * attempt)
    raise AssertionError("unreachable: the loop returns or raises")


# --------------------------------------------------------------------------- screening's API


def add_list_claim(
    session: Session,
    *,
    subject_id: str,
    predicate: Predicate,
    object_id: str,
    list_name: str,
    entry_id: str,
    listed_on: str | None,
    score: float,
    explanation: str,
    programs: Sequence[str] = (),
    qualifiers: Mapping[str, str] | None = None,
    kb: KnowledgeBase | None = None,
) -> None:
    """Record that a sanctions list names `subject_id` (idempotent on list name + entry id).

    The evidence row has provenance kind "list" (list, entry, listed_on, score, explanation)
    instead of a document sentence; the object node (e.g. 'gpe:united-states') is created if needed.
    """
    subject = _ensure_placeholder(session, subject_id, kb)
    obj = _ensure_placeholder(session, object_id, kb)
    key = (subject, Predicate(predicate).value, obj, False)
    claim_id = claim_ids_for(session, [key])[key]
    _add_evidence(
        session,
        [
            {
                "claim_id": claim_id,
                "kind": "list",
                "key": f"list:{list_name}:{entry_id}"[:400],
                "confidence": score,
                "qualifiers": dict(qualifiers or {}),
                "subject_source": subject_id,
                "object_source": object_id,
                "doc_id": None,
                "start": None,
                "end": None,
                "text": explanation,
                "list_name": list_name,
                "entry_id": entry_id,
                "listed_on": listed_on,
                "score": score,
                "explanation": explanation,
                "programs": list(programs),
            }
        ],
    )


def iter_entities(
    session: Session, types: Sequence[str] = ("ORG", "PERSON"), *, batch: int = 500
) -> Iterator[StoredEntity]:
    """Every live (not merged-away) entity of the given types, with its aliases, in id order."""
    last = ""
    while True:
        rows = session.execute(
            sa.select(EntityRow.id, EntityRow.type, EntityRow.name, EntityRow.country)
            .where(EntityRow.type.in_(list(types)), EntityRow.merged_into.is_(None), EntityRow.id > last)
            .order_by(EntityRow.id)
            .limit(batch)
        ).all()
        if not rows:
            return
        aliases = aliases_of(session, [r.id for r in rows])
        for r in rows:
            yield StoredEntity(r.id, r.type, r.name, tuple(dict.fromkeys(aliases.get(r.id, []))), r.country)
        last = rows[-1].id


def ownership_edges(session: Session) -> list[OwnershipEdge]:
    """Every stated (not negated) ownership: `owns` as written, `affiliate_of` from parent to affiliate."""
    claims = session.execute(
        sa.select(ClaimRow.id, ClaimRow.subject_id, ClaimRow.predicate, ClaimRow.object_id)
        .where(
            ClaimRow.predicate.in_([Predicate.OWNS.value, Predicate.AFFILIATE_OF.value]),
            ClaimRow.negated.is_(False),
        )
        .order_by(ClaimRow.id)
    ).all()
    evidence = evidence_of(session, [c.id for c in claims])
    edges = []
    for c in claims:
        predicate = Predicate(c.predicate)
        owner, owned = (
            (c.subject_id, c.object_id) if predicate is Predicate.OWNS else (c.object_id, c.subject_id)
        )
        edges.append(OwnershipEdge(owner, owned, predicate, tuple(evidence.get(c.id, ()))))
    return edges


def slug_name(entity_id: str) -> str:
    """A readable name for an id nobody described ('gpe:united-states' -> 'United States')."""
    return slugify(entity_id.split(":", 1)[-1]).replace("-", " ").title()

"""Export the graph: JSON Lines of SCHEMA.md documents, CSV tables, or GraphML for Gephi."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from rivalgraph.model import Document, Entity, EntityType, Event, Evidence, Predicate, Quantity, Relation
from rivalgraph.store.graph import claim_confidence
from rivalgraph.store.graph_tables import ClaimRow, EntityRow, EvidenceRow, MentionRow, QuantityRow
from rivalgraph.store.reader import nodes_by_id
from rivalgraph.store.tables import DocumentRow

__all__ = ["ExportFormat", "documents_with_facts", "export", "iter_documents"]


class ExportFormat(StrEnum):
    """The formats `export` writes."""

    JSONL = "jsonl"
    CSV = "csv"
    GRAPHML = "graphml"


def iter_documents(session: Session, *, batch: int = 100) -> Iterator[Document]:
    """Every stored document with its facts as stored (resolved ids), oldest first; few queries a batch."""
    last: tuple[str, str] = ("", "")
    while True:
        docs = session.execute(
            sa.select(DocumentRow.doc_id, DocumentRow.title, DocumentRow.published, DocumentRow.source)
            .where(
                sa.tuple_(sa.func.coalesce(DocumentRow.published, ""), DocumentRow.doc_id)
                > sa.tuple_(sa.literal(last[0]), sa.literal(last[1]))
            )
            .order_by(sa.func.coalesce(DocumentRow.published, ""), DocumentRow.doc_id)
            .limit(batch)
        ).all()
        if not docs:
            return
        yield from documents_with_facts(session, docs)
        last = (docs[-1].published or "", docs[-1].doc_id)


def documents_with_facts(session: Session, docs: Any) -> Iterator[Document]:
    """The stored documents `docs` (rows with doc_id, title, published, source) with their facts."""
    doc_ids = [d.doc_id for d in docs]
    mentions: dict[str, dict[str, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    for doc_id, entity_id, start, end in session.execute(
        sa.select(MentionRow.doc_id, MentionRow.entity_id, MentionRow.start, MentionRow.end)
        .where(MentionRow.doc_id.in_(doc_ids))
        .order_by(MentionRow.start)
    ):
        mentions[doc_id][entity_id].append((start, end))
    relations: dict[str, list[Relation]] = defaultdict(list)
    ends: dict[str, set[str]] = defaultdict(set)
    for ev, subject, predicate, obj, negated in session.execute(
        sa.select(EvidenceRow, ClaimRow.subject_id, ClaimRow.predicate, ClaimRow.object_id, ClaimRow.negated)
        .join(ClaimRow, ClaimRow.id == EvidenceRow.claim_id)
        .where(EvidenceRow.doc_id.in_(doc_ids))
        .order_by(EvidenceRow.start, EvidenceRow.id)
    ):
        evidence = Evidence(ev.start, ev.end, ev.text or "") if ev.start is not None else None
        relations[str(ev.doc_id)].append(
            Relation(
                subject,
                Predicate(predicate),
                obj,
                dict(ev.qualifiers or {}),
                bool(negated),
                ev.confidence,
                evidence,
            )
        )
        ends[str(ev.doc_id)].update((subject, obj))
    quantities: dict[str, list[Quantity]] = defaultdict(list)
    for q in session.scalars(
        sa.select(QuantityRow).where(QuantityRow.doc_id.in_(doc_ids)).order_by(QuantityRow.start)
    ):
        value: int | float = int(q.value) if float(q.value).is_integer() else q.value
        evidence = Evidence(q.start, q.end, q.text) if q.text is not None else None
        quantities[q.doc_id].append(Quantity(q.subject_id, q.measure, value, q.qualifier, evidence))
        ends[q.doc_id].add(q.subject_id)
    all_ids = {i for per_doc in mentions.values() for i in per_doc} | {i for s in ends.values() for i in s}
    nodes = nodes_by_id(session, sorted(all_ids))
    for d in docs:
        ids = sorted(set(mentions[d.doc_id]) | ends[d.doc_id])
        entities, events = [], []
        for node_id in ids:
            node = nodes[node_id]
            offsets = tuple(mentions[d.doc_id].get(node_id, ()))
            if node.event is not None:
                ev = node.event
                events.append(
                    Event(ev.id, ev.name, ev.aliases, ev.year, ev.city, ev.country, ev.start, ev.end, offsets)
                )
            else:
                entities.append(
                    Entity(node.id, EntityType(node.type), node.name, node.aliases, node.country, offsets)
                )
        yield Document(
            doc_id=d.doc_id,
            title=d.title,
            published=d.published,
            source=d.source,
            entities=tuple(entities),
            events=tuple(events),
            relations=tuple(relations[d.doc_id]),
            quantities=tuple(quantities[d.doc_id]),
        )


def _export_jsonl(session: Session, path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for doc in iter_documents(session):
            out.write(json.dumps(doc.to_json(), ensure_ascii=False) + "\n")
            count += 1
    return count


def _export_csv(session: Session, folder: Path) -> int:
    """Four tables in `folder`: documents, entities, claims, evidence."""
    folder.mkdir(parents=True, exist_ok=True)
    tables: dict[str, tuple[list[str], sa.Select[Any]]] = {
        "documents.csv": (
            ["doc_id", "source", "title", "published"],
            sa.select(
                DocumentRow.doc_id, DocumentRow.source, DocumentRow.title, DocumentRow.published
            ).order_by(DocumentRow.doc_id),
        ),
        "entities.csv": (
            ["id", "type", "name", "country", "merged_into"],
            sa.select(
                EntityRow.id, EntityRow.type, EntityRow.name, EntityRow.country, EntityRow.merged_into
            ).order_by(EntityRow.id),
        ),
        "claims.csv": (
            ["claim_id", "subject", "predicate", "object", "negated", "miss_log", "evidence_count"],
            sa.select(
                ClaimRow.id,
                ClaimRow.subject_id,
                ClaimRow.predicate,
                ClaimRow.object_id,
                ClaimRow.negated,
                ClaimRow.miss_log,
                ClaimRow.evidence_count,
            ).order_by(ClaimRow.id),
        ),
        "evidence.csv": (
            [
                "claim_id",
                "kind",
                "doc_id",
                "start",
                "end",
                "text",
                "confidence",
                "list_name",
                "entry_id",
                "listed_on",
            ],
            sa.select(
                EvidenceRow.claim_id,
                EvidenceRow.kind,
                EvidenceRow.doc_id,
                EvidenceRow.start,
                EvidenceRow.end,
                EvidenceRow.text,
                EvidenceRow.confidence,
                EvidenceRow.list_name,
                EvidenceRow.entry_id,
                EvidenceRow.listed_on,
            ).order_by(EvidenceRow.claim_id, EvidenceRow.id),
        ),
    }
    rows_written = 0
    for name, (header, query) in tables.items():
        with (folder / name).open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            if name == "claims.csv":
                header = [*header[:5], "confidence", "evidence_count"]
            writer.writerow(header)
            for row in session.execute(query):
                values = list(row)
                if name == "claims.csv":
                    values = [*values[:5], round(claim_confidence(values[5]), 6), values[6]]
                writer.writerow(values)
                rows_written += 1
    return rows_written


def _export_graphml(session: Session, path: Path) -> int:
    ns = "http://graphml.graphdrawing.org/xmlns"
    root = ET.Element("graphml", xmlns=ns)
    keys = [
        ("label", "node", "string"),
        ("type", "node", "string"),
        ("country", "node", "string"),
        ("year", "node", "int"),
        ("predicate", "edge", "string"),
        ("negated", "edge", "boolean"),
        ("confidence", "edge", "double"),
        ("evidence_count", "edge", "int"),
    ]
    for name, domain, kind in keys:
        ET.SubElement(root, "key", {"id": name, "for": domain, "attr.name": name, "attr.type": kind})
    graph = ET.SubElement(root, "graph", id="rivalgraph", edgedefault="directed")
    live = list(
        session.scalars(sa.select(EntityRow.id).where(EntityRow.merged_into.is_(None)).order_by(EntityRow.id))
    )
    nodes = nodes_by_id(session, live)
    for node in nodes.values():
        el = ET.SubElement(graph, "node", id=node.id)
        values = {"label": node.name, "type": node.type, "country": node.country or ""}
        if node.event is not None and node.event.year is not None:
            values["year"] = str(node.event.year)
        for key, value in values.items():
            ET.SubElement(el, "data", key=key).text = value
    count = 0
    for c in session.execute(sa.select(ClaimRow).order_by(ClaimRow.id)).scalars():
        el = ET.SubElement(graph, "edge", id=f"c{c.id}", source=c.subject_id, target=c.object_id)
        for key, value in (
            ("predicate", c.predicate),
            ("negated", "true" if c.negated else "false"),
            ("confidence", f"{claim_confidence(c.miss_log):.6f}"),
            ("evidence_count", str(c.evidence_count)),
        ):
            ET.SubElement(el, "data", key=key).text = value
        count += 1
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    return len(nodes) + count


def export(session: Session, fmt: ExportFormat, path: Path) -> int:
    """Write the store to `path` (a folder for CSV); returns how many records were written."""
    if fmt is ExportFormat.JSONL:
        return _export_jsonl(session, path)
    if fmt is ExportFormat.CSV:
        return _export_csv(session, path)
    return _export_graphml(session, path)

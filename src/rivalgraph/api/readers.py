"""What the API and the dashboard read: documents from the store, everything else from analysis.

Invariant: presenters never write SQL of their own against the graph; the only query
here is the paged document list, an ORM select on the documents table.
"""

from __future__ import annotations

from collections import namedtuple
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from rivalgraph.analysis import EventReport, event_report, list_editions
from rivalgraph.analysis.export import documents_with_facts
from rivalgraph.api.deps import Paging
from rivalgraph.api.schemas import DocumentSummary
from rivalgraph.batch.pipeline import Extractor
from rivalgraph.errors import NotFoundError
from rivalgraph.model import Document, Predicate
from rivalgraph.store.documents import get_document
from rivalgraph.store.graph_tables import ClaimRow, EntityRow, EventRow, EvidenceRow
from rivalgraph.store.reader import StoredEvidence, StoredNode, evidence_of, nodes_by_id
from rivalgraph.store.tables import DocumentRow

__all__ = [
    "EditionReport",
    "ListMatch",
    "document_with_facts",
    "edition_report",
    "extractor_of",
    "list_documents",
    "list_events",
    "newest_list_matches",
    "require_document",
]


def _like(words: str) -> str:
    # LIKE wildcards typed by the user are matched literally (escaped with '\').
    escaped = words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def list_documents(
    session: Session, *, q: str | None, since: str | None, until: str | None, page: Paging
) -> tuple[list[DocumentSummary], int]:
    """One page of stored documents, newest first, and how many match in all."""
    where: list[sa.ColumnElement[bool]] = []
    if q:
        where.append(DocumentRow.title.ilike(_like(q.strip()), escape="\\"))
    if since:
        where.append(DocumentRow.published >= since)
    if until:
        where.append(DocumentRow.published <= until)
    total = int(session.scalar(sa.select(sa.func.count()).select_from(DocumentRow).where(*where)) or 0)
    rows = session.execute(
        sa.select(DocumentRow.doc_id, DocumentRow.title, DocumentRow.published, DocumentRow.source)
        .where(*where)
        .order_by(
            DocumentRow.published.desc().nulls_last(), DocumentRow.ingested_at.desc(), DocumentRow.doc_id
        )
        .limit(page.limit)
        .offset(page.offset)
    ).all()
    items = [
        DocumentSummary(doc_id=r.doc_id, title=r.title, published=r.published, source=r.source) for r in rows
    ]
    return items, total


def require_document(session: Session, doc_id: str) -> Document:
    """The stored document, or NotFoundError naming it."""
    doc = get_document(session, doc_id)
    if doc is None:
        raise NotFoundError(
            f"no document {doc_id!r} in this store; list them with GET /api/documents", status=404
        )
    return doc


_DocRow = namedtuple("_DocRow", "doc_id title published source")


def document_with_facts(session: Session, doc_id: str) -> Document:
    """The stored document with the facts the graph holds for it (resolved ids), text and spans."""
    doc = require_document(session, doc_id)
    # The export's per-document fact reader, on this one document (one batch of one).
    (facts,) = documents_with_facts(session, [_DocRow(doc.doc_id, doc.title, doc.published, doc.source)])
    return doc.with_facts(
        entities=facts.entities, events=facts.events, relations=facts.relations, quantities=facts.quantities
    )


@dataclass(frozen=True, slots=True)
class EditionReport:
    """An event report and the other stored editions of its series (for the edition selector)."""

    report: EventReport
    editions: tuple[StoredNode, ...]


def edition_report(session: Session, event_id: str) -> EditionReport:
    """The report of the edition with this id; NotFoundError naming it when the store has none."""
    node = nodes_by_id(session, [event_id]).get(event_id)
    if node is None or node.event is None:
        raise NotFoundError(f"no event edition {event_id!r} in this store; list them with GET /api/events")
    report = event_report(session, node.name, node.event.year) if node.event.year else None
    if report is None or report.event.id != event_id:
        report = _report_of_node(session, node)
    return EditionReport(report, tuple(list_editions(session, node.name)))


def _report_of_node(session: Session, node: StoredNode) -> EventReport:
    # An edition without a year (or whose name resolves to another series) is reported by
    # asking for each stored edition until the one with this id comes back.
    for edition in list_editions(session, node.name):
        if edition.id == node.id and edition.event is not None:
            return event_report(session, edition.name, edition.event.year)
    raise NotFoundError(f"the edition {node.id!r} cannot be reported: it has no year in the store")


def list_events(session: Session) -> list[StoredNode]:
    """Every live event edition, newest year first."""
    ids = session.scalars(
        sa.select(EventRow.entity_id)
        .join(EntityRow, EntityRow.id == EventRow.entity_id)
        .where(EntityRow.merged_into.is_(None))
    ).all()
    nodes = nodes_by_id(session, list(ids))
    return sorted(nodes.values(), key=lambda n: (-(n.event.year or 0) if n.event else 0, n.name))


@dataclass(frozen=True, slots=True)
class ListMatch:
    """A sanctions-list match recorded by screening: who, by whom, and the list entry."""

    entity: StoredNode
    authority: StoredNode
    evidence: StoredEvidence


def newest_list_matches(session: Session, *, limit: int = 10) -> list[ListMatch]:
    """The most recently recorded sanctions-list matches."""
    claims = session.execute(
        sa.select(ClaimRow.id, ClaimRow.subject_id, ClaimRow.object_id)
        .join(EvidenceRow, EvidenceRow.claim_id == ClaimRow.id)
        .where(ClaimRow.predicate == Predicate.SANCTIONED_BY.value, EvidenceRow.kind == "list")
        .group_by(ClaimRow.id, ClaimRow.subject_id, ClaimRow.object_id)
        .order_by(sa.func.max(EvidenceRow.id).desc())
        .limit(limit)
    ).all()
    evidence = evidence_of(session, [c.id for c in claims])
    nodes = nodes_by_id(session, [i for c in claims for i in (c.subject_id, c.object_id)])
    matches = []
    for c in claims:
        for ev in evidence.get(c.id, ()):
            if ev.kind == "list" and c.subject_id in nodes and c.object_id in nodes:
                matches.append(ListMatch(nodes[c.subject_id], nodes[c.object_id], ev))
                break
    return matches


def extractor_of(app: Any) -> Extractor | None:
    """The extractor the app was created with (None: documents are stored without facts)."""
    extractor: Extractor | None = getattr(app.state, "extractor", None)
    return extractor

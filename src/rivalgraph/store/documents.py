"""Write and read cleaned documents (text, metadata, spans); facts are written elsewhere."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from rivalgraph.model import Document, Span, SpanLabel
from rivalgraph.store.tables import DocumentRow, SpanRow

__all__ = ["count_documents", "get_document", "has_document", "save_document"]


def has_document(session: Session, doc_id: str) -> bool:
    """Whether a document with this id is stored."""
    return session.get(DocumentRow, doc_id) is not None


def save_document(session: Session, doc: Document) -> bool:
    """Store a document and its spans; False (and no write) when it is already stored."""
    if has_document(session, doc.doc_id):
        return False
    session.add(
        DocumentRow(
            doc_id=doc.doc_id,
            source=doc.source,
            title=doc.title,
            published=doc.published,
            text=doc.text,
            meta=dict(doc.metadata),
            ingested_at=datetime.now(UTC),
        )
    )
    session.add_all(
        SpanRow(doc_id=doc.doc_id, label=span.label.value, start=span.start, end=span.end)
        for span in doc.spans
    )
    session.flush()
    return True


def get_document(session: Session, doc_id: str) -> Document | None:
    """The stored document (text, metadata, spans, no facts), or None."""
    row = session.get(DocumentRow, doc_id)
    if row is None:
        return None
    spans = session.scalars(
        sa.select(SpanRow).where(SpanRow.doc_id == doc_id).order_by(SpanRow.start, SpanRow.id)
    )
    return Document(
        doc_id=row.doc_id,
        title=row.title,
        published=row.published,
        source=row.source,
        text=row.text,
        spans=tuple(Span(SpanLabel(s.label), s.start, s.end) for s in spans),
        metadata=dict(row.meta or {}),
    )


def count_documents(session: Session) -> int:
    """How many documents the store holds."""
    return int(session.scalar(sa.select(sa.func.count()).select_from(DocumentRow)) or 0)

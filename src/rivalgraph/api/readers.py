"""What the API and the dashboard read: documents from the store, everything else from analysis.

Invariant: presenters never write SQL of their own against the graph; the only query
here is the paged document list, an ORM select on the documents table.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from rivalgraph.api.deps import Paging
from rivalgraph.api.schemas import DocumentSummary
from rivalgraph.batch.pipeline import Extractor
from rivalgraph.errors import NotFoundError
from rivalgraph.model import Document
from rivalgraph.store.documents import get_document
from rivalgraph.store.tables import DocumentRow

__all__ = ["extractor_of", "list_documents", "require_document"]


def _like(words: str) -> str:
    # LIKE wildcards typed by the user are matched literally (escaped with '\').
    escaped = words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def list_documents(
    session: Session, *, q: str | None, since: str | None, until: str | None, page: Paging
) -> tuple[list[DocumentSummary], int]:
    """One page of stored documents, newest first, and how many match in all."""
    where = []
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


def extractor_of(app: Any) -> Extractor | None:
    """The extractor the app was created with (None: documents are stored without facts)."""
    extractor: Extractor | None = getattr(app.state, "extractor", None)
    return extractor

"""Full-text-ish search over stored documents (title and text) and entities (names and aliases)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from rivalgraph.errors import InputError
from rivalgraph.resolve.names import match_form
from rivalgraph.store.graph_tables import AliasRow, EntityRow, MentionRow
from rivalgraph.store.reader import StoredNode, nodes_by_id
from rivalgraph.store.tables import DocumentRow

__all__ = ["DocumentHit", "SearchResults", "search"]

_SNIPPET = 80


@dataclass(frozen=True, slots=True)
class DocumentHit:
    """A document whose title or text contains the query, with the first matching passage."""

    doc_id: str
    source: str | None
    title: str | None
    published: str | None
    snippet: str

    def to_json(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "source": self.source,
            "title": self.title,
            "published": self.published,
            "snippet": self.snippet,
        }


@dataclass(frozen=True, slots=True)
class SearchResults:
    """Documents and entities matching a query."""

    query: str
    documents: tuple[DocumentHit, ...]
    entities: tuple[StoredNode, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "documents": [d.to_json() for d in self.documents],
            "entities": [e.to_json() for e in self.entities],
        }


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _snippet(text: str, query: str) -> str:
    at = text.casefold().find(query.casefold())
    if at < 0:
        return text[: 2 * _SNIPPET].replace("\n", " ")
    start, end = max(0, at - _SNIPPET), min(len(text), at + len(query) + _SNIPPET)
    return ("..." if start else "") + text[start:end].replace("\n", " ") + ("..." if end < len(text) else "")


def search(session: Session, text: str, *, limit: int = 20) -> SearchResults:
    """Documents whose title or text contains `text` (case-insensitive) and entities whose name does."""
    query = text.strip()
    if not query:
        raise InputError("the search text is empty: give a word or a name, e.g. `rivalgraph search Huawei`")
    pattern = f"%{_escape_like(query)}%"
    docs = session.execute(
        sa.select(
            DocumentRow.doc_id, DocumentRow.source, DocumentRow.title, DocumentRow.published, DocumentRow.text
        )
        .where(
            sa.or_(
                DocumentRow.title.ilike(pattern, escape="\\"), DocumentRow.text.ilike(pattern, escape="\\")
            )
        )
        .order_by(DocumentRow.published.desc(), DocumentRow.doc_id)
        .limit(limit)
    ).all()
    hits = tuple(DocumentHit(d.doc_id, d.source, d.title, d.published, _snippet(d.text, query)) for d in docs)

    form = match_form(query)
    alias_pattern = f"%{_escape_like(form)}%"
    ids = list(
        session.scalars(
            sa.select(AliasRow.entity_id)
            .join(EntityRow, EntityRow.id == AliasRow.entity_id)
            .where(
                sa.or_(
                    AliasRow.norm.like(alias_pattern, escape="\\"), AliasRow.alias.ilike(pattern, escape="\\")
                ),
                EntityRow.merged_into.is_(None),
            )
            .distinct()
            .limit(limit * 5)
        )
    )
    counts = dict(
        session.execute(
            sa.select(MentionRow.entity_id, sa.func.count())
            .where(MentionRow.entity_id.in_(ids))
            .group_by(MentionRow.entity_id)
        )
        .tuples()
        .all()
    )
    nodes = nodes_by_id(session, ids)
    ranked = sorted(nodes.values(), key=lambda n: (match_form(n.name) != form, -counts.get(n.id, 0), n.name))
    return SearchResults(query, hits, tuple(ranked[:limit]))

"""Document tables: the cleaned text of every ingested document and its labeled spans."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from rivalgraph.store.db import Base

__all__ = ["DocumentRow", "SpanRow"]


class DocumentRow(Base):
    """One cleaned document; `doc_id` is the sha256 of its text, so re-ingest is a no-op."""

    __tablename__ = "documents"

    doc_id: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    source: Mapped[str | None] = mapped_column(sa.Text)
    title: Mapped[str | None] = mapped_column(sa.Text)
    published: Mapped[str | None] = mapped_column(sa.String(10), index=True)
    text: Mapped[str] = mapped_column(sa.Text)
    meta: Mapped[dict[str, str]] = mapped_column("metadata", sa.JSON, default=dict)
    ingested_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))


class SpanRow(Base):
    """A caption, byline, dateline, title or boilerplate region of a document."""

    __tablename__ = "spans"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = mapped_column(sa.ForeignKey("documents.doc_id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(sa.String(16))
    start: Mapped[int] = mapped_column(sa.Integer)
    end: Mapped[int] = mapped_column(sa.Integer)

"""Screening tables: loaded list versions, list entries with their history, list-stated ownership,
and the matches each screening recorded.

Invariants: a list version is unique on (source, sha256), so reloading a file is a no-op; an entry
is unique on (source, entry_id) and is never deleted: a later version that lacks it sets
`removed_version_id` (a delisting is history), and every addition, change, removal and
re-listing is one `screen_entry_changes` row of the version that made it. A match (`kind` 'match', or
'exposure' for a listed owner reached through ownership) is unique on (subject, kind, source,
entry_id); screening again updates it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from rivalgraph.store.db import Base

__all__ = [
    "ListEntryRow",
    "ListLinkRow",
    "ListVersionRow",
    "ScreenChangeRow",
    "ScreenMatchRow",
]


class ListVersionRow(Base):
    """One loaded file (or OFAC file set) of a list source: checksum, vintage, counts."""

    __tablename__ = "screen_list_versions"
    __table_args__ = (sa.UniqueConstraint("source", "sha256", name="uq_screen_version_file"),)

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    source: Mapped[str] = mapped_column(sa.String(100), index=True)
    format: Mapped[str] = mapped_column(sa.String(16))
    path: Mapped[str] = mapped_column(sa.Text)
    sha256: Mapped[str] = mapped_column(sa.String(64))
    vintage: Mapped[str | None] = mapped_column(sa.String(10))
    row_count: Mapped[int] = mapped_column(sa.Integer)
    entry_count: Mapped[int] = mapped_column(sa.Integer)
    added: Mapped[int] = mapped_column(sa.Integer)
    removed: Mapped[int] = mapped_column(sa.Integer)
    changed: Mapped[int] = mapped_column(sa.Integer)
    skipped: Mapped[int] = mapped_column(sa.Integer)
    loaded_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))


class ListEntryRow(Base):
    """A listed party as its newest version states it; `removed_version_id` marks a delisting."""

    __tablename__ = "screen_list_entries"
    __table_args__ = (sa.UniqueConstraint("source", "entry_id", name="uq_screen_entry"),)

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    source: Mapped[str] = mapped_column(sa.String(100), index=True)
    entry_id: Mapped[str] = mapped_column(sa.String(200))
    list_code: Mapped[str] = mapped_column(sa.String(60), index=True)
    name: Mapped[str] = mapped_column(sa.Text)
    listed_on: Mapped[str | None] = mapped_column(sa.String(10))
    data: Mapped[dict[str, Any]] = mapped_column(sa.JSON)
    content_hash: Mapped[str] = mapped_column(sa.String(64))
    first_version_id: Mapped[int] = mapped_column(sa.ForeignKey("screen_list_versions.id"))
    last_version_id: Mapped[int] = mapped_column(sa.ForeignKey("screen_list_versions.id"), index=True)
    removed_version_id: Mapped[int | None] = mapped_column(sa.ForeignKey("screen_list_versions.id"))


class ScreenChangeRow(Base):
    """What one version did to one entry: added, changed, removed or relisted."""

    __tablename__ = "screen_entry_changes"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    version_id: Mapped[int] = mapped_column(sa.ForeignKey("screen_list_versions.id"), index=True)
    source: Mapped[str] = mapped_column(sa.String(100))
    entry_id: Mapped[str] = mapped_column(sa.String(200))
    name: Mapped[str] = mapped_column(sa.Text)
    change: Mapped[str] = mapped_column(sa.String(10))


class ListLinkRow(Base):
    """Ownership a list states itself (FtM Ownership, DoD parent names, OFAC 'Linked To')."""

    __tablename__ = "screen_list_links"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    version_id: Mapped[int] = mapped_column(sa.ForeignKey("screen_list_versions.id"), index=True)
    source: Mapped[str] = mapped_column(sa.String(100), index=True)
    owner_id: Mapped[str] = mapped_column(sa.String(200))
    owned_id: Mapped[str] = mapped_column(sa.String(200))
    relation: Mapped[str] = mapped_column(sa.String(20))
    owner_name: Mapped[str] = mapped_column(sa.Text)
    owned_name: Mapped[str] = mapped_column(sa.Text)


class ScreenMatchRow(Base):
    """A recorded screening hit: who was screened, which entry matched, score and explanation."""

    __tablename__ = "screen_matches"
    __table_args__ = (sa.UniqueConstraint("subject", "kind", "source", "entry_id", name="uq_screen_match"),)

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    subject: Mapped[str] = mapped_column(sa.String(400), index=True)
    kind: Mapped[str] = mapped_column(sa.String(10))
    query: Mapped[str] = mapped_column(sa.Text)
    source: Mapped[str] = mapped_column(sa.String(100))
    entry_id: Mapped[str] = mapped_column(sa.String(200))
    list_code: Mapped[str] = mapped_column(sa.String(60))
    list_name: Mapped[str] = mapped_column(sa.Text)
    entry_name: Mapped[str] = mapped_column(sa.Text)
    score: Mapped[float] = mapped_column(sa.Float)
    listed_on: Mapped[str | None] = mapped_column(sa.String(10))
    programs: Mapped[list[str]] = mapped_column(sa.JSON)
    explanation: Mapped[str] = mapped_column(sa.Text)
    vintage: Mapped[str | None] = mapped_column(sa.String(10))
    screened_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))

"""Screening: list versions, list entries and their history, list-stated links, recorded matches.

Revision ID: 0003_screening
Revises: 0001_documents
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_screening"
down_revision = "0001_documents"
branch_labels = ("screening",)
depends_on = None

_VERSION_FK = "screen_list_versions.id"


def upgrade() -> None:
    op.create_table(
        "screen_list_versions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("source", sa.String(100), nullable=False, index=True),
        sa.Column("format", sa.String(16), nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("vintage", sa.String(10)),
        sa.Column("row_count", sa.Integer, nullable=False),
        sa.Column("entry_count", sa.Integer, nullable=False),
        sa.Column("added", sa.Integer, nullable=False),
        sa.Column("removed", sa.Integer, nullable=False),
        sa.Column("changed", sa.Integer, nullable=False),
        sa.Column("skipped", sa.Integer, nullable=False),
        sa.Column("loaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("source", "sha256", name="uq_screen_version_file"),
    )
    op.create_table(
        "screen_list_entries",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("source", sa.String(100), nullable=False, index=True),
        sa.Column("entry_id", sa.String(200), nullable=False),
        sa.Column("list_code", sa.String(60), nullable=False, index=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("listed_on", sa.String(10)),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("first_version_id", sa.Integer, sa.ForeignKey(_VERSION_FK), nullable=False),
        sa.Column("last_version_id", sa.Integer, sa.ForeignKey(_VERSION_FK), nullable=False, index=True),
        sa.Column("removed_version_id", sa.Integer, sa.ForeignKey(_VERSION_FK)),
        sa.UniqueConstraint("source", "entry_id", name="uq_screen_entry"),
    )
    op.create_table(
        "screen_entry_changes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("version_id", sa.Integer, sa.ForeignKey(_VERSION_FK), nullable=False, index=True),
        sa.Column("source", sa.String(100), nullable=False),
        sa.Column("entry_id", sa.String(200), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("change", sa.String(10), nullable=False),
    )
    op.create_table(
        "screen_list_links",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("version_id", sa.Integer, sa.ForeignKey(_VERSION_FK), nullable=False, index=True),
        sa.Column("source", sa.String(100), nullable=False, index=True),
        sa.Column("owner_id", sa.String(200), nullable=False),
        sa.Column("owned_id", sa.String(200), nullable=False),
        sa.Column("relation", sa.String(20), nullable=False),
        sa.Column("owner_name", sa.Text, nullable=False),
        sa.Column("owned_name", sa.Text, nullable=False),
    )
    op.create_table(
        "screen_matches",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("subject", sa.String(400), nullable=False, index=True),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("query", sa.Text, nullable=False),
        sa.Column("source", sa.String(100), nullable=False),
        sa.Column("entry_id", sa.String(200), nullable=False),
        sa.Column("list_code", sa.String(60), nullable=False),
        sa.Column("list_name", sa.Text, nullable=False),
        sa.Column("entry_name", sa.Text, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("listed_on", sa.String(10)),
        sa.Column("programs", sa.JSON, nullable=False),
        sa.Column("explanation", sa.Text, nullable=False),
        sa.Column("vintage", sa.String(10)),
        sa.Column("screened_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("subject", "kind", "source", "entry_id", name="uq_screen_match"),
    )


def downgrade() -> None:
    for table in (
        "screen_matches",
        "screen_list_links",
        "screen_entry_changes",
        "screen_list_entries",
        "screen_list_versions",
    ):
        op.drop_table(table)

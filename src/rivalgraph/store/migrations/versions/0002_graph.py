"""The knowledge graph: entities, events, keys, aliases, mentions, claims, evidence, quantities.

Revision ID: 0002_graph
Revises: 0001_documents
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_graph"
down_revision = "0001_documents"
branch_labels = ("graph",)
depends_on = None

ID = sa.String(200)


def _doc_fk(nullable: bool = False) -> sa.Column[str]:
    return sa.Column(
        "doc_id",
        sa.String(64),
        sa.ForeignKey("documents.doc_id", ondelete="CASCADE"),
        nullable=nullable,
        index=True,
    )


def upgrade() -> None:
    op.create_table(
        "entities",
        sa.Column("id", ID, primary_key=True),
        sa.Column("type", sa.String(8), nullable=False, index=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("country", sa.String(2), index=True),
        sa.Column("merged_into", ID, sa.ForeignKey("entities.id"), index=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("entity_id", ID, sa.ForeignKey("entities.id"), primary_key=True),
        sa.Column("series", sa.String(200), nullable=False, index=True),
        sa.Column("year", sa.Integer, index=True),
        sa.Column("city", sa.Text),
        sa.Column("country", sa.String(2)),
        sa.Column("start", sa.String(10)),
        sa.Column("end", sa.String(10)),
    )
    op.create_table(
        "entity_keys",
        sa.Column("key", sa.String(400), primary_key=True),
        sa.Column("entity_id", ID, sa.ForeignKey("entities.id"), nullable=False, index=True),
        sa.Column("origin_id", ID, nullable=False, index=True),
    )
    op.create_table(
        "aliases",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("entity_id", ID, sa.ForeignKey("entities.id"), nullable=False, index=True),
        sa.Column("alias", sa.String(400), nullable=False),
        sa.Column("norm", sa.String(400), nullable=False, index=True),
        sa.Column("block", sa.String(100), nullable=False, index=True),
        sa.Column("origin_id", ID, nullable=False),
        sa.UniqueConstraint("entity_id", "alias", name="uq_aliases_entity_alias"),
    )
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _doc_fk(),
        sa.Column("entity_id", ID, sa.ForeignKey("entities.id"), nullable=False, index=True),
        sa.Column("source_id", ID, nullable=False, index=True),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.UniqueConstraint("doc_id", "source_id", "start", "end", name="uq_mentions_doc_source_offsets"),
    )
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("subject_id", ID, sa.ForeignKey("entities.id"), nullable=False),
        sa.Column("predicate", sa.String(16), nullable=False),
        sa.Column("object_id", ID, sa.ForeignKey("entities.id"), nullable=False),
        sa.Column("negated", sa.Boolean, nullable=False),
        sa.Column("miss_log", sa.Float, nullable=False),
        sa.Column("evidence_count", sa.Integer, nullable=False),
        sa.UniqueConstraint("subject_id", "predicate", "object_id", "negated", name="uq_claims_spon"),
    )
    op.create_index("ix_claims_object_predicate", "claims", ["object_id", "predicate"])
    op.create_index("ix_claims_subject_predicate", "claims", ["subject_id", "predicate"])
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "claim_id", sa.Integer, sa.ForeignKey("claims.id", ondelete="CASCADE"), nullable=False, index=True
        ),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("key", sa.String(400), nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("qualifiers", sa.JSON, nullable=False),
        sa.Column("subject_source", ID, nullable=False, index=True),
        sa.Column("object_source", ID, nullable=False, index=True),
        _doc_fk(nullable=True),
        sa.Column("start", sa.Integer),
        sa.Column("end", sa.Integer),
        sa.Column("text", sa.Text),
        sa.Column("list_name", sa.String(200)),
        sa.Column("entry_id", sa.String(200)),
        sa.Column("listed_on", sa.String(10)),
        sa.Column("score", sa.Float),
        sa.Column("explanation", sa.Text),
        sa.Column("programs", sa.JSON),
        sa.UniqueConstraint("claim_id", "key", name="uq_evidence_claim_key"),
    )
    op.create_table(
        "quantities",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _doc_fk(),
        sa.Column("subject_id", ID, sa.ForeignKey("entities.id"), nullable=False, index=True),
        sa.Column("subject_source", ID, nullable=False),
        sa.Column("measure", sa.String(100), nullable=False),
        sa.Column("value", sa.Float, nullable=False),
        sa.Column("qualifier", sa.String(100)),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text),
        sa.UniqueConstraint("doc_id", "subject_source", "measure", "start", name="uq_quantities_doc"),
    )
    op.create_table(
        "resolution_judgements",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("action", sa.String(8), nullable=False),
        sa.Column("entity_id", ID, nullable=False, index=True),
        sa.Column("other_id", ID, nullable=False, index=True),
        sa.Column("reason", sa.Text),
        sa.Column("details", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    for table in (
        "resolution_judgements",
        "quantities",
        "evidence",
        "claims",
        "mentions",
        "aliases",
        "entity_keys",
        "events",
        "entities",
    ):
        op.drop_table(table)

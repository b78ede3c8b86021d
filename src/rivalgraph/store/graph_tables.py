"""Graph tables: resolved entities and event editions, their keys, aliases and mentions, claims
with one evidence row per supporting sentence (or sanctions-list entry), quantities, and the
judgements of entity resolution.

Invariants: events are nodes too (`entities.type == "EVENT"` plus one `events` row), so every
claim has a foreign key to both ends. A claim is unique on (subject, predicate, object,
negated); its evidence is unique on (claim, key), where the key names the document sentence
or the list entry, so re-ingest and concurrent ingest never duplicate anything. Entities
merged away stay as rows with `merged_into` set; every mention, alias, key and evidence row
remembers the id it came from (`source_id` / `origin_id`), which is what `split` undoes.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from rivalgraph.store.db import Base
from rivalgraph.store.tables import DocumentRow

__all__ = [
    "AliasRow",
    "ClaimRow",
    "EntityKeyRow",
    "EntityRow",
    "EventRow",
    "EvidenceRow",
    "JudgementRow",
    "MentionRow",
    "QuantityRow",
]

ID = sa.String(200)
# Foreign keys below name documents.doc_id: its table must be in the same metadata.
_DOCUMENTS = DocumentRow.__table__


class EntityRow(Base):
    """A resolved node: organization, person, product, place or event edition."""

    __tablename__ = "entities"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    type: Mapped[str] = mapped_column(sa.String(8), index=True)
    name: Mapped[str] = mapped_column(sa.Text)
    country: Mapped[str | None] = mapped_column(sa.String(2), index=True)
    merged_into: Mapped[str | None] = mapped_column(sa.ForeignKey("entities.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))


class EventRow(Base):
    """Edition details of an EVENT node; `series` is the normalized series name."""

    __tablename__ = "events"

    entity_id: Mapped[str] = mapped_column(sa.ForeignKey("entities.id"), primary_key=True)
    series: Mapped[str] = mapped_column(sa.String(200), index=True)
    year: Mapped[int | None] = mapped_column(sa.Integer, index=True)
    city: Mapped[str | None] = mapped_column(sa.Text)
    country: Mapped[str | None] = mapped_column(sa.String(2))
    start: Mapped[str | None] = mapped_column(sa.String(10))
    end: Mapped[str | None] = mapped_column(sa.String(10))


class EntityKeyRow(Base):
    """A resolution key ('id:org:alibaba', 'name:ORG:alibaba') and the node it resolves to."""

    __tablename__ = "entity_keys"

    key: Mapped[str] = mapped_column(sa.String(400), primary_key=True)
    entity_id: Mapped[str] = mapped_column(sa.ForeignKey("entities.id"), index=True)
    origin_id: Mapped[str] = mapped_column(ID, index=True)


class AliasRow(Base):
    """A surface form of a node; `norm` is `normalize_name(alias)`, `block` its first token."""

    __tablename__ = "aliases"
    __table_args__ = (sa.UniqueConstraint("entity_id", "alias", name="uq_aliases_entity_alias"),)

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    entity_id: Mapped[str] = mapped_column(sa.ForeignKey("entities.id"), index=True)
    alias: Mapped[str] = mapped_column(sa.String(400))
    norm: Mapped[str] = mapped_column(sa.String(400), index=True)
    block: Mapped[str] = mapped_column(sa.String(100), index=True)
    origin_id: Mapped[str] = mapped_column(ID)


class MentionRow(Base):
    """Where a document mentions a node; `source_id` is the id the extractor gave it."""

    __tablename__ = "mentions"
    __table_args__ = (
        sa.UniqueConstraint("doc_id", "source_id", "start", "end", name="uq_mentions_doc_source_offsets"),
    )

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = mapped_column(sa.ForeignKey("documents.doc_id", ondelete="CASCADE"), index=True)
    entity_id: Mapped[str] = mapped_column(sa.ForeignKey("entities.id"), index=True)
    source_id: Mapped[str] = mapped_column(ID, index=True)
    start: Mapped[int] = mapped_column(sa.Integer)
    end: Mapped[int] = mapped_column(sa.Integer)


class ClaimRow(Base):
    """One relation, aggregated over every source that states it.

    Confidence is the noisy-or of the evidence confidences, kept as `miss_log` = sum of
    ln(1 - c) so that concurrent writers can add evidence with an atomic increment.
    """

    __tablename__ = "claims"
    __table_args__ = (
        sa.UniqueConstraint("subject_id", "predicate", "object_id", "negated", name="uq_claims_spon"),
        sa.Index("ix_claims_object_predicate", "object_id", "predicate"),
        sa.Index("ix_claims_subject_predicate", "subject_id", "predicate"),
    )

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    subject_id: Mapped[str] = mapped_column(sa.ForeignKey("entities.id"))
    predicate: Mapped[str] = mapped_column(sa.String(16))
    object_id: Mapped[str] = mapped_column(sa.ForeignKey("entities.id"))
    negated: Mapped[bool] = mapped_column(sa.Boolean)
    miss_log: Mapped[float] = mapped_column(sa.Float, default=0.0)
    evidence_count: Mapped[int] = mapped_column(sa.Integer, default=0)


class EvidenceRow(Base):
    """One supporting sentence of a document, or one sanctions-list entry (`kind`)."""

    __tablename__ = "evidence"
    __table_args__ = (sa.UniqueConstraint("claim_id", "key", name="uq_evidence_claim_key"),)

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    claim_id: Mapped[int] = mapped_column(sa.ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(sa.String(8))
    key: Mapped[str] = mapped_column(sa.String(400))
    confidence: Mapped[float] = mapped_column(sa.Float)
    qualifiers: Mapped[dict[str, str]] = mapped_column(sa.JSON, default=dict)
    subject_source: Mapped[str] = mapped_column(ID, index=True)
    object_source: Mapped[str] = mapped_column(ID, index=True)
    doc_id: Mapped[str | None] = mapped_column(
        sa.ForeignKey("documents.doc_id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int | None] = mapped_column(sa.Integer)
    end: Mapped[int | None] = mapped_column(sa.Integer)
    text: Mapped[str | None] = mapped_column(sa.Text)
    list_name: Mapped[str | None] = mapped_column(sa.String(200))
    entry_id: Mapped[str | None] = mapped_column(sa.String(200))
    listed_on: Mapped[str | None] = mapped_column(sa.String(10))
    score: Mapped[float | None] = mapped_column(sa.Float)
    explanation: Mapped[str | None] = mapped_column(sa.Text)
    programs: Mapped[list[str] | None] = mapped_column(sa.JSON)


class QuantityRow(Base):
    """A number a document reports about a node."""

    __tablename__ = "quantities"
    __table_args__ = (
        sa.UniqueConstraint("doc_id", "subject_source", "measure", "start", name="uq_quantities_doc"),
    )

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = mapped_column(sa.ForeignKey("documents.doc_id", ondelete="CASCADE"), index=True)
    subject_id: Mapped[str] = mapped_column(sa.ForeignKey("entities.id"), index=True)
    subject_source: Mapped[str] = mapped_column(ID)
    measure: Mapped[str] = mapped_column(sa.String(100))
    value: Mapped[float] = mapped_column(sa.Float)
    qualifier: Mapped[str | None] = mapped_column(sa.String(100))
    start: Mapped[int] = mapped_column(sa.Integer)
    end: Mapped[int] = mapped_column(sa.Integer)
    text: Mapped[str | None] = mapped_column(sa.Text)


class JudgementRow(Base):
    """A manual merge or split, kept so the graph's history can be explained and replayed."""

    __tablename__ = "resolution_judgements"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    action: Mapped[str] = mapped_column(sa.String(8))
    entity_id: Mapped[str] = mapped_column(ID, index=True)
    other_id: Mapped[str] = mapped_column(ID, index=True)
    reason: Mapped[str | None] = mapped_column(sa.Text)
    details: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))

"""Manual entity resolution: merge two entities, split one apart, and keep the judgement.

Invariants: nothing is deleted but empty claims and duplicate aliases; a merged entity stays
as a row with `merged_into` set; every moved row keeps the id it came from (`source_id`,
`subject_source`/`object_source`, `origin_id`), which is what lets `split` undo a merge or
take one extractor id out of an entity it was wrongly resolved into. Claims that become
identical are folded into one, with their evidence and a recomputed confidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.orm import Session

from rivalgraph.errors import InputError, NotFoundError
from rivalgraph.resolve.names import block_of, match_form, name_key
from rivalgraph.store.graph import claim_ids_for, recompute_claims
from rivalgraph.store.graph_tables import (
    AliasRow,
    ClaimRow,
    EntityKeyRow,
    EntityRow,
    EvidenceRow,
    JudgementRow,
    MentionRow,
    QuantityRow,
)
from rivalgraph.store.tables import DocumentRow

__all__ = ["Judgement", "merge_entities", "split_entity"]


@dataclass(frozen=True, slots=True)
class Judgement:
    """What a merge or split did, as recorded in `resolution_judgements`."""

    action: str
    entity_id: str
    other_id: str
    moved: dict[str, int] = field(default_factory=dict)
    reason: str | None = None

    @property
    def summary(self) -> str:
        return ", ".join(f"{n} {what}" for what, n in self.moved.items()) or "nothing to move"

    def to_json(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "entity_id": self.entity_id,
            "other_id": self.other_id,
            "moved": dict(self.moved),
            "reason": self.reason,
        }


def _changed(session: Session, stmt: sa.Update) -> int:
    """Run an UPDATE and return how many rows it changed."""
    return int(cast("sa.CursorResult[Any]", session.execute(stmt)).rowcount)


def _live(session: Session, entity_id: str) -> EntityRow:
    row = session.get(EntityRow, entity_id)
    if row is None:
        raise NotFoundError(f"no entity {entity_id!r} in the store; find ids with `rivalgraph search NAME`")
    if row.merged_into is not None:
        raise InputError(
            f"entity {entity_id!r} was merged into {row.merged_into!r}; use that id "
            f"(or `rivalgraph entities split {row.merged_into} {entity_id}` to undo the merge)"
        )
    return row


def _record(session: Session, judgement: Judgement) -> Judgement:
    session.add(
        JudgementRow(
            action=judgement.action,
            entity_id=judgement.entity_id,
            other_id=judgement.other_id,
            reason=judgement.reason,
            details={"moved": judgement.moved},
            created_at=datetime.now(UTC),
        )
    )
    session.flush()
    return judgement


def _move_evidence(session: Session, old: str, new: str, *, sources: set[str] | None) -> int:
    """Re-home evidence of `old`'s claims onto the same claims with `new` in its place.

    With `sources`, only evidence whose subject/object came from one of those extractor ids moves.
    """
    claims = session.execute(
        sa.select(
            ClaimRow.id, ClaimRow.subject_id, ClaimRow.predicate, ClaimRow.object_id, ClaimRow.negated
        ).where(sa.or_(ClaimRow.subject_id == old, ClaimRow.object_id == old))
    ).all()
    by_id = {c.id: c for c in claims}
    evidence = session.execute(
        sa.select(
            EvidenceRow.id,
            EvidenceRow.claim_id,
            EvidenceRow.key,
            EvidenceRow.subject_source,
            EvidenceRow.object_source,
        )
        .where(EvidenceRow.claim_id.in_(sorted(by_id)))
        .order_by(EvidenceRow.id)
    ).all()
    plan: list[tuple[Any, tuple[str, str, str, bool]]] = []
    for ev in evidence:
        c = by_id[ev.claim_id]
        subject, obj = c.subject_id, c.object_id
        if subject == old and (sources is None or ev.subject_source in sources):
            subject = new
        if obj == old and (sources is None or ev.object_source in sources):
            obj = new
        if (subject, obj) != (c.subject_id, c.object_id):
            plan.append((ev, (subject, c.predicate, obj, bool(c.negated))))
    if not plan:
        return 0
    targets = claim_ids_for(session, [key for _, key in plan])
    taken = {
        (claim_id, key)
        for claim_id, key in session.execute(
            sa.select(EvidenceRow.claim_id, EvidenceRow.key).where(
                EvidenceRow.claim_id.in_(sorted(set(targets.values())))
            )
        )
        .tuples()
        .all()
    }
    for ev, key in plan:
        target = targets[key]
        if (target, ev.key) in taken:
            session.execute(sa.delete(EvidenceRow).where(EvidenceRow.id == ev.id))
        else:
            session.execute(sa.update(EvidenceRow).where(EvidenceRow.id == ev.id).values(claim_id=target))
            taken.add((target, ev.key))
    recompute_claims(session, sorted(set(by_id) | set(targets.values())))
    return len(plan)


def merge_entities(session: Session, keep: str, other: str, *, reason: str | None = None) -> Judgement:
    """Merge `other` into `keep`: keys, aliases, mentions, quantities and claims move; judgement kept."""
    if keep == other:
        raise InputError(f"cannot merge {keep!r} into itself: give two different entity ids")
    kept, merged = _live(session, keep), _live(session, other)
    if kept.type != merged.type:
        raise InputError(
            f"cannot merge {other!r} ({merged.type}) into {keep!r} ({kept.type}): entities of different types"
        )
    moved: dict[str, int] = {}
    moved["keys"] = _changed(
        session, sa.update(EntityKeyRow).where(EntityKeyRow.entity_id == other).values(entity_id=keep)
    )
    aliases = session.scalars(sa.select(AliasRow).where(AliasRow.entity_id == other)).all()
    have = set(session.scalars(sa.select(AliasRow.alias).where(AliasRow.entity_id == keep)))
    for alias in aliases:
        if alias.alias in have:
            session.delete(alias)
        else:
            alias.entity_id = keep
            have.add(alias.alias)
    moved["aliases"] = len(aliases)
    moved["mentions"] = _changed(
        session, sa.update(MentionRow).where(MentionRow.entity_id == other).values(entity_id=keep)
    )
    moved["quantities"] = _changed(
        session, sa.update(QuantityRow).where(QuantityRow.subject_id == other).values(subject_id=keep)
    )
    moved["evidence"] = _move_evidence(session, other, keep, sources=None)
    merged.merged_into = keep
    if kept.country is None:
        kept.country = merged.country
    return _record(session, Judgement("merge", keep, other, moved, reason))


def _sources_of(session: Session, entity_id: str, part: str) -> tuple[set[str], bool]:
    """The extractor ids to take out of `entity_id`, and whether `part` is an entity merged into it."""
    row = session.get(EntityRow, part)
    if row is not None and row.merged_into is not None:
        keys = session.scalars(
            sa.select(EntityKeyRow.key).where(
                EntityKeyRow.origin_id == part, EntityKeyRow.key.startswith("id:")
            )
        )
        return {part, *(k.removeprefix("id:") for k in keys)}, True
    if row is not None and part != entity_id:
        raise InputError(f"{part!r} is already an entity of its own, not part of {entity_id!r}")
    return {part}, False


def _surfaces(session: Session, mentions: Sequence[Any]) -> list[str]:
    texts = dict(
        session.execute(
            sa.select(DocumentRow.doc_id, DocumentRow.text).where(
                DocumentRow.doc_id.in_(sorted({m.doc_id for m in mentions}))
            )
        )
        .tuples()
        .all()
    )
    return [texts[m.doc_id][m.start : m.end] for m in mentions if m.doc_id in texts and m.end > m.start]


def split_entity(session: Session, entity_id: str, part: str, *, reason: str | None = None) -> Judgement:
    """Take `part` out of `entity_id`: an entity merged into it earlier, or one extractor id's facts."""
    whole = _live(session, entity_id)
    sources, revive = _sources_of(session, entity_id, part)
    moving = session.execute(
        sa.select(MentionRow.id, MentionRow.doc_id, MentionRow.start, MentionRow.end).where(
            MentionRow.entity_id == entity_id, MentionRow.source_id.in_(sorted(sources))
        )
    ).all()
    has_evidence = session.scalar(
        sa.select(sa.func.count())
        .select_from(EvidenceRow)
        .join(ClaimRow, ClaimRow.id == EvidenceRow.claim_id)
        .where(
            sa.or_(
                sa.and_(ClaimRow.subject_id == entity_id, EvidenceRow.subject_source.in_(sorted(sources))),
                sa.and_(ClaimRow.object_id == entity_id, EvidenceRow.object_source.in_(sorted(sources))),
            )
        )
    )
    if not moving and not has_evidence and not revive:
        raise NotFoundError(
            f"nothing of {part!r} is in {entity_id!r}: give an entity merged into it or an extractor id "
            f"it resolved (see `rivalgraph entity {entity_id} --json`)"
        )
    surfaces = _surfaces(session, moving)
    if revive:
        revived = session.get(EntityRow, part)
        assert revived is not None  # _sources_of found it
        revived.merged_into = None
    else:
        name = max(surfaces, key=len) if surfaces else part.split(":", 1)[-1]
        session.add(
            EntityRow(
                id=part, type=whole.type, name=name, country=whole.country, created_at=datetime.now(UTC)
            )
        )
        session.flush()
    moved: dict[str, int] = {}
    id_keys = sorted(f"id:{s}" for s in sources)
    key_filter = sa.or_(EntityKeyRow.key.in_(id_keys), EntityKeyRow.origin_id == part)
    moved["keys"] = _changed(
        session,
        sa.update(EntityKeyRow).where(EntityKeyRow.entity_id == entity_id, key_filter).values(entity_id=part),
    )
    moved["mentions"] = _changed(
        session,
        sa.update(MentionRow)
        .where(MentionRow.entity_id == entity_id, MentionRow.source_id.in_(sorted(sources)))
        .values(entity_id=part),
    )
    moved["quantities"] = _changed(
        session,
        sa.update(QuantityRow)
        .where(QuantityRow.subject_id == entity_id, QuantityRow.subject_source.in_(sorted(sources)))
        .values(subject_id=part),
    )
    moved["evidence"] = _move_evidence(session, entity_id, part, sources=sources)
    moved["aliases"] = _split_aliases(session, entity_id, part, surfaces, revive=revive)
    return _record(session, Judgement("split", entity_id, part, moved, reason))


def _split_aliases(
    session: Session, entity_id: str, part: str, surfaces: Sequence[str], *, revive: bool
) -> int:
    """Give `part` its names back; names only it used leave `entity_id`, and their name keys follow."""
    remaining = session.execute(
        sa.select(MentionRow.doc_id, MentionRow.start, MentionRow.end).where(
            MentionRow.entity_id == entity_id
        )
    ).all()
    still_used = {match_form(s) for s in _surfaces(session, remaining)}
    rows = session.scalars(sa.select(AliasRow).where(AliasRow.entity_id == entity_id)).all()
    names = set(surfaces)
    if revive:
        names.update(a.alias for a in rows if a.origin_id == part)
    moved = 0
    for name in sorted(names):
        form = match_form(name)
        exists = session.scalar(
            sa.select(AliasRow.id).where(AliasRow.entity_id == part, AliasRow.alias == name)
        )
        if exists is None:
            session.add(AliasRow(entity_id=part, alias=name, norm=form, block=block_of(form), origin_id=part))
        if form not in still_used:
            for alias in rows:
                if alias.alias == name:
                    session.delete(alias)
            entity_type = session.scalar(sa.select(EntityRow.type).where(EntityRow.id == part))
            key = name_key(str(entity_type), name)
            if key is not None:
                session.execute(
                    sa.update(EntityKeyRow)
                    .where(EntityKeyRow.key == key, EntityKeyRow.entity_id == entity_id)
                    .values(entity_id=part)
                )
            moved += 1
    session.flush()
    return moved

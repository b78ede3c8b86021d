"""A predicate across the editions of a series, grouped by country, entity or role, with its sources.

An edition no stored document covers is "no data", never 0: between the first and last
known years (or since the series' first year in the knowledge base) a missing edition is
a gap in the corpus, not a year without sponsors.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from rivalgraph.analysis.events import list_editions, merge_qualifiers
from rivalgraph.errors import InputError
from rivalgraph.kb import KnowledgeBase
from rivalgraph.model import EVENT, PREDICATE_SIGNATURES, Predicate
from rivalgraph.store.graph_tables import ClaimRow, EntityRow, EvidenceRow
from rivalgraph.store.reader import evidence_of, split_year
from rivalgraph.store.tables import DocumentRow

__all__ = ["GroupBy", "TrendCell", "TrendRow", "TrendTable", "trend"]


class GroupBy(StrEnum):
    """What the rows of a trend table are."""

    COUNTRY = "country"
    ENTITY = "entity"
    ROLE = "role"


@dataclass(frozen=True, slots=True)
class TrendCell:
    """One row x edition: the entities counted and the documents behind them."""

    count: int
    entities: tuple[str, ...]
    documents: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"count": self.count, "entities": list(self.entities), "documents": list(self.documents)}


@dataclass(frozen=True, slots=True)
class TrendRow:
    """A row of the table; `cells[year]` is None where no document covers that edition."""

    key: str
    cells: dict[int, TrendCell | None]

    @property
    def total(self) -> int:
        return sum(c.count for c in self.cells.values() if c is not None)


@dataclass(frozen=True, slots=True)
class TrendTable:
    """A predicate across editions: rows by group, one column per year, and each year's sources."""

    series: str
    predicate: Predicate
    by: GroupBy
    years: tuple[int, ...]
    rows: tuple[TrendRow, ...]
    coverage: dict[int, tuple[str, ...]]
    sources: dict[str, str]

    def has_data(self, year: int) -> bool:
        """Whether any stored document covers the edition of `year`."""
        return bool(self.coverage.get(year))

    def to_json(self) -> dict[str, Any]:
        return {
            "series": self.series,
            "predicate": self.predicate.value,
            "by": self.by.value,
            "years": list(self.years),
            "coverage": {
                str(y): ({"documents": list(self.coverage[y])} if self.has_data(y) else "no data")
                for y in self.years
            },
            "rows": [
                {
                    "key": row.key,
                    "total": row.total,
                    "cells": {
                        str(y): (cell.to_json() if cell is not None else "no data")
                        for y, cell in row.cells.items()
                    },
                }
                for row in self.rows
            ],
            "sources": dict(self.sources),
        }


def trend(
    session: Session,
    name: str,
    *,
    predicate: Predicate = Predicate.SPONSORS,
    by: GroupBy = GroupBy.COUNTRY,
    kb: KnowledgeBase | None = None,
) -> TrendTable:
    """`predicate` claims about every edition of the series `name`, counted per group and year."""
    _, objects = PREDICATE_SIGNATURES[predicate]
    if EVENT not in objects:
        raise InputError(
            f"predicate {predicate.value!r} does not point at an event; "
            "use one of sponsors, exhibits_at, attends, speaks_at, absent_from, organizes"
        )
    base, _ = split_year(name)
    editions = [e for e in list_editions(session, base) if e.event is not None and e.event.year is not None]
    if not editions:
        raise InputError(f"the editions of {name!r} in the store have no year, so there is no trend to show")
    year_of = {e.id: e.event.year for e in editions if e.event is not None and e.event.year is not None}
    edition_ids = sorted(year_of)

    # A document covers an edition for this predicate only when it states such a claim about it
    # (negated ones included): a caption that merely mentions WAIC 2019 says nothing about who
    # sponsored it, so that edition stays "no data" rather than a false 0.
    claimed = session.execute(
        sa.select(ClaimRow.object_id, EvidenceRow.doc_id)
        .join(EvidenceRow, EvidenceRow.claim_id == ClaimRow.id)
        .where(
            ClaimRow.object_id.in_(edition_ids),
            ClaimRow.predicate == predicate.value,
            EvidenceRow.doc_id.is_not(None),
        )
        .distinct()
    ).all()
    coverage: dict[int, set[str]] = defaultdict(set)
    for edition_id, doc_id in claimed:
        coverage[year_of[edition_id]].add(str(doc_id))

    claims = session.execute(
        sa.select(ClaimRow.id, ClaimRow.object_id, ClaimRow.subject_id, EntityRow.name, EntityRow.country)
        .join(EntityRow, EntityRow.id == ClaimRow.subject_id)
        .where(
            ClaimRow.object_id.in_(edition_ids),
            ClaimRow.predicate == predicate.value,
            ClaimRow.negated.is_(False),
        )
    ).all()
    evidence = evidence_of(session, [c.id for c in claims]) if by is GroupBy.ROLE else {}
    claim_docs: dict[int, set[str]] = defaultdict(set)
    for claim_id, doc_id in session.execute(
        sa.select(EvidenceRow.claim_id, EvidenceRow.doc_id).where(
            EvidenceRow.claim_id.in_([c.id for c in claims]), EvidenceRow.doc_id.is_not(None)
        )
    ):
        claim_docs[claim_id].add(str(doc_id))

    known = sorted(set(year_of.values()))
    first = known[0]
    series = kb.lookup_event(base) if kb is not None else None
    if series is not None and series.first_year is not None:
        first = min(first, series.first_year)
    years = tuple(range(first, known[-1] + 1))

    grouped: dict[str, dict[int, tuple[set[str], set[str]]]] = defaultdict(
        lambda: defaultdict(lambda: (set(), set()))
    )
    for c in claims:
        if by is GroupBy.COUNTRY:
            key = c.country or "unknown"
        elif by is GroupBy.ENTITY:
            key = c.name
        else:
            key = merge_qualifiers(evidence.get(c.id, ())).get("role", "unspecified")
        names, docs = grouped[key][year_of[c.object_id]]
        names.add(c.name)
        docs.update(claim_docs[c.id])

    rows = []
    for key, per_year in grouped.items():
        cells: dict[int, TrendCell | None] = {}
        for y in years:
            if not coverage.get(y):
                cells[y] = None
            else:
                names, docs = per_year.get(y, (set(), set()))
                cells[y] = TrendCell(len(names), tuple(sorted(names)), tuple(sorted(docs)))
        rows.append(TrendRow(key, cells))
    rows.sort(key=lambda r: (-r.total, r.key))

    all_docs = sorted({d for docs in coverage.values() for d in docs})
    sources = dict(
        session.execute(
            sa.select(DocumentRow.doc_id, DocumentRow.source).where(DocumentRow.doc_id.in_(all_docs))
        )
        .tuples()
        .all()
    )
    return TrendTable(
        series=editions[0].name,
        predicate=predicate,
        by=by,
        years=years,
        rows=tuple(rows),
        coverage={y: tuple(sorted(coverage.get(y, ()))) for y in years},
        sources={k: v or k for k, v in sources.items()},
    )

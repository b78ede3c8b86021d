"""Every row of a store as comparable text: how tests hold two drivers' stores equal."""

from __future__ import annotations

import json

import sqlalchemy as sa

from rivalgraph.store import graph_tables  # noqa: F401  (registers the graph tables on Base)
from rivalgraph.store.db import Base, open_engine

__all__ = ["store_dump"]

# What cross-document entity resolution decides: which stored entity a mention joins.
_RESOLVED_TABLES = {"entities", "events", "aliases", "entity_keys", "claims", "resolution_judgements"}
_RESOLVED_COLUMNS = {"entity_id", "subject_id", "object_id", "claim_id"}


def store_dump(url: str, *, resolved: bool = True) -> dict[str, list[str]]:
    """Every row of every table, without surrogate ids and timestamps, claims by their key.

    `resolved=False` leaves out what resolution decides and keeps what each document wrote
    (its text, spans, and every mention, evidence and quantity under the extractor's own ids).
    """
    engine = open_engine(url)
    dump: dict[str, list[str]] = {}
    with engine.connect() as conn:
        claims_table = Base.metadata.tables["claims"]
        claims = {
            row.id: [row.subject_id, row.predicate, row.object_id, bool(row.negated)]
            for row in conn.execute(sa.select(claims_table))
        }
        for table in Base.metadata.sorted_tables:
            if not resolved and table.name in _RESOLVED_TABLES:
                continue
            columns = [
                c
                for c in table.columns
                if not (c.primary_key and isinstance(c.type, sa.Integer))
                and not isinstance(c.type, sa.DateTime)
                and (resolved or c.name not in _RESOLVED_COLUMNS)
            ]
            rows = []
            for row in conn.execute(sa.select(*columns)):
                data = dict(row._mapping)
                if "claim_id" in data:
                    data["claim_id"] = claims[data["claim_id"]]
                data = {k: round(v, 9) if isinstance(v, float) else v for k, v in data.items()}
                rows.append(json.dumps(data, sort_keys=True, default=str))
            dump[table.name] = sorted(rows)
    engine.dispose()
    return dump

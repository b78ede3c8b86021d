"""List-version bookkeeping in the store: record a loaded list, read the current entries, diff versions.

Invariants: `record_list` writes one version and all its entry changes in the caller's
transaction, or raises before writing anything; the same file (source + checksum) loaded twice
is a no-op; entries absent from a newer version are marked removed, never deleted.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from rivalgraph.errors import InputError, NotFoundError
from rivalgraph.screen.model import ListEntry, ListLink, LoadedList, Match
from rivalgraph.settings import PACKAGE_DATA
from rivalgraph.store.screening_tables import (
    ListEntryRow,
    ListLinkRow,
    ListVersionRow,
    ScreenChangeRow,
    ScreenMatchRow,
)

__all__ = [
    "BUNDLED_DIR",
    "ListDiff",
    "ListVersion",
    "LoadResult",
    "bundled_list_paths",
    "current_entries",
    "current_links",
    "diff_lists",
    "diff_versions",
    "entry_hash",
    "list_versions",
    "record_list",
    "record_match",
    "vintages",
]

BUNDLED_DIR = PACKAGE_DATA / "lists"
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class ListVersion:
    """One loaded version of a list source."""

    id: int
    source: str
    format: str
    path: str
    sha256: str
    vintage: str | None
    row_count: int
    entry_count: int
    added: int
    removed: int
    changed: int
    skipped: int
    loaded_at: str

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "source": self.source,
            "format": self.format,
            "path": self.path,
            "sha256": self.sha256,
            "vintage": self.vintage,
            "rows": self.row_count,
            "entries": self.entry_count,
            "added": self.added,
            "removed": self.removed,
            "changed": self.changed,
            "skipped": self.skipped,
            "loaded_at": self.loaded_at,
        }


@dataclass(frozen=True, slots=True)
class LoadResult:
    """A recorded version and whether the file was already loaded (then nothing changed)."""

    version: ListVersion
    unchanged: bool


@dataclass(frozen=True, slots=True)
class ListDiff:
    """Entries added, removed and changed between two versions of a list (by entry id)."""

    added: tuple[str, ...]
    removed: tuple[str, ...]
    changed: tuple[str, ...]
    names: dict[str, str]

    def to_json(self) -> dict[str, object]:
        def named(ids: Sequence[str]) -> list[dict[str, str]]:
            return [{"entry_id": i, "name": self.names.get(i, "")} for i in ids]

        return {"added": named(self.added), "removed": named(self.removed), "changed": named(self.changed)}


def entry_hash(entry: ListEntry) -> str:
    """A checksum of everything the list says about one entry."""
    return hashlib.sha256(json.dumps(entry.to_json(), sort_keys=True).encode()).hexdigest()


def diff_lists(old: Iterable[ListEntry], new: Iterable[ListEntry]) -> ListDiff:
    """What changed from `old` to `new`, matching entries on their entry id."""
    before = {e.entry_id: e for e in old}
    after = {e.entry_id: e for e in new}
    names = {i: e.name for i, e in before.items()} | {i: e.name for i, e in after.items()}
    return ListDiff(
        added=tuple(sorted(after.keys() - before.keys())),
        removed=tuple(sorted(before.keys() - after.keys())),
        changed=tuple(
            sorted(i for i in after.keys() & before.keys() if entry_hash(after[i]) != entry_hash(before[i]))
        ),
        names=names,
    )


def _version(row: ListVersionRow) -> ListVersion:
    return ListVersion(
        id=row.id,
        source=row.source,
        format=row.format,
        path=row.path,
        sha256=row.sha256,
        vintage=row.vintage,
        row_count=row.row_count,
        entry_count=row.entry_count,
        added=row.added,
        removed=row.removed,
        changed=row.changed,
        skipped=row.skipped,
        loaded_at=row.loaded_at.isoformat(timespec="seconds"),
    )


def _chunks(values: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def record_list(session: Session, loaded: LoadedList) -> LoadResult:
    """Store a parsed list as a new version of its source, with additions, changes and removals."""
    same = session.scalars(
        sa.select(ListVersionRow).where(
            ListVersionRow.source == loaded.source, ListVersionRow.sha256 == loaded.sha256
        )
    ).first()
    if same is not None:
        return LoadResult(_version(same), unchanged=True)
    latest = session.scalars(
        sa.select(ListVersionRow)
        .where(ListVersionRow.source == loaded.source)
        .order_by(ListVersionRow.id.desc())
    ).first()
    if latest is not None and latest.vintage and loaded.vintage and loaded.vintage < latest.vintage:
        raise InputError(
            f"{loaded.path} is vintage {loaded.vintage} of {loaded.source}, older than the loaded "
            f"vintage {latest.vintage} (version {latest.id}); an older file is already history: "
            "use `rivalgraph lists diff OLD NEW` to compare files without loading them"
        )
    entries = {e.entry_id: e for e in loaded.entries}
    version = ListVersionRow(
        source=loaded.source,
        format=loaded.format.value,
        path=loaded.path,
        sha256=loaded.sha256,
        vintage=loaded.vintage,
        row_count=loaded.row_count,
        entry_count=len(entries),
        added=0,
        removed=0,
        changed=0,
        skipped=loaded.skipped,
        loaded_at=datetime.now(UTC),
    )
    session.add(version)
    session.flush()
    existing = {
        r.entry_id: r
        for r in session.execute(
            sa.select(
                ListEntryRow.id,
                ListEntryRow.entry_id,
                ListEntryRow.content_hash,
                ListEntryRow.removed_version_id,
            ).where(ListEntryRow.source == loaded.source)
        )
    }
    inserts: list[dict[str, object]] = []
    changes: list[dict[str, object]] = []
    counts = {"added": 0, "changed": 0, "relisted": 0, "removed": 0}
    for entry_id, entry in entries.items():
        digest = entry_hash(entry)
        row = existing.get(entry_id)
        if row is None:
            inserts.append(
                {
                    "source": loaded.source,
                    "entry_id": entry_id,
                    "list_code": entry.list_code,
                    "name": entry.name,
                    "listed_on": entry.listed_on,
                    "data": entry.to_json(),
                    "content_hash": digest,
                    "first_version_id": version.id,
                    "last_version_id": version.id,
                    "removed_version_id": None,
                }
            )
            change = "added"
        elif row.removed_version_id is not None or row.content_hash != digest:
            session.execute(
                sa.update(ListEntryRow)
                .where(ListEntryRow.id == row.id)
                .values(
                    list_code=entry.list_code,
                    name=entry.name,
                    listed_on=entry.listed_on,
                    data=entry.to_json(),
                    content_hash=digest,
                    removed_version_id=None,
                )
            )
            change = "relisted" if row.removed_version_id is not None else "changed"
        else:
            continue
        counts[change] += 1
        changes.append(
            {
                "version_id": version.id,
                "source": loaded.source,
                "entry_id": entry_id,
                "name": entry.name,
                "change": change,
            }
        )
    gone = [r for i, r in existing.items() if i not in entries and r.removed_version_id is None]
    for chunk in _chunks([r.id for r in gone]):
        session.execute(
            sa.update(ListEntryRow).where(ListEntryRow.id.in_(chunk)).values(removed_version_id=version.id)
        )
    if gone:
        rows = session.execute(
            sa.select(ListEntryRow.entry_id, ListEntryRow.name).where(ListEntryRow.source == loaded.source)
        ).all()
        names = {str(r.entry_id): str(r.name) for r in rows}
        for r in gone:
            changes.append(
                {
                    "version_id": version.id,
                    "source": loaded.source,
                    "entry_id": r.entry_id,
                    "name": names.get(r.entry_id, ""),
                    "change": "removed",
                }
            )
        counts["removed"] = len(gone)
    if inserts:
        session.execute(sa.insert(ListEntryRow), inserts)
    session.execute(
        sa.update(ListEntryRow)
        .where(ListEntryRow.source == loaded.source, ListEntryRow.removed_version_id.is_(None))
        .values(last_version_id=version.id)
    )
    if changes:
        session.execute(sa.insert(ScreenChangeRow), changes)
    session.execute(sa.delete(ListLinkRow).where(ListLinkRow.source == loaded.source))
    if loaded.links:
        session.execute(
            sa.insert(ListLinkRow),
            [
                {
                    "version_id": version.id,
                    "source": link.source,
                    "owner_id": link.owner_id,
                    "owned_id": link.owned_id,
                    "relation": link.relation,
                    "owner_name": link.owner_name,
                    "owned_name": link.owned_name,
                }
                for link in loaded.links
            ],
        )
    version.added = counts["added"] + counts["relisted"]
    version.changed = counts["changed"]
    version.removed = counts["removed"]
    session.flush()
    return LoadResult(_version(version), unchanged=False)


def list_versions(session: Session, *, source: str | None = None) -> list[ListVersion]:
    """Every recorded version, oldest first (of one source when given)."""
    query = sa.select(ListVersionRow).order_by(ListVersionRow.id)
    if source:
        query = query.where(ListVersionRow.source == source)
    return [_version(row) for row in session.scalars(query)]


def current_entries(session: Session, *, sources: Sequence[str] | None = None) -> list[ListEntry]:
    """Every entry that the newest version of its source still lists."""
    query = (
        sa.select(ListEntryRow.data)
        .where(ListEntryRow.removed_version_id.is_(None))
        .order_by(ListEntryRow.id)
    )
    if sources:
        query = query.where(ListEntryRow.source.in_(list(sources)))
    return [ListEntry.from_json(data) for data in session.scalars(query)]


def current_links(session: Session) -> list[ListLink]:
    """Ownership stated by the newest version of each list."""
    rows = session.scalars(sa.select(ListLinkRow).order_by(ListLinkRow.id))
    return [ListLink(r.source, r.owner_id, r.owned_id, r.relation, r.owner_name, r.owned_name) for r in rows]


def vintages(session: Session) -> dict[str, str | None]:
    """The vintage of the newest loaded version of each source."""
    out: dict[str, str | None] = {}
    for row in session.scalars(sa.select(ListVersionRow).order_by(ListVersionRow.id)):
        out[row.source] = row.vintage
    return out


def diff_versions(session: Session, old_id: int, new_id: int) -> ListDiff:
    """What changed between two recorded versions of one source, from the change history."""
    old = session.get(ListVersionRow, old_id)
    new = session.get(ListVersionRow, new_id)
    if old is None or new is None:
        missing = old_id if old is None else new_id
        raise NotFoundError(f"no list version {missing}; `rivalgraph lists show` lists the versions")
    if old.source != new.source:
        raise InputError(
            f"versions {old_id} ({old.source}) and {new_id} ({new.source}) are of different lists"
        )
    low, high = sorted((old_id, new_id))
    rows = session.scalars(
        sa.select(ScreenChangeRow)
        .where(
            ScreenChangeRow.source == old.source,
            ScreenChangeRow.version_id > low,
            ScreenChangeRow.version_id <= high,
        )
        .order_by(ScreenChangeRow.id)
    ).all()
    state: dict[str, str] = {}
    names: dict[str, str] = {}
    for row in rows:
        names[row.entry_id] = row.name
        before = state.get(row.entry_id)
        if row.change == "removed":
            state[row.entry_id] = "gone" if before == "added" else "removed"
        elif row.change in ("added", "relisted"):
            state[row.entry_id] = "changed" if before == "removed" else "added"
        elif before is None:
            state[row.entry_id] = "changed"
    if old_id > new_id:
        flip = {"added": "removed", "removed": "added"}
        state = {k: flip.get(v, v) for k, v in state.items()}
    return ListDiff(
        added=tuple(sorted(k for k, v in state.items() if v == "added")),
        removed=tuple(sorted(k for k, v in state.items() if v == "removed")),
        changed=tuple(sorted(k for k, v in state.items() if v == "changed")),
        names=names,
    )


def bundled_list_paths(directory: Path | None = None) -> list[Path]:
    """The public-domain list slices shipped under data/lists/ (files and OFAC folders)."""
    directory = directory or BUNDLED_DIR
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.iterdir() if p.is_dir() or p.suffix.casefold() in {".csv", ".json"})


def record_match(
    session: Session, *, subject: str, query: str, match: Match, kind: str, vintage: str | None
) -> None:
    """Record (or update) one screening hit for a subject: a direct match or an exposure."""
    values = {
        "subject": subject,
        "kind": kind,
        "query": query,
        "source": match.entry.source,
        "entry_id": match.entry.entry_id,
        "list_code": match.entry.list_code,
        "list_name": match.entry.list_name,
        "entry_name": match.entry.name,
        "score": match.score,
        "listed_on": match.entry.listed_on,
        "programs": list(match.entry.programs),
        "explanation": match.explanation,
        "vintage": vintage,
        "screened_at": datetime.now(UTC),
    }
    key = (
        ScreenMatchRow.subject == subject,
        ScreenMatchRow.kind == kind,
        ScreenMatchRow.source == match.entry.source,
        ScreenMatchRow.entry_id == match.entry.entry_id,
    )
    existing = session.scalars(sa.select(ScreenMatchRow.id).where(*key)).first()
    if existing is None:
        session.execute(sa.insert(ScreenMatchRow), [values])
    else:
        session.execute(sa.update(ScreenMatchRow).where(ScreenMatchRow.id == existing).values(**values))

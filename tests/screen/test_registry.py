"""List versions in a real store (SQLite and PostgreSQL): no-op reloads, vintages, delistings, diffs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa

from rivalgraph.errors import InputError, ListFormatError
from rivalgraph.screen.loaders import load_list
from rivalgraph.screen.registry import (
    bundled_list_paths,
    current_entries,
    diff_lists,
    diff_versions,
    list_versions,
    record_list,
)
from rivalgraph.store.db import open_engine, transaction
from rivalgraph.store.screening_tables import ListEntryRow, ScreenChangeRow


def _cons(tmp_path: Path, name: str) -> Path:
    source = next(p for p in bundled_list_paths() if p.name.startswith("us_ofac_cons"))
    target = tmp_path / name
    shutil.copytree(source, target)
    return target


def _drop_entry(folder: Path, number: str) -> None:
    prim = folder / "cons_prim.csv"
    lines = prim.read_bytes().split(b"\r\n")
    prim.write_bytes(b"\r\n".join(line for line in lines if not line.startswith(number.encode() + b",")))


def _add_entry(folder: Path, line: bytes) -> None:
    prim = folder / "cons_prim.csv"
    body = prim.read_bytes()
    assert body.endswith(b"\x1a")
    prim.write_bytes(body[:-1] + line + b"\r\n\x1a")


def test_screen_reloading_the_same_file_is_a_noop(db_url: str, tmp_path: Path) -> None:
    engine = open_engine(db_url)
    loaded = load_list(_cons(tmp_path, "cons_2025-12-19"))
    with transaction(engine) as session:
        first = record_list(session, loaded)
    with transaction(engine) as session:
        again = record_list(session, loaded)
        assert again.unchanged and again.version.id == first.version.id
        assert len(list_versions(session)) == 1
        assert first.version.added == first.version.entry_count == 442
        assert len(current_entries(session)) == 442


def test_screen_newer_vintage_records_additions_and_removals(db_url: str, tmp_path: Path) -> None:
    engine = open_engine(db_url)
    old = _cons(tmp_path, "cons_2025-12-19")
    new = _cons(tmp_path, "cons_2026-01-15")
    _drop_entry(new, "30947")  # Huawei Technologies delisted
    _add_entry(
        new,
        b'99999,"EXAMPLE NEW LISTING CO., LTD.",-0- ,"CMIC-EO13959",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ',
    )
    with transaction(engine) as session:
        v1 = record_list(session, load_list(old)).version
    with transaction(engine) as session:
        v2 = record_list(session, load_list(new)).version
    assert (v2.added, v2.removed, v2.changed, v2.vintage) == (1, 1, 0, "2026-01-15")
    with transaction(engine) as session:
        live = {e.entry_id for e in current_entries(session)}
        assert "30947" not in live and "99999" in live
        # A delisting is history: the row stays, marked with the version that removed it.
        row = session.scalars(sa.select(ListEntryRow).where(ListEntryRow.entry_id == "30947")).one()
        assert row.removed_version_id == v2.id
        changes = session.scalars(
            sa.select(ScreenChangeRow.change).where(ScreenChangeRow.version_id == v2.id)
        ).all()
        assert sorted(changes) == ["added", "removed"]
        diff = diff_versions(session, v1.id, v2.id)
        assert (diff.added, diff.removed) == (("99999",), ("30947",))
        assert diff.names["30947"].startswith("HUAWEI")
    assert diff_lists(load_list(old).entries, load_list(new).entries).removed == ("30947",)


def test_screen_older_vintage_after_newer_is_refused(db_url: str, tmp_path: Path) -> None:
    engine = open_engine(db_url)
    newer = _cons(tmp_path, "cons_2026-01-15")
    older = _cons(tmp_path, "cons_2025-12-19")
    _drop_entry(older, "30947")
    with transaction(engine) as session:
        record_list(session, load_list(newer))
    with pytest.raises(InputError, match="older than the loaded vintage"), transaction(engine) as session:
        record_list(session, load_list(older))
    with transaction(engine) as session:
        assert len(list_versions(session)) == 1


def test_screen_corrupt_file_leaves_nothing_loaded(db_url: str, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from rivalgraph.cli import app

    good = _cons(tmp_path, "cons_2025-12-19")
    bad = _cons(tmp_path, "cons_2026-01-15")
    data = (bad / "cons_alt.csv").read_bytes()
    (bad / "cons_alt.csv").write_bytes(data[: len(data) // 2])
    result = CliRunner().invoke(app, ["lists", "load", str(good), str(bad), "--db", db_url])
    assert result.exit_code != 0
    assert isinstance(result.exception, ListFormatError)
    assert "truncated" in result.exception.message
    with transaction(open_engine(db_url)) as session:
        assert list_versions(session) == []
        assert current_entries(session) == []

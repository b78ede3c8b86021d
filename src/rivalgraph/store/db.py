"""Engine, schema migrations and transactions for every backend (SQLite, PostgreSQL).

Invariants: the schema is only ever created by Alembic migrations (`upgrade heads`: each
stage's tables live on their own branch off `0001_documents`), and every write happens
inside `transaction()`, so a failed document leaves nothing behind.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import DeclarativeBase, Session

from rivalgraph.errors import StoreError

if TYPE_CHECKING:
    from alembic.config import Config

__all__ = ["Base", "open_engine", "transaction"]

MIGRATIONS = Path(__file__).parent / "migrations"
_migrated: set[str] = set()
_lock = threading.Lock()


class Base(DeclarativeBase):
    """Declarative base shared by every table module."""


def _sqlite_pragmas(dbapi_conn: object, _record: object) -> None:
    cursor = dbapi_conn.cursor()  # type: ignore[attr-defined]
    # WAL lets readers (web, CLI queries) run while an ingest writes; busy_timeout makes
    # two writers queue instead of failing with "database is locked".
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _alembic_config(url: str) -> Config:
    # Imported here: Alembic costs half a second at import, and only a migrating process needs it
    # (a Ray worker or a read-only query does not).
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision of every branch."""
    from alembic import command

    cfg = _alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")


def open_engine(url: str, *, migrate_schema: bool = True) -> Engine:
    """An engine for `url` with the schema migrated; a clear error when it cannot open."""
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        Path(url.removeprefix("sqlite:///")).expanduser().parent.mkdir(parents=True, exist_ok=True)
    try:
        engine = sa.create_engine(url, future=True, pool_pre_ping=True)
    except (sa.exc.ArgumentError, ModuleNotFoundError) as exc:
        raise StoreError(
            f"cannot use store URL {url!r}: {exc}; use sqlite:///PATH or postgresql+psycopg://..."
        ) from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    if migrate_schema:
        key = engine.url.render_as_string(hide_password=False)
        with _lock:
            if key not in _migrated:
                try:
                    migrate(engine)
                except OperationalError as exc:
                    raise StoreError(
                        f"cannot open the store {engine.url.render_as_string()}: {exc.orig}; "
                        "check the --db URL and that the server is running"
                    ) from exc
                _migrated.add(key)
    return engine


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """A session whose work commits together at the end, or not at all."""
    with Session(engine, future=True) as session, session.begin():
        yield session

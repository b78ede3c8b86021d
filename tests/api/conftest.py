"""API test fixtures: the real app on a real store (SQLite, or PostgreSQL via `db_url`)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from rivalgraph.api import create_app
from rivalgraph.settings import Settings
from tests.api.fixture_store import build_fixture_store

TOKEN = "test-token-0123456789"


def make_client(settings: Settings) -> TestClient:
    """A client on a new app over `settings` (raise_server_exceptions off: 5xx are responses)."""
    return TestClient(create_app(settings), raise_server_exceptions=False)


@pytest.fixture
def settings(sqlite_url: str) -> Settings:
    """Settings of an app with a write token, on an empty SQLite store."""
    return Settings(db_url=sqlite_url, api_token=TOKEN)


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    """A client of the app on an empty store, writes allowed with TOKEN."""
    with make_client(settings) as c:
        yield c


@pytest.fixture
def fixture_client(db_url: str) -> Iterator[TestClient]:
    """A client of the app on the fixture store (WAIC editions), on SQLite and PostgreSQL."""
    build_fixture_store(db_url)
    with make_client(Settings(db_url=db_url, api_token=TOKEN)) as c:
        yield c


@pytest.fixture(scope="module")
def shared_fixture_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """One fixture store (SQLite) for the read-only tests of a module."""
    url = f"sqlite:///{tmp_path_factory.mktemp('store') / 'store.db'}"
    build_fixture_store(url)
    with make_client(Settings(db_url=url, api_token=TOKEN)) as c:
        yield c


def auth(token: str = TOKEN) -> dict[str, str]:
    """The Authorization header for `token`."""
    return {"Authorization": f"Bearer {token}"}


__all__ = ["TOKEN", "auth", "make_client", "replace"]

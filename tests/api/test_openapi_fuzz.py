"""Schemathesis against the real app's OpenAPI spec: no request it generates may cause a server error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from rivalgraph.api import create_app
from rivalgraph.settings import Settings
from tests.api.conftest import TOKEN
from tests.api.fixture_store import build_fixture_store


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The OpenAPI schema of an app over the fixture store, for schemathesis to drive in process."""
    store: Path = tmp_path_factory.mktemp("fuzz") / "store.db"
    url = f"sqlite:///{store}"
    build_fixture_store(url)
    # A token is configured so writes are exercised past auth; private URLs stay refused.
    app = create_app(Settings(db_url=url, api_token=TOKEN, fetch_timeout_s=2.0))
    return schemathesis.openapi.from_asgi("/openapi.json", app)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_api_openapi_no_server_error(case: Any) -> None:
    # Generated URLs must never leave this machine: the ingest of a public URL is tested elsewhere.
    if isinstance(case.body, dict) and case.body.get("url"):
        case.body["url"] = "http://127.0.0.1:9/generated"
    case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"}, checks=[not_a_server_error])

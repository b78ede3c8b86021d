"""`GET /api/screen`: the JSON of `rivalgraph screen --json`, without writing to the store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from rivalgraph.cli import app as cli_app
from rivalgraph.screen.loaders import load_list
from rivalgraph.screen.registry import bundled_list_paths, list_versions, record_list
from rivalgraph.settings import Settings
from rivalgraph.store.db import open_engine, transaction
from tests.api.conftest import TOKEN, make_client


def _versions(url: str) -> int:
    engine = open_engine(url)
    try:
        with Session(engine) as session:
            return len(list_versions(session))
    finally:
        engine.dispose()


def test_api_screen_matches_the_cli_json_and_writes_nothing(client: TestClient, tmp_path: Path) -> None:
    response = client.get("/api/screen", params={"name": "Huawei Technologies"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["query"] == "Huawei Technologies"
    best = body["matches"][0]
    assert (best["list_code"], best["entry_id"], best["listed_on"]) == ("NS-CMIC", "30947", "2021-06-03")
    # The CSL's copy of NS-CMIC and OFAC's own file name the same entry: one match, the other noted.
    assert [m["entry_id"] for m in body["matches"]].count("30947") == 1
    assert best["also_in"] and best["vintage"]
    assert _versions(str(client.app.state.settings.db_url)) == 0  # type: ignore[attr-defined]

    other = f"sqlite:///{tmp_path / 'cli.db'}"
    cli = CliRunner().invoke(cli_app, ["screen", "Huawei Technologies", "--json", "--db", other])
    assert cli.exit_code == 0, cli.output
    assert json.loads(cli.output) == body


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"name": "Huawei", "threshold": "1.5"}, 422),
        ({"name": ""}, 422),
        ({}, 422),
        ({"name": "Qualcomm"}, 200),
    ],
)
def test_api_screen_validates_its_parameters(client: TestClient, params: dict[str, str], status: int) -> None:
    response = client.get("/api/screen", params=params)
    assert response.status_code == status, response.text
    if status == 200:
        assert response.json()["matches"] == []


def test_api_screen_threshold_and_cached_index(client: TestClient) -> None:
    loose = client.get("/api/screen", params={"name": "Huawei", "threshold": 0.5}).json()
    context = client.app.state.screen_context  # type: ignore[attr-defined]
    strict = client.get("/api/screen", params={"name": "Huawei", "threshold": 0.99}).json()
    assert client.app.state.screen_context is context  # type: ignore[attr-defined]
    assert len(loose["matches"]) > len(strict["matches"])
    assert all(m["score"] >= 0.99 for m in strict["matches"])


def test_api_screen_uses_the_lists_loaded_in_the_store(sqlite_url: str) -> None:
    csl = next(p for p in bundled_list_paths() if p.name.startswith("us_csl"))
    engine = open_engine(sqlite_url)
    with transaction(engine) as session:
        record_list(session, load_list(csl))
    engine.dispose()
    with make_client(Settings(db_url=sqlite_url, api_token=TOKEN)) as client:
        body = client.get("/api/screen", params={"name": "SenseTime"}).json()
    assert {m["source"] for m in body["matches"]} == {"us_csl"}
    assert _versions(sqlite_url) == 1

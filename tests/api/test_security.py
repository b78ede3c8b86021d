"""Auth, error shapes, request-size limits, security headers and CSRF of the real app."""

from __future__ import annotations

import logging
import sqlite3

import pytest
from fastapi.testclient import TestClient

from rivalgraph.api import create_app
from rivalgraph.errors import ConfigError
from rivalgraph.settings import Settings
from tests.api.conftest import TOKEN, auth, make_client

BODY = {"text": "Qualcomm will sponsor the conference in Shanghai this week."}


def test_api_writes_refused_with_403_when_no_token_configured(sqlite_url: str) -> None:
    with make_client(Settings(db_url=sqlite_url, api_token=None)) as client:
        response = client.post("/api/documents", json=BODY, headers=auth("anything"))
    assert response.status_code == 403
    assert "RIVALGRAPH_API_TOKEN" in response.json()["detail"]


@pytest.mark.parametrize(
    ("headers", "words"),
    [
        ({}, "needs 'Authorization: Bearer"),
        (auth("wrong-token"), "not this server's API token"),
        ({"Authorization": f"Basic {TOKEN}"}, "needs 'Authorization: Bearer"),
    ],
)
def test_api_writes_need_the_right_bearer_token(
    client: TestClient, headers: dict[str, str], words: str
) -> None:
    response = client.post("/api/documents", json=BODY, headers=headers)
    assert response.status_code == 401
    assert words in response.json()["detail"]
    assert response.headers["www-authenticate"] == "Bearer"
    assert client.get("/api/documents").json()["total"] == 0


def test_api_reads_protected_when_configured(sqlite_url: str) -> None:
    settings = Settings(db_url=sqlite_url, api_token=TOKEN, read_token_required=True)
    with make_client(settings) as client:
        assert client.get("/api/documents").status_code == 401
        assert client.get("/api/documents", headers=auth("nope")).status_code == 401
        assert client.get("/api/documents", headers=auth()).status_code == 200
        assert client.get("/", headers={"accept": "text/html"}).status_code == 401


def test_api_read_protection_without_token_fails_at_start(sqlite_url: str) -> None:
    with pytest.raises(ConfigError, match="RIVALGRAPH_API_TOKEN"):
        create_app(Settings(db_url=sqlite_url, api_token=None, read_token_required=True))


def test_api_refuses_bodies_over_the_limit(sqlite_url: str) -> None:
    settings = Settings(db_url=sqlite_url, api_token=TOKEN, max_document_bytes=1_000)
    with make_client(settings) as client:
        huge = {"text": "x" * 200_000}
        response = client.post("/api/documents", json=huge, headers=auth())
        assert response.status_code == 413
        assert "limit" in response.json()["detail"]

        def chunks() -> object:
            for _ in range(100):
                yield b"y" * 1_000

        streamed = client.post(
            "/api/documents",
            content=chunks(),  # type: ignore[arg-type]
            headers={**auth(), "content-type": "application/json"},
        )
        assert streamed.status_code == 413
        # Under the body cap but over the document limit: refused by the ingest check.
        mid = client.post("/api/documents", json={"text": "z" * 5_000}, headers=auth())
        assert mid.status_code == 413


@pytest.mark.parametrize("path", ["/api/documents", "/", "/docs", "/static/app.js", "/nowhere"])
def test_api_every_response_has_a_csp_without_remote_scripts(client: TestClient, path: str) -> None:
    response = client.get(path)
    csp = response.headers["content-security-policy"]
    script_src = next(part for part in csp.split(";") if part.strip().startswith("script-src"))
    assert script_src.split() == ["script-src", "'self'"]
    assert "unsafe-eval" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"


def test_api_unknown_route_is_json_404(client: TestClient) -> None:
    response = client.get("/api/nothing-here")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not Found"}


def test_api_server_error_is_logged_with_traceback(sqlite_url: str, caplog: pytest.LogCaptureFixture) -> None:
    with make_client(Settings(db_url=sqlite_url, api_token=TOKEN)) as client:
        # A store broken under the running app: a real 5xx, not a simulated one.
        with sqlite3.connect(sqlite_url.removeprefix("sqlite:///")) as conn:
            conn.execute("PRAGMA foreign_keys=OFF")
            conn.execute("DROP TABLE spans")
            conn.execute("DROP TABLE documents")
        with caplog.at_level(logging.ERROR, logger="rivalgraph.api"):
            response = client.get("/api/documents")
    assert response.status_code == 500
    assert response.json() == {"detail": "internal server error: the server log has the traceback"}
    record = next(r for r in caplog.records if r.name == "rivalgraph.api")
    assert record.exc_info is not None


def test_web_form_post_needs_matching_csrf_token(client: TestClient) -> None:
    page = client.get("/documents")
    cookie = page.cookies.get("rg_csrf") or client.cookies.get("rg_csrf")
    assert cookie and f'value="{cookie}"' in page.text
    form = {"text": BODY["text"], "token": TOKEN}
    missing = client.post("/documents", data=form, headers={"accept": "text/html"})
    assert missing.status_code == 403 and "CSRF" in missing.text
    forged = client.post("/documents", data={**form, "csrf_token": "x" * 43}, headers={"accept": "text/html"})
    assert forged.status_code == 403
    ok = client.post("/documents", data={**form, "csrf_token": cookie}, follow_redirects=False)
    assert ok.status_code == 303, ok.text
    assert ok.headers["location"].startswith("/documents/")

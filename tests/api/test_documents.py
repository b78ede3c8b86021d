"""Documents endpoints against the real app and store: ingest, list, get, refusals."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from rivalgraph.settings import Settings
from tests.api.conftest import TOKEN, auth, make_client

ARTICLE = (
    "Huawei unveils new AI chip at Shanghai conference\n\n"
    "SHANGHAI, July 6, 2023 - Huawei Technologies showed a new AI chip at the World Artificial "
    "Intelligence Conference on Thursday.\n"
)


def test_api_ingest_text_then_list_and_get(db_url: str) -> None:
    with make_client(Settings(db_url=db_url, api_token=TOKEN)) as client:
        posted = client.post("/api/documents", json={"text": ARTICLE, "title": "Huawei chip"}, headers=auth())
        assert posted.status_code == 201, posted.text
        body = posted.json()
        assert body["stored"] == 1 and body["skipped"] == 0
        doc_id = body["documents"][0]["doc_id"]

        again = client.post("/api/documents", json={"text": ARTICLE}, headers=auth())
        assert again.status_code == 200
        assert again.json()["documents"][0]["status"] == "skipped"

        listed = client.get("/api/documents").json()
        assert listed["total"] == 1
        assert listed["items"][0] == {
            "doc_id": doc_id,
            "title": "Huawei chip",
            "published": listed["items"][0]["published"],
            "source": "api:text",
        }
        got = client.get(f"/api/documents/{doc_id}").json()
        assert got["text"].startswith("Huawei unveils")
        assert set(got) >= {
            "doc_id",
            "title",
            "published",
            "source",
            "entities",
            "events",
            "relations",
            "quantities",
        }


def test_api_ingest_html_extracts_article_text(client: TestClient) -> None:
    html = (
        "<html><head><title>Chip news</title></head><body><nav>Home | World</nav>"
        "<article><h1>Chip news</h1><p>SenseTime said on Monday it would exhibit at the conference "
        "in Shanghai, its chief executive told reporters.</p><p>The company is on the US Entity List "
        "and has exhibited at every edition of the event since 2019.</p></article></body></html>"
    )
    posted = client.post("/api/documents", json={"html": html}, headers=auth())
    assert posted.status_code == 201, posted.text
    doc = client.get(f"/api/documents/{posted.json()['documents'][0]['doc_id']}").json()
    assert "SenseTime said on Monday" in doc["text"]
    assert "<p>" not in doc["text"]


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        ({}, 422, "exactly one of"),
        ({"text": "a", "url": "https://example.com/"}, 422, "exactly one of"),
        ({"url": "ftp://example.com/x"}, 422, "not an http(s) URL"),
        ({"url": "http://127.0.0.1:9/article"}, 422, "127.0.0.1"),
        ({"url": "http://10.0.0.8/internal"}, 422, "10.0.0.8"),
        ({"text": "   "}, 422, "no text"),
        ({"text": "x", "published": "yesterday"}, 422, "published"),
        ({"text": "x", "colour": "red"}, 422, "colour"),
    ],
)
def test_api_ingest_refuses_bad_input(
    client: TestClient, body: dict[str, str], status: int, words: str
) -> None:
    response = client.post("/api/documents", json=body, headers=auth())
    assert response.status_code == status, response.text
    assert words in str(response.json()["detail"])


def test_api_document_not_found_is_json_404(client: TestClient) -> None:
    response = client.get("/api/documents/" + "0" * 64)
    assert response.status_code == 404
    assert "no document" in response.json()["detail"]


@pytest.mark.parametrize(
    ("query", "count"),
    [
        ("", 6),
        ("?q=partners", 2),
        ("?since=2024-01-01", 2),
        ("?until=2023-07-04", 3),
        ("?limit=2", 2),
        ("?limit=2&offset=5", 1),
        ("?q=100%25", 0),
    ],
)
def test_api_documents_list_filters_and_pages(
    shared_fixture_client: TestClient, query: str, count: int
) -> None:
    body = shared_fixture_client.get(f"/api/documents{query}").json()
    assert len(body["items"]) == count, body


@pytest.mark.parametrize("query", ["?limit=0", "?limit=100000", "?offset=-1", "?since=July"])
def test_api_documents_list_rejects_bad_paging(client: TestClient, query: str) -> None:
    response = client.get(f"/api/documents{query}")
    assert response.status_code == 422
    assert isinstance(response.json()["detail"], list)

"""Events, entities, relations, search and trend endpoints on the fixture store (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.api.fixture_store import HUAWEI, WAIC_2023


def test_api_event_report_participants_by_role_and_country(fixture_client: TestClient) -> None:
    body = fixture_client.get(f"/api/events/{WAIC_2023}").json()
    assert body["event"]["year"] == 2023 and body["event"]["type"] == "EVENT"
    sponsors = [p for p in body["participants"] if p["role"] == "sponsors" and not p["negated"]]
    by_country: dict[str | None, set[str]] = {}
    for p in sponsors:
        by_country.setdefault(p["entity"]["country"], set()).add(p["entity"]["name"])
    assert by_country["US"] == {"Qualcomm"}
    assert len(by_country["CN"]) == 10
    huawei = next(p for p in sponsors if p["entity"]["id"] == HUAWEI)
    assert huawei["sanctions"] and huawei["sanctions"][0]["by_id"] == "gpe:united-states"
    assert any("both sanctioned by the US" in (ev["text"] or "") for ev in huawei["sanctions"][0]["evidence"])
    absent = {p["entity"]["name"] for p in body["participants"] if p["role"] == "absent_from"}
    assert "OpenAI" in absent
    assert [e["year"] for e in body["editions"]] == sorted(e["year"] for e in body["editions"])


def test_api_entity_profile_and_relations(fixture_client: TestClient) -> None:
    profile = fixture_client.get(f"/api/entities/{HUAWEI}").json()
    assert profile["entity"]["name"] == "Huawei Technologies"
    assert {lk["other"]["id"] for lk in profile["events"]} >= {WAIC_2023}
    relations = fixture_client.get(
        "/api/relations", params={"entity": "Huawei", "predicate": "sponsors"}
    ).json()
    assert relations["total"] >= 1
    assert all(r["predicate"] == "sponsors" and r["direction"] == "out" for r in relations["items"])
    assert all(r["evidence"] for r in relations["items"])


@pytest.mark.parametrize(
    ("path", "status", "words"),
    [
        ("/api/events/event:no-such-event-1999", 404, "no event edition"),
        ("/api/entities/org:no-such-company", 404, "no entity named"),
        ("/api/trend?series=Nothing%20Summit", 404, "no event named"),
        ("/api/trend?series=WAIC&predicate=owns", 422, None),
        ("/api/search?q=", 422, None),
    ],
)
def test_api_graph_errors_are_json(
    shared_fixture_client: TestClient, path: str, status: int, words: str | None
) -> None:
    response = shared_fixture_client.get(path)
    assert response.status_code == status, response.text
    if words:
        assert words in response.json()["detail"]


def test_api_trend_counts_and_sources(fixture_client: TestClient) -> None:
    body = fixture_client.get("/api/trend", params={"series": "WAIC", "predicate": "sponsors"}).json()
    rows = {r["key"]: r for r in body["rows"]}
    assert rows["US"]["cells"]["2023"]["entities"] == ["Qualcomm"]
    assert rows["CN"]["cells"]["2023"]["count"] == 10
    assert all(doc in body["sources"] for doc in rows["US"]["cells"]["2023"]["documents"])


def test_api_search_and_entities_list(shared_fixture_client: TestClient) -> None:
    found = shared_fixture_client.get("/api/search", params={"q": "Qualcomm"}).json()
    assert found["entities"][0]["id"] == "org:qualcomm"
    assert found["documents"]
    listed = shared_fixture_client.get("/api/entities", params={"q": "Huawei", "type": "ORG"}).json()
    assert [e["id"] for e in listed["items"]] == [HUAWEI]
    events = shared_fixture_client.get("/api/events", params={"year": 2023}).json()
    assert [e["id"] for e in events["items"]] == [WAIC_2023]


@pytest.mark.parametrize(
    ("path", "kind", "words"),
    [
        (f"/briefs/events/{WAIC_2023}.html", "text/html", "Qualcomm"),
        (f"/briefs/entities/{HUAWEI}.md", "text/markdown", "Huawei Technologies"),
    ],
)
def test_web_brief_links_render(shared_fixture_client: TestClient, path: str, kind: str, words: str) -> None:
    response = shared_fixture_client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(kind)
    assert words in response.text

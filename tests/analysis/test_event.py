"""`event`: the seed's questions answered from the gold documents written through the store's writer."""

from __future__ import annotations

import json
from typing import Any

import pytest
from typer.testing import CliRunner

from rivalgraph.analysis import event_report, list_editions
from rivalgraph.cli import app
from rivalgraph.errors import NotFoundError
from rivalgraph.model import Predicate
from rivalgraph.resolve.names import match_form
from rivalgraph.store.db import open_engine, transaction
from rivalgraph.store.graph import add_list_claim
from tests.analysis.gold import fixture_docs, load_gold, shared_gold_files, write_all
from tests.conftest import shared_path

WAIC = "World Artificial Intelligence Conference"
STRATEGIC_PARTNERS = {
    "Alibaba Group Holding": "CN",
    "Ant Group": "CN",
    "Tencent Holdings": "CN",
    "Huawei Technologies": "CN",
    "SenseTime": "CN",
    "Bank of Communications": "CN",
    "CITIC Group": "CN",
    "China Telecom": "CN",
    "China Mobile": "CN",
    "Transwarp": "CN",
}


def check_waic_2023(data: dict[str, Any]) -> None:
    """The seed's questions, asked of an `event --json` answer for WAIC 2023."""
    assert data["event"]["year"] == 2023 and data["event"]["name"] == WAIC

    def rows(role: str) -> list[dict[str, Any]]:
        return [p for p in data["participants"] if p["role"] == role and not p["negated"]]

    def find(role: str, name: str) -> dict[str, Any]:
        """The participant in `role` known by `name` (its stored name may be a fuller one)."""
        hits = [p for p in rows(role) if match_form(name) in {match_form(a) for a in p["entity"]["aliases"]}]
        assert len(hits) == 1, (role, name, [p["entity"]["name"] for p in rows(role)])
        return hits[0]

    partners = [p for p in rows("sponsors") if p["qualifiers"].get("role") == "strategic partner"]
    assert len(partners) == len(STRATEGIC_PARTNERS)
    for name, country in STRATEGIC_PARTNERS.items():
        assert find("sponsors", name)["qualifiers"]["role"] == "strategic partner"
        assert find("sponsors", name)["entity"]["country"] == country
    assert find("sponsors", "Qualcomm")["entity"]["country"] == "US"
    for name in ("Apple", "Amazon", "Microsoft", "Tesla"):
        assert find("attends", name)["entity"]["country"] == "US"
    assert find("absent_from", "OpenAI")["evidence"]
    for name in ("Huawei", "SenseTime"):
        flags = find("sponsors", name)["sanctions"]
        assert any(s["kind"] == "article" and s["by_id"] == "gpe:united-states" for s in flags), name
    for p in data["participants"]:
        assert p["evidence"] and all(ev["text"] and ev["doc_id"] for ev in p["evidence"])


@pytest.fixture
def gold_store(db_url: str) -> str:
    """A store holding the seed and dev gold documents, written through the graph writer."""
    shared = shared_path()
    write_all(db_url, [load_gold(p) for p in shared_gold_files(shared)])
    return db_url


@pytest.mark.shared
def test_analysis_waic_2023_answers_the_seed(gold_store: str) -> None:
    with transaction(open_engine(gold_store)) as session:
        report = event_report(session, WAIC, 2023)
    check_waic_2023(report.to_json())


@pytest.mark.shared
def test_analysis_event_alias_gives_the_same_edition(gold_store: str) -> None:
    with transaction(open_engine(gold_store)) as session:
        by_name = event_report(session, WAIC, 2023).to_json()
        by_alias = event_report(session, "WAIC", 2023).to_json()
        by_text = event_report(session, "waic 2023").to_json()
    assert by_name == by_alias == by_text


def test_analysis_event_shows_contradictions_and_both_kinds_of_sanctions(db_url: str) -> None:
    write_all(db_url, fixture_docs())
    engine = open_engine(db_url)
    with transaction(engine) as session:
        add_list_claim(
            session,
            subject_id="org:zeta-vision",
            predicate=Predicate.SANCTIONED_BY,
            object_id="gpe:united-states",
            list_name="Entity List",
            entry_id="EL-42",
            listed_on="2019-10-09",
            score=0.97,
            explanation="name and country match",
        )
    with transaction(engine) as session:
        report = event_report(session, "ES", 2023)
        older = event_report(session, "Expo Summit", 2021)
    nimbus = {p.role: p for p in report.participants if p.entity.id == "org:nimbus-labs"}
    assert set(nimbus) == {Predicate.ATTENDS, Predicate.ABSENT_FROM}
    assert nimbus[Predicate.ATTENDS].contradicted_by == ("absent_from",)
    assert nimbus[Predicate.ABSENT_FROM].contradicted_by == ("attends",)
    zeta = next(p for p in older.participants if p.entity.id == "org:zeta-vision")
    assert sorted(s.kind for s in zeta.sanctions) == ["article", "list"]
    listed = next(s for s in zeta.sanctions if s.kind == "list")
    assert listed.summary == "Entity List says listed since 2019-10-09"
    groups = report.by_group()
    assert [p.entity.name for p in groups["sponsors"]] == ["Alibaba Group Holding Ltd", "Ant Group"]
    assert report.by_country()["US"]


def test_analysis_event_unknown_names_are_user_errors(sqlite_url: str) -> None:
    write_all(sqlite_url, fixture_docs())
    with transaction(open_engine(sqlite_url)) as session:
        with pytest.raises(NotFoundError, match="known editions: 2021, 2023"):
            event_report(session, "Expo Summit", 2022)
        with pytest.raises(NotFoundError, match="no event named"):
            list_editions(session, "Nonexistent Forum")
        assert [e.event.year for e in list_editions(session, "ES") if e.event] == [2021, 2023]


def test_analysis_event_cli_json_and_table(sqlite_url: str) -> None:
    write_all(sqlite_url, fixture_docs())
    runner = CliRunner()
    result = runner.invoke(app, ["event", "ES", "--year", "2023", "--db", sqlite_url, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"event", "participants"}
    first = data["participants"][0]
    assert {"entity", "role", "qualifiers", "negated", "sanctions", "evidence"} <= set(first)
    table = runner.invoke(app, ["event", "Expo Summit", "--year", "2023", "--db", sqlite_url])
    assert (
        table.exit_code == 0
        and "Alibaba Group Holding Ltd" in table.stdout
        and "CONTRADICTED" in table.stdout
    )
    editions = runner.invoke(app, ["event", "ES", "--db", sqlite_url, "--json"])
    assert [e["year"] for e in json.loads(editions.stdout)["editions"]] == [2021, 2023]

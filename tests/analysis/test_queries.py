"""`trend`, `entity`, `search`, `export` and manual merge/split on the fixture documents."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from rivalgraph.analysis import ExportFormat, GroupBy, entity_profile, event_report, export, search, trend
from rivalgraph.cli import app
from rivalgraph.errors import InputError, NotFoundError
from rivalgraph.model import Document, Predicate
from rivalgraph.store.db import open_engine, transaction
from rivalgraph.store.graph import canonical_ids
from rivalgraph.store.graph_tables import ClaimRow, JudgementRow
from rivalgraph.store.merge import merge_entities, split_entity
from tests.analysis.gold import fixture_docs, write_all


@pytest.fixture
def store(db_url: str) -> str:
    write_all(db_url, fixture_docs())
    return db_url


def test_analysis_trend_counts_by_country_with_no_data_gaps(store: str) -> None:
    with transaction(open_engine(store)) as session:
        table = trend(session, "Expo Summit", predicate=Predicate.SPONSORS, by=GroupBy.COUNTRY)
    assert table.years == (2021, 2022, 2023)
    cells = {row.key: {y: (c.count if c else None) for y, c in row.cells.items()} for row in table.rows}
    assert cells == {"CN": {2021: 1, 2022: None, 2023: 2}, "US": {2021: 1, 2022: None, 2023: 0}}
    assert not table.has_data(2022)
    us_2021 = next(r for r in table.rows if r.key == "US").cells[2021]
    assert us_2021 is not None and us_2021.entities == ("Acme Robotics",)
    assert [table.sources[d] for d in us_2021.documents] == ["c_expo_2021.txt"]
    assert table.to_json()["coverage"]["2022"] == "no data"


def test_analysis_trend_rejects_a_predicate_without_event(store: str) -> None:
    with (
        transaction(open_engine(store)) as session,
        pytest.raises(InputError, match="does not point at an event"),
    ):
        trend(session, "ES", predicate=Predicate.OWNS)


def test_analysis_entity_profile(store: str) -> None:
    with transaction(open_engine(store)) as session:
        profile = entity_profile(session, "Alibaba Group Holding Ltd")
        ant = entity_profile(session, "ant group")
    assert profile.entity.id == "org:alibaba-group"
    assert sorted(lk.other.name for lk in profile.holdings) == ["Ant Group", "Hangzhou Daily Post"]
    assert [(lk.other.event.year, lk.predicate) for lk in profile.events if lk.other.event] == [
        (2023, Predicate.SPONSORS)
    ]
    assert len(profile.sources) == 2
    assert [lk.other.id for lk in ant.owners] == ["org:alibaba-group"]


def test_analysis_search_finds_documents_and_entities(store: str) -> None:
    with transaction(open_engine(store)) as session:
        results = search(session, "nimbus")
        with pytest.raises(InputError):
            search(session, "  ")
        with pytest.raises(NotFoundError):
            entity_profile(session, "Nobody Inc")
    assert {d.source for d in results.documents} == {"a_expo_2023.txt", "b_expo_2023_followup.txt"}
    assert [e.id for e in results.entities] == ["org:nimbus-labs"]
    assert "Nimbus Labs" in results.documents[0].snippet


def test_analysis_export_formats(store: str, tmp_path: Path) -> None:
    with transaction(open_engine(store)) as session:
        export(session, ExportFormat.JSONL, tmp_path / "graph.jsonl")
        export(session, ExportFormat.CSV, tmp_path / "csv")
        export(session, ExportFormat.GRAPHML, tmp_path / "graph.graphml")
    lines = (tmp_path / "graph.jsonl").read_text().splitlines()
    docs = [Document.from_json(json.loads(line)) for line in lines]
    assert len(docs) == 3
    followup = next(d for d in docs if d.source == "b_expo_2023_followup.txt")
    assert {r.subject for r in followup.relations} >= {"org:alibaba-group"}  # ids as stored
    assert all(r.evidence is not None for d in docs for r in d.relations)
    assert {e.id for e in followup.events} == {"event:expo-summit-2023"}
    with (tmp_path / "csv" / "claims.csv").open() as f:
        claims = list(csv.DictReader(f))
    assert {"subject", "predicate", "object", "confidence", "evidence_count"} <= set(claims[0])
    root = ET.parse(tmp_path / "graph.graphml").getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall(".//g:edge", ns)) == len(claims)


def test_resolve_manual_merge_then_split_restores_the_graph(store: str) -> None:
    engine = open_engine(store)
    with transaction(engine) as session:
        before = session.execute(
            sa.select(ClaimRow.subject_id, ClaimRow.predicate, ClaimRow.object_id, ClaimRow.evidence_count)
        ).all()
        merged = merge_entities(session, "org:alibaba-group", "org:ant-group", reason="test")
        assert merged.moved["evidence"] >= 2
    with transaction(engine) as session:
        assert canonical_ids(session, ["org:ant-group"]) == {"org:ant-group": "org:alibaba-group"}
        sponsors = [
            p.entity.id
            for p in event_report(session, "ES", 2023).participants
            if p.role is Predicate.SPONSORS
        ]
        assert sponsors == ["org:alibaba-group"]
        split_entity(session, "org:alibaba-group", "org:ant-group", reason="they are two companies")
    with transaction(engine) as session:
        after = session.execute(
            sa.select(ClaimRow.subject_id, ClaimRow.predicate, ClaimRow.object_id, ClaimRow.evidence_count)
        ).all()
        actions = session.scalars(sa.select(JudgementRow.action).order_by(JudgementRow.id)).all()
        assert canonical_ids(session, ["org:ant-group"]) == {"org:ant-group": "org:ant-group"}
    assert sorted(map(tuple, after)) == sorted(map(tuple, before))
    assert actions == ["merge", "split"]


def test_resolve_split_takes_an_extractor_id_out(store: str) -> None:
    engine = open_engine(store)
    with transaction(engine) as session:
        split_entity(session, "org:alibaba-group", "org:alibaba-group-holding-ltd")
    with transaction(engine) as session:
        holding = entity_profile(session, "org:alibaba-group-holding-ltd")
        group = entity_profile(session, "org:alibaba-group")
    assert holding.entity.name == "Alibaba Group Holding Ltd"
    assert {lk.other.id for lk in holding.links} == {"event:expo-summit-2023", "org:hangzhou-daily-post"}
    assert {lk.predicate for lk in group.links} == {Predicate.SPONSORS, Predicate.AFFILIATE_OF}
    # A later document with the same extractor id keeps going to the split-off entity.
    with transaction(engine) as session:
        assert canonical_ids(session, ["org:alibaba-group-holding-ltd"])["org:alibaba-group-holding-ltd"] == (
            "org:alibaba-group-holding-ltd"
        )


def test_resolve_manual_merge_refuses_mistakes(store: str) -> None:
    with transaction(open_engine(store)) as session:
        with pytest.raises(InputError, match="different types"):
            merge_entities(session, "org:ant-group", "event:expo-summit-2023")
        with pytest.raises(NotFoundError):
            merge_entities(session, "org:ant-group", "org:nobody")
        with pytest.raises(InputError, match="itself"):
            merge_entities(session, "org:ant-group", "org:ant-group")


def test_query_cli_commands(store: str, tmp_path: Path) -> None:
    runner = CliRunner()
    for args in (
        ["trend", "ES", "--predicate", "sponsors", "--by", "country", "--json"],
        ["entity", "Alibaba", "--json"],
        ["search", "Acme", "--json"],
    ):
        result = runner.invoke(app, [*args, "--db", store])
        assert result.exit_code == 0, (args, result.output)
        assert json.loads(result.stdout)
    out = runner.invoke(app, ["export", "--format", "jsonl", "-o", str(tmp_path / "g.jsonl"), "--db", store])
    assert out.exit_code == 0 and len((tmp_path / "g.jsonl").read_text().splitlines()) == 3
    merged = runner.invoke(
        app, ["entities", "merge", "org:nimbus-labs", "org:acme-robotics", "--db", store, "--json"]
    )
    assert merged.exit_code == 0 and json.loads(merged.stdout)["action"] == "merge"
    split = runner.invoke(app, ["entities", "split", "org:nimbus-labs", "org:acme-robotics", "--db", store])
    assert split.exit_code == 0, split.output
    missing = runner.invoke(app, ["event", "Nowhere Forum", "--year", "2023", "--db", store])
    assert missing.exit_code != 0

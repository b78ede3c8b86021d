"""Screening in the graph: ad hoc names with exposure, `screen --all` claims and exposures, the CLI."""

from __future__ import annotations

import json

import sqlalchemy as sa
from typer.testing import CliRunner

from rivalgraph.cli import app
from rivalgraph.kb import KnowledgeBase
from rivalgraph.model import Document, Entity, EntityType, Evidence, Predicate, Relation
from rivalgraph.screen.model import Query
from rivalgraph.screen.registry import list_versions
from rivalgraph.screen.service import authority_gpe, open_context, screen_names, screen_store
from rivalgraph.store.db import open_engine, transaction
from rivalgraph.store.graph import store_document
from rivalgraph.store.screening_tables import ScreenMatchRow

TEXT = (
    "Huawei Technologies and SenseTime, both sanctioned by the US, sponsor the conference. "
    "Kirin chips come from Kirinsoft Microelectronics, a unit of Huawei Technologies. "
    "Qualcomm and Apple did not attend."
)


def _document() -> Document:
    unit = TEXT.index("Kirin chips")
    sentence = TEXT[unit : TEXT.index(".", unit) + 1]
    entities = (
        Entity(
            "org:huawei-technologies", EntityType.ORG, "Huawei Technologies", ("Huawei",), "CN", ((0, 19),)
        ),
        Entity("org:sensetime", EntityType.ORG, "SenseTime", (), "CN", ((24, 33),)),
        Entity("org:kirinsoft-microelectronics", EntityType.ORG, "Kirinsoft Microelectronics", (), "CN", ()),
        Entity("org:qualcomm", EntityType.ORG, "Qualcomm", (), "US", ()),
        Entity("org:apple", EntityType.ORG, "Apple", (), "US", ()),
    )
    owns = Relation(
        "org:huawei-technologies",
        Predicate.OWNS,
        "org:kirinsoft-microelectronics",
        evidence=Evidence(unit, unit + len(sentence), sentence),
    )
    return Document(
        doc_id="d" * 64, title="seed", published="2023-07-04", text=TEXT, entities=entities, relations=(owns,)
    )


def test_screen_first_use_loads_the_bundled_lists(sqlite_url: str, kb: KnowledgeBase) -> None:
    engine = open_engine(sqlite_url)
    context = open_context(engine, kb=kb)
    with transaction(engine) as session:
        assert [v.source for v in list_versions(session)] == ["us_csl", "us_ofac_cons", "us_ofac_sdn"]
    assert context.vintages["us_ofac_cons"] == "2025-12-19"
    results = list(screen_names(context, [Query("HiSilicon"), Query("Qualcomm")], threshold=0.85))
    hisilicon, qualcomm = results
    assert not hisilicon.matches and hisilicon.exposures  # via the knowledge base parent
    assert (
        "HiSilicon -> subsidiary of Huawei Technologies -> NS-CMIC since 2021-06-03"
        in hisilicon.exposures[0].text
    )
    assert not qualcomm.matches and not qualcomm.exposures


def test_screen_all_records_list_claims_and_exposures(db_url: str, kb: KnowledgeBase) -> None:
    engine = open_engine(db_url)
    store_document(engine, _document(), kb=kb)
    context = open_context(engine, kb=kb)
    results = {r.subject_id: r for r in screen_store(engine, context, threshold=0.85)}
    huawei = results["org:huawei-technologies"].matches
    # One match per list entry (the CSL's NS-CMIC copy noted, not repeated); not the parent company
    # 'Huawei Investment & Holding' through the bare alias 'Huawei'.
    assert [(m.entry.list_code, m.entry.entry_id) for m in huawei] == [("NS-CMIC", "30947")]
    assert huawei[0].entry.source == "us_ofac_cons"
    assert huawei[0].details["also_in"] == [{"source": "us_csl", "vintage": "2023-11-30"}]
    assert results["org:sensetime"].matches[0].entry.entry_id == "33114"
    assert not results["org:qualcomm"].matches and not results["org:apple"].matches
    exposure = results["org:kirinsoft-microelectronics"].exposures[0]
    assert exposure.path[0].relation == "owns" and "a unit of Huawei" in exposure.path[0].evidence
    assert exposure.text.startswith("Kirinsoft Microelectronics -> owned by Huawei Technologies -> NS-CMIC")
    from rivalgraph.store.graph_tables import ClaimRow
    from rivalgraph.store.reader import evidence_of

    with transaction(engine) as session:
        claim = session.scalars(
            sa.select(ClaimRow).where(
                ClaimRow.subject_id == "org:huawei-technologies",
                ClaimRow.predicate == Predicate.SANCTIONED_BY.value,
                ClaimRow.object_id == authority_gpe("US"),
            )
        ).one()
        kinds = {e.kind for e in evidence_of(session, [claim.id])[claim.id]}
        assert kinds == {"list"}  # provenance is the list entry, not the article
        evidence = evidence_of(session, [claim.id])[claim.id][0]
        assert evidence.listed_on == "2021-06-03" and "vintage" in (evidence.explanation or "")
        recorded = session.scalars(
            sa.select(ScreenMatchRow.kind).where(ScreenMatchRow.subject.like("org:%"))
        ).all()
        assert "exposure" in recorded and "match" in recorded
    # Screening again changes nothing (claims and matches are idempotent).
    screen_store(engine, context, threshold=0.85)
    with transaction(engine) as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(ScreenMatchRow)) == len(recorded)


def test_screen_cli_json_and_threshold(sqlite_url: str) -> None:
    runner = CliRunner()
    result = runner.invoke(
        app, ["screen", "Huawei", "SenseTime", "Qualcomm", "Apple", "Ant Group", "--json", "--db", sqlite_url]
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["query"] for r in rows] == ["Huawei", "SenseTime", "Qualcomm", "Apple", "Ant Group"]
    assert (
        rows[0]["matches"][0]["list_code"] == "NS-CMIC" and rows[0]["matches"][0]["listed_on"] == "2021-06-03"
    )
    assert {"list", "entry_id", "name", "score", "programs", "listed_on", "explanation"} <= rows[1][
        "matches"
    ][0].keys()
    assert all(r["matches"] == [] for r in rows[2:])
    strict = runner.invoke(app, ["screen", "Huawei", "--json", "--threshold", "1.0", "--db", sqlite_url])
    loose = runner.invoke(app, ["screen", "Huawei", "--json", "--threshold", "0.5", "--db", sqlite_url])
    assert len(json.loads(loose.output)["matches"]) >= len(json.loads(strict.output)["matches"])


def test_screen_cli_reads_names_from_stdin_and_explains_errors(sqlite_url: str) -> None:
    runner = CliRunner()
    result = runner.invoke(
        app,
        ["screen", "--file", "-", "--json", "--db", sqlite_url],
        input="华为技术有限公司\nHaikang Weishi\n",
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["matches"][0]["entry_id"] for r in rows] == ["30947", "30946"]
    empty = runner.invoke(app, ["screen", "--db", sqlite_url])
    assert empty.exit_code != 0
    shown = runner.invoke(app, ["lists", "show", "--json", "--db", sqlite_url])
    assert [json.loads(line)["source"] for line in shown.output.splitlines()] == [
        "us_csl",
        "us_ofac_cons",
        "us_ofac_sdn",
    ]


def test_screen_read_only_context_indexes_the_bundled_files_without_writing(
    sqlite_url: str, kb: KnowledgeBase
) -> None:
    engine = open_engine(sqlite_url)
    context = open_context(engine, kb=kb, read_only=True)
    with transaction(engine) as session:
        assert list_versions(session) == []
    assert context.vintages == {
        "us_csl": "2023-11-30",
        "us_ofac_cons": "2025-12-19",
        "us_ofac_sdn": "2024-05-03",
    }
    (result,) = screen_names(context, [Query("SenseTime")], threshold=0.85)
    assert [(m.entry.list_code, m.entry.entry_id) for m in result.matches] == [("NS-CMIC", "33114")]
    assert result.to_json()["matches"][0]["also_in"] == [{"source": "us_csl", "vintage": "2023-11-30"}]


def test_screen_all_summary_is_one_line(sqlite_url: str, kb: KnowledgeBase) -> None:
    engine = open_engine(sqlite_url)
    store_document(engine, _document(), kb=kb)
    engine.dispose()
    runner = CliRunner()
    result = runner.invoke(app, ["screen", "--all", "--summary", "--db", sqlite_url])
    assert result.exit_code == 0, result.output
    assert result.output.count("\n") == 1
    assert "screened 5 against" in result.output
    assert (
        "2 matched 2 list entries (Huawei Technologies, SenseTime); 1 exposed through ownership"
        in result.output
    )
    table = runner.invoke(app, ["screen", "--all", "--db", sqlite_url], env={"COLUMNS": "250"})
    assert table.exit_code == 0, table.output
    assert table.output.count("│ Huawei Technologies ") == 1 and "NS-CMIC (2025-12-19)" in table.output
    assert "exposed: Huawei Technologies" in table.output
    assert "also in us_csl 2023-11-30" in table.output

"""End to end: a store written by the real writer, the WAIC 2023 brief, every footnote checked against it.

Two stores: gold-shaped documents (tests/fixtures/web) written by the store's writer, and the
bundled samples through the real ingest + extraction pipeline .
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from rivalgraph.briefs import Brief, build_entity_brief, build_event_brief, render_markdown
from rivalgraph.briefs.model import DocumentCitation, Sentence
from rivalgraph.briefs.render import brief_to_json
from rivalgraph.model import Document
from rivalgraph.settings import PACKAGE_DATA
from rivalgraph.store.db import open_engine, transaction
from rivalgraph.store.documents import get_document
from rivalgraph.store.graph import store_document
from rivalgraph.store.graph_tables import ClaimRow, EvidenceRow, QuantityRow
from tests.conftest import REPO

GOLD = REPO / "tests" / "fixtures" / "web"
GOLD_NAMES = (
    "000_473380d4fb89c8cd",
    "01_waic2024_opening_wire",
    "02_waic2024_first_partners_brief",
    "03_waic_musk_editions_analysis",
    "23_waic2023_partners_page",
)
PARTNERS = (
    "Alibaba Group Holding",
    "Ant Group",
    "Bank of Communications",
    "China Mobile",
    "China Telecom",
    "Citic Group",
    "Huawei Technologies",
    "SenseTime",
    "Tencent Holdings",
    "Transwarp",
)


def _gold_document(name: str) -> Document:
    gold = json.loads((GOLD / f"{name}.gold.json").read_text(encoding="utf-8"))
    text_file = GOLD / f"{name}.txt"
    text = text_file.read_text(encoding="utf-8") if text_file.exists() else gold.pop("article_text")
    gold.pop("text_basis", None)
    return Document.from_json({**gold, "text": text})


@pytest.fixture
def gold_session(db_url: str) -> Iterator[Session]:
    """A store holding the WAIC gold documents, written through `store_document`."""
    engine = open_engine(db_url)
    for name in GOLD_NAMES:
        store_document(engine, _gold_document(name))
    try:
        with transaction(engine) as session:
            yield session
    finally:
        engine.dispose()


def _texts(brief: Brief) -> list[str]:
    return [s.text for s in brief.sentences()]


def _one(texts: list[str], *needles: str) -> str:
    found = [t for t in texts if all(n in t for n in needles)]
    assert found, f"no sentence with {needles} in {texts}"
    return found[0]


def check_footnotes_resolve(session: Session, brief: Brief) -> int:
    """Every footnote is an evidence sentence stored for its document and slices out at its offsets."""
    checked = 0
    for sentence in brief.sentences():
        assert sentence.citations, sentence.text
    for citation in brief.citations():
        if not isinstance(citation, DocumentCitation):
            continue
        doc = get_document(session, citation.doc.doc_id)
        assert doc is not None, citation.doc.doc_id
        assert doc.text[citation.start : citation.end] == citation.text
        where = {"doc_id": citation.doc.doc_id, "start": citation.start, "end": citation.end}
        stored = session.scalar(
            sa.select(sa.func.count()).select_from(EvidenceRow).filter_by(**where, text=citation.text)
        ) or session.scalar(
            sa.select(sa.func.count()).select_from(QuantityRow).filter_by(**where, text=citation.text)
        )
        assert stored, f"footnote is not a stored evidence sentence: {citation}"
        checked += 1
    return checked


def check_partners(brief: Brief) -> None:
    """One sentence names all ten strategic partners."""
    partners = _one(_texts(brief), "The ten strategic partners")
    # Names compare case-insensitively: a source's "Citic Group" is the KB's "CITIC Group".
    assert all(name.split()[0].casefold() in partners.casefold() for name in PARTNERS), partners


def check_waic_2023(session: Session) -> Brief:
    """The issue's acceptance checks on the WAIC 2023 brief (the partner list apart: see check_partners)."""
    brief = build_event_brief(session, "WAIC", 2023)
    texts = _texts(brief)
    assert "Qualcomm is the only US sponsor of WAIC 2023." in texts
    _one(texts, "under sanctions", "Huawei", "SenseTime")
    _one(texts, "OpenAI", "absent")
    charts = {c.id: c for s in brief.sections for c in s.charts}
    trend = charts["trend-sponsors-us"]
    rows = {row[0]: row[1] for row in trend.table.rows}
    assert rows["2023"] == "1"
    assert len(rows) >= 2 and sum(v != "no data" for v in rows.values()) >= 1
    change = next(s for s in brief.sections if s.heading == "Change across editions")
    said = [x.text for p in change.paragraphs for x in p.sentences if isinstance(x, Sentence)]
    assert any("US sponsor" in t and "2023" in t for t in said), said
    assert check_footnotes_resolve(session, brief) >= 10
    return brief


def test_briefs_waic_2023_from_gold_documents(gold_session: Session) -> None:
    brief = check_waic_2023(gold_session)
    check_partners(brief)
    markdown = render_markdown(brief)
    assert markdown.count("[^1]:") == 1
    assert brief_to_json(brief)["footnotes"]


def test_briefs_entity_brief_from_gold_documents(gold_session: Session) -> None:
    brief = build_entity_brief(gold_session, "Huawei")
    texts = _texts(brief)
    _one(texts, "Huawei Technologies", "sanctioned by the US")
    _one(texts, "sponsor of WAIC 2023 (strategic partner)", "WAIC 2024 (partner)")
    check_footnotes_resolve(gold_session, brief)


@pytest.fixture(scope="module")
def samples_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The bundled samples through the real ingest + extraction pipeline (once per module)."""
    from rivalgraph.batch.pipeline import run_ingest
    from rivalgraph.extract import Extractor
    from rivalgraph.settings import load_settings

    url = f"sqlite:///{tmp_path_factory.mktemp('samples') / 'samples.db'}"
    extractor = Extractor.load()
    report = run_ingest(
        [str(PACKAGE_DATA / "samples")], settings=load_settings(db_url=url), extractor=extractor
    )
    assert report.documents and not report.failures
    return url


def _samples_brief(url: str, check: Callable[[Session], object]) -> None:
    engine = open_engine(url)
    try:
        with transaction(engine) as session:
            assert session.scalar(sa.select(sa.func.count()).select_from(ClaimRow)), "ingest wrote no facts"
            check(session)
    finally:
        engine.dispose()


def test_briefs_waic_2023_from_samples_through_the_pipeline(samples_store: str) -> None:
    _samples_brief(samples_store, check_waic_2023)


def test_briefs_waic_2023_from_samples_names_the_ten_strategic_partners(samples_store: str) -> None:
    _samples_brief(samples_store, lambda session: check_partners(build_event_brief(session, "WAIC", 2023)))

"""run_ingest: read -> clean -> store, idempotent re-ingest, failures collected, nothing half-written."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from rivalgraph.batch import Outcome, run_ingest
from rivalgraph.errors import InputError
from rivalgraph.ingest import IngestOptions
from rivalgraph.model import Document, SpanLabel
from rivalgraph.settings import load_settings
from rivalgraph.store.db import open_engine, transaction
from rivalgraph.store.documents import count_documents, get_document
from tests.conftest import FIXTURES

INGEST = FIXTURES / "ingest"


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in ("story_with_noise.html", "no_article.html", "latin1.txt"):
        (folder / name).write_bytes((INGEST / name).read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.html").write_bytes(b"\x00\x01\x02" * 100)
    return folder


def _table_counts(url: str) -> dict[str, int]:
    engine = open_engine(url)
    with engine.connect() as conn:
        counts = {
            t: int(conn.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar() or 0)
            for t in ("documents", "spans")
        }
    engine.dispose()
    return counts


def test_batch_stores_good_documents_and_reports_bad_ones(db_url: str, tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    seen: list[str] = []
    report = run_ingest(
        [str(folder), str(tmp_path / "missing.txt")],
        settings=load_settings(db_url=db_url),
        progress=lambda done, source: seen.append(source),
    )
    assert report.stored == 3 and report.skipped == 0
    assert sorted(Path(f.source).name for f in report.failures) == ["binary.html", "empty.txt", "missing.txt"]
    assert not report.ok
    assert len(seen) == 6
    engine = open_engine(db_url)
    with transaction(engine) as session:
        assert count_documents(session) == 3
        stored = {d.doc_id: d for d in report.documents}
        html = next(d for d in report.documents if d.source.endswith("story_with_noise.html"))
        doc = get_document(session, html.doc_id)
    engine.dispose()
    assert doc is not None and doc.published == "2022-09-01" and html.captions == 1
    assert [doc.text[s.start : s.end] for s in doc.spans_labeled(SpanLabel.BYLINE)] == [
        "By Lin Qiao in Shanghai"
    ]
    assert len(stored) == 3


def test_batch_reingest_changes_nothing(db_url: str, tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    settings = load_settings(db_url=db_url)
    first = run_ingest([str(folder)], settings=settings)
    before = _table_counts(db_url)
    second = run_ingest([str(folder)], settings=settings)
    assert second.stored == 0 and second.skipped == first.stored == 3
    assert {d.status for d in second.documents} == {Outcome.SKIPPED}
    assert _table_counts(db_url) == before


def test_batch_published_option_reaches_the_store(sqlite_url: str) -> None:
    report = run_ingest(
        [str(INGEST / "latin1.txt")],
        settings=load_settings(db_url=sqlite_url),
        options=IngestOptions(published="2023-07-04"),
    )
    assert [d.published for d in report.documents] == ["2023-07-04"]


class _RefusingExtractor:
    """An extractor that rejects one document, as a real one does with unusable text."""

    def extract(self, doc: Document) -> Document:
        if "Zürich" in doc.text:
            raise InputError(f"{doc.source}: no sentence could be parsed")
        return doc


def test_batch_failed_document_leaves_nothing_and_batch_goes_on(sqlite_url: str, tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    report = run_ingest(
        [str(folder)], settings=load_settings(db_url=sqlite_url), extractor=_RefusingExtractor()
    )
    assert report.extracted and report.stored == 2
    assert any(f.source.endswith("latin1.txt") and "no sentence" in f.reason for f in report.failures)
    assert _table_counts(sqlite_url)["documents"] == 2


def test_batch_unopenable_store_is_a_store_error(tmp_path: Path) -> None:
    from rivalgraph.errors import StoreError

    with pytest.raises(StoreError):
        run_ingest([str(INGEST / "latin1.txt")], settings=load_settings(db_url="nosuchdb://x"))

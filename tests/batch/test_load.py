"""Bulk load of shard folders: the same store as extracting in place, damage reported, re-runs skip."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from rivalgraph.batch import Outcome, run_ingest
from rivalgraph.batch.load import load_shards
from rivalgraph.batch.shards import ShardFormat, write_shard
from rivalgraph.clean import clean_document
from rivalgraph.cli import app
from rivalgraph.ingest import IngestOptions, RawDocument, read_inputs
from rivalgraph.model import Document
from rivalgraph.settings import PACKAGE_DATA, load_settings
from tests.batch.store_dump import store_dump
from tests.conftest import FIXTURES

INPUTS = [str(PACKAGE_DATA / "samples"), str(FIXTURES / "ingest")]


@pytest.fixture(scope="module")
def extractor() -> Any:
    from rivalgraph.extract import Extractor

    return Extractor.load()


@pytest.fixture(scope="module")
def extracted(extractor: Any) -> list[Document]:
    """The bundled samples and ingest fixtures, extracted as `run_ingest` extracts them."""
    docs = []
    for item in read_inputs(INPUTS, options=IngestOptions()):
        if isinstance(item, RawDocument):
            docs.append(extractor.extract(clean_document(item)))
    return docs


def _write_shards(docs: list[Document], folder: Path, fmt: ShardFormat, size: int = 3) -> None:
    for start in range(0, len(docs), size):
        write_shard(docs[start : start + size], folder, fmt)


@pytest.mark.parametrize("fmt", list(ShardFormat))
def test_load_shards_store_what_ingest_stores_and_reruns_skip(
    db_url: str, tmp_path: Path, extractor: Any, extracted: list[Document], fmt: ShardFormat
) -> None:
    if fmt == ShardFormat.PARQUET:
        pytest.importorskip("pyarrow", reason="Parquet shards need the ray extra (pyarrow)")
    _write_shards(extracted, tmp_path / "shards", fmt)
    single_url = f"sqlite:///{tmp_path / 'single.db'}"
    run_ingest(INPUTS, settings=load_settings(db_url=single_url), extractor=extractor)

    report = load_shards([tmp_path / "shards"], settings=load_settings(db_url=db_url))

    assert report.ok and report.extracted
    assert report.stored == len({d.doc_id for d in extracted}) > 0
    # Shards come back in another order than the inputs; each document's own rows are identical.
    assert store_dump(db_url, resolved=False) == store_dump(single_url, resolved=False)
    again = load_shards([tmp_path / "shards"], settings=load_settings(db_url=db_url))
    assert again.stored == 0 and again.skipped == len(extracted)


def test_load_shards_reports_damage_and_stores_the_rest(
    sqlite_url: str, tmp_path: Path, extracted: list[Document]
) -> None:
    good, tampered, *rest = extracted
    folder = tmp_path / "shards"
    write_shard(rest, folder, ShardFormat.JSONL)
    record = tampered.to_json(include_text=True)
    record["text"] = str(record["text"]).replace("the", "teh", 1)
    damaged = folder / "part-damaged.jsonl"
    damaged.write_text(
        json.dumps(good.to_json(include_text=True)) + "\n{not json\n" + json.dumps(record) + "\n",
        encoding="utf-8",
    )
    (folder / "part-broken.parquet").write_bytes(b"PAR1 this is not a parquet file")

    report = load_shards([folder, tmp_path / "missing"], settings=load_settings(db_url=sqlite_url))

    reasons = {f.source: f.reason for f in report.failures}
    assert reasons[f"{damaged}:2"].startswith("not a shard record")
    assert "sha256" in reasons[f"{damaged}:3"]
    assert str(folder / "part-broken.parquet") in reasons
    assert reasons[str(tmp_path / "missing")].startswith("not a folder")
    assert {d.doc_id for d in report.documents if d.status == Outcome.STORED} == {
        d.doc_id for d in [good, *rest]
    }


def test_load_shards_cli_prints_the_report_and_fails_on_an_empty_folder(
    sqlite_url: str, tmp_path: Path, extracted: list[Document]
) -> None:
    write_shard(extracted[:2], tmp_path / "shards", ShardFormat.JSONL)
    (tmp_path / "empty").mkdir()

    done = CliRunner().invoke(app, ["load-shards", str(tmp_path / "shards"), "--db", sqlite_url, "--json"])
    failed = CliRunner().invoke(app, ["load-shards", str(tmp_path / "empty"), "--db", sqlite_url])

    assert done.exit_code == 0, done.output
    assert json.loads(done.stdout)["stored"] == 2
    assert failed.exit_code == 1
    assert "no shards (part-*.jsonl or part-*.parquet)" in failed.output

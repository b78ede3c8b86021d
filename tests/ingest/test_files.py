"""Ingest from files, folders, JSON Lines and streams, including every kind of bad input."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest

from rivalgraph.errors import InputError
from rivalgraph.ingest import ContentType, IngestFailure, IngestOptions, RawDocument, read_inputs
from rivalgraph.ingest.reader import read_stream
from tests.conftest import FIXTURES

INGEST = FIXTURES / "ingest"


def _one(path: Path, options: IngestOptions | None = None) -> RawDocument | IngestFailure:
    (item,) = list(read_inputs([str(path)], options=options))
    return item


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary"),
        (bytes(range(1, 32)) * 200, "do not decode as text"),
    ],
    ids=["empty", "whitespace", "binary", "control-bytes"],
)
def test_ingest_bad_file_is_one_failure_line(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    item = _one(path)
    assert isinstance(item, IngestFailure)
    assert reason in item.reason
    assert item.line().startswith(str(path))


def test_ingest_nonexistent_path_fails_with_advice(tmp_path: Path) -> None:
    item = _one(tmp_path / "missing.txt")
    assert isinstance(item, IngestFailure)
    assert "no such file or folder; check the path" in item.reason


def test_ingest_huge_html_is_refused_by_size_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    chunk = b"<p>" + b"Huawei showed new chips at the fair. " * 100 + b"</p>\n"
    with path.open("wb") as handle:
        handle.write(b"<html><body><article>")
        while handle.tell() < 50_000_000:
            handle.write(chunk)
    started = time.perf_counter()
    item = _one(path, IngestOptions(max_bytes=20_000_000))
    elapsed = time.perf_counter() - started
    assert isinstance(item, IngestFailure)
    assert "over the 20 MB limit" in item.reason
    # Refusing from stat() is instant; reading and parsing 50 MB would take seconds.
    assert elapsed < 1.0


def test_ingest_latin1_text_is_detected_and_decoded() -> None:
    item = _one(INGEST / "latin1.txt")
    assert isinstance(item, RawDocument)
    assert "Zürich" in item.content and "café" in item.content and "organiser’s" in item.content
    assert item.content_type == ContentType.TEXT


def test_ingest_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffBaidu’s Ernie Bot".encode())
    item = _one(path)
    assert isinstance(item, RawDocument) and item.content == "Baidu’s Ernie Bot"


def test_ingest_folder_is_recursive_by_extension(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text("One text about WAIC.", encoding="utf-8")
    (tmp_path / "a" / "b" / "two.html").write_text("<html><body><p>Two</p></body></html>", encoding="utf-8")
    (tmp_path / "a" / "b" / "image.png").write_bytes(b"\x89PNG\x00")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("hidden", encoding="utf-8")
    items = list(read_inputs([str(tmp_path)]))
    assert sorted(Path(i.source).name for i in items) == ["one.txt", "two.html"]
    assert {i.content_type for i in items if isinstance(i, RawDocument)} == {
        ContentType.TEXT,
        ContentType.HTML,
    }


def test_ingest_empty_folder_fails(tmp_path: Path) -> None:
    item = _one(tmp_path)
    assert isinstance(item, IngestFailure) and "no .txt, .html or .jsonl" in item.reason


def test_ingest_sidecar_metadata_is_read(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("Qualcomm sponsors WAIC.", encoding="utf-8")
    (tmp_path / "story.meta.json").write_text('{"published": "2023-07-04", "title": "T"}', encoding="utf-8")
    items = list(read_inputs([str(tmp_path)]))
    assert len(items) == 1 and isinstance(items[0], RawDocument)
    assert items[0].metadata == {"published": "2023-07-04", "title": "T"}


def test_ingest_jsonl_records_and_bad_lines() -> None:
    items = list(read_inputs([str(INGEST / "corpus.jsonl")]))
    docs = [i for i in items if isinstance(i, RawDocument)]
    failures = [i for i in items if isinstance(i, IngestFailure)]
    assert [d.source for d in docs] == ["https://example.com/hunyuan", "https://example.com/ernie"]
    assert (
        docs[0].metadata["published"] == "2023-07-06" and docs[0].metadata["title"] == "Tencent shows Hunyuan"
    )
    assert [f.source.rsplit(":", 1)[1] for f in failures] == ["3", "4"]
    assert "not valid JSON" in failures[0].reason and 'no "text"' in failures[1].reason


def test_ingest_published_option_applies_to_every_document() -> None:
    items = list(read_inputs([str(INGEST / "latin1.txt")], options=IngestOptions(published="2023-07-04")))
    assert isinstance(items[0], RawDocument) and items[0].metadata["published"] == "2023-07-04"


@pytest.mark.parametrize("published", ["2023-7-4", "yesterday", "2023-13-01"])
def test_ingest_options_reject_bad_published(published: str) -> None:
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        IngestOptions(published=published)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"<!DOCTYPE html><html><body><p>x</p></body></html>", ContentType.HTML),
        ("Plain text about Huawei’s chips.".encode(), ContentType.TEXT),
    ],
)
def test_ingest_stream_sniffs_content_type(data: bytes, kind: ContentType) -> None:
    item = read_stream(io.BytesIO(data), IngestOptions())
    assert isinstance(item, RawDocument) and item.content_type == kind and item.source == "<stdin>"


def test_ingest_stream_over_the_cap_fails() -> None:
    item = read_stream(io.BytesIO(b"x" * 2000), IngestOptions(max_bytes=1000))
    assert isinstance(item, IngestFailure) and "over the" in item.reason

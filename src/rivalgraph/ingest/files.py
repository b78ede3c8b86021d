"""Read local inputs: text and HTML files (any common encoding), folders, JSON Lines corpora.

Invariant: a file is refused by its size (from `stat`) before a byte of it is read, so a
huge file costs nothing; every refusal is returned as an `IngestFailure`, never raised.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from rivalgraph.errors import InputError
from rivalgraph.ingest.types import ContentType, IngestFailure, IngestOptions, RawDocument, megabytes

__all__ = ["HTML_SUFFIXES", "JSONL_SUFFIXES", "TEXT_SUFFIXES", "decode_bytes", "read_path", "sniff_type"]

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
_FOLDER_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
_SIDECAR_SUFFIX = ".meta.json"

# Control characters other than tab, newline, carriage return and form feed: their
# share in a decoded sample tells a binary file from text in an exotic encoding.
_CONTROL = frozenset(chr(c) for c in range(32)) - {"\t", "\n", "\r", "\f"}
_SAMPLE = 65_536


def decode_bytes(data: bytes, *, source: str) -> str:
    """Decode text: UTF-8 (with or without BOM) first, else the detected charset."""
    if not data.strip():
        raise InputError(f"{source}: the file is empty; remove it or give a file with text")
    if b"\x00" in data[:_SAMPLE] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{source}: this is a binary file, not text or HTML; give a .txt or .html file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data[: 4 * _SAMPLE]).best()
        if best is None or best.encoding is None:
            raise InputError(
                f"{source}: the text is in no encoding that can be recognized; re-save it as UTF-8"
            ) from None
        text = data.decode(best.encoding, errors="replace")
    sample = text[:_SAMPLE]
    bad = sum(ch in _CONTROL for ch in sample) + sample.count("\ufffd")
    if bad > len(sample) * 0.01:
        raise InputError(f"{source}: the bytes do not decode as text (binary or mis-encoded); save as UTF-8")
    return text


def sniff_type(text: str, *, suffix: str = "") -> ContentType:
    """HTML by suffix, else by the markup at the start of the content."""
    if suffix.lower() in HTML_SUFFIXES:
        return ContentType.HTML
    if suffix.lower() in TEXT_SUFFIXES:
        return ContentType.TEXT
    head = text.lstrip()[:512].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head or "<article" in head:
        return ContentType.HTML
    return ContentType.TEXT


def _read_bytes(path: Path, options: IngestOptions) -> bytes:
    size = path.stat().st_size
    if size > options.max_bytes:
        raise InputError(
            f"{path}: the file is {megabytes(size)}, over the {megabytes(options.max_bytes)} limit; "
            "split it or raise RIVALGRAPH_MAX_DOCUMENT_BYTES"
        )
    return path.read_bytes()


def _sidecar(path: Path) -> dict[str, str]:
    """Metadata from `NAME.meta.json` next to a document (title, published, url...)."""
    meta_path = path.with_name(path.stem + _SIDECAR_SUFFIX)
    if not meta_path.is_file():
        return {}
    try:
        data = json.loads(meta_path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{meta_path}: not valid JSON ({exc}); fix or remove the sidecar file") from exc
    if not isinstance(data, dict):
        raise InputError(f"{meta_path}: expected a JSON object of metadata; fix or remove it")
    return {str(k): str(v) for k, v in data.items() if v is not None}


def _read_file(path: Path, options: IngestOptions) -> Iterator[RawDocument | IngestFailure]:
    source = str(path)
    try:
        if path.suffix.lower() in JSONL_SUFFIXES:
            yield from _read_jsonl(path, options)
            return
        data = _read_bytes(path, options)
        text = decode_bytes(data, source=source)
        meta = _sidecar(path)
    except InputError as exc:
        yield IngestFailure(source, _reason(exc, source))
        return
    except OSError as exc:
        yield IngestFailure(source, f"cannot read the file ({exc.strerror}); check its permissions")
        return
    yield RawDocument(source, text, sniff_type(text, suffix=path.suffix), meta)


def _reason(exc: InputError, source: str) -> str:
    """The error message without its leading 'SOURCE: ' (the failure carries the source)."""
    return exc.message.removeprefix(f"{source}: ")


def _read_jsonl(path: Path, options: IngestOptions) -> Iterator[RawDocument | IngestFailure]:
    """One document per line: {"text" or "html": ..., "url", "published", "title", ...}."""
    # A corpus holds many documents: the cap applies per line, not to the whole file.
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            source = f"{path}:{number}"
            if not line.strip():
                continue
            if len(line) > options.max_bytes:
                yield IngestFailure(source, f"the line is over the {megabytes(options.max_bytes)} limit")
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield IngestFailure(source, f"not valid JSON ({exc.msg}); fix the line or remove it")
                continue
            except UnicodeDecodeError:
                yield IngestFailure(source, "the line is not UTF-8; re-save the corpus as UTF-8")
                continue
            if not isinstance(record, dict):
                yield IngestFailure(source, 'expected a JSON object like {"text": ..., "url": ...}')
                continue
            body = record.get("text") if record.get("text") is not None else record.get("html")
            if not isinstance(body, str) or not body.strip():
                yield IngestFailure(source, 'the record has no "text" (or "html"); add the document text')
                continue
            kind = ContentType.HTML if "text" not in record else sniff_type(body)
            meta = {
                k: str(v)
                for k, v in record.items()
                if k not in {"text", "html"} and isinstance(v, str | int | float) and v != ""
            }
            yield RawDocument(str(meta.get("url") or source), body, kind, meta)


def read_path(path: Path, options: IngestOptions) -> Iterator[RawDocument | IngestFailure]:
    """Documents from a file, or from every known file under a folder (sorted, recursive)."""
    if path.is_dir():
        files = sorted(
            p
            for p in path.rglob("*")
            if p.is_file()
            and p.suffix.lower() in _FOLDER_SUFFIXES
            and not p.name.endswith(_SIDECAR_SUFFIX)
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
        if not files:
            yield IngestFailure(
                str(path), "the folder holds no .txt, .html or .jsonl file; point at documents"
            )
        for file in files:
            yield from _read_file(file, options)
    elif path.is_file():
        yield from _read_file(path, options)
    elif path.exists():
        yield IngestFailure(str(path), "not a regular file or folder; give a file, a folder or a URL")
    else:
        yield IngestFailure(str(path), "no such file or folder; check the path")

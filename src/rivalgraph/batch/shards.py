"""Extraction results as bulk-load shards: SCHEMA.md JSON Lines or Parquet files in one folder.

Invariants: a shard is named after the documents it holds (`part-<hash of doc ids>`) and
appears atomically (written to a temporary name, then renamed), so a retried batch rewrites
the same file instead of adding a duplicate and a reader never sees half a shard. Each
record is `Document.to_json(include_text=True)`: the SCHEMA.md object plus the text, spans
and metadata that a store needs, so `read_shards` gives back equal `Document`s.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Any

from rivalgraph.errors import ConfigError, InputError
from rivalgraph.ingest import IngestFailure
from rivalgraph.model import Document

__all__ = ["ShardFormat", "iter_shard_records", "read_shards", "shard_doc_ids", "shard_files", "write_shard"]


class ShardFormat(StrEnum):
    """File formats for bulk-load output."""

    JSONL = "jsonl"
    PARQUET = "parquet"


def _suffix(fmt: ShardFormat) -> str:
    return ".jsonl" if fmt == ShardFormat.JSONL else ".parquet"


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ModuleNotFoundError as exc:
        raise ConfigError(
            "Parquet shards need pyarrow: install rivalgraph[ray] (pip install 'rivalgraph[ray]') "
            "or write JSON Lines with --format jsonl"
        ) from exc
    return pyarrow


def _arrow_schema(pa: Any) -> Any:
    """The SCHEMA.md document as nested Arrow types (plus text, spans, metadata)."""
    mentions = pa.list_(pa.list_(pa.int64()))
    evidence = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())])
    strings = pa.list_(pa.string())
    entity = pa.struct(
        [
            ("id", pa.string()),
            ("type", pa.string()),
            ("name", pa.string()),
            ("aliases", strings),
            ("country", pa.string()),
            ("mentions", mentions),
        ]
    )
    event = pa.struct(
        [
            ("id", pa.string()),
            ("name", pa.string()),
            ("aliases", strings),
            ("year", pa.int64()),
            ("city", pa.string()),
            ("country", pa.string()),
            ("start", pa.string()),
            ("end", pa.string()),
            ("mentions", mentions),
        ]
    )
    relation = pa.struct(
        [
            ("subject", pa.string()),
            ("predicate", pa.string()),
            ("object", pa.string()),
            ("qualifiers", pa.map_(pa.string(), pa.string())),
            ("negated", pa.bool_()),
            ("confidence", pa.float64()),
            ("evidence", evidence),
        ]
    )
    quantity = pa.struct(
        [
            ("subject", pa.string()),
            ("measure", pa.string()),
            # JSON numbers: integers are stored as text so 400 stays 400 and 0.5 stays 0.5.
            ("value", pa.string()),
            ("qualifier", pa.string()),
            ("evidence", evidence),
        ]
    )
    span = pa.struct([("label", pa.string()), ("start", pa.int64()), ("end", pa.int64())])
    return pa.schema(
        [
            ("doc_id", pa.string()),
            ("title", pa.string()),
            ("published", pa.string()),
            ("source", pa.string()),
            ("entities", pa.list_(entity)),
            ("events", pa.list_(event)),
            ("relations", pa.list_(relation)),
            ("quantities", pa.list_(quantity)),
            ("text", pa.string()),
            ("spans", pa.list_(span)),
            ("metadata", pa.map_(pa.string(), pa.string())),
            ("extra", pa.string()),
        ]
    )


_SCHEMA_KEYS = ("doc_id", "title", "published", "source", "entities", "events", "relations", "quantities")
_OURS = ("text", "spans", "metadata")


def _to_parquet_row(doc: Document) -> dict[str, Any]:
    data = doc.to_json(include_text=True)
    row = {key: data[key] for key in (*_SCHEMA_KEYS, *_OURS)}
    row["metadata"] = list(doc.metadata.items())
    row["relations"] = [{**r, "qualifiers": list(r["qualifiers"].items())} for r in row["relations"]]
    row["quantities"] = [{**q, "value": json.dumps(q["value"])} for q in row["quantities"]]
    row["extra"] = json.dumps(dict(doc.extra), ensure_ascii=False, sort_keys=True)
    return row


def _parquet_json(row: Mapping[str, Any]) -> dict[str, Any]:
    """A Parquet row back in the JSON shape of `Document.to_json(include_text=True)`."""
    data = dict(row)
    data["metadata"] = dict(row["metadata"] or ())
    data["relations"] = [{**r, "qualifiers": dict(r["qualifiers"] or ())} for r in row["relations"] or ()]
    data["quantities"] = [{**q, "value": json.loads(q["value"])} for q in row["quantities"] or ()]
    data.update(json.loads(data.pop("extra") or "{}"))
    return data


def _shard_name(docs: Sequence[Document], fmt: ShardFormat) -> str:
    digest = hashlib.sha256("\n".join(sorted(d.doc_id for d in docs)).encode()).hexdigest()[:20]
    return f"part-{digest}{_suffix(fmt)}"


def write_shard(docs: Sequence[Document], folder: Path, fmt: ShardFormat) -> Path | None:
    """Write the documents as one shard in `folder`; None when there is nothing to write."""
    if not docs:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / _shard_name(docs, fmt)
    tmp = folder / f".{path.name}.{os.getpid()}.tmp"
    if fmt == ShardFormat.JSONL:
        with tmp.open("w", encoding="utf-8") as handle:
            for doc in docs:
                handle.write(json.dumps(doc.to_json(include_text=True), ensure_ascii=False) + "\n")
    else:
        pa = _pyarrow()
        table = pa.Table.from_pylist([_to_parquet_row(d) for d in docs], schema=_arrow_schema(pa))
        pa.parquet.write_table(table, tmp)
    os.replace(tmp, path)
    return path


def shard_files(folder: Path) -> Iterator[tuple[Path, ShardFormat]]:
    """The shard files of `folder` in name order, with their format; none when it is no folder."""
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("part-*")):
        if path.suffix == ".jsonl":
            yield path, ShardFormat.JSONL
        elif path.suffix == ".parquet":
            yield path, ShardFormat.PARQUET


def read_shards(folder: Path) -> Iterator[Document]:
    """Every document in the shards of `folder` (both formats), shard by shard; InputError on damage."""
    for item in iter_shard_records(folder):
        if isinstance(item, IngestFailure):
            raise InputError(f"{item.line()}; remove or rewrite the damaged shard")
        yield item


def iter_shard_records(folder: Path) -> Iterator[Document | IngestFailure]:
    """Every record in the shards of `folder`; a damaged record or shard is a failure naming it.

    A record whose `doc_id` is not the sha256 of its text is refused: the store trusts doc ids
    to find a document again, and an edited or truncated record would break that.
    """
    for path, fmt in shard_files(folder):
        if fmt == ShardFormat.JSONL:
            yield from _jsonl_records(path)
        else:
            yield from _parquet_records(path)


def _checked(data: Any, source: str) -> Document | IngestFailure:
    try:
        doc = Document.from_json(data)
    except (KeyError, TypeError, ValueError) as exc:
        return IngestFailure(source, f"not a shard record ({type(exc).__name__}: {exc})")
    if hashlib.sha256(doc.text.encode("utf-8")).hexdigest() != doc.doc_id:
        return IngestFailure(source, "the record's doc_id is not the sha256 of its text (edited or damaged)")
    return doc


def _jsonl_records(path: Path) -> Iterator[Document | IngestFailure]:
    with path.open(encoding="utf-8", errors="strict") as handle:
        try:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    data = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield IngestFailure(f"{path}:{number}", f"not a shard record ({exc.msg})")
                    continue
                yield _checked(data, f"{path}:{number}")
        except UnicodeDecodeError as exc:
            yield IngestFailure(str(path), f"not UTF-8 text ({exc.reason}); the shard is damaged")


def _parquet_records(path: Path) -> Iterator[Document | IngestFailure]:
    pa = _pyarrow()
    try:
        rows = pa.parquet.read_table(path).to_pylist()
    except (OSError, pa.ArrowException) as exc:
        yield IngestFailure(str(path), f"not a readable Parquet shard ({exc})")
        return
    for number, row in enumerate(rows, start=1):
        try:
            data = _parquet_json(row)
        except (KeyError, TypeError, ValueError) as exc:
            yield IngestFailure(f"{path}:row {number}", f"not a shard record ({type(exc).__name__}: {exc})")
            continue
        yield _checked(data, f"{path}:row {number}")


def shard_doc_ids(folder: Path) -> set[str]:
    """The ids of the documents already written to `folder` (so a re-run can skip them)."""
    ids: set[str] = set()
    for path, fmt in shard_files(folder):
        if fmt == ShardFormat.PARQUET:
            pa = _pyarrow()
            ids.update(pa.parquet.read_table(path, columns=["doc_id"]).column("doc_id").to_pylist())
        else:
            with path.open(encoding="utf-8") as handle:
                ids.update(_doc_ids_of_lines(handle))
    return ids


def _doc_ids_of_lines(lines: Iterable[str]) -> Iterator[str]:
    for line in lines:
        if line.strip():
            yield str(json.loads(line)["doc_id"])

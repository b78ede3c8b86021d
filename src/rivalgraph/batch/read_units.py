"""Split inputs into units that workers can read in parallel: one file, one URL, one Parquet row group.

Invariant: reading every unit of `plan_units(inputs)` yields the same documents and failures
as `rivalgraph.ingest.read_inputs(inputs)` (folders are listed by the same rules, and each
file or URL is read by `read_inputs` itself); Parquet files, which the single-process reader
does not take, are read here with the JSON Lines record rules.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from rivalgraph.ingest import ContentType, IngestFailure, IngestOptions, RawDocument, read_inputs
from rivalgraph.ingest.fetch import is_url
from rivalgraph.ingest.files import HTML_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES, sniff_type

__all__ = ["PARQUET_SUFFIXES", "ReadUnit", "UnitKind", "plan_units", "raw_from_record", "read_unit"]

PARQUET_SUFFIXES = frozenset({".parquet", ".pq"})
# The same folder rules as `rivalgraph.ingest.files.read_path` (a test holds them equal).
_FOLDER_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
_SIDECAR_SUFFIX = ".meta.json"
STDIN = "-"


class UnitKind(StrEnum):
    """How a unit is read."""

    INPUT = "input"  # a file, a URL or a missing path: `read_inputs([target])`
    PARQUET = "parquet"  # one row group of a Parquet file


@dataclass(frozen=True, slots=True)
class ReadUnit:
    """One piece of input that a worker reads on its own."""

    kind: UnitKind
    target: str
    row_group: int = 0
    first_row: int = 0

    def to_json(self) -> str:
        return json.dumps([self.kind.value, self.target, self.row_group, self.first_row])

    @classmethod
    def from_json(cls, text: str) -> ReadUnit:
        kind, target, row_group, first_row = json.loads(text)
        return cls(UnitKind(kind), str(target), int(row_group), int(first_row))


def _folder_files(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file()
        and p.suffix.lower() in _FOLDER_SUFFIXES | PARQUET_SUFFIXES
        and not p.name.endswith(_SIDECAR_SUFFIX)
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def _parquet_units(path: Path) -> Iterator[ReadUnit | IngestFailure]:
    import pyarrow
    import pyarrow.parquet as pq

    try:
        meta = pq.ParquetFile(path).metadata
    except (pyarrow.ArrowInvalid, OSError) as exc:
        yield IngestFailure(str(path), f"not a readable Parquet file ({exc}); re-export it or remove it")
        return
    first_row = 0
    for group in range(meta.num_row_groups):
        yield ReadUnit(UnitKind.PARQUET, str(path), group, first_row)
        first_row += meta.row_group(group).num_rows


def _file_units(path: Path) -> Iterator[ReadUnit | IngestFailure]:
    if path.suffix.lower() in PARQUET_SUFFIXES and path.is_file():
        yield from _parquet_units(path)
    else:
        yield ReadUnit(UnitKind.INPUT, str(path))


def plan_units(
    inputs: Iterable[str], *, options: IngestOptions
) -> list[ReadUnit | RawDocument | IngestFailure]:
    """The units for workers to read, in input order, among what was read here already (stdin)."""
    planned: list[ReadUnit | RawDocument | IngestFailure] = []
    for item in inputs:
        if item == STDIN:
            planned.extend(read_inputs([item], options=options))
            continue
        if is_url(item):
            planned.append(ReadUnit(UnitKind.INPUT, item))
            continue
        path = Path(item).expanduser()
        # An empty folder stays one unit, so `read_inputs` reports it in its own words.
        files = _folder_files(path) if path.is_dir() else [path]
        for file in files or [path]:
            planned.extend(_file_units(file))
    return planned


def raw_from_record(record: Mapping[str, Any], *, source: str) -> RawDocument | IngestFailure:
    """A document from one record ({"text" or "html": ..., "url", "title", ...}), as JSON Lines reads it."""
    record = {k: v for k, v in record.items() if v is not None}
    body = record.get("text") if record.get("text") is not None else record.get("html")
    if not isinstance(body, str) or not body.strip():
        return IngestFailure(source, 'the record has no "text" (or "html"); add the document text')
    kind = ContentType.HTML if "text" not in record else sniff_type(body)
    meta = {
        k: str(v)
        for k, v in record.items()
        if k not in {"text", "html"} and isinstance(v, str | int | float) and v != ""
    }
    return RawDocument(str(meta.get("url") or source), body, kind, meta)


def _read_parquet(unit: ReadUnit, options: IngestOptions) -> Iterator[RawDocument | IngestFailure]:
    import pyarrow.parquet as pq

    table = pq.ParquetFile(unit.target).read_row_group(unit.row_group)
    for offset, record in enumerate(table.to_pylist()):
        source = f"{unit.target}:{unit.first_row + offset + 1}"
        body = record.get("text") or record.get("html") or ""
        if isinstance(body, str) and len(body.encode("utf-8")) > options.max_bytes:
            yield IngestFailure(source, f"the record is over the {options.max_bytes / 1e6:.0f} MB limit")
            continue
        yield raw_from_record(record, source=source)


def read_unit(unit: ReadUnit, *, options: IngestOptions) -> Iterator[RawDocument | IngestFailure]:
    """The documents of one unit, unreadable ones as failures."""
    if unit.kind == UnitKind.PARQUET:
        yield from _read_parquet(unit, options)
    else:
        yield from read_inputs([unit.target], options=options)

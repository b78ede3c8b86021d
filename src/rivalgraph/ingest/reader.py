"""Dispatch each input (path, folder, URL or '-' for standard input) to its reader."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from rivalgraph.errors import InputError
from rivalgraph.ingest.fetch import is_url, read_url
from rivalgraph.ingest.files import decode_bytes, read_path, sniff_type
from rivalgraph.ingest.types import IngestFailure, IngestOptions, RawDocument, megabytes

__all__ = ["read_inputs", "read_stream"]

STDIN = "-"


def read_stream(
    stream: BinaryIO, options: IngestOptions, *, source: str = "<stdin>"
) -> RawDocument | IngestFailure:
    """One document from a byte stream, reading at most `max_bytes + 1` bytes."""
    data = stream.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        return IngestFailure(source, f"the input is over the {megabytes(options.max_bytes)} limit")
    try:
        text = decode_bytes(data, source=source)
    except InputError as exc:
        return IngestFailure(source, exc.message.removeprefix(f"{source}: "))
    return RawDocument(source, text, sniff_type(text), {})


def read_inputs(
    inputs: Iterable[str], *, options: IngestOptions | None = None
) -> Iterator[RawDocument | IngestFailure]:
    """Every document named by the inputs, in order; unreadable ones as failures."""
    opts = options or IngestOptions()
    for item in inputs:
        if item == STDIN:
            found: Iterable[RawDocument | IngestFailure] = [read_stream(sys.stdin.buffer, opts)]
        elif is_url(item):
            found = read_url(item, opts)
        else:
            found = read_path(Path(item).expanduser(), opts)
        for doc in found:
            if opts.published and isinstance(doc, RawDocument):
                # The user's --published date is stated for these inputs: it wins over theirs.
                doc = replace(doc, metadata={**doc.metadata, "published": opts.published})
            yield doc

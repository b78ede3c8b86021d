"""Values that the ingest stage yields: a raw document, or the reason an input failed."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from rivalgraph.errors import InputError

__all__ = ["ContentType", "IngestFailure", "IngestOptions", "RawDocument", "megabytes"]

#: Files larger than this are refused before they are read (20 MB, like Settings).
DEFAULT_MAX_BYTES = 20_000_000
_ISO_DAY = re.compile(r"\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])")


class ContentType(StrEnum):
    """How a raw document's content must be cleaned."""

    TEXT = "text"
    HTML = "html"


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """How inputs are read: a fallback publication date, URL safety, size and time limits."""

    published: str | None = None
    allow_private: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout_s: float = 15.0
    max_redirects: int = 5

    def __post_init__(self) -> None:
        if self.published is not None and not _ISO_DAY.fullmatch(self.published):
            raise InputError(f"published date {self.published!r} is not YYYY-MM-DD; write it like 2023-07-04")
        if self.max_bytes <= 0:
            raise InputError(f"max_bytes must be positive, not {self.max_bytes}; raise the size limit")


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One document as read, before cleaning: its source and decoded content."""

    source: str
    content: str
    content_type: ContentType = ContentType.TEXT
    metadata: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class IngestFailure:
    """An input that could not be read, with a one-line reason that says what to do."""

    source: str
    reason: str

    def line(self) -> str:
        """The failure as one line for a terminal or a log."""
        return f"{self.source}: {self.reason}"


def megabytes(size: int) -> str:
    """A byte count for messages: 20000000 -> '20 MB', 200000 -> '0.2 MB'."""
    return f"{size / 1e6:.3g} MB"

"""Values of the screening stage: list entries as loaded, list files, matches with their reasons.

Invariants: an entry is identified by `(source, entry_id)` within its list source; a loaded
list is parsed completely before anything is stored, so a refused file leaves nothing behind.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

__all__ = [
    "EntryKind",
    "ListEntry",
    "ListFormat",
    "ListLink",
    "LoadedList",
    "Match",
    "Query",
]


class ListFormat(StrEnum):
    """The file formats the loaders read."""

    CSL = "csl"
    OFAC_SDN = "ofac_sdn"
    OFAC_CONS = "ofac_cons"
    FTM = "ftm"
    OS_CSV = "os_csv"


class EntryKind(StrEnum):
    """What a list entry is: screening compares it with ORG or PERSON queries."""

    ORG = "ORG"
    PERSON = "PERSON"
    VESSEL = "VESSEL"
    AIRCRAFT = "AIRCRAFT"
    UNKNOWN = "UNKNOWN"


@dataclass(frozen=True, slots=True)
class ListEntry:
    """One listed party: its names, where it is, which list and programs, since when."""

    source: str
    entry_id: str
    list_name: str
    list_code: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: EntryKind = EntryKind.UNKNOWN
    countries: tuple[str, ...] = ()
    programs: tuple[str, ...] = ()
    listed_on: str | None = None
    ended_on: str | None = None
    authority: str = "US"
    url: str | None = None
    remarks: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """The primary name followed by every alias."""
        return (self.name, *self.aliases)

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "entry_id": self.entry_id,
            "list": self.list_name,
            "list_code": self.list_code,
            "name": self.name,
            "aliases": list(self.aliases),
            "kind": self.kind.value,
            "countries": list(self.countries),
            "programs": list(self.programs),
            "listed_on": self.listed_on,
            "ended_on": self.ended_on,
            "authority": self.authority,
            "url": self.url,
            "remarks": self.remarks,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ListEntry:
        return cls(
            source=str(data["source"]),
            entry_id=str(data["entry_id"]),
            list_name=str(data["list"]),
            list_code=str(data["list_code"]),
            name=str(data["name"]),
            aliases=tuple(data.get("aliases") or ()),
            kind=EntryKind(data.get("kind") or EntryKind.UNKNOWN),
            countries=tuple(data.get("countries") or ()),
            programs=tuple(data.get("programs") or ()),
            listed_on=data.get("listed_on"),
            ended_on=data.get("ended_on"),
            authority=str(data.get("authority") or "US"),
            url=data.get("url"),
            remarks=data.get("remarks"),
        )


@dataclass(frozen=True, slots=True)
class ListLink:
    """Ownership stated by a list itself: `owner_id` owns (or is the parent of) `owned_id`."""

    source: str
    owner_id: str
    owned_id: str
    relation: str
    owner_name: str
    owned_name: str


@dataclass(frozen=True, slots=True)
class LoadedList:
    """A list file (or OFAC file set) parsed in full, with what identifies its version."""

    source: str
    format: ListFormat
    path: str
    sha256: str
    vintage: str | None
    row_count: int
    entries: tuple[ListEntry, ...]
    links: tuple[ListLink, ...] = ()
    skipped: int = 0


@dataclass(frozen=True, slots=True)
class Query:
    """A name to screen, with what else is known about it (country, entity type)."""

    name: str
    countries: tuple[str, ...] = ()
    kind: EntryKind = EntryKind.UNKNOWN
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Match:
    """A list entry that matched a query, its score in [0, 1] and why."""

    entry: ListEntry
    score: float
    alias: str
    query_form: str
    explanation: str
    details: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "list": self.entry.list_name,
            "list_code": self.entry.list_code,
            "source": self.entry.source,
            "entry_id": self.entry.entry_id,
            "name": self.entry.name,
            "matched_alias": self.alias,
            "score": round(self.score, 4),
            "programs": list(self.entry.programs),
            "listed_on": self.entry.listed_on,
            "authority": self.entry.authority,
            "explanation": self.explanation,
        }

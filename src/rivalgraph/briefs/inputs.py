"""What the brief builders read: typed analysis results, reduced to the facts a brief states.

Each value keeps its evidence as `DocumentCitation`s (document + offsets + sentence) or
`ListCitation`s, so whatever a sentence says can be footnoted with exactly what proves it.
`adapt.py` fills these from `rivalgraph.analysis`; tests build them by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from rivalgraph.briefs.model import DocumentCitation, ListCitation

__all__ = [
    "EditionInfo",
    "EntityBriefInput",
    "EventBriefInput",
    "Link",
    "Participant",
    "Participation",
    "ReportedQuantity",
    "Role",
    "SanctionClaim",
    "Sanctions",
    "TrendCell",
    "TrendInput",
]


class Role(StrEnum):
    """How an organization or person takes part in an event edition."""

    SPONSOR = "sponsors"
    EXHIBITOR = "exhibits_at"
    ATTENDEE = "attends"
    SPEAKER = "speaks_at"
    ORGANIZER = "organizes"
    ABSENT = "absent_from"


@dataclass(frozen=True, slots=True)
class SanctionClaim:
    """A document's statement that a country sanctions the entity."""

    by_country: str | None
    evidence: tuple[DocumentCitation, ...]


@dataclass(frozen=True, slots=True)
class Sanctions:
    """Article claims and list matches side by side; either may be empty."""

    claims: tuple[SanctionClaim, ...] = ()
    list_matches: tuple[ListCitation, ...] = ()

    @property
    def any(self) -> bool:
        return bool(self.claims or self.list_matches)


@dataclass(frozen=True, slots=True)
class Participant:
    """An entity's part in one edition, in one role, with every sentence that says so."""

    entity_id: str
    name: str
    country: str | None
    role: Role
    evidence: tuple[DocumentCitation, ...]
    qualifier: str | None = None
    negated: bool = False
    is_person: bool = False
    sanctions: Sanctions = Sanctions()


@dataclass(frozen=True, slots=True)
class ReportedQuantity:
    """A number one document reports ('more than 400 enterprises')."""

    measure: str
    value: float
    qualifier: str | None
    evidence: DocumentCitation


@dataclass(frozen=True, slots=True)
class TrendCell:
    """One edition of a role-by-country trend; `count is None` means no source covers it."""

    year: int
    count: int | None
    members: tuple[str, ...] = ()
    evidence: tuple[DocumentCitation, ...] = ()
    reported: tuple[ReportedQuantity, ...] = ()


@dataclass(frozen=True, slots=True)
class TrendInput:
    """How many participants of one country held one role, edition by edition."""

    role: Role
    country: str
    cells: tuple[TrendCell, ...]


@dataclass(frozen=True, slots=True)
class EditionInfo:
    """The edition a brief is about."""

    event_id: str
    name: str
    short_name: str | None
    year: int | None
    city: str | None
    country: str | None


@dataclass(frozen=True, slots=True)
class EventBriefInput:
    """Everything an event brief states, from the analysis results."""

    edition: EditionInfo
    participants: tuple[Participant, ...]
    quantities: tuple[ReportedQuantity, ...] = ()
    trends: tuple[TrendInput, ...] = ()


@dataclass(frozen=True, slots=True)
class Participation:
    """The entity's part in one event edition (for entity briefs)."""

    event_id: str
    event_name: str
    year: int | None
    role: Role
    evidence: tuple[DocumentCitation, ...]
    qualifier: str | None = None
    negated: bool = False


@dataclass(frozen=True, slots=True)
class Link:
    """A relation between the entity and another node, read from the entity's side."""

    predicate: str
    outgoing: bool
    other_id: str
    other_name: str
    evidence: tuple[DocumentCitation, ...]
    qualifiers: tuple[tuple[str, str], ...] = ()
    negated: bool = False


@dataclass(frozen=True, slots=True)
class EntityBriefInput:
    """Everything an entity brief states, from the analysis results."""

    entity_id: str
    name: str
    kind: str
    country: str | None
    country_evidence: tuple[DocumentCitation, ...]
    participations: tuple[Participation, ...] = ()
    links: tuple[Link, ...] = ()
    sanctions: Sanctions = Sanctions()
    quantities: tuple[ReportedQuantity, ...] = ()

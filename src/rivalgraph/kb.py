"""The reference knowledge base: organizations, recurring events and places under data/reference/.

Invariants, checked by `load_kb` (any breach raises `InputError` naming file, record and problem):
ids are unique within a file; within a file every alias (after `normalize_name`) belongs to one
record unless the file lists it under `ambiguous_aliases`; every `parent`, `organizers` entry and
country code refers to a record that exists; parent chains have no cycles.
Lookups are exact after `normalize_name`; an ambiguous alias looks up to None.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

import yaml

from rivalgraph.errors import InputError
from rivalgraph.model import slugify
from rivalgraph.settings import PACKAGE_DATA

__all__ = [
    "EventSeries",
    "Frequency",
    "KnowledgeBase",
    "OrgKind",
    "OrgRecord",
    "Place",
    "PlaceKind",
    "Sector",
    "load_kb",
    "normalize_name",
]

FORMAT_VERSION = 1
DEFAULT_DIR = PACKAGE_DATA / "reference"
ORGS_FILE = "organizations.yaml"
EVENTS_FILE = "events.yaml"
PLACES_FILE = "places.yaml"


class OrgKind(StrEnum):
    """What kind of body an organization is."""

    COMPANY = "company"
    AGENCY = "agency"
    UNIVERSITY = "university"
    MEDIA = "media"
    NGO = "ngo"
    INVESTOR = "investor"


class Sector(StrEnum):
    """The industries an organization works in (a closed list; extend it here and in README)."""

    AI = "ai"
    SEMICONDUCTORS = "semiconductors"
    CLOUD = "cloud"
    TELECOM = "telecom"
    ROBOTICS = "robotics"
    AUTONOMOUS_DRIVING = "autonomous-driving"
    FINANCE = "finance"
    INTERNET = "internet"
    CONSUMER_ELECTRONICS = "consumer-electronics"
    AUTOMOTIVE = "automotive"
    SURVEILLANCE = "surveillance"
    DEFENSE = "defense"
    AEROSPACE = "aerospace"
    ENERGY = "energy"
    BIOTECH = "biotech"
    SOFTWARE = "software"
    MEDIA = "media"
    GOVERNMENT = "government"
    EDUCATION = "education"
    RESEARCH = "research"
    TRADE = "trade"
    INDUSTRIAL = "industrial"


class PlaceKind(StrEnum):
    """What kind of place a record names."""

    COUNTRY = "country"
    CITY = "city"
    REGION = "region"
    PROVINCE = "province"
    STATE = "state"


class Frequency(StrEnum):
    """How often an event series meets."""

    ANNUAL = "annual"
    SEMIANNUAL = "semiannual"
    BIENNIAL = "biennial"
    IRREGULAR = "irregular"


@dataclass(frozen=True, slots=True)
class OrgRecord:
    """One organization: its canonical name, every known alias, and where it sits."""

    id: str
    name: str
    aliases: tuple[str, ...]
    country: str | None
    kind: OrgKind
    sectors: tuple[Sector, ...] = ()
    parent: str | None = None
    wikidata: str | None = None

    @property
    def entity_id(self) -> str:
        """The entity id used in documents: 'org:' + id."""
        return f"org:{self.id}"

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by the aliases."""
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class EventSeries:
    """A recurring event (WAIC, CES...); each year's meeting is one edition."""

    id: str
    name: str
    aliases: tuple[str, ...]
    city: str | None
    country: str | None
    first_year: int | None
    frequency: Frequency
    organizers: tuple[str, ...] = ()
    skipped_years: tuple[int, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by the aliases."""
        return (self.name, *self.aliases)

    def edition_id(self, year: int) -> str:
        """The event id of one edition: 'event:' + id + '-' + year."""
        return f"event:{self.id}-{year}"

    def year_of_edition(self, number: int) -> int | None:
        """The year of the n-th edition ('the seventh edition') of an annual series with a known start."""
        if self.first_year is None or number < 1 or self.frequency is not Frequency.ANNUAL:
            return None
        year = self.first_year - 1
        for _ in range(number):
            year += 1
            while year in self.skipped_years:
                year += 1
        return year

    def edition_number(self, year: int) -> int | None:
        """Which edition the meeting of `year` is (1 for `first_year`), for annual series."""
        if self.first_year is None or year < self.first_year or self.frequency is not Frequency.ANNUAL:
            return None
        if year in self.skipped_years:
            return None
        return year - self.first_year + 1 - sum(1 for y in self.skipped_years if self.first_year <= y < year)


@dataclass(frozen=True, slots=True)
class Place:
    """A country, region, province, state or city; `country` is its ISO 3166-1 alpha-2 code."""

    id: str
    name: str
    aliases: tuple[str, ...]
    kind: PlaceKind
    country: str
    adjectives: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by the aliases."""
        return (self.name, *self.aliases)


# --------------------------------------------------------------------------- normalization

_LEGAL_SUFFIXES = frozenset(
    {
        "co",
        "ltd",
        "inc",
        "corp",
        "corporation",
        "company",
        "incorporated",
        "limited",
        "llc",
        "plc",
        "group",
        "holding",
        "holdings",
    }
)
# Same character class as the scorer (eval/score.py), so KB lookups and scoring agree.
_DASHES = re.compile(r"[\u2010-\u2015\u2212\-/_]")


# Pure and called for the same few thousand names again and again while extracting.
@functools.lru_cache(maxsize=65536)
def normalize_name(text: str) -> str:
    """SCHEMA.md matching form: NFKC, casefold, dashes to spaces, punctuation and legal suffixes gone."""
    folded = _DASHES.sub(" ", unicodedata.normalize("NFKC", text).casefold())
    kept = "".join(ch for ch in folded if not unicodedata.category(ch).startswith("P"))
    tokens = kept.split()
    while len(tokens) > 1 and tokens[-1] in _LEGAL_SUFFIXES:
        tokens.pop()
    return " ".join(tokens)


# --------------------------------------------------------------------------- the knowledge base


class KnowledgeBase:
    """Read-only lookups over the loaded reference records."""

    def __init__(
        self,
        *,
        organizations: Iterable[OrgRecord],
        events: Iterable[EventSeries],
        places: Iterable[Place],
        ambiguous_org_aliases: Iterable[str] = (),
        ambiguous_event_aliases: Iterable[str] = (),
        ambiguous_place_aliases: Iterable[str] = (),
    ) -> None:
        self.organizations: tuple[OrgRecord, ...] = tuple(organizations)
        self.events: tuple[EventSeries, ...] = tuple(events)
        self.places: tuple[Place, ...] = tuple(places)
        self._orgs = {org.id: org for org in self.organizations}
        self._events = {ev.id: ev for ev in self.events}
        self._ambiguous_orgs = frozenset(normalize_name(a) for a in ambiguous_org_aliases)
        self._ambiguous_events = frozenset(normalize_name(a) for a in ambiguous_event_aliases)
        self._ambiguous_places = frozenset(normalize_name(a) for a in ambiguous_place_aliases)
        self._org_index = _index(self.organizations, self._ambiguous_orgs)
        self._event_index = _index(self.events, self._ambiguous_events)
        self._place_index = _index(self.places, self._ambiguous_places)
        self._countries = {p.country: p for p in self.places if p.kind is PlaceKind.COUNTRY}
        self._countries.update(
            {
                p.country: p
                for p in self.places
                if p.kind is PlaceKind.REGION and p.country not in self._countries
            }
        )
        self._adjectives = {
            normalize_name(adj): p.country for p in self._countries.values() for adj in p.adjectives
        }

    # organizations -----------------------------------------------------------------------
    def org(self, org_id: str) -> OrgRecord:
        """The organization with this id (without the 'org:' prefix); KeyError if unknown."""
        return self._orgs[org_id.removeprefix("org:")]

    def get_org(self, org_id: str) -> OrgRecord | None:
        """The organization with this id, or None."""
        return self._orgs.get(org_id.removeprefix("org:"))

    def lookup_org(self, surface: str) -> OrgRecord | None:
        """The organization whose name or alias equals `surface` after `normalize_name`."""
        return self._org_index.get(normalize_name(surface))

    def lookup_orgs(self, surface: str) -> tuple[OrgRecord, ...]:
        """Every organization claiming `surface` as a name or alias (several for an ambiguous alias)."""
        key = normalize_name(surface)
        return tuple(org for org in self.organizations if key in {normalize_name(n) for n in org.names})

    def ancestors(self, org_id: str) -> tuple[OrgRecord, ...]:
        """The parent chain of an organization, nearest first."""
        chain: list[OrgRecord] = []
        parent = self.org(org_id).parent
        while parent is not None:
            record = self._orgs[parent]
            chain.append(record)
            parent = record.parent
        return tuple(chain)

    def org_surface_forms(self) -> dict[str, str]:
        """Every unambiguous name and alias as written -> org id (for a case-sensitive phrase matcher)."""
        return _surface_forms(self.organizations, self._ambiguous_orgs)

    # events ------------------------------------------------------------------------------
    def event(self, event_id: str) -> EventSeries:
        """The event series with this id; KeyError if unknown."""
        return self._events[event_id]

    def lookup_event(self, surface: str) -> EventSeries | None:
        """The event series whose name or alias equals `surface` after `normalize_name`."""
        return self._event_index.get(normalize_name(surface))

    def event_surface_forms(self) -> dict[str, str]:
        """Every unambiguous event name and alias as written -> series id."""
        return _surface_forms(self.events, self._ambiguous_events)

    # places ------------------------------------------------------------------------------
    def lookup_place(self, surface: str) -> Place | None:
        """The country or city whose name or alias equals `surface` after `normalize_name`."""
        return self._place_index.get(normalize_name(surface))

    def country_place(self, code: str) -> Place:
        """The country record for an ISO alpha-2 code ('US' -> United States); KeyError if unknown."""
        return self._countries[code.upper()]

    def country_of_adjective(self, word: str) -> str | None:
        """ISO code of a nationality word ('American' -> 'US'); all-lower-case words never match."""
        # "us" (the pronoun) and "china" (porcelain) are not demonyms: proper adjectives are capitalised.
        if word.islower():
            return None
        return self._adjectives.get(normalize_name(word))

    def place_surface_forms(self) -> dict[str, str]:
        """Every unambiguous place name and alias as written -> place id ('gpe:...')."""
        return _surface_forms(self.places, self._ambiguous_places)


_Named = OrgRecord | EventSeries | Place
_E = TypeVar("_E", bound=StrEnum)


def _index(records: Iterable[_Named], ambiguous: frozenset[str]) -> dict[str, Any]:
    index: dict[str, Any] = {}
    for record in records:
        for name in record.names:
            key = normalize_name(name)
            if key not in ambiguous:
                index.setdefault(key, record)
    return index


def _surface_forms(records: Iterable[_Named], ambiguous: frozenset[str]) -> dict[str, str]:
    forms: dict[str, str] = {}
    for record in records:
        for name in record.names:
            if normalize_name(name) not in ambiguous:
                forms.setdefault(name, record.id)
    return forms


# --------------------------------------------------------------------------- loading and validation

_ORG_KEYS = frozenset({"id", "name", "aliases", "country", "kind", "sectors", "parent", "wikidata"})
_EVENT_KEYS = frozenset(
    {"id", "name", "aliases", "city", "country", "first_year", "frequency", "organizers", "skipped_years"}
)
_COUNTRY_KEYS = frozenset({"code", "name", "aliases", "adjectives", "kind"})
_CITY_KEYS = frozenset({"name", "country", "aliases", "kind"})
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_QID = re.compile(r"^Q[1-9][0-9]*$")
_ISO2 = re.compile(r"^[A-Z]{2}$")


class _Problems:
    """Collects every problem of one load so the user can fix them all at once."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, file: str, record: str, problem: str) -> None:
        self.lines.append(f"{file}: {record}: {problem}")

    def raise_if_any(self, directory: Path) -> None:
        if not self.lines:
            return
        shown = self.lines[:25]
        more = f"\n  ... and {len(self.lines) - 25} more" if len(self.lines) > 25 else ""
        raise InputError(
            f"reference knowledge base in {directory} is invalid ({len(self.lines)} problem(s)); "
            "fix the records named below (format: data/reference/README.md):\n  " + "\n  ".join(shown) + more
        )


class _FileReader:
    """Typed field access on one YAML file's records, reporting problems instead of raising."""

    def __init__(self, path: Path, problems: _Problems) -> None:
        self.file = path.name
        self.problems = problems
        self.data = self._read(path)

    def _read(self, path: Path) -> dict[str, Any]:
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            self.problems.add(self.file, "file", f"missing: expected {path}")
            return {}
        try:
            data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except yaml.YAMLError as e:
            self.problems.add(self.file, "file", f"not valid YAML: {e}")
            return {}
        if not isinstance(data, dict):
            self.problems.add(self.file, "file", "top level must be a mapping with `version:` and records")
            return {}
        if data.get("version") != FORMAT_VERSION:
            self.problems.add(
                self.file, "file", f"`version:` must be {FORMAT_VERSION}, got {data.get('version')!r}"
            )
        if not isinstance(data.get("sources"), str) or not data["sources"].strip():
            self.problems.add(self.file, "file", "`sources:` must say where the facts come from")
        return data

    def check_top(self, allowed: frozenset[str]) -> None:
        for key in sorted(set(self.data) - allowed - {"version", "sources"}):
            self.problems.add(self.file, "file", f"unknown top-level key {key!r}")

    def records(self, key: str) -> list[dict[str, Any]]:
        raw = self.data.get(key)
        if raw is None:
            self.problems.add(self.file, "file", f"missing the `{key}:` list")
            return []
        if not isinstance(raw, list):
            self.problems.add(self.file, "file", f"`{key}:` must be a list")
            return []
        good: list[dict[str, Any]] = []
        for i, item in enumerate(raw):
            if isinstance(item, dict):
                good.append(item)
            else:
                self.problems.add(self.file, f"{key}[{i}]", "each record must be a mapping")
        return good

    def string_list(self, key: str) -> tuple[str, ...]:
        raw = self.data.get(key) or []
        return self.strings(raw, "file", key)

    def unknown_keys(self, item: Mapping[str, Any], label: str, allowed: frozenset[str]) -> None:
        for key in sorted(set(item) - allowed):
            self.problems.add(
                self.file, label, f"unknown key {key!r} (allowed: {', '.join(sorted(allowed))})"
            )

    def text(self, item: Mapping[str, Any], label: str, key: str, *, required: bool) -> str | None:
        value = item.get(key)
        if value is None:
            if required:
                self.problems.add(self.file, label, f"missing `{key}`")
            return None
        if not isinstance(value, str) or not value.strip():
            # YAML reads NO (Norway) as false and 2019 as a number: such values must be quoted.
            self.problems.add(
                self.file, label, f"`{key}` must be a non-empty string (quote it), got {value!r}"
            )
            return None
        return value.strip()

    def strings(self, value: Any, label: str, key: str) -> tuple[str, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            self.problems.add(self.file, label, f"`{key}` must be a list of strings")
            return ()
        out: list[str] = []
        for v in value:
            if isinstance(v, str) and v.strip():
                out.append(v.strip())
            else:
                self.problems.add(
                    self.file, label, f"`{key}` holds {v!r}: each entry must be a string (quote it)"
                )
        return tuple(out)

    def enum(self, item: Mapping[str, Any], label: str, key: str, kind: type[_E]) -> _E | None:
        value = self.text(item, label, key, required=True)
        if value is None:
            return None
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(m.value for m in kind)
            self.problems.add(self.file, label, f"`{key}: {value}` is not one of: {allowed}")
            return None


def _check_aliases(
    reader: _FileReader,
    records: Iterable[tuple[str, tuple[str, ...]]],
    ambiguous: frozenset[str],
) -> None:
    """Every normalized name belongs to one record unless listed as ambiguous."""
    owner: dict[str, tuple[str, str]] = {}
    for label, names in records:
        for name in names:
            key = normalize_name(name)
            if not key:
                reader.problems.add(reader.file, label, f"alias {name!r} is empty after normalization")
                continue
            if key in ambiguous:
                continue
            seen = owner.get(key)
            if seen is None:
                owner[key] = (label, name)
            elif seen[0] != label:
                reader.problems.add(
                    reader.file,
                    label,
                    f"alias {name!r} is also claimed by {seen[0]} (as {seen[1]!r}); "
                    "remove one, or list it under `ambiguous_aliases:`",
                )


def _load_places(path: Path, problems: _Problems) -> tuple[list[Place], frozenset[str]]:
    reader = _FileReader(path, problems)
    reader.check_top(frozenset({"countries", "cities", "ambiguous_aliases"}))
    ambiguous = frozenset(normalize_name(a) for a in reader.string_list("ambiguous_aliases"))
    places: list[Place] = []
    codes: set[str] = set()
    for i, item in enumerate(reader.records("countries")):
        code = reader.text(item, f"countries[{i}]", "code", required=True)
        label = f"country {code or i}"
        reader.unknown_keys(item, label, _COUNTRY_KEYS)
        name = reader.text(item, label, "name", required=True)
        if code is not None and not _ISO2.match(code):
            problems.add(reader.file, label, f"`code: {code}` must be two upper-case letters (ISO 3166-1)")
        elif code in codes:
            problems.add(reader.file, label, f"duplicate country code {code}")
        kind = reader.enum(item, label, "kind", PlaceKind) if "kind" in item else PlaceKind.COUNTRY
        if kind is not None and kind not in (PlaceKind.COUNTRY, PlaceKind.REGION):
            problems.add(reader.file, label, f"`kind: {kind}` under `countries:` must be country or region")
            kind = None
        aliases = reader.strings(item.get("aliases"), label, "aliases")
        adjectives = reader.strings(item.get("adjectives"), label, "adjectives")
        if code is None or name is None or kind is None:
            continue
        codes.add(code)
        places.append(Place(f"gpe:{slugify(name)}", name, aliases, kind, code, adjectives))
    for i, item in enumerate(reader.records("cities")):
        name = reader.text(item, f"cities[{i}]", "name", required=True)
        label = f"city {name or i}"
        reader.unknown_keys(item, label, _CITY_KEYS)
        country = reader.text(item, label, "country", required=True)
        if country is not None and country not in codes:
            problems.add(reader.file, label, f"country {country!r} is not a code under `countries:`")
        kind = reader.enum(item, label, "kind", PlaceKind) if "kind" in item else PlaceKind.CITY
        if kind is PlaceKind.COUNTRY:
            problems.add(reader.file, label, "a country belongs under `countries:`, not `cities:`")
        aliases = reader.strings(item.get("aliases"), label, "aliases")
        if name is None or country is None or kind is None:
            continue
        places.append(Place(f"gpe:{slugify(name)}", name, aliases, kind, country))
    _check_ids(reader, [(p.id, f"place {p.name}") for p in places])
    _check_aliases(reader, [(f"place {p.name} ({p.id})", p.names) for p in places], ambiguous)
    _check_aliases(
        reader,
        [(f"country {p.country}", p.adjectives) for p in places if p.adjectives],
        frozenset(),
    )
    return places, ambiguous


def _check_ids(reader: _FileReader, ids: Iterable[tuple[str, str]]) -> None:
    seen: dict[str, str] = {}
    for record_id, label in ids:
        if record_id in seen:
            reader.problems.add(
                reader.file, label, f"duplicate id {record_id!r} (first used by {seen[record_id]})"
            )
        else:
            seen[record_id] = label


def _load_orgs(
    path: Path, problems: _Problems, codes: frozenset[str]
) -> tuple[list[OrgRecord], frozenset[str]]:
    reader = _FileReader(path, problems)
    reader.check_top(frozenset({"organizations", "ambiguous_aliases"}))
    ambiguous = frozenset(normalize_name(a) for a in reader.string_list("ambiguous_aliases"))
    orgs: list[OrgRecord] = []
    for i, item in enumerate(reader.records("organizations")):
        org_id = reader.text(item, f"organizations[{i}]", "id", required=True)
        label = f"organization {org_id or i}"
        reader.unknown_keys(item, label, _ORG_KEYS)
        if org_id is not None and not _SLUG.match(org_id):
            problems.add(reader.file, label, "`id` must be a lower-case slug (a-z, 0-9, single hyphens)")
        name = reader.text(item, label, "name", required=True)
        aliases = reader.strings(item.get("aliases"), label, "aliases")
        country = reader.text(item, label, "country", required=False)
        if country is not None and country not in codes:
            problems.add(reader.file, label, f"country {country!r} is not a code in {PLACES_FILE}")
        kind = reader.enum(item, label, "kind", OrgKind)
        sectors: list[Sector] = []
        for value in reader.strings(item.get("sectors"), label, "sectors"):
            try:
                sectors.append(Sector(value))
            except ValueError:
                allowed = ", ".join(s.value for s in Sector)
                problems.add(reader.file, label, f"sector {value!r} is not one of: {allowed}")
        parent = reader.text(item, label, "parent", required=False)
        wikidata = reader.text(item, label, "wikidata", required=False)
        if wikidata is not None and not _QID.match(wikidata):
            problems.add(reader.file, label, f"`wikidata: {wikidata}` is not a QID like Q160120")
        if org_id is None or name is None or kind is None:
            continue
        orgs.append(OrgRecord(org_id, name, aliases, country, kind, tuple(sectors), parent, wikidata))
    _check_ids(reader, [(o.id, f"organization {o.id}") for o in orgs])
    _check_aliases(reader, [(f"organization {o.id}", o.names) for o in orgs], ambiguous)
    by_id = {o.id: o for o in orgs}
    for org in orgs:
        if org.parent is not None and org.parent not in by_id:
            problems.add(
                reader.file, f"organization {org.id}", f"parent {org.parent!r} is not an id in this file"
            )
    for org in orgs:
        seen = {org.id}
        parent = org.parent
        while parent is not None and parent in by_id:
            if parent in seen:
                problems.add(reader.file, f"organization {org.id}", "its parent chain loops back on itself")
                break
            seen.add(parent)
            parent = by_id[parent].parent
    return orgs, ambiguous


def _load_events(
    path: Path, problems: _Problems, places: Iterable[Place], org_ids: frozenset[str]
) -> tuple[list[EventSeries], frozenset[str]]:
    reader = _FileReader(path, problems)
    reader.check_top(frozenset({"events", "ambiguous_aliases"}))
    ambiguous = frozenset(normalize_name(a) for a in reader.string_list("ambiguous_aliases"))
    place_list = list(places)
    codes = frozenset(p.country for p in place_list if p.kind in (PlaceKind.COUNTRY, PlaceKind.REGION))
    city_names = {
        normalize_name(n): p for p in place_list if p.kind is not PlaceKind.COUNTRY for n in p.names
    }
    events: list[EventSeries] = []
    for i, item in enumerate(reader.records("events")):
        event_id = reader.text(item, f"events[{i}]", "id", required=True)
        label = f"event {event_id or i}"
        reader.unknown_keys(item, label, _EVENT_KEYS)
        if event_id is not None and not _SLUG.match(event_id):
            problems.add(reader.file, label, "`id` must be a lower-case slug (a-z, 0-9, single hyphens)")
        name = reader.text(item, label, "name", required=True)
        aliases = reader.strings(item.get("aliases"), label, "aliases")
        city = reader.text(item, label, "city", required=False)
        country = reader.text(item, label, "country", required=False)
        if country is not None and country not in codes:
            problems.add(reader.file, label, f"country {country!r} is not a code in {PLACES_FILE}")
        if city is not None:
            place = city_names.get(normalize_name(city))
            if place is None:
                problems.add(
                    reader.file,
                    label,
                    f"city {city!r} is not a name or alias under `cities:` in {PLACES_FILE}",
                )
            elif country is not None and place.country != country:
                problems.add(reader.file, label, f"city {city!r} lies in {place.country}, not in {country}")
        first_year = item.get("first_year")
        if first_year is not None and (
            not isinstance(first_year, int) or isinstance(first_year, bool) or not 1800 <= first_year <= 2100
        ):
            problems.add(reader.file, label, f"`first_year` must be a year like 2018, got {first_year!r}")
            first_year = None
        frequency = reader.enum(item, label, "frequency", Frequency)
        skipped = item.get("skipped_years") or []
        if not isinstance(skipped, list) or not all(
            isinstance(y, int) and not isinstance(y, bool) and (first_year is None or y > first_year)
            for y in skipped
        ):
            problems.add(
                reader.file, label, f"`skipped_years` must list years after first_year, got {skipped!r}"
            )
            skipped = []
        organizers = reader.strings(item.get("organizers"), label, "organizers")
        for org_id in organizers:
            if org_id not in org_ids:
                problems.add(reader.file, label, f"organizer {org_id!r} is not an id in {ORGS_FILE}")
        if event_id is None or name is None or frequency is None:
            continue
        events.append(
            EventSeries(
                event_id,
                name,
                aliases,
                city,
                country,
                first_year,
                frequency,
                organizers,
                tuple(sorted(skipped)),
            )
        )
    _check_ids(reader, [(e.id, f"event {e.id}") for e in events])
    _check_aliases(reader, [(f"event {e.id}", e.names) for e in events], ambiguous)
    return events, ambiguous


def _load(directory: Path) -> KnowledgeBase:
    problems = _Problems()
    places, amb_places = _load_places(directory / PLACES_FILE, problems)
    codes = frozenset(p.country for p in places if p.kind in (PlaceKind.COUNTRY, PlaceKind.REGION))
    orgs, amb_orgs = _load_orgs(directory / ORGS_FILE, problems, codes)
    events, amb_events = _load_events(
        directory / EVENTS_FILE, problems, places, frozenset(o.id for o in orgs)
    )
    problems.raise_if_any(directory)
    return KnowledgeBase(
        organizations=orgs,
        events=events,
        places=places,
        ambiguous_org_aliases=amb_orgs,
        ambiguous_event_aliases=amb_events,
        ambiguous_place_aliases=amb_places,
    )


@functools.lru_cache(maxsize=8)
def _load_cached(directory: Path) -> KnowledgeBase:
    return _load(directory)


def load_kb(path: Path | str | None = None) -> KnowledgeBase:
    """The knowledge base in `path` (default: the bundled data/reference/), loaded once per directory."""
    directory = Path(path) if path is not None else DEFAULT_DIR
    if not directory.is_dir():
        raise InputError(
            f"reference knowledge base directory {directory} does not exist: "
            "pass a folder holding organizations.yaml, events.yaml and places.yaml"
        )
    return _load_cached(directory.resolve())

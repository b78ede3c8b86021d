"""Loaders for the official list formats: trade.gov CSL CSV, OFAC legacy CSV sets, FtM JSON lines,
and the small OpenSanctions-made CSVs (DoD 1260H, NDAA sections, FCC covered list, China's list).

Invariants: a file is parsed completely into a `LoadedList` before anything is stored; every
structural problem (wrong field count, unterminated quote, broken JSON line, missing end-of-file
marker, unknown header) raises `ListFormatError` naming the file, the line and what to do.
OFAC's add/alt/comments files may be of another vintage than the primary file: they are joined
on the entry number and rows for entries the primary file lacks are counted as skipped.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from rivalgraph.errors import ListFormatError
from rivalgraph.model import slugify
from rivalgraph.screen.countries import country_code
from rivalgraph.screen.model import EntryKind, ListEntry, ListFormat, ListLink, LoadedList

__all__ = ["detect_format", "load_list", "parse_date"]

_EOF = "\x1a"  # OFAC's legacy files end with a DOS end-of-file byte

# --------------------------------------------------------------------------- shared helpers


def _fail(path: Path | str, reason: str, advice: str = "") -> ListFormatError:
    tail = f"; {advice}" if advice else ""
    return ListFormatError(f"cannot load list {path}: {reason}{tail}")


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise _fail(path, f"cannot read it ({exc.strerror})", "check the path") from exc
    if not raw.strip(b"\x00\x1a \r\n\t"):
        raise _fail(path, "the file is empty", "download it again")
    if b"\x00" in raw:
        raise _fail(path, "it holds NUL bytes (binary or corrupt)", "download it again")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Older OFAC and trade.gov exports are Windows-1252; anything else fails the structure checks.
        return raw.decode("cp1252", errors="replace")


def _sha256_files(paths: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths, key=lambda p: p.name):
        digest.update(path.name.encode())
        digest.update(hashlib.sha256(path.read_bytes()).hexdigest().encode())
    return digest.hexdigest()


_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1
    )
}
_DATE_PATTERNS = (
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})"), ("y", "m", "d")),
    (re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$"), ("d", "m", "y")),
    (re.compile(r"^(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})$"), ("d", "b", "y")),
    (re.compile(r"^([A-Za-z]{3})[a-z]* (\d{1,2}),? (\d{4})$"), ("b", "d", "y")),
    (re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$"), ("m", "d", "y")),
)


def parse_date(text: str | None) -> str | None:
    """An ISO date from the forms lists use ('2021-06-03', '03 Jun 2021', 'March 12, 2021', '02.12.2019')."""
    if not text:
        return None
    text = text.strip()
    for pattern, order in _DATE_PATTERNS:
        found = pattern.match(text)
        if not found:
            continue
        parts = dict(zip(order, found.groups(), strict=True))
        month = _MONTHS.get(parts["b"][:3].casefold()) if "b" in parts else int(parts["m"])
        if month is None:
            return None
        try:
            return date(int(parts["y"]), month, int(parts["d"])).isoformat()
        except ValueError:
            return None
    if re.fullmatch(r"\d{4}", text):
        return f"{text}-01-01"
    return None


_C1 = re.compile(r"[\x80-\x9f]")


def _clean(text: str | None) -> str:
    # Some exports carry Windows-1252 punctuation as C1 control characters ('Gui\x92an').
    text = _C1.sub(lambda m: bytes([ord(m.group(0))]).decode("cp1252", errors="ignore"), text or "")
    return " ".join(text.split())


_BOILERPLATE = re.compile(r";?\s*and any successors?,? sub-units?,? or subsidiar(?:y|ies) thereof\.?", re.I)
_TRAILING_LOCATION = re.compile(
    r"^(?P<name>.+?\b(?:Co|Company|Ltd|Limited|Inc|Corp|Corporation|LLC|GmbH|S\.?A|PLC|LLP|Pte|Sdn\.? Bhd)"
    r"\.?)"
    r",\s+(?!(?:Co|Ltd|Limited|Inc|LLC|Corp|S\.?A)\b)(?P<rest>[^,]+(?:,[^,]+)?)$",
    re.I,
)


def _name_forms(raw: str) -> tuple[str, tuple[str, ...]]:
    """The display name of a raw list name, plus extra aliases hidden inside it."""
    name = _clean(_BOILERPLATE.sub("", raw)).strip(" ;,")
    extra: list[str] = []
    # The Entity List writes locations after the legal form: "X Co., Ltd., Guiyang, Guizhou".
    located = _TRAILING_LOCATION.match(name)
    if located:
        extra.append(located.group("name"))
    # A parenthesised acronym or former name: "Academy of ... Technology (AASPT)".
    paren = re.match(r"^(?P<base>[^()]{3,}?)\s*\((?P<inner>[^()]{2,})\)\s*\*?$", name)
    if paren:
        extra.append(paren.group("base"))
        inner = paren.group("inner").strip()
        if not re.match(r"(?i)^(?:a\.?k\.?a\.?|f\.?k\.?a\.?|formerly|also)\b", inner):
            extra.append(inner)
        else:
            extra.append(re.sub(r"(?i)^(?:a\.?k\.?a\.?|f\.?k\.?a\.?|formerly|also)\s*", "", inner))
    return name, tuple(e for e in (_clean(x) for x in extra) if e and e != name)


def _dedupe(values: Iterable[str], exclude: str = "") -> tuple[str, ...]:
    seen = {exclude.casefold()}
    out: list[str] = []
    for value in values:
        value = _clean(value)
        if value and value.casefold() not in seen:
            seen.add(value.casefold())
            out.append(value)
    return tuple(out)


def _vintage_from_path(path: Path) -> str | None:
    for part in (path.name, path.parent.name):
        found = re.search(r"(\d{4})-(\d{2})(?:-(\d{2}))?", part)
        if found:
            year, month, day = found.groups()
            return f"{year}-{month}-{day or '01'}"
    return None


def _latest(dates: Iterable[str | None]) -> str | None:
    known = [d for d in dates if d]
    return max(known) if known else None


def _strict_rows(text: str, path: Path, *, allow_truncated: bool = False) -> tuple[list[list[str]], int]:
    """Every CSV row, and 1 when an unterminated last row was dropped (only if `allow_truncated`)."""
    rows: list[list[str]] = []
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        for row in reader:
            rows.append(row)
    except csv.Error as exc:
        # "unexpected end of data" means a quoted field runs to the end of the file: a cut-off copy.
        if allow_truncated and "end of data" in str(exc):
            return rows, 1
        where = f"near line {reader.line_num}"
        raise _fail(
            path,
            f"malformed CSV {where} ({exc})",
            "the file is corrupt or truncated; download it again (or pass --allow-truncated)",
        ) from exc
    return rows, 0


# --------------------------------------------------------------------------- format detection

_CSL_REQUIRED = frozenset({"source", "name", "alt_names", "addresses", "programs", "start_date"})
_OFAC_PRIMARY = {"sdn.csv": ListFormat.OFAC_SDN, "cons_prim.csv": ListFormat.OFAC_CONS}


def _first_line(path: Path) -> str:
    with path.open("rb") as handle:
        return handle.readline(4096).decode("utf-8-sig", errors="replace").strip()


def detect_format(path: Path | str) -> ListFormat:
    """The format of a list file or OFAC folder, from its name and first line."""
    path = Path(path)
    if path.is_dir():
        names = {p.name.casefold() for p in path.iterdir()}
        for primary, fmt in _OFAC_PRIMARY.items():
            if primary in names:
                return fmt
        raise _fail(path, "the folder holds no sdn.csv or cons_prim.csv", "pass an OFAC legacy CSV folder")
    if not path.is_file():
        raise _fail(path, "no such file or folder", "check the path")
    if path.name.casefold() in _OFAC_PRIMARY:
        return _OFAC_PRIMARY[path.name.casefold()]
    first = _first_line(path)
    if not first.strip("\x1a\x00 ") and not path.read_bytes().strip(b"\x00\x1a \r\n\t"):
        raise _fail(path, "the file is empty", "download it again")
    if first.startswith("{"):
        return ListFormat.FTM
    header = {h.strip().casefold() for h in next(csv.reader([first]), [])}
    if header >= _CSL_REQUIRED:
        return ListFormat.CSL
    if header & {"name", "clean name", "covered_equipment_or_services"}:
        return ListFormat.OS_CSV
    raise _fail(
        path,
        f"unknown format (first line {first[:80]!r})",
        "expected a CSL CSV, an OFAC legacy folder, FtM JSON lines or an OpenSanctions CSV",
    )


def load_list(
    path: Path | str,
    *,
    source: str | None = None,
    vintage: str | None = None,
    allow_truncated: bool = False,
) -> LoadedList:
    """Parse a list file (or OFAC folder) completely; `ListFormatError` if it is corrupt or truncated."""
    path = Path(path)
    fmt = detect_format(path)
    if fmt is ListFormat.CSL:
        loaded = _load_csl(path, allow_truncated=allow_truncated)
    elif fmt in (ListFormat.OFAC_SDN, ListFormat.OFAC_CONS):
        loaded = _load_ofac(path if path.is_dir() else path.parent, fmt, allow_truncated=allow_truncated)
    elif fmt is ListFormat.FTM:
        loaded = _load_ftm(path, allow_truncated=allow_truncated)
    else:
        loaded = _load_os_csv(path)
    if not loaded.entries:
        raise _fail(path, "it holds no listed entities", "check that this is a sanctions list export")
    changes: dict[str, Any] = {}
    if source:
        changes["source"] = source
    if vintage:
        changes["vintage"] = parse_date(vintage) or vintage
    if changes:
        src = changes.get("source", loaded.source)
        entries = tuple(_with_source(e, src) for e in loaded.entries)
        links = tuple(
            ListLink(src, link.owner_id, link.owned_id, link.relation, link.owner_name, link.owned_name)
            for link in loaded.links
        )
        return LoadedList(
            source=src,
            format=loaded.format,
            path=loaded.path,
            sha256=loaded.sha256,
            vintage=changes.get("vintage", loaded.vintage),
            row_count=loaded.row_count,
            entries=entries,
            links=links,
            skipped=loaded.skipped,
        )
    return loaded


def _with_source(entry: ListEntry, source: str) -> ListEntry:
    data = entry.to_json()
    data["source"] = source
    return ListEntry.from_json(data)


# --------------------------------------------------------------------------- trade.gov CSL

_CSL_CODES = {"CMIC": "NS-CMIC", "NS-MBS LIST": "NS-MBS"}
_CSL_KINDS = {
    "entity": EntryKind.ORG,
    "individual": EntryKind.PERSON,
    "vessel": EntryKind.VESSEL,
    "aircraft": EntryKind.AIRCRAFT,
}
_LISTING_DATE = re.compile(r"Listing Date \([^)]*\):?,?\s*(\d{4}-\d{2}-\d{2}|\d{1,2} [A-Za-z]{3} \d{4})")


def _csl_code(source: str) -> str:
    found = re.search(r"\(([^)]+)\)", source)
    code = found.group(1).strip().upper() if found else slugify(source).upper()
    return _CSL_CODES.get(code, code)


def _load_csl(path: Path, *, allow_truncated: bool) -> LoadedList:
    rows, skipped = _strict_rows(_read_text(path).rstrip(_EOF), path, allow_truncated=allow_truncated)
    header = [h.strip() for h in rows[0]]
    width = len(header)
    body: list[tuple[int, list[str]]] = []
    for number, row in enumerate(rows[1:], start=2):
        if not row or row == rows[0]:
            continue  # blank lines and the header that trade.gov repeats on line 2
        if len(row) != width:
            if number == len(rows) and allow_truncated:
                skipped += 1
                continue
            where = "its last row" if number == len(rows) else f"row {number}"
            raise _fail(
                path,
                f"{where} has {len(row)} fields, the header has {width}: the file is truncated or corrupt",
                "download it again (or pass --allow-truncated to drop an incomplete last row)",
            )
        body.append((number, row))
    if not body:
        raise _fail(path, "it holds a header but no rows", "download it again")
    entries: list[ListEntry] = []
    seen: dict[str, int] = {}
    for number, row in body:
        record = dict(zip(header, row, strict=True))
        source_name = _clean(record.get("source"))
        raw_name = record.get("name", "")
        if not source_name or not _clean(raw_name):
            raise _fail(path, f"row {number} has no source list or no name", "the file is corrupt")
        name, extra = _name_forms(raw_name)
        alt = [a for a in (record.get("alt_names") or "").split(";")]
        addresses = [a.strip() for a in (record.get("addresses") or "").split(";") if a.strip()]
        countries = [a.rsplit(",", 1)[-1].strip() for a in addresses]
        for key in ("citizenships", "nationalities"):
            countries += [c.strip() for c in (record.get(key) or "").split(";")]
        ids = record.get("ids") or ""
        listed = parse_date(record.get("start_date"))
        if not listed:
            found = _LISTING_DATE.search(ids) or _LISTING_DATE.search(record.get("remarks") or "")
            listed = parse_date(found.group(1)) if found else None
        entry_id = (
            _clean(record.get("_id"))
            or hashlib.sha1(
                "|".join(
                    (source_name, name, record.get("addresses", ""), record.get("start_date", ""))
                ).encode()
            ).hexdigest()[:20]
        )
        # Old exports without `_id` can hold two identical rows; keep ids unique and stable.
        seen[entry_id] = seen.get(entry_id, 0) + 1
        if seen[entry_id] > 1:
            entry_id = f"{entry_id}-{seen[entry_id]}"
        entries.append(
            ListEntry(
                source="us_csl",
                entry_id=entry_id,
                list_name=source_name,
                list_code=_csl_code(source_name),
                name=name,
                aliases=_dedupe((*extra, *(_name_forms(a)[0] for a in alt if a.strip())), exclude=name),
                kind=_CSL_KINDS.get(_clean(record.get("type")).casefold(), EntryKind.UNKNOWN),
                countries=_dedupe(c for c in (country_code(x) for x in countries) if c),
                programs=_dedupe(p for p in (record.get("programs") or "").split(";")),
                listed_on=listed,
                ended_on=parse_date(record.get("end_date")),
                authority="US",
                url=_clean(record.get("source_information_url")) or None,
                remarks=_clean(record.get("remarks")) or None,
            )
        )
    return LoadedList(
        source="us_csl",
        format=ListFormat.CSL,
        path=str(path),
        sha256=_sha256_files([path]),
        vintage=_vintage_from_path(path) or _latest(e.listed_on for e in entries),
        row_count=len(body),
        entries=tuple(entries),
        skipped=skipped,
    )


# --------------------------------------------------------------------------- OFAC legacy CSV

_OFAC_FILES = {
    ListFormat.OFAC_SDN: ("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"),
    ListFormat.OFAC_CONS: ("cons_prim.csv", "cons_add.csv", "cons_alt.csv", "cons_comments.csv"),
}
_OFAC_WIDTH = (12, 6, 5, 2)
_OFAC_KINDS = {
    "": EntryKind.ORG,
    "individual": EntryKind.PERSON,
    "vessel": EntryKind.VESSEL,
    "aircraft": EntryKind.AIRCRAFT,
}
# Which non-SDN list an OFAC consolidated entry is on, from its program tags.
_CONS_LISTS = (
    ("CMIC", "NS-CMIC", "Non-SDN Chinese Military-Industrial Complex Companies List (NS-CMIC) - Treasury"),
    ("NS-PLC", "PLC", "Non-SDN Palestinian Legislative Council List (NS-PLC) - Treasury"),
    ("FSE", "FSE", "Foreign Sanctions Evaders List (FSE) - Treasury"),
    ("561", "CAPTA", "Correspondent Account or Payable-Through Account Sanctions List (CAPTA) - Treasury"),
    ("UKRAINE-EO13662", "SSI", "Sectoral Sanctions Identifications List (SSI) - Treasury"),
    ("", "NS-MBS", "Non-SDN Menu-Based Sanctions List (NS-MBS) - Treasury"),
)
_SDN_LIST = "Specially Designated Nationals and Blocked Persons List (SDN) - Treasury"
_LINKED = re.compile(r"Linked To: ([^;]+?)\.?(?:;|$)")


def _ofac_value(text: str) -> str:
    text = text.strip()
    return "" if text == "-0-" else text


def _ofac_rows(path: Path, width: int, *, require_eof: bool, allow_truncated: bool) -> list[list[str]]:
    text = _read_text(path)
    stripped = text.rstrip("\r\n ")
    if stripped.endswith(_EOF):
        text = stripped[:-1]
    elif require_eof and not allow_truncated:
        raise _fail(
            path,
            "it lacks OFAC's end-of-file byte (0x1A): the file is truncated",
            "download it again (or pass --allow-truncated)",
        )
    parsed, _cut = _strict_rows(text, path, allow_truncated=allow_truncated)
    rows = [r for r in parsed if r and any(c.strip() for c in r)]
    for number, row in enumerate(rows, start=1):
        if len(row) != width or not row[0].strip().isdigit():
            if number == len(rows) and allow_truncated:
                return rows[:-1]
            raise _fail(
                path,
                f"line {number} has {len(row)} fields (expected {width}, starting with an entry number)",
                "the file is truncated or corrupt; download it again",
            )
    return rows


def _cons_list(programs: Sequence[str]) -> tuple[str, str]:
    joined = " ".join(programs)
    for tag, code, name in _CONS_LISTS:
        if tag in joined:
            return code, name
    return _CONS_LISTS[-1][1], _CONS_LISTS[-1][2]


def _load_ofac(folder: Path, fmt: ListFormat, *, allow_truncated: bool) -> LoadedList:
    files = {p.name.casefold(): p for p in folder.iterdir() if p.is_file()}
    names = _OFAC_FILES[fmt]
    present = [files[n] for n in names if n in files]
    tables: list[list[list[str]]] = []
    for index, name in enumerate(names):
        if name not in files:
            tables.append([])
            continue
        tables.append(
            _ofac_rows(
                files[name],
                _OFAC_WIDTH[index],
                require_eof=index < 3,  # comments files are sometimes shipped without it
                allow_truncated=allow_truncated,
            )
        )
    primary, addresses, alts, comments = tables
    if not primary:
        raise _fail(folder / names[0], "it holds no entries", "download it again")
    by_num: dict[str, list[str]] = {}
    for row in primary:
        by_num[row[0].strip()] = row
    skipped = 0
    countries: dict[str, list[str]] = defaultdict(list)
    for row in addresses:
        num = row[0].strip()
        if num not in by_num:
            skipped += 1  # an address of an entry this primary file's vintage does not have
            continue
        code = country_code(_ofac_value(row[4]))
        if code:
            countries[num].append(code)
    aliases: dict[str, list[str]] = defaultdict(list)
    for row in alts:
        num = row[0].strip()
        if num not in by_num:
            skipped += 1
            continue
        if _ofac_value(row[3]):
            aliases[num].append(_ofac_value(row[3]))
    extra_remarks: dict[str, str] = defaultdict(str)
    for row in comments:
        num = row[0].strip()
        if num in by_num:
            extra_remarks[num] += _ofac_value(row[1])
        else:
            skipped += 1
    entries: list[ListEntry] = []
    links: list[ListLink] = []
    name_to_num: dict[str, str] = {}
    for num, row in by_num.items():
        name = _ofac_value(row[1])
        if not name:
            raise _fail(folder / names[0], f"entry {num} has no name", "the file is corrupt")
        programs = _dedupe(p.strip(" []") for p in re.split(r"\]\s*\[", _ofac_value(row[3])))
        remarks = _ofac_value(row[11]) + extra_remarks.get(num, "")
        kind = _OFAC_KINDS.get(_ofac_value(row[2]).casefold(), EntryKind.UNKNOWN)
        found = _LISTING_DATE.search(remarks)
        nationality = re.findall(r"(?:nationality|citizen) ([A-Z][A-Za-z ,]+?)(?:;|\.|$)", remarks)
        if fmt is ListFormat.OFAC_SDN:
            code, list_name = "SDN", _SDN_LIST
        else:
            code, list_name = _cons_list(programs)
        display, extra = _name_forms(name)
        entries.append(
            ListEntry(
                source="us_ofac_sdn" if fmt is ListFormat.OFAC_SDN else "us_ofac_cons",
                entry_id=num,
                list_name=list_name,
                list_code=code,
                name=display,
                aliases=_dedupe((*extra, *aliases.get(num, ())), exclude=display),
                kind=kind,
                countries=_dedupe(
                    [*countries.get(num, ()), *(c for c in (country_code(n) for n in nationality) if c)]
                ),
                programs=programs,
                listed_on=parse_date(found.group(1)) if found else None,
                authority="US",
                url=None,
                remarks=remarks or None,
            )
        )
        name_to_num[name.casefold().rstrip(".")] = num
    for entry in entries:
        for target in _LINKED.findall(entry.remarks or ""):
            owner = name_to_num.get(target.strip().casefold().rstrip("."))
            if owner and owner != entry.entry_id:
                links.append(
                    ListLink(entry.source, owner, entry.entry_id, "linked_to", target.strip(), entry.name)
                )
    return LoadedList(
        source=entries[0].source,
        format=fmt,
        path=str(folder),
        sha256=_sha256_files(present),
        vintage=_vintage_from_path(folder) or _latest(e.listed_on for e in entries),
        row_count=len(primary),
        entries=tuple(entries),
        links=tuple(links),
        skipped=skipped,
    )


# --------------------------------------------------------------------------- FollowTheMoney JSON lines

_FTM_KINDS = {
    "Person": EntryKind.PERSON,
    "Company": EntryKind.ORG,
    "Organization": EntryKind.ORG,
    "LegalEntity": EntryKind.ORG,
    "PublicBody": EntryKind.ORG,
    "Vessel": EntryKind.VESSEL,
    "Airplane": EntryKind.AIRCRAFT,
}
_FTM_COUNTRY_PROPS = ("country", "nationality", "citizenship", "jurisdiction", "mainCountry")
_FTM_OWNERSHIP = {"Ownership": ("owner", "asset"), "Directorship": ("director", "organization")}


def _ftm_lines(path: Path, *, allow_truncated: bool) -> Iterator[tuple[int, dict[str, Any]]]:
    lines = _read_text(path).splitlines()
    last = max((i for i, line in enumerate(lines, start=1) if line.strip()), default=0)
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            if number == last and allow_truncated:
                return
            what = "its last line is cut off" if number == last else f"line {number} is not JSON ({exc.msg})"
            raise _fail(path, f"{what}: the file is truncated or corrupt", "download it again") from exc
        if not isinstance(data, dict) or not isinstance(data.get("properties"), dict) or not data.get("id"):
            raise _fail(
                path, f"line {number} is not an FtM entity (id, schema, properties)", "check the file"
            )
        yield number, data


def _props(data: Mapping[str, Any], *names: str) -> list[str]:
    props = data["properties"]
    return [str(v) for name in names for v in props.get(name, ()) if v]


def _load_ftm(path: Path, *, allow_truncated: bool) -> LoadedList:
    records = list(_ftm_lines(path, allow_truncated=allow_truncated))
    entities = {str(d["id"]): d for _, d in records}
    sanctions: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for _, data in records:
        if data.get("schema") == "Sanction":
            for target in _props(data, "entity"):
                sanctions[target].append(data)
    has_targets = any("target" in d for _, d in records) or bool(sanctions)
    entries: list[ListEntry] = []
    stem = path.name.split(".")[0]
    for _, data in records:
        kind = _FTM_KINDS.get(str(data.get("schema")))
        entity_id = str(data["id"])
        if kind is None or (has_targets and not (data.get("target") or entity_id in sanctions)):
            continue
        names = [n for raw in _props(data, "name") for n in raw.split(";")]
        names = names or [str(data.get("caption") or "")]
        if not _clean(names[0]):
            continue
        its = sanctions.get(entity_id, [])
        dates = [parse_date(d) for s in its for d in _props(s, "listingDate", "startDate")]
        dates += [parse_date(d) for d in _props(data, "createdAt")] if not dates else []
        programs = [p for s in its for p in _props(s, "programId", "program")]
        authorities = {c.upper() for s in its for c in _props(s, "country")}
        datasets = [str(d) for d in data.get("datasets") or ()]
        authority = ("US" if "US" in authorities or any(d.startswith("us_") for d in datasets) else None) or (
            sorted(authorities)[0] if authorities else (datasets[0][:2].upper() if datasets else "XX")
        )
        entries.append(
            ListEntry(
                source=f"opensanctions_{stem}",
                entry_id=entity_id,
                list_name="OpenSanctions: " + ", ".join(datasets or [stem]),
                list_code=next(
                    (d for d in datasets if d.startswith("us_")), datasets[0] if datasets else stem
                ).upper(),
                name=_clean(names[0]),
                aliases=_dedupe([*names[1:], *_props(data, "alias", "previousName")], exclude=names[0]),
                kind=kind,
                countries=_dedupe(c.upper() for c in _props(data, *_FTM_COUNTRY_PROPS) if len(c) == 2),
                programs=_dedupe(programs),
                listed_on=min((d for d in dates if d), default=None),
                authority=authority,
                url=next(iter(_props(data, "sourceUrl")), None),
                remarks="; ".join(_props(data, "notes")) or None,
            )
        )
    links: list[ListLink] = []
    for _, data in records:
        ends = _FTM_OWNERSHIP.get(str(data.get("schema")))
        if ends is None or data.get("schema") != "Ownership":
            continue
        for owner in _props(data, ends[0]):
            for owned in _props(data, ends[1]):
                if owner in entities and owned in entities:
                    links.append(
                        ListLink(
                            f"opensanctions_{stem}",
                            owner,
                            owned,
                            "owns",
                            _clean(str(entities[owner].get("caption") or owner)),
                            _clean(str(entities[owned].get("caption") or owned)),
                        )
                    )
    return LoadedList(
        source=f"opensanctions_{stem}",
        format=ListFormat.FTM,
        path=str(path),
        sha256=_sha256_files([path]),
        vintage=_vintage_from_path(path) or _ftm_vintage(records),
        row_count=len(records),
        entries=tuple(entries),
        links=tuple(links),
    )


def _ftm_vintage(records: Sequence[tuple[int, dict[str, Any]]]) -> str | None:
    stamps = [str(d.get("last_seen") or d.get("last_change") or "")[:10] for _, d in records]
    return _latest(parse_date(s) for s in stamps if s)


# --------------------------------------------------------------------------- OpenSanctions-made CSVs

_OS_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("clean name", "name"),
    "alias": ("alias", "aliases", "previous name", "chinese name"),
    "type": ("type", "schema"),
    "country": ("country",),
    "program": ("program", "list"),
    "start": ("start date", "start-date", "date", "date_of_inclusion_on_covered_list", "report-date"),
    "end": ("end date", "end-date"),
    "parent": ("parent name",),
    "url": ("source url", "source_url"),
    "body": ("body", "authority"),
}
_FCC_NAME = re.compile(r"(?:produced|provided) by (?P<name>[A-Z][^,(]+?)(?:,| and its| \(|$)")


def _fcc_name(text: str) -> str:
    found = _FCC_NAME.search(text)
    return found.group("name").strip() if found else ""


def _os_kind(text: str) -> EntryKind:
    return EntryKind.PERSON if text.strip().casefold() == "person" else EntryKind.ORG


def _load_os_csv(path: Path) -> LoadedList:
    rows, _cut = _strict_rows(_read_text(path), path)
    header = [h.strip().casefold() for h in rows[0]]
    width = len(header)
    col = {
        key: next((header.index(c) for c in cands if c in header), -1) for key, cands in _OS_COLUMNS.items()
    }
    fcc = "covered_equipment_or_services" in header
    china = "chinese name" in header
    grouped: dict[str, list[list[str]]] = defaultdict(list)
    body = rows[1:]
    for number, row in enumerate(body, start=2):
        if not row:
            continue
        if len(row) != width:
            raise _fail(
                path,
                f"row {number} has {len(row)} fields, the header has {width}",
                "the file is truncated or corrupt; download it again",
            )
        name = _fcc_name(row[0]) if fcc else _clean(row[col["name"]])
        if name:
            # Editions of one list (DoD 1260H) repeat a name, sometimes spelt slightly differently.
            grouped[slugify(_name_forms(name)[0])[:120] or name].append(row)

    def get(row: list[str], key: str) -> str:
        return _clean(row[col[key]]) if col[key] >= 0 else ""

    source = slugify(path.stem).replace("-", "_")
    entries: list[ListEntry] = []
    links: list[ListLink] = []
    for entry_id, group in grouped.items():
        name = _clean(group[-1][col["name"]]) if not fcc else _fcc_name(group[-1][0])
        display, extra = _name_forms(name)
        aliases = [a for row in group for a in re.split(r"[;|]", get(row, "alias"))]
        starts = [parse_date(get(row, "start")) for row in group]
        ends = [parse_date(get(row, "end")) for row in group]
        ended = None if any(not e for e in ends) else _latest(ends)
        aliases += [_clean(row[col["name"]]) for row in group[:-1]] if not fcc else []
        entries.append(
            ListEntry(
                source=source,
                entry_id=entry_id,
                list_name=source.replace("_", " "),
                list_code=source.upper(),
                name=display,
                aliases=_dedupe((*extra, *aliases), exclude=display),
                kind=_os_kind(get(group[0], "type")) if col["type"] >= 0 else EntryKind.ORG,
                countries=_dedupe(c for c in (country_code(get(r, "country")) for r in group) if c),
                programs=_dedupe(get(r, "program") for r in group if get(r, "program"))[:3],
                listed_on=min((s for s in starts if s), default=None),
                ended_on=ended,
                authority="CN" if china else "US",
                url=get(group[0], "url") or None,
                remarks=get(group[0], "body") or None,
            )
        )
        parent = get(group[0], "parent")
        if parent:
            links.append(ListLink(source, slugify(parent)[:120], entry_id, "owns", parent, display))
    return LoadedList(
        source=source,
        format=ListFormat.OS_CSV,
        path=str(path),
        sha256=_sha256_files([path]),
        vintage=_vintage_from_path(path) or _latest(e.listed_on for e in entries),
        row_count=len(body),
        entries=tuple(entries),
        links=tuple(links),
    )

"""Publication dates: ISO `YYYY-MM-DD` from metadata values or from a dateline/byline."""

from __future__ import annotations

import re
from datetime import date

from rivalgraph.errors import InputError

__all__ = ["MONTH_PATTERN", "date_in_text", "iso_date", "parse_iso_date"]

_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for m in names
}
MONTH_PATTERN = "|".join(
    (
        r"Jan(?:uary)?",
        r"Feb(?:ruary)?",
        r"Mar(?:ch)?",
        r"Apr(?:il)?",
        "May",
        r"June?",
        r"July?",
        r"Aug(?:ust)?",
        r"Sep(?:t(?:ember)?)?",
        r"Oct(?:ober)?",
        r"Nov(?:ember)?",
        r"Dec(?:ember)?",
    )
)
_MONTH = f"({MONTH_PATTERN})"
# A single day: 'November 21, 2023', 'Jan 9, 2024', '9 January 2024'; never a range '6-8'.
_MDY = re.compile(rf"(?<![\w-]){_MONTH}\.?\s+(\d{{1,2}})(?![\d–-]),?\s+(\d{{4}})\b")
_DMY = re.compile(rf"(?<![\w–-])(\d{{1,2}})\s+{_MONTH}\.?,?\s+(\d{{4}})\b")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def parse_iso_date(value: str) -> str:
    """Validate a user-given `YYYY-MM-DD` date, or raise an actionable error."""
    match = _ISO.match(value.strip())
    if not match or len(value.strip()) != 10:
        raise InputError(f"published date {value!r} is not YYYY-MM-DD; write it like 2023-07-04")
    try:
        return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError as exc:
        raise InputError(f"published date {value!r} is not a real day ({exc}); check it") from exc


def iso_date(value: str | None) -> str | None:
    """The `YYYY-MM-DD` day of a metadata value (ISO date or timestamp), else None."""
    if not value:
        return None
    match = _ISO.match(value.strip())
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
        except ValueError:
            return None
    return date_in_text(value)


def date_in_text(text: str) -> str | None:
    """The first single full date written in words ('July 4, 2023', '4 July 2023'), else None."""
    found: list[tuple[int, str]] = []
    for match in _MDY.finditer(text):
        found.append((match.start(), _make(match[3], match[1], match[2])))
    for match in _DMY.finditer(text):
        found.append((match.start(), _make(match[3], match[2], match[1])))
    valid = sorted((pos, day) for pos, day in found if day)
    return valid[0][1] if valid else None


def _make(year: str, month: str, day: str) -> str:
    try:
        return date(int(year), _MONTHS[month.lower().rstrip(".")], int(day)).isoformat()
    except (ValueError, KeyError):
        return ""

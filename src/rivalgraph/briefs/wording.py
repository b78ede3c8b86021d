"""Language helpers for briefs: numbers, lists, plurals, countries, dates, reported quantities.

Deterministic and data-driven: every choice ("sole", "only two", "none") is made from the
numbers, never from a name.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from rivalgraph.kb import KnowledgeBase, load_kb

__all__ = [
    "Range",
    "capitalize",
    "country_adjective",
    "country_name",
    "format_date",
    "format_number",
    "join_words",
    "measure_phrase",
    "number_word",
    "plural",
    "quantity_phrase",
    "quantity_range",
    "ranges_agree",
]

_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def number_word(n: int, *, zero: str = "no") -> str:
    """'one' ... 'ten', then digits with separators ('1,500'); 0 is `zero` ('no', 'none')."""
    if n == 0:
        return zero
    if 0 < n < len(_NUMBER_WORDS):
        return _NUMBER_WORDS[n]
    return f"{n:,}"


def capitalize(text: str) -> str:
    """Upper-case the first letter only ('iPhone' stays as is past the first letter)."""
    return text[:1].upper() + text[1:]


_IRREGULAR = {"person": "people", "company": "companies", "body": "bodies", "agency": "agencies"}


def plural(noun: str, n: int) -> str:
    """The noun for `n` things: 'sponsor'/'sponsors', 'strategic partner'/'strategic partners'."""
    if n == 1:
        return noun
    head, _, last = noun.rpartition(" ")
    if last in _IRREGULAR:
        word = _IRREGULAR[last]
    elif last.endswith(("s", "x", "ch", "sh")):
        word = last + "es"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        word = last[:-1] + "ies"
    else:
        word = last + "s"
    return f"{head} {word}" if head else word


def join_words(items: Sequence[str], *, conjunction: str = "and") -> str:
    """'A', 'A and B', 'A, B and C' (newspaper style, no serial comma)."""
    if not items:
        raise ValueError("nothing to join")
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


@functools.cache
def _kb() -> KnowledgeBase:
    return load_kb()


# Prose forms that read better than the reference names ("the US", not "United States").
_SHORT_NAMES = {"US": "the US", "GB": "the UK", "AE": "the UAE", "NL": "the Netherlands", "EU": "the EU"}
_SHORT_ADJECTIVES = {"US": "US", "GB": "British", "AE": "Emirati", "EU": "EU"}


def country_name(code: str) -> str:
    """'US' -> 'the US', 'CN' -> 'China'; an unknown code is written as given."""
    code = code.upper()
    if code in _SHORT_NAMES:
        return _SHORT_NAMES[code]
    try:
        return _kb().country_place(code).name
    except KeyError:
        return code


def country_adjective(code: str) -> str:
    """'US' -> 'US', 'CN' -> 'Chinese', 'HK' -> 'Hong Kong'; unknown codes as given."""
    code = code.upper()
    if code in _SHORT_ADJECTIVES:
        return _SHORT_ADJECTIVES[code]
    try:
        place = _kb().country_place(code)
    except KeyError:
        return code
    return place.adjectives[0] if place.adjectives else place.name


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def format_date(iso: str | None) -> str | None:
    """'2019-05-16' -> '16 May 2019'; a bare year or month is kept; None stays None."""
    if not iso:
        return None
    parts = iso.split("-")
    if len(parts) == 3:
        day = date.fromisoformat(iso)
        return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    if len(parts) == 2:
        return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return iso


def format_number(value: float) -> str:
    """400.0 -> '400', 1500 -> '1,500', 2.5 -> '2.5'."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


# measure -> (noun for one, noun for many, unit-style): unit-style measures put the noun after
# a unit ("52,000 square metres of exhibition area").
_MEASURE_NOUNS: dict[str, tuple[str, str]] = {
    "participating_enterprises": ("participating company", "participating companies"),
    "llm_developers": (
        "developer of its own large language model",
        "developers of their own large language models",
    ),
    "strategic_partners": ("strategic partner", "strategic partners"),
    "us_sponsors": ("US sponsor", "US sponsors"),
    "exhibitors": ("exhibitor", "exhibitors"),
    "speakers": ("speaker", "speakers"),
    "products_exhibited": ("product on show", "products on show"),
    "partners": ("partner", "partners"),
    "duration_days": ("day", "days"),
    "exhibition_area_sqm": ("square metre of exhibition area", "square metres of exhibition area"),
    "visitors": ("visitor", "visitors"),
    "attendees": ("attendee", "attendees"),
}
_ACRONYMS = {"us": "US", "ai": "AI", "llm": "LLM", "llms": "LLMs", "cn": "Chinese", "eu": "EU"}


def measure_phrase(measure: str, value: float) -> str:
    """The noun for a measure and amount: ('exhibitors', 1) -> 'exhibitor'."""
    singular = value == 1
    if measure in _MEASURE_NOUNS:
        one, many = _MEASURE_NOUNS[measure]
        return one if singular else many
    words = [_ACRONYMS.get(w, w) for w in measure.split("_")]
    noun = " ".join(words)
    return noun if not singular else noun.removesuffix("s")


def measure_topic(measure: str) -> str:
    """What a measure counts, for 'the number of ...': 'participating companies'."""
    if measure == "duration_days":
        return "days the event runs"
    if measure == "exhibition_area_sqm":
        return "square metres of exhibition area"
    return measure_phrase(measure, 2)


def quantity_phrase(value: float, qualifier: str | None, measure: str) -> str:
    """'more than 400 participating companies', 'three days'."""
    amount = (
        number_word(int(value)) if float(value).is_integer() and 0 < value <= 10 else format_number(value)
    )
    lead = f"{qualifier} " if qualifier else ""
    return f"{lead}{amount} {measure_phrase(measure, value)}"


@dataclass(frozen=True, slots=True)
class Range:
    """The values a reported quantity allows ('more than 400' -> (400, inf), open at 400)."""

    low: float
    high: float
    low_open: bool = False
    high_open: bool = False


_ABOVE = {"more than", "over", "above", "upwards of", "in excess of"}
_AT_LEAST = {"at least", "no fewer than", "no less than", "a minimum of"}
_BELOW = {"less than", "fewer than", "under", "below"}
_AT_MOST = {"up to", "at most", "no more than", "a maximum of"}
_NEARLY = {"nearly", "almost", "close to", "just under"}
_ABOUT = {"about", "around", "some", "approximately", "roughly", "about ", "an estimated", "circa"}
# "about 400" allows anything within this share of 400.
_APPROX = 0.1


def quantity_range(value: float, qualifier: str | None) -> Range:
    """The interval of values a report allows, from its qualifier."""
    q = (qualifier or "").strip().casefold()
    if q in _ABOVE:
        return Range(value, math.inf, low_open=True)
    if q in _AT_LEAST:
        return Range(value, math.inf)
    if q in _BELOW:
        return Range(0.0, value, high_open=True)
    if q in _AT_MOST:
        return Range(0.0, value)
    if q in _NEARLY:
        return Range(value * (1 - _APPROX), value)
    if q in _ABOUT or q:
        # An unknown hedge ("reportedly") is read as approximate rather than exact.
        return Range(value * (1 - _APPROX), value * (1 + _APPROX))
    return Range(value, value)


def ranges_agree(a: Range, b: Range) -> bool:
    """Whether two reports can both be true (their intervals overlap)."""
    if a.high < b.low or b.high < a.low:
        return False
    if a.high == b.low:
        return not (a.high_open or b.low_open)
    if b.high == a.low:
        return not (b.high_open or a.low_open)
    return True

"""Closed word lists that several extraction rules share."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["CALENDAR_WORDS", "NUMBER_WORDS", "ORDINAL_WORDS"]

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august")
_MONTHS_LATE = ("september", "october", "november", "december")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

#: Month and weekday names: capitalised, but never part of an organization or product name.
CALENDAR_WORDS = frozenset(_MONTHS + _MONTHS_LATE + _WEEKDAYS)

_COUNTS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

#: Counts written as words in news copy ("the three-day conference", "ten strategic partners").
NUMBER_WORDS: Mapping[str, int] = {word: n for n, word in enumerate(_COUNTS, start=1)}

#: Ordinals written as words ("the seventh edition", "its fifth year").
ORDINAL_WORDS: Mapping[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
}

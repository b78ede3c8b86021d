"""Closed word lists that several extraction rules share."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["CALENDAR_WORDS", "NUMBER_WORDS"]

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august")
_MONTHS_LATE = ("september", "october", "november", "december")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

#: Month and weekday names: capitalised, but never part of an organization or product name.
CALENDAR_WORDS = frozenset(_MONTHS + _MONTHS_LATE + _WEEKDAYS)

_COUNTS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

#: Counts written as words in news copy ("the three-day conference", "ten strategic partners").
NUMBER_WORDS: Mapping[str, int] = {word: n for n, word in enumerate(_COUNTS, start=1)}

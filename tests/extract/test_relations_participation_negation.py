"""Negation in speech and appearance wordings: the main clause's 'not' denies its own verb, not a
framing participle or phrase (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.test_extract_relations import check_case

OPEN = "The Global Robotics Summit opened in Singapore on Monday. "
EV = "Global Robotics Summit 2024"

CASES = [
    # predicate, text, subject, object, negated, expected
    (
        "speaks_at",
        OPEN + "Speaking at the summit, Jensen Huang did not name rivals.",
        "Jensen Huang",
        EV,
        False,
        True,
    ),
    (
        "speaks_at",
        OPEN + "Speaking at the summit, Jensen Huang did not name rivals.",
        "Jensen Huang",
        EV,
        True,
        False,
    ),
    (
        "speaks_at",
        OPEN + "In a speech at the summit, Lisa Su did not mention export curbs.",
        "Lisa Su",
        EV,
        True,
        False,
    ),
    (
        "speaks_at",
        OPEN + "Lisa Su did not address export curbs at the summit, focusing on data centres.",
        "Lisa Su",
        EV,
        True,
        False,
    ),
    ("speaks_at", OPEN + "Lisa Su addressed the summit by video.", "Lisa Su", EV, False, True),
    (
        "speaks_at",
        OPEN + "Arvind Krishna was not shy on stage at the summit.",
        "Arvind Krishna",
        EV,
        True,
        False,
    ),
    ("speaks_at", OPEN + "Arvind Krishna did not speak at the summit.", "Arvind Krishna", EV, True, True),
    (
        "attends",
        OPEN + "Arvind Krishna was not in attendance at the summit.",
        "Arvind Krishna",
        EV,
        True,
        True,
    ),
]


@pytest.mark.parametrize(("predicate", "text", "subject", "obj", "negated", "expected"), CASES)
def test_relations_participation_negation_scope(
    facts: Callable[..., Any],
    predicate: str,
    text: str,
    subject: str,
    obj: str,
    negated: bool,
    expected: bool,
) -> None:
    check_case(facts(text), predicate, subject, obj, negated=negated, expected=expected)

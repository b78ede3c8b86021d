"""Sanctions wordings written for these tests: the sanctioner named by a city, an agency or a list."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.test_extract_relations import has

CASES = [
    # text, subject, object (country name), negated, expected
    ("Skydio was hit with sanctions by Beijing last year.", "Skydio", "China", False, True),
    (
        "China's Ministry of Commerce placed Lockheed Martin on its unreliable entity list.",
        "Lockheed Martin",
        "China",
        False,
        True,
    ),
    (
        "Washington placed the Chinese drone maker DJI under sanctions in 2020.",
        "DJI",
        "United States",
        False,
        True,
    ),
    ("Washington placed the Chinese drone maker DJI under sanctions in 2020.", "DJI", "China", False, False),
    (
        "The US added Inspur to the Entity List in 2020, but its subsidiary Sugon itself was not listed.",
        "Sugon",
        "US",
        True,
        True,
    ),
    (
        "The US added Inspur to the Entity List in 2020, but its subsidiary Sugon itself was not listed.",
        "Inspur",
        "US",
        False,
        True,
    ),
    (
        "The US added Inspur to the Entity List in 2020, but its subsidiary Sugon itself was not listed.",
        "Sugon",
        "US",
        False,
        False,
    ),
    (
        "Huawei was added to the Entity List in 2019. Honor was never added to the list.",
        "Honor",
        "United States",
        True,
        True,
    ),
    ("Skydio sells drones to police forces in Beijing.", "Skydio", "China", False, False),
]


@pytest.mark.parametrize(("text", "subject", "obj", "negated", "expected"), CASES)
def test_relations_sanctions_wordings(
    facts: Callable[..., Any], text: str, subject: str, obj: str, negated: bool, expected: bool
) -> None:
    doc = facts(text)
    assert has(doc, "sanctioned_by", subject, obj, negated=negated) is expected, [
        (r.subject, r.predicate.value, r.object, r.negated) for r in doc.relations
    ]


def test_relations_sanctions_country_named_by_metonym_is_an_entity(facts: Callable[..., Any]) -> None:
    text = "Skydio was hit with sanctions by Beijing last year."
    doc = facts(text)
    china = [e for e in doc.entities if e.name == "China"]
    assert len(china) == 1
    assert [text[a:b] for a, b in china[0].mentions] == ["Beijing"]

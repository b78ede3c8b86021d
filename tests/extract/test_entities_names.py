"""PERSON and ORG shape filters in new wordings: headings, role words and fragments are not names."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from rivalgraph.model import Document


def names_by_type(doc: Document, etype: str) -> set[str]:
    return {n for e in doc.entities if e.type.value == etype for n in (e.name, *e.aliases)}


PERSON_CASES = [
    # text, name, expected to be a PERSON
    ("Zhang Yiming met regulators in Beijing on Monday, ByteDance said.", "Zhang Yiming", True),
    ("Lisa Su spoke first. Later Su answered questions from analysts.", "Lisa Su", True),
    ("The Supervisory Board at Infineon approved the plan.", "Board at", False),
    ("KEYNOTE SPEAKERS\nJensen Huang will open the show.", "KEYNOTE SPEAKERS", False),
    ("Vice Chairman Eric Xu took questions from analysts.", "Vice Chairman Eric Xu", False),
    ("Managing Director Priya Nair of the fund declined to comment.", "Managing Director", False),
]


@pytest.mark.parametrize(("text", "name", "expected"), PERSON_CASES)
def test_entities_person_shape(facts: Callable[..., Any], text: str, name: str, expected: bool) -> None:
    doc = facts(text)
    assert (name in names_by_type(doc, "PERSON")) is expected, [(e.type.value, e.name) for e in doc.entities]


ORG_CASES = [
    ("The Supervisory Board at Infineon approved the plan.", "Board at", False),
    ("Staff of the Ministry of Industry and Information Technology visited.", "Board", False),
    ("Customers queued for the DGX GH200 systems at the fair.", "DGX", False),
    ("Delegates gathered at the Meridian Convention Center on Friday.", "Meridian Convention Center", False),
    ("Quillfeather Labs, which builds sensors, hired staff.", "Quillfeather Labs", True),
    ("Revenue rose in Q3, the company said.", "Q3", False),
    (
        "Huawei Unveils Pangu 5.0 As China Races To Match OpenAI\nHuawei spoke on Friday.",
        "China Races",
        False,
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), ORG_CASES)
def test_entities_org_fragments_dropped(
    facts: Callable[..., Any], text: str, name: str, expected: bool
) -> None:
    doc = facts(text)
    assert (name in names_by_type(doc, "ORG")) is expected, [(e.type.value, e.name) for e in doc.entities]

"""Title layouts for employs, in wordings written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.test_extract_relations import has

CASES = [
    # text, org, person, expected
    ("Chief executive Jensen Huang of Nvidia spoke on Monday.", "Nvidia", "Jensen Huang", True),
    ("The head of OpenAI, Sam Altman, spoke on Monday.", "OpenAI", "Sam Altman", True),
    ("Sam Altman, OpenAI's boss, spoke on Monday.", "OpenAI", "Sam Altman", True),
    ("Kai-Fu Lee, who heads 01.AI, spoke on Monday.", "01.AI", "Kai-Fu Lee", True),
    ("Kai-Fu Lee, who praised 01.AI, spoke on Monday.", "01.AI", "Kai-Fu Lee", False),
    ("Jensen Huang of Nvidia spoke on Monday.", "Nvidia", "Jensen Huang", False),
    ("A rival of OpenAI, Sam Altman said, is growing.", "OpenAI", "Sam Altman", False),
    (
        "Nvidia was fined on Monday. Asked about Nvidia, ministry spokesperson Lin Jian said it was lawful.",
        "Nvidia",
        "Lin Jian",
        False,
    ),
    (
        "Nvidia reported results. Its chief scientist Bill Dally said demand was strong.",
        "Nvidia",
        "Bill Dally",
        True,
    ),
]


@pytest.mark.parametrize(("text", "org", "person", "expected"), CASES)
def test_relations_people_title_layouts(
    facts: Callable[..., Any], text: str, org: str, person: str, expected: bool
) -> None:
    doc = facts(text)
    assert has(doc, "employs", org, person) is expected, [
        (r.subject, r.predicate.value, r.object, r.qualifiers) for r in doc.relations
    ]

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
    # leaders named by the passive or a participle, founders of an apposed company
    ("Zhipu AI is run by chief executive Zhang Peng.", "Zhipu AI", "Zhang Peng", True),
    ("ByteDance has been led since 2021 by Liang Rubo.", "ByteDance", "Liang Rubo", True),
    ("Moonshot AI, led by Yang Zhilin, raised money on Monday.", "Moonshot AI", "Yang Zhilin", True),
    ("Zhipu AI was praised by Zhang Peng on Monday.", "Zhipu AI", "Zhang Peng", False),
    (
        "R1 comes from DeepSeek, the Hangzhou start-up founded by Liang Wenfeng in 2023.",
        "DeepSeek",
        "Liang Wenfeng",
        True,
    ),
    ("Zhang Peng, a Zhipu AI executive, said the model was ready.", "Zhipu AI", "Zhang Peng", True),
    ("Jensen Huang co-founded Nvidia in 1993.", "Nvidia", "Jensen Huang", True),
    ("Jensen Huang, who co-founded Nvidia in 1993, said demand was strong.", "Nvidia", "Jensen Huang", True),
    (
        "Wang Haifeng, executive vice president at Baidu, and Robin Li, its chief executive, spoke.",
        "Baidu",
        "Robin Li",
        True,
    ),
    (
        "Speakers included Robin Li, Baidu's chief executive, and Wang Xiaochuan.",
        "Baidu",
        "Wang Xiaochuan",
        False,
    ),
    # a name the NER mistypes is a person when a title names it
    ("Also taking part was Cristiano Amon, chief executive of Qualcomm.", "Qualcomm", "Cristiano Amon", True),
    ("Speaking on Monday, Baidu founder Robin Li said models would improve.", "Baidu", "Robin Li", True),
]


@pytest.mark.parametrize(("text", "org", "person", "expected"), CASES)
def test_relations_people_title_layouts(
    facts: Callable[..., Any], text: str, org: str, person: str, expected: bool
) -> None:
    doc = facts(text)
    assert has(doc, "employs", org, person) is expected, [
        (r.subject, r.predicate.value, r.object, r.qualifiers) for r in doc.relations
    ]

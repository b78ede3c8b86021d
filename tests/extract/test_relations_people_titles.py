"""Employs from department titles, possessive-pronoun titles, pronoun subjects and definite titles
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.test_extract_relations import has

CASES = [
    # text, org, person, expected
    # lower-case US department titles name the department
    (
        '"We will act," said Alan Estevez, under secretary of commerce for industry and security.',
        "US Department of Commerce",
        "Alan Estevez",
        True,
    ),
    (
        "The curbs were defended by the commerce secretary, Gina Raimondo, on Tuesday.",
        "US Department of Commerce",
        "Gina Raimondo",
        True,
    ),
    (
        "Janet Yellen, the treasury secretary, flew to Beijing in July.",
        "US Department of the Treasury",
        "Janet Yellen",
        True,
    ),
    (
        "The tariffs were first imposed by then commerce secretary Wilbur Ross in 2018.",
        "US Department of Commerce",
        "Wilbur Ross",
        True,
    ),
    (
        "Katherine Tai, the US trade representative, said the review would take months.",
        "US trade representative",
        "Katherine Tai",
        True,
    ),
    (
        "Gina Raimondo later met the commerce secretary's Chinese counterpart.",
        "Commerce",
        "Gina Raimondo",
        False,
    ),
    ("Chinese commerce minister Wang Wentao met executives in Shanghai.", "Commerce", "Wang Wentao", False),
    # 'then a TITLE of its board': the company the possessive names
    (
        "Xiaomi hosted a talk by Lin Bin, then a vice-chairman of its board, on Friday.",
        "Xiaomi",
        "Lin Bin",
        True,
    ),
    (
        "Lenovo invited Yang Yuanqing, the chairman of its board, to open the show.",
        "Lenovo",
        "Yang Yuanqing",
        True,
    ),
    # a pronoun subject's title: 'She has served as its chief executive'
    (
        "Lisa Su said AMD would keep growing. She has served as its chief executive since 2014.",
        "AMD",
        "Lisa Su",
        True,
    ),
    (
        "Wang Xiaochuan left Sogou in 2021. He founded Baichuan and serves as its chief executive.",
        "Baichuan",
        "Wang Xiaochuan",
        True,
    ),
    (
        "Lisa Su praised Nvidia. She said its chief executive was a rival.",
        "Nvidia",
        "Lisa Su",
        False,
    ),
    # 'the ORG TITLE' standing for the one person just named
    (
        "Jensen Huang toured the Taipei stands. Later the Nvidia chief executive met suppliers.",
        "Nvidia",
        "Jensen Huang",
        True,
    ),
    (
        "Sam Altman landed in Seoul on Friday. The OpenAI boss met Samsung executives.",
        "OpenAI",
        "Sam Altman",
        True,
    ),
    (
        "Sam Altman landed in Seoul on Friday. Analysts said the OpenAI board would meet.",
        "OpenAI",
        "Sam Altman",
        False,
    ),
    (
        "Sundar Pichai met Satya Nadella. Reporters asked whether the Apple chief executive would come.",
        "Apple",
        "Satya Nadella",
        False,
    ),
    # appointments: 'named X as its TITLE', 'appointed X TITLE', 'named X TITLE of ORG'
    (
        "Xiaomi named Lu Weibing as its group president in 2023.",
        "Xiaomi",
        "Lu Weibing",
        True,
    ),
    ("Intel appointed Lip-Bu Tan chief executive in March.", "Intel", "Lip-Bu Tan", True),
    (
        "Google has named Koray Kavukcuoglu chief architect of Google DeepMind.",
        "Google DeepMind",
        "Koray Kavukcuoglu",
        True,
    ),
    ("Tencent may name Dowson Tong as its president next year.", "Tencent", "Dowson Tong", False),
    ("Alibaba did not name Joe Tsai as chairman.", "Alibaba", "Joe Tsai", False),
    ("Time magazine named Jensen Huang its person of the year.", "Time", "Jensen Huang", False),
    # agenda brackets: 'NAME (ORG, TITLE)', 'NAME (TITLE, ORG)'
    ("10:30 Fireside chat with Aidan Gomez (Cohere, CEO)", "Cohere", "Aidan Gomez", True),
    ("11:00 Panel with Arthur Mensch (Co-founder and CEO, Mistral AI)", "Mistral AI", "Arthur Mensch", True),
    ("11:00 Panel on robots (Tesla, Optimus) with Jim Fan", "Tesla", "Jim Fan", False),
    # 'who stepped down as TITLE of ORG': a past title
    (
        "Jack Ma, who retired as chairman of Alibaba in 2019, lives in Tokyo.",
        "Alibaba",
        "Jack Ma",
        True,
    ),
    ("Jack Ma, who is seen as the face of Alibaba, lives in Tokyo.", "Alibaba", "Jack Ma", False),
    # 'who previously ran ORG', 'who has led ORG'
    ("Rene Haas, who has led Arm since 2022, said demand was strong.", "Arm", "Rene Haas", True),
    # "Google China" is Google's local arm, an organization of its own (see test_entities_named_units.py)
    (
        "Kai-Fu Lee, who previously ran Google China, now runs 01.AI.",
        "Google China",
        "Kai-Fu Lee",
        True,
    ),
]


@pytest.mark.parametrize(("text", "org", "person", "expected"), CASES)
def test_relations_people_titles(
    facts: Callable[..., Any], text: str, org: str, person: str, expected: bool
) -> None:
    doc = facts(text)
    assert has(doc, "employs", org, person) is expected, [
        (r.subject, r.predicate.value, r.object, r.qualifiers) for r in doc.relations
    ]

"""Event names outside the KB, sanctions lists and corporate-tie wordings, in new wordings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.test_extract_relations import has

CASES = [
    # predicate, text, subject, object, negated, expected
    # event editions recognized by shape, with the sponsors that attach to them
    (
        "sponsors",
        "Official partners of Euro 2028 include Haier, Oppo and Lenovo.",
        "Oppo",
        "Euro 2028",
        False,
        True,
    ),
    ("sponsors", "Lenovo is a sponsor of UEFA Euro 2028.", "Lenovo", "UEFA Euro 2028", False, True),
    (
        "sponsors",
        "Haier sponsored the 2028 Los Angeles Olympics.",
        "Haier",
        "Los Angeles Olympics 2028",
        False,
        True,
    ),
    ("sponsors", "Oppo sponsored the Asian Cup 2027.", "Oppo", "Asian Cup 2027", False, True),
    ("sponsors", "Oppo sponsored the Asian Cup 2027.", "Oppo", "Asian Cup 2024", False, False),
    (
        "sponsors",
        "Haier has signed on as a sponsor of the Women's Basketball Championship 2026.",
        "Haier",
        "Women's Basketball Championship 2026",
        False,
        True,
    ),
    # a sports event named without a year, and definite references back to it
    (
        "sponsors",
        "Haier is one of the sponsors of the Asian Championship in Korea.",
        "Haier",
        "Asian Championship 2024",
        False,
        True,
    ),
    (
        "sponsors",
        "The Gold Cup 2027 kicks off in July. Oppo is a main partner of the tournament.",
        "Oppo",
        "Gold Cup 2027",
        False,
        True,
    ),
    (
        "sponsors",
        "The Asian Games 2026 open in Nagoya. Oppo is a main partner of the tournament. "
        "Oppo first sponsored the tournament in 2018.",
        "Oppo",
        "Asian Games 2018",
        False,
        True,
    ),
    (
        "sponsors",
        "The Asian Games 2026 open in Nagoya. Oppo is a main partner of the tournament.",
        "Oppo",
        "Asian Games 2026",
        False,
        True,
    ),
    # sanctions lists: the acting agency's country, units and negation
    (
        "sanctioned_by",
        "Dahua is still on the Pentagon's list of Chinese military companies.",
        "Dahua",
        "United States",
        False,
        True,
    ),
    (
        "sanctioned_by",
        "Washington placed Naura's Beijing subsidiary on the Entity List.",
        "Naura",
        "United States",
        False,
        True,
    ),
    (
        "sanctioned_by",
        "Washington placed Naura's Beijing subsidiary on the Entity List.",
        "Naura",
        "China",
        False,
        False,
    ),
    (
        "sanctioned_by",
        "The Commerce Department added SMIC to the Entity List on Monday. Xiaomi was not among those named.",
        "Xiaomi",
        "United States",
        True,
        True,
    ),
    (
        "sanctioned_by",
        "Piotech builds deposition tools. Last week Washington put its Beijing unit on the Entity List.",
        "Piotech",
        "United States",
        False,
        True,
    ),
    (
        "sanctioned_by",
        "Washington put Naura on the Entity List in December. The fresh controls target Chinese "
        "equipment makers such as AMEC and Piotech.",
        "AMEC",
        "United States",
        False,
        True,
    ),
    (
        "sanctioned_by",
        "The fresh controls target Chinese equipment makers such as AMEC and Piotech.",
        "AMEC",
        "United States",
        False,
        False,
    ),
    # corporate ties written as compounds, appositives and ecosystems
    ("owns", "Geely-owned Volvo reported record sales.", "Geely", "Volvo", False, True),
    ("owns", "Huawei-controlled HiSilicon designs chips.", "Huawei", "HiSilicon", False, True),
    ("backed_by", "Alibaba-backed Moonshot AI raised more money.", "Moonshot AI", "Alibaba", False, True),
    ("backed_by", "Shares of Tencent-funded Galbot jumped.", "Galbot", "Tencent", False, True),
    ("owns", "Geely-controlled Lotustech cut jobs.", "Geely", "Lotustech", False, True),
    ("owns", "Sales at Stellantis's Maserati unit slumped.", "Stellantis", "Maserati", False, True),
    ("owns", "Analysts expect Geely's Zeekr brand to grow.", "Geely", "Zeekr", False, True),
    ("owns", "Huawei's former Honor brand now competes with it.", "Huawei", "Honor", False, False),
    (
        "affiliate_of",
        "Zhipu AI and Moonshot AI, both part of Tencent's ecosystem of affiliated start-ups, grew.",
        "Zhipu AI",
        "Tencent",
        False,
        True,
    ),
    ("owns", "Huawei's chip design arm, HiSilicon, was hit hard.", "Huawei", "HiSilicon", False, True),
    (
        "affiliate_of",
        "Analysts said Moonshot AI, which was spun out of Tsinghua University, is growing.",
        "Moonshot AI",
        "Tsinghua University",
        False,
        True,
    ),
    (
        "owns",
        "Analysts said Moonshot AI, which was spun out of Tsinghua University, is growing.",
        "Tsinghua University",
        "Moonshot AI",
        False,
        False,
    ),
    (
        "affiliate_of",
        "Ant Group, part of Alibaba's wider ecosystem of companies, grew quickly.",
        "Ant Group",
        "Alibaba",
        False,
        True,
    ),
    ("owns", "Ant Group was carved out of Alibaba years ago.", "Alibaba", "Ant Group", False, True),
]


@pytest.mark.parametrize(("predicate", "text", "subj", "obj", "negated", "expected"), CASES)
def test_extract_shapes_relation_cases(
    facts: Callable[..., Any], predicate: str, text: str, subj: str, obj: str, negated: bool, expected: bool
) -> None:
    doc = facts(text)
    assert has(doc, predicate, subj, obj, negated=negated) is expected, [
        (r.subject, r.predicate.value, r.object, r.negated) for r in doc.relations
    ]


NOT_EVENTS = [
    "The US 2024 election worried investors in Huawei.",
    "SMIC reported FY 2023 results and Q3 2024 revenue.",
    "Lenovo shipped Windows 2000 machines for years.",
    "Epic Games sued Apple, and the Epic Games store grew.",
    "Gamers still use the GTX 2080 card from Nvidia.",
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_extract_shapes_no_event_from_years(facts: Callable[..., Any], text: str) -> None:
    assert facts(text).events == ()

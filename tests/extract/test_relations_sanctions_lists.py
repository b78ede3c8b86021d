"""Entity List rounds written as inline lists (sentences written for these tests): a colon list on the
trigger line, 'The entities are A; B; and C' after it, and suppliers cut off from a target."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.test_extract_relations import check_case

CASES = [
    # text, subject, sanctioning country, negated, expected
    # a colon list on the line of the listing
    (
        "The Commerce Department added four Chinese groups to the Entity List on Monday: Sugon, "
        "Inspur, Phytium and the Wuxi Jiangnan Institute of Computing Technology.",
        "Phytium",
        "United States",
        False,
        True,
    ),
    (
        "Washington put three more companies on the Entity List: Biren Technology, Moore Threads and "
        "Iluvatar CoreX.",
        "Moore Threads",
        "United States",
        False,
        True,
    ),
    (
        "The Commerce Department said in a statement: Nvidia must now seek licences to ship the chip.",
        "Nvidia",
        "United States",
        False,
        False,
    ),
    # 'The entities are A; B; and C' in the passage the listing opens
    (
        "The US added six Chinese supercomputing groups to its Entity List on Friday. The entities are "
        "Sugon; Sunway Microelectronics; and Tianjin Phytium Information Technology.",
        "Sunway Microelectronics",
        "United States",
        False,
        True,
    ),
    (
        "The US added nine Chinese firms to its Entity List. Those added include Inspur and Loongson.",
        "Loongson",
        "United States",
        False,
        True,
    ),
    (
        "The US added nine Chinese firms to its Entity List. The companies are loss-making, analysts said, "
        "and Intel and AMD sell chips to them.",
        "Intel",
        "United States",
        False,
        False,
    ),
    (
        "The Commerce Department blacklisted Hikvision in 2019. The companies that supply it include "
        "Western Digital and Seagate.",
        "Seagate",
        "United States",
        False,
        False,
    ),
    # suppliers a measure cuts a target off from are not its targets
    (
        "The Commerce Department added Sugon to the Entity List in 2019, cutting it off from suppliers "
        "such as Intel and AMD.",
        "Intel",
        "United States",
        False,
        False,
    ),
    (
        "The Commerce Department added Sugon to the Entity List in 2019, cutting it off from suppliers "
        "such as Intel and AMD.",
        "Sugon",
        "United States",
        False,
        True,
    ),
    (
        "The rule, first applied to Huawei under the Entity List in 2020, bars foreign foundries such "
        "as TSMC from supplying the company.",
        "TSMC",
        "United States",
        False,
        False,
    ),
    # restrictions placed on a named company
    ("Washington imposed export restrictions on ZTE in 2018.", "ZTE", "United States", False, True),
    (
        "The Commerce Department also restricted exports to Sugon and Inspur in June 2019.",
        "Inspur",
        "United States",
        False,
        True,
    ),
    (
        "The order barred American companies from doing business with Hikvision.",
        "Hikvision",
        "United States",
        False,
        True,
    ),
    ("Beijing placed curbs on Micron in May 2023.", "Micron", "China", False, True),
    (
        "The US imposed new export curbs on Nvidia's H20 chip in April.",
        "Nvidia",
        "United States",
        False,
        False,
    ),
    (
        "Lawmakers urged the Commerce Department to impose export restrictions on CXMT.",
        "CXMT",
        "United States",
        False,
        False,
    ),
    (
        "The Netherlands imposed export restrictions on ASML in September.",
        "ASML",
        "Netherlands",
        False,
        False,
    ),
    # bystanders of a measure: a clause on the rules, a participle on another name, a measure in the
    # subject with its own target, a source, and a nationality word that is the target's own
    (
        "The rules, which hit Micron and Intel, put 11 Chinese firms on the Entity List.",
        "Micron",
        "United States",
        False,
        False,
    ),
    (
        "ZTE, blacklisted by the US in 2018, has since bought chips from Unisoc.",
        "Unisoc",
        "United States",
        False,
        False,
    ),
    (
        "ZTE, blacklisted by the US in 2018, has since bought chips from Unisoc.",
        "ZTE",
        "United States",
        False,
        True,
    ),
    (
        "The sanctions on ZTE helped Vivo and Honor win customers.",
        "Honor",
        "United States",
        False,
        False,
    ),
    (
        "Reuters reported that the Entity List listing cost ZTE $3bn, according to Jefferies.",
        "Jefferies",
        "United States",
        False,
        False,
    ),
    (
        "Analysts at UBS said the blacklisting of Hikvision would slow Chinese camera exports.",
        "Hikvision",
        "United States",
        False,
        True,
    ),
    (
        "Analysts at UBS said the blacklisting of Hikvision would slow Chinese camera exports.",
        "Hikvision",
        "China",
        False,
        False,
    ),
]


@pytest.mark.parametrize(("text", "subject", "obj", "negated", "expected"), CASES)
def test_relations_sanctions_lists(
    facts: Callable[..., Any], text: str, subject: str, obj: str, negated: bool, expected: bool
) -> None:
    check_case(facts(text), "sanctioned_by", subject, obj, negated=negated, expected=expected)

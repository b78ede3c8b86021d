"""based_in through relative clauses on names and descriptions, in wordings written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.test_extract_relations import has

CASES = [
    # text, org, country, expected
    (
        "US export rules are tightening. Nvidia reported results. The chipmaker, which is headquartered "
        "in Santa Clara, California, sells GPUs to China.",
        "Nvidia",
        "US",
        True,
    ),
    (
        "Tencent backs many firms in China. The company, which is based in Shenzhen, reported results.",
        "Tencent",
        "China",
        True,
    ),
    (
        "Arm designs chips. Its parent SoftBank, which is based in Tokyo, Japan, reported results.",
        "SoftBank",
        "Japan",
        True,
    ),
    (
        "Nvidia reported results. The chipmaker, which sells GPUs in California, is growing.",
        "Nvidia",
        "US",
        False,
    ),
    # "from outside China" says where a company is not based
    (
        "Tesla, the American carmaker, is the only company from outside China among the partners.",
        "Tesla",
        "China",
        False,
    ),
    (
        "Tesla, the American carmaker, is the only company from outside China among the partners.",
        "Tesla",
        "United States",
        True,
    ),
    ("Hisense, a television maker from Qingdao, China, showed new screens.", "Hisense", "China", True),
]


@pytest.mark.parametrize(("text", "org", "country", "expected"), CASES)
def test_relations_places_relative_clauses(
    facts: Callable[..., Any], text: str, org: str, country: str, expected: bool
) -> None:
    doc = facts(text)
    assert has(doc, "based_in", org, country) is expected, [
        (r.subject, r.predicate.value, r.object) for r in doc.relations
    ]

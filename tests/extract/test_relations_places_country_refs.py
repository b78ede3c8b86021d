"""based_in from 'of <country>', 'the country's', a city's possessive and coordinated country words,
in wordings written for these tests (positive and negative)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.test_extract_relations import check_case

CASES = [
    # text, org, country, expected
    ("Preferred Networks of Japan trained a new model.", "Preferred Networks", "Japan", True),
    (
        "Cerebras Systems of the United States raised money from investors.",
        "Cerebras Systems",
        "United States",
        True,
    ),
    ("Analysts at Bernstein said sales of Nvidia grew in Japan.", "Nvidia", "Japan", False),
    (
        "South Korea wants more foundries. Rebellions, the country's leading AI chip start-up, merged.",
        "Rebellions",
        "South Korea",
        True,
    ),
    (
        "France is courting investors. Kyutai, the nation's newest AI lab, opened in Paris.",
        "Kyutai",
        "France",
        True,
    ),
    # the KB places Nvidia in the US: "the country" of the sentence before does not move it
    (
        "Exports to China fell. Nvidia, the country's biggest GPU supplier, lost sales.",
        "Nvidia",
        "China",
        False,
    ),
    ("Hangzhou's Unitree sells robot dogs across China.", "Unitree", "China", True),
    ("Hangzhou's Unitree sells robot dogs abroad.", "Unitree", "China", False),
    (
        "German and French carmakers such as Volkswagen and Renault cut prices.",
        "Volkswagen",
        "France",
        False,
    ),
    (
        "German and French carmakers such as Volkswagen and Renault cut prices.",
        "Volkswagen",
        "Germany",
        True,
    ),
    ("Its Taiwanese peer MediaTek also designs phone chips.", "MediaTek", "Taiwan", True),
    # listings: a place in parentheses after a name, a table's headquarters column
    ("SPEAKERS\nRichard Yu, chairman, Huawei (Shenzhen, China)\n", "Huawei", "China", True),
    ("SPEAKERS\nLip-Bu Tan, CEO, Intel (Santa Clara)\n", "Intel", "United States", False),
    (
        "Company | Booth | Headquarters\nXiaomi | Hall 3 | Beijing, China\nSony | Hall 4 | Tokyo, Japan\n",
        "Sony",
        "Japan",
        True,
    ),
    (
        "Company | Booth | Headquarters\nXiaomi | Hall 3 | Beijing, China\nSony | Hall 4 | Tokyo, Japan\n",
        "Sony",
        "China",
        False,
    ),
    ("Chinese AI darling Moonshot AI raised money.", "Moonshot AI", "China", True),
    ("Douyin, TikTok's Chinese twin, grew fast.", "TikTok", "China", False),
    ("Douyin, TikTok's Chinese twin, grew fast.", "Douyin", "China", True),
]


@pytest.mark.parametrize(("text", "org", "country", "expected"), CASES)
def test_relations_places_country_references(
    facts: Callable[..., Any], text: str, org: str, country: str, expected: bool
) -> None:
    check_case(facts(text), "based_in", org, country, negated=False, expected=expected)

"""based_in through relative clauses on names and descriptions, in wordings written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.test_extract_relations import check_case, has

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


NATIONALITY_CASES = [
    # text, org, country, expected
    (
        "Shares of Chinese AI chip designers Cambricon, Moore Threads and Biren jumped.",
        "Moore Threads",
        "China",
        True,
    ),
    (
        "The French startup Mistral AI and Germany's Aleph Alpha lobbied Brussels.",
        "Mistral AI",
        "France",
        True,
    ),
    (
        "The French startup Mistral AI and Germany's Aleph Alpha lobbied Brussels.",
        "Aleph Alpha",
        "France",
        False,
    ),
    (
        "Taiwanese contract manufacturer Foxconn and its US rival Jabil expanded in Mexico.",
        "Foxconn",
        "US",
        False,
    ),
    (
        "Taiwanese contract manufacturer Foxconn and its US rival Jabil expanded in Mexico.",
        "Foxconn",
        "Taiwan",
        True,
    ),
    (
        "Kuaishou, the Beijing-headquartered video platform, and ByteDance both released models. "
        "China leads.",
        "ByteDance",
        "China",
        False,
    ),
    (
        "Kuaishou, the Beijing-headquartered video platform, and ByteDance both released models. "
        "China leads.",
        "Kuaishou",
        "China",
        True,
    ),
    ("Alibaba is one of China's largest technology companies.", "Alibaba", "China", True),
    (
        "Liang co-founded High-Flyer in 2015 and built it into one of China's biggest hedge funds.",
        "High-Flyer",
        "China",
        True,
    ),
    ("The US blacklists chipmaker YMTC and AI chip firm Cambricon.", "YMTC", "US", False),
    (
        "China's unreliable entity list now includes Lockheed Martin and Raytheon.",
        "Lockheed Martin",
        "China",
        False,
    ),
    (
        "Handsets from Xiaomi, Oppo and other Chinese brands use the chips.",
        "Xiaomi",
        "China",
        True,
    ),
    (
        "German sportswear group Puma and the American trio of Coca-Cola, Visa and Ford backed the event.",
        "Visa",
        "United States",
        True,
    ),
    (
        "German sportswear group Puma and the American trio of Coca-Cola, Visa and Ford backed the event.",
        "Puma",
        "United States",
        False,
    ),
]


@pytest.mark.parametrize(("text", "org", "country", "expected"), NATIONALITY_CASES)
def test_relations_places_nationality_words(
    facts: Callable[..., Any], text: str, org: str, country: str, expected: bool
) -> None:
    check_case(facts(text), "based_in", org, country, negated=False, expected=expected)


DESCRIPTION_CASES = [
    # a place word in a description of a company named elsewhere; the country is named in the text
    (
        "Nvidia beat forecasts. The Santa Clara chip designer said demand was strong. The US cheered.",
        "Nvidia",
        "US",
        True,
    ),
    ("California drone maker Skydio was sanctioned by China. The US protested.", "Skydio", "US", True),
    (
        "DeepSeek, the Hangzhou start-up founded in 2023, stunned investors. China cheered.",
        "DeepSeek",
        "China",
        True,
    ),
    (
        "Moonshot AI, a Beijing start-up whose backers include Alibaba, raised money in China.",
        "Moonshot AI",
        "China",
        True,
    ),
    ("HSBC reported a profit. Its Hong Kong unit grew fastest. China cheered.", "HSBC", "China", False),
    (
        "Tesla sells cars in China. Visitors crowded the American carmaker's stand at the fair.",
        "Tesla",
        "United States",
        True,
    ),
    (
        "Amazon's decision to put $4 billion into Anthropic doubles its bet on the San Francisco-based "
        "developer. The US approved.",
        "Anthropic",
        "US",
        True,
    ),
    (
        "Qualcomm's Cristiano Amon and AMD chief Lisa Su attended. The US chipmakers both depend on "
        "Chinese buyers.",
        "AMD",
        "US",
        True,
    ),
    (
        "Organised by UEFA, football's European governing body, headquartered in Nyon, Switzerland.",
        "UEFA",
        "Switzerland",
        True,
    ),
    ("Xreal, a Hangzhou-based startup, makes AR glasses for the Chinese market.", "Xreal", "China", True),
    (
        "Shein says it has headquarters in Singapore and Guangzhou. China approved.",
        "Shein",
        "Singapore",
        True,
    ),
    ("Shein says it has headquarters in Singapore and Guangzhou. China approved.", "Shein", "China", True),
    ("Xiaomi, whose headquarters are in Beijing, sells phones across China.", "Xiaomi", "China", True),
    ("Micron, a U.S.-based memory maker, said sales fell in China.", "Micron", "United States", True),
    ("UK chip designer Arm and Dutch firm ASML sell to China.", "ASML", "UK", False),
    ("UK chip designer Arm and Dutch firm ASML sell to China.", "ASML", "Netherlands", True),
    (
        "Based in Shenzhen, DJI makes most of the world's drones. China is its home market.",
        "DJI",
        "China",
        True,
    ),
    ("SenseTime, Megvii and Yitu, all Chinese AI firms, were blacklisted.", "SenseTime", "China", True),
    (
        "The keynote that followed was given by Wang Jun, chairman of the Shenzhen Stock Exchange, the "
        "Shenzhen-headquartered organisation that lists many start-ups. China regulates it.",
        "Shenzhen Stock Exchange",
        "China",
        True,
    ),
    (
        "US investment firms Carlyle and KKR, and SoftBank backed the round.",
        "SoftBank",
        "US",
        False,
    ),
    ("US investment firms Carlyle and KKR, and SoftBank backed the round.", "KKR", "US", True),
]


@pytest.mark.parametrize(("text", "org", "country", "expected"), DESCRIPTION_CASES)
def test_relations_places_descriptions(
    facts: Callable[..., Any], text: str, org: str, country: str, expected: bool
) -> None:
    check_case(facts(text), "based_in", org, country, negated=False, expected=expected)

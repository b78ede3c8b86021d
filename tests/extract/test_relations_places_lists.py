"""based_in over the lists a nationality word or a country's possessive opens: semicolon lists with
descriptions, colon and dash lists after a longer group phrase, labelled list items, 'from A to B',
'alongside', 'Among the X is', coordinated names after a possessive, and appositions the split
'start-up' hides from the parse. Sentences written for these tests (positive and negative)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.test_extract_relations import has

CASES = [
    # text, org, country, expected
    # semicolon lists: each item may carry a description up to its semicolon
    (
        "The three Japanese entities named are Kioxia; Rapidus, a foundry venture that Toyota backs; "
        "and Renesas Electronics, which declined to comment.",
        "Rapidus",
        "Japan",
        True,
    ),
    (
        "The three Japanese entities named are Kioxia; Rapidus, a foundry venture that Toyota backs; "
        "and Renesas Electronics, which declined to comment.",
        "Renesas Electronics",
        "Japan",
        True,
    ),
    (
        "The three Japanese entities named are Kioxia; Rapidus, a foundry venture that Toyota backs; "
        "and Renesas Electronics, which declined to comment.",
        "Toyota",
        "Japan",
        False,
    ),
    # a colon or dash after a longer group phrase
    (
        "The notice lists four Chinese entities, two designers and two labs: Biren Technology; "
        "Moore Threads; the Wuhan lab; and Enflame.",
        "Enflame",
        "China",
        True,
    ),
    (
        "The notice lists four Chinese entities, two designers and two labs: Biren Technology; "
        "Moore Threads; the Wuhan lab; and Enflame.",
        "Moore Threads",
        "China",
        True,
    ),
    (
        "It puts the three Japanese members of the alliance - Sony, Hitachi and Fujitsu - under pressure.",
        "Hitachi",
        "Japan",
        True,
    ),
    # labelled items in an apposition
    (
        "Beijing fined two American firms, chip designer Marvell and software group Oracle, on Friday.",
        "Oracle",
        "United States",
        True,
    ),
    (
        "Beijing fined two American firms, chip designer Marvell and software group Oracle, on Friday.",
        "Marvell",
        "United States",
        True,
    ),
    # an adverb before the listing verb; 'alongside'; 'from A to B'; 'Among the X is'
    ("German exhibitors also include Bosch, Siemens and Infineon this year.", "Infineon", "Germany", True),
    (
        "Cohere belongs to a group of Canadian tech companies, alongside Shopify and OpenText, that grew.",
        "OpenText",
        "Canada",
        True,
    ),
    (
        "South Korean memory makers, from SK Hynix to Samsung Electronics, reported gains.",
        "SK Hynix",
        "South Korea",
        True,
    ),
    ("Among the Japanese names is Preferred Networks, a chip designer.", "Preferred Networks", "Japan", True),
    # a count after a country's possessive
    (
        "Japan's two largest carmakers, Toyota and Honda, showed robots.",
        "Honda",
        "Japan",
        True,
    ),
    ("Japan's largest customer Nvidia grew.", "Nvidia", "Japan", False),
    # names coordinated after a country's possessive
    ("Germany's Siemens and Bosch showed robots at the fair.", "Bosch", "Germany", True),
    ("Britain's Arm and Qualcomm signed a deal.", "Qualcomm", "Britain", False),
    (
        "The fair is run by Germany's economy ministry and the Hamburg trade office.",
        "Hamburg trade office",
        "Germany",
        False,
    ),
    # an apposition after a name that the split 'start-up' leaves unparsed
    (
        "Samsung put $50 million into Rebellions, the South Korean start-up behind the Atom chip.",
        "Rebellions",
        "South Korea",
        True,
    ),
    (
        "Samsung put $50 million into Rebellions, the South Korean start-up behind the Atom chip.",
        "Samsung",
        "South Korea",
        False,
    ),
    # a country word opening a state institution's proper name (not a description, not a brand)
    ("Officers from the British Army attended. Britain said so.", "British Army", "Britain", True),
    ("The Indian Navy bought drones.", "Indian Navy", "India", True),
    ("The US government said it would act.", "US government", "US", False),
    ("China Telecom said profits rose.", "China Telecom", "China", False),
    # 'the City, State-based' description of the company the story is about
    (
        "Qualcomm reported sales in the US on Wednesday. The San Diego, California-based chip designer "
        "said demand rose.",
        "Qualcomm",
        "US",
        True,
    ),
    # a table row whose company cell also gives its short name
    (
        "Exhibitor | Headquarters | Stand\nTokyo Electron Ltd. (TEL) | Tokyo, Japan | Hall 3\n"
        "Screen Holdings | Kyoto, Japan | Hall 4",
        "Tokyo Electron Ltd.",
        "Japan",
        True,
    ),
    # a singular apposition after a list describes the name before its comma
    (
        "China's market grew. The fund backs Lenovo, Xiaomi and ZTE, the Shenzhen-based telecoms group "
        "behind the Axon phone.",
        "ZTE",
        "China",
        True,
    ),
    (
        "China's market grew. The fund backs Lenovo, Xiaomi and ZTE, the Shenzhen-based telecoms group "
        "behind the Axon phone.",
        "Lenovo",
        "China",
        False,
    ),
    (
        "Japan's market grew. Sony counts Tencent and Kadokawa, the Tokyo publisher of anime titles, "
        "among its partners.",
        "Kadokawa",
        "Japan",
        True,
    ),
    (
        "Japan's market grew. Sony counts Tencent and Kadokawa, the Tokyo publisher of anime titles, "
        "among its partners.",
        "Tencent",
        "Japan",
        False,
    ),
    # a conjunct whose own name carries another country
    ("German carmaker BMW and Air France signed a deal.", "BMW", "Germany", True),
    ("German carmaker BMW and Air France signed a deal.", "Air France", "Germany", False),
    # a definite description with a prepositional phrase is resolved by salience, not coreference
    (
        "Xiaomi sold more phones. Chinese retailers JD.com and Meituan cut prices. The biggest winner is "
        "Xiaomi. The Beijing-based group, on a US watch list since 2021, plans to ship more cars.",
        "Xiaomi",
        "China",
        True,
    ),
    # a heading group phrase over bullet lines: the name each line opens with
    (
        "Korean exhibitors in Hall 5:\n- Naver, the search group behind HyperCLOVA\n- Kakao, the messaging "
        "company\n- Rebellions, the chip start-up",
        "Kakao",
        "South Korea",
        True,
    ),
    (
        "Korean exhibitors in Hall 5:\n- Naver, the search group behind HyperCLOVA\n- Kakao, the messaging "
        "company\n- Rebellions, the chip start-up",
        "Rebellions",
        "South Korea",
        True,
    ),
    ("Chinese officials said the following:\n- Xiaomi will expand.", "Xiaomi", "China", False),
    # an 'and' after the organization noun ends the phrase the country word opens
    ("Korean start-up and KAIST unveil a robot dog", "KAIST", "South Korea", False),
    ("Chinese chip and AI firms Biren and Moore Threads grew.", "Biren", "China", True),
    # a business description does not refer back to a public body
    (
        "The Japan External Trade Organization Council said Sony had sold more sensors in Tokyo. "
        "The Tokyo company's sensors lead the market in Japan.",
        "Sony",
        "Japan",
        True,
    ),
    (
        "The Japan Trade Council said Sony had sold more sensors in Tokyo. "
        "The Tokyo company's sensors lead the market in Japan.",
        "Japan Trade Council",
        "Japan",
        False,
    ),
    # a definite noun that is the head word of one organization named before
    (
        "The Boao Forum for Asia opened its meeting in Hainan. The China-based forum, which meets each "
        "spring, said 2,000 delegates came.",
        "Boao Forum for Asia",
        "China",
        True,
    ),
    (
        "The Allen Institute released a model in Seattle. The Institute is headquartered in Seattle, "
        "United States.",
        "Allen Institute",
        "United States",
        True,
    ),
    ("The Mila Institute released a model. The Canadian-based forum drew crowds.", "Mila", "Canada", False),
    # compounds of 'maker'
    ("Shares of Dutch toolmaker ASM International rose.", "ASM International", "Netherlands", True),
    (
        "Profits rose in China. Naura, a Beijing toolmaker, said orders grew.",
        "Naura",
        "China",
        True,
    ),
]


@pytest.mark.parametrize(("text", "org", "country", "expected"), CASES)
def test_relations_places_lists(
    facts: Callable[..., Any], text: str, org: str, country: str, expected: bool
) -> None:
    doc = facts(text)
    assert has(doc, "based_in", org, country) is expected, [
        (r.subject, r.predicate.value, r.object) for r in doc.relations
    ]

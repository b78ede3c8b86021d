"""Sanctions wordings written for these tests: the sanctioner named by a city, an agency or a list."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.test_extract_relations import check_case, has

CASES = [
    # text, subject, object (country name), negated, expected
    ("Skydio was hit with sanctions by Beijing last year.", "Skydio", "China", False, True),
    (
        "China's Ministry of Commerce placed Lockheed Martin on its unreliable entity list.",
        "Lockheed Martin",
        "China",
        False,
        True,
    ),
    (
        "Washington placed the Chinese drone maker DJI under sanctions in 2020.",
        "DJI",
        "United States",
        False,
        True,
    ),
    ("Washington placed the Chinese drone maker DJI under sanctions in 2020.", "DJI", "China", False, False),
    (
        "The US added Inspur to the Entity List in 2020, but its subsidiary Sugon itself was not listed.",
        "Sugon",
        "US",
        True,
        True,
    ),
    (
        "The US added Inspur to the Entity List in 2020, but its subsidiary Sugon itself was not listed.",
        "Inspur",
        "US",
        False,
        True,
    ),
    (
        "The US added Inspur to the Entity List in 2020, but its subsidiary Sugon itself was not listed.",
        "Sugon",
        "US",
        False,
        False,
    ),
    (
        "Huawei was added to the Entity List in 2019. Honor was never added to the list.",
        "Honor",
        "United States",
        True,
        True,
    ),
    ("Skydio sells drones to police forces in Beijing.", "Skydio", "China", False, False),
]


@pytest.mark.parametrize(("text", "subject", "obj", "negated", "expected"), CASES)
def test_relations_sanctions_wordings(
    facts: Callable[..., Any], text: str, subject: str, obj: str, negated: bool, expected: bool
) -> None:
    doc = facts(text)
    assert has(doc, "sanctioned_by", subject, obj, negated=negated) is expected, [
        (r.subject, r.predicate.value, r.object, r.negated) for r in doc.relations
    ]


def test_relations_sanctions_country_named_by_metonym_is_an_entity(facts: Callable[..., Any]) -> None:
    text = "Skydio was hit with sanctions by Beijing last year."
    doc = facts(text)
    china = [e for e in doc.entities if e.name == "China"]
    assert len(china) == 1
    assert [text[a:b] for a, b in china[0].mentions] == ["Beijing"]


LIST_CASES = [
    # text, subject, sanctioning country, negated, expected
    (
        "Washington on Friday added Kestrel Dynamics, Lanxin Optics and Harbin Orion Semiconductor to the "
        "Entity List, citing military end uses.",
        "Lanxin Optics",
        "United States",
        False,
        True,
    ),
    (
        "The Treasury Department designated Sinochem and two of its units under the program.",
        "Sinochem",
        "United States",
        False,
        True,
    ),
    (
        "The US added Inspur to the Entity List. Tencent, which owns stakes in many start-ups, was "
        "designated a national AI champion by Beijing.",
        "Tencent",
        "China",
        False,
        False,
    ),
    (
        "China announced countermeasures against Skydio and two other drone makers.",
        "Skydio",
        "China",
        False,
        True,
    ),
    ("Huawei has been barred from buying American chips since 2019.", "Huawei", "United States", False, True),
    # no sanctioner named anywhere: the rival government of the target's country
    ("Sanctions-hit SMIC reported a jump in quarterly revenue.", "SMIC", "United States", False, True),
    ("Washington lifted sanctions on ZTE in 2018 after it paid a fine.", "ZTE", "United States", True, True),
    (
        "Washington lifted sanctions on ZTE in 2018 after it paid a fine.",
        "ZTE",
        "United States",
        False,
        False,
    ),
    ("Xiaomi was removed from a Pentagon blacklist in 2021.", "Xiaomi", "United States", True, True),
    (
        "The following companies were added to the Entity List:\nBiren Technology\nMoore Threads\nSophgo",
        "Moore Threads",
        "United States",
        False,
        True,
    ),
    (
        "The US government had blacklisted Huawei in 2019, and Honor was spun off in 2020.",
        "Honor",
        "United States",
        False,
        False,
    ),
    (
        "Tesla showed its robot, while Huawei, which has been on the US Entity List since 2019, "
        "showed servers.",
        "Tesla",
        "United States",
        False,
        False,
    ),
    (
        "Tesla showed its robot, while Huawei, which has been on the US Entity List since 2019, "
        "showed servers.",
        "Huawei",
        "United States",
        False,
        True,
    ),
    (
        "China placed Skydio on its unreliable entity list and opened an antitrust probe into Google.",
        "Google",
        "China",
        False,
        False,
    ),
    # the nationality of the targets is not the sanctioner, in that sentence or the next
    (
        "The US Commerce Department has added 12 entities to its Entity List, most of them Chinese. The "
        "best-known name is Inspur, China's largest server maker.",
        "Inspur",
        "China",
        False,
        False,
    ),
    (
        "The US Commerce Department has added 12 entities to its Entity List, most of them Chinese. The "
        "best-known name is Inspur, China's largest server maker.",
        "Inspur",
        "United States",
        False,
        True,
    ),
    (
        "The US has sanctioned Huawei. Xiaomi, which is listed on the Hong Kong exchange, "
        "reported record sales.",
        "Xiaomi",
        "United States",
        False,
        False,
    ),
    (
        "The Pentagon has named Xiaomi, together with drone maker DJI, among companies tied to the "
        "Chinese army.",
        "DJI",
        "United States",
        False,
        True,
    ),
    ("Alibaba was spared from the latest round of US sanctions.", "Alibaba", "US", True, True),
    ("Lenovo, which is not subject to US sanctions, sells PCs.", "Lenovo", "US", True, True),
    ("The Pentagon took DJI off its list of Chinese military companies.", "DJI", "United States", True, True),
    # units named in the next sentence, a list introduced by the next sentence, table rows
    (
        "The US added Inspur to the Entity List on Thursday. Five of its subsidiaries, including Inspur "
        "Electronic Information and Inspur Software, were also named.",
        "Inspur Software",
        "US",
        False,
        True,
    ),
    (
        "The US added 12 Chinese entities to its Entity List on Monday. They include:\n"
        "- Sugon\n- Hygon\n- Phytium",
        "Hygon",
        "US",
        False,
        True,
    ),
    (
        "Entities added to the Entity List | Country\nSugon | China\nHygon | China\nPhytium | China",
        "Phytium",
        "United States",
        False,
        True,
    ),
    (
        "Beijing fined Nvidia last year. The new inquiry does not put Nvidia under sanctions.",
        "Nvidia",
        "China",
        True,
        True,
    ),
]


@pytest.mark.parametrize(("text", "subject", "obj", "negated", "expected"), LIST_CASES)
def test_relations_sanctions_lists_and_clauses(
    facts: Callable[..., Any], text: str, subject: str, obj: str, negated: bool, expected: bool
) -> None:
    check_case(facts(text), "sanctioned_by", subject, obj, negated=negated, expected=expected)

"""Heading lists, bullet items and speaker lines, in layouts written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from rivalgraph.model import Document
from tests.extract.test_extract_relations import has, names_of

PARTNERS = """The Mobile World Congress opens in Barcelona on Monday.

Official Partners
- Qualcomm
- Nokia
• Ericsson

Organised by: GSMA
"""

SPEAKERS = """The World Artificial Intelligence Conference opens in Shanghai next week.

Keynote speakers:
1. Zhang Wei, chief executive, Zhipu AI
2. Maria Lopez (chief scientist, Nvidia)
3) Robin Li
"""

PROSE = """The Mobile World Congress opens in Barcelona on Monday.

Qualcomm said its partners and Nokia had a strong year.
"""


AGENDA = """Global Robotics Forum 2024 | Programme
Hall A, Munich | 12-13 March 2024

TUESDAY 12 MARCH
09:00 WELCOME - Karl Weber, chairman, Siemens
09:30 KEYNOTE - Jensen Huang, founder and chief executive, Nvidia
10:15 ADDRESS - Olaf Scholz, Chancellor of Germany, envoy of President Joe Biden
11:00 FIRESIDE CHAT - Lisa Su, chief executive, AMD
Moderator: Anna Becker, editor, Reuters
With Pat Gelsinger, chief executive, Intel; Cristiano Amon, chief executive, Qualcomm

Also attending: Satya Nadella, chief executive, Microsoft; Tim Cook, chief executive, Apple
"""
FORUM = "Global Robotics Forum 2024"

TIERS = """AFC Asian Cup Qatar 2023 | Commercial partners

AFC Asian Cup Partners
Hisense · Vivo · Qatar Airways

Previous edition
Hisense and Vivo were also among the backers of the 2019 Asian Cup in the UAE.
Alibaba, one of Moonshot AI's backers, was not involved.
"""


def role_of(doc: Document, predicate: str, subject: str) -> str | None:
    names = names_of(doc)
    for r in doc.relations:
        if r.predicate.value == predicate and subject.lower() in names.get(r.subject, set()):
            return r.qualifiers.get("role")
    return None


@pytest.mark.parametrize(
    ("text", "predicate", "subject", "obj", "expected"),
    [
        (PARTNERS, "sponsors", "Qualcomm", "MWC Barcelona 2024", True),
        (PARTNERS, "sponsors", "Nokia", "MWC Barcelona 2024", True),
        (PARTNERS, "sponsors", "Ericsson", "MWC Barcelona 2024", True),
        (PARTNERS, "organizes", "GSMA", "MWC Barcelona 2024", True),
        (PARTNERS, "sponsors", "GSMA", "MWC Barcelona 2024", False),
        (SPEAKERS, "speaks_at", "Zhang Wei", "World Artificial Intelligence Conference 2024", True),
        (SPEAKERS, "speaks_at", "Maria Lopez", "World Artificial Intelligence Conference 2024", True),
        (SPEAKERS, "speaks_at", "Robin Li", "World Artificial Intelligence Conference 2024", True),
        (SPEAKERS, "employs", "Zhipu AI", "Zhang Wei", True),
        (SPEAKERS, "employs", "Nvidia", "Maria Lopez", True),
        (SPEAKERS, "speaks_at", "Zhipu AI", "World Artificial Intelligence Conference 2024", False),
        (PROSE, "sponsors", "Nokia", "MWC Barcelona 2024", False),
        # agenda slots: time, session label in capitals, the people; panel lines; entries split on ';'
        (AGENDA, "speaks_at", "Karl Weber", FORUM, True),
        (AGENDA, "speaks_at", "Jensen Huang", FORUM, True),
        (AGENDA, "speaks_at", "Olaf Scholz", FORUM, True),
        (AGENDA, "speaks_at", "Joe Biden", FORUM, False),
        (AGENDA, "speaks_at", "Lisa Su", FORUM, True),
        (AGENDA, "speaks_at", "Anna Becker", FORUM, True),
        (AGENDA, "speaks_at", "Pat Gelsinger", FORUM, True),
        (AGENDA, "speaks_at", "Cristiano Amon", FORUM, True),
        (AGENDA, "attends", "Satya Nadella", FORUM, True),
        (AGENDA, "attends", "Tim Cook", FORUM, True),
        (AGENDA, "speaks_at", "Tim Cook", FORUM, False),
        (AGENDA, "employs", "Siemens", "Karl Weber", True),
        (AGENDA, "employs", "Intel", "Pat Gelsinger", True),
        (AGENDA, "employs", "Qualcomm", "Cristiano Amon", True),
        (AGENDA, "employs", "Apple", "Tim Cook", True),
        (AGENDA, "employs", "Qualcomm", "Pat Gelsinger", False),
        # tiers on '·' lines under "<event> Partners"; a short name of the same series; backers
        (TIERS, "sponsors", "Hisense", "AFC Asian Cup 2023", True),
        (TIERS, "sponsors", "Qatar Airways", "AFC Asian Cup 2023", True),
        (TIERS, "sponsors", "Vivo", "AFC Asian Cup 2019", True),
        (TIERS, "sponsors", "Alibaba", "AFC Asian Cup 2023", False),
        (TIERS, "held_in", "AFC Asian Cup 2019", "United Arab Emirates", True),
    ],
)
def test_relations_lists_heading_items(
    facts: Callable[..., Any], text: str, predicate: str, subject: str, obj: str, expected: bool
) -> None:
    doc = facts(text)
    assert has(doc, predicate, subject, obj) is expected, [
        (r.subject, r.predicate.value, r.object) for r in doc.relations
    ]


def test_relations_lists_heading_names_the_role(facts: Callable[..., Any]) -> None:
    doc = facts(PARTNERS)
    assert role_of(doc, "sponsors", "Nokia") == "official partner"
    assert role_of(doc, "organizes", "GSMA") == "organiser"


@pytest.mark.parametrize(
    ("line", "org", "person", "title"),
    [
        ("Sun Li, vice president, Baidu", "Baidu", "Sun Li", "vice president"),
        (
            "Lisa Su (chief executive, Nvidia)",
            "Nvidia",
            "Lisa Su",
            "chief executive",
        ),
    ],
)
def test_relations_lists_speaker_line_employs(
    facts: Callable[..., Any], line: str, org: str, person: str, title: str
) -> None:
    doc = facts("Agenda\n\n" + line + "\n")
    names = names_of(doc)
    titles = [
        r.qualifiers.get("title")
        for r in doc.relations
        if r.predicate.value == "employs"
        and org.lower() in names.get(r.subject, set())
        and person.lower() in names.get(r.object, set())
    ]
    assert titles == [title]

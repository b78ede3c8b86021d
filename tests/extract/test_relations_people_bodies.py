"""Employs in wordings written for these tests: bodies named by a word of their name ('the association's
chief executive'), 'whose TITLE NAME', list items ('A, led by X, and B, founded by Y'), hyphenated given
names, singular titles before coordinated names."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.test_extract_relations import has

CASES = [
    # text, org, person, expected
    # a definite description naming a body by a word of its name
    (
        "The fair is run by the Baltic Drone Association. Maria Lopez, the association's chief executive, "
        "said foreign firms were welcome.",
        "Baltic Drone Association",
        "Maria Lopez",
        True,
    ),
    (
        "The Baltic Drone Association runs the fair. Ines Varga, founder and executive chairman of the "
        "association, opened it.",
        "Baltic Drone Association",
        "Ines Varga",
        True,
    ),
    (
        "Helvetia Bank funds the Baltic Drone Association. Ines Varga, the bank's adviser, spoke.",
        "Baltic Drone Association",
        "Ines Varga",
        False,
    ),
    (
        "Kestrel Group sold its stake. Omar Haddad, the group's former chief executive, left in May.",
        "Kestrel Group",
        "Omar Haddad",
        True,
    ),
    (
        "The Energy Department fined Voltra. The department's secretary, Ruth Abara, announced the fine.",
        "Energy Department",
        "Ruth Abara",
        True,
    ),
    (
        "The Energy Department fined Voltra. The department's secretary, Ruth Abara, announced the fine.",
        "Voltra",
        "Ruth Abara",
        False,
    ),
    (
        "Chile's Ministry of Mining objected. Ministry spokesperson Pablo Ortiz said it would appeal.",
        "Ministry of Mining",
        "Pablo Ortiz",
        True,
    ),
    (
        "Voltra makes batteries. Ministry spokesperson Pablo Ortiz said it would appeal.",
        "Voltra",
        "Pablo Ortiz",
        False,
    ),
    (
        "Orbis Forum met in Geneva. Anna Keller, the forum's managing director, and Tom Rees, its president, "
        "spoke.",
        "Orbis Forum",
        "Tom Rees",
        True,
    ),
    # 'whose TITLE NAME has said'
    (
        "Voltra showed a drone. The event is run by the Baltic Drone Association, whose chief executive "
        "Ines Varga has said rivals remain welcome.",
        "Baltic Drone Association",
        "Ines Varga",
        True,
    ),
    (
        "Voltra showed a drone. The event is run by the Baltic Drone Association, whose chief executive "
        "Ines Varga has said rivals remain welcome.",
        "Voltra",
        "Ines Varga",
        False,
    ),
    # list items: each company keeps its own leader
    (
        "Rivals include Kora Motors, founded by Jin Park, Velo, whose chief executive is Mei Tan, and "
        "Arden Auto, led by chief executive Sam Odu.",
        "Arden Auto",
        "Sam Odu",
        True,
    ),
    (
        "Rivals include Kora Motors, founded by Jin Park, Velo, whose chief executive is Mei Tan, and "
        "Arden Auto, led by chief executive Sam Odu.",
        "Kora Motors",
        "Mei Tan",
        False,
    ),
    (
        "Rivals include Kora Motors, founded by Jin Park, Velo, whose chief executive is Mei Tan, and "
        "Arden Auto, led by chief executive Sam Odu.",
        "Kora Motors",
        "Sam Odu",
        False,
    ),
    # a singular title names one person; a plural one covers the list
    (
        "Nvidia chief executive Jensen Huang and Lena Roth, co-founder of Quanta Labs, spoke.",
        "Nvidia",
        "Lena Roth",
        False,
    ),
    ("Quanta Labs co-founders Lena Roth and Peter Hall spoke.", "Quanta Labs", "Peter Hall", True),
    # hyphenated given names
    ("KT Corp chief executive Kim Young-shub said the deal was done.", "KT Corp", "Kim Young-shub", True),
    ("Park Ji-hoon, chief executive of Kakao, said the deal was done.", "Kakao", "Park Ji-hoon", True),
    # a department named by a title after 'who became'
    (
        "Dan Ives, who became commerce secretary in March, said it.",
        "US Department of Commerce",
        "Dan Ives",
        True,
    ),
    (
        "Dan Ives, who met the commerce secretary in March, said it.",
        "US Department of Commerce",
        "Dan Ives",
        False,
    ),
    # a possessed title with words before the title word
    (
        "Maria Lopez, the European Commission's internal market commissioner, spoke.",
        "European Commission",
        "Maria Lopez",
        True,
    ),
    ("Maria Lopez, Baidu's biggest shareholder, spoke.", "Baidu", "Maria Lopez", False),
    # 'the LAUREATE and TITLE at ORG' (no article before the second title)
    (
        "Maria Lopez, the Nobel laureate and professor emeritus at the University of Oslo, spoke.",
        "University of Oslo",
        "Maria Lopez",
        True,
    ),
    (
        "Emma Stone, Baidu chief executive Robin Li and Peter Hall, co-founder and chief executive of "
        "Zhipu AI, spoke.",
        "Baidu",
        "Peter Hall",
        False,
    ),
    # a second title at a possessed body
    (
        "Tom Reed, chief scientist of Moonshot AI and deputy dean of Tsinghua's Zhongguancun Lab, spoke.",
        "Zhongguancun Lab",
        "Tom Reed",
        True,
    ),
    (
        "Tom Reed, chief scientist of Moonshot AI and deputy dean of Tsinghua's law school, spoke.",
        "Tsinghua University",
        "Tom Reed",
        False,
    ),
    # 'at ORG, where he was a TITLE'
    (
        "Maria Lopez spent a decade at Google, where she was a vice-president until 2023.",
        "Google",
        "Maria Lopez",
        True,
    ),
    ("Maria Lopez spent a decade at Google, where she met her husband.", "Google", "Maria Lopez", False),
    # a speaker entry inside running text
    (
        "Maria Lopez, Co-founder and CEO, Moonshot AI, in conversation with Jensen Huang.",
        "Moonshot AI",
        "Maria Lopez",
        True,
    ),
    ("Maria Lopez, Peter Hall, Moonshot AI and Baidu met.", "Moonshot AI", "Maria Lopez", False),
    # 'X, the TITLE who runs Y'
    (
        "Maria Lopez, the under secretary who runs the Bureau of Industry and Security, said so.",
        "Bureau of Industry and Security",
        "Maria Lopez",
        True,
    ),
    ("Maria Lopez, the critic who attacked Baidu, said so.", "Baidu", "Maria Lopez", False),
    # 'met its TITLE, NAME': the organization just named
    (
        "Jensen Huang flew to Beijing at the invitation of Tencent and met its chairman, Ma Huateng.",
        "Tencent",
        "Ma Huateng",
        True,
    ),
    (
        "Jensen Huang flew to Beijing at the invitation of Tencent and met its critic, Ma Huateng.",
        "Tencent",
        "Ma Huateng",
        False,
    ),
    # 'ORG's NAME, the ADJ TITLE of the ...'
    (
        "The show opened with Baidu's Robin Li, the Beijing-born founder of the search company, on stage.",
        "Baidu",
        "Robin Li",
        True,
    ),
    (
        "The show opened with Baidu's Robin Li, the Beijing-born son of a factory worker, on stage.",
        "Baidu",
        "Robin Li",
        False,
    ),
    # speaker entries with a region after the title; a full stop after the organization
    (
        "Speakers include Maria Lopez, Vice President and Managing Director of Greater China, Apple, and "
        "Peter Hall, Chief Scientist, Baidu.",
        "Apple",
        "Maria Lopez",
        True,
    ),
    (
        "Speakers include Maria Lopez, Vice President and Managing Director of Greater China, Apple, and "
        "Peter Hall, Chief Scientist, Baidu.",
        "Baidu",
        "Peter Hall",
        True,
    ),
    # a person who runs an organization
    ("Lisa Su runs AMD.", "AMD", "Lisa Su", True),
    ("Lisa Su will run AMD.", "AMD", "Lisa Su", False),
    ("Lisa Su does not run AMD.", "AMD", "Lisa Su", False),
    ("Lisa Su led the round in Anthropic.", "Anthropic", "Lisa Su", False),
    # an opening participle: 'Founded in 2021 by X, a former TITLE of Y, Z already ...'
    (
        "Founded in 2020 by Wei Lan, a former vice president of Baidu, Zhipu AI already counts Tencent among "
        "its shareholders.",
        "Zhipu AI",
        "Wei Lan",
        True,
    ),
    (
        "Founded in 2020 by Wei Lan, a former vice president of Baidu, Zhipu AI already counts Tencent among "
        "its shareholders.",
        "Tencent",
        "Wei Lan",
        False,
    ),
    # 'who also became group TITLE': the group named earlier
    (
        "Kestrel Group sold a unit. The board chose Omar Haddad, who also became group chief executive this "
        "month.",
        "Kestrel Group",
        "Omar Haddad",
        True,
    ),
    (
        "Kestrel Group sold a unit. The board chose Omar Haddad, who became group champion this month.",
        "Kestrel Group",
        "Omar Haddad",
        False,
    ),
    # successions: the other person held the post at the same organization
    (
        "Investors backed Arm chief executive Rene Haas, who took over after the board ousted his "
        "predecessor Simon Segars.",
        "Arm",
        "Simon Segars",
        True,
    ),
    (
        "Lisa Chen, chief executive of AMD, spoke. Chen has since stepped down and has been replaced by "
        "Victor Peng.",
        "AMD",
        "Victor Peng",
        True,
    ),
    (
        "Robin Li, chief executive of Baidu, spoke. Li will be replaced by Eddie Wu next year.",
        "Baidu",
        "Eddie Wu",
        False,
    ),
    (
        "Robin Li, chief executive of Baidu, spoke. Li said the new chip replaced Nvidia hardware.",
        "Nvidia",
        "Robin Li",
        False,
    ),
    # 'who heads the X unit at ORG'; 'ORG's new TITLE'
    ("Zhang Peng, who heads the AI unit at Tencent, spoke.", "Tencent", "Zhang Peng", True),
    ("Zhang Peng, who leads a team that competes with Tencent, spoke.", "Tencent", "Zhang Peng", False),
    ("Lip-Bu Tan, Intel's new chief executive, spoke.", "Intel", "Lip-Bu Tan", True),
    # asides in brackets or dashes; 'X, ORG TITLE,' without an article
    ("Robin Li (CEO of Baidu) said so.", "Baidu", "Robin Li", True),
    ("Robin Li — chief executive of Baidu — said so.", "Baidu", "Robin Li", True),
    ("Robin Li (left) met Baidu staff.", "Baidu", "Robin Li", False),
    ("Robin Li, Baidu chairman, said so.", "Baidu", "Robin Li", True),
    ("Musk met Robin Li, Baidu executives and officials.", "Baidu", "Robin Li", False),
    ("Robin Li, Baidu rival, said so.", "Baidu", "Robin Li", False),
    (
        "Sundar Pichai, Reliance Industries chairman and managing director Mukesh Ambani and others came.",
        "Reliance Industries",
        "Sundar Pichai",
        False,
    ),
]


@pytest.mark.parametrize(("text", "org", "person", "expected"), CASES)
def test_relations_people_bodies(
    facts: Callable[..., Any], text: str, org: str, person: str, expected: bool
) -> None:
    doc = facts(text)
    assert has(doc, "employs", org, person) is expected, [
        (r.subject, r.predicate.value, r.object, r.qualifiers) for r in doc.relations
    ]

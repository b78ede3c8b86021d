"""Employs in wire and agenda wordings written for these tests: hires, 'whose', possessed titles, lines."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.test_extract_relations import has

CASES = [
    # text, org, person, expected
    # hires stated without a title; future and negated roles are not annotated
    (
        "Meta has also hired Daniel Gross, a co-founder of Safe Superintelligence.",
        "Meta",
        "Daniel Gross",
        True,
    ),
    (
        "Mustafa Suleyman joined Microsoft in 2024 to lead its consumer unit.",
        "Microsoft",
        "Mustafa Suleyman",
        True,
    ),
    ("Mustafa Suleyman will join Microsoft next month.", "Microsoft", "Mustafa Suleyman", False),
    ("Microsoft did not hire Mustafa Suleyman.", "Microsoft", "Mustafa Suleyman", False),
    ("Amazon plans to hire Mustafa Suleyman next year.", "Amazon", "Mustafa Suleyman", False),
    # 'whose TITLE is NAME'
    ("Anthropic, whose chief executive is Dario Amodei, raised money.", "Anthropic", "Dario Amodei", True),
    ("Anthropic, whose investors include Larry Page, raised money.", "Anthropic", "Larry Page", False),
    # 'as ORG's TITLE', 'previously ORG's TITLE', 'ORG's NAME, the company's TITLE'
    ("Alexandr Wang now serves as Meta's chief AI officer.", "Meta", "Alexandr Wang", True),
    ("Alexandr Wang praised Meta's chief AI officer.", "Meta", "Alexandr Wang", False),
    ("Jason Droege, previously Uber's chief strategy officer, took over.", "Uber", "Jason Droege", True),
    (
        "Microsoft's Brad Smith, the company's president, testified on Tuesday.",
        "Microsoft",
        "Brad Smith",
        True,
    ),
    ("Microsoft's Brad Smith, the author of a book, testified on Tuesday.", "Microsoft", "Brad Smith", False),
    # an age before the title; an organization that only modifies the employer; 'a former ORG TITLE who'
    (
        "Alexandr Wang, the 28-year-old founder of Scale AI, spoke on Monday.",
        "Scale AI",
        "Alexandr Wang",
        True,
    ),
    (
        "Nat Friedman, the former chief executive of Microsoft-owned GitHub, spoke on Monday.",
        "Microsoft",
        "Nat Friedman",
        False,
    ),
    (
        "Mira Murati, a former OpenAI research scientist who helped build ChatGPT, joined Meta.",
        "OpenAI",
        "Mira Murati",
        True,
    ),
    # agenda lines: 'NAME, ORG TITLE' and a second title carried over a semicolon
    ("Keynote: Jensen Huang, NVIDIA founder and CEO", "NVIDIA", "Jensen Huang", True),
    (
        "Morning session\nLisa Su, Chair and CEO, AMD; Director, Cisco Systems",
        "Cisco Systems",
        "Lisa Su",
        True,
    ),
    ("Morning session\nLisa Su, Chair and CEO, AMD; Cisco Systems", "Cisco Systems", "Lisa Su", False),
    # a headline split from its first line by the parser; a company described before its founder
    ("Tencent's Ma slows\n\nTencent chief executive Pony Ma will not attend.", "Tencent", "Pony Ma", True),
    (
        "Moonshot is funded by Sinovation, the venture firm Neil Shen founded.",
        "Sinovation",
        "Neil Shen",
        True,
    ),
    (
        "Moonshot is funded by Sinovation, the venture firm Neil Shen praised.",
        "Sinovation",
        "Neil Shen",
        False,
    ),
    # the last member of a coordinated apposition; 'in charge of'; 'its TITLE for REGION'
    (
        "A speech came from Fei-Fei Li, the Stanford professor and a former chief scientist at Google.",
        "Google",
        "Fei-Fei Li",
        True,
    ),
    ("Geoffrey Hinton, a critic of Google, spoke on Monday.", "Google", "Geoffrey Hinton", False),
    ("Wang Jian remains in charge of Alibaba Cloud.", "Alibaba Cloud", "Wang Jian", True),
    ("Wang Jian is not in charge of Alibaba Cloud.", "Alibaba Cloud", "Wang Jian", False),
    ("Samsung exhibited, said Lee Min, its senior vice-president for Europe.", "Samsung", "Lee Min", True),
    # verbs before the title: 'who was', 'returned as', 'was appointed'; 'one of ORG's TITLEs'
    ("Daniel Zhang, who was chief executive of Alibaba until 2023, left.", "Alibaba", "Daniel Zhang", True),
    ("Sam Altman returned as chief executive of OpenAI in November.", "OpenAI", "Sam Altman", True),
    ("Marc Benioff was named chief executive of Salesforce in 2001.", "Salesforce", "Marc Benioff", True),
    ("Marc Benioff sees AI as a threat of Salesforce.", "Salesforce", "Marc Benioff", False),
    ("Eric Xu, one of Huawei's rotating chairmen, spoke first.", "Huawei", "Eric Xu", True),
    # board seats; a title shared by coordinated names ('both former researchers at')
    ("Robin Li is on the board of Baidu.", "Baidu", "Robin Li", True),
    ("Robin Li sat on a panel with Baidu.", "Baidu", "Robin Li", False),
    (
        "It was set up by Timothée Lacroix and Guillaume Lample, both former researchers at Meta Platforms.",
        "Meta Platforms",
        "Timothée Lacroix",
        True,
    ),
    ("Satya Nadella and Sundar Pichai, both critics of OpenAI, spoke.", "OpenAI", "Satya Nadella", False),
    # speaker entries whose organization the tagger does not know: the layout names it
    (
        "PANEL\n- Priya Raman, CEO, Lumora Qubits\n- Tomas Eklund, CTO, Nordvolt",
        "Lumora Qubits",
        "Priya Raman",
        True,
    ),
    (
        "PANEL\n- Priya Raman, CEO, Lumora Qubits\n- Tomas Eklund, CTO, Nordvolt",
        "Nordvolt",
        "Tomas Eklund",
        True,
    ),
    (
        "With Yann LeCun, chief AI scientist, Meta; Fei-Fei Li, professor, Stanford",
        "Meta",
        "Yann LeCun",
        True,
    ),
    ("Speakers\nLi Qiang, Premier, China", "China", "Li Qiang", False),
]


@pytest.mark.parametrize(("text", "org", "person", "expected"), CASES)
def test_relations_people_wire_wordings(
    facts: Callable[..., Any], text: str, org: str, person: str, expected: bool
) -> None:
    doc = facts(text)
    assert has(doc, "employs", org, person) is expected, [
        (r.subject, r.predicate.value, r.object, r.qualifiers) for r in doc.relations
    ]

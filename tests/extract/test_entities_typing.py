"""Entity typing from context: titles and honorifics make people, company cues make organizations."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from rivalgraph.model import Document


def typed(doc: Document) -> dict[str, str]:
    return {n: e.type.value for e in doc.entities for n in (e.name, *e.aliases)}


CASES = [
    # text, name, expected type (None: not an entity at all)
    # a title phrase after the name
    (
        "Among the guests was Tomasz Wielgus, chief executive of Brightline Robotics.",
        "Tomasz Wielgus",
        "PERSON",
    ),
    ("Okonkwo Adebayo, President and CEO, Lagosnet, opened the panel.", "Okonkwo Adebayo", "PERSON"),
    ("Marisol Quintero, who runs the lab's chip team, left for a rival.", "Marisol Quintero", "PERSON"),
    ("Halvard Dunne, head of Siemens Austria, spoke next.", "Halvard Dunne", "PERSON"),
    ("With Kira Lotman, chief executive, Zentrofab; Omar Sadiq, founder, Halvex", "Kira Lotman", "PERSON"),
    # a title or honorific before it
    ("Chancellor Ingrid Vasquez toured the halls on Friday.", "Ingrid Vasquez", "PERSON"),
    ("Premier Aldo Ferrante opened the fair.", "Aldo Ferrante", "PERSON"),
    ("Queen Margrethe II was among the official guests.", "Margrethe II", "PERSON"),
    (
        "The forum was opened by Sheikh Hamdan bin Zayed Al Nahyan on Monday.",
        "Sheikh Hamdan bin Zayed Al Nahyan",
        "PERSON",
    ),
    ("Harbor Capital chief executive Henry Ford sits on the board.", "Henry Ford", "PERSON"),
    # a role phrase is no organization; a hyphenated given name stays whole
    (
        "The forum was opened by Sheikh Hamdan bin Zayed Al Nahyan, Ruler of Fujairah.",
        "Ruler of Fujairah",
        None,
    ),
    ("Stanford professor Mei-Lin Zhou spoke at the summit.", "Zhou", None),
    # organizations
    ("Regulators fined Corvexa, a Boston gene-editing company, on Friday.", "Corvexa", "ORG"),
    ("The retailer owns fashion labels Ralph Lauren and Tommy Bahama.", "Tommy Bahama", "ORG"),
    (
        "Larry Ellison's Oracle Cloud also bid, as did Warren Buffett's Berkshire Hathaway.",
        "Berkshire Hathaway",
        "ORG",
    ),
    ("Jian Wu, who runs Vellum Computing, joined the talks.", "Vellum Computing", "ORG"),
    (
        "Among them were Ada Novak, chief executive of Q-Lattice Quantum, and others.",
        "Q-Lattice Quantum",
        "ORG",
    ),
    # a region after a title is no organization
    ("Spencer Pan, AMD's president for Greater China, called the fair a success.", "Greater China", None),
    # a legal suffix stays with the known name; an event's name before a body noun names the body
    ("Huawei and Semiconductor Manufacturing International Corp were both listed.", "Corp", None),
    (
        "The fair is run by the China International Import Expo Bureau.",
        "China International Import Expo Bureau",
        "ORG",
    ),
    # a surname after the full name; honours and halls are no names
    ("Meta hired Priyanka Odell from Scale AI. Odell will lead the unit.", "Odell", "PERSON"),
    ("Andrew Yao, winner of the Turing Award, spoke.", "Turing Award", None),
    ("Visitors filled Central Hall and West Hall on the first day.", "Central Hall", None),
    ("Luminar sells the K300 and KVX automotive lidar sensors.", "KVX", "PRODUCT"),
    # an untyped item of a dotted list of organizations
    ("Official partners\nzalando · Siemens · Qatar Airways · NordWerk · Visa\n", "NordWerk", "ORG"),
    ("Official partners\nzalando · Siemens · Qatar Airways · NordWerk · Visa\n", "zalando", "ORG"),
    # a company's name on a building names the venue
    ("Jensen Huang spoke at a packed SAP Center in San Jose.", "SAP", None),
]


@pytest.mark.parametrize(("text", "name", "expected"), CASES)
def test_entity_type_from_context(
    facts: Callable[..., Any], text: str, name: str, expected: str | None
) -> None:
    got = typed(facts(text))
    assert got.get(name) == expected, got

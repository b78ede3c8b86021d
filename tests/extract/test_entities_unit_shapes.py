"""Organization names the model finds whole but our known-name and venue rules used to cut, in
sentences of our own: a known company's name opening a longer unit or institute name ("Toyota
Research Institute"), a government body written after a nationality word or a country's possessive
("the German Federal Cartel Office" is the Federal Cartel Office), and a centre named for its work
("Data Innovation Center"), which is an organization where a centre named for its halls is a venue."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from rivalgraph.model import Document


def names(doc: Document) -> dict[str, tuple[str, str | None]]:
    return {n: (e.type.value, e.country) for e in doc.entities for n in (e.name, *e.aliases)}


def check_type(doc: Document, name: str, expected: str | None) -> None:
    """An entity named `name` has the type `expected`; None: no entity has that name."""
    found = names(doc)
    if expected is None:
        assert name not in found, found
    else:
        assert found.get(name, ("",))[0] == expected, found


CASES = [
    # text, name, expected (type, country), or None: no entity of that name
    # a known company's name opening a unit's or institute's name
    (
        "Toyota Research Institute hired two roboticists from Boston last year.",
        "Toyota Research Institute",
        "ORG",
    ),
    ("Seed money came from Samsung Catalyst Fund and two angels.", "Samsung Catalyst Fund", "ORG"),
    ("Nvidia CEO Jensen Huang walked the floor on Monday.", "Nvidia CEO", None),
    # a government body after a nationality word or a country's possessive keeps its own name
    (
        "The German Federal Cartel Office opened a review of the merger on Monday.",
        "Federal Cartel Office",
        "ORG",
    ),
    (
        "The German Federal Cartel Office opened a review of the merger on Monday.",
        "German Federal Cartel Office",
        None,
    ),
    ("China's Ministry of Finance said the tariff exemptions would lapse.", "Ministry of Finance", "ORG"),
    (
        "China's Ministry of Finance said the tariff exemptions would lapse.",
        "China's Ministry of Finance",
        None,
    ),
    # a country's plain name opens the body's own name
    (
        "The China Securities Regulatory Commission approved the listing.",
        "China Securities Regulatory Commission",
        "ORG",
    ),
    # a centre named for its work is an organization, one named for its halls a venue
    (
        "She now leads the Shenzhen Data Innovation Center, a city agency.",
        "Shenzhen Data Innovation Center",
        "ORG",
    ),
    (
        "The dinner was held at the Hangzhou International Expo Center on Friday.",
        "Hangzhou International Expo Center",
        None,
    ),
    ("Delegates met at the Jakarta World Trade Center on Tuesday.", "Jakarta World Trade Center", None),
]


@pytest.mark.parametrize(("text", "name", "expected"), CASES)
def test_entities_unit_shapes(facts: Callable[..., Any], text: str, name: str, expected: str | None) -> None:
    check_type(facts(text), name, expected)


def test_national_body_keeps_its_country(facts: Callable[..., Any]) -> None:
    found = names(facts("China's Ministry of Finance said the tariff exemptions would lapse."))
    assert found.get("Ministry of Finance") == ("ORG", "CN"), found


TABLE = (
    "MAKER | HOME | ON SHOW\n"
    "Nio | China | ET9 flagship sedan\n"
    "Zeekr | China | 7X electric SUV\n"
    "Dorvanta | China | delivery vans\n"
    "Kelstrom | China | pick-up trucks\n"
)
PEOPLE_TABLE = (
    "SPEAKER | FIRM | TOPIC\n"
    "Lisa Su | AMD | chips\n"
    "Jensen Huang | Nvidia | robots\n"
    "Morvath Quill | Intel | foundry\n"
)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (TABLE, "Dorvanta", "ORG"),
        (TABLE, "Kelstrom", "ORG"),
        (TABLE, "MAKER", None),
        (PEOPLE_TABLE, "SPEAKER", None),
        (PEOPLE_TABLE, "Morvath Quill", "PERSON"),
    ],
)
def test_entities_table_first_column(
    facts: Callable[..., Any], text: str, name: str, expected: str | None
) -> None:
    check_type(facts(text), name, expected)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Closing talk: Odile Marchetti, Emeritus Professor, University of Lisbon (remote)",
            "Emeritus Professor",
        ),
        ("Fireside chat: Tomas Brekke, Technical Fellow, Nordlys Systems", "Technical Fellow"),
        ("Panel: Wen Haoran, Founder, Qinglan Data; Academician, Chinese Academy of Sciences", "Academician"),
        ("Keynote: Priya Raman, EVP and CTO, Veltrix", "EVP"),
    ],
)
def test_entities_agenda_titles_are_no_organizations(facts: Callable[..., Any], text: str, name: str) -> None:
    found = names(facts(text))
    assert name not in found, found


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # an institution's head runs on over 'of'/'for' and the capitalised words after it
        (
            "Marta Olsen, global chair of the Nordic Alliance of Robot Makers, spoke first.",
            "Nordic Alliance of Robot Makers",
            "ORG",
        ),
        (
            "The hosts were the Ministry of Commerce, the Pacific Alliance of Startups and the "
            "People's Government of Hainan Province.",
            "Pacific Alliance of Startups",
            "ORG",
        ),
        # a coordinated second organization is no part of it
        (
            "The hosts were the Ministry of Commerce, the Pacific Alliance of Startups and the "
            "People's Government of Hainan Province.",
            "Pacific Alliance of Startups and the People's Government of Hainan Province",
            None,
        ),
    ],
)
def test_entities_body_names_run_on(
    facts: Callable[..., Any], text: str, name: str, expected: str | None
) -> None:
    check_type(facts(text), name, expected)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a surname's particles stay inside the person's name
        (
            "Commission President Greta von der Lahnstein and Prime Minister Aldo Ferrante also took part.",
            "Greta von der Lahnstein",
            "PERSON",
        ),
        (
            "Pieter Van den Berghe, who heads the Flemish chip lab, also spoke.",
            "Pieter Van den Berghe",
            "PERSON",
        ),
        ("Pieter Van den Berghe, who heads the Flemish chip lab, also spoke.", "Pieter Van", None),
    ],
)
def test_entities_particle_surnames(
    facts: Callable[..., Any], text: str, name: str, expected: str | None
) -> None:
    check_type(facts(text), name, expected)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # capital letters glued to a model number belong to the product's name
        (
            "The group unveiled the Dimensity 9400 5G, a phone chip, in Shenzhen.",
            "Dimensity 9400 5G",
            "PRODUCT",
        ),
        ("The group unveiled the Dimensity 9400 5G, a phone chip, in Shenzhen.", "G", None),
        # a letter glued to the word before it is no product of its own
        ("The start-up designs RISC-V cores for cars.", "V", None),
    ],
)
def test_entities_glued_model_letters(
    facts: Callable[..., Any], text: str, name: str, expected: str | None
) -> None:
    check_type(facts(text), name, expected)


@pytest.mark.parametrize(
    ("text", "name", "person"),
    [
        # a venue the model takes for a person is no person
        (
            "The forum moved to Linyuan Park, a former rail yard in the west of the city.",
            "Linyuan Park",
            False,
        ),
        ("Crowds filled the stands at the Feria Nova Costa on Tuesday.", "Feria Nova Costa", False),
        ("The talks were held at the Ox Horn Campus in Dongguan.", "Horn Campus", False),
        # a person still is one
        (
            "Among the guests at the gala was Tomasz Wielgus, chief executive of Brightline Robotics.",
            "Tomasz Wielgus",
            True,
        ),
    ],
)
def test_entities_venues_named_as_people(
    facts: Callable[..., Any], text: str, name: str, person: bool
) -> None:
    found = names(facts(text))
    assert (found.get(name, ("",))[0] == "PERSON") is person, found

"""Entity layer, session 10: names as writers give them, so that a relation's endpoint is found.

- "Saudi Aramco", "the U.S. Commerce Department", "Wuhan Kelan Optics": a place word right before
  an organization's name stays a mention of its own, but the two words together are one of the
  organization's names too; so is a name without its leading "The".
- "Qwen 2 mini", "Pixel 9 Fold", "Orion 3 Large": the variant word after a product's name is part
  of the name (a tier word also in lower case; a size adjective only capitalised); so is 'AI'
  closing the phrase ("on Vertex AI."), not 'AI' before a noun ("Ascend AI processors").
- "1,000 Nvidia B200s", "six A380s": a model code in the plural names the model; a model code after
  its maker's known name ("Airbus A380") is a name of the model alone too ("A380").
- "Army chief Dennis Houston", "Maria K. Lima": a person's family name that is also a place's name
  keeps the person; a place after two given names, or before another word, stays a place.
- "Kondo Apparel", "Melissa Events": a name the model takes for a person's but that
  ends in a word no person's name ends in is an organization's.
- "Gao Lan": a frequent family name that a known organization's short form spells in capitals
  ("GAO") is a name beside another name word; the capitals still name the organization.

Wordings written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


def _names(doc: Any, etype: str) -> dict[str, set[str]]:
    """Each entity's id -> its name and aliases, for entities of one type."""
    return {e.id: {e.name, *e.aliases} for e in doc.entities if e.type.value == etype}


# text, a name some ORG entity must carry, names no ORG entity may carry
PLACE_LED_CASES = [
    ("Lumora raised money from Saudi Aramco and two local funds.", "Saudi Aramco", set()),
    (
        "Officials of the U.S. Commerce Department visited the plant in May.",
        "U.S. Commerce Department",
        set(),
    ),
    ("The filing lists Wuhan Kelan Optics as the buyer of the site.", "Wuhan Kelan Optics", set()),
    ("Kestrel Labs told The Wall Street Journal about the plan.", "Wall Street Journal", set()),
    # a comma or a possessive between the place and the name joins nothing
    ("In Shenzhen, Kestrel Labs opened a lab.", "Kestrel Labs", {"Shenzhen Kestrel Labs"}),
    ("China's Kestrel Labs opened a lab.", "Kestrel Labs", {"China's Kestrel Labs", "China Kestrel Labs"}),
]


@pytest.mark.parametrize(("text", "name", "absent"), PLACE_LED_CASES)
def test_place_led_names_s10(facts: Callable[..., Any], text: str, name: str, absent: set[str]) -> None:
    doc = facts(text)
    names = set().union(*_names(doc, "ORG").values())
    assert name in names, names
    assert not (absent & names), names


# text, a product name that must be found, product names that must not be
VARIANT_CASES = [
    ("Alibaba released Qwen 2 mini for phones on Monday.", "Qwen 2 mini", {"Qwen 2"}),
    ("Google showed the Pixel 9 Fold in Berlin.", "Pixel 9 Fold", {"Pixel 9"}),
    ("Lumora said its Orion 3 Large beats rival models.", "Orion 3 Large", set()),
    ("Clients reach Lumora's models through Nimbus AI, its cloud service.", "Nimbus AI", set()),
    # 'AI' before a noun says what kind of product it is
    ("Lumora's Nimbus AI chips ship in May.", "Nimbus", {"Nimbus AI"}),
    # a lower-case size adjective opens the noun phrase after the name
    ("Lumora said its Orion 3 large language model beats rivals.", "Orion 3", {"Orion 3 large"}),
    # a tier word joined by a hyphen to the next word is no part of the name
    ("Lumora said its Orion 3 mini-series drew viewers.", "Orion 3", {"Orion 3 mini"}),
]


@pytest.mark.parametrize(("text", "name", "absent"), VARIANT_CASES)
def test_product_variant_words_s10(facts: Callable[..., Any], text: str, name: str, absent: set[str]) -> None:
    doc = facts(text)
    names = set().union(*_names(doc, "PRODUCT").values())
    assert name in names, names
    assert not (absent & names), names


# text, a product name that must be found, the name of the same entity
PLURAL_CASES = [
    ("Lumora bought 1,000 Nvidia B200s for its new cluster.", "Nvidia B200s", "B200"),
    ("Qatar Airways ordered six Airbus A380s and 20 Boeing 777Xs.", "Airbus A380s", "A380"),
    ("Lumora flew the Airbus A350 to Lima.", "Airbus A350", "A350"),
]


@pytest.mark.parametrize(("text", "name", "singular"), PLURAL_CASES)
def test_plural_model_codes_s10(facts: Callable[..., Any], text: str, name: str, singular: str) -> None:
    doc = facts(text)
    entity = next((n for n in _names(doc, "PRODUCT").values() if name in n), set())
    assert singular in entity, _names(doc, "PRODUCT")


# text, a person that must be found (None: none), a place that must stay (None: none)
PLACE_SURNAME_CASES = [
    ("Army chief Dennis Houston opened the forum on Friday.", "Dennis Houston", None),
    ("The panel includes Maria K. Lima, a professor at Stanford.", "Maria K. Lima", None),
    # a place after a preposition is the place
    ("Lumora opened an office in Houston on Friday.", None, "Houston"),
    # a company named after its city is no person
    ("Dalian Wanda sponsored the final in Moscow.", None, "Dalian"),
]


@pytest.mark.parametrize(("text", "person", "place"), PLACE_SURNAME_CASES)
def test_place_surnames_s10(
    facts: Callable[..., Any], text: str, person: str | None, place: str | None
) -> None:
    doc = facts(text)
    people = set().union(*_names(doc, "PERSON").values())
    if person is not None:
        assert person in people, people
    else:
        assert not people, people
    if place is not None:
        assert place in set().union(*_names(doc, "GPE").values()), _names(doc, "GPE")


# text, a person that must be found (None: none), an organization id that must be found (None: none)
SURNAME_ACRONYM_CASES = [
    ("The award went to Gao Lan, a chemist at Fudan University.", "Gao Lan", None),
    ("Wu Tong and Gao Lan signed the agreement.", "Gao Lan", None),
    ("A GAO report faulted the program.", None, "org:gao"),
]


@pytest.mark.parametrize(("text", "person", "org"), SURNAME_ACRONYM_CASES)
def test_surnames_spelled_like_acronyms_s10(
    facts: Callable[..., Any], text: str, person: str | None, org: str | None
) -> None:
    doc = facts(text)
    if person is not None:
        assert person in set().union(*_names(doc, "PERSON").values()), _names(doc, "PERSON")
        assert "org:gao" not in _names(doc, "ORG"), _names(doc, "ORG")
    if org is not None:
        assert org in _names(doc, "ORG"), _names(doc, "ORG")


# text, a name that must be an organization's
COMPANY_ENDING_CASES = [
    ("Exhibitors include Takeda Chemical, Kondo Apparel and Marlow Events.", "Kondo Apparel"),
    ("Melissa Events organised the gala.", "Melissa Events"),
]


@pytest.mark.parametrize(("text", "name"), COMPANY_ENDING_CASES)
def test_company_endings_not_people_s10(facts: Callable[..., Any], text: str, name: str) -> None:
    doc = facts(text)
    assert name in set().union(*_names(doc, "ORG").values()), [(e.type.value, e.name) for e in doc.entities]
    assert name not in set().union(*_names(doc, "PERSON").values())

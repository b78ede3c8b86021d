"""Entity layer, session 11: organization names that open with a place, whole and in short.

- "Hubei Tiansheng Tencent Partnership": a name that opens with a city or province and holds a known
  company's name, with words of its own between the two or after the company, is a local company of
  its own, not the known one; the place and the known name alone ("Zhejiang Geely Holding") stay the
  known company.
- "Hefei O-Lux Tech": a city, a brand and a company word that the model takes for a person's name
  are a company.
- "Xiamen Lumin" after "Xiamen Lumin Textile Co. Ltd.": a long name that opens with a city or ends in
  a legal form is written later by its first words alone; the short form is an organization, not a
  place and a loose word, nor a person; a capitalised word after it continues it ("Ningxia East Hope").
- "the European Union said", "the EU's court": a bloc of countries named as a noun is a body (ORG);
  before a noun ("EU regulators") the word stays the place adjective (GPE).
- "Orca-7B", "Llama-2-70B": a word with a parameter count glued on is a model (PRODUCT), not the
  place or person the model took it for; "Kestrel-LLM": a kind word glued on by a hyphen stays in a
  product's name.
- "Desert Rose Holding", "the market researcher Harbor Analytics": a name ending in a word no
  person's name ends in is an organization's, even where a person rule (a title before it, a
  person beside it) took it for a person's.
- "Treasury said": a one-word name that is a distinctive word of exactly one known organization
  named in the document ("the Treasury Department") is that organization.

Wordings written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


def _names(doc: Any, etype: str) -> set[str]:
    """Every name and alias of the entities of one type."""
    return {n for e in doc.entities if e.type.value == etype for n in (e.name, *e.aliases)}


# text, names some ORG entity must carry, names no ORG entity may carry
PLACE_LED_CASES = [
    (
        "The two units, Hubei Tiansheng Tencent Partnership and Wuhan Lingxi Huawei Technology, were added.",
        {"Hubei Tiansheng Tencent Partnership", "Wuhan Lingxi Huawei Technology"},
        {"Tencent", "Huawei"},
    ),
    (
        "Investors in the round included Chengdu Mingyuan Alibaba Technology Partnership, a fund.",
        {"Chengdu Mingyuan Alibaba Technology Partnership"},
        {"Alibaba"},
    ),
    # the place and the known name alone: the known company, under both names
    ("Zhejiang Geely Holding owns Volvo Cars.", {"Geely Holding", "Zhejiang Geely Holding"}, set()),
    ("Those named include Hefei O-Lux Tech, a maker of camera lenses.", {"Hefei O-Lux Tech"}, {"O-Lux Tech"}),
]


@pytest.mark.parametrize(("text", "names", "absent"), PLACE_LED_CASES)
def test_entities_place_led_company_names(
    facts: Callable[..., Any], text: str, names: set[str], absent: set[str]
) -> None:
    doc = facts(text)
    orgs = _names(doc, "ORG")
    assert names <= orgs, orgs
    assert not (absent & orgs), orgs


def test_entities_place_led_name_keeps_known_company(facts: Callable[..., Any]) -> None:
    doc = facts("Zhejiang Geely Holding owns Volvo Cars.")
    holder = [e for e in doc.entities if "Zhejiang Geely Holding" in (e.name, *e.aliases)]
    assert len(holder) == 1 and "Geely Holding" in holder[0].aliases, holder


# text, the short form that must be an organization's name, names of other types it must not be
SHORT_FORM_CASES = [
    (
        "The agency listed Jiangxi Hongda Optics Tech, a maker of lenses. Jiangxi Hongda is a unit of Hongda "
        "Group.",
        "Jiangxi Hongda",
        "GPE",
        "Jiangxi",
    ),
    (
        "The rule covers Xiamen Lumin Textile Co. Ltd., a cotton mill. Xiamen Lumin belongs to Lumin Group.",
        "Xiamen Lumin",
        "PERSON",
        "Xiamen Lumin",
    ),
    # a capitalised word after the first two continues the short form
    (
        "The list names Ningxia East Hope Metals Co. Ltd. and two others. Ningxia East Hope is part of East "
        "Hope Group.",
        "Ningxia East Hope",
        "ORG",
        "Ningxia East",
    ),
]


@pytest.mark.parametrize(("text", "short", "other_type", "other_name"), SHORT_FORM_CASES)
def test_entities_short_forms_of_registered_names(
    facts: Callable[..., Any], text: str, short: str, other_type: str, other_name: str
) -> None:
    doc = facts(text)
    assert short in _names(doc, "ORG"), _names(doc, "ORG")
    assert other_name not in _names(doc, other_type) or other_name == short, _names(doc, other_type)


def test_entities_short_form_owner_relation(facts: Callable[..., Any]) -> None:
    doc = facts(
        "The rule covers Xiamen Lumin Textile Co. Ltd., a cotton mill. Xiamen Lumin belongs to Lumin Group."
    )
    ids = {e.id: e for e in doc.entities}
    owned = [
        ids[r.object].name
        for r in doc.relations
        if r.predicate.value == "owns" and r.object in ids and r.subject in ids
    ]
    assert any(name.startswith("Xiamen Lumin") for name in owned), doc.relations


def test_entities_city_alone_stays_place(facts: Callable[..., Any]) -> None:
    doc = facts("Hefei is home to Lumora, a start-up, and Wuxi hosts Kestrel.")
    assert {"Hefei", "Wuxi"} <= _names(doc, "GPE")
    assert not ({"Hefei", "Wuxi"} & _names(doc, "ORG"))


# text, the lone word, whether it joins a known organization named in the text
LONE_WORD_CASES = [
    (
        "The Treasury Department sanctioned Lumora Networks on Monday. Treasury said the firm aided hackers.",
        True,
    ),
    # two known bodies have 'Commerce' in their names: the word alone picks neither
    (
        "The US Commerce Department and China's Ministry of Commerce met in May. Commerce said talks would "
        "go on.",
        False,
    ),
]


@pytest.mark.parametrize(("text", "joined"), LONE_WORD_CASES)
def test_entities_lone_word_of_known_name(facts: Callable[..., Any], text: str, joined: bool) -> None:
    doc = facts(text)
    word = "Treasury" if "Treasury" in text else "Commerce"
    holders = [e for e in doc.entities if word in (e.name, *e.aliases)]
    assert len(holders) == 1, holders
    assert (len(holders[0].aliases) > 1) is joined, holders


# text, types the bloc's entities must have
BLOC_CASES = [
    ("The European Union fined Lumora Networks in May.", {"ORG"}),
    ("Lumora Networks said the EU's court would rule in May.", {"ORG"}),
    ("EU regulators fined Lumora Networks in May.", {"GPE"}),
]


@pytest.mark.parametrize(("text", "types"), BLOC_CASES)
def test_entities_bloc_named_as_body(facts: Callable[..., Any], text: str, types: set[str]) -> None:
    doc = facts(text)
    found = {e.type.value for e in doc.entities if {"EU", "European Union"} & {e.name, *e.aliases}}
    assert found == types, doc.entities


# text, product names that must be found (and no other type may carry)
SIZED_CASES = [
    (
        "Lumora published two base models, Orca-7B and the larger Orca-70B, on Monday.",
        {"Orca-7B", "Orca-70B"},
    ),
    ("Lumora tested Llama-2-70B and Mixtral-8x7B against its own model.", {"Llama-2-70B", "Mixtral-8x7B"}),
]


@pytest.mark.parametrize(("text", "names"), SIZED_CASES)
def test_entities_sized_models(facts: Callable[..., Any], text: str, names: set[str]) -> None:
    doc = facts(text)
    assert names <= _names(doc, "PRODUCT"), doc.entities
    assert not (names & (_names(doc, "GPE") | _names(doc, "PERSON") | _names(doc, "ORG")))


def test_entities_sized_shape_needs_count(facts: Callable[..., Any]) -> None:
    doc = facts("Lumora raised money in a Series-B round led by Kestrel Capital.")
    assert not any(n.startswith("Series") for n in _names(doc, "PRODUCT")), doc.entities


def test_entities_hyphen_glued_kind_word_stays(facts: Callable[..., Any]) -> None:
    doc = facts("Lumora Labs released its Kestrel-LLM model on Friday.")
    assert "Kestrel-LLM" in _names(doc, "PRODUCT"), doc.entities
    assert not any(n.endswith("-") for n in _names(doc, "PRODUCT"))


# text, organization names that must not be typed PERSON, person names that stay
COMPANY_SHAPED_CASES = [
    (
        "Investors include Kestrel Capital, as well as Prince Faisal Bin Salman and Desert Rose Holding, the "
        "Saudi investment firm he chairs.",
        {"Desert Rose Holding"},
        {"Faisal Bin Salman"},
    ),
    (
        "The regulator named several subsidiaries, including the market researcher Harbor Analytics.",
        {"Harbor Analytics"},
        set(),
    ),
    (
        "Lumora chief Anna Berg met Pacific Dock Workers president Tom Reyes.",
        {"Pacific Dock Workers"},
        {"Tom Reyes"},
    ),
]


@pytest.mark.parametrize(("text", "orgs", "people"), COMPANY_SHAPED_CASES)
def test_entities_company_shaped_names_not_people(
    facts: Callable[..., Any], text: str, orgs: set[str], people: set[str]
) -> None:
    doc = facts(text)
    assert orgs <= _names(doc, "ORG"), doc.entities
    assert people <= _names(doc, "PERSON"), doc.entities
    assert not (orgs & _names(doc, "PERSON"))

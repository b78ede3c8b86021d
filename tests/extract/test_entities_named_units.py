"""A known company's name that runs on into more name words, in sentences of our own: a unit word
or a place makes a unit of its own ("Samsung Foundry", "Intel China"), a name suffix keeps the
company ("Unitree Technology" is Unitree), a place that starts another phrase stays a place, and a
model code after the company's name is its product ("Xpeng X9")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

UNIT_CASES = [
    # text, the unit's name, its country
    ("Samsung Foundry and SK Hynix presented at the show.", "Samsung Foundry", "KR"),
    ("Microsoft Research Asia hosted the workshop in Beijing.", "Microsoft Research Asia", "US"),
    ("Intel China opened a new lab in Shanghai, the company said.", "Intel China", "CN"),
    ("Alibaba Cloud Singapore signed the deal on Tuesday.", "Alibaba Cloud Singapore", "SG"),
    ("Huawei Europe and Nvidia Asia Pacific signed the pact.", "Huawei Europe", "CN"),
    ("Huawei Europe and Nvidia Asia Pacific signed the pact.", "Nvidia Asia Pacific", "US"),
    ("Baidu AI Cloud launched a model marketplace.", "Baidu AI Cloud", "CN"),
]


@pytest.mark.parametrize(("text", "name", "country"), UNIT_CASES)
def test_named_unit_is_its_own_organization(
    facts: Callable[..., Any], text: str, name: str, country: str
) -> None:
    doc = facts(text)
    found = {e.name: (e.type.value, e.country) for e in doc.entities}
    assert found.get(name) == ("ORG", country), found


SAME_COMPANY_CASES = [
    # a suffix of the company's own name: still the KB company, and the longer form is an alias
    ("Unitree Technology showed a robot dog.", "org:unitree", "Unitree Technology"),
]


@pytest.mark.parametrize(("text", "entity_id", "alias"), SAME_COMPANY_CASES)
def test_name_suffix_keeps_the_company(
    facts: Callable[..., Any], text: str, entity_id: str, alias: str
) -> None:
    doc = facts(text)
    found = {e.id: e for e in doc.entities}
    assert entity_id in found, sorted(found)
    assert alias in found[entity_id].aliases


STAYS_APART_CASES = [
    # text, the company's id, the place that must stay a place
    ("Tencent Hong Kong-listed shares rose on Monday.", "org:tencent-holdings", "Hong Kong"),
    ("The deal made Huawei China's biggest phone vendor again.", "org:huawei-technologies", "China"),
    ("Exhibitors:\nIntel\nChina Mobile", "org:intel", None),
    ("Intel | China | booth 3", "org:intel", "China"),
]


@pytest.mark.parametrize(("text", "entity_id", "place"), STAYS_APART_CASES)
def test_place_after_company_stays_apart(
    facts: Callable[..., Any], text: str, entity_id: str, place: str | None
) -> None:
    doc = facts(text)
    names = {e.name for e in doc.entities}
    assert entity_id in {e.id for e in doc.entities}, names
    assert not any(n.startswith(("Tencent ", "Huawei ", "Intel ")) for n in names), names
    if place is not None:
        assert place in names, names


MAKER_LED_PRODUCT_CASES = [
    # text, product name or alias, the maker's id
    ("Visitors queued to see the Xpeng X9 at the show.", "Xpeng X9", "org:xpeng"),
    ("The Li Auto L9 sold well last year.", "Li Auto L9", "org:li-auto"),
    ("Baidu Apollo showed its robotaxi at the expo.", "Baidu Apollo", "org:baidu"),
    ("Huawei showed the Huawei Mate 60 Pro.", "Huawei Mate 60 Pro", "org:huawei-technologies"),
]


@pytest.mark.parametrize(("text", "product", "maker"), MAKER_LED_PRODUCT_CASES)
def test_product_named_after_its_maker(
    facts: Callable[..., Any], text: str, product: str, maker: str
) -> None:
    doc = facts(text)
    products = {e.id: e for e in doc.entities if e.type.value == "PRODUCT"}
    ids = [pid for pid, e in products.items() if product in (e.name, *e.aliases)]
    assert ids, [(e.name, e.aliases) for e in products.values()]
    assert any(
        r.predicate.value == "develops" and r.subject == maker and r.object in ids for r in doc.relations
    )


def test_half_year_after_a_company_is_no_product(facts: Callable[..., Any]) -> None:
    doc = facts("Xiaomi H1 revenue rose, and Samsung Q3 profit fell.")
    assert not [e for e in doc.entities if e.type.value == "PRODUCT"], [e.name for e in doc.entities]

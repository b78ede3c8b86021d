"""Country attribution from what the text states, for organizations the KB does not know."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

CASES = [
    # text, organization, expected country
    ("Piotech, a Shenyang-based equipment maker, raised prices.", "Piotech", "CN"),
    ("The fair is run by TAITRA, the Taiwanese trade body.", "TAITRA", "TW"),
    ("Beijing start-up Shengshu launched a video model.", "Shengshu", "CN"),
    ("Volcano Engine, ByteDance's cloud unit headquartered in Beijing, cut prices.", "Volcano Engine", "CN"),
    ("Chinese chipmaker Hexin Micro said it would list in Shanghai.", "Hexin Micro", "CN"),
    (
        "Orders rose at Lumen Tools (Suzhou), Inc., an equipment maker based in Austin, Texas.",
        "Lumen Tools (Suzhou), Inc.",
        "US",
    ),
    ("Shares of China's Piotech gained 5%.", "Piotech", "CN"),
    ("Investors like Quillfeather Labs, which builds sensors.", "Quillfeather Labs", None),
    # a registered name carries the city or province it is registered in
    (
        "Regulators fined Anhui Lanxin Optics Technology Co., Ltd. last year.",
        "Anhui Lanxin Optics Technology Co., Ltd.",
        "CN",
    ),
    (
        "Orders went to Kestrel Robotics (Wuhan) Co., Ltd. this year.",
        "Kestrel Robotics (Wuhan) Co., Ltd.",
        "CN",
    ),
    # a unit named after a company the KB knows
    ("Its subsidiaries include Inspur Software and others.", "Inspur Software", "CN"),
]


@pytest.mark.parametrize(("text", "org", "country"), CASES)
def test_entities_country_from_text(
    facts: Callable[..., Any], text: str, org: str, country: str | None
) -> None:
    doc = facts(text)
    found = {n: e.country for e in doc.entities if e.type.value == "ORG" for n in (e.name, *e.aliases)}
    assert org in found, [(e.type.value, e.name) for e in doc.entities]
    assert found[org] == country


def test_entities_country_kb_record_wins(facts: Callable[..., Any]) -> None:
    doc = facts("Huawei, a Dongguan-based company in this story, met Nvidia, a Shanghai-based rival.")
    found = {e.name: e.country for e in doc.entities if e.type.value == "ORG"}
    assert found.get("Nvidia") == "US"


PLACE_CASES = [
    # text, place, expected country: a place the KB does not know takes the country of the state,
    # province or country written right after it, never of a city in a list
    ("The plant is in Hillsboro, Oregon, near Portland.", "Hillsboro", "US"),
    ("Its office in Delft, the Netherlands, closed.", "Delft", "NL"),
    ("The fair moves from Leuven, Belgium, to Paris next year.", "Leuven", "BE"),
    ("The tour stops in Tilburg, Munich and Dresden.", "Tilburg", None),
]


@pytest.mark.parametrize(("text", "place", "country"), PLACE_CASES)
def test_entities_place_country_from_text(
    facts: Callable[..., Any], text: str, place: str, country: str | None
) -> None:
    doc = facts(text)
    found = {n: e.country for e in doc.entities if e.type.value == "GPE" for n in (e.name, *e.aliases)}
    assert place in found, [(e.type.value, e.name) for e in doc.entities]
    assert found[place] == country

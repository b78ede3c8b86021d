"""Items of a semicolon list of companies that the small model misses or types as a place: all-capital
and camel-case names, and one-word brands it takes for an unknown place. Sentences of our own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

_LIST = (
    "The companies added are Quantinuum Systems; ZYLO Robotics; Brightwave Labs; NovaLidar; "
    "Kestrel Dynamics; Fennix; and Orbital Sensing."
)


@pytest.mark.parametrize("name", ["ZYLO Robotics", "NovaLidar", "Fennix", "Kestrel Dynamics"])
def test_semicolon_list_item_is_an_organization(facts: Callable[..., Any], name: str) -> None:
    found = {e.name: e.type.value for e in facts(_LIST).entities}
    assert found.get(name) == "ORG", found


def test_places_in_a_semicolon_list_stay_places(facts: Callable[..., Any]) -> None:
    doc = facts("Its offices are in Shanghai; Beijing; Guangzhou; and Shenzhen.")
    assert {e.type.value for e in doc.entities} == {"GPE"}

"""Relations, session 11 (lead): governments that act together on one measure.

"was sanctioned by the European Union and the United States": each coordinated government is a
sanctioner; a country that is only mentioned beside the measure ("and China protested", "sells to
Britain and France") is not. Wordings written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

LEAD = "BRUSSELS, March 3, 2025 - "

CASES = [
    (
        LEAD + "Kestrel Avionics was sanctioned by the European Union and the United States on Monday.",
        {"gpe:european-union", "gpe:united-states"},
    ),
    (
        LEAD + "Britain and Canada imposed sanctions on Kestrel Avionics on Monday.",
        {"gpe:united-kingdom", "gpe:canada"},
    ),
    (
        LEAD + "Kestrel Avionics was sanctioned by the United States, and China protested.",
        {"gpe:united-states"},
    ),
    (
        LEAD + "Kestrel Avionics, which the United States sanctioned last year, sells parts to Britain and "
        "France.",
        {"gpe:united-states"},
    ),
]


@pytest.mark.parametrize(("text", "sanctioners"), CASES)
def test_relations_coordinated_sanctioners(
    facts: Callable[..., Any], text: str, sanctioners: set[str]
) -> None:
    doc = facts(text)
    got = {
        r.object
        for r in doc.relations
        if r.predicate.value == "sanctioned_by" and r.subject == "org:kestrel-avionics" and not r.negated
    }
    assert got == sanctioners

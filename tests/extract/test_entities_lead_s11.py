"""Entity layer, session 11 (lead): capitals-only short forms and unknown industry names.

- "Drone Maker Hit by Sanctions": a headline word in title case that the tagger reads as a verb or an
  adjective is not the capitals-only short form of a known organization ("HIT", the Harbin Institute
  of Technology); the short form in capitals, or a title-case name tagged a proper noun, still is.
- "Kestrel Avionics was sanctioned": an unknown capitalised name of two or more words ending in an
  industry word (avionics, robotics, semiconductor ...) is an organization where the NER tagged none
  or folded it into a date.

Wordings written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


def _orgs(doc: Any) -> set[str]:
    return {n for e in doc.entities if e.type.value == "ORG" for n in (e.name, *e.aliases)}


# text, a name some ORG must carry (or None), a name no ORG may carry (or None)
SHORT_FORM_CASES = [
    ("Drone Maker Hit by Sanctions\nThe measures start on Monday.", None, "Hit"),
    ("HIT researchers built the robot arm.", "HIT", None),
    ("Researchers at the Harbin Institute of Technology (HIT) built the arm.", "HIT", None),
]


@pytest.mark.parametrize(("text", "present", "absent"), SHORT_FORM_CASES)
def test_entities_capitals_only_short_forms(
    facts: Callable[..., Any], text: str, present: str | None, absent: str | None
) -> None:
    orgs = _orgs(facts(text))
    assert present is None or present in orgs, orgs
    assert absent is None or absent not in orgs, orgs


INDUSTRY_NAME_CASES = [
    (
        "BRUSSELS, March 3, 2025 - Kestrel Avionics was sanctioned by the United States on Monday.",
        "Kestrel Avionics",
    ),
    ("Shares of Lumora Photonics rose after the listing.", "Lumora Photonics"),
    ("The deal was signed by Tavira Robotics and a local bank.", "Tavira Robotics"),
]


@pytest.mark.parametrize(("text", "name"), INDUSTRY_NAME_CASES)
def test_entities_unknown_names_ending_in_an_industry(
    facts: Callable[..., Any], text: str, name: str
) -> None:
    assert name in _orgs(facts(text))


def test_entities_industry_name_carries_its_relation(facts: Callable[..., Any]) -> None:
    doc = facts(INDUSTRY_NAME_CASES[0][0])
    assert ("org:kestrel-avionics", "sanctioned_by", "gpe:united-states") in {
        (r.subject, r.predicate.value, r.object) for r in doc.relations
    }


def test_entities_industry_word_alone_is_no_name(facts: Callable[..., Any]) -> None:
    # one capitalised industry word is a noun at the start of a sentence, not a company
    assert "Robotics" not in _orgs(facts("Robotics drew the largest crowds at the fair."))

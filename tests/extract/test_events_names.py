"""Event editions named outside the reference data, in wordings written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.test_extract_relations import has

NAMED_CASES = [
    # text, event name the relation's object carries, predicate, subject
    (
        "Sony's Kenichiro Yoshida spoke at the Harbour Innovation Summit in Yokohama on Monday.",
        "Harbour Innovation Summit 2024",
        "speaks_at",
        "Kenichiro Yoshida",
    ),
    (
        "The 19th Northern Robotics Expo runs until Sunday. Unitree showed its dogs at the expo.",
        "Northern Robotics Expo 2024",
        "exhibits_at",
        "Unitree",
    ),
    (
        "The inaugural Pacific Data Forum opened in Singapore. Grab hosted the forum.",
        "Pacific Data Forum 2024",
        "organizes",
        "Grab",
    ),
    (
        "At the Riverside Capital conference in Dubai, Mubadala chief Khaldoon Al Mubarak spoke by video.",
        "Riverside Capital 2024",
        "speaks_at",
        "Khaldoon Al Mubarak",
    ),
    (
        "TechNova 2024 took place in Lyon last week. Mistral AI exhibited at TechNova.",
        "TechNova 2024",
        "exhibits_at",
        "Mistral AI",
    ),
]


@pytest.mark.parametrize(("text", "event", "predicate", "subject"), NAMED_CASES)
def test_events_unknown_series_named(
    facts: Callable[..., Any], text: str, event: str, predicate: str, subject: str
) -> None:
    doc = facts(text)
    assert has(doc, predicate, subject, event), [
        (r.subject, r.predicate.value, r.object) for r in doc.relations
    ]


# A one-word brand the model types as a place or company, named an event by its apposition.
APPOSED_CASES = [
    (
        "Founders went to Kaskelot, the Tallinn start-up conference. Nokia exhibited at Kaskelot.",
        "Kaskelot 2024",
        "exhibits_at",
        "Nokia",
    ),
    (
        "Wargaming showed its new title at Spielwelt, the Leipzig video game fair, in August.",
        "Spielwelt 2024",
        "exhibits_at",
        "Wargaming",
    ),
    (
        "Oracle executives spoke at Horizon, Oracle's annual customer conference, in Las Vegas.",
        "Horizon 2024",
        "organizes",
        "Oracle",
    ),
]


@pytest.mark.parametrize(("text", "event", "predicate", "subject"), APPOSED_CASES)
def test_events_named_by_apposition(
    facts: Callable[..., Any], text: str, event: str, predicate: str, subject: str
) -> None:
    doc = facts(text)
    assert has(doc, predicate, subject, event), [
        (r.subject, r.predicate.value, r.object) for r in doc.relations
    ]


NOT_EVENT_CASES = [
    # an apposition naming an organiser, an exhibitor or a host city is no event
    "Messe Frankfurt, the trade fair organiser, said bookings rose.",
    "Lisbon, the conference city, welcomed 70,000 visitors.",
    # a venue whose name holds a meeting noun, a person's meeting, a legislature
    "Tesla showed its robot at the Shanghai World Expo Exhibition and Convention Center on Friday.",
    "Officials prepared for the Trump-Xi summit in Busan, where Trump met Xi.",
    "Lei Jun addressed the Zhejiang Provincial Congress in Hangzhou.",
    "The annual Huawei results showed profits rose.",
]


@pytest.mark.parametrize("text", NOT_EVENT_CASES)
def test_events_not_from_venues_or_people(facts: Callable[..., Any], text: str) -> None:
    doc = facts(text)
    assert doc.events == (), [e.name for e in doc.events]


YEAR_CASES = [
    # text, series name, year expected among the document's editions
    (
        "The seventh CIIE closed on Sunday. Photo: the second CIIE in Shanghai in 2019.",
        "China International Import Expo",
        2019,
    ),
    ("The seventh CIIE closed on Sunday.", "China International Import Expo", 2024),
    ("Visitors at CES in Las Vegas in 2019 saw folding phones.", "CES", 2019),
    ("Last year's Computex drew 1,500 exhibitors, organisers said.", "Computex", 2023),
]


@pytest.mark.parametrize(("text", "series", "year"), YEAR_CASES)
def test_events_edition_year_from_ordinal_or_phrase(
    facts: Callable[..., Any], text: str, series: str, year: int
) -> None:
    doc = facts(text)
    assert any(e.name == series and e.year == year for e in doc.events), [
        (e.name, e.year) for e in doc.events
    ]

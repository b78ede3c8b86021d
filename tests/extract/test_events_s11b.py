"""Event editions, session 11 (b): series outside the KB found by their shape and context, and the
main series named the way a reader would.

- A place after a meeting head is part of the series' name ("the Zorvex AI Summit India"); a sports
  competition's host is the edition's ("FIFA World Cup Brazil 2014" is the FIFA World Cup).
- A name is an event by its context alone: a year before an apposition ("Lumen 2024, Kalimant's annual
  developer conference"), an owner's possessive before a meeting noun ("the company's Beacon partner
  conference"), a quoted title before "event", an acronym in brackets, a name that opens or closes
  ("Robolisa opened on Monday in Porto"), "the fourth edition of Technova", a page's heading line.
- Not events: a share price that closed, a plan named by its year ("Vision 2030"), a report's heading,
  a date before an apposition ("in June 2017, the meeting ..."), a venue in apposition ("Marisol, the
  Porto Expo and Convention Centre"), the words of a sentence before a brand and its year.
- The longer series the story is about takes a KB name inside it ("GTC China" and the GPU Technology
  Conference); a short KB name the story names first and most stays itself ("electronica" beside
  "electronica China").
- A time phrase in a clause about something else does not date the edition ("... a chatbot that
  Kalimant released last August"); a paragraph's last sentence frames its time phrase ("..., last
  October.").

Wordings written for these tests.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

import pytest

from rivalgraph.extract import Extractor
from rivalgraph.model import Document


def _event_spans(extractor: Extractor, text: str) -> set[str]:
    """The texts of the EVENT mentions the extractor finds in `text`."""
    doc = Document(doc_id=hashlib.sha256(text.encode()).hexdigest(), text=text, published="2024-05-10")
    sdoc = extractor.nlp(extractor._prepare(doc))
    return {e.text for e in sdoc.ents if e.label_ == "EVENT"}


# text, the EVENT mention texts it must hold (positive), and those it must not (negative)
SPAN_CASES = [
    # a place after the head names the series
    (
        "Dana Whitfield spoke at the Zorvex AI Summit India, a two-day gathering in Mumbai.",
        {"Zorvex AI Summit India"},
    ),
    # a year between a name and its apposition
    ("Priya Raman spoke at Lumen 2024, Kalimant's annual developer conference.", {"Lumen"}),
    # an owner's possessive and a meeting noun after the brand
    ("Priya Raman spoke at the company's Beacon partner conference in Porto.", {"Beacon"}),
    # a quoted title before an event noun
    ('Kalimant\'s "Bright Side" event drew a crowd in Porto.', {"Bright Side"}),
    # an acronym in brackets that spells the name
    ("Co-located: Coastal Drone Summit (CDS), second edition.", {"Coastal Drone Summit"}),
    # a name that opens, with its place and day
    ("Robolisa opened on Monday in Porto with 400 exhibitors.", {"Robolisa"}),
    # "the Nth edition of"
    ("Priya Raman opened the fourth edition of Technova in Porto on Thursday.", {"Technova"}),
    # a heading line in capitals
    ("HARBOUR TECH 2024 | Programme\n\nKeynote: Priya Raman", {"HARBOUR TECH"}),
    # an edition counted by the name's possessive
    ("Portolux's first Gulf edition closed on Thursday in Doha.", {"Portolux"}),
    # a sports host belongs to the edition
    ("FIFA World Cup Brazil 2014 | Sponsors\n\nHuawei sponsored the tournament.", {"FIFA World Cup"}),
    # the sentence's words before a brand and its year are no part of it
    ("Also exhibiting at Technova 2024: Huawei and ZTE.", {"Technova"}),
]

NEGATIVE_CASES = [
    # a share price that closed
    ("Kalimant closed on Friday at $12.50.", "Kalimant"),
    ("Trading opened on Monday with shares up 3%.", "Trading"),
    # a plan named by its year
    ("The plan is part of Vision 2030, the kingdom's reform programme.", "Vision"),
    # a report's heading
    ("Annual Report 2023 | Summary", "Annual Report"),
    # a venue in apposition
    ("Robolisa closed on Friday at Marisol, the Porto Expo and Convention Centre.", "Marisol"),
    # a date before an apposition about a meeting
    (
        "When the union first gathered researchers in Geneva in June 2017, the meeting was a modest affair.",
        "June",
    ),
    # a sentence's words before a brand and its year
    ("Also exhibiting at Technova 2024: Huawei and ZTE.", "Also exhibiting at Technova"),
]


@pytest.mark.parametrize(("text", "expected"), SPAN_CASES)
def test_events_names_by_context_s11b(extractor: Extractor, text: str, expected: set[str]) -> None:
    assert expected <= _event_spans(extractor, text)


@pytest.mark.parametrize(("text", "name"), NEGATIVE_CASES)
def test_events_not_named_by_context_s11b(extractor: Extractor, text: str, name: str) -> None:
    assert name not in _event_spans(extractor, text)


# text, publication date, the (name, year) of every edition the text gives
EDITION_CASES = [
    # the longer series the story is about takes the KB name inside it
    (
        "Priya Raman spoke at GTC China in Suzhou on Wednesday. The conference is the Chinese edition of "
        "the GPU Technology Conference.",
        "2019-12-18",
        {("GTC China", 2019)},
    ),
    # a short KB name the story names first and most is itself
    (
        "electronica opened its doors in Munich on Tuesday. Huawei exhibited at electronica. Messe Muenchen "
        "also runs electronica China in Shanghai.",
        "2024-11-12",
        {("electronica", 2024), ("electronica China", 2024)},
    ),
    # a month inside a relative clause about something else
    (
        "Priya Raman took the stage at the company's Beacon conference in Porto on May 15 to present the "
        "Lumo model, which grew out of a chatbot that Kalimant released last August.",
        "2024-05-22",
        {("Beacon", 2024)},
    ),
    # a paragraph's last sentence, its line breaks aside, ends on the month that dates it
    (
        "The chips were first shown at Huawei Connect, the group's annual conference in Shanghai, last "
        "October.\n\nMore news follows.",
        "2019-08-23",
        {("Huawei Connect", 2018)},
    ),
    # "its first Gulf edition" counts the Gulf editions, not the series'
    ("Web Summit's first Gulf edition closed on Thursday in Doha.", "2024-02-29", {("Web Summit", 2024)}),
    # ... while "the first edition of" counts the series'
    ("Huawei exhibited at the first edition of Web Summit.", "2024-02-29", {("Web Summit", 2009)}),
]


@pytest.mark.parametrize(("text", "published", "expected"), EDITION_CASES)
def test_events_editions_s11b(
    facts: Callable[..., Any], text: str, published: str, expected: set[tuple[str, int]]
) -> None:
    doc = facts(text, published)
    assert {(e.name, e.year) for e in doc.events} == expected


# text, the (predicate, subject, object, negated) facts about editions the text must give
RELATION_CASES = [
    (
        "Robolisa opened on Monday in Porto, and Priya Raman spoke at Robolisa.",
        {("speaks_at", "person:priya-raman", "event:robolisa-2024", False)},
    ),
    # negated: a company that did not exhibit at a series found by its opening
    (
        "Robolisa opened on Monday in Porto. Huawei did not exhibit at Robolisa this year.",
        {("exhibits_at", "org:huawei-technologies", "event:robolisa-2024", True)},
    ),
    # the series the headline or lead names is the story's, though another is named more often further
    # down: the event a later sentence refers to
    (
        "Kalimant shows its robots in Porto\n\n"
        'Kalimant\'s "Bright Side" event drew a crowd in Porto on Thursday.\n\n'
        "At Kalimant's first Harbour Forum, held in Porto in 2022, it showed a drone. At its second Harbour "
        "Forum, in 2023, it showed a boat.\n\n"
        "Priya Raman spoke at the event.",
        {("speaks_at", "person:priya-raman", "event:bright-side-2024", False)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATION_CASES)
def test_events_relations_s11b(
    facts: Callable[..., Any], text: str, expected: set[tuple[str, str, str, bool]]
) -> None:
    doc = facts(text, "2024-05-10")
    got = {
        (r.predicate.value, r.subject, r.object, r.negated)
        for r in doc.relations
        if r.object.startswith("event:")
    }
    assert expected <= got

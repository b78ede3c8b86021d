"""Event editions, session 11: which edition a sentence and each reference in it are about.

- A sentence's references are read in the order it names them: the first carries on ("... has staged
  the show, after the Harbour Mobility Show 2019. X spoke at the opening." stays on this year's edition).
- "In 2021, when the show met ...": a 'when' clause the parser hangs on the year dates the sentence;
  it is no relative clause about something else, and the paragraph carries that edition.
- An edition named only inside a relative clause ("Xiaomi, which skipped the 2023 edition, returned")
  is that clause's; the main clause stays on the story's edition.
- "last August's World Robot Conference", "..., last October": a month counted back from the
  publication date; "the last show was held in 2020" is dated by its clause, not by "last".
- A fair that writes its brand in lower case ("electronica") is found in that spelling; an apposition
  opened by "its" calls a name an event ("Harbour Tech, its annual showcase").

Wordings written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

# text, publication date, the (predicate, subject id, event id) facts about editions the text must give
RELATION_CASES = [
    # the sentence's first reference carries on, not the earlier edition it compares with
    (
        "Dana Whitfield opened the Harbour Mobility Show in Porto on Monday. It is the second time the "
        "city has staged the show, after the Harbour Mobility Show 2019. Priya Raman spoke at the opening.",
        "2024-05-10",
        {
            ("speaks_at", "person:dana-whitfield", "event:harbour-mobility-show-2024"),
            ("speaks_at", "person:priya-raman", "event:harbour-mobility-show-2024"),
        },
    ),
    # a 'when' clause on a year dates the sentence and the paragraph after it
    (
        "Huawei exhibited at MWC Shanghai on Wednesday. In 2021, when the show met in Shanghai, ZTE "
        "exhibited as well. Xiaomi exhibited too.",
        "2024-06-20",
        {
            ("exhibits_at", "org:huawei-technologies", "event:mwc-shanghai-2024"),
            ("exhibits_at", "org:zte", "event:mwc-shanghai-2021"),
            ("exhibits_at", "org:xiaomi", "event:mwc-shanghai-2021"),
        },
    ),
    # the relative clause's edition is its own; the main clause is on the story's edition
    (
        "More than 1,100 Chinese companies are exhibiting at CES 2024.\n\n"
        "Xiaomi, which skipped the 2023 edition, returned with a large booth.",
        "2024-01-10",
        {
            ("absent_from", "org:xiaomi", "event:ces-2023"),
            ("exhibits_at", "org:xiaomi", "event:ces-2024"),
        },
    ),
    # an apposition opened by "its" calls the name an event
    (
        "Kalimant showed its drones at Harbour Tech, its annual showcase, in Porto.",
        "2024-05-10",
        {("exhibits_at", "org:kalimant", "event:harbour-tech-2024")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), RELATION_CASES)
def test_events_edition_of_each_fact_s11(
    facts: Callable[..., Any], text: str, published: str, expected: set[tuple[str, str, str]]
) -> None:
    doc = facts(text, published)
    got = {(r.predicate.value, r.subject, r.object) for r in doc.relations if r.object.startswith("event:")}
    assert got == expected


# text, publication date, the (name, year) of every edition the text gives
EDITION_CASES = [
    # "last August" before the publication month is the year before
    (
        "Zorvex unveiled its first humanoid at last August's World Robot Conference in Beijing.",
        "2024-05-10",
        {("World Robot Conference", 2023)},
    ),
    # ... and after it, the same year
    (
        "Zorvex unveiled its first humanoid at last August's World Robot Conference in Beijing.",
        "2024-10-10",
        {("World Robot Conference", 2024)},
    ),
    # a month that frames the sentence dates the edition it names
    (
        "The two chips were first shown at Huawei Connect, the group's annual conference in Shanghai, "
        "last October.",
        "2019-08-23",
        {("Huawei Connect", 2018)},
    ),
    # "the last show" dated by its own clause
    (
        "Zorvex exhibited at Auto China in Beijing. The 2022 edition was called off, so the last show "
        "was held in 2020.",
        "2024-04-25",
        {("Auto China", 2024), ("Auto China", 2022), ("Auto China", 2020)},
    ),
    # a fair's lower-case brand
    (
        "Zorvex exhibited at electronica in Munich, the electronics fair.",
        "2024-11-14",
        {("electronica", 2024)},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), EDITION_CASES)
def test_events_editions_s11(
    facts: Callable[..., Any], text: str, published: str, expected: set[tuple[str, int]]
) -> None:
    doc = facts(text, published)
    assert {(e.name, e.year) for e in doc.events} == expected


def test_events_negated_absence_keeps_the_story_edition_s11(facts: Callable[..., Any]) -> None:
    # a negated main clause after a relative clause's earlier edition: the negation is about this year's
    doc = facts(
        "More than 1,100 Chinese companies are exhibiting at CES 2024.\n\n"
        "Xiaomi, which exhibited at the 2023 edition, did not return.",
        "2024-01-10",
    )
    got = {(r.predicate.value, r.subject, r.object, r.negated) for r in doc.relations}
    assert ("exhibits_at", "org:xiaomi", "event:ces-2023", False) in got
    assert not any(o == "event:ces-2023" and p == "absent_from" for p, _, o, _ in got)

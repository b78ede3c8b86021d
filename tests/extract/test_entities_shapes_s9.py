"""Entity layer, session 9: editions dated by a bracket or an appositive, a series counted by its
editions, and a bracketed abbreviation kept out of the name it abbreviates.

- "Computex 41 (2022)", "Slush (2019)": the year in brackets after the name dates the edition.
- "its first AI Day, held in Austin in May 2021", "its second AI Day, in June 2022": an
  appositive right after the name dates it; a clause that dates something else does not.
- "its second AI Day": a name the model found once, counted by its editions, names the series
  wherever else it stands in the text.
- "Amazon Web Services (AWS), its cloud unit": the bracket abbreviates the name; the name stays the
  known one, the abbreviation its alias. A place in brackets still names a unit ("Lam Research
  (Suzhou)").

Wordings written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

# text, published, the (event name, year) pairs the text must give (others may come too), and pairs
# it must not give
EDITION_CASES = [
    (
        "COMPUTEX 41 (2022) - Programme\nTalks by Intel and AMD engineers on packaging.",
        None,
        {("computex", 2022)},
        {("computex", None)},
    ),
    (
        "Slush (2019) | agenda\nSpeakers from Sony and Honda discussed service robots.",
        None,
        {("slush", 2019)},
        {("slush", None)},
    ),
    (
        "Rivian's first AI Day, held in Austin in May 2021, drew analysts. At its second AI Day, "
        "in June 2022, the company showed a new van.",
        "2024-03-01",
        {("ai day", 2021), ("ai day", 2022)},
        set(),
    ),
    # a clause after the comma that is no appositive dates nothing
    (
        "Rivian's AI Day, which analysts panned, was followed by a sell-off in 2023.",
        "2024-03-01",
        set(),
        {("ai day", 2023)},
    ),
]


def _editions(doc: Any) -> set[tuple[str, int | None]]:
    return {(e.name.lower(), e.year) for e in doc.events}


@pytest.mark.parametrize(("text", "published", "present", "absent"), EDITION_CASES)
def test_edition_years_s9(
    facts: Callable[..., Any],
    text: str,
    published: str | None,
    present: set[tuple[str, int | None]],
    absent: set[tuple[str, int | None]],
) -> None:
    got = _editions(facts(text, published))
    assert present <= got, got
    assert not (absent & got), got


# text, name, the id it must have (None: no entity of that exact name)
NAME_CASES = [
    (
        "Adam Kowal, head of Amazon's cloud unit, Amazon Web Services (AWS), spoke on Monday.",
        "Amazon Web Services",
        "org:aws",
    ),
    (
        "Adam Kowal, head of Amazon's cloud unit, Amazon Web Services (AWS), spoke on Monday.",
        "Amazon Web Services (AWS)",
        None,
    ),
    (
        "The Technology Innovation Institute (TII), the research arm of an Abu Dhabi council, "
        "released a model.",
        "Technology Innovation Institute",
        "org:technology-innovation-institute",
    ),
    # a place in brackets still names a unit
    (
        "The chip firm's main subsidiary, Lam Research (Suzhou), added a line.",
        "Lam Research (Suzhou)",
        "",
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), NAME_CASES)
def test_bracketed_abbreviation_s9(
    facts: Callable[..., Any], text: str, name: str, expected: str | None
) -> None:
    doc = facts(text)
    ids = {e.name: e.id for e in doc.entities}
    if expected is None:
        assert name not in ids, ids
    elif expected:
        assert ids.get(name) == expected, ids
    else:
        assert name in ids, ids


def _assert_typed(doc: Any, name: str, expected: str | None) -> None:
    """The entity called `name` has type `expected`; with None, no entity is called that."""
    types = {e.name: e.type for e in doc.entities}
    if expected is None:
        assert name not in types, types
    else:
        assert types.get(name) == expected, types


# text, name, the type it must have: a series name before a job title and a person is the company
EMPLOYER_CASES = [
    ("Slush managing director Aino Virtanen greeted founders in Helsinki.", "Slush", "ORG"),
    ("VivaTech chief executive Julie Marchand opened the show in Paris.", "VivaTech", "ORG"),
    # the series itself where no title and person follow
    ("Aino Virtanen spoke at Slush in Helsinki.", "Slush", None),
]


@pytest.mark.parametrize(("text", "name", "expected"), EMPLOYER_CASES)
def test_series_as_employer_s9(facts: Callable[..., Any], text: str, name: str, expected: str | None) -> None:
    doc = facts(text)
    _assert_typed(doc, name, expected)
    if expected is None:
        assert any(e.name == name for e in doc.events), doc.events


# text, name, the type it must have: a series name that is the agent of 'organised by' / 'hosted
# by', or that a body word follows, is the body that runs the series
ORGANISER_CASES = [
    ("Slush 2025 | Helsinki\nOrganized by Slush\nSpeakers include Aino Virtanen.", "Slush", "ORG"),
    ("The forum was hosted by the FII Institute in Riyadh.", "FII Institute", "ORG"),
    ("Staff of the Slush Foundation met in Helsinki.", "Slush Foundation", "ORG"),
    # not a name the verb's agent: the series names its own stage
    ("Nvidia was hosted by the GTC stage crew on Monday.", "GTC", None),
]


@pytest.mark.parametrize(("text", "name", "expected"), ORGANISER_CASES)
def test_series_as_organiser_s9(
    facts: Callable[..., Any], text: str, name: str, expected: str | None
) -> None:
    _assert_typed(facts(text), name, expected)


# text, name, the type it must have (None: no entity, EVENT: an event of that name): an unknown name
# before a venue noun is no edition; one listed among companies is a company
NOT_EVENT_CASES = [
    ("The keynote took place at the Bellagio Tower convention center on Tuesday.", "Bellagio Tower", None),
    ("Nintendo, Riot Games and Ubisoft withdrew from the fair on Friday.", "Riot Games", "ORG"),
    # a programme's clock time or day opens no event name
    (
        "Tuesday, May 7\n10:30 Session 3: Robotics at scale\n- Arm talk - Mia Lund, Arm",
        "10:30 Session 3",
        None,
    ),
    # a known series listed among others is no company
    ("Intel exhibited at CES, Computex and MWC.", "Computex", "EVENT"),
]


@pytest.mark.parametrize(("text", "name", "expected"), NOT_EVENT_CASES)
def test_unknown_event_names_s9(
    facts: Callable[..., Any], text: str, name: str, expected: str | None
) -> None:
    doc = facts(text)
    types = {e.name: e.type for e in doc.entities}
    events = {e.name for e in doc.events}
    if expected == "EVENT":
        assert name not in types, types
    elif expected is None:
        assert name not in events and name not in types, (types, events)
    else:
        assert types.get(name) == expected and name not in events, (types, events)


# text, the person id that must be found, and a name that must not: a name ending in a word kept with
# its full stop ('Jun.') stops at the sentence end
SENTENCE_END_CASES = [
    ("Among them was Xiaomi chairman Lei Jun. Xi told them to be bold.", "person:lei-jun", "Lei Jun. Xi"),
    # an abbreviation inside a name is no sentence end
    ("Sofia Ramos St. Pierre spoke at the forum.", "", "Sofia Ramos St."),
]


@pytest.mark.parametrize(("text", "pid", "not_name"), SENTENCE_END_CASES)
def test_name_stops_at_sentence_end_s9(facts: Callable[..., Any], text: str, pid: str, not_name: str) -> None:
    doc = facts(text)
    ids = {e.id for e in doc.entities}
    names = {e.name for e in doc.entities}
    assert not pid or pid in ids, ids
    assert not_name not in names, names

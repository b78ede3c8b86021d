"""Which edition a sentence is about when a story walks through several years of one event.

Analyses compare editions ("In 2019 ... Two years later ... the 2023 fair"): the year comes from
the words around the reference, counted from the edition the story told last, or from the
publication date, never silently from the publication date alone. Wordings written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

# text, the (predicate, subject id, event id) facts about editions the text must give; every other
# participation fact of the text must be absent (published 2024-05-10)
EDITION_CASES = [
    (
        "Foreign firms keep changing course at the China Hi-Tech Fair. At the 2018 fair, Intel ran a booth.",
        {("exhibits_at", "org:intel", "event:china-hi-tech-fair-2018")},
    ),
    (
        "Microsoft exhibited at the World Semiconductor Conference in 2019. "
        "Two years later, AMD exhibited at the conference.",
        {
            ("exhibits_at", "org:microsoft", "event:world-semiconductor-conference-2019"),
            ("exhibits_at", "org:amd", "event:world-semiconductor-conference-2021"),
        },
    ),
    (
        "Huawei exhibited at MWC Shanghai in 2019. The following year, ZTE and Xiaomi exhibited there.",
        {
            ("exhibits_at", "org:huawei-technologies", "event:mwc-shanghai-2019"),
            ("exhibits_at", "org:zte", "event:mwc-shanghai-2020"),
            ("exhibits_at", "org:xiaomi", "event:mwc-shanghai-2020"),
        },
    ),
    (
        "In 2018, Intel sponsored the World Artificial Intelligence Conference. "
        "In 2021, Nvidia sponsored it instead.",
        {
            ("sponsors", "org:intel", "event:world-artificial-intelligence-conference-2018"),
            ("sponsors", "org:nvidia", "event:world-artificial-intelligence-conference-2021"),
        },
    ),
    (
        "The 2019 edition of Smart China Expo in Chongqing drew exhibitors such as Cisco and Intel.",
        {
            ("exhibits_at", "org:cisco", "event:smart-china-expo-2019"),
            ("exhibits_at", "org:intel", "event:smart-china-expo-2019"),
        },
    ),
    (
        "Tesla exhibited at the 2020 edition of the China International Import Expo.",
        {("exhibits_at", "org:tesla", "event:china-international-import-expo-2020")},
    ),
    (
        "Intel, which sponsored the inaugural World Robot Conference, has not said whether it will return.",
        {("sponsors", "org:intel", "event:world-robot-conference-2015")},
    ),
    (
        "Tesla exhibited at the previous edition of the China International Import Expo.",
        {("exhibits_at", "org:tesla", "event:china-international-import-expo-2023")},
    ),
    (
        "IBM exhibited at SEMICON China every year from 2015 to 2017.",
        {
            ("exhibits_at", "org:ibm", "event:semicon-china-2015"),
            ("exhibits_at", "org:ibm", "event:semicon-china-2016"),
            ("exhibits_at", "org:ibm", "event:semicon-china-2017"),
        },
    ),
    (
        "Lenovo exhibited at CES in 2019 and 2020.",
        {("exhibits_at", "org:lenovo", "event:ces-2019"), ("exhibits_at", "org:lenovo", "event:ces-2020")},
    ),
    (
        # an edition is the event's own: "its first edition" names no organizer
        "Qualcomm has exhibited at the China International Import Expo since its first edition in 2018.",
        {("exhibits_at", "org:qualcomm", "event:china-international-import-expo-2018")},
    ),
    (
        # the model hangs "Applied Materials" on "Lam Research" as a modifier: both are subjects
        "Applied Materials and Lam Research exhibited at SEMICON West 2023.",
        {
            ("exhibits_at", "org:applied-materials", "event:semicon-west-2023"),
            ("exhibits_at", "org:lam-research", "event:semicon-west-2023"),
        },
    ),
]

PARTICIPATION = {"sponsors", "exhibits_at", "attends", "speaks_at", "absent_from", "organizes"}


def participation_facts(doc: Any) -> set[tuple[str, str, str]]:
    """(predicate, subject, edition) of every participation fact of an extracted document."""
    return {
        (r.predicate.value, r.subject, r.object) for r in doc.relations if r.predicate.value in PARTICIPATION
    }


@pytest.mark.parametrize(("text", "expected"), EDITION_CASES)
def test_edition_of_each_fact(
    facts: Callable[..., Any], text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert participation_facts(facts(text)) == expected


def test_a_moved_edition_without_facts_is_not_output(facts: Callable[..., Any]) -> None:
    # "Two years later" moves the story to 2021, but nothing is said of that edition
    doc = facts("Ericsson exhibited at MWC Shanghai 2019. Two years later, the network market had changed.")
    assert [e.id for e in doc.events] == ["event:mwc-shanghai-2019"]


def test_a_year_opening_a_later_sentence_does_not_move_the_paragraph(facts: Callable[..., Any]) -> None:
    # the 2021 of the middle sentence is not the edition the last sentence's "the show" means
    doc = facts(
        "Huawei exhibited at MWC Shanghai 2023. In 2021, its revenue fell. "
        "Its stand at the show was the largest."
    )
    objects = {r.object for r in doc.relations if r.predicate.value in PARTICIPATION}
    assert objects == {"event:mwc-shanghai-2023"}


def test_an_edition_in_a_relative_clause_does_not_move_the_story(facts: Callable[..., Any]) -> None:
    # "which skipped CES 2023" is about DJI's past; the next sentence is still about CES 2024
    doc = facts(
        "More than 1,100 Chinese companies are exhibiting at CES 2024.\n\n"
        "Drone maker DJI, which skipped CES 2023, was back with a large booth. Xiaomi did not exhibit.",
        "2024-01-10",
    )
    got = {(r.predicate.value, r.subject, r.object, r.negated) for r in doc.relations}
    assert ("absent_from", "org:dji", "event:ces-2023", False) in got
    assert ("exhibits_at", "org:xiaomi", "event:ces-2024", True) in got
    assert not [r for r in doc.relations if r.subject == "org:xiaomi" and r.object == "event:ces-2023"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Organisers call it the biggest edition since the fair began in 2001.",
        "The fair, first held in 2001, drew 900 exhibitors.",
        "The fair, launched in 2001 and held each autumn, drew 900 exhibitors.",
    ],
)
def test_the_year_a_series_began_is_no_edition(facts: Callable[..., Any], sentence: str) -> None:
    doc = facts("Gitex Global 2024 opened in Dubai on Monday. " + sentence, "2024-10-14")
    assert {e.year for e in doc.events} == {2024}


def test_a_year_after_the_reference_still_dates_an_edition(facts: Callable[..., Any]) -> None:
    doc = facts(
        "Gitex Global 2024 opened in Dubai on Monday. Huawei returned to the fair in 2022.", "2024-10-14"
    )
    assert {e.year for e in doc.events} == {2022, 2024}

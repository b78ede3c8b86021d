"""Event editions, session 10: names of editions the KB does not know, found by the words around them.

- A name ending in a meeting noun of the wider family (Show, Fair, Festival, Week, Airshow, Hackathon,
  Olympiad) is an edition where a preposition of place or a verb of attending,
  speaking at or running one puts it ("packed into the ... Forum", "told the ... Forum", "at ...
  Tech Week"), or where it opens or closes ("as ... Week opened").
- A possessive and an edition word before a name ("its annual ... Summit", "Zorvex's ... conference"),
  and an edition's ordinal before a name that opens or closes ("the 9th Aero Lusitania closed").
- Common words inside a headed name ("AI", "EV", "Web") or one a lower-case meeting noun follows
  ("Kalimant's Scaling AI conference"), a company's name before one head ("the
  Kalimant AI Summit", "the IEEE Forum") and a people's adjective ("the German-Brazilian ... Forum")
  no longer hide the edition; an anniversary's ordinal stands inside a name ("... 25th Anniversary
  Forum"); "on" and a day or month after the head ends the name ("... Summit on Monday").
- A camel-case or capitals brand before an apposition that calls it a conference ("VisCon, the
  largest ... research conference").
- The year of a named edition a few words on, past a place's comma ("in Simi Valley, California, in
  December 2023").

Wordings written for these tests (published 2024-05-10 unless said).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.test_events_years import participation_facts

# text, the (predicate, subject id, event id) participation facts the text must give; any other
# participation fact of the text must be absent
EDITION_CASES = [
    # a preposition of motion before the name
    (
        "Dana Whitfield squeezed into the Baltic-Nordic Investment Forum in Oslo on Tuesday and spoke "
        "about ports.",
        {("speaks_at", "person:dana-whitfield", "event:baltic-nordic-investment-forum-2024")},
    ),
    # a verb of speaking before the name, an anniversary's ordinal inside it
    (
        "Dana Whitfield told the Brightline 25th Anniversary Forum in Boston that demand was strong.",
        {("speaks_at", "person:dana-whitfield", "event:brightline-25th-anniversary-forum-2024")},
    ),
    # a name of the wider family that opens, without "the"
    (
        "Priya Raman gave the opening keynote as Lisbon Robotics Week opened on Monday.",
        {("speaks_at", "person:priya-raman", "event:lisbon-robotics-week-2024")},
    ),
    # a show after "the opening of the"
    (
        "Kalimant exhibited a small van at the opening of the Harbour Mobility Show.",
        {("exhibits_at", "org:kalimant", "event:harbour-mobility-show-2024")},
    ),
    # a possessive and an edition word
    (
        "Zorvex opened its annual Kestrel Summit in Lisbon on Monday, where Priya Raman spoke.",
        {("speaks_at", "person:priya-raman", "event:kestrel-summit-2024")},
    ),
    # a company's possessive before a lower-case meeting noun
    (
        "Dana Whitfield joined Priya Raman on stage at Zorvex's Bright Horizons conference on Thursday.",
        {
            ("speaks_at", "person:dana-whitfield", "event:bright-horizons-2024"),
            ("speaks_at", "person:priya-raman", "event:bright-horizons-2024"),
        },
    ),
    # an edition's ordinal and a name without a meeting noun that closes
    (
        "When the 9th Aero Lusitania closed in Lisbon, Kalimant had exhibited two drones there.",
        {("exhibits_at", "org:kalimant", "event:aero-lusitania-2024")},
    ),
    # a common word ("AI") inside a headed name, a company's name first
    (
        "Priya Raman spoke at the Kalimant AI Summit in Porto.",
        {("speaks_at", "person:priya-raman", "event:kalimant-ai-summit-2024")},
    ),
    # a day after "on" ends the name ("on Monday" is no part of it)
    (
        "Dana Whitfield spoke at the Harbour Energy Summit on Monday.",
        {("speaks_at", "person:dana-whitfield", "event:harbour-energy-summit-2024")},
    ),
    # a people's adjective inside the name
    (
        "Priya Raman spoke at the German-Brazilian Investment Forum in Porto.",
        {("speaks_at", "person:priya-raman", "event:german-brazilian-investment-forum-2024")},
    ),
    # a common word inside a name that a lower-case meeting noun follows
    (
        "Dana Whitfield spoke at Kalimant's Scaling AI conference in Porto.",
        {("speaks_at", "person:dana-whitfield", "event:scaling-ai-2024")},
    ),
    # a camel-case brand that an apposition calls a conference
    (
        "Priya Raman presented two papers at VisCon, the largest computer vision research conference, "
        "in Lisbon.",
        {("speaks_at", "person:priya-raman", "event:viscon-2024")},
    ),
    # the year a few words on, past a place's comma
    (
        "Priya Raman told the Meridian Security Forum in Simi Valley, California, in December 2023 "
        "that rules would tighten.",
        {("speaks_at", "person:priya-raman", "event:meridian-security-forum-2023")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), EDITION_CASES)
def test_events_edition_of_each_fact_s10(
    facts: Callable[..., Any], text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert participation_facts(facts(text)) == expected


# texts whose title-case words before a meeting noun name no edition
NO_EDITION_CASES = [
    # a body of the same shape after a preposition, with a body word after it
    "Priya Raman spoke to the Lisbon Trade Fair Organising Committee about fees.",
    # a venue after "at"
    "Kalimant exhibited drones at the Porto Exhibition and Convention Center.",
    # a common word and a head alone
    "Priya Raman spoke at the AI Summit.",
    # common words alone before a lower-case meeting noun, or after a possessive
    "Dana Whitfield spoke at the Gen AI conference in Porto.",
    "Dana Whitfield spoke at the UN's AI summit in Porto.",
    # a place's possessive is not part of the name that follows it
    "Zorvex said Lisbon's annual budget would not change.",
]


@pytest.mark.parametrize("text", NO_EDITION_CASES)
def test_events_no_edition_s10(facts: Callable[..., Any], text: str) -> None:
    doc = facts(text)
    assert [e.id for e in doc.events] == []


def test_events_negated_attendance_keeps_the_edition_s10(facts: Callable[..., Any]) -> None:
    # the edition is found; the fact is a negated one or an absence, never a positive attendance
    doc = facts("Kalimant did not exhibit at the Harbour Mobility Show in Porto this year.")
    assert ("exhibits_at", "org:kalimant", "event:harbour-mobility-show-2024") not in participation_facts(doc)

"""Event editions, session 8: names a shorter KB name hid, brand forms written in one word, and the
year of each edition in analyses that walk through several editions of one event.

- A series name ending in an event noun that the KB also knows as a body ("... World Congress") is
  the event, not the legislature.
- A heading "ACRONYM YEAR - Official Partners" names the edition; a span of years does not.
- One-word brand forms of KB series: a two-word name without its space ("SemiconIndia") and an
  acronym with the year's digits glued on ("MWC19", "CES2024", "at SC24").
- In a story told over several editions, a paragraph opening on a year ("By 2021, ...", "A year
  earlier ...") is about that year's edition; "the following year's CES" counts from the edition told
  last; the series' own last word refers back to it ("the 2023 Dialogue", "the 2021 festival"); a
  photo caption's edition ("at the inaugural edition in July 2022") carries to the caption's next
  sentence.
- A name given with its year ('Collision 2022') names the series elsewhere in the text too ('as
  Collision fills ...'); a KB series name in apposition to a company word ('Web Summit, the Dublin
  company behind the event') is that company.
- An edition still to come is dated by its clause ('The next edition will return to Barcelona on
  March 2-5, 2026', 'is scheduled for February 2025').

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
    # a body named by an event noun alone ("Congress") ends a longer event name
    (
        "Nokia exhibited at the 2022 Harbour Mobility World Congress in Lisbon.",
        {("exhibits_at", "org:nokia", "event:harbour-mobility-world-congress-2022")},
    ),
    # an acronym heading with a dash after the year
    (
        "RGX 2024 - Official Partners\n\nThe festival's partners are Lenovo and Haier.\n",
        {("sponsors", "org:lenovo", "event:rgx-2024"), ("sponsors", "org:haier", "event:rgx-2024")},
    ),
    # a two-word KB name without its space
    (
        "Intel exhibited at SemiconIndia in Gandhinagar.",
        {("exhibits_at", "org:intel", "event:semicon-india-2024")},
    ),
    # an acronym with the year's two digits glued on
    (
        "Ericsson exhibited at MWC19 in Barcelona.",
        {("exhibits_at", "org:ericsson", "event:mwc-barcelona-2019")},
    ),
    # ... with the city after it, naming the series
    (
        "MWC23 Shanghai opened on Wednesday. ZTE exhibited at the show.",
        {("exhibits_at", "org:zte", "event:mwc-shanghai-2023")},
    ),
    # ... and with four digits
    (
        "Panasonic exhibited at CES2023 in Las Vegas.",
        {("exhibits_at", "org:panasonic", "event:ces-2023")},
    ),
    # a story over several editions: a paragraph opening on a year is about that year's edition
    (
        "Intel exhibited at the 2017 World Robot Conference, and AMD exhibited at the 2018 conference.\n\n"
        "By 2021, the trade war had changed the picture. Nvidia exhibited at the show.",
        {
            ("exhibits_at", "org:intel", "event:world-robot-conference-2017"),
            ("exhibits_at", "org:amd", "event:world-robot-conference-2018"),
            ("exhibits_at", "org:nvidia", "event:world-robot-conference-2021"),
        },
    ),
    # ... or on a year counted from the edition told last
    (
        "Intel exhibited at the 2017 World Robot Conference, and AMD exhibited at the 2019 conference.\n\n"
        "A year earlier the mood was calmer. Nvidia exhibited at the show.",
        {
            ("exhibits_at", "org:intel", "event:world-robot-conference-2017"),
            ("exhibits_at", "org:amd", "event:world-robot-conference-2019"),
            ("exhibits_at", "org:nvidia", "event:world-robot-conference-2016"),
        },
    ),
    # not in a story about one edition
    (
        "Intel exhibited at the 2024 World Robot Conference.\n\n"
        "In 2021, the trade war had changed the picture. Nvidia exhibited at the show.",
        {
            ("exhibits_at", "org:intel", "event:world-robot-conference-2024"),
            ("exhibits_at", "org:nvidia", "event:world-robot-conference-2024"),
        },
    ),
    # "from a year earlier" ending a sentence dates a figure, not the paragraph
    (
        "Intel exhibited at the 2017 World Robot Conference, and AMD exhibited at the 2019 conference.\n\n"
        "Profit rose 20% from a year earlier. Nvidia exhibited at the show.",
        {
            ("exhibits_at", "org:intel", "event:world-robot-conference-2017"),
            ("exhibits_at", "org:amd", "event:world-robot-conference-2019"),
            ("exhibits_at", "org:nvidia", "event:world-robot-conference-2017"),
        },
    ),
    # "the following year's CES" counts from the edition told last, wherever it stands
    (
        "Lenovo exhibited at CES 2018 and at CES 2020. The trade war deepened, and Xiaomi skipped the "
        "following year's CES.",
        {
            ("exhibits_at", "org:lenovo", "event:ces-2018"),
            ("exhibits_at", "org:lenovo", "event:ces-2020"),
            ("absent_from", "org:xiaomi", "event:ces-2019"),
        },
    ),
    # the series' own last word refers back to it: "the 2021 festival", "the 2023 Dialogue"
    (
        "Grab exhibited at the Singapore FinTech Festival 2019. Ant Group exhibited at the 2021 festival.",
        {
            ("exhibits_at", "org:grab", "event:singapore-fintech-festival-2019"),
            ("exhibits_at", "org:ant-group", "event:singapore-fintech-festival-2021"),
        },
    ),
    (
        "Lockheed Martin sponsored the Shangri-La Dialogue in 2019. Boeing sponsored the 2023 Dialogue.",
        {
            ("sponsors", "org:lockheed-martin", "event:shangri-la-dialogue-2019"),
            ("sponsors", "org:boeing", "event:shangri-la-dialogue-2023"),
        },
    ),
    # ... but not the lower-case common noun ("a dialogue")
    (
        "Boeing sponsored the Shangri-La Dialogue 2023. Officials held a dialogue on the sidelines, and "
        "Airbus sponsored it too.",
        {
            ("sponsors", "org:boeing", "event:shangri-la-dialogue-2023"),
            ("sponsors", "org:airbus", "event:shangri-la-dialogue-2023"),
        },
    ),
    # a photo caption's edition ("in July 2022") carries to the caption's next sentence
    (
        "The 2023 World Power Battery Conference opened on Friday.\n\n"
        "Photo caption: Delegates at the inaugural edition in Yibin in July 2022. CATL and BYD exhibited "
        "at the stands.",
        {
            ("exhibits_at", "org:catl", "event:world-power-battery-conference-2022"),
            ("exhibits_at", "org:byd", "event:world-power-battery-conference-2022"),
        },
    ),
    # an edition still to come, dated by its clause ("is scheduled for May 2025")
    (
        "Lenovo exhibited at Computex 2024. The expo is scheduled for May 2025, when Acer will exhibit "
        "at it.",
        {
            ("exhibits_at", "org:lenovo", "event:computex-2024"),
            ("exhibits_at", "org:acer", "event:computex-2025"),
        },
    ),
    # a past clause's date is the story's own edition
    (
        "Lenovo exhibited at Computex 2024 in Taipei. The show ran on June 4-7, 2024, and AMD exhibited.",
        {
            ("exhibits_at", "org:lenovo", "event:computex-2024"),
            ("exhibits_at", "org:amd", "event:computex-2024"),
        },
    ),
    # a name the model gave with its year ("Momentum 2022" in a caption) is the series wherever the
    # text names it
    (
        "Hinton draws crowds as Momentum fills Toronto's Enercare Centre\n\n"
        "Momentum, billed by its organisers as North America's fastest-growing tech conference, is running "
        "until Thursday. Cohere exhibited at Momentum.\n\n"
        "Photo caption: Visitors queue outside Momentum 2022 in Toronto, the first edition held in person "
        "after two years online.",
        {("exhibits_at", "org:cohere", "event:momentum-2024")},
    ),
    # a series' name in apposition to a company word is the company of that name, no edition
    (
        "Web Summit, the Dublin-headquartered company behind the event, said Cohere had signed up.",
        set(),
    ),
    # a caption naming no edition still takes none
    (
        "The 2023 World Power Battery Conference opened on Friday in Yibin.\n\n"
        "Photo caption: Delegates at the opening. CATL and BYD exhibited at the stands.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), EDITION_CASES)
def test_events_edition_of_each_fact_s8(
    facts: Callable[..., Any], text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert participation_facts(facts(text)) == expected


# texts that name no edition at all
NO_EDITION_CASES = [
    # "Congress" alone is the legislature
    "Congress passed the chip bill in 2022.",
    # a span of years after an acronym is no edition
    "The NDRC 2021-2025 plan names Huawei and ZTE.",
    # a two-letter acronym with digits and no placing word is a part number, not SC 2024
    "The SC24 controller ships in June.",
    # glued digits that are no year: "CES1080"
    "The CES1080 module is made by Foxconn.",
]


@pytest.mark.parametrize("text", NO_EDITION_CASES)
def test_events_no_edition_s8(facts: Callable[..., Any], text: str) -> None:
    doc = facts(text)
    assert [e.id for e in doc.events] == []


def test_events_a_stadium_is_no_edition(facts: Callable[..., Any]) -> None:
    # the model's "Olympic Stadium" event is the venue; the Games are the edition held in Tokyo
    doc = facts(
        "The partners of the Tokyo 2020 Olympic Games were announced at the Olympic Stadium in Tokyo."
    )
    held = {(r.subject, r.object) for r in doc.relations if r.predicate.value == "held_in"}
    assert held == {("event:olympic-games-2020", "gpe:tokyo")}


def test_events_shorter_series_placed_elsewhere(facts: Callable[..., Any]) -> None:
    # "the flagship CES in Las Vegas" in a story about CES Asia is CES, not CES Asia; "CES in
    # Shanghai" there is CES Asia
    doc = facts(
        "Haier exhibited at CES Asia 2019 in Shanghai. Lenovo exhibited at the flagship CES in Las Vegas."
    )
    lenovo = {r.object for r in doc.relations if r.subject == "org:lenovo"}
    assert lenovo and all(o.startswith("event:ces-") and not o.startswith("event:ces-asia") for o in lenovo)
    doc = facts("Haier exhibited at CES Asia 2019 in Shanghai. Lenovo exhibited at CES in Shanghai too.")
    assert {r.object for r in doc.relations if r.subject == "org:lenovo"} == {"event:ces-asia-2019"}


def test_events_gpai_summit_is_a_series(facts: Callable[..., Any]) -> None:
    doc = facts("India hosted the GPAI Summit in New Delhi, and Narendra Modi spoke at the summit.")
    got = {(r.predicate.value, r.subject, r.object) for r in doc.relations}
    assert ("speaks_at", "person:narendra-modi", "event:gpai-summit-2024") in got
    assert ("held_in", "event:gpai-summit-2024", "gpe:new-delhi") in got

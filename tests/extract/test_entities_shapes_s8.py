"""Entity shapes of session 8: names the small model cuts, glues or mistypes in lists, tables and
registered names. Each row: a text of our own, a name, and the type it must have (None: no entity
of that name). Sentences and names are our own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

# ---- a registered name found by shape stops at a sentence end inside its capitalised run
_SENTENCE_END = [
    (
        "The list names drone maker Skyvale Aerial and mapping firm Terrabyte. Yunhe Ocean "
        "Instruments Co. and Pengcheng Sensors Co. were added as well.",
        "Yunhe Ocean Instruments Co.",
        "ORG",
    ),
    (
        "The list names drone maker Skyvale Aerial and mapping firm Terrabyte. Yunhe Ocean "
        "Instruments Co. and Pengcheng Sensors Co. were added as well.",
        "Terrabyte. Yunhe Ocean Instruments Co.",
        None,
    ),
    (
        "Its labs include Corvia Lab Oslo. Corvia Robotics Norway AS and Corvia Robotics Denmark AG "
        "were named too.",
        "Corvia Robotics Denmark AG",
        "ORG",
    ),
    # an abbreviation inside a name is no sentence end
    ("Shares of Halvard Bros. Media Corp. rose after the deal.", "Halvard Bros. Media Corp.", "ORG"),
]

# ---- one-word items of a bullet list of companies, a name running on from a place
_BULLETS = (
    "Official partners\n"
    "- Norvik Group\n"
    "- Tessaly Motors\n"
    "- Brando\n"
    "- Fizzco's\n"
    "- Lumetra.io\n"
    "- vantor\n"
    "- Egypt Telecom\n"
    "- Castellan Foods\n"
)
_BULLETS_COUNTRY = (
    "WORLDWIDE PARTNERS\n"
    "- Harlow Systems (United States) | payment services\n"
    "- Quorra (Japan) | tyres\n"
    "- Kemble Technologies (France) | power\n"
    "- Pellor (Switzerland) | timekeeping\n"
)
_BULLET_ROWS = [
    (_BULLETS, "Brando", "ORG"),
    (_BULLETS, "Fizzco's", "ORG"),
    (_BULLETS, "Lumetra.io", "ORG"),
    (_BULLETS, "vantor", "ORG"),
    (_BULLETS, "Egypt Telecom", "ORG"),
    (_BULLETS_COUNTRY, "Quorra", "ORG"),
    (_BULLETS_COUNTRY, "Pellor", "ORG"),
    (_BULLETS_COUNTRY, "Japan", "GPE"),
    # a list of places or topics is no list of companies
    ("Host cities\n- Paris\n- Tokyo\n- Berlin\n- Seoul\n", "Tokyo", "GPE"),
    (
        "Agenda\n- Welcome\n- Keynote: Norvik Group\n- Panel with Tessaly Motors\n- Networking\n",
        "Networking",
        None,
    ),
    # a one-word item with more words after it is a sentence, not a name
    (
        "Partners\n- Norvik Group\n- Tessaly Motors\n- Castellan Foods\n- Registration opens at nine\n",
        "Registration",
        None,
    ),
]

# ---- a table written between bars: its first column names companies
_BARRED_TABLE = (
    "Tier one backers\n"
    "| Company | Category |\n"
    "| Norvik Group | Logistics |\n"
    "| Brando | Sportswear |\n"
    "| Castellan Foods | Snacks |\n"
    "| Fizzco's | Restaurants |\n"
    "| Ardent-Vell Holdings (Ardvell) | Beer |\n"
)
_TABLE_ROWS = [
    (_BARRED_TABLE, "Brando", "ORG"),
    (_BARRED_TABLE, "Fizzco's", "ORG"),
    (_BARRED_TABLE, "Ardent-Vell Holdings", "ORG"),
    (_BARRED_TABLE, "Company", None),
]


# ---- registered names: foreign legal forms, two trade words joined by 'and'
_REGISTERED = [
    ("Its Belgian unit, Corvane Benelux N.V., was designated as well.", "Corvane Benelux N.V.", "ORG"),
    ("The order also names Tessaro Orbital S.A., a subsidiary in Luxembourg.", "Tessaro Orbital S.A.", "ORG"),
    (
        "The additions include Hunan Lingyun Aviation Science and Technology Group Co. and two others.",
        "Hunan Lingyun Aviation Science and Technology Group Co.",
        "ORG",
    ),
    (
        "The buyers were Qinghe Import and Export Co. and a state fund.",
        "Qinghe Import and Export Co.",
        "ORG",
    ),
    # 'and' between two names keeps them apart
    (
        "The suppliers are Alder Robotics and Fenwick Optics Co., both based in Ohio.",
        "Alder Robotics and Fenwick Optics Co.",
        None,
    ),
]

# ---- the story's kind or desk after a dateline's bar is no name
_DATELINE = (
    "KUNMING, April 2, 2024 | ANALYSIS\n\nThe Lancang Data Forum opened on Tuesday, run by Yunhe Data Group."
)
_DATELINE_ROWS = [
    (_DATELINE, "ANALYSIS", None),
    ("OSLO, March 3, 2023 | MARKETS DESK\n\nVestra Holdings said sales rose.", "MARKETS DESK", None),
    (_DATELINE, "Yunhe Data Group", "ORG"),
    # a company named after a bar in a table row stays a company
    ("Rank | Company\n1 | Nordhavn Systems\n2 | Kestrel Robotics\n", "Kestrel Robotics", "ORG"),
]

# ---- a fund's number is part of its name
_FUND_ROWS = [
    (
        "Also investing was the Larkspur Growth Fund III run by Oslo's Brightwater.",
        "Larkspur Growth Fund III",
        "ORG",
    ),
    (
        "The round drew money from the Halvorsen Harbor Fund 2, among others.",
        "Halvorsen Harbor Fund 2",
        "ORG",
    ),
    ("Brightwater Capital 2 years ago backed the firm.", "Brightwater Capital 2", None),
]

# ---- a name right after a described kind of organization
_DESCRIBED = [
    ("The stake went to Danish port operator KTRM, which runs two terminals.", "KTRM", "ORG"),
    ("Last year state-owned shipping group VELCO bought a share in the terminal.", "VELCO", "ORG"),
    ("The minibus was built with bus maker Halden Vexmo, which supplies the city.", "Halden Vexmo", "ORG"),
    # no modifier before the kind word, a title in the run, a kind word with another sense
    ("The group said the firm Monday would report.", "Monday", None),
    ("The software firm Chief Executive Lena Moravec said sales rose.", "Chief Executive Lena Moravec", None),
    ("It links the chips into what behaves like a single giant GPU for training.", "GPU", None),
]


def _types(doc: Any) -> dict[str, str]:
    return {e.name: e.type.value for e in doc.entities} | {
        a: e.type.value for e in doc.entities for a in e.aliases
    }


_ROWS = _SENTENCE_END + _BULLET_ROWS + _TABLE_ROWS + _DESCRIBED + _REGISTERED + _DATELINE_ROWS + _FUND_ROWS


@pytest.mark.parametrize(("text", "name", "expected"), _ROWS)
def test_entity_shape(facts: Callable[..., Any], text: str, name: str, expected: str | None) -> None:
    found = _types(facts(text))
    assert found.get(name) == expected, found

"""Session 4 wordings (written for these tests, none taken from an article): agenda lines with a label or
a description after the speaker, exhibitor tables under an exhibitor heading, stands in a numbered hall,
sponsor rosters after 'among them' and dashes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.test_extract_relations import case_table_test, check_case

AGENDA = """Robotics Week 2025 - Programme overview
Boston, May 2, 2025

Friday 2 May
- Welcome: Maria Lopez, Executive Director, Robotics Industry Council
- Main stage: Special Address by Gill Pratt, Chief Scientist, Toyota
- Remarks by Marc Raibert, Founder, Boston Dynamics, and Daniela Rus, Director, MIT CSAIL
- Aaron Saunders, CTO, Agility Robotics. Humanoids that work a full shift.
- ROBOTS AT WORK: Peggy Johnson, CEO, Agility Robotics, with Brett Adcock, CEO, Figure
- Lunch break. Exhibition hall open to visitors

SATURDAY, MAY 3
STATE OF THE INDUSTRY: Jeff Burnstein, President, A3 Robotics, with Alex Shikany, Vice President, A3
"""

TABLE = """Photonics Expo 2024 | Exhibitor Directory
Munich, June 20, 2024

Lasers and optics: selected exhibitors (A-Z)

Company | Headquarters | Products shown
Infineon | Neubiberg, Germany | laser cutting systems
Jenoptik | Jena, Germany | optical modules

Partners | Country
Messe Munich | Germany
"""

PAGES = [
    # text, predicate, subject, event, expected
    (AGENDA, "speaks_at", "Maria Lopez", "Robotics Week 2025", True),
    (AGENDA, "speaks_at", "Gill Pratt", "Robotics Week 2025", True),
    (AGENDA, "speaks_at", "Marc Raibert", "Robotics Week 2025", True),
    (AGENDA, "speaks_at", "Daniela Rus", "Robotics Week 2025", True),
    (AGENDA, "speaks_at", "Aaron Saunders", "Robotics Week 2025", True),
    (AGENDA, "speaks_at", "Peggy Johnson", "Robotics Week 2025", True),
    (AGENDA, "speaks_at", "Brett Adcock", "Robotics Week 2025", True),
    (AGENDA, "speaks_at", "Jeff Burnstein", "Robotics Week 2025", True),
    (AGENDA, "speaks_at", "Alex Shikany", "Robotics Week 2025", True),
    (TABLE, "exhibits_at", "Infineon", "Photonics Expo 2024", True),
    (TABLE, "exhibits_at", "Jenoptik", "Photonics Expo 2024", True),
    (TABLE, "exhibits_at", "Messe Munich", "Photonics Expo 2024", False),
]


@pytest.mark.parametrize(("text", "predicate", "subject", "event", "expected"), PAGES)
def test_relations_participation_s4_pages(
    facts: Callable[..., Any], text: str, predicate: str, subject: str, event: str, expected: bool
) -> None:
    check_case(facts(text), predicate, subject, event, negated=False, expected=expected)


EXPO = "Hannover Messe 2024"
OPEN = "Hannover Messe opens in Hanover on Monday. "
GAMES = "Asian Games 2024"
MWC = "MWC Barcelona opens on Monday. "
MWC_ED = "MWC Barcelona 2024"
ZGC = "Zhongguancun Forum opened in Beijing. "
ZGC_ED = "Zhongguancun Forum 2024"
CISCE = "The third China International Supply Chain Expo opened in Beijing on Wednesday. "
CES = "CES opens in Las Vegas on Tuesday. "
CES_ED = "CES 2024"
GOPEN = "The Asian Games open in Hangzhou on Saturday. "

ROWS = [
    # predicate, text, subject, object, negated, expected
    # ---- a stand in a numbered hall is at the edition; the hall is no edition
    (
        "exhibits_at",
        OPEN + "Siemens has the largest stand in Hall 9 and is showing factory software.",
        "Siemens",
        EXPO,
        False,
        True,
    ),
    (
        "exhibits_at",
        OPEN + "ABB, the Swiss engineering group, has a large booth in Hall 11.",
        "ABB",
        EXPO,
        False,
        True,
    ),
    (
        "exhibits_at",
        OPEN + "Fanuc took a stand in Pavilion 5 next to the entrance.",
        "Fanuc",
        EXPO,
        False,
        True,
    ),
    # ---- sponsor rosters: 'among them', dashes, a relative clause on the roster, 'among its partners'
    (
        "sponsors",
        GOPEN + "The organisers signed up local champions as official partners of the Games, among them "
        "Lenovo, Geely and China Mobile.",
        "China Mobile",
        GAMES,
        False,
        True,
    ),
    (
        "organizes",
        GOPEN + "The organisers signed up local champions as official partners of the Games, among them "
        "Lenovo, Geely and China Mobile.",
        "Lenovo",
        GAMES,
        False,
        False,
    ),
    (
        "organizes",
        GOPEN + "The organisers have signed Lenovo, Geely and China Mobile as official partners.",
        "Lenovo",
        GAMES,
        False,
        False,
    ),
    (
        "sponsors",
        GOPEN + "That leaves the three foreign members of the sponsorship programme - Samsung, Visa and "
        "Omega - in an awkward spot.",
        "Visa",
        GAMES,
        False,
        True,
    ),
    (
        "sponsors",
        GOPEN + "The four global sponsors - Samsung, Visa, Omega and Panasonic - have kept quiet.",
        "Panasonic",
        GAMES,
        False,
        True,
    ),
    (
        "sponsors",
        OPEN + "Siemens is one of the fair's founding partners, alongside a roster of sponsors that includes "
        "SAP and Bosch.",
        "SAP",
        EXPO,
        False,
        True,
    ),
    (
        "sponsors",
        OPEN + "The fair is organised by Deutsche Messe, with Bosch and SAP among its premium partners.",
        "Bosch",
        EXPO,
        False,
        True,
    ),
    (
        "organizes",
        OPEN + "The fair is organised by Deutsche Messe, with Bosch and SAP among its premium partners.",
        "SAP",
        EXPO,
        False,
        False,
    ),
    (
        "organizes",
        OPEN + "The fair is organised by Deutsche Messe, with Bosch and SAP among its premium partners.",
        "Deutsche Messe",
        EXPO,
        False,
        True,
    ),
    # a company's own partners are no roster of the edition
    (
        "sponsors",
        OPEN + "Siemens brought its software partners - SAP and Bosch - to the stand.",
        "SAP",
        EXPO,
        False,
        False,
    ),
    (
        "sponsors",
        OPEN + "Siemens's Asian partners, including Hitachi and Omron, are showing robots at the fair.",
        "Hitachi",
        EXPO,
        False,
        False,
    ),
    # ---- opening a part of the edition is a speech; 'used the opening of' the edition too
    (
        "speaks_at",
        OPEN + "VDMA president Karl Haeusgen opens the keynote session on April 22.",
        "Karl Haeusgen",
        EXPO,
        False,
        True,
    ),
    (
        "speaks_at",
        OPEN + "Wolfgang Mueller, chairman of the fair, opened the conference programme.",
        "Wolfgang Mueller",
        EXPO,
        False,
        True,
    ),
    (
        "speaks_at",
        OPEN + "Chancellor Olaf Scholz used the opening of Hannover Messe to call for lower energy prices.",
        "Olaf Scholz",
        EXPO,
        False,
        True,
    ),
    (
        "speaks_at",
        OPEN + "Olaf Scholz opened a press session in Berlin on Monday.",
        "Olaf Scholz",
        EXPO,
        False,
        False,
    ),
    (
        "speaks_at",
        OPEN + "Olaf Scholz opened the door to new subsidies in an interview.",
        "Olaf Scholz",
        EXPO,
        False,
        False,
    ),
    # ---- presence with an adverb, after a colon, 'expected at'
    ("attends", OPEN + "Annalena Baerbock was also present.", "Annalena Baerbock", EXPO, False, True),
    ("attends", OPEN + "Also taking part: Siemens and Bosch.", "Bosch", EXPO, False, True),
    (
        "attends",
        OPEN + "Also attending: Roland Busch, chief executive, Siemens; Stefan Hartung, chairman, Bosch",
        "Stefan Hartung",
        EXPO,
        False,
        True,
    ),
    (
        "attends",
        OPEN + "Also attending: Roland Busch, chief executive, Siemens; Stefan Hartung, chairman, Bosch",
        "Bosch",
        EXPO,
        False,
        False,
    ),
    (
        "attends",
        OPEN + "Chancellor Olaf Scholz and Annalena Baerbock are expected at the opening ceremony.",
        "Olaf Scholz",
        EXPO,
        False,
        True,
    ),
    ("attends", OPEN + "Lisa Su is expected at Hannover Messe on Tuesday.", "Lisa Su", EXPO, False, True),
    ("attends", OPEN + "Lisa Su is not expected at the opening ceremony.", "Lisa Su", EXPO, True, True),
    ("attends", OPEN + "At present, Siemens has no plans to cut jobs.", "Siemens", EXPO, False, False),
    # ---- a relative clause's own meeting leaves the sentence on the edition
    (
        "exhibits_at",
        CES + "Chinese exhibitors also include ZTE, Oppo and Xiaomi, which launched its flagship at a "
        "separate event in the city on Sunday.",
        "Oppo",
        CES_ED,
        False,
        True,
    ),
    (
        "exhibits_at",
        CES + "Xiaomi launched its flagship at a separate event in the city on Sunday.",
        "Xiaomi",
        CES_ED,
        False,
        False,
    ),
    # ---- members named on a plural subject show at the edition
    (
        "exhibits_at",
        CES + "Nvidia's partners, including Foxconn, Quanta and Wistron, are showing liquid-cooled racks at "
        "this year's show.",
        "Quanta",
        CES_ED,
        False,
        True,
    ),
    (
        "exhibits_at",
        CES + "Nvidia's partners, including Foxconn and Wistron, are showing strong growth this quarter.",
        "Foxconn",
        CES_ED,
        False,
        False,
    ),
    # ---- "the Games" in a story about a Games series; declaring it open is a speech
    (
        "organizes",
        GOPEN + "The Games are being staged by the Olympic Council of Asia.",
        "Olympic Council of Asia",
        GAMES,
        False,
        True,
    ),
    (
        "speaks_at",
        GOPEN + "President Xi Jinping will declare the Games open at the stadium.",
        "Xi Jinping",
        GAMES,
        False,
        True,
    ),
    ("speaks_at", OPEN + "Olaf Scholz declared the results a success.", "Olaf Scholz", EXPO, False, False),
    (
        "organizes",
        OPEN + "The Games are being staged by Nintendo this year.",
        "Nintendo",
        EXPO,
        False,
        False,
    ),
    (
        "sponsors",
        GOPEN
        + "That leaves the five American members of the council's worldwide sponsorship programme - Intel, "
        "Airbnb, Coca-Cola, Visa and Procter & Gamble - in an awkward spot.",
        "Procter & Gamble",
        GAMES,
        False,
        True,
    ),
    # ---- a clause placed in another city or dated to a month is not at the edition in context
    (
        "speaks_at",
        MWC + "Xiaomi founder Lei Jun took the stage in Beijing on Thursday evening to launch the SU7.",
        "Lei Jun",
        MWC_ED,
        False,
        False,
    ),
    (
        "speaks_at",
        MWC + "Lei Jun took the stage in Barcelona on Monday to launch a phone.",
        "Lei Jun",
        MWC_ED,
        False,
        True,
    ),
    (
        "exhibits_at",
        ZGC + "OpenAI showed Sora in February but has not released it.",
        "OpenAI",
        ZGC_ED,
        False,
        False,
    ),
    # ---- taking part in the edition's exhibition is exhibiting
    (
        "exhibits_at",
        ZGC + "Tsinghua University also took part in the forum's technology exhibition.",
        "Tsinghua University",
        ZGC_ED,
        False,
        True,
    ),
    ("attends", ZGC + "Baidu took part in the forum on Saturday.", "Baidu", ZGC_ED, False, True),
    # ---- "this year's" names the story's edition; "the first two editions" two editions
    (
        "speaks_at",
        "The 2024 Hannover Messe opened on Monday. Elon Musk, who addressed the 2022 and 2023 editions by "
        "video, was not on this year's speaker list.",
        "Elon Musk",
        EXPO,
        True,
        True,
    ),
    (
        "speaks_at",
        "The 2024 Hannover Messe opened on Monday. Elon Musk, who addressed the 2022 and 2023 editions by "
        "video, was not on this year's speaker list.",
        "Elon Musk",
        "Hannover Messe 2023",
        True,
        False,
    ),
    (
        "attends",
        CISCE + "Nvidia, which stayed away from the first two editions, is exhibiting at the expo for the "
        "first time.",
        "Nvidia",
        "China International Supply Chain Expo 2024",
        True,
        True,
    ),
    (
        "exhibits_at",
        CISCE + "Nvidia, which stayed away from the first two editions, is exhibiting at the expo for the "
        "first time.",
        "Nvidia",
        "China International Supply Chain Expo 2025",
        False,
        True,
    ),
    (
        "exhibits_at",
        CISCE
        + "\n\nNvidia, which stayed away from the first two editions, is exhibiting at the expo for the "
        "first time.",
        "Nvidia",
        "China International Supply Chain Expo 2023",
        False,
        False,
    ),
    (
        "organizes",
        OPEN + "Siemens, which hosts a conference of its own in Munich, said orders rose.",
        "Siemens",
        EXPO,
        False,
        False,
    ),
    # ---- welcoming someone with an address is a speech
    (
        "speaks_at",
        OPEN + "Jochen Koeckler, chairman of Deutsche Messe, welcomed the chancellor with a short address.",
        "Jochen Koeckler",
        EXPO,
        False,
        True,
    ),
    (
        "speaks_at",
        OPEN + "Jochen Koeckler said the company would move to a new address in Hanover.",
        "Jochen Koeckler",
        EXPO,
        False,
        False,
    ),
    # ---- an edition that showcases things has no exhibitor for it
    (
        "exhibits_at",
        "Google I/O 2024 opened on Tuesday. Google's annual developer conference, held this year in "
        "Mountain View, showcased Gemini and Project Astra.",
        "Google",
        "Google I/O 2024",
        False,
        False,
    ),
    (
        "exhibits_at",
        CES + "Samsung showcased a rollable display at the show.",
        "Samsung",
        CES_ED,
        False,
        True,
    ),
    # ---- 'organised by' on the venue phrase belongs to the edition
    (
        "organizes",
        "CES 2025 opened on Tuesday. The four-day show at the Las Vegas Convention Center, organised by the "
        "Consumer Technology Association (CTA), runs until Friday.",
        "Consumer Technology Association",
        "CES 2025",
        False,
        True,
    ),
]


test_relations_participation_s4_rows = case_table_test(ROWS)

"""Presence wordings from session 9. A programme page's entry that opens with a company and a colon
('- Arm: Neoverse V3 cores') names a presenting company, which attends; a table whose header has an
'Exhibitor' column in any place lists exhibitors; a line labelled 'Not exhibiting: A, B' denies the
stand at the story's edition, while 'all of which had stands at the 2022 show' states it at that earlier
one; 'are among the makers exhibiting, alongside C' names one more exhibitor.
Wordings written for these tests."""

from __future__ import annotations

from tests.extract.test_extract_relations import case_table_test

A = "attends"
EX = "exhibits_at"

_PROGRAM = (
    "Silicon Design Summit 2025 | Program\n"
    "September 3-4, 2025 | Convention Center, San Jose, California\n\n"
    "TUESDAY, SEPTEMBER 3\n"
    "- Arm: Neoverse V3 cores for the data centre\n"
    "- Marvell Technology: custom accelerators\n"
    "Sponsors: Synopsys\n"
)
_NEWS = (
    "Silicon Design Summit 2025 opens in San Jose\n\n"
    "The Silicon Design Summit 2025 opened on Tuesday.\n"
    "Arm: the company said its revenue rose.\n"
)
_PAVILIONS = (
    "Robotics Expo 2025 | Visitor guide\n\n"
    "The Robotics Expo 2025 opens today in Munich.\n\n"
    "ZONE | EXHIBITOR | HIGHLIGHT\n"
    "Zone A | Siemens | factory cobots\n"
    "Zone B | KUKA | welding arms\n"
)
_CATERING = (
    "Robotics Expo 2025 | Visitor guide\n\n"
    "The Robotics Expo 2025 opens today in Munich.\n\n"
    "ZONE | CATERER | MENU\n"
    "Zone A | Sodexo | sandwiches\n"
)
_DENIED = (
    "Auto Expo 2024 | Exhibitor list\n\n"
    "Tata Motors | India | electric SUVs\n\n"
    "Not exhibiting: Renault, Kia and Skoda, all of which had stands at the 2022 show.\n"
)
_DENIED_ONE = (
    "Auto Expo 2024 | Exhibitor list\n\n"
    "Tata Motors | India | electric SUVs\n\n"
    "Not exhibiting in 2024: Renault and Skoda, which had a stand at the 2022 show.\n"
)

CASES = [
    # predicate, text, subject, object, negated, expected
    (A, _PROGRAM, "Arm", "Silicon Design Summit 2025", False, True),
    (A, _PROGRAM, "Marvell Technology", "Silicon Design Summit 2025", False, True),
    # negative: a sponsors line is no presenter; a news page's 'Arm:' line is no programme entry
    (A, _PROGRAM, "Synopsys", "Silicon Design Summit 2025", False, False),
    (A, _NEWS, "Arm", "Silicon Design Summit 2025", False, False),
    (EX, _PAVILIONS, "Siemens", "Robotics Expo 2025", False, True),
    (EX, _PAVILIONS, "KUKA", "Robotics Expo 2025", False, True),
    # negative: a column of caterers lists no exhibitors
    (EX, _CATERING, "Sodexo", "Robotics Expo 2025", False, False),
    # negated at the story's edition, stated at the earlier one the clause recalls
    (EX, _DENIED, "Kia", "Auto Expo 2024", True, True),
    (EX, _DENIED, "Kia", "Auto Expo 2022", False, True),
    (EX, _DENIED, "Kia", "Auto Expo 2022", True, False),
    (EX, _DENIED_ONE, "Skoda", "Auto Expo 2022", False, True),
    (EX, _DENIED_ONE, "Renault", "Auto Expo 2024", True, True),
    # negative: 'which had a stand' belongs to the last name only
    (EX, _DENIED_ONE, "Renault", "Auto Expo 2022", False, False),
    (
        EX,
        "Lenovo, Dell and HP are among the PC makers exhibiting at CES 2024, alongside Asus, the Taiwanese"
        " brand.",
        "Asus",
        "CES 2024",
        False,
        True,
    ),
]

test_presence_s9 = case_table_test(CASES)

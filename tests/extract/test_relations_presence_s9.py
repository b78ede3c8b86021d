"""Presence wordings from session 9. A programme page's entry that opens with a company and a colon
('- Arm: Neoverse V3 cores') names a presenting company, which attends; a table whose header has an
'Exhibitor' column in any place lists exhibitors; a line labelled 'Not exhibiting: A, B' denies the
stand at the story's edition, while 'all of which had stands at the 2022 show' states it at that earlier
one; the floor that 'features start-ups such as A' or halls 'dominated by groups such as B' hold
exhibitors; the companion of a tour of the floor ('toured the halls with B') and whoever 'led a tour of the
static display' were there; the 'alongside' of a group taking part ('were among 90 vendors that took
part, alongside C', 'are among the makers exhibiting, alongside C') names one more participant; the
people of an organization stand for it ('regional heads of A, along with B, did attend', 'the delegation
included engineers from A'); a company that 'used the show to unveil' something exhibits there, as do
companies that 'took stands'.
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
        A,
        "At Gitex Global 2023, Sheikh Maktoum toured the halls with Omar Al Olama, the minister for AI.",
        "Omar Al Olama",
        "Gitex Global 2023",
        False,
        True,
    ),
    # negative: a tour of a factory is no presence at the edition
    (
        A,
        "During Gitex Global 2023, Sheikh Maktoum toured a Dubai factory with Omar Al Olama.",
        "Omar Al Olama",
        "Gitex Global 2023",
        False,
        False,
    ),
    (
        A,
        "At the Dubai Airshow 2023, flydubai chairman Sheikh Hamdan led a tour of the static display.",
        "Sheikh Hamdan",
        "Dubai Airshow 2023",
        False,
        True,
    ),
    (
        A,
        "On the eve of the Dubai Airshow 2023, Sheikh Hamdan led a tour of the new cargo terminal.",
        "Sheikh Hamdan",
        "Dubai Airshow 2023",
        False,
        False,
    ),
    (
        A,
        "Nokia, Ericsson and Cisco were among 90 vendors that took part in MWC 2021, alongside Samsung.",
        "Samsung",
        "MWC 2021",
        False,
        True,
    ),
    # negative: a group that stayed home takes no one along
    (
        A,
        "Nokia and Ericsson were among 90 vendors that stayed home from MWC 2021, alongside Samsung.",
        "Samsung",
        "MWC 2021",
        False,
        False,
    ),
    (
        EX,
        "Lenovo, Dell and HP are among the PC makers exhibiting at CES 2024, alongside Asus, the Taiwanese"
        " brand.",
        "Asus",
        "CES 2024",
        False,
        True,
    ),
    (
        A,
        "The Wuzhen Summit 2019 opened on Sunday. Regional heads of Nokia and Dell, along with SAP, did"
        " attend.",
        "Dell",
        "Wuzhen Summit 2019",
        False,
        True,
    ),
    (
        A,
        "The Wuzhen Summit 2019 opened on Sunday. Regional heads of Nokia and Dell, along with SAP, did"
        " attend.",
        "SAP",
        "Wuzhen Summit 2019",
        False,
        True,
    ),
    (
        A,
        "At the AI Action Summit 2025, the minister's delegation included engineers from Mistral AI as well"
        " as representatives of Aleph Alpha.",
        "Aleph Alpha",
        "AI Action Summit 2025",
        False,
        True,
    ),
    # negated: the heads did not attend
    (
        A,
        "The Wuzhen Summit 2019 opened on Sunday. Regional heads of Nokia did not attend.",
        "Nokia",
        "Wuzhen Summit 2019",
        True,
        True,
    ),
    # negative: heads of a company that praised the summit were not said to be there
    (
        A,
        "The Wuzhen Summit 2019 opened on Sunday. Regional heads of Nokia praised the summit.",
        "Nokia",
        "Wuzhen Summit 2019",
        False,
        False,
    ),
    (
        EX,
        "Xiaomi used IFA 2024 to introduce its first electric scooter for Europe.",
        "Xiaomi",
        "IFA 2024",
        False,
        True,
    ),
    # negative: the host's own stage, and a company's own press conference at the show
    (
        EX,
        "Nvidia used GTC 2024 to introduce its Blackwell chips.",
        "Nvidia",
        "GTC 2024",
        False,
        False,
    ),
    (
        EX,
        "Xiaomi used its press conference at IFA 2024 to introduce a scooter.",
        "Xiaomi",
        "IFA 2024",
        False,
        False,
    ),
    # negative: using a product at the show is no launch there
    (
        EX,
        "Xiaomi used its own app at IFA 2024 to book meetings.",
        "Xiaomi",
        "IFA 2024",
        False,
        False,
    ),
    (
        EX,
        "At Gamescom 2024 NetEase and Krafton both took stands in Hall 6.",
        "Krafton",
        "Gamescom 2024",
        False,
        True,
    ),
    (
        EX,
        "At Computex 2024 the floor features chipmakers such as MediaTek and Realtek.",
        "Realtek",
        "Computex 2024",
        False,
        True,
    ),
    (
        EX,
        "At Computex 2024 the halls are dominated by PC brands such as Asus and Acer.",
        "Acer",
        "Computex 2024",
        False,
        True,
    ),
    # negative: a factory's floor is not the edition's
    (
        EX,
        "Before Computex 2024, Foxconn said its factory floor features robots from Fanuc.",
        "Fanuc",
        "Computex 2024",
        False,
        False,
    ),
]

test_presence_s9 = case_table_test(CASES)

"""based_in, owns, backed_by and develops in wordings written for these tests (session 8). Names are not
from any scored set."""

from __future__ import annotations

from tests.extract.test_extract_relations import case_table_test

_RIVAL = "Qualcomm posted higher profits on Wednesday. The US chipmaker's rival MediaTek gained market share."
_LAB = (
    "Baidu held its developer conference in Beijing. Baidu Research, the Chinese search group's research "
    "arm, published a paper on speech."
)
_HISTORY = (
    "Hyundai Motor said sales rose. Kia, the largest buyer in the South Korean carmaker's history of supply "
    "deals, signed too."
)
_JOINT = (
    "The fair is run by Messe Frankfurt and Expotech, a venue operator jointly owned by Siemens and Bosch."
)
_BELONGS = "Lamborghini belongs to Audi, while Bentley belongs to Volkswagen."
_FITBIT = "Shoppers queued at the stand of Fitbit, the wearables maker Google bought in 2021, on Friday."
_CONTACT_PARSE = (
    "Industry watchers praised Fitbit, the wearables maker Google bought in 2021, and the British lab "
    "DeepMind."
)
_STAKE = "Investors cheered Rivian, the carmaker Amazon bought a stake in."
_SELLER = "The Arizona plant, which Amkor bought from Intel, reopened, and Amkor bought from Intel again."
_INSTITUTE = (
    "The workshop was run by the LG AI Research Institute (LGARI), the central research institute of LG "
    "Electronics."
)
_MARQUE = "Lexus is the luxury marque of Toyota Motor, and Tesla showed trucks."
_PART = "Moonshot AI, a start-up owned in part by Tencent, said so."
_PRODUCERS = (
    "Chinese battery producers such as CATL and Gotion High-Tech dominate global supply, analysts say."
)
_WITH_LIST = (
    "Aleph Alpha raised $500 million. Bosch Ventures led the round, with SAP, Schwarz Group and "
    "Burda Principal "
    "also taking part."
)
_ALONG_WITH = "Helsing raised 450 million euros. General Catalyst also took part, along with Accel and Saab."
_UNITS = (
    "The filing lists Tata Group's overseas units Jaguar Land Rover, Tetley and Tata Consultancy Services, "
    "and rival Reliance."
)
_CALLED = (
    "Sony has hired two studio heads to run a new division called Sony Interactive Labs, the group said."
)
_CALLED_OTHER = "Sony has hired two studio heads to run a new division called Bungie Labs, the group said."
_IN_WHICH = (
    "The chips will serve the rivals of Anthropic, in which Amazon has invested $8 billion, and others."
)
_THINK_TANK = (
    "Beijing sanctioned the Brookings Institution, a Washington-based think tank, on Monday, the United "
    "States said."
)
_BUILT_BY = (
    "Visitors crowded around Spot, built by the American company Boston Dynamics, and a robot dog from "
    "Unitree."
)
_DEVELOPED_BY = "Launch: Graviton4, the Arm-based server chip developed by Annapurna Labs, Amazon's chip unit"
_OWNER_AFTER_LIST = "Nintendo and Tencent, the owner of the game studio Riot Games, pulled out of the show."

CASES = [
    # predicate, text, subject, object, negated, expected
    # a country word on a possessive description describes the possessor, not the name after it
    ("based_in", _RIVAL, "Qualcomm", "United States", False, True),
    ("based_in", _RIVAL, "MediaTek", "United States", False, False),
    # ... nor the name the phrase is in apposition to
    ("based_in", _LAB, "Baidu", "China", False, True),
    ("based_in", _LAB, "Baidu Research", "China", False, False),
    ("based_in", _HISTORY, "Hyundai Motor", "South Korea", False, True),
    ("based_in", _HISTORY, "Kia", "South Korea", False, False),
    # 'owned by' / 'controlled by' / 'belongs to': the agent owns what the participle describes
    (
        "owns",
        "SkyRoute Networks is owned jointly by Airbus and Safran.",
        "Airbus",
        "SkyRoute Networks",
        False,
        True,
    ),
    (
        "owns",
        "SkyRoute Networks is owned jointly by Airbus and Safran.",
        "Safran",
        "SkyRoute Networks",
        False,
        True,
    ),
    ("owns", _JOINT, "Siemens", "Expotech", False, True),
    ("owns", _JOINT, "Bosch", "Expotech", False, True),
    ("owns", _JOINT, "Siemens", "Messe Frankfurt", False, False),
    ("owns", _BELONGS, "Volkswagen", "Bentley", False, True),
    ("owns", "Half of Bentley belongs to Volkswagen.", "Volkswagen", "Bentley", False, False),
    ("owns", "The studio stressed that Krafton is not owned by Tencent.", "Tencent", "Krafton", True, True),
    ("owns", "The studio stressed that Krafton is not owned by Tencent.", "Tencent", "Krafton", False, False),
    (
        "owns",
        "Analysts noted that Krafton is no longer controlled by Tencent.",
        "Tencent",
        "Krafton",
        True,
        True,
    ),
    # a relative clause without 'that' ('the maker Google bought'): the buyer owns the name before it
    ("owns", _FITBIT, "Google", "Fitbit", False, True),
    ("owns", _CONTACT_PARSE, "Google", "Fitbit", False, True),
    ("owns", _STAKE, "Amazon", "Rivian", False, False),
    # 'bought from X': X is the seller, not what was bought
    ("owns", _SELLER, "Amkor", "Intel", False, False),
    # research institutes, R&D hubs and marques are units; a bracketed abbreviation does not break the tie
    ("owns", _INSTITUTE, "LG Electronics", "LG AI Research Institute", False, True),
    ("owns", _MARQUE, "Toyota Motor", "Lexus", False, True),
    ("owns", _MARQUE, "Toyota Motor", "Tesla", False, False),
    ("owns", _PART, "Tencent", "Moonshot AI", False, False),
    # 'producers' is an organization noun: the country word reaches the names it lists
    ("based_in", _PRODUCERS, "CATL", "China", False, True),
    ("based_in", _PRODUCERS, "Gotion High-Tech", "China", False, True),
    # 'with A, B and C also taking part': the parser leaves A out of the verb's subject
    ("backed_by", _WITH_LIST, "Aleph Alpha", "SAP", False, True),
    ("backed_by", _WITH_LIST, "Aleph Alpha", "Burda Principal", False, True),
    # '..., along with A and B' after 'took part'
    ("backed_by", _ALONG_WITH, "Helsing", "Accel", False, True),
    ("backed_by", _ALONG_WITH, "Helsing", "Saab", False, True),
    ("backed_by", _ALONG_WITH, "General Catalyst", "Accel", False, False),
    # a plural unit noun after a possessive names every unit of the list after it
    ("owns", _UNITS, "Tata Group", "Jaguar Land Rover", False, True),
    ("owns", _UNITS, "Tata Group", "Tata Consultancy Services", False, True),
    ("owns", _UNITS, "Tata Group", "Reliance", False, False),
    # 'a new unit called X': the clause's subject owns it when X bears its name
    ("owns", _CALLED, "Sony", "Sony Interactive Labs", False, True),
    ("owns", _CALLED_OTHER, "Sony", "Bungie Labs", False, False),
    # ', in which X has invested' after a name the parse does not hang the clause on
    ("backed_by", _IN_WHICH, "Anthropic", "Amazon", False, True),
    # a two-word organization noun ('think tank') heads the description of the name before it
    ("based_in", _THINK_TANK, "Brookings Institution", "United States", False, True),
    # 'built by the American company X', '..., the Arm-based chip developed by X': the maker after its label
    ("develops", _BUILT_BY, "Boston Dynamics", "Spot", False, True),
    ("develops", _DEVELOPED_BY, "Annapurna Labs", "Graviton4", False, True),
    ("develops", _DEVELOPED_BY, "Arm", "Graviton4", False, False),
    # 'A and B, the owner of C': the apposition after a list describes its last name
    ("owns", _OWNER_AFTER_LIST, "Tencent", "Riot Games", False, True),
    ("owns", _OWNER_AFTER_LIST, "Nintendo", "Riot Games", False, False),
]

test_relations_orgties_s8 = case_table_test(CASES)

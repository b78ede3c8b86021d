"""A country said once of a whole list of companies: 'A, B and C, all of China', 'A and B, both
from Hong Kong', 'A and B of China'; and a list item the model tags as a person although its name
ends in a company word; a page whose title announces a list of exhibitors or speakers. Wordings
written for these tests (invented company names in the country cases, real ones in the pages)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.extract.test_extract_relations import case_table_test

_ALL_OF = "Those added include Hexian Tech, Tanyu Systems and Xiran Photonics, all of China."
_BOTH_FROM = "Hexian Tech and Tanyu Systems, both from Hong Kong, were named."
_ALL_BASED = "Hexian Tech, Tanyu Systems and Arkon Labs, all based in Russia, were named."
_COORD_OF = "Among them are Hexian Tech and Tanyu Systems of China and Arkon Logistics of Russia."

CASES = [
    # predicate, text, subject, object, negated, expected
    ("based_in", _ALL_OF, "Hexian Tech", "China", False, True),
    ("based_in", _ALL_OF, "Tanyu Systems", "China", False, True),
    ("based_in", _ALL_OF, "Xiran Photonics", "China", False, True),
    ("based_in", _BOTH_FROM, "Hexian Tech", "Hong Kong", False, True),
    ("based_in", _BOTH_FROM, "Tanyu Systems", "Hong Kong", False, True),
    ("based_in", _ALL_BASED, "Arkon Labs", "Russia", False, True),
    ("based_in", _ALL_BASED, "Hexian Tech", "Russia", False, True),
    ("based_in", _COORD_OF, "Hexian Tech", "China", False, True),
    ("based_in", _COORD_OF, "Tanyu Systems", "China", False, True),
    ("based_in", _COORD_OF, "Arkon Logistics", "Russia", False, True),
    ("based_in", _COORD_OF, "Tanyu Systems", "Russia", False, False),
    # a company the knowledge base places elsewhere keeps its own country
    ("based_in", "Nvidia and Tanyu Systems of China signed the deal.", "Nvidia", "China", False, False),
    (
        "based_in",
        "Nvidia and Tanyu Systems of China signed the deal.",
        "Tanyu Systems",
        "China",
        False,
        True,
    ),
    # one company 'from' a country without 'all' or 'both' is left to the verb rules
    ("based_in", "Hexian Tech bought chips from China.", "Hexian Tech", "China", False, False),
]

test_relations_lists_country_of_a_whole_list = case_table_test(CASES)


_DIRECTORY = (
    "IFA 2023 Berlin: Chinese exhibitors to watch\n\n"
    "The show runs from September 1 to 5 at Messe Berlin.\n\n"
    "TCL\nChinese television maker showing 115-inch mini-LED sets in Hall 22.\n\n"
    "Hisense\nLaser TVs and home appliances; stand 101 in Hall 25.\n\n"
    "Honor — foldable phones and a new tablet.\n\n"
    "Lenovo did not take a stand this year.\n\n"
    "Dreame Technology (Suzhou), robot vacuum cleaners, Hall 1.\n"
)
_NOT_A_DIRECTORY = (
    "IFA 2023 Berlin: what the show says about the TV market\n\n"
    "The show runs from September 1 to 5 at Messe Berlin.\n\n"
    "TCL\nThe company cut prices of its televisions in Europe.\n"
)
_SPEAKERS = (
    "WAIC 2024 speakers\n\nThe conference opens in Shanghai on July 4.\n\nRobin Li — Baidu\nLisa Su, AMD\n"
)

TITLE_CASES = [
    ("exhibits_at", _DIRECTORY, "TCL", "IFA 2023", False, True),
    ("exhibits_at", _DIRECTORY, "Hisense", "IFA 2023", False, True),
    ("exhibits_at", _DIRECTORY, "Honor", "IFA 2023", False, True),
    ("exhibits_at", _DIRECTORY, "Dreame Technology (Suzhou)", "IFA 2023", False, True),
    # an entry line that says the company is not there lists nobody
    ("exhibits_at", _DIRECTORY, "Lenovo", "IFA 2023", False, False),
    # a title that announces no list makes no entry lines
    ("exhibits_at", _NOT_A_DIRECTORY, "TCL", "IFA 2023", False, False),
    ("speaks_at", _SPEAKERS, "Robin Li", "WAIC 2024", False, True),
    ("speaks_at", _SPEAKERS, "Lisa Su", "WAIC 2024", False, True),
]

test_relations_lists_page_title_announces_the_list = case_table_test(TITLE_CASES)


_UNITS = (
    "The US added 12 Chinese firms to the Entity List on Thursday. Four units of Qiming Aerospace Group "
    "were also named, among them Qiming Aerospace Electronics and Qiming Precision Machinery."
)

UNIT_CASES = [
    # a known company's short name ('Qiming' is Qiming Venture Partners) opening a longer company name
    ("sanctioned_by", _UNITS, "Qiming Precision Machinery", "United States", False, True),
    ("sanctioned_by", _UNITS, "Qiming Venture Partners", "United States", False, False),
    # 'units of X ..., among them A and B'
    ("owns", _UNITS, "Qiming Aerospace Group", "Qiming Aerospace Electronics", False, True),
    ("owns", _UNITS, "Qiming Aerospace Group", "Qiming Precision Machinery", False, True),
]

test_relations_lists_units_of_a_named_group = case_table_test(UNIT_CASES)


_OPENED = "CES 2024 opened on Tuesday. "
PARTICIPLE_CASES = [
    # a group noun with a participle, equated with the names that follow
    (
        "exhibits_at",
        _OPENED + "Start-ups exhibiting this year include Dreame and Roborock.",
        "Dreame",
        "CES 2024",
        False,
        True,
    ),
    (
        "exhibits_at",
        _OPENED + "Companies exhibiting this year include Dreame and Roborock.",
        "Roborock",
        "CES 2024",
        False,
        True,
    ),
    (
        "attends",
        _OPENED + "Among those attending were Dreame and Roborock.",
        "Dreame",
        "CES 2024",
        False,
        True,
    ),
    # the participle of another verb lists nobody
    (
        "exhibits_at",
        _OPENED + "Companies leaving this year include Dreame and Roborock.",
        "Dreame",
        "CES 2024",
        False,
        False,
    ),
]

test_relations_lists_participle_groups = case_table_test(PARTICIPLE_CASES)


_FUNDED = "Hexian Tech, a Beijing AI start-up, announced new funding on Monday. "
FUNDING_CASES = [
    # the model tags the second 'Hexian Tech' a place; the document already named it an organization
    (
        "backed_by",
        _FUNDED + "Tencent invested an undisclosed amount in Hexian Tech last year.",
        "Hexian Tech",
        "Tencent",
        False,
        True,
    ),
    # "co-led": the parser hangs the round on an auxiliary
    (
        "backed_by",
        _FUNDED + "The round was co-led by Qiming Venture Partners and Lightspeed.",
        "Hexian Tech",
        "Lightspeed",
        False,
        True,
    ),
    (
        "backed_by",
        _FUNDED + "The round was co-led by Qiming Venture Partners and Lightspeed.",
        "Hexian Tech",
        "Qiming Venture Partners",
        False,
        True,
    ),
]

test_relations_lists_funding_wordings = case_table_test(FUNDING_CASES)


_BULLETS = (
    "Commerce adds nine Chinese entities to Entity List\n\n"
    "The US Commerce Department added nine Chinese entities to the Entity List on Thursday.\n\n"
    "The companies added are:\n\n"
    "- Hexian Tech, a Shenzhen developer of navigation chips;\n"
    "- Tanyu Systems, a Wuhan maker of thermal cameras;\n"
    "- Lianrui Microwave of Chengdu.\n\n"
    "The rule also adds the Beijing Institute of Remote Sensing Equipment.\n"
)
_PEOPLE_BULLETS = "Speakers:\n\n- Lisa Su, AMD\n- Robin Li, Baidu\n- Kai Fu Lee\n"

BULLET_CASES = [
    # the capitalised words opening a bullet item whose siblings open with companies
    ("sanctioned_by", _BULLETS, "Lianrui Microwave", "United States", False, True),
    ("sanctioned_by", _BULLETS, "Hexian Tech", "United States", False, True),
    # "The rule also adds X"
    (
        "sanctioned_by",
        _BULLETS,
        "Beijing Institute of Remote Sensing Equipment",
        "United States",
        False,
        True,
    ),
]

test_relations_lists_bullet_items = case_table_test(BULLET_CASES)


def test_bullet_items_of_a_people_list_stay_people(facts: Callable[..., Any]) -> None:
    doc = facts(_PEOPLE_BULLETS)
    assert "Kai Fu Lee" not in {e.name for e in doc.entities if e.type.value == "ORG"}

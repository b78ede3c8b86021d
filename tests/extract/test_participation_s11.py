"""Session 11 participation wordings: absence stated by a verb and its particle or object ('were kept
away', 'stayed home', 'sat this year out', 'did not come', 'were not represented', 'joined A in pulling
out', 'B followed'), denials carried by an object ('sent no executives', 'declined an invitation to
attend'), talks that were dropped or never given, chairs of bodies rather than sessions, interviews with
the press, and programme pages found by a header line or time slots. Sentences written for these tests
(real companies, people and shows; one invented show)."""

from __future__ import annotations

from tests.extract.test_extract_relations import case_table_test

_SHOW = "CES 2024 opened in Las Vegas on Tuesday. "

# predicate, text, subject, object, negated, expected ("attends" negated is absent_from)
ABSENCE = [
    # staying away by verb and particle or object
    (
        "attends",
        _SHOW + "Engineers from Xiaomi were kept away by visa problems.",
        "Xiaomi",
        "CES 2024",
        True,
        True,
    ),
    (
        "attends",
        _SHOW + "Several big brands stayed home, including Sony and Panasonic.",
        "Panasonic",
        "CES 2024",
        True,
        True,
    ),
    ("attends", _SHOW + "Lenovo sat this year out.", "Lenovo", "CES 2024", True, True),
    ("attends", _SHOW + "Oppo did not come this year.", "Oppo", "CES 2024", True, True),
    ("attends", _SHOW + "Vivo and Realme were not represented.", "Realme", "CES 2024", True, True),
    ("attends", _SHOW + "Baidu will not be there.", "Baidu", "CES 2024", True, True),
    ("attends", _SHOW + "Tencent joined Alibaba in pulling out.", "Tencent", "CES 2024", True, True),
    (
        "attends",
        _SHOW + "Ericsson pulled out on Monday, and Nokia followed a day later.",
        "Nokia",
        "CES 2024",
        True,
        True,
    ),
    (
        "attends",
        _SHOW + "Cisco was the first to withdraw, followed by IBM and Oracle.",
        "Oracle",
        "CES 2024",
        True,
        True,
    ),
    # denials carried by the object or a refused offer
    ("attends", _SHOW + "ZTE sent no executives to the show.", "ZTE", "CES 2024", True, True),
    ("attends", _SHOW + "ZTE sent no executives to the show.", "ZTE", "CES 2024", False, False),
    ("attends", _SHOW + "Alibaba declined an invitation to attend.", "Alibaba", "CES 2024", True, True),
    ("attends", _SHOW + "Alibaba declined an invitation to attend.", "Alibaba", "CES 2024", False, False),
    ("attends", _SHOW + "Huawei has pulled its delegation.", "Huawei", "CES 2024", True, True),
    ("attends", _SHOW + "Huawei has pulled its delegation.", "Huawei", "CES 2024", False, False),
    # inversions of an absence adjective
    (
        "attends",
        _SHOW + "Notably missing was Samsung Electronics.",
        "Samsung Electronics",
        "CES 2024",
        True,
        True,
    ),
    ("attends", _SHOW + "Absent this year are Huawei and ZTE.", "ZTE", "CES 2024", True, True),
    # not absences: a verb above denied, a following that is no withdrawal, a return elsewhere
    ("attends", _SHOW + "Intel has not said whether it will return.", "Intel", "CES 2024", True, False),
    ("attends", _SHOW + "Nvidia did not return to China after the show.", "Nvidia", "CES 2024", True, False),
    (
        "attends",
        _SHOW + "Nvidia unveiled a chip, and AMD followed with its own.",
        "AMD",
        "CES 2024",
        True,
        False,
    ),
    ("attends", _SHOW + "Sony did not stay home this year.", "Sony", "CES 2024", True, False),
    ("attends", _SHOW + "Meta did not return a request for comment.", "Meta", "CES 2024", True, False),
]

SPEECH = [
    # interviews with the press: at the edition, but no talk
    (
        "speaks_at",
        _SHOW + "Jensen Huang told reporters at the show that demand was strong.",
        "Jensen Huang",
        "CES 2024",
        False,
        False,
    ),
    (
        "attends",
        _SHOW + "Jensen Huang told reporters at the show that demand was strong.",
        "Jensen Huang",
        "CES 2024",
        False,
        True,
    ),
    (
        "attends",
        _SHOW + "Jensen Huang told a news conference at the show that demand was strong.",
        "Jensen Huang",
        "CES 2024",
        False,
        True,
    ),
    (
        "speaks_at",
        _SHOW + "Speaking in an interview with Bloomberg Television, Lisa Su said demand was strong.",
        "Lisa Su",
        "CES 2024",
        False,
        False,
    ),
    (
        "speaks_at",
        _SHOW + "Pat Gelsinger spoke with reporters on Tuesday.",
        "Pat Gelsinger",
        "CES 2024",
        False,
        False,
    ),
    # a talk that was cancelled or only planned
    ("speaks_at", _SHOW + "The keynote by Lisa Su was cancelled.", "Lisa Su", "CES 2024", False, False),
    ("speaks_at", _SHOW + "The keynote by Lisa Su was cancelled.", "Lisa Su", "CES 2024", True, True),
    ("speaks_at", _SHOW + "Lisa Su pulled out of her keynote.", "Lisa Su", "CES 2024", False, False),
    (
        "speaks_at",
        _SHOW + "Lisa Su was scheduled to speak but cancelled her appearance.",
        "Lisa Su",
        "CES 2024",
        False,
        False,
    ),
    (
        "attends",
        _SHOW + "Lisa Su was scheduled to speak but cancelled her appearance.",
        "Lisa Su",
        "CES 2024",
        True,
        True,
    ),
    (
        "speaks_at",
        _SHOW + "Satya Nadella had been scheduled to give a keynote address.",
        "Satya Nadella",
        "CES 2024",
        False,
        False,
    ),
    # the chair of a body is no session chair; the chair of a panel is
    (
        "speaks_at",
        _SHOW + "AMD, chaired by Lisa Su, unveiled a new chip.",
        "Lisa Su",
        "CES 2024",
        False,
        False,
    ),
    ("speaks_at", _SHOW + "Lisa Su chaired a panel on AI chips.", "Lisa Su", "CES 2024", False, True),
    (
        "speaks_at",
        _SHOW + "The panel, chaired by Lisa Su, discussed AI chips.",
        "Lisa Su",
        "CES 2024",
        False,
        True,
    ),
    # plain talks stay talks
    (
        "speaks_at",
        _SHOW + "Jensen Huang told the audience that demand was strong.",
        "Jensen Huang",
        "CES 2024",
        False,
        True,
    ),
    ("speaks_at", _SHOW + "Jensen Huang gave the opening keynote.", "Jensen Huang", "CES 2024", False, True),
]

_DAY = "Photonics Week 2024\nMunich, June 20, 2024\nSelected programme, Day 1\n\n"
_TIMED = "Photonics Week 2024\nMunich, June 20, 2024\n\n"
PAGES = [
    # a header line below the title names the programme
    (
        "speaks_at",
        _DAY + "Peter Leibinger, Chief Technology Officer, Trumpf\nLisa Su, Chair and CEO, AMD",
        "Lisa Su",
        "Photonics Week 2024",
        False,
        True,
    ),
    # time slots on two lines make a programme
    (
        "speaks_at",
        _TIMED + "09:15 Peter Leibinger, Chief Technology Officer, Trumpf\n10:00 Lisa Su, Chair and CEO, AMD",
        "Peter Leibinger",
        "Photonics Week 2024",
        False,
        True,
    ),
    (
        "speaks_at",
        _TIMED
        + "09:15 Welcome - Peter Leibinger, Chief Technology Officer, Trumpf\n"
        + "10:00 Keynote - Lisa Su, Chair and CEO, AMD",
        "Lisa Su",
        "Photonics Week 2024",
        False,
        True,
    ),
    # a talk title before a dash
    (
        "speaks_at",
        _DAY + "- Lasers for chip fabs - Peter Leibinger, Trumpf\n- Chiplets at scale - Lisa Su, AMD",
        "Lisa Su",
        "Photonics Week 2024",
        False,
        True,
    ),
]

test_participation_s11_absence = case_table_test(ABSENCE)
test_participation_s11_speech = case_table_test(SPEECH)
test_participation_s11_pages = case_table_test(PAGES)

"""Presence wordings the parse leaves without a participant: 'the stands of A, B and C', 'A exhibited
alongside B', 'A is exhibiting, as are B and C', names cut from their verb ('A and B are both
exhibiting'), a list noun with its names as subject ('carmakers A and B showed ...'), and a 'not' the
parser hangs on the auxiliary ('do not have stands'). Wordings written for these tests."""

from __future__ import annotations

from tests.extract.test_extract_relations import case_table_test

_OPENED = "IFA 2024 opened in Berlin. "
E = "exhibits_at"

CASES = [
    # predicate, text, subject, object, negated, expected
    (
        E,
        _OPENED + "The minister toured the stands of Bosch, Miele and Haier.",
        "Miele",
        "IFA 2024",
        False,
        True,
    ),
    (
        E,
        _OPENED + "The minister toured the stands of Bosch, Miele and Haier.",
        "Haier",
        "IFA 2024",
        False,
        True,
    ),
    (
        E,
        _OPENED + "At the booth of Roborock, a Beijing start-up, robots mopped floors.",
        "Roborock",
        "IFA 2024",
        False,
        True,
    ),
    (E, _OPENED + "Hisense exhibited alongside Sharp and Philips.", "Sharp", "IFA 2024", False, True),
    (E, _OPENED + "Hisense exhibited alongside Sharp and Philips.", "Hisense", "IFA 2024", False, True),
    (
        E,
        _OPENED + "Dreame is exhibiting, as are the appliance makers Midea and Gree.",
        "Gree",
        "IFA 2024",
        False,
        True,
    ),
    (E, _OPENED + "TCL and Xiaomi are both exhibiting this week.", "Xiaomi", "IFA 2024", False, True),
    (E, _OPENED + "Appliance makers Midea and Beko showed ovens in Hall 3.", "Beko", "IFA 2024", False, True),
    (E, _OPENED + "Sony and Panasonic do not have stands this year.", "Panasonic", "IFA 2024", True, True),
    (E, _OPENED + "Sony and Panasonic do not have stands this year.", "Panasonic", "IFA 2024", False, False),
    # negative: 'show' in its other sense
    (E, _OPENED + "The results showed growth, Miele said.", "Miele", "IFA 2024", False, False),
]

test_relations_presence_s7 = case_table_test(CASES)

"""Negation scope, and wordings of presence, speech and display (sentences written for these tests)."""

from __future__ import annotations

from tests.extract.test_extract_relations import case_table_test

OPEN = "The Global Robotics Summit opened in Singapore on Monday. "
EV = "Global Robotics Summit 2024"

CASES = [
    # predicate, text, subject, object, negated, expected
    (
        "speaks_at",
        OPEN + "Speaking at the summit, Jensen Huang did not name rivals.",
        "Jensen Huang",
        EV,
        False,
        True,
    ),
    (
        "speaks_at",
        OPEN + "Speaking at the summit, Jensen Huang did not name rivals.",
        "Jensen Huang",
        EV,
        True,
        False,
    ),
    (
        "speaks_at",
        OPEN + "In a speech at the summit, Lisa Su did not mention export curbs.",
        "Lisa Su",
        EV,
        True,
        False,
    ),
    (
        "speaks_at",
        OPEN + "Lisa Su did not address export curbs at the summit, focusing on data centres.",
        "Lisa Su",
        EV,
        True,
        False,
    ),
    ("speaks_at", OPEN + "Lisa Su addressed the summit by video.", "Lisa Su", EV, False, True),
    (
        "speaks_at",
        OPEN + "Arvind Krishna was not shy on stage at the summit.",
        "Arvind Krishna",
        EV,
        True,
        False,
    ),
    ("speaks_at", OPEN + "Arvind Krishna did not speak at the summit.", "Arvind Krishna", EV, True, True),
    (
        "attends",
        OPEN + "Arvind Krishna was not in attendance at the summit.",
        "Arvind Krishna",
        EV,
        True,
        True,
    ),
    # wordings of presence and display (positive and negative)
    ("attends", OPEN + "Pedro Sanchez was among the official guests.", "Pedro Sanchez", EV, False, True),
    (
        "speaks_at",
        OPEN + "The opening was followed by a speech from Fei-Fei Li.",
        "Fei-Fei Li",
        EV,
        False,
        True,
    ),
    ("exhibits_at", OPEN + "The busiest stand belongs to Unitree.", "Unitree", EV, False, True),
    ("exhibits_at", OPEN + "Xiaomi has brought its CyberOne robot to the summit.", "Xiaomi", EV, False, True),
    ("exhibits_at", OPEN + "The summit brought Xiaomi new customers.", "Xiaomi", EV, False, False),
    (
        "exhibits_at",
        OPEN + "More than 300 exhibitors took part, according to the IMDA, the agency that runs it.",
        "IMDA",
        EV,
        False,
        False,
    ),
    (
        "attends",
        OPEN + "Sundar Pichai and Sam Altman are among the leaders expected to take part.",
        "Sam Altman",
        EV,
        False,
        True,
    ),
    (
        "attends",
        OPEN + "Sundar Pichai is among the executives who will not take part.",
        "Sundar Pichai",
        EV,
        True,
        True,
    ),
    (
        "speaks_at",
        OPEN + "Lisa Su did not say at the summit whether prices would fall.",
        "Lisa Su",
        EV,
        True,
        False,
    ),
]


test_relations_participation_negation_scope = case_table_test(CASES)

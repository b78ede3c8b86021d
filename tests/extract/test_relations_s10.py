"""Relation constructions of session 10 (sentences written for these tests): an apposition that names
a company's country ('X, the Chinese AI start-up') however the parse attaches it, and not when the
description is itself a possessor ('X, the French start-up's rival'); an organization whose people
appear or give a talk at the edition ('engineers from A appeared', 'the keynote was given by executives
of B'), or that sent speakers ('A and B all sent keynote speakers'), attends it; a title whose
possessor is a definite description of a company named before ('X, the logistics group's chief
operating officer'; 'X, head of the drone maker's logistics division'); an organization's possessive
right before a person's name ("Arm's Rene Haas and Nvidia's Jensen Huang"), unless a description that
is no title follows the name."""

from __future__ import annotations

from tests.extract.test_extract_relations import case_table_test

CASES = [
    # predicate, text, subject, object, negated, expected
    # an apposition the parse hangs on the verb as its object still describes the name before its comma
    ("based_in", "The chips ended up with Vantiq, the Chinese AI start-up.", "Vantiq", "China", False, True),
    (
        "based_in",
        "Officials would not say whether the servers ended up with Corvane, the Korean AI start-up that is "
        "under investigation over its purchases.",
        "Corvane",
        "South Korea",
        False,
        True,
    ),
    (
        "based_in",
        "Prosecutors say the servers were shipped to Halden Robotics, a Norwegian start-up.",
        "Halden Robotics",
        "Norway",
        False,
        True,
    ),
    # the description is a possessor: the name is the start-up's supplier, not the start-up
    (
        "based_in",
        "Auditors asked whether the servers ended up with Corvane, the Korean AI start-up's main supplier.",
        "Corvane",
        "South Korea",
        False,
        False,
    ),
]

_EXPO = "The Baltic Drone Expo 2025 opened in Riga on Monday. "

CASES += [
    # the people of an organization appear at the edition
    (
        "attends",
        _EXPO + "Engineers from Parrot, DJI and Skyward Dynamics also appeared on the second day to show "
        "their delivery drones.",
        "Skyward Dynamics",
        "Baltic Drone Expo 2025",
        False,
        True,
    ),
    (
        "attends",
        _EXPO + "Engineers from Parrot, DJI and Skyward Dynamics also appeared on the second day to show "
        "their delivery drones.",
        "Parrot",
        "Baltic Drone Expo 2025",
        False,
        True,
    ),
    # a talk given by its people (a passive agent)
    (
        "attends",
        _EXPO + "The closing keynote was given by executives of Skyward Dynamics.",
        "Skyward Dynamics",
        "Baltic Drone Expo 2025",
        False,
        True,
    ),
    # speakers sent, with no other destination
    (
        "attends",
        _EXPO + "Parrot, DJI and Skyward Dynamics all sent keynote speakers.",
        "Skyward Dynamics",
        "Baltic Drone Expo 2025",
        False,
        True,
    ),
    # 'appeared' as a copula says how they looked, not that they were there
    (
        "attends",
        _EXPO + "Executives from Skyward Dynamics appeared unconcerned by the slump in orders.",
        "Skyward Dynamics",
        "Baltic Drone Expo 2025",
        False,
        False,
    ),
    (
        "attends",
        _EXPO + "Skyward Dynamics did not send any speakers.",
        "Skyward Dynamics",
        "Baltic Drone Expo 2025",
        False,
        False,
    ),
]

_NORDVIK = "Nordvik Logistics Group reported record profits on Monday. "

CASES += [
    (
        "employs",
        _NORDVIK + "Analysts credited Tomas Lindqvist, the logistics group's chief operating officer, "
        "with the turnaround.",
        "Nordvik Logistics Group",
        "Tomas Lindqvist",
        False,
        True,
    ),
    (
        "employs",
        "Xiaomi showed an electric car in Munich on Monday. Anna Berg, head of the Chinese company's "
        "European sales division, drove it onto the stage.",
        "Xiaomi",
        "Anna Berg",
        False,
        True,
    ),
    # no title after the possessive: a customer is not employed
    (
        "employs",
        _NORDVIK + "Analysts credited Tomas Lindqvist, the logistics group's biggest customer, with the "
        "turnaround.",
        "Nordvik Logistics Group",
        "Tomas Lindqvist",
        False,
        False,
    ),
]

CASES += [
    (
        "employs",
        "Arm's Rene Haas and Nvidia's Jensen Huang watched from the front row.",
        "Arm",
        "Rene Haas",
        False,
        True,
    ),
    (
        "employs",
        "Arm's Rene Haas and Nvidia's Jensen Huang watched from the front row.",
        "Nvidia",
        "Jensen Huang",
        False,
        True,
    ),
    # the possessive is the other company's: no cross pairing
    (
        "employs",
        "Arm's Rene Haas and Nvidia's Jensen Huang watched from the front row.",
        "Arm",
        "Jensen Huang",
        False,
        False,
    ),
    (
        "employs",
        "Arm's Rene Haas, the Cambridge-educated son of a teacher, watched from the front row.",
        "Arm",
        "Rene Haas",
        False,
        False,
    ),
    # a name before a person's name without a possessive is not an employer
    (
        "employs",
        "The deal with Arm gave Jensen Huang a new partner.",
        "Arm",
        "Jensen Huang",
        False,
        False,
    ),
]

test_relations_s10 = case_table_test(CASES)

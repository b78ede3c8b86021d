"""Relation constructions of session 10 (sentences written for these tests): an apposition that names
a company's country ('X, the Chinese AI start-up') however the parse attaches it, and not when the
description is itself a possessor ('X, the French start-up's rival')."""

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

test_relations_s10 = case_table_test(CASES)

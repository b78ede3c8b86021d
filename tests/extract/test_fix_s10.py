"""False positives fixed in session 10 (round 2).

- A country or city word describes the noun phrase it opens, up to the first preposition: in "the
  Danish investor behind Kestrel Labs" the name after 'behind' is not the one described
  ("companies such as A" still lists the companies described).
- "the US chipmaker's software tools": a possessive description by country and sector refers to the
  company of that sector the text names most, not the last one named.
- A phrase trigger of sending people ('sent engineers', 'sent staff') puts the sender at the edition
  only when they are sent there (or to its city), not to a plant or an office.

Wordings written for these tests.
"""

from __future__ import annotations

from tests.extract.test_extract_relations import case_table_test

B = "based_in"
A = "attends"

_TOPIC = (
    "Qualcomm unveiled a new laptop processor on Tuesday. Qualcomm said orders were strong. Intel still "
    "leads the market for such chips. Analysts said the launch puts the US chipmaker's software tools "
    "in focus."
)

CASES = [
    (B, _TOPIC, "Qualcomm", "US", False, True),
    (B, _TOPIC, "Intel", "US", False, False),
    # predicate, text, subject, object, negated, expected
    (
        B,
        "Volvo is the Swedish partner in Kestrel Labs, the filing said.",
        "Kestrel Labs",
        "Sweden",
        False,
        False,
    ),
    (B, "Volvo is the Swedish partner in Kestrel Labs, the filing said.", "Volvo", "Sweden", False, True),
    (
        B,
        "Orsted named the Danish investor behind Kestrel Labs on Monday.",
        "Kestrel Labs",
        "Denmark",
        False,
        False,
    ),
    (B, "The Danish company Vestra raised fresh funds on Monday.", "Vestra", "Denmark", False, True),
    (
        B,
        "The Finnish start-up Kestrel Labs opened an office in Oslo.",
        "Kestrel Labs",
        "Finland",
        False,
        True,
    ),
    (
        A,
        "Scania sent engineers to its factory in Zwolle during the IAA Transportation 2024, it said.",
        "Scania",
        "IAA Transportation 2024",
        False,
        False,
    ),
    (
        A,
        "Scania sent engineers to the IAA Transportation 2024 in Hanover.",
        "Scania",
        "IAA Transportation 2024",
        False,
        True,
    ),
    (
        A,
        "Scania sent staff to Hanover for the IAA Transportation 2024.",
        "Scania",
        "IAA Transportation 2024",
        False,
        True,
    ),
]

test_fix_s10 = case_table_test(CASES)

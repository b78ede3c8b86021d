"""A sanctions passage's later list sentences: a listed group whose first name follows a short
description ('Other new names include chip designer A'), named people ('The individuals named include
A and B', 'Three people were named as well: A; B'), and a count of firms 'cited' before a colon.
Wordings written for these tests (made-up people, real companies)."""

from __future__ import annotations

from tests.extract.test_extract_relations import case_table_test

_US = "The US Commerce Department added nine Chinese companies to the Entity List on Monday. "
_CN = "China's Ministry of Commerce put six US firms on its unreliable entity list on Friday. "
S = "sanctioned_by"

CASES = [
    # predicate, text, subject, object, negated, expected
    (
        S,
        _US + "Other new names include chip designer Biren Technology and lidar maker Hesai.",
        "Biren Technology",
        "United States",
        False,
        True,
    ),
    (
        S,
        _US + "Other new names include chip designer Biren Technology and lidar maker Hesai.",
        "Hesai",
        "United States",
        False,
        True,
    ),
    (
        S,
        _CN + "The individuals named include Mara Quill and Tobias Wren, both directors at Skydio.",
        "Tobias Wren",
        "China",
        False,
        True,
    ),
    (
        S,
        _CN + "Three people were named as well: Mara Quill, its chair; and Tobias Wren.",
        "Mara Quill",
        "China",
        False,
        True,
    ),
    (
        S,
        _US + "Four chip firms were cited for military end uses: Loongson Technology; and Phytium.",
        "Loongson Technology",
        "United States",
        False,
        True,
    ),
    # a government body inside the listing's reason is not the sanctioner
    (
        S,
        _US
        + "Three firms were cited for aiding the modernisation of the People's Liberation Army: Sugon; and "
        "Inspur Group.",
        "Inspur Group",
        "United States",
        False,
        True,
    ),
    # a company inside a person's description is not the listed name
    (
        S,
        _CN + "The individuals named include Mara Quill and Tobias Wren, both directors at Skydio.",
        "Skydio",
        "China",
        False,
        False,
    ),
    # people nouns without a sanctions passage before them list nothing
    (
        S,
        "The individuals named include Mara Quill and Tobias Wren, the panel said.",
        "Mara Quill",
        "China",
        False,
        False,
    ),
]

test_relations_sanction_lists_s7 = case_table_test(CASES)

"""A country said once of a whole list of companies: 'A, B and C, all of China', 'A and B, both
from Hong Kong', 'A and B of China'; and a list item the model tags as a person although its name
ends in a company word. Wordings written for these tests (invented company names)."""

from __future__ import annotations

from tests.extract.test_extract_relations import case_table_test

_ALL_OF = "Those added include Kunlun Tech, Sunway Systems and Xiran Photonics, all of China."
_BOTH_FROM = "Kunlun Tech and Sunway Systems, both from Hong Kong, were named."
_ALL_BASED = "Kunlun Tech, Sunway Systems and Arkon Labs, all based in Russia, were named."
_COORD_OF = "Among them are Kunlun Tech and Sunway Systems of China and Arkon Logistics of Russia."

CASES = [
    # predicate, text, subject, object, negated, expected
    ("based_in", _ALL_OF, "Kunlun Tech", "China", False, True),
    ("based_in", _ALL_OF, "Sunway Systems", "China", False, True),
    ("based_in", _ALL_OF, "Xiran Photonics", "China", False, True),
    ("based_in", _BOTH_FROM, "Kunlun Tech", "Hong Kong", False, True),
    ("based_in", _BOTH_FROM, "Sunway Systems", "Hong Kong", False, True),
    ("based_in", _ALL_BASED, "Arkon Labs", "Russia", False, True),
    ("based_in", _ALL_BASED, "Kunlun Tech", "Russia", False, True),
    ("based_in", _COORD_OF, "Kunlun Tech", "China", False, True),
    ("based_in", _COORD_OF, "Sunway Systems", "China", False, True),
    ("based_in", _COORD_OF, "Arkon Logistics", "Russia", False, True),
    ("based_in", _COORD_OF, "Sunway Systems", "Russia", False, False),
    # a company the knowledge base places elsewhere keeps its own country
    ("based_in", "Nvidia and Sunway Systems of China signed the deal.", "Nvidia", "China", False, False),
    (
        "based_in",
        "Nvidia and Sunway Systems of China signed the deal.",
        "Sunway Systems",
        "China",
        False,
        True,
    ),
    # one company 'from' a country without 'all' or 'both' is left to the verb rules
    ("based_in", "Kunlun Tech bought chips from China.", "Kunlun Tech", "China", False, False),
]

test_relations_lists_country_of_a_whole_list = case_table_test(CASES)

"""Employs from title families the lexicon lacked (vice/deputy ministers, fellows, officers, editors,
analysts, EVP/SVP, emeritus and visiting professors, marketing/sales/regional titles) and the later
people constructions of session 7. Sentences written for these tests (real organizations)."""

from __future__ import annotations

from tests.extract.test_extract_relations import case_table_test

CASES = [
    # predicate, text, subject, object, negated, expected
    # vice and deputy ministers, fellows, officers, editors, analysts
    (
        "employs",
        "Li Meng, a deputy minister at the Ministry of Industry and Information Technology, opened the fair.",
        "Ministry of Industry and Information Technology",
        "Li Meng",
        False,
        True,
    ),
    (
        "employs",
        "Yin Hejun, a former vice minister at the Ministry of Science and Technology, chaired the session.",
        "Ministry of Science and Technology",
        "Yin Hejun",
        False,
        True,
    ),
    (
        "employs",
        "Paul Triolo, a senior fellow at the Brookings Institution, called the rules overdue.",
        "Brookings Institution",
        "Paul Triolo",
        False,
        True,
    ),
    (
        "employs",
        "Emily Weinstein, a former Pentagon officer, now studies supply chains.",
        "Pentagon",
        "Emily Weinstein",
        False,
        True,
    ),
    (
        "employs",
        "Roula Khalaf, editor-in-chief of the Financial Times, chaired the dinner debate.",
        "Financial Times",
        "Roula Khalaf",
        False,
        True,
    ),
    (
        "employs",
        "Stacy Rasgon, an analyst at Bernstein, expects the curbs to cost Nvidia sales.",
        "Bernstein",
        "Stacy Rasgon",
        False,
        True,
    ),
    # agenda entries with the new title words
    ("employs", "Forrest Norrod, EVP and General Manager, AMD", "AMD", "Forrest Norrod", False, True),
    (
        "employs",
        "Panel: Fei-Fei Li, Professor, Stanford University; Jeff Dean, Senior Fellow, Google",
        "Google",
        "Jeff Dean",
        False,
        True,
    ),
    (
        "employs",
        "Closing talk: Richard Sutton, Emeritus Professor, University of Alberta",
        "University of Alberta",
        "Richard Sutton",
        False,
        True,
    ),
    # a title word used as an adjective is no title
    (
        "employs",
        "Stacy Rasgon said the vice minister's speech was vague, Bernstein noted.",
        "Bernstein",
        "Stacy Rasgon",
        False,
        False,
    ),
]

test_relations_people_title_families = case_table_test(CASES)

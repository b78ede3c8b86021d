"""Sanctions constructions of session 8 (sentences written for these tests): every item of a list takes
the measure its first item follows, a country in a relative clause after the targets is no sanctioner,
and a government that names the passage's targets again by a number ('named the three as A; B; and C')."""

from __future__ import annotations

from tests.extract.test_extract_relations import case_table_test

CASES = [
    # predicate, text, subject, object, negated, expected
    # a long list after Beijing's measure, before a mention of US sanctions
    (
        "sanctioned_by",
        "China's Commerce Ministry said on Thursday it was imposing sanctions on five American defence "
        "contractors, Kratos Defense, Anduril Industries, Shield AI, Red Cat Holdings and Skydio, in "
        "retaliation for US weapons sales to Taiwan and US sanctions on Chinese firms and people.",
        "Skydio",
        "China",
        False,
        True,
    ),
    (
        "sanctioned_by",
        "China's Commerce Ministry said on Thursday it was imposing sanctions on five American defence "
        "contractors, Kratos Defense, Anduril Industries, Shield AI, Red Cat Holdings and Skydio, in "
        "retaliation for US weapons sales to Taiwan and US sanctions on Chinese firms and people.",
        "Skydio",
        "United States",
        False,
        False,
    ),
    # a country inside a relative clause after the listed names describes them
    (
        "sanctioned_by",
        "China's Ministry of Commerce on Tuesday imposed countermeasures on three subsidiaries of Japanese "
        "carmaker Subaru, forbidding organisations and individuals in China from trading with them.\n\n"
        "The sanctioned companies are Subaru of America, Subaru Research and Development and Subaru "
        "Leasing Corp., which the ministry said had assisted an investigation by the US Trade "
        "Representative into China's car industry.",
        "Subaru of America",
        "China",
        False,
        True,
    ),
    (
        "sanctioned_by",
        "China's Ministry of Commerce on Tuesday imposed countermeasures on three subsidiaries of Japanese "
        "carmaker Subaru, forbidding organisations and individuals in China from trading with them.\n\n"
        "The sanctioned companies are Subaru of America, Subaru Research and Development and Subaru "
        "Leasing Corp., which the ministry said had assisted an investigation by the US Trade "
        "Representative into China's car industry.",
        "Subaru Leasing Corp.",
        "United States",
        False,
        False,
    ),
    # ... a sanctioner inside the relative clause that holds the trigger still acts
    (
        "sanctioned_by",
        "Semiconductor Manufacturing International Corp., which Washington added to the Entity List in "
        "2020, reported higher sales.",
        "Semiconductor Manufacturing International Corp.",
        "United States",
        False,
        True,
    ),
    # a government names the passage's targets again by a number
    (
        "sanctioned_by",
        "China on Monday put three US-based subsidiaries of defence group General Dynamics on a "
        "countermeasure list, barring firms in the country from trading with them.\n\nThe Ministry of "
        "Commerce named the three as Gulfstream Aerospace; Electric Boat; and Bath Iron Works.",
        "Electric Boat",
        "China",
        False,
        True,
    ),
    # ... not a company naming its own products
    (
        "sanctioned_by",
        "China on Monday put three US-based subsidiaries of defence group General Dynamics on a "
        "countermeasure list.\n\nSeparately, Xiaomi named the two as its flagship phones: the Xiaomi 15 "
        "and the Xiaomi 15 Pro.",
        "Xiaomi",
        "China",
        False,
        False,
    ),
    # the journal that prints a measure is no target
    (
        "sanctioned_by",
        "The Commerce Department has put 12 Chinese drone makers on the Entity List, in a rule "
        "published in the Federal Register on Friday.",
        "Federal Register",
        "United States",
        False,
        False,
    ),
    (
        "sanctioned_by",
        "The Commerce Department has put Autel Robotics on the Entity List, in a rule published in the "
        "Federal Register on Friday.",
        "Autel Robotics",
        "United States",
        False,
        True,
    ),
]

test_relations_sanctions_s8 = case_table_test(CASES)

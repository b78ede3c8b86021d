"""Relations whose subject is a description ('the carrier', 'the California company') or a copular title."""

from __future__ import annotations

from tests.extract.test_extract_relations import case_table_test

CASES = [
    # predicate, text, subject, object, negated, expected
    (
        "exhibits_at",
        "The MWC Barcelona opens on Monday. Vodafone is a big spender. "
        "The carrier's stand is the largest at the show.",
        "Vodafone",
        "MWC Barcelona 2024",
        False,
        True,
    ),
    (
        "employs",
        "The US Commerce Department issued rules. The department's secretary, Gina Raimondo, said so.",
        "Commerce Department",
        "Gina Raimondo",
        False,
        True,
    ),
    (
        "sanctioned_by",
        "SMIC makes chips. The foundry was itself added to the Entity List in 2020.",
        "SMIC",
        "United States",
        False,
        True,
    ),
    (
        "sanctioned_by",
        "Skydio makes drones. In 2022 Beijing placed the California company under sanctions.",
        "Skydio",
        "China",
        False,
        True,
    ),
    (
        "sanctioned_by",
        "Skydio makes drones. The California company sells them in Europe.",
        "Skydio",
        "United States",
        False,
        False,
    ),
    ("employs", "Lei Jun is the chief executive of Xiaomi.", "Xiaomi", "Lei Jun", False, True),
    (
        "employs",
        "Eric Xu is Executive Director of the Board at Huawei and CEO of Huawei Cloud.",
        "Huawei Cloud",
        "Eric Xu",
        False,
        True,
    ),
    (
        "employs",
        "Eric Xu is Executive Director of the Board at Huawei and CEO of Huawei Cloud.",
        "Huawei",
        "Eric Xu",
        False,
        True,
    ),
    ("employs", "Lei Jun is the biggest customer of Xiaomi.", "Xiaomi", "Lei Jun", False, False),
]


test_relations_coref_descriptions_and_copular_titles = case_table_test(CASES)

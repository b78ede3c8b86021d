"""Participation wordings from session 8. An organizing participle with its 'by' agent on the edition
('The fair, run by Messe Berlin, ...'), also when the parser hangs it on the clause whose subject the
edition is; an edition named before an object relative clause of 'hold' ('the Lenovo Tech World 2023,
which the company holds every year'); the bodies an organizing clause joins with 'together with' (or a
plain 'with' after a co- verb); and by-lines that name the organizer inline: the last cell of a
masthead line, a short first sentence ('Produced by X. Listing updated ...'), 'Run by X'.
Wordings written for these tests."""

from __future__ import annotations

from tests.extract.test_extract_relations import case_table_test

ORG = "organizes"

_IFA = "IFA 2023 opened in Berlin on Friday. "
_COMPUTEX = "Computex 2024 opened in Taipei on Tuesday. "

CASES = [
    # predicate, text, subject, object, negated, expected
    (
        ORG,
        _IFA + "The fair, run by the trade fair company Messe Berlin, expects 180,000 visitors.",
        "Messe Berlin",
        "IFA 2023",
        False,
        True,
    ),
    (
        ORG,
        _COMPUTEX + "The show, staged by the trade agency TAITRA, fills four halls this year.",
        "TAITRA",
        "Computex 2024",
        False,
        True,
    ),
    # negative: the participle describes another noun than the edition
    (
        ORG,
        _COMPUTEX + "The show's main venue, run by Taiwan Sugar Corporation, is being renovated.",
        "Taiwan Sugar Corporation",
        "Computex 2024",
        False,
        False,
    ),
    (
        ORG,
        "Lenovo on Tuesday showed a laptop at Lenovo Tech World 2023, which the company holds every year.",
        "Lenovo",
        "Lenovo Tech World 2023",
        False,
        True,
    ),
    (
        ORG,
        _COMPUTEX + "The Ministry of Economic Affairs organises the show together with TAITRA and the Taipei "
        "Computer Association.",
        "Taipei Computer Association",
        "Computex 2024",
        False,
        True,
    ),
    (
        ORG,
        _COMPUTEX + "The show is staged by TAITRA together with the Taipei Computer Association.",
        "Taipei Computer Association",
        "Computex 2024",
        False,
        True,
    ),
    # negative: 'with' after a plain organizing verb is no co-organizer ("with an eye on Nvidia")
    (
        ORG,
        _COMPUTEX + "TAITRA organises the show with an eye on Nvidia, its biggest exhibitor.",
        "Nvidia",
        "Computex 2024",
        False,
        False,
    ),
    (
        ORG,
        "Computex 2024 | Keynote programme\nNangang Exhibition Center, Taipei | 4-7 June 2024 | Organised by "
        "TAITRA\n\nTuesday 4 June\n",
        "TAITRA",
        "Computex 2024",
        False,
        True,
    ),
    (
        ORG,
        "Computex 2024 exhibitor directory\n\nProduced by the Taiwan External Trade Development Council. "
        "Listing updated 1 June 2024. More than 1,500 exhibitors are registered.\n",
        "Taiwan External Trade Development Council",
        "Computex 2024",
        False,
        True,
    ),
    (
        ORG,
        "GTC 2024 | Programme\n\nDAY 1 - MONDAY\nRun by NVIDIA Research, the company's research arm\n"
        "09:00 Opening keynote\n",
        "NVIDIA Research",
        "GTC 2024",
        False,
        True,
    ),
    # negative: a long first sentence with a comma is prose, not a by-line
    (
        ORG,
        "Computex 2024 exhibitor directory\n\nProduced by the editors with help from Acme Research, "
        "Nvidia and others. Listing updated 1 June 2024.\n",
        "Nvidia",
        "Computex 2024",
        False,
        False,
    ),
]

test_participation_s8 = case_table_test(CASES)

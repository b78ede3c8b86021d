"""Absence wordings: 'notable absences included A and B', 'no sign of A', 'among the no-shows', 'opted
against a booth', and a contrast with last year that keeps the story on this year's edition. Wordings
written for these tests (real companies)."""

from __future__ import annotations

from tests.extract.test_extract_relations import case_table_test

_OPENED = "CES 2024 opened in Las Vegas on Tuesday. "

CASES = [
    # predicate, text, subject, object, negated, expected ("attends" negated is absent_from)
    ("attends", _OPENED + "Notable absences included Nvidia and AMD.", "Nvidia", "CES 2024", True, True),
    ("attends", _OPENED + "Notable absences included Nvidia and AMD.", "AMD", "CES 2024", True, True),
    ("attends", _OPENED + "There was no sign of Nvidia on the show floor.", "Nvidia", "CES 2024", True, True),
    ("attends", _OPENED + "Among the no-shows were Nvidia and AMD.", "AMD", "CES 2024", True, True),
    ("exhibits_at", _OPENED + "Nvidia opted against a booth this year.", "Nvidia", "CES 2024", True, True),
    ("exhibits_at", _OPENED + "Nvidia opted against a booth this year.", "Nvidia", "CES 2024", False, False),
    # "Unlike last year" contrasts; "Last year," moves the story
    ("exhibits_at", _OPENED + "Unlike last year, Nvidia has no booth.", "Nvidia", "CES 2024", True, True),
    ("exhibits_at", _OPENED + "Last year, Nvidia had no booth.", "Nvidia", "CES 2023", True, True),
    # the absence of a thing is not a company's absence
    ("attends", _OPENED + "Nvidia noted the absence of new chips.", "Nvidia", "CES 2024", True, False),
]

test_relations_absence_wordings = case_table_test(CASES)

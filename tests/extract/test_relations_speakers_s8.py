"""Speakers of session 8 (sentences written for these tests): 'X is due to speak', 'X is set to give
the closing keynote': the subject of the adjective's clause speaks at the edition in context; 'unable
to attend' and 'hard to miss' lend no subject."""

from __future__ import annotations

from tests.extract.test_extract_relations import case_table_test

_OPENING = "The Web Summit 2024 opened in Lisbon on Monday with 70,000 attendees.\n\n"

CASES = [
    # predicate, text, subject, object, negated, expected
    (
        "speaks_at",
        _OPENING + "German Chancellor Olaf Scholz is due to speak on Wednesday.",
        "Olaf Scholz",
        "Web Summit 2024",
        False,
        True,
    ),
    (
        "speaks_at",
        _OPENING + "Prime Minister Luis Montenegro is due to address the closing session on Thursday.",
        "Luis Montenegro",
        "Web Summit 2024",
        False,
        True,
    ),
    (
        "speaks_at",
        _OPENING + "The footballer Luis Figo is set to give the closing keynote on Nov. 14.",
        "Luis Figo",
        "Web Summit 2024",
        False,
        True,
    ),
    (
        "speaks_at",
        _OPENING + "Olaf Scholz, who had been due to speak on Wednesday, cancelled his trip.",
        "Olaf Scholz",
        "Web Summit 2024",
        False,
        False,
    ),
    (
        "attends",
        _OPENING + "Commerce Minister Pedro Reis was unable to attend in person.",
        "Pedro Reis",
        "Web Summit 2024",
        False,
        False,
    ),
]

test_relations_speakers_s8 = case_table_test(CASES)

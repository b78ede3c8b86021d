"""'NAME, its chief executive, said': the title's 'its' is the company the story is about, even in a
sentence of its own. Wordings written for these tests (real companies and people)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mistral AI raised $640 million. Arthur Mensch, its chief executive, said the money would help.",
            {("org:mistral-ai", "person:arthur-mensch")},
        ),
        (
            "Figure AI said it had raised $675 million. "
            "Brett Adcock, its founder, told reporters it would hire.",
            {("org:figure-ai", "person:brett-adcock")},
        ),
        (
            "Nvidia's chips are scarce. Microsoft bought many. "
            "Satya Nadella, its chief executive, said demand was high.",
            {("org:microsoft", "person:satya-nadella")},
        ),
        # 'its' with no company to stand for: no employer is invented
        (
            "Barbados sent its prime minister. Klaus Schwab, founder of the forum, welcomed the premier, "
            "and Borge Brende, its president, was also present.",
            set(),
        ),
    ],
)
def test_its_title_apposition(facts: Callable[..., Any], text: str, expected: set[tuple[str, str]]) -> None:
    doc = facts(text)
    assert {(r.subject, r.object) for r in doc.relations if r.predicate.value == "employs"} == expected

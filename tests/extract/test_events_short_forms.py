"""A series named after its organiser, written by the rest of its name ("Build", "I/O", "Ignite")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

SHORT_FORM_CASES = [
    # text, edition id
    (
        "Microsoft opened Build, its yearly gathering for coders, in Seattle in 2024.",
        "event:microsoft-build-2024",
    ),
    ("Microsoft previewed new Copilot agents at Ignite in Chicago in 2024.", "event:microsoft-ignite-2024"),
    (
        "Google trained its focus on Gemini. Sundar Pichai spoke at its I/O developer conference in 2024.",
        "event:google-i-o-2024",
    ),
    ("AMD shipped the MI325X after the Advancing AI event in 2024.", "event:amd-advancing-ai-2024"),
    (
        "Huawei made the keynote its own. Connect 2023, held in Shanghai, drew 20,000 visitors.",
        "event:huawei-connect-2023",
    ),
    (
        "Samsung showed three foldables. Unpacked, the company's launch event, took place in Paris in 2024.",
        "event:galaxy-unpacked-2024",
    ),
    ("IBM pitched watsonx to banks at Think 2024 in Boston.", "event:ibm-think-2024"),
]


@pytest.mark.parametrize(("text", "edition_id"), SHORT_FORM_CASES)
def test_short_form_names_the_organisers_series(
    facts: Callable[..., Any], text: str, edition_id: str
) -> None:
    doc = facts(text)
    assert edition_id in {e.id for e in doc.events}, [e.id for e in doc.events]


# The same words as ordinary words, or without their organiser in the document, are no edition.
NOT_A_SERIES_CASES = [
    ("Build quality matters more than speed, Microsoft said in 2024.", "event:microsoft-build"),
    ("Analysts expect the chips to Ignite demand in 2024.", "event:microsoft-ignite"),
    ("Next, Google Cloud will raise prices in 2024.", "event:google-cloud-next"),
    ("Think about the cost, IBM told investors in 2024.", "event:ibm-think"),
    # the organiser is not named: "Build" at a conference of another company is not Microsoft's
    ("Nvidia's engineers spoke at Build sessions in Seattle in 2024.", "event:microsoft-build"),
    # both organisers of a "Connect" are named: which one is meant is unknown
    ("Huawei and Meta both hosted a conference; Connect drew crowds in 2023.", "event:huawei-connect"),
    ("Huawei and Meta both hosted a conference; Connect drew crowds in 2023.", "event:meta-connect"),
]


@pytest.mark.parametrize(("text", "prefix"), NOT_A_SERIES_CASES)
def test_short_form_without_cues_is_no_edition(facts: Callable[..., Any], text: str, prefix: str) -> None:
    doc = facts(text)
    assert not [e.id for e in doc.events if e.id.startswith(prefix)], [e.id for e in doc.events]

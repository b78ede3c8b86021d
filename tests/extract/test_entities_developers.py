"""Developer statements per PRODUCT mention (read by the `develops` rules), in new wordings."""

from __future__ import annotations

import pytest

from rivalgraph.extract import Extractor
from rivalgraph.extract.developers import DeveloperCue, stated_developers
from rivalgraph.extract.lexicon import load_lexicon
from rivalgraph.extract.state import DocState
from rivalgraph.kb import load_kb

CASES = [
    # text, product id, developer id, cue
    (
        "Analysts praised OpenAI's Sora for its realism.",
        "product:sora",
        "org:openai",
        DeveloperCue.POSSESSIVE,
    ),
    (
        "Tencent said its Hunyuan model now drafts contracts.",
        "product:hunyuan",
        "org:tencent-holdings",
        DeveloperCue.PRONOUN,
    ),
    (
        "Buyers hoarded Nvidia H20 chips before the deadline.",
        "product:h20",
        "org:nvidia",
        DeveloperCue.COMPOUND,
    ),
    (
        "Kimi, developed by Moonshot AI, reads whole novels.",
        "product:kimi",
        "org:moonshot-ai",
        DeveloperCue.BY_AGENT,
    ),
    (
        "Students like the Kimi chatbot from Moonshot AI.",
        "product:kimi",
        "org:moonshot-ai",
        DeveloperCue.FROM,
    ),
    ("ChatGPT maker OpenAI opened a Tokyo office.", "product:chatgpt", "org:openai", DeveloperCue.MAKER_NOUN),
    (
        "Moonshot AI, the creator of Kimi, raised money.",
        "product:kimi",
        "org:moonshot-ai",
        DeveloperCue.DEVELOPER_OF,
    ),
    (
        "Kuaishou rolled out Kling to overseas users.",
        "product:kling",
        "org:kuaishou",
        DeveloperCue.RELEASE_VERB,
    ),
]


@pytest.mark.parametrize(("text", "product", "developer", "cue"), CASES)
def test_entities_developer_stated(
    extractor: Extractor, text: str, product: str, developer: str, cue: DeveloperCue
) -> None:
    state = DocState(extractor.nlp(text), load_kb(), load_lexicon(), None, [])
    found = {(s.product, s.developer, s.cue) for s in stated_developers(state)}
    assert (product, developer, cue) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Moonshot AI rivals say Kimi is popular.",
        "Kimi beat a chatbot that OpenAI sells.",
    ],
)
def test_entities_developer_not_guessed(extractor: Extractor, text: str) -> None:
    state = DocState(extractor.nlp(text), load_kb(), load_lexicon(), None, [])
    assert [s for s in stated_developers(state) if s.product == "product:kimi"] == []

"""Product families added to the lexicon in session 5 (helper prodkb): each found whole, with the
develops fact for its named developer; ordinary words among them stay words without product context."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from rivalgraph.model import Document
from tests.extract.test_extract_relations import develops


def typed(doc: Document) -> dict[str, str]:
    """Every entity name and alias of the document -> its type."""
    out: dict[str, str] = {}
    for e in doc.entities:
        for n in (e.name, *e.aliases):
            out[n] = e.type.value
    return out


CASES = [
    # text, developer, product (found whole, typed PRODUCT, developed by the developer)
    ("Shares rose after Anthropic said Claude Code had doubled its revenue.", "Anthropic", "Claude Code"),
    ("Google said Veo now writes sound for its clips.", "Google", "Veo"),
    ("Microsoft said Phi-4 beats larger rivals on maths.", "Microsoft", "Phi-4"),
    ("Mistral AI said Magistral reasons in French and English.", "Mistral AI", "Magistral"),
    ("Developers praised Jamba, AI21 Labs said on Monday.", "AI21 Labs", "Jamba"),
    ("Alibaba Cloud said QwQ rivals much larger reasoning systems.", "Alibaba Cloud", "QwQ"),
    ("ByteDance said Seedance tops a leaderboard of clip makers.", "ByteDance", "Seedance"),
    ("Zhipu AI said CogVideoX is free to download.", "Zhipu AI", "CogVideoX"),
    ("Users of MiniCPM grew fast, ModelBest said.", "ModelBest", "MiniCPM"),
    ("Shanghai AI Laboratory said InternLM scored well in tests.", "Shanghai AI Laboratory", "InternLM"),
    ("Nvidia said Nemotron is free for enterprises.", "Nvidia", "Nemotron"),
    ("AMD said the MI355X ships to cloud providers this quarter.", "AMD", "MI355X"),
    ("Intel delayed Falcon Shores, the company said.", "Intel", "Falcon Shores"),
    ("Google said Ironwood chips will be available to cloud customers.", "Google", "Ironwood"),
    ("Cerebras said the WSE-3 has four trillion transistors.", "Cerebras", "WSE-3"),
    ("MediaTek said Kompanio will power more Chromebooks.", "MediaTek", "Kompanio"),
    ("Honor said MagicOS will reach older handsets in June.", "Honor", "MagicOS"),
    ("Samsung said One UI adds new assistant features.", "Samsung", "One UI"),
    ("Porsche said demand for the Taycan fell in China.", "Porsche", "Taycan"),
    ("Kia said the EV9 sold well in the United States.", "Kia", "EV9"),
    ("XPeng said XNGP now covers every Chinese city.", "XPeng", "XNGP"),
    ("General Motors said Super Cruise is now in more models.", "General Motors", "Super Cruise"),
    ("Fourier Intelligence said the GR-2 can lift heavier loads.", "Fourier Intelligence", "GR-2"),
    ("EHang said the EH216 completed its first paid flights.", "EHang", "EH216"),
    ("SpaceX said Starship will fly again next month.", "SpaceX", "Starship"),
    ("Tesla said the Cybercab enters production next year.", "Tesla", "Cybercab"),
    ("LG AI Research said Exaone leads Korean benchmarks.", "LG AI Research", "Exaone"),
]


@pytest.mark.parametrize(("text", "org", "product"), CASES)
def test_products_lexicon_s5_found_and_developed(
    facts: Callable[..., Any], text: str, org: str, product: str
) -> None:
    doc = facts(text)
    assert typed(doc).get(product) == "PRODUCT", [(e.type.value, e.name) for e in doc.entities]
    assert develops(doc, org, product), [(r.subject, r.predicate.value, r.object) for r in doc.relations]


NOT_PRODUCT_CASES = [
    # ordinary words and names among the new `context: true` families, with no product context
    # and no developer named: text, name
    ("Windows shattered across the district as the storm hit, police said.", "Windows"),
    ("Summit organizers said the talks in Geneva would run late.", "Summit"),
    ("Dolphin numbers have fallen along the coast, researchers said.", "Dolphin"),
    ("Phoenix officials approved the new stadium on Tuesday.", "Phoenix"),
    ("Frontier regions face new border checks, the ministry said.", "Frontier"),
    ("Leaf litter covered the park, the city said.", "Leaf"),
]


@pytest.mark.parametrize(("text", "name"), NOT_PRODUCT_CASES)
def test_products_lexicon_s5_ordinary_words_stay_words(
    facts: Callable[..., Any], text: str, name: str
) -> None:
    doc = facts(text)
    assert typed(doc).get(name) != "PRODUCT", [(e.type.value, e.name) for e in doc.entities]

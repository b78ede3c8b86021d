"""Product families added to the lexicon in sessions 5 and 6 (helpers prodkb and prod2): each found
whole, with the develops fact for its named developer; ordinary words, places and names among them
stay words without product context."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.test_entities_products import typed
from tests.extract.test_extract_relations import develops

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


CASES_S6 = [
    # text, developer, product (found whole, typed PRODUCT, developed by the developer)
    ("Google DeepMind said Gemini Robotics can fold paper.", "Google DeepMind", "Gemini Robotics"),
    ("Meta said Code Llama is free for research.", "Meta", "Code Llama"),
    ("Mistral AI said Voxtral transcribes speech in eight languages.", "Mistral AI", "Voxtral"),
    ("Alibaba Cloud said Wan 2.1 is free to download.", "Alibaba Cloud", "Wan 2.1"),
    ("Meituan said LongCat is open-source.", "Meituan", "LongCat"),
    ("NTT said tsuzumi runs on a single GPU.", "NTT", "tsuzumi"),
    ("Nvidia said the Feynman architecture will follow Rubin.", "Nvidia", "Feynman"),
    ("Intel said Nova Lake will launch in 2026.", "Intel", "Nova Lake"),
    ("Qualcomm said Cloud AI 100 chips are sold out.", "Qualcomm", "Cloud AI 100"),
    ("Hygon said DCU sales doubled.", "Hygon", "DCU"),
    ("Enflame said Yunsui chips power Tencent's data centres.", "Enflame", "Yunsui"),
    ("MetaX said the Xiyun C600 will enter mass production this year.", "MetaX", "Xiyun C600"),
    ("Microsoft said Majorana 1 is a new kind of quantum chip.", "Microsoft", "Majorana 1"),
    ("Meta said sales of Ray-Ban Meta glasses tripled.", "Meta", "Ray-Ban Meta"),
    ("Amazon said Project Kuiper will start service next year.", "Amazon", "Project Kuiper"),
    ("BYD said the Song Plus was its best-selling model.", "BYD", "Song Plus"),
    ("Nio said the ES8 goes on sale in September.", "Nio", "ES8"),
    ("Li Auto said the L9 is its best-selling car.", "Li Auto", "L9"),
    ("Zeekr said the Zeekr 001 sold well in Europe.", "Zeekr", "Zeekr 001"),
    ("Volkswagen said the ID. Buzz is selling well in Germany.", "Volkswagen", "ID. Buzz"),
    ("VinFast said the VF 8 will go on sale in India.", "VinFast", "VF 8"),
    ("Waymo said the Waymo Driver has driven 50 million miles.", "Waymo", "Waymo Driver"),
    ("Figure AI said the Figure 02 works at a BMW plant.", "Figure AI", "Figure 02"),
    ("Neura Robotics said the 4NE-1 will ship next year.", "Neura Robotics", "4NE-1"),
    ("DJI said the Osmo Pocket 3 sold out in hours.", "DJI", "Osmo Pocket 3"),
    ("Baykar said the TB2 has been sold to 30 countries.", "Baykar", "TB2"),
    ("Blue Origin said New Glenn reached orbit on its first flight.", "Blue Origin", "New Glenn"),
    ("LandSpace said the Zhuque-3 will fly this year.", "LandSpace", "Zhuque-3"),
]


def found_and_developed_test(rows: list[tuple[str, str, str]]) -> Callable[..., None]:
    """The test every product table runs: the product found whole, typed PRODUCT, developed by the
    named developer. Bind it to a `test_...` name in the table's module (pytest collects it there)."""

    def test(facts: Callable[..., Any], text: str, org: str, product: str) -> None:
        doc = facts(text)
        assert typed(doc).get(product) == "PRODUCT", [(e.type.value, e.name) for e in doc.entities]
        assert develops(doc, org, product), [(r.subject, r.predicate.value, r.object) for r in doc.relations]

    marked: Callable[..., None] = pytest.mark.parametrize(("text", "org", "product"), rows)(test)
    return marked


def stays_word_test(rows: list[tuple[str, str]]) -> Callable[..., None]:
    """The test every table of ordinary words runs: the word is not typed PRODUCT."""

    def test(facts: Callable[..., Any], text: str, name: str) -> None:
        doc = facts(text)
        assert typed(doc).get(name) != "PRODUCT", [(e.type.value, e.name) for e in doc.entities]

    marked: Callable[..., None] = pytest.mark.parametrize(("text", "name"), rows)(test)
    return marked


test_products_lexicon_found_and_developed = found_and_developed_test(CASES + CASES_S6)


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


NOT_PRODUCT_CASES_S6 = [
    # ordinary words, places and names among the new `context: true` families, with no product
    # context (two with the developer named, where the word is a person's surname): text, name
    ("Willow trees lined the river, the council said.", "Willow"),
    ("Falcon numbers recovered in the valley, a survey found.", "Falcon"),
    ("Kona coffee prices rose, farmers said.", "Kona"),
    ("Orion is visible in the winter sky, astronomers said.", "Orion"),
    ("Roadrunner sightings rose in Arizona, officials said.", "Roadrunner"),
    ("Han Jun, an engineer at BYD, said the tests went well.", "Han"),
    ("Song Jian, a BYD engineer, said the factory will open next year.", "Song"),
    ("Bing Xu, a professor at Tsinghua University, said the model is small.", "Bing"),
]


test_products_lexicon_ordinary_words_stay_words = stays_word_test(NOT_PRODUCT_CASES + NOT_PRODUCT_CASES_S6)

"""Definite descriptions resolve to the right organization: by country words and by kind nouns."""

from __future__ import annotations

import pytest

from rivalgraph.extract import Extractor
from rivalgraph.extract.lexicon import load_lexicon
from rivalgraph.extract.state import DocState
from rivalgraph.kb import load_kb

CASES = [
    # text, the description's noun, expected antecedent
    (
        "Nvidia met SMIC and Huawei in Shanghai. The California company said talks went well.",
        "company",
        "org:nvidia",
    ),
    ("Qualcomm hosted Xiaomi executives. The Chinese company later denied a deal.", "company", "org:xiaomi"),
    ("TSMC and Intel were present. The Taiwanese foundry said demand is strong.", "foundry", "org:tsmc"),
    (
        "Samsung Electronics and SMIC both expanded. The Shanghai-based chipmaker hired 500 staff.",
        "chipmaker",
        "org:smic",
    ),
]


@pytest.mark.parametrize(("text", "noun", "expected"), CASES)
def test_entities_coreference_by_country(extractor: Extractor, text: str, noun: str, expected: str) -> None:
    doc = extractor.nlp(text)
    state = DocState(doc, load_kb(), load_lexicon(), None, [])
    tok = next(t for t in doc if t.lower_ == noun)
    assert state.org_antecedent(tok.i) == expected


def test_entities_description_country_needs_a_place_word(extractor: Extractor) -> None:
    doc = extractor.nlp("Nvidia met SMIC. The company said talks went well.")
    state = DocState(doc, load_kb(), load_lexicon(), None, [])
    tok = next(t for t in doc if t.lower_ == "company")
    assert state.description_country(tok.i) is None

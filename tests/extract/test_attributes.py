"""The attribute and lemma stand-ins assign exactly what the model's attribute ruler and lemmatizer assign."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler, Lemmatizer

from rivalgraph.extract.attributes import FastAttributes, FastLemmas, install_fast_attributes
from rivalgraph.extract.extractor import load_model

_COLUMNS = [POS, MORPH, LEMMA, TAG, DEP]


@pytest.fixture(scope="module")
def fast_nlp() -> Any:
    """A second copy of the model with the stand-in in place of its attribute ruler."""
    model = load_model()
    assert install_fast_attributes(model) == ["attribute_ruler", "lemmatizer"]
    return model


@pytest.mark.parametrize(
    "text",
    [
        # the tag map, auxiliaries, negation and pronoun case rules
        "Baidu did not say whether it had shown the model to regulators, but it is expected to.",
        "I told them that you and I would ask it again; they asked me.",
        # two-token lemma rules ("ain't", "gonna", "let's", "y'all", "c'mon") and "gets"/"got"
        "I ain't gonna do it, let's go y'all, c'mon. He gets it; she got it.",
        # expletive "there is", determiners used as pronouns, "but" as an adverb
        "There are two chips. That is what Huawei sells, all but one of them.",
        # whitespace tokens inside and at the end of a text, a lone space
        "Tencent said on Monday.  \n\n  It is hiring.\n",
        " ",
        "",
        # words the lemmatizer's rules, exceptions and index decide ("mice", "better", "ran", "was")
        "The mice ran better models than were expected, and SMIC's foundries was busier.",
    ],
)
def test_attributes_match_the_attribute_ruler(nlp: Any, fast_nlp: Any, text: str) -> None:
    expected, got = nlp(text), fast_nlp(text)
    assert got.to_array(_COLUMNS).tolist() == expected.to_array(_COLUMNS).tolist()


def test_attributes_replace_the_components_in_place(fast_nlp: Any) -> None:
    assert fast_nlp.pipe_names == [
        "tok2vec",
        "tagger",
        "parser",
        "rivalgraph_attributes_v1",
        "rivalgraph_lemmas_v1",
        "ner",
    ]


@pytest.mark.parametrize(
    "pattern",
    [
        [{"TAG": "NN", "OP": "?"}],  # an operator
        [{"POS": "NOUN"}],  # an attribute the ruler's own rules write
        [{"LOWER": {"FUZZY": "chip"}}],  # a predicate the stand-in does not implement
    ],
)
def test_attributes_refuse_unsupported_patterns(nlp: Any, pattern: list[dict[str, Any]]) -> None:
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([pattern], {"LEMMA": "x"})
    assert FastAttributes.from_ruler(ruler) is None


def test_attributes_keep_a_lemmatizer_they_cannot_stand_in_for(nlp: Any) -> None:
    lookup = Lemmatizer(nlp.vocab, None, mode="lookup")
    overwriting = Lemmatizer(nlp.vocab, None, mode="rule", overwrite=True)
    assert not FastLemmas.supports(lookup)
    assert not FastLemmas.supports(overwriting)
    assert FastLemmas.supports(nlp.get_pipe("lemmatizer"))

"""Faster stand-ins for the model's attribute ruler and lemmatizer that assign exactly the same values.

spaCy's `AttributeRuler` runs a `Matcher` with ~180 one- and two-token patterns (the tag map, the
morphology rules and lemma exceptions) over every token, then writes each match's attributes one
Span at a time: a sixth of the pipeline's time. Its patterns only read a token's TAG, LOWER, DEP
and IS_SPACE, so the verdict for a token depends on those four values (and on its neighbours' for
the two-token patterns): it is computed once per distinct combination and the result is written with
one `Doc.from_array`. Rules apply in the order the ruler applies them (later rules win), and what is
read is the state before any rule wrote. `FastAttributes.from_ruler` refuses a ruler using any other
pattern feature; the extractor then keeps the stock component.

The rule lemmatizer's answer is a function of a token's ORTH, POS and MORPH (its own cache is keyed
on them), but it builds Token and MorphAnalysis objects for every token to look that up:
`FastLemmas` reads the three columns as arrays and asks the stock lemmatizer once per distinct triple.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = ["FastAttributes", "FastLemmas", "install_fast_attributes"]

# what a pattern may read, and the column it is read from in `Doc.to_array`
_READ = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_READ_IDS = [TAG, LOWER, DEP, IS_SPACE]
# what a rule may write: written through `Doc.from_array` (every token has these) or one token at a time
_BULK = (POS, MORPH, LEMMA)
_SINGLE = (TAG, DEP)

# A token's four read values as strings (IS_SPACE as "1" or "").
_Values = tuple[str, str, str, str]
_Test = Callable[[_Values], bool]


def _predicate(key: str, value: Any) -> _Test | None:
    """A test of one pattern feature on a token's values, or None when the feature is not supported."""
    col = _READ.get(key)
    if col is None:
        return None
    if key == "IS_SPACE":
        if not isinstance(value, bool):
            return None
        flag = "1" if value else ""
        return lambda v: v[3] == flag
    if isinstance(value, str):
        return lambda v: v[col] == value
    if isinstance(value, dict) and len(value) == 1:
        ((op, arg),) = value.items()
        if op == "IN" and isinstance(arg, list):
            allowed = frozenset(arg)
            return lambda v: v[col] in allowed
        if op == "NOT_IN" and isinstance(arg, list):
            banned = frozenset(arg)
            return lambda v: v[col] not in banned
        if op == "REGEX" and isinstance(arg, str):
            rx = re.compile(arg)
            return lambda v: rx.search(v[col]) is not None
    return None


@dataclass(frozen=True, slots=True)
class _Pattern:
    """One pattern of one rule: a test per token, and which token of the match the rule writes."""

    rule: int
    tests: tuple[tuple[_Test, ...], ...]
    target: int


class FastAttributes:
    """Assigns the attribute ruler's POS, MORPH, LEMMA (and TAG/DEP for spaces) without a Matcher."""

    def __init__(self, vocab: Vocab, patterns: list[_Pattern], attrs: list[dict[int, int]]) -> None:
        self.vocab = vocab
        self.attrs = attrs
        self.single = [p for p in patterns if len(p.tests) == 1]
        self.multi = [p for p in patterns if len(p.tests) > 1]
        # per distinct (TAG, LOWER, DEP, IS_SPACE) ids: the rules a one-token pattern fires, and the
        # two-or-more-token patterns whose first token test passes
        self._token_memo: dict[tuple[int, int, int, int], _Verdict] = {}
        self._values_memo: dict[tuple[int, int, int, int], _Values] = {}
        # per sorted tuple of rules: the merged writes (later rules win, as in the ruler)
        self._merge_memo: dict[tuple[int, ...], _Writes] = {}

    @classmethod
    def from_ruler(cls, ruler: AttributeRuler) -> "FastAttributes | None":
        """The equivalent of this ruler, or None when one of its patterns reads or writes
        something this class does not handle (an operator, another token attribute)."""
        patterns: list[_Pattern] = []
        for rule, (attrs, index) in enumerate(zip(ruler.attrs, ruler.indices, strict=True)):
            if any(a not in _BULK and a not in _SINGLE for a in attrs):
                return None
            for pattern in ruler.matcher.get(str(rule))[1]:
                tests: list[tuple[_Test, ...]] = []
                for spec in pattern:
                    token_tests = [_predicate(k, v) for k, v in spec.items()]
                    if not spec or any(t is None for t in token_tests):
                        return None
                    tests.append(tuple(t for t in token_tests if t is not None))
                target = index if index >= 0 else len(tests) + index
                if not 0 <= target < len(tests):
                    return None
                patterns.append(_Pattern(rule, tuple(tests), target))
        return cls(ruler.vocab, patterns, [dict(a) for a in ruler.attrs])

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        keys: list[tuple[int, int, int, int]] = [
            (r[0], r[1], r[2], r[3]) for r in doc.to_array(_READ_IDS).tolist()
        ]
        memo = self._token_memo
        verdicts: list[_Verdict] = []
        # rules fired by patterns of two or more tokens, by the token they write (rare)
        extra: dict[int, list[int]] = {}
        for i, key in enumerate(keys):
            verdict = memo.get(key)
            if verdict is None:
                verdict = memo[key] = self._verdict(key)
            verdicts.append(verdict)
            for p in verdict.starts:
                length = len(p.tests)
                if i + length <= n and all(
                    all(t(self._values(keys[i + k])) for t in p.tests[k]) for k in range(1, length)
                ):
                    extra.setdefault(i + p.target, []).append(p.rule)
        bulk: Any = doc.to_array(list(_BULK))
        singles: list[tuple[int, _Writes]] = []
        for i, verdict in enumerate(verdicts):
            writes = verdict.writes
            more = extra.get(i)
            if more is not None:
                writes = self._merged(tuple(sorted({*verdict.rules, *more})))
            for col, value in writes.bulk:
                bulk[i, col] = value
            if writes.single:
                singles.append((i, writes))
        doc.from_array(list(_BULK), bulk)
        for i, writes in singles:
            tok = doc[i]
            for attr, value in writes.single:
                if attr == TAG:
                    tok.tag = value
                else:
                    tok.dep = value
        return doc

    def _values(self, key: tuple[int, int, int, int]) -> _Values:
        values = self._values_memo.get(key)
        if values is None:
            strings = self.vocab.strings
            values = self._values_memo[key] = (
                strings[key[0]],
                strings[key[1]],
                strings[key[2]],
                "1" if key[3] else "",
            )
        return values

    def _verdict(self, key: tuple[int, int, int, int]) -> "_Verdict":
        values = self._values(key)
        # ascending rule order, as the ruler sorts its matches
        rules = tuple(sorted({p.rule for p in self.single if all(t(values) for t in p.tests[0])}))
        starts = tuple(p for p in self.multi if all(t(values) for t in p.tests[0]))
        return _Verdict(rules, self._merged(rules), starts)

    def _merged(self, rules: tuple[int, ...]) -> "_Writes":
        writes = self._merge_memo.get(rules)
        if writes is None:
            merged: dict[int, int] = {}
            for rule in rules:
                merged.update(self.attrs[rule])
            writes = self._merge_memo[rules] = _Writes(
                tuple((col, merged[a]) for col, a in enumerate(_BULK) if a in merged),
                tuple((a, merged[a]) for a in _SINGLE if a in merged),
            )
        return writes


@dataclass(frozen=True, slots=True)
class _Writes:
    """What a set of rules writes: (column, value) pairs for `from_array`, (attribute, value) pairs
    written per token."""

    bulk: tuple[tuple[int, int], ...]
    single: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class _Verdict:
    """For one (TAG, LOWER, DEP, IS_SPACE): the one-token rules that fire, what they write, and the
    longer patterns whose first token matches."""

    rules: tuple[int, ...]
    writes: _Writes
    starts: tuple[_Pattern, ...]


@Language.factory("rivalgraph_attributes_v1", assigns=["token.pos", "token.morph", "token.lemma"])
def make_fast_attributes(nlp: Language, name: str) -> FastAttributes:
    """Factory: the equivalent of the pipeline's `attribute_ruler` (which must be supported)."""
    stock = nlp.get_pipe("attribute_ruler")
    fast = FastAttributes.from_ruler(stock) if isinstance(stock, AttributeRuler) else None
    if fast is None:
        raise ValueError("the pipeline's attribute_ruler uses patterns FastAttributes does not support")
    return fast


class FastLemmas:
    """Sets the lemma of every token without one, as the stock rule lemmatizer does, memoized."""

    def __init__(self, stock: Lemmatizer) -> None:
        self.stock = stock
        self.vocab = stock.vocab
        # (ORTH, POS, MORPH) -> lemma hash; bounded by the vocabulary, like the stock lemmatizer's cache
        self._memo: dict[tuple[int, int, int], int] = {}

    @classmethod
    def supports(cls, stock: object) -> bool:
        """Whether `stock` is a rule lemmatizer whose answer depends on ORTH, POS and MORPH only."""
        return (
            type(stock) in (Lemmatizer, EnglishLemmatizer)
            and isinstance(stock, Lemmatizer)
            and stock.mode == "rule"
            and not stock.overwrite
        )

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        rows: Any = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas: Any = rows[:, 3].copy()
        memo = self._memo
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma != 0:
                continue  # set by the attribute rules: the stock lemmatizer keeps it too
            key = (orth, pos, morph)
            value = memo.get(key)
            if value is None:
                value = memo[key] = self.vocab.strings.add(self.stock.lemmatize(doc[i])[0])
            lemmas[i] = value
        doc.from_array([LEMMA], lemmas)
        return doc


@Language.factory("rivalgraph_lemmas_v1", assigns=["token.lemma"])
def make_fast_lemmas(nlp: Language, name: str) -> FastLemmas:
    """Factory: the memoized equivalent of the pipeline's rule `lemmatizer`."""
    stock = nlp.get_pipe("lemmatizer")
    if not isinstance(stock, Lemmatizer) or not FastLemmas.supports(stock):
        raise ValueError("the pipeline's lemmatizer is not a rule lemmatizer FastLemmas can stand in for")
    return FastLemmas(stock)


def install_fast_attributes(nlp: Language) -> list[str]:
    """Put the stand-ins in place of the model's `attribute_ruler` and `lemmatizer` where they are
    supported; the names of the components replaced."""
    replaced: list[str] = []
    stock = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    if isinstance(stock, AttributeRuler) and FastAttributes.from_ruler(stock) is not None:
        nlp.add_pipe("rivalgraph_attributes_v1", before="attribute_ruler")
        nlp.remove_pipe("attribute_ruler")
        replaced.append("attribute_ruler")
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if FastLemmas.supports(lemmatizer):
        nlp.add_pipe("rivalgraph_lemmas_v1", before="lemmatizer")
        nlp.remove_pipe("lemmatizer")
        replaced.append("lemmatizer")
    return replaced

"""A faster stand-in for the model's attribute ruler that assigns exactly the same token attributes.

spaCy's `AttributeRuler` runs a `Matcher` with ~180 one- and two-token patterns (the tag map, the
morphology rules and lemma exceptions) over every token, then writes each match's attributes one
Span at a time: a sixth of the pipeline's time. Its patterns only read a token's TAG, LOWER, DEP
and IS_SPACE, so the verdict for a token depends on those four values (and on its neighbours' for
the two-token patterns): it is computed once per distinct combination and the result is written with
one `Doc.from_array`. Rules apply in the order the ruler applies them (later rules win), and what is
read is the state before any rule wrote. `FastAttributes.from_ruler` refuses a ruler using any other
pattern feature; the extractor then keeps the stock component.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = ["FastAttributes"]

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
        self._token_memo: dict[tuple[int, int, int, int], tuple[tuple[int, ...], tuple[_Pattern, ...]]] = {}
        self._values_memo: dict[tuple[int, int, int, int], _Values] = {}
        # per sorted tuple of rules: the merged writes (later rules win, as in the ruler)
        self._merge_memo: dict[tuple[int, ...], dict[int, int]] = {}

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
        # rules fired by patterns of two or more tokens, by the token they write (rare)
        extra: dict[int, list[int]] = {}
        memo = self._token_memo
        verdicts = []
        for i, key in enumerate(keys):
            hit = memo.get(key)
            if hit is None:
                hit = memo[key] = self._verdict(key)
            verdicts.append(hit[0])
            for p in hit[1]:
                length = len(p.tests)
                if i + length <= n and all(
                    all(t(self._values(keys[i + k])) for t in p.tests[k]) for k in range(1, length)
                ):
                    extra.setdefault(i + p.target, []).append(p.rule)
        bulk: Any = doc.to_array(list(_BULK))
        changed = False
        singles: list[tuple[int, dict[int, int]]] = []
        for i, rules in enumerate(verdicts):
            more = extra.get(i)
            if more is not None:
                rules = tuple(sorted({*rules, *more}))
            elif not rules:
                continue
            writes = self._merged(rules)
            for col, attr in enumerate(_BULK):
                if attr in writes:
                    bulk[i, col] = writes[attr]
                    changed = True
            if TAG in writes or DEP in writes:
                singles.append((i, writes))
        if changed:
            doc.from_array(list(_BULK), bulk)
        for i, writes in singles:
            tok = doc[i]
            if TAG in writes:
                tok.tag = writes[TAG]
            if DEP in writes:
                tok.dep = writes[DEP]
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

    def _verdict(self, key: tuple[int, int, int, int]) -> tuple[tuple[int, ...], tuple[_Pattern, ...]]:
        values = self._values(key)
        # ascending rule order, as the ruler sorts its matches
        rules = tuple(sorted({p.rule for p in self.single if all(t(values) for t in p.tests[0])}))
        starts = tuple(p for p in self.multi if all(t(values) for t in p.tests[0]))
        return rules, starts

    def _merged(self, rules: tuple[int, ...]) -> dict[int, int]:
        writes = self._merge_memo.get(rules)
        if writes is None:
            writes = {}
            for rule in rules:
                writes.update(self.attrs[rule])
            self._merge_memo[rules] = writes
        return writes


@Language.factory("rivalgraph_attributes_v1", assigns=["token.pos", "token.morph", "token.lemma"])
def make_fast_attributes(nlp: Language, name: str) -> FastAttributes:
    """Factory: the equivalent of the pipeline's `attribute_ruler` (which must be supported)."""
    stock = nlp.get_pipe("attribute_ruler")
    fast = FastAttributes.from_ruler(stock) if isinstance(stock, AttributeRuler) else None
    if fast is None:
        raise ValueError("the pipeline's attribute_ruler uses patterns FastAttributes does not support")
    return fast


def install_fast_attributes(nlp: Language) -> bool:
    """Put `FastAttributes` in place of the model's `attribute_ruler`; False when the stock one stays."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    stock = nlp.get_pipe("attribute_ruler")
    if not isinstance(stock, AttributeRuler) or FastAttributes.from_ruler(stock) is None:
        return False
    nlp.add_pipe("rivalgraph_attributes_v1", before="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
    return True

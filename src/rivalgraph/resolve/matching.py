"""Whether an incoming entity is an already stored one: similarity, country, shared context.

Each rule is a small pure function; `best_match` returns the verdict with the rule that
decided it, so the store can keep why two names became one node.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz import fuzz

from rivalgraph.resolve.names import match_form

__all__ = ["Candidate", "Match", "MatchRule", "Mention", "best_match"]

#: Similarity at which two names of compatible countries are taken as one entity.
STRONG = 92.0
#: Similarity at which shared context (co-occurring entities) is also required.
WEAK = 85.0
#: Shorter forms are too easy to confuse by edit distance ('KT' / 'TCL', 'Xu Li' / 'Xu Lin').
MIN_FUZZY_LENGTH = 6


class MatchRule(StrEnum):
    """Why an incoming entity was resolved to a stored one."""

    SAME_ID = "same-id"
    KB_ID = "kb-id"
    SAME_NAME = "same-name"
    FUZZY_NAME = "fuzzy-name"
    FUZZY_NAME_AND_CONTEXT = "fuzzy-name+context"


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity as one document states it: its names, country and the ids it co-occurs with."""

    type: str
    names: tuple[str, ...]
    country: str | None
    context: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Candidate:
    """A stored entity that shares a blocking token with the incoming one."""

    entity_id: str
    type: str
    names: tuple[str, ...]
    country: str | None
    context: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Match:
    """The stored entity chosen, with the rule and score that decided it."""

    entity_id: str
    rule: MatchRule
    score: float


def countries_compatible(a: str | None, b: str | None) -> bool:
    """Two entities can be one only if their countries agree or one of them is unknown."""
    return a is None or b is None or a.upper() == b.upper()


def name_similarity(left: Iterable[str], right: Iterable[str]) -> float:
    """Best edit-distance similarity (0-100) between any two match forms long enough to compare."""
    best = 0.0
    right_forms = [f for f in (match_form(n) for n in right) if len(f) >= MIN_FUZZY_LENGTH]
    for a in (match_form(n) for n in left):
        if len(a) < MIN_FUZZY_LENGTH:
            continue
        for b in right_forms:
            best = max(best, fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b))
    return best


def shares_context(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether the two entities co-occur with at least one common stored entity."""
    return bool(a & b)


def best_match(
    mention: Mention, candidates: Sequence[Candidate], *, rejected: frozenset[str] = frozenset()
) -> Match | None:
    """The stored entity `mention` most likely is, or None to create a new one.

    Same type and compatible country are required; similarity >= STRONG decides alone,
    WEAK..STRONG needs a shared co-occurring entity. `rejected` holds ids a user split apart.
    """
    best: Match | None = None
    for cand in candidates:
        if cand.type != mention.type or cand.entity_id in rejected:
            continue
        if not countries_compatible(mention.country, cand.country):
            continue
        score = name_similarity(mention.names, cand.names)
        if score >= STRONG:
            verdict = Match(cand.entity_id, MatchRule.FUZZY_NAME, score)
        elif score >= WEAK and shares_context(mention.context, cand.context):
            verdict = Match(cand.entity_id, MatchRule.FUZZY_NAME_AND_CONTEXT, score)
        else:
            continue
        if best is None or verdict.score > best.score:
            best = verdict
    return best

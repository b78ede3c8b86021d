"""Screening rules: small pure functions, each returning a score (or adjustment) and its detail.

The docstring of each rule is the sentence a user sees in an explanation; the detail says how
it applied to this pair. `name_similarity` compares one query form with one list alias;
`country_agreement` and `kind_agreement` adjust that score.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import OSA
from rapidfuzz.fuzz import ratio

from rivalgraph.screen.model import EntryKind
from rivalgraph.screen.normalize import GENERIC_TOKENS, NormName

__all__ = [
    "RuleResult",
    "country_agreement",
    "kind_agreement",
    "name_similarity",
    "number_agreement",
    "token_similarity",
]


@dataclass(frozen=True, slots=True)
class RuleResult:
    """What one rule found: a score or adjustment, and the detail behind it."""

    value: float
    detail: str
    matched: tuple[tuple[str, str, float], ...] = ()
    unmatched_query: tuple[str, ...] = ()
    unmatched_alias: tuple[str, ...] = ()


def token_similarity(left: str, right: str) -> float:
    """Words agree exactly, or differ by a typo after the first letter (1 edit in 5+ letters, 2 in 10+)."""
    if left == right:
        return 1.0
    shorter = min(len(left), len(right))
    if shorter >= 2 and len(left) == len(right) and left.replace("w", "v") == right.replace("w", "v"):
        return 0.95  # German and Polish transliterations write 'w' for Cyrillic 'в' ('Wladimir', 'Sawa')
    if shorter < 5 or abs(len(left) - len(right)) > 2:
        return 0.0
    if left[0] != right[0]:
        return 0.0
    allowed = 2 if shorter >= 10 else 1
    distance = OSA.distance(left, right, score_cutoff=allowed)
    if distance > allowed:
        return 0.0
    # A typo in a short word could as well be another word ('Walmart', 'Welmart'): longer words
    # keep more of their score.
    if shorter >= 8:
        return 1.0 - distance / (shorter + 2)
    return 1.0 - 1.2 * distance / (shorter + 1)


_ROMAN = frozenset(
    ("ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii")
)


def _numbers(tokens: Sequence[str]) -> frozenset[str]:
    found = {t for t in tokens if t.isdigit() or t in _ROMAN}
    if len(tokens) > 1 and tokens[-1] == "i":  # 'Sino Iron I': a trailing I is a numeral
        found.add("i")
    return frozenset(found)


def number_agreement(query: Sequence[str], alias: Sequence[str]) -> RuleResult:
    """Numbers in both names agree: 'Sino Iron I' and 'Sino Iron II' are two parties."""
    left, right = _numbers(query), _numbers(alias)
    if left and right and left != right:
        return RuleResult(0.5, f"numbers differ ({' '.join(sorted(left))} vs {' '.join(sorted(right))})")
    return RuleResult(1.0, "")


def _weight(token: str, weights: Mapping[str, float], default: float) -> float:
    return weights.get(token, default)


def name_similarity(
    query: NormName,
    alias: NormName,
    weights: Mapping[str, float],
    *,
    default_weight: float,
    person: bool = False,
    similarity: Callable[[str, str], float] = token_similarity,
) -> RuleResult:
    """Names agree word by word, rare words counting more than common ones ('Huawei' over 'Technology')."""
    q_tokens, a_tokens = query.tokens, alias.tokens
    if not q_tokens or not a_tokens:
        return RuleResult(0.0, "no comparable words")
    used_q: dict[int, tuple[int, float]] = {}
    used_a: set[int] = set()
    positions: dict[str, list[int]] = {}
    for j, at in enumerate(a_tokens):
        positions.setdefault(at, []).append(j)
    for i, qt in enumerate(q_tokens):  # exact words first: most pairs never need an edit distance
        for j in positions.get(qt, ()):
            if j not in used_a:
                used_q[i] = (j, 1.0)
                used_a.add(j)
                break
    pairs: list[tuple[float, int, int]] = []
    if len(used_q) < len(q_tokens) and len(used_a) < len(a_tokens):
        for i, qt in enumerate(q_tokens):
            if i in used_q:
                continue
            for j, at in enumerate(a_tokens):
                if j not in used_a:
                    sim = similarity(qt, at)
                    if sim > 0.0:
                        pairs.append((sim, i, j))
        pairs.sort(reverse=True)
    for sim, i, j in pairs:
        if i not in used_q and j not in used_a:
            used_q[i] = (j, sim)
            used_a.add(j)
    q_weights = [_weight(t, weights, default_weight) for t in q_tokens]
    a_weights = [_weight(t, weights, default_weight) for t in a_tokens]
    got_q = sum(q_weights[i] * sim for i, (_, sim) in used_q.items())
    got_a = sum(a_weights[j] * sim for j, sim in ((j, s) for _, (j, s) in used_q.items()))
    recall = got_q / sum(q_weights)
    precision = got_a / sum(a_weights)
    # A rare query word that appears nowhere in the alias is strong evidence of another party;
    # a name resting only on generic words ('China', 'Technology') is no evidence at all.
    distinctive = [i for i, t in enumerate(q_tokens) if t not in GENERIC_TOKENS]
    exact = sum(1 for _, sim in used_q.values() if sim >= 1.0)
    veto = ""
    if (distinctive and not any(i in used_q for i in distinctive)) or (
        not distinctive and not all(j in used_a for j in range(len(a_tokens)))
    ):
        token_score = 0.0
    elif len(used_q) == 1 and not exact:
        # One word that only looks like a listed word ('Xinhua', 'Xinghua') is a coincidence, not a name.
        token_score, veto = 0.0, "one misspelt word alone is no match"
    elif person and len(used_q) < (2 if max(len(q_tokens), len(a_tokens)) >= 2 else 1):
        # A bare surname ('Li') is shared by millions: given name and surname must both agree.
        token_score, veto = 0.0, "a person needs given name and surname to agree"
    elif not person and len(used_q) < len(q_tokens) and len(used_a) < len(a_tokens):
        # Both names carry words the other lacks ('Huawei Technologies', 'Huawei Investment Holding'):
        # they name two parties that share a word, so every unmatched word on either side costs.
        unmatched = sum(q_weights) - got_q + sum(a_weights) - got_a
        token_score = (got_q + got_a) / (got_q + got_a + 2 * unmatched)
        veto = "each name has words the other lacks"
    else:
        # Persons' list entries carry middle names and patronymics a query often leaves out.
        beta2 = 4.0 if person else 2.5
        denom = beta2 * precision + recall
        token_score = (1 + beta2) * precision * recall / denom if denom else 0.0
    compact_score = 0.0
    if len(query.compact) >= 6 and (len(q_tokens) != len(a_tokens)):
        # 'Hik Vision' and 'Hikvision', 'Hua Wei' and 'Huawei': the same letters, split differently.
        compact_score = ratio(query.compact, alias.compact, score_cutoff=92.0) / 100.0
    q_words = query.words or q_tokens
    a_words = alias.words or a_tokens
    matched = tuple((q_words[i], a_words[j], round(sim, 3)) for i, (j, sim) in sorted(used_q.items()))
    unmatched_q = tuple(t for i, t in enumerate(q_words) if i not in used_q)
    unmatched_a = tuple(t for j, t in enumerate(a_words) if j not in used_a)
    if compact_score > token_score:
        return RuleResult(
            compact_score,
            f"the letters agree when spaces are ignored ('{query.compact}' ~ '{alias.compact}')",
            matched,
            unmatched_q,
            unmatched_a,
        )
    numbers = number_agreement(q_tokens, a_tokens)
    token_score *= numbers.value
    parts = [f"{len(used_q)} of {len(q_tokens)} query words found"]
    if veto:
        parts.append(veto)
    if numbers.detail:
        parts.append(numbers.detail)
    typos = [f"{q}~{a}" for q, a, s in matched if s < 1.0 or q != a]
    if typos:
        parts.append("spelling differs in " + ", ".join(typos))
    if unmatched_q:
        parts.append("query words not in the alias: " + ", ".join(unmatched_q))
    if unmatched_a:
        parts.append("alias words not in the query: " + ", ".join(unmatched_a))
    return RuleResult(token_score, "; ".join(parts), matched, unmatched_q, unmatched_a)


def country_agreement(query_countries: Sequence[str], entry_countries: Sequence[str]) -> RuleResult:
    """Countries agree, or at least do not contradict: a listed party elsewhere is less likely the same."""
    if not query_countries or not entry_countries:
        return RuleResult(0.0, "country not compared (unknown on one side)")
    shared = sorted(set(query_countries) & set(entry_countries))
    if shared:
        return RuleResult(0.03, "country agrees (" + ", ".join(shared) + ")")
    return RuleResult(
        -0.12,
        f"country differs (query {'/'.join(query_countries)}, list {'/'.join(entry_countries[:4])})",
    )


_COMPATIBLE = {
    EntryKind.ORG: {EntryKind.ORG},
    EntryKind.PERSON: {EntryKind.PERSON},
    EntryKind.VESSEL: {EntryKind.VESSEL, EntryKind.ORG},
    EntryKind.AIRCRAFT: {EntryKind.AIRCRAFT, EntryKind.ORG},
}


def kind_agreement(query_kind: EntryKind, entry_kind: EntryKind) -> RuleResult:
    """A person matches a listed person and an organization a listed organization, not each other."""
    if EntryKind.UNKNOWN in (query_kind, entry_kind):
        return RuleResult(0.0, "entity type not compared")
    if entry_kind in _COMPATIBLE.get(query_kind, {query_kind}):
        return RuleResult(0.0, f"entity type agrees ({entry_kind.value})")
    return RuleResult(-0.2, f"entity type differs (query {query_kind.value}, list {entry_kind.value})")

"""The screening index: every alias of every loaded entry, blocked so a query never scans the list.

Blocking keys per alias: each token, each pair of adjacent tokens joined ('hik'+'vision'), a
consonant skeleton of each token ('mohammed' and 'muhammad' -> 'mhmd') and, for typos, every
one-letter deletion of each long token (the symmetric-delete trick: two words one edit apart
share a deletion). A query collects the aliases its keys point to, weighted by how rare each key
is, scores only the best few dozen with the rules in `rules.py`, and keeps one match per entry.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rivalgraph.kb import KnowledgeBase
from rivalgraph.screen.model import EntryKind, ListEntry, Match, Query
from rivalgraph.screen.normalize import GENERIC_TOKENS, NormName, normalize
from rivalgraph.screen.rules import (
    RuleResult,
    country_agreement,
    kind_agreement,
    name_similarity,
    token_similarity,
)

__all__ = ["ScreenOptions", "ScreeningIndex", "looks_chinese", "skeleton"]

_GENERIC_WEIGHT_CAP = 1.5
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_PINYIN = re.compile(
    r"^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu|ua|uo|ue|ui|a|o|e|i|u|v))+$"
)


def looks_chinese(text: str) -> bool:
    """Chinese characters, or words that are all pinyin syllables ('Haikang Weishi', 'Huawei Jishu')."""
    if _HAN.search(text):
        return True
    words = re.findall(r"[a-z]+", text.casefold())
    return bool(words) and all(_PINYIN.match(w) for w in words)


_VOWELS = re.compile(r"[aeiouy]")


@dataclass(frozen=True, slots=True)
class ScreenOptions:
    """How a search runs: the score a match needs, how many matches, how many aliases to score."""

    threshold: float = 0.85
    limit: int = 10
    candidates: int = 40
    max_postings: int = 1500


@functools.lru_cache(maxsize=100_000)
def skeleton(token: str) -> str:
    """A consonant skeleton for transliteration variants: 'mohammed', 'muhammad' -> 'mhmd'."""
    token = token.replace("kh", "h").replace("ph", "f").replace("ck", "k").replace("q", "k")
    token = token.replace("w", "v").replace("z", "s").replace("j", "y").replace("dzh", "y")
    head, tail = token[:1], _VOWELS.sub("", token[1:])
    out = head
    for ch in tail:
        if ch != out[-1:]:
            out += ch
    return out


def _deletes(token: str) -> set[str]:
    return {token[:i] + token[i + 1 :] for i in range(len(token))}


def _similarity(left: str, right: str) -> float:
    sim = token_similarity(left, right)
    if sim == 0.0 and len(left) >= 6 and len(right) >= 6 and left[0] == right[0]:
        shape = skeleton(left)
        if len(shape) >= 4 and shape == skeleton(right):
            return 0.8
    return sim


class ScreeningIndex:
    """Blocking index plus scorer over a fixed set of list entries (build once, search many times)."""

    def __init__(
        self,
        entries: Iterable[ListEntry],
        *,
        kb: KnowledgeBase | None = None,
        options: ScreenOptions | None = None,
    ) -> None:
        self.entries: tuple[ListEntry, ...] = tuple(entries)
        self.kb = kb
        self.options = options or ScreenOptions()
        self._alias_entry: list[int] = []
        self._alias_text: list[str] = []
        self._alias_norm: list[NormName] = []
        postings: dict[str, list[int]] = defaultdict(list)
        doc_freq: dict[str, int] = defaultdict(int)
        for entry_index, entry in enumerate(self.entries):
            seen_tokens: set[str] = set()
            seen_keys: set[str] = set()
            for text in entry.names:
                norm = normalize(text)
                if not norm.tokens or norm.key in seen_keys:
                    continue
                seen_keys.add(norm.key)
                alias_id = len(self._alias_entry)
                self._alias_entry.append(entry_index)
                self._alias_text.append(text)
                self._alias_norm.append(norm)
                for key in self._keys(norm.tokens):
                    postings[key].append(alias_id)
                seen_tokens.update(norm.tokens)
            for token in seen_tokens:
                doc_freq[token] += 1
        self._postings: dict[str, tuple[int, ...]] = {k: tuple(v) for k, v in postings.items()}
        self._vocab = frozenset(doc_freq)
        total = max(len(self.entries), 1)
        self.default_weight = math.log((total + 1) / 0.5)
        self._weights: dict[str, float] = {}
        for token, df in doc_freq.items():
            weight = math.log((total + 1) / (df + 0.5))
            self._weights[token] = min(weight, _GENERIC_WEIGHT_CAP) if token in GENERIC_TOKENS else weight
        for token in GENERIC_TOKENS:
            self._weights.setdefault(token, _GENERIC_WEIGHT_CAP)

    @staticmethod
    def _keys(tokens: Sequence[str]) -> set[str]:
        keys = set(tokens)
        keys.update(a + b for a, b in itertools.pairwise(tokens))
        for token in tokens:
            if len(token) >= 4:
                keys.add("~" + skeleton(token))
            if len(token) >= 5:
                keys.update("-" + d for d in _deletes(token))
        return keys

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def alias_count(self) -> int:
        """How many distinct normalized aliases the index holds."""
        return len(self._alias_norm)

    def weight(self, token: str) -> float:
        """How much a word counts: rare words more, generic ones ('Technology') little."""
        return self._weights.get(token, self.default_weight)

    # ------------------------------------------------------------------- blocking
    def _lookup_keys(self, norm: NormName) -> list[tuple[str, float]]:
        keys: list[tuple[str, float]] = []
        for token in dict.fromkeys(norm.tokens):
            weight = self.weight(token)
            keys.append((token, weight))
            if token in self._vocab:
                continue
            # A word no list alias contains may be misspelt or transliterated differently.
            if len(token) >= 4:
                keys.append(("~" + skeleton(token), weight * 0.8))
            if len(token) >= 5:
                keys.append(("-" + token, weight * 0.9))  # a letter too few in the query
                keys.extend(("-" + d, weight * 0.9) for d in _deletes(token))  # one letter changed
                keys.extend((d, weight * 0.9) for d in _deletes(token))  # a letter too many
        for a, b in itertools.pairwise(norm.tokens):
            keys.append((a + b, self.weight(a) + self.weight(b)))
        return keys

    def candidate_aliases(self, norm: NormName, *, threshold: float | None = None) -> list[int]:
        """The aliases worth scoring for one query form, most promising first."""
        scores: dict[int, float] = defaultdict(float)
        keys = [(k, w, self._postings.get(k, ())) for k, w in self._lookup_keys(norm)]
        keys = [item for item in keys if item[2]]
        keys.sort(key=lambda item: len(item[2]))
        for _key, weight, alias_ids in keys:
            # A key as common as 'china' adds nothing once rarer keys have found candidates.
            if len(alias_ids) > self.options.max_postings and scores:
                continue
            for alias_id in alias_ids:
                scores[alias_id] += weight
        if not scores:
            return []
        ranked = sorted(scores.items(), key=lambda item: -item[1])[: self.options.candidates]
        # The blocking score approximates how much of the query an alias covers; far below what
        # the threshold needs, scoring it is wasted work.
        threshold = self.options.threshold if threshold is None else threshold
        total = sum(self.weight(t) for t in set(norm.tokens))
        floor = total * max(0.0, threshold - 0.35)
        return [alias_id for alias_id, score in ranked if score >= floor]

    def candidate_entries(self, norm: NormName, *, threshold: float | None = None) -> list[int]:
        """Indexes (into `entries`) of the entries whose aliases blocking proposes for a query form."""
        return sorted({self._alias_entry[a] for a in self.candidate_aliases(norm, threshold=threshold)})

    def score_pair(self, left: str, right: str, *, person: bool = False) -> float:
        """The name score of two free-standing names, with this index's word weights."""
        query, alias = normalize(left), normalize(right)
        if not query.tokens or not alias.tokens:
            return 0.0
        if len(alias.tokens) == 1 and len(alias.compact) <= 4 and alias.key != query.key:
            return 0.0
        result = name_similarity(
            query,
            alias,
            self._weights,
            default_weight=self.default_weight,
            person=person,
            similarity=_similarity,
        )
        return result.value

    # ------------------------------------------------------------------- scoring
    def _query_forms(self, query: Query) -> list[tuple[str, str, Query]]:
        """(form, where it came from, query to score with): the name, its aliases, and, for Chinese
        names, the English names the knowledge base gives that organization."""
        forms: list[tuple[str, str, Query]] = [(query.name, "query", query)]
        primary = set(normalize(query.name).tokens)
        for alias in query.aliases:
            tokens = set(normalize(alias).tokens)
            # An alias made only of the name's own words ('Huawei' of 'Huawei Technologies') drops the
            # words that tell the party from its parent or namesakes: what it could rightly match, the
            # full name matches too. A person's one-word alias is a bare surname or given name.
            if tokens < primary or (query.kind is EntryKind.PERSON and len(tokens) < 2):
                continue
            forms.append((alias, "query alias", query))
        if self.kb is not None:
            for text, _, _ in list(forms):
                # Only Chinese characters and pinyin go through the knowledge base: an English name
                # ('Honor Device') must match on its own words, not on a short KB alias ('Honor').
                record = self.kb.lookup_org(text) if looks_chinese(text) else None
                if record is None:
                    continue
                scored = query
                if not query.countries and record.country:
                    scored = Query(query.name, (record.country,), query.kind, query.aliases)
                for name in record.names:
                    if name.isascii():
                        forms.append((name, f"knowledge base alias of {record.name}", scored))
        seen: set[str] = set()
        unique: list[tuple[str, str, Query]] = []
        for text, origin, scored in forms:
            key = normalize(text).key
            if key and key not in seen:
                seen.add(key)
                unique.append((text, origin, scored))
        return unique

    def score_alias(self, query: Query, norm: NormName, alias_id: int) -> tuple[float, RuleResult, list[str]]:
        """The combined score of one query form against one alias, and the rule details."""
        entry = self.entries[self._alias_entry[alias_id]]
        alias = self._alias_norm[alias_id]
        if len(alias.tokens) == 1 and len(alias.compact) <= 4 and alias.key != norm.key:
            # Acronym aliases ('CT', 'BNC') only match when the query is exactly that acronym.
            return 0.0, RuleResult(0.0, "short acronym alias differs"), []
        person = EntryKind.PERSON in (entry.kind, query.kind)
        if person and len(alias.tokens) == 1 and self._alias_text[alias_id] != entry.name:
            # A listed person's one-word alias ('HUSSEIN') is a name millions share: a person matches
            # on given name and surname.
            return 0.0, RuleResult(0.0, "one-word alias of a listed person"), []
        name = name_similarity(
            norm,
            alias,
            self._weights,
            default_weight=self.default_weight,
            person=person,
            similarity=_similarity,
        )
        if name.value <= 0.0:
            return 0.0, name, []
        country = country_agreement(query.countries, entry.countries)
        kind = kind_agreement(query.kind, entry.kind)
        score = max(0.0, min(1.0, name.value + country.value + kind.value))
        return score, name, [country.detail, kind.detail]

    def search(
        self, query: Query | str, *, threshold: float | None = None, limit: int | None = None
    ) -> list[Match]:
        """Entries matching the query above the threshold, best first, one match per entry."""
        if isinstance(query, str):
            query = Query(name=query)
        threshold = self.options.threshold if threshold is None else threshold
        limit = self.options.limit if limit is None else limit
        best: dict[int, Match] = {}
        for text, origin, scored in self._query_forms(query):
            norm = normalize(text)
            if not norm.tokens:
                continue
            for alias_id in self.candidate_aliases(norm, threshold=threshold):
                score, name, details = self.score_alias(scored, norm, alias_id)
                if score < threshold:
                    continue
                entry_index = self._alias_entry[alias_id]
                current = best.get(entry_index)
                if current is not None and current.score >= score:
                    continue
                entry = self.entries[entry_index]
                best[entry_index] = Match(
                    entry=entry,
                    score=score,
                    alias=self._alias_text[alias_id],
                    query_form=text,
                    explanation=self._explain(query, text, origin, entry, alias_id, score, name, details),
                    details={
                        "matched_tokens": [list(m) for m in name.matched],
                        "query_only": list(name.unmatched_query),
                        "alias_only": list(name.unmatched_alias),
                        "legal_forms_ignored": sorted({*norm.legal, *self._alias_norm[alias_id].legal}),
                        "query_form": text,
                        "query_form_origin": origin,
                    },
                )
        ranked = sorted(best.values(), key=lambda m: (-m.score, m.entry.list_code, m.entry.entry_id))
        return ranked[:limit]

    def _explain(
        self,
        query: Query,
        text: str,
        origin: str,
        entry: ListEntry,
        alias_id: int,
        score: float,
        name: RuleResult,
        details: list[str],
    ) -> str:
        alias_text = self._alias_text[alias_id]
        which = "its listed name" if alias_text == entry.name else f"its alias '{alias_text}'"
        via = "" if origin == "query" else f" (via {origin}: '{text}')"
        legal = sorted({*normalize(text).legal, *self._alias_norm[alias_id].legal})
        parts = [
            f"'{query.name}'{via} matches {which} on {entry.list_code} "
            f"({entry.list_name}), entry {entry.entry_id}, score {score:.2f}",
            name.detail,
        ]
        if legal:
            parts.append("legal forms ignored: " + ", ".join(legal))
        parts.extend(details)
        since = f"listed since {entry.listed_on}" if entry.listed_on else "listing date not given by the list"
        parts.append(since)
        return "; ".join(parts)

    def screen_many(
        self, queries: Iterable[Query | str], *, threshold: float | None = None
    ) -> Iterable[tuple[Query | str, list[Match]]]:
        """Search each query in turn (a generator, so batches stream)."""
        for query in queries:
            yield query, self.search(query, threshold=threshold)

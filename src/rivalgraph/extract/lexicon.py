"""Trigger-word lexicons of the extractor, read once from data/lexicons/extract.yaml."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml

from rivalgraph.errors import InputError
from rivalgraph.settings import PACKAGE_DATA

__all__ = ["EventTriggers", "Lexicon", "TiePattern", "load_lexicon"]

DEFAULT_PATH = PACKAGE_DATA / "lexicons" / "extract.yaml"
# Predicates a tie pattern may state: ties between two organizations.
_TIE_PREDICATES = frozenset({"owns", "affiliate_of", "backed_by"})


@dataclass(frozen=True, slots=True)
class EventTriggers:
    """The words that signal one event predicate."""

    verbs: frozenset[str]
    nouns: frozenset[str]
    adjectives: frozenset[str]
    phrases: tuple[str, ...]
    object_phrases: tuple[str, ...]
    object_nouns_for: Mapping[str, frozenset[str]]


@dataclass(frozen=True, slots=True)
class TiePattern:
    """A corporate tie stated by the words between two organization names (see extract.yaml)."""

    predicate: str
    subject_first: bool
    gap: re.Pattern[str]
    head: re.Pattern[str] | None
    tail: re.Pattern[str] | None


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Every word list the rules use; frozensets of lower-case words or phrases."""

    event_heads: frozenset[str]
    event_generic: frozenset[str]
    event_own_heads: frozenset[str]
    event_own_heads_lower: frozenset[str]
    org_nouns: frozenset[str]
    sector_nouns: Mapping[str, tuple[str, ...]]
    titles: tuple[str, ...]
    political_titles: frozenset[str]
    title_modifiers: frozenset[str]
    event_triggers: Mapping[str, EventTriggers]
    sponsor_roles: tuple[str, ...]
    unit_nouns: frozenset[str]
    unit_name_words: frozenset[str]
    name_suffix_words: frozenset[str]
    company_head_words: frozenset[str]
    world_regions: tuple[str, ...]
    parent_nouns: frozenset[str]
    affiliate_nouns: frozenset[str]
    invest_verbs: frozenset[str]
    investor_nouns: frozenset[str]
    funding_nouns: frozenset[str]
    product_heads: frozenset[str]
    launch_verbs: frozenset[str]
    developer_nouns: frozenset[str]
    sanction_strong: tuple[str, ...]
    sanction_weak: tuple[str, ...]
    sanction_lists: Mapping[str, str]
    agency_words: frozenset[str]
    not_entities: frozenset[str]
    common_surnames: frozenset[str]
    caption_markers: tuple[str, ...]
    quantity_nouns: Mapping[str, str]
    qualifiers: tuple[str, ...]
    quantity_cues: Mapping[str, Mapping[str, str]]
    known_products: frozenset[str]
    title_re: re.Pattern[str]
    tie_patterns: tuple[TiePattern, ...]
    speech_verbs: frozenset[str]
    presence_verbs: frozenset[str]
    list_headings: Mapping[str, tuple[str, str]]

    def phrase_re(self, phrases: tuple[str, ...]) -> re.Pattern[str]:
        """A case-insensitive whole-word regex for any of `phrases`, longest first."""
        return _phrase_re(phrases)


@functools.lru_cache(maxsize=64)
def _phrase_re(phrases: tuple[str, ...]) -> re.Pattern[str]:
    if not all(p.isascii() for p in phrases):
        # case folding outside ASCII can change a phrase's length: the plain alternation, longest first
        alts = sorted({re.escape(p) for p in phrases}, key=len, reverse=True)
        return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])", re.IGNORECASE)
    # The phrases as a character trie: a regex alternation tries every phrase at every position, a
    # trie one branch per character. Its greedy optional tails try the longest phrase first, as the
    # longest-first alternation did, so each match is the same.
    trie: dict[str, dict[str, Any]] = {}
    for phrase in {p.lower() for p in phrases}:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return re.compile(r"(?<![\w-])(?:" + _trie_pattern(trie) + r")(?![\w-])", re.IGNORECASE)


def _trie_pattern(node: dict[str, dict[str, Any]]) -> str:
    """The regex of a phrase trie below `node` ('' marks a phrase ending here)."""
    parts = [re.escape(ch) + _trie_pattern(sub) for ch, sub in sorted(node.items()) if ch]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if "" in node:
        return f"(?:{body})?" if len(parts) == 1 else body + "?"
    return body


def _words(data: Mapping[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in data.get(key) or ())


def _tuple(data: Mapping[str, Any], key: str) -> tuple[str, ...]:
    return tuple(str(w).lower() for w in data.get(key) or ())


def _quantity_cues(data: Mapping[str, Any]) -> dict[str, dict[str, str]]:
    """`quantity_cues`: each section a word -> measure mapping, or a word list (word -> itself)."""
    out: dict[str, dict[str, str]] = {}
    for section, raw in (data.get("quantity_cues") or {}).items():
        if isinstance(raw, Mapping):
            out[str(section)] = {str(k).lower(): str(v) for k, v in raw.items()}
        else:
            out[str(section)] = {str(w).lower(): str(w).lower() for w in raw or ()}
    return out


def _triggers(raw: Mapping[str, Any]) -> EventTriggers:
    return EventTriggers(
        verbs=_words(raw, "verbs"),
        nouns=_words(raw, "nouns"),
        adjectives=_words(raw, "adjectives"),
        phrases=_tuple(raw, "phrases"),
        object_phrases=_tuple(raw, "object_phrases"),
        object_nouns_for={
            str(k): frozenset(str(w) for w in v) for k, v in (raw.get("object_nouns_for") or {}).items()
        },
    )


def _title_re(titles: tuple[str, ...], modifiers: frozenset[str]) -> re.Pattern[str]:
    """A title phrase: titles and modifiers joined by spaces, commas, hyphens and 'and'."""
    words = sorted({re.escape(t) for t in titles} | {re.escape(m) for m in modifiers}, key=len, reverse=True)
    unit = r"(?:" + "|".join(words) + r")"
    return re.compile(r"(?i)^\s*" + unit + r"(?:[\s,\-]+" + unit + r")*\s*$")


def _alternation(words: frozenset[str]) -> str:
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True))


def _tie_patterns(path: Path, data: Mapping[str, Any]) -> tuple[TiePattern, ...]:
    """The `tie_patterns` entries compiled, each `{unit}`/`{parent}`/... reference replaced by the
    alternation of that word list (unit_nouns, parent_nouns, ...) from the same lexicon."""
    fills = {
        name: _alternation(_words(data, key))
        for name, key in (
            ("unit", "unit_nouns"),
            ("parent", "parent_nouns"),
            ("affiliate", "affiliate_nouns"),
            ("investor", "investor_nouns"),
            ("funding", "funding_nouns"),
        )
    }

    def compile_(raw: object, *, whole: bool) -> re.Pattern[str] | None:
        if raw is None:
            return None
        text = str(raw)
        for name, alt in fills.items():
            text = text.replace("{" + name + "}", alt)
        try:
            return re.compile(r"(?i)(?:" + text + r")" + (r"\Z" if whole else ""))
        except re.error as e:
            raise InputError(
                f"{path}: tie pattern {raw!r} is not a valid regex ({e}); fix the lexicon"
            ) from e

    out: list[TiePattern] = []
    for entry in data.get("tie_patterns") or ():
        if (
            not isinstance(entry, dict)
            or entry.get("subject") not in {"first", "second"}
            or "gap" not in entry
            or entry.get("predicate") not in _TIE_PREDICATES
        ):
            raise InputError(
                f"{path}: tie pattern {entry!r} needs `predicate` ({', '.join(sorted(_TIE_PREDICATES))}),"
                " `subject` (first|second) and `gap`; fix the lexicon"
            )
        gap = compile_(entry["gap"], whole=True)
        assert gap is not None
        out.append(
            TiePattern(
                predicate=str(entry["predicate"]),
                subject_first=entry["subject"] == "first",
                gap=gap,
                head=compile_(str(entry["head"]) + r"\Z" if "head" in entry else None, whole=False),
                tail=compile_(entry.get("tail"), whole=False),
            )
        )
    return tuple(out)


def _list_headings(data: Mapping[str, Any]) -> dict[str, tuple[str, str]]:
    """Heading words -> (predicate, role) for lists under a heading line."""
    out: dict[str, tuple[str, str]] = {}
    for pred, entries in (data.get("list_headings") or {}).items():
        for heading, role in (entries or {}).items():
            out[str(heading).lower()] = (str(pred), str(role or ""))
    return out


@functools.lru_cache(maxsize=4)
def load_lexicon(path: Path = DEFAULT_PATH) -> Lexicon:
    """The lexicon file at `path`; InputError naming the file when it is missing or malformed."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise InputError(
            f"{path}: cannot read the extractor lexicon ({e}); restore it from the repository"
        ) from e
    if not isinstance(data, dict) or data.get("version") != 1:
        raise InputError(f"{path}: the extractor lexicon must be a mapping with `version: 1`")
    titles = _tuple(data, "titles")
    modifiers = _words(data, "title_modifiers")
    return Lexicon(
        event_heads=_words(data, "event_heads"),
        event_generic=_words(data, "event_generic"),
        event_own_heads=_words(data, "event_own_heads"),
        event_own_heads_lower=_words(data, "event_own_heads_lower"),
        org_nouns=_words(data, "org_nouns"),
        sector_nouns={str(k).lower(): tuple(v) for k, v in (data.get("sector_nouns") or {}).items()},
        titles=titles,
        political_titles=_words(data, "political_titles"),
        title_modifiers=modifiers,
        event_triggers={str(k): _triggers(v) for k, v in (data.get("event_triggers") or {}).items()},
        sponsor_roles=_tuple(data, "sponsor_roles"),
        unit_nouns=_words(data, "unit_nouns"),
        unit_name_words=_words(data, "unit_name_words"),
        name_suffix_words=_words(data, "name_suffix_words"),
        company_head_words=_words(data, "company_head_words"),
        world_regions=_tuple(data, "world_regions"),
        parent_nouns=_words(data, "parent_nouns"),
        affiliate_nouns=_words(data, "affiliate_nouns"),
        invest_verbs=_words(data, "invest_verbs"),
        investor_nouns=_words(data, "investor_nouns"),
        funding_nouns=_words(data, "funding_nouns"),
        product_heads=_words(data, "product_heads"),
        launch_verbs=_words(data, "launch_verbs"),
        developer_nouns=_words(data, "developer_nouns"),
        sanction_strong=_tuple(data, "sanction_strong"),
        sanction_weak=_tuple(data, "sanction_weak"),
        sanction_lists={str(k).lower(): str(v) for k, v in (data.get("sanction_lists") or {}).items()},
        agency_words=_words(data, "agency_words"),
        not_entities=_words(data, "not_entities"),
        common_surnames=_words(data, "common_surnames"),
        caption_markers=_tuple(data, "caption_markers"),
        quantity_nouns={str(k).lower(): str(v) for k, v in (data.get("quantity_nouns") or {}).items()},
        qualifiers=_tuple(data, "qualifiers"),
        quantity_cues=_quantity_cues(data),
        known_products=_words(data, "known_products"),
        title_re=_title_re(titles, modifiers),
        tie_patterns=_tie_patterns(path, data),
        speech_verbs=_words(data, "speech_verbs"),
        presence_verbs=_words(data, "presence_verbs"),
        list_headings=_list_headings(data),
    )


_Lex = TypeVar("_Lex")
_Prepared = TypeVar("_Prepared")


def per_lexicon(prepare: Callable[[_Lex], _Prepared]) -> Callable[[_Lex], _Prepared]:
    """`prepare(lex)` computed once per lexicon object (a `Lexicon`, a product lexicon): the rules ask
    for compiled patterns and word sets per line or sentence. Keyed by identity, and the lexicon is
    kept with its value, so a new lexicon at a reused address is never served another's."""
    cache: dict[int, tuple[_Lex, _Prepared]] = {}

    @functools.wraps(prepare)
    def prepared(lex: _Lex) -> _Prepared:
        hit = cache.get(id(lex))
        if hit is not None and hit[0] is lex:
            return hit[1]
        value = prepare(lex)
        cache[id(lex)] = (lex, value)
        return value

    return prepared


@per_lexicon
def title_words(lex: Lexicon) -> frozenset[str]:
    """Every single word of the lexicon's job titles ('chief', 'executive', 'co-founder', 'of')."""
    return frozenset(w for title in lex.titles for w in title.split())


@per_lexicon
def title_phrase_pieces(lex: Lexicon) -> frozenset[str]:
    """The pieces, between the joins `title_re` allows (spaces, commas, hyphens), of every title and
    title modifier: a word made of anything else cannot be inside a title phrase."""
    return frozenset(
        piece
        for unit in (*lex.titles, *lex.title_modifiers)
        for piece in re.split(r"[\s,\-]+", unit.lower())
        if piece
    )

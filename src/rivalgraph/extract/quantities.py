"""Quantities: counts with their qualifiers ('more than 400 enterprises', 'at least 30 of which').

Readings, each a function over one sentence:
- `_edition_counts`: a number before a counted noun about the edition the sentence is about
  ('more than 1,500 exhibitors from 30 countries', 'the event's 10 "strategic partners"', label lines
  'Visitors: more than 215,000'); companies are exhibitors, partners or participants by the words of
  their clause; a nationality before or after the noun makes 'chinese_exhibitors'. With it
  `_earlier` ('up from 1,200 last year': an earlier edition the text names), `_of_which`
  ('at least 30 of which develop their own LLMs'), `_sole` ('the only US sponsor') and
  `_edition_facts` ('the sixth edition', '52,000 square metres');
- `_money`: an amount of money, named by the word that governs it ('valued at', 'raised', 'invest',
  'wiped ... off its market value', 'trained for', 'deals worth', 'a share') and given to the
  organization, product or edition it is about; the currency is the measure's suffix;
- `_object_counts`: counts about a product or company ('45 million users', '100 billion parameters',
  'up to 200,000 Chinese characters');
- `_stakes`: ownership percentages ('a 49 per cent stake in Scale AI', 'Employees hold about 20 per
  cent') and `_change`: changes in sales ('iPhone sales fell 24 per cent').
The words are in the `quantity_nouns`, `qualifiers` and `quantity_cues` sections of
data/lexicons/extract.yaml.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml
from spacy.tokens import Span, Token

from rivalgraph.errors import InputError
from rivalgraph.extract.events import EventModel
from rivalgraph.extract.lexicon import Lexicon
from rivalgraph.extract.state import DocState
from rivalgraph.extract.vocab import NUMBER_WORDS, ORDINAL_WORDS
from rivalgraph.model import Evidence, Quantity
from rivalgraph.settings import PACKAGE_DATA

__all__ = ["MeasureWords", "find_quantities", "load_measure_words"]

MEASURES_PATH = PACKAGE_DATA / "lexicons" / "quantities.yaml"

_EXTRA_WORDS = {
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "a dozen": 12,
    "a hundred": 100,
    "a thousand": 1000,
}
_WORDS = {**NUMBER_WORDS, **_EXTRA_WORDS, "sole": 1, "only": 1}
_SCALES = {
    "thousand": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
}
_CURRENCY = {
    "us$": "usd",
    "$": "usd",
    "usd": "usd",
    "dollar": "usd",
    "dollars": "usd",
    "€": "eur",
    "eur": "eur",
    "euro": "eur",
    "euros": "eur",
    "£": "gbp",
    "pound": "gbp",
    "pounds": "gbp",
    "¥": "cny",
    "rmb": "cny",
    "cny": "cny",
    "yuan": "cny",
    "renminbi": "cny",
    "hk$": "hkd",
    "yen": "jpy",
}
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORD_NUM = "|".join(sorted(map(re.escape, [*NUMBER_WORDS, *_EXTRA_WORDS]), key=len, reverse=True))
# a sentence without a digit, a number word or 'sole/only' holds no quantity: skip it before the patterns
# (the word tests run on lower-cased text without IGNORECASE: much faster on long alternations)
_ANY_NUMBER = re.compile(r"\d|\b(?:" + _WORD_NUM + r"|sole|only|lone|" + "|".join(ORDINAL_WORDS) + r")\b")
_DIGIT = re.compile(r"\d")
# cheap tests that tell a sentence cannot hold an amount of money or a percentage
_MONEY_HINT = re.compile(r"[$€£¥]|euro|dollars|yuan|renminbi|pounds|yen\b|rmb|usd|eur")
# function words that end the modifiers between a number and its noun ('1,500 AI products')
_STOP = (
    r"(?:of|the|and|or|in|from|to|for|with|by|on|at|than|a|an|this|that|which|are|were|is|was|have|has|had)"
)


@dataclass(frozen=True, slots=True)
class _Patterns:
    count: re.Pattern[str]
    which: re.Pattern[str]
    sole: re.Pattern[str]
    money: re.Pattern[str]
    objects: re.Pattern[str]
    percent: re.Pattern[str]
    edition: re.Pattern[str]
    area: re.Pattern[str]
    count_hint: re.Pattern[str]
    label: re.Pattern[str]
    object_hint: re.Pattern[str]
    earlier: re.Pattern[str]
    exhibit_ctx: re.Pattern[str]
    partner_ctx: re.Pattern[str]
    participate_ctx: re.Pattern[str]
    attend_ctx: re.Pattern[str]
    display_ctx: re.Pattern[str]
    firm_nouns: frozenset[str]
    event_only: frozenset[str]
    listing: re.Pattern[str]
    of_them_in: re.Pattern[str]


_CACHE: dict[int, tuple[Lexicon, _Patterns]] = {}


@dataclass(frozen=True, slots=True)
class MeasureWords:
    """The words of data/lexicons/quantities.yaml: how a measure is named from the words around it."""

    listing_verbs: frozenset[str]
    listing_nouns: Mapping[str, str]
    funding_kinds: tuple[tuple[str, str], ...]
    market_value_words: tuple[str, ...]
    deal_nouns: frozenset[str]
    edition_history_before: frozenset[str]
    edition_history_after: frozenset[str]
    space_words: tuple[str, ...]
    people_measures: tuple[tuple[str, str], ...]
    participant_nouns: tuple[str, ...]


@functools.cache
def load_measure_words(path: Path = MEASURES_PATH) -> MeasureWords:
    """The measure-naming words at `path`; InputError naming the file when it is missing or malformed."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise InputError(
            f"{path}: cannot read the quantity measure words ({e}); restore it from the repository"
        ) from e
    if not isinstance(data, dict) or data.get("version") != 1:
        raise InputError(f"{path}: the quantity measure words must be a mapping with `version: 1`")

    def words(key: str) -> tuple[str, ...]:
        raw = data.get(key)
        if not isinstance(raw, list):
            raise InputError(f"{path}: `{key}` must be a list of words; restore it from the repository")
        return tuple(str(w).lower() for w in raw)

    def pairs(key: str) -> tuple[tuple[str, str], ...]:
        raw = data.get(key)
        if not isinstance(raw, dict):
            raise InputError(f"{path}: `{key}` must map words to measures; restore it from the repository")
        return tuple((str(k).lower(), str(v)) for k, v in raw.items())

    return MeasureWords(
        listing_verbs=frozenset(words("listing_verbs")),
        listing_nouns=dict(pairs("listing_nouns")),
        funding_kinds=pairs("funding_kinds"),
        market_value_words=words("market_value_words"),
        deal_nouns=frozenset(words("deal_nouns")),
        edition_history_before=frozenset(words("edition_history_before")),
        edition_history_after=frozenset(words("edition_history_after")),
        space_words=words("space_words"),
        people_measures=pairs("people_measures"),
        participant_nouns=words("participant_nouns"),
    )


def _alts(words: object) -> str:
    return "|".join(sorted((re.escape(str(w)) for w in words), key=len, reverse=True))  # type: ignore[attr-defined]


def _patterns(lex: Lexicon) -> _Patterns:
    hit = _CACHE.get(id(lex))
    if hit is not None and hit[0] is lex:
        return hit[1]
    cues = lex.quantity_cues
    qual = r"(?:\b(?P<q>" + _alts(lex.qualifiers) + r")\s+)?"
    num = (
        r"(?<![\w.,$€£¥-])(?P<n>(?:"
        + _NUM
        + r")(?:\s+(?:thousand|million|billion|trillion))?|"
        + _WORD_NUM
        + r")"
    )
    words = load_measure_words()
    nouns = _alts(
        [
            *lex.quantity_nouns,
            *cues.get("exhibit_nouns", {}),
            *cues.get("attend_nouns", {}),
            *words.participant_nouns,
        ]
    )
    mods = r"(?P<mods>(?:[\"“”]?(?!(?:" + _STOP + r")(?![\w'’-])|\d)[\w'’-]+[\"“”]?\s+){0,3}?)"
    count = re.compile(qual + num + r"\s+" + mods + r"[\"“”]?(?P<noun>" + nouns + r")(?![\w-])", re.I)
    which = re.compile(
        qual
        + r"(?P<n>"
        + _NUM
        + r"|"
        + _WORD_NUM
        + r")\s+of\s+(?:which|them|these|those)\s+(?P<what>[^,;.]{2,80})",
        re.I,
    )
    sole = re.compile(
        r"\b(?:the\s+)?(?:sole|only|lone)\s+(?:(?P<adj>[A-Z][\w.]*)\s+)?(?P<noun>"
        + _alts(cues.get("sole_nouns", {}))
        + r")\b(?P<rest>(?:\s+(?:headquartered|based)\s+in\s+(?:the\s+)?"
        r"(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?))?)",
    )
    money = re.compile(
        qual + r"(?:(?P<cur1>US\$|HK\$|\$|€|£|¥|RMB\s?|USD\s?|EUR\s?)(?P<n1>" + _NUM + r")"
        r"(?:\s*(?P<s1>thousand|million|billion|trillion|bn|mn|m|b)\b)?"
        r"|(?P<n2>" + _NUM + r")\s*(?P<s2>thousand|million|billion|trillion|bn)?\s*"
        r"(?P<cur2>euros?|dollars|yuan|renminbi|pounds|yen)\b)",
        re.I,
    )
    objects = re.compile(
        qual
        + r"(?<![\w.,$€£¥-])(?P<n>(?:"
        + _NUM
        + r"|"
        + _WORD_NUM
        + r")(?:\s+(?:thousand|million|billion|trillion))?)\s+"
        + mods
        + r"(?P<noun>"
        + _alts(cues.get("object_nouns", {}))
        + r")\b",
        re.I,
    )
    percent = re.compile(qual + r"(?P<n>" + _NUM + r")\s*(?:per\s*cent|percent|%)", re.I)
    edition = re.compile(
        r"\b(?:(?:the|its|this\s+year's|this\s+year’s)\s+(?P<o>\d+(?:st|nd|rd|th)|"
        + "|".join(ORDINAL_WORDS)
        + r")\s+"
        r"(?:edition|annual|instalment|installment)(?!\s+of\s+(?!(?:[\w'’-]+\s+){0,3}?(?:"
        + _alts(lex.event_generic)
        + r")\b))|in\s+its\s+(?P<y>\d+(?:st|nd|rd|th)|"
        + "|".join(ORDINAL_WORDS)
        + r")\s+year)\b",
        re.I,
    )
    area = re.compile(
        qual + r"(?P<n>" + _NUM + r")\s*(?:square\s+met(?:re|er)s|sq(?:uare)?\.?\s*m\b|sqm\b)", re.I
    )

    earlier = re.compile(
        r"[^,;.]{0,40}?,?\s+(?P<w>(?:up|down|rising|falling|compared)\s+(?:from|with))\s+"
        + qual
        + r"(?P<n>"
        + _NUM
        + r")(?:\s+[\w-]+)?\s+(?:last\s+year|a\s+year\s+(?:earlier|ago|before)"
        r"|(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}?(?P<y>(?:19|20)\d\d)\b)",
        re.I,
    )

    listing = re.compile(
        r"\b(?:"
        + _alts(f for v in words.listing_verbs for f in _verb_forms(v))
        + r")\s+"
        + qual
        + num
        + r"\s+"
        + mods
        + r"(?P<noun>"
        + _alts(words.listing_nouns)
        + r")(?![\w-])"
        r"(?P<rest>[^.;]{0,160}?)\b(?:to|on|onto)\s+(?:its|the|their|a|an)\s+(?:[\w'’-]+\s+){0,4}?list\b",
        re.I,
    )
    of_them_in = re.compile(
        r"[^.;]{0,80}?,\s*" + qual + r"(?P<n>" + _NUM + r"|" + _WORD_NUM + r")\s+of\s+(?:them|which|those)\s+"
        r"(?:are\s+|were\s+)?(?:in|from|based\s+in)\s+(?:the\s+)?(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)"
    )

    def ctx(key: str) -> re.Pattern[str]:
        return re.compile(r"(?<![\w-])(?:" + _alts(cues.get(key, {})) + r")(?![\w-])")

    pats = _Patterns(
        count,
        which,
        sole,
        money,
        objects,
        percent,
        edition,
        area,
        re.compile(r"(?<![\w-])(?:" + nouns + r")(?![\w-])"),
        re.compile(r"^\s*(?P<noun>" + nouns + r")\s*:\s+" + qual + num + r"(?![\w,.])", re.I),
        re.compile(r"\b(?:" + _alts(cues.get("object_nouns", {})) + r")\b"),
        earlier,
        ctx("exhibit_context"),
        ctx("partner_context"),
        ctx("participate_context"),
        ctx("attend_context"),
        ctx("display_context"),
        frozenset(n for n, m in lex.quantity_nouns.items() if m == "participating_enterprises"),
        frozenset(cues.get("event_only_measures", {})),
        listing,
        of_them_in,
    )
    _CACHE[id(lex)] = (lex, pats)
    return pats


@functools.cache
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + _alts(phrases) + r")(?![\w-])")


def _any_phrase(phrases: tuple[str, ...], low: str) -> bool:
    """Whether lower-case `low` holds one of the phrases as whole words."""
    return _phrase_pattern(phrases).search(low) is not None


def _verb_forms(verb: str) -> tuple[str, ...]:
    """'add' -> add, adds, added, adding; 'place' -> placed, placing; 'put' -> puts, putting."""
    if verb.endswith("e"):
        return (verb, verb + "s", verb + "d", verb[:-1] + "ing")
    if len(verb) <= 3 and verb[-1] not in "aeiouwy" and verb[-2] in "aeiou":
        return (verb, verb + "s", verb + verb[-1] + "ing")
    return (verb, verb + "s", verb + "ed", verb + "ing")


def _number(text: str) -> int | float | None:
    t = text.replace(",", "").lower().strip()
    if t in _WORDS:
        return _WORDS[t]
    scale = 1.0
    parts = t.split()
    if len(parts) == 2 and parts[1] in _SCALES:
        t, scale = parts[0], _SCALES[parts[1]]
        t = str(_WORDS.get(t, t))
    try:
        v = float(t) * scale
    except ValueError:
        return None
    v = round(v, 6)
    return int(v) if v.is_integer() else v


class _Sink:
    """Quantities found so far, one per (subject, measure, value)."""

    def __init__(self, state: DocState) -> None:
        self.state = state
        self.out: dict[tuple[str, str, float], Quantity] = {}

    def add(
        self,
        sent: Span,
        subject: str | None,
        measure: str,
        value: float | None,
        qual: str | None,
        span: tuple[int, int],
    ) -> None:
        if not subject or not measure or value is None:
            return
        start = sent.start_char + span[0]
        end = sent.start_char + span[1]
        q = Quantity(
            subject=subject,
            measure=measure,
            value=value,
            qualifier=(qual or "").lower() or None,
            evidence=Evidence(start, end, self.state.text[start:end]),
        )
        self.out.setdefault((subject, measure, float(value)), q)


def find_quantities(state: DocState, events: EventModel) -> list[Quantity]:
    """Counts about the edition a sentence is about; amounts and counts about organizations and products."""
    pats = _patterns(state.lex)
    sink = _Sink(state)
    ids: dict[tuple[str, int | None], str] = {}
    for si, sent in enumerate(state.sents):
        text = state.sent_texts[si]
        low = text.lower()
        if not _ANY_NUMBER.search(low):
            continue
        eds = events.sent_editions[si]
        subject: str | None = None
        if eds:
            # a sentence about several editions ('up from 3,200 at CES 2023'): the one the article is about;
            # a caption keeps its own
            ed = eds[0] if state.caption[si] else _main_edition(events, eds, pats, text)
            subject = ids.get(ed) or ids.setdefault(ed, events.edition_id(ed))
            found = _edition_counts(state, pats, si, sent, text, subject, sink, years=(events, ed))
            _earlier(state, events, ed, pats, sent, text, found, sink)
            _of_which(state, pats, sent, text, subject, found, sink)
            _sole(state, pats, sent, text, subject, sink)
            _edition_facts(pats, sent, text, subject, sink, main=ed == events.default, year=ed[1])
        elif events.default is not None and not state.caption[si]:
            # 'EXPECTED: 25,000 in-person attendees, nearly 400 exhibitors': counts only an event has
            main = ids.get(events.default) or ids.setdefault(
                events.default, events.edition_id(events.default)
            )
            _edition_counts(state, pats, si, sent, text, main, sink, pats.event_only)
        _object_counts(state, pats, si, sent, text, sink)
        if "list" in low:
            _listings(state, pats, si, sent, text, sink)
        if _DIGIT.search(text):
            _money(state, pats, si, sent, text, sink, subject)
            _stakes(state, pats, si, sent, text, sink)
    return list(sink.out.values())


# ---------------------------------------------------------------- editions
def _nationality(state: DocState, word: str) -> str | None:
    """'US'/'American' -> 'us', 'Chinese'/'China' -> 'chinese': the prefix of a nationality measure."""
    w = word.strip().strip(".")
    if not w or not w[0].isupper():
        return None
    code = state.kb.country_of_adjective(w)
    if code is None:
        place = state.kb.lookup_place(w)
        code = place.country if place is not None and place.kind.value == "country" else None
    if code is None:
        return None
    if code == "US":
        return "us"
    adjs = state.kb.country_place(code).adjectives
    return adjs[0].lower().replace(" ", "_") if adjs else None


def _edition_counts(
    state: DocState,
    pats: _Patterns,
    si: int,
    sent: Span,
    text: str,
    subject: str,
    sink: _Sink,
    only: frozenset[str] | None = None,
    years: tuple[EventModel, tuple[str, int | None]] | None = None,
) -> list[tuple[int, str]]:
    """'more than 1,500 exhibitors', 'the event's 10 "strategic partners"': (end offset, measure) of each.
    `only`: the measures to keep (a sentence that names no edition: counts only events have);
    `years`: the editions and the one the sentence is about, for a count whose clause names another year
    ('about 1,000 Chinese firms took part in 2020, and 210 joined in 2021')."""
    lex = state.lex
    mw = load_measure_words()
    exhibit_nouns: Mapping[str, str] = lex.quantity_cues.get("exhibit_nouns", {})
    firm = pats.firm_nouns
    found: list[tuple[int, str]] = []
    if not pats.count_hint.search(text.lower()):
        return found
    label = pats.label.match(text)
    for m in (*pats.count.finditer(text), *((label,) if label is not None else ())):
        value = _number(m.group("n"))
        if value is None or (1900 <= value <= 2100 and m.group("n").isdigit()):
            continue
        if not m.group("q") and re.search(r"\S\s+[A-Z][\w-]*\s+$", text[max(0, m.start() - 40) : m.start()]):
            continue  # a number inside a name: 'the Fortune Global 500 firms'
        noun = m.group("noun").lower()
        mods_text = m.groupdict().get("mods") or ""
        words = [w.strip('"“”').lower() for w in mods_text.split()]
        raw_mods = [w.strip('"“”') for w in mods_text.split()]
        nat = next((p for w in raw_mods if (p := _nationality(state, w))), None)
        # the clause around the count: from the last comma or semicolon before it to the next one
        left = max(text.rfind(",", 0, m.start()), text.rfind(";", 0, m.start())) + 1
        right = min(
            (i for i in (text.find(",", m.end()), text.find(";", m.end())) if i >= 0), default=len(text)
        )
        clause = text[left:right]
        attend_nouns: Mapping[str, str] = lex.quantity_cues.get("attend_nouns", {})
        stated = False
        if noun in exhibit_nouns:
            if not pats.exhibit_ctx.search(text.lower()) and not pats.display_ctx.search(text.lower()):
                continue
            measure = exhibit_nouns[noun]
        elif noun in attend_nouns or noun in mw.participant_nouns:
            # 'some 30,000 people are expected to attend', 'About 13,000 people took part', 'bringing
            # together more than 1,200 business leaders and experts': by what the clause says they did
            cl = clause.lower()
            did = next((meas for w, meas in mw.people_measures if _any_phrase((w,), cl)), None)
            if did is None and not pats.attend_ctx.search(cl):
                continue
            measure = did or attend_nouns.get(noun, "participants")
        elif noun in firm:
            # companies counted by what they do at the event: in their clause, else anywhere in the sentence
            measure = "participating_enterprises"
            for where in (clause.lower(), text.lower()):
                if pats.participate_ctx.search(where):
                    stated = True
                    break
                if pats.partner_ctx.search(where) and ("partner" in where or "sponsor" in where):
                    measure = "strategic_partners" if "strategic partner" in where.lower() else "partners"
                    break
                if pats.exhibit_ctx.search(where) or _any_phrase(mw.space_words, where):
                    measure = "exhibitors"
                    break
            if nat is not None:
                # '604 Chinese firms booked space', 'about 1,000 Chinese firms took part': a national group
                low_text = text.lower()
                shows = (
                    measure == "exhibitors"
                    or _any_phrase(mw.space_words, low_text)
                    or re.search(r"\bexhibit(?:ors?|ion)\b", low_text) is not None
                )
                measure = "exhibitors" if shows else f"{nat}_participating_enterprises"
        else:
            measure = lex.quantity_nouns[noun]
        if measure == "partners" and "strategic" in words:
            measure = "strategic_partners"
        if (
            measure == "participating_countries"
            and not re.search(r"\bfrom\s+$", text[max(0, m.start() - 8) : m.start()])
            and not pats.participate_ctx.search(clause.lower())
        ):
            continue  # countries that take part
        if (
            measure == "startups"
            and found
            and re.search(r"\b(?:including|among them)\s+$", text[left : m.start()])
        ):
            measure = "startup_exhibitors"  # 'more than 4,000 exhibitors, including 1,200 start-ups'
        modifier = next(
            (
                lex.quantity_cues["measure_modifiers"][w]
                for w in words
                if w in lex.quantity_cues.get("measure_modifiers", {})
            ),
            None,
        )
        if modifier is not None:
            measure = f"{modifier}_{measure}"
        if measure in {"exhibitors", "sponsors", "partners", "startup_exhibitors"}:
            if nat is None:
                nat = _from_country(state, sent, text, m.end())
            if nat is not None:
                measure = f"{nat}_{measure}"
        if measure == "participating_enterprises" and only is not None and not stated:
            continue  # no edition named and nothing says the companies take part
        if only is not None and measure not in only:
            continue
        found.append((m.end(), measure))
        sink.add(
            sent,
            _clause_edition(text, m, clause, left, years) or subject,
            measure,
            value,
            m.group("q"),
            m.span(),
        )
    return found


def _clause_edition(
    text: str,
    m: re.Match[str],
    clause: str,
    left: int,
    years: tuple[EventModel, tuple[str, int | None]] | None,
) -> str | None:
    """The edition of another year the count's own clause names right after it ('about 1,000 Chinese firms
    took part in 2020'), when no other number comes between ('4,000 exhibitors against 3,000 in 2023' is
    a comparison)."""
    if years is None:
        return None
    events, ed = years
    after = clause[m.end() - left :]
    y = re.search(r"\b(?:in|at\s+the)\s+((?:19|20)\d\d)\b", after)
    if y is None or _DIGIT.search(after[: y.start()]):
        return None
    year = int(y.group(1))
    other = (ed[0], year)
    if year == ed[1] or other not in events.editions:
        return None
    return events.edition_id(other)


def _from_country(state: DocState, sent: Span, text: str, end: int) -> str | None:
    """'1,115 exhibitors registered from China', 'exhibitors headquartered in China': the nationality of
    the country named right after the noun."""
    after = re.match(
        r"\s+(?:[\w-]+\s+){0,2}?(?:from|(?:headquartered|based)\s+in)\s+(?:the\s+)?"
        r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?!\s+and\b)",
        text[end:],
    )
    if after is None:
        return None
    return _nationality(state, after.group(1))


# The part every `earlier` match contains: its comparison words.
_COMPARISON = re.compile(r"(?:up|down|rising|falling|compared)\s+(?:from|with)", re.I)


def _main_edition(
    events: EventModel, eds: list[tuple[str, int | None]], pats: _Patterns, text: str
) -> tuple[str, int | None]:
    """The edition a sentence's counts are about: of several, the one the article is about; not the
    earlier edition a comparison names ('4,000 exhibitors, up from 3,200 at CES 2023')."""
    default = events.default
    if default is None or eds[0] == default:
        return eds[0]
    if len(eds) > 1 and default in eds:
        return default
    # the comparison's verb gates the slow scan (the pattern's lazy lead-in restarts at every position)
    m = pats.earlier.search(text) if _COMPARISON.search(text) else None
    if m is not None and m.group("y") and eds[0][0] == default[0] and eds[0][1] == int(m.group("y")):
        return default
    if eds[0][0] == default[0] and eds[0][1] is not None and len(eds) == 1:
        # '3,000 companies signed up, up from the first edition in 2018', 'up 104% on the 2022 show': the
        # earlier edition is only compared with
        near = re.search(
            r"\b(?:(?:up|down)\s+(?:from|on|[\d.]+\s*(?:%|per\s*cent|percent)\s+on)|compared\s+(?:with|to)|than"
            r"|since)\b[^,;.]{0,40}?\b" + str(eds[0][1]) + r"\b",
            text,
        )
        if near is not None:
            return default
    return eds[0]


def _earlier(
    state: DocState,
    events: EventModel,
    ed: tuple[str, int | None],
    pats: _Patterns,
    sent: Span,
    text: str,
    found: list[tuple[int, str]],
    sink: _Sink,
) -> None:
    """'1,500 exhibitors, up from 1,200 last year' / 'compared with 900 in 2022': the same count of an
    earlier edition the document also names."""
    if ed[1] is None:
        return
    for i, (end, measure) in enumerate(found):
        if measure == "participating_countries":
            continue
        # '101,000 visitors from 205 countries, up from 88,500': the comparison is of the visitors
        nxt = found[i + 1] if i + 1 < len(found) else None
        start = (
            nxt[0] if nxt is not None and nxt[1] == "participating_countries" and nxt[0] - end < 60 else end
        )
        m = pats.earlier.match(text, start)
        if m is None:
            continue
        year = int(m.group("y")) if m.group("y") else ed[1] - 1
        if (ed[0], year) not in events.editions or year == ed[1]:
            continue
        span = (m.start("w"), m.end())
        sink.add(sent, events.edition_id((ed[0], year)), measure, _number(m.group("n")), m.group("q"), span)


def _of_which(
    state: DocState,
    pats: _Patterns,
    sent: Span,
    text: str,
    subject: str,
    found: list[tuple[int, str]],
    sink: _Sink,
) -> None:
    """'at least 30 of which develop their own large language models', '1,100 of them from China'."""
    phrases: Mapping[str, str] = state.lex.quantity_cues.get("of_which", {})
    if (
        " of which" not in text
        and " of them" not in text
        and " of these" not in text
        and " of those" not in text
    ):
        return
    for m in pats.which.finditer(text):
        value = _number(m.group("n"))
        what = m.group("what").lower()
        measure = next((meas for ph, meas in phrases.items() if ph in what), None)
        if measure is None:
            before = [f for f in found if f[0] <= m.start()]
            nat_word = re.match(
                r"(?:are\s+|were\s+)?(?:from\s+(?:the\s+)?)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)", m.group("what")
            )
            nat = _nationality(state, nat_word.group(1)) if nat_word else None
            if not before or nat is None:
                continue
            measure = f"{nat}_{before[-1][1]}"
        sink.add(sent, subject, measure, value, m.group("q"), m.span())


def _sole(state: DocState, pats: _Patterns, sent: Span, text: str, subject: str, sink: _Sink) -> None:
    """'the sole US sponsor', 'the only American company among the sponsors', 'the only sponsor based in
    the US'."""
    nouns: Mapping[str, str] = state.lex.quantity_cues.get("sole_nouns", {})
    if "only" not in text and "sole" not in text and "lone" not in text:
        return
    for m in pats.sole.finditer(text):
        nat = None
        if m.group("adj"):
            nat = _nationality(state, m.group("adj"))
        if nat is None and m.group("place"):
            nat = _nationality(state, m.group("place"))
        if nat is None:
            continue
        measure = nouns.get(m.group("noun").lower())
        if measure is None:
            continue
        sink.add(sent, subject, f"{nat}_{measure}", 1, None, m.span())


def _edition_facts(
    pats: _Patterns, sent: Span, text: str, subject: str, sink: _Sink, *, main: bool, year: int | None
) -> None:
    """'the sixth edition', 'now in its 25th year', 'over 52,000 square metres'.
    Edition numbers only of the edition the article is about, not of one the text places before it
    ('since its first edition', 'the first edition was held in 2018', 'the second edition last November')."""
    low = text.lower()
    words = load_measure_words()
    for m in pats.edition.finditer(text) if main and ("edition" in low or "year" in low) else ():
        before = re.search(r"([\w'’]+)\W*$", text[: m.start()])
        if before is not None and before.group(1).lower() in words.edition_history_before:
            continue
        after = re.match(
            r"\s+(?:of\s+(?:the\s+|this\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?)?(?:held\s+)?(?P<w>[\w'’]+)(?:\s+(?P<y>(?:19|20)\d\d)\b)?",
            text[m.end() :],
        )
        if after is not None and after.group("w").lower() in words.edition_history_after:
            y = int(after.group("y")) if after.group("y") else None
            if y != year and (y is not None or after.group("w").lower() != "in"):
                continue  # 'in 2018' of another year; 'in Suzhou' says nothing
        o = (m.group("o") or m.group("y")).lower()
        value = ORDINAL_WORDS.get(o) or (int(o[:-2]) if o[:-2].isdigit() else None)
        sink.add(sent, subject, "edition_number", value, None, m.span())
    for m in pats.area.finditer(text) if "sq" in text else ():
        sink.add(sent, subject, "exhibition_area_sqm", _number(m.group("n")), m.group("q"), m.span())


# ---------------------------------------------------------------- organizations and products
def _listings(state: DocState, pats: _Patterns, si: int, sent: Span, text: str, sink: _Sink) -> None:
    """'added 27 entities to its Entity List' -> entities_added of the agency that adds them; '..., more
    than 50 of them in China' -> chinese_entities_added; 'added 38 subsidiaries of Huawei' ->
    subsidiaries_added of Huawei."""
    nouns = load_measure_words().listing_nouns
    for m in pats.listing.finditer(text):
        value = _number(m.group("n"))
        noun_tok = _token_at(state, sent, m.start("noun"))
        if value is None or noun_tok is None:
            continue
        measure = nouns[m.group("noun").lower()]
        subject: str | None = None
        if measure != "entities_added":
            # whose units: 'of Huawei' on the noun
            of = next((c for c in noun_tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            subject = _keys(state, _child(of, {"pobj"}), ("ORG",)) if of is not None else None
        else:
            verb = _verb_of(noun_tok)
            subject = _subject_of(state, verb, ("ORG", "GPE")) or _agency_before(state, noun_tok.i)
        sink.add(
            sent,
            subject,
            measure,
            value,
            m.group("q"),
            (m.start("q") if m.group("q") else m.start("n"), m.end("noun")),
        )
        share = pats.of_them_in.match(text, m.end())
        nat = _nationality(state, share.group("place")) if share is not None else None
        if share is not None and nat is not None:
            start = share.start("q") if share.group("q") else share.start("n")
            sink.add(
                sent,
                subject,
                f"{nat}_{measure}",
                _number(share.group("n")),
                share.group("q"),
                (start, share.end("place")),
            )


def _agency_before(state: DocState, pos: int) -> str | None:
    """The government body named last before token `pos` ('The final rule ... adds 37 entities': the
    bureau the article named)."""
    agency = state.lex.agency_words
    for m in reversed(state.mentions):
        if m.end > pos or m.label != "ORG":
            continue
        acc = state.entities.get(m.key)
        if acc is not None and any(w in agency for n in acc.names if n for w in n.lower().split()):
            return m.key
    return None


def _token_at(state: DocState, sent: Span, char: int) -> Token | None:
    pos = sent.start_char + char
    for t in state.sent_toks[state.tok_sent[sent.start]]:
        if t.idx <= pos < t.idx + len(t.text):
            return t
    return None


def _chain(tok: Token, depth: int = 5) -> Iterator[Token]:
    """The token and its heads up to the first verb, and the nouns that verb governs as subject or
    object ('doubles its commitment ... to $8 billion')."""
    t = tok
    for _ in range(depth):
        yield t
        if t.lower_ == "worth":
            # 'deals worth $22 billion' parsed as a clause: the noun is the subject of 'worth'
            yield from (c for c in t.children if c.dep_ == "nsubj")
        if t.pos_ in {"VERB", "AUX"}:
            for c in t.children:
                if c.dep_ in {"dobj", "nsubj", "nsubjpass"} and c.i != tok.i:
                    yield c
            return
        if t.head.i == t.i:
            return
        t = t.head


def _keys(state: DocState, tok: Token | None, types: tuple[str, ...]) -> str | None:
    if tok is None:
        return None
    if (tok.lower_ in {"which", "that", "whom"} and tok.head.dep_ == "relcl") or (
        tok.head.dep_ == "prep" and tok.head.head.dep_ == "relcl" and tok.lower_ in {"which", "whom"}
    ):
        # "Microsoft's relationship with OpenAI, in which ...": the noun the clause hangs on, or its partner
        rel = tok.head if tok.head.dep_ == "relcl" else tok.head.head
        noun = rel.head
        key = _keys(state, noun, types) or (_keys(state, noun.head, types) if noun.dep_ == "appos" else None)
        if key is not None:
            return key
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "with":
                return _keys(state, _child(c, {"pobj"}), types)
        return None
    for key in state.resolve_token(tok):
        if state.etype(key) in types:
            return key
    # "its V3 model", "the Kimi chatbot": a name on the noun
    for c in tok.children:
        if c.dep_ in {"compound", "nmod", "amod"}:
            m = state.mention_at(c.i)
            if m is not None and state.etype(m.key) in types:
                return m.key
    return None


def _topic(state: DocState, exclude: str) -> str | None:
    """The organization the document names most (at least three times), other than `exclude`."""
    counts: dict[str, int] = {}
    for m in state.mentions:
        if m.label == "ORG" and m.key != exclude:
            counts[m.key] = counts.get(m.key, 0) + 1
    best = max(counts.items(), key=lambda kv: kv[1], default=None)
    return best[0] if best is not None and best[1] >= 3 else None


def _child(tok: Token, deps: set[str]) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def _verb_of(tok: Token) -> Token:
    t = tok
    for _ in range(4):
        if t.pos_ in {"VERB", "AUX"} or t.head.i == t.i:
            return t
        t = t.head
    return t


def _subject_of(state: DocState, tok: Token, types: tuple[str, ...] = ("ORG",)) -> str | None:
    """The entity the clause around `tok` is about: its subject, through 'is reported to hold'."""
    t = _verb_of(tok)
    for _ in range(3):
        subj = _child(t, {"nsubj", "nsubjpass"})
        if subj is not None:
            return _keys(state, subj, types)
        if t.dep_ in {"xcomp", "ccomp", "conj", "advcl", "relcl", "acl"} and t.head.i != t.i:
            t = t.head
            continue
        break
    return None


def _sent_subject(state: DocState, si: int, types: tuple[str, ...]) -> str | None:
    for m in state.sent_mentions(si):
        if state.etype(m.key) in types and state.is_subject(m):
            return m.key
    return None


def _product_antecedent(state: DocState, verb: Token) -> str | None:
    """'The chatbot can process ...': the product named last before, when the subject is a product noun
    with 'the' or 'its' (within three sentences)."""
    subj = _child(_verb_of(verb), {"nsubj", "nsubjpass"})
    if subj is None or subj.lower_ not in state.lex.product_heads:
        return None
    if not any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "its", "this"} for c in subj.children):
        return None
    si = state.tok_sent[subj.i]
    for back in range(0, 4):
        if si - back < 0:
            break
        prods = [
            m for m in state.sent_mentions(si - back) if state.etype(m.key) == "PRODUCT" and m.end <= subj.i
        ]
        if prods:
            return prods[-1].key
    return None


def _only(state: DocState, si: int, etype: str) -> str | None:
    """The one entity of that type the sentence names, if it names exactly one."""
    keys = {m.key for m in state.sent_mentions(si) if state.etype(m.key) == etype}
    return next(iter(keys)) if len(keys) == 1 else None


def _slug(state: DocState, key: str) -> str:
    """The shortest name of an entity as a measure prefix: 'Susquehanna' -> 'susquehanna'."""
    acc = state.entities.get(key)
    names = [n for n in (acc.names if acc else []) if n]
    base = min(names, key=len) if names else key.split(":", 1)[-1]
    slug = re.sub(r"\W+", "_", base.lower()).strip("_")
    return (
        re.sub(r"(?:_(?:group|holdings?|inc|corp|corporation|ltd|limited|co|plc|platforms))+$", "", slug)
        or slug
    )


def _money(
    state: DocState, pats: _Patterns, si: int, sent: Span, text: str, sink: _Sink, edition: str | None = None
) -> None:
    """'valued at close to US$3 billion', 'has raised more than $1 billion', 'will invest $1.5 billion in
    G42'."""
    cues: Mapping[str, str] = state.lex.quantity_cues.get("money_cues", {})
    if not _MONEY_HINT.search(text.lower()):
        return
    low = text.lower()
    words = load_measure_words()
    prev_end = -1
    for m in pats.money.finditer(text):
        converted = prev_end >= 0 and re.fullmatch(r"\s*\(\s*(?:or\s+)?", text[prev_end : m.start()])
        prev_end = m.end()
        if converted:
            continue  # '5 billion yuan (about $690 million)': the same amount in another currency
        n = m.group("n1") or m.group("n2")
        scale = (m.group("s1") or m.group("s2") or "").lower()
        cur = _CURRENCY.get((m.group("cur1") or m.group("cur2") or "").strip().lower())
        value = _number(f"{n} {scale}" if scale in _SCALES else n)
        if value is None or cur is None:
            continue
        tok = _token_at(state, sent, m.start("n1") if m.group("n1") else m.start("n2"))
        if tok is None:
            continue
        if re.match(r"\s+(?:a|per)\s+share\b", text[m.end() :]):
            # 'buy Intel common stock at $23.28 a share'
            owner = next(
                (t for t in state.sent_toks[si] if t.lemma_.lower() in {"stock", "share"} and t.i != tok.i),
                None,
            )
            company = None
            if owner is not None:
                company = next(
                    (
                        k
                        for c in owner.children
                        if c.dep_ in {"compound", "nmod", "poss"} and (k := _keys(state, c, ("ORG",)))
                    ),
                    None,
                )
            sink.add(sent, company, f"share_price_{cur}", value, m.group("q"), m.span())
            continue
        if scale == "" and value < 1000:
            continue
        cue: Token | None = None
        kind = ""
        for t in _chain(tok):
            kind = cues.get(t.lemma_.lower(), "")
            if kind == "market_value_loss" and "market value" not in low and "market cap" not in low:
                kind = ""
            if kind:
                cue = t
                break
        if cue is None:
            before = re.search(
                r"\bvalu(?:es|ed|ing)\s+(?P<obj>[^,;]{1,50}?)\s+at\s+(?:[\w-]+\s+){0,2}$",
                text[: m.start("n1") if m.group("n1") else m.start("n2")],
            )
            if before is not None:
                # 'The round values Mistral at 11.7 billion euros' (a parse that misses the verb)
                valued = next(
                    (
                        mm.key
                        for mm in state.sent_mentions(si)
                        if state.etype(mm.key) == "ORG"
                        and sent.start_char + before.start("obj")
                        <= mm.start_char
                        < sent.start_char + before.end("obj")
                    ),
                    None,
                )
                sink.add(sent, valued, f"valuation_{cur}", value, m.group("q"), m.span())
                continue
            if "train" in low and re.search(r"\bcost", low):
                kind, cue = "training_cost", tok
            else:
                continue
        subject: str | None = None
        measure = kind
        if kind == "purchase":
            # 'pay $14.3 billion for a 49 per cent stake in Scale AI',
            # 'a $2 billion purchase of Intel shares by SoftBank'
            holding = next(
                (t for t in cue.subtree if t.lemma_.lower() in {"stake", "share", "stock", "shareholding"}),
                None,
            )
            if holding is None:
                continue
            by = next((c for c in cue.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"), None)
            investor = (
                _keys(state, _child(by, {"pobj"}), ("ORG",)) if by is not None else None
            ) or _subject_of(state, cue)
            target = None
            for t in (holding, *holding.children):
                if t.dep_ == "prep" and t.lower_ in {"in", "of"}:
                    target = _keys(state, _child(t, {"pobj"}), ("ORG",))
                elif t.dep_ in {"compound", "nmod", "poss"}:
                    target = _keys(state, t, ("ORG",))
                if target:
                    break
            if investor is None or target is None or investor == target:
                continue
            sink.add(
                sent, target, f"investment_from_{_slug(state, investor)}_{cur}", value, m.group("q"), m.span()
            )
            continue
        if (
            kind == "funding_round"
            and _verb_of(cue).lemma_.lower() in {"lead", "back", "join"}
            and cue.pos_ != "VERB"
        ):
            # 'ASML ... leading a 1.7 billion euro round': the round is the company's the investor leads
            lead = _subject_of(state, cue) or ""
            target = next(
                (
                    k
                    for t in state.sent_toks[si]
                    if t.dep_ == "pobj"
                    and t.head.lower_ == "in"
                    and (k := _keys(state, t, ("ORG",)))
                    and k != lead
                ),
                None,
            )
            round_of = _round_owner(state, si)
            target = target or (round_of if round_of != lead else None) or _topic(state, lead)
            sink.add(sent, target, f"funding_round_{cur}", value, m.group("q"), m.span())
            continue
        if kind == "deal_value":
            # 'the expo closed with tentative deals worth $80.01 billion': the edition's deals
            sink.add(sent, edition, f"deal_value_{cur}", value, m.group("q"), m.span())
            continue
        if kind == "valuation":
            obj = _child(cue, {"nsubjpass", "dobj", "poss"})
            priced = cue.head if cue.dep_ in {"acl", "relcl"} else obj
            if priced is not None and priced.lemma_.lower() in words.deal_nouns:
                # 'a deal valued at $830 million': the price of the company bought, not a valuation
                bought = _bought(state, si)
                sink.add(sent, bought, f"deal_value_{cur}", value, m.group("q"), m.span())
                continue
            subject = _keys(state, obj, ("ORG",)) if obj is not None else None
            if obj is None or state.mention_at(obj.i) is None:
                # 'led Groq's $750 million round at a valuation of $6.9 billion', 'a round in Butterfly
                # Effect that valued the company at': the company whose round it is
                subject = _round_owner(state, si) or subject
            if any(w in low for w in words.market_value_words):
                # 'lifting the company's market value above $1 trillion'
                measure = "market_value"
        elif kind in {"funding_round", "revenue"}:
            rel = next((r for t in (tok, tok.head, cue) if (r := _child(t, {"relcl"})) is not None), None)
            poss = _child(cue, {"poss"})
            into = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "in"), None)
            if into is not None and _keys(state, _child(into, {"pobj"}), ("ORG",)):
                subject = _keys(state, _child(into, {"pobj"}), ("ORG",))
            elif rel is not None and _child(rel, {"nsubj"}) is not None:
                subject = _keys(state, _child(rel, {"nsubj"}), ("ORG",))
            elif poss is not None:
                subject = _keys(state, poss, ("ORG",))
        elif kind == "investment":
            investor = _keys(state, _child(cue, {"poss"}), ("ORG",)) or _subject_of(state, cue)
            if investor is None:
                continue
            target = None
            for c in (*cue.children, *_verb_of(cue).children):
                if c.dep_ == "prep" and c.lower_ in {"in", "into", "to"}:
                    target = _keys(state, _child(c, {"pobj"}), ("ORG",))
                    if target and target != investor:
                        break
                    target = None
            subject = target or _topic(state, investor)
            if subject is None or subject == investor:
                continue  # 'Apple will invest $500 billion in the United States': no company receives it
            measure = f"investment_from_{_slug(state, investor)}"
        elif kind == "market_value_loss":
            owner = next(
                (
                    t
                    for t in state.sent_toks[si]
                    if t.lower_ in {"value", "capitalisation", "capitalization", "cap"}
                ),
                None,
            )
            subject = _keys(state, _child(owner, {"poss"}), ("ORG",)) if owner is not None else None
        elif kind == "training_cost":
            subject = _subject_of(state, cue, ("PRODUCT",)) or _only(state, si, "PRODUCT")
            if subject is None:
                continue
        if subject is None:
            subject = _subject_of(state, cue) or _sent_subject(state, si, ("ORG",))
        if subject is None and kind in {"valuation", "funding_round"}:
            subject = state.org_antecedent(cue.i)
        if kind == "funding_round":
            # 'raised $4.87 billion in its initial public offering', 'has raised about $710 million in total'
            measure = next(
                (meas for w, meas in words.funding_kinds if _any_phrase((w,), low)),
                measure,
            )
        sink.add(sent, subject, f"{measure}_{cur}", value, m.group("q"), m.span())


def _round_owner(state: DocState, si: int) -> str | None:
    """The company whose funding round the sentence names: "Groq's round", 'a round in Butterfly Effect'."""
    for t in state.sent_toks[si]:
        if t.lemma_.lower() not in {"round", "financing", "funding"} or t.pos_ not in {"NOUN", "PROPN"}:
            continue
        for c in t.children:
            if c.dep_ == "poss":
                key = _keys(state, c, ("ORG",))
            elif c.dep_ == "prep" and c.lower_ == "in":
                key = _keys(state, _child(c, {"pobj"}), ("ORG",))
            else:
                continue
            if key is not None:
                return key
    return None


def _bought(state: DocState, si: int) -> str | None:
    """The organization the sentence says is bought ('Meta has acquired Manus', 'agreed to buy Ampere')."""
    for t in state.sent_toks[si]:
        if t.pos_ == "VERB" and t.lemma_.lower() in {"acquire", "buy", "absorb", "purchase", "take"}:
            if t.lemma_.lower() == "take" and not any(c.lower_ == "over" for c in t.children):
                continue
            key = _keys(state, _child(t, {"dobj"}), ("ORG",))
            if key is not None:
                return key
    return None


def _object_counts(state: DocState, pats: _Patterns, si: int, sent: Span, text: str, sink: _Sink) -> None:
    """'has more than 45 million users', 'more than 100 billion parameters', 'roughly 2,000 Nvidia H800
    chips'."""
    nouns: Mapping[str, str] = state.lex.quantity_cues.get("object_nouns", {})
    if not pats.object_hint.search(text.lower()):
        return
    low = text.lower()
    for m in pats.objects.finditer(text):
        value = _number(m.group("n"))
        if value is None:
            continue
        measure = nouns[m.group("noun").lower()]
        if measure == "training_tokens" and "context" in low:
            measure = "context"
        if measure == "context":
            # 'can process up to 200,000 Chinese characters', 'a context window of 128,000 tokens'
            if "context" not in low and not re.search(r"\b(?:process|handle|read|take)", low):
                continue
            words = [w.lower() for w in m.group("mods").split()]
            measure = "_".join(["context", *words, m.group("noun").lower()])
        elif measure.startswith("training_") and not re.search(r"\btrain", low):
            continue
        types = ("ORG",) if measure == "employees" else ("PRODUCT", "ORG")
        tok = _token_at(state, sent, m.start("n"))
        if tok is None:
            continue
        if m.group("noun").lower() == "people" and _verb_of(tok).lemma_.lower() != "employ":
            continue  # 'employs 200,000 people'
        # the count must hang on the verb ('has 45 million users', 'runs on 900 million devices'),
        # not on another noun ('two models with 7 billion parameters')
        t = tok
        while t.head.i != t.i and t.pos_ not in {"VERB", "AUX"}:
            t = t.head
            if t.pos_ in {"NOUN", "PROPN"} and t.lower_ not in nouns:
                t = tok
                break
        if t is tok:
            continue
        if tok.head.head.lower_ == "with" or tok.head.lower_ == "with" or text[: m.start()].endswith("with "):
            continue
        subject = _subject_of(state, t, types)
        if subject is None or state.etype(subject) != types[0]:
            subject = _only(state, si, types[0]) or _product_antecedent(state, t) or subject
        if (
            subject is not None
            and state.etype(subject) == "ORG"
            and measure in {"parameters", "training_tokens", "training_chips"}
        ):
            # a model's figure, never a company's
            continue
        sink.add(sent, subject, measure, value, m.group("q"), m.span())


def _stakes(state: DocState, pats: _Patterns, si: int, sent: Span, text: str, sink: _Sink) -> None:
    """Ownership percentages. An organization's stake in another is the holder's figure
    ('a 49 per cent stake in Scale AI' -> stake_in_scale_ai_percent of Meta); a stake of a group
    that is no entity is the company's ('Employees hold about 20 per cent' -> employees_stake_percent)."""
    verbs = set(state.lex.quantity_cues.get("stake_verbs", {}))
    sale = set(state.lex.quantity_cues.get("sale_words", {}))
    if "%" not in text and "cent" not in text:
        return
    for m in pats.percent.finditer(text):
        value = _number(m.group("n"))
        tok = _token_at(state, sent, m.start("n"))
        if tok is None or value is None:
            continue
        if _change(state, si, sent, tok, m, value, sink):
            continue
        chain = list(_chain(tok, 5))
        cue = next((t for t in chain if t.lemma_.lower() in verbs), None)
        if cue is None or any(t.lemma_.lower() in sale for t in state.sent_toks[si]):
            continue  # 'completed the sale of a 51 per cent stake': a stake that changes hands
        holder_tok: Token | None = None
        verb = _verb_of(cue)
        if cue.lemma_.lower() == "belong":
            to = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            holder_tok = _child(to, {"pobj"}) if to is not None else None
        else:
            # 'giving it a stake', "ASML's stake", 'Employees hold', 'is reported to hold'
            holder_tok = _child(verb, {"dative"}) or _child(cue, {"poss"})
            t = verb
            for _ in range(3):
                if holder_tok is not None:
                    break
                holder_tok = _child(t, {"nsubj", "nsubjpass"})
                if t.dep_ not in {"xcomp", "conj", "ccomp", "advcl"}:
                    break
                t = t.head
        if holder_tok is None:
            continue
        holder = _keys(state, holder_tok, ("ORG",))
        # whose shares: 'of Y' on the percentage or 'in Y' on the stake
        company = None
        for t in (tok, tok.head, cue, verb):
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in {"of", "in"}:
                    company = _keys(state, _child(c, {"pobj"}), ("ORG",)) or company
        if holder is not None:
            company = company or _topic(state, holder)
            if company is None or company == holder:
                continue
            sink.add(sent, holder, f"stake_in_{_slug(state, company)}_percent", value, m.group("q"), m.span())
        elif holder_tok.pos_ == "NOUN" and holder_tok.tag_ == "NNS":
            mods = [c.lower_ for c in holder_tok.children if c.dep_ in {"amod", "compound"}]
            company = company or _topic(state, "") or state.org_antecedent(tok.i)
            if company is None:
                continue
            name = "_".join([*mods, holder_tok.lower_])
            sink.add(sent, company, f"{name}_stake_percent", value, m.group("q"), m.span())


def _change(
    state: DocState, si: int, sent: Span, tok: Token, m: re.Match[str], value: float, sink: _Sink
) -> bool:
    """'iPhone sales there fell 24 per cent' -> sales_change_percent -24 of the iPhone; True when read."""
    cues = state.lex.quantity_cues
    verb = _verb_of(tok)
    sign = {"down": -1, "up": 1}.get(cues.get("change_verbs", {}).get(verb.lemma_.lower(), ""), 0)
    if not sign:
        return False
    noun = _child(verb, {"nsubj"})
    if noun is None or noun.lower_ not in cues.get("change_nouns", {}):
        return False
    owner = next(
        (
            k
            for c in noun.children
            if c.dep_ in {"compound", "poss", "nmod"} and (k := _keys(state, c, ("PRODUCT", "ORG")))
        ),
        None,
    )
    measure = f"{cues['change_nouns'][noun.lower_]}_change_percent"
    sink.add(sent, owner, measure, sign * value, m.group("q"), m.span())
    return True

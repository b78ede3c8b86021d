"""Entity mentions: KB phrase matches first, then the statistical NER, then pattern fixes.

The result is `doc.ents` with labels ORG, PERSON, PRODUCT, GPE, NORP (a nationality word
whose `kb_id_` is its country) and EVENT (`kb_id_` = "series:<id>" for a KB series).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from rivalgraph.extract.doccache import doc_text, doc_tokens, span_text, span_tokens
from rivalgraph.extract.lexicon import Lexicon
from rivalgraph.extract.names import (
    COMPANY_ENDINGS,
    ORG_KIND_NOUNS,
    company_shaped_people,
    coordinated_people,
    cued_people,
    filter_names,
    org_names_in_context,
    org_shape_ok,
    particle_surnames,
    possessed_people,
    possessive_final_names,
    registered_names,
    split_possessive_names,
    title_employers,
    work_centre,
)
from rivalgraph.extract.products import (
    WEAK_HEADS,
    ProductMatchers,
    context_products,
    is_model_code,
    lexicon_products,
    merge_products,
)
from rivalgraph.extract.vocab import CALENDAR_WORDS
from rivalgraph.kb import KnowledgeBase, OrgKind, PlaceKind

__all__ = ["KbMatchers", "find_mentions"]

_NER_LABELS = {
    "ORG": "ORG",
    "PERSON": "PERSON",
    "PRODUCT": "PRODUCT",
    "GPE": "GPE",
    "LOC": "GPE",
    "EVENT": "EVENT",
}
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
_CAP = re.compile(r"^(?:[A-Z0-9]|[a-z]{1,3}[A-Z])")  # "iFlytek", "miHoYo" are capitalised too
_GOV = re.compile(
    r"\b(?:municipal |provincial |city |local |central |regional )?(?:people's |people’s )?government\b", re.I
)
_MONTHS = CALENDAR_WORDS


class KbMatchers:
    """Phrase matchers over the KB's surface forms, built once per pipeline."""

    def __init__(self, nlp_vocab: object, make_doc: object, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.matcher = PhraseMatcher(nlp_vocab, attr="LOWER")  # type: ignore[arg-type]
        self.labels: dict[str, tuple[str, str]] = {}  # match key -> (label, kb id)
        make = make_doc  # tokenizer only
        groups: dict[str, list[Doc]] = {}

        # names written with a lower-case first letter and a capital inside ("xAI", "iFlytek"):
        # matched only in exactly that spelling
        self.camel: set[str] = set()

        def add(label: str, kb_id: str, surface: str) -> None:
            first = surface.split()[0] if surface.strip() else ""
            if first[:1].islower() and any(c.isupper() for c in first):
                self.camel.add(surface)
            elif (
                not surface or not _CAP.match(surface) or (surface.lower() in {"us", "it"} and label == "ORG")
            ):
                return
            key = f"{label}|{kb_id}"
            groups.setdefault(key, []).append(make(surface))  # type: ignore[operator]
            self.labels[key] = (label, kb_id)

        for surface, org_id in kb.org_surface_forms().items():
            add("ORG", f"org:{org_id}", surface)
        for surface, series_id in kb.event_surface_forms().items():
            add("EVENT", f"series:{series_id}", surface)
        for surface, place_id in kb.place_surface_forms().items():
            add("GPE", place_id, surface)
        for place in kb.places:
            if place.kind in (PlaceKind.COUNTRY, PlaceKind.REGION):
                for adj in place.adjectives:
                    add("NORP", place.id, adj)
        for key, docs in groups.items():
            self.matcher.add(key, docs)


def _trim(span: Span) -> Span | None:
    """Drop leading determiners and a trailing possessive from an NER span."""
    start, end = span.start, span.end
    doc = span.doc
    toks = doc_tokens(doc)
    while start < end and (
        toks[start].lower_ in _DETERMINERS or toks[start].is_punct or toks[start].is_space
    ):
        start += 1
    while end > start and (
        toks[end - 1].text in _POSSESSIVE or toks[end - 1].is_punct or toks[end - 1].is_space
    ):
        end -= 1
    if start >= end:
        return None
    return Span(doc, start, end, label=span.label_, kb_id=span.kb_id_)


_TIE_PARTICIPLES = {"backed", "owned", "funded", "controlled", "affiliated"}
_VENUES = {"centre", "center", "hall", "arena", "stadium", "venue", "park", "hotel", "mill"}
_DOCUMENT_WORDS = {"list", "rule", "rules", "act", "order", "regulations", "law", "initiative", "agenda"}


_ROLE_WORDS: dict[int, frozenset[str]] = {}


def _role_words(lex: Lexicon) -> frozenset[str]:
    """Role words of the lexicon ('strategic', 'partner', 'host'...), computed once per lexicon."""
    words = _ROLE_WORDS.get(id(lex))
    if words is None:
        words = frozenset(
            {w for r in lex.sponsor_roles for w in r.split()}
            | {n for tr in lex.event_triggers.values() for n in tr.nouns}
        )
        _ROLE_WORDS[id(lex)] = words
    return words


_TITLE_WORDS: dict[int, frozenset[str]] = {}


def _title_words(lex: Lexicon) -> frozenset[str]:
    """Every word of the lexicon's job titles ('chief', 'executive', 'officer'...), once per lexicon."""
    words = _TITLE_WORDS.get(id(lex))
    if words is None:
        words = _TITLE_WORDS[id(lex)] = frozenset(w for title in lex.titles for w in title.split())
    return words


# a lower-case model name with a number in it ("abab6", "glm4"), not a plain word
_LOWER_CODE = re.compile(r"^[a-z]{2,}\d+[a-z\d.]*$")
# a capital after the first letter or a digit: a coded name ("KoGPT", "A100")
_CODED = re.compile(r"^(?=.*[a-z]).+[A-Z]|\d")


def _is_junk(span: Span, lex: Lexicon) -> bool:
    # the cached text and token list: Span.text and Span iteration rebuild them on every access
    text = span_text(span)
    low = text.lower()
    if low in lex.not_entities or not any(c.isupper() for c in text):
        return True
    toks = span_tokens(span)
    lows = [t.lower_ for t in toks]
    # a place on a show floor ("Stand D35", "Hall 9", "Booth A101")
    if (
        lows[0] in {"hall", "stand", "booth", "pavilion"}
        and len(toks) <= 3
        and any(c.isdigit() for c in text)
    ):
        return True
    # lists, rules and laws are not organizations ("NS-CMIC List", "50 Percent Rule")
    if lows[-1] in _DOCUMENT_WORDS:
        return True
    # a role heading the NER took for a name ("Strategic Partners"), a capitalised common noun
    roles = _role_words(lex)
    if all(
        w in roles or w in {"strategic", "main", "official", "diamond", "platinum", "gold", "silver"}
        for w in lows
    ):
        return True
    if len(span) == 1 and toks[0].pos_ == "NOUN" and not _CODED.search(text):
        return True  # a capitalised common noun, not a coded name ("KoGPT", "abab6")
    # a bare job title the NER took for a name ("Rotating Chairwoman", "AI Scientist": title words
    # ending in a title)
    if all(w in lex.title_modifiers or w in _title_words(lex) for w in lows) and (
        lex.title_re.match(text) or lows[-1] in lex.titles
    ):
        return True
    if all(w in _MONTHS or t.like_num or t.is_punct for w, t in zip(lows, toks, strict=True)):
        return True
    # Headline words in capitals (KEYNOTE, ANALYSIS) are not names; acronyms (TAITRA) sit in
    # ordinary lines
    if len(span) == 1 and text.isupper() and len(text) >= 6 and _heading_line(span):
        return True
    return len(span) > 8


def _heading_line(span: Span) -> bool:
    """The span's line is written in capitals (a heading or label, not running text)."""
    text = doc_text(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    line = text[start : end if end >= 0 else len(text)]
    return line.upper() == line


def _kb_matches(doc: Doc, matchers: KbMatchers) -> list[Span]:
    spans: list[Span] = []
    text = doc_text(doc)
    toks = doc_tokens(doc)
    for match_id, start, end in matchers.matcher(doc):
        key = doc.vocab.strings[match_id]
        label, kb_id = matchers.labels[key]
        # Span.text joins the span's tokens anew on each access; the slice is the same string (and
        # the offsets come from the shared token list: doc[start:end] builds a Span per match)
        last = toks[end - 1]
        surface = text[toks[start].idx : last.idx + len(last)]
        if not _CAP.match(surface) and surface not in matchers.camel:
            continue
        # A nationality word must be capitalised as written ("US", "Chinese").
        if label == "NORP" and matchers.kb.country_of_adjective(surface) is None:
            continue
        spans.append(Span(doc, start, end, label=label, kb_id=kb_id))
    # A name that is both an organization and an event series ("World Internet Conference"):
    # with a year or a following series name it is the event, otherwise the organization.
    by_range: dict[tuple[int, int], list[Span]] = {}
    for span in spans:
        by_range.setdefault((span.start, span.end), []).append(span)
    out: list[Span] = []
    for (start, end), group in by_range.items():
        labels = {s.label_ for s in group}
        if {"ORG", "EVENT"} <= labels:
            keep = "EVENT" if _edition_like(doc, start, end) else "ORG"
            group = [s for s in group if s.label_ == keep]
        out.extend(group[:1] if len({s.label_ for s in group}) == 1 else group)
    return out


def _edition_like(doc: Doc, start: int, end: int) -> bool:
    """A year next to the name, or '(ACRONYM) Summit' after it, marks an edition."""
    toks = doc_tokens(doc)
    if start > 0 and re.fullmatch(r"(?:19|20)\d\d", toks[start - 1].text):
        return True
    if end < len(doc) and re.fullmatch(r"(?:19|20)\d\d", toks[end].text):
        return True
    nxt = doc[end : end + 4]
    if len(nxt) == 4 and nxt[0].text == "(" and nxt[2].text == ")" and nxt[3].is_title:
        return True
    # "spoke at the World Internet Conference", "the Boao Forum for Asia in Hainan on Tuesday"
    if start > 1 and toks[start - 1].lower_ == "the" and toks[start - 2].lower_ in _AT_EVENT_WORDS:
        return True
    return len(nxt) >= 2 and (
        (nxt[0].lower_ == "in" and nxt[1].is_title and not nxt[1].is_sent_start)
        or (nxt[0].lower_ == "on" and nxt[1].lower_ in _WEEKDAY_NAMES)
    )


# Words before "the <name>" that make a name both an organization and a series the edition.
_AT_EVENT_WORDS = frozenset(
    {"at", "attend", "attended", "attending", "attends", "skip", "skipped", "skipping", "during", "addressed"}
)
_WEEKDAY_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


_LEGAL_SUFFIX = r"(?:,? (?:Co\., Ltd\.|Co\.|Ltd\.|Limited|Inc\.|Corporation|Company))"
_LEGAL_PAREN = re.compile(
    r"\b[A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*)* \([A-Z][\w' .-]{1,30}\)"
    r"(?:(?: [A-Z][\w'&.-]*)+" + _LEGAL_SUFFIX + r"*|" + _LEGAL_SUFFIX + r"+)"
)


# "Anhui Cambricon Information Technology Co., Ltd.": a registered name ending in a company suffix
_LEGAL_SUFFIXED = re.compile(
    r"\b(?!The\b)[A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*){1,6},? "
    r"(?:Co\., Ltd\.|Co\. Ltd\.|Co\., Limited|Company Limited)"
)


# "ACM Research (Shanghai)": a company's local unit named by its city in parentheses (the parenthesis
# first, then the capitalised name of two words or more right before it)
_PAREN_CITY = re.compile(r" \(([A-Z][a-z][\w' -]{1,20})\)")
_NAME_BEFORE = re.compile(r"(?<![\w'&.-])[A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*)+$")


def _legal_names(doc: Doc, kb: KnowledgeBase | None = None) -> list[Span]:
    """Registered names with a parenthesised place or a company suffix, which the NER cuts up."""
    out: list[Span] = []
    text = doc_text(doc)
    found = [*_LEGAL_PAREN.finditer(text), *_LEGAL_SUFFIXED.finditer(text)]
    bounds = [(m.start(), m.end()) for m in found]
    for m in _PAREN_CITY.finditer(text) if kb is not None else ():
        place = kb.lookup_place(m.group(1)) if kb is not None else None
        name = _NAME_BEFORE.search(text, max(0, m.start() - 80), m.start())
        if place is not None and place.kind is PlaceKind.CITY and name is not None:
            bounds.append((name.start(), m.end()))
    for start, end in bounds:
        span = doc.char_span(start, end, label="ORG", alignment_mode="contract")
        if span is not None and len(span) >= 3:
            out.append(span)
    return filter_spans(out)


_REGION_PREFIXES = frozenset({"greater", "mainland"})
_ARENA_WORDS = frozenset({"center", "centre", "arena", "stadium"})


def _named_arenas(doc: Doc, kb_spans: list[Span]) -> list[Span]:
    """A company's name on a building ('SAP Center', 'Mercedes-Benz Arena') names the venue, not
    the company, and 'Greater China' a sales region, not the country: those KB matches are dropped."""
    toks = doc_tokens(doc)
    return [
        s
        for s in kb_spans
        if not (
            s.label_ == "ORG"
            and s.end < len(doc)
            and toks[s.end].is_title
            and toks[s.end].lower_ in _ARENA_WORDS
        )
        and not (
            s.label_ == "GPE"
            and s.start > 0
            and toks[s.start - 1].is_title
            and toks[s.start - 1].lower_ == "greater"
        )
    ]


_LEGAL_TAILS = frozenset(
    {"corp", "inc", "ltd", "co", "limited", "corporation", "plc", "llc", "ag", "se", "gmbh"}
)


# Heads that make an event's name followed by them the body that runs it ("... Expo Bureau").
_EVENT_BODY_HEADS = frozenset(
    {"bureau", "secretariat", "committee", "organising", "organizing", "office", "council", "authority"}
)


def _event_bodies(doc: Doc, kb_spans: list[Span]) -> list[Span]:
    """'the China International Import Expo Bureau', 'the Canton Fair Organising Committee': an
    event's name followed by a body noun names an organization, not the event."""
    toks = doc_tokens(doc)
    out: list[Span] = []
    for s in kb_spans:
        end = s.end
        if (
            s.label_ == "EVENT"
            and end < len(doc)
            and toks[end].is_title
            and toks[end].lower_ in _EVENT_BODY_HEADS
        ):
            while end < len(doc) and toks[end].is_title and end - s.end < 3:
                end += 1
            s = Span(doc, s.start, end, label="ORG")
        out.append(s)
    return out


def _legal_tails(doc: Doc, kb_spans: list[Span]) -> list[Span]:
    """A KB organization written with its legal suffix keeps it ('Semiconductor Manufacturing
    International Corp'), so the suffix is not left over as a name of its own."""
    toks = doc_tokens(doc)
    taken = {s.start for s in kb_spans}
    out: list[Span] = []
    for s in kb_spans:
        end = s.end
        tail = (
            end < len(doc) and toks[end].text[:1].isupper() and toks[end].lower_.rstrip(".") in _LEGAL_TAILS
        )
        if s.label_ == "ORG" and tail and end not in taken:
            end += 1
            if end < len(doc) and toks[end].text == "." and not toks[end - 1].whitespace_:
                end += 1
        out.append(s if end == s.end else Span(doc, s.start, end, label=s.label_, kb_id=s.kb_id_))
    return out


def _split_country_prefix(doc: Doc, spans: list[Span], kb: KnowledgeBase) -> list[Span]:
    """'US Commerce Department' -> the country word + 'Commerce Department' when both are names."""
    out: list[Span] = []
    for span in spans:
        if span.label_ == "ORG" and len(span) >= 2:
            first = span[0].text
            rest = doc[span.start + 1 : span.end]
            code = kb.country_of_adjective(first)
            place = kb.lookup_place(first)
            record = kb.lookup_org(rest.text)
            if (
                (code or (place is not None and str(place.kind) == "country"))
                and record is not None
                and f"org:{record.id}" == span.kb_id_
            ):
                cid = (
                    place.id
                    if place is not None and str(place.kind) == "country"
                    else kb.country_place(code or "").id
                )
                out.append(
                    Span(
                        doc,
                        span.start,
                        span.start + 1,
                        label="GPE" if place is not None else "NORP",
                        kb_id=cid,
                    )
                )
                out.append(Span(doc, span.start + 1, span.end, label="ORG", kb_id=span.kb_id_))
                continue
            body = _national_body(doc, span, kb)
            if body is not None:
                out.extend(body)
                continue
        out.append(span)
    return out


# Heads of a government body's name that a nationality word or a country's possessive merely locates
# ("the Chinese Foreign Ministry", "China's Ministry of Commerce"): the body's own name is the rest.
_GOV_BODY_HEADS = frozenset(
    {"ministry", "department", "office", "commission", "administration", "bureau", "agency", "cabinet"}
)


def _national_body(doc: Doc, span: Span, kb: KnowledgeBase) -> list[Span] | None:
    """'Chinese Foreign Ministry' -> 'Chinese' + 'Foreign Ministry', 'China's foreign ministry' ->
    'China' + 'foreign ministry': a known government body written after a nationality word or a
    country's possessive keeps its link under the shorter name. A country's plain name opens a body's
    own name ("China Securities Regulatory Commission") and stays."""
    toks = doc_tokens(doc)
    first = toks[span.start]
    if len(span) >= 3 and toks[span.start + 1].text in _POSSESSIVE:
        place = kb.lookup_place(first.text)
        if place is None or str(place.kind) != "country":
            return None
        prefix = Span(doc, span.start, span.start + 1, label="GPE", kb_id=place.id)
        rest_start = span.start + 2
    else:
        code = kb.country_of_adjective(first.text)
        if code is None or kb.lookup_place(first.text) is not None or len(span) < 2:
            return None
        prefix = Span(doc, span.start, span.start + 1, label="NORP", kb_id=kb.country_place(code).id)
        rest_start = span.start + 1
    rest = toks[rest_start : span.end]
    if len(rest) > 6 or not all(t.is_alpha for t in rest):
        return None
    if rest[0].lower_ not in _GOV_BODY_HEADS and rest[-1].lower_ not in _GOV_BODY_HEADS:
        return None
    return [prefix, Span(doc, rest_start, span.end, label="ORG", kb_id=span.kb_id_)]


def _series_with_city(doc: Doc, spans: list[Span]) -> list[Span]:
    """'MWC Shanghai': a series name directly followed by a city names a different series."""
    toks = doc_tokens(doc)
    out: list[Span] = []
    by_start = {s.start: s for s in spans}
    for span in spans:
        if span.label_ != "EVENT" or span.end >= len(doc):
            continue
        nxt = by_start.get(span.end)
        if (
            nxt is not None
            and nxt.label_ == "GPE"
            and toks[span.end - 1].whitespace_ == " "
            and "\n" not in toks[span.end - 1].whitespace_
        ):
            out.append(Span(doc, span.start, nxt.end, label="EVENT"))
    return out


def _government_orgs(doc: Doc, kb_spans: list[Span], kb: KnowledgeBase) -> list[Span]:
    """'the Shanghai municipal government' is an organization, not the city."""
    out: list[Span] = []
    for span in kb_spans:
        if span.label_ != "GPE":
            continue
        rest = doc_text(doc)[span.end_char : span.end_char + 40]
        m = _GOV.match(rest.lstrip()) if rest[:1] == " " else None
        if m:
            end_char = span.end_char + 1 + m.end()
            org = doc.char_span(span.start_char, end_char, label="ORG", alignment_mode="expand")
            if org is not None:
                out.append(org)
    return out


# Heads a one-word series name may consist of alone ("Euro 2024", "Expo 2020").
_LONE_EVENT_HEADS = {"euro", "expo", "olympics", "paralympics"}
# Sports competitions are named without a year too ("the European Championship in Germany").
_SPORTS_HEADS = r"(?:Championships?|Cup|Games|Olympics|Paralympics)"
_EVENT_RES: dict[int, tuple[re.Pattern[str], ...]] = {}
_EVENT_GATES: dict[int, tuple[re.Pattern[str] | None, ...]] = {}
_YEAR_RE = r"(?:199\d|20[0-3]\d)"  # a plausible edition year, not a model number ("RTX 2080")
_TITLE_WORD = r"[A-Z][\w&'.-]*"
_EDITION_WORD = (
    r"(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|annual|inaugural)"
)
# Meeting nouns that end a name without a year ("Congress" is a legislature as often, "Show" a programme).
_MEETING_HEADS = r"(?:Conference|Summit|Expo|Exposition|Forum|Symposium|Exhibition|Convention)"
_MEETING_NOUNS = r"(?:conference|summit|expo|forum|symposium|exhibition|convention)"
_HELD = (
    r"(?:took place|takes place|was held|is held|will be held|held (?:in|at|on)|kicked off|kicks off|"
    r"opened|opens|open|closed|closes|close|began|begins|begin|concluded|concludes|got under way)\b"
)
# A title word without a hyphen: "the Trump-Xi summit" is a meeting of two people, not a series.
_PLAIN_WORD = r"[A-Z][\w&'.]*"
# The title-case run ends at the head ("Expo Exhibition and Convention Center" is a venue).
_NAME_ENDS = r"(?!\s*[A-Z-]|\s+(?:and|of|for|on|&)\s+[A-Z])"
# _event_res patterns from this index on are loose: no single-word title names, no person inside.
_LOOSE_EVENT_PATTERNS = 5


def _event_res(lex: Lexicon) -> tuple[re.Pattern[str], ...]:
    """Regexes for event editions outside the KB, built once per lexicon from `event_heads`."""
    res = _EVENT_RES.get(id(lex))
    if res is None:
        heads = "|".join(sorted((re.escape(h.capitalize()) for h in lex.event_heads), key=len, reverse=True))
        link = rf"(?:{_TITLE_WORD}|of|on|for|and|de)"
        res = (
            # "UEFA Euro 2024", "Asian Games 2026", "World Robot Conference 2024"
            re.compile(rf"\b((?:{_TITLE_WORD}\s+(?:{link}\s+){{0,4}})?(?:{heads}))\s+{_YEAR_RE}\b"),
            # "FIFA World Cup Qatar 2022": the host country between the name and the year
            re.compile(
                rf"\b((?:{_TITLE_WORD}\s+(?:{link}\s+){{0,4}})?(?:{heads}))\s+[A-Z][a-z]+\s+{_YEAR_RE}\b"
            ),
            # "the 2024 Paris Olympics", "the 2025 Asian Winter Games"
            re.compile(
                rf"\b[Tt]he\s+{_YEAR_RE}\s+((?:{_TITLE_WORD}\s+){{0,4}}(?:{heads})(?:\s+{_TITLE_WORD}){{0,2}})\b"
            ),
            # "WAIC 2025", "UEFA Euro 2024": an acronym (and one title word) before a year
            re.compile(rf"\b([A-Z]{{3,}}(?:\s+[A-Z][a-z]+)?)\s+{_YEAR_RE}\b(?!\s*[-–])"),
            # "the European Championship", "the Asian Cup": a sports competition named without a year
            re.compile(rf"\b[Tt]he\s+((?:{_TITLE_WORD}\s+){{1,3}}{_SPORTS_HEADS})\b(?!\s+{_YEAR_RE})"),
            # patterns below are looser: a name they give must not overlap a person's
            # "the 27th China Beijing International High-Tech Expo", "the annual Global Fintech Fair"
            re.compile(
                rf"\b[Tt]he\s+{_EDITION_WORD}\s+({_TITLE_WORD}\s+(?:{link}\s+){{0,5}}(?:{heads}))\b{_NAME_ENDS}"
            ),
            # "at the Bund Summit in Shanghai": a meeting noun ends a title-case name, with no year
            re.compile(
                rf"\b(?:at|to|of|from|attend\w*|join\w*|skip\w*)\s+the\s+({_TITLE_WORD}\s+(?:{link}\s+){{0,4}}{_MEETING_HEADS})\b{_NAME_ENDS}"
            ),
            # "the Future Investment Initiative conference", "its DevDay developer conference"
            re.compile(
                rf"\b(?:[Tt]he|its|their)\s+((?:{_PLAIN_WORD}\s+){{0,3}}{_PLAIN_WORD})\s+(?:annual\s+|developers?'?\s+|tech\s+|technology\s+|trade\s+|industry\s+)?{_MEETING_NOUNS}\b"
            ),
            # "The Huawei Developer Conference opened in Dongguan": a meeting noun ends the name
            re.compile(
                rf"\b[Tt]he\s+({_TITLE_WORD}\s+(?:{link}\s+){{0,4}}{_MEETING_HEADS}),?\s+(?:will\s+)?{_HELD}"
            ),
            # "VivaTech 2024 took place in Paris", "Hot Chips 2024, held at Stanford"
            re.compile(rf"\b((?:{_TITLE_WORD}\s+){{0,2}}{_TITLE_WORD})\s+{_YEAR_RE},?\s+{_HELD}"),
        )
        _EVENT_RES[id(lex)] = res
        # Necessary conditions of the slow patterns (each a part every match of its pattern
        # contains), searched once per text: most documents skip those patterns' full scan.
        _EVENT_GATES[id(lex)] = (
            re.compile(rf"(?:{heads})\s+{_YEAR_RE}\b"),
            re.compile(rf"(?:{heads})\s+[A-Z][a-z]+\s+{_YEAR_RE}\b"),
            re.compile(rf"{_YEAR_RE}\s+[A-Z]"),
            None,
            re.compile(rf"{_SPORTS_HEADS}\b"),
            re.compile(rf"\s{_EDITION_WORD}\s+[A-Z]"),
            re.compile(rf"{_MEETING_HEADS}\b"),
            re.compile(rf"{_MEETING_NOUNS}\b"),
            re.compile(rf"{_MEETING_HEADS},?\s+(?:will\s+)?{_HELD}"),
            re.compile(rf"{_YEAR_RE},?\s+{_HELD}"),
        )
    return res


def _pattern_events(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Event series names outside the KB, by shape: '<Name ending in an event noun> <year>',
    'the <year> <Name with an event noun>' and '<ACRONYM> <year>' (the year stays outside the span)."""
    text = doc_text(doc)
    out: list[Span] = []
    patterns = _event_res(lex)
    for n, (rx, gate) in enumerate(zip(patterns, _EVENT_GATES[id(lex)], strict=True)):
        if gate is not None and gate.search(text) is None:
            continue
        for m in rx.finditer(text):
            span = doc.char_span(m.start(1), m.end(1), label="EVENT", alignment_mode="contract")
            if span is None:
                continue
            span = _trim(span)
            if span is None or "\n" in span.text or _is_junk(span, lex):
                continue
            words = span.text.split()
            # one word names a series only as a lone head ("Expo 2020"), an acronym or, by a loose
            # pattern, a camel-case brand ("VivaTech")
            camel = n >= _LOOSE_EVENT_PATTERNS and any(c.isupper() for c in words[0][1:])
            if (
                len(words) == 1
                and words[0].lower() not in _LONE_EVENT_HEADS
                and not words[0].isupper()
                and not camel
            ):
                continue
            if n >= _LOOSE_EVENT_PATTERNS and any(
                _overlaps(s, span) and s.label_ in {"PERSON", "NORP"} for s in spans
            ):
                continue
            # a KB name wins (the US, a known company or series); a place inside stays ("Paris Olympics")
            if any(
                _overlaps(s, span)
                and s.kb_id_
                and not (
                    s.label_ in ("GPE", "NORP")
                    and s.start >= span.start
                    and s.end <= span.end
                    and len(s) < len(span)
                )
                # a company's own conference: "the 2019 Huawei Developer Conference"
                and not (s.label_ == "ORG" and s.start == span.start and s.end + 1 < span.end)
                for s in spans
            ):
                continue
            if any(t.lower_ in lex.not_entities for t in span):
                continue
            out.append(span)
    return out


# Heads of an apposition that call a name an event ("Slush, the Helsinki start-up conference").
_APPOSED_EVENT_HEADS = frozenset(
    {
        "conference",
        "expo",
        "exposition",
        "summit",
        "forum",
        "fair",
        "show",
        "congress",
        "festival",
        "convention",
        "exhibition",
        "symposium",
        "hackathon",
        "trade-show",
        "tradeshow",
        "showcase",
    }
)


_APPOSITION_STOPS = frozenset(
    {
        "of",
        "in",
        "at",
        "on",
        "for",
        "with",
        "by",
        "from",
        "that",
        "which",
        "who",
        "and",
        "or",
        "but",
        "behind",
    }
)


def _bare_names_before_commas(doc: Doc, spans: list[Span]) -> list[Span]:
    """Runs of capitalised proper nouns right before a comma that no span covers (the model missed them)."""
    toks = doc_tokens(doc)
    taken = {i for s in spans for i in range(s.start, s.end)}
    out: list[Span] = []
    for t in toks:
        if t.text != "," or t.i == 0 or t.i - 1 in taken:
            continue
        start = t.i
        while start > 0 and t.i - start < 3 and toks[start - 1].pos_ == "PROPN" and toks[start - 1].is_title:
            start -= 1
        if start < t.i and start - 1 not in taken:
            out.append(Span(doc, start, t.i))
    return out


def _apposed_events(doc: Doc, spans: list[Span]) -> list[Span]:
    """Names outside the KB that an apposition calls an event: 'Slush, the Helsinki start-up
    conference', 'Dreamforce, Salesforce's annual conference', 'Gamescom, the Cologne video game
    fair'. The small model types such one-word brands as places or companies."""
    toks = doc_tokens(doc)
    n = len(toks)
    out: list[Span] = []
    for s in spans + _bare_names_before_commas(doc, spans):
        if s.label_ not in {"ORG", "GPE", "PRODUCT", ""} or s.kb_id_ or len(s) > 4:
            continue
        # ", the/a ..." or ", <Name>'s ..." right after the name
        if s.end + 3 >= n or toks[s.end].text != ",":
            continue
        if toks[s.end + 1].lower_ not in {"the", "a", "an"} and toks[s.end + 2].text not in {"'s", "’s"}:
            continue
        last = None
        glued = False  # the token after a hyphen belongs to a compound ("start-up")
        for t in toks[s.end + 2 : min(n, s.end + 10)]:
            if glued or t.text in {"'s", "’s"}:
                glued = False
                continue
            if t.text == "-" and not t.whitespace_:
                glued = True
                continue
            if (
                t.is_punct
                or t.lower_ in _APPOSITION_STOPS
                or (t.pos_ in {"VERB", "AUX"} and t.dep_ != "amod")
            ):
                break
            last = t
        if last is not None and last.lower_ in _APPOSED_EVENT_HEADS:
            out.append(Span(doc, s.start, s.end, label="EVENT"))
    # the name's other mentions are the same event ("... Bolt exhibited at Kaskelot.")
    names = {e.text for e in out}
    taken = {e.start for e in out}
    out += [
        Span(doc, s.start, s.end, label="EVENT")
        for s in spans
        if s.text in names and s.start not in taken and not s.kb_id_ and s.label_ in {"ORG", "GPE", "PRODUCT"}
    ]
    return out


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _overlapping(spans: list[Span]) -> Callable[[Span], list[Span]]:
    """A lookup of the spans overlapping a span, in list order (a token index instead of a scan)."""
    if any(k.start >= k.end for k in spans):
        return lambda span: [k for k in spans if _overlaps(k, span)]
    by_token: dict[int, list[int]] = {}
    for n, k in enumerate(spans):
        for i in range(k.start, k.end):
            by_token.setdefault(i, []).append(n)

    def lookup(span: Span) -> list[Span]:
        found = {n for i in range(span.start, span.end) for n in by_token.get(i, ())}
        return [spans[n] for n in sorted(found)]

    return lookup


def _longer_company_name(span: Span, inside: list[Span]) -> bool:
    """`span` runs on from a known company's name at its start into capitalised words that end in a
    company word ("Group", "Electronics", "Machinery")."""
    if len(inside) != 1:
        return False
    known = inside[0]
    if known.label_ != "ORG" or known.start != span.start or known.end >= span.end:
        return False
    tail = span[known.end - span.start :]
    if all(t.is_alpha and (t.is_title or t.is_upper) for t in tail) and tail[-1].lower_ in COMPANY_ENDINGS:
        return True
    return _unit_tail(tail)


# Last words of a unit's name after its parent's ("Microsoft AI", "Sony Interactive Entertainment",
# "BMW i Ventures", "the OpenAI Startup Fund", "Samsung Advanced Institute of Technology")
_UNIT_TAIL_ENDS = frozenset(
    {"ai", "fund", "funds", "ventures", "capital", "entertainment", "research", "labs", "lab", "brain"}
    | {"institute", "academy", "foundation", "technology", "technologies", "armament", "solutions"}
)
_NAME_LINKS = frozenset({"of", "and", "for", "&"})


def _unit_tail(tail: Span) -> bool:
    """The words after a known company's name in a longer NER organization name make a unit's name:
    capitalised words (a one-letter brand word such as BMW's 'i' among them, 'of'/'and' between two)
    that end in a unit or institution word."""
    n = len(tail)
    if n > 5 or tail[-1].lower_ not in _UNIT_TAIL_ENDS or not (tail[-1].is_title or tail[-1].is_upper):
        return False
    for k, t in enumerate(tail):
        if t.is_alpha and (t.is_title or t.is_upper):
            continue
        if 0 < k < n - 1 and (t.lower_ in _NAME_LINKS or (len(t) == 1 and t.is_lower and t.is_alpha)):
            continue
        return False
    return True


def _ner_spans(doc: Doc, kb_spans: list[Span], lex: Lexicon, kb: KnowledgeBase) -> list[Span]:
    out: list[Span] = []
    overlapping = _overlapping(kb_spans)
    for ent in doc.ents:
        label = _NER_LABELS.get(ent.label_)
        if label is None:
            continue
        span = _trim(Span(doc, ent.start, ent.end, label=label))
        if span is None or _is_junk(span, lex):
            continue
        inside = overlapping(span)
        if inside:
            # A longer NER name that merely contains a KB place stays a name ("Shanghai Daily"),
            # unless the place sits at its edge of a person ("Tracy Quin Shanghai" -> "Tracy Quin").
            if label in ("ORG", "EVENT") and all(
                k.label_ in ("GPE", "NORP")
                and k.start >= span.start
                and k.end <= span.end
                and len(k) < len(span)
                for k in inside
            ):
                # a venue keeps its city visible ("the Shanghai New International Expo Centre")
                if (
                    label == "ORG"
                    and kb.lookup_place(span.text) is None
                    and (span[-1].lower_ not in _VENUES or work_centre(list(span)))
                    and span[0].lower_ not in _REGION_PREFIXES  # "Greater China" is a region
                ):
                    out.append(span)
                continue
            # "Qiming Aerospace Group", "Tencent Music Entertainment Group": a known company's short
            # name opening a longer company name is part of that other name
            if label == "ORG" and _longer_company_name(span, inside):
                out.append(span)
                continue
            if label == "PERSON" and _surname_with_brand(span, inside, lex):
                out.append(span)  # "Zhang Hongqi said": the person, not the car brand Hongqi
                continue
            if label == "PERSON":
                start, end = span.start, span.end
                for k in inside:
                    if k.end == end:
                        end = k.start
                    elif k.start == start:
                        start = k.end
                if end - start >= 2 and not any(_overlaps(k, doc[start:end]) for k in inside):
                    out.append(Span(doc, start, end, label="PERSON"))
                continue
            # Text after a KB organization and its possessive is left for the product rules.
            continue
        if label == "GPE" and kb.lookup_org(span.text) is not None:
            continue
        if label == "GPE" and len(span) >= 2 and span[-1].lower_ in _ARENA_WORDS | {"hall", "halls"}:
            continue  # a venue ("SAP Center"), not a place of the schema
        if len(span) >= 2 and span[0].lower_ == "greater" and kb.lookup_place(span[1:].text) is not None:
            continue  # a sales region ("Greater China")
        out.append(span)
    return out


def _surname_with_brand(span: Span, inside: list[Span], lex: Lexicon) -> bool:
    """A two-word person name pairing a frequent family name with a one-word KB brand ("Wang
    Yangwang", "Aito Yamada")."""
    if len(span) != 2 or len(inside) != 1 or len(inside[0]) != 1 or inside[0].label_ != "ORG":
        return False
    other = span[1] if inside[0].start == span.start else span[0]
    return other.is_title and other.lower_ in lex.common_surnames


def _propn_run(doc: Doc, i: int, taken: set[int]) -> int:
    """End of the run of capitalised tokens starting at i (names like 'Monolith Management')."""
    toks = doc_tokens(doc)
    j = i
    while (
        j < len(doc)
        and j not in taken
        and (
            toks[j].pos_ == "PROPN"
            or (toks[j].is_title and not toks[j].is_sent_start)
            or (j > i and toks[j].text in {"&", "-"} and j + 1 < len(doc) and toks[j + 1].is_title)
        )
    ):
        j += 1
    return j


_SHOWING_VERBS = frozenset({"show", "exhibit", "display", "demonstrate", "demo", "showcase"})


def _extra_orgs(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Names the NER missed: 'chip designer Sophgo', 'Transwarp, a ... developer', list members."""
    toks = doc_tokens(doc)
    taken = {i for s in spans for i in range(s.start, s.end)}
    text = doc_text(doc)
    person_words = {t.text for s in spans if s.label_ == "PERSON" for t in s}
    out: list[Span] = []
    for tok in toks:
        i = tok.i
        if i in taken or not (tok.pos_ == "PROPN" and _CAP.match(tok.text)):
            continue
        if i > 0 and toks[i - 1].pos_ == "PROPN" and (i - 1) not in taken:
            continue
        end = _propn_run(doc, i, taken)
        if end <= i:
            continue
        cand = doc[i:end]
        if _is_junk(cand, lex) or cand.text.lower() in lex.titles or not org_shape_ok(cand, lex):
            continue
        prev = toks[i - 1] if i > 0 else None
        after = doc[end : end + 3]
        is_org = False
        if prev is not None and _org_noun(doc, i - 1, lex) and prev.pos_ in {"NOUN", "ADP", "ADV", "VERB"}:
            is_org = True  # "investment firm Citic Group", "existing backer Monolith Management"
        elif (
            len(after) >= 2
            and after[0].text == ","
            and (
                after[1].lower_ in {"a", "an", "the"}
                and any(_org_noun(doc, t.i, lex) for t in doc[end + 2 : end + 9])
            )
        ):
            is_org = True  # "Transwarp, a big-data infrastructure software developer"
        elif (
            prev is not None
            and i >= 2
            and prev.lower_ in {"based", "headquartered"}
            and toks[i - 2].text in {"-", "‐"}
        ) or (
            prev is not None
            and prev.lower_ in {"its", "their"}
            and end < len(doc)
            and toks[end].lower_ in _BRAND_NOUNS
        ):
            is_org = True  # "Chongqing-based Seres", "Geely showed its Zeekr brand"
        elif _possessed_unit(doc, end, spans, lex):
            is_org = True  # "Cainiao, Alibaba's logistics arm", "Zeekr, Geely's premium brand"
        elif tok.dep_ == "conj" and any(s.label_ == "ORG" and s.start <= tok.head.i < s.end for s in spans):
            is_org = True
        elif (
            end == i + 1
            and tok.dep_ == "nsubj"
            and tok.head.pos_ == "VERB"
            and tok.head.lemma_.lower() in _SHOWING_VERBS
            and tok.text not in person_words
            and tok.ent_type_ not in {"PERSON", "GPE", "NORP"}
            and any(c.dep_ == "dobj" and c.is_lower for c in tok.head.children)
        ):
            is_org = True  # "and Dreame showed a vacuum that climbs steps": a maker showing its wares
        elif (
            _after_tie(doc, i, spans)
            or _OWNED_AFTER.match(text, toks[end - 1].idx + len(toks[end - 1]))
            or _company_held(cand)
        ):
            # "Xiaomi-backed Roborock", "Temu, owned by PDD", "Quantinuum (a Honeywell unit)":
            # what a company backs or owns is a company
            is_org = True
        if is_org:
            out.append(Span(doc, i, end, label="ORG"))
            taken.update(range(i, end))
    return out


# Last words of investment-firm names ("IDG Capital", "Sinovation Ventures", "Vision Fund").
_INVESTOR_SUFFIXES = frozenset({"capital", "ventures", "partners", "investments", "fund"})
_NAME_LABELS = frozenset({"ORG", "GPE", "PERSON", "NORP"})
_FUNDRAISING_VERBS = frozenset({"raise", "secure", "close", "complete", "land", "bag", "clinch"})
_FUNDRAISING_NOUNS = frozenset({"round", "funding", "financing", "million", "billion", "investment"})


def _whole_line(doc: Doc, span: Span) -> bool:
    """Whether the span is all of its line (a heading or a list label)."""
    text = doc.text
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    return text[line_start : len(text) if line_end < 0 else line_end].strip() == span.text


def _investor_names(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """'IDG Capital', 'Geely Capital', 'Baidu Ventures': capitalised words before an investment-firm
    suffix are one organization, even where the KB or the NER knows only the first word."""
    toks = doc_tokens(doc)
    by_token = {i: s for s in spans for i in range(s.start, s.end)}
    out: list[Span] = []
    for tok in toks:
        if not tok.is_title or tok.i == 0:
            continue
        if tok.lower_ not in _INVESTOR_SUFFIXES and not (
            tok.lower_ in {"investment", "management"}
            and toks[tok.i - 1].lower_ in {"venture", "capital", "asset"}
        ):
            continue
        span = by_token.get(tok.i)
        if span is not None and span.label_ == "ORG" and span.kb_id_:
            continue  # a KB name already covers it ("Sequoia Capital China")
        start = tok.i
        while (
            start > 0
            and tok.i - start < 4
            and (
                not toks[start - 1].is_sent_start
                or toks[start - 1].pos_ == "PROPN"
                or (start - 1) in by_token
            )
            and (toks[start - 1].is_title or toks[start - 1].is_upper)
            and not toks[start - 1].like_num
            and toks[start - 1].text[:1].isalnum()
            and toks[start - 1].lower_ not in _DETERMINERS
            and getattr(by_token.get(start - 1), "label_", "") != "EVENT"
        ):
            start -= 1
        if start == tok.i:
            continue
        cand = doc[start : tok.i + 1]
        if tok.lower_ == "partners" and _whole_line(doc, cand):
            continue  # "AFC Asian Cup Partners": a heading over a sponsor list, not an investment firm
        first = by_token.get(start)
        if _is_junk(cand, lex) or (
            first is not None and first.label_ not in {"ORG", "GPE", "PERSON", "NORP"}
        ):
            continue
        out.append(Span(doc, start, tok.i + 1, label="ORG"))
    return out


def _funder(tok: Token) -> bool:
    """'a round led by Benchmark', 'investment from Hongshan': the name that funds a round."""
    prep = tok.head
    if tok.dep_ not in {"pobj", "conj"} or prep.dep_ not in {"agent", "prep"}:
        return False
    if tok.dep_ == "conj":
        return _funder(tok.head)
    head = prep.head
    if prep.lower_ == "by" and head.lemma_.lower() in {"lead", "co-lead", "back", "fund", "finance"}:
        return head.head.lower_ in _FUNDRAISING_NOUNS | {"raise"} or any(
            c.dep_ == "nsubjpass" and c.lower_ in _FUNDRAISING_NOUNS | {"raise"} for c in head.children
        )
    if prep.lower_ in {"including", "like", "as"}:
        # "investors including Prosperity7"
        return head.lemma_.lower() in {"investor", "backer", "shareholder"}
    return prep.lower_ == "from" and head.lemma_.lower() in {
        "secure",
        "raise",
        "participation",
        "investment",
        "funding",
        "backing",
    }


# Words that end a registered company name after a brand ("Beijing ByteDance Technology").
_REGISTERED_TAILS = frozenset(
    {"technology", "technologies", "information", "network", "networks", "science", "electronics", "software"}
)


def _registered_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """'Beijing ByteDance Technology': a place, a known company and a business word are one company."""
    toks = doc_tokens(doc)
    by_start = {s.start: s for s in spans}
    out: list[Span] = []
    for s in spans:
        # a known company, or a name already ending in a business word ("Tencent Technology")
        tailed = len(s) >= 2 and doc[s.end - 1].lower_ in _REGISTERED_TAILS
        if s.label_ != "ORG" or not (s.kb_id_ or tailed) or s.start == 0 or s.end >= len(doc):
            continue
        place = next((p for p in spans if p.end == s.start and p.label_ == "GPE"), None)
        end = s.end
        while end < len(doc) and toks[end].lower_ in _REGISTERED_TAILS and toks[end].is_title:
            end += 1
        if place is not None and (end > s.end or tailed) and end not in by_start:
            out.append(Span(doc, place.start, end, label="ORG"))
    return out


def _fundraisers(doc: Doc, spans: list[Span]) -> list[Span]:
    """'Galbot closed a 700 million yuan round': an unknown name that raises money is a company;
    so is one that leads or joins a round ('a round led by Benchmark')."""
    toks = doc_tokens(doc)
    taken = {i for s in spans for i in range(s.start, s.end)}
    out: list[Span] = []
    for tok in toks:
        if tok.i in taken or tok.pos != PROPN:
            continue
        v = tok.head
        if (
            tok.pos_ == "PROPN"
            and tok.i not in taken
            and _CAP.match(tok.text)
            and tok.dep_ in {"pobj", "conj"}
            and _funder(tok)
        ):
            start = min(t.i for t in tok.subtree)
            if all(toks[k].pos_ == "PROPN" and k not in taken for k in range(start, tok.i + 1)):
                out.append(Span(doc, start, tok.i + 1, label="ORG"))
            continue
        if (
            tok.dep_ == "nsubj"
            and tok.pos_ == "PROPN"
            and tok.i not in taken
            and _CAP.match(tok.text)
            and v.lemma_.lower() in _FUNDRAISING_VERBS
            and any(t.lower_ in _FUNDRAISING_NOUNS for t in v.subtree if t.i > v.i)
        ):
            start = min(t.i for t in tok.subtree)
            if all(toks[k].pos_ == "PROPN" and k not in taken for k in range(start, tok.i + 1)):
                out.append(Span(doc, start, tok.i + 1, label="ORG"))
    return out


_BRAND_NOUNS = frozenset({"brand", "subsidiary", "unit", "arm", "division", "affiliate"})


def _possessed_unit(doc: Doc, end: int, spans: list[Span], lex: Lexicon) -> bool:
    """', ORG's [modifiers] NOUN' follows token `end`, the noun one an organization is called
    ('arm', 'brand', 'unit'): the name before it is that organization's."""
    toks = doc_tokens(doc)
    if end + 3 >= len(doc) or toks[end].text != ",":
        return False
    owner = next((s for s in spans if s.start == end + 1 and s.label_ == "ORG"), None)
    if owner is None or owner.end >= len(doc) or toks[owner.end].text not in {"'s", "’s"}:
        return False
    for k in range(owner.end + 1, min(len(doc), owner.end + 5)):
        if not toks[k].is_lower:
            return False
        if _org_noun(doc, k, lex):
            return True
    return False


# An ownership phrase right after a name: "X, owned by", "X (majority owned by", "X, a unit of".
_OWNED_AFTER = re.compile(
    r"\s*[,(]\s*(?:(?:majority|wholly|partly|fully)[-\s])?(?:owned|controlled)\s+by\s"
    r"|\s*[,(]\s*(?:a|an)\s+(?:[A-Z][\w-]*\s+)?(?:subsidiary|unit|division|joint\s+venture)\b"
)
# Nouns whose 'in'/'of'/'between' object is a company: "a stake in X", "the owner of X",
# "a joint venture of A and B", "its acquisition of X".
_HOLDING_NOUNS = frozenset(
    {
        "stake",
        "owner",
        "shareholder",
        "venture",
        "acquisition",
        "takeover",
        "buyout",
        "subsidiary",
        "affiliate",
    }
)


def _company_held(span: Span) -> bool:
    """The span is what a stake, an owner or a joint venture is of ('a 51% stake in Altera')."""
    tok = span.root
    for _ in range(4):
        if tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head
        elif tok.dep_ == "compound" and tok.head.is_lower and tok.head.i > tok.i:
            # "the owner of the A and B brands": names that modify a common noun
            tok = tok.head
        else:
            break
    if tok.dep_ != "pobj":
        return False
    prep, head = tok.head.lower_, tok.head.head.lemma_.lower()
    # "sold a stake in X to Y", "completed the sale of X to Y": the buyer is a company too
    sold = head in {"sell", "sale"} or any(
        c.dep_ == "dobj" and c.lemma_ == "sale" for c in tok.head.head.children
    )
    return (prep in {"in", "of", "between"} and head in _HOLDING_NOUNS) or (prep == "to" and sold)


def _after_tie(doc: Doc, i: int, spans: list[Span]) -> bool:
    """Token i follows '<ORG>-backed' / '<ORG>-owned' ('Xiaomi-backed Roborock')."""
    toks = doc_tokens(doc)
    return (
        i >= 3
        and toks[i - 1].lower_ in _TIE_PARTICIPLES
        and toks[i - 2].text in {"-", "‐"}
        and any(s.label_ == "ORG" and s.start <= i - 3 < s.end for s in spans)
    )


# Last words of company names that the NER leaves outside the name ("Volvo Cars", "Hyundai Motor").
_NAME_FINALS = frozenset(
    {
        "Cars",
        "Motors",
        "Motor",
        "Auto",
        "Automotive",
        "Electronics",
        "Technologies",
        "Semiconductor",
        "Robotics",
    }
)


def _retype_tied(doc: Doc, spans: list[Span]) -> list[Span]:
    """A name outside the KB that a company backs or owns is a company, whatever the NER said;
    a company name the NER cut before its last word ('Volvo Cars') gets it back."""
    toks = doc_tokens(doc)
    taken = {s.start for s in spans}
    out: list[Span] = []
    for s in spans:
        if (
            s.label_ in {"GPE", "PERSON"}
            and not s.kb_id_
            and (
                _after_tie(doc, s.start, spans)
                or _company_held(s)
                or _OWNED_AFTER.match(doc_text(doc), s.end_char) is not None
            )
        ):
            s = Span(doc, s.start, s.end, label="ORG")
        if (
            s.label_ == "ORG"
            and not s.kb_id_
            and s.end < len(doc)
            and s.end not in taken
            and toks[s.end].text in _NAME_FINALS
            and s.root.head.i == s.end
        ):
            s = Span(doc, s.start, s.end + 1, label="ORG")
        out.append(s)
    return out


def _org_noun(doc: Doc, i: int, lex: Lexicon) -> bool:
    """'firm', 'developer', or a hyphenated kind that spaCy splits ('start-up')."""
    toks = doc_tokens(doc)
    tok = toks[i]
    if tok.lower_ in lex.org_nouns or tok.lower_ in ORG_KIND_NOUNS:
        return True
    return i >= 2 and toks[i - 1].text == "-" and f"{toks[i - 2].lower_}-{tok.lower_}" in lex.org_nouns


def _product_name_end(doc: Doc, i: int, taken: set[int], lex: Lexicon) -> int:
    """End of a product name starting at i: capitalised or alphanumeric tokens ('GPT-4o', 'Ernie 4.0')."""
    toks = doc_tokens(doc)
    j = i
    while j < len(doc) and j not in taken:
        t = toks[j]
        low = t.lower_
        if low in lex.product_heads or (low in lex.not_entities and j > i):
            break
        if (
            t.is_title
            or t.is_upper
            or any(c.isdigit() for c in t.text)
            or (t.pos_ == "PROPN" and not t.is_lower)
            or (t.is_alpha and _CAP.match(t.text))  # "KoGPT", "iFlytek"
        ):
            j += 1
            continue
        if (
            t.text in {"-", "."}
            and j > i
            and j + 1 < len(doc)
            and not toks[j + 1].is_space
            and (toks[j + 1].like_num or toks[j + 1].is_title or any(c.isdigit() for c in toks[j + 1].text))
        ):
            j += 1
            continue
        break
    return j


def _products(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Product names from their contexts: 'Google's Bard', 'the Kimi chatbot', 'its model Tongyi Qianwen'."""
    toks = doc_tokens(doc)
    taken = {i for s in spans for i in range(s.start, s.end)}
    org_ends = {s.end: s for s in spans if s.label_ == "ORG"}
    found: list[Span] = []

    def accept(i: int) -> None:
        if i >= len(doc) or i in taken:
            return
        end = _product_name_end(doc, i, taken, lex)
        if end <= i:
            return
        cand = doc[i:end]
        low = cand.text.lower()
        if (
            (_is_junk(cand, lex) and not _LOWER_CODE.match(cand.text))
            or low in lex.titles
            or lex.title_re.match(cand.text)
            or low in _MONTHS
        ):
            return
        if all(t.lower_ in lex.org_nouns or t.lower_ in lex.event_generic for t in cand):
            return
        found.append(Span(doc, i, end, label="PRODUCT"))
        taken.update(range(i, end))

    for tok in toks:
        i = tok.i
        low = tok.lower_  # Token string attributes are rebuilt on each access
        # ORG's NAME / ORG's own NAME
        if i in org_ends and tok.text in _POSSESSIVE:
            j = i + 1
            if j < len(doc) and toks[j].lower_ in {"own", "new", "latest"}:
                j += 1
            if j < len(doc) and (
                toks[j].is_title or toks[j].is_upper or any(c.isdigit() for c in toks[j].text)
            ):
                accept(j)
                k = _product_name_end(doc, j, set(), lex)
                if k + 1 < len(doc) and toks[k].lower_ == "and":
                    accept(k + 1)
        # NAME followed (within two tokens) by a product head noun: "the Kimi chatbot", "R1 reasoning model"
        elif low in lex.product_heads and tok.pos_ == "NOUN" and tok.is_lower:  # not "Volvo Cars"
            k = i - 1
            steps = 0
            while (
                k >= 0
                and steps < 3
                and (toks[k].is_lower or toks[k].lower_ in {"ai", "gpu", "llm"})
                and toks[k].is_alpha
                and toks[k].pos_ in {"NOUN", "ADJ", "PROPN", "VERB"}
            ):
                k -= 1
                steps += 1
            if (
                k >= 0
                and k not in taken
                and (not toks[k].is_lower or _LOWER_CODE.match(toks[k].text))  # "abab6"
                and not toks[k].is_punct
            ):
                start = k
                while (
                    start - 1 >= 0
                    and (start - 1) not in taken
                    and not toks[start - 1].is_lower
                    and not toks[start - 1].is_punct
                    and not toks[start - 1].is_space
                    and toks[start - 1].lower_ not in _DETERMINERS
                ):
                    start -= 1
                if (start not in taken and not toks[start].is_sent_start) or (
                    start > 0 and toks[start - 1].lower_ in _DETERMINERS | {"its"}
                ):
                    accept(start)
            # "the Taycan, the electric sports car from Porsche": a name before an apposition headed
            # by a product noun (the head is its last noun)
            if i + 1 < len(doc) and toks[i + 1].pos_ not in {"NOUN", "PROPN"}:
                k = i - 1
                while k > i - 5 and k >= 0 and toks[k].is_lower and toks[k].pos_ in {"NOUN", "ADJ", "VERB"}:
                    k -= 1
                if k >= 2 and toks[k].lower_ in {"a", "an", "the"} and toks[k - 1].text == ",":
                    start = k - 1
                    while start - 1 >= 0 and (start - 1) not in taken and toks[start - 1].is_title:
                        start -= 1
                    if start < k - 1 and not toks[start].is_sent_start:
                        accept(start)
            # "its large language model Tongyi Qianwen", "the company's foundation model, Ernie 4.0"
            j = i + 1
            if j < len(doc) and toks[j].text == ",":
                j += 1
            if j < len(doc) and not toks[j].is_lower and toks[j].pos_ == "PROPN":
                det = next(
                    (
                        t
                        for t in doc[max(0, i - 5) : i]
                        if t.lower_ in {"its", "their", "the"} or t.text in _POSSESSIVE
                    ),
                    None,
                )
                if det is not None:
                    accept(j)
        # "the developer of ChatGPT", "OpenAI, whose ChatGPT ..."
        elif (
            low in lex.developer_nouns and i + 1 < len(doc) and toks[i + 1].lower_ == "of"
        ) or low == "whose":
            j = i + 2 if low != "whose" else i + 1
            if j < len(doc) and not toks[j].is_lower and not toks[j].is_punct:
                accept(j)
        # launch verbs with a bare name object: "DeepSeek released R1"
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in lex.launch_verbs:
            for child in tok.children:
                if child.dep_ == "dobj" and child.i not in taken and not child.is_lower:
                    sub = [t.i for t in child.subtree]
                    start = min(sub)
                    if toks[start].lower_ in _DETERMINERS:
                        start += 1
                    if start == child.i or all(not toks[x].is_lower for x in range(start, child.i + 1)):
                        accept(start)
    return found


_QUANTIFIER_NOUNS = frozenset({"pair", "line", "range", "set", "kind", "type"})
_OWNED_PARTICIPLES = frozenset({"owned", "controlled", "backed", "funded", "run", "operated"})


def _product_context(doc: Doc, span: Span, lex: Lexicon) -> bool:
    """A name used as a product: 'the Kimi chatbot', 'model Tongyi Qianwen', 'DingTalk, the group's app'."""
    toks = doc_tokens(doc)
    heads = lex.product_heads
    after = doc[span.end : span.end + 3]
    for k, t in enumerate(after):
        if t.pos_ in {"VERB", "AUX"}:
            break  # "Xu Li said models would ...": the head noun starts another clause
        if t.lower_ in heads and t.pos_ in {"NOUN", "PROPN"} and t.is_lower:  # not "Volvo Cars"
            # "the Volcano Engine platform": a weak head does not turn an organization into a product
            return not (span.label_ == "ORG" and t.lower_ in WEAK_HEADS)
        if k >= 1 or not (t.is_lower or (t.is_upper and len(t.text) <= 4)):
            break
    before = doc[max(0, span.start - 2) : span.start]
    if len(before) and before[-1].text == "," and len(before) > 1:
        before = doc[max(0, span.start - 2) : span.start - 1]
    if len(before) and before[-1].lower_ in heads and before[-1].pos_ == "NOUN":
        det = doc[max(0, span.start - 6) : span.start]
        if any(t.lower_ in {"its", "their", "the"} or t.text in _POSSESSIVE for t in det):
            return True
    # an apposition only: "DingTalk, the group's app", not "Zhang, who runs Huawei's cloud business"
    if (
        span.end + 1 < len(doc)
        and toks[span.end].text == ","
        and toks[span.end + 1].lower_ not in {"who", "whose"}
    ):
        # the apposition's own head is its last noun: "Volcano Engine, the cloud services arm of
        # ByteDance" is an organization although "cloud" is a product word
        head = None
        for t in doc[span.end + 1 : span.end + 9]:
            if t.lower_ == "of" and head is not None and head.lower_ in _QUANTIFIER_NOUNS:
                continue  # "a pair of smart glasses": the head comes after 'of'
            participle = t.i + 1 < len(doc) and toks[t.i + 1].tag_ == "VBN"
            if t.text == "-" and not t.whitespace_ and participle:
                if toks[t.i + 1].lower_ in _OWNED_PARTICIPLES:
                    return False  # "the Alibaba-controlled shopping platform" is a company
                continue  # a compound modifier ("camera-equipped")
            if t.tag_ == "VBN" and toks[t.i - 1].text == "-" and not toks[t.i - 1].whitespace_:
                continue
            if t.is_punct or t.pos_ in {"ADP", "VERB", "AUX"} or t.lower_ in {"that", "which"}:
                break
            if t.pos_ in {"NOUN", "PROPN"}:
                head = t
        if head is not None and head.pos_ == "NOUN":
            if head.lower_ == "vehicle" and toks[head.i - 1].lower_ in {"investment", "financing", "purpose"}:
                return False  # "a state-owned investment vehicle" is a company
            return head.lower_ in heads or head.lower_ in {"upgrade", "version", "successor"}
    return False


def _retype_products(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """NER names the context shows to be products become PRODUCT everywhere in the document."""
    texts = {
        s.text
        for s in spans
        if s.label_ in {"ORG", "PERSON", "GPE"} and not s.kb_id_ and _product_context(doc, s, lex)
    }
    if not texts:
        return spans
    return [
        Span(doc, s.start, s.end, label="PRODUCT") if s.text in texts and not s.kb_id_ else s for s in spans
    ]


_UNIT_WORDS = {"unit", "subsidiary", "arm", "division", "brand", "affiliate"}


_CALLED_UNIT = re.compile(
    r"^(?:,\s+(?:which\s+is\s+)?|\s+(?:is|was|became|remains)\s+)(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:subsidiary|unit|division|arm|affiliate|offshoot|spin-?off)\s+of\b"
)


def _retype_units(doc: Doc, spans: list[Span]) -> list[Span]:
    """'Volkswagen's Porsche unit': a name between a company's possessive and a unit noun is a company;
    so is a name called a subsidiary ('X, a subsidiary of Y') or owned ('Geely-owned Volvo Cars')."""
    toks = doc_tokens(doc)
    orgs_end = {s.end for s in spans if s.label_ == "ORG"}
    text = doc_text(doc)
    out: list[Span] = []
    for s in spans:
        if (
            s.label_ == "PRODUCT"
            and (
                _after_tie(doc, s.start, spans)
                or _CALLED_UNIT.match(text[s.end_char : s.end_char + 80])
                or _UNIT_APPOSITION.match(text[s.end_char : s.end_char + 90])
                # "ByteDance, the owner of TikTok"
                or re.search(
                    r"\b(?:owner|parent|parent company) of (?:the )?$",
                    text[max(0, s.start_char - 30) : s.start_char],
                )
                # "its subsidiary TikTok"
                or (
                    s.start >= 2
                    and toks[s.start - 1].lower_ in {"subsidiary", "subsidiaries", "unit", "division"}
                    and (
                        toks[s.start - 2].lower_ in {"its", "their"} or toks[s.start - 2].text in _POSSESSIVE
                    )
                )
            )
        ):
            end = s.end
            # "Volvo Cars": the product rule cut the name before its capitalised last word
            if (
                end < len(doc)
                and toks[end].is_title
                and toks[end].pos_ in {"PROPN", "NOUN"}
                and not toks[end].is_sent_start
            ):
                end += 1
            s = Span(doc, s.start, end, label="ORG")
        if (
            (s.label_ == "PRODUCT" or (s.label_ in {"GPE", "PERSON"} and not s.kb_id_))
            and s.end < len(doc)
            and toks[s.end].lower_ in _UNIT_WORDS
            and s.start >= 2
            and toks[s.start - 1].text in _POSSESSIVE
            and s.start - 1 in orgs_end
        ):
            s = Span(doc, s.start, s.end, label="ORG")
        out.append(s)
    # the unit's other mentions, which the product rules typed the same way, follow it
    units = {s.text for s in out if s.label_ == "ORG" and not s.kb_id_}
    if units:
        out = [
            Span(doc, s.start, s.end, label="ORG")
            if s.label_ == "PRODUCT" and not s.kb_id_ and s.text in units
            else s
            for s in out
        ]
    return out


# ", the group's cloud computing subsidiary", ", an AI arm of ...": the name before it is a company
_UNIT_APPOSITION = re.compile(
    r"^,\s+(?:which\s+is\s+)?(?:a|an|the|its)\s+(?:(?!of\b|and\b)[\w'’-]+\s+){0,4}?"
    r"(?:subsidiary|unit|division|arm|affiliate|offshoot|spin-?off)\b"
)


_PLACE_WORD = re.compile(r"^[A-Za-z][\w'’-]*$")


def _kb_led_units(doc: Doc, spans: list[Span]) -> list[Span]:
    """A company's name with more words after it that an apposition calls a unit names that unit,
    here and wherever else the same words follow the company's name: capitalised words after a
    known company ("Naver Cloud, the group's cloud subsidiary", "LG AI Research, the AI arm of LG")
    or a place in brackets after any company ("Lam Research (Suzhou), the Chinese arm of Lam
    Research", "its main subsidiary, Lam Research (Suzhou)")."""
    toks = doc_tokens(doc)
    text = doc_text(doc)
    n_toks = len(doc)
    heads: list[Span] = [s for s in spans if s.label_ == "ORG" and s.end < n_toks]
    org_words = {tuple(t.text for t in s) for s in heads}
    starts = {(s.start, s.end) for s in heads}
    if org_words:
        # the same name where the NER missed it, right before a bracket
        for tok in toks:
            if tok.text != "(":
                continue
            for words in org_words:
                start = tok.i - len(words)
                if (
                    start >= 0
                    and (start, tok.i) not in starts
                    and all(toks[start + k].text == w for k, w in enumerate(words))
                ):
                    heads.append(Span(doc, start, tok.i, label="ORG"))
                    starts.add((start, tok.i))
    names: set[tuple[str, ...]] = set()
    for s in heads:
        end = s.end
        while s.kb_id_ and end < n_toks and end - s.end < 3:
            t = toks[end]
            if t.is_alpha and not t.is_stop and (t.is_title or (t.is_upper and len(t) <= 4)):
                end += 1
            else:
                break
        bracket = False
        if end == s.end and end + 2 < n_toks and toks[end].text == "(" and toks[end + 1].text[:1].isupper():
            close = next((k for k in range(end + 2, min(n_toks, end + 5)) if toks[k].text == ")"), 0)
            if close and all(_PLACE_WORD.match(t.text) for t in toks[end + 1 : close]):
                end = close + 1
                bracket = True
        if end == s.end:
            continue
        last = toks[end - 1]
        if _UNIT_APPOSITION.match(text[last.idx + len(last) : last.idx + 90]) or (
            bracket
            and s.start >= 2
            and toks[s.start - 1].text == ","
            and toks[s.start - 2].lower_ in _UNIT_WORDS
        ):
            names.add(tuple(t.text for t in toks[s.start : end]))
    if not names:
        return spans
    units: list[Span] = []
    for s in heads:
        for name in names:
            n = len(name)
            if s.start + n <= n_toks and all(toks[s.start + k].text == w for k, w in enumerate(name)):
                units.append(Span(doc, s.start, s.start + n, label="ORG"))
                break
    if not units:
        return spans
    units = filter_spans(units)
    return sorted(
        units + [s for s in spans if not any(_overlaps(s, u) for u in units)], key=lambda s: s.start
    )


# After a maker's name a letter and a digit name a model too ("Xpeng X9", "Unitree G1"), but not a
# half-year or a quarter ("Xiaomi H1 revenue")
_LETTER_DIGIT = re.compile(r"^[A-GI-PR-Z]\d$")
_TIER_WORDS = frozenset({"pro", "max", "ultra", "plus", "mini", "lite"})


def _maker_code(text: str) -> bool:
    return is_model_code(text) or bool(_LETTER_DIGIT.match(text))


def _maker_led_products(doc: Doc, spans: list[Span], kb: KnowledgeBase) -> list[Span]:
    """'the Xpeng X9', 'Li Auto L9', 'Huawei P60 Pro': a model code right after a known company's name
    is that company's product (the small model leaves it out of any name)."""
    toks = doc_tokens(doc)
    taken = {i for s in spans for i in range(s.start, s.end)}
    found: list[Span] = []
    for s in spans:
        k = s.end
        if s.label_ != "ORG" or not s.kb_id_ or k >= len(doc) or k in taken or toks[k - 1].whitespace_ != " ":
            continue
        record = kb.get_org(s.kb_id_)
        if record is None or record.kind is not OrgKind.COMPANY or not _maker_code(toks[k].text):
            continue
        end = k + 1
        # "P60 Pro": more codes or a tier word of the same name
        while (
            end < len(doc)
            and end not in taken
            and toks[end - 1].whitespace_ == " "
            and (_maker_code(toks[end].text) or toks[end].lower_ in _TIER_WORDS)
        ):
            end += 1
        found.append(Span(doc, k, end, label="PRODUCT"))
    return sorted(spans + found, key=lambda s: s.start) if found else spans


@functools.lru_cache(maxsize=8)
def _region_words(regions: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The lexicon's world regions as token sequences, longest first (built once, not per document)."""
    return tuple(sorted((tuple(r.replace("-", " - ").split()) for r in regions), key=len, reverse=True))


def _region_end(doc: Doc, start: int, regions: tuple[tuple[str, ...], ...]) -> int:
    """The end of a world-region name ("Asia Pacific", "Europe") starting at token `start`, or 0."""
    toks = doc_tokens(doc)
    for words in regions:
        end = start + len(words)
        if (
            end <= len(doc)
            and not toks[start].is_lower
            and all(toks[start + k].lower_ == w.lower() for k, w in enumerate(words))
        ):
            return end
    return 0


def _named_units(doc: Doc, spans: list[Span], lex: Lexicon, kb: KnowledgeBase) -> list[Span]:
    """A known company's name running on into more name words: its own suffix keeps the company
    ("Unitree Technology" is Unitree), a unit word or a place makes a unit of it, a separate organization
    ("Samsung Foundry", "Baidu AI Cloud", "Microsoft Research Asia", "Intel China", "Alibaba Cloud
    Singapore"). The small model cuts such names at the known part or tags the place on its own."""
    toks = doc_tokens(doc)
    n_toks = len(doc)
    regions = _region_words(lex.world_regions)
    gpe_at = {s.start: s for s in spans if s.label_ == "GPE"}

    def joined(i: int) -> bool:
        # the next word follows after one space, on the same line, and opens no new sentence
        return i < n_toks and toks[i - 1].whitespace_ == " " and not toks[i].is_sent_start

    changed: list[Span] = []
    for s in spans:
        if s.label_ != "ORG" or s.end >= n_toks:
            continue
        record = kb.get_org(s.kb_id_) if s.kb_id_ else None
        if record is not None and record.kind in (OrgKind.AGENCY, OrgKind.UNIVERSITY):
            continue
        end = s.end
        if (
            record is not None
            and joined(end)
            and toks[end].lower_ in lex.name_suffix_words
            and not toks[end].is_lower
        ):
            end += 1
        own_end = end
        while (
            record is not None
            and end - own_end < 2
            and joined(end)
            and toks[end].lower_ in lex.unit_name_words
            and toks[end].is_title
        ):
            end += 1
        place_end = 0
        if joined(end):
            place = gpe_at.get(end)
            if place is not None and kb.lookup_place(span_text(place)) is not None:
                place_end = place.end
            else:
                place_end = _region_end(doc, end, regions)
        if place_end:
            after = toks[place_end] if place_end < n_toks else None
            # "Hong Kong-listed", "made Huawei China's top vendor": the place starts another phrase
            if after is None or not (after.text in _POSSESSIVE or after.text in {"-", "–"} or after.is_title):
                end = place_end
        if end == s.end or (end > own_end and joined(end) and toks[end].is_title):
            # "Baidu Robotics Day": the words run on into a longer name that is not the unit's
            continue
        if end == own_end:
            changed.append(Span(doc, s.start, end, label="ORG", kb_id=s.kb_id_))
        else:
            changed.append(Span(doc, s.start, end, label="ORG"))
    if not changed:
        return spans
    return sorted(
        changed + [s for s in spans if not any(_overlaps(s, c) for c in changed)], key=lambda s: s.start
    )


def _is_word_char(c: str) -> bool:
    """What `\\w` matches in a str regex."""
    return c.isalnum() or c == "_"


def _whole_word_matches(text: str, names: list[str]) -> Iterator[tuple[int, int, str]]:
    """The matches `re.finditer(r"(?<![\\w-])(name1|name2|...)(?!\\w)", text)` yields, as (start, end, name).

    Compiling that alternation anew for every document cost more than all the searching; plain
    `str.find` per name gives the candidate starts, and the same rules pick among them: leftmost
    first, then the first name in `names` order that ends at a word boundary, no overlaps.
    """
    starts: dict[int, list[int]] = {}
    for ni, name in enumerate(names):
        p = text.find(name)
        while p >= 0:
            starts.setdefault(p, []).append(ni)
            p = text.find(name, p + 1)
    last_end = 0
    for p in sorted(starts):
        if p < last_end or (p > 0 and (text[p - 1] == "-" or _is_word_char(text[p - 1]))):
            continue
        for ni in starts[p]:
            end = p + len(names[ni])
            if end == len(text) or not _is_word_char(text[end]):
                yield p, end, names[ni]
                last_end = end
                break


_DOT_LIST_LINE = re.compile(r"^[^\n]*? [·•] [^\n]*$", re.M)
_DOT_SEP = re.compile(r"\s+[·•]\s+")


def _dot_list_siblings(doc: Doc, spans: list[Span]) -> list[Span]:
    """'adidas · Coca-Cola · Hyundai Motor · QatarEnergy · Visa': an item of a dotted list of names
    the NER left untyped takes the type its typed siblings share (organizations only)."""
    text = doc_text(doc)
    if " · " not in text and " • " not in text:
        return spans
    by_char = {(s.start_char, s.end_char): s for s in spans}
    added: list[Span] = []
    for line in _DOT_LIST_LINE.finditer(text):
        items: list[tuple[int, int]] = []
        pos = line.start()
        for part in _DOT_SEP.split(line.group(0)):
            lead = len(part) - len(part.lstrip())
            start, end = pos + lead, pos + len(part.rstrip())
            items.append((start, end))
            pos += len(part)
            sep = _DOT_SEP.match(text, pos)
            pos = sep.end() if sep else pos
        if len(items) < 3:
            continue
        typed = [by_char[it].label_ for it in items if it in by_char]
        if len(typed) < 2 or any(t != "ORG" for t in typed):
            continue
        for start, end in items:
            if (start, end) in by_char or not 0 < end - start <= 40:
                continue
            span = doc.char_span(start, end, label="ORG")
            if span is None or len(span) > 4 or not span[0].is_alpha:
                continue
            if any(s.start < span.end and span.start < s.end for s in spans):
                continue
            added.append(span)
    return sorted(spans + added, key=lambda s: s.start) if added else spans


# First cells of a table's heading row written in lower case ("Company | Booth | Products")
_TABLE_HEADINGS = frozenset(
    {"company", "companies", "brand", "brands", "maker", "makers", "exhibitor", "exhibitors", "firm"}
    | {"name", "organisation", "organization", "entity", "vendor", "sponsor", "partner", "startup"}
)
_TABLE_ROW = re.compile(r"^[^\n|]*\S[ \t]+\|[ \t]+\S[^\n]*$", re.M)


def _table_column_siblings(doc: Doc, spans: list[Span]) -> list[Span]:
    """'BRAND | COUNTRY | ON THE STAND', 'Hongqi | China | premium saloons': the first cells of a
    table's rows name organizations when at least two of them are organizations already and none a
    person; a short capitalised cell the model left out or took for a place or product is one too."""
    text = doc_text(doc)
    rows: list[list[tuple[int, int, int]]] = []  # runs of adjacent rows: (cell start, cell end, cells)
    headings: set[int] = set()  # rows all in capitals ("BRAND | COUNTRY | ON THE STAND")
    for m in _TABLE_ROW.finditer(text):
        line = m.group(0)
        cell = line.split("|", 1)[0]
        start = m.start() + len(cell) - len(cell.lstrip())
        row = (start, m.start() + len(cell.rstrip()), line.count("|") + 1)
        first_row = not rows or text.count("\n", rows[-1][-1][1], m.start()) != 1
        if line.isupper() or (first_row and cell.strip().lower() in _TABLE_HEADINGS):
            headings.add(start)
        if rows and text.count("\n", rows[-1][-1][1], m.start()) == 1 and rows[-1][-1][2] == row[2]:
            rows[-1].append(row)
        else:
            rows.append([row])
    if not rows:
        return spans
    by_char = {(s.start_char, s.end_char): s for s in spans}
    added: list[Span] = []
    replaced: set[tuple[int, int]] = set()
    for run in rows:
        if len(run) < 3:
            continue
        known = [by_char[(a, b)] for a, b, _ in run if (a, b) in by_char]
        orgs = sum(1 for k in known if k.label_ == "ORG")
        if orgs < 2 or any(k.label_ in ("PERSON", "EVENT") for k in known) or orgs < 2 * (len(known) - orgs):
            continue
        for a, b, _ in run:
            span = by_char.get((a, b))
            if span is not None and (span.label_ == "ORG" or span.kb_id_):
                continue
            if a in headings or not text[a : a + 1].isupper():
                continue
            new = doc.char_span(a, b, label="ORG")
            if (
                new is None
                or len(new) > 4
                or not new[0].is_alpha
                or (span is None and any(_overlaps(new, s) for s in spans))
            ):
                continue
            added.append(new)
            if span is not None:
                replaced.add((a, b))
    if not added:
        return spans
    kept = [s for s in spans if (s.start_char, s.end_char) not in replaced]
    return sorted(kept + added, key=lambda s: s.start)


_BULLET_LINE = re.compile(r"^[ \t]*(?:[-•*·▪–]|\d{1,2}[.)])[ \t]+(?=\S)", re.M)


def _bullet_list_siblings(doc: Doc, spans: list[Span]) -> list[Span]:
    """'- Hexian Tech, a Shenzhen chip developer; - Tanyu Systems, ...; - Lianrui Microwave of Chengdu.':
    the capitalised words that open a bullet item are an organization when at least two other items
    of the same list open with one and none with a person."""
    text = doc_text(doc)
    toks = doc_tokens(doc)
    # the item start of each bullet line, in runs of lines at most one blank line apart
    runs: list[list[int]] = []
    for m in _BULLET_LINE.finditer(text):
        if runs and text.count("\n", runs[-1][-1], m.start()) <= 2:
            runs[-1].append(m.end())
        else:
            runs.append([m.end()])
    if not runs:
        return spans
    opening = {s.start_char: s for s in spans}
    added: list[Span] = []
    for run in runs:
        labels = [opening[c].label_ for c in run if c in opening]
        if len(run) < 3 or labels.count("ORG") < 2 or "PERSON" in labels:
            continue
        for c in run:
            if c in opening:
                continue
            first = doc.char_span(c, c + 1, alignment_mode="expand")
            if first is None:
                continue
            i = end = first.start
            while (
                end < len(doc)
                and end - i < 6
                and toks[end].is_alpha
                and (toks[end].is_title or toks[end].is_upper)
            ):
                end += 1
            if end - i < 2 or any(s.start < end and i < s.end and s.label_ != "GPE" for s in spans):
                continue
            added.append(Span(doc, i, end, label="ORG"))
    if not added:
        return spans
    kept = [s for s in spans if not any(s.start < a.end and a.start < s.end for a in added)]
    return sorted(kept + added, key=lambda s: s.start)


_LIST_NAME_GLUE = frozenset({"-", "&", "of", "and", "for", "'s", "’s", "(", ")"})


def _semicolon_list_siblings(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """'Tianjin Phytium Information Technology; the Shanghai High-Performance Integrated Circuit Design
    Center; Sunway Microelectronics': an item of a semicolon list of names the NER missed or cut is an
    organization when at least two of its siblings are whole organizations."""
    toks = doc_tokens(doc)
    semis = [t.i for t in toks if t.text == ";"]
    if len(semis) < 2:
        return spans
    exact = {(s.start, s.end): s for s in spans}
    added: list[Span] = []
    removed: set[tuple[int, int]] = set()
    retyped: dict[tuple[int, int], Span] = {}
    run: list[tuple[int, int]] = []

    def flush() -> None:
        if len(run) < 3:
            return
        orgs = sum(1 for a, b in run if (a, b) in exact and exact[(a, b)].label_ == "ORG")
        if orgs < 2:
            return
        for a, b in run:
            item = exact.get((a, b))
            if item is not None:
                # "...; Kestrel Dynamics; Fennix; ...": a one-word brand the model took for a place it
                # does not know, or for a product no lexicon knows ("NovaLidar"; as in `_flush_list`)
                if (item.label_ == "GPE" and not item.kb_id_) or (
                    item.label_ == "PRODUCT"
                    and not item.kb_id_
                    and span_text(item).lower() not in lex.known_products
                ):
                    retyped[(a, b)] = Span(doc, a, b, label="ORG")
                continue
            if not 1 <= b - a <= 10:
                continue
            words = toks[a:b]
            if not _name_word(words[0]) or not _name_word(words[-1]):
                continue
            if b - a == 1 and not (words[0].is_upper or _camel(words[0].text)):
                continue
            if any(not (_name_word(t) or t.lower_ in _LIST_NAME_GLUE) for t in words):
                continue
            inside = [x for x in spans if a <= x.start and x.end <= b]
            if any(x.start < b and a < x.end for x in spans if x not in inside):
                continue
            if any(x.label_ in {"ORG", "PERSON", "PRODUCT"} for x in inside):
                continue
            removed.update((x.start, x.end) for x in inside)
            added.append(Span(doc, a, b, label="ORG"))

    prev = None
    for k, semi in enumerate(semis):
        nxt = semis[k + 1] if k + 1 < len(semis) else None
        if prev is not None and (
            semi - prev > 14 or any(toks[j].text == "." or toks[j].is_space for j in range(prev + 1, semi))
        ):
            flush()
            run = []
        # the item before this semicolon: back to the previous one, a colon or at most 12 tokens
        start = semi - 1
        while (
            start > 0
            and semi - start < 12
            and toks[start - 1].text not in {";", ":", ","}
            and not toks[start - 1].is_space
        ):
            start -= 1
        if toks[start].lower_ in {"the", "and"}:
            start += 1
        run.append((start, semi))
        if nxt is None:
            # the last item: up to the next punctuation
            end = semi + 1
            if end < len(doc) and toks[end].lower_ in {"the", "and"}:
                end += 1
            b = end
            while b < len(doc) and b - end < 12 and (not toks[b].is_punct or toks[b].text in {"-", "&"}):
                b += 1
            run.append((end, b))
        prev = semi
    flush()
    if not added and not retyped:
        return spans
    kept = [retyped.get((x.start, x.end), x) for x in spans if (x.start, x.end) not in removed]
    return sorted(kept + added, key=lambda x: x.start)


def _camel(text: str) -> bool:
    """'HavocAI', 'DeepRoute': a capital inside a word that opens with one."""
    return text[:1].isupper() and any(c.isupper() for c in text[1:]) and any(c.islower() for c in text)


def _name_word(tok: Token) -> bool:
    """A word that can be part of a company name in a list: 'Shield', 'BRINC', 'HavocAI'."""
    return tok.text[:1].isalpha() and (tok.is_title or tok.is_upper or _camel(tok.text))


@dataclass(slots=True)
class _ListItem:
    """One item of a comma list: its tokens, the entity span it is (if any), whether a list word
    ("," "and" "or", or an opening verb or preposition) comes right before it, and the place name it
    swallows ("Shanghai QuantumCTek")."""

    start: int
    end: int
    span: Span | None
    opens: bool
    swallowed: tuple[Span, ...] = ()


# a name that goes on after these is longer than the run of capitalised words ("University of X")
_NAME_GOES_ON = frozenset({"of", "for", "de", "du", "der", "von", "van", "&", "-"})


def _comma_list_siblings(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """'China sanctioned Teal Drones, Red Cat Holdings and Skydio', 'Alliant Techsystems Operations,
    AeroVironment, ViaSat and Data Link Solutions': in a comma list of names where at least two
    items are organizations and none is a person or a place, an item the NER left untyped, typed a
    product the lexicons do not know, or a city name joined to an unknown name, is an organization
    too. An item counts only after a list word: a word right after a name continues that name."""
    toks = doc_tokens(doc)
    by_start = {s.start: s for s in spans}
    taken = {i for s in spans for i in range(s.start, s.end)}
    retyped: dict[int, Span] = {}
    dropped: set[int] = set()
    added: list[Span] = []

    def title_run(i: int, stop: int) -> int:
        j = i
        while j < stop and j - i < 5 and j not in taken and toks[j].is_alpha and toks[j].text[0].isupper():
            j += 1
        return j

    for sent in doc.sents:
        items: list[_ListItem] = []
        i, opens = sent.start, False
        while i < sent.end:
            t = toks[i]
            span = by_start.get(i)
            if span is not None:
                run_end = title_run(span.end, sent.end) if span.label_ == "GPE" else span.end
                unknown = by_start.get(span.end) if span.label_ == "GPE" else None
                if unknown is not None and unknown.label_ == "ORG" and not unknown.kb_id_:
                    # "Chengdu Haiguang": the NER cut the city off an organization it does not know
                    items.append(_ListItem(span.start, unknown.end, None, opens, swallowed=(span, unknown)))
                    i = unknown.end
                elif run_end > span.end:
                    items.append(_ListItem(span.start, run_end, None, opens, swallowed=(span,)))
                    i = run_end
                else:
                    items.append(_ListItem(span.start, span.end, span, opens))
                    i = span.end
                opens = False
                continue
            if t.text in {",", ":"} or t.lower_ in {"and", "or"}:
                opens = True
                i += 1
                continue
            j = title_run(i, sent.end) if i not in taken else i
            if j > i and (
                opens or (i > sent.start and toks[i - 1].is_lower and toks[i - 1].pos_ in {"VERB", "ADP"})
            ):
                if j < sent.end and (toks[j].lower_ in _NAME_GOES_ON or toks[j].is_title):
                    _flush_list(items, retyped, dropped, added, doc, lex)
                    items, opens, i = [], False, j
                    continue
                items.append(_ListItem(i, j, None, True))
                i, opens = j, False
                continue
            _flush_list(items, retyped, dropped, added, doc, lex)
            items = []
            # a verb or preposition may open the next list ("sanctioned A, B and C")
            opens = t.is_lower and t.pos_ in {"VERB", "ADP"}
            i += 1
        _flush_list(items, retyped, dropped, added, doc, lex)
    if not retyped and not added:
        return spans
    out = [retyped.get(s.start, s) for s in spans if s.start not in dropped]
    return sorted(out + added, key=lambda s: s.start)


def _flush_list(
    items: list[_ListItem],
    retyped: dict[int, Span],
    dropped: set[int],
    added: list[Span],
    doc: Doc,
    lex: Lexicon,
) -> None:
    """Type the items of one finished comma list (see `_comma_list_siblings`)."""
    if len(items) < 3:
        return
    labels = [it.span.label_ for it in items if it.span is not None]
    if labels.count("ORG") < 2 or any(label in {"PERSON", "GPE", "NORP", "EVENT"} for label in labels):
        return
    for it in items:
        if not it.opens:
            continue
        if it.span is None:
            if doc[it.start].text.lower() not in CALENDAR_WORDS:
                added.append(Span(doc, it.start, it.end, label="ORG"))
                dropped.update(x.start for x in it.swallowed)
        elif (
            it.span.label_ == "PRODUCT"
            and not it.span.kb_id_
            and it.span.text.lower() not in lex.known_products
        ):
            retyped[it.start] = Span(doc, it.span.start, it.span.end, label="ORG")


def _coordinated_products(spans: list[Span]) -> list[Span]:
    """'AT128 and ATX automotive lidar sensors': an unknown name joined to a product and followed
    by a common noun is another product, not a company."""
    out = list(spans)
    taken = {i for s in spans for i in range(s.start, s.end)}
    added: list[Span] = []
    for k, b in enumerate(out):
        doc = b.doc
        if b.label_ != "ORG" or b.kb_id_ or b.start < 2 or doc[b.start - 1].lower_ not in {"and", "or", ","}:
            continue
        if b.end >= len(doc) or not doc[b.end].is_lower or not doc[b.end].is_alpha:
            continue
        a = out[k - 1] if k > 0 and out[k - 1].end == b.start - 1 else None
        if a is not None and a.label_ == "PRODUCT":
            out[k] = Span(doc, b.start, b.end, label="PRODUCT")
        elif a is None and b.start - 2 not in taken and is_model_code(doc[b.start - 2].text):
            added.append(Span(doc, b.start - 2, b.start - 1, label="PRODUCT"))  # "AT128 and ATX lidars"
            out[k] = Span(doc, b.start, b.end, label="PRODUCT")
    return sorted(out + added, key=lambda s: s.start) if added else out


def _surname_people(spans: list[Span]) -> list[Span]:
    """'Alexandr Wang ... Wang will lead': a one-word guess (no KB id) that is the surname of
    exactly one person named in full in the document is that person."""
    surnames: dict[str, int] = {}
    for s in spans:
        if s.label_ == "PERSON" and len(s) >= 2 and s[-1].is_title:
            surnames[s[-1].text] = surnames.get(s[-1].text, 0) + 1
    if not surnames:
        return spans
    return [
        Span(s.doc, s.start, s.end, label="PERSON")
        if s.label_ in {"ORG", "GPE"} and not s.kb_id_ and len(s) == 1 and surnames.get(s.text) == 1
        else s
        for s in spans
    ]


def _known_surfaces(doc: Doc, spans: list[Span]) -> list[Span]:
    """Every other occurrence of a name already typed in this document gets the same type."""
    typed: dict[str, Span] = {}
    for s in spans:
        if s.label_ in ("ORG", "PRODUCT", "PERSON") and len(text := span_text(s)) > 1:
            typed.setdefault(text, s)
    # "Musk had debated ...": a surname alone names the one person of the document who has it
    people = {span_text(s): s for s in spans if s.label_ == "PERSON" and len(s) >= 2}
    words = [t.text for s in people.values() for t in s]
    for s in people.values():
        last = s[-1]
        if last.is_title and len(last.text) > 2 and words.count(last.text) == 1 and last.text not in typed:
            typed[last.text] = Span(doc, last.i, last.i + 1, label="PERSON")
    if not typed:
        return []
    taken = {i for s in spans for i in range(s.start, s.end)}
    out: list[Span] = []
    for start, end, name in _whole_word_matches(doc_text(doc), sorted(typed, key=len, reverse=True)):
        span = doc.char_span(start, end)
        if span is None or any(i in taken for i in range(span.start, span.end)):
            continue
        src = typed[name]
        out.append(Span(doc, span.start, span.end, label=src.label_, kb_id=src.kb_id_))
        taken.update(range(span.start, span.end))
    return out


def _places_named_as_orgs(spans: list[Span]) -> list[Span]:
    """A name the model tags a place once and an organization elsewhere in the document ("Hexian
    Tech") is the organization, unless the KB knows it as a place."""
    orgs = {span_text(s): s for s in spans if s.label_ == "ORG"}
    return [
        Span(s.doc, s.start, s.end, label="ORG", kb_id=orgs[span_text(s)].kb_id_)
        if s.label_ == "GPE" and not s.kb_id_ and span_text(s) in orgs
        else s
        for s in spans
    ]


# An agenda slot: "10:15 ADDRESS - JD Vance, Vice President", "Chair: Arthur Mensch, co-founder, Mistral
# AI", "With Yann LeCun, chief AI scientist, Meta; Fei-Fei Li, professor, ...": the name before the
# first comma of each entry is a person, whatever the NER made of it in a line of capitals.
_AGENDA_LINE = re.compile(
    r"^(?:\d{1,2}[:.]\d{2}\s+)?"
    r"(?:[A-Z][A-Z&/' ]{2,40}?\s+[-–—]|(?:Chair|Moderator|Speaker|With)\b:?)\s+(.+)$",
    re.M,
)
_AGENDA_NAME = re.compile(r"(?:^|;\s*)([A-Z][\w'.]+(?:[ -][A-Z][\w'.]+){1,2}),")


def _agenda_people(doc: Doc) -> list[Span]:
    """Names that open the entries of an agenda line are people."""
    out: list[Span] = []
    text = doc_text(doc)
    for line in _AGENDA_LINE.finditer(text):
        base = line.start(1)
        for m in _AGENDA_NAME.finditer(line.group(1)):
            span = doc.char_span(base + m.start(1), base + m.end(1), label="PERSON")
            if span is not None:
                out.append(span)
    return out


# A speaker-list entry on its own line: "- Alan Baratz, CEO, D-Wave Quantum", "Eddie Wu, Chairman and
# CEO, Alibaba Cloud; CEO, Alibaba Group" (a title between a name and a capitalized organization).
_ENTRY_LINE = re.compile(r"^[ \t]*(?:[-•*·][ \t]+)?(\S.*?)[ \t]*$", re.M)
_ENTRY = re.compile(
    r"^(?:(?:With|And|[A-Z][\w ]{0,30}:)\s+)?"
    r"(?:([A-Z][\w'.-]+(?: [A-Z][\w'.-]+){1,3}),\s+)?([A-Za-z][\w&' -]*?),\s+"
    r"([A-Z0-9][\w&.'-]*(?: (?:[A-Z0-9&][\w&.'-]*|of|and|for|de))*)(?:\s*\([^)]*\))?$"
)


def _entry_names(doc: Doc, lex: Lexicon, kb: KnowledgeBase) -> list[Span]:
    """The person and organization of each 'NAME, TITLE, ORG' entry of a speaker line."""
    out: list[Span] = []
    text = doc_text(doc)
    for line in _ENTRY_LINE.finditer(text):
        if "," not in line.group(1) or line.group(1).endswith((".", ":")):
            continue
        pos = line.start(1)
        for entry in re.split(r"(;\s*)", line.group(1)):
            m = _ENTRY.match(entry)
            if m is not None and lex.title_re.match(m.group(2)):
                for group, label in ((1, "PERSON"), (3, "ORG")):
                    # "Li Qiang, Premier, China": a place in the organization's slot stays a place
                    if m.group(group) and not (label == "ORG" and kb.lookup_place(m.group(group))):
                        span = doc.char_span(pos + m.start(group), pos + m.end(group), label=label)
                        if span is not None:
                            out.append(span)
            pos += len(entry)
    return out


def _retype_titled_people(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """'Cristiano Amon, chief executive of Qualcomm', 'chief executive Xu Li': an NER guess named with
    a job title is a person."""
    out: list[Span] = []
    for s in spans:
        if s.label_ in {"ORG", "PRODUCT"} and not s.kb_id_ and 2 <= len(s) <= 3 and _titled(doc, s, lex):
            s = Span(doc, s.start, s.end, label="PERSON")
        out.append(s)
    return out


# Title words that also describe companies ("partner Zhipu", "market leader Huawei").
_COMPANY_TITLES = frozenset(
    {"partner", "partners", "leader", "leaders", "head", "executive", "executives", "board"}
)


def _titled(doc: Doc, span: Span, lex: Lexicon) -> bool:
    toks = doc_tokens(doc)
    if not all(t.is_title and t.is_alpha for t in span):
        return False
    before = doc[max(0, span.start - 3) : span.start]
    last = before[-1] if len(before) else None
    if last is not None and last.is_lower and last.lower_ not in _COMPANY_TITLES:
        # "chief executive Lisa Su", "co-founder Zhang Yiming" (a lower-case title right before; a
        # bare modifier such as "the" or "of" is no title)
        if last.lower_ in lex.title_modifiers or not lex.title_re.match(last.text):
            return False
        words = [t.text for t in before if t.is_lower]
        return lex.title_re.match(" ".join(words[-2:])) is not None
    if span.end + 2 < len(doc) and toks[span.end].text == ",":
        k = span.end + 1
        if toks[k].lower_ in {"the", "a", "its", "their"}:
            k += 1
        j = k
        while j < min(len(doc), k + 6) and toks[j].lower_ not in {"of", "at", ","} and not toks[j].is_punct:
            j += 1
        phrase = doc[k:j].text
        if all(t.lower_ in lex.title_modifiers for t in doc[k:j]):
            return False
        if (
            j <= k
            or j >= len(doc)
            or toks[j].lower_ not in {"of", "at"}
            or toks[j - 1].lower_ in _COMPANY_TITLES
        ):
            return False
        return lex.title_re.match(phrase) is not None
    return False


# Heads that make a name the NER took for an organization an event ("the Global AI Summit");
# "Forum" and "Congress" also end names of bodies (Frontier Model Forum, National People's Congress).
_NAMED_EVENT_HEADS = frozenset(
    {
        "conference",
        "summit",
        "expo",
        "exposition",
        "fair",
        "exhibition",
        "symposium",
        "convention",
        "festival",
        "cup",
        "games",
        "olympics",
        "championship",
        "championships",
    }
)
# Role words a heading adds after an event's name ("FIFA World Cup Sponsors", "WAIC Partners").
_HEADING_ROLES = frozenset(
    {"sponsors", "sponsor", "partners", "partner", "exhibitors", "speakers", "organisers"}
)


def _venue_rest(doc: Doc, end: int) -> bool:
    """The capitalised words after a name run on to a venue noun ('... and Convention Center')."""
    toks = doc_tokens(doc)
    for t in toks[end : min(len(doc), end + 4)]:
        if t.lower_ in _VENUES and t.is_title:
            return True
        if not (t.is_title or t.lower_ in {"and", "&", "of"}):
            return False
    return False


def _retype_named_events(spans: list[Span]) -> list[Span]:
    """An unknown name ending in an event noun ('Global AI Summit') is an event, not an organization."""
    out: list[Span] = []
    for s in spans:
        doc = s.doc
        if (
            s.label_ in {"ORG", "EVENT"}
            and not s.kb_id_
            and len(s) > 2
            and s[-1].lower_ in _HEADING_ROLES
            and s[-2].lower_ in _NAMED_EVENT_HEADS
        ):
            s = Span(doc, s.start, s.end - 1, label="EVENT")  # "FIFA World Cup Sponsors" heads a list
        # a venue the NER cut short ("World Expo Exhibition | and Convention Center") stays a place
        if s.label_ == "EVENT" and not s.kb_id_ and _venue_rest(doc, s.end):
            continue  # the NER's "National Exhibition | and Convention Center": part of a venue's name
        if (
            s.label_ == "ORG"
            and not s.kb_id_
            and len(s) > 1
            and s[-1].lower_ in _NAMED_EVENT_HEADS
            and not any(t.lower_ in _VENUES for t in doc[s.end : s.end + 4])
        ):
            s = Span(doc, s.start, s.end, label="EVENT")
        out.append(s)
    return out


def find_mentions(doc: Doc, matchers: KbMatchers, lex: Lexicon, products: ProductMatchers) -> Doc:
    """Set `doc.ents` to the reconciled entity mentions (see module docstring)."""
    toks = doc_tokens(doc)
    kb = matchers.kb
    plex = products.lex
    kb_spans = filter_spans(split_possessive_names(doc, _kb_matches(doc, matchers), kb))
    # lexicon products beat shorter KB names inside them ("Apple Intelligence", "DeepSeek-V3")
    kb_spans = filter_spans(lexicon_products(doc, products, kb_spans) + kb_spans)
    kb_spans = _legal_tails(doc, _named_arenas(doc, _split_country_prefix(doc, kb_spans, kb)))
    kb_spans = _event_bodies(doc, kb_spans)
    with_city = _series_with_city(doc, kb_spans)
    if with_city:
        kb_spans = filter_spans(with_city + kb_spans)
    gov = _government_orgs(doc, kb_spans, kb)
    if gov:
        kb_spans = filter_spans(gov + kb_spans)
    ner = company_shaped_people(filter_names(doc, _ner_spans(doc, kb_spans, lex, kb), lex, plex, kb))
    legal = [
        s
        for s in _legal_names(doc, kb) + registered_names(doc, kb_spans + ner, kb, lex, doc_text(doc))
        if not any(_overlaps(s, k) and k.label_ == "ORG" and len(k) >= len(s) for k in kb_spans)
    ]
    spans = _retype_named_events(filter_spans(legal + kb_spans + ner))
    agenda = _agenda_people(doc) + _entry_names(doc, lex, kb)
    if agenda:
        spans = filter_spans(agenda + spans)
    spans = cued_people(doc, _retype_titled_people(doc, spans, lex), lex, plex, kb)
    events = _pattern_events(doc, spans, lex) + _apposed_events(doc, spans)
    if events:
        spans = filter_spans(events + [s for s in spans if not any(_overlaps(s, e) for e in events)])
    spans = filter_spans(
        _investor_names(doc, spans, lex) + _registered_names(doc, spans) + _fundraisers(doc, spans) + spans
    )
    spans = _retype_tied(doc, filter_spans(spans + _extra_orgs(doc, spans, lex)))
    spans = _named_units(doc, _kb_led_units(doc, spans), lex, kb)
    spans = filter_spans(spans + _products(doc, spans, lex))
    known = lex.known_products
    if known:
        taken = {i for s in spans for i in range(s.start, s.end)}
        for tok in toks:
            if tok.lower_ in known and tok.i not in taken and not tok.is_lower:
                spans.append(Span(doc, tok.i, tok.i + 1, label="PRODUCT"))
        spans = filter_spans(spans)
    spans = _retype_products(doc, spans, lex)
    spans = filter_spans(context_products(doc, spans, plex, kb, lambda c: _is_junk(c, lex)))
    spans = _maker_led_products(doc, filter_spans(merge_products(doc, spans, kb, plex)), kb)
    spans = org_names_in_context(doc, possessive_final_names(doc, _retype_units(doc, spans)), lex)
    spans = _semicolon_list_siblings(doc, _dot_list_siblings(doc, title_employers(doc, spans, lex, kb)), lex)
    spans = _bullet_list_siblings(doc, spans)
    spans = _comma_list_siblings(doc, _table_column_siblings(doc, spans), lex)
    spans = coordinated_people(doc, spans, lex, plex, kb)
    spans = possessed_people(doc, spans, lex, plex, kb)
    spans = particle_surnames(doc, spans)
    spans = _coordinated_products(_surname_people(filter_spans(spans + _known_surfaces(doc, spans))))
    spans = _glued_model_letters(doc, _body_names_run_on(doc, _places_named_as_orgs(spans)))
    spans = _venues_named_as_people(doc, spans)
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


# Heads of an institution's name that an 'of'/'for' phrase completes ("the Global Alliance of SMEs",
# "the National Astronomical Observatories of China", "the Standing Committee of the National People's
# Congress"): the model stops the name at the head or the preposition.
_BODY_HEADS = frozenset(
    {"alliance", "committee", "observatory", "observatories", "laboratory", "laboratories", "institute"}
    | {"academy", "commission", "council", "association", "federation", "chamber", "bureau", "board"}
    | {"foundation", "society", "union", "organisation", "organization", "secretariat", "coalition"}
    | {"consortium", "league", "centre", "center", "school", "college", "court"}
)


def _body_names_run_on(doc: Doc, spans: list[Span]) -> list[Span]:
    """An organization's name ending in an institution's head runs on over 'of'/'for' and the
    capitalised words after it (places and other organizations among them), up to the first word
    that is neither capitalised nor a link word; not over an event's or a person's name."""
    toks = doc_tokens(doc)
    n_toks = len(doc)
    grown: list[Span] = []
    for s in spans:
        k = s.end
        if (
            s.label_ != "ORG"
            or k + 1 >= n_toks
            or toks[s.end - 1].lower_ not in _BODY_HEADS
            or toks[k].lower_ not in {"of", "for"}
            or toks[k].is_sent_start
        ):
            continue
        end = k + 1
        last_name = 0
        while end < n_toks and end - k <= 10 and not toks[end].is_sent_start:
            t = toks[end]
            nxt = toks[end + 1] if end + 1 < n_toks else None
            if t.is_alpha and t.text[:1].isupper():
                last_name = end + 1
                end += 1
                continue
            after_name = last_name == end
            link = (
                (t.lower_ == "the" and toks[end - 1].lower_ in {"of", "for"})
                or (after_name and (t.lower_ in {"of", "for"} or t.text in _POSSESSIVE))
                # "Science and Technology", not "... and the People's Government"
                or (
                    after_name
                    and t.lower_ in {"and", "&"}
                    and nxt is not None
                    and nxt.text[:1].isupper()
                    and nxt.lower_ != "the"
                )
            )
            if not link:
                break
            end += 1
        if not last_name:
            continue
        new = Span(doc, s.start, last_name, label="ORG")
        if any(o.label_ in ("EVENT", "PERSON", "PRODUCT") and _overlaps(o, new) for o in spans if o is not s):
            continue
        grown.append(new)
    if not grown:
        return spans
    return sorted(
        grown + [s for s in spans if not any(_overlaps(s, g) for g in grown)], key=lambda s: s.start
    )


def _glued_model_letters(doc: Doc, spans: list[Span]) -> list[Span]:
    """'Kirin 990 5G': the tokenizer parts a number from the capital letters glued to it, and the
    product's name ends before them; the letters belong to the name. A product named by one letter
    glued to the word before it is such a part ('G' of '5G', 'V' of 'RISC-V'), no name."""
    toks = doc_tokens(doc)
    n_toks = len(doc)
    out: list[Span] = []
    for s in spans:
        if s.label_ != "PRODUCT":
            out.append(s)
            continue
        if (
            len(s) == 1
            and len(toks[s.start].text) == 1
            and s.start > 0
            and toks[s.start - 1].whitespace_ == ""
        ):
            continue  # "X" alone may be a name; the "V" glued to "RISC-" is not
        end = s.end
        if (
            end < n_toks
            and toks[end - 1].whitespace_ == ""
            and toks[end - 1].is_digit
            and toks[end].is_alpha
            and toks[end].is_upper
            and len(toks[end].text) <= 2
        ):
            s = Span(doc, s.start, end + 1, label="PRODUCT", kb_id=s.kb_id_)
        out.append(s)
    return filter_spans(out)


# ('Hall' and 'Park' are surnames as often)
_PLACE_ENDS = frozenset({"centre", "center", "arena", "stadium", "campus", "hotel", "plaza"})


def _venues_named_as_people(doc: Doc, spans: list[Span]) -> list[Span]:
    """A 'person' named like a place ("Ox Horn Campus", "Convention Center") or written after 'at the'
    ("at the Fira Gran Via") is a venue, no entity of the schema; a person takes no article."""
    toks = doc_tokens(doc)
    out: list[Span] = []
    for s in spans:
        if s.label_ == "PERSON" and not s.kb_id_:
            if toks[s.end - 1].lower_ in _PLACE_ENDS and len(s) >= 2:
                continue
            after = toks[s.end].text if s.end < len(doc) else ""
            if (
                s.start >= 2
                and toks[s.start - 1].lower_ == "the"
                and toks[s.start - 2].lower_ == "at"
                and after not in _POSSESSIVE
            ):
                continue
        out.append(s)
    return out


def org_kind(kb: KnowledgeBase, kb_id: str) -> OrgKind | None:
    """The KB kind of an 'org:...' id, or None."""
    record = kb.get_org(kb_id)
    return record.kind if record else None

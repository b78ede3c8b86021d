"""Small span and token helpers shared by the mention stages."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Span, Token

from rivalgraph.extract.doccache import doc_text, doc_tokens, span_text, span_tokens
from rivalgraph.extract.lexicon import Lexicon, per_lexicon, title_words
from rivalgraph.extract.names import ORG_KIND_NOUNS
from rivalgraph.extract.vocab import CALENDAR_WORDS

DETERMINERS = {"the", "a", "an", "its", "their", "his", "her"}

POSSESSIVE = {"'s", "’s", "'", "’"}

CAP = re.compile(r"^(?:[A-Z0-9]|[a-z]{1,3}[A-Z])")  # "iFlytek", "miHoYo" are capitalised too

MONTHS = CALENDAR_WORDS


def trim(span: Span) -> Span | None:
    """Drop leading determiners and a trailing possessive from an NER span."""
    start, end = span.start, span.end
    doc = span.doc
    toks = doc_tokens(doc)
    while start < end and (toks[start].lower_ in DETERMINERS or toks[start].is_punct or toks[start].is_space):
        start += 1
    while end > start and (
        toks[end - 1].text in POSSESSIVE or toks[end - 1].is_punct or toks[end - 1].is_space
    ):
        end -= 1
    if start >= end:
        return None
    return Span(doc, start, end, label=span.label_, kb_id=span.kb_id_)


VENUES = {"centre", "center", "hall", "arena", "stadium", "venue", "park", "hotel", "mill"}

_DOCUMENT_WORDS = {"list", "rule", "rules", "act", "order", "regulations", "law", "initiative", "agenda"}


@per_lexicon
def _role_words(lex: Lexicon) -> frozenset[str]:
    """Role words of the lexicon ('strategic', 'partner', 'host'...)."""
    roles = {w for r in lex.sponsor_roles for w in r.split()}
    return frozenset(roles | {n for tr in lex.event_triggers.values() for n in tr.nouns})


# a capital after the first letter or a digit: a coded name ("KoGPT", "A100")
_CODED = re.compile(r"^(?=.*[a-z]).+[A-Z]|\d")


def is_junk(span: Span, lex: Lexicon) -> bool:
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
    if all(w in lex.title_modifiers or w in title_words(lex) for w in lows) and (
        lex.title_re.match(text) or lows[-1] in lex.titles
    ):
        return True
    if all(w in MONTHS or t.like_num or t.is_punct for w, t in zip(lows, toks, strict=True)):
        return True
    # Headline words in capitals (KEYNOTE, ANALYSIS) are not names; acronyms (TAITRA) sit in
    # ordinary lines
    if len(span) == 1 and text.isupper() and len(text) >= 6 and _heading_line(span):
        return True
    if len(span) <= 3 and _dateline_label(span):
        return True
    return len(span) > 8


# "GUIYANG, May 30, 2023 | ANALYSIS", "WASHINGTON, Jan. 27, 2023 | SANCTIONS DESK": a dateline in
# capitals and its date, then the story's kind or desk after a bar
_DATELINE = re.compile(r"[A-Z][A-Z .'-]+, [^|\n]*\d{4} \| $")


def _dateline_label(span: Span) -> bool:
    """The span is the label after a dateline's bar, the rest of its line."""
    text = doc_text(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    if text[span.end_char : end if end >= 0 else len(text)].strip():
        return False
    return _DATELINE.fullmatch(text, start, span.start_char) is not None


def _heading_line(span: Span) -> bool:
    """The span's line is written in capitals (a heading or label, not running text)."""
    text = doc_text(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    line = text[start : end if end >= 0 else len(text)]
    return line.upper() == line


ARENA_WORDS = frozenset({"center", "centre", "arena", "stadium"})


def overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def overlap_finder(spans: list[Span]) -> Callable[[Span], list[Span]]:
    """A lookup of the spans overlapping a span, in list order (a token index instead of a scan)."""
    if any(k.start >= k.end for k in spans):
        return lambda span: [k for k in spans if overlaps(k, span)]
    by_token: dict[int, list[int]] = {}
    for n, k in enumerate(spans):
        for i in range(k.start, k.end):
            by_token.setdefault(i, []).append(n)

    def lookup(span: Span) -> list[Span]:
        found = {n for i in range(span.start, span.end) for n in by_token.get(i, ())}
        return [spans[n] for n in sorted(found)]

    return lookup


def propn_run(doc: Doc, i: int, taken: set[int]) -> int:
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


def whole_line(doc: Doc, span: Span) -> bool:
    """Whether the span is all of its line (a heading or a list label)."""
    text = doc.text
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    return text[line_start : len(text) if line_end < 0 else line_end].strip() == span.text


# An ownership phrase right after a name: "X, owned by", "X (majority owned by", "X, a unit of".
OWNED_AFTER = re.compile(
    r"\s*[,(]\s*(?:(?:majority|wholly|partly|fully)[-\s])?(?:owned|controlled)\s+by\s"
    r"|\s*[,(]\s*(?:a|an)\s+(?:[A-Z][\w-]*\s+)?(?:subsidiary|unit|division|joint\s+venture)\b"
)


def org_noun(doc: Doc, i: int, lex: Lexicon) -> bool:
    """'firm', 'developer', or a hyphenated kind that spaCy splits ('start-up')."""
    toks = doc_tokens(doc)
    tok = toks[i]
    if tok.lower_ in lex.org_nouns or tok.lower_ in ORG_KIND_NOUNS:
        return True
    return i >= 2 and toks[i - 1].text == "-" and f"{toks[i - 2].lower_}-{tok.lower_}" in lex.org_nouns


@functools.lru_cache(maxsize=8)
def region_words(regions: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The lexicon's world regions as token sequences, longest first (built once, not per document)."""
    return tuple(sorted((tuple(r.replace("-", " - ").split()) for r in regions), key=len, reverse=True))


def region_end(doc: Doc, start: int, regions: tuple[tuple[str, ...], ...]) -> int:
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


def _is_word_char(c: str) -> bool:
    """What `\\w` matches in a str regex."""
    return c.isalnum() or c == "_"


def whole_word_matches(text: str, names: list[str]) -> Iterator[tuple[int, int, str]]:
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


def camel_case(text: str) -> bool:
    """'HavocAI', 'DeepRoute': a capital inside a word that opens with one."""
    return text[:1].isupper() and any(c.isupper() for c in text[1:]) and any(c.islower() for c in text)


def name_word(tok: Token) -> bool:
    """A word that can be part of a company name in a list: 'Shield', 'BRINC', 'HavocAI'."""
    return tok.text[:1].isalpha() and (tok.is_title or tok.is_upper or camel_case(tok.text))

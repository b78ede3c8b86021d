"""Subsidiaries, units and brands named by their ties ("its unit X", "X-backed Y")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from rivalgraph.extract.doccache import doc_text, doc_tokens, span_text
from rivalgraph.extract.lexicon import Lexicon
from rivalgraph.extract.mentions.spans import (
    OWNED_AFTER,
    POSSESSIVE,
    org_noun,
    overlaps,
    region_end,
    region_words,
)
from rivalgraph.kb import KnowledgeBase, OrgKind

_TIE_PARTICIPLES = {"backed", "owned", "funded", "controlled", "affiliated"}


def possessed_unit(doc: Doc, end: int, spans: list[Span], lex: Lexicon) -> bool:
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
        if org_noun(doc, k, lex):
            return True
    return False


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


def company_held(span: Span) -> bool:
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


def after_tie(doc: Doc, i: int, spans: list[Span]) -> bool:
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


def retype_tied(doc: Doc, spans: list[Span]) -> list[Span]:
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
                after_tie(doc, s.start, spans)
                or company_held(s)
                or OWNED_AFTER.match(doc_text(doc), s.end_char) is not None
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


_UNIT_WORDS = {"unit", "subsidiary", "arm", "division", "brand", "affiliate"}

_CALLED_UNIT = re.compile(
    r"^(?:,\s+(?:which\s+is\s+)?|\s+(?:is|was|became|remains)\s+)(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:subsidiary|unit|division|arm|affiliate|offshoot|spin-?off)\s+of\b"
)


def retype_units(doc: Doc, spans: list[Span]) -> list[Span]:
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
                after_tie(doc, s.start, spans)
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
                    and (toks[s.start - 2].lower_ in {"its", "their"} or toks[s.start - 2].text in POSSESSIVE)
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
            and toks[s.start - 1].text in POSSESSIVE
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


def _abbreviates(short: str, name: str) -> bool:
    """'AWS' for 'Amazon Web Services', 'TII' for 'Technology Innovation Institute': a bracketed
    abbreviation of the name, no place ("Lam Research (Suzhou)") that names a unit."""
    if not (short.isupper() and 2 <= len(short) <= 8) or short[0] != name[:1].upper():
        return False
    rest = iter(name.upper())
    return all(c in rest for c in short)


def kb_led_units(doc: Doc, spans: list[Span]) -> list[Span]:
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
            if (
                close
                and all(_PLACE_WORD.match(t.text) for t in toks[end + 1 : close])
                and not (close == end + 2 and _abbreviates(toks[end + 1].text, s.text))
            ):
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
    return sorted(units + [s for s in spans if not any(overlaps(s, u) for u in units)], key=lambda s: s.start)


def named_units(doc: Doc, spans: list[Span], lex: Lexicon, kb: KnowledgeBase) -> list[Span]:
    """A known company's name running on into more name words: its own suffix keeps the company
    ("Unitree Technology" is Unitree), a unit word or a place makes a unit of it, a separate organization
    ("Samsung Foundry", "Baidu AI Cloud", "Microsoft Research Asia", "Intel China", "Alibaba Cloud
    Singapore"). The small model cuts such names at the known part or tags the place on its own."""
    toks = doc_tokens(doc)
    n_toks = len(doc)
    regions = region_words(lex.world_regions)
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
                place_end = region_end(doc, end, regions)
        if place_end:
            after = toks[place_end] if place_end < n_toks else None
            # "Hong Kong-listed", "made Huawei China's top vendor": the place starts another phrase
            if after is None or not (after.text in POSSESSIVE or after.text in {"-", "–"} or after.is_title):
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
        changed + [s for s in spans if not any(overlaps(s, c) for c in changed)], key=lambda s: s.start
    )

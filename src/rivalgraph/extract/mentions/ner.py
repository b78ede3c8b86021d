"""The statistical NER's spans, reconciled with the KB matches."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from rivalgraph.extract.lexicon import Lexicon
from rivalgraph.extract.mentions.spans import ARENA_WORDS, VENUES, is_junk, overlap_finder, overlaps, trim
from rivalgraph.extract.names import (
    COMPANY_ENDINGS,
    work_centre,
)
from rivalgraph.kb import KnowledgeBase, PlaceKind

_NER_LABELS = {
    "ORG": "ORG",
    "PERSON": "PERSON",
    "PRODUCT": "PRODUCT",
    "GPE": "GPE",
    "LOC": "GPE",
    "EVENT": "EVENT",
}

_REGION_PREFIXES = frozenset({"greater", "mainland"})


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


# Places whose name opens a company's registered name ("Beijing Liuhe BGI"); a country's name or
# adjective opening a name only locates a known body ("US Commerce Department")
_SUBNATIONAL = frozenset({PlaceKind.CITY, PlaceKind.PROVINCE, PlaceKind.REGION, PlaceKind.STATE})


def _place_led_company(span: Span, inside: list[Span], kb: KnowledgeBase) -> bool:
    """'Xinjiang Silk Road BGI', 'Shanghai Zhiyuan Hengyue Technology Partnership': an NER name
    that opens with a city or province and holds a known company's name with words of its own
    between the two or after the company is a local company of its own, not the known one ("Zhejiang
    Geely Holding", the place and the known name alone, stays the known company)."""
    if len(inside) != 2 or len(span) > 8:
        return False
    place, known = inside
    if place.label_ != "GPE" or place.start != span.start or known.label_ != "ORG":
        return False
    if known.start == place.end and known.end == span.end:
        return False
    record = kb.lookup_place(place.text)
    if record is None or record.kind not in _SUBNATIONAL:
        return False
    return all(_name_word(t) or t.text in {"-", "&"} or "-" in t.text for t in span)


def _name_word(t: Token) -> bool:
    return t.is_alpha and (t.is_title or t.is_upper)


def _place_led_company_word(span: Span, inside: list[Span], kb: KnowledgeBase) -> bool:
    """A name opening with a city or province and ending in a company word ("Nanchang O-Film Tech")."""
    if len(inside) != 1 or len(span) < 3 or span[-1].lower_ not in COMPANY_ENDINGS:
        return False
    place = inside[0]
    if place.label_ != "GPE" or place.start != span.start or place.end >= span.end - 1:
        return False
    record = kb.lookup_place(place.text)
    return (
        record is not None
        and record.kind in _SUBNATIONAL
        and all(t.text[:1].isupper() or t.text == "-" for t in span)
    )


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


def ner_spans(doc: Doc, kb_spans: list[Span], lex: Lexicon, kb: KnowledgeBase) -> list[Span]:
    out: list[Span] = []
    overlapping = overlap_finder(kb_spans)
    for ent in doc.ents:
        label = _NER_LABELS.get(ent.label_)
        if label is None:
            # a building's name to the model, but a company's registered name ("Xinjiang Silk Road BGI")
            fac = trim(Span(doc, ent.start, ent.end, label="ORG")) if ent.label_ == "FAC" else None
            if fac is not None and _place_led_company(fac, overlapping(fac), kb):
                out.append(fac)
            continue
        span = trim(Span(doc, ent.start, ent.end, label=label))
        if span is None or is_junk(span, lex):
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
                    and (span[-1].lower_ not in VENUES or work_centre(list(span)))
                    and span[0].lower_ not in _REGION_PREFIXES  # "Greater China" is a region
                ):
                    out.append(span)
                continue
            # "Qiming Aerospace Group", "Tencent Music Entertainment Group": a known company's short
            # name opening a longer company name is part of that other name
            if label == "ORG" and (
                _longer_company_name(span, inside) or _place_led_company(span, inside, kb)
            ):
                out.append(span)
                continue
            if label == "PERSON" and _surname_with_brand(span, inside, lex):
                out.append(span)  # "Zhang Hongqi said": the person, not the car brand Hongqi
                continue
            if label == "PERSON" and _place_led_company_word(span, inside, kb):
                # "Nanchang O-Film Tech": a city, a brand and a company word make a company
                out.append(Span(doc, span.start, span.end, label="ORG"))
                continue
            if label == "PERSON" and _named_like_place(span, inside):
                out.append(span)  # "Lloyd Austin", "Michael I. Jordan": the place is a family name
                continue
            if label == "PERSON":
                start, end = span.start, span.end
                for k in inside:
                    if k.end == end:
                        end = k.start
                    elif k.start == start:
                        start = k.end
                if end - start >= 2 and not any(overlaps(k, doc[start:end]) for k in inside):
                    out.append(Span(doc, start, end, label="PERSON"))
                continue
            # Text after a KB organization and its possessive is left for the product rules.
            continue
        if label == "GPE" and kb.lookup_org(span.text) is not None:
            continue
        if label == "GPE" and len(span) >= 2 and span[-1].lower_ in ARENA_WORDS | {"hall", "halls"}:
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


# a middle initial ("I.") or a generational suffix ("III", "Jr.") in a person's name
_INITIAL = re.compile(r"^(?:[A-Z]\.|I{2,3}|IV|Jr\.?|Sr\.?)$")
_SUFFIXES = frozenset({"II", "III", "IV", "Jr.", "Jr", "Sr.", "Sr"})
_PLACE_PREPS = frozenset({"in", "at", "near", "from", "to", "into", "across", "outside"})


def _named_like_place(span: Span, inside: list[Span]) -> bool:
    """A short person name the model found whose family name is also a known place's name ("Lloyd
    Austin", "Michael I. Jordan"): one place word at the name's end, the other words given names,
    initials or a suffix, no preposition of place before it."""
    if not 2 <= len(span) <= 4 or len(inside) != 1:
        return False
    place = inside[0]
    doc = span.doc
    end = span.end
    while end > span.start + 1 and doc[end - 1].text in _SUFFIXES:
        end -= 1  # "Lloyd J. Austin III"
    # a place opening a two-word name names a company as often ("Dalian Wanda"): only a family name
    if place.label_ != "GPE" or len(place) != 1 or place.end != end or place.start == span.start:
        return False
    if span.start > 0 and doc[span.start - 1].lower_ in _PLACE_PREPS:
        return False
    rest = [t for t in span if not place.start <= t.i < place.end and not _INITIAL.match(t.text)]
    # one given name: two words before a place are a whole name already ("Tracy Quin Shanghai")
    return len(rest) == 1 and rest[0].is_alpha and rest[0].is_title and len(rest[0]) > 1

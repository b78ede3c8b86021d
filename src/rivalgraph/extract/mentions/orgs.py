"""Organization names the small model misses: legal names, government bodies, investors, fundraisers."""

from __future__ import annotations

import re

from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from rivalgraph.extract.doccache import doc_text, doc_tokens
from rivalgraph.extract.lexicon import Lexicon
from rivalgraph.extract.mentions.spans import (
    CAP,
    DETERMINERS,
    OWNED_AFTER,
    POSSESSIVE,
    is_junk,
    org_noun,
    overlaps,
    propn_run,
    whole_line,
    whole_word_matches,
)
from rivalgraph.extract.mentions.units import after_tie, company_held, possessed_unit
from rivalgraph.extract.names import after_sentence_end, org_shape_ok
from rivalgraph.kb import KnowledgeBase, PlaceKind

_GOV = re.compile(
    r"\b(?:municipal |provincial |city |local |central |regional )?(?:people's |people’s )?government\b", re.I
)

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


def legal_names(doc: Doc, kb: KnowledgeBase | None = None) -> list[Span]:
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
        start = after_sentence_end(text, start, end)
        span = doc.char_span(start, end, label="ORG", alignment_mode="contract")
        if span is not None and len(span) >= 3:
            out.append(span)
    return filter_spans(out)


def split_country_prefix(doc: Doc, spans: list[Span], kb: KnowledgeBase) -> list[Span]:
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
    if len(span) >= 3 and toks[span.start + 1].text in POSSESSIVE:
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


def government_orgs(doc: Doc, kb_spans: list[Span], kb: KnowledgeBase) -> list[Span]:
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


_SHOWING_VERBS = frozenset({"show", "exhibit", "display", "demonstrate", "demo", "showcase"})


def extra_orgs(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Names the NER missed: 'chip designer Sophgo', 'Transwarp, a ... developer', list members."""
    toks = doc_tokens(doc)
    taken = {i for s in spans for i in range(s.start, s.end)}
    text = doc_text(doc)
    person_words = {t.text for s in spans if s.label_ == "PERSON" for t in s}
    out: list[Span] = []
    for tok in toks:
        i = tok.i
        if i in taken or not (tok.pos_ == "PROPN" and CAP.match(tok.text)):
            continue
        if i > 0 and toks[i - 1].pos_ == "PROPN" and (i - 1) not in taken:
            continue
        end = propn_run(doc, i, taken)
        if end <= i:
            continue
        cand = doc[i:end]
        if is_junk(cand, lex) or cand.text.lower() in lex.titles or not org_shape_ok(cand, lex):
            continue
        prev = toks[i - 1] if i > 0 else None
        after = doc[end : end + 3]
        is_org = False
        if prev is not None and org_noun(doc, i - 1, lex) and prev.pos_ in {"NOUN", "ADP", "ADV", "VERB"}:
            is_org = True  # "investment firm Citic Group", "existing backer Monolith Management"
        elif (
            len(after) >= 2
            and after[0].text == ","
            and (
                after[1].lower_ in {"a", "an", "the"}
                and any(org_noun(doc, t.i, lex) for t in doc[end + 2 : end + 9])
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
        elif possessed_unit(doc, end, spans, lex):
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
            after_tie(doc, i, spans)
            or OWNED_AFTER.match(text, toks[end - 1].idx + len(toks[end - 1]))
            or company_held(cand)
        ):
            # "Xiaomi-backed Roborock", "Temu, owned by PDD", "Quantinuum (a Honeywell unit)":
            # what a company backs or owns is a company
            is_org = True
        elif (
            end - i >= 2
            and toks[end - 1].lower_ in lex.company_head_words
            and tok.ent_type_ not in _NOT_COMPANY_ENTS
        ):
            is_org = True  # "Kestrel Avionics was sanctioned": an unknown name ending in an industry
        if is_org:
            out.append(Span(doc, i, end, label="ORG"))
            taken.update(range(i, end))
    return out


# what the NER may call a name ending in an industry word when it is no company ("the Robotics
# Systems act", "Tesla's Autopilot Systems")
_NOT_COMPANY_ENTS = frozenset({"PERSON", "GPE", "LOC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART", "FAC"})

# Last words of investment-firm names ("IDG Capital", "Sinovation Ventures", "Vision Fund").
_INVESTOR_SUFFIXES = frozenset({"capital", "ventures", "partners", "investments", "fund"})

_FUNDRAISING_VERBS = frozenset({"raise", "secure", "close", "complete", "land", "bag", "clinch"})

_FUNDRAISING_NOUNS = frozenset({"round", "funding", "financing", "million", "billion", "investment"})


def investor_names(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
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
            and toks[start - 1].lower_ not in DETERMINERS
            and getattr(by_token.get(start - 1), "label_", "") != "EVENT"
        ):
            start -= 1
        if start == tok.i:
            continue
        cand = doc[start : tok.i + 1]
        if tok.lower_ == "partners" and whole_line(doc, cand):
            continue  # "AFC Asian Cup Partners": a heading over a sponsor list, not an investment firm
        first = by_token.get(start)
        if is_junk(cand, lex) or (first is not None and first.label_ not in {"ORG", "GPE", "PERSON", "NORP"}):
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


def place_company_names(doc: Doc, spans: list[Span]) -> list[Span]:
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


def fundraisers(doc: Doc, spans: list[Span]) -> list[Span]:
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
            and CAP.match(tok.text)
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
            and CAP.match(tok.text)
            and v.lemma_.lower() in _FUNDRAISING_VERBS
            and any(t.lower_ in _FUNDRAISING_NOUNS for t in v.subtree if t.i > v.i)
        ):
            start = min(t.i for t in tok.subtree)
            if all(toks[k].pos_ == "PROPN" and k not in taken for k in range(start, tok.i + 1)):
                out.append(Span(doc, start, tok.i + 1, label="ORG"))
    return out


_BRAND_NOUNS = frozenset({"brand", "subsidiary", "unit", "arm", "division", "affiliate"})

# Heads of an institution's name that an 'of'/'for' phrase completes ("the Global Alliance of SMEs",
# "the National Astronomical Observatories of China", "the Standing Committee of the National People's
# Congress"): the model stops the name at the head or the preposition.
_BODY_HEADS = frozenset(
    {"alliance", "committee", "observatory", "observatories", "laboratory", "laboratories", "institute"}
    | {"academy", "commission", "council", "association", "federation", "chamber", "bureau", "board"}
    | {"foundation", "society", "union", "organisation", "organization", "secretariat", "coalition"}
    | {"consortium", "league", "centre", "center", "school", "college", "court"}
)


def body_names_run_on(doc: Doc, spans: list[Span]) -> list[Span]:
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
                or (after_name and (t.lower_ in {"of", "for"} or t.text in POSSESSIVE))
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
        if any(o.label_ in ("EVENT", "PERSON", "PRODUCT") and overlaps(o, new) for o in spans if o is not s):
            continue
        grown.append(new)
    grown.extend(_numbered_funds(doc, spans))
    if not grown:
        return spans
    return sorted(grown + [s for s in spans if not any(overlaps(s, g) for g in grown)], key=lambda s: s.start)


_FUND_HEADS = frozenset({"fund", "funds", "capital", "partners", "ventures", "opportunities"})
_FUND_NUMBER = re.compile(r"^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|[1-9]\d?)$")


def _numbered_funds(doc: Doc, spans: list[Span]) -> list[Span]:
    """'KDDI Open Innovation Fund III', 'Vision Fund 2': a fund's number is part of its name."""
    toks = doc_tokens(doc)
    out: list[Span] = []
    for s in spans:
        k = s.end
        if (
            s.label_ == "ORG"
            and k < len(doc)
            and toks[k - 1].lower_ in _FUND_HEADS
            and toks[k - 1].is_title
            and toks[k - 1].whitespace_
            and _FUND_NUMBER.match(toks[k].text)
            # "Fund 2", not "Capital 2 years ago" or "Capital 2.5"
            and not (k + 1 < len(doc) and toks[k].is_digit and (toks[k + 1].is_lower or toks[k + 1].like_num))
        ):
            if any(o.label_ in ("EVENT", "PERSON", "PRODUCT") and o.start <= k < o.end for o in spans):
                continue
            out.append(Span(doc, s.start, k + 1, label="ORG"))
    return out


# Places whose name opens a company's registered name ("Changji Esquel Textile"); a country's name
# opens a known body's name instead ("China Mobile")
_NAME_PLACES = frozenset({PlaceKind.CITY, PlaceKind.PROVINCE, PlaceKind.REGION, PlaceKind.STATE})


_LEGAL_END = re.compile(r"^(?:Co\.|Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation|LLC|GmbH)$")


def short_registered_names(doc: Doc, spans: list[Span], kb: KnowledgeBase) -> list[Span]:
    """'Changji Esquel', 'Nanchang O-Film' after 'Changji Esquel Textile Co. Ltd.' and 'Nanchang O-Film
    Tech': a name of three words or more that opens with a city or province or ends in a legal form
    is written later by its first two words alone; that short form is the organization too, not a
    place and a loose word or a person."""
    text = doc_text(doc)
    shorts: dict[str, Span] = {}
    for s in spans:
        if s.label_ != "ORG" or s.kb_id_ or len(s) < 3:
            continue
        words = text[s.start_char : s.end_char].split()
        if len(words) < 3 or not all(w[:1].isupper() for w in words[:2]):
            continue
        place = kb.lookup_place(words[0])
        placed = place is not None and place.kind in _NAME_PLACES
        if not (placed or _LEGAL_END.search(words[-1])) or kb.lookup_place(" ".join(words[:2])) is not None:
            continue
        # the first words up to a legal form or a word in lower case or brackets
        k = 2
        while k < len(words) - 1 and words[k][:1].isupper() and not _LEGAL_END.search(words[k].rstrip(",")):
            k += 1
        for j in range(2, k + 1):
            if j < len(words):
                shorts.setdefault(" ".join(words[:j]), s)
    if not shorts:
        return spans
    by_token = {i: s for s in spans for i in range(s.start, s.end)}
    out: list[Span] = []
    drop: set[int] = set()
    for start, end, _name in whole_word_matches(text, sorted(shorts, key=len, reverse=True)):
        span = doc.char_span(start, end, label="ORG")
        # the short form stands alone: a capitalised word after it continues some other name
        if span is None or (span.end < len(doc) and doc[span.end].is_title):
            continue
        # only where no longer name covers it: a place and a loose word, or a person of exactly this name
        covering = {id(by_token[i]): by_token[i] for i in range(span.start, span.end) if i in by_token}
        if any(
            c.start < span.start
            or c.end > span.end
            or not (c.label_ == "GPE" or (c.label_ == "PERSON" and c.start == span.start))
            for c in covering.values()
        ):
            continue
        drop.update(covering)
        out.append(span)
    if not out:
        return spans
    return sorted([s for s in spans if id(s) not in drop] + out, key=lambda s: s.start)

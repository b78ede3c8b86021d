"""Knowledge-base phrase matches and the fixes applied to them before the NER is read."""

from __future__ import annotations

import re

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from rivalgraph.extract.doccache import doc_text, doc_tokens, span_text
from rivalgraph.extract.mentions.spans import ARENA_WORDS, CAP, whole_word_matches
from rivalgraph.kb import KnowledgeBase, PlaceKind


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
                not surface or not CAP.match(surface) or (surface.lower() in {"us", "it"} and label == "ORG")
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


def kb_matches(doc: Doc, matchers: KbMatchers) -> list[Span]:
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
        if not CAP.match(surface) and surface not in matchers.camel:
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


def named_arenas(doc: Doc, kb_spans: list[Span]) -> list[Span]:
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
            and toks[s.end].lower_ in ARENA_WORDS
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


def legal_tails(doc: Doc, kb_spans: list[Span]) -> list[Span]:
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


def known_surfaces(doc: Doc, spans: list[Span]) -> list[Span]:
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
    for start, end, name in whole_word_matches(doc_text(doc), sorted(typed, key=len, reverse=True)):
        span = doc.char_span(start, end)
        if span is None or any(i in taken for i in range(span.start, span.end)):
            continue
        src = typed[name]
        out.append(Span(doc, span.start, span.end, label=src.label_, kb_id=src.kb_id_))
        taken.update(range(span.start, span.end))
    return out


def places_named_as_orgs(spans: list[Span]) -> list[Span]:
    """A name the model tags a place once and an organization elsewhere in the document ("Hexian
    Tech") is the organization, unless the KB knows it as a place."""
    orgs = {span_text(s): s for s in spans if s.label_ == "ORG"}
    return [
        Span(s.doc, s.start, s.end, label="ORG", kb_id=orgs[span_text(s)].kb_id_)
        if s.label_ == "GPE" and not s.kb_id_ and span_text(s) in orgs
        else s
        for s in spans
    ]

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
            # and fairs that write their brand in lower case ("electronica", "embedded world")
            if (first[:1].islower() and any(c.isupper() for c in first)) or (
                label == "EVENT" and first[:1].islower() and len(first) > 3
            ):
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
        event_forms = kb.event_surface_forms()
        for surface, series_id in event_forms.items():
            add("EVENT", f"series:{series_id}", surface)
            # "The Computing Conference" is also written without its article ("its annual Computing
            # Conference"); two capitalised words or more stay specific enough
            bare = surface.removeprefix("The ")
            if bare != surface and len(bare.split()) >= 2 and bare not in event_forms:
                add("EVENT", f"series:{series_id}", bare)
        for surface, place_id in kb.place_surface_forms().items():
            add("GPE", place_id, surface)
        for place in kb.places:
            if place.kind in (PlaceKind.COUNTRY, PlaceKind.REGION):
                for adj in place.adjectives:
                    add("NORP", place.id, adj)
        for key, docs in groups.items():
            self.matcher.add(key, docs)
        # organizations' short forms known only in capitals ("GAO"): the same letters written as a
        # name ("Gao") may be a family name
        forms = kb.org_surface_forms()
        cased = {f.lower() for f in forms if not f.isupper()}
        self.acronyms_only: frozenset[str] = frozenset(
            f.lower() for f in forms if f.isupper() and f.isalpha() and f.lower() not in cased
        )
        self.event_forms = event_forms
        # a bloc the reference lists among countries (the EU: a region with a code of its own) -> the
        # organization the KB knows by the bloc's name
        self.bloc_bodies: dict[str, str] = {}
        for place in kb.places:
            if (
                place.kind is PlaceKind.REGION
                and place.country
                and kb.country_place(place.country).id == place.id
            ):
                body = kb.lookup_org(place.name)
                if body is not None:
                    self.bloc_bodies[place.id] = body.entity_id
        self.glued_series = _glued_forms(event_forms)
        self.short_series = _organiser_short_forms(kb, set(event_forms))
        self.short_matcher = PhraseMatcher(nlp_vocab, attr="ORTH")  # type: ignore[arg-type]
        for short in self.short_series:
            self.short_matcher.add(short, [make(short)])  # type: ignore[operator]


# Words that, alone, say only "a meeting": a short form made of them names no series.
_MEETING_WORDS = frozenset(
    {"conference", "summit", "forum", "expo", "event", "show", "fair", "congress", "convention"}
    | {"developer", "developers", "annual", "global", "world", "tech", "technology", "ai", "day", "days"}
    | {"week", "festival", "partner", "partners", "cloud", "innovation", "live"}
)


def _organiser_short_forms(
    kb: KnowledgeBase, full_forms: set[str]
) -> dict[str, list[tuple[str, frozenset[str]]]]:
    """Series named after their organiser ("Google I/O", "Microsoft Build", "Huawei Connect") are
    written by the rest of their name once the organiser is known ("its annual I/O developer
    conference", "Microsoft opened Build"): that rest -> [(series id, organiser ids)]."""
    out: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for series in kb.events:
        owners = [kb.get_org(o) for o in series.organizers]
        records = [r for r in owners if r is not None]
        prefixes = {name + " " for r in records for name in r.names if name[:1].isupper()}
        ids = frozenset(r.entity_id for r in records)
        for name in series.names:
            for prefix in prefixes:
                rest = name.removeprefix(prefix)
                if rest == name or len(rest) < 2 or rest in full_forms or not CAP.match(rest):
                    continue
                if all(w.lower() in _MEETING_WORDS for w in rest.split()):
                    continue
                claims = out.setdefault(rest, [])
                if all(sid != series.id for sid, _ in claims):
                    claims.append((series.id, ids))
    return out


# The last word of a series name that only says "a meeting" ("SC Conference" is written "SC24").
_GLUED_HEADS = frozenset({"Conference", "Summit", "Expo", "Forum", "Congress", "Show"})


def _glued_forms(event_forms: dict[str, str]) -> dict[str, tuple[str, bool]]:
    """Series names as brands write them in one word: 'SemiconIndia' (a two-word name without its
    space, a capital inside) and 'MWC19', 'SC24', 'CES2024' (an acronym with the year's digits glued
    on): the word (the acronym, for a glued year) -> (series id, whether digits must follow)."""
    out: dict[str, tuple[str, bool]] = {}
    for surface, series_id in event_forms.items():
        words = surface.split()
        if len(words) == 2 and words[-1] in _GLUED_HEADS:
            words = words[:1]  # "SC Conference" -> "SC"
        if len(words) == 1:
            word = words[0]
            if len(word) >= 2 and word.isascii() and word.isalpha() and word.isupper():
                out.setdefault(word, (series_id, True))
        elif 2 <= len(words) <= 3 and all(w.isascii() and w.isalpha() and w[:1].isupper() for w in words):
            out.setdefault("".join(words), (series_id, False))
    return out


def _glued_series(doc: Doc, matchers: KbMatchers) -> list[Span]:
    """One-word brand forms of KB series (see `_glued_forms`); the year stays inside the span."""
    glued = matchers.glued_series
    out: list[Span] = []
    for tok in doc_tokens(doc):
        text = tok.text
        if len(text) < 4 or not text[0].isupper():
            continue
        stem = text.rstrip("0123456789")
        digits = len(text) - len(stem)
        found = glued.get(stem)
        if found is None or (digits not in (2, 4) if found[1] else digits != 0):
            continue
        if digits == 4 and not _YEAR_TOKEN.fullmatch(text[-4:]):
            continue
        # a two-letter acronym with digits is as often a part number ("SC8280"): only where a word
        # places a meeting before it ("at SC24")
        if len(stem) == 2 and (tok.i == 0 or doc_tokens(doc)[tok.i - 1].lower_ not in _SHORT_FORM_BEFORE):
            continue
        end = tok.i + 1
        # "MWC19 Barcelona": the acronym and the city name a series of their own ("MWC Barcelona")
        nxt = doc_tokens(doc)[end] if end < len(doc) else None
        series_id = found[0]
        if nxt is not None and nxt.is_title and (city := matchers.event_forms.get(f"{stem} {nxt.text}")):
            series_id, end = city, end + 1
        out.append(Span(doc, tok.i, end, label="EVENT", kb_id=f"series:{series_id}"))
    return out


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
    spans.extend(_short_series(doc, matchers, [s for s in spans if s.label_ == "ORG"]))
    spans.extend(_glued_series(doc, matchers))
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
    return _bloc_bodies(doc, out, matchers.bloc_bodies)


# Words after a bloc's name that show it used as a name, not before a noun ("EU regulators")
_NOUN_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


def _bloc_bodies(doc: Doc, spans: list[Span], blocs: dict[str, str]) -> list[Span]:
    """'the European Union', 'the EU said': a bloc the reference lists among countries named as a
    noun is the bloc's body, an organization the KB knows by the bloc's name; before a noun ('EU
    regulators', 'EU sanctions') it stays the place word."""
    toks = doc_tokens(doc)
    bodies: dict[tuple[int, int], Span] = {}
    for s in spans:
        body = blocs.get(s.kb_id_) if s.label_ in ("GPE", "NORP") else None
        if body is None or (s.start, s.end) in bodies:
            continue
        nxt = toks[s.end] if s.end < len(toks) else None
        if nxt is not None and nxt.pos_ in _NOUN_TAGS and not nxt.is_title:
            continue
        bodies[(s.start, s.end)] = Span(doc, s.start, s.end, label="ORG", kb_id=body)
    if not bodies:
        return spans
    kept = [s for s in spans if (s.start, s.end) not in bodies]
    return kept + list(bodies.values())


# Around a short form, what shows it names the meeting: an event word, a comma or a possessive after
# it ("Build, its annual conference", "its I/O developer conference", "I/O's keynote"), or a word
# that places or owns it before ("at Ignite", "ahead of Build", "this year's Connect", "its Ignite").
_SHORT_FORM_AFTER = frozenset(
    {",", "'s", "’s", "conference", "summit", "event", "keynote", "developer", "developers", "expo", "show"}
)
_MEETING_NOUNS = frozenset(
    {"conference", "summit", "event", "show", "expo", "gathering", "meeting", "festival"}
)
_SHORT_FORM_BEFORE = frozenset({"at", "during", "of", "its", "their", "'s", "’s", "to", "from"})
_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")


def _short_series(doc: Doc, matchers: KbMatchers, orgs: list[Span]) -> list[Span]:
    """Organiser short forms (see `_organiser_short_forms`), written exactly so, in a document that
    names the organiser, where the words around them or the organiser in the sentence show a meeting."""
    if not orgs or not matchers.short_series:
        return []
    named = {s.kb_id_ for s in orgs}
    toks = doc_tokens(doc)
    out: list[Span] = []
    for match_id, start, end in matchers.short_matcher(doc):
        claims = [
            (sid, owners)
            for sid, owners in matchers.short_series[doc.vocab.strings[match_id]]
            if owners & named
        ]
        if len(claims) != 1:
            continue
        series_id, owners = claims[0]
        nxt = toks[end] if end < len(toks) else None
        prev = toks[start - 1] if start > 0 else None
        sent = toks[start].sent
        if start == sent.start:
            # "Build quality matters", "Next, Google will...": opening a sentence, a common word needs
            # an event word right after it or in an apposition ("Ignite, the company's yearly event")
            after = toks[end : min(end + 7, sent.end)]
            if not after or not (
                after[0].lower_ in _SHORT_FORM_AFTER - {","}
                or _YEAR_TOKEN.fullmatch(after[0].text)
                or (after[0].text == "," and any(t.lower_ in _MEETING_NOUNS for t in after[1:]))
            ):
                continue
        cued = (
            (nxt is not None and (nxt.lower_ in _SHORT_FORM_AFTER or _YEAR_TOKEN.fullmatch(nxt.text)))
            or (prev is not None and prev.lower_ in _SHORT_FORM_BEFORE)
            or any(o.kb_id_ in owners and sent.start <= o.start < sent.end for o in orgs)
        )
        if cued:
            out.append(Span(doc, start, end, label="EVENT", kb_id=f"series:{series_id}"))
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


# parts of speech a capitals-only short form written in title case cannot be used as
_NOT_NAME_POS = frozenset({"VERB", "AUX", "ADJ", "ADV", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART"})


def surnames_as_acronyms(
    doc: Doc, spans: list[Span], matchers: KbMatchers, surnames: frozenset[str]
) -> list[Span]:
    """'Gao Wen said': a known organization's capitals-only short form ("GAO") written as a name next
    to another capitalised word, when it is a frequent family name, is part of a person's name; written
    in title case as a verb or adjective ("Maker Hit by Sanctions") it is no name at all."""
    toks = doc_tokens(doc)
    n = len(toks)

    def name_word(i: int) -> bool:
        return 0 <= i < n and toks[i].is_title and toks[i].is_alpha

    def word_not_name(s: Span) -> bool:
        tok = toks[s.start]
        if not (s.label_ == "ORG" and len(s) == 1 and tok.is_title and tok.lower_ in matchers.acronyms_only):
            return False
        # "Drone Maker Hit by Sanctions": a headline's capitalised verb or adjective is not "HIT"
        # (a name in title case, "Smic", is still tagged a proper noun)
        return tok.pos_ in _NOT_NAME_POS or (
            tok.lower_ in surnames and (name_word(s.start + 1) or name_word(s.start - 1))
        )

    out = [s for s in spans if not word_not_name(s)]
    return out if len(out) != len(spans) else spans


# Words of an organization's name that do not single it out ("Department", "Group", "US")
_GENERIC_NAME_WORDS = frozenset(
    {"department", "ministry", "office", "bureau", "agency", "administration", "commission", "council"}
    | {"group", "holding", "holdings", "company", "corporation", "corp", "inc", "ltd", "limited", "co"}
    | {"the", "of", "for", "and", "us", "u.s.", "national", "international", "global", "china", "chinese"}
    | {"technology", "technologies", "tech", "ai", "labs", "systems", "capital", "institute", "university"}
    | {"state", "federal", "government", "united", "states", "american", "new", "general"}
)


def known_short_names(spans: list[Span], kb: KnowledgeBase) -> list[Span]:
    """'Treasury', 'Commerce', 'Figure' in a document that names the Treasury Department, the
    Commerce Department, Figure AI: a one-word organization name the KB does not know that is a
    distinctive word of the names of exactly one known organization named in the document is that
    organization."""
    lone = [s for s in spans if s.label_ == "ORG" and not s.kb_id_ and len(s) == 1 and s[0].is_title]
    if not lone:
        return spans
    words: dict[str, set[str]] = {}
    for s in spans:
        if s.label_ != "ORG" or not s.kb_id_ or not s.kb_id_.startswith("org:"):
            continue
        record = kb.get_org(s.kb_id_)
        names = record.names if record is not None else (span_text(s),)
        for name in names:
            for w in name.lower().split():
                if w not in _GENERIC_NAME_WORDS:
                    words.setdefault(w, set()).add(s.kb_id_)
    fixed: dict[int, Span] = {}
    for s in lone:
        owners = words.get(s[0].lower_, set())
        if len(owners) == 1:
            fixed[s.start] = Span(s.doc, s.start, s.end, label="ORG", kb_id=next(iter(owners)))
    if not fixed:
        return spans
    return [fixed.get(s.start, s) if s.label_ == "ORG" and not s.kb_id_ and len(s) == 1 else s for s in spans]

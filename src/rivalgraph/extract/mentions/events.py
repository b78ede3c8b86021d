"""Event-series names: patterns over titles, appositions, and retyping of named events."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from rivalgraph.extract.doccache import doc_text, doc_tokens, span_text
from rivalgraph.extract.lexicon import Lexicon, per_lexicon
from rivalgraph.extract.mentions.spans import VENUES, is_junk, overlaps, trim, whole_word_matches
from rivalgraph.extract.vocab import ORDINAL_WORDS

# Heads that make an event's name followed by them the body that runs it ("... Expo Bureau").
_EVENT_BODY_HEADS = frozenset(
    {"bureau", "secretariat", "committee", "organising", "organizing", "office", "council", "authority"}
)


def event_bodies(doc: Doc, kb_spans: list[Span]) -> list[Span]:
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
        elif s.label_ == "EVENT" and _apposed_head(toks, s.end) in _COMPANY_HEADS:
            # "Web Summit, the Dublin-headquartered company behind the event": the firm of that name
            s = Span(doc, s.start, s.end, label="ORG")
        out.append(s)
    return out


# Heads of an apposition that call an event's name the company that runs it.
_COMPANY_HEADS = frozenset({"company", "firm", "organiser", "organizer", "operator", "start-up", "startup"})


def _apposed_head(toks: list[Token], end: int) -> str | None:
    """The head noun of ', the <words> <noun>' right after a name ending at `end` (lower-case), if any:
    the last word before a preposition, a relative word, a verb or punctuation."""
    if end + 2 >= len(toks) or toks[end].text != "," or toks[end + 1].lower_ not in {"the", "a", "an"}:
        return None
    last = None
    for t in toks[end + 2 : end + 9]:
        if t.text == "-" and not t.whitespace_:
            continue
        if t.is_punct or t.lower_ in _APPOSITION_STOPS or (t.pos_ in {"VERB", "AUX"} and t.dep_ != "amod"):
            break
        last = t
    return last.lower_ if last is not None else None


def series_with_city(doc: Doc, spans: list[Span]) -> list[Span]:
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


# Heads a one-word series name may consist of alone ("Euro 2024", "Expo 2020").
_LONE_EVENT_HEADS = {"euro", "expo", "olympics", "paralympics"}

# Sports competitions are named without a year too ("the European Championship in Germany").
_SPORTS_HEADS = r"(?:Championships?|Cup|Games|Olympics|Paralympics)"

_YEAR_RE = r"(?:199\d|20[0-3]\d)"  # a plausible edition year, not a model number ("RTX 2080")

_TITLE_WORD = r"[A-Z][\w&'.-]*"

_EDITION_WORD = (
    r"(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|annual|inaugural)"
)

# Meeting nouns that end a name without a year ("Congress" is a legislature as often, "Show" a programme).
_MEETING_HEADS = r"(?:Conference|Summit|Expo|Exposition|Forum|Symposium|Exhibition|Convention)"

# Meeting nouns that end a name where the words around it say it is a meeting ("at the ... Show",
# "London Tech Week opened"): the heads above and the show, fair, week and contest families.
# ("Congress" and "Assembly" stay out: "addressed the Provincial Congress" is a legislature)
_CONTEXT_HEADS = (
    r"(?:Conference|Summit|Expo|Exposition|Forum|Symposium|Exhibition|Convention|Show|Airshow|"
    r"Fair|Festival|Week|Hackathon|Olympiad|Showcase)"
)

# Words that put an event's name after them: prepositions of place and time, and the verbs of
# attending, speaking at, opening and running one ("packed into the", "addressed the", "opened").
_EVENT_LEADS = (
    r"(?:[Aa]t|to|of|from|into|during|told|tell\w*|attend\w*|join\w*|skip\w*|address\w*|open\w*|clos\w*|host\w*|"
    r"stag\w*|headlin\w*|keynot\w*|exhibit\w*|sponsor\w*|visit\w*|organi[sz]\w*|kick\w* off)"
)

# A title word that is no possessive ("Shanghai's" is the host, not the name) and no year
_NAME_WORD = r"[A-Z][\w&.-]*(?<!['’]s)"

# Ordinal words of an edition ("the 15th Aero India", "the third ...")
_ORDINAL = (
    r"(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|inaugural)"
)

_MEETING_NOUNS = r"(?:conference|summit|expo|forum|symposium|exhibition|convention|fair|show|festival)"

_HELD = (
    r"(?:took place|takes place|was held|is held|will be held|(?:is|are|was) being held|held (?:in|at|on)|"
    r"kicked off|kicks off|runs (?:through|until)|ran (?:through|until)|wrapped up|wraps up|ended|ends|"
    r"opened|opens|open|closed|closes|close|began|begins|begin|concluded|concludes|got under way)\b"
)

# What a name may go on with after its head ("the 2019 World Conference on VR Industry")
_HEAD_TAIL = (
    r"(?:\s+(?:on|of|for)\s+(?:the\s+)?[A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|and|&)){0,3}(?<!and)(?<!&))?"
)

# A short aside between a name and its verb ("The X Summit, launched last year, is being held ...")
_ASIDE = r"(?!and\b|or\b)[a-z][^,.;:\n]{2,50},\s+"

# A title word without a hyphen: "the Trump-Xi summit" is a meeting of two people, not a series.
_PLAIN_WORD = r"[A-Z][\w&'.]*"

# The title-case run ends at the head ("Expo Exhibition and Convention Center" is a venue).
# ("on" + a day or month dates the meeting: "at the Farnborough Airshow on Monday")
_NAME_ENDS = (
    r"(?!\s*[A-Z-]|\s+(?:and|of|for|&)\s+[A-Z]|\s+on\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)[A-Z])"
)

# _event_res patterns from this index on are loose: no single-word title names, no person inside.
_LOOSE_EVENT_PATTERNS = 5

# A place right after a meeting head names a series of its own ("the NVIDIA AI Summit India, a three-day
# gathering"): kept only where those words are a place the mentions know (checked in pattern_events)
_PLACE_TAIL = r"(?P<place>\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"

# Words between a possessive and its meeting noun ("the company's Inspire partner conference")
_MEETING_MODIFIERS = (
    r"(?:(?:annual|developers?'?|tech|technology|trade|industry|partners?'?|customers?'?|users?'?|cloud|"
    r"flagship|global|product|AI|games|gaming|video\s+game|motor|auto|car|air|electronics|robotics|drone|"
    r"security|defen[cs]e|start-?up|investor|computer|chip|semiconductor|mobile|telecoms?|fintech|"
    r"business|energy|innovation|software|hardware|internet|digital|automation|aerospace)\s+){0,2}"
)

# Heads of a name that an acronym in brackets follows ("... Chiplet Summit (APCS)"); not "Forum" or
# "Congress", which end bodies' names as often ("Frontier Model Forum (FMF)")
_ACRONYM_HEADS = (
    r"(?:Conference|Summit|Expo|Exposition|Symposium|Exhibition|Convention|Show|Airshow|Fair|Festival|"
    r"Week|Hackathon|Olympiad|Showcase)"
)

# Heads of a meeting's name its owner's possessive puts before it ("its Global Mobile Broadband Forum",
# "Lenovo's Tech World"): the meeting nouns and the brands' words for their shows
_OWNED_HEADS = (
    r"(?:Conference|Summit|Expo|Exposition|Forum|Symposium|Exhibition|Convention|Show|Fair|Festival|"
    r"Week|Hackathon|Showcase|World|Connect|Day|Days)"
)

# Words that put a world congress after them as a meeting ("at", "addressed", "opened")
_CONGRESS_LEADS = (
    r"(?:[Aa]t|during|attend\w*|address\w*|open\w*|host\w*|stag\w*|keynot\w*|exhibit\w*|visit\w*)"
)

# A brand-like word: title case, capitals or camel case ("Eurosatory", "HOT", "VivaTech", "re:Invent")
_BRAND_WORD = r"(?:[A-Z][\w&.:/+-]*(?<!['’]s)|[a-z]{1,3}[:A-Z][\w&.:/+-]*)"

# Verbs of a meeting opening or closing, and what follows them when a meeting is their subject ("opened
# on Monday", "closed its 60th-anniversary edition", "opens in Berlin"; not "closed at $12")
_OPEN_VERBS = (
    r"(?:opened|opens|closed|closes|kicked\s+off|kicks\s+off|got\s+under\s+way|gets\s+under\s+way|"
    r"wrapped\s+up|wraps\s+up|ended|ends)"
)
_OPEN_AFTER = (
    r"(?:on|in|at|with|without|its\s+doors|its\s+\S+\s+edition|this\s+week|today|tonight|after|for\s+the)\b"
    r"(?!\s+(?:\$|US\$|HK\$|¥|€|£|\d))"
)

# Words before "<Name> <year>" that put a meeting there ("at Eurosatory 2022", "skipped E3 2019",
# "This week's Connect 2024", "Monday's DevDay 2025")
_YEAR_LEADS = r"(?:[Aa]t|[Dd]uring|of|attend\w*|skip\w*|headlin\w*|open\w*|[a-z]+['’]s|[A-Z][a-z]+day['’]s)"

# A quoted title before an event noun: 'Tesla's "We, Robot" event', 'the "Scary Fast" launch event'
_QUOTED_NAME = r"[\"“]([A-Z][^\"“”\n]{1,40}?)[\"”]"
_QUOTED_NOUNS = (
    r"(?:(?:launch|product|media|press|special|hardware|live)\s+)?"
    r"(?:event|conference|summit|showcase|keynote)s?\b"
)


@per_lexicon
def _event_res(lex: Lexicon) -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str] | None, ...]]:
    """Regexes for event editions outside the KB, built once per lexicon from `event_heads`, and the
    gate of each (see below)."""
    heads = "|".join(sorted((re.escape(h.capitalize()) for h in lex.event_heads), key=len, reverse=True))
    # an anniversary's or edition's ordinal stands inside a name too ("TSMC 30th Anniversary Forum")
    link = rf"(?:{_TITLE_WORD}|of|on|for|and|de|\d{{1,3}}(?:st|nd|rd|th))"
    res = (
        # "UEFA Euro 2024", "Asian Games 2026", "World Robot Conference 2024"
        re.compile(rf"\b((?:{_TITLE_WORD}\s+(?:{link}\s+){{0,4}})?(?:{heads}))\s+{_YEAR_RE}\b"),
        # "FIFA World Cup Qatar 2022": the host country between the name and the year
        re.compile(rf"\b((?:{_TITLE_WORD}\s+(?:{link}\s+){{0,4}})?(?:{heads}))\s+[A-Z][a-z]+\s+{_YEAR_RE}\b"),
        # "the 2024 Paris Olympics", "the 2025 Asian Winter Games"
        re.compile(
            rf"\b[Tt]he\s+{_YEAR_RE}\s+((?:{_TITLE_WORD}\s+){{0,4}}(?:{heads})(?:\s+{_TITLE_WORD}){{0,2}}{_HEAD_TAIL})\b"
        ),
        # "WAIC 2025", "UEFA Euro 2024": an acronym (and one title word) before a year
        # (a span of years "ABC 2020-2025" is no edition; a heading's " - " after the year is no span)
        re.compile(rf"\b([A-Z]{{3,}}(?:\s+[A-Z][a-z]+)?)\s+{_YEAR_RE}\b(?![-–]|\s*[-–]\s*\d)"),
        # "the European Championship", "the Asian Cup": a sports competition named without a year
        re.compile(rf"\b[Tt]he\s+((?:{_TITLE_WORD}\s+){{1,3}}{_SPORTS_HEADS})\b(?!\s+{_YEAR_RE})"),
        # patterns below are looser: a name they give must not overlap a person's
        # "the 27th China Beijing International High-Tech Expo", "the annual Global Fintech Fair"
        re.compile(
            rf"\b[Tt]he\s+{_EDITION_WORD}\s+({_TITLE_WORD}\s+(?:{link}\s+){{0,5}}(?:{heads}){_PLACE_TAIL})\b{_NAME_ENDS}"
        ),
        # "at the Bund Summit in Shanghai": a meeting noun ends a title-case name, with no year
        re.compile(
            rf"\b(?:at|to|of|from|attend\w*|join\w*|skip\w*)\s+the\s+({_TITLE_WORD}\s+(?:{link}\s+){{0,4}}{_MEETING_HEADS}{_PLACE_TAIL})\b{_NAME_ENDS}"
        ),
        # "the Future Investment Initiative conference", "its DevDay developer conference",
        # "AMD's Advancing AI conference"
        re.compile(
            rf"\b(?:[Tt]he|its|their|[A-Za-z][\w&.-]*['’]s)\s+((?:{_PLAIN_WORD}\s+){{0,3}}{_PLAIN_WORD})\s+{_MEETING_MODIFIERS}{_MEETING_NOUNS}\b"
        ),
        # "The Huawei Developer Conference opened in Dongguan": a meeting noun ends the name
        re.compile(
            rf"\b[Tt]he\s+({_TITLE_WORD}\s+(?:{link}\s+){{0,4}}{_MEETING_HEADS}{_HEAD_TAIL}),?\s+(?:{_ASIDE})?(?:will\s+)?{_HELD}"
        ),
        # "VivaTech 2024 took place in Paris", "Hot Chips 2024, held at Stanford"
        re.compile(rf"\b((?:{_TITLE_WORD}\s+){{0,2}}{_TITLE_WORD})\s+{_YEAR_RE},?\s+{_HELD}"),
        # "packed into the Saudi-US Investment Forum", "at Lenovo Tech World", "the opening of the
        # Tokyo Motor Show": a meeting noun of the wider family ends a name that a preposition of
        # place or a verb of attending or running puts there
        re.compile(
            rf"\b{_EVENT_LEADS}\s+(?:(?:the|a|an|its|their)\s+)?({_NAME_WORD}\s+(?:{link}\s+){{0,4}}{_CONTEXT_HEADS}{_PLACE_TAIL})\b{_NAME_ENDS}"
        ),
        # "as London Tech Week opened at Olympia": a name of the wider family that opens or closes
        re.compile(
            rf"(?:^|(?<=[.;:]\s)|\b(?:[Tt]he|as|when|while|after|before|until|since)\s+)((?:{_NAME_WORD}\s+){{1,4}}{_CONTEXT_HEADS}),?\s+(?:will\s+)?{_HELD}",
            re.M,
        ),
        # "its annual Snapdragon Summit", "Qualcomm's 12th Developer Day": a possessive and an edition word
        re.compile(
            rf"\b(?:its|their|[A-Z][\w&.-]*['’]s)\s+{_EDITION_WORD}\s+({_TITLE_WORD}\s+(?:{link}\s+){{0,5}}(?:{heads}|{_CONTEXT_HEADS}){_PLACE_TAIL})\b{_NAME_ENDS}"
        ),
        # "the 15th Aero India closed": an edition's ordinal and a name that opens or closes
        re.compile(
            rf"\b[Tt]he\s+{_ORDINAL}\s+((?:{_NAME_WORD}\s+){{0,3}}{_NAME_WORD}),?\s+(?:will\s+)?{_HELD}"
        ),
        # 'Tesla's "We, Robot" event', 'the "It's Glowtime" event': a quoted title before an event noun
        re.compile(rf"\b(?:[Tt]he|its|their|[A-Za-z][\w&.-]*['’]s)\s+{_QUOTED_NAME}\s+{_QUOTED_NOUNS}"),
        # "Advanced Packaging and Chiplet Summit (APCS)": a name of the wider family and its acronym
        re.compile(rf"\b({_NAME_WORD}\s+(?:{link}\s+){{0,5}}{_ACRONYM_HEADS})\s+\(([A-Z][A-Za-z]{{1,7}})\)"),
        # "addressed the Global Drone Congress": a world meeting, not a legislature
        re.compile(
            rf"\b{_CONGRESS_LEADS}\s+(?:the\s+)?((?:{_NAME_WORD}\s+){{0,3}}(?:World|Global|International)\s+(?:{_NAME_WORD}\s+){{0,3}}Congress)\b{_NAME_ENDS}"
        ),
        # "Eurosatory opened on Monday in Villepinte", "When Gamescom closed on Sunday, ...", "Computex 2018
        # got under way at ...": a name opening its sentence (or clause) as the subject of opening or closing
        re.compile(
            rf"(?:^|(?<=[.;:!?|]\s)|(?<=\s[-–]\s)|(?<=\s--\s)|\b(?:[Tt]he|as|[Ww]hen|while|after|before|until)\s+)"
            rf"((?:{_BRAND_WORD}\s+){{0,4}}{_BRAND_WORD})(?:\s+{_YEAR_RE})?,?\s+{_OPEN_VERBS}\s+{_OPEN_AFTER}"
            rf"(?![^.\n]{{0,40}}(?:[$€£¥%]|\b(?:points?|yuan|cents?|percent|higher|lower|shares)\b))",
            re.M,
        ),
        # "the fourth edition of VivaTech", "the 2019 edition of Smart China Expo"
        re.compile(
            rf"\b(?:{_EDITION_WORD}|{_YEAR_RE}|latest|last|next|previous|year['’]s)\s+(?:[a-z][\w-]*\s+){{0,2}}"
            rf"edition\s+of\s+(?:the\s+)?((?:{_BRAND_WORD}\s+){{0,4}}{_BRAND_WORD})\b{_NAME_ENDS}"
        ),
        # "HOT CHIPS 2024", "IAA MOBILITY 2025", "HOT CHIPS 31 (2019)": a name in capitals before its year
        re.compile(
            rf"\b((?:[A-Z][A-Z0-9&.'-]*\s+){{1,5}}[A-Z][A-Z0-9&.'-]+)\s+(?:\d{{1,2}}\s+\(\s*)?{_YEAR_RE}\b"
            rf"(?![-–/]|\s*[-–]\s*\d)"
        ),
        # "at Eurosatory 2022", "skipped E3 2019", "This week's Connect 2024": a brand and its year after
        # a word that puts a meeting there
        re.compile(
            rf"\b{_YEAR_LEADS}\s+(?:the\s+)?((?:{_BRAND_WORD}\s+){{0,2}}{_BRAND_WORD})\s+{_YEAR_RE}\b"
            rf"(?![-–/]|\s*[-–]\s*\d)"
        ),
        # "Aero India 2023 | Exhibitor guide", "Hot Chips 35 (2023) - Programme": a page's heading line
        re.compile(
            rf"^((?:[\w&:'./+-]+\s+){{0,5}}?[\w&:'./+-]+)\s+(?:\d{{1,2}}\s+)?\(?{_YEAR_RE}\)?(?=\s*(?:\||[-–—]\s|:\s|\n|$))",
            re.M,
        ),
        # "2024 BAAI Conference | Programme": a heading line that opens on the year
        re.compile(rf"^{_YEAR_RE}\s+((?:[\w&:'./+-]+\s+){{0,5}}?[\w&:'./+-]+)(?=\s*(?:\||[-–—]\s|\n))", re.M),
        # "Web Summit's first Gulf edition", "Computex's 2024 edition": a name whose editions are counted
        re.compile(
            rf"(?:^|(?<=\s)|(?<=[-–|]))((?:{_BRAND_WORD}\s+){{0,3}}{_BRAND_WORD})['’]s\s+"
            rf"(?:{_EDITION_WORD}|{_YEAR_RE}|latest|next|last|previous)\s+(?:[A-Za-z][\w-]*\s+){{0,2}}?edition\b",
            re.M,
        ),
        # "Baidu Create 2019, which the company staged in Beijing": the object of a staging verb
        re.compile(
            rf"(?:^|(?<=\s))((?:{_BRAND_WORD}\s+){{0,3}}{_BRAND_WORD})(?:\s+{_YEAR_RE})?,\s+which\s+"
            rf"(?:(?:the|its)\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:staged|stages|hosted|hosts|organi[sz]ed|organi[sz]es)\b"
            rf"(?=\s+(?:every|each|annually|in|on|at|since|for|from|with|together)\b|[,.;])",
            re.M,
        ),
        # "brought its Global Mobile Broadband Forum back to Dubai", "Huawei's Analyst Summit": a
        # meeting its owner's possessive names
        re.compile(
            rf"\b(?:its|their|[A-Z][\w&.-]*['’]s)\s+({_TITLE_WORD}\s+(?:{link}\s+){{0,5}}{_OWNED_HEADS}{_PLACE_TAIL})\b{_NAME_ENDS}"
        ),
    )
    # Necessary conditions of the slow patterns (each a part every match of its pattern
    # contains), searched once per text: most documents skip those patterns' full scan.
    gates = (
        re.compile(rf"(?:{heads})\s+{_YEAR_RE}\b"),
        re.compile(rf"(?:{heads})\s+[A-Z][a-z]+\s+{_YEAR_RE}\b"),
        re.compile(rf"{_YEAR_RE}\s+[A-Z]"),
        None,
        re.compile(rf"{_SPORTS_HEADS}\b"),
        re.compile(rf"\s{_EDITION_WORD}\s+[A-Z]"),
        re.compile(rf"{_MEETING_HEADS}\b"),
        re.compile(rf"{_MEETING_NOUNS}\b"),
        re.compile(rf"{_MEETING_HEADS}{_HEAD_TAIL},?\s+(?:{_ASIDE})?(?:will\s+)?{_HELD}"),
        re.compile(rf"{_YEAR_RE},?\s+{_HELD}"),
        re.compile(rf"{_CONTEXT_HEADS}\b"),
        re.compile(rf"{_CONTEXT_HEADS},?\s+(?:will\s+)?{_HELD}"),
        re.compile(rf"['’]s\s+{_EDITION_WORD}\s|\s(?:its|their)\s+{_EDITION_WORD}\s"),
        re.compile(rf"\s{_ORDINAL}\s+[A-Z]"),
        re.compile(rf"{_QUOTED_NAME}\s+{_QUOTED_NOUNS}"),
        re.compile(rf"{_ACRONYM_HEADS}\s+\([A-Z]"),
        re.compile(r"(?:World|Global|International)\s+(?:\S+\s+){0,3}Congress\b"),
        re.compile(rf"\s{_OPEN_VERBS}\s+{_OPEN_AFTER}"),
        re.compile(r"edition\s+of\s+(?:the\s+)?[A-Za-z]"),
        re.compile(rf"[A-Z]{{2}}\s+(?:\d{{1,2}}\s+\(\s*)?{_YEAR_RE}\b"),
        re.compile(rf"{_BRAND_WORD}\s+{_YEAR_RE}\b"),
        re.compile(rf"(?m)\s\(?{_YEAR_RE}\)?(?:\s*(?:\||[-–—]\s|:\s|\n|$))"),
        re.compile(rf"(?m)^{_YEAR_RE}\s+\w"),
        re.compile(r"['’]s\s+(?:\S+\s+){1,3}?edition\b"),
        re.compile(r",\s+which\s+(?:\S+\s+){1,3}?(?:staged|stages|hosted|hosts|organi[sz]ed|organi[sz]es)\b"),
        re.compile(rf"\b{_OWNED_HEADS}\b"),
    )
    return res, gates


def pattern_events(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Event series names outside the KB, by shape: '<Name ending in an event noun> <year>',
    'the <year> <Name with an event noun>' and '<ACRONYM> <year>' (the year stays outside the span)."""
    text = doc_text(doc)
    out: list[Span] = []
    dated: list[Span] = []
    patterns, gates = _event_res(lex)
    places: set[tuple[int, int]] | None = None
    for n, (rx, gate) in enumerate(zip(patterns, gates, strict=True)):
        if n in _WINDOWED_PATTERNS and gate is not None:
            matches = _windowed(rx, gate, text)
        elif gate is not None and gate.search(text) is None:
            continue
        else:
            matches = list(rx.finditer(text))
        for m in matches:
            place = m.groupdict().get("place")
            if place:
                # the words after the head must be a place the mentions know, else no name ends there
                if places is None:
                    places = {(p.start_char, p.end_char) for p in spans if p.label_ == "GPE"}
                if (m.end("place") - len(place.lstrip()), m.end("place")) not in places:
                    continue
            span = doc.char_span(m.start(1), m.end(1), label="EVENT", alignment_mode="contract")
            if span is None:
                continue
            span = trim(span)
            # "At Connect 2023, ...": a capitalised preposition opening the sentence is no part of a name
            # ("the 133rd China Import and Export Fair": an edition's ordinal is no part of it either)
            while (
                span is not None
                and len(span) > 1
                and (
                    span[0].lower_ in _OPENING_PREPOSITIONS
                    or span[0].lower_ in ORDINAL_WORDS
                    or _ORDINAL_NUM.fullmatch(span[0].lower_)
                )
            ):
                span = Span(doc, span.start + 1, span.end, label="EVENT")
            if span is None or "\n" in span.text or is_junk(span, lex):
                continue
            span = _without_host(span, spans)
            # "the Shanghai World Expo Exhibition and Convention Center": a venue's name runs on
            if _venue_rest(doc, span.end):
                continue
            # the acronym in brackets spells the name ("Advanced Packaging and Chiplet Summit (APCS)")
            if n == _ACRONYM_PATTERN and m.group(2)[0] != span.text[0]:
                continue
            # the name up to its meeting head, without a place after it
            core = span[: -len(place.split())] if place and len(span) > len(place.split()) else span
            words = span.text.split()
            if n >= _BRAND_PATTERNS and not _brand_name(span, m, n, spans):
                continue
            # one word names a series only as a lone head ("Expo 2020"), an acronym or, by a loose
            # pattern, a camel-case brand ("VivaTech"); a brand its owner's possessive puts before a
            # meeting noun ("the company's Inspire partner conference") or a quoted title is one too
            camel = n >= _LOOSE_EVENT_PATTERNS and any(c.isupper() for c in words[0][1:])
            owned = (
                (n == _NOUN_AFTER_PATTERN and _owned_brand(m, words[0]))
                or n == _QUOTED_PATTERN
                or n >= _BRAND_PATTERNS
            )
            if (
                len(words) == 1
                and words[0].lower() not in _LONE_EVENT_HEADS
                and not words[0].isupper()
                and not camel
                and not owned
            ):
                continue
            # a people's adjective inside a name with a meeting head stays ("the Saudi-US Investment Forum")
            if n >= _LOOSE_EVENT_PATTERNS and any(
                overlaps(s, span)
                and (
                    s.label_ == "PERSON"
                    or (
                        s.label_ == "NORP"
                        and not (n in _WINDOWED_PATTERNS and s.start >= span.start and s.end < span.end)
                    )
                )
                for s in spans
            ):
                continue
            # a KB name wins (the US, a known company or series); a place inside stays ("Paris Olympics")
            if any(
                overlaps(s, span)
                and s.kb_id_
                and not (
                    s.label_ in ("GPE", "NORP")
                    and s.start >= span.start
                    and s.end <= span.end
                    and len(s) < len(span)
                )
                # a company's own conference: "the 2019 Huawei Developer Conference", "the IEEE Forum",
                # "the Google Cloud Next conference", "its annual Snapdragon Summit"
                and not (
                    s.label_ in ("ORG", "PRODUCT")
                    and s.start == span.start
                    and (
                        s.end + 1 < span.end
                        or (s.end < span.end and (_headed_name(span, lex) or n == _NOUN_AFTER_PATTERN))
                    )
                )
                # a body inside a meeting's name: "the 20th China-ASEAN Expo"
                and not (
                    s.label_ == "ORG"
                    and s.start > span.start
                    and s.end < span.end
                    and _headed_name(span, lex)
                )
                # a body named by an event noun alone ends the name: "the 2017 Smart City Expo World
                # Congress" is no legislature
                and not (
                    s.label_ == "ORG"
                    and len(s) == 1
                    and s.end == span.end
                    and s.start > span.start
                    and s[0].lower_ in lex.event_heads
                )
                # a known series' name that ends a longer name of no known words is part of another
                # series ("the Advanced Packaging and Chiplet Summit" beside the Chiplet Summit)
                and not (s.label_ == "EVENT" and _longer_series(span, s, spans))
                for s in spans
            ):
                continue
            # a common word ("AI", "PC", "Web") is no name alone or before a year ("AI 2025"), but
            # one of several words before a meeting head is ("Samsung AI Forum", "Global EV Summit")
            # ("AMD's Advancing AI conference": the head follows the name)
            lows = [t.lower_ for t in span]
            if (
                n != _QUOTED_PATTERN
                and any(w in lex.not_entities for w in lows)
                and not (
                    _headed_name(core, lex)
                    or (
                        n == _NOUN_AFTER_PATTERN
                        and any(w not in lex.not_entities and w[:1].isalpha() for w in lows)
                        and "'s" not in lows
                        and "’s" not in lows
                    )
                )
            ):
                continue
            out.append(span)
            if n in _DATED_PATTERNS:
                dated.append(span)
    return out + _named_again(doc, spans, out, dated)


# Heads of the wider family that end an event's name (lower-case), beside the lexicon's event_heads
_CONTEXT_HEAD_WORDS = frozenset({"airshow", "hackathon", "olympiad", "showcase"})


# Small words inside names ("Advanced Packaging and Chiplet Summit", "Mondial de l'Auto")
_NAME_LINKS = frozenset({"of", "and", "&", "de", "du", "des", "la", "le", "l'", "the", "for", "on", "x", "-"})


def _longer_series(span: Span, known: Span, spans: list[Span]) -> bool:
    """Whether `span` runs on to the left of a known series' name `known` that ends it, with words no
    other mention covers and no edition word ('the Annual Global AI Summit')."""
    if known.end != span.end or known.start <= span.start:
        return False
    first = span[0].lower_
    if first in _CALENDAR_WORDS or first in ORDINAL_WORDS or _ORDINAL_NUM.fullmatch(first):
        return False
    # the words before are a name's: capitalised, or the links inside one ("Advanced Packaging and")
    if not all(t.text[:1].isupper() or t.lower_ in _NAME_LINKS for t in span.doc[span.start : known.start]):
        return False
    return not any(s is not known and s.start < known.start and s.end > span.start for s in spans)


def _headed_name(span: Span, lex: Lexicon) -> bool:
    """Two or more words ending in a meeting head, some of them not common words."""
    lows = [t.lower_ for t in span]
    return (
        len(lows) >= 2
        and (lows[-1] in lex.event_heads or lows[-1] in _CONTEXT_HEAD_WORDS)
        and any(w not in lex.not_entities for w in lows[:-1])
    )


# the _event_res pattern whose meeting noun follows the name in lower case ("... Initiative conference")
_NOUN_AFTER_PATTERN = 7
# the _event_res pattern of a quoted title before an event noun
_QUOTED_PATTERN = 14
# the _event_res pattern of a name and its acronym in brackets
_ACRONYM_PATTERN = 15

# Words that, alone, name a day, a month or a place-like time, not a brand ("its Monday conference")
_CALENDAR_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february"}
    | {"march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
    | {"spring", "summer", "autumn", "fall", "winter", "annual", "inaugural", "first", "last", "next"}
)


# Prepositions a sentence may open with before a name ("At Connect 2023", "During Expo 2020")
_OPENING_PREPOSITIONS = frozenset(
    {"at", "in", "during", "for", "from", "on", "by", "after", "before", "since", "with", "unlike", "like"}
    | {"when", "as", "while", "until", "once", "if", "and", "but"}
)


# _event_res patterns from this index on find brands by their context alone (an opening verb, "edition
# of", a year, a heading line): one word may be a name, checked by _brand_name
_BRAND_PATTERNS = 17

# Last words of names of documents, plans and results, not meetings ("the 2024 edition of the Global
# Innovation Index", "Annual Report 2023 | Summary")
_NOT_MEETING_TAILS = frozenset(
    {"report", "reports", "index", "list", "survey", "ranking", "rankings", "results", "earnings", "guide"}
    | {"outlook", "forecast", "budget", "plan", "strategy", "agenda", "programme", "program", "initiative"}
    | {"act", "law", "rules", "review", "edition", "version", "census", "yearbook", "magazine", "prize"}
    | {"awards", "award", "year", "quarter", "half", "update", "release", "model", "series", "season"}
)
# One-word subjects of "opened" and "closed" that are places of business, not meetings
_NOT_MEETING_WORDS = frozenset(
    {"parliament", "congress", "senate", "court", "market", "markets", "trading", "exchange", "nasdaq"}
    | {"dow", "wall", "stocks", "shares", "voting", "registration", "applications", "copyright", "windows"}
    | {"office", "vision", "horizon", "fiscal", "financial"}
)
_PERIOD_CODE = re.compile(r"^(?:Q[1-4]|H[12]|FY\d*|CY)$")


_SPORTS_HEAD_WORDS = frozenset({"cup", "games", "olympics", "paralympics", "championship", "championships"})


def _without_host(span: Span, spans: list[Span]) -> Span:
    """'FIFA World Cup Russia', 'Asian Games Hangzhou': a sports competition's host after its name is
    the edition's, not the series' (a meeting's place stays: 'Web Summit Qatar' is a series)."""
    for s in spans:
        if (
            s.label_ == "GPE"
            and s.end == span.end
            and s.start > span.start + 1
            and span.doc[s.start - 1].lower_ in _SPORTS_HEAD_WORDS
        ):
            return Span(span.doc, span.start, s.start, label=span.label_)
    return span


def _brand_name(span: Span, m: re.Match[str], n: int, spans: list[Span]) -> bool:
    """Whether a name found by its context alone is a meeting's: no place or person, no document, plan
    or period, a year before 2030 ('Vision 2030' is a plan), and one word only as a proper noun."""
    words = span_text(span).split()
    lows = [w.lower() for w in words]
    if lows[-1] in _NOT_MEETING_TAILS or lows[0] in _CALENDAR_WORDS or _PERIOD_CODE.match(words[0]):
        return False
    if len(words) > 6 or not any(c.isupper() for c in span_text(span)) or words[0][0].isdigit():
        return False
    # a heading's name is capitalised throughout ("Also exhibiting at VivaTech 2024:" is a sentence)
    if n in _HEADING_PATTERNS and not all(
        any(c.isupper() for c in t.text) or t.lower_ in _NAME_LINKS for t in span
    ):
        return False
    # a date or a heading's roles ("Updated 27 June", "PREMIUM PARTNERS OF PARIS"), no name
    if any(w in _CALENDAR_WORDS or w in _HEADING_ROLES or w.isdigit() for w in lows):
        return False
    year = re.search(_YEAR_RE, m.group(0)[m.end(1) - m.start(0) :] if n != _YEAR_HEADING else m.group(0))
    if year is not None and int(year.group(0)) >= 2030:
        return False
    if n == _CAPITALS_PATTERN and not all(w.isupper() for w in words):
        return False
    if len(words) == 1:
        tok = span[0]
        shaped = words[0].isupper() or any(c.isupper() for c in words[0][1:]) or not words[0][0].isupper()
        if lows[0] in _NOT_MEETING_WORDS or not (shaped or tok.pos_ == "PROPN"):
            return False
    # a place or a person named alone ("Tokyo 2020" is the Games' brand, left to the KB); where the
    # words around say edition ("Portolux's first Gulf edition"), only a known place is one (the small
    # model calls an unknown brand a place or a person)
    loose = n in _LOOSE_CONTEXT_PATTERNS
    return not any(
        overlaps(s, span)
        and (
            (s.label_ in ("PERSON", "NORP") and (loose or s.kb_id_))
            or (s.label_ == "GPE" and s.start <= span.start and s.end >= span.end and (loose or s.kb_id_))
        )
        for s in spans
    )


# the _event_res patterns of names in capitals before a year, and of heading lines opening on the year
_CAPITALS_PATTERN = 19
_YEAR_HEADING = 22
_HEADING_PATTERNS = frozenset({21, 22})
# the brand patterns whose context (an opening verb, a year after "at") a person or a place fits too
_LOOSE_CONTEXT_PATTERNS = frozenset({17, 20})


def _owned_brand(m: re.Match[str], word: str) -> bool:
    """'the company's Force conference', 'Microsoft's Inspire conference': one capitalised word that a
    possessive (not 'the') puts before a meeting noun is the brand of its owner's meeting."""
    opener = m.group(0).split(None, 1)[0]
    return opener.lower() != "the" and word.lower() not in _CALENDAR_WORDS


# _event_res patterns searched only around their gate's matches (the words before a meeting head,
# an edition word, an ordinal): their leading words ("of", "the", "its") are everywhere
_WINDOWED_PATTERNS = frozenset({10, 11, 12, 13, 17, 25})


def _windowed(rx: re.Pattern[str], gate: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Matches of `rx` in windows around each match of `gate` (every match of `rx` holds one, less
    than 120 characters from it), each name once. A match at a window's cut edge is left to the
    window of its own gate match (a name cut there could be the head of a longer one)."""
    out: list[re.Match[str]] = []
    seen: set[tuple[int, int]] = set()
    size = len(text)
    for g in gate.finditer(text):
        pos, endpos = max(0, g.start() - 250), min(size, g.end() + 250)
        for m in rx.finditer(text, pos, endpos):
            if (pos and m.start() < pos + 60) or (endpos < size and m.end() > endpos - 60):
                continue
            if m.span(1) not in seen:
                seen.add(m.span(1))
                out.append(m)
    return out


# _event_res patterns whose name comes with the edition's year ("Collision 2022", "the 2024 Paris Olympics")
_DATED_PATTERNS = frozenset({0, 1, 2, 3, 9, 19, 20, 21, 22})


_ORDINAL_NUM = re.compile(r"\d+(?:st|nd|rd|th)")


def _named_again(doc: Doc, spans: list[Span], found: list[Span], dated: list[Span]) -> list[Span]:
    """'Collision 2022' named by its year makes the same name elsewhere in the text ('as Collision fills
    Toronto's Enercare Centre', 'a Collision session') the series too, where no known name or person
    covers it. Only names given with a year: by the dated patterns, or by the model ('Collision 2022')."""
    for s in spans:
        if s.label_ == "EVENT" and not s.kb_id_ and len(s) >= 2 and re.fullmatch(_YEAR_RE, s[-1].text):
            dated.append(s[:-1])
        # "its second AI Day": a name counted by its editions is a series wherever else it stands
        elif s.label_ == "EVENT" and not s.kb_id_ and len(s) >= 2 and s.start > 0:
            before = s.doc[s.start - 1].lower_
            if before in ORDINAL_WORDS or before == "inaugural" or _ORDINAL_NUM.fullmatch(before):
                dated.append(s)
    names = sorted(
        {
            name
            for span in dated
            if (name := span_text(span))[:1].isupper() and not any(c.isdigit() for c in name)
        },
        key=len,
        reverse=True,
    )
    if not names:
        return []
    out: list[Span] = []
    for start, end, _name in whole_word_matches(doc_text(doc), names):
        span = doc.char_span(start, end, label="EVENT")
        if span is not None and not any(_clash(span, t) for t in spans + found + out):
            out.append(span)
    return out


def _clash(span: Span, other: Span) -> bool:
    """Whether `other` keeps its words from `span`: any overlapping mention but the model's same
    name typed as a company or product ("Drone World Events GmbH" stays a company)."""
    if not overlaps(span, other):
        return False
    same = (other.start, other.end) == (span.start, span.end)
    return not same or bool(other.kb_id_) or other.label_ not in {"ORG", "PRODUCT", ""}


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
        # the words for any meeting ("the World Telecommunication Standardization Assembly, a
        # once-every-four-years meeting of the ITU", "Create 2024, Baidu's annual gathering")
        "meeting",
        "gathering",
        "event",
        "tournament",
        "competition",
        # "Web Summit Qatar, the first Middle East edition of the technology conference"
        "edition",
    }
)

# "Create 2024, ...", "DAN 23, ...": an edition's year (or its two digits) between a name and its apposition
_EDITION_DIGITS = re.compile(r"^(?:19|20)?\d\d$")

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
        if t.text != "," or t.i == 0:
            continue
        stop = t.i
        # "Create 2024, ...": the name before an edition's year
        if stop > 1 and _EDITION_DIGITS.match(toks[stop - 1].text) and toks[stop - 2].pos_ == "PROPN":
            stop -= 1
        if stop - 1 in taken:
            continue
        start = stop
        # title-case, camel-case or capitals: "Slush", "NeurIPS", "CVPR"
        while (
            start > 0
            and stop - start < 3
            and toks[start - 1].pos_ == "PROPN"
            and toks[start - 1].text[:1].isupper()
        ):
            start -= 1
        # "in June 2017, the meeting ...": a date, no name
        if start < stop and start - 1 not in taken and toks[stop - 1].lower_ not in _CALENDAR_WORDS:
            out.append(Span(doc, start, stop))
    return out


def apposed_events(doc: Doc, spans: list[Span]) -> list[Span]:
    """Names outside the KB that an apposition calls an event: 'Slush, the Helsinki start-up
    conference', 'Dreamforce, Salesforce's annual conference', 'Gamescom, the Cologne video game
    fair'. The small model types such one-word brands as places or companies."""
    toks = doc_tokens(doc)
    n = len(toks)
    out: list[Span] = []
    for s in spans + _bare_names_before_commas(doc, spans):
        if s.label_ not in {"ORG", "GPE", "PRODUCT", ""} or s.kb_id_ or len(s) > 4:
            continue
        # ", the/a ...", ", its ..." or ", <Name>'s ..." right after the name ("Tech World, its annual
        # showcase"), an edition's year may come between ("Create 2024, Baidu's annual conference")
        comma = s.end + 1 if s.end < n and _EDITION_DIGITS.match(toks[s.end].text) else s.end
        if comma + 3 >= n or toks[comma].text != ",":
            continue
        opener = toks[comma + 1].lower_
        if opener not in {"the", "a", "an", "its", "their"} and toks[comma + 2].text not in {"'s", "’s"}:
            continue
        last = None
        glued = False  # the token after a hyphen belongs to a compound ("start-up")
        for t in toks[comma + 2 : min(n, comma + 10)]:
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
                # "Messukeskus, the Helsinki Expo and Convention Centre": a venue's name runs on
                if t.lower_ in {"and", "&"} and _venue_rest(doc, t.i + 1):
                    last = None
                # "Slush, the start-up and investor gathering": two words before one head
                elif (
                    t.lower_ in {"and", "&"} and last is not None and last.lower_ not in _APPOSED_EVENT_HEADS
                ):
                    continue
                break
            last = t
        if last is not None and last.lower_ in _APPOSED_EVENT_HEADS:
            out.append(Span(doc, s.start, s.end, label="EVENT"))
    # the name's other mentions are the same event ("... Bolt exhibited at Kaskelot.")
    if not out:
        return out
    names = {e.text for e in out}
    taken = {e.start for e in out}
    out += [
        Span(doc, s.start, s.end, label="EVENT")
        for s in spans
        if s.text in names and s.start not in taken and not s.kb_id_ and s.label_ in {"ORG", "GPE", "PRODUCT"}
    ]
    return out


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
        "challenge",
        "hackathon",
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
        if t.lower_ in VENUES and t.is_title:
            return True
        if not (t.is_title or t.lower_ in {"and", "&", "of"}):
            return False
    return False


def retype_named_events(spans: list[Span]) -> list[Span]:
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
            and not any(t.lower_ in VENUES for t in doc[s.end : s.end + 4])
            and _apposed_head(doc_tokens(doc), s.end) not in _COMPANY_HEADS
        ):
            s = Span(doc, s.start, s.end, label="EVENT")
        out.append(s)
    return out


def series_as_employers(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """A series name right before a job title and a person ('Slush chief executive Eerika
    Savolainen') names the company that runs the series, not an edition."""
    n = len(doc)
    people = {s.start for s in spans if s.label_ == "PERSON"}
    if not people:
        return spans
    out: list[Span] = []
    for s in spans:
        if s.label_ == "EVENT" and s.end < n and not doc[s.end].is_punct:
            for k in range(s.end + 1, min(n, s.end + 5)):
                if k in people:
                    if lex.title_re.fullmatch(doc[s.end : k].text):
                        s = Span(doc, s.start, s.end, label="ORG")
                    break
        out.append(s)
    return out


# "Organised by Web Summit", "Hosted by the FII Institute": the verbs that make the name after "by"
# the body that runs an event
_RUN_VERBS = frozenset(
    {
        "organised",
        "organized",
        "hosted",
        "convened",
        "run",
        "staged",
        "co-organised",
        "co-organized",
        "co-hosted",
    }
)
# "the FII Institute": a word after a series name that makes the whole a body
_BODY_TAILS = frozenset({"institute", "foundation", "association", "committee", "council", "secretariat"})


_CLOCK = re.compile(r"^\d{1,2}[:.]\d\d$")
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# "the Mandalay Bay convention centre": words between a venue's name and its venue noun
_VENUE_KINDS = frozenset({"convention", "exhibition", "conference", "congress", "expo", "events", "event"})


def series_as_organisers(doc: Doc, spans: list[Span]) -> list[Span]:
    """A series name that is the agent of 'organised by' / 'hosted by' ('Organised by Web Summit'),
    or that a body word follows ('the FII Institute'), names the body that runs the series."""
    toks = doc_tokens(doc)
    n = len(doc)
    out: list[Span] = []
    taken = {s.start for s in spans}
    org_starts = {s.start for s in spans if s.label_ == "ORG"}
    org_ends = {s.end for s in spans if s.label_ == "ORG"}
    for s in spans:
        if s.label_ == "EVENT" and not s.kb_id_:
            end = s.end
            # "14:00 Session 2", "Monday": a programme's clock time or day, no event
            if _CLOCK.match(toks[s.start].text) or toks[s.start].lower_ in _WEEKDAYS:
                continue
            # "at the Mandalay Bay convention centre": a venue's name, no edition
            k = end + 1 if end < n and toks[end].lower_ in _VENUE_KINDS else end
            if k < n and toks[k].lower_ in VENUES and toks[k].is_lower:
                continue
            # "Microsoft, Epic Games and Unity": a name among companies listed is a company
            before = s.start >= 2 and toks[s.start - 1].lower_ in {",", "and"}
            after = end + 1 < n and toks[end].lower_ in {",", "and"}
            if before and after and (s.start - 1 in org_ends or end + 1 in org_starts):
                s = Span(doc, s.start, end, label="ORG")
        if s.label_ == "EVENT":
            end = s.end
            if end < n and toks[end].lower_ in _BODY_TAILS and toks[end].is_title and end not in taken:
                s = Span(doc, s.start, end + 1, label="ORG")
            else:
                i = s.start - 1
                if i >= 0 and toks[i].lower_ == "the":
                    i -= 1
                if (
                    i >= 1
                    and toks[i].lower_ == "by"
                    and toks[i - 1].lower_ in _RUN_VERBS
                    # "hosted by the Computex stage": the series names a thing of its own
                    and not (end < n and toks[end].is_lower and toks[end].pos_ in {"NOUN", "PROPN"})
                ):
                    s = Span(doc, s.start, s.end, label="ORG")
        out.append(s)
    return out

"""Event editions: named series (KB or 'X Summit' names), generic references ('the conference',
'last year's summit', 'the 2019 edition'), the year of each, and the edition each sentence is about.

Invariant: an edition is (series key, year); `year` is None only when neither the text nor the
publication date gives one. A photo caption never inherits or passes on a paragraph's edition.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from rivalgraph.extract.state import DocState, Mention
from rivalgraph.extract.vocab import NUMBER_WORDS, ORDINAL_WORDS
from rivalgraph.kb import EventSeries, normalize_name

__all__ = ["EditionAcc", "EventModel", "SeriesInfo", "find_events"]

Edition = tuple[str, int | None]

_YEAR = re.compile(r"^(?:19|20)\d\d$")
_ORD_NUM = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
_GLUED_YEAR = re.compile(r"^[A-Z]{2,}((?:19|20)\d\d|[0-4]\d)$")
_NUMBERS = NUMBER_WORDS
_AGO = re.compile(r"\b(\w+) years? ago\b", re.I)
_LAST_YEAR = re.compile(r"\blast year\b", re.I)
_DATE_YEAR = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+((?:19|20)\d\d)\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+((?:19|20)\d\d)\b"
)
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}
_MONTH_WORDS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october"}
    | {"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov"}
    | {"dec"}
)
_WEEKDAYS = {
    d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
}
_MONTH_RE = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_RANGE_MD = re.compile(
    _MONTH_RE
    + r"\s+(\d{1,2})\s*(?:-|–|to|until|through)\s*(?:"
    + _MONTH_RE
    + r"\s+)?(\d{1,2})(?:,?\s+((?:19|20)\d\d))?"
)
_RANGE_WD = re.compile(
    r"\b(?:from|between)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:to|until|through|and)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_OPEN_WD = re.compile(
    r"\b(?:opened|opens|kicked off|kicks off|began|begins|starts|started)\b[^.]{0,40}?"
    r"\bon\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_UNTIL_WD = re.compile(
    r"\b(?:runs|running|run|ran|lasts)\s+(?:until|to|through)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\bthrough\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
# Holidays the NER tags as events: dates, not editions anyone attends.
_HOLIDAY = re.compile(
    r"(?i)\b(?:new year|spring festival|lantern festival|mid-autumn|dragon boat|christmas|thanksgiving|"
    r"easter|ramadan|eid|diwali|golden week|national day|singles'? day|black friday|cyber monday)\b"
)
# wars the NER tags as events ("the Cold War"), and venues it does ("the Olympic Stadium"): no editions
_NOT_MEETING = re.compile(
    r"(?i)\bwars?\b|\b(?:stadium|arena|centre|center)$|"
    r"^(?:hurricane|typhoon|cyclone|storm|tropical storm|super typhoon)\b|\b(?:earthquake|pandemic|tsunami)$"
)
# a place inside a venue ("Hall 2", "Pavilion 5.1", "Booth B12") is where a stand is, not an edition
_VENUE_UNIT = re.compile(r"(?i)^(?:hall|pavilion|booth|stand|room|gate|level|zone)\s+[\w.-]{1,5}$")
# the last word of a sports series whose edition a story calls "the Games"
_GAMES_HEADS = frozenset({"Games", "Olympics", "Paralympics", "Universiade"})
_PAST = re.compile(r"\b(?:ran|opened|was held|took place|began|kicked off|started)\b")
# A year stated relative to the one the story was just telling: "A year later", "Two years later",
# "The following year", "That year", "a year earlier". Group 1: the count; group 2: the direction.
_SHIFT_COUNT = re.compile(
    r"\b(a|one|two|three|four|five|six|\d) years? (later|on|after|earlier|before)\b", re.I
)
_SHIFT_WORD = re.compile(
    r"\b(?:(?:the )?(following|next|succeeding|previous|preceding) year|the year (after|before)|"
    r"(that|the same) year)\b",
    re.I,
)
# "Last year, ...", "this year": counted from the publication date ("the next year" is relative)
_CALENDAR_YEAR = re.compile(r"(?<!the )\b(last|this|next) year\b(?!'s|’s)", re.I)
_LATER = {"later", "on", "after", "following", "next", "succeeding"}
# the headline, dateline and lead: a series first named there is what the story is about
_LEAD_PARAS = 2
_LEAD_SENTS = 4
# "In 2023, ...", "By 2021, ...": a year opening the sentence dates what the sentence tells
_OPENING_YEAR = re.compile(r"^(?:In|By|During|Throughout|At) (?:(?:early|mid|late|mid-) ?)?((?:19|20)\d\d)\b")


@dataclass(slots=True)
class SeriesInfo:
    """One event series seen in the document."""

    key: str
    name: str
    aliases: list[str] = field(default_factory=list)
    record: EventSeries | None = None
    explicit: int = 0


@dataclass(slots=True)
class EditionAcc:
    """One edition being assembled: its mentions, city and dates."""

    series: str
    year: int | None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    city_key: str | None = None
    start: str | None = None
    end: str | None = None


@dataclass(slots=True)
class EventModel:
    """Series, editions and the editions each sentence is about."""

    series: dict[str, SeriesInfo]
    editions: dict[Edition, EditionAcc]
    sent_editions: list[list[Edition]]
    sent_explicit: list[bool]
    default: Edition | None
    ref_tokens: dict[int, Edition]
    ref_extra: dict[int, list[Edition]] = field(default_factory=dict)
    # sentences that name editions only inside relative clauses: the edition their main clause is on
    main_editions: dict[int, list[Edition]] = field(default_factory=dict)

    def edition_id(self, ed: Edition) -> str:
        info = self.series[ed[0]]
        from rivalgraph.model import make_id

        return make_id("event", info.name, ed[1])


def _year_near(state: DocState, m: Mention) -> int | None:
    doc = state.doc
    toks = state.toks
    if m.start > 0 and _YEAR.match(toks[m.start - 1].text):
        return int(toks[m.start - 1].text)
    if m.end < len(doc) and _YEAR.match(toks[m.end].text):
        return int(toks[m.end].text)
    # "the 2024 Paris Olympics": a place between the year and the series name
    if m.start > 1 and toks[m.start - 1].ent_type_ == "GPE" and _YEAR.match(toks[m.start - 2].text):
        return int(toks[m.start - 2].text)
    # "FIFA World Cup Qatar 2022": the host country between the name and the year
    if m.end + 1 < len(doc) and toks[m.end].ent_type_ == "GPE" and _YEAR.match(toks[m.end + 1].text):
        return int(toks[m.end + 1].text)
    # "last year's AI Safety Summit", "next year's Expo": a year counted from the publication date
    if m.start > 2 and toks[m.start - 1].text in {"'s", "’s"} and toks[m.start - 2].lower_ == "year":
        shift = {"last": -1, "next": 1, "this": 0}.get(toks[m.start - 3].lower_)
        if shift is not None and state.published is not None:
            return state.published.year + shift
    # "last August's World Robot Conference": the last such month before the publication date
    if m.start > 2 and toks[m.start - 1].text in {"'s", "’s"} and state.published is not None:
        word = toks[m.start - 2].lower_
        month = _MONTHS.get(word[:3]) if word in _MONTH_WORDS else None
        if month is not None and toks[m.start - 3].lower_ in {"last", "next"}:
            return _month_year(state.published, month, toks[m.start - 3].lower_)
    # "the Asian Cup 2023" taken whole by the NER: the year inside the name
    inner = [t for t in doc[m.start : m.end] if _YEAR.match(t.text)]
    if len(inner) == 1:
        return int(inner[0].text)
    # "MWC19", "SC24", "CES2024": the year's digits glued to the series' acronym
    if m.end - m.start <= 2 and (glued := _GLUED_YEAR.search(toks[m.start].text)):
        digits = glued.group(1)
        year = int(digits) if len(digits) == 4 else 2000 + int(digits)
        if state.published is None or year <= state.published.year + 2:
            return year
    # "Hot Chips 34 (2022)", "CES (2024)": the year in brackets after the name (an edition number between)
    k = m.end
    if k < len(doc) and toks[k].like_num and not _YEAR.match(toks[k].text):
        k += 1
    if k + 2 < len(doc) and toks[k].text == "(" and toks[k + 2].text == ")" and _YEAR.match(toks[k + 1].text):
        return int(toks[k + 1].text)
    # "the AI Safety Summit of November 2023", "the summit in May 2024"
    after = doc[m.end : m.end + 3]
    if len(after) >= 2 and after[0].lower_ in {"of", "in"}:
        k = 2 if after[1].lower_[:3] in _MONTHS and len(after) == 3 else 1
        if _YEAR.match(after[k].text):
            return int(after[k].text)
    return None


def _month_year(published: dt.date, month: int, direction: str) -> int:
    """The year of 'last August' (the latest August before the publication month) or 'next August'."""
    if direction == "last":
        return published.year if month < published.month else published.year - 1
    return published.year if month > published.month else published.year + 1


# "last October", "next March": a month counted from the publication date
_LAST_MONTH = re.compile(
    r"\b(last|next) (January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"(?!'s|’s)"
)


def _relative_year(state: DocState, si: int) -> int | None:
    if state.published is None:
        return None
    text = state.sent_texts[si]
    m = _AGO.search(text)
    if m:
        word = m.group(1).lower()
        n = _NUMBERS.get(word) or (int(word) if word.isdigit() else None)
        if n:
            return state.published.year - n
    return None


_CONTRAST_BEFORE = re.compile(r"\b(?:unlike|as|than|like|compared with|compared to|versus)\s+$", re.I)


def _story_year(state: DocState, si: int, base: int | None, *, carried: bool = False) -> int | None:
    """The year a sentence moves the story to: a year opening it, or one counted from the publication
    date or from `base` (the year of the edition the story told last: "Two years later", "That
    year"). Only a phrase that frames the whole sentence counts, at its start or its end: "Nvidia,
    which invested last year, is holding ..." stays on the sentence's own edition."""
    text = state.sent_texts[si]
    if opening := _OPENING_YEAR.match(text):
        return int(opening.group(1))
    calendar = _CALENDAR_YEAR.search(text)
    # at the start only: "SAP ended its sponsorship of the fair last year" dates the decision; and
    # "this year" in a sentence that only carries the story's edition is that edition's year
    # "Unlike last year, ...", "As last year, ...": a contrast with the year is not a move to it
    contrast = calendar is not None and _CONTRAST_BEFORE.search(text[: calendar.start()])
    if state.published is not None and calendar is not None and calendar.start() <= 12 and not contrast:
        word = calendar.group(1).lower()
        if not (carried and word == "this"):
            return state.published.year + {"last": -1, "this": 0, "next": 1}[word]
    # (a paragraph's last sentence ends in its line breaks)
    body_end = len(text.rstrip().rstrip(' .!?"”'))
    # "..., were first announced at Huawei Connect in Shanghai, last October."
    month = _LAST_MONTH.search(text)
    if (
        state.published is not None
        and month is not None
        and _frames(month, body_end)
        and not _in_clause_of_its_own(state, si, month)
    ):
        return _month_year(state.published, _MONTHS[month.group(2)[:3].lower()], month.group(1))
    if base is None:
        return None
    count = _SHIFT_COUNT.search(text)
    if count is not None and _frames(count, body_end) and not _in_clause_of_its_own(state, si, count):
        word = count.group(1).lower()
        n = 1 if word == "a" else _NUMBERS.get(word) or (int(word) if word.isdigit() else 0)
        return base + n if count.group(2).lower() in _LATER else base - n
    shift = _SHIFT_WORD.search(text)
    # "that year's Wuzhen Summit": the phrase dates the name it owns wherever it stands
    owned = shift is not None and text[shift.end() : shift.end() + 2] in {"'s", "’s"}
    if shift is not None and (
        (_frames(shift, body_end) and not _in_clause_of_its_own(state, si, shift)) or owned
    ):
        if shift.group(3):  # "that year", "the same year"
            return base
        word = (shift.group(1) or shift.group(2)).lower()
        return base + 1 if word in _LATER else base - 1
    return None


def _opening_year(state: DocState, si: int, base: int | None) -> int | None:
    """The year a sentence opens on: 'By 2019, ...', 'In 2016 the partner was ...', or one counted
    from the edition the story told last, 'A year earlier ...', 'The following year, ...' (at the
    start only: '... up 15% from a year earlier' dates a figure, not the paragraph)."""
    text = state.sent_texts[si]
    if opening := _OPENING_YEAR.match(text):
        return int(opening.group(1))
    if base is None:
        return None
    count = _SHIFT_COUNT.match(text)
    if count is not None:
        word = count.group(1).lower()
        n = 1 if word == "a" else _NUMBERS.get(word) or (int(word) if word.isdigit() else 0)
        return base + n if count.group(2).lower() in _LATER else base - n
    shift = _SHIFT_WORD.match(text)
    if shift is not None and not shift.group(3):
        word = (shift.group(1) or shift.group(2)).lower()
        return base + 1 if word in _LATER else base - 1
    return None


def _in_clause_of_its_own(state: DocState, si: int, found: re.Match[str]) -> bool:
    """'... the Doubao family, which grew out of a chatbot that ByteDance released last August', 'under
    US rules introduced last October': a time phrase inside a clause that modifies some other noun
    dates that clause, not the sentence ('the group's annual conference held ... last October' is the
    meeting's own); '..., launched in 2017, into the show a year later' counts from that year."""
    sent = state.sents[si]
    if _YEAR_IN_TEXT.search(state.sent_texts[si][: found.start()]):
        return True
    at = sent.start_char + found.start()
    tok = next((t for t in sent if t.idx >= at), None)
    if tok is None:
        return False
    for anc in tok.ancestors:
        if anc.dep_ in {"relcl", "acl"}:
            noun = anc.head
            named = state.mention_at(noun.i)
            if not (noun.lower_ in state.lex.event_generic or (named is not None and named.label == "EVENT")):
                return True
    return False


_YEAR_IN_TEXT = re.compile(r"\b(?:19|20)\d\d\b")


def _frames(found: re.Match[str], body_end: int) -> bool:
    """A time phrase at the start or the end of its sentence frames all of it."""
    return found.start() <= 12 or found.end() >= body_end


def _caption_year(state: DocState, si: int) -> int | None:
    m = _DATE_YEAR.search(state.sent_texts[si])
    if m:
        return int(m.group(1) or m.group(2))
    return None


def _dated_after(state: DocState, m: Mention) -> int | None:
    """'AI Seoul Summit, Seoul, South Korea, 21-22 May 2024': a full date right after the name, with
    only names between (no clause that could date something else)."""
    sent_end = state.sents[m.sent].end_char
    rest = state.text[m.end_char : min(sent_end, m.end_char + 60)]
    d = _DATE_YEAR.search(rest)
    if d is None:
        return None
    between = rest[: d.start()]
    words = re.findall(r"[A-Za-z]+", between)
    if any(w.islower() and w not in {"in", "on", "of", "the", "from"} for w in words):
        return None
    return int(d.group(1) or d.group(2))


# "AI Day, held in Palo Alto in August 2021", "its second AI Day, in September 2022", "the 127th Canton
# Fair, held only online in June 2020": an appositive right after the name dates it (a place and
# two adverbs may come between; nothing else)
_APPOSITIVE_DATE = re.compile(
    r"^,\s+(?:(?:held|staged|hosted)\s+(?:(?!in\b|on\b|at\b)[a-z]+\s+){0,2})?(?:(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w.'&-]*,?\s+){1,4})?"
    r"(?:in|on)\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?)?"
    r"((?:19|20)\d\d)\b"
)


def _appositive_year(state: DocState, m: Mention) -> int | None:
    sent_end = state.sents[m.sent].end_char
    found = _APPOSITIVE_DATE.match(state.text[m.end_char : min(sent_end, m.end_char + 70)])
    return int(found.group(1)) if found else None


def _ordinal_or_in_year(state: DocState, m: Mention, record: EventSeries | None) -> int | None:
    """'the second CIIE' (the series' edition count), 'at CES in Las Vegas in 2019' (a year a few words
    on, before any comma or other edition)."""
    toks = state.toks
    if record is not None and m.start > 0:
        word = toks[m.start - 1].lower_
        n = _EDITION_ORDINALS.get(word)
        if n is None and (om := _ORD_NUM.match(word)):
            n = int(om.group(1))
        if n:
            year = record.year_of_edition(n)
            if year:
                return year
    # "at CES in Las Vegas in 2019", "told the Defense Forum in Simi Valley, California, in December
    # 2023": a comma may stand only inside the place's name ("Simi Valley, California")
    end = min(state.sents[m.sent].end, m.end + 12)
    for j in range(m.end, end - 1):
        tok = toks[j]
        if (other := state.mention_at(j)) is not None and other.label == "EVENT":
            break
        if tok.is_punct and not (tok.text == "," and j > m.end and toks[j - 1].ent_type_ == "GPE"):
            break
        # "Web Summit moved to Lisbon from Dublin in 2016": another verb's year dates the move, not
        # the edition ("took place in Berlin in 2019" does)
        if tok.pos_ == "VERB" and tok.lemma_.lower() not in _STAGING_VERBS:
            break
        if tok.lower_ != "in":
            continue
        k = j + 2 if toks[j + 1].lower_ in _MONTH_WORDS and j + 2 < end else j + 1
        if _YEAR.match(toks[k].text):
            return int(toks[k].text)
    return None


# verbs whose "in <year>" dates the edition itself ("was held in Doha in 2023")
_STAGING_VERBS = frozenset(
    {"take", "hold", "open", "close", "run", "stage", "host", "begin", "start", "kick", "end", "return"}
)

# "the inaugural World Robot Conference" is its first edition
_EDITION_ORDINALS = {**ORDINAL_WORDS, "inaugural": 1}
# "the previous edition", "the last expo": the edition before the story's own
_PREVIOUS = frozenset({"previous", "prior", "last", "preceding"})
_SPAN = re.compile(
    r"^[^.;]{0,40}?\b(?:from|between) ((?:19|20)\d\d) (?:to|through|until|and) ((?:19|20)\d\d)\b"
    r"|^[^.;]{0,25}?\bin ((?:19|20)\d\d) and ((?:19|20)\d\d)\b"
)


def _year_span_after(state: DocState, m: Mention) -> list[int]:
    """'at SEMICON China every year from 2015 to 2017', 'at CES in 2019 and 2020': the editions a
    span of years right after the name covers (at most six)."""
    sent_end = state.sents[m.sent].end_char
    found = _SPAN.search(state.text[m.end_char : sent_end])
    if found is None:
        return []
    if found.group(1):
        first, last = int(found.group(1)), int(found.group(2))
        return list(range(first, last + 1)) if 0 < last - first <= 5 else []
    return [int(found.group(3)), int(found.group(4))]


def _named_years(state: DocState, m: Mention, record: EventSeries | None) -> list[int]:
    """The editions a named mention stands for, from the words around it (none: the context decides)."""
    span = _year_span_after(state, m)
    if span:
        return span
    year = _year_near(state, m) or _relative_year(state, m.sent)
    if year is None and state.caption[m.sent]:
        year = _caption_year(state, m.sent)
    if year is None:
        year = (
            _dated_after(state, m)
            or _appositive_year(state, m)
            or _ordinal_or_in_year(state, m, record)
            or _edition_of(state, m, record)
        )
    return [year] if year else []


def _edition_of(state: DocState, m: Mention, record: EventSeries | None) -> int | None:
    """'the 2019 edition of Smart China Expo', 'the sixth edition of the CIIE': the edition's year."""
    toks = state.toks
    i = m.start - 1
    if i >= 0 and toks[i].lower_ == "the":
        i -= 1
    if i < 1 or toks[i].lower_ != "of" or toks[i - 1].lower_ != "edition":
        return None
    edition = toks[i - 1]
    for t in state.doc[edition.left_edge.i : edition.i]:
        if _YEAR.match(t.text):
            return int(t.text)
        if t.lower_ in _PREVIOUS and state.published is not None:
            return state.published.year - 1
        n = _EDITION_ORDINALS.get(t.lower_)
        if n is None and (om := _ORD_NUM.match(t.lower_)):
            n = int(om.group(1))
        if n and record is not None:
            return record.year_of_edition(n)
    return None


def _generic_years(state: DocState, tok: Token, series: SeriesInfo | None) -> list[int]:
    """Years a generic reference carries: 'the 2021 and 2022 editions', 'last year's', 'the third edition'."""
    doc = state.doc
    toks = state.toks
    years: list[int] = []
    left = [t for t in doc[tok.left_edge.i : tok.i]] or _surface_phrase(state, tok)
    for t in left:
        if _YEAR.match(t.text):
            years.append(int(t.text))
    if years:
        return years
    for t in left:
        if (
            t.lower_ == "year"
            and t.i + 1 < len(doc)
            and toks[t.i + 1].text in {"'s", "’s"}
            and state.published
        ):
            prev = toks[t.i - 1].lower_ if t.i > 0 else ""
            if prev == "last":
                return [state.published.year - 1]
            if prev == "next":
                return [state.published.year + 1]
            if prev == "this":
                return [state.published.year]
    # "the previous edition", "the last expo" (not "last year's", read above)
    # ("the last edition held before the pandemic", in apposition to a dated name, is not;
    # "the last show was held in 2020" is dated by its clause)
    if (
        state.published
        and not _held_in_year(state, tok)
        and tok.dep_ != "appos"
        and not any(c.dep_ in {"acl", "relcl", "prep"} for c in tok.children)
        and any(t.lower_ in _PREVIOUS and t.dep_ == "amod" and t.head.i == tok.i for t in left)
    ):
        return [state.published.year - 1]
    # "In 2019, Elon Musk spoke at the event": the year opening the sentence
    first = state.sents[state.tok_sent[tok.i]].start
    if tok.i > first + 2 and toks[first].lower_ == "in" and _YEAR.match(toks[first + 1].text):
        return [int(toks[first + 1].text)]
    # "the largest edition since the fair began in 1999": the year the series began, no edition
    if (
        tok.dep_ == "nsubj"
        and tok.head.lemma_.lower() in {"begin", "start", "launch", "debut"}
        and any(c.dep_ == "mark" and c.lower_ == "since" for c in tok.head.children)
    ):
        return []
    # "in 2018" shortly after the reference, in the same sentence
    end = min(state.sents[state.tok_sent[tok.i]].end, tok.i + 9)
    for j in range(tok.i + 1, end - 1):
        if toks[j].lower_ == "since":
            break  # "the largest edition since the fair began in 1999": the year is the clause's
        if toks[j].lower_ == "in" and _YEAR.match(toks[j + 1].text):
            if _series_origin(toks, tok.i + 1, j):
                break  # "since the fair began in 1999", "the expo, launched in 1957": no edition
            # "returned to the show in 2023 and 2024"
            if j + 3 < len(toks) and toks[j + 2].lower_ == "and" and _YEAR.match(toks[j + 3].text):
                return [int(toks[j + 1].text), int(toks[j + 3].text)]
            return [int(toks[j + 1].text)]
        # "the inaugural edition in Yibin in July 2022"
        if (
            toks[j].lower_ == "in"
            and j + 2 < end
            and toks[j + 1].lower_ in _MONTH_WORDS
            and _YEAR.match(toks[j + 2].text)
            and not _series_origin(toks, tok.i + 1, j)
        ):
            return [int(toks[j + 2].text)]
        if state.mention_at(j) is not None and state.mention_at(j).label == "EVENT":  # type: ignore[union-attr]
            break
    # "The next edition will return to Barcelona on March 2-5, 2026", "is scheduled for February 2025"
    if (dated := _future_date_after(state, tok)) is not None:
        return [dated]
    for t in left + [c for c in tok.children if c.dep_ == "amod"]:
        n = _EDITION_ORDINALS.get(t.lower_)
        if n is None:
            m = _ORD_NUM.match(t.lower_)
            n = int(m.group(1)) if m else None
        if n == 1 and _since_after(state, tok):
            continue  # "the first edition of the show since the licences were issued": no inaugural one
        # "its first Gulf edition", "the first in-person edition": the count of a kind of edition, not of
        # the series (a count of editions may follow: "the first two editions")
        if n and t.i < tok.i and any(w.lower_ not in _NUMBERS for w in toks[t.i + 1 : tok.i]):
            continue
        if n and series is not None and series.record is not None:
            y = series.record.year_of_edition(n)
            if y:
                # "the first two editions": the count after the ordinal spans that many editions
                nxt = toks[t.i + 1] if t.i + 1 < tok.i else None
                count = _NUMBERS.get(nxt.lower_) if nxt is not None else None
                if count is not None and 1 < count <= 5:
                    more = [series.record.year_of_edition(n + k) for k in range(1, count)]
                    return [y, *(x for x in more if x)]
                return [y]
    return []


# A date a clause gives an edition: "on March 2-5, 2026", "from March 2 to 5, 2026", "for February 2025".
_CLAUSE_DATE = re.compile(
    r"^[^.;]{0,50}?\b(?:on|from|for|in|between)\s+"
    + _MONTH_RE
    + r"(?:\s+\d{1,2}(?:\s*(?:-|–|to|until|through|and)\s*(?:"
    + _MONTH_RE
    + r"\s+)?\d{1,2})?,?)?"
    + r"\s+((?:19|20)\d\d)\b"
)
# Verbs that tell of an edition still to come.
_FUTURE_VERBS = frozenset({"return", "schedule", "plan", "set", "take", "move", "come", "run", "open", "be"})


def _held_in_year(state: DocState, tok: Token) -> bool:
    """'the last show was held in 2020': the reference is the subject of a staging verb with a year."""
    verb = tok.head
    return (
        tok.dep_ in {"nsubj", "nsubjpass"}
        and verb.lemma_.lower() in _STAGING_VERBS
        and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(_YEAR.match(p.text) for p in c.children)
            for c in verb.children
        )
    )


def _future_date_after(state: DocState, tok: Token) -> int | None:
    """'The next edition will return to Barcelona on March 2-5, 2026': the date of the clause whose
    subject the reference is, when that clause tells of what is to come ('will', 'is scheduled')."""
    verb = tok.head
    if tok.dep_ not in {"nsubj", "nsubjpass"} or verb.lemma_.lower() not in _FUTURE_VERBS:
        return None
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if not (aux & {"will", "'ll", "would", "is", "are", "shall"} or verb.lemma_.lower() == "schedule"):
        return None
    sent_end = state.sents[state.tok_sent[tok.i]].end_char
    found = _CLAUSE_DATE.search(state.text[tok.idx + len(tok.text) : sent_end])
    return int(found.group(found.lastindex or 1)) if found else None


# Verbs that date a series' beginning, not one of its editions ("began in 1999", "since its launch in 2022").
_ORIGIN_LEMMAS = frozenset(
    {"begin", "launch", "found", "start", "establish", "inaugurate", "create", "debut"}
)


def _series_origin(toks: list[Token], start: int, end: int) -> bool:
    """Whether the words between a generic reference and 'in YEAR' date the series' start."""
    for k in range(start, end):
        lemma = toks[k].lemma_.lower()
        if lemma in _ORIGIN_LEMMAS or (lemma == "hold" and k > start and toks[k - 1].lower_ == "first"):
            return True
    return False


def _since_after(state: DocState, tok: Token) -> bool:
    """'the first summit since the body was relaunched': a 'since' a few words after the reference."""
    end = min(state.sents[state.tok_sent[tok.i]].end, tok.i + 12)
    return any(state.toks[j].lower_ == "since" for j in range(tok.i + 1, end))


def _surface_phrase(state: DocState, tok: Token) -> list[Token]:
    """'Compared with the 2017 fair, ...': the words before a generic word the parser read as an
    adjective, back to their determiner, when nothing nominal follows it (else: none)."""
    toks = state.toks
    nxt = toks[tok.i + 1] if tok.i + 1 < len(toks) else None
    if nxt is not None and not (nxt.is_punct or nxt.pos_ in {"ADP", "AUX", "VERB", "CCONJ"}):
        return []
    k = tok.i - 1
    while k >= 0 and (
        _YEAR.match(toks[k].text) or toks[k].lower_ in _EDITION_ORDINALS or toks[k].lower_ == "annual"
    ):
        k -= 1
    if k >= 0 and toks[k].lower_ in {"the", "this", "that", "last", "next"}:
        return toks[k : tok.i]
    return []


def _is_generic(state: DocState, tok: Token, games: bool = False) -> str | None:
    """'ref' for a definite reference to an edition, 'other' for an unrelated one ('a press event');
    `games`: the word is "Games", asked about only where the story's series is a Games."""
    if tok.lower_ not in state.lex.event_generic and not games:
        return None
    # the small model reads "the 2018 fair" as an adjective; as the object of a preposition it is the noun
    if tok.pos_ not in {"NOUN", "PROPN"} and not (
        tok.pos_ == "ADJ" and tok.dep_ in {"pobj", "dobj", "nsubj"}
    ):
        if tok.pos_ == "ADJ" and _surface_phrase(state, tok):
            return "ref"
        return None
    if state.mention_at(tok.i) is not None:
        return None
    dets = [c for c in tok.children if c.dep_ in {"det", "poss"}]
    own = any(c.lower_ == "own" for c in tok.children)
    if own:
        return "other"
    # "the Tianjin show" is a reference; "the Huawei event" or "the Apple show" names another meeting
    compounds = [
        c
        for c in tok.children
        if c.dep_ == "compound" and not c.is_lower and state.label_at(c.i) not in {"GPE", "DATE"}
    ]
    if compounds:
        return None
    if dets:
        d = dets[0].lower_
        if d in {"a", "an", "another"}:
            return "other"
        if d in {"the", "this", "that", "these", "its", "their"} or dets[0].dep_ == "poss":
            return "ref"
    if tok.dep_ == "poss" or (tok.i > 0 and state.doc[tok.i - 1].dep_ == "poss"):
        return "ref"
    if tok.lower_ == "editions" or any(_YEAR.match(c.text) for c in tok.children):
        return "ref"
    return None


def _elsewhere(state: DocState, m: Mention, longer: EventSeries) -> bool:
    """'the flagship CES in Las Vegas' in a story about CES Asia: the name placed in a city that is not
    the longer series' own is the shorter series."""
    if m.end + 1 >= len(state.toks) or state.toks[m.end].lower_ != "in":
        return False
    place = state.mention_at(m.end + 1)
    if place is None or place.label != "GPE" or not longer.city:
        return False
    return normalize_name(place.text) != normalize_name(longer.city) and not any(
        place.text in name for name in longer.names
    )


def _in_relative_clause(tok: Token) -> bool:
    """Whether `tok` sits in a relative clause ("DJI, which skipped CES 2023, ..."). A clause the parser
    hangs on a year or one opened by 'when' ("In 2021, when the forum met, ...") dates the sentence: no
    relative clause about something else."""
    return any(
        anc.dep_ == "relcl"
        and not _YEAR.match(anc.head.text)
        and not any(c.lower_ == "when" and c.dep_ == "advmod" for c in anc.children)
        for anc in tok.ancestors
    )


_EDITION_PREFIX = re.compile(
    r"^(?:(?:the|this|that|annual|inaugural|\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|eleventh|twelfth)\s+)+",
    re.I,
)


def _series_name(text: str) -> str:
    """The series' name in an edition's: without its year or a leading ordinal ('the 133rd China Import
    and Export Fair' is the China Import and Export Fair)."""
    name = re.sub(r"\s+", " ", re.sub(r"\b(?:19|20)\d\d\b", " ", text)).strip()
    bare = _EDITION_PREFIX.sub("", name)
    return bare if bare else name


def _other_names(state: DocState, m: Mention, name: str) -> list[str]:
    """Other names a reader gives an unknown series: without the company that runs it ('NVIDIA GTC
    Washington, D.C.' is 'GTC Washington, D.C.' too), or with the company whose possessive owns it
    ("Zorvex's annual Innovation Day" is the 'Zorvex Innovation Day')."""
    out: list[str] = []
    words = name.split()
    for k in (1, 2):
        if len(words) > k + 1 and state.kb.lookup_org(" ".join(words[:k])) is not None:
            out.append(" ".join(words[k:]))
            break
    toks = state.toks
    i = m.start - 1
    while i > 0 and (toks[i].lower_ in _EDITION_ORDINALS or toks[i].lower_ == "annual"):
        i -= 1
    if i > 0 and toks[i].text in {"'s", "’s"}:
        owner = state.mention_at(i - 1)
        if owner is not None and owner.label == "ORG" and owner.end == i:
            out.append(f"{owner.text} {name}")
    return out


def _words_within(short: str, name: str) -> bool:
    """Whether the words of `short` run, in order, inside the longer `name` (case aside)."""
    inner = normalize_name(short).split()
    outer = normalize_name(name).split()
    if not inner or len(inner) >= len(outer):
        return False
    return any(outer[i : i + len(inner)] == inner for i in range(len(outer) - len(inner) + 1))


def _series_counts(mentions: list[Mention]) -> dict[str, tuple[int, int]]:
    """Per series (KB id, else the name as written): how many mentions name it and where the first is."""
    out: dict[str, tuple[int, int]] = {}
    for m in mentions:
        key = m.kb_id or m.text
        count, first = out.get(key, (0, m.start))
        out[key] = (count + 1, min(first, m.start))
    return out


def _leads(counts: dict[str, tuple[int, int]], short: str, longer: str) -> bool:
    """Whether the story names the short series before the longer one and more often: it is about
    the short one, and the longer name is another series it mentions."""
    s_count, s_first = counts.get(short, (0, 0))
    l_count, l_first = counts.get(longer, (0, 0))
    return s_count > l_count and s_first < l_first


def _elsewhere_unknown(state: DocState, m: Mention) -> bool:
    """'GTC in San Jose': a KB series' name placed in a city stays that series."""
    return (
        m.end + 1 < len(state.toks)
        and state.toks[m.end].lower_ == "in"
        and ((place := state.mention_at(m.end + 1)) is not None and place.label == "GPE")
    )


def find_events(state: DocState) -> EventModel:
    """Series, editions and the per-sentence edition context of a document."""
    kb = state.kb
    toks = state.toks
    series: dict[str, SeriesInfo] = {}
    editions: dict[Edition, EditionAcc] = {}
    n = len(state.sents)
    explicit: list[list[Edition]] = [[] for _ in range(n)]
    # whether a sentence names an edition outside a relative clause
    main_clause = [False] * n
    other = [False] * n
    ref_tokens: dict[int, Edition] = {}
    ref_extra: dict[int, list[Edition]] = {}
    generic_refs: list[tuple[int, Token]] = []
    pending: list[tuple[int, Mention | Token, str, list[int]]] = []

    event_mentions = [m for m in state.mentions if m.label == "EVENT"]
    seen_records = [
        kb.event(m.kb_id.removeprefix("series:")) for m in event_mentions if m.kb_id.startswith("series:")
    ]
    # how often, and from where on, the story names each series (KB id, else its surface name)
    named_counts = _series_counts(event_mentions)
    # unknown names that run on from a KB series' name ("GTC China", "NVIDIA GTC Washington, D.C.")
    unknown_names = [m.text for m in event_mentions if not m.kb_id]
    for m in event_mentions:
        if _HOLIDAY.search(m.text) or _VENUE_UNIT.match(m.text):
            continue
        if not m.kb_id and _NOT_MEETING.search(m.text):
            continue
        record = kb.event(m.kb_id.removeprefix("series:")) if m.kb_id.startswith("series:") else None
        own_key = m.kb_id or m.text
        # "MWC" in an article about "MWC Shanghai" is the specific series, not its namesake (unless the
        # story names the short one first and more often: a story about electronica that mentions
        # electronica China once)
        longer = [
            r
            for r in seen_records
            if r is not record
            and any(n.startswith(m.text + " ") for n in r.names)
            and not _leads(named_counts, own_key, "series:" + r.id)
        ]
        if longer and _elsewhere(state, m, longer[0]):
            longer = []
        if longer:
            record = longer[0]
        # "Huang spoke at GTC China ... the Chinese edition of the GPU Technology Conference": a name of
        # the KB series inside the longer unknown name the story is about is that series
        runs_on = (
            [
                u
                for u in unknown_names
                if any(u.startswith(name + " ") for name in record.names)
                and not _leads(named_counts, own_key, u)
            ]
            if record is not None and not longer
            else []
        )
        if runs_on and not _elsewhere_unknown(state, m):
            record = None
            name = _series_name(runs_on[0])
            key = "u:" + normalize_name(name)
            info = series.setdefault(key, SeriesInfo(key=key, name=name))
            # the short name the story also calls it by ("GTC")
            if m.text not in info.aliases:
                info.aliases.append(m.text)
        elif record is not None:
            key = record.id
            info = series.setdefault(
                key, SeriesInfo(key=key, name=record.name, aliases=list(record.aliases), record=record)
            )
            # the form the story writes ("SC24", "the Davos forum") is a name of the series too
            surface = re.sub(r"\b(?:19|20)\d\d\b", " ", m.text).strip()
            if surface and surface not in info.aliases and surface != info.name:
                info.aliases.append(surface)
        else:
            name = _series_name(m.text)
            key = "u:" + normalize_name(name)
            info = series.setdefault(key, SeriesInfo(key=key, name=name))
            for alias in (name, *_other_names(state, m, name)):
                if alias != info.name and alias not in info.aliases:
                    info.aliases.append(alias)
        info.explicit += 1
        pending.append((m.sent, m, key, _named_years(state, m, record)))

    generic = state.lex.event_generic
    games: list[tuple[int, Token]] = []
    # the series' own last word ("the 2023 Dialogue", "the 2018 festival"), kept once the main series is known
    own_heads = state.lex.event_own_heads
    own: list[tuple[int, Token]] = []
    trigger_verbs = {v for tr in state.lex.event_triggers.values() for v in tr.verbs}
    lows = state.low
    for tok in toks:
        # _is_generic answers None for any other word; most tokens are skipped without the call
        low = lows[tok.i]
        if low not in generic:
            if (
                low == "games"  # first: Token.text is rebuilt on each read
                and tok.text == "Games"
                and state.mention_at(tok.i) is None
                and _is_generic(state, tok, True) == "ref"
            ):
                games.append((state.tok_sent[tok.i], tok))
            elif low in own_heads and state.mention_at(tok.i) is None:
                own.append((state.tok_sent[tok.i], tok))
            continue
        kind = _is_generic(state, tok)
        rel = next((a for a in tok.ancestors if a.dep_ == "relcl"), None) if kind == "other" else None
        if kind == "other" and (rel is None or rel.lemma_.lower() in trigger_verbs):
            # "..., which launched its phone at a separate event": the relative clause's own meeting
            # leaves the sentence's edition context alone, unless its verb is a participation trigger
            # ("the company that hosts its own conference")
            other[state.tok_sent[tok.i]] = True
        elif kind == "ref":
            generic_refs.append((state.tok_sent[tok.i], tok))

    # "the 2018 World Cup" in a page about the "FIFA World Cup": a shorter unknown name that ends
    # a longer one names the same series
    fold: dict[str, str] = {}
    for key, info in series.items():
        if not key.startswith("u:"):
            continue
        covering = [
            k2
            for k2, i2 in series.items()
            if k2 != key and k2.startswith("u:") and i2.name.lower().endswith(" " + info.name.lower())
        ]
        # "Ant Group's Bund conference" beside the INCLUSION Conference on the Bund, "the Hi-Tech Fair"
        # beside the China Hi-Tech Fair: words of a known series' name the story names
        known = [
            k2
            for k2, i2 in series.items()
            if i2.record is not None and any(_words_within(info.name, n) for n in i2.record.names)
        ]
        if covering:
            fold[key] = max(covering, key=lambda k2: series[k2].explicit)
        elif known:
            fold[key] = max(known, key=lambda k2: series[k2].explicit)
    if fold:
        for target in set(fold.values()):
            series[target].explicit += sum(series[k].explicit for k, t in fold.items() if t == target)
        for k, t in fold.items():
            if series[k].name not in series[t].aliases:
                series[t].aliases.append(series[k].name)
            del series[k]
        pending = [(si, item, fold.get(key, key), years) for si, item, key, years in pending]

    # the main series: one the headline or lead names before one named only further down, then a
    # known series before an unknown name, then the one named most often
    lead = {key for si, _, key, _ in pending if state.para[si] <= 1}
    main = max(series.values(), key=lambda s: (s.key in lead, s.record is not None, s.explicit), default=None)
    if main is not None and main.name.split()[-1] in _GAMES_HEADS:
        # "the Games" in a story about the Winter Olympics or the Asian Games
        generic_refs.extend(games)
    if main is not None and own:
        head = main.name.split()[-1]
        lower_ok = state.lex.event_own_heads_lower
        generic_refs.extend(
            (si, tok)
            for si, tok in own
            if tok.lower_ == head.lower()
            and (tok.text == head or (tok.text == tok.lower_ and tok.lower_ in lower_ok))
            and _is_generic(state, tok, True) == "ref"
        )
    default_year: int | None = state.published.year if state.published else None
    # a headline that names the edition ("AFC Asian Cup Qatar 2023 | Partners") dates the page
    headline = [
        ys[0] for si, _, key, ys in pending if si == 0 and ys and main is not None and key == main.key
    ]
    if headline:
        default_year = headline[0]
    if default_year is None:
        # a photo caption dates another edition, never the story's own
        years = [ys[0] for si, _, _, ys in pending if ys and not state.caption[si]]
        default_year = years[0] if years else None
    default = (main.key, default_year) if main else None
    # a series the story names once, after its opening, with no reference back to it ("a deal announced
    # at LEAP in February") is not what the story is about: sentences that name no edition are on none
    backdrop = default
    if main is not None:
        told_in = {si for si, _, key, _ in pending if key == main.key} | {si for si, _ in generic_refs}
        first = min(told_in, default=0)
        if len(told_in) < 2 and state.para[first] > _LEAD_PARAS and first > _LEAD_SENTS:
            backdrop = None

    for (
        si,
        tok,
    ) in generic_refs:
        if main is None:
            break
        years = _generic_years(state, tok, main) or ([y] if (y := _relative_year(state, si)) else [])
        if not years and state.caption[si]:
            cy = _caption_year(state, si)
            years = [cy] if cy else []
        pending.append((si, tok, main.key, years))

    # per-sentence editions: explicit ones, else carried within the paragraph, else the default;
    # in the order the sentence names them ("... has staged the show, after ITU Telecom World 2015": the
    # sentence's first reference is the edition that carries on)
    pending.sort(key=lambda p: p[1].start if isinstance(p[1], Mention) else p[1].i)
    # the years a sentence's main clause has named its series with so far ("Sony skipped E3 2019, the
    # first time it had stayed away from the show": the show is that edition)
    dated_here: dict[tuple[int, str], set[int]] = {}
    for si, item, key, years in pending:
        here = dated_here.get((si, key), set())
        if not years and len(here) == 1 and not state.caption[si]:
            years = list(here)
        eds: list[Edition] = [(key, y) for y in years] if years else []
        if not eds:
            eds = [(key, None)]
        pos = item.start if isinstance(item, Mention) else item.i
        if not _in_relative_clause(toks[pos]):
            main_clause[si] = True
            if years and isinstance(item, Mention):
                dated_here.setdefault((si, key), set()).update(years)
        for ed in eds:
            explicit[si].append(ed)
            if pos in ref_tokens and ref_tokens[pos] != ed:
                ref_extra.setdefault(pos, []).append(ed)
            ref_tokens.setdefault(pos, ed)
    sent_eds: list[list[Edition]] = [[] for _ in range(n)]
    main_eds: dict[int, list[Edition]] = {}
    carry: list[Edition] = []
    # a story told over several editions of its series (two years named or more): a paragraph that
    # opens on a year ("By 2019, ...", "A year earlier ...") is about that year's edition
    main_years = {y for _, _, key, ys in pending if main is not None and key == main.key for y in ys}
    several = len(main_years) >= 2
    # the edition a photo caption names carries to the caption's next sentences, and no further
    caption_eds: tuple[int, list[Edition]] | None = None
    # the edition a bare reference ("the expo") resolved to, per sentence and series: not the dated one
    # beside it, nor another series' ("staged the event a week after the World Robot Conference closed")
    bare: dict[tuple[int, str], Edition] = {}
    # the year of the edition the story told last, across paragraphs: "Two years later" counts from it
    told: int | None = None
    moved: set[Edition] = set()
    for si in range(n):
        if si > 0 and state.para[si] != state.para[si - 1]:
            carry = []
        eds = explicit[si]
        resolved: list[Edition] = []
        story = None
        if eds and not state.caption[si] and any(y is None for _, y in eds):
            story = _story_year(state, si, told)
        for key, y in eds:
            if y is None:
                if story is not None:
                    resolved.append((key, story))
                    bare.setdefault((si, key), (key, story))
                    continue
                same = [e for e in carry if e[0] == key]
                if same and not state.caption[si]:
                    resolved.extend(same)
                    bare.setdefault((si, key), same[0])
                    continue
                if default and key == default[0]:
                    resolved.append(default)
                    bare.setdefault((si, key), default)
                    continue
                resolved.append((key, default_year))
                bare.setdefault((si, key), (key, default_year))
            else:
                resolved.append((key, y))
        resolved = list(dict.fromkeys(resolved))
        story_eds = carry or ([backdrop] if backdrop else [])
        if resolved and story_eds and not main_clause[si] and not state.caption[si]:
            # "DJI, which skipped CES 2023, was back with a booth. Xiaomi did not exhibit.": an edition
            # named only inside a relative clause is this sentence's; the story stays on its edition after,
            # and so does the sentence's main clause ("was back with a booth")
            sent_eds[si] = resolved
            carry = story_eds[:1]
            main_eds[si] = story_eds[:1]
        elif resolved:
            sent_eds[si] = resolved
            if not state.caption[si]:
                # only the sentence's first (main) edition carries on to the next sentences
                carry = resolved[:1]
                told = carry[0][1] or told
            else:
                # the edition the caption dates ("at the inaugural edition in July 2022"), else its first
                dated = [ed for ed in eds if ed[1] is not None]
                caption_eds = (state.para[si], dated[:1] or resolved[:1])
        elif not other[si]:
            story = _story_year(state, si, told, carried=True) if carry and not state.caption[si] else None
            if story is not None and story != carry[0][1]:
                # "The following year, ZTE exhibited there": the story moved to another edition; for
                # this sentence only, as the next one may be back on the paragraph's own edition
                sent_eds[si] = [(carry[0][0], story)]
                moved.add(sent_eds[si][0])
            elif carry:
                sent_eds[si] = list(carry)
            elif state.caption[si]:
                if caption_eds is not None and caption_eds[0] == state.para[si]:
                    sent_eds[si] = list(caption_eds[1])
            elif default and backdrop:
                opened = _opening_year(state, si, told) if several else None
                if opened is not None and opened != default[1]:
                    carry = sent_eds[si] = [(default[0], opened)]
                    told = opened
                    moved.add(carry[0])
                else:
                    sent_eds[si] = [default]
    explicit_flags = [bool(explicit[si]) for si in range(n)]
    for pos, (key, y) in list(ref_tokens.items()):
        si = state.tok_sent[pos]
        if y is None:
            fallback = sent_eds[si][0] if sent_eds[si] else (key, default_year)
            ref_tokens[pos] = bare.get((si, key)) or fallback

    # editions with their mentions
    for m in state.mentions:
        if m.label == "EVENT":
            found = ref_tokens.get(m.start)
            if found is not None:
                editions.setdefault(found, EditionAcc(series=found[0], year=found[1])).mentions.append(
                    (m.start_char, m.end_char)
                )
    for _si, tok in generic_refs:
        found = ref_tokens.get(tok.i)
        if found is not None:
            editions.setdefault(found, EditionAcc(series=found[0], year=found[1])).mentions.append(
                (tok.idx, tok.idx + len(tok.text))
            )
    for ed in moved:
        editions.setdefault(ed, EditionAcc(series=ed[0], year=ed[1]))
    for pos, extra in ref_extra.items():
        named = state.mention_at(pos)
        span = (
            (named.start_char, named.end_char)
            if named
            else (toks[pos].idx, toks[pos].idx + len(toks[pos].text))
        )
        for ed in extra:
            editions.setdefault(ed, EditionAcc(series=ed[0], year=ed[1])).mentions.append(span)
    model = EventModel(
        series=series,
        editions=editions,
        sent_editions=sent_eds,
        sent_explicit=explicit_flags,
        default=default,
        ref_tokens=ref_tokens,
        ref_extra=ref_extra,
        main_editions=main_eds,
    )
    _dates(state, model)
    return model


def _weekday(base: dt.date, name: str, *, past: bool) -> dt.date:
    target = _WEEKDAYS[name.lower()]
    delta = (target - base.weekday()) % 7
    if past:
        back = (base.weekday() - target) % 7
        return base - dt.timedelta(days=back)
    return base + dt.timedelta(days=delta)


def _dates(state: DocState, model: EventModel) -> None:
    """Start and end dates from 'runs from Thursday to Saturday', 'July 4 to 6', 'March 18-21, 2024'."""
    pub = state.published
    for si, eds in enumerate(model.sent_editions):
        if not eds or state.caption[si]:
            continue
        ed = eds[0]
        acc = model.editions.get(ed)
        if acc is None or (acc.start is not None and acc.end is not None):
            continue
        text = state.sent_texts[si]
        year = ed[1] or (pub.year if pub else None)
        m = _RANGE_MD.search(text)
        if m and year:
            month1 = _MONTHS[m.group(1)[:3].lower()]
            month2 = _MONTHS[m.group(3)[:3].lower()] if m.group(3) else month1
            y = int(m.group(5)) if m.group(5) else year
            try:
                acc.start = dt.date(y, month1, int(m.group(2))).isoformat()
                acc.end = dt.date(y, month2, int(m.group(4))).isoformat()
            except ValueError:
                acc.start = acc.end = None
            continue
        if pub is None or ed[1] not in (None, pub.year):
            continue
        past = bool(_PAST.search(text))
        m2 = _RANGE_WD.search(text)
        if m2:
            start = _weekday(pub, m2.group(1), past=past)
            end = start + dt.timedelta(days=(_WEEKDAYS[m2.group(2).lower()] - start.weekday()) % 7)
            acc.start, acc.end = start.isoformat(), end.isoformat()
            continue
        m3 = _OPEN_WD.search(text)
        if m3 and acc.start is None:
            acc.start = _weekday(pub, m3.group(1), past=True).isoformat()
        m4 = _UNTIL_WD.search(text)
        if m4 and acc.end is None:
            base = dt.date.fromisoformat(acc.start) if acc.start else pub
            acc.end = _weekday(base, m4.group(1) or m4.group(2), past=False).isoformat()

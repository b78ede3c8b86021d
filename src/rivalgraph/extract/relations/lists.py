"""List and heading layouts: a heading or a colon line followed by bullet items."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rivalgraph.extract.events import Edition
from rivalgraph.extract.lexicon import Lexicon, per_lexicon
from rivalgraph.extract.relations.common import (
    RelationBase,
)
from rivalgraph.extract.state import Mention
from rivalgraph.extract.vocab import CALENDAR_WORDS
from rivalgraph.model import Predicate

# A bullet or a number that starts a list item: "- ", "• ", "· ", "* ", "1. ", "2) ".
_BULLET = re.compile(r"^\s*(?:[-•·*▪◦‣–—]|\d{1,2}[.)])\s+")
# Between a person and an organization on one line: ", TITLE, " / " (TITLE, " / " – TITLE at ".
_LINE_TITLE = re.compile(
    r"\s*(?:,|\(|–|—|-|\|)\s*(?:the\s+)?(.+?)\s*(?:,|\bat\b|\bof\b|\||–|—)\s*(?:the\s+)?"
)


# The last word of a unit's name ("Software Department", "Semiconductor Products Group")
UNIT_WORDS = frozenset(
    {"group", "department", "division", "unit", "business", "center", "centre", "lab", "labs"}
)

# An agenda slot: an optional time, a session label in capitals, a dash or colon, then the people.
_SESSION = re.compile(
    r"^(?:\d{1,2}[:.]\d{2}(?:\s*(?:am|pm))?(?:\s*[-–]\s*\d{1,2}[:.]\d{2}(?:\s*(?:am|pm))?)?\s+)?"
    r"([A-Z][A-Z&/' ]{2,40}?)\s+[-–—:]\s+(\S.*)$"
)
_CALENDAR_LABELS = CALENDAR_WORDS | {"day"}
# "09:00 | ", "14:00-15:30 - ": the time that opens an agenda slot
_SLOT_TIME = re.compile(
    r"^\d{1,2}[:.]\d{2}(?:\s*(?:am|pm))?(?:\s*[-–]\s*\d{1,2}[:.]\d{2}(?:\s*(?:am|pm))?)?\s*[|–—-]\s+"
)
# The text before a person that makes them part of someone's title ("envoy of President ").
_OF_PERSON = re.compile(r"\b(?:of|to|for)\s+(?:(?:the\s+)?[A-Z][\w.-]*\s+){0,3}$")
# An appositive description after a listed name: "X, a joint venture of A and B", "X, the owner of Y".
APPOSITION_OF = re.compile(r",\s+(?:a|an|the)\s+[a-z][\w -]{0,40}?\b(?:of|between|owned by)\b")
# Organizer and sponsor entries name one body each: any description after it is cut, wider than the above.
# The end of a line's first sentence ("... (CTA). Listing updated"), not of "Inc." or "U.S.".
_SENTENCE_END = re.compile(r"(?:(?<=[a-z]{2})|(?<=\)))\.(?:\s+(?=[A-Z0-9])|$)")
_DESCRIPTION = re.compile(r",\s+(?:a|an|the|which|whose|part of|owned by|majority-owned by)\s")
# What may follow the name that opens a directory entry: the end of the line, a colon, a dash, a bar,
# a comma ("TCL", "Ecovacs: robot vacuums", "Honor — foldable phones", "Dreame, Hall 1")
_ENTRY_REST = re.compile(r"^\s*(?:[:|,–—]|-\s)")
# The lists a page title can announce, and the kind of name that opens each entry line
_TITLE_LISTS = {"exhibits_at": "ORG", "sponsors": "ORG", "speaks_at": "PERSON"}
_NOT_LISTED = re.compile(
    r"\b(?:not|no|never|absent|skip(?:s|ped)?|withdr[ae]w\w*|pulled out|missing)\b", re.I
)
# What separates several entries on one line: "A, CEO, X; B, CTO, Y", "adidas · Coca-Cola".
_ENTRY_SEP = re.compile(r"\s*(?:;|·|•|\s\|\s)\s*")


def segments(line: Line) -> list[Line]:
    """The entries of a line, each with its own character span."""
    out: list[Line] = []
    pos = 0
    for m in [*_ENTRY_SEP.finditer(line.text), None]:
        end = m.start() if m is not None else len(line.text)
        piece = line.text[pos:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            start = line.start + pos + lead
            out.append(Line(start, start + len(piece.strip()), piece.strip()))
        if m is not None:
            pos = m.end()
    return out or [line]


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the text with its character span (stripped)."""

    start: int
    end: int
    text: str


class ListRules(RelationBase):
    """List and heading layouts rules."""

    def _heading(self, si: int) -> bool:
        sent = self.s.sents[si]
        return len([t for t in sent if not t.is_space]) <= 4 and not any(t.pos_ == "VERB" for t in sent)

    def _list_items(self, si: int) -> list[str]:
        """ORG names on the bullet lines that follow a sentence ending with a colon."""
        s = self.s
        out: list[str] = []
        for sj in range(si + 1, len(s.sents)):
            line = s.sent_texts[sj].strip()
            if not re.match(r"^[-•*·]\s*", line):
                if out:
                    break
                if sj > si + 1:
                    break
                continue
            out.extend(m.key for m in s.sent_mentions(sj, "ORG"))
        return list(dict.fromkeys(out))

    # ------------------------------------------------------------------ heading lists
    def lines(self) -> list[Line]:
        out: list[Line] = []
        pos = 0
        for raw in self.s.text.split("\n"):
            stripped = raw.strip()
            if stripped:
                start = pos + raw.index(stripped)
                out.append(Line(start, start + len(stripped), stripped))
            pos += len(raw) + 1
        return out

    def _line_mentions(self, line: Line, label: str) -> list[Mention]:
        return [
            m
            for m in self.s.mentions
            if m.label == label and m.start_char >= line.start and m.end_char <= line.end
        ]

    def match_heading(self, text: str) -> tuple[Predicate, str, str] | None:
        """(predicate, role, inline rest) when a line is a list heading ("Partners", "Organised by: X")."""
        session = self._session_label(text)
        if session is not None:
            return session
        # "09:00 | Keynote speeches: ...": the slot's time is no part of the heading
        head, colon, rest = _SLOT_TIME.sub("", text).partition(":")
        head = _BULLET.sub("", head).strip().lower().rstrip(".")
        if not colon:
            by_line = self._by_line(text)
            if by_line is not None:
                return by_line
        if not colon and (len(head.split()) > 4 or text.endswith(".")):
            return None
        words = head.split()
        for skip in range(min(3, len(words))):
            key = " ".join(words[skip:])
            hit = self.lex.list_headings.get(key)
            if hit is None:
                continue
            pred, role = hit
            if pred == "sponsors":
                role = next((r for r in self.lex.sponsor_roles if r in head), role)
            return Predicate(pred), role, rest.strip() if colon else ""
        if colon and not rest.strip():
            # "The partners of this year's event include:" -> the heading word inside a colon line
            for key, pattern in _heading_keys(self.lex).longest_first:
                # "..., hosted by Huang, brings together:" names no host list: a 'by' key ends the line
                if key.endswith(" by") and not head.endswith(key):
                    continue
                if pattern.search(head):
                    pred, role = self.lex.list_headings[key]
                    if pred == "sponsors":
                        role = next((r for r in self.lex.sponsor_roles if r in head), role)
                    return Predicate(pred), role, ""
        return None

    def _by_line(self, text: str) -> tuple[Predicate, str, str] | None:
        """A by-line that names its list inline: 'Produced by the Consumer Technology Association', the
        last cell of a masthead line ('Fira Gran Via, Barcelona | 27 February | Organised by the GSMA'),
        a short first sentence without a comma ('Produced by the CTA. Listing updated January 7.')."""
        line = _BULLET.sub("", text).strip()
        cell = line.rsplit(" | ", 1)[-1]
        low = cell.lower()
        if " by " not in low:
            return None
        by = next((k for k in _heading_keys(self.lex).by_keys if low.startswith(k + " ")), None)
        if by is None:
            return None
        if cell.endswith("."):
            first = _SENTENCE_END.split(cell, maxsplit=1)[0]
            if "," in first or len(first.split()) > 12:
                return None
        elif len(cell.split()) > 24:
            return None
        pred, role = self.lex.list_headings[by]
        return Predicate(pred), role, cell[len(by) :].strip()

    def _session_label(self, text: str) -> tuple[Predicate, str, str] | None:
        """'09:30 OPENING - NAME, TITLE', 'KEYNOTE – NAME': an agenda slot whose capitals name a session."""
        m = _SESSION.match(text)
        if m is None:
            return None
        label = m.group(1).strip().lower()
        if label in _CALENDAR_LABELS or any(w in _CALENDAR_LABELS for w in label.split()):
            return None
        hit = self.lex.list_headings.get(label)
        if hit is not None:
            return Predicate(hit[0]), hit[1], m.group(2).strip()
        return Predicate.SPEAKS_AT, "", m.group(2).strip()

    def _editions_near(self, si: int) -> list[Edition]:
        """The editions of a heading's sentence, else of the nearest sentence before it, else after it."""
        eds = self.ev.sent_editions
        for sj in [*range(si, -1, -1), *range(si + 1, len(eds))]:
            if eds[sj]:
                return eds[sj]
        return []

    def _is_item(self, line: Line) -> bool:
        """A bullet line, or a short line without a full stop or a verb (an agenda or speaker line)."""
        if _BULLET.match(line.text):
            return True
        if line.text.startswith("|") and line.text.endswith("|") and line.text.count("|") >= 3:
            return True  # a table row ("| Adidas | Sportswear and match ball |"), whatever its words
        if line.text.endswith((".", "?", "!", ":")) or len(line.text.split()) > 14:
            return False
        span = self.doc.char_span(line.start, line.end, alignment_mode="expand")
        return span is not None and not any(t.pos_ in {"VERB", "AUX"} for t in span)

    def heading_lists(self) -> None:
        """'Partners' / 'Speakers:' / 'Organised by' headings and the item lines under them."""
        s = self.s
        lines = self.lines()
        i = 0
        while i < len(lines):
            line = lines[i]
            hit = self.match_heading(line.text)
            i += 1
            if hit is None:
                continue
            pred, role, rest = hit
            si = s.tok_sent[self.doc.char_span(line.start, line.end, alignment_mode="expand")[0].i]  # type: ignore[index]
            eds = self._editions_near(si)
            if not eds:
                continue
            items: list[Line] = []
            if (
                rest
                and pred == Predicate.SPEAKS_AT
                and self._session_label(line.text) is None
                and not self._line_mentions(Line(line.end - len(rest), line.end, rest), "PERSON")
            ):
                rest = ""  # "09:00 | Keynote speeches: Innovation and Development": a session's theme
            if rest:
                # "Organiser: IFA Management, a joint venture of gfu and Clarion Events": the apposition
                # describes the listed name; the names inside it are not listed
                start = line.end - len(rest)
                cut = APPOSITION_OF.search(rest)
                kept = rest[: cut.start()] if cut else rest
                if pred in {Predicate.ORGANIZES, Predicate.SPONSORS}:
                    kept = _DESCRIPTION.split(kept, maxsplit=1)[0]
                    kept = _SENTENCE_END.split(kept, maxsplit=1)[0]  # "by the CTA. Listing updated ..."
                items.append(Line(start, start + len(kept), kept))
            else:
                while (
                    i < len(lines) and self._is_item(lines[i]) and self.match_heading(lines[i].text) is None
                ):
                    items.append(lines[i])
                    i += 1
            # "With A, TITLE, ORG; B, ...": the panel members after a chair or session line
            quals = {"role": role} if role else {}
            for item in items:
                parts = segments(item)
                for part in parts:
                    self._list_item(part, pred, quals if part.start == item.start else {}, eds)
                self._carried_employs(parts)
            while pred == Predicate.SPEAKS_AT and i < len(lines) and lines[i].text.startswith("With "):
                for part in segments(Line(lines[i].start + 5, lines[i].end, lines[i].text[5:])):
                    self._list_item(part, pred, {}, eds)
                i += 1

    def title_directory(self) -> None:
        """A page whose title calls it a list ("IFA 2023: Chinese exhibitors to watch", "WAIC 2024
        speakers") lists one on every entry line that opens with a name: "TCL", "Ecovacs: robot
        vacuums", "Honor — foldable phones", "Hisense (Qingdao), Hall 5", "Lisa Su, AMD"."""
        lines = self.lines()
        if len(lines) < 3:
            return
        # a masthead line in cells ("CES 2019 | Las Vegas | January 8-11") may stand above the title
        top = 2 if " | " in lines[0].text else 1
        hits: set[str] = set()
        for line in lines[:top]:
            title = line.text.lower()
            hits = {pred for pred, pattern in _heading_keys(self.lex).title_lists if pattern.search(title)}
            if hits:
                break
        if len(hits) != 1:
            return
        pred = Predicate(hits.pop())
        label = _TITLE_LISTS[pred.value]
        si = self.s.tok_sent[self.doc.char_span(lines[0].start, lines[0].end, alignment_mode="expand")[0].i]  # type: ignore[index]
        eds = self._editions_near(si)
        if len(eds) != 1:
            return
        for line in lines[top:]:
            start = line.start + (m.end() if (m := _BULLET.match(line.text)) else 0)
            first = next((o for o in self._line_mentions(line, label) if o.start_char == start), None)
            if first is None or _NOT_LISTED.search(line.text):
                continue
            after = re.sub(r"^\s*\([^()]{1,40}\)", "", self.s.text[first.end_char : line.end])
            if after and not _ENTRY_REST.match(after):
                continue
            self.add(first.key, pred, self.ed_id(eds[0]), first.sent, 0.7)

    def _list_item(self, item: Line, pred: Predicate, quals: dict[str, str], eds: list[Edition]) -> None:
        people = self._line_mentions(item, "PERSON")
        orgs = self._line_mentions(item, "ORG")
        if not people and not orgs:
            return
        si = (people or orgs)[0].sent
        # "special envoy of President Xi Jinping": a person inside another's title is not listed
        people = [p for p in people if not _OF_PERSON.search(self.s.text[item.start : p.start_char])]
        if pred in {Predicate.SPEAKS_AT, Predicate.ATTENDS}:
            subjects = [m.key for m in people] or ([m.key for m in orgs] if pred == Predicate.ATTENDS else [])
        else:
            subjects = [m.key for m in orgs]
        for ed in eds:
            for k in dict.fromkeys(subjects):
                self.add(k, pred, self.ed_id(ed), si, 0.75, qualifiers=quals)
        self._line_employs(item)

    def _line_employs(self, item: Line) -> None:
        """'NAME, TITLE, ORG' and 'NAME (TITLE, ORG)' on one line -> employs."""
        people = self._line_mentions(item, "PERSON")
        orgs = self._line_mentions(item, "ORG")
        for p in people:
            nxt = [o for o in orgs if o.start_char > p.end_char]
            if not nxt:
                continue
            o = nxt[0]
            if any(q.start_char > p.end_char and q.end_char <= o.start_char for q in people):
                continue
            m = _LINE_TITLE.fullmatch(self.s.text[p.end_char : o.start_char])
            if m and self.lex.title_re.match(m.group(1)):
                title = re.sub(r"\s+", " ", m.group(1).strip(" ,"))
                # "President, Semiconductor Products Group, Applied Materials": a unit, then its company
                later = [x for x in orgs if x.start_char > o.end_char]
                # "Vice President of Corporate Research, TSMC", "Minister of Defense, Japan": the words
                # after 'of' are a unit or a portfolio inside the title
                inside = re.search(r"\s(?:of|for)\s+(?:the\s+)?$", self.s.text[p.end_char : o.start_char])
                last = o
                while later and re.fullmatch(r"\s+and\s+", self.s.text[last.end_char : later[0].start_char]):
                    last, later = later[0], later[1:]  # "Vice President of Data and AI, AWS"
                if (
                    later
                    and (o.text.split()[-1].lower() in UNIT_WORDS or inside)
                    and re.fullmatch(r"\s*,\s*", self.s.text[last.end_char : later[0].start_char])
                    and re.fullmatch(r"\s*(?:\([^()]*\))?\s*", self.s.text[later[0].end_char : item.end])
                ):
                    title, o = f"{title}, {o.text}" if not inside else title, later[0]
                elif inside and self._portfolio_word(o, title):
                    continue
                self.add(o.key, Predicate.EMPLOYS, p.key, p.sent, 0.85, qualifiers={"title": title})
            elif re.fullmatch(r"\s*,\s*", self.s.text[p.end_char : o.start_char]):
                # "Jensen Huang, NVIDIA founder and CEO": the organization before the title
                rest = self.s.text[o.end_char : item.end].strip()
                if rest and self.lex.title_re.match(rest):
                    title = re.sub(r"\s+", " ", rest)
                    self.add(o.key, Predicate.EMPLOYS, p.key, p.sent, 0.85, qualifiers={"title": title})

    def _portfolio_word(self, o: Mention, title: str) -> bool:
        """'Minister of National Defense': a minister's or secretary's portfolio taken for an organization
        (no known body, no body noun in it)."""
        words = re.split(r"[\s-]+", title.lower().strip(" ,"))
        acc = self.s.entities.get(o.key)
        if not words or words[-1] not in {"minister", "secretary"} or acc is None or acc.record is not None:
            return False
        low = set(o.text.lower().split())
        return not (low & self.lex.agency_words or low & self.lex.org_nouns)

    def _carried_employs(self, parts: list[Line]) -> None:
        """'A, Chairman, X; CEO, Y': an entry without a name gives another title to the last person."""
        last: Mention | None = None
        for part in parts:
            people = self._line_mentions(part, "PERSON")
            if people:
                last = people[-1]
                continue
            orgs = self._line_mentions(part, "ORG")
            if last is None or len(orgs) != 1:
                continue
            o = orgs[0]
            lead = self.s.text[part.start : o.start_char].strip().rstrip(",").strip()
            if lead and self.lex.title_re.match(lead) and not self.s.text[o.end_char : part.end].strip():
                title = re.sub(r"\s+", " ", lead)
                self.add(o.key, Predicate.EMPLOYS, last.key, last.sent, 0.8, qualifiers={"title": title})

    def agenda_lines(self) -> None:
        """Speaker lines outside a heading list ('Zhang Wei, CEO, Zhipu AI') still state employs."""
        for line in self.lines():
            parts = segments(line)
            if self._is_item(line) or len(parts) > 1 or self.match_heading(line.text) is not None:
                for part in parts:
                    self._line_employs(part)
                self._carried_employs(parts)


@dataclass(frozen=True, slots=True)
class _HeadingKeys:
    """The lexicon's list headings prepared once: 'by' keys, every key longest first with its
    whole-word pattern (a heading word inside a colon line), and one whole-word pattern over the keys
    of each list a page title can announce (`_TITLE_LISTS`)."""

    by_keys: tuple[str, ...]
    longest_first: tuple[tuple[str, re.Pattern[str]], ...]
    title_lists: tuple[tuple[str, re.Pattern[str]], ...]


def _whole_words(alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + alternatives + r")(?![\w-])")


@per_lexicon
def _heading_keys(lex: Lexicon) -> _HeadingKeys:
    ordered = sorted(lex.list_headings, key=len, reverse=True)
    by_pred: dict[str, list[str]] = {}
    for k in ordered:
        by_pred.setdefault(lex.list_headings[k][0], []).append(re.escape(k))
    keys = _HeadingKeys(
        by_keys=tuple(k for k in lex.list_headings if k.endswith(" by")),
        longest_first=tuple((k, _whole_words(re.escape(k))) for k in ordered),
        title_lists=tuple(
            (pred, _whole_words("|".join(alts))) for pred, alts in by_pred.items() if pred in _TITLE_LISTS
        ),
    )
    return keys

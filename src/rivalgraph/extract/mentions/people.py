"""People named on agenda and directory lines, and retyping of titled people."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from rivalgraph.extract.doccache import doc_text, doc_tokens
from rivalgraph.extract.lexicon import Lexicon
from rivalgraph.extract.mentions.spans import POSSESSIVE
from rivalgraph.kb import KnowledgeBase


def surname_people(spans: list[Span]) -> list[Span]:
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


# An agenda slot: "10:15 ADDRESS - JD Vance, Vice President", "Chair: Arthur Mensch, co-founder, Mistral
# AI", "With Yann LeCun, chief AI scientist, Meta; Fei-Fei Li, professor, ...": the name before the
# first comma of each entry is a person, whatever the NER made of it in a line of capitals.
_AGENDA_LINE = re.compile(
    r"^(?:\d{1,2}[:.]\d{2}\s+)?"
    r"(?:[A-Z][A-Z&/' ]{2,40}?\s+[-–—]|(?:Chair|Moderator|Speaker|With)\b:?)\s+(.+)$",
    re.M,
)

_AGENDA_NAME = re.compile(r"(?:^|;\s*)([A-Z][\w'.]+(?:[ -][A-Z][\w'.]+){1,2}),")


def agenda_people(doc: Doc) -> list[Span]:
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


def entry_names(doc: Doc, lex: Lexicon, kb: KnowledgeBase) -> list[Span]:
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


def retype_titled_people(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
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


# ('Hall' and 'Park' are surnames as often)
_PLACE_ENDS = frozenset({"centre", "center", "arena", "stadium", "campus", "hotel", "plaza"})


def venues_named_as_people(doc: Doc, spans: list[Span]) -> list[Span]:
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
                and after not in POSSESSIVE
            ):
                continue
        out.append(s)
    return out


# abbreviations that stand inside a person's name ("John St. Clair", "Martin Luther King Jr. said")
_NAME_ABBREVIATIONS = frozenset({"st.", "jr.", "sr.", "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "col."})


def names_cut_at_sentence_end(doc: Doc, spans: list[Span]) -> list[Span]:
    """'Xiaomi chairman Lei Jun. Xi said ...': a name ending in a word spaCy keeps with its full stop
    ('Jun.', a month's abbreviation) does not run on into the next sentence."""
    toks = doc_tokens(doc)
    out: list[Span] = []
    for s in spans:
        if s.label_ == "PERSON" and len(s) >= 3:
            for i in range(s.start + 1, s.end - 1):
                text = toks[i].text
                if (
                    len(text) >= 3
                    and text.endswith(".")
                    and text[:-1].isalpha()
                    and text.lower() not in _NAME_ABBREVIATIONS
                    and toks[i + 1].is_title
                ):
                    s = Span(doc, s.start, i + 1, label="PERSON")
                    break
        out.append(s)
    return out

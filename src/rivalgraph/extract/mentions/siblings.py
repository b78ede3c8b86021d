"""Names that stand in a list beside a known name (dot, table, bullet, semicolon and comma lists)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from rivalgraph.extract.doccache import doc_text, doc_tokens, span_text
from rivalgraph.extract.lexicon import Lexicon
from rivalgraph.extract.mentions.spans import camel_case, name_word, overlaps
from rivalgraph.extract.vocab import CALENDAR_WORDS

_DOT_LIST_LINE = re.compile(r"^[^\n]*? [·•] [^\n]*$", re.M)

_DOT_SEP = re.compile(r"\s+[·•]\s+")


def dot_list_siblings(doc: Doc, spans: list[Span]) -> list[Span]:
    """'adidas · Coca-Cola · Hyundai Motor · QatarEnergy · Visa': an item of a dotted list of names
    the NER left untyped takes the type its typed siblings share (organizations only)."""
    text = doc_text(doc)
    if " · " not in text and " • " not in text:
        return spans
    by_char = {(s.start_char, s.end_char): s for s in spans}
    added: list[Span] = []
    for line in _DOT_LIST_LINE.finditer(text):
        items: list[tuple[int, int]] = []
        pos = line.start()
        for part in _DOT_SEP.split(line.group(0)):
            lead = len(part) - len(part.lstrip())
            start, end = pos + lead, pos + len(part.rstrip())
            items.append((start, end))
            pos += len(part)
            sep = _DOT_SEP.match(text, pos)
            pos = sep.end() if sep else pos
        if len(items) < 3:
            continue
        typed = [by_char[it].label_ for it in items if it in by_char]
        if len(typed) < 2 or any(t != "ORG" for t in typed):
            continue
        for start, end in items:
            if (start, end) in by_char or not 0 < end - start <= 40:
                continue
            span = doc.char_span(start, end, label="ORG")
            if span is None or len(span) > 4 or not span[0].is_alpha:
                continue
            if any(s.start < span.end and span.start < s.end for s in spans):
                continue
            added.append(span)
    return sorted(spans + added, key=lambda s: s.start) if added else spans


# First cells of a table's heading row written in lower case ("Company | Booth | Products")
_TABLE_HEADINGS = frozenset(
    {"company", "companies", "brand", "brands", "maker", "makers", "exhibitor", "exhibitors", "firm"}
    | {"name", "organisation", "organization", "entity", "vendor", "sponsor", "partner", "startup"}
)

_TABLE_ROW = re.compile(r"^(?:\|[ \t]+)?[^\n|]*\S[ \t]+\|[ \t]+\S[^\n]*$", re.M)

# a first cell's trailing parenthesis: a brand or a country, not part of the name
_CELL_PAREN = re.compile(r" \([^()|\n]{1,40}\)$")


def table_column_siblings(doc: Doc, spans: list[Span]) -> list[Span]:
    """'BRAND | COUNTRY | ON THE STAND', 'Hongqi | China | premium saloons': the first cells of a
    table's rows name organizations when at least two of them are organizations already and none a
    person; a short capitalised cell the model left out or took for a place or product is one too."""
    text = doc_text(doc)
    rows: list[list[tuple[int, int, int]]] = []  # runs of adjacent rows: (cell start, cell end, cells)
    headings: set[int] = set()  # rows all in capitals ("BRAND | COUNTRY | ON THE STAND")
    for m in _TABLE_ROW.finditer(text):
        line = m.group(0)
        # a row written between bars ("| Adidas | Sportswear |") starts after the first one
        lead = len(line) - len(line.lstrip("| \t")) if line.startswith("|") else 0
        cell = line[lead:].split("|", 1)[0]
        paren = _CELL_PAREN.search(cell.rstrip())
        if paren is not None:
            cell = cell[: paren.start()]
        start = m.start() + lead + len(cell) - len(cell.lstrip())
        row = (start, m.start() + lead + len(cell.rstrip()), line.count("|") + 1)
        first_row = not rows or text.count("\n", rows[-1][-1][1], m.start()) != 1
        if line.isupper() or (first_row and cell.strip().lower() in _TABLE_HEADINGS):
            headings.add(start)
        if rows and text.count("\n", rows[-1][-1][1], m.start()) == 1 and rows[-1][-1][2] == row[2]:
            rows[-1].append(row)
        else:
            rows.append([row])
    if not rows:
        return spans
    by_char = {(s.start_char, s.end_char): s for s in spans}
    added: list[Span] = []
    replaced: set[tuple[int, int]] = set()
    for run in rows:
        if len(run) < 3:
            continue
        known = [by_char[(a, b)] for a, b, _ in run if (a, b) in by_char]
        orgs = sum(1 for k in known if k.label_ == "ORG")
        if orgs < 2 or any(k.label_ in ("PERSON", "EVENT") for k in known) or orgs < 2 * (len(known) - orgs):
            continue
        for a, b, _ in run:
            span = by_char.get((a, b))
            if span is not None and (span.label_ == "ORG" or span.kb_id_):
                continue
            if a in headings or not text[a : a + 1].isupper():
                continue
            new = doc.char_span(a, b, label="ORG")
            if new is None or len(new) > 4 or not new[0].is_alpha:
                continue
            if span is None:
                inside = [s for s in spans if overlaps(new, s)]
                if inside:
                    # "McDonald's", "Anheuser-Busch InBev": an organization the NER cut short at the
                    # cell's start gives way to the whole cell, when the cell is one name
                    cut = inside[0]
                    if (
                        len(inside) > 1
                        or cut.label_ != "ORG"
                        or cut.start != new.start
                        or cut.end_char > b
                        or any(t.lower_ in {"and", "/", ","} for t in new)
                    ):
                        continue
                    span = cut
            added.append(new)
            if span is not None:
                replaced.add((span.start_char, span.end_char))
    if not added:
        return spans
    kept = [s for s in spans if (s.start_char, s.end_char) not in replaced]
    return sorted(kept + added, key=lambda s: s.start)


_BULLET_LINE = re.compile(r"^[ \t]*(?:[-•*·▪–]|\d{1,2}[.)])[ \t]+(?=\S)", re.M)


def bullet_list_siblings(doc: Doc, spans: list[Span]) -> list[Span]:
    """'- Hexian Tech, a Shenzhen chip developer; - Tanyu Systems, ...; - Lianrui Microwave of Chengdu.':
    the capitalised words that open a bullet item are an organization when at least two other items
    of the same list open with one and none with a person. An item that is one word and nothing
    else, or one word before a parenthesis or a table bar ('- Visa', '- Booking.com', '- Omega
    (Switzerland) | timekeeping'), is an organization too, whole ('McDonald's', not 'McDonald'), and
    so is a name that runs on from a place ('- Qatar Airways')."""
    text = doc_text(doc)
    toks = doc_tokens(doc)
    # the item start of each bullet line, in runs of lines at most one blank line apart
    runs: list[list[int]] = []
    for m in _BULLET_LINE.finditer(text):
        if runs and text.count("\n", runs[-1][-1], m.start()) <= 2:
            runs[-1].append(m.end())
        else:
            runs.append([m.end()])
    if not runs:
        return spans
    opening = {s.start_char: s for s in spans}
    added: list[Span] = []
    for run in runs:
        labels = [opening[c].label_ for c in run if c in opening]
        if len(run) < 3 or labels.count("ORG") < 2 or "PERSON" in labels:
            continue
        for c in run:
            opener = opening.get(c)
            if opener is not None and opener.label_ not in {"GPE", "ORG"}:
                continue
            word = _lone_word_item(text, c)
            if word:
                if opener is not None and (opener.label_ == "GPE" or opener.end_char >= c + word):
                    continue  # a place alone ("- Japan"), or a name found whole
                new = doc.char_span(c, c + word, label="ORG")
                if new is None or any(overlaps(new, s) and s is not opener for s in spans):
                    continue
                added.append(new)
                continue
            first = doc.char_span(c, c + 1, alignment_mode="expand")
            if first is None:
                continue
            i = end = first.start
            while (
                end < len(doc)
                and end - i < 6
                and toks[end].is_alpha
                and (toks[end].is_title or toks[end].is_upper)
            ):
                end += 1
            if opener is not None and (opener.label_ != "GPE" or end <= opener.end):
                continue  # a known name, or a place and nothing after it
            if end - i < 2 or any(s.start < end and i < s.end and s.label_ != "GPE" for s in spans):
                continue
            added.append(Span(doc, i, end, label="ORG"))
    if not added:
        return spans
    kept = [s for s in spans if not any(s.start < a.end and a.start < s.end for a in added)]
    return sorted(kept + added, key=lambda s: s.start)


_LONE_WORD = re.compile(r"[A-Za-z][\w.&'’+-]{0,29}(?=(?: \(| \|)|[ \t]*$)", re.M)


def _lone_word_item(text: str, start: int) -> int:
    """The length of the one-word name a bullet item at `start` consists of ('Booking.com',
    'McDonald's', 'adidas', 'Omega (Switzerland) | official timekeeping'), or 0. A word in lower
    case only stands alone on its line; a word ending in a full stop is a sentence, not a name."""
    m = _LONE_WORD.match(text, start)
    if m is None or m.group(0)[-1] in ".'’-":
        return 0
    word = m.group(0)
    if not word[0].isupper() and not any(c.isupper() for c in word):
        line_end = text.find("\n", m.end())
        if text[m.end() : len(text) if line_end < 0 else line_end].strip():
            return 0
    return len(word)


_LIST_NAME_GLUE = frozenset({"-", "&", "of", "and", "for", "'s", "’s", "(", ")"})


def semicolon_list_siblings(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """'Tianjin Phytium Information Technology; the Shanghai High-Performance Integrated Circuit Design
    Center; Sunway Microelectronics': an item of a semicolon list of names the NER missed or cut is an
    organization when at least two of its siblings are whole organizations."""
    toks = doc_tokens(doc)
    semis = [t.i for t in toks if t.text == ";"]
    if len(semis) < 2:
        return spans
    exact = {(s.start, s.end): s for s in spans}
    added: list[Span] = []
    removed: set[tuple[int, int]] = set()
    retyped: dict[tuple[int, int], Span] = {}
    run: list[tuple[int, int]] = []

    def flush() -> None:
        if len(run) < 3:
            return
        orgs = sum(1 for a, b in run if (a, b) in exact and exact[(a, b)].label_ == "ORG")
        if orgs < 2:
            return
        for a, b in run:
            item = exact.get((a, b))
            if item is not None:
                # "...; Kestrel Dynamics; Fennix; ...": a one-word brand the model took for a place it
                # does not know, or for a product no lexicon knows ("NovaLidar"; as in `_flush_list`)
                if (item.label_ == "GPE" and not item.kb_id_) or (
                    item.label_ == "PRODUCT"
                    and not item.kb_id_
                    and span_text(item).lower() not in lex.known_products
                ):
                    retyped[(a, b)] = Span(doc, a, b, label="ORG")
                continue
            if not 1 <= b - a <= 10:
                continue
            words = toks[a:b]
            if not name_word(words[0]) or not name_word(words[-1]):
                continue
            if b - a == 1 and not (words[0].is_upper or camel_case(words[0].text)):
                continue
            if any(not (name_word(t) or t.lower_ in _LIST_NAME_GLUE) for t in words):
                continue
            inside = [x for x in spans if a <= x.start and x.end <= b]
            if any(x.start < b and a < x.end for x in spans if x not in inside):
                continue
            if any(x.label_ in {"ORG", "PERSON", "PRODUCT"} for x in inside):
                continue
            removed.update((x.start, x.end) for x in inside)
            added.append(Span(doc, a, b, label="ORG"))

    prev = None
    for k, semi in enumerate(semis):
        nxt = semis[k + 1] if k + 1 < len(semis) else None
        if prev is not None and (
            semi - prev > 14 or any(toks[j].text == "." or toks[j].is_space for j in range(prev + 1, semi))
        ):
            flush()
            run = []
        # the item before this semicolon: back to the previous one, a colon or at most 12 tokens
        start = semi - 1
        while (
            start > 0
            and semi - start < 12
            and toks[start - 1].text not in {";", ":", ","}
            and not toks[start - 1].is_space
        ):
            start -= 1
        if toks[start].lower_ in {"the", "and"}:
            start += 1
        run.append((start, semi))
        if nxt is None:
            # the last item: up to the next punctuation
            end = semi + 1
            if end < len(doc) and toks[end].lower_ in {"the", "and"}:
                end += 1
            b = end
            while b < len(doc) and b - end < 12 and (not toks[b].is_punct or toks[b].text in {"-", "&"}):
                b += 1
            run.append((end, b))
        prev = semi
    flush()
    if not added and not retyped:
        return spans
    kept = [retyped.get((x.start, x.end), x) for x in spans if (x.start, x.end) not in removed]
    return sorted(kept + added, key=lambda x: x.start)


@dataclass(slots=True)
class _ListItem:
    """One item of a comma list: its tokens, the entity span it is (if any), whether a list word
    ("," "and" "or", or an opening verb or preposition) comes right before it, and the place name it
    swallows ("Shanghai QuantumCTek")."""

    start: int
    end: int
    span: Span | None
    opens: bool
    swallowed: tuple[Span, ...] = ()


# a name that goes on after these is longer than the run of capitalised words ("University of X")
_NAME_GOES_ON = frozenset({"of", "for", "de", "du", "der", "von", "van", "&", "-"})


def comma_list_siblings(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """'China sanctioned Teal Drones, Red Cat Holdings and Skydio', 'Alliant Techsystems Operations,
    AeroVironment, ViaSat and Data Link Solutions': in a comma list of names where at least two
    items are organizations and none is a person or a place, an item the NER left untyped, typed a
    product the lexicons do not know, or a city name joined to an unknown name, is an organization
    too. An item counts only after a list word: a word right after a name continues that name."""
    toks = doc_tokens(doc)
    by_start = {s.start: s for s in spans}
    taken = {i for s in spans for i in range(s.start, s.end)}
    retyped: dict[int, Span] = {}
    dropped: set[int] = set()
    added: list[Span] = []

    def title_run(i: int, stop: int) -> int:
        j = i
        while j < stop and j - i < 5 and j not in taken and toks[j].is_alpha and toks[j].text[0].isupper():
            j += 1
        return j

    for sent in doc.sents:
        items: list[_ListItem] = []
        i, opens = sent.start, False
        while i < sent.end:
            t = toks[i]
            span = by_start.get(i)
            if span is not None:
                run_end = title_run(span.end, sent.end) if span.label_ == "GPE" else span.end
                unknown = by_start.get(span.end) if span.label_ == "GPE" else None
                if unknown is not None and unknown.label_ == "ORG" and not unknown.kb_id_:
                    # "Chengdu Haiguang": the NER cut the city off an organization it does not know
                    items.append(_ListItem(span.start, unknown.end, None, opens, swallowed=(span, unknown)))
                    i = unknown.end
                elif run_end > span.end:
                    items.append(_ListItem(span.start, run_end, None, opens, swallowed=(span,)))
                    i = run_end
                else:
                    items.append(_ListItem(span.start, span.end, span, opens))
                    i = span.end
                opens = False
                continue
            if t.text in {",", ":"} or t.lower_ in {"and", "or"}:
                opens = True
                i += 1
                continue
            j = title_run(i, sent.end) if i not in taken else i
            if j > i and (
                opens or (i > sent.start and toks[i - 1].is_lower and toks[i - 1].pos_ in {"VERB", "ADP"})
            ):
                if j < sent.end and (toks[j].lower_ in _NAME_GOES_ON or toks[j].is_title):
                    _flush_list(items, retyped, dropped, added, doc, lex)
                    items, opens, i = [], False, j
                    continue
                items.append(_ListItem(i, j, None, True))
                i, opens = j, False
                continue
            _flush_list(items, retyped, dropped, added, doc, lex)
            items = []
            # a verb or preposition may open the next list ("sanctioned A, B and C")
            opens = t.is_lower and t.pos_ in {"VERB", "ADP"}
            i += 1
        _flush_list(items, retyped, dropped, added, doc, lex)
    if not retyped and not added:
        return spans
    out = [retyped.get(s.start, s) for s in spans if s.start not in dropped]
    return sorted(out + added, key=lambda s: s.start)


def _flush_list(
    items: list[_ListItem],
    retyped: dict[int, Span],
    dropped: set[int],
    added: list[Span],
    doc: Doc,
    lex: Lexicon,
) -> None:
    """Type the items of one finished comma list (see `comma_list_siblings`)."""
    if len(items) < 3:
        return
    labels = [it.span.label_ for it in items if it.span is not None]
    if labels.count("ORG") < 2 or any(label in {"PERSON", "GPE", "NORP", "EVENT"} for label in labels):
        return
    for it in items:
        if not it.opens:
            continue
        if it.span is None:
            if doc[it.start].text.lower() not in CALENDAR_WORDS:
                added.append(Span(doc, it.start, it.end, label="ORG"))
                dropped.update(x.start for x in it.swallowed)
        elif (
            it.span.label_ == "PRODUCT"
            and not it.span.kb_id_
            and it.span.text.lower() not in lex.known_products
        ):
            retyped[it.start] = Span(doc, it.span.start, it.span.end, label="ORG")

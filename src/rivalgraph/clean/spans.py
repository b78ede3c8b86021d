"""Label the non-body lines of a news text: boilerplate, captions, bylines, datelines, title.

Invariant: labels never change the text; each span is `[start, end)` of a line (or, for an
inline dateline, of the prefix of the first paragraph), and no two spans overlap.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from rivalgraph.clean.dates import MONTH_PATTERN, date_in_text
from rivalgraph.model import Span, SpanLabel

__all__ = ["find_spans", "line_offsets"]

_BOILERPLATE = re.compile(
    r"""^(?:
        advertisement|advertising|sponsored(?:\ content)?|ad
      | reading\ time:?\s*\d+\s*(?:min|mins|minutes?)(?:\ read)?
      | \d+\s*(?:min|minute)s?\ read
      | why\ you\ can\ trust\ .{1,40}
      | (?:share|share\ this(?:\ article|\ story)?|share\ on\ \w+|tweet|email|print|save|copy\ link)
        (?:\s*[|·•/,]\s*(?:share\ on\ )?(?:facebook|twitter|x|linkedin|whatsapp|email|print|copy\ link
           |reddit|weibo|wechat))*
      | (?:follow\ us|sign\ up|subscribe|get\ the\ newsletter|newsletter)\b.{0,100}
      | (?:related|read\ more|read\ next|more\ on\ this|more\ from\ \w+|most\ read|also\ read|recommended
         |you\ may\ also\ like|see\ also|trending)\b.{0,160}
      | (?:©|\(c\)|copyright)\s.{0,160}
      | (?:all\ rights\ reserved|cookie\ settings|privacy\ policy|terms\ of\ use)\b.{0,80}
      | \d{1,3}
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_CAPTION = re.compile(
    r"""(?:
        ^(?:photo\ caption|caption|pictured|file\ photo|top\ image|main\ image)\b
      | (?:^|[\s.(])(?:photos?|photograph|picture|image|file\ photo|credit|photo\ credit)\s*[:/]\s*
        [\w][\w .,&'’/-]{0,60}\)?\.?$
      | (?:^|\s)[(\[]?(?:reuters|afp|ap|getty\ images|xinhua|bloomberg|epa|imaginechina)(?:/[\w .]+)?[)\]]?$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_BYLINE = re.compile(r"^(?:By|Written by|Reported by|Words by)\s+\S.{0,100}$")
# A proper-name line in the header: 2-5 capitalized words (name, optional city), no sentence.
_NAME_LINE = re.compile(r"^(?:[A-Z][\w’'.-]+\s){1,4}[A-Z][\w’'.-]+$")
_MONTH = f"(?:{MONTH_PATTERN})"
_DATELINE_LINE = re.compile(
    rf"^[A-Z][A-Za-z .'’-]{{1,40}},(?:\s*[A-Z][A-Za-z .]{{1,30}},)?\s*"
    rf"(?:{_MONTH}\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}\.?(?:\s+\d{{4}})?)$"
)
_DATELINE_INLINE = re.compile(
    r"^\[[^\]\n]{3,80}\]\s|"
    rf"^[A-Z][A-Z .'’-]{{2,40}}(?:,\s*[A-Z][A-Za-z .]{{1,30}})?"
    rf"(?:,\s*(?:{_MONTH}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}\.?)(?:,?\s+\d{{4}})?)?"
    r"(?:\s*\((?:[A-Z][\w ]{1,20})\))?\s*(?:[-–—]|:)\s"
)
_SENTENCE_END = (".", "!", "?", '"', "”", "’", "'")
_HEADER_WORDS = 20


def line_offsets(text: str) -> Iterator[tuple[int, int]]:
    """`[start, end)` of every non-blank line, without its surrounding whitespace."""
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = pos + line.index(stripped[0])
            yield start, start + len(stripped)
        pos += len(line)


def _is_paragraph(line: str) -> bool:
    return len(line.split()) >= _HEADER_WORDS and line.rstrip().endswith(_SENTENCE_END)


def _is_kicker(line: str) -> bool:
    """A header line of short '|'-separated parts holding a date: 'ANALYSIS | 10 July 2023'."""
    parts = [p.strip() for p in line.split("|")]
    return len(parts) > 1 and all(len(p.split()) <= 6 for p in parts) and date_in_text(line) is not None


def _line_label(line: str, *, in_header: bool, after_title: bool, before_paragraph: bool) -> SpanLabel | None:
    if _BOILERPLATE.match(line):
        return SpanLabel.BOILERPLATE
    if len(line) <= 400 and _CAPTION.search(line):
        return SpanLabel.CAPTION
    if _BYLINE.match(line) and not line.endswith("."):
        return SpanLabel.BYLINE
    if in_header and (_DATELINE_LINE.match(line) or _is_kicker(line)):
        return SpanLabel.DATELINE
    if in_header and after_title and before_paragraph and _NAME_LINE.match(line) and not line.isupper():
        # 'Tracy Quin Shanghai' between the headline matter and the first paragraph.
        return SpanLabel.BYLINE
    return None


def find_spans(text: str, *, given: Iterable[Span] = ()) -> tuple[Span, ...]:
    """Spans for every labeled line of `text`; `given` spans (from HTML structure) win."""
    spans = list(given)
    covered = [(s.start, s.end) for s in spans]
    in_header = True
    title_found = any(s.label == SpanLabel.TITLE for s in spans)
    lines = list(line_offsets(text))
    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        if any(a <= start < b for a, b in covered):
            in_header = in_header and not _is_paragraph(line)
            continue
        following = text[lines[index + 1][0] : lines[index + 1][1]] if index + 1 < len(lines) else ""
        label = _line_label(
            line, in_header=in_header, after_title=title_found, before_paragraph=_is_paragraph(following)
        )
        if (
            label is None
            and in_header
            and not title_found
            and len(line) <= 200
            and not line.endswith(".")
            and not line.isupper()
        ):
            label = SpanLabel.TITLE
        if label is None and in_header and _is_paragraph(line):
            in_header = False
            inline = _DATELINE_INLINE.match(line)
            if inline:
                spans.append(Span(SpanLabel.DATELINE, start, start + inline.end()))
        if label is not None:
            spans.append(Span(label, start, end))
            title_found = title_found or label == SpanLabel.TITLE
    return tuple(sorted(spans, key=lambda s: (s.start, s.end)))

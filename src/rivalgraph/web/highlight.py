"""Mark entity mentions in a document's text, escaping every character of the text.

Invariant: the output is built only from `markupsafe.escape`d slices of the text and from
attribute values that are themselves escaped, so an article containing `<script>` renders
as those characters; overlapping or out-of-range mentions are dropped, never trusted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup, escape

__all__ = ["Mark", "highlight"]


@dataclass(frozen=True, slots=True)
class Mark:
    """One span of text to mark: offsets, the node it names, and a CSS class and link."""

    start: int
    end: int
    css: str
    title: str
    href: str | None = None


def _clean(text: str, marks: Iterable[Mark]) -> list[Mark]:
    """Marks inside the text, longest first at each start, no overlaps."""
    chosen: list[Mark] = []
    last_end = 0
    for mark in sorted(marks, key=lambda m: (m.start, -(m.end - m.start))):
        if mark.start < last_end or mark.start < 0 or mark.end > len(text) or mark.end <= mark.start:
            continue
        chosen.append(mark)
        last_end = mark.end
    return chosen


def highlight(text: str, marks: Iterable[Mark]) -> Markup:
    """The text as safe HTML with each mark wrapped in a link (or span) carrying its class."""
    parts: list[str] = []
    pos = 0
    for mark in _clean(text, marks):
        parts.append(escape(text[pos : mark.start]))
        inner = escape(text[mark.start : mark.end])
        if mark.href is not None:
            parts.append(
                Markup('<a class="mention {}" href="{}" title="{}">{}</a>').format(
                    mark.css, mark.href, mark.title, inner
                )
            )
        else:
            parts.append(
                Markup('<mark class="mention {}" title="{}">{}</mark>').format(mark.css, mark.title, inner)
            )
        pos = mark.end
    parts.append(escape(text[pos:]))
    return Markup("").join(parts)

"""Quantities: counts with their qualifiers ('more than 400 enterprises', 'at least 30 of which')."""

from __future__ import annotations

import re

from rivalgraph.extract.events import EventModel
from rivalgraph.extract.state import DocState
from rivalgraph.extract.vocab import NUMBER_WORDS
from rivalgraph.model import Evidence, Quantity

__all__ = ["find_quantities"]

_WORDS = {**NUMBER_WORDS, "sole": 1, "only": 1}


def _number(text: str) -> int | float | None:
    t = text.replace(",", "").lower()
    if t in _WORDS:
        return _WORDS[t]
    try:
        v = float(t)
    except ValueError:
        return None
    return int(v) if v.is_integer() else v


def find_quantities(state: DocState, events: EventModel) -> list[Quantity]:
    """Counts about the edition a sentence is about, keyed by the noun that follows the number."""
    lex = state.lex
    qual = "|".join(sorted((re.escape(q) for q in lex.qualifiers), key=len, reverse=True))
    nouns = "|".join(sorted((re.escape(n) for n in lex.quantity_nouns), key=len, reverse=True))
    pattern = re.compile(
        r"(?:\b(?P<q>"
        + qual
        + r")\s+)?(?P<n>\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
        r"(?:[\"“”]?(?P<adj>strategic|us|american|chinese|foreign|overseas)\s+)?[\"“”]?(?P<noun>"
        + nouns
        + r"|partners|sponsors?)\b",
        re.I,
    )
    which = re.compile(
        r"(?:\b(?P<q>" + qual + r")\s+)?(?P<n>\d[\d,]*) of which are "
        r"(?P<what>developers of their own large language models|[\w\s-]{3,40}?)\b",
        re.I,
    )
    out: dict[tuple[str, str, float], Quantity] = {}
    for si, sent in enumerate(state.sents):
        eds = events.sent_editions[si]
        if not eds:
            continue
        subject = events.edition_id(eds[0])
        a, _b = state.sent_text_span(si)
        text = state.text
        for m in pattern.finditer(state.sent_texts[si]):
            value = _number(m.group("n"))
            if value is None or 1900 <= value <= 2100:
                continue
            noun = m.group("noun").lower()
            adj = (m.group("adj") or "").lower()
            if noun.startswith("sponsor"):
                measure = f"{'us_' if adj in {'us', 'american'} else ''}sponsors"
            elif noun == "partners" and adj == "strategic":
                measure = "strategic_partners"
            else:
                measure = lex.quantity_nouns.get(noun, noun.replace("-", "_"))
            start = sent.start_char + m.start()
            end = sent.start_char + m.end()
            q = Quantity(
                subject=subject,
                measure=measure,
                value=value,
                qualifier=(m.group("q") or "").lower() or None,
                evidence=Evidence(start, end, text[start:end]),
            )
            out.setdefault((q.subject, q.measure, float(value)), q)
        for m in which.finditer(state.sent_texts[si]):
            value = _number(m.group("n"))
            if value is None:
                continue
            what = m.group("what").lower()
            measure = "llm_developers" if "language model" in what else re.sub(r"\W+", "_", what).strip("_")
            start = sent.start_char + m.start()
            end = sent.start_char + m.end()
            q = Quantity(
                subject=subject,
                measure=measure,
                value=value,
                qualifier=(m.group("q") or "").lower() or None,
                evidence=Evidence(start, end, text[start:end]),
            )
            out.setdefault((q.subject, q.measure, float(value)), q)
        sole = re.search(
            r"\b(?:the )?(?:sole|only) (US|American|foreign) (?:sponsor|company among the sponsors)\b",
            state.sent_texts[si],
        )
        if sole:
            start = sent.start_char + sole.start()
            end = sent.start_char + sole.end()
            measure = "us_sponsors" if sole.group(1) in {"US", "American"} else "foreign_sponsors"
            out.setdefault(
                (subject, measure, 1.0),
                Quantity(
                    subject=subject,
                    measure=measure,
                    value=1,
                    qualifier=None,
                    evidence=Evidence(start, end, text[start:end]),
                ),
            )
        del a
    return list(out.values())

"""Name forms used as resolution keys: normalized, transliterated, spacing-insensitive."""

from __future__ import annotations

from anyascii import anyascii

from rivalgraph.kb import normalize_name

__all__ = ["block_of", "event_key", "match_form", "name_key", "series_key"]


def match_form(text: str) -> str:
    """SCHEMA.md normalization after transliteration: '阿里巴巴' -> 'alibaba', 'U.S.' -> 'us'."""
    return normalize_name(anyascii(text))


def name_key(entity_type: str, text: str) -> str | None:
    """Exact-match key of a name within a type ('name:ORG:alibaba'); None for an empty name.

    Spaces are dropped so 'Sense Time', 'SenseTime' and the transliteration of '商汤' agree.
    A one-word person name ('Li', 'Musk') is no key at all: a bare surname identifies nobody
    across documents, and as a key it would merge 'Robin Li' with 'Li Qiang'. Names in Chinese
    characters carry no spaces but name a whole person ('李强'), so they stay keys.
    """
    form = match_form(text)
    if entity_type == "PERSON" and text.isascii() and len(form.split()) < 2:
        return None
    form = form.replace(" ", "")
    return f"name:{entity_type}:{form}" if form else None


def block_of(form: str) -> str:
    """The blocking token of a match form (its first word): fuzzy candidates share it."""
    return form.split(" ", 1)[0][:100] if form else ""


def series_key(name: str) -> str:
    """Key of an event series by name or alias ('WAIC' -> 'waic')."""
    return match_form(name).replace(" ", "")


def event_key(name: str, year: int | None) -> str | None:
    """Exact-match key of an event edition ('event:waic:2023'); editions need a year."""
    series = series_key(name)
    if not series or year is None:
        return None
    return f"event:{series}:{year}"

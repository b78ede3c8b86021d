"""Clean: RawDocument -> Document with normalized text, doc_id, labeled spans and a date."""

from __future__ import annotations

from rivalgraph.clean.dates import date_in_text, iso_date, parse_iso_date
from rivalgraph.clean.html import parse_html
from rivalgraph.clean.normalize import doc_id_for, normalize_text
from rivalgraph.clean.spans import find_spans
from rivalgraph.errors import InputError
from rivalgraph.ingest.types import ContentType, RawDocument
from rivalgraph.model import Document, Span, SpanLabel

__all__ = ["clean_document", "doc_id_for", "html_to_text", "normalize_text", "parse_iso_date"]

_DATE_LABELS = (SpanLabel.DATELINE, SpanLabel.BYLINE)


def html_to_text(html: str, *, source: str = "<html>") -> tuple[str, tuple[Span, ...], dict[str, str]]:
    """The article text of a page (blocks joined by blank lines), its structural spans and metadata."""
    article = parse_html(html, source=source)
    parts: list[str] = []
    spans: list[Span] = []
    pos = 0
    for block in article.blocks:
        text = normalize_text(block.text)
        if block.label is not None:
            spans.append(Span(block.label, pos, pos + len(text)))
        parts.append(text)
        pos += len(text) + 2
    return "\n\n".join(parts) + "\n", tuple(spans), article.metadata


def _published(metadata: dict[str, str], text: str, spans: tuple[Span, ...]) -> str | None:
    """Date from metadata, else from a dateline or byline at the top of the text."""
    given = iso_date(metadata.get("published"))
    if given:
        return given
    for span in spans:
        if span.label in _DATE_LABELS:
            found = date_in_text(text[span.start : span.end])
            if found:
                return found
    return None


def clean_document(raw: RawDocument) -> Document:
    """Normalize a raw document into a Document (no facts yet); InputError if it has no text."""
    metadata = {k: v for k, v in raw.metadata.items() if v}
    if raw.content_type == ContentType.HTML:
        text, structural, page_meta = html_to_text(raw.content, source=raw.source)
        # What the caller said (JSONL record, feed entry, sidecar) wins over what the page says.
        metadata = {**page_meta, **metadata}
    else:
        text, structural = normalize_text(raw.content), ()
    if not text.strip():
        raise InputError(f"{raw.source}: the document has no text; remove it or give a file with text")
    spans = find_spans(text, given=structural)
    title = metadata.get("title")
    if not title:
        titles = [s for s in spans if s.label == SpanLabel.TITLE]
        title = text[titles[0].start : titles[0].end] if titles else None
    published = _published(metadata, text, spans)
    if published:
        metadata["published"] = published
    return Document(
        doc_id=doc_id_for(text),
        title=title,
        published=published,
        source=raw.source,
        text=text,
        spans=spans,
        metadata=metadata,
    )

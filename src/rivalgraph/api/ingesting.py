"""Ingest one submitted document (text, HTML or URL) through the batch pipeline's own steps.

Invariant: a URL goes through `rivalgraph.ingest.read_inputs` with the server's
`allow_private_urls` setting, so the API refuses private, loopback and link-local
addresses exactly as the CLI does.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy.engine import Engine

from rivalgraph.batch.pipeline import DocumentOutcome, Extractor, ingest_one
from rivalgraph.clean import clean_document
from rivalgraph.errors import FetchError, InputError
from rivalgraph.ingest import ContentType, IngestFailure, IngestOptions, RawDocument, read_inputs
from rivalgraph.ingest.fetch import is_url
from rivalgraph.settings import Settings

__all__ = ["Submission", "ingest_submission"]

#: A URL that turns out to be a feed yields at most this many documents per request.
MAX_FEED_DOCUMENTS = 50


@dataclass(frozen=True, slots=True)
class Submission:
    """A document as submitted: exactly one of text, html or url, plus optional metadata."""

    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None


def _options(settings: Settings, published: str | None) -> IngestOptions:
    return IngestOptions(
        published=published,
        allow_private=settings.allow_private_urls,
        max_bytes=settings.max_document_bytes,
        timeout_s=settings.fetch_timeout_s,
    )


def _raw_documents(sub: Submission, settings: Settings) -> Iterator[RawDocument]:
    given = [name for name in ("text", "html", "url") if getattr(sub, name)]
    if len(given) != 1:
        raise InputError(
            f"give exactly one of 'text', 'html' or 'url' (got {', '.join(given) or 'none'})", status=422
        )
    meta = {k: v for k, v in (("title", sub.title), ("published", sub.published)) if v}
    if sub.url is not None:
        url = sub.url.strip()
        if not is_url(url):
            raise InputError(
                f"{url!r} is not an http(s) URL; give e.g. https://example.com/article", status=422
            )
        failures: list[IngestFailure] = []
        count = 0
        for item in read_inputs([url], options=_options(settings, sub.published)):
            if isinstance(item, IngestFailure):
                failures.append(item)
                continue
            count += 1
            if count > MAX_FEED_DOCUMENTS:
                break
            yield RawDocument(item.source, item.content, item.content_type, {**item.metadata, **meta})
        if failures and count == 0:
            raise FetchError(failures[0].line(), status=422)
        return
    content = sub.text if sub.text is not None else sub.html or ""
    if len(content.encode()) > settings.max_document_bytes:
        raise InputError(f"the document is over the {settings.max_document_bytes} byte limit", status=413)
    kind = ContentType.TEXT if sub.text is not None else ContentType.HTML
    yield RawDocument(sub.source or f"api:{kind.value}", content, kind, meta)


def ingest_submission(
    sub: Submission, *, engine: Engine, settings: Settings, extractor: Extractor | None
) -> tuple[DocumentOutcome, ...]:
    """Clean, extract (when an extractor is given) and store what was submitted."""
    outcomes = tuple(
        ingest_one(engine, clean_document(raw), extractor) for raw in _raw_documents(sub, settings)
    )
    if not outcomes:
        raise InputError(f"{sub.url}: the feed has no entries; nothing was ingested", status=422)
    return outcomes

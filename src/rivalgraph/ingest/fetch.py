"""Fetch URLs safely, and read web pages and RSS/Atom feeds into raw documents.

Invariants: every hop (the first request and each redirect) resolves its host and is
refused when ANY address is private, loopback, link-local, reserved or multicast, unless
`allow_private`; redirects are followed by hand, at most `max_redirects`; a body over
`max_bytes` is refused from its Content-Length or after reading at most `max_bytes + 1`.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from rivalgraph.errors import FetchError, InputError
from rivalgraph.ingest.files import decode_bytes, sniff_type
from rivalgraph.ingest.types import ContentType, IngestFailure, IngestOptions, RawDocument, megabytes

if TYPE_CHECKING:
    import httpx

__all__ = ["Fetched", "check_host", "fetch", "is_url", "read_url"]

_USER_AGENT = "rivalgraph/0.1 (+https://github.com/rivalgraph/rivalgraph)"
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml")
_CHUNK = 65_536


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched body with the final URL (after redirects) and its media type."""

    url: str
    body: bytes
    media_type: str
    charset: str | None


def is_url(text: str) -> bool:
    """Whether an input names an http(s) URL rather than a path."""
    return text.lower().startswith(("http://", "https://"))


def _refused(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return bool(
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_reserved
        or address.is_multicast
        or address.is_unspecified
    )


def check_host(url: str, *, allow_private: bool) -> None:
    """Refuse a URL whose host resolves to any non-public address (unless allowed)."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"}:
        raise FetchError(f"{url}: only http and https URLs can be fetched")
    host = parts.hostname
    if not host:
        raise FetchError(f"{url}: the URL has no host; check it")
    try:
        infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80))
    except socket.gaierror as exc:
        raise FetchError(
            f"{url}: the host {host} cannot be resolved ({exc.strerror}); check the URL"
        ) from exc
    if allow_private:
        return
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if _refused(address):
            raise FetchError(
                f"{url}: refused, {host} resolves to the non-public address {address}; "
                "pass --allow-private to fetch from private, loopback or link-local hosts"
            )


def fetch(url: str, options: IngestOptions) -> Fetched:
    """GET a URL within the size, time and redirect limits, re-checking the host on every hop."""
    # httpx and feedparser are imported where a URL is read: a quarter second at start-up that
    # file-only runs (and every Ray worker) need not pay.
    import httpx

    deadline = time.monotonic() + options.timeout_s
    timeout = httpx.Timeout(options.timeout_s)
    # trust_env=False: a proxy from the environment would connect somewhere else than
    # the address we checked.
    with httpx.Client(follow_redirects=False, timeout=timeout, trust_env=False) as client:
        for _hop in range(options.max_redirects + 1):
            check_host(url, allow_private=options.allow_private)
            try:
                with client.stream("GET", url, headers={"User-Agent": _USER_AGENT}) as resp:
                    if resp.is_redirect and "location" in resp.headers:
                        url = urljoin(url, resp.headers["location"])
                        continue
                    if resp.status_code >= 400:
                        raise FetchError(f"{url}: the server answered HTTP {resp.status_code}; check the URL")
                    body = _read_capped(resp, url, options, deadline)
                    media_type = resp.headers.get("content-type", "").split(";")[0].strip().lower()
                    return Fetched(str(resp.url), body, media_type, resp.charset_encoding)
            except httpx.TimeoutException as exc:
                raise FetchError(
                    f"{url}: no answer within {options.timeout_s:g} s; retry later or raise "
                    "RIVALGRAPH_FETCH_TIMEOUT"
                ) from exc
            except httpx.HTTPError as exc:
                raise FetchError(f"{url}: cannot connect ({exc}); check the URL and the network") from exc
    raise FetchError(f"{url}: more than {options.max_redirects} redirects; give the final URL")


def _read_capped(resp: httpx.Response, url: str, options: IngestOptions, deadline: float) -> bytes:
    limit = options.max_bytes
    too_big = f"{url}: the page is over the {megabytes(limit)} limit; raise RIVALGRAPH_MAX_DOCUMENT_BYTES"
    declared = resp.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise FetchError(too_big)
    chunks: list[bytes] = []
    size = 0
    for chunk in resp.iter_raw(_CHUNK):
        size += len(chunk)
        if size > limit:
            raise FetchError(too_big)
        if time.monotonic() > deadline:
            # The per-read timeout does not bound a server that trickles bytes forever.
            raise FetchError(f"{url}: the download took over {options.timeout_s:g} s; retry later")
        chunks.append(chunk)
    data = b"".join(chunks)
    encoding = resp.headers.get("content-encoding", "").lower()
    if encoding in {"gzip", "deflate", "br", "zstd"}:
        # iter_raw bypassed decompression so the cap applied to transferred bytes; decode now,
        # capping the decoded size too (a small gzip can expand enormously).
        import httpx

        decoded = httpx.Response(200, headers={"content-encoding": encoding}, content=data).content
        if len(decoded) > limit:
            raise FetchError(too_big)
        return decoded
    return data


def _decode(fetched: Fetched) -> str:
    if fetched.charset:
        try:
            return fetched.body.decode(fetched.charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(fetched.body, source=fetched.url)


def _is_feed(fetched: Fetched, text: str) -> bool:
    if fetched.media_type in _FEED_TYPES[:2]:
        return True
    head = text.lstrip()[:1024].lower()
    return fetched.media_type in _FEED_TYPES[2:] or (
        head.startswith("<?xml") and ("<rss" in head or "<feed" in head or "<rdf:rdf" in head)
    )


def _iso_date(parsed: time.struct_time | None) -> str | None:
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def _feed_documents(
    fetched: Fetched, text: str, options: IngestOptions
) -> Iterator[RawDocument | IngestFailure]:
    import feedparser

    feed = feedparser.parse(text)
    if feed.bozo and not feed.entries:
        yield IngestFailure(fetched.url, "the feed is not valid RSS or Atom; check the URL")
        return
    site = str(feed.feed.get("title") or "")
    for number, entry in enumerate(feed.entries, start=1):
        link = str(entry.get("link") or "")
        meta = {
            "title": str(entry.get("title") or ""),
            "published": _iso_date(entry.get("published_parsed") or entry.get("updated_parsed")) or "",
            "author": str(entry.get("author") or ""),
            "site_name": site,
            "url": link,
        }
        meta = {k: v for k, v in meta.items() if v}
        contents = entry.get("content") or []
        body = str(contents[0].get("value") or "") if contents else ""
        source = link or f"{fetched.url}#{number}"
        if not body and link:
            # The feed carries only a teaser: the article is on the linked page.
            try:
                page = fetch(urljoin(fetched.url, link), options)
                page_text = _decode(page)
            except InputError as exc:
                yield IngestFailure(source, exc.message.removeprefix(f"{source}: "))
                continue
            yield RawDocument(source, page_text, sniff_type(page_text), meta)
            continue
        body = body or str(entry.get("summary") or "")
        if not body.strip():
            yield IngestFailure(source, "the feed entry has no text and no link; nothing to ingest")
            continue
        yield RawDocument(source, body, ContentType.HTML, meta)


def read_url(url: str, options: IngestOptions) -> Iterator[RawDocument | IngestFailure]:
    """The page at a URL, or every entry of the RSS/Atom feed at it."""
    try:
        fetched = fetch(url, options)
        text = _decode(fetched)
    except InputError as exc:
        yield IngestFailure(url, exc.message.removeprefix(f"{url}: "))
        return
    if _is_feed(fetched, text):
        yield from _feed_documents(fetched, text, options)
        return
    kind = (
        ContentType.HTML if fetched.media_type in {"text/html", "application/xhtml+xml"} else sniff_type(text)
    )
    yield RawDocument(url, text, kind, {"url": fetched.url})

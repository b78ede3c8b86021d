"""HTML -> article blocks: the `<article>` (or main body) as headline, byline, captions, paragraphs.

Why not trafilatura alone: it drops bylines into metadata and joins paragraphs with single
newlines, while our text keeps every line a reader sees in the article, one block per
paragraph, so that captions and bylines can be labeled. Trafilatura supplies the metadata
and the body of pages that have no `<article>`/main element.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from rivalgraph.errors import InputError
from rivalgraph.model import SpanLabel

__all__ = ["Block", "HtmlArticle", "parse_html"]

_SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "nav",
        "aside",
        "form",
        "noscript",
        "template",
        "iframe",
        "button",
        "svg",
        "select",
        "footer",
        "head",
        "link",
        "meta",
        "object",
        "embed",
        "canvas",
        "audio",
        "video",
    }
)
_BLOCK_TAGS = frozenset(
    {
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "p",
        "li",
        "blockquote",
        "figcaption",
        "dt",
        "dd",
        "pre",
        "address",
        "caption",
        "tr",
    }
)
_CONTAINER_TAGS = frozenset(
    {
        "div",
        "section",
        "article",
        "figure",
        "ul",
        "ol",
        "dl",
        "table",
        "tbody",
        "thead",
        "header",
        "main",
        "body",
        "span",
        "time",
    }
)
# Class or id tokens of widgets that are never article text: ads, share bars, related links.
_NOISE = re.compile(
    r"^(?:ads?|advert[\w-]*|ad[-_][\w-]+|[\w-]+[-_]ads?|share[\w-]*|sharing|social[\w-]*|related[\w-]*|"
    r"newsletter[\w-]*|"
    r"promo[\w-]*|subscribe[\w-]*|comments?|paywall|cookie[\w-]*|sidebar|breadcrumbs?|tags?|recirc[\w-]*|"
    r"outbrain|taboola|most[-_]read)$",
    re.IGNORECASE,
)
_BYLINE_ATTR = re.compile(r"byline|author|contributor", re.IGNORECASE)
_CAPTION_ATTR = re.compile(r"caption|credit", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# Between the cells of a table row (each row is its own block, so rows are lines): the same
# " | " that plain-text tables and kickers use, so "Huawei | Shenzhen" never reads "HuaweiShenzhen".
_CELL_SEP = " | "
_CELL_TAGS = frozenset({"td", "th"})
_MIN_ARTICLE_CHARS = 200


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph-like line of an article, labeled when it is not body text."""

    text: str
    label: SpanLabel | None = None


@dataclass(frozen=True, slots=True)
class HtmlArticle:
    """The article blocks of a page and the metadata trafilatura found in it."""

    blocks: tuple[Block, ...]
    metadata: dict[str, str]


def _attrs(el: HtmlElement) -> str:
    return f"{el.get('class', '')} {el.get('id', '')} {el.get('itemprop', '')} {el.get('rel', '')}"


def _is_noise(el: HtmlElement) -> bool:
    if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS:
        return True
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    return any(_NOISE.match(token) for token in _attrs(el).split())


def _inline_text(el: HtmlElement, *, spaced: bool = False) -> str:
    """The visible text of an element on one line; `spaced` keeps nested blocks apart (table cells)."""
    if el.tag == "tr":
        cells = [_inline_text(c, spaced=True) for c in el if isinstance(c.tag, str) and c.tag in _CELL_TAGS]
        if cells:
            return _CELL_SEP.join(c for c in cells if c)
    parts: list[str] = []

    def walk(node: HtmlElement) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str) and not _is_noise(child):
                if child.tag == "br" or (spaced and child.tag in _BLOCK_TAGS | _CONTAINER_TAGS):
                    parts.append(" ")
                walk(child)
                if spaced and child.tag in _BLOCK_TAGS | _CONTAINER_TAGS:
                    parts.append(" ")
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return " ".join("".join(parts).split())


def _has_blocks(el: HtmlElement) -> bool:
    return any(
        isinstance(d.tag, str) and (d.tag in _BLOCK_TAGS or d.tag in _CONTAINER_TAGS - {"span", "time"})
        for d in el.iterdescendants()
    )


def _label(el: HtmlElement, text: str, inherited: SpanLabel | None) -> SpanLabel | None:
    if inherited is not None:
        return inherited
    if el.tag == "figcaption" or el.tag == "caption" or _CAPTION_ATTR.search(_attrs(el)):
        return SpanLabel.CAPTION
    if el.tag == "address" or _BYLINE_ATTR.search(_attrs(el)):
        return SpanLabel.BYLINE
    return None


def _blocks(el: HtmlElement, inherited: SpanLabel | None = None) -> Iterator[Block]:
    label = _label(el, "", inherited) if el.tag not in {"article", "main", "body"} else inherited
    # a table row is one line whatever its cells hold
    if (
        el.tag == "tr"
        or (el.tag in _BLOCK_TAGS and not _has_blocks(el))
        or el.tag not in _CONTAINER_TAGS | _BLOCK_TAGS
    ):
        text = _inline_text(el)
        if text:
            yield Block(text, label)
        return
    if el.text and el.text.strip():
        yield Block(" ".join(el.text.split()), label)
    for child in el:
        if not _is_noise(child):
            yield from _blocks(child, label)
        if child.tail and child.tail.strip():
            yield Block(" ".join(child.tail.split()), label)


def _article_root(tree: HtmlElement) -> HtmlElement | None:
    """The element holding the story: the largest <article>, else an articleBody or <main>."""
    for query in ("//article", "//*[@itemprop='articleBody']", "//main", "//*[@role='main']"):
        found = [el for el in tree.xpath(query) if not _is_noise(el)]
        if found:
            best: HtmlElement = max(found, key=lambda el: len(_inline_text(el)))
            if len(_inline_text(best)) >= _MIN_ARTICLE_CHARS:
                return best
    return None


def _first_heading(tree: HtmlElement) -> str | None:
    for el in tree.iter("h1"):
        text = _inline_text(el)
        if text:
            return text
    return None


def _metadata(tree: HtmlElement) -> dict[str, str]:
    # trafilatura is imported where a page is parsed: a third of a second that plain-text
    # corpora (and every Ray worker reading them) need not pay.
    import trafilatura

    meta = trafilatura.extract_metadata(tree, extensive=False)
    found = {
        "title": meta.title,
        "published": meta.date,
        "author": meta.author,
        "site_name": meta.sitename,
        "url": meta.url,
    }
    return {k: str(v) for k, v in found.items() if v}


def parse_html(html: str, *, source: str) -> HtmlArticle:
    """The article of an HTML page as labeled blocks, with the page's metadata."""
    try:
        tree = lxml.html.document_fromstring(_XML_DECL.sub("", html, count=1))
    except (lxml.etree.ParserError, ValueError) as exc:
        raise InputError(f"{source}: the HTML cannot be parsed ({exc}); check that it is a web page") from exc
    root = _article_root(tree)
    if root is not None:
        blocks = list(_blocks(root))
        headings = [i for i, b in enumerate(blocks) if b.label is None]
        heading = _first_heading(root)
        for i in headings:
            if blocks[i].text == heading:
                blocks[i] = Block(blocks[i].text, SpanLabel.TITLE)
                break
    else:
        # No story element: let trafilatura find the body; keep its title as the headline.
        import trafilatura

        body = trafilatura.extract(
            lxml.html.document_fromstring(_XML_DECL.sub("", html, count=1)),
            include_comments=False,
            include_tables=True,
        )
        lines = [" ".join(line.split()) for line in (body or "").splitlines()]
        blocks = [Block(line) for line in lines if line]
        heading = _first_heading(tree)
        if blocks and heading and blocks[0].text == heading:
            blocks[0] = Block(heading, SpanLabel.TITLE)
    metadata = _metadata(tree)
    if heading:
        metadata["title"] = heading
    if not blocks:
        raise InputError(f"{source}: no article text found in the HTML; check that the page has a story")
    return HtmlArticle(tuple(blocks), metadata)

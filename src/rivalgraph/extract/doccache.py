"""Per-document caches of values spaCy rebuilds on every access."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from spacy.tokens import Doc, Span, Token

_TEXT = "rg_text"
_TOKENS = "rg_tokens"


def doc_text(doc: Doc) -> str:
    """The document text, joined once per document (Doc.text rebuilds it on every access)."""
    cached = doc.user_data.get(_TEXT)
    if cached is None:
        cached = doc.user_data[_TEXT] = doc.text
    return str(cached)


def remember_text(doc: Doc, text: str) -> None:
    """Cache `text` as the document text when `doc` was tokenized from it (the tokenizer keeps every
    character, so `doc.text == text`; the last token's end confirms the length)."""
    if len(doc) == 0 or doc[-1].idx + len(doc[-1].text_with_ws) == len(text):
        doc.user_data[_TEXT] = text


@contextmanager
def token_cache(doc: Doc) -> Iterator[list[Token]]:
    """Share one list of the document's tokens with every rule run inside the block.

    `doc[i]` and `for t in doc` build a new Token object on every access, and the rules read
    tokens millions of times per corpus. The list lives only while a component runs (Token objects
    cannot be pickled with the Doc), and no rule retokenizes the document meanwhile.
    """
    toks = list(doc)
    doc.user_data[_TOKENS] = toks
    try:
        yield toks
    finally:
        del doc.user_data[_TOKENS]


def doc_tokens(doc: Doc) -> list[Token]:
    """The document's tokens: the shared list inside `token_cache`, else a fresh one."""
    cached = doc.user_data.get(_TOKENS)
    if cached is None:
        return list(doc)
    toks: list[Token] = cached
    return toks


def span_tokens(span: Span) -> list[Token]:
    """A span's tokens: a slice of the shared list inside `token_cache`, else a fresh list."""
    cached = span.doc.user_data.get(_TOKENS)
    if cached is None:
        return list(span)
    toks: list[Token] = cached[span.start : span.end]
    return toks


def span_text(span: Span) -> str:
    """`span.text` as a slice of the cached document text (Span.text joins its tokens anew)."""
    return doc_text(span.doc)[span.start_char : span.end_char]

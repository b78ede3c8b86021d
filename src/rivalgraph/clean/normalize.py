"""Text normalization and document identity.

Invariant: normalization is NFC plus unified line endings, nothing else: curly quotes,
dashes and spacing stay as written, so offsets into the text mean what a reader sees and
`doc_id` (sha256 of the UTF-8 text) is stable across re-ingests.
"""

from __future__ import annotations

import hashlib
import unicodedata

__all__ = ["doc_id_for", "normalize_text"]


def normalize_text(text: str) -> str:
    """NFC with '\\n' line endings; the text is otherwise kept byte for byte."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def doc_id_for(text: str) -> str:
    """The document id: sha256 of the normalized text, hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()

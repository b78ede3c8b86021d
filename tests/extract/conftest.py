"""Fixtures of the extractor tests: one extractor (real model, real KB) per session."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

import pytest

from rivalgraph.extract import Extractor
from rivalgraph.model import Document


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The extractor on its own copy of the model (our components are added to it)."""
    return Extractor.load()


def make_doc(text: str, published: str | None = "2024-05-10") -> Document:
    """A Document from raw text, as the cleaner would build it for a .txt file."""
    return Document(doc_id=hashlib.sha256(text.encode()).hexdigest(), text=text, published=published)


@pytest.fixture
def facts(extractor: Extractor) -> Callable[..., Any]:
    """Extract a text and return the finished Document."""

    def run(text: str, published: str | None = "2024-05-10") -> Document:
        return extractor.extract(make_doc(text, published))

    return run

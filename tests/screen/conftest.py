"""Fixtures for screening tests: the bundled list slices, parsed once, and an index over them."""

from __future__ import annotations

import pytest

from rivalgraph.kb import KnowledgeBase, load_kb
from rivalgraph.screen.index import ScreeningIndex
from rivalgraph.screen.loaders import load_list
from rivalgraph.screen.model import ListEntry
from rivalgraph.screen.registry import bundled_list_paths


@pytest.fixture(scope="session")
def bundled_entries() -> list[ListEntry]:
    """Every entry of the bundled public-domain slices (data/lists/)."""
    return [e for p in bundled_list_paths() for e in load_list(p).entries]


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    """The reference knowledge base."""
    return load_kb()


@pytest.fixture(scope="session")
def index(bundled_entries: list[ListEntry], kb: KnowledgeBase) -> ScreeningIndex:
    """The screening index over the bundled lists, with the knowledge base for Chinese names."""
    return ScreeningIndex(bundled_entries, kb=kb)

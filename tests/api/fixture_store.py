"""A real store built from the bundled gold-shaped fixtures (tests/fixtures/web/) by the store writer."""

from __future__ import annotations

import json
from pathlib import Path

from rivalgraph.model import Document
from rivalgraph.store.db import open_engine
from rivalgraph.store.graph import store_document

FIXTURES = Path(__file__).parents[1] / "fixtures" / "web"

#: WAIC 2019-2024 editions from five articles, plus an article full of markup (XSS check).
FIXTURE_NAMES = (
    "000_473380d4fb89c8cd",
    "01_waic2024_opening_wire",
    "02_waic2024_first_partners_brief",
    "03_waic_musk_editions_analysis",
    "23_waic2023_partners_page",
    "xss_article",
)

WAIC_2023 = "event:world-artificial-intelligence-conference-2023"
HUAWEI = "org:huawei-technologies"


def fixture_document(name: str) -> Document:
    """A gold file with its text (the .txt beside it, or the gold's `article_text` for HTML pages)."""
    gold = json.loads((FIXTURES / f"{name}.gold.json").read_text(encoding="utf-8"))
    text_file = FIXTURES / f"{name}.txt"
    text = text_file.read_text(encoding="utf-8") if text_file.exists() else gold.pop("article_text")
    gold.pop("text_basis", None)
    return Document.from_json({**gold, "text": text})


def build_fixture_store(url: str) -> list[Document]:
    """Write every fixture document and its facts into the store at `url`."""
    engine = open_engine(url)
    docs = [fixture_document(name) for name in FIXTURE_NAMES]
    try:
        for doc in docs:
            store_document(engine, doc)
    finally:
        engine.dispose()
    return docs

"""Gold-shaped documents for graph tests: our own small fixtures and the ../shared gold files."""

from __future__ import annotations

import json
from pathlib import Path

from rivalgraph.model import Document
from rivalgraph.store.db import open_engine
from rivalgraph.store.graph import store_document

GRAPH_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "graph"


def load_gold(path: Path) -> Document:
    """A gold file as a Document with its text (the .txt next to it, or the gold's article_text)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if "text" not in data:
        txt = path.with_name(path.name.removesuffix(".gold.json") + ".txt")
        data["text"] = data.get("article_text") or txt.read_text(encoding="utf-8")
    return Document.from_json(data)


def fixture_docs() -> list[Document]:
    """The three Expo Summit documents of tests/fixtures/graph."""
    return [load_gold(p) for p in sorted(GRAPH_FIXTURES.glob("*.gold.json"))]


def shared_gold_files(shared: Path) -> list[Path]:
    """The seed gold and every dev gold file under a ../shared checkout."""
    return [
        shared / "seed" / "000_473380d4fb89c8cd.gold.json",
        *sorted((shared / "corpus" / "dev").glob("*.gold.json")),
    ]


def write_all(url: str, docs: list[Document]) -> None:
    """Store documents (and their facts) one transaction each."""
    engine = open_engine(url)
    try:
        for doc in docs:
            store_document(engine, doc)
    finally:
        engine.dispose()

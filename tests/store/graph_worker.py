"""A separate ingest process for the concurrency and kill tests: `python -m tests.store.graph_worker URL N`.

Stores the fixture variants in an order shuffled by the seed N, printing `stored N` after each.
"""

from __future__ import annotations

import hashlib
import random
import sys
from dataclasses import replace

from rivalgraph.model import Document
from rivalgraph.store.db import open_engine
from rivalgraph.store.graph import store_document
from tests.analysis.gold import fixture_docs

COPIES = 20


def variants(copies: int = COPIES) -> list[Document]:
    """Copies of the fixture documents with distinct texts (and doc_ids) and the same facts."""
    docs = []
    for n in range(copies):
        for doc in fixture_docs():
            text = f"{doc.text} (edition {n})"
            docs.append(replace(doc, doc_id=hashlib.sha256(text.encode()).hexdigest(), text=text))
    return docs


def main(url: str, seed: int) -> None:
    docs = variants()
    random.Random(seed).shuffle(docs)
    engine = open_engine(url)
    for n, doc in enumerate(docs, start=1):
        store_document(engine, doc)
        print(f"stored {n}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))

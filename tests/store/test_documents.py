"""Document storage on both backends: round trip, idempotence, all-or-nothing transactions."""

from __future__ import annotations

import pytest

from rivalgraph.model import Document, Span, SpanLabel
from rivalgraph.store.db import open_engine, transaction
from rivalgraph.store.documents import count_documents, get_document, save_document

DOC = Document(
    doc_id="a" * 64,
    title="A title",
    published="2023-07-04",
    source="a.txt",
    text="Photo: Reuters\nBody text.",
    spans=(Span(SpanLabel.CAPTION, 0, 14),),
    metadata={"site_name": "Example"},
)


def test_store_document_round_trips(db_url: str) -> None:
    engine = open_engine(db_url)
    with transaction(engine) as session:
        assert save_document(session, DOC) is True
    with transaction(engine) as session:
        assert get_document(session, DOC.doc_id) == DOC


def test_store_document_is_saved_once(db_url: str) -> None:
    engine = open_engine(db_url)
    for _ in range(2):
        with transaction(engine) as session:
            save_document(session, DOC)
    with transaction(engine) as session:
        assert count_documents(session) == 1
        assert save_document(session, DOC) is False


def test_store_failed_transaction_leaves_nothing(db_url: str) -> None:
    engine = open_engine(db_url)
    with pytest.raises(RuntimeError), transaction(engine) as session:
        save_document(session, DOC)
        raise RuntimeError("the extraction of this document failed")
    with transaction(engine) as session:
        assert count_documents(session) == 0
        assert get_document(session, DOC.doc_id) is None

"""The graph writer on both backends: aggregation, idempotence, all-or-nothing, screening's API."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from rivalgraph.model import Predicate
from rivalgraph.store.db import open_engine, transaction
from rivalgraph.store.documents import save_document
from rivalgraph.store.graph import (
    add_list_claim,
    claim_confidence,
    facts_written,
    iter_entities,
    ownership_edges,
    save_facts,
    store_document,
)
from rivalgraph.store.graph_tables import ClaimRow, EntityRow, EvidenceRow, MentionRow, QuantityRow
from tests.analysis.gold import fixture_docs, write_all


def _count(session: sa.orm.Session, table: type) -> int:
    return int(session.scalar(sa.select(sa.func.count()).select_from(table)) or 0)


def _claim(session: sa.orm.Session, subject: str, predicate: str, obj: str) -> ClaimRow:
    return session.scalars(
        sa.select(ClaimRow).where(
            ClaimRow.subject_id == subject, ClaimRow.predicate == predicate, ClaimRow.object_id == obj
        )
    ).one()


def test_graph_same_relation_from_two_documents_is_one_claim_with_two_evidences(db_url: str) -> None:
    write_all(db_url, fixture_docs())
    with transaction(open_engine(db_url)) as session:
        claim = _claim(session, "org:acme-robotics", "attends", "event:expo-summit-2023")
        assert claim.evidence_count == 2
        # noisy-or of 0.9 and 0.5
        assert claim_confidence(claim.miss_log) == pytest.approx(1 - 0.1 * 0.5)
        assert _count(session, EvidenceRow) == sum(len(d.relations) for d in fixture_docs())


def test_graph_second_ingest_changes_nothing(db_url: str) -> None:
    docs = fixture_docs()
    write_all(db_url, docs)
    engine = open_engine(db_url)
    tables = (EntityRow, ClaimRow, EvidenceRow, MentionRow, QuantityRow)
    with transaction(engine) as session:
        before = [_count(session, t) for t in tables]
    for doc in docs:
        assert store_document(engine, doc) is False
    with transaction(engine) as session:
        for doc in docs:
            assert save_facts(session, doc) is False
        assert [_count(session, t) for t in tables] == before


def test_graph_failed_document_leaves_no_trace(db_url: str) -> None:
    engine = open_engine(db_url)
    doc = fixture_docs()[0]
    with pytest.raises(RuntimeError), transaction(engine) as session:
        save_document(session, doc)
        save_facts(session, doc)
        raise RuntimeError("the batch died after writing the facts")
    with transaction(engine) as session:
        assert not facts_written(session, doc.doc_id)
        assert [_count(session, t) for t in (EntityRow, ClaimRow, EvidenceRow, MentionRow)] == [0, 0, 0, 0]


def test_graph_list_claim_is_idempotent_and_kept_apart_from_articles(db_url: str) -> None:
    write_all(db_url, fixture_docs())
    engine = open_engine(db_url)
    for _ in range(2):
        with transaction(engine) as session:
            add_list_claim(
                session,
                subject_id="org:zeta-vision",
                predicate=Predicate.SANCTIONED_BY,
                object_id="gpe:united-states",
                list_name="Entity List",
                entry_id="EL-42",
                listed_on="2019-10-09",
                score=0.97,
                explanation="name and country match the list entry",
                programs=["EAR"],
            )
    with transaction(engine) as session:
        claim = _claim(session, "org:zeta-vision", "sanctioned_by", "gpe:united-states")
        kinds = sorted(
            session.scalars(sa.select(EvidenceRow.kind).where(EvidenceRow.claim_id == claim.id)).all()
        )
        assert kinds == ["document", "list"]
        assert claim.evidence_count == 2
        assert claim_confidence(claim.miss_log) == pytest.approx(1 - 0.2 * 0.03)


def test_graph_list_claim_creates_the_country_node(db_url: str) -> None:
    write_all(db_url, fixture_docs()[:1])
    with transaction(open_engine(db_url)) as session:
        add_list_claim(
            session,
            subject_id="org:nimbus-labs",
            predicate=Predicate.SANCTIONED_BY,
            object_id="gpe:china",
            list_name="Unreliable Entity List",
            entry_id="UEL-1",
            listed_on=None,
            score=0.9,
            explanation="exact name",
        )
        node = session.get(EntityRow, "gpe:china")
        assert node is not None and node.type == "GPE"


def test_graph_iter_entities_gives_resolved_entities_with_aliases(db_url: str) -> None:
    write_all(db_url, fixture_docs())
    with transaction(open_engine(db_url)) as session:
        entities = {e.id: e for e in iter_entities(session, batch=2)}
        people_and_orgs = {e.type for e in entities.values()}
    assert people_and_orgs == {"ORG"}
    alibaba = entities["org:alibaba-group"]
    assert set(alibaba.aliases) >= {"Alibaba Group", "Alibaba Group Holding Ltd", "Alibaba"}
    assert alibaba.country == "CN"
    assert "org:alibaba-group-holding-ltd" not in entities


def test_graph_ownership_edges_point_from_owner_to_owned(db_url: str) -> None:
    write_all(db_url, fixture_docs())
    with transaction(open_engine(db_url)) as session:
        edges = {(e.owner_id, e.owned_id, e.predicate) for e in ownership_edges(session)}
        evidence = [e.evidence for e in ownership_edges(session)]
    assert edges == {
        ("org:alibaba-group", "org:hangzhou-daily-post", Predicate.OWNS),
        ("org:alibaba-group", "org:ant-group", Predicate.AFFILIATE_OF),
    }
    assert all(len(ev) == 1 and ev[0].kind == "document" and ev[0].text for ev in evidence)


def test_graph_quantities_and_mentions_are_stored(db_url: str) -> None:
    doc = fixture_docs()[0]
    write_all(db_url, [doc])
    with transaction(open_engine(db_url)) as session:
        quantity = session.scalars(sa.select(QuantityRow)).one()
        stored = (quantity.subject_id, quantity.measure, quantity.value, quantity.qualifier)
        mentions = _count(session, MentionRow)
    assert stored == ("event:expo-summit-2023", "participating_enterprises", 300, "more than")
    assert mentions == sum(len(e.mentions) for e in doc.entities) + sum(len(e.mentions) for e in doc.events)

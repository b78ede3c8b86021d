"""Cross-document resolution: keys, similarity with country and context, and the store applying them."""

from __future__ import annotations

import pytest

from rivalgraph.model import Document, Entity, EntityType
from rivalgraph.resolve import Candidate, MatchRule, Mention, best_match, event_key, name_key
from rivalgraph.store.db import open_engine, transaction
from rivalgraph.store.graph import canonical_ids, store_document


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("Alibaba", "Alibaba Group", True),
        ("Alibaba Group Holding Ltd", "Alibaba", True),
        ("Alibaba Group Holding Limited", "alibaba group", True),
        ("Ant Group", "Alibaba", False),
        ("SenseTime", "Sense Time", True),
        ("U.S. Steel", "US Steel", True),
        ("华为", "Huawei", True),
        ("Huawei Cloud", "Huawei", False),
    ],
)
def test_resolve_name_keys(left: str, right: str, same: bool) -> None:
    assert (name_key("ORG", left) == name_key("ORG", right)) is same


@pytest.mark.parametrize(
    ("name", "keyed"),
    [("Li", False), ("Musk", False), ("Robin Li", True), ("Li Qiang", True), ("李强", True)],
)
def test_resolve_one_word_person_names_are_no_keys(name: str, keyed: bool) -> None:
    assert (name_key("PERSON", name) is not None) is keyed
    assert name_key("PERSON", "Robin Li") != name_key("PERSON", "Li Qiang")


def test_resolve_event_keys_need_a_year_and_ignore_case() -> None:
    assert event_key("WAIC", 2023) == event_key("waic", 2023) != event_key("WAIC", 2024)
    assert event_key("WAIC", None) is None


CANDIDATES = [
    Candidate("org:moore-threads", "ORG", ("Moore Threads",), "CN", frozenset({"gpe:china"})),
    Candidate("org:alibaba", "ORG", ("Alibaba Group",), "CN"),
    Candidate("org:xu-lin", "PERSON", ("Xu Lin",), None),
    Candidate("org:megvii", "ORG", ("Megvii Technology",), "CN", frozenset({"org:face-plus"})),
]


@pytest.mark.parametrize(
    ("mention", "expected", "rule"),
    [
        (Mention("ORG", ("Moore Thread",), "CN"), "org:moore-threads", MatchRule.FUZZY_NAME),
        (Mention("ORG", ("Moore Thread",), "US"), None, None),  # countries disagree
        (Mention("ORG", ("Ant Group",), "CN"), None, None),
        (Mention("PERSON", ("Xu Li",), None), None, None),  # too short to trust edit distance
        (Mention("ORG", ("Megvii Technologies",), "CN"), None, None),
        (
            Mention("ORG", ("Megvii Technologies",), "CN", frozenset({"org:face-plus"})),
            "org:megvii",
            MatchRule.FUZZY_NAME_AND_CONTEXT,
        ),
        (Mention("PERSON", ("Moore Threads",), None), None, None),  # type must agree
    ],
)
def test_resolve_best_match(mention: Mention, expected: str | None, rule: MatchRule | None) -> None:
    match = best_match(mention, CANDIDATES)
    assert (match.entity_id if match else None) == expected
    assert (match.rule if match else None) == rule


def _doc(n: int, *entities: Entity) -> Document:
    text = f"document {n}: " + " ".join(e.name for e in entities)
    return Document(doc_id=f"{n:064d}", text=text, entities=entities)


def test_resolve_across_documents_in_the_store(sqlite_url: str) -> None:
    org = EntityType.ORG
    docs = [
        _doc(1, Entity("org:alibaba", org, "Alibaba", ("Alibaba",), "CN")),
        _doc(2, Entity("org:alibaba-group", org, "Alibaba Group", ("Alibaba Group",), "CN")),
        _doc(3, Entity("org:alibaba-group-holding-ltd", org, "Alibaba Group Holding Ltd", (), None)),
        _doc(4, Entity("org:ant-group", org, "Ant Group", ("Ant Group",), "CN")),
        _doc(5, Entity("org:moore-thread", org, "Moore Thread", (), "CN")),
        _doc(6, Entity("org:moore-threads", org, "Moore Threads", (), "CN")),
        _doc(7, Entity("org:apple", org, "Apple", (), "US"), Entity("org:apple-cn", org, "Apple", (), "CN")),
    ]
    engine = open_engine(sqlite_url)
    for doc in docs:
        store_document(engine, doc)
    with transaction(engine) as session:
        ids = canonical_ids(
            session,
            [
                "org:alibaba",
                "org:alibaba-group",
                "org:alibaba-group-holding-ltd",
                "org:ant-group",
                "org:moore-thread",
                "org:moore-threads",
                "org:apple",
                "org:apple-cn",
            ],
        )
    assert (
        ids["org:alibaba-group"]
        == ids["org:alibaba-group-holding-ltd"]
        == ids["org:alibaba"]
        == "org:alibaba"
    )
    assert ids["org:ant-group"] == "org:ant-group"
    assert ids["org:moore-threads"] == ids["org:moore-thread"]
    assert ids["org:apple"] != ids["org:apple-cn"]

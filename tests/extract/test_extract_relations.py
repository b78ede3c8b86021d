"""Per-predicate case tables in new wordings (none taken from the dev corpus)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from rivalgraph.model import Document


def names_of(doc: Document) -> dict[str, set[str]]:
    """Every id of the document -> its lower-cased name and aliases (events: name, aliases and year)."""
    out: dict[str, set[str]] = {}
    for e in doc.entities:
        out[e.id] = {e.name.lower(), *(a.lower() for a in e.aliases)}
    for ev in doc.events:
        out[ev.id] = {f"{n.lower()} {ev.year}" for n in (ev.name, *ev.aliases)}
    return out


def check_case(
    doc: Document, predicate: str, subject: str, obj: str, *, negated: bool, expected: bool
) -> None:
    """One case-table row: the relation is (or is not) among the document's facts."""
    assert has(doc, predicate, subject, obj, negated=negated) is expected, [
        (r.subject, r.predicate.value, r.object, r.negated) for r in doc.relations
    ]


CASE_FIELDS = ("predicate", "text", "subject", "obj", "negated", "expected")


def case_table_test(rows: list[Any]) -> Callable[..., None]:
    """The one test every relation case table runs: extract the row's text, check the row. Bind it to
    a `test_...` name in the table's module (pytest collects it under that name)."""

    def test(
        facts: Callable[..., Any],
        predicate: str,
        text: str,
        subject: str,
        obj: str,
        negated: bool,
        expected: bool,
    ) -> None:
        check_case(facts(text), predicate, subject, obj, negated=negated, expected=expected)

    marked: Callable[..., None] = pytest.mark.parametrize(CASE_FIELDS, rows)(test)
    return marked


def has(doc: Document, predicate: str, subject: str, obj: str, *, negated: bool = False) -> bool:
    names = names_of(doc)
    for rel in doc.relations:
        neg = rel.negated or rel.predicate.value == "absent_from"
        pred = "attends" if rel.predicate.value == "absent_from" else rel.predicate.value
        if (
            pred == predicate
            and neg == negated
            and subject.lower() in names.get(rel.subject, set())
            and obj.lower() in names.get(rel.object, set())
        ):
            return True
    return False


CASES = [
    # predicate, text, subject, object, negated, expected
    (
        "sponsors",
        "Lenovo and Xiaomi are sponsoring the World Artificial Intelligence Conference this summer.",
        "Lenovo",
        "World Artificial Intelligence Conference 2024",
        False,
        True,
    ),
    (
        "sponsors",
        "iFlytek was named as a strategic partner of the World Artificial Intelligence Conference.",
        "iFlytek",
        "World Artificial Intelligence Conference 2024",
        False,
        True,
    ),
    (
        "sponsors",
        "Lenovo shipped more laptops than Xiaomi at the World Artificial Intelligence Conference.",
        "Lenovo",
        "World Artificial Intelligence Conference 2024",
        False,
        False,
    ),
    (
        "exhibits_at",
        "At CES, Hisense and TCL are among the exhibitors showing new televisions.",
        "Hisense",
        "CES 2024",
        False,
        True,
    ),
    ("exhibits_at", "At CES 2024, Xiaomi has no stand this year.", "Xiaomi", "CES 2024", True, True),
    ("exhibits_at", "Xiaomi said CES 2024 would be crowded.", "Xiaomi", "CES 2024", False, False),
    (
        "attends",
        "Nvidia and AMD will attend the World Artificial Intelligence Conference in Shanghai.",
        "AMD",
        "World Artificial Intelligence Conference 2024",
        False,
        True,
    ),
    (
        "attends",
        "Meta will not attend the World Artificial Intelligence Conference in Shanghai.",
        "Meta",
        "World Artificial Intelligence Conference 2024",
        True,
        True,
    ),
    (
        "attends",
        "Meta will not attend the World Artificial Intelligence Conference in Shanghai.",
        "Meta",
        "World Artificial Intelligence Conference 2024",
        False,
        False,
    ),
    (
        "speaks_at",
        "Baidu chief executive Robin Li gave a keynote speech at the World Artificial Intelligence "
        "Conference.",
        "Robin Li",
        "World Artificial Intelligence Conference 2024",
        False,
        True,
    ),
    (
        "speaks_at",
        "Robin Li said on Monday that Baidu had hired more engineers.",
        "Robin Li",
        "World Artificial Intelligence Conference 2024",
        False,
        False,
    ),
    (
        "organizes",
        "The summit is hosted by the World Internet Conference. "
        "The World Internet Conference Wuzhen Summit opens in Wuzhen.",
        "World Internet Conference",
        "World Internet Conference Wuzhen Summit 2024",
        False,
        True,
    ),
    (
        "held_in",
        "The 2025 World Artificial Intelligence Conference will take place in Shanghai in July.",
        "World Artificial Intelligence Conference 2025",
        "Shanghai",
        False,
        True,
    ),
    ("owns", "Baidu and its subsidiary Kunlunxin presented new chips.", "Baidu", "Kunlunxin", False, True),
    ("owns", "Kunlunxin, a unit of Baidu, presented new chips.", "Baidu", "Kunlunxin", False, True),
    ("owns", "Baidu competes with Kunlunxin for engineers.", "Baidu", "Kunlunxin", False, False),
    (
        "affiliate_of",
        "Alibaba and its payments affiliate Ant Group reported results.",
        "Ant Group",
        "Alibaba",
        False,
        True,
    ),
    ("backed_by", "Alibaba-backed Moonshot AI hired new researchers.", "Moonshot AI", "Alibaba", False, True),
    (
        "backed_by",
        "Tencent will invest $500 million in Baichuan AI, the two companies said.",
        "Baichuan AI",
        "Tencent",
        False,
        True,
    ),
    (
        "backed_by",
        "Baichuan AI said it has taken no money from Tencent.",
        "Baichuan AI",
        "Tencent",
        True,
        True,
    ),
    (
        "develops",
        "Meituan, the developer of the Kangaroo Pro app, reported profits.",
        "Meituan",
        "Kangaroo Pro",
        False,
        True,
    ),
    ("develops", "iFlytek launched its Spark Desk chatbot on Tuesday.", "iFlytek", "Spark Desk", False, True),
    (
        "employs",
        "Xiaomi founder and chief executive Lei Jun spoke to reporters.",
        "Xiaomi",
        "Lei Jun",
        False,
        True,
    ),
    ("employs", "Lisa Su, chief executive of AMD, visited Taipei.", "AMD", "Lisa Su", False, True),
    ("employs", "Lisa Su met Jensen Huang in Taipei.", "AMD", "Lisa Su", False, False),
    (
        "sanctioned_by",
        "The US added Sugon to its Entity List last year.",
        "Sugon",
        "United States",
        False,
        True,
    ),
    ("sanctioned_by", "Sugon reported higher revenue last year.", "Sugon", "United States", False, False),
    (
        "based_in",
        "Chinese chipmaker Hygon Information Technology reported results.",
        "Hygon Information Technology",
        "China",
        False,
        True,
    ),
    ("based_in", "Xreal, a Beijing-based start-up, sells glasses in China.", "Xreal", "China", False, True),
    ("based_in", "Hygon sells its processors to Chinese customers.", "Hygon", "China", False, False),
]


test_extract_relation_cases = case_table_test(CASES)


TEXTS = [
    "SHANGHAI, July 4, 2024\n\n"
    "Microsoft-backed OpenAI, the developer of ChatGPT, will not attend the World Artificial "
    "Intelligence Conference.\n\n"
    "Huawei Technologies and SenseTime, both sanctioned by the US, are sponsoring the conference.\n",
    "A staff member at the World Artificial Intelligence Conference in Shanghai on July 9, 2020. "
    "Photo: Reuters\nTesla chief executive Elon Musk spoke at the 2024 World Artificial Intelligence "
    "Conference.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_extract_offsets_slice_the_text(facts: Callable[..., Document], text: str) -> None:
    doc = facts(text)
    assert doc.entities and doc.relations
    for entity in doc.entities:
        for start, end in entity.mentions:
            assert 0 <= start < end <= len(text)
            if entity.type.value != "GPE":
                assert text[start:end] in entity.aliases
    for event in doc.events:
        for start, end in event.mentions:
            assert text[start:end].strip()
    for rel in doc.relations:
        assert rel.evidence is not None
        assert 0 <= rel.evidence.start < rel.evidence.end <= len(text)
        assert text[rel.evidence.start : rel.evidence.end] == rel.evidence.text


def test_extract_caption_is_another_edition(facts: Callable[..., Document]) -> None:
    doc = facts(TEXTS[1], "2024-07-05")
    years = sorted(ev.year for ev in doc.events if ev.year is not None)
    assert years == [2020, 2024]
    assert has(doc, "held_in", "World Artificial Intelligence Conference 2020", "Shanghai")
    assert has(doc, "speaks_at", "Elon Musk", "World Artificial Intelligence Conference 2024")
    assert not has(doc, "speaks_at", "Elon Musk", "World Artificial Intelligence Conference 2020")


def test_extract_dates_from_weekdays(facts: Callable[..., Document]) -> None:
    doc = facts(
        "The World Artificial Intelligence Conference runs from Thursday to Saturday in Shanghai.",
        "2023-07-04",
    )
    (event,) = doc.events
    assert (event.year, event.start, event.end) == (2023, "2023-07-06", "2023-07-08")


def test_extract_pipe_streams_in_order(extractor: Any) -> None:
    from tests.extract.conftest import make_doc

    docs = [make_doc(f"Baidu chief executive Robin Li visited Shanghai in {2000 + i}.") for i in range(5)]
    out = list(extractor.pipe(docs, batch_size=2))
    assert [d.doc_id for d in out] == [d.doc_id for d in docs]
    assert all(any(r.predicate.value == "employs" for r in d.relations) for d in out)


def develops(doc: Document, org: str, product: str) -> bool:
    """The document states `org` develops `product` (names compared in lower case)."""
    return has(doc, "develops", org, product)

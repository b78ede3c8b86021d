"""The core model against the facts contract: every gold file round-trips unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rivalgraph import model
from rivalgraph.model import (
    PREDICATE_SIGNATURES,
    Document,
    Entity,
    EntityType,
    Predicate,
    make_id,
)
from tests.conftest import FIXTURES, SHARED, shared_path


def _gold_files() -> list[Path]:
    return sorted(SHARED.glob("seed/*.gold.json")) + sorted(SHARED.glob("corpus/dev/*.gold.json"))


def test_model_predicates_are_the_fourteen_of_schema() -> None:
    assert len(Predicate) == 14
    assert set(PREDICATE_SIGNATURES) == set(Predicate)


def test_model_exports_stay_small() -> None:
    assert set(model.__all__) <= {n for n in dir(model) if not n.startswith("_")}
    assert len(model.__all__) <= 15


@pytest.mark.parametrize(
    ("kind", "name", "year", "expected"),
    [
        (EntityType.ORG, "Huawei Technologies", None, "org:huawei-technologies"),
        (EntityType.GPE, "United States", None, "gpe:united-states"),
        (
            "event",
            "World Artificial Intelligence Conference",
            2023,
            "event:world-artificial-intelligence-conference-2023",
        ),
        (EntityType.PERSON, "Xu Li", None, "person:xu-li"),
    ],
)
def test_model_make_id_matches_gold_convention(kind: str, name: str, year: int | None, expected: str) -> None:
    assert make_id(kind, name, year) == expected


def test_model_gold_files_round_trip() -> None:
    shared_path("seed")
    files = _gold_files()
    assert len(files) >= 20
    for path in files:
        raw = json.loads(path.read_text(encoding="utf-8"))
        doc = Document.from_json(raw)
        assert doc.to_json() == raw, path.name
        assert Document.from_json(doc.to_json()) == doc


def test_model_bundled_fixture_round_trips() -> None:
    raw = json.loads((FIXTURES / "tiny.gold.json").read_text(encoding="utf-8"))
    doc = Document.from_json(raw)
    assert doc.to_json() == raw
    assert isinstance(doc.entities[0], Entity)
    assert doc.relations[0].predicate is Predicate.SPONSORS


def test_model_text_is_left_out_of_schema_output_unless_asked() -> None:
    doc = Document(doc_id="x", text="Hello")
    assert "text" not in doc.to_json()
    assert doc.to_json(include_text=True)["text"] == "Hello"

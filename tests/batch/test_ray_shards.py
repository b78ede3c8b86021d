"""Bulk-load shards written by the Ray engine: lossless round trip, idempotent names, doc ids for re-runs."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from rivalgraph.batch.shards import ShardFormat, read_shards, shard_doc_ids, write_shard
from rivalgraph.errors import InputError
from rivalgraph.model import (
    Document,
    Entity,
    EntityType,
    Event,
    Evidence,
    Predicate,
    Quantity,
    Relation,
    Span,
    SpanLabel,
)

TEXT = "Huawei sponsors WAIC 2023 in Shanghai, with more than 400 exhibitors and 0.5 of them new."


def _doc(tag: str, **extra: object) -> Document:
    """A document with every kind of fact; `tag` makes its text, and so its doc_id, its own."""
    evidence = Evidence(0, len(TEXT), TEXT)
    text = f"{TEXT} ({tag})"
    doc_id = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(
        doc_id=doc_id,
        title="Huawei sponsors WAIC",
        published="2023-07-04",
        source=f"https://example.com/{doc_id}",
        text=text,
        entities=(
            Entity("org:huawei", EntityType.ORG, "Huawei", ("Huawei",), "CN", ((0, 6),)),
            Entity("gpe:shanghai", EntityType.GPE, "Shanghai", ("Shanghai",), "CN", ((29, 37),)),
        ),
        events=(
            Event(
                "event:world-artificial-intelligence-conference-2023",
                "World Artificial Intelligence Conference",
                ("WAIC",),
                2023,
                "Shanghai",
                "CN",
                "2023-07-06",
                None,
                ((16, 25),),
            ),
        ),
        relations=(
            Relation(
                "org:huawei",
                Predicate.SPONSORS,
                "event:world-artificial-intelligence-conference-2023",
                {"role": "strategic partner"},
                False,
                0.92,
                evidence,
            ),
            Relation(
                "event:world-artificial-intelligence-conference-2023", Predicate.HELD_IN, "gpe:shanghai"
            ),
        ),
        quantities=(
            Quantity(
                "event:world-artificial-intelligence-conference-2023",
                "exhibitors",
                400,
                "more than",
                evidence,
            ),
            Quantity("event:world-artificial-intelligence-conference-2023", "new_share", 0.5),
        ),
        spans=(Span(SpanLabel.TITLE, 0, 20),),
        metadata={"url": f"https://example.com/{doc_id}", "published": "2023-07-04"},
        extra=dict(extra),
    )


FORMATS = [ShardFormat.JSONL, pytest.param(ShardFormat.PARQUET, marks=pytest.mark.ray)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_ray_shards_round_trip_every_fact(fmt: ShardFormat, tmp_path: Path) -> None:
    if fmt == ShardFormat.PARQUET:
        pytest.importorskip("pyarrow", reason="Parquet shards need the ray extra (pyarrow)")
    docs = [_doc("a"), _doc("b", note={"kept": [1, 2]})]
    write_shard(docs, tmp_path, fmt)
    back = list(read_shards(tmp_path))
    assert sorted(back, key=lambda d: d.doc_id) == docs
    assert [type(q.value) for q in back[0].quantities] == [int, float]
    assert shard_doc_ids(tmp_path) == {d.doc_id for d in docs}


@pytest.mark.parametrize("fmt", FORMATS)
def test_ray_shards_retried_batch_rewrites_the_same_file(fmt: ShardFormat, tmp_path: Path) -> None:
    if fmt == ShardFormat.PARQUET:
        pytest.importorskip("pyarrow", reason="Parquet shards need the ray extra (pyarrow)")
    docs = [_doc("c"), _doc("d")]
    first = write_shard(docs, tmp_path, fmt)
    second = write_shard(list(reversed(docs)), tmp_path, fmt)
    assert first == second and first is not None
    assert [p.name for p in tmp_path.iterdir()] == [first.name]  # no temporary file left behind
    assert write_shard([], tmp_path, fmt) is None
    assert len(list(read_shards(tmp_path))) == 2


def test_ray_shards_damaged_line_names_the_shard(tmp_path: Path) -> None:
    path = write_shard([_doc("e")], tmp_path, ShardFormat.JSONL)
    assert path is not None
    path.write_text(path.read_text(encoding="utf-8")[:40] + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=path.name):
        list(read_shards(tmp_path))

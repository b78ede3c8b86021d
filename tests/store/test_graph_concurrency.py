"""Two real processes ingesting into one store, and a process killed with SIGKILL mid-batch."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from rivalgraph.store.db import open_engine, transaction
from rivalgraph.store.graph import facts_written
from rivalgraph.store.graph_tables import ClaimRow, EntityRow, EvidenceRow, MentionRow
from rivalgraph.store.tables import DocumentRow
from tests.store.graph_worker import main as ingest_in_this_process
from tests.store.graph_worker import variants

REPO = Path(__file__).resolve().parents[2]


def _worker(url: str, seed: int) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.store.graph_worker", url, str(seed)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _snapshot(session: Session) -> dict[str, object]:
    """What must not depend on how the documents got in: counts, and every claim's support."""

    def count(table: type) -> int:
        return int(session.scalar(sa.select(sa.func.count()).select_from(table)) or 0)

    live = session.scalar(
        sa.select(sa.func.count()).select_from(EntityRow).where(EntityRow.merged_into.is_(None))
    )
    names = dict(session.execute(sa.select(EntityRow.id, EntityRow.name)).tuples().all())
    claims = sorted(
        (names[s], p, names[o], n, c)
        for s, p, o, n, c in session.execute(
            sa.select(
                ClaimRow.subject_id,
                ClaimRow.predicate,
                ClaimRow.object_id,
                ClaimRow.negated,
                ClaimRow.evidence_count,
            )
        ).tuples()
    )
    return {
        "documents": count(DocumentRow),
        "live_entities": live,
        "evidence": count(EvidenceRow),
        "mentions": count(MentionRow),
        "claims": len(claims),
        "support": sorted(c[-1] for c in claims),
    }


def _consistent(session: Session) -> None:
    """Every stored document has all its facts, every claim counts exactly its evidence rows."""
    for doc_id in session.scalars(sa.select(DocumentRow.doc_id)):
        assert facts_written(session, doc_id)
    counted = session.execute(
        sa.select(ClaimRow.id, ClaimRow.evidence_count, sa.func.count(EvidenceRow.id))
        .outerjoin(EvidenceRow, EvidenceRow.claim_id == ClaimRow.id)
        .group_by(ClaimRow.id, ClaimRow.evidence_count)
    ).all()
    assert all(stated == actual for _, stated, actual in counted)


def _reference(tmp_path: Path) -> dict[str, object]:
    url = f"sqlite:///{tmp_path / 'reference.db'}"
    ingest_in_this_process(url, 0)
    with transaction(open_engine(url)) as session:
        return _snapshot(session)


def test_store_two_processes_neither_duplicate_nor_lose(db_url: str, tmp_path: Path) -> None:
    open_engine(db_url)  # migrate once, before the race
    workers = [_worker(db_url, seed) for seed in (1, 2)]
    for w in workers:
        _, err = w.communicate(timeout=600)
        assert w.returncode == 0, err[-2000:]
    with transaction(open_engine(db_url)) as session:
        _consistent(session)
        both = _snapshot(session)
    expected = _reference(tmp_path)
    assert both == expected
    assert both["documents"] == len(variants())


def test_store_sigkill_mid_batch_leaves_a_consistent_store_and_rerun_completes(
    db_url: str, tmp_path: Path
) -> None:
    open_engine(db_url)
    worker = _worker(db_url, 3)
    assert worker.stdout is not None
    for line in worker.stdout:
        if line.strip() == "stored 7":
            break
    worker.send_signal(signal.SIGKILL)
    worker.wait(timeout=60)
    assert worker.returncode == -signal.SIGKILL
    with transaction(open_engine(db_url)) as session:
        _consistent(session)
        partial = _snapshot(session)
    assert 7 <= partial["documents"] < len(variants())  # type: ignore[operator]
    rerun = _worker(db_url, 4)
    _, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err[-2000:]
    with transaction(open_engine(db_url)) as session:
        _consistent(session)
        assert _snapshot(session) == _reference(tmp_path)

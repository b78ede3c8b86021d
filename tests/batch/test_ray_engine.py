"""The Ray engine against the single-process driver: same store, same facts, failures, retries, re-runs.

One local Ray (2 CPUs) serves the whole module: `ray.init` takes seconds, so the jobs here
are few and each checks several things.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
import typer

from rivalgraph.batch import IngestReport, Outcome, run_ingest
from rivalgraph.batch.ray_engine import FAULT_DIR_ENV, RayOptions, RayProgress, RayReport, run_ray_ingest
from rivalgraph.batch.read_units import ReadUnit, plan_units, read_unit
from rivalgraph.batch.shards import ShardFormat, read_shards
from rivalgraph.clean import clean_document
from rivalgraph.errors import ConfigError, InputError
from rivalgraph.ingest import IngestFailure, IngestOptions, RawDocument, read_inputs
from rivalgraph.model import Document
from rivalgraph.settings import PACKAGE_DATA, load_settings
from tests.batch.store_dump import store_dump
from tests.conftest import FIXTURES, IN_CI, REPO, drop_database, shared_path

pytestmark = pytest.mark.ray

BUNDLED = [FIXTURES / "ingest", FIXTURES / "ray", PACKAGE_DATA / "samples"]


def _inputs() -> list[str]:
    return [str(shared_path("corpus", "dev")), *(str(p) for p in BUNDLED)]


# --- fixtures: one Ray for the module, one single-process baseline ----------------------------


@pytest.fixture(scope="module")
def fault_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A local Ray with 2 CPUs for the module; yields the folder of its crash hook."""
    try:
        import ray
    except ModuleNotFoundError:
        if IN_CI:
            pytest.fail("ray is not installed in CI: make test installs requirements-dev.lock")
        pytest.skip("the ray extra is not installed: pip install 'rivalgraph[ray]'")
    folder = tmp_path_factory.mktemp("faults")
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    # Workers of a local Ray inherit the driver's environment: the hook's folder reaches them.
    os.environ[FAULT_DIR_ENV] = str(folder)
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield folder
    ray.shutdown()
    del os.environ[FAULT_DIR_ENV]


@pytest.fixture(scope="module")
def extractor() -> Any:
    from rivalgraph.extract import Extractor

    return Extractor.load()


@dataclass(frozen=True, slots=True)
class Baseline:
    url: str
    report: IngestReport
    docs: dict[str, list[Document]]  # by input: every document extracted, as run_ingest makes them

    def stored_docs(self) -> list[Document]:
        """The first document of each doc_id: what the store keeps."""
        every = [d for docs in self.docs.values() for d in docs]
        return list({d.doc_id: d for d in reversed(every)}.values())

    def docs_for(self, inputs: Iterable[Path]) -> list[Document]:
        return [d for path in inputs for d in self.docs[str(path)]]


def _extracted(inputs: list[str], extractor: Any) -> list[Document]:
    docs = []
    for item in read_inputs(inputs, options=IngestOptions()):
        if isinstance(item, RawDocument):
            try:
                docs.append(extractor.extract(clean_document(item)))
            except InputError:
                continue
    return docs


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory, extractor: Any) -> Baseline:
    """The single-process driver on the dev corpus and the bundled fixtures."""
    url = f"sqlite:///{tmp_path_factory.mktemp('single') / 'store.db'}"
    report = run_ingest(_inputs(), settings=load_settings(db_url=url), extractor=extractor)
    return Baseline(url, report, {path: _extracted([path], extractor) for path in _inputs()})


def _report(report: IngestReport | RayReport) -> dict[str, Any]:
    data = (report.ingest_report() if isinstance(report, RayReport) else report).to_json()
    data["documents"] = sorted(data["documents"], key=lambda d: (d["source"], d["doc_id"]))
    data["failures"] = sorted(data["failures"], key=lambda f: f["source"])
    return data


def _as_json(docs: Iterable[Document]) -> list[str]:
    """Documents as sorted JSON texts: a multiset, so a text read twice counts twice."""
    return sorted(json.dumps(d.to_json(include_text=True), sort_keys=True) for d in docs)


# --- no Ray needed -------------------------------------------------------------------------


def test_ray_units_read_what_read_inputs_reads(tmp_path: Path) -> None:
    (tmp_path / "empty_folder").mkdir()
    inputs = [*_inputs(), str(tmp_path / "missing.txt"), str(tmp_path / "empty_folder")]
    options = IngestOptions()
    via_units: list[RawDocument | IngestFailure] = []
    for item in plan_units(inputs, options=options):
        via_units.extend(read_unit(item, options=options) if isinstance(item, ReadUnit) else [item])
    assert via_units == list(read_inputs(inputs, options=options))


def test_ray_missing_extra_says_what_to_install(tmp_path: Path) -> None:
    code = (
        "import sys; sys.modules['ray'] = None\n"
        "from rivalgraph.batch.ray_engine import run_ray_ingest\n"
        "from rivalgraph.errors import ConfigError\n"
        "from rivalgraph.settings import load_settings\n"
        "try:\n"
        "    run_ray_ingest(['x'], settings=load_settings(db_url='sqlite:///' + sys.argv[1]))\n"
        "except ConfigError as exc:\n"
        "    print(exc.message)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "store.db")],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    assert "install rivalgraph[ray]" in done.stdout
    assert not (tmp_path / "store.db").exists()


# --- Ray jobs --------------------------------------------------------------------------------


def test_ray_store_matches_single_process_and_reruns_skip(
    fault_dir: Path, baseline: Baseline, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'ray.db'}"
    ticks: list[RayProgress] = []
    report = run_ray_ingest(
        _inputs(), settings=load_settings(db_url=url), options=RayOptions(workers=2), progress=ticks.append
    )
    assert _report(report) == _report(baseline.report)
    assert store_dump(url) == store_dump(baseline.url)
    # Bad inputs were reported, the rest stored; the duplicate text was skipped, as single-process does.
    assert len(report.failures) >= 4 and report.stored == len(baseline.stored_docs())
    assert any(d.status == Outcome.SKIPPED for d in report.documents)
    assert ticks[-1].done == len(report.documents) and ticks[-1].failed == len(report.failures)
    assert ticks[-1].per_second > 0

    again = run_ray_ingest(_inputs(), settings=load_settings(db_url=url), options=RayOptions(workers=2))
    assert again.stored == 0 and again.skipped == len(report.documents)
    assert store_dump(url) == store_dump(baseline.url)


def test_ray_killed_worker_is_retried_and_parquet_shards_match(
    fault_dir: Path, baseline: Baseline, extractor: Any, tmp_path: Path
) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    jsonl = PACKAGE_DATA / "samples" / "more_events.jsonl"
    records = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines() if line.strip()]
    parquet = tmp_path / "more_events.parquet"
    pq.write_table(pa.Table.from_pylist(records), parquet, row_group_size=2)
    inputs = [*(str(p) for p in BUNDLED), str(parquet)]
    (fault_dir / "crash-once").write_text("armed")
    out = tmp_path / "shards"
    options = RayOptions(workers=2, batch_size=2, output=out, output_format=ShardFormat.PARQUET)
    report = run_ray_ingest(inputs, settings=load_settings(db_url="sqlite:///unused"), options=options)

    assert (fault_dir / "crashed").read_text().isdigit(), "no worker was killed: the hook did not fire"
    (fault_dir / "crashed").unlink()
    # Shards hold one record per document read, so the Parquet copy of the JSON Lines sample
    # (same texts, same urls) is there a second time: the store, not the shards, keeps one per doc_id.
    expected = baseline.docs_for(BUNDLED) + _extracted([str(jsonl)], extractor)
    assert _as_json(read_shards(out)) == _as_json(expected)
    assert report.stored == len(expected)
    expected_failures = [f for f in baseline.report.failures if f.source.startswith(tuple(inputs))]
    assert sorted(report.failures, key=str) == sorted(expected_failures, key=str)

    # Re-running into the same folder skips what its shards hold (and loads no model for it).
    again = run_ray_ingest(inputs, settings=load_settings(db_url="sqlite:///unused"), options=options)
    assert again.stored == 0 and again.skipped == len(expected)


@pytest.mark.postgres
def test_ray_postgres_workers_write_the_same_store(fault_dir: Path, extractor: Any, tmp_path: Path) -> None:
    base = os.environ.get("RIVALGRAPH_TEST_PG_URL")
    if not base:
        pytest.skip("no PostgreSQL server: set RIVALGRAPH_TEST_PG_URL (make test starts one)")
    # Many writers store documents in no set order. Without fixtures/ray: which of two inputs
    # of the same text (other metadata) is stored first is a race. And entity resolution
    # depends on the order documents arrive (as between two single-process runs given the
    # files in another order), so it is left out: each document's own rows must be identical.
    inputs = [p for p in _inputs() if p != str(FIXTURES / "ray")]
    single_url = f"sqlite:///{tmp_path / 'single.db'}"
    run_ingest(inputs, settings=load_settings(db_url=single_url), extractor=extractor)
    name = f"rg_ray_{os.getpid()}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = base.rsplit("/", 1)[0] + "/" + name
    try:
        report = run_ray_ingest(inputs, settings=load_settings(db_url=url), options=RayOptions(workers=2))
        assert report.stored > 0 and report.skipped == 0
        assert store_dump(url, resolved=False) == store_dump(single_url, resolved=False)
    finally:
        drop_database(admin, name)
        admin.dispose()


def test_ray_cli_engine_option_runs_ingest_on_ray(fault_dir: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from rivalgraph.cli._ray_options import with_ray_engine
    from rivalgraph.cli.ingest import ingest

    app = typer.Typer()
    app.command("ingest")(with_ray_engine(ingest))
    app.command("documents")(lambda: None)  # a second command keeps `ingest` a subcommand
    out = tmp_path / "shards"
    args = ["ingest", "--engine", "ray", "--workers", "2", "--no-extract", "--output", str(out)]
    done = CliRunner().invoke(app, [*args, "--format", "jsonl", str(FIXTURES / "ingest")])
    assert done.exit_code == 1, done.output  # two records of corpus.jsonl are bad
    assert "6 written to" in done.output and "2 failed" in done.output
    assert len(list(read_shards(out))) == 6

    local = CliRunner().invoke(app, ["ingest", "--workers", "2", str(FIXTURES / "ingest")])
    assert isinstance(local.exception, ConfigError) and "--engine ray" in local.exception.message

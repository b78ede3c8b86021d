"""The issue's acceptance check: ingest the seed and dev articles (real extraction), ask about WAIC 2023."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from rivalgraph.cli import app
from tests.analysis.test_event import WAIC, check_waic_2023
from tests.conftest import shared_path


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite store after `rivalgraph ingest` of every seed and dev article (.txt and .html)."""
    shared = shared_path()
    dev = sorted(str(p) for p in (shared / "corpus" / "dev").iterdir() if p.suffix in {".txt", ".html"})
    seed = sorted(str(p) for p in (shared / "seed").glob("*.txt"))
    url = f"sqlite:///{tmp_path_factory.mktemp('e2e') / 'store.db'}"
    # The seed's text carries no date: like a user who copied the page, pass its publication date.
    for files, extra in ((seed, ["--published", "2023-07-04"]), (dev, [])):
        result = CliRunner().invoke(app, ["ingest", *files, *extra, "--db", url, "--json"])
        assert result.exit_code == 0, result.output
        report = json.loads(result.stdout)
        assert report["stored"] == len(files) and report["extracted"], report
    return url


def _event(url: str, name: str) -> dict[str, object]:
    result = CliRunner().invoke(app, ["event", name, "--year", "2023", "--db", url, "--json"])
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(result.stdout)
    return data


@pytest.mark.shared
def test_analysis_end_to_end_waic_2023_answers_the_seed(ingested: str) -> None:
    check_waic_2023(_event(ingested, WAIC))  # type: ignore[arg-type]


@pytest.mark.shared
def test_analysis_end_to_end_alias_and_full_name_give_the_same_edition(ingested: str) -> None:
    full, alias = _event(ingested, WAIC), _event(ingested, "WAIC")
    assert full == alias
    assert full["event"]["year"] == 2023  # type: ignore[index]
    assert full["participants"]

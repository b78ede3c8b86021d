"""`rivalgraph ingest` and `rivalgraph documents` through the real command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from rivalgraph.cli import app
from tests.conftest import FIXTURES

INGEST = FIXTURES / "ingest"
runner = CliRunner()


def test_cli_ingest_json_report_and_exit_code(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 's.db'}"
    args = ["ingest", str(INGEST / "story_with_noise.html"), str(tmp_path / "nope.txt"), "--db", db]
    result = runner.invoke(app, [*args, "--json", "--no-extract"])
    assert result.exit_code == 1
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["stored"] == 1 and report["failed"] == 1
    assert report["failures"][0]["reason"] == "no such file or folder; check the path"
    assert "failed: " in result.stderr and "nope.txt" in result.stderr

    again = runner.invoke(app, ["ingest", str(INGEST / "story_with_noise.html"), "--db", db, "--no-extract"])
    assert again.exit_code == 0 and "0 stored, 1 already stored, 0 failed" in again.stdout

    listed = runner.invoke(app, ["documents", "--db", db, "--json"])
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [(r["title"], r["published"], r["captions"]) for r in rows] == [
        ("Chip start-ups crowd WAIC 2022 hall", "2022-09-01", 1)
    ]


def test_cli_ingest_bad_published_is_one_line(tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        ["ingest", str(INGEST / "latin1.txt"), "--published", "July 4", "--db", f"sqlite:///{tmp_path}/s.db"],
    )
    assert result.exit_code != 0
    assert "YYYY-MM-DD" in str(result.exception) or "YYYY-MM-DD" in result.output


def test_cli_ingest_reads_stdin_in_a_real_process(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("rivalgraph")
    db = f"sqlite:///{tmp_path / 's.db'}"
    text = "Qualcomm is the sole US sponsor of WAIC in Shanghai this year, the organisers said on Tuesday.\n"
    proc = subprocess.run(
        [str(exe), "ingest", "-", "--db", db, "--published", "2023-07-04", "--json", "--no-extract"],
        input=text.encode(),
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    report = json.loads(proc.stdout)
    assert report["documents"][0]["source"] == "<stdin>"
    assert report["documents"][0]["published"] == "2023-07-04"


def test_cli_user_error_is_one_line_without_traceback(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("rivalgraph")
    proc = subprocess.run(
        [
            str(exe),
            "ingest",
            str(INGEST / "latin1.txt"),
            "--published",
            "2023-02-30",
            "--db",
            f"sqlite:///{tmp_path}/s.db",
        ],
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert proc.returncode == 1
    err = proc.stderr.decode().strip()
    assert err.startswith("error: published date '2023-02-30'") and "Traceback" not in err
    assert len(err.splitlines()) == 1

"""Harvest hard negatives for the learned relation classifier from the hand-written case tables.

Usage: PYTHONPATH=src .venv/bin/python scripts/harvest_case_negatives.py OUT.json [pytest args]

Runs tests/extract (not the gold, held-out or learned-model tests) with the rules alone and records
every `has(doc, predicate, subject, object, negated=...)` check of a passing test: a check that came
out False in a passing test is a row whose expected value is False (the text does not state the
relation). Each record keeps the text, its published date, the predicate, the negation and the ids
the names resolved to, so scripts/train_relations.py --cases can label the pair NONE (or absent_from,
where the row expects the negated attends) in the candidates of that text.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO))


class Recorder:
    def __init__(self) -> None:
        self.calls: dict[str, list[dict[str, Any]]] = {}
        self.current: str | None = None
        self.passed: set[str] = set()

    def pytest_configure(self, config: Any) -> None:
        import tests.extract.test_extract_relations as rel

        original = rel.has

        def has(doc: Any, predicate: str, subject: str, obj: str, *, negated: bool = False) -> bool:
            result = original(doc, predicate, subject, obj, negated=negated)
            if self.current is not None:
                names = rel.names_of(doc)
                self.calls.setdefault(self.current, []).append(
                    {
                        "text": doc.text,
                        "published": doc.published,
                        "predicate": predicate,
                        "negated": negated,
                        "result": result,
                        "subjects": sorted(k for k, v in names.items() if subject.lower() in v),
                        "objects": sorted(k for k, v in names.items() if obj.lower() in v),
                    }
                )
            return result

        rel.has = has  # type: ignore[assignment]

    def pytest_runtest_setup(self, item: Any) -> None:
        self.current = item.nodeid

    def pytest_runtest_logreport(self, report: Any) -> None:
        if report.when == "call" and report.passed:
            self.passed.add(report.nodeid)


def main() -> int:
    out = Path(sys.argv[1])
    os.environ["RIVALGRAPH_RELATION_MODEL"] = "none"
    rec = Recorder()
    args = [
        "-q",
        "-p",
        "no:cacheprovider",
        str(REPO / "tests" / "extract"),
        "--deselect",
        "tests/extract/test_heldout.py",
        "--deselect",
        "tests/extract/test_extract_gold.py",
        "--deselect",
        "tests/extract/test_relations_learned.py",
        *sys.argv[2:],
    ]
    pytest.main(args, plugins=[rec])
    rows = [c for node, calls in rec.calls.items() if node in rec.passed for c in calls]
    out.write_text(json.dumps(rows), encoding="utf-8")
    print(f"{len(rows)} checks, {sum(not r['result'] for r in rows)} false, written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

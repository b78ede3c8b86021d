"""Brief build + render time vs dumping the same analysis results as bare JSON.

Both sides read the same store (the WAIC gold documents written by the store writer); the
baseline calls the analysis functions the brief uses and `json.dumps` their results. The
last line is the ratio brief / baseline (per event edition, Markdown and HTML; PDF shown apart).
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.briefs.test_end_to_end import GOLD_NAMES, _gold_document  # noqa: E402

from rivalgraph.analysis import entity_profile, event_report, trend  # noqa: E402
from rivalgraph.briefs import build_event_brief, render_html, render_markdown, render_pdf  # noqa: E402
from rivalgraph.briefs.charts import render_svg  # noqa: E402
from rivalgraph.model import Predicate  # noqa: E402
from rivalgraph.store.db import open_engine, transaction  # noqa: E402
from rivalgraph.store.graph import store_document  # noqa: E402

ROUNDS = 5


def _best(fn: object, rounds: int = ROUNDS) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        engine = open_engine(f"sqlite:///{Path(tmp) / 'bench.db'}")
        for name in GOLD_NAMES:
            store_document(engine, _gold_document(name))
        with transaction(engine) as session:

            def baseline() -> None:
                parts = [
                    event_report(session, "WAIC", 2023).to_json(),
                    trend(session, "WAIC", predicate=Predicate.SPONSORS).to_json(),
                    entity_profile(session, "Qualcomm").to_json(),
                ]
                json.dumps(parts, ensure_ascii=False)

            def brief_md_html() -> None:
                # Charts are cached per spec; a fresh brief must pay for drawing them.
                render_svg.cache_clear()
                brief = build_event_brief(session, "WAIC", 2023)
                render_markdown(brief)
                render_html(brief)

            baseline()
            brief_md_html()  # warm caches (KB, templates, vl-convert)
            base = _best(baseline)
            ours = _best(brief_md_html)
            brief = build_event_brief(session, "WAIC", 2023)
            pdf = _best(lambda: render_pdf(brief), rounds=2)
        engine.dispose()
    print(f"baseline (analysis results as JSON): {base * 1000:.1f} ms")
    print(f"brief build + Markdown + HTML (2 charts): {ours * 1000:.1f} ms")
    print(f"PDF render of the same brief (WeasyPrint): {pdf * 1000:.1f} ms")
    print(f"ratio brief/baseline: {ours / base:.1f}")


if __name__ == "__main__":
    main()

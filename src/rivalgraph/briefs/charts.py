"""Charts for briefs: Vega-Lite specs from Altair, rendered offline to SVG and PNG by vl-convert.

Each chart carries its numbers as a `Table` whose rows cite their evidence, so a reader of
the Markdown (or a screen reader) gets the same facts as the picture.
"""

from __future__ import annotations

import functools
import json
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import altair as alt
import vl_convert

from rivalgraph.briefs.inputs import Participant, Participation, TrendInput
from rivalgraph.briefs.model import Chart, Citation, Table
from rivalgraph.briefs.rules import ROLE_NOUNS, evidence_of
from rivalgraph.briefs.wording import country_adjective, country_name, format_number, number_word, plural

__all__ = [
    "participation_chart",
    "render_png",
    "render_svg",
    "sponsors_by_country_chart",
    "trend_chart",
]

_FONT = "DejaVu Sans"
_WIDTH = 460
# Two series colours that survive greyscale printing; "no data" is drawn in grey.
_PALETTE = ["#1f4e79", "#c55a11", "#548235", "#7f6000", "#7030a0", "#2e75b6"]


def _config(chart: alt.TopLevelMixin) -> dict[str, Any]:
    spec: dict[str, Any] = (
        chart.configure(font=_FONT, background="white").configure_view(stroke=None).to_dict()
    )
    return spec


def _data(rows: list[dict[str, Any]]) -> Any:
    """Inline chart data (Altair's constructor is untyped)."""
    return alt.Data(values=rows)  # type: ignore[no-untyped-call]


def _ticks(top: int) -> list[int]:
    """Whole-number ticks up to `top`, at most about six of them (no '1, 1' from rounding halves)."""
    step = max(1, -(-top // 6))
    return list(range(0, top + 1, step))


@functools.lru_cache(maxsize=64)
def render_svg(spec: str) -> str:
    """SVG of a Vega-Lite spec (JSON text), rendered without network access."""
    svg: str = vl_convert.vegalite_to_svg(json.loads(spec))
    return svg


@functools.lru_cache(maxsize=64)
def render_png(spec: str) -> bytes:
    """A 2x PNG of a Vega-Lite spec (JSON text), for print."""
    png: bytes = vl_convert.vegalite_to_png(json.loads(spec), scale=2)
    return png


def _spec(chart: alt.TopLevelMixin) -> str:
    return json.dumps(_config(chart), sort_keys=True)


def sponsors_by_country_chart(
    label: str, sponsors: Sequence[Participant], tiers: dict[str, str]
) -> Chart | None:
    """A horizontal bar per country, stacked by sponsor tier ('strategic partner', 'sponsor')."""
    if not sponsors:
        return None
    counts: dict[tuple[str, str], int] = defaultdict(int)
    members: dict[str, list[Participant]] = defaultdict(list)
    for p in sponsors:
        where = country_name(p.country).removeprefix("the ") if p.country else "not given"
        counts[(where, tiers[p.entity_id])] += 1
        members[where].append(p)
    rows = [{"country": c, "tier": t, "sponsors": k} for (c, t), k in sorted(counts.items())]
    order = sorted(members, key=lambda c: (-len(members[c]), c))
    chart = (
        alt.Chart(_data(rows), title=f"Sponsors of {label} by country", width=_WIDTH)
        .mark_bar()
        .encode(
            x=alt.X(
                "sponsors:Q", title="sponsors named by sources", axis=alt.Axis(tickMinStep=1, format="d")
            ),
            y=alt.Y("country:N", sort=order, title=None),
            color=alt.Color("tier:N", title="tier", scale=alt.Scale(range=_PALETTE)),
            order=alt.Order("tier:N"),
        )
    )
    spec = _spec(chart)
    table = Table(
        caption=f"Sponsors of {label} by country",
        header=("Country", "Sponsors", "Named"),
        rows=tuple((c, str(len(members[c])), ", ".join(p.name for p in members[c])) for c in order),
        row_citations=tuple(evidence_of(members[c]) for c in order),
    )
    alt_text = "; ".join(f"{c}: {number_word(len(members[c]), zero='none')}" for c in order)
    return Chart(
        "sponsors-by-country",
        table.caption,
        f"Bar chart of sponsors by country. {alt_text}.",
        spec,
        table,
    )


def trend_chart(trend: TrendInput, *, series: str) -> Chart | None:
    """One bar per edition; editions no source covers are marked 'no data', not drawn as zero."""
    cells = sorted(trend.cells, key=lambda c: c.year)
    if not any(c.count is not None and c.evidence for c in cells):
        return None
    noun = plural(ROLE_NOUNS[trend.role], 2)
    adjective = country_adjective(trend.country)
    title = f"{adjective} {noun} of {series}, by edition"
    rows = [
        {
            "edition": str(c.year),
            "count": c.count if c.count is not None else 0,
            "label": str(c.count) if c.count is not None else "no data",
            "covered": "covered" if c.count is not None else "no data",
        }
        for c in cells
    ]
    top = max(1, *(c.count or 0 for c in cells))
    base = alt.Chart(_data(rows), title=title, width=_WIDTH, height=150)
    bars = base.mark_bar(color=_PALETTE[0]).encode(
        x=alt.X("edition:O", title="edition", axis=alt.Axis(labelAngle=0)),
        y=alt.Y(
            "count:Q",
            title=f"{adjective} {noun} named",
            axis=alt.Axis(values=_ticks(top), format="d"),
            scale=alt.Scale(domain=[0, top]),
        ),
    )
    labels = base.mark_text(dy=-7, fontSize=11).encode(
        x="edition:O",
        y="count:Q",
        text="label:N",
        color=alt.Color(
            "covered:N",
            scale=alt.Scale(domain=["covered", "no data"], range=["#222222", "#888888"]),
            legend=None,
        ),
    )
    spec = _spec(alt.layer(bars, labels))
    table_rows: list[tuple[str, ...]] = []
    citations: list[tuple[Citation, ...]] = []
    for c in cells:
        same: dict[str, int] = {}
        for q in c.reported:
            phrase = f"{q.qualifier or ''} {format_number(q.value)}".strip()
            same[phrase] = same.get(phrase, 0) + 1
        reported = "; ".join(f"{p} ({k} reports)" if k > 1 else p for p, k in same.items())
        table_rows.append(
            (
                str(c.year),
                "no data" if c.count is None else str(c.count),
                ", ".join(c.members),
                reported or "",
            )
        )
        citations.append((*c.evidence, *(q.evidence for q in c.reported)))
    table = Table(
        caption=title,
        header=("Edition", f"{adjective} {noun} named", "Named", "Reported count"),
        rows=tuple(table_rows),
        row_citations=tuple(citations),
    )
    alt_text = "; ".join(f"{r[0]}: {r[1]}" for r in table_rows)
    return Chart(
        f"trend-{trend.role.value}-{trend.country.lower()}", title, f"Bar chart. {alt_text}.", spec, table
    )


def _year_top(counts: dict[tuple[int, str], list[Participation]]) -> int:
    """The tallest stacked bar: editions per year over all roles."""
    totals: dict[int, int] = defaultdict(int)
    for (year, _role), items in counts.items():
        totals[year] += len(items)
    return max(totals.values())


def participation_chart(name: str, participations: Sequence[Participation]) -> Chart | None:
    """Editions the entity took part in, per year and role (entity briefs)."""
    kept = [p for p in participations if p.year is not None and not p.negated]
    if not kept:
        return None
    counts: dict[tuple[int, str], list[Participation]] = defaultdict(list)
    for p in kept:
        counts[(p.year or 0, ROLE_NOUNS[p.role])].append(p)
    rows = [{"year": str(y), "role": r, "editions": len(ps)} for (y, r), ps in sorted(counts.items())]
    chart = (
        alt.Chart(_data(rows), title=f"{name}: event participation by year", width=_WIDTH)
        .mark_bar()
        .encode(
            x=alt.X("year:O", title="year", axis=alt.Axis(labelAngle=0)),
            y=alt.Y(
                "editions:Q",
                title="event editions",
                axis=alt.Axis(values=_ticks(_year_top(counts)), format="d"),
            ),
            color=alt.Color("role:N", title="role", scale=alt.Scale(range=_PALETTE)),
        )
    )
    spec = _spec(chart)
    keys = sorted(counts)
    table = Table(
        caption=f"{name}: event participation by year",
        header=("Year", "Role", "Editions"),
        rows=tuple(
            (str(y), r, ", ".join(f"{p.event_name} {p.year}" for p in counts[(y, r)])) for y, r in keys
        ),
        row_citations=tuple(tuple(c for p in counts[k] for c in p.evidence) for k in keys),
    )
    alt_text = "; ".join(f"{row[0]} {row[1]}: {row[2]}" for row in table.rows)
    return Chart("participation", table.caption, f"Bar chart. {alt_text}.", spec, table)

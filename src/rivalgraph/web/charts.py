"""Vega-Lite specs (built with Altair) for the dashboard's charts; the browser draws them with vega-embed.

Specs carry their data inline, so a chart needs no request of its own, and every bar or
point carries an `href` to the page behind it (app.js follows it on click).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import altair as alt

__all__ = ["CountryBar", "TrendPoint", "country_bar_chart", "trend_chart"]

#: Fixed colours for the two countries the project is about; the rest share a neutral grey.
_COLOURS = {"China": "#c0392b", "United States": "#2c5aa0"}
_OTHER = "#8a96a3"


@dataclass(frozen=True, slots=True)
class CountryBar:
    """One bar: how many entities of a country hold a role."""

    country: str
    count: int
    names: Sequence[str]
    href: str | None = None


@dataclass(frozen=True, slots=True)
class TrendPoint:
    """One point of a trend line: a country's count of a role at one edition."""

    edition: str
    year: int
    country: str
    count: int
    names: Sequence[str]
    href: str | None = None


def _colour_scale(countries: Sequence[str]) -> alt.Scale:
    domain = list(dict.fromkeys(countries))
    return alt.Scale(domain=domain, range=[_COLOURS.get(c, _OTHER) for c in domain])


@functools.lru_cache(maxsize=16)
def _bar_template(role: str) -> str:
    """The bar chart spec of a role without its data (built once: Altair costs ~10 ms a chart)."""
    empty = alt.Data(values=[])  # type: ignore[no-untyped-call]
    base = alt.Chart(empty)
    bar = base.mark_bar(cursor="pointer").encode(
        y=alt.Y("country:N", sort="-x", title=None),
        x=alt.X("count:Q", title=f"{role.capitalize()} (entities)", axis=alt.Axis(tickMinStep=1, format="d")),
        # Colours travel in the data, so one spec serves every set of countries.
        color=alt.Color("colour:N", scale=None, legend=None),
        tooltip=[
            alt.Tooltip("country:N", title="Country"),
            alt.Tooltip("count:Q", title=role.capitalize()),
            alt.Tooltip("names:N", title="Who"),
        ],
    )
    labels = base.mark_text(align="left", dx=4, baseline="middle").encode(
        y=alt.Y("country:N", sort="-x"), x="count:Q", text="count:Q"
    )
    chart = (bar + labels).properties(width="container", title=f"{role.capitalize()} by country")
    return json.dumps(_spec(chart, description=""))


def country_bar_chart(bars: Sequence[CountryBar], *, role: str) -> dict[str, Any]:
    """Horizontal bars, one per country, longest first, labelled with the count."""
    rows = [
        {
            "country": b.country,
            "count": b.count,
            "names": ", ".join(b.names),
            "href": b.href,
            "colour": _COLOURS.get(b.country, _OTHER),
        }
        for b in sorted(bars, key=lambda b: (-b.count, b.country))
    ]
    spec: dict[str, Any] = json.loads(_bar_template(role))
    spec["data"] = {"values": rows}
    spec["height"] = max(60, 28 * len(rows))
    spec["description"] = f"{role} by country: " + "; ".join(f"{r['country']} {r['count']}" for r in rows)
    return spec


def trend_chart(points: Sequence[TrendPoint], *, role: str, series: str) -> dict[str, Any]:
    """One line per country across editions (years on x), points clickable to their sources."""
    rows = [
        {
            "edition": p.edition,
            "year": p.year,
            "country": p.country,
            "count": p.count,
            "names": ", ".join(p.names) or "none stated",
            "href": p.href,
        }
        for p in points
    ]
    countries = sorted({p.country for p in points}, key=lambda c: (c not in _COLOURS, c))
    years = sorted({p.year for p in points})
    data = alt.Data(values=rows)  # type: ignore[no-untyped-call]
    base = alt.Chart(data).encode(
        x=alt.X("year:O", title="Edition", sort=years),
        y=alt.Y("count:Q", title=f"{role.capitalize()} (entities)", axis=alt.Axis(tickMinStep=1, format="d")),
        color=alt.Color("country:N", scale=_colour_scale(countries), title="Country"),
    )
    line = base.mark_line()
    dots = base.mark_point(filled=True, size=90, cursor="pointer").encode(
        tooltip=[
            alt.Tooltip("edition:N", title="Edition"),
            alt.Tooltip("country:N", title="Country"),
            alt.Tooltip("count:Q", title=role.capitalize()),
            alt.Tooltip("names:N", title="Who"),
        ]
    )
    chart = (line + dots).properties(width="container", height=300, title=f"{series}: {role} by country")
    return _spec(chart, description=f"{series} {role} by country across editions")


def _spec(chart: alt.TopLevelMixin, *, description: str) -> dict[str, Any]:
    # Schema validation costs ~20 ms a chart; the specs are fixed shapes covered by the browser tests.
    spec: dict[str, Any] = chart.to_dict(validate=False)
    spec["description"] = description
    spec.setdefault("config", {}).update(_CONFIG)
    return spec


_CONFIG: Mapping[str, Any] = {
    "font": "system-ui, sans-serif",
    "view": {"stroke": None},
    "axis": {"labelFontSize": 12, "titleFontSize": 12},
    "title": {"fontSize": 14, "anchor": "start"},
}

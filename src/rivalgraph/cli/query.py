"""Query commands: `event`, `trend`, `entity`, `search`, `export`, and `entities merge|split`."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from sqlalchemy.orm import Session

from rivalgraph.analysis import (
    EventReport,
    ExportFormat,
    GroupBy,
    TrendTable,
    entity_profile,
    event_report,
    export,
    list_editions,
    search,
    trend,
)
from rivalgraph.analysis.profile import EntityProfile
from rivalgraph.cli._common import DbOption, JsonOption, err_console, settings_for
from rivalgraph.kb import KnowledgeBase, load_kb
from rivalgraph.model import Predicate
from rivalgraph.store.db import open_engine, transaction
from rivalgraph.store.merge import merge_entities, split_entity
from rivalgraph.store.reader import split_year

__all__ = ["register"]

# Piped output (demo logs, CI) gets a wide fixed width so the evidence column stays readable.
console = Console(highlight=False, width=None if sys.stdout.isatty() else 200)


@contextmanager
def _session(db: str | None) -> Iterator[Session]:
    engine = open_engine(settings_for(db).db_url)
    try:
        with transaction(engine) as session:
            yield session
    finally:
        engine.dispose()


def _kb() -> KnowledgeBase:
    return load_kb()


def _row(table: Table, *cells: str, **kwargs: Any) -> None:
    """Add a row of plain text: brackets in evidence sentences are not rich markup."""
    table.add_row(*(escape(c) for c in cells), **kwargs)


def _print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def _list_code(list_name: str | None) -> str | None:
    """'Non-SDN Chinese ... List (NS-CMIC) - Treasury' -> 'NS-CMIC': short enough for a table cell."""
    if not list_name:
        return None
    match = re.search(r"\(([A-Z][A-Z0-9-]{1,15})\)", list_name)
    return match.group(1) if match else list_name


def _sanction_text(report_row: Any) -> str:
    flags = []
    for s in report_row.sanctions:
        if s.kind == "list":
            # Name the list and its listing date: that is what a compliance reader checks.
            for ev in s.evidence:
                since = f" since {ev.listed_on}" if ev.listed_on else ""
                flags.append(f"list: {_list_code(ev.list_name) or s.by}{since}")
        else:
            flags.append(f"article: sanctioned by {s.by}")
    return "; ".join(dict.fromkeys(flags)) or "-"


def _print_event(report: EventReport) -> None:
    ev = report.event
    where = ", ".join(x for x in (ev.city, ev.country) if x)
    dates = f"{ev.start} - {ev.end}" if ev.start else str(ev.year)
    console.print(
        f"[bold]{escape(ev.name)} {ev.year}[/bold]  ({escape(', '.join(ev.aliases) or '-')})  "
        f"{where}  {dates}"
    )
    table = Table(show_lines=False)
    for column in ("role", "entity", "country", "tier/qualifiers", "sanctions", "conf", "evidence"):
        table.add_column(column, overflow="fold")
    for group, members in report.by_group().items():
        for p in members:
            quals = ", ".join(f"{k}={v}" for k, v in p.qualifiers.items()) or "-"
            first = p.evidence[0] if p.evidence else None
            text = " ".join((first.text or "").split()) if first is not None else ""
            text = text if len(text) <= 110 else text[:107] + "..."
            evidence = f"{text} [{first.source}]" if first is not None else "-"
            if len(p.evidence) > 1:
                evidence += f" (+{len(p.evidence) - 1} more)"
            if p.contradicted_by:
                evidence = f"CONTRADICTED by {', '.join(p.contradicted_by)}; {evidence}"
            _row(
                table,
                group,
                p.entity.name,
                p.entity.country or "?",
                quals,
                _sanction_text(p),
                f"{p.confidence:.2f}",
                evidence,
            )
    console.print(table)
    by_country = Table(title="By country")
    by_country.add_column("country")
    by_country.add_column("participants", overflow="fold")
    for country, members in report.by_country().items():
        _row(by_country, country, ", ".join(f"{p.entity.name} ({p.group})" for p in members))
    console.print(by_country)


def event(
    name: Annotated[
        str,
        typer.Argument(help="Event name or alias, e.g. WAIC or 'World Artificial Intelligence Conference'."),
    ],
    year: Annotated[
        int | None, typer.Option("--year", help="Edition year; without it the stored editions are listed.")
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """An edition's participants by role and country, with sanctions status and evidence sentences."""
    with _session(db) as session:
        if year is None and split_year(name)[1] is None:
            editions = list_editions(session, name)
            if as_json:
                _print_json({"editions": [e.to_json() for e in editions]})
                return
            table = Table(title=f"Editions of {name}")
            for column in ("year", "id", "name", "city", "dates"):
                table.add_column(column)
            for e in editions:
                ev = e.event
                if ev is not None:
                    dates = f"{ev.start} - {ev.end}" if ev.start else "-"
                    _row(table, str(ev.year or "?"), ev.id, ev.name, ev.city or "-", dates)
            console.print(table)
            return
        report = event_report(session, name, year)
        if as_json:
            _print_json(report.to_json())
        else:
            _print_event(report)


def _print_trend(table_data: TrendTable) -> None:
    title = f"{table_data.series}: {table_data.predicate.value} by {table_data.by.value}"
    table = Table(title=title)
    table.add_column(table_data.by.value)
    for y in table_data.years:
        table.add_column(str(y), justify="right")
    table.add_column("total", justify="right")
    for row in table_data.rows:
        cells = [("no data" if c is None else str(c.count)) for c in row.cells.values()]
        _row(table, row.key, *cells, str(row.total))
    docs = [
        str(len(table_data.coverage[y])) if table_data.has_data(y) else "no data" for y in table_data.years
    ]
    _row(table, "documents", *docs, "", end_section=True)
    console.print(table)
    for y in table_data.years:
        if not table_data.has_data(y):
            continue
        names = sorted(table_data.sources.get(d, d) for d in table_data.coverage[y])
        console.print(f"  {y}: {', '.join(names)}")


def trend_command(
    name: Annotated[str, typer.Argument(help="Event series name or alias, e.g. WAIC.")],
    predicate: Annotated[
        Predicate,
        typer.Option("--predicate", help="Relation to count (sponsors, exhibits_at, attends, ...)."),
    ] = Predicate.SPONSORS,
    by: Annotated[
        GroupBy, typer.Option("--by", help="Rows of the table: country, entity or role.")
    ] = GroupBy.COUNTRY,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """A predicate across the editions of a series (e.g. US sponsors of WAIC per year), with sources."""
    with _session(db) as session:
        result = trend(session, name, predicate=predicate, by=by, kb=_kb())
        if as_json:
            _print_json(result.to_json())
        else:
            _print_trend(result)


def _print_profile(profile: EntityProfile) -> None:
    e = profile.entity
    console.print(
        f"[bold]{escape(e.name)}[/bold]  {e.id}  type={e.type}  country={e.country or '?'}", markup=True
    )
    console.print(f"aliases: {', '.join(e.aliases) or '-'}")
    for title, links in (
        ("owners", profile.owners),
        ("holdings", profile.holdings),
        ("products", profile.products),
    ):
        if links:
            console.print(f"{title}: " + ", ".join(f"{lk.other.name} ({lk.predicate.value})" for lk in links))
    if profile.events:
        table = Table(title="Events")
        for column in ("year", "event", "role", "negated", "sources"):
            table.add_column(column)
        for lk in profile.events:
            ev = lk.other.event
            _row(
                table,
                str(ev.year if ev else "?"),
                lk.other.name,
                lk.predicate.value,
                "yes" if lk.negated else "",
                ", ".join(sorted({x.source or "?" for x in lk.evidence})),
            )
        console.print(table)
    others = [
        lk
        for lk in profile.links
        if lk not in profile.events + profile.owners + profile.holdings + profile.products
    ]
    if others:
        console.print(
            "other relations: "
            + "; ".join(
                f"{'->' if lk.outgoing else '<-'} {lk.predicate.value} {lk.other.name}" for lk in others
            )
        )
    for s in profile.sanctions:
        console.print(f"sanctions ({s.kind}): {s.summary}")
    console.print("sources:")
    for _doc_id, source, doc_title, published in profile.sources:
        console.print(f"  {published or '-'}  {source}  {doc_title or ''}")
    if profile.others:
        console.print("also matching: " + ", ".join(f"{o.name} ({o.id})" for o in profile.others))


def entity(
    name: Annotated[str, typer.Argument(help="Entity id, name or alias, e.g. Huawei or org:sensetime.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """An entity's profile: aliases, country, owners, products, events by year and role, sanctions."""
    with _session(db) as session:
        profile = entity_profile(session, name)
        if as_json:
            _print_json(profile.to_json())
        else:
            _print_profile(profile)


def search_command(
    text: Annotated[
        str, typer.Argument(help="Words to find in document titles and texts and in entity names.")
    ],
    limit: Annotated[
        int, typer.Option("--limit", min=1, help="At most this many documents and entities.")
    ] = 20,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Find documents and entities."""
    with _session(db) as session:
        results = search(session, text, limit=limit)
        if as_json:
            _print_json(results.to_json())
            return
        docs = Table(title=f"Documents matching {text!r}")
        for column in ("published", "title", "snippet"):
            docs.add_column(column, overflow="fold")
        for d in results.documents:
            _row(docs, d.published or "-", d.title or d.source or d.doc_id, d.snippet)
        console.print(docs)
        ents = Table(title=f"Entities matching {text!r}")
        for column in ("id", "type", "name", "country", "aliases"):
            ents.add_column(column, overflow="fold")
        for n in results.entities:
            _row(ents, n.id, n.type, n.name, n.country or "-", ", ".join(n.aliases))
        console.print(ents)


def export_command(
    fmt: Annotated[
        ExportFormat, typer.Option("--format", help="jsonl (SCHEMA.md documents), csv (tables), graphml.")
    ],
    output: Annotated[
        Path, typer.Option("-o", "--output", help="File to write (a folder for csv).", show_default=False)
    ],
    db: DbOption = None,
) -> None:
    """Export the graph for other tools: JSON Lines, CSV tables or GraphML for Gephi."""
    with _session(db) as session:
        count = export(session, fmt, output)
    err_console.print(f"wrote {count} records to {output}")


entities_app = typer.Typer(help="Fix entity resolution by hand: merge two entities or split one apart.")


@entities_app.command("merge")
def merge_command(
    keep: Annotated[
        str, typer.Argument(help="Id of the entity that stays (e.g. org:alibaba-group-holding).")
    ],
    other: Annotated[str, typer.Argument(help="Id of the entity merged into it.")],
    reason: Annotated[str | None, typer.Option("--reason", help="Why: kept with the judgement.")] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Merge OTHER into KEEP: its names, mentions and claims move; the judgement is recorded."""
    with _session(db) as session:
        result = merge_entities(session, keep, other, reason=reason)
    if as_json:
        _print_json(result.to_json())
    else:
        console.print(f"merged {other} into {keep}: {result.summary}")


@entities_app.command("split")
def split_command(
    entity_id: Annotated[str, typer.Argument(help="Id of the entity to split.")],
    part: Annotated[
        str,
        typer.Argument(
            help="An entity merged into it earlier (undo the merge), or an extractor id whose mentions "
            "and claims should become their own entity (e.g. org:ant-group)."
        ),
    ],
    reason: Annotated[str | None, typer.Option("--reason", help="Why: kept with the judgement.")] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Split PART out of ENTITY_ID again, with its names, mentions and claims; the judgement is recorded."""
    with _session(db) as session:
        result = split_entity(session, entity_id, part, reason=reason)
    if as_json:
        _print_json(result.to_json())
    else:
        console.print(f"split {part} out of {entity_id}: {result.summary}")


def register(app: typer.Typer) -> None:
    """Add the query commands to the main app."""
    app.command("event")(event)
    app.command("trend")(trend_command)
    app.command("entity")(entity)
    app.command("search")(search_command)
    app.command("export")(export_command)
    app.add_typer(entities_app, name="entities")

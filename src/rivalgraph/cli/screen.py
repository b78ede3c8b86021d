"""`rivalgraph screen` and `rivalgraph lists load|show|diff`: sanctions screening and list versions."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table

from rivalgraph.cli._common import DbOption, JsonOption, err_console, print_json_lines, settings_for
from rivalgraph.errors import InputError
from rivalgraph.kb import KnowledgeBase
from rivalgraph.screen.model import EntryKind, Match, Query

if TYPE_CHECKING:
    from rivalgraph.screen.service import ScreenResult

__all__ = ["register"]

lists_app = typer.Typer(
    help="Load sanctions and export-control lists, show loaded versions, diff two versions.",
    no_args_is_help=True,
)


def _kb() -> KnowledgeBase:
    from rivalgraph.kb import load_kb

    return load_kb()


def _names(names: list[str], file: str | None) -> Iterator[str]:
    yield from (n for n in names if n.strip())
    if file is None:
        return
    if file == "-":
        lines: Iterator[str] = iter(sys.stdin)
    else:
        path = Path(file)
        if not path.is_file():
            raise InputError(
                f"cannot read names from {file}: no such file; give a text file, one name per line"
            )
        lines = iter(path.read_text(encoding="utf-8").splitlines())
    for line in lines:
        if line.strip():
            yield line.strip()


def _brief(match: Match) -> str:
    """The table's short reason: which form met which listed name, and the other copies of the list."""
    origin = str(match.details.get("query_form_origin", "query"))
    via = "" if origin == "query" else f" ({origin})"
    text = f"'{match.query_form}'{via} ~ '{match.alias}'"
    also = [f"{a['source']} {a['vintage'] or ''}".strip() for a in match.details.get("also_in", ())]
    if also:
        text += "; also in " + ", ".join(also)
    return text


def _summary_line(
    results: list[ScreenResult], screened: int, entries: int, vintages: Mapping[str, str | None]
) -> str:
    """One line of counts: what was screened against what, and what matched or was exposed."""
    matched = [r for r in results if r.matches]
    exposed = [r for r in results if r.exposures and not r.matches]
    listed = {(m.entry.list_code, m.entry.entry_id) for r in matched for m in r.matches}
    names = ", ".join(sorted({r.query.name for r in matched})) or "none"
    return (
        f"screened {screened} against {entries} entries of {len(vintages)} lists: {len(matched)} matched "
        f"{len(listed)} list entries ({names}); {len(exposed)} exposed through ownership"
    )


def _show_progress() -> bool:
    return sys.stderr.isatty()


def screen(
    names: Annotated[
        list[str] | None,
        typer.Argument(help="Names to screen (organizations or persons), in any script.", show_default=False),
    ] = None,
    file: Annotated[
        str | None,
        typer.Option(
            "--file", "-f", help="Read names from this file, one per line ('-' for standard input)."
        ),
    ] = None,
    all_entities: Annotated[
        bool,
        typer.Option(
            "--all",
            help="Screen every ORG and PERSON in the store and record matches as sanctioned_by claims.",
        ),
    ] = False,
    threshold: Annotated[
        float | None,
        typer.Option(
            "--threshold",
            min=0.0,
            max=1.0,
            help="Score a match needs (default $RIVALGRAPH_SCREEN_THRESHOLD, 0.85).",
        ),
    ] = None,
    country: Annotated[
        str | None,
        typer.Option("--country", help="ISO country code of the screened names, when known (e.g. CN)."),
    ] = None,
    kind: Annotated[
        str | None, typer.Option("--type", help="Entity type of the screened names: ORG or PERSON.")
    ] = None,
    summary: Annotated[
        bool,
        typer.Option("--summary", help="Print one line of counts instead of the table of matches."),
    ] = False,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Screen names (or the whole store) against the loaded lists; explain every match."""
    from rivalgraph.screen.service import open_context, screen_names, screen_store
    from rivalgraph.store.db import open_engine

    settings = settings_for(db)
    cutoff = settings.screen_threshold if threshold is None else threshold
    query_kind = EntryKind.UNKNOWN
    if kind:
        if kind.upper() not in ("ORG", "PERSON"):
            raise InputError(f"--type {kind!r} is not a screenable type; use ORG or PERSON")
        query_kind = EntryKind(kind.upper())
    countries = (country.upper(),) if country else ()
    if not all_entities and not names and file is None:
        raise InputError("nothing to screen: give NAMES, --file FILE (or '-'), or --all")
    engine = open_engine(settings.db_url)
    context = open_context(engine, kb=_kb())
    if all_entities:
        with Progress(
            SpinnerColumn(),
            TextColumn("screening"),
            BarColumn(),
            MofNCompleteColumn(),
            console=err_console,
            disable=not _show_progress(),
            transient=True,
        ) as progress:
            task = progress.add_task("screen", total=None)
            results = screen_store(
                engine,
                context,
                threshold=cutoff,
                progress=lambda n, total: progress.update(task, completed=n, total=total),
            )
        screened = len(results)
        results = [r for r in results if r.matches or r.exposures]
    else:
        queries = (Query(n, countries=countries, kind=query_kind) for n in _names(names or [], file))
        results = list(screen_names(context, queries, threshold=cutoff))
        screened = len(results)
    if summary:
        typer.echo(_summary_line(results, screened, len(context.index), context.vintages))
        return
    if as_json:
        print_json_lines(r.to_json() for r in results)
        return
    table = Table("query", "list (vintage)", "entry", "score", "listed on", "why (--json: in full)")
    for result in results:
        if not result.matches and not result.exposures:
            table.add_row(result.query.name, "-", "no match", "", "", "")
        for match in result.matches:
            vintage = context.vintages.get(match.entry.source)
            table.add_row(
                result.query.name,
                f"{match.entry.list_code}" + (f" ({vintage})" if vintage else ""),
                f"{match.entry.name} [{match.entry.entry_id}]",
                f"{match.score:.2f}",
                match.entry.listed_on or "",
                _brief(match),
            )
        for exposure in result.exposures:
            table.add_row(
                result.query.name,
                exposure.match.entry.list_code + (f" ({exposure.vintage})" if exposure.vintage else ""),
                f"{exposure.match.entry.name} [{exposure.match.entry.entry_id}]",
                "",
                exposure.match.entry.listed_on or "",
                "exposed: " + " -> ".join(s.owner_name for s in exposure.path),
            )
    from rich.console import Console

    Console().print(table)


def lists_load(
    paths: Annotated[
        list[Path], typer.Argument(help="List files or OFAC legacy CSV folders to load.", show_default=False)
    ],
    source: Annotated[
        str | None,
        typer.Option("--source", help="Record under this source name instead of the detected one."),
    ] = None,
    vintage: Annotated[
        str | None,
        typer.Option("--vintage", help="The list's date (YYYY-MM-DD) when the file name does not say."),
    ] = None,
    allow_truncated: Annotated[
        bool,
        typer.Option("--allow-truncated", help="Drop an incomplete last row instead of refusing the file."),
    ] = False,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Load list files as new versions (a file already loaded is a no-op; delistings are kept as history)."""
    from rivalgraph.screen.loaders import load_list
    from rivalgraph.screen.registry import record_list
    from rivalgraph.store.db import open_engine, transaction

    engine = open_engine(settings_for(db).db_url)
    # Parse everything first: a corrupt file refuses the whole command before anything is stored.
    parsed = [load_list(p, source=source, vintage=vintage, allow_truncated=allow_truncated) for p in paths]
    out = []
    for loaded in parsed:
        with transaction(engine) as session:
            result = record_list(session, loaded)
        out.append(result.version.to_json() | {"unchanged": result.unchanged})
    if as_json:
        print_json_lines(out)
        return
    for row in out:
        state = (
            "already loaded (no change)"
            if row["unchanged"]
            else (f"+{row['added']} added, {row['changed']} changed, -{row['removed']} removed")
        )
        typer.echo(
            f"{row['source']} v{row['id']} vintage {row['vintage']}: {row['entries']} entries; {state}"
        )


def lists_show(as_json: JsonOption = False, db: DbOption = None) -> None:
    """Show every loaded list version: source, vintage, checksum, counts."""
    from rivalgraph.screen.registry import list_versions
    from rivalgraph.store.db import open_engine, transaction

    engine = open_engine(settings_for(db).db_url)
    with transaction(engine) as session:
        versions = list_versions(session)
    if as_json:
        print_json_lines(v.to_json() for v in versions)
        return
    if not versions:
        typer.echo(
            "no list loaded yet: `rivalgraph lists load PATH` (screen loads the bundled lists on first use)"
        )
        return
    table = Table("id", "source", "vintage", "entries", "added", "changed", "removed", "sha256", "path")
    for v in versions:
        table.add_row(
            str(v.id),
            v.source,
            v.vintage or "",
            str(v.entry_count),
            str(v.added),
            str(v.changed),
            str(v.removed),
            v.sha256[:12],
            v.path,
        )
    from rich.console import Console

    Console().print(table)


def lists_diff(
    old: Annotated[str, typer.Argument(help="Older list file/folder, or a version id from `lists show`.")],
    new: Annotated[str, typer.Argument(help="Newer list file/folder, or a version id from `lists show`.")],
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Entries added, removed and changed between two list files or two loaded versions."""
    from rivalgraph.screen.loaders import load_list
    from rivalgraph.screen.registry import diff_lists, diff_versions

    if old.isdigit() and new.isdigit():
        from rivalgraph.store.db import open_engine, transaction

        engine = open_engine(settings_for(db).db_url)
        with transaction(engine) as session:
            diff = diff_versions(session, int(old), int(new))
    else:
        diff = diff_lists(
            load_list(old, allow_truncated=True).entries, load_list(new, allow_truncated=True).entries
        )
    if as_json:
        print_json_lines([diff.to_json()])
        return
    for label, ids in (("added", diff.added), ("removed", diff.removed), ("changed", diff.changed)):
        typer.echo(f"{label}: {len(ids)}")
        for entry_id in ids[:50]:
            typer.echo(f"  {entry_id}  {diff.names.get(entry_id, '')}")
        if len(ids) > 50:
            typer.echo(f"  ... and {len(ids) - 50} more (use --json for all)")


def register(app: typer.Typer) -> None:
    """Add `screen` and the `lists` group to the app."""
    app.command("screen")(screen)
    lists_app.command("load")(lists_load)
    lists_app.command("show")(lists_show)
    lists_app.command("diff")(lists_diff)
    app.add_typer(lists_app, name="lists")

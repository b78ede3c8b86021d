"""`rivalgraph brief event|entity`: write a cited brief (Markdown, HTML, PDF or JSON) from the store."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy.orm import Session

from rivalgraph.briefs import (
    Brief,
    build_entity_brief,
    build_event_brief,
    render_html,
    render_markdown,
    render_pdf,
)
from rivalgraph.briefs.render import brief_to_json
from rivalgraph.cli._common import DbOption, JsonOption, err_console, settings_for
from rivalgraph.errors import InputError
from rivalgraph.store.db import open_engine, transaction

__all__ = ["register"]


class BriefFormat(StrEnum):
    """Output formats of a brief."""

    MD = "md"
    HTML = "html"
    PDF = "pdf"
    JSON = "json"


_SUFFIXES = {
    ".md": BriefFormat.MD,
    ".html": BriefFormat.HTML,
    ".htm": BriefFormat.HTML,
    ".pdf": BriefFormat.PDF,
}

brief_app = typer.Typer(
    help="Write a short article from the graph about an event edition or an entity; every sentence "
    "is footnoted with the document sentence (or sanctions-list entry) behind it.",
    no_args_is_help=True,
)

FormatOption = Annotated[
    BriefFormat | None,
    typer.Option(
        "--format",
        "-f",
        help="md, html (one self-contained file), pdf or json. Default: from the -o suffix, else md.",
        show_default=False,
    ),
]
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Write to this file (Markdown also gets its charts as SVG files beside it). Default: stdout.",
        show_default=False,
    ),
]


@contextmanager
def _session(db: str | None) -> Iterator[Session]:
    engine = open_engine(settings_for(db).db_url)
    try:
        with transaction(engine) as session:
            yield session
    finally:
        engine.dispose()


def _format(fmt: BriefFormat | None, output: Path | None, as_json: bool) -> BriefFormat:
    if as_json:
        return BriefFormat.JSON
    if fmt is not None:
        return fmt
    if output is not None:
        return _SUFFIXES.get(output.suffix.lower(), BriefFormat.MD)
    return BriefFormat.MD


def _write(brief: Brief, fmt: BriefFormat, output: Path | None) -> None:
    if fmt is BriefFormat.PDF:
        if output is None and sys.stdout.isatty():
            raise InputError("a PDF brief is binary: pass -o FILE.pdf, or pipe stdout to a file")
        data = render_pdf(brief)
        if output is None:
            sys.stdout.buffer.write(data)
        else:
            output.write_bytes(data)
    else:
        text = _render_text(brief, fmt, output)
        if output is None:
            sys.stdout.write(text)
        else:
            output.write_text(text, encoding="utf-8")
    if output is not None:
        err_console.print(f"wrote {output}")


def _render_text(brief: Brief, fmt: BriefFormat, output: Path | None) -> str:
    if fmt is BriefFormat.HTML:
        return render_html(brief)
    if fmt is BriefFormat.JSON:
        return json.dumps(brief_to_json(brief), ensure_ascii=False, indent=2) + "\n"
    links: dict[str, str] = {}
    if output is not None:
        for section in brief.sections:
            for chart in section.charts:
                image = output.with_name(f"{output.stem}-{chart.id}.svg")
                image.write_text(chart.svg, encoding="utf-8")
                links[chart.id] = image.name
    return render_markdown(brief, image_links=links)


def _run(build: Callable[[Session], Brief], db: str | None, fmt: BriefFormat, output: Path | None) -> None:
    if output is not None and not output.parent.exists():
        raise InputError(f"cannot write {output}: folder {output.parent} does not exist; create it first")
    with _session(db) as session:
        brief = build(session)
    _write(brief, fmt, output)


@brief_app.command("event")
def event_brief(
    name: Annotated[str, typer.Argument(help="Event series name or alias, e.g. WAIC (or 'WAIC 2023').")],
    year: Annotated[
        int | None,
        typer.Option("--year", "-y", help="Edition year (unless NAME ends with it).", show_default=False),
    ] = None,
    fmt: FormatOption = None,
    output: OutputOption = None,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Brief on one event edition: who takes part by role and country, sanctioned participants,
    absentees, change against earlier editions, figures reported by sources."""
    _run(lambda s: build_event_brief(s, name, year), db, _format(fmt, output, as_json), output)


@brief_app.command("entity")
def entity_brief(
    name: Annotated[
        str, typer.Argument(help="Entity id, name or alias, e.g. Huawei or org:huawei-technologies.")
    ],
    fmt: FormatOption = None,
    output: OutputOption = None,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Brief on one organization or person: country, sanctions, event roles by edition, ties."""
    _run(lambda s: build_entity_brief(s, name), db, _format(fmt, output, as_json), output)


def register(app: typer.Typer) -> None:
    """Add `brief event` and `brief entity` to the main app."""
    app.add_typer(brief_app, name="brief")

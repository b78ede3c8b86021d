"""`rivalgraph extract`: print the facts of documents as SCHEMA.md JSON Lines, without a store."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table

from rivalgraph.clean import clean_document, parse_iso_date
from rivalgraph.cli._common import err_console, print_json_lines
from rivalgraph.errors import InputError
from rivalgraph.ingest import IngestFailure, IngestOptions, read_inputs
from rivalgraph.model import Document

__all__ = ["register"]


def _documents(inputs: list[str], options: IngestOptions, failures: list[str]) -> Iterator[Document]:
    for item in read_inputs(inputs, options=options):
        if isinstance(item, IngestFailure):
            failures.append(item.line())
            continue
        try:
            yield clean_document(item)
        except InputError as e:
            failures.append(e.message)


def extract(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Files, folders (.txt/.html/.jsonl), http(s) URLs, or '-' for standard input.",
            show_default=False,
        ),
    ],
    as_json: Annotated[
        bool,
        typer.Option("--json", help="Print one SCHEMA.md document object per line (the default output)."),
    ] = True,
    published: Annotated[
        str | None,
        typer.Option(
            "--published",
            help="Publication date YYYY-MM-DD for documents that carry none (sets the default edition year).",
            show_default=False,
        ),
    ] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Documents per spaCy batch.", min=1)] = 32,
) -> None:
    """Extract entities, event editions, relations and quantities; print JSON Lines to stdout."""
    from rivalgraph.extract import ExtractOptions, Extractor

    options = IngestOptions(published=parse_iso_date(published) if published else None)
    extractor = Extractor.load(options=ExtractOptions(batch_size=batch_size))
    failures: list[str] = []
    docs = _documents(inputs, options, failures)
    show = sys.stderr.isatty() and not sys.stdout.isatty()
    with Progress(
        SpinnerColumn(),
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err_console,
        disable=not show,
        transient=True,
    ) as progress:
        task = progress.add_task("extract", total=None)
        table = Table(title="Extracted documents")
        for column in ("source", "entities", "events", "relations", "quantities"):
            table.add_column(column, justify="left" if column == "source" else "right")
        for doc in extractor.pipe(docs):
            if as_json:
                print_json_lines([doc.to_json()])
            else:
                counts = (doc.entities, doc.events, doc.relations, doc.quantities)
                table.add_row(doc.source or doc.doc_id[:12], *(str(len(c)) for c in counts))
            progress.advance(task)
    if not as_json:
        Console().print(table)
    for line in failures:
        err_console.print(f"skipped: {line}", markup=False)


def register(app: typer.Typer) -> None:
    """Add the `extract` command to the app."""
    app.command("extract")(extract)

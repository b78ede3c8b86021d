"""`rivalgraph ingest`, `load-shards` and `documents`: put documents into the store, list them."""

from __future__ import annotations

import importlib
import importlib.util
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import sqlalchemy as sa
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table

from rivalgraph.batch import IngestReport, run_ingest
from rivalgraph.batch.load import load_shards
from rivalgraph.batch.pipeline import Extractor
from rivalgraph.clean import parse_iso_date
from rivalgraph.cli._common import DbOption, JsonOption, err_console, settings_for
from rivalgraph.cli._ray_options import with_ray_engine
from rivalgraph.ingest import IngestOptions
from rivalgraph.model import SpanLabel
from rivalgraph.store.db import open_engine, transaction
from rivalgraph.store.tables import DocumentRow, SpanRow

__all__ = ["register"]


def _load_extractor() -> Extractor | None:
    """The fact extractor when `rivalgraph.extract` is installed, else None (store documents only)."""
    if importlib.util.find_spec("rivalgraph.extract") is None:
        return None
    module = importlib.import_module("rivalgraph.extract")
    # While the extract package is being written it may not export its Extractor yet.
    factory = getattr(module, "Extractor", None)
    if factory is None:
        return None
    loaded: Extractor = factory.load()
    return loaded


def _print_report(report: IngestReport, console: Console) -> None:
    table = Table(title="Ingested documents", show_lines=False)
    for column in ("status", "published", "title", "chars", "captions"):
        table.add_column(column, justify="right" if column in {"chars", "captions"} else "left")
    if report.extracted:
        table.add_column("entities", justify="right")
        table.add_column("relations", justify="right")
    for doc in report.documents:
        row = [doc.status.value, doc.published or "-", (doc.title or doc.source)[:70], str(doc.chars)]
        row.append(str(doc.captions))
        if report.extracted:
            row += [str(doc.entities), str(doc.relations)]
        table.add_row(*row)
    console.print(table)
    console.print(f"{report.stored} stored, {report.skipped} already stored, {len(report.failures)} failed")


def ingest(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Files, folders (searched recursively for .txt/.html/.jsonl), http(s) URLs of pages "
            "or RSS/Atom feeds, or '-' for standard input.",
            show_default=False,
        ),
    ],
    db: DbOption = None,
    published: Annotated[
        str | None,
        typer.Option(
            "--published",
            help="Publication date YYYY-MM-DD of these documents (wins over dates found in them).",
            show_default=False,
        ),
    ] = None,
    allow_private: Annotated[
        bool,
        typer.Option(
            "--allow-private",
            help="Allow fetching URLs on private, loopback or link-local addresses (refused by default).",
        ),
    ] = False,
    no_extract: Annotated[
        bool, typer.Option("--no-extract", help="Store the cleaned documents without extracting facts.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Read, clean, extract and store documents; re-ingesting the same text changes nothing."""
    settings = settings_for(db)
    options = IngestOptions(
        published=parse_iso_date(published) if published else None,
        allow_private=allow_private or settings.allow_private_urls,
        max_bytes=settings.max_document_bytes,
        timeout_s=settings.fetch_timeout_s,
    )
    extractor = None if no_extract else _load_extractor()
    with _progress_bar(show=err_console.is_terminal and not as_json) as progress:
        report = run_ingest(
            inputs, settings=settings, options=options, progress=progress("ingesting"), extractor=extractor
        )
    _finish(report, as_json=as_json)


@contextmanager
def _progress_bar(*, show: bool) -> Iterator[Callable[[str], Callable[[int, str], None]]]:
    """A transient bar on stderr; yields a factory of progress callbacks for one task each."""
    with Progress(
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err_console,
        transient=True,
        disable=not show,
    ) as bar:

        def callback(verb: str) -> Callable[[int, str], None]:
            task = bar.add_task(verb, total=None)

            def update(done: int, source: str) -> None:
                bar.update(task, completed=done, description=f"{verb} {source[-50:]}")

            return update

        yield callback


def _finish(report: IngestReport, *, as_json: bool) -> None:
    """Failures on stderr, the report on stdout; exit code 1 when any input failed."""
    for failure in report.failures:
        err_console.print(f"failed: {failure.line()}", markup=False, highlight=False)
    if as_json:
        sys.stdout.write(json.dumps(report.to_json(), ensure_ascii=False) + "\n")
    else:
        _print_report(report, Console(highlight=False))
    if not report.ok:
        raise typer.Exit(code=1)


def load_shards_command(
    folders: Annotated[
        list[Path],
        typer.Argument(
            help="Shard folders written by `ingest --engine ray --output DIR` (JSON Lines or Parquet).",
            show_default=False,
        ),
    ],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Store the extracted documents of shard folders without extracting again; re-runs change nothing."""
    with _progress_bar(show=err_console.is_terminal and not as_json) as progress:
        report = load_shards(folders, settings=settings_for(db), progress=progress("loading"))
    _finish(report, as_json=as_json)


def documents(db: DbOption = None, as_json: JsonOption = False) -> None:
    """List the stored documents: date, title, source, text length and captions."""
    engine = open_engine(settings_for(db).db_url)
    captions = (
        sa.select(SpanRow.doc_id, sa.func.count().label("n"))
        .where(SpanRow.label == SpanLabel.CAPTION.value)
        .group_by(SpanRow.doc_id)
        .subquery()
    )
    query = (
        sa.select(
            DocumentRow.doc_id,
            DocumentRow.published,
            DocumentRow.title,
            DocumentRow.source,
            sa.func.length(DocumentRow.text),
            sa.func.coalesce(captions.c.n, 0),
        )
        .outerjoin(captions, captions.c.doc_id == DocumentRow.doc_id)
        .order_by(DocumentRow.published, DocumentRow.doc_id)
    )
    with transaction(engine) as session:
        rows = [
            {
                "doc_id": doc_id,
                "published": day,
                "title": title,
                "source": source,
                "chars": int(chars or 0),
                "captions": int(count),
            }
            for doc_id, day, title, source, chars, count in session.execute(query)
        ]
    engine.dispose()
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    table = Table(title=f"{len(rows)} stored documents")
    for column in ("published", "title", "chars", "captions", "doc_id"):
        table.add_column(column, justify="right" if column in {"chars", "captions"} else "left")
    for row in rows:
        table.add_row(
            str(row["published"] or "-"),
            str(row["title"] or row["source"])[:70],
            str(row["chars"]),
            str(row["captions"]),
            str(row["doc_id"])[:12],
        )
    Console(highlight=False).print(table)


def register(app: typer.Typer) -> None:
    """Add the ingest, load-shards and documents commands."""
    app.command("ingest")(with_ray_engine(ingest))  # --engine ray: rivalgraph.cli._ray_options
    app.command("load-shards")(load_shards_command)
    app.command("documents")(documents)

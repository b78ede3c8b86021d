"""`rivalgraph ingest --engine ray`: the ingest command, given Ray options, runs on the Ray engine.

`with_ray_engine(ingest)` returns the ingest command with --engine, --address, --workers,
--output and --format added; `--engine local` (the default) calls the command unchanged, so
registering the wrapped command is the only change the CLI needs. A Ray run shows documents
done, failed and per second while it runs, and ends with one summary line (or the report as
JSON with --json); it exits 1 when an input failed, as the local engine does.
"""

from __future__ import annotations

import functools
import inspect
import json
import sys
import typing
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from rivalgraph.batch.ray_engine import ProgressCallback, RayOptions, RayProgress, RayReport, run_ray_ingest
from rivalgraph.batch.shards import ShardFormat
from rivalgraph.clean import parse_iso_date
from rivalgraph.errors import ConfigError
from rivalgraph.ingest import IngestOptions
from rivalgraph.settings import load_settings

__all__ = ["Engine", "ray_progress", "with_ray_engine"]


class Engine(StrEnum):
    """Where `ingest` runs."""

    LOCAL = "local"
    RAY = "ray"


EngineOption = Annotated[
    Engine,
    typer.Option(
        "--engine",
        help="Where to run: 'local' (this process, one document at a time) or 'ray' (Ray Data workers "
        "on every core of this machine, or on a cluster with --address; needs the ray extra).",
    ),
]
AddressOption = Annotated[
    str | None,
    typer.Option(
        "--address",
        help="With --engine ray: the Ray cluster, 'auto' (the one this machine joined with `ray start`) "
        "or ray://HOST:10001. Default: a local Ray on this machine's cores.",
        show_default=False,
    ),
]
WorkersOption = Annotated[
    int | None,
    typer.Option(
        "--workers",
        min=1,
        help="With --engine ray: extraction workers, each loading the model once. Default: one per CPU.",
        show_default=False,
    ),
]
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        help="With --engine ray: write the documents and facts as SCHEMA.md shards into this folder "
        "instead of the store; load them later with `rivalgraph load-shards DIR`.",
        show_default=False,
    ),
]
BatchOption = Annotated[
    int,
    typer.Option(
        "--batch-size",
        min=1,
        help="With --engine ray: documents per worker call and per shard (larger: fewer, bigger shards).",
    ),
]
FormatOption = Annotated[
    ShardFormat, typer.Option("--format", help="With --output: shard format, jsonl or parquet.")
]

_RAY_PARAMS = (
    inspect.Parameter(
        "engine", inspect.Parameter.KEYWORD_ONLY, default=Engine.LOCAL, annotation=EngineOption
    ),
    inspect.Parameter("address", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=AddressOption),
    inspect.Parameter("workers", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=WorkersOption),
    inspect.Parameter("output", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=OutputOption),
    inspect.Parameter(
        "shard_format", inspect.Parameter.KEYWORD_ONLY, default=ShardFormat.JSONL, annotation=FormatOption
    ),
    inspect.Parameter(
        "batch_size", inspect.Parameter.KEYWORD_ONLY, default=RayOptions().batch_size, annotation=BatchOption
    ),
)


@contextmanager
def ray_progress(console: Console, *, enabled: bool) -> Iterator[ProgressCallback]:
    """A live line 'N done, M failed, R docs/s on W workers' fed as batches complete."""
    columns = (
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        TextColumn("{task.completed} done, {task.fields[failed]} failed, {task.fields[rate]:.1f} docs/s"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=True, disable=not enabled) as bar:
        task = bar.add_task("starting Ray", total=None, failed=0, rate=0.0)

        def update(tick: RayProgress) -> None:
            bar.update(
                task,
                completed=tick.done,
                failed=tick.failed,
                rate=tick.per_second,
                description=f"ingesting on {tick.workers} Ray workers",
            )

        yield update


def _summary(report: RayReport, output: Path | None) -> str:
    where = f"written to {output}" if output is not None else "stored"
    already = "already there" if output is not None else "already stored"
    line = (
        f"{report.stored} {where}, {report.skipped} {already}, {len(report.failures)} failed "
        f"in {report.elapsed_s:.1f} s ({report.per_second:.1f} documents/s on {report.workers} workers)"
    )
    return line + (f"; store them with: rivalgraph load-shards {output}" if output is not None else "")


def _ingest_on_ray(values: dict[str, Any], *, address: str | None, workers: int | None, **kw: Any) -> None:
    """The ingest command's work on the Ray engine, from the command's own option values."""
    settings = load_settings(db_url=values.get("db"))
    published = values.get("published")
    ingest_options = IngestOptions(
        published=parse_iso_date(published) if published else None,
        allow_private=bool(values.get("allow_private")) or settings.allow_private_urls,
        max_bytes=settings.max_document_bytes,
        timeout_s=settings.fetch_timeout_s,
    )
    output: Path | None = kw["output"]
    options = RayOptions(
        address=address,
        workers=workers,
        extract=not values.get("no_extract", False),
        output=output,
        output_format=kw["shard_format"],
        batch_size=kw["batch_size"],
    )
    as_json = bool(values.get("as_json"))
    console = Console(stderr=True, highlight=False)
    with ray_progress(console, enabled=console.is_terminal and not as_json) as progress:
        report = run_ray_ingest(
            values["inputs"],
            settings=settings,
            options=options,
            ingest_options=ingest_options,
            progress=progress,
            keep_documents=as_json,  # the summary needs counts only; millions of outcomes stay out
        )
    for failure in report.failures:
        console.print(f"failed: {failure.line()}", markup=False, highlight=False)
    if as_json:
        sys.stdout.write(json.dumps(report.to_json(), ensure_ascii=False) + "\n")
    else:
        typer.echo(_summary(report, output))
    if not report.ok:
        raise typer.Exit(code=1)


def with_ray_engine(command: Callable[..., None]) -> Callable[..., None]:
    """The ingest command with the Ray engine's options added."""
    signature = inspect.signature(command, eval_str=True)
    hints = typing.get_type_hints(command, include_extras=True)
    params = [p.replace(annotation=hints.get(p.name, p.annotation)) for p in signature.parameters.values()]
    params += _RAY_PARAMS

    @functools.wraps(command)
    def wrapped(
        *,
        engine: Engine,
        address: str | None,
        workers: int | None,
        output: Path | None,
        shard_format: ShardFormat,
        batch_size: int,
        **values: Any,
    ) -> None:
        if engine == Engine.LOCAL:
            given = [
                n for n, v in (("--address", address), ("--workers", workers), ("--output", output)) if v
            ]
            if given:
                raise ConfigError(
                    f"{', '.join(given)} only apply with --engine ray; add it or leave them out"
                )
            command(**values)
            return
        _ingest_on_ray(
            values,
            address=address,
            workers=workers,
            output=output,
            shard_format=shard_format,
            batch_size=batch_size,
        )

    del wrapped.__wrapped__  # Typer must read the new signature, not the wrapped command's
    wrapped.__signature__ = signature.replace(parameters=params)  # type: ignore[attr-defined]
    wrapped.__annotations__ = {p.name: p.annotation for p in params} | {"return": None}
    return wrapped

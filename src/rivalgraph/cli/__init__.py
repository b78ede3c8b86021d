"""The `rivalgraph` command line: drivers only, each command module owns its commands.

Every module named in `_COMMAND_MODULES` exposes `register(app)`. User-facing errors
(`RivalgraphError`) become one line on stderr and exit code 1, never a traceback.
"""

from __future__ import annotations

import importlib
import sys

import typer

from rivalgraph.errors import RivalgraphError

__all__ = ["app", "main"]

app = typer.Typer(
    name="rivalgraph",
    help=(
        "Turn news about the AI industry into an evidence-backed knowledge graph of the "
        "US-China technology rivalry: ingest documents, extract facts with the sentence "
        "that proves each one, screen organizations against sanctions lists, and ask "
        "who sponsored, attended or stayed away from an event, year by year."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# One module per group of commands; each adds its commands to `app` in `register`.
_COMMAND_MODULES: tuple[str, ...] = (
    "rivalgraph.cli.brief",
    "rivalgraph.cli.extract",
    "rivalgraph.cli.ingest",
    "rivalgraph.cli.query",
    "rivalgraph.cli.screen",
    "rivalgraph.cli.serve",
)

for _name in _COMMAND_MODULES:
    importlib.import_module(_name).register(app)


def main() -> None:
    """Console entry point: run the app, turning user errors into one clear line."""
    try:
        app(standalone_mode=True)
    except RivalgraphError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        sys.exit(1)

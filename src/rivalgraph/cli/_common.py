"""Options and output helpers shared by the command modules."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import Annotated, Any

import typer
from rich.console import Console

from rivalgraph.settings import Settings, load_settings

__all__ = ["DbOption", "JsonOption", "err_console", "print_json_lines", "settings_for"]

# soft_wrap: a failure is one line naming the input and the reason, never folded at the terminal width.
err_console = Console(stderr=True, highlight=False, soft_wrap=True)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Store URL: sqlite:///PATH or postgresql+psycopg://USER:PW@HOST/DB. "
        "Defaults to $RIVALGRAPH_DB, else a SQLite file in the user data directory.",
        show_default=False,
    ),
]

JsonOption = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON instead of a table.")]


def settings_for(db: str | None) -> Settings:
    """Settings with the --db option applied."""
    return load_settings(db_url=db)


def print_json_lines(objects: Iterable[Any]) -> None:
    """Write one compact JSON object per line to stdout (pipes into jq, score.py, ...)."""
    for obj in objects:
        sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()

"""`rivalgraph serve`: the JSON API and the analyst dashboard on the configured store."""

from __future__ import annotations

import importlib
import importlib.util
from typing import Annotated

import typer

from rivalgraph.cli._common import DbOption, err_console, settings_for

__all__ = ["register"]


def _load_extractor() -> object | None:
    """The fact extractor when `rivalgraph.extract` provides one, else None (no facts for POSTs)."""
    if importlib.util.find_spec("rivalgraph.extract") is None:
        return None
    factory = getattr(importlib.import_module("rivalgraph.extract"), "Extractor", None)
    return None if factory is None else factory.load()


def serve(
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on; keep 127.0.0.1 unless a proxy fronts it.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port to listen on.")] = 8000,
    db: DbOption = None,
    extract: Annotated[
        bool,
        typer.Option(
            "--extract/--no-extract",
            help="Load the spaCy extractor so documents POSTed to the API get their facts (slower start).",
        ),
    ] = True,
) -> None:
    """Serve the REST API (OpenAPI at /docs) and the dashboard; writes need RIVALGRAPH_API_TOKEN."""
    import uvicorn

    from rivalgraph.api import create_app

    settings = settings_for(db)
    extractor = _load_extractor() if extract else None
    app = create_app(settings, extractor=extractor)  # type: ignore[arg-type]
    if settings.api_token is None:
        err_console.print("note: RIVALGRAPH_API_TOKEN is not set, so the API refuses every write (403)")
    err_console.print(f"rivalgraph on http://{host}:{port}/  (API docs at /docs, store {settings.db_url})")
    uvicorn.run(app, host=host, port=port, log_level="info", access_log=False)


def register(app: typer.Typer) -> None:
    """Add `serve` to the command line."""
    app.command("serve")(serve)

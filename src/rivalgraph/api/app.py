"""The FastAPI application: JSON API under /api, the dashboard at /, OpenAPI at /docs.

Invariant: one store engine per app, opened (and migrated) when the app is created, so a
bad store URL fails at start with a clear message rather than on the first request.
"""

from __future__ import annotations

import logging
from pathlib import Path

from fastapi import Depends, FastAPI
from fastapi.staticfiles import StaticFiles
from sqlalchemy.engine import Engine

from rivalgraph.api.errors import install_error_handlers
from rivalgraph.api.security import BodyLimitMiddleware, SecurityHeadersMiddleware, require_read
from rivalgraph.batch.pipeline import Extractor
from rivalgraph.errors import ConfigError
from rivalgraph.settings import Settings, load_settings
from rivalgraph.store.db import open_engine

__all__ = ["create_app"]

log = logging.getLogger("rivalgraph.api")

STATIC = Path(__file__).parents[1] / "web" / "static"
# Room for form/JSON framing around a document of the maximum size.
_BODY_OVERHEAD = 64_000


def create_app(
    settings: Settings | None = None, *, engine: Engine | None = None, extractor: Extractor | None = None
) -> FastAPI:
    """A ready app on the configured store (embedded SQLite unless RIVALGRAPH_DB says otherwise)."""
    settings = settings or load_settings()
    if settings.read_token_required and settings.api_token is None:
        raise ConfigError(
            "RIVALGRAPH_READ_TOKEN_REQUIRED is set but RIVALGRAPH_API_TOKEN is not: "
            "set a token, or unset RIVALGRAPH_READ_TOKEN_REQUIRED to leave reads open"
        )
    # Imported here so that `import rivalgraph.api` stays light for the CLI's --help.
    from rivalgraph.api.routes import documents, graph, screen
    from rivalgraph.web import pages

    app = FastAPI(
        title="rivalgraph",
        version="1",
        summary="Evidence-backed knowledge graph of the US-China technology rivalry.",
        description=(
            "Documents, entities, events, relations (each with the sentence that proves it), "
            "search, trends and sanctions screening. Reads are open unless the server sets "
            "RIVALGRAPH_READ_TOKEN_REQUIRED; writes need `Authorization: Bearer $RIVALGRAPH_API_TOKEN`."
        ),
        docs_url=None,  # served by the dashboard from vendored files (see web/pages.py)
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.settings = settings
    app.state.engine = engine or open_engine(settings.db_url)
    app.state.extractor = extractor
    install_error_handlers(app)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_document_bytes + _BODY_OVERHEAD)
    app.add_middleware(SecurityHeadersMiddleware)

    read = [Depends(require_read)]
    app.include_router(documents.router, prefix="/api", dependencies=read)
    app.include_router(graph.router, prefix="/api", dependencies=read)
    app.include_router(screen.router, prefix="/api", dependencies=read)
    app.include_router(pages.router, dependencies=read, include_in_schema=False)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app

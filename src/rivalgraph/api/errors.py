"""One table from error class to HTTP status, and the handlers that turn errors into `{"detail": ...}`.

Invariant: every error response of the JSON API is `{"detail": <message>}` (validation
errors keep FastAPI's list of problems under `detail`); 5xx responses are logged with a
traceback and never leak it to the client. Dashboard pages get the same message as HTML.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from rivalgraph.errors import (
    ConfigError,
    FetchError,
    InputError,
    ListFormatError,
    NotFoundError,
    RivalgraphError,
    StoreError,
)

__all__ = ["STATUS_BY_ERROR", "install_error_handlers", "status_for"]

log = logging.getLogger("rivalgraph.api")

#: HTTP status per user-facing error class; the most specific class in the MRO wins.
STATUS_BY_ERROR: Mapping[type[RivalgraphError], int] = {
    NotFoundError: 404,
    FetchError: 422,
    ListFormatError: 422,
    InputError: 422,
    StoreError: 503,
    ConfigError: 500,
    RivalgraphError: 400,
}


def status_for(exc: RivalgraphError) -> int:
    """The status of an error: one given when it was raised, else the table's."""
    if "status" in vars(exc):
        return int(exc.status)
    for cls in type(exc).__mro__:
        if cls in STATUS_BY_ERROR:
            return STATUS_BY_ERROR[cls]  # type: ignore[index]
    return 400


def _wants_html(request: Request) -> bool:
    path = request.url.path
    if path.startswith("/api") or path.startswith("/docs") or path == "/openapi.json":
        return False
    return "text/html" in request.headers.get("accept", "")


def _respond(
    request: Request, status: int, detail: object, headers: Mapping[str, str] | None = None
) -> Response:
    if _wants_html(request) and isinstance(detail, str):
        # Imported here: the web package depends on the API package, not the reverse.
        from rivalgraph.web.render import render_error

        return render_error(request, status=status, message=detail)
    return JSONResponse({"detail": detail}, status_code=status, headers=dict(headers or {}))


async def _rivalgraph_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RivalgraphError)  # registered for this class only
    status = status_for(exc)
    if status >= 500:
        log.error("%s %s failed: %s", request.method, request.url.path, exc.message, exc_info=exc)
    return _respond(request, status, exc.message)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    return _respond(request, exc.status_code, exc.detail, exc.headers)


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
        for e in exc.errors()
    ]
    if _wants_html(request):
        text = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in errors)
        return _respond(request, 422, f"invalid request: {text}")
    return JSONResponse({"detail": errors}, status_code=422)


async def _server_error(request: Request, exc: Exception) -> Response:
    log.error("%s %s crashed", request.method, request.url.path, exc_info=exc)
    return _respond(request, 500, "internal server error: the server log has the traceback")


def install_error_handlers(app: FastAPI) -> None:
    """Register the handler table on `app`."""
    app.add_exception_handler(RivalgraphError, _rivalgraph_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _server_error)

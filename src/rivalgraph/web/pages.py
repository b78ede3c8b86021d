"""Dashboard pages: server-rendered HTML over the same readers as the JSON API."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from rivalgraph.api import readers
from rivalgraph.api.deps import Paging, SessionDep, engine_of
from rivalgraph.api.ingesting import Submission, ingest_submission
from rivalgraph.api.security import check_csrf, check_write_token, settings_of
from rivalgraph.web.render import doc_url, env, render

__all__ = ["router"]

router = APIRouter()


@router.get("/docs", response_class=HTMLResponse)
def api_docs() -> HTMLResponse:
    """Swagger UI for /openapi.json, from the app's own static files."""
    return HTMLResponse(env.get_template("docs.html").render())


@router.get("/documents", response_class=HTMLResponse)
def documents_page(
    request: Request,
    session: SessionDep,
    q: Annotated[str | None, Query(max_length=200)] = None,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> HTMLResponse:
    """Stored documents, newest first, with the ingest form."""
    page = Paging(limit=50, offset=offset)
    items, total = readers.list_documents(session, q=q, since=None, until=None, page=page)
    return render(request, "documents.html", documents=items, total=total, page=page, query=q or "")


@router.post("/documents", response_class=HTMLResponse, dependencies=[Depends(check_csrf)])
def ingest_form(
    request: Request,
    token: Annotated[str, Form(max_length=500)] = "",
    text: Annotated[str, Form()] = "",
    url: Annotated[str, Form(max_length=2000)] = "",
    title: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    """Ingest from the dashboard form: the API token is typed in the form, CSRF-checked."""
    from fastapi.security import HTTPAuthorizationCredentials

    settings = settings_of(request)
    credentials = HTTPAuthorizationCredentials(scheme="Bearer", credentials=token) if token else None
    check_write_token(settings, credentials)
    outcomes = ingest_submission(
        Submission(text=text or None, url=url or None, title=title or None),
        engine=engine_of(request),
        settings=settings,
        extractor=readers.extractor_of(request.app),
    )
    return RedirectResponse(doc_url(outcomes[0].doc_id), status_code=303)

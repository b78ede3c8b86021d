"""Dashboard pages: server-rendered HTML over the same readers as the JSON API."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from rivalgraph.analysis import GroupBy, entity_profile, search, trend
from rivalgraph.analysis.events import Participant
from rivalgraph.api import readers
from rivalgraph.api.deps import Paging, SessionDep, engine_of
from rivalgraph.api.ingesting import Submission, ingest_submission
from rivalgraph.api.security import check_csrf, check_write_token, settings_of
from rivalgraph.model import Predicate
from rivalgraph.web import views
from rivalgraph.web.render import doc_url, entity_url, env, render

__all__ = ["router"]

router = APIRouter()

TREND_ROLES = ("sponsors", "exhibits_at", "attends", "speaks_at", "absent_from", "organizes")


@router.get("/", response_class=HTMLResponse)
def home(request: Request, session: SessionDep) -> HTMLResponse:
    """Recent documents, newest sanctions-list matches, and the stored event editions."""
    docs, total = readers.list_documents(session, q=None, since=None, until=None, page=Paging(10, 0))
    return render(
        request,
        "home.html",
        documents=docs,
        total_documents=total,
        matches=readers.newest_list_matches(session, limit=10),
        events=readers.list_events(session)[:20],
    )


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, session: SessionDep) -> HTMLResponse:
    """Every stored event edition."""
    return render(request, "events.html", events=readers.list_events(session))


@router.get("/events/select")
def select_edition(
    request: Request, edition: Annotated[str, Query(min_length=1, max_length=200)]
) -> Response:
    """The edition selector's target: go to the chosen edition's page."""
    target = entity_url(edition if edition.startswith("event:") else f"event:{edition}")
    if request.headers.get("hx-request"):
        return Response(status_code=204, headers={"HX-Redirect": target})
    return RedirectResponse(target, status_code=303)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, session: SessionDep, event_id: str) -> HTMLResponse:
    """One edition: participants by role and country, charts, sanctions, absentees, evidence."""
    found = readers.edition_report(session, event_id)
    report = found.report
    groups = report.by_group()
    charts = {
        role: views.role_chart(report.participants, role=role)
        for role in (Predicate.SPONSORS, Predicate.EXHIBITS_AT)
    }
    return render(
        request,
        "event.html",
        report=report,
        event=report.event,
        editions=found.editions,
        groups=groups,
        charts={k.value: v for k, v in charts.items() if v is not None},
        by_country=views.country_table(report.participants),
        sanctioned=[p for p in report.participants if _sanctioned(p)],
        brief_url=views.brief_url(report.event.id),
    )


def _sanctioned(p: Participant) -> bool:
    return bool(p.sanctions) and not p.negated


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, session: SessionDep, entity_id: str) -> HTMLResponse:
    """Profile, relations with evidence, sanctions matches with explanation, ego graph."""
    profile = entity_profile(session, entity_id)
    return render(
        request,
        "entity.html",
        profile=profile,
        entity=profile.entity,
        relations=views.relation_rows(profile),
        graph=views.ego_graph(profile),
        brief_url=views.brief_url(profile.entity.id),
    )


@router.get("/trend", response_class=HTMLResponse)
def trend_page(
    request: Request,
    session: SessionDep,
    series: Annotated[str, Query(max_length=200)] = "WAIC",
    role: Annotated[str, Query(pattern="^(" + "|".join(TREND_ROLES) + ")$")] = "sponsors",
) -> HTMLResponse:
    """A role by country across the editions of a series, with the sources behind each point."""
    table = trend(session, series, predicate=Predicate(role), by=GroupBy.COUNTRY)
    return render(
        request,
        "trend.html",
        table=table,
        series=series,
        role=role,
        roles=TREND_ROLES,
        chart=views.trend_spec(table, role=views.ROLE_WORDS[Predicate(role)]),
        series_names=views.series_names(readers.list_events(session)),
    )


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request, session: SessionDep, q: Annotated[str, Query(max_length=200)] = ""
) -> HTMLResponse:
    """Documents and entities matching the query."""
    results = search(session, q) if q.strip() else None
    return render(request, "search.html", results=results, query=q)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(
    request: Request,
    session: SessionDep,
    doc_id: str,
    hl: Annotated[str | None, Query(pattern=r"^\d{1,9}-\d{1,9}$")] = None,
) -> HTMLResponse:
    """The text with entity mentions highlighted, and the relations found in it."""
    doc = readers.document_with_facts(session, doc_id)
    evidence_span = tuple(int(x) for x in hl.split("-")) if hl else None
    return render(
        request,
        "document.html",
        doc=doc,
        text_html=views.document_html(doc, evidence_span),
        relations=views.document_relations(doc),
    )


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


_BRIEF_TYPES = {
    "html": "text/html; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "pdf": "application/pdf",
}


@router.get("/briefs/{kind}/{target}.{fmt}")
def brief(
    session: SessionDep,
    kind: Annotated[str, Path(pattern="^(events|entities)$")],
    target: Annotated[str, Path(max_length=200)],
    fmt: Annotated[str, Path(pattern="^(html|md|pdf)$")],
) -> Response:
    """The brief of an event edition or an entity, as HTML, Markdown or PDF."""
    from rivalgraph.briefs import (
        build_entity_brief,
        build_event_brief,
        render_html,
        render_markdown,
        render_pdf,
    )

    if kind == "events":
        event = readers.edition_report(session, target).report.event
        made = build_event_brief(session, event.name, event.year)
    else:
        made = build_entity_brief(session, target)
    if fmt == "pdf":
        return Response(render_pdf(made), media_type=_BRIEF_TYPES[fmt])
    body = render_html(made) if fmt == "html" else render_markdown(made)
    return Response(body, media_type=_BRIEF_TYPES[fmt])

"""Entities, events, relations, search and trend: the analysis results as JSON."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from rivalgraph.analysis import GroupBy, entity_profile, search, trend
from rivalgraph.api import readers
from rivalgraph.api.deps import PagingDep, SessionDep
from rivalgraph.api.schemas import (
    EventReportOut,
    LinkOut,
    NodeOut,
    Page,
    ProfileOut,
    SearchOut,
    TrendOut,
)
from rivalgraph.model import Predicate

__all__ = ["router"]

router = APIRouter()

EVENT_ROLES = ("sponsors", "exhibits_at", "attends", "speaks_at", "absent_from", "organizes")


def _node(data: dict[str, Any]) -> NodeOut:
    return NodeOut.model_validate(data)


@router.get("/events", response_model=Page[NodeOut], tags=["events"], summary="Event editions")
def list_events(
    session: SessionDep,
    page: PagingDep,
    q: Annotated[str | None, Query(max_length=200, description="Words the event name contains.")] = None,
    year: Annotated[int | None, Query(ge=1900, le=2100)] = None,
) -> Page[NodeOut]:
    """Every stored edition, newest year first, optionally filtered by name and year."""
    events = readers.list_events(session)
    if q:
        words = q.casefold()
        events = [e for e in events if any(words in n.casefold() for n in (e.name, *e.aliases))]
    if year is not None:
        events = [e for e in events if e.event is not None and e.event.year == year]
    window = events[page.offset : page.offset + page.limit]
    return Page[NodeOut](
        items=[_node(e.to_json()) for e in window], total=len(events), limit=page.limit, offset=page.offset
    )


@router.get("/events/{event_id}", response_model=EventReportOut, tags=["events"], summary="One edition")
def get_event(session: SessionDep, event_id: str) -> EventReportOut:
    """Participants by role with countries, sanctions and evidence; the series' other editions."""
    found = readers.edition_report(session, event_id)
    data = found.report.to_json()
    data["editions"] = [e.to_json() for e in found.editions]
    return EventReportOut.model_validate(data)


@router.get("/entities", response_model=Page[NodeOut], tags=["entities"], summary="Find entities")
def list_entities(
    session: SessionDep,
    page: PagingDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="Name or alias, or part of one.")],
    type: Annotated[str | None, Query(pattern="^(ORG|PERSON|PRODUCT|GPE|EVENT)$")] = None,
) -> Page[NodeOut]:
    """Entities whose name or alias contains `q`, exact names first, then the most mentioned."""
    found = search(session, q, limit=page.offset + page.limit + 1).entities
    nodes = [n for n in found if type is None or n.type == type]
    window = nodes[page.offset : page.offset + page.limit]
    return Page[NodeOut](
        items=[_node(n.to_json()) for n in window], total=len(nodes), limit=page.limit, offset=page.offset
    )


@router.get("/entities/{entity_id}", response_model=ProfileOut, tags=["entities"], summary="Entity profile")
def get_entity(session: SessionDep, entity_id: str) -> ProfileOut:
    """Names, country, owners and holdings, products, events, sanctions (with explanations), sources."""
    return ProfileOut.model_validate(entity_profile(session, entity_id).to_json())


@router.get("/relations", response_model=Page[LinkOut], tags=["relations"], summary="Relations of an entity")
def list_relations(
    session: SessionDep,
    page: PagingDep,
    entity: Annotated[str, Query(min_length=1, max_length=200, description="Entity id, name or alias.")],
    predicate: Annotated[Predicate | None, Query(description="Only this predicate.")] = None,
    direction: Annotated[
        str | None, Query(pattern="^(out|in)$", description="Subject (out) or object (in).")
    ] = None,
) -> Page[LinkOut]:
    """Every relation that has the entity at one end, each with its evidence."""
    links = entity_profile(session, entity).links
    picked = [
        lk
        for lk in links
        if (predicate is None or lk.predicate is predicate)
        and (direction is None or lk.outgoing is (direction == "out"))
    ]
    window = picked[page.offset : page.offset + page.limit]
    return Page[LinkOut](
        items=[LinkOut.model_validate(lk.to_json()) for lk in window],
        total=len(picked),
        limit=page.limit,
        offset=page.offset,
    )


@router.get("/search", response_model=SearchOut, tags=["search"], summary="Search documents and entities")
def search_all(
    session: SessionDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="Words or a name.")],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> SearchOut:
    """Documents whose title or text contains `q`, and entities whose name or alias does."""
    return SearchOut.model_validate(search(session, q, limit=limit).to_json())


@router.get("/trend", response_model=TrendOut, tags=["trend"], summary="A role across editions")
def get_trend(
    session: SessionDep,
    series: Annotated[
        str, Query(min_length=1, max_length=200, description="Series name or alias, e.g. WAIC.")
    ],
    predicate: Annotated[str, Query(pattern="^(" + "|".join(EVENT_ROLES) + ")$")] = "sponsors",
    by: Annotated[GroupBy, Query(description="Rows by country, entity or role.")] = GroupBy.COUNTRY,
) -> TrendOut:
    """Counts per group and edition, the documents behind each cell, 'no data' for uncovered editions."""
    return TrendOut.model_validate(trend(session, series, predicate=Predicate(predicate), by=by).to_json())

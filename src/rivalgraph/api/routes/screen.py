"""Ad hoc sanctions screening: `GET /api/screen?name=...`, the JSON of `rivalgraph screen --json`.

Invariant: a screening request never writes. The index is built once per app, at the first
request, from the store's current list versions, or (when the store holds none) from the bundled
list files in memory; loading lists into the store stays the job of `rivalgraph lists load` and
`rivalgraph screen`. Lists loaded while the app runs are seen after a restart.
"""

from __future__ import annotations

import threading
from typing import Annotated

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from rivalgraph.api.deps import engine_of
from rivalgraph.screen.model import Query as ScreenQuery
from rivalgraph.screen.service import ScreeningContext, open_context, screen_names

__all__ = ["ExposureOut", "ScreenMatchOut", "ScreenOut", "router", "screening_context"]

router = APIRouter()

_LOCK = threading.Lock()


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class ListCopyOut(_Out):
    """Another loaded copy of the same list that names the same entry."""

    source: str
    vintage: str | None


class ScreenMatchOut(_Out):
    """A list entry that matched, its score in [0, 1], and why."""

    list_name: str = Field(alias="list", description="The list's name")
    list_code: str
    source: str
    entry_id: str
    name: str
    matched_alias: str
    score: float
    programs: list[str]
    listed_on: str | None
    authority: str
    explanation: str
    vintage: str | None
    also_in: list[ListCopyOut] = Field(default_factory=list)


class PathStepOut(_Out):
    """One ownership step and its evidence."""

    owned_id: str
    owned: str
    owner_id: str
    owner: str
    relation: str
    evidence: str


class ExposureOut(_Out):
    """A listed owner reached through ownership, with every step of the path."""

    subject_id: str
    subject: str
    path: list[PathStepOut]
    listed: ScreenMatchOut
    text: str


class ScreenOut(_Out):
    """What screening found for one name: direct matches, else exposures through ownership."""

    query: str
    matches: list[ScreenMatchOut]
    exposures: list[ExposureOut]


def screening_context(request: Request) -> ScreeningContext:
    """The app's screening index, built at the first request and reused (building takes seconds)."""
    state = request.app.state
    context: ScreeningContext | None = getattr(state, "screen_context", None)
    if context is None:
        with _LOCK:
            context = getattr(state, "screen_context", None)
            if context is None:
                from rivalgraph.kb import load_kb

                context = open_context(engine_of(request), kb=load_kb(), read_only=True)
                state.screen_context = context
    return context


@router.get("/screen", response_model=ScreenOut, tags=["screening"], summary="Screen one name")
def screen(
    request: Request,
    name: Annotated[
        str,
        Query(
            min_length=1,
            max_length=300,
            description="An organization or person name, in any script.",
        ),
    ],
    threshold: Annotated[
        float | None,
        Query(ge=0.0, le=1.0, description="Score a match needs (default: the server's, 0.85)."),
    ] = None,
) -> ScreenOut:
    """Screen a name against the loaded lists (or the bundled US lists): matches with explanations."""
    cutoff = request.app.state.settings.screen_threshold if threshold is None else threshold
    context = screening_context(request)
    result = next(iter(screen_names(context, [ScreenQuery(name.strip() or name)], threshold=cutoff)))
    return ScreenOut.model_validate(result.to_json())

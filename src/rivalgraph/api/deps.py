"""Request-scoped dependencies: a read session on the app's store, and paging parameters."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Query, Request
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

__all__ = ["Paging", "SessionDep", "engine_of", "paging", "read_session"]

MAX_LIMIT = 200


def engine_of(request: Request) -> Engine:
    """The engine the app opened at start."""
    engine: Engine = request.app.state.engine
    return engine


def read_session(request: Request) -> Iterator[Session]:
    """A session for one request's reads; closed (never committed) when the request ends."""
    with Session(engine_of(request), future=True) as session:
        yield session


SessionDep = Annotated[Session, Depends(read_session)]


@dataclass(frozen=True, slots=True)
class Paging:
    """A window of a list: at most `limit` items from `offset`."""

    limit: int
    offset: int


def paging(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000, description="Items to skip.")] = 0,
) -> Paging:
    """Paging parameters of a list endpoint."""
    return Paging(limit=limit, offset=offset)


PagingDep = Annotated[Paging, Depends(paging)]

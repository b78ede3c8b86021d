"""The briefs API the CLI and the web app call: a session and a name in, a `Brief` out."""

from __future__ import annotations

from sqlalchemy.orm import Session

from rivalgraph.briefs.adapt import entity_input, event_input
from rivalgraph.briefs.compose import compose_entity_brief, compose_event_brief
from rivalgraph.briefs.model import Brief

__all__ = ["build_entity_brief", "build_event_brief"]


def build_event_brief(session: Session, name: str, year: int | None = None) -> Brief:
    """The brief of one event edition ('WAIC', 2023 or 'WAIC 2023'); NotFoundError when not stored."""
    return compose_event_brief(event_input(session, name, year))


def build_entity_brief(session: Session, name: str) -> Brief:
    """The brief of one organization or person (id, name or alias); NotFoundError when not stored."""
    return compose_entity_brief(entity_input(session, name))

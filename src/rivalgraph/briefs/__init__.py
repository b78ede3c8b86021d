"""Briefs: short articles written back from the graph, every sentence footnoted with its evidence."""

from rivalgraph.briefs.build import build_entity_brief, build_event_brief
from rivalgraph.briefs.model import Brief
from rivalgraph.briefs.render import render_html, render_markdown, render_pdf

__all__ = [
    "Brief",
    "build_entity_brief",
    "build_event_brief",
    "render_html",
    "render_markdown",
    "render_pdf",
]

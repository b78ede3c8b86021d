"""The Jinja2 environment of the dashboard (autoescape always on) and page rendering helpers."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from rivalgraph.api.security import CSRF_FIELD, csrf_token_for

__all__ = ["TEMPLATES", "env", "render", "render_error"]

TEMPLATES = Path(__file__).parent / "templates"

COUNTRY_NAMES = {
    "CN": "China",
    "US": "United States",
    "HK": "Hong Kong",
    "TW": "Taiwan",
    "GB": "United Kingdom",
    "DE": "Germany",
    "FR": "France",
    "JP": "Japan",
    "KR": "South Korea",
    "AE": "United Arab Emirates",
    "SG": "Singapore",
    "IN": "India",
    "NL": "Netherlands",
    "CA": "Canada",
    "IL": "Israel",
    "SA": "Saudi Arabia",
    "RU": "Russia",
}


def country_name(code: str | None) -> str:
    """'CN' -> 'China'; unknown codes as given; None -> 'unknown'."""
    if not code:
        return "unknown"
    return COUNTRY_NAMES.get(code, code)


def entity_url(entity_id: str) -> str:
    """Dashboard URL of an entity or event page."""
    page = "events" if entity_id.startswith("event:") else "entities"
    return f"/{page}/{quote(entity_id, safe=':')}"


def doc_url(doc_id: str, start: int | None = None, end: int | None = None) -> str:
    """Dashboard URL of a document, optionally pointing at an evidence span."""
    url = f"/documents/{quote(doc_id, safe='')}"
    if start is not None and end is not None:
        url += f"?hl={int(start)}-{int(end)}#ev-{int(start)}"
    return url


env = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=True,  # every template, whatever its extension: document text is untrusted
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
env.globals.update(country_name=country_name, entity_url=entity_url, doc_url=doc_url)
env.filters["country"] = country_name


def render(request: Request, template: str, *, status: int = 200, **context: Any) -> HTMLResponse:
    """A page rendered with the request, its CSRF token and the given context."""
    token = csrf_token_for(request)
    html = env.get_template(template).render(
        request=request,
        csrf_field=Markup('<input type="hidden" name="{}" value="{}">').format(CSRF_FIELD, token),
        **context,
    )
    return HTMLResponse(html, status_code=status)


def render_error(request: Request, *, status: int, message: str) -> HTMLResponse:
    """The error page, with the same message the JSON API would give."""
    return render(request, "error.html", status=status, status_code=status, message=message)

"""Bearer-token auth, double-submit CSRF for dashboard forms, security headers and a body-size cap.

Invariants: writes need RIVALGRAPH_API_TOKEN, which is never defaulted (no token configured
means every write is refused with 403); tokens are compared in constant time; every
response carries a Content-Security-Policy that allows scripts from this origin only,
so a page can never load a remote script nor run an injected inline one.
"""

from __future__ import annotations

import json
import secrets
from typing import Annotated

from fastapi import Depends, Form, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from rivalgraph.settings import Settings

__all__ = [
    "CONTENT_SECURITY_POLICY",
    "CSRF_COOKIE",
    "CSRF_FIELD",
    "BodyLimitMiddleware",
    "SecurityHeadersMiddleware",
    "check_csrf",
    "csrf_token_for",
    "require_read",
    "require_write",
]

#: Scripts and everything else from this origin only; vega-embed runs with its AST
#: interpreter, so no 'unsafe-eval'. Inline styles stay allowed (vega and cytoscape set them).
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
CSRF_COOKIE = "rg_csrf"
CSRF_FIELD = "csrf_token"

_bearer = HTTPBearer(auto_error=False, description="RIVALGRAPH_API_TOKEN of the server")


def settings_of(request: Request) -> Settings:
    """The settings the app was created with."""
    settings: Settings = request.app.state.settings
    return settings


def _token_matches(settings: Settings, credentials: HTTPAuthorizationCredentials | None) -> bool:
    if settings.api_token is None or credentials is None:
        return False
    return secrets.compare_digest(credentials.credentials.encode(), settings.api_token.encode())


_UNAUTHORIZED = {"WWW-Authenticate": "Bearer"}


def check_write_token(settings: Settings, credentials: HTTPAuthorizationCredentials | None) -> None:
    """Refuse a write unless the server has a token and the request carries it."""
    if settings.api_token is None:
        raise HTTPException(
            403,
            "writes are disabled on this server: no API token is configured; "
            "start it with RIVALGRAPH_API_TOKEN set and send 'Authorization: Bearer <token>'",
        )
    if credentials is None:
        raise HTTPException(401, "this write needs 'Authorization: Bearer <token>'", headers=_UNAUTHORIZED)
    if not _token_matches(settings, credentials):
        raise HTTPException(401, "the bearer token is not this server's API token", headers=_UNAUTHORIZED)


def require_write(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> None:
    """Dependency: the request may write."""
    check_write_token(settings_of(request), credentials)


def require_read(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> None:
    """Dependency: the request may read (open unless RIVALGRAPH_READ_TOKEN_REQUIRED is set)."""
    settings = settings_of(request)
    if not settings.read_token_required:
        return
    if credentials is None:
        raise HTTPException(
            401, "reads on this server need 'Authorization: Bearer <token>'", headers=_UNAUTHORIZED
        )
    if not _token_matches(settings, credentials):
        raise HTTPException(401, "the bearer token is not this server's API token", headers=_UNAUTHORIZED)


def csrf_token_for(request: Request) -> str:
    """The CSRF token of this browser (its cookie), or a new one the response must set."""
    token = request.cookies.get(CSRF_COOKIE)
    if token and len(token) == 43:
        return token
    new: str = getattr(request.state, "new_csrf", None) or secrets.token_urlsafe(32)
    request.state.new_csrf = new
    return new


def check_csrf(request: Request, csrf_token: Annotated[str, Form()] = "") -> None:
    """Dependency for form posts: the form's hidden token must equal the cookie (double submit)."""
    cookie = request.cookies.get(CSRF_COOKIE, "")
    if not cookie or not csrf_token or not secrets.compare_digest(cookie.encode(), csrf_token.encode()):
        raise HTTPException(
            403,
            "the form's CSRF token does not match this browser's cookie: reload the page and submit again",
        )


class SecurityHeadersMiddleware:
    """Adds CSP and related headers to every response, and the CSRF cookie when one was issued."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [
                    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"same-origin"),
                    (b"x-frame-options", b"DENY"),
                ]
                new_csrf = scope.get("state", {}).get("new_csrf")
                if new_csrf:
                    cookie = f"{CSRF_COOKIE}={new_csrf}; Path=/; SameSite=Strict; HttpOnly"
                    headers.append((b"set-cookie", cookie.encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimitMiddleware:
    """Refuses request bodies over `max_bytes` with 413, by Content-Length or while streaming."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    def _message(self) -> str:
        return (
            f"request body is larger than this server's limit of {self.max_bytes} bytes; "
            "send a smaller document or raise RIVALGRAPH_MAX_DOCUMENT_BYTES"
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > self.max_bytes:
                body = json.dumps({"detail": self._message()}).encode()
                await send(
                    {
                        "type": "http.response.start",
                        "status": 413,
                        "headers": [
                            (b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()),
                        ],
                    }
                )
                await send({"type": "http.response.body", "body": body})
                return
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    # FastAPI re-raises HTTPExceptions met while reading a body, so this
                    # reaches the error handlers as a 413 for chunked uploads without a length.
                    raise HTTPException(413, self._message())
            return message

        await self.app(scope, counting_receive, send)

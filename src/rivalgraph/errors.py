"""User-facing errors. Each carries a message that says what went wrong and what to do.

Bugs are not wrapped: only mistakes a user can fix (bad input, missing store,
unreachable URL) become a `RivalgraphError`, converted to one line at the CLI and to
`{"detail": ...}` with `status` at the API.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "FetchError",
    "InputError",
    "ListFormatError",
    "NotFoundError",
    "RivalgraphError",
    "StoreError",
]


class RivalgraphError(Exception):
    """Base class for errors a user can act on."""

    status: int = 400

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status


class InputError(RivalgraphError):
    """A document or file that cannot be read as asked."""


class FetchError(InputError):
    """A URL that cannot be fetched (refused, unreachable, too big)."""


class ListFormatError(InputError):
    """A sanctions list file that is corrupt, truncated or of an unknown format."""


class NotFoundError(RivalgraphError):
    """A named entity, event or document that the store does not hold."""

    status = 404


class StoreError(RivalgraphError):
    """The store cannot be opened or migrated."""

    status = 503


class ConfigError(RivalgraphError):
    """A setting that is missing or invalid."""

"""Settings from RIVALGRAPH_* environment variables; one frozen object, read once."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

__all__ = ["PACKAGE_DATA", "Settings", "default_db_url", "load_settings"]


def _find_data_dir() -> Path:
    """The bundled `data/` folder: inside an installed wheel, else at the repository root."""
    override = os.environ.get("RIVALGRAPH_DATA")
    if override:
        return Path(override)
    for candidate in (Path(__file__).parent / "data", Path(__file__).parents[2] / "data"):
        if candidate.is_dir():
            return candidate
    return Path(__file__).parents[2] / "data"


#: Bundled reference data: knowledge base, public-domain list slices, sample documents.
PACKAGE_DATA = _find_data_dir()


def default_db_url() -> str:
    """A SQLite file in the user data directory."""
    data_dir = Path(platformdirs.user_data_dir("rivalgraph"))
    return f"sqlite:///{data_dir / 'rivalgraph.db'}"


@dataclass(frozen=True, slots=True)
class Settings:
    """Process-wide options."""

    db_url: str
    api_token: str | None = None
    read_token_required: bool = False
    allow_private_urls: bool = False
    max_document_bytes: int = 20_000_000
    fetch_timeout_s: float = 15.0
    screen_threshold: float = 0.85


def _flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


def load_settings(*, db_url: str | None = None) -> Settings:
    """Settings from the environment; an explicit `db_url` wins over RIVALGRAPH_DB."""
    return Settings(
        db_url=db_url or os.environ.get("RIVALGRAPH_DB") or default_db_url(),
        api_token=os.environ.get("RIVALGRAPH_API_TOKEN") or None,
        read_token_required=_flag("RIVALGRAPH_READ_TOKEN_REQUIRED"),
        allow_private_urls=_flag("RIVALGRAPH_ALLOW_PRIVATE"),
        max_document_bytes=int(os.environ.get("RIVALGRAPH_MAX_DOCUMENT_BYTES", 20_000_000)),
        fetch_timeout_s=float(os.environ.get("RIVALGRAPH_FETCH_TIMEOUT", 15.0)),
        screen_threshold=float(os.environ.get("RIVALGRAPH_SCREEN_THRESHOLD", 0.85)),
    )

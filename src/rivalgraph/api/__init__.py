"""The JSON API and the dashboard's web app (FastAPI)."""

from rivalgraph.api.app import create_app

__all__ = ["create_app"]

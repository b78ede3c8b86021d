"""Ingest: read text, HTML, folders, JSON Lines, URLs, feeds and stdin into raw documents."""

from rivalgraph.ingest.reader import read_inputs
from rivalgraph.ingest.types import ContentType, IngestFailure, IngestOptions, RawDocument

__all__ = ["ContentType", "IngestFailure", "IngestOptions", "RawDocument", "read_inputs"]

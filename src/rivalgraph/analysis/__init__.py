"""Read-only questions over the graph, answered as typed results (CLI, API and briefs present them)."""

from rivalgraph.analysis.events import EventReport, Participant, SanctionStatus, event_report, list_editions
from rivalgraph.analysis.export import ExportFormat, export, iter_documents
from rivalgraph.analysis.profile import EntityProfile, entity_profile
from rivalgraph.analysis.search import SearchResults, search
from rivalgraph.analysis.trend import GroupBy, TrendTable, trend

__all__ = [
    "EntityProfile",
    "EventReport",
    "ExportFormat",
    "GroupBy",
    "Participant",
    "SanctionStatus",
    "SearchResults",
    "TrendTable",
    "entity_profile",
    "event_report",
    "export",
    "iter_documents",
    "list_editions",
    "search",
    "trend",
]

"""Cross-document entity resolution: matching keys, similarity judgements, event editions.

Pure functions over values; the store's writer fetches candidates and applies the verdicts.
"""

from rivalgraph.resolve.matching import Candidate, Match, MatchRule, Mention, best_match
from rivalgraph.resolve.names import block_of, event_key, match_form, name_key, series_key

__all__ = [
    "Candidate",
    "Match",
    "MatchRule",
    "Mention",
    "best_match",
    "block_of",
    "event_key",
    "match_form",
    "name_key",
    "series_key",
]

"""Relation rules: dependency patterns and trigger lexicons, one module per predicate family.

Every rule names the sentence that proves its claim (the evidence) and a confidence that
reflects how direct the pattern is: a verb with its own subject beats a carried-over list.
"""

from __future__ import annotations

from rivalgraph.extract.relations.corporate import CorporateRules
from rivalgraph.extract.relations.participation import ParticipationRules
from rivalgraph.extract.relations.people import PeopleRules
from rivalgraph.extract.relations.places import PlaceRules
from rivalgraph.extract.relations.presence import PresenceRules
from rivalgraph.extract.relations.products import ProductRules
from rivalgraph.extract.relations.sanctions import SanctionRules
from rivalgraph.model import PREDICATE_SIGNATURES, Predicate, Relation

__all__ = ["RelationFinder"]


class RelationFinder(
    ParticipationRules, PresenceRules, PeopleRules, ProductRules, CorporateRules, SanctionRules, PlaceRules
):
    """Runs every rule over one document state and collects the best-scored relations."""

    def run(self) -> list[Relation]:
        self.event_predicates()
        self.heading_lists()
        self.title_directory()
        self.agenda_lines()
        self.section_lists()
        self.organizer_possessors()
        self.speech_at_event()
        self.presence()
        self.held_in()
        self.employs()
        self.carried_speakers()
        self.develops()
        self.ownership()
        self.backing()
        self.tie_phrases()
        self.sanctions()
        self.based_in()
        return self.finish()

    def finish(self) -> list[Relation]:
        """The relations that fit their predicate's signature; an event's host is not also its sponsor."""
        hosts = {
            (r.subject, r.object)
            for r in self.out.values()
            if r.predicate == Predicate.ORGANIZES and not r.negated
        }
        out: list[Relation] = []
        for r in self.out.values():
            subj_kinds, obj_kinds = PREDICATE_SIGNATURES[r.predicate]
            if self.kind(r.subject) not in subj_kinds or self.kind(r.object) not in obj_kinds:
                continue
            if r.predicate == Predicate.SPONSORS and (r.subject, r.object) in hosts:
                continue
            out.append(r)
        return out

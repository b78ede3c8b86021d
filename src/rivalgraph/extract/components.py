"""spaCy components of the extractor, registered under versioned names.

`rivalgraph_line_breaks_v1` (before the parser) makes every line break a sentence boundary;
`rivalgraph_kb_entities_v1` (after the NER) reconciles KB matches with the statistical
entities; `rivalgraph_relations_v1` (last) finds events, relations and quantities and stores
the finished facts in `doc._.rg_facts`.
"""

import datetime as dt
from bisect import bisect_right
from typing import Any

from spacy.attrs import IDX, IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from rivalgraph.clean.dates import date_in_text
from rivalgraph.extract.countries import stated_countries
from rivalgraph.extract.doccache import doc_text, token_cache
from rivalgraph.extract.events import EventModel, find_events
from rivalgraph.extract.lexicon import Lexicon, load_lexicon
from rivalgraph.extract.mentions import KbMatchers, find_mentions
from rivalgraph.extract.products import ProductMatchers, load_product_lexicon
from rivalgraph.extract.quantities import find_quantities
from rivalgraph.extract.relations import RelationFinder
from rivalgraph.extract.relations.learned import (
    Candidate,
    RelationModel,
    add_learned,
    find_candidates,
    load_relation_model,
)
from rivalgraph.extract.state import DocState
from rivalgraph.kb import KnowledgeBase, load_kb
from rivalgraph.model import Entity, EntityType, Event, Predicate, Quantity, Relation

__all__ = ["Facts", "KbEntities", "Relations", "ensure_extensions"]

Facts = tuple[list[Entity], list[Event], list[Relation], list[Quantity]]


def ensure_extensions() -> None:
    """Register the Doc extensions the components read and write (idempotent)."""
    for name, default in (("rg_published", None), ("rg_captions", None), ("rg_facts", None)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


@Language.component("rivalgraph_line_breaks_v1", assigns=["token.is_sent_start"])
def line_breaks(doc: Doc) -> Doc:
    """A token that follows a line break starts a sentence (headlines, bylines, list items)."""
    if len(doc) == 0:
        return doc
    text = doc_text(doc)
    cols = doc.to_array([IDX, IS_SPACE]).tolist()
    starts = [c[0] for c in cols]
    # tokens tile the text, so a token's text and trailing whitespace are text[start:next start]:
    # the token after the one holding a line break is a candidate sentence start
    after_break: set[int] = set()
    pos = text.find("\n")
    while pos >= 0:
        after_break.add(bisect_right(starts, pos))
        pos = text.find("\n", pos + 1)
    firsts: list[int] = []
    inner: list[int] = []
    line: list[int] = []
    for i, (_, space) in enumerate(cols):
        if i in after_break and i > 0 and not space:
            _keep_short_line(inner, line)
            firsts.append(i)
            line = []
        if not space:
            line.append(i)
    _keep_short_line(inner, line)
    for i in firsts:
        doc[i].is_sent_start = True
    for i in inner:
        doc[i].is_sent_start = False
    return doc


def _keep_short_line(inner: list[int], line: list[int]) -> None:
    """A short line (byline, caption credit, heading) stays one sentence: its tokens after the first
    go to `inner`."""
    if 1 < len(line) <= 8:
        inner.extend(line[1:])


class KbEntities:
    """Sets `doc.ents` from KB phrase matches, the NER and pattern fixes."""

    def __init__(
        self, nlp: Language, kb: KnowledgeBase | None = None, lexicon: Lexicon | None = None
    ) -> None:
        self.nlp = nlp
        self.kb = kb or load_kb()
        self.lex = lexicon or load_lexicon()
        self.matchers = KbMatchers(nlp.vocab, nlp.make_doc, self.kb)
        self.products = ProductMatchers(nlp.vocab, nlp.make_doc, load_product_lexicon(), self.kb)

    def __call__(self, doc: Doc) -> Doc:
        with token_cache(doc):
            return find_mentions(doc, self.matchers, self.lex, self.products)


@Language.factory("rivalgraph_kb_entities_v1", requires=["doc.ents"], assigns=["doc.ents"])
def make_kb_entities(nlp: Language, name: str) -> KbEntities:
    """Factory of the KB entity component."""
    return KbEntities(nlp)


class Relations:
    """Finds editions, relations and quantities; writes `doc._.rg_facts`."""

    def __init__(self, kb: KnowledgeBase | None = None, lexicon: Lexicon | None = None) -> None:
        ensure_extensions()
        self.kb = kb or load_kb()
        self.lex = lexicon or load_lexicon()
        self.places = {p.id: p for p in self.kb.places}
        self.model: RelationModel | None = load_relation_model()
        # training mode (scripts/train_relations.py): the rules run alone and each document's
        # candidate pairs are appended here, in document order
        self.record: list[list[Candidate]] | None = None

    def __call__(self, doc: Doc) -> Doc:
        published = _published(doc)
        captions = list(doc._.rg_captions or [])
        with token_cache(doc):
            state = DocState(doc, self.kb, self.lex, published, captions)
            events = find_events(state)
            relations = RelationFinder(state, events).run()
            keep: set[str] = set()
            if self.record is not None:
                cands = find_candidates(state, events, relations)
                self.record.append(cands)
                # the editions a candidate names stay in the output, so they can be matched to gold
                keep = {k for c in cands for k in (c.subject, c.object)}
            elif self.model is not None:
                relations = add_learned(state, events, relations, self.model)
            quantities = find_quantities(state, events)
            doc._.rg_facts = self._facts(state, events, relations, quantities, keep=keep)
        return doc

    def _facts(
        self,
        state: DocState,
        events: EventModel,
        relations: list[Relation],
        quantities: list[Quantity],
        *,
        keep: set[str] | None = None,
    ) -> Facts:
        kb = self.kb
        used = (
            {r.subject for r in relations}
            | {r.object for r in relations}
            | {q.subject for q in quantities}
            | (keep or set())
        )
        based = {
            r.subject: r.object for r in relations if r.predicate == Predicate.BASED_IN and not r.negated
        }
        stated = stated_countries(state)
        entities: list[Entity] = []
        for acc in state.entities.values():
            names = [n for n in acc.names if n]
            if acc.type == EntityType.GPE and acc.key in self.places:
                place = self.places[acc.key]
                name = max(names, key=len) if names else place.name
                # the reference name is a name of the place too ("US" -> "United States")
                names = [*names, place.name]
            elif names:
                name = max(names, key=len)
            else:
                continue
            country = acc.country
            # what the text says beats a relation read off a place inside the name
            if country is None and acc.type in (EntityType.ORG, EntityType.GPE):
                country = stated.get(acc.key)
            if country is None and acc.type == EntityType.ORG and acc.key in based:
                based_place = self.places.get(based[acc.key])
                country = based_place.country if based_place else None
            if acc.type in (EntityType.PERSON, EntityType.PRODUCT):
                country = None
            entities.append(
                Entity(
                    id=acc.key,
                    type=acc.type,
                    name=name,
                    aliases=tuple(dict.fromkeys(names)),
                    country=country,
                    mentions=tuple(sorted(set(acc.mentions))),
                )
            )
        out_events: list[Event] = []
        held = {r.subject: r.object for r in relations if r.predicate == Predicate.HELD_IN}
        for ed, edition in events.editions.items():
            info = events.series[ed[0]]
            eid = events.edition_id(ed)
            # an unknown series, or an edition only a time phrase moved to ("Two years later"), is
            # kept when a fact names it
            if (info.record is None or not edition.mentions) and eid not in used:
                continue
            city_id = held.get(eid)
            city_place = self.places.get(city_id) if city_id else None
            city = city_place.name if city_place else (info.record.city if info.record else None)
            country = city_place.country if city_place else (info.record.country if info.record else None)
            aliases = tuple(dict.fromkeys(a for a in info.aliases if a != info.name))
            out_events.append(
                Event(
                    id=eid,
                    name=info.name,
                    aliases=aliases,
                    year=ed[1],
                    city=city,
                    country=country,
                    start=edition.start,
                    end=edition.end,
                    mentions=tuple(sorted(set(edition.mentions))),
                )
            )
        known = {e.id for e in entities} | {e.id for e in out_events}
        relations = [r for r in relations if r.subject in known and r.object in known]
        quantities = [q for q in quantities if q.subject in known]
        del kb
        return entities, out_events, sorted(relations, key=_rel_order), quantities


def _rel_order(rel: Relation) -> tuple[int, str, str]:
    return (rel.evidence.start if rel.evidence else 0, rel.predicate.value, rel.subject)


_HEAD = 400


def _published(doc: Doc) -> dt.date | None:
    given = doc._.rg_published
    if given:
        try:
            return dt.date.fromisoformat(str(given)[:10])
        except ValueError:
            pass
    found = date_in_text(doc_text(doc)[:_HEAD])
    if found:
        try:
            return dt.date.fromisoformat(found)
        except ValueError:
            return None
    return None


@Language.factory("rivalgraph_relations_v1", requires=["doc.ents", "token.dep"], assigns=["doc._.rg_facts"])
def make_relations(nlp: Language, name: str) -> Relations:
    """Factory of the relation component."""
    return Relations()


def facts_of(doc: Doc) -> Facts:
    """The facts the relation component stored on a processed doc."""
    facts: Any = doc._.rg_facts
    if facts is None:
        return [], [], [], []
    return facts  # type: ignore[no-any-return]

"""Entity mentions: KB phrase matches first, then the statistical NER, then pattern fixes.

The result is `doc.ents` with labels ORG, PERSON, PRODUCT, GPE, NORP (a nationality word
whose `kb_id_` is its country) and EVENT (`kb_id_` = "series:<id>" for a KB series).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from rivalgraph.extract.doccache import doc_text, doc_tokens
from rivalgraph.extract.lexicon import Lexicon
from rivalgraph.extract.mentions.events import (
    apposed_events,
    event_bodies,
    pattern_events,
    retype_named_events,
    series_as_employers,
    series_as_organisers,
    series_with_city,
)
from rivalgraph.extract.mentions.kb_matches import (
    KbMatchers,
    kb_matches,
    known_short_names,
    known_surfaces,
    legal_tails,
    named_arenas,
    places_named_as_orgs,
    surnames_as_acronyms,
)
from rivalgraph.extract.mentions.ner import ner_spans
from rivalgraph.extract.mentions.orgs import (
    body_names_run_on,
    extra_orgs,
    fundraisers,
    government_orgs,
    investor_names,
    legal_names,
    place_company_names,
    short_registered_names,
    split_country_prefix,
)
from rivalgraph.extract.mentions.people import (
    agenda_people,
    entry_names,
    names_cut_at_sentence_end,
    retype_titled_people,
    surname_people,
    venues_named_as_people,
)
from rivalgraph.extract.mentions.product_spans import (
    coordinated_products,
    glued_model_letters,
    maker_led_products,
    retype_products,
    shaped_products,
    sized_models,
    variant_tails,
)
from rivalgraph.extract.mentions.siblings import (
    bullet_list_siblings,
    comma_list_siblings,
    dot_list_siblings,
    semicolon_list_siblings,
    table_column_siblings,
)
from rivalgraph.extract.mentions.spans import is_junk, overlaps
from rivalgraph.extract.mentions.units import kb_led_units, named_units, retype_tied, retype_units
from rivalgraph.extract.names import (
    company_shaped_people,
    coordinated_people,
    cued_people,
    filter_names,
    org_names_in_context,
    particle_surnames,
    possessed_people,
    possessive_final_names,
    registered_names,
    split_possessive_names,
    title_employers,
)
from rivalgraph.extract.products import (
    ProductMatchers,
    context_products,
    lexicon_products,
    merge_products,
)


def find_mentions(doc: Doc, matchers: KbMatchers, lex: Lexicon, products: ProductMatchers) -> Doc:
    """Set `doc.ents` to the reconciled entity mentions (see module docstring)."""
    toks = doc_tokens(doc)
    kb = matchers.kb
    plex = products.lex
    kb_spans = kb_matches(doc, matchers)
    kb_spans = filter_spans(
        split_possessive_names(doc, surnames_as_acronyms(doc, kb_spans, matchers, lex.common_surnames), kb)
    )
    # lexicon products beat shorter KB names inside them ("Apple Intelligence", "DeepSeek-V3")
    kb_spans = filter_spans(lexicon_products(doc, products, kb_spans) + kb_spans)
    kb_spans = legal_tails(doc, named_arenas(doc, split_country_prefix(doc, kb_spans, kb)))
    kb_spans = event_bodies(doc, kb_spans)
    with_city = series_with_city(doc, kb_spans)
    if with_city:
        kb_spans = filter_spans(with_city + kb_spans)
    gov = government_orgs(doc, kb_spans, kb)
    if gov:
        kb_spans = filter_spans(gov + kb_spans)
    ner = company_shaped_people(filter_names(doc, ner_spans(doc, kb_spans, lex, kb), lex, plex, kb))
    legal = [
        s
        for s in legal_names(doc, kb) + registered_names(doc, kb_spans + ner, kb, lex, doc_text(doc))
        if not any(overlaps(s, k) and k.label_ == "ORG" and len(k) >= len(s) for k in kb_spans)
    ]
    spans = retype_named_events(filter_spans(legal + kb_spans + ner))
    agenda = agenda_people(doc) + entry_names(doc, lex, kb)
    if agenda:
        spans = filter_spans(agenda + spans)
    spans = cued_people(doc, retype_titled_people(doc, spans, lex), lex, plex, kb)
    events = pattern_events(doc, spans, lex) + apposed_events(doc, spans)
    if events:
        spans = filter_spans(events + [s for s in spans if not any(overlaps(s, e) for e in events)])
    spans = filter_spans(
        investor_names(doc, spans, lex) + place_company_names(doc, spans) + fundraisers(doc, spans) + spans
    )
    spans = retype_tied(doc, filter_spans(spans + extra_orgs(doc, spans, lex)))
    spans = named_units(doc, kb_led_units(doc, spans), lex, kb)
    spans = sized_models(doc, filter_spans(spans + shaped_products(doc, spans, lex)))
    known = lex.known_products
    if known:
        taken = {i for s in spans for i in range(s.start, s.end)}
        for tok in toks:
            if tok.lower_ in known and tok.i not in taken and not tok.is_lower:
                spans.append(Span(doc, tok.i, tok.i + 1, label="PRODUCT"))
        spans = filter_spans(spans)
    spans = retype_products(doc, spans, lex)
    spans = filter_spans(context_products(doc, spans, plex, kb, lambda c: is_junk(c, lex)))
    spans = maker_led_products(doc, filter_spans(merge_products(doc, spans, kb, plex)), kb)
    spans = org_names_in_context(doc, possessive_final_names(doc, retype_units(doc, spans)), lex)
    spans = semicolon_list_siblings(doc, dot_list_siblings(doc, title_employers(doc, spans, lex, kb)), lex)
    spans = bullet_list_siblings(doc, spans)
    spans = comma_list_siblings(doc, table_column_siblings(doc, spans), lex)
    spans = coordinated_people(doc, spans, lex, plex, kb)
    spans = possessed_people(doc, spans, lex, plex, kb)
    spans = particle_surnames(doc, spans)
    spans = coordinated_products(surname_people(filter_spans(spans + known_surfaces(doc, spans))))
    spans = glued_model_letters(doc, body_names_run_on(doc, places_named_as_orgs(spans)))
    spans = series_as_organisers(doc, series_as_employers(doc, venues_named_as_people(doc, spans), lex))
    spans = short_registered_names(doc, variant_tails(doc, names_cut_at_sentence_end(doc, spans)), kb)
    # the person rules above may take a company-shaped name for a person again ("Kingdom Holding")
    spans = company_shaped_people(known_short_names(spans, kb))
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc

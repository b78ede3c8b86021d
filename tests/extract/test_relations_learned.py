"""The learned relation classifier: its stored model, determinism, and what it adds to the rules.

The stored model ships switched on for employs and exhibits_at (the predicates whose additions raised
relation micro F1 in nested grouped CV pooled over heldout41..50, the sets no rule was written from),
with the thresholds that CV chose
(`manifest.cv_thresholds`), raised where it would break a hand-written negative row of the rule tables
(those rows are also its hard negatives). Each positive row below is one the rules miss
(the rules-only run lacks it); the negatives are texts about companies and people that no fixture set
mentions.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from rivalgraph.extract import Extractor
from rivalgraph.extract.components import Relations
from rivalgraph.extract.relations.learned import (
    CLASSES,
    MODEL_ENV,
    MODEL_PATH,
    RelationModel,
    load_relation_model,
)
from rivalgraph.model import Predicate
from tests.extract.conftest import make_doc

Triple = tuple[str, str, str]
OPENING = "Nordic Robotics Week 2024 began in Oslo on Tuesday.\n\n"
EVENT = "event:nordic-robotics-week-2024"
# speaker lines of a programme the rules do not read as one (the model adds both speakers)
PROGRAMME = (
    "Nordic Robotics Week 2024 | Programme\nOslo, May 7, 2024\n\n"
    "10:00 Kari Nordmann, Chief Executive Officer, Telenor\n11:00 Ola Hansen, President, Yara"
)
# a booth-list row the rules skip (the model adds its exhibitor), and an event/city table row (held_in
# is not one the model adds)
BOOTHS = (
    "Booth list, CES 2024:\nPanasonic | Central Hall | 15005\nTCL | Central Hall | 17500\n"
    "Hisense | Central Hall | 18004"
)
CITIES = "Event | City | Dates\nComputex | Taipei | June 4-7\nVivaTech | Paris | May 22-25"


def _pipe(extractor: Extractor) -> Relations:
    pipe = extractor.nlp.get_pipe("rivalgraph_relations_v1")
    assert isinstance(pipe, Relations)
    return pipe


def _cv_model() -> RelationModel:
    """The stored weights with the thresholds cross-validation chose, less the predicates switched off by
    hand (`manifest.hand_off`)."""
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    off = data["manifest"].get("hand_off", {})
    return RelationModel(
        {**data, "thresholds": {p: t for p, t in data["manifest"]["cv_thresholds"].items() if p not in off}}
    )


@contextmanager
def _using(extractor: Extractor, model: RelationModel | None) -> Iterator[None]:
    pipe = _pipe(extractor)
    saved, pipe.model = pipe.model, model
    try:
        yield
    finally:
        pipe.model = saved


def _triples(extractor: Extractor, text: str) -> set[Triple]:
    doc = extractor.extract(make_doc(text))
    return {(r.subject, r.predicate.value, r.object) for r in doc.relations}


def _added(extractor: Extractor, text: str) -> set[Triple]:
    with _using(extractor, None):
        rules = _triples(extractor, text)
    with _using(extractor, _cv_model()):
        return _triples(extractor, text) - rules


def test_relations_learned_model_loads_with_complete_manifest() -> None:
    model = load_relation_model(MODEL_PATH)
    assert model is not None
    assert model.classes == list(CLASSES)
    assert set(model.thresholds) == {p.value for p in Predicate}
    manifest = model.manifest
    for key in ("trained", "groups", "candidates", "features", "cv", "l2", "seed", "iterations"):
        assert key in manifest, key
    assert "seed+dev" in manifest["groups"] and "heldout40" in manifest["groups"]
    # only the open sets of this repository train it (the lead's new sets live outside it)
    assert all(
        g == "seed+dev" or re.fullmatch(r"tuning2?|heldout(_final|\d*)", g) for g in manifest["groups"]
    )
    assert {"rules", "rules+clf"} <= set(manifest["cv"]["current_rules"])
    assert manifest["features"] == len(model.weights)
    assert MODEL_PATH.stat().st_size < 3_000_000
    assert set(manifest["cv_thresholds"]) <= {p.value for p in Predicate}


def test_relations_learned_ships_switched_on_with_cv_thresholds(extractor: Extractor) -> None:
    model = load_relation_model(MODEL_PATH)
    assert model is not None
    assert model.manifest["enabled"] is True
    # nested grouped CV, heldout41..50 pooled (each set scored by a model and thresholds chosen without
    # it): at least +0.005 relation micro F1 over the rules alone, and a gain on both halves
    cv = model.manifest["cv"]
    assert cv["current_rules_H41-50"]["rules+clf"]["f1"] >= cv["current_rules_H41-50"]["rules"]["f1"] + 0.005
    for group in ("current_rules_H41-45", "current_rules_H46-50"):
        assert cv[group]["rules+clf"]["f1"] > cv[group]["rules"]["f1"]
    # CV kept speaks_at at 0.85 for a net loss of two false positives: switched off by hand
    on = {"employs", "exhibits_at"}
    assert set(model.manifest["cv_thresholds"]) - set(model.manifest["hand_off"]) == on
    assert model.active == on
    assert {p: model.threshold(p) for p in on} == {p: model.manifest["cv_thresholds"][p] for p in on}
    # pairs of kinds none of its predicates takes (organization and place: based_in) are not scored
    assert "based_in" not in model.active
    with _using(extractor, None):
        rules = _triples(extractor, BOOTHS)
    with _using(extractor, model):
        assert _triples(extractor, BOOTHS) - rules == {("org:panasonic", "exhibits_at", "event:ces-2024")}


def test_relations_learned_model_switched_off_by_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MODEL_ENV, "none")
    assert load_relation_model() is None
    monkeypatch.setenv(MODEL_ENV, str(MODEL_PATH))
    assert isinstance(load_relation_model(), RelationModel)


def test_relations_learned_rejects_a_foreign_file() -> None:
    with pytest.raises(ValueError, match="not a"):
        RelationModel({"format": "something-else"})


def test_relations_learned_inference_is_deterministic(extractor: Extractor) -> None:
    text = BOOTHS
    with _using(extractor, _cv_model()):
        first = extractor.extract(make_doc(text)).relations
    with _using(extractor, _cv_model()):
        second = extractor.extract(make_doc(text)).relations
    assert first == second
    assert any(r.predicate == Predicate.EXHIBITS_AT for r in first)
    model = load_relation_model(MODEL_PATH)
    assert model is not None
    features = ["kp=PERSON>EVENT", "implicit", "iv=deliver|PERSON>EVENT"]
    allowed = ("attends", "speaks_at", "absent_from")
    assert model.probabilities(features, allowed) == model.probabilities(features, allowed)
    assert sum(model.probabilities(features, allowed).values()) == pytest.approx(1.0)


ADDS: list[tuple[str, set[Triple]]] = [
    # timed speaker lines (the rules read them since session 11: nothing left to add); the first row
    # under a headerless booth-list line, and the second row of an event/city table
    (PROGRAMME, set()),
    (BOOTHS, {("org:panasonic", "exhibits_at", "event:ces-2024")}),
    (CITIES, set()),
    # negatives: people and companies in an event story that do nothing at the event
    (
        OPENING + "Kari Nordmann, the head of research at Telenor, wrote a blog post about autonomous ships "
        "last year.",
        set(),
    ),
    (OPENING + "Yara's shares rose 3% in Oslo trading on Tuesday.", set()),
    (OPENING + "Analysts at Commerzbank said the mood among exhibitors was gloomy.", set()),
    (OPENING + "The weather in Oslo was cold, said Magnus Berg, a local taxi driver.", set()),
    ("Equinor shares fell 2% on Tuesday after Telenor reported results.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ADDS, ids=[f"case{i}" for i in range(len(ADDS))])
def test_relations_learned_adds_what_the_rules_miss(
    extractor: Extractor, text: str, expected: set[Triple]
) -> None:
    assert _added(extractor, text) == expected


def test_relations_learned_relation_carries_sentence_and_probability(extractor: Extractor) -> None:
    model = _cv_model()
    with _using(extractor, model):
        doc = extractor.extract(make_doc(BOOTHS))
    rel = next(
        r for r in doc.relations if r.predicate == Predicate.EXHIBITS_AT and r.subject == "org:panasonic"
    )
    assert rel.evidence is not None
    assert rel.evidence.text in BOOTHS and "Panasonic" in rel.evidence.text
    assert model.threshold("exhibits_at") <= rel.confidence <= 1.0
    assert not rel.negated


# ---------------------------------------------------------------- guards (learned.py _Guards)
# Additions the weights cannot learn from the few rows the data holds of them: employs for a person the
# rules already tie to an employer in the same sentence or, to a unit, anywhere in the document; and
# exhibits_at from a table row whose table is not about exhibitors.
SPEAKER_LINES = (
    "KEYNOTES\n"
    "Jane Liu, President, Cloud Products Group, Lenovo\n"
    "Tom Lee, Vice President, Research Department, Baidu (video)\n"
)
NO_EXHIBITOR_TABLE = (
    "IFA 2024 | Berlin | 6-10 September 2024\n\n"
    "Korean brands report strong sales in Europe\n\n"
    "Samsung Electronics | Suwon | Televisions and home appliances.\n"
)
EXHIBITOR_TABLE = (
    "IFA 2024 | Berlin | 6-10 September 2024\n\n"
    "IFA 2024 exhibitor directory: selected brands from Korea\n\n"
    "Samsung Electronics | Suwon | Televisions and home appliances.\n"
)


def _blocked(extractor: Extractor, text: str) -> dict[tuple[str, str], tuple[str, ...]]:
    """Each candidate pair's guarded predicates (the trainer's recording mode, rules alone)."""
    pipe = _pipe(extractor)
    pipe.record = []
    try:
        extractor.extract(make_doc(text))
        record = pipe.record
    finally:
        pipe.record = None
    return {(c.subject, c.object): c.blocked for cands in record for c in cands}


def _name_key(extractor: Extractor, text: str, name: str) -> str:
    doc = extractor.extract(make_doc(text))
    return next(e.id for e in [*doc.entities, *doc.events] if e.name == name)


def _eager() -> RelationModel:
    """The stored weights with every predicate on at probability 0: whatever the model ranks first."""
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return RelationModel({**data, "thresholds": dict.fromkeys((p.value for p in Predicate), 0.0)})


def test_relations_learned_guard_employs_on_a_speaker_line(extractor: Extractor) -> None:
    blocked = _blocked(extractor, SPEAKER_LINES)
    unit = _name_key(extractor, SPEAKER_LINES, "Cloud Products Group")
    dept = _name_key(extractor, SPEAKER_LINES, "Research Department")
    person = {e.name: e.id for e in extractor.extract(make_doc(SPEAKER_LINES)).entities}
    assert "employs" in blocked[(unit, person["Jane Liu"])]
    assert "employs" in blocked[(dept, person["Tom Lee"])]
    with _using(extractor, _eager()):
        doc = extractor.extract(make_doc(SPEAKER_LINES))
    employs = {(r.subject, r.object) for r in doc.relations if r.predicate == Predicate.EMPLOYS}
    assert (unit, person["Jane Liu"]) not in employs and (dept, person["Tom Lee"]) not in employs


CREDITS = (
    "Nordic Robotics Week 2024 opens in Oslo\n\n"
    "Visitors watch a welding robot at the fair in Oslo on May 7, 2024. Photo: NTB Scanpix\n"
    "Delegates at the 2023 edition. REUTERS/Lise Aserud\n"
    "Nordic Robotics Week 2024 drew 300 exhibitors, said Telenor, which showed a harbour drone."
)


def test_relations_learned_guard_credit_lines(extractor: Extractor) -> None:
    # a picture's credit ("Photo: NTB Scanpix", "REUTERS/<photographer>") did nothing at the event: no
    # predicate may be added for it, whatever the weights say; the company in the story stays open
    blocked = _blocked(extractor, CREDITS)
    credits = {pair: b for pair, b in blocked.items() if pair[0] in ("org:ntb-scanpix", "org:reuters")}
    assert credits and all(
        set(b) == {"exhibits_at", "attends", "sponsors", "organizes", "absent_from"} for b in credits.values()
    )
    assert all(
        not b for pair, b in blocked.items() if pair[0] == "org:telenor" and pair[1].startswith("event:")
    )
    with _using(extractor, _eager()):
        doc = extractor.extract(make_doc(CREDITS))
    assert not [r for r in doc.relations if r.subject in ("org:ntb-scanpix", "org:reuters")]


def test_relations_learned_guard_leaves_a_person_without_employer_open(extractor: Extractor) -> None:
    # the rules tie nobody to an employer here: the guard does not decide, the weights do
    text = "Tom Lee spoke about robots on Monday while Acme Robotics watched."
    assert _blocked(extractor, text) == {("org:acme-robotics", "person:tom-lee"): ()}


def test_relations_learned_guard_exhibits_at_only_under_an_exhibitor_table(extractor: Extractor) -> None:
    samsung = "org:samsung-electronics"
    no_list = _blocked(extractor, NO_EXHIBITOR_TABLE)
    assert any(s == samsung and "exhibits_at" in b for (s, _), b in no_list.items())
    listed = _blocked(extractor, EXHIBITOR_TABLE)
    assert all("exhibits_at" not in b for (s, _), b in listed.items() if s == samsung)
    # a booth list line above the rows is exhibitor-like too
    assert all("exhibits_at" not in b for b in _blocked(extractor, BOOTHS).values())
    with _using(extractor, _eager()):
        doc = extractor.extract(make_doc(NO_EXHIBITOR_TABLE))
    assert not any(r.predicate == Predicate.EXHIBITS_AT and r.subject == samsung for r in doc.relations)


def test_relations_learned_guard_speaks_at_under_another_role_heading(extractor: Extractor) -> None:
    text = (
        "Photonics World 2024 | Show report\n"
        "Munich, June 20, 2024\n\n"
        "KEYNOTES\n"
        "Peter Leibinger, Chief Technology Officer, Trumpf\n\n"
        "MANAGEMENT\n"
        "Anna Weber, CEO, Photonics World GmbH\n"
    )
    blocked = {s: b for (s, o), b in _blocked(extractor, text).items() if o.startswith("event:")}
    assert "speaks_at" in blocked["person:anna-weber"]
    assert "speaks_at" not in blocked["person:peter-leibinger"]


def test_relations_learned_guard_nothing_for_a_reporter_on_a_byline(extractor: Extractor) -> None:
    text = (
        "Robot makers crowd the World Robot Conference 2024\n"
        "Mei Tanaka Beijing\n"
        "UBTech and Unitree showed humanoids at the World Robot Conference in Beijing on Wednesday.\n"
        "Li Wei, chief executive of UBTech, spoke at the conference.\n"
    )
    blocked = _blocked(extractor, text)
    # every pair of the reporter's is guarded in full (what the pair allows is blocked)
    reporter = {o: b for (s, o), b in blocked.items() if s == "person:mei-tanaka"}
    assert "speaks_at" in reporter["event:world-robot-conference-2024"], blocked
    assert all(reporter.values()), reporter
    # the speaker in the story keeps the model's say
    assert all("speaks_at" not in b for (s, o), b in blocked.items() if s == "person:li-wei")

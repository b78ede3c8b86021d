"""Held-out corpus: gold files are well-formed, and the extractor's score on them stays above a floor."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from rivalgraph.extract import Extractor
from rivalgraph.model import Document
from tests.conftest import FIXTURES, shared_path
from tests.extract._score import score_pairs

HELDOUT = FIXTURES / "heldout"
TEXTS = sorted(HELDOUT.glob("*.txt"))
# Sets written and annotated independently of the extractor (relation F1 when first scored):
# `heldout`: rule authors never read it but watched its aggregate scores (0.529).
# `heldout_final`: written in session 1, kept outside the repository until committed (0.522).
# `heldout3`: written in session 2, kept outside the repository while rules were improved (0.642).
# `heldout4`: written in session 3, kept outside the repository (0.617); most of its stories are
# also told in `tuning2`, so its later scores overstate generalization (see its README).
# `heldout5`: written in session 3 on news items no other set covers, kept outside the repository
# (0.581): the most honest estimate for unseen articles.
# `tuning`, `tuning2`: written in sessions 2 and 3 for rule authors to read and tune on (0.522,
# 0.652), so they gate regressions but say nothing about unseen articles.
# In session 4 all five held-out sets above were opened to rule authors (their gain from then on
# is tuning, not generalization). `heldout6`-`heldout9` (12 articles each, session 4, on news no other
# set covers) were kept outside the repository while two rounds of rules were written (pooled relation
# F1 0.686 at the start of session 4, 0.693 at its commit). In session 5 their aggregate scores were
# watched and the knowledge-base briefs named event series and companies the lead had seen in their
# topic lists or in session 4's reading of heldout6's misses, so their gains since (0.693 -> 0.734)
# overstate generalization. `heldout10` (session 5; the lead read its INDEX of constructions, and its
# event series came from the same topic pool as the events knowledge-base brief) and `heldout11`
# (session 5, topics chosen by its writer, texts read by nobody else; the lead wrote probe sentences
# about some of its reported topics) are the newest estimates.
# In session 6, sets 6-11 served as a diagnostic pool: their aggregate miss counts (never texts or
# per-document output) guided rules and knowledge-base briefs, so their gains since overstate
# generalization. `heldout12`-`heldout17` (72 articles, session 6) were written by six writers who chose
# their own topics and reported only aggregate scores; nobody else read their texts, gold or topic
# lists while rules were written (the lead once saw one file name of set 12 in a directory listing).
# They are the honest estimate: pooled relation F1 0.658 with the code at the start of session 6,
# 0.674 at its commit.
# In session 7, sets 6-14 were read freely by rule authors (their misses steered the rules) and sets
# 15-17 were watched through aggregate lines only. `heldout18`-`heldout23` (72 articles, session 7)
# were written by six writers who chose their own topics and reported only aggregate scores; nobody
# else read their texts, gold or topic lists while rules were written. They are the honest estimate:
# pooled relation F1 0.649 with the code at the start of session 7, 0.673 at its commit.
# `heldout24`, `heldout25` (session 7) were watched through aggregate lines only while rules and the
# knowledge base grew (0.642 -> 0.654 pooled).
# In session 8, sets 6-14 and 18-25 were read freely by rule authors and 15-17 watched through aggregate
# lines. `heldout26`-`heldout30` (60 articles, session 8) were written by five writers who chose their
# own topics and reported only aggregate scores; nobody else read their texts or gold while rules were
# written (the lead saw set 26's file names once, after every rule was merged). They are the honest
# estimate: pooled relation F1 0.601 with the code at the start of session 8, 0.636 at its commit.
# In session 9, sets 6-14 and 18-30 were read freely by rule authors and 15-17 watched through
# aggregate lines. `heldout31`-`heldout35` (60 articles, session 9) were written by five writers who
# chose their own topics and reported only aggregate scores; nobody else read their texts or gold while
# rules were written (the lead saw one file name of set 31 in a directory listing): pooled relation F1
# 0.684 with the code at the start of session 9 and 0.684 at its commit. `heldout36`-`heldout40`
# (59 articles, written after the session's last extraction change) read 0.682 with the start code and
# 0.683 with the final code: the session's rules moved the sets they were written from, not new ones.
# In session 10, rule authors read sets 6-35 freely and watched 36-40 through aggregate lines; the
# relation classifier was retrained on every set and tuned on 31-40. `heldout41`-`heldout50` (119
# articles, session 10) were written by ten writers who chose their own topics within slices the lead
# named (mixed news, event editions, rivalry company stories, sanctions, non-US/China players, Chinese
# domestic events, organisers' pages, conference rivalry reports, corporate deals, news digests) and
# reported only aggregate scores; nobody else read their texts, gold or topic lists while rules were
# written: pooled relation F1 0.624 with the code at the start of session 10 and 0.638 at its end
# (every set rose), the first session whose gains carried over to new articles.
# In session 11, rule authors read sets 3-40 and watched 41-50 through aggregate lines; the classifier
# was retrained on every set and tuned on 41-50. `heldout51`-`heldout60` (120 articles) were written by
# ten new writers in slices the lead named (Chinese expos, Western trade shows, sanctions, AI money,
# company events, participation across editions, government summits, models and chips, short forms,
# robotics and EVs), who did not read the code and reported only aggregates: pooled relation F1 0.750
# with the start code and 0.752 at the end (rules alone 0.744 -> 0.747), while the watched sets 41-50
# rose 0.633 -> 0.656 rules alone: gains chosen on a watched pool carried over only a little.
# Floors are the relation / entity F1 measured at the latest session's final commit; the gate
# leaves 0.03 for parser noise.
FLOORS = {
    "heldout": (0.910, 0.962),
    "heldout_final": (0.923, 0.969),
    "heldout3": (0.947, 0.962),
    "heldout4": (0.953, 0.959),
    "heldout5": (0.925, 0.946),
    "heldout6": (0.889, 0.947),
    "heldout7": (0.866, 0.938),
    "heldout8": (0.870, 0.942),
    "heldout9": (0.853, 0.934),
    "heldout10": (0.890, 0.962),
    "heldout11": (0.903, 0.964),
    "heldout12": (0.909, 0.965),
    "heldout13": (0.904, 0.929),
    "heldout14": (0.858, 0.939),
    "heldout15": (0.661, 0.913),
    "heldout16": (0.732, 0.919),
    "heldout17": (0.726, 0.859),
    "heldout18": (0.831, 0.931),
    "heldout19": (0.820, 0.951),
    "heldout20": (0.732, 0.869),
    "heldout21": (0.788, 0.895),
    "heldout22": (0.863, 0.920),
    "heldout23": (0.681, 0.930),
    "heldout24": (0.792, 0.903),
    "heldout25": (0.789, 0.930),
    "heldout26": (0.762, 0.911),
    "heldout27": (0.667, 0.892),
    "heldout28": (0.652, 0.932),
    "heldout29": (0.828, 0.944),
    "heldout30": (0.810, 0.919),
    "heldout31": (0.608, 0.877),
    "heldout32": (0.718, 0.929),
    "heldout33": (0.676, 0.930),
    "heldout34": (0.627, 0.883),
    "heldout35": (0.749, 0.883),
    "heldout36": (0.614, 0.854),
    "heldout37": (0.635, 0.826),
    "heldout38": (0.634, 0.915),
    "heldout39": (0.837, 0.936),
    "heldout40": (0.777, 0.899),
    "heldout41": (0.575, 0.872),
    "heldout42": (0.699, 0.862),
    "heldout43": (0.677, 0.946),
    "heldout44": (0.813, 0.936),
    "heldout45": (0.679, 0.864),
    "heldout46": (0.674, 0.925),
    "heldout47": (0.564, 0.817),
    "heldout48": (0.423, 0.837),
    "heldout49": (0.632, 0.896),
    "heldout50": (0.703, 0.926),
    "heldout51": (0.790, 0.929),
    "heldout52": (0.699, 0.953),
    "heldout53": (0.776, 0.912),
    "heldout54": (0.681, 0.949),
    "heldout55": (0.778, 0.943),
    "heldout56": (0.721, 0.960),
    "heldout57": (0.701, 0.901),
    "heldout58": (0.833, 0.937),
    "heldout59": (0.822, 0.928),
    "heldout60": (0.751, 0.915),
    "tuning": (0.977, 0.993),
    "tuning2": (0.959, 0.962),
}
GATE_MARGIN = 0.03
# The session-6 to -10 writers also marked descriptions ("the company"), pronouns, plurals
# and bare surnames as mentions without listing them as aliases. SCHEMA.md keeps such forms in
# `mentions` only; the scorer matches entities on names and aliases, so they only make matching
# stricter. These sets skip the check that every mention's surface is an alias (offsets and
# evidence are still checked).
MENTION_ONLY_FORMS = {f"heldout{n}" for n in range(12, 61)}


def gold_of(text_path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(text_path.with_suffix(".gold.json").read_text(encoding="utf-8"))
    return data


def texts_of(name: str) -> list[Path]:
    return sorted((FIXTURES / name).glob("*.txt"))


ALL_TEXTS = [p for name in FLOORS for p in texts_of(name)]


@pytest.mark.parametrize("name", FLOORS)
def test_heldout_has_ten_or_more_documents_with_gold(name: str) -> None:
    texts = texts_of(name)
    assert len(texts) >= 10
    assert all(p.with_suffix(".gold.json").exists() for p in texts)


@pytest.mark.parametrize("path", ALL_TEXTS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_heldout_gold_roundtrips_and_offsets_slice(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    gold = gold_of(path)
    doc = Document.from_json(gold)
    assert doc.to_json() == gold
    assert Document.from_json(doc.to_json()) == doc
    assert gold["doc_id"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert gold["source"] == path.name
    # the dateline near the top carries the year (extract --published is one date for all inputs)
    assert gold["title"] in text and gold["published"][:4] in text[:200]
    ids = {e["id"] for e in gold["entities"]} | {e["id"] for e in gold["events"]}
    for item in gold["entities"] + gold["events"]:
        surfaces = {text[a:b] for a, b in item["mentions"]}
        assert item["mentions"], item["id"]
        assert all(0 <= a < b <= len(text) for a, b in item["mentions"]), item["id"]
        if (
            item["id"].startswith(("org:", "person:", "product:"))
            and path.parent.name not in MENTION_ONLY_FORMS
        ):
            assert surfaces <= set(item["aliases"]), (item["id"], surfaces)
    for fact in gold["relations"] + gold["quantities"]:
        ev = fact["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["text"], fact
    for rel in gold["relations"]:
        assert rel["subject"] in ids and rel["object"] in ids, rel


def test_heldout_scorer_copy_gives_gold_full_marks() -> None:
    golds = [gold_of(p) for p in TEXTS]
    result = score_pairs((g, g) for g in golds)
    assert result == {"relation_f1": 1.0, "entity_f1": 1.0}


def test_heldout_scorer_copy_counts_a_missing_relation() -> None:
    gold = gold_of(TEXTS[0])
    pred = dict(gold, relations=gold["relations"][1:])
    assert score_pairs([(pred, gold)])["relation_f1"] < 1.0


def extract_heldout(
    extractor: Extractor, name: str = "heldout"
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(prediction, gold) pairs: each article extracted as the cleaner builds a .txt document."""
    pairs = []
    for path in texts_of(name):
        text = path.read_text(encoding="utf-8")
        gold = gold_of(path)
        doc = Document(
            doc_id=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            text=text,
            source=path.name,
            published=gold["published"],
        )
        pairs.append((extractor.extract(doc).to_json(), gold))
    return pairs


@pytest.mark.parametrize("name", FLOORS)
def test_heldout_extractor_scores_above_gate(extractor: Extractor, name: str) -> None:
    relation_floor, entity_floor = FLOORS[name]
    result = score_pairs(extract_heldout(extractor, name))
    assert result["relation_f1"] >= relation_floor - GATE_MARGIN, result
    assert result["entity_f1"] >= entity_floor - GATE_MARGIN, result


@pytest.mark.shared
def test_heldout_scorer_copy_agrees_with_shared_scorer(extractor: Extractor, tmp_path: Path) -> None:
    path = shared_path("eval", "score.py")
    spec = importlib.util.spec_from_file_location("rivalgraph_shared_score_heldout", path)
    assert spec is not None and spec.loader is not None
    shared = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shared)
    pairs = extract_heldout(extractor)
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p, _ in pairs), encoding="utf-8")
    official = shared.score(str(pred), str(HELDOUT))
    ours = score_pairs(pairs)
    assert official["predicted_docs"] == len(TEXTS)
    assert ours["relation_f1"] == pytest.approx(official["relations"]["micro"]["f1"])
    assert ours["entity_f1"] == pytest.approx(official["entities"]["micro"]["f1"])

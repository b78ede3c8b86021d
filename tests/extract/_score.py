"""A minimal copy of the matching rules of ../shared/eval/score.py (SCHEMA.md "Scoring").

Vendored so the held-out gate runs in a clone without ../shared: names compared after
NFKC, case-folding, punctuation stripping and dropping trailing legal suffixes; entities
match on a shared name/alias, events on name/alias plus year; relations on predicate +
mapped subject + mapped object + negation, with absent_from == attends negated.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from typing import Any

LEGAL_SUFFIXES = frozenset(
    {
        "co",
        "ltd",
        "inc",
        "group",
        "holdings",
        "corporation",
        "limited",
        "corp",
        "holding",
        "company",
        "incorporated",
        "llc",
        "plc",
    }
)
YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
DASHES = re.compile(r"[\u2010-\u2015\u2212\-/_]")

Obj = dict[str, Any]
Key = tuple[str, str, str, bool]


def norm(text: object) -> str:
    """Case-fold, strip punctuation, drop trailing legal suffixes."""
    if not isinstance(text, str):
        return ""
    s = DASHES.sub(" ", unicodedata.normalize("NFKC", text).casefold())
    s = "".join(ch for ch in s if not unicodedata.category(ch).startswith("P"))
    tokens = s.split()
    while len(tokens) > 1 and tokens[-1] in LEGAL_SUFFIXES:
        tokens.pop()
    return " ".join(tokens)


def names_of(obj: Mapping[str, Any], drop_years: bool = False) -> set[str]:
    """Normalized name and aliases of an entity or event."""
    out = set()
    for raw in [obj.get("name"), *(obj.get("aliases") or [])]:
        if isinstance(raw, str):
            n = norm(YEAR_RE.sub(" ", raw) if drop_years else raw)
            if n:
                out.add(n)
    return out


def event_year(ev: Mapping[str, Any]) -> int | None:
    """The edition year: `year`, else a year in a name, else from start/end."""
    y = ev.get("year")
    if isinstance(y, str) and y.strip().isdigit():
        return int(y.strip())
    if isinstance(y, int):
        return y
    for raw in [ev.get("name"), *(ev.get("aliases") or [])]:
        if isinstance(raw, str) and (m := YEAR_RE.search(raw)):
            return int(m.group(0))
    for key in ("start", "end"):
        v = ev.get(key)
        if isinstance(v, str) and re.match(r"^\d{4}", v):
            return int(v[:4])
    return None


def _canon(pred: object, negated: object) -> tuple[str, bool]:
    p = str(pred or "").strip()
    return ("attends", True) if p == "absent_from" else (p, bool(negated))


Score = tuple[int, int, int]


def _assign(
    preds: list[Obj], golds: list[Obj], ok: Callable[[Obj, Obj], bool], score: Callable[[Obj, Obj], Score]
) -> dict[int, int]:
    """Greedy one-to-one assignment on descending score (as the shared scorer)."""
    cands = [(score(p, g), i, j) for i, p in enumerate(preds) for j, g in enumerate(golds) if ok(p, g)]
    cands.sort(key=lambda t: (-t[0][0], -t[0][1], -t[0][2], t[1], t[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs: dict[int, int] = {}
    for _, i, j in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs[i] = j
    return pairs


def _best(
    p: Obj, golds: list[Obj], ok: Callable[[Obj, Obj], bool], score: Callable[[Obj, Obj], Score]
) -> int | None:
    best: int | None = None
    best_s: Score | None = None
    for j, g in enumerate(golds):
        if ok(p, g) and (best_s is None or score(p, g) > best_s):
            best, best_s = j, score(p, g)
    return best


def match_document(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> dict[str, Any]:
    """Relation sets and entity counts (tp, fp, fn) of one predicted vs gold document."""
    pe = [dict(e, _n=names_of(e)) for e in pred.get("entities") or [] if isinstance(e, dict)]
    ge = [dict(e, _n=names_of(e)) for e in gold.get("entities") or []]
    pv = [
        dict(e, _n=names_of(e, True), _y=event_year(e))
        for e in pred.get("events") or []
        if isinstance(e, dict)
    ]
    gv = [dict(e, _n=names_of(e, True), _y=event_year(e)) for e in gold.get("events") or []]

    def overlap(p: Obj, g: Obj) -> bool:
        return bool(p["_n"] & g["_n"])

    def escore(p: Obj, g: Obj) -> Score:
        return (
            int(p.get("type") == g.get("type")),
            int(norm(p.get("name")) == norm(g.get("name"))),
            len(p["_n"] & g["_n"]),
        )

    ent_pairs = _assign(pe, ge, lambda p, g: overlap(p, g) and p.get("type") == g.get("type"), escore)
    mapping: dict[str, str] = {}
    for i, p in enumerate(pe):
        j = ent_pairs.get(i, _best(p, ge, overlap, escore))
        if j is not None and p.get("id") is not None:
            mapping.setdefault(p["id"], ge[j]["id"])

    def vok(p: Obj, g: Obj) -> bool:
        return overlap(p, g) and p["_y"] == g["_y"]

    def vscore(p: Obj, g: Obj) -> Score:
        same = norm(YEAR_RE.sub(" ", p.get("name") or "")) == norm(YEAR_RE.sub(" ", g.get("name") or ""))
        return (int(same), len(p["_n"] & g["_n"]), 0)

    ev_pairs = _assign(pv, gv, vok, vscore)
    for i, p in enumerate(pv):
        j = ev_pairs.get(i, _best(p, gv, vok, vscore))
        if j is not None and p.get("id") is not None:
            mapping.setdefault(p["id"], gv[j]["id"])
    known = {e.get("id") for e in pe + pv}
    gold_ids = {e["id"] for e in ge + gv}

    def resolve(pid: object) -> str:
        if not isinstance(pid, str):
            return f"?{pid}"
        if pid in mapping:
            return mapping[pid]
        if pid not in known:
            if pid in gold_ids:
                return pid
            n = norm(pid.split(":", 1)[-1].replace("-", " "))
            for g in ge:
                if n and n in g["_n"]:
                    return str(g["id"])
        return f"?{pid}"

    gold_rel: set[Key] = set()
    for r in gold.get("relations") or []:
        predicate, neg = _canon(r["predicate"], r.get("negated"))
        gold_rel.add((predicate, str(r["subject"]), str(r["object"]), neg))
    pred_rel: set[Key] = set()
    for r in pred.get("relations") or []:
        if isinstance(r, dict):
            predicate, neg = _canon(r.get("predicate"), r.get("negated"))
            pred_rel.add((predicate, resolve(r.get("subject")), resolve(r.get("object")), neg))
    etp = len(ent_pairs) + len(ev_pairs)
    return {
        "pred": pred_rel,
        "gold": gold_rel,
        "entity": (etp, len(pe) + len(pv) - etp, len(ge) + len(gv) - etp),
        # predicted id -> gold id, for scripts/train_relations.py when ../shared is absent
        "resolve": resolve,
    }


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1 (1.0 everywhere when there is nothing to find or predict)."""
    if tp + fp + fn == 0:
        return 1.0, 1.0, 1.0
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_pairs(pairs: Iterable[tuple[Mapping[str, Any], Mapping[str, Any]]]) -> dict[str, float]:
    """Micro relation and entity F1 over (prediction, gold) document pairs."""
    rtp = rfp = rfn = etp = efp = efn = 0
    for pred, gold in pairs:
        m = match_document(pred, gold)
        rtp += len(m["pred"] & m["gold"])
        rfp += len(m["pred"] - m["gold"])
        rfn += len(m["gold"] - m["pred"])
        a, b, c = m["entity"]
        etp, efp, efn = etp + a, efp + b, efn + c
    return {"relation_f1": prf(rtp, rfp, rfn)[2], "entity_f1": prf(etp, efp, efn)[2]}

"""A learned relation classifier that adds what the rules miss.

Every ordered pair of endpoints (entity mention, named or generic event edition) in one sentence whose
kinds fit a predicate's signature is a candidate. Each candidate gets sparse string features (words
between and around, dependency path, verb, negation, links, what the rules said) and a multinomial
logistic regression scores NONE and each predicate the signature allows. The classifier only adds a
relation the rules did not produce; the rules stay the first word. A few general guards (_Guards) keep
it from additions the training data has too few rows of to learn (a second employer on a line the rules
already read, an exhibitor from a table that lists none, a speaker under a management heading). Weights
are trained by scripts/train_relations.py and stored in data/models/relations_v1.json (numpy only at run
time).
"""

from __future__ import annotations

import bisect
import functools
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from spacy.attrs import DEP, HEAD

from rivalgraph.extract.doccache import doc_text
from rivalgraph.extract.events import EventModel
from rivalgraph.extract.relations.lists import UNIT_WORDS, Line, ListRules
from rivalgraph.extract.relations.participation import (
    BOOTH_COLUMNS,
    BOOTH_LOCATOR,
    EXHIBITOR_TITLE,
    SPEAKER_PAGE,
    caps_heading,
)
from rivalgraph.extract.state import DocState
from rivalgraph.extract.vocab import CALENDAR_WORDS
from rivalgraph.model import PREDICATE_SIGNATURES, Evidence, Predicate, Relation
from rivalgraph.settings import PACKAGE_DATA

__all__ = [
    "MODEL_PATH",
    "Candidate",
    "RelationModel",
    "add_learned",
    "find_candidates",
    "load_relation_model",
]

MODEL_PATH = PACKAGE_DATA / "models" / "relations_v1.json"
# RIVALGRAPH_RELATION_MODEL: another model file, or "none" for the rules alone (A/B scoring)
MODEL_ENV = "RIVALGRAPH_RELATION_MODEL"
FORMAT = "rivalgraph.relations.logreg.v1"
NONE = "NONE"
# the classes the model scores: absent_from is its own class (the scorer reads it as attends negated);
# other negated relations are left to the rules
CLASSES: tuple[str, ...] = (NONE, *(p.value for p in Predicate))
_NEG_WORDS = frozenset({"not", "n't", "no", "never", "without", "nor", "neither", "decline", "refuse"})
_MAX_BETWEEN = 12
_WINDOW = 3
_MAX_PATH = 6


@dataclass(slots=True)
class _End:
    """One endpoint occurrence in a sentence: an entity mention or an event reference."""

    key: str
    kind: str
    start: int
    end: int
    root: int
    generic: bool = False
    # the edition the sentence is about without naming it (carried from the paragraph or the story)
    implicit: bool = False


@dataclass(slots=True)
class Candidate:
    """An ordered endpoint pair in one sentence, with its features and the predicates it may take."""

    subject: str
    object: str
    sent: int
    span: tuple[int, int]
    allowed: tuple[str, ...]
    features: list[str] = field(default_factory=list)
    # predicates a guard (_Guards) forbids the classifier to add for this pair
    blocked: tuple[str, ...] = ()


def _fits(subj_kind: str, obj_kind: str) -> tuple[str, ...]:
    return tuple(
        p.value for p, (sk, ok) in PREDICATE_SIGNATURES.items() if subj_kind in sk and obj_kind in ok
    )


_KINDS = ("ORG", "PERSON", "PRODUCT", "GPE", "EVENT")
_ALLOWED: dict[tuple[str, str], tuple[str, ...]] = {(a, b): _fits(a, b) for a in _KINDS for b in _KINDS}


def _sentence_ends(state: DocState, events: EventModel) -> dict[int, list[_End]]:
    """Endpoints by sentence: typed entity mentions and the editions event references resolved to."""
    out: dict[int, list[_End]] = {}
    event_starts: set[int] = set()
    roots = state.mention_root
    for m in state.mentions:
        if m.label == "EVENT":
            event_starts.add(m.start)
            continue
        if not m.key:
            continue
        kind = state.etype(m.key)
        if kind not in _KINDS:
            continue
        root = m.start if m.end - m.start == 1 else roots(m).i
        out.setdefault(m.sent, []).append(_End(m.key, kind, m.start, m.end, root))
    by_start = {m.start: m for m in state.mentions if m.label == "EVENT"}
    for pos, ed in events.ref_tokens.items():
        eds = [ed, *events.ref_extra.get(pos, [])]
        named = by_start.get(pos)
        if named is not None:
            start, end, root, generic = named.start, named.end, roots(named).i, False
        else:
            start, end, root, generic = pos, pos + 1, pos, True
        si = state.tok_sent[pos]
        for e in eds:
            if e in events.editions:
                out.setdefault(si, []).append(
                    _End(events.edition_id(e), "EVENT", start, end, root, generic=generic)
                )
    for si, ends in out.items():
        if any(e.kind == "EVENT" for e in ends) or not any(e.kind in ("ORG", "PERSON") for e in ends):
            continue
        for e in events.sent_editions[si] if si < len(events.sent_editions) else ():
            if e in events.editions:
                ends.append(_End(events.edition_id(e), "EVENT", -1, -1, -1, generic=True, implicit=True))
    return out


class _Parse:
    """Heads and dependency labels of a whole document as plain lists (Token objects are slow)."""

    def __init__(self, state: DocState) -> None:
        doc = state.doc
        arr = doc.to_array([HEAD, DEP])
        # HEAD is the head's offset, stored unsigned: the signed view gives negative offsets back
        self.head: list[int] = (arr[:, 0].astype("int64") + range(len(arr))).tolist()
        # label ids, named only where a feature reads one (a few tokens per document)
        self.dep_id: list[int] = arr[:, 1].tolist()
        self.strings = doc.vocab.strings
        self.lemma = state.lemma_low
        self.pos = state.pos

    def dep(self, i: int) -> str:
        return str(self.strings[self.dep_id[i]])

    def neg_in(self, lo: int, hi: int) -> bool:
        """A negation word among tokens lo..hi-1."""
        return not _NEG_WORDS.isdisjoint(self.lemma[lo:hi])

    def ancestors(self, i: int) -> list[int]:
        out = [i]
        seen = {i}
        while self.head[i] != i and len(out) < 40:
            i = self.head[i]
            if i in seen:
                break
            seen.add(i)
            out.append(i)
        return out


def _path(parse: _Parse, a: int, b: int) -> tuple[str, str, int, int]:
    """Dependency path a -> b: labels and inner lemmas, the labels alone, its length, the top node."""
    up = parse.ancestors(a)
    down = parse.ancestors(b)
    down_set = {t: k for k, t in enumerate(down)}
    top = next((t for t in up if t in down_set), up[-1])
    ua = up[: up.index(top)]
    db = down[: down_set.get(top, len(down))]
    dep, lem = parse.dep, parse.lemma
    if len(ua) + len(db) > _MAX_PATH:
        return "long", "long", len(ua) + len(db), top
    parts: list[str] = []
    bare: list[str] = []
    for k, t in enumerate(ua):
        if k > 0:
            parts.append(lem[t])
        d = dep(t) + "<"
        parts.append(d)
        bare.append(d)
    parts.append(lem[top] if top not in (a, b) else "*")
    bare.append("^")
    for k, t in enumerate(reversed(db)):
        d = ">" + dep(t)
        parts.append(d)
        bare.append(d)
        if k < len(db) - 1:
            parts.append(lem[t])
    return " ".join(parts), "".join(bare), len(ua) + len(db), top


def _features(
    state: DocState,
    parse: _Parse,
    subj: _End,
    obj: _End,
    si: int,
    ends: list[_End],
    covering: dict[int, list[_End]],
    rules_here: dict[tuple[str, str], list[str]] | None,
    rules_doc: dict[tuple[str, str], list[str]] | None,
) -> list[str]:
    lem, pos = parse.lemma, parse.pos
    kp = f"{subj.kind}>{obj.kind}"
    first, second = (subj, obj) if subj.start <= obj.start else (obj, subj)
    order = "sf" if first is subj else "of"
    f = [f"kp={kp}", f"ko={kp}:{order}"]
    if subj.generic or obj.generic:
        f.append("generic_event")
    sent = state.sents[si]
    # words between, mentions folded into their kind
    between: list[str] = []
    i = first.end
    gap = max(0, second.start - first.end)
    others: set[str] = set()
    keys = (subj.key, obj.key)
    while i < second.start:
        e = None
        cov = covering.get(i)
        if cov is not None:
            e = next((x for x in cov if x.key not in keys), None)
        if e is not None:
            between.append("<" + e.kind + ">")
            others.add(e.kind)
            i = e.end
            continue
        if pos[i] != "SPACE":
            between.append(lem[i])
        i += 1
    f.append(f"gap={gap if gap < 10 else (15 if gap < 20 else 25)}")
    if gap <= _MAX_BETWEEN:
        for w in dict.fromkeys(between):
            f.append(f"b={w}")
            f.append(f"b={w}|{order}")
        if gap <= 4:
            f.append(f"bs={'_'.join(between)}|{order}")
    else:
        f.append("b=LONG")
    for kind in others:
        f.append(f"ob={kind}")
    # attachment: is each end the nearest of its kind to the other end ("Microsoft's Bing and OpenAI's
    # GPT-4": Microsoft is not the developer of GPT-4)
    for me, other, tag in ((subj, obj, "s"), (obj, subj, "o")):
        d0 = abs(me.start - other.start)
        closer = {
            e.key for e in ends if e.kind == me.kind and e.key != me.key and abs(e.start - other.start) < d0
        }
        f.append(f"near_{tag}={min(len(closer), 2)}|{kp}")
        same = {e.key for e in ends if e.kind == me.kind}
        f.append(f"many_{tag}={min(len(same), 3)}|{kp}")
    for k in range(1, _WINDOW + 1):
        li = first.start - k
        if li >= sent.start and pos[li] != "SPACE":
            f.append(f"l{k}={lem[li]}")
        ri = second.end + k - 1
        if ri < sent.end and pos[ri] != "SPACE":
            f.append(f"r{k}={lem[ri]}")
    p_full, p_bare, plen, top = _path(parse, subj.root, obj.root)
    f.append(f"p={p_full}|{kp}")
    f.append(f"pb={p_bare}|{kp}")
    f.append(f"plen={min(plen, 7)}")
    # the nearest verb governing both ends
    v = top
    hops = 0
    while pos[v] not in ("VERB", "AUX") and parse.head[v] != v and hops < 4:
        v = parse.head[v]
        hops += 1
    if pos[v] in ("VERB", "AUX"):
        f.append(f"v={lem[v]}|{kp}")
        f.append(f"v={lem[v]}")
    # a negation in the clause of the top node
    lo, hi = max(sent.start, first.start - 6), min(sent.end, second.end + 6)
    if lo < hi and parse.neg_in(lo, hi):
        f.append("neg")
    # direct links: compound ("Microsoft-backed"), possessive ("Google's"), apposition
    for a, b, tag in ((subj, obj, "s"), (obj, subj, "o")):
        h = parse.head[a.root]
        if b.start <= h < b.end:
            f.append(f"lnk={tag}:{parse.dep(a.root)}")
    if state.caption[si]:
        f.append("caption")
    if si == 0:
        f.append("headline")
    if rules_here is not None and rules_doc is not None:
        f.extend(_rule_features(subj, obj, rules_here, rules_doc))
    return f


def _rule_features(
    subj: _End,
    obj: _End,
    rules_here: dict[tuple[str, str], list[str]],
    rules_doc: dict[tuple[str, str], list[str]],
) -> list[str]:
    """What the rules said about this pair (the stored model may leave these out)."""
    f: list[str] = []
    pair = (subj.key, obj.key)
    here = rules_here.get(pair, [])
    for r in here:
        f.append(f"rule={r}")
    for r in rules_doc.get(pair, []):
        if r not in here:
            f.append(f"rule_doc={r}")
    for r in rules_here.get((obj.key, subj.key), []):
        f.append(f"rule_rev={r}")
    if not here and pair not in rules_doc:
        f.append("rule=none")
    return f


def _implicit_features(state: DocState, parse: _Parse, ent: _End, si: int, ends: list[_End]) -> list[str]:
    """Features of an entity and the edition its sentence is about but does not name."""
    lem, pos, dep = parse.lemma, parse.pos, parse.dep
    kp = f"{ent.kind}>EVENT"
    f = [f"kp={kp}", "implicit", f"implicit|{kp}"]
    sent = state.sents[si]
    r = ent.root
    dr = dep(r)
    f.append(f"ed={dr}|{lem[parse.head[r]]}|{kp}")
    f.append(f"ed={dr}|{kp}")
    v, hops = r, 0
    while pos[v] not in ("VERB", "AUX") and parse.head[v] != v and hops < 5:
        v = parse.head[v]
        hops += 1
    if pos[v] in ("VERB", "AUX"):
        f.append(f"iv={lem[v]}|{kp}")
    up = parse.ancestors(r)[:4]
    f.append("ip=" + "<".join(dep(t) for t in up) + f"|{kp}")
    for k in range(1, _WINDOW + 1):
        li, ri = ent.start - k, ent.end + k - 1
        if li >= sent.start and pos[li] != "SPACE":
            f.append(f"il{k}={lem[li]}")
        if ri < sent.end and pos[ri] != "SPACE":
            f.append(f"ir{k}={lem[ri]}")
    words = {lem[t] for t in range(sent.start, min(sent.end, sent.start + 40)) if pos[t] in ("VERB", "NOUN")}
    f.extend(f"sb={w}|{kp}" for w in sorted(words))
    if parse.neg_in(sent.start, sent.end):
        f.append("neg")
    f.append(f"many={min(len({e.key for e in ends if e.kind == ent.kind}), 3)}|{kp}")
    if state.caption[si]:
        f.append("caption")
    if si == 0:
        f.append("headline")
    return f


# The last word of a unit's name: the rules' own list ("Research Department", "Cloud Products Group")
# and a few more words for a team or a laboratory inside a company
_UNIT_LIKE = UNIT_WORDS | {"team", "laboratory", "laboratories"}
_EMPLOYS = Predicate.EMPLOYS.value
_EXHIBITS_AT = Predicate.EXHIBITS_AT.value
_SPEAKS_AT = Predicate.SPEAKS_AT.value


_BYLINE_WORDS = frozenset({"by", "in", "and", "from", "reporting"})
# labels of a picture's or a figure's credit ("Photo: Reuters", "Source: TrendForce"): the organization
# after them made the picture or the numbers, it did nothing at the event
_CREDIT_WORDS = frozenset(
    {"photo", "photos", "image", "images", "picture", "pictures", "credit", "credits", "graphic", "video"}
    | {"illustration", "file", "source", "sources"}
)


class _Guards:
    """Additions the model may not make, as general rules: cases the training data holds too few rows of
    for the weights to learn (each broke a hand-written negative case row in round 3).

    - employs, for a person the rules already tie to an employer in the same sentence: a speaker line
      'Jane Liu, President, Cloud Products Group, Lenovo' or 'X, CEO of A, said' names one employer; the
      other organizations of that sentence are units, clients or partners.
    - employs, to a sub-unit, department or lab ('Research Department', 'Cloud Products Group', 'FAIR
      lab') when the rules place the person in another organization anywhere in the document: the
      unit is part of the title (as the rules' speaker lines read it), the company is the employer.
    - exhibits_at, from a table row ('Samsung Electronics | Suwon | TVs'), only when the table or its
      section is about exhibitors, as the rules decide it (relations/participation.py _booth_tables,
      section_lists): a booth or stand column or place on the floor, an 'exhibitor' title on the page
      or above the table, or a heading the lexicon lists for exhibits_at. A table of companies under
      any other title ('Korean brands report strong sales in Europe') lists no exhibitors.
    - speaks_at, from an entry line ('Anna Weber, CEO, Photonics World GmbH'), not when the section
      heading it stands under names another role: a heading the lexicon lists for another predicate
      ('ORGANISERS', 'ON THE FLOOR') or a heading in capitals that is neither a speaker heading nor a
      date ('MANAGEMENT', 'LEADERSHIP'), as the rules' speaker pages read them (_speaker_page). Entry
      lines are where the model's speaks_at gains are (a speaker list's 'NAME, TITLE, ORG' lines), and
      the same line under a management or contact heading looks the same word for word.
    - nothing for a person on a byline ('Tracy Quin Shanghai', 'By Ana Ruiz in Madrid'): a line holding
      only the name, a place and 'by'/'in' names the reporter, who takes no part in the story; the
      seed article's byline is the one case in training, too few for the weights.
    """

    def __init__(self, state: DocState, events: EventModel, relations: list[Relation]) -> None:
        self.state = state
        self.events = events
        # person -> the organizations the rules say employ them; (person, sentence) the rules tie
        self.employers: dict[str, set[str]] = {}
        self.employed_in: set[tuple[str, int]] = set()
        for r in relations:
            if r.predicate != Predicate.EMPLOYS or r.negated:
                continue
            self.employers.setdefault(r.object, set()).add(r.subject)
            if r.evidence is not None:
                self.employed_in.add((r.object, _sent_of(state, r.evidence.start)))
        self._lines: list[Line] | None = None
        self._starts: list[int] = []
        self._rules: ListRules | None = None
        self._row_ok: dict[int, bool] = {}
        self._other_role: dict[int, bool] = {}

    def blocked(self, a: _End, b: _End, si: int, allowed: tuple[str, ...]) -> tuple[str, ...]:
        if any(e.kind == "PERSON" and self._byline(e) for e in (a, b)) or self._credit(a):
            return allowed
        out: list[str] = []
        if _EMPLOYS in allowed and a.kind == "ORG" and b.kind == "PERSON":
            elsewhere = self.employers.get(b.key, set()) - {a.key}
            if (b.key, si) in self.employed_in or (elsewhere and self._unit_like(a)):
                out.append(_EMPLOYS)
        if _EXHIBITS_AT in allowed and a.kind == "ORG" and not self._exhibitor_row(a):
            out.append(_EXHIBITS_AT)
        if _SPEAKS_AT in allowed and a.kind == "PERSON" and self._other_role_entry(a):
            out.append(_SPEAKS_AT)
        return tuple(out)

    def _credit(self, e: _End) -> bool:
        """Whether `e` is a credit: after 'Photo:' or 'Source:' on its line, or 'REUTERS/<name>'."""
        toks = self.state.toks
        if e.end < len(toks) and toks[e.end].text == "/" and not toks[e.end - 1].whitespace_:
            return True
        i = e.start - 2
        return i >= 0 and toks[i + 1].text == ":" and toks[i].lower_ in _CREDIT_WORDS

    def _byline(self, e: _End) -> bool:
        """Whether `e`'s text line holds nothing but the name, places and byline words."""
        toks = self.state.toks
        text = doc_text(self.state.doc)
        at = toks[e.start].idx
        start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
        end = len(text) if end < 0 else end
        i = e.start
        while i > 0 and toks[i - 1].idx >= start:
            i -= 1
        while i < len(toks) and toks[i].idx < end:
            tok = toks[i]
            inside = e.start <= i < e.end
            if not (
                inside
                or tok.is_punct
                or tok.is_space
                or tok.lower_ in _BYLINE_WORDS
                or self.state.label_at(i) == "GPE"
            ):
                return False
            i += 1
        return True

    def _unit_like(self, e: _End) -> bool:
        return self.state.doc[e.end - 1].lower_ in _UNIT_LIKE

    def _line_of(self, e: _End) -> int:
        """The index of the (non-empty) text line `e` starts on; -1 for a text without lines."""
        if self._lines is None:
            self._rules = ListRules(self.state, self.events)
            self._lines = self._rules.lines()
            self._starts = [ln.start for ln in self._lines]
        if not self._lines:
            return -1
        return max(0, bisect.bisect_right(self._starts, self.state.doc[e.start].idx) - 1)

    def _other_role_entry(self, e: _End) -> bool:
        """`e` stands on an entry line under a section heading that names a role other than speaker."""
        li = self._line_of(e)
        if li < 0:
            return False
        hit = self._other_role.get(li)
        if hit is None:
            hit = self._other_role[li] = self._under_other_role(li)
        return hit

    def _under_other_role(self, li: int) -> bool:
        lines = self._lines or []
        text = lines[li].text
        if text.endswith((".", "?", "!")) or len(text.split()) > 24:
            return False  # prose: the weights read its words
        assert self._rules is not None
        for ln in reversed(lines[:li]):
            hit = self._rules.match_heading(ln.text)
            if not (caps_heading(ln.text) or (hit is not None and not hit[2] and len(ln.text.split()) <= 4)):
                continue
            if hit is not None:
                return hit[0] != Predicate.SPEAKS_AT
            words = ln.text.lower().replace(",", " ").split()
            if any(ch.isdigit() for ch in ln.text) or not CALENDAR_WORDS.isdisjoint(words):
                return False  # a day's heading in a programme ('SATURDAY, MAY 3')
            return not SPEAKER_PAGE.search(ln.text)
        return False

    def _exhibitor_row(self, e: _End) -> bool:
        """False when `e` stands on a table row whose table or section is not about exhibitors."""
        li = self._line_of(e)
        if li < 0:
            return True
        ok = self._row_ok.get(li)
        if ok is None:
            ok = self._row_ok[li] = self._table_ok(li)
        return ok

    def _table_ok(self, li: int) -> bool:
        lines = self._lines or []
        text = lines[li].text
        if "|" not in text or BOOTH_LOCATOR.search(text):
            return True  # no table row, or a row that gives the company's place on the floor
        bars = text.count("|")
        first = li
        while first > 0 and lines[first - 1].text.count("|") == bars:
            first -= 1
        # the table's first line (its header, when it has one), up to two lines above the table, the
        # page's title and the section heading in capitals the table stands under
        look = [lines[first].text, *(ln.text for ln in lines[max(0, first - 2) : first]), lines[0].text]
        look += [ln.text for ln in reversed(lines[:first]) if caps_heading(ln.text)][:1]
        return any(self._exhibitor_like(t) for t in look)

    def _exhibitor_like(self, text: str) -> bool:
        if EXHIBITOR_TITLE.search(text):
            return True
        cells = {c.strip().lower() for c in text.split("|")}
        words = set(text.lower().replace(",", " ").replace(":", " ").split())
        if (cells | words) & BOOTH_COLUMNS:
            return True
        assert self._rules is not None
        hit = self._rules.match_heading(text)
        return hit is not None and hit[0] == Predicate.EXHIBITS_AT


def _sent_of(state: DocState, start: int) -> int:
    sents = state.sents
    lo, hi = 0, len(sents) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if sents[mid].start_char <= start:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _gap(a: _End, b: _End) -> int:
    """Tokens between two endpoints (as the `gap=` feature counts them)."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    return max(0, second.start - first.end)


def find_candidates(
    state: DocState,
    events: EventModel,
    relations: list[Relation],
    *,
    skip: set[tuple[str, str]] | None = None,
    active: frozenset[str] | None = None,
    max_gap: int | None = None,
    rule_features: bool = True,
) -> list[Candidate]:
    """Every ordered endpoint pair per sentence that fits a predicate, with its features; `skip` pairs,
    pairs none of whose predicates is `active` and pairs more than `max_gap` tokens apart are left out
    (inference need not score them; the trainer drops the same far pairs by their `gap=` feature).
    Without `rule_features` the features naming what the rules said are left out (a model trained
    without them need not have them computed)."""
    by_sent = _sentence_ends(state, events)
    busy = [si for si, ends in by_sent.items() if len({e.key for e in ends}) >= 2]
    if not busy:
        return []
    rules_here: dict[int, dict[tuple[str, str], list[str]]] = {}
    rules_doc: dict[tuple[str, str], list[str]] = {}
    for r in relations if rule_features else ():
        label = Predicate.ABSENT_FROM.value if r.predicate == Predicate.ATTENDS and r.negated else r.predicate
        label = label + ("~neg" if r.negated and r.predicate != Predicate.ATTENDS else "")
        rules_doc.setdefault((r.subject, r.object), []).append(label)
        if r.evidence is not None:
            si = _sent_of(state, r.evidence.start)
            rules_here.setdefault(si, {}).setdefault((r.subject, r.object), []).append(label)
    # the kind pairs with a predicate to score (all that fit one, or those with an `active` predicate)
    kind_pairs = {
        kp
        for kp, allowed in _ALLOWED.items()
        if allowed and (active is None or not active.isdisjoint(allowed))
    }
    subj_kinds = {k for k, _ in kind_pairs}
    obj_kinds = {k for _, k in kind_pairs}
    parse: _Parse | None = None  # built on the first pair to score: most documents have few
    guards = _Guards(state, events, relations)
    out: list[Candidate] = []
    for si in sorted(busy):
        ends = by_sent[si]
        best: dict[tuple[str, str], tuple[int, _End, _End]] = {}
        # only ends of a kind some scorable pair starts or ends with (same order as `ends`)
        subjects = [e for e in ends if e.kind in subj_kinds and not e.implicit]
        objects = [e for e in ends if e.kind in obj_kinds] if subjects else []
        for a in subjects:
            for b in objects:
                if a.key == b.key or (a.kind, b.kind) not in kind_pairs:
                    continue
                if skip and (a.key, b.key) in skip:
                    continue
                # a named or generic reference in the sentence beats the carried edition
                dist = abs(a.start - b.start) if not b.implicit else 10**6
                old = best.get((a.key, b.key))
                if old is None or dist < old[0]:
                    best[(a.key, b.key)] = (dist, a, b)
        here = rules_here.get(si, {}) if rule_features else None
        doc_rules = rules_doc if rule_features else None
        covering: dict[int, list[_End]] = {}
        for e in ends:
            for t in range(e.start, e.end):
                covering.setdefault(t, []).append(e)
        for (sk, ok), (_, a, b) in best.items():
            if max_gap is not None and not b.implicit and _gap(a, b) > max_gap:
                continue
            if parse is None:
                parse = _Parse(state)
            if b.implicit:
                feats = _implicit_features(state, parse, a, si, ends)
                if here is not None and doc_rules is not None:
                    feats.extend(_rule_features(a, b, here, doc_rules))
            else:
                feats = _features(state, parse, a, b, si, ends, covering, here, doc_rules)
            span = state.sent_text_span(si)
            allowed = _ALLOWED[(a.kind, b.kind)]
            out.append(Candidate(sk, ok, si, span, allowed, feats, guards.blocked(a, b, si, allowed)))
    return out


class RelationModel:
    """Weights of the multinomial logistic regression, per feature and class."""

    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} model: {data.get('format')!r}")
        self.classes: list[str] = list(data["classes"])
        self.index = {c: k for k, c in enumerate(self.classes)}
        self.bias = np.asarray([float(x) for x in data["bias"]])
        self.weights: dict[str, list[list[float]]] = data["weights"]
        # dense weights, one row per feature and a last row of zeros (every candidate reads it, so no
        # candidate's row range is empty); a document's candidates are scored in one numpy call
        self._fid = {f: j for j, f in enumerate(self.weights)}
        self._w = np.zeros((len(self._fid) + 1, len(self.classes)))
        for f, pairs in self.weights.items():
            for c, w in pairs:
                self._w[self._fid[f], int(c)] = float(w)
        self._masks: dict[tuple[str, ...], npt.NDArray[np.float64]] = {}
        self.thresholds: dict[str, float] = {k: float(v) for k, v in data["thresholds"].items()}
        # the predicates the model may add (a threshold above 1 switches one off)
        self.active = frozenset(p for p in self.classes[1:] if self.threshold(p) <= 1.0)
        self.manifest: dict[str, Any] = data.get("manifest", {})
        # pairs further apart than this many tokens are not scored (null: every pair)
        gap = data.get("max_gap")
        self.max_gap: int | None = None if gap is None else int(gap)
        # whether the weights read the rules' output ("rule=" features); the trainer's default is no
        self.rule_features = bool(self.manifest.get("rule_features", True)) or any(
            f.startswith("rule") for f in self.weights
        )

    def _mask(self, allowed: tuple[str, ...]) -> npt.NDArray[np.float64]:
        """0 for NONE and the allowed classes, -inf for the rest."""
        mask = self._masks.get(allowed)
        if mask is None:
            mask = np.full(len(self.classes), -np.inf)
            mask[0] = 0.0
            for p in allowed:
                if p in self.index:
                    mask[self.index[p]] = 0.0
            self._masks[allowed] = mask
        return mask

    def _probs(self, cands: list[tuple[list[str], tuple[str, ...]]]) -> npt.NDArray[np.float64]:
        """P(class | features) per candidate, over NONE and its allowed classes (0 for the rest)."""
        fid, zero = self._fid, len(self._fid)
        ids: list[int] = []
        starts: list[int] = []
        for features, _ in cands:
            starts.append(len(ids))
            ids.append(zero)
            ids.extend([j for j in map(fid.get, features) if j is not None])
        z = np.add.reduceat(self._w[ids], starts, axis=0) + self.bias
        z += np.stack([self._mask(allowed) for _, allowed in cands])
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        out: npt.NDArray[np.float64] = e / e.sum(axis=1, keepdims=True)
        return out

    def probabilities(self, features: list[str], allowed: tuple[str, ...]) -> dict[str, float]:
        """P(class | features) over NONE and the allowed predicates."""
        row = self._probs([(features, allowed)])[0]
        mask = self._mask(allowed)
        return {self.classes[k]: float(v) for k, v in enumerate(row) if mask[k] == 0.0}

    def best(self, cands: list[tuple[list[str], tuple[str, ...]]]) -> list[tuple[str, float]]:
        """Per candidate (features, allowed): its most probable predicate (not NONE) and probability."""
        if not cands:
            return []
        p = self._probs(cands)[:, 1:]
        k = p.argmax(axis=1)
        top = p[np.arange(len(k)), k]
        return [
            (self.classes[c + 1], float(v)) if v > 0.0 else ("", 0.0)
            for c, v in zip(k.tolist(), top.tolist(), strict=True)
        ]

    def threshold(self, pred: str) -> float:
        return self.thresholds.get(pred, self.thresholds.get("default", 1.0))


def load_relation_model(path: Path | None = None) -> RelationModel | None:
    """The stored classifier, or None when it is switched off or absent (the rules then run alone)."""
    if path is None:
        given = os.environ.get(MODEL_ENV, "")
        if given.lower() in {"none", "off", "0"}:
            return None
        path = Path(given) if given else MODEL_PATH
    return _load(path.resolve())


@functools.lru_cache(maxsize=4)
def _load(path: Path) -> RelationModel | None:
    if not path.is_file():
        return None
    return RelationModel(json.loads(path.read_text(encoding="utf-8")))


def add_learned(
    state: DocState, events: EventModel, relations: list[Relation], model: RelationModel
) -> list[Relation]:
    """The rules' relations plus the classifier's confident ones for pairs the rules left out."""
    # a pair the rules related, either way round, keeps the rules' predicate: in CV the classifier's
    # second opinion there was mostly a near miss (speaks_at for attends, organizes for sponsors)
    if not model.active:
        return relations
    related = {(r.subject, r.object) for r in relations} | {(r.object, r.subject) for r in relations}
    added: dict[tuple[str, str, str], Relation] = {}
    cands = find_candidates(
        state,
        events,
        relations,
        skip=related,
        active=model.active,
        max_gap=model.max_gap,
        rule_features=model.rule_features,
    )
    scored = model.best([(c.features, c.allowed) for c in cands])
    for cand, (pred, p) in zip(cands, scored, strict=True):
        if not pred or p < model.threshold(pred) or pred in cand.blocked:
            continue
        key = (cand.subject, pred, cand.object)
        if key in added and added[key].confidence >= p:
            continue
        start, end = cand.span
        added[key] = Relation(
            subject=cand.subject,
            predicate=Predicate(pred),
            object=cand.object,
            confidence=round(p, 2),
            evidence=Evidence(start, end, state.text[start:end]),
        )
    return relations + list(added.values())

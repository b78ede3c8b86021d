"""Relation rules: dependency patterns and trigger lexicons, one method per predicate.

Every rule names the sentence that proves its claim (the evidence) and a confidence that
reflects how direct the pattern is: a verb with its own subject beats a carried-over list.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from spacy.tokens import Token

from rivalgraph.extract.events import Edition, EventModel
from rivalgraph.extract.lexicon import EventTriggers, Lexicon
from rivalgraph.extract.state import ORG_PRONOUNS, PERSON_PRONOUNS, DocState, Mention
from rivalgraph.model import PREDICATE_SIGNATURES, Evidence, Predicate, Relation

__all__ = ["RelationFinder"]

_SUBJ = {"nsubj", "nsubjpass"}
_VERBAL = {"VERB", "AUX"}
_CLAUSE = {"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"}
_POSS = {"'s", "’s", "'", "’"}
_MONEY = re.compile(r"\$|\bbillion\b|\bmillion\b|\byuan\b|\bdollars?\b", re.I)
_FOUND_VERBS = {"found", "co-found", "cofound", "establish", "set"}
EVENT_PREFIX = "event:"


class RelationFinder:
    """Runs every rule over one document state and collects the best-scored relations."""

    def __init__(self, state: DocState, events: EventModel) -> None:
        self.s = state
        self.ev = events
        self.doc = state.doc
        self.lex = state.lex
        self.out: dict[tuple[str, str, str, bool], Relation] = {}
        self.funded: str | None = None
        self.sanction_context = False
        self._subject_cache: dict[int, list[str]] = {}

    # ------------------------------------------------------------------ plumbing
    def kind(self, key: str) -> str:
        return "EVENT" if key.startswith(EVENT_PREFIX) else self.s.etype(key)

    def add(
        self,
        subj: str | None,
        pred: Predicate,
        obj: str | None,
        si: int,
        conf: float,
        *,
        negated: bool = False,
        qualifiers: dict[str, str] | None = None,
    ) -> None:
        if not subj or not obj or subj == obj:
            return
        subj_kinds, obj_kinds = PREDICATE_SIGNATURES[pred]
        if self.kind(subj) not in subj_kinds or self.kind(obj) not in obj_kinds:
            return
        if pred == Predicate.ATTENDS and negated:
            pred, negated = Predicate.ABSENT_FROM, False
        start, end = self.s.sent_text_span(si)
        rel = Relation(
            subject=subj,
            predicate=pred,
            object=obj,
            qualifiers=dict(qualifiers or {}),
            negated=negated,
            confidence=round(conf, 2),
            evidence=Evidence(start, end, self.s.text[start:end]),
        )
        key = rel.key
        old = self.out.get(key)
        if old is None or old.confidence < rel.confidence:
            self.out[key] = rel

    def ed_id(self, ed: Edition) -> str:
        return self.ev.edition_id(ed)

    def keys(self, toks: Iterable[Token], kinds: set[str] | None = None) -> list[str]:
        out: list[str] = []
        for t in toks:
            for k in self.keys_in(t):
                if k not in out and (kinds is None or self.kind(k) in kinds):
                    out.append(k)
        return out

    def keys_in(self, tok: Token, depth: int = 0, exclude: set[str] | None = None) -> list[str]:
        """Entities a phrase headed by `tok` names: the head, its conjuncts and appositions, list members."""
        if depth > 6:
            return []
        out: list[str] = []
        res = self.resolve(tok)
        out.extend(res)
        for c in tok.children:
            if c.dep_ in {"conj", "appos"}:
                out.extend(self.keys_in(c, depth + 1))
            elif c.dep_ in {"compound", "nmod", "poss"} and not res and self.s.mention_at(tok.i) is None:
                if c.dep_ == "poss" or self.s.mention_at(c.i) is not None:
                    out.extend(k for k in self.keys_in(c, depth + 1) if self.kind(k) != "GPE")
            elif (c.dep_ == "prep" and c.lower_ in {"including", "like", "as"}) or (
                c.dep_ == "prep"
                and c.lower_ == "with"
                and c.i > 0
                and self.doc[c.i - 1].lower_ in {"together", "along"}
            ):
                for p in c.children:
                    if p.dep_ == "pobj":
                        out.extend(self.keys_in(p, depth + 1))
            elif c.dep_ == "prep" and c.lower_ == "such":
                for p in c.subtree:
                    if p.dep_ == "pobj":
                        out.extend(self.keys_in(p, depth + 1))
                        break
            elif (
                c.dep_ == "prep"
                and c.lower_ == "of"
                and tok.lower_
                in {"one", "all", "both", "some", "each", "several", "many", "most", "two", "three"}
            ):
                for p in c.children:
                    if p.dep_ == "pobj":
                        out.extend(self.keys_in(p, depth + 1))
        if not out and tok.dep_ == "appos" and depth == 0:
            out.extend(self.resolve(tok.head))
        if exclude:
            out = [k for k in out if k not in exclude]
        return list(dict.fromkeys(out))

    def resolve(self, tok: Token) -> list[str]:
        low = tok.lower_
        if tok.pos_ == "PRON" and low in {"their", "they", "them", "both"} | ORG_PRONOUNS:
            rel = self.relcl_antecedent(tok)
            if rel is not None and tok.dep_ == "poss":
                return rel
            if low in {"their", "they", "them", "both"}:
                pair = self.last_pair(tok.i)
                if pair:
                    return pair
        if low in {"either", "both"} or (
            tok.pos_ == "NOUN" and any(c.lower_ in {"either", "both"} for c in tok.children)
        ):
            pair = self.last_pair(tok.i)
            if pair:
                return pair
        if low in ORG_PRONOUNS and tok.pos_ == "PRON":
            key = self.org_pronoun(tok)
            return [key] if key else []
        return self.s.resolve_token(tok)

    def relcl_antecedent(self, tok: Token) -> list[str] | None:
        t = tok
        for _ in range(6):
            if t.dep_ == "relcl":
                head = t.head
                keys = self.s.resolve_token(head) or (
                    self.s.resolve_token(head.head) if head.dep_ == "appos" else []
                )
                if not keys:
                    keys = [k for c in head.children if c.dep_ == "conj" for k in self.s.resolve_token(c)]
                    keys = self.s.resolve_token(head) + keys
                    conj = [k for c in head.conjuncts for k in self.s.resolve_token(c)]
                    keys = list(dict.fromkeys(keys + conj))
                else:
                    keys = list(
                        dict.fromkeys(keys + [k for c in head.conjuncts for k in self.s.resolve_token(c)])
                    )
                return keys or None
            if t.head.i == t.i:
                break
            t = t.head
        return None

    def last_pair(self, pos: int) -> list[str]:
        """The last coordinated pair of organizations before `pos` ('either giant', 'both')."""
        si = self.s.tok_sent[pos]
        for m in reversed(
            [m for m in self.s.mentions if m.end <= pos and m.label == "ORG" and si - m.sent <= 1]
        ):
            root = self.s.mention_root(m)
            if root.dep_ == "conj":
                head = self.s.mention_at(root.head.i)
                if head is not None and head.label == "ORG":
                    return [head.key, m.key]
        return []

    def org_pronoun(self, tok: Token) -> str | None:
        """'it'/'its': an antecedent in a relative clause, the clause subject, or the running topic."""
        exclude: set[str] = set()
        rel = self.relcl_antecedent(tok)
        if rel is not None and tok.dep_ in {"dobj", "pobj"}:
            exclude = set(rel)
        si = self.s.tok_sent[tok.i]
        sent = self.s.sents[si]
        # a subject earlier in the same sentence (including possessors of the subject)
        for t in reversed(list(self.doc[sent.start : tok.i])):
            if t.dep_ in _SUBJ or (t.dep_ == "poss" and t.head.dep_ in _SUBJ):
                subj = self.s.mention_at(t.i)
                if subj is not None and subj.label in {"GPE", "NORP", "PERSON"} and t.dep_ in _SUBJ:
                    return None  # "China kicks off its annual conference": 'its' is the country
                for k in self.subject_keys(t):
                    if k not in exclude and self.kind(k) == "ORG":
                        return k
        if tok.dep_ == "poss" or tok.lower_ == "its":
            for m in reversed(
                [m for m in self.s.mentions if m.sent == si and m.end <= tok.i and m.label == "ORG"]
            ):
                if m.key not in exclude:
                    return m.key
        for back in range(1, 4):
            if si - back < 0:
                break
            for k in self.sentence_subject(si - back):
                if k not in exclude and self.kind(k) == "ORG":
                    return k
        return self.s.org_antecedent(tok.i, exclude=exclude)

    def subject_keys(self, t: Token) -> list[str]:
        m = self.s.mention_at(t.i)
        if m is not None:
            return [m.key]
        if t.pos_ == "PRON" and t.lower_ in ORG_PRONOUNS:
            si = self.s.tok_sent[t.i]
            for back in range(1, 4):
                if si - back < 0:
                    break
                keys = [k for k in self.sentence_subject(si - back) if self.kind(k) == "ORG"]
                if keys:
                    return keys
            return []
        return self.s.resolve_token(t) if t.pos_ == "NOUN" else []

    def sentence_subject(self, si: int) -> list[str]:
        if si in self._subject_cache:
            return self._subject_cache[si]
        self._subject_cache[si] = []
        sent = self.s.sents[si]
        keys: list[str] = []
        for t in sent:
            if t.dep_ in _SUBJ and t.head.dep_ in {"ROOT"}:
                keys = self.subject_keys(t)
                if not keys:
                    keys = [
                        k
                        for c in t.subtree
                        for k in (
                            [self.s.key_at(c.i)]
                            if self.s.mention_at(c.i) and c.dep_ in {"poss", "compound", "appos"}
                            else []
                        )
                    ]  # type: ignore[union-attr]
                break
        if not keys:
            orgs = [
                m.key for m in self.s.mentions if m.sent == si and m.label == "ORG" and self.s.is_subject(m)
            ]
            keys = orgs[:1]
        self._subject_cache[si] = keys
        return keys

    def is_org_noun(self, tok: Token) -> bool:
        """'company', 'chipmaker', and hyphenated ones spaCy splits ('start-up')."""
        nouns = self.lex.org_nouns
        if tok.lower_ in nouns or tok.lemma_.lower() in nouns:
            return True
        doc = self.doc
        if tok.i >= 2 and doc[tok.i - 1].text == "-":
            return f"{doc[tok.i - 2].lower_}-{tok.lower_}" in nouns
        return False

    # ------------------------------------------------------------------ syntax helpers
    @staticmethod
    def verbal_head(tok: Token) -> Token | None:
        t = tok
        for _ in range(8):
            if (t.pos_ in _VERBAL and t.i != tok.i) or (t.i == tok.i and t.pos_ == "VERB"):
                return t
            if t.head.i == t.i:
                return None
            t = t.head
        return None

    def subjects(self, v: Token, depth: int = 0) -> list[str]:
        if depth > 4:
            return []
        subj = [c for c in v.children if c.dep_ in _SUBJ]
        if subj:
            out: list[str] = []
            for c in subj:
                if c.lower_ in {"which", "that", "who"}:
                    rel = self.relcl_antecedent(v) if v.dep_ == "relcl" else None
                    out.extend(rel or [])
                else:
                    out.extend(self.keys_in(c))
            return out
        if v.dep_ == "relcl":
            return self.relcl_antecedent(v) or []
        if v.dep_ in {"acl", "amod"}:
            return self.keys_in(v.head) or self.linked_orgs(v.head)
        if v.dep_ in {"xcomp", "conj", "advcl", "ccomp", "pcomp"} and v.head.i != v.i:
            h = v.head
            if h.pos_ not in _VERBAL and h.dep_ == "prep":
                h = h.head
            if h.pos_ in _VERBAL:
                return self.subjects(h, depth + 1)
            return self.keys_in(h)
        return []

    def negated(self, tok: Token) -> bool:
        if tok.pos_ in {"NOUN", "PROPN"}:
            if any(c.lower_ == "no" for c in tok.children):
                return True
            v = self.verbal_head(tok)
            return bool(
                v is not None
                and v.lemma_ in {"be", "have", "take", "send", "make", "hold", "get"}
                and any(c.dep_ == "neg" for c in v.children)
            )
        for t in (tok, tok.head):
            if any(c.dep_ == "neg" for c in t.children):
                return True
            if t.pos_ not in _VERBAL and any(c.lower_ == "no" for c in t.children):
                return True
        v = self.verbal_head(tok)
        return v is not None and any(c.dep_ == "neg" for c in v.children)

    def in_subject(self, tok: Token, v: Token) -> bool:
        t = tok
        for _ in range(8):
            if t.head.i == v.i:
                return t.dep_ in _SUBJ
            if t.head.i == t.i:
                return False
            t = t.head
        return False

    def agents(self, t: Token, *, object_side: bool = False) -> tuple[list[str], float]:
        """Who a trigger word is about, with a confidence for the pattern used."""
        doc = self.doc
        for c in t.children:  # "a keynote by David Wang"
            if c.dep_ in {"prep", "agent"} and c.lower_ == "by" and t.pos_ in {"NOUN", "PROPN"}:
                ks = self.keys([p for p in c.children if p.dep_ == "pobj"])
                if ks:
                    return ks, 0.85
        # colon list: "its valued partners: A, B and C"
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is not None and nxt.text == ":" and t.pos_ in {"NOUN", "PROPN"}:
            sent = self.s.sents[self.s.tok_sent[t.i]]
            ks = [
                m.key
                for m in self.s.mentions
                if m.sent == self.s.tok_sent[t.i]
                and m.start > t.i
                and m.label in {"ORG", "PERSON"}
                and m.end <= sent.end
            ]
            if ks:
                return list(dict.fromkeys(ks)), 0.85
        # apposition: "SenseTime, one of the exhibitors"
        a = t
        for _ in range(5):
            if a.dep_ == "appos":
                ks = self.keys_in(a.head)
                if ks:
                    return ks, 0.85
            if a.dep_ in {"pobj", "prep", "attr"} or (a.i == t.i):
                if a.head.i == a.i:
                    break
                if a.dep_ == "pobj" and a.head.lower_ == "as" and a.head.i > 0:
                    prev = self.s.mention_at(a.head.i - 1)
                    if prev is not None:
                        ks = self.keys_in(self.s.mention_root(prev))
                        if ks:
                            return ks, 0.85
                a = a.head
                continue
            break
        # possessor: "the US carmaker's stand", "Nokia's presence on the floor"
        p = t
        for _ in range(4):
            poss = [c for c in p.children if c.dep_ == "poss"]
            if poss and p.pos_ in {"NOUN", "PROPN"}:
                ks = [k for k in self.keys_in(poss[0]) if not k.startswith(EVENT_PREFIX)]
                if ks and not (
                    poss[0].lower_ in {"its", "their"}
                    and p.pos_ == "NOUN"
                    and p.dep_ in {"dobj"}
                    and self.verbal_head(p) is not None
                ):
                    return ks, 0.8
            if p.dep_ in {"pobj", "prep"} and p.head.i != p.i:
                p = p.head
                continue
            break
        v = t if t.pos_ in _VERBAL else self.verbal_head(t)
        if v is None:
            sent = self.s.sents[self.s.tok_sent[t.i]]
            ks = [
                m.key
                for m in self.s.mentions
                if m.sent == self.s.tok_sent[t.i]
                and m.label in {"ORG", "PERSON"}
                and m.start > t.i
                and m.end <= sent.end
            ]
            return list(dict.fromkeys(ks)), 0.7
        agent = [c for c in v.children if c.dep_ == "agent"]
        if agent and (t.i == v.i or t.dep_ not in _SUBJ):
            also = [
                p
                for c in v.children
                if c.dep_ == "prep"
                and c.lower_ == "with"
                and c.i > 0
                and doc[c.i - 1].lower_ in {"together", "along"}
                for p in c.children
            ]
            ks = self.keys([p for c in agent for p in c.children if p.dep_ == "pobj"] + also)
            if ks:
                return ks, 0.9
        if object_side:
            ks = self.keys([c for c in v.children if c.dep_ in {"dobj", "nsubjpass"}])
            if not ks:
                ks = self.keys([p for c in v.children if c.dep_ == "prt" for p in c.children])
            return ks, 0.85
        if t.i != v.i and self.in_subject(t, v):
            objs = [c for c in v.children if c.dep_ in {"dobj", "attr", "oprd", "acomp"}]
            ks = self.keys(objs)
            if not ks and v.lemma_ in {"include", "be", "comprise", "feature"}:
                sent = self.s.sents[self.s.tok_sent[t.i]]
                ks = [
                    m.key
                    for m in self.s.mentions
                    if sent.start <= m.start
                    and m.start > v.i
                    and m.end <= sent.end
                    and m.label in {"ORG", "PERSON"}
                ]
            return list(dict.fromkeys(ks)), 0.85
        return self.subjects(v), 0.85 if t.i == v.i else 0.8

    def event_refs_in_clause(self, t: Token, si: int) -> list[Edition]:
        """Editions referred to in the trigger's own clause, else those of its sentence."""
        v = t if t.pos_ in _VERBAL else self.verbal_head(t)
        local: list[Edition] = []
        for pos, ed in self.ev.ref_tokens.items():
            if self.s.tok_sent[pos] != si:
                continue
            tok = self.doc[pos]
            if v is not None and (
                ((vh := self.verbal_head(tok)) is not None and vh.i == v.i) or tok.head.i == v.i
            ):
                local.append(ed)
                local.extend(self.ev.ref_extra.get(pos, []))
        return list(dict.fromkeys(local)) or self.ev.sent_editions[si]

    # ------------------------------------------------------------------ event predicates
    def event_predicates(self) -> None:
        lex = self.lex
        trig = lex.event_triggers
        pending_role: tuple[Predicate, str, list[Edition], int] | None = None
        for si, sent in enumerate(self.s.sents):
            eds = self.ev.sent_editions[si]
            found_roles: list[tuple[Predicate, str]] = []
            if eds:
                hits: list[tuple[Token, Predicate, bool, str]] = []
                low_text = self.s.sent_texts[si].lower()
                for t in sent:
                    lemma = t.lemma_.lower()
                    low = t.lower_
                    if self.s.mention_at(t.i) is not None and self.s.label_at(t.i) != "EVENT":  # type: ignore[union-attr]
                        continue
                    for name, tr in trig.items():
                        pred = Predicate(name)
                        if t.pos_ == "VERB" and lemma in tr.verbs:
                            hits.append((t, pred, False, low))
                        elif t.pos_ in {"NOUN", "PROPN"} and (lemma in tr.nouns or low in tr.nouns):
                            if (
                                name == "speaks_at"
                                and low
                                in {
                                    "stage",
                                    "video",
                                    "message",
                                    "messages",
                                    "address",
                                    "remarks",
                                    "congratulations",
                                    "panel",
                                }
                                and not self._speech_noun_ok(t)
                            ):
                                continue
                            hits.append((t, pred, False, low))
                        elif t.pos_ == "ADJ" and low in tr.adjectives:
                            hits.append((t, pred, False, low))
                    if t.pos_ == "VERB" and lemma in {"tell", "address"}:
                        objs = trig["speaks_at"].object_nouns_for.get(lemma, frozenset())
                        if any(
                            c.dep_ == "dobj" and (c.lemma_.lower() in objs or self.ev.ref_tokens.get(c.i))
                            for c in t.children
                        ) or any(self.ev.ref_tokens.get(c.i) for c in t.subtree):
                            hits.append((t, Predicate.SPEAKS_AT, False, low))
                for name, tr, phrase_re in self._phrase_res():
                    for m in phrase_re.finditer(low_text):
                        phrase = m.group(0)
                        span = self.doc.char_span(
                            sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand"
                        )
                        if span is None:
                            continue
                        head = span[0] if span[0].pos_ in _VERBAL else span.root
                        hits.append((head, Predicate(name), phrase in tr.object_phrases, phrase))
                # "will all be at the conference", "appeared at the event"
                for pos, _ed in self.ev.ref_tokens.items():
                    if self.s.tok_sent[pos] != si:
                        continue
                    tok = self.doc[pos]
                    root = tok
                    ref = self.s.mention_at(pos)
                    if ref is not None:
                        root = self.s.mention_root(ref)
                    if root.head.lower_ == "at" and root.head.head.lemma_ in {"be", "appear", "arrive"}:
                        hits.append((root.head.head, Predicate.ATTENDS, False, "be at"))
                for t, pred, obj_side, word in hits:
                    self._event_hit(t, pred, obj_side, word, si, found_roles)
                if pending_role is not None and not found_roles:
                    self._carry_role(pending_role, si)
            # under a heading ("Strategic Partners") the whole next paragraph is the list
            heading_list = (
                pending_role is not None
                and self._heading(pending_role[3])
                and not found_roles
                and si + 1 < len(self.s.sents)
                and self.s.para[si + 1] == self.s.para[si]
                and self.s.para[si] != self.s.para[pending_role[3]]
            )
            if not heading_list:
                pending_role = None
            if eds:
                for pred, role in found_roles:
                    if role.startswith("?"):
                        pending_role = (pred, role[1:], eds, si)

    def organizer_possessors(self) -> None:
        """'Huawei's flagship annual event', 'its annual Global Digital Ecosystem Summit'."""
        for pos, ed in self.ev.ref_tokens.items():
            tok = self.doc[pos]
            m = self.s.mention_at(pos)
            root = self.s.mention_root(m) if m is not None else tok
            poss = [c for c in root.children if c.dep_ == "poss"]
            if not poss or poss[0].lower_ in {"year", "this", "last", "next"}:
                continue
            p = poss[0]
            if p.lower_ in {"year"} or any(c.lower_ in {"year"} for c in p.subtree):
                continue
            for k in self.resolve(p):
                if self.kind(k) == "ORG":
                    self.add(k, Predicate.ORGANIZES, self.ed_id(ed), self.s.tok_sent[pos], 0.75)

    def _phrase_res(self) -> list[tuple[str, EventTriggers, re.Pattern[str]]]:
        """One compiled regex per predicate over its trigger phrases (cached on the lexicon)."""
        return _phrase_patterns(self.lex)

    def _speech_noun_ok(self, t: Token) -> bool:
        low = t.lower_
        if low == "stage":
            return any(c.lower_ in {"on", "main"} for c in [t.head, *t.children]) or t.head.lower_ == "on"
        if low in {"video", "message", "messages"}:
            return True
        if low == "address":
            return any(c.lower_ in {"keynote", "video", "opening"} for c in t.children) or t.head.lemma_ in {
                "give",
                "deliver",
            }
        if low == "panel":
            return True
        if low in {"remarks", "congratulations"}:
            return t.head.lemma_ in {"deliver", "make", "give", "send"}
        return True

    def _role(self, t: Token, pred: Predicate) -> dict[str, str]:
        if pred == Predicate.SPONSORS:
            window = self.doc[max(0, t.i - 2) : t.i + 1].text.lower()
            for role in self.lex.sponsor_roles:
                if role in window:
                    return {
                        "role": self.doc[max(0, t.i - 2) : t.i + 1].text
                        if role not in {"partner", "sponsor"}
                        and not window.startswith(role)
                        and role[0].isupper()
                        else role
                    }
            return {"role": "sponsor"} if t.lemma_ == "sponsor" and t.pos_ == "NOUN" else {}
        if pred == Predicate.ORGANIZES:
            if t.lemma_.lower() in {"host", "co-host"}:
                return {"role": "host"}
            return {"role": "organiser"}
        if pred == Predicate.SPEAKS_AT and t.lemma_ in {"chair", "moderate"}:
            return {"role": "chair"}
        return {}

    def _event_hit(
        self,
        t: Token,
        pred: Predicate,
        obj_side: bool,
        word: str,
        si: int,
        found_roles: list[tuple[Predicate, str]],
    ) -> None:
        all_nouns = {n for tr in self.lex.event_triggers.values() for n in tr.nouns}
        if t.pos_ == "NOUN" and any(
            c.pos_ == "NOUN" and c.lemma_.lower() not in all_nouns and self.s.mention_at(c.i) is None
            for c in t.conjuncts
        ):
            return  # "customers, partners and developers": a list of kinds, not a role
        if t.pos_ == "NOUN" and t.dep_ == "dobj" and any(c.dep_ == "nummod" for c in t.children):
            return  # "expects more than 4,000 exhibitors": a count, not a role
        if (
            t.pos_ == "VERB"
            and any(c.dep_ == "dobj" and any(d.lower_ in {"a", "an"} for d in c.children) for c in t.children)
            and pred == Predicate.SPEAKS_AT
        ):
            return  # "told a press conference": another event
        sent_text = self.s.sent_texts[si].lower()
        if word == "in conversation with":
            for ed in self.ev.sent_editions[si]:
                for m in self.s.sent_mentions(si, "PERSON"):
                    self.add(m.key, Predicate.SPEAKS_AT, self.ed_id(ed), si, 0.8)
            return
        if (
            pred == Predicate.ATTENDS
            and re.search(r"\b(?:remotely|virtually|by video|online)\b", sent_text)
            and word in {"take part", "taking part", "takes part", "took part", "participate"}
        ):
            return
        agents, conf = self.agents(t, object_side=obj_side)
        neg = self.negated(t)
        if pred == Predicate.ABSENT_FROM:
            if neg:
                return
            pred, neg = Predicate.ATTENDS, True
        if pred == Predicate.ATTENDS and word in {"in person"} and not agents:
            return
        # a host that is a place is where the edition is held
        eds = self.event_refs_in_clause(t, si)
        quals = self._role(t, pred)
        if pred == Predicate.ORGANIZES and not obj_side:
            places = [k for k in agents if self.kind(k) == "GPE"]
            for ed in eds:
                for k in places:
                    self.add(self.ed_id(ed), Predicate.HELD_IN, k, si, 0.8)
        kinds = {"ORG", "PERSON"}
        if pred == Predicate.SPEAKS_AT:
            v = t if t.pos_ in _VERBAL else self.verbal_head(t)
            if v is not None:
                with_pp = [
                    p for c in v.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children
                ]
                agents = agents + [k for k in self.keys(with_pp) if self.kind(k) == "PERSON"]
        targets = [k for k in agents if self.kind(k) in kinds]
        if (
            not targets
            and t.pos_ in {"NOUN", "PROPN"}
            and pred in {Predicate.SPONSORS, Predicate.EXHIBITS_AT, Predicate.ORGANIZES}
        ):
            found_roles.append((pred, "?" + quals.get("role", "")))
            return
        if targets:
            found_roles.append((pred, quals.get("role", "")))
        for ed in eds:
            for k in targets:
                self.add(k, pred, self.ed_id(ed), si, conf, negated=neg, qualifiers=quals)

    def _carry_role(self, pending: tuple[Predicate, str, list[Edition], int], si: int) -> None:
        """'... among the event's 10 strategic partners. A, B and C are all on the list.'"""
        pred, role, eds, origin = pending
        if si - origin > 1 and not self._heading(origin):
            return
        sent = self.s.sents[si]
        root = sent.root
        if (
            root.lemma_ not in {"be", "make", "include", "comprise", "join", "sign"}
            and not self._heading(origin)
            and self.verbal_head(root) is not None
        ):
            return
        if root.pos_ in _VERBAL:
            ks = self.subjects(root) + self.keys([c for c in root.children if c.dep_ in {"attr", "dobj"}])
        else:
            ks = [m.key for m in self.s.mentions if m.sent == si and m.label == "ORG"]
        if self._heading(origin):
            ks = [m.key for m in self.s.mentions if m.sent == si and m.label == "ORG"] or ks
        quals = {"role": role} if role else {}
        for ed in eds:
            for k in dict.fromkeys(ks):
                if self.kind(k) == "ORG":
                    self.add(k, pred, self.ed_id(ed), si, 0.7, qualifiers=quals)

    def _heading(self, si: int) -> bool:
        sent = self.s.sents[si]
        return len([t for t in sent if not t.is_space]) <= 4 and not any(t.pos_ == "VERB" for t in sent)

    # ------------------------------------------------------------------ held_in
    def held_in(self) -> None:
        s = self.s
        last_city: str | None = None
        for si, sent in enumerate(s.sents):
            eds = self.ev.sent_editions[si]
            refs = [pos for pos in self.ev.ref_tokens if s.tok_sent[pos] == si]
            cities: list[str] = []
            for m in s.sent_mentions(si, "GPE"):
                if not self._is_city(m):
                    continue
                toks = self.doc[max(sent.start, m.start - 6) : m.start]
                ok = any(t.lower_ in {"in", "at", "across"} for t in toks) or (
                    m.end < len(self.doc)
                    and self.doc[m.end].text in _POSS
                    and s.mention_at(m.end + 1) is not None
                    and s.label_at(m.end + 1) == "EVENT"  # type: ignore[union-attr]
                )
                if any(t.pos_ == "VERB" for t in toks[-3:]) and not any(
                    t.lower_ in {"in", "at", "across"} for t in toks[-3:]
                ):
                    ok = False
                fragment = not any(t.pos_ == "VERB" for t in sent)
                if ok or (fragment and eds and not refs and s.para[si] == s.para[max(0, si - 1)]):
                    cities.append(m.key)
            if cities:
                last_city = cities[0]
            if not eds:
                continue
            if refs and cities:
                for ed in {self.ev.ref_tokens[p] for p in refs}:
                    self.add(self.ed_id(ed), Predicate.HELD_IN, cities[0], si, 0.85)
            elif cities and not refs and not any(t.pos_ == "VERB" for t in sent):
                for ed in eds:
                    self.add(self.ed_id(ed), Predicate.HELD_IN, cities[0], si, 0.6)
            elif (
                refs
                and re.search(
                    r"\b(?:held|hosted|staged|took place)\s+(?:there|in the (?:town|city))\b", sent.text
                )
                and last_city
            ):
                for ed in {self.ev.ref_tokens[p] for p in refs}:
                    self.add(self.ed_id(ed), Predicate.HELD_IN, last_city, si, 0.6)

    def _is_city(self, m: Mention) -> bool:
        place = self.s.kb.lookup_place(m.text)
        if place is not None:
            return str(place.kind) in {"city"}
        return (m.label == "GPE" and m.kb_id == "" and not m.key.startswith("gpe:")) or (
            m.label == "GPE" and m.key.startswith("gpe:") and place is None and False
        )

    # ------------------------------------------------------------------ employs
    def employs(self) -> None:
        s = self.s
        doc = self.doc
        title_re = self.lex.title_re
        for si, sent in enumerate(s.sents):
            ms = [m for m in s.sent_mentions(si) if m.label in {"ORG", "PERSON"}]
            people = [m for m in ms if m.label == "PERSON"]
            if not people:
                continue
            orgs = [m for m in ms if m.label == "ORG"]
            for p in people:
                found = False
                # ORG ['s] TITLE PERSON
                for o in orgs:
                    if o.end_char <= p.start_char and p.start_char - o.end_char < 90:
                        gap = self.s.text[o.end_char : p.start_char]
                        gap2 = re.sub(r"^(?:'s|’s|')\s*", "", gap)
                        if gap2.strip() and title_re.match(gap2) and not re.search(r"[;:]", gap):
                            self.add(
                                o.key,
                                Predicate.EMPLOYS,
                                p.key,
                                si,
                                0.9,
                                qualifiers={"title": self._clean_title(gap2)},
                            )
                            found = True
                # PERSON, [then] TITLE of|at [descr] ORG  /  PERSON, ORG's TITLE
                after = [o for o in orgs if o.start_char >= p.end_char and o.start_char - p.end_char < 120]
                for o in after[:2]:
                    gap = self.s.text[p.end_char : o.start_char]
                    title = self._title_of_gap(gap)
                    if title is not None:
                        self.add(o.key, Predicate.EMPLOYS, p.key, si, 0.9, qualifiers={"title": title})
                        found = True
                        # "... of Alibaba Group and chief executive of Alibaba Cloud"
                        later = [x for x in orgs if x.start_char > o.end_char]
                        if later:
                            gap3 = self.s.text[o.end_char : later[0].start_char]
                            t3 = re.match(r"^\s+and\s+(.+?)\s+(?:of|at)\s+(?:the\s+)?$", gap3)
                            if t3 and title_re.match(t3.group(1)):
                                self.add(
                                    later[0].key,
                                    Predicate.EMPLOYS,
                                    p.key,
                                    si,
                                    0.85,
                                    qualifiers={"title": t3.group(1)},
                                )
                        break
                    m2 = re.match(r"^,\s+(?:the\s+)?$", gap)
                    if m2 and o.end < len(doc) and doc[o.end].text in _POSS:
                        rest = self.s.text[doc[o.end].idx + len(doc[o.end].text) : sent.end_char]
                        t2 = self._title_prefix(rest)
                        if t2:
                            self.add(o.key, Predicate.EMPLOYS, p.key, si, 0.9, qualifiers={"title": t2})
                            found = True
                            break
                if found:
                    continue
                self._employs_by_context(p, si)
            self._founders(si)

    def _clean_title(self, text: str) -> str:
        return re.sub(r"\s+", " ", text.strip(" ,"))

    def _title_prefix(self, text: str) -> str | None:
        words = re.split(r"(\s+)", text)
        best = None
        acc = ""
        for w in words:
            acc += w
            cand = acc.strip()
            stripped = cand.rstrip(",")
            if (
                stripped
                and self.lex.title_re.match(stripped)
                and not stripped.lower().endswith((" and", " of", " the"))
            ):
                best = stripped
        if best and any(t in best.lower() for t in self.lex.titles):
            return best
        return None

    def _title_of_gap(self, gap: str) -> str | None:
        m = re.match(
            r"^,\s+(?:(then|former|now)\s+)?(?:(?:an?|the)\s+)?(.+?)\s+(?:of|at)\s+(?:the\s+)?(?:[\w&.-]+\s+){0,4}?$",
            gap,
        )
        if not m:
            return None
        title = m.group(2)
        if not self.lex.title_re.match(title):
            t2 = re.sub(r"\s+of\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*$", "", title)
            if t2 == title or not self.lex.title_re.match(t2):
                return None
            title = t2
        descr = gap[m.end(2) :]
        if re.search(r"[,;:]", descr) or re.search(
            r"\b(?:said|says|told|and)\b", descr.split(" of ")[-1] if " of " in descr else ""
        ):
            return None
        if m.group(1) in {"then", "former"}:
            title = f"{title} ({m.group(1)})"
        return title

    def _employs_by_context(self, p: Mention, si: int) -> None:
        """'chairman Yang Jie said', 'its chief executive John Hoffman', 'X serves as its chief executive'."""
        doc = self.doc
        s = self.s
        before = self.s.text[max(s.sents[si].start_char, p.start_char - 60) : p.start_char]
        m = re.search(
            r"(?:\b(its|their|the company's|the company’s|the group's|the group’s)\s+)?"
            r"((?:[a-z][\w-]*\s+){0,2}?(?:[A-Za-z][\w-]*\s+){0,2})$",
            before,
        )
        title = None
        owner_word = None
        if m:
            cand = m.group(2).strip()
            words = cand.split()
            for k in range(len(words)):
                sub = " ".join(words[k:])
                if self.lex.title_re.match(sub) and any(
                    w.lower().strip(",") in self._title_words() for w in words[k:]
                ):
                    title = sub
                    break
            owner_word = m.group(1)
        if title:
            first = title.split()[0].lower()
            if first in self.lex.political_titles or title.lower() in self.lex.political_titles:
                return
            prev_tok = (
                doc[p.start - len(title.split()) - 1] if p.start - len(title.split()) - 1 >= 0 else None
            )
            if prev_tok is not None and (
                s.mention_at(prev_tok.i) is not None and s.label_at(prev_tok.i) in {"GPE", "NORP", "ORG"}
            ):  # type: ignore[union-attr]
                return
            if (
                title.lower()
                in {
                    "executives",
                    "executive",
                    "partner",
                    "researcher",
                    "scientist",
                    "engineer",
                    "head",
                    "director",
                }
                and not owner_word
            ):
                return
            if owner_word:
                owner = self.s.org_antecedent(p.start)
                tok = doc[p.start - len(title.split()) - 1]
                resolved = self.resolve(tok) if tok.pos_ == "PRON" else []
                owner = resolved[0] if resolved else owner
            else:
                owner = self._context_org(p.start, si)
            self.add(owner, Predicate.EMPLOYS, p.key, si, 0.75, qualifiers={"title": title})
            return
        # "X serves as its chief executive", "X is its chief executive"
        root = s.mention_root(p)
        v = root.head if root.dep_ in _SUBJ else None
        if v is None and root.pos_ == "PRON":
            v = None
        self._serves_as(v, p.key, si)

    def _title_words(self) -> set[str]:
        return {w for t in self.lex.titles for w in t.split()} - {"of", "and"}

    def _context_org(self, pos: int, si: int) -> str | None:
        """The organization a bare title refers to: the clause's subject, else the running topic."""
        s = self.s
        subj = [m for m in s.sent_mentions(si, "ORG") if s.is_subject(m) and m.start < pos]
        if subj:
            return subj[-1].key
        keys = [k for k in self.sentence_subject(si) if self.kind(k) == "ORG"]
        if keys:
            return keys[0]
        for back in (1, 2):
            if si - back >= 0:
                keys = [k for k in self.sentence_subject(si - back) if self.kind(k) == "ORG"]
                if keys:
                    return keys[0]
        return None

    def _serves_as(self, v: Token | None, person: str, si: int) -> None:
        if v is None:
            return
        for verb in [v, *v.conjuncts]:
            if verb.lemma_ not in {"serve", "be", "remain", "become", "work"}:
                continue
            for c in verb.children:
                target = None
                if c.dep_ == "prep" and c.lower_ == "as":
                    target = next((p for p in c.children if p.dep_ == "pobj"), None)
                elif c.dep_ == "attr":
                    target = c
                if target is None:
                    continue
                phrase = self.doc[target.left_edge.i : target.i + 1]
                words = phrase.text
                words = re.sub(r"^(?:its|their|the|a|an)\s+", "", words)
                if not self.lex.title_re.match(words):
                    continue
                poss = [x for x in target.children if x.dep_ == "poss"]
                owner_keys = self.resolve(poss[0]) if poss else []
                owner = owner_keys[0] if owner_keys else self._context_org(v.i, si)
                self.add(owner, Predicate.EMPLOYS, person, si, 0.8, qualifiers={"title": words})

    def _founders(self, si: int) -> None:
        """'X co-founded Y', 'He set up Y', 'Y was founded by X', 'Founded in 2023 by X, Y ...'."""
        s = self.s
        for t in s.sents[si]:
            lemma = t.lemma_.lower()
            if t.pos_ != "VERB" or (lemma not in _FOUND_VERBS and not lemma.endswith("found")):
                continue
            if lemma == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in t.children):
                continue
            agent = [p for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            if agent:
                people = self.keys(agent, {"PERSON"})
                people += [
                    k
                    for a in agent
                    for c in a.subtree
                    for k in ([s.key_at(c.i)] if s.mention_at(c.i) and s.label_at(c.i) == "PERSON" else [])
                ]  # type: ignore[union-attr]
                orgs = [k for k in self.subjects(t) if self.kind(k) == "ORG"]
                if not orgs and t.dep_ == "advcl":
                    orgs = [k for k in self.subjects(t.head) if self.kind(k) == "ORG"]
                for o in orgs:
                    for p in dict.fromkeys(people):
                        self.add(o, Predicate.EMPLOYS, p, si, 0.8, qualifiers={"title": "founder"})
                # "founded ... by former OpenAI executives, the siblings A and B"
                for a in agent:
                    for c in a.subtree:
                        m = s.mention_at(c.i)
                        if (
                            m is not None
                            and m.label == "ORG"
                            and c.dep_ == "compound"
                            and c.head.lower_
                            in {"executives", "executive", "employees", "researchers", "staff"}
                        ):
                            for p in dict.fromkeys(people):
                                self.add(
                                    m.key,
                                    Predicate.EMPLOYS,
                                    p,
                                    si,
                                    0.7,
                                    qualifiers={"title": f"former {c.head.lower_.rstrip('s')}"},
                                )
                continue
            people = [k for k in self.subjects(t) if self.kind(k) == "PERSON"]
            orgs = self.keys([c for c in t.children if c.dep_ == "dobj"], {"ORG"})
            for o in orgs:
                for p in people:
                    self.add(o, Predicate.EMPLOYS, p, si, 0.8, qualifiers={"title": "founder"})

    # ------------------------------------------------------------------ develops
    def develops(self) -> None:
        s = self.s
        doc = self.doc
        lex = self.lex
        for si, _sent in enumerate(s.sents):
            prods = s.sent_mentions(si, "PRODUCT")
            if not prods:
                continue
            for pm in prods:
                before = doc[max(0, pm.start - 4) : pm.start]
                # ORG's [own] PRODUCT ; ORG PRODUCT (compound)
                j = pm.start - 1
                while j >= 0 and doc[j].lower_ in {"own", "new", "latest", "flagship", "and"} | {
                    t.lower_
                    for t in before
                    if t.pos_ == "PROPN" and s.mention_at(t.i) is not None and s.label_at(t.i) == "PRODUCT"
                }:  # type: ignore[union-attr]
                    if doc[j].lower_ == "and" or (s.mention_at(j) is not None and s.label_at(j) == "PRODUCT"):  # type: ignore[union-attr]
                        j -= 1
                        while j >= 0 and s.mention_at(j) is not None and s.label_at(j) == "PRODUCT":  # type: ignore[union-attr]
                            j -= 1
                        continue
                    j -= 1
                if j >= 0 and doc[j].text in _POSS and j - 1 >= 0:
                    owner = s.mention_at(j - 1)
                    if owner is not None and owner.label == "ORG":
                        self.add(owner.key, Predicate.DEVELOPS, pm.key, si, 0.85)
                        continue
                    keys = self.resolve(doc[j - 1])
                    for k in keys:
                        self.add(k, Predicate.DEVELOPS, pm.key, si, 0.75)
                    if keys:
                        continue
                if j >= 0 and doc[j].lower_ in {"its", "their"}:
                    for k in self.resolve(doc[j]):
                        self.add(k, Predicate.DEVELOPS, pm.key, si, 0.8)
                    continue
                prev = s.mention_at(pm.start - 1)
                if prev is not None and prev.label == "ORG" and doc[pm.start - 1].whitespace_:
                    self.add(prev.key, Predicate.DEVELOPS, pm.key, si, 0.75)
                    continue
                # "its large language model Tongyi Qianwen", "the company's foundation model, Ernie 4.0"
                hk = pm.start - 1
                if hk >= 0 and doc[hk].text == ",":
                    hk -= 1
                if hk >= 0 and doc[hk].lower_ in lex.product_heads:
                    owner_keys = self._possessor_before(hk, limit=5)
                    for ok in owner_keys:
                        self.add(ok, Predicate.DEVELOPS, pm.key, si, 0.8)
                    if owner_keys:
                        continue
                # "DingTalk, the group's workplace messaging app", "Tmall Genie, its smart speaker assistant"
                if pm.end < len(doc) and doc[pm.end].text == ",":
                    window = doc[pm.end + 1 : min(len(doc), pm.end + 8)]
                    for t in window:
                        if t.lower_ in lex.product_heads or t.lower_ in {"upgrade", "version", "successor"}:
                            owner_keys = self._possessor_before(t.i, limit=6, start=pm.end + 1)
                            for ok in owner_keys:
                                self.add(ok, Predicate.DEVELOPS, pm.key, si, 0.75)
                            break
                        if t.text in {",", ";", "."}:
                            break
                # "the most advanced model from Microsoft-backed OpenAI"
                tail = self.s.text[pm.end_char : min(len(self.s.text), pm.end_char + 80)]
                mt = re.match(
                    r'^["”]?,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:'
                    + "|".join(sorted(lex.product_heads))
                    + r")\s+(?:from|by|of)\s+",
                    tail,
                )
                if mt:
                    nxt = [m for m in s.sent_mentions(si, "ORG") if m.start_char >= pm.end_char + mt.end()]
                    if nxt:
                        # "... from Microsoft-backed OpenAI": the developer is the backed one
                        backed = [
                            m for m in nxt if self.s.text[m.end_char : m.end_char + 8].startswith("-backed")
                        ]
                        dev = nxt[1] if backed and backed[0] is nxt[0] and len(nxt) > 1 else nxt[0]
                        self.add(dev.key, Predicate.DEVELOPS, pm.key, si, 0.75)
            self._develops_verbs(si)

    def _possessor_before(self, k: int, *, limit: int, start: int | None = None) -> list[str]:
        doc = self.doc
        lo = max(0, k - limit) if start is None else start
        for i in range(k - 1, lo - 1, -1):
            t = doc[i]
            if t.lower_ in {"its", "their"}:
                return self.resolve(t)
            if t.text in _POSS and i > 0:
                m = self.s.mention_at(i - 1)
                if m is not None and m.label == "ORG":
                    return [m.key]
                return self.resolve(doc[i - 1])
            if t.text in {",", ";", ".", "("}:
                break
        return []

    def _develops_verbs(self, si: int) -> None:
        s = self.s
        lex = self.lex
        for t in s.sents[si]:
            lemma = t.lemma_.lower()
            if t.pos_ == "VERB" and lemma in lex.launch_verbs:
                objs = [c for c in t.children if c.dep_ in {"dobj", "nsubjpass"}]
                prods = self.keys(objs, {"PRODUCT"})
                if not prods:
                    for o in objs:
                        if (
                            o.lemma_.lower() in lex.product_heads
                            and any(c.lower_ == "the" for c in o.children)
                            and not any(
                                s.mention_at(c.i)
                                for c in o.subtree
                                if s.mention_at(c.i)
                                and s.label_at(c.i) == "PRODUCT"
                                and c.dep_ != "compound"
                                and c.dep_ != "amod"
                            )
                        ):  # type: ignore[union-attr]
                            recent = [
                                m
                                for m in s.mentions
                                if m.label == "PRODUCT"
                                and m.end <= o.i
                                and si - m.sent <= 2
                                and not (o.left_edge.i <= m.start <= o.i)
                            ]
                            if recent:
                                prods = [recent[-1].key]
                subj = [k for k in self.subjects(t) if self.kind(k) == "ORG"]
                for org_key in subj:
                    for p in prods:
                        self.add(org_key, Predicate.DEVELOPS, p, si, 0.8)
            # "OpenAI, the developer of ChatGPT", "the start-up behind the Kimi chatbot",
            # "OpenAI, whose ChatGPT"
            if t.pos_ == "NOUN" and (t.lower_ in lex.developer_nouns or t.lower_ in lex.org_nouns):
                for c in t.children:
                    if c.dep_ == "prep" and (
                        c.lower_ == "behind" or (c.lower_ == "of" and t.lower_ in lex.developer_nouns)
                    ):
                        prods = self.keys([p for p in c.children if p.dep_ == "pobj"], {"PRODUCT"})
                        if not prods:
                            prods = [
                                s.key_at(x.i)
                                for x in c.subtree
                                if s.mention_at(x.i) and s.label_at(x.i) == "PRODUCT"
                            ][:1]  # type: ignore[union-attr]
                        owners = [
                            k
                            for k in (self.keys_in(t.head) if t.dep_ == "appos" else self.resolve(t))
                            if self.kind(k) == "ORG"
                        ]
                        for org_key in owners:
                            for p in prods:
                                self.add(org_key, Predicate.DEVELOPS, p, si, 0.85)
            if t.lower_ == "whose" and t.dep_ == "poss":
                m = s.mention_at(t.head.i)
                if m is not None and m.label == "PRODUCT":
                    owners = self.relcl_antecedent(t) or []
                    for org_key in owners:
                        if self.kind(org_key) == "ORG":
                            self.add(org_key, Predicate.DEVELOPS, m.key, si, 0.85)
            # "the company's latest work ..., including the Blackwell GPU platform"
            if t.lower_ == "including" and t.dep_ == "prep":
                prods = self.keys([p for p in t.children if p.dep_ == "pobj"], {"PRODUCT"})
                if prods:
                    owners = self._possessor_before(t.i, limit=12)
                    for org_key in owners:
                        for p in prods:
                            self.add(org_key, Predicate.DEVELOPS, p, si, 0.7)

    # ------------------------------------------------------------------ owns / affiliate_of
    def ownership(self) -> None:
        s = self.s
        doc = self.doc
        lex = self.lex
        unit = "|".join(sorted((re.escape(u) for u in lex.unit_nouns), key=len, reverse=True))
        affil = "|".join(sorted((re.escape(u) for u in lex.affiliate_nouns), key=len, reverse=True))
        parent = "|".join(sorted((re.escape(u) for u in lex.parent_nouns), key=len, reverse=True))
        mods = r"(?:[\w-]+\s+){0,3}?"
        for si, sent in enumerate(s.sents):
            orgs = s.sent_mentions(si, "ORG")
            for a, b in itertools.pairwise(orgs):
                gap = self.s.text[a.end_char : b.start_char]
                if len(gap) > 80:
                    continue
                if re.match(r"^(?:'s|’s|')\s+" + mods + r"(?:" + unit + r")\s*,?\s*$", gap) or re.match(
                    r"^\s+and\s+its\s+" + mods + r"(?:" + unit + r")\s*,?\s*$", gap
                ):
                    self.add(a.key, Predicate.OWNS, b.key, si, 0.9)
                elif re.match(
                    r"^(?:,\s+|\s+and\s+|(?:'s|’s)\s+)(?:its\s+)?" + mods + r"(?:" + affil + r")\s*,?\s*$",
                    gap,
                ):
                    self.add(b.key, Predicate.AFFILIATE_OF, a.key, si, 0.9)
                elif re.match(
                    r"^,\s+(?:a|an|the|one of the|its)\s+"
                    + mods
                    + r"(?:"
                    + unit
                    + r")\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?$",
                    gap,
                ):
                    self.add(b.key, Predicate.OWNS, a.key, si, 0.9)
                elif re.match(
                    r"^,\s+(?:a|an|the|one of the)\s+"
                    + mods
                    + r"(?:"
                    + affil
                    + r")\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?$",
                    gap,
                ):
                    self.add(a.key, Predicate.AFFILIATE_OF, b.key, si, 0.9)
                elif re.match(
                    r"^,\s+(?:the|its)\s+" + mods + r"(?:" + parent + r")\s+of\s+(?:the\s+)?$", gap
                ):
                    self.add(a.key, Predicate.OWNS, b.key, si, 0.9)
                elif re.match(r"^(?:'s|’s)\s+$", gap) and b.label == "ORG" and a.key != b.key:
                    self.add(a.key, Predicate.OWNS, b.key, si, 0.6)
            for b in orgs:
                # "Amazon Web Services, its cloud unit" / "Tencent Cloud, the group's cloud computing arm"
                tail = self.s.text[b.end_char : min(sent.end_char, b.end_char + 60)]
                mt = re.match(
                    r"^,\s+(its|their|the (?:group|company|parent)(?:'s|’s))\s+"
                    + mods
                    + r"(?:"
                    + unit
                    + r")\b",
                    tail,
                )
                if mt:
                    tok = doc.char_span(
                        b.end_char + mt.start(1), b.end_char + mt.end(1), alignment_mode="expand"
                    )
                    if tok is not None:
                        owners = (
                            self.resolve(tok[0])
                            if tok[0].lower_ in {"its", "their"}
                            else self.resolve(tok[1] if len(tok) > 1 else tok[0])
                        )
                        for o in owners:
                            if o != b.key:
                                self.add(o, Predicate.OWNS, b.key, si, 0.8)
                # "its cloud unit, Huawei Cloud"
                head = self.s.text[max(sent.start_char, b.start_char - 50) : b.start_char]
                mh = re.search(r"\b(its|their)\s+" + mods + r"(?:" + unit + r"),?\s+$", head)
                if (mh and not re.search(r"\b(?:and|or)\s+its\b", head[mh.start() - 5 : mh.start() + 3])) or (
                    mh and mh.group(0).startswith("its") and head[: mh.start()].rstrip().endswith(",")
                ):
                    tok = doc.char_span(
                        b.start_char - len(head) + mh.start(1), b.start_char - len(head) + mh.end(1)
                    )
                    if tok is not None:
                        for o in self.resolve(tok[0]):
                            if o != b.key:
                                self.add(o, Predicate.OWNS, b.key, si, 0.8)
            # "several of its subsidiaries, among them A and B"
            for t in sent:
                if t.lower_ in {"subsidiaries", "units", "affiliates"}:
                    tail = self.s.text[t.idx + len(t.text) : sent.end_char]
                    mt = re.match(r"^,?\s+(?:among them|including|such as)\s+", tail)
                    poss = [c for c in t.subtree if c.lower_ in {"its", "their"}] or (
                        [doc[t.i - 1]] if doc[t.i - 1].lower_ in {"its", "their"} else []
                    )
                    if mt and poss:
                        owners = self.resolve(poss[0])
                        start_char = t.idx + len(t.text) + mt.end()
                        kids = [m for m in orgs if m.start_char >= start_char]
                        for o in owners:
                            for kd in kids:
                                if t.lower_ == "affiliates":
                                    self.add(kd.key, Predicate.AFFILIATE_OF, o, si, 0.8)
                                else:
                                    self.add(o, Predicate.OWNS, kd.key, si, 0.8)
                if t.pos_ == "VERB" and t.lemma_ == "own":
                    owners = [k for k in self.subjects(t) if self.kind(k) == "ORG"]
                    dobj = [c for c in t.children if c.dep_ == "dobj"]
                    exclude = set(owners)
                    owned = [
                        k
                        for c in dobj
                        for k in (
                            self.keys_in(c, exclude=exclude) if c.pos_ != "PRON" else [self.org_pronoun(c)]
                        )
                        if k
                    ]
                    for o in owners:
                        for k in owned:
                            if self.kind(k) == "ORG":
                                self.add(o, Predicate.OWNS, k, si, 0.9)
                # "according to its cloud computing unit" -> the unit named next, sharing the owner's name
                if (
                    t.lower_ in {"unit", "arm", "division"}
                    and any(c.lower_ == "its" for c in t.children)
                    and not any(c.dep_ == "appos" for c in t.children)
                ):
                    owner = next((k for c in t.children if c.lower_ == "its" for k in self.resolve(c)), None)
                    acc = s.entities.get(owner) if owner else None
                    if owner and acc and acc.names:
                        first = acc.names[0].split()[0]
                        later = [
                            m
                            for m in s.mentions
                            if m.label == "ORG"
                            and 0 <= m.sent - si <= 1
                            and m.key != owner
                            and m.text.startswith(first + " ")
                            and m.start > t.i
                        ]
                        if later:
                            self.add(owner, Predicate.OWNS, later[0].key, si, 0.6)

    # ------------------------------------------------------------------ backed_by
    def backing(self) -> None:
        s = self.s
        doc = self.doc
        lex = self.lex
        for si, sent in enumerate(s.sents):
            orgs = s.sent_mentions(si, "ORG")
            text = self.s.sent_texts[si]
            # "Microsoft-backed OpenAI", "Tencent-backed AI start-up Zhipu"
            for o in orgs:
                tail = self.s.text[o.end_char : o.end_char + 12]
                if re.match(r"^[-‐–]backed\b", tail):
                    after = [
                        m for m in orgs if m.start_char > o.end_char + 7 and m.start_char - o.end_char < 50
                    ]
                    if after:
                        self.add(after[0].key, Predicate.BACKED_BY, o.key, si, 0.9)
                        self.funded = after[0].key
            for t in sent:
                lemma = t.lemma_.lower()
                # "backed by A and B", "a funding round led by X"
                if t.pos_ == "VERB" and lemma in {"back", "lead", "fund", "finance"}:
                    agent = [
                        p for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                    ]
                    backers = self.keys(agent, {"ORG", "PERSON"})
                    if not backers:
                        continue
                    if lemma == "lead":
                        if t.head.lemma_.lower() not in lex.funding_nouns:
                            continue
                        v = self.verbal_head(t.head)
                        funded = self.subjects(v) if v is not None else []
                        quals = {"role": "lead investor"}
                    else:
                        funded = self.subjects(t)
                        quals = {}
                    for f in funded:
                        if self.kind(f) == "ORG":
                            self.funded = f
                            for b in backers:
                                self.add(
                                    f,
                                    Predicate.BACKED_BY,
                                    b,
                                    si,
                                    0.9,
                                    negated=self.negated(t),
                                    qualifiers=quals,
                                )
                # "X will invest $1.5 billion in Y", "X's decision to put $4 billion into Y"
                if t.pos_ == "VERB" and (
                    lemma in lex.invest_verbs
                    or (lemma in {"put", "pour", "inject"} and _MONEY.search(doc[t.i : t.i + 8].text))
                ):
                    targets: list[str] = []
                    for c in t.children:
                        if c.dep_ == "prep" and c.lower_ in {"in", "into"}:
                            targets += self.keys([p for p in c.children if p.dep_ == "pobj"], {"ORG"})
                    if not targets and t.dep_ == "relcl":
                        antecedent = t.head
                        for c in antecedent.children:
                            if c.dep_ == "prep" and c.lower_ in {"with", "in"}:
                                targets += self.keys([p for p in c.children if p.dep_ == "pobj"], {"ORG"})
                    investors = [k for k in self.subjects(t) if self.kind(k) in {"ORG", "PERSON"}]
                    if not investors or t.dep_ == "relcl":
                        subj = [c for c in t.children if c.dep_ in _SUBJ]
                        investors = [
                            k for c in subj for k in self.keys_in(c) if self.kind(k) in {"ORG", "PERSON"}
                        ] or investors
                    for f in targets:
                        self.funded = f
                        for b in investors:
                            self.add(f, Predicate.BACKED_BY, b, si, 0.85, negated=self.negated(t))
                if (
                    t.pos_ == "VERB"
                    and lemma == "raise"
                    and any(c.lemma_.lower() in lex.funding_nouns or _MONEY.search(c.text) for c in t.subtree)
                ):
                    funded = [k for k in self.subjects(t) if self.kind(k) == "ORG"]
                    if funded:
                        self.funded = funded[0]
                # "existing backer Monolith Management", "X is the other big backer",
                # "count A among their investors"
                if t.pos_ == "NOUN" and t.lower_ in lex.investor_nouns:
                    poss = [c for c in t.children if c.dep_ == "poss"]
                    funded_keys = self.resolve(poss[0]) if poss else ([self.funded] if self.funded else [])
                    backers = []
                    nxt = s.mention_at(t.i + 1)
                    if nxt is not None and nxt.label == "ORG":
                        backers = [nxt.key]
                    else:
                        ks, _conf = self.agents(t)
                        backers = [k for k in ks if self.kind(k) == "ORG"]
                        v = self.verbal_head(t)
                        if v is not None and t.head.lower_ == "among":
                            backers = (
                                self.keys([c for c in v.children if c.dep_ == "dobj"], {"ORG"}) or backers
                            )
                    for f in funded_keys:
                        for b in backers:
                            if b != f:
                                self.add(f, Predicate.BACKED_BY, b, si, 0.75)
                # "has taken no money from either giant", "Its funding comes from High-Flyer"
                if t.pos_ == "NOUN" and t.lower_ in {
                    "money",
                    "funding",
                    "investment",
                    "capital",
                    "backing",
                    "financing",
                }:
                    preps = [c for c in t.children if c.dep_ == "prep" and c.lower_ == "from"]
                    v = self.verbal_head(t)
                    if not preps and v is not None:
                        preps = [c for c in v.children if c.dep_ == "prep" and c.lower_ == "from"]
                    sources = self.keys(
                        [p for c in preps for p in c.children if p.dep_ == "pobj"], {"ORG", "PERSON"}
                    )
                    if not sources:
                        continue
                    poss = [c for c in t.children if c.dep_ == "poss"]
                    if poss:
                        funded = self.resolve(poss[0])
                    elif v is not None:
                        funded = [k for k in self.subjects(v) if self.kind(k) == "ORG"]
                    else:
                        funded = []
                    neg = any(c.lower_ == "no" for c in t.children) or (v is not None and self.negated(v))
                    for f in funded:
                        for b in sources:
                            self.add(f, Predicate.BACKED_BY, b, si, 0.8, negated=neg)
                # "A and B also took part, as did C" in a funding story
                if (
                    self.funded
                    and not self.ev.series
                    and t.pos_ == "VERB"
                    and lemma in {"take", "join", "participate"}
                    and (lemma != "take" or any(c.lower_ == "part" for c in t.children))
                ):
                    backers = [k for k in self.subjects(t) if self.kind(k) == "ORG"]
                    for c in t.children:
                        if c.dep_ == "advcl":
                            backers += [k for k in self.subjects(c) if self.kind(k) == "ORG"]
                    for b in dict.fromkeys(backers):
                        self.add(self.funded, Predicate.BACKED_BY, b, si, 0.7)
            del text

    # ------------------------------------------------------------------ sanctioned_by
    def sanctions(self) -> None:
        s = self.s
        lex = self.lex
        strong = lex.phrase_re(lex.sanction_strong)
        weak = lex.phrase_re(lex.sanction_weak)
        list_re = lex.phrase_re(tuple(lex.sanction_lists))
        last_strong = -10
        role_nouns = lex.event_triggers["sponsors"].nouns | lex.event_triggers["exhibits_at"].nouns
        for si, sent in enumerate(s.sents):
            text = self.s.sent_texts[si]
            hit_strong = strong.search(text)
            # "Also on the list is X" only continues a sanctions passage, never a sponsor list.
            weak_ok = si - last_strong <= 6 and not any(t.lower_ in role_nouns for t in sent)
            hit = hit_strong or (weak_ok and weak.search(text))
            if not hit:
                continue
            if hit_strong:
                self.sanction_context = True
                last_strong = si
            country = self._sanctioner(si, list_re, sent.start_char + hit.start())
            if country is None:
                continue
            targets = self._sanction_targets(si, country)
            if text.rstrip().endswith(":"):
                targets = targets + self._list_items(si)
            for k in targets:
                self.add(k, Predicate.SANCTIONED_BY, country, si, 0.85 if hit_strong else 0.7)

    def _sanctioner(self, si: int, list_re: re.Pattern[str], trigger_at: int) -> str | None:
        """The country behind the measure: the one nearest the trigger that is not a nationality label."""
        s = self.s
        doc = self.doc
        text = s.sent_texts[si]
        cands: list[tuple[int, str]] = []
        for m in s.sent_mentions(si):
            code: str | None = None
            if m.label in {"GPE", "NORP"} and m.key.startswith("gpe:"):
                acc = s.entities.get(m.key)
                place = s.kb.lookup_place(m.text)
                if acc is None or acc.country is None:
                    continue
                if (
                    place is not None
                    and str(place.kind) != "country"
                    and m.text not in {"Washington", "Beijing"}
                ):
                    continue
                if re.match(r"^[-‐–](?:based|headquartered)", self.s.text[m.end_char : m.end_char + 16]):
                    continue
                # "Chinese generative AI start-up Zhipu": a label of the target, not the sanctioner
                k = m.end
                while (
                    k < len(doc)
                    and k - m.end < 5
                    and doc[k].pos_ in {"NOUN", "ADJ", "PROPN", "PUNCT", "PART"}
                    and (
                        doc[k].is_lower
                        or doc[k].text in {"-", "'s", "’s"}
                        or (doc[k].is_upper and len(doc[k].text) <= 4 and s.mention_at(k) is None)
                    )
                ):
                    if doc[k].lower_ in self.lex.agency_words or doc[k].lower_ in {
                        "entity",
                        "list",
                        "blacklist",
                        "export",
                        "trade",
                        "sanctions",
                    }:
                        break
                    k += 1
                nxt = s.mention_at(k) if k < len(doc) else None
                root = doc[m.start]
                if root.dep_ == "pobj" and root.head.lower_ in {
                    "in",
                    "from",
                    "outside",
                    "to",
                    "across",
                    "into",
                }:
                    continue
                label_like = any(self.is_org_noun(doc[x]) for x in range(m.end, k)) or (
                    nxt is not None
                    and nxt.label == "ORG"
                    and not (set(nxt.text.lower().split()) & self.lex.agency_words)
                )
                if label_like:
                    continue
                code = acc.country
            elif m.label == "ORG":
                acc = s.entities.get(m.key)
                if acc is not None and acc.record is not None and str(acc.record.kind) == "agency":
                    code = acc.country
            if code:
                cands.append((abs(m.start_char - trigger_at), s.kb.country_place(code).id))
        lm = list_re.search(text)
        if lm and not cands:
            code = self.lex.sanction_lists.get(lm.group(0).lower())
            if code:
                return s.kb.country_place(code).id
        if cands:
            return min(cands)[1]
        return getattr(self, "_last_sanctioner", None)

    def _sanction_targets(self, si: int, country: str) -> list[str]:
        s = self.s
        out: list[str] = []
        for m in s.sent_mentions(si, "ORG"):
            acc = s.entities.get(m.key)
            if acc is None:
                continue
            if acc.record is not None and str(acc.record.kind) == "agency":
                continue
            words = {w.lower() for w in m.text.replace("'s", "").split()}
            if words & self.lex.agency_words or "list" in words:
                continue
            root = s.mention_root(m)
            nxt = self.doc[m.end] if m.end < len(self.doc) else None
            if root.dep_ == "poss" or (nxt is not None and nxt.text in _POSS):
                continue
            if (
                root.dep_ == "compound"
                and root.head.pos_ == "NOUN"
                and root.head.lower_ not in {"chips", "products", "memory"}
            ):
                continue
            h = root
            blocked = False
            for _ in range(4):
                if (
                    h.dep_ == "pobj"
                    and h.head.lower_ in {"of", "from", "with", "than", "at", "about", "by"}
                    and h.head.head.lower_ not in {"products", "chips", "one"}
                ):
                    blocked = True
                    break
                if (
                    h.dep_ in {"nsubj"}
                    and h.head.lemma_ in {"say", "respond", "reject", "decline", "disagree", "end", "order"}
                    and not re.search(
                        r"\bblacklist|sanction|entity list",
                        s.sent_texts[si][: m.start_char - s.sents[si].start_char],
                        re.I,
                    )
                ):
                    break
                if h.head.i == h.i:
                    break
                if h.dep_ in {"conj", "appos", "compound"}:
                    h = h.head
                    continue
                break
            if blocked:
                continue
            out.append(m.key)
        self._last_sanctioner = country
        return out

    def _list_items(self, si: int) -> list[str]:
        """ORG names on the bullet lines that follow a sentence ending with a colon."""
        s = self.s
        out: list[str] = []
        for sj in range(si + 1, len(s.sents)):
            line = s.sent_texts[sj].strip()
            if not re.match(r"^[-•*·]\s*", line):
                if out:
                    break
                if sj > si + 1:
                    break
                continue
            out.extend(m.key for m in s.sent_mentions(sj, "ORG"))
        return list(dict.fromkeys(out))

    # ------------------------------------------------------------------ based_in
    def based_in(self) -> None:
        s = self.s
        doc = self.doc
        named_countries = {
            acc.country
            for acc in s.entities.values()
            if acc.type.value == "GPE"
            and acc.key.startswith("gpe:")
            and (place := s.kb.lookup_place(acc.names[0] if acc.names else "")) is not None
            and str(place.kind) in {"country", "region"}
        }
        for m in s.mentions:
            if m.label not in {"NORP", "GPE"} or not m.key.startswith("gpe:"):
                continue
            acc = s.entities.get(m.key)
            if acc is None or acc.country is None:
                continue
            place = s.kb.lookup_place(m.text)
            is_country = m.label == "NORP" or (place is not None and str(place.kind) in {"country", "region"})
            country_id = s.kb.country_place(acc.country).id if acc.country else None
            if country_id is None:
                continue
            si = m.sent
            nxt_text = self.s.text[m.end_char : m.end_char + 20]
            based = re.match(r"^[-‐–](?:based|headquartered)\b", nxt_text)
            if not is_country and not based:
                continue
            if not is_country and acc.country not in named_countries:
                continue
            # "Shenzhen-based company", "the US Commerce Department", "Emirati AI firm G42"
            j = m.end
            if based:
                j = m.end + 2
            k = j
            while (
                k < len(doc)
                and k - j < 6
                and s.mention_at(k) is None
                and (
                    doc[k].is_lower
                    or doc[k].text in {"-", "AI", "GPU", "IT"}
                    or (doc[k].pos_ in {"ADJ", "NOUN"} and not doc[k].is_title)
                )
                and not doc[k].is_punct
            ) or (k < len(doc) and doc[k].text == "-" and s.mention_at(k) is None and k - j < 6):
                k += 1
            nm = s.mention_at(k) if k < len(doc) else None
            gap_tokens = doc[j:k]
            if (
                nm is not None
                and nm.label == "ORG"
                and (
                    k == j
                    or any(
                        t.lower_ in self.lex.org_nouns or t.lower_.split("-")[-1] in self.lex.org_nouns
                        for t in gap_tokens
                    )
                )
            ):
                keys = self.keys_in(s.mention_root(nm))
                for key in keys:
                    if self.kind(key) == "ORG":
                        self.add(key, Predicate.BASED_IN, country_id, si, 0.85)
                continue
            # possessive country + ORG: "Britain's Competition and Markets Authority"
            if m.end < len(doc) and doc[m.end].text in _POSS:
                nm2 = s.mention_at(m.end + 1)
                if nm2 is not None and nm2.label == "ORG":
                    self.add(nm2.key, Predicate.BASED_IN, country_id, si, 0.85)
                    continue
            # the noun the country word modifies, linked to named organizations
            head = doc[m.end - 1]
            noun = head.head if head.dep_ in {"amod", "compound", "nmod", "npadvmod", "poss"} else None
            if based:
                b = doc[m.end + 1] if m.end + 1 < len(doc) else None
                noun = b.head if b is not None else None
                if noun is not None and s.mention_at(noun.i) is not None and s.label_at(noun.i) == "ORG":  # type: ignore[union-attr]
                    self.add(s.key_at(noun.i), Predicate.BASED_IN, country_id, si, 0.85)  # type: ignore[union-attr]
                    continue
            hops = 0
            while (
                noun is not None
                and hops < 3
                and noun.lower_ not in self.lex.org_nouns
                and noun.pos_ in {"NOUN", "ADJ", "PROPN"}
                and noun.dep_ in {"compound", "amod", "nmod"}
            ):
                noun = noun.head
                hops += 1
            if noun is None or not self.is_org_noun(noun):
                continue
            linked = self.linked_orgs(noun)
            if not linked and s.sent_texts[si].rstrip().endswith(":"):
                linked = self._list_items(si)
            for key in linked:
                self.add(key, Predicate.BASED_IN, country_id, si, 0.75)
        # "headquartered in Shenzhen, China", "a smart-lighting maker from Shenzhen"
        for si, sent in enumerate(s.sents):
            for t in sent:
                if (
                    t.lower_ in {"headquartered", "based"}
                    and any(c.dep_ == "prep" and c.lower_ == "in" for c in t.children)
                ) or (t.lower_ == "from" and t.dep_ == "prep" and t.head.lower_ in self.lex.org_nouns):
                    preps = (
                        [t]
                        if t.lower_ == "from"
                        else [c for c in t.children if c.dep_ == "prep" and c.lower_ == "in"]
                    )
                    places = [
                        gm
                        for p in preps
                        for x in p.subtree
                        if (gm := s.mention_at(x.i)) is not None and gm.label == "GPE"
                    ]
                    if not places:
                        continue
                    codes = [s.entities[pm.key].country for pm in places if pm.key in s.entities]
                    countries = [
                        pm
                        for pm in places
                        if (pp := s.kb.lookup_place(pm.text)) is not None and str(pp.kind) == "country"
                    ]
                    code = (
                        s.entities[countries[0].key].country
                        if countries
                        else (codes[0] if codes and codes[0] in named_countries else None)
                    )
                    if not code:
                        continue
                    cid = s.kb.country_place(code).id
                    if t.lower_ == "from":
                        owners = self.linked_orgs(t.head)
                    else:
                        owners = (
                            [k for k in self.subjects(t) if self.kind(k) == "ORG"] if t.pos_ == "VERB" else []
                        )
                        if not owners and t.dep_ in {"acl", "amod"}:
                            owners = self.linked_orgs(t.head)
                    for o in owners:
                        self.add(o, Predicate.BASED_IN, cid, si, 0.8)

    def linked_orgs(self, noun: Token) -> list[str]:
        """Named organizations an org-noun phrase describes (apposition, copula, 'as', 'among', lists)."""
        out: list[str] = []
        for c in noun.children:
            if c.dep_ == "appos":
                out += [k for k in self.keys_in(c) if self.kind(k) == "ORG"]
            if (c.dep_ == "prep" and c.lower_ in {"including", "like", "as"}) or (
                c.dep_ == "prep" and c.lower_ == "such"
            ):
                out += [
                    k for p in c.subtree if p.dep_ == "pobj" for k in self.keys_in(p) if self.kind(k) == "ORG"
                ]
        if noun.dep_ == "appos":
            out += [k for k in self.keys_in(noun.head) if self.kind(k) == "ORG"]
        if noun.dep_ == "conj" and self.s.mention_at(noun.head.i) is not None:
            out += [k for k in self.s.resolve_token(noun.head) if self.kind(k) == "ORG"]
        h = noun
        if (
            h.dep_ == "pobj"
            and h.head.lower_ in {"as"}
            and h.head.i > 0
            and (before := self.s.mention_at(h.head.i - 1)) is not None
        ):
            out += [k for k in self.keys_in(self.s.mention_root(before)) if self.kind(k) == "ORG"]
        if h.dep_ == "pobj" and h.head.lower_ in {"among", "like"}:
            h = h.head.head
        if h.dep_ == "prep" and h.lower_ == "like":
            h = h.head
        if h.dep_ in {"attr", "acomp"} or (h.pos_ in _VERBAL) or (h.dep_ == "prep"):
            v = h if h.pos_ in _VERBAL else h.head
            if v.lemma_ in {"be", "remain", "become"} or h.dep_ == "prep" or noun.head.lower_ == "like":
                out += [k for k in self.subjects(v) if self.kind(k) == "ORG"]
        if not out and noun.lower_ in self.lex.org_nouns:
            dets = [c for c in noun.children if c.dep_ == "det"]
            if dets and dets[0].lower_ == "the" and noun.dep_ not in {"pobj"}:
                out += [k for k in self.s.resolve_token(noun) if self.kind(k) == "ORG"]
        return list(dict.fromkeys(out))

    # ------------------------------------------------------------------ all
    def run(self) -> list[Relation]:
        self.event_predicates()
        self.organizer_possessors()
        self.held_in()
        self.employs()
        self.develops()
        self.ownership()
        self.backing()
        self.sanctions()
        self.based_in()
        return list(self.out.values())


_PHRASE_CACHE: dict[int, list[tuple[str, EventTriggers, re.Pattern[str]]]] = {}


def _phrase_patterns(lex: Lexicon) -> list[tuple[str, EventTriggers, re.Pattern[str]]]:
    key = id(lex)
    cached = _PHRASE_CACHE.get(key)
    if cached is None:
        cached = [
            (name, tr, lex.phrase_re(tr.phrases + tr.object_phrases))
            for name, tr in lex.event_triggers.items()
            if tr.phrases or tr.object_phrases
        ]
        _PHRASE_CACHE[key] = cached
    return cached


def is_person_pronoun(tok: Token) -> bool:
    """True for he/his/him/she/her."""
    return tok.lower_ in PERSON_PRONOUNS

"""Shared plumbing for the relation rules: entity keys of a phrase, subjects, agents, negation."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Token

from rivalgraph.extract.events import Edition, EventModel
from rivalgraph.extract.lexicon import EventTriggers, Lexicon, per_lexicon, title_words
from rivalgraph.extract.state import ORG_PRONOUNS, PERSON_PRONOUNS, DocState, EntityAcc, Mention
from rivalgraph.model import PREDICATE_SIGNATURES, EntityType, Evidence, Predicate, Relation

# "X is due to speak", "X is set to give the keynote", "X is likely to attend": adjectives whose verb
# takes the clause's subject (not "unable to attend", "hard to miss")
_DUE_WORDS = frozenset({"due", "set", "likely", "ready", "eager", "keen", "poised", "slated"})
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
VERBAL_TAGS = {"VERB", "AUX"}
_CLAUSE = {"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"}
POSSESSIVES = {"'s", "’s", "'", "’"}
MONEY = re.compile(r"\$|\bbillion\b|\bmillion\b|\byuan\b|\bdollars?\b", re.I)
FOUND_VERBS = {"found", "co-found", "cofound", "establish", "set"}
EVENT_PREFIX = "event:"
# People sent on an organization's behalf: "executives from Apple", "a delegation of Huawei".
_ENVOY_NOUNS = frozenset(
    {
        "executive",
        "representative",
        "delegate",
        "delegation",
        "official",
        "team",
        "staff",
        "engineer",
        "employee",
    }
)
# Verbs whose xcomp did not happen: "declined to take part".
_REFUSAL_VERBS = frozenset({"decline", "refuse", "fail", "forgo"})


class RelationBase:
    """Document state, the relation table and the parse helpers every rule family uses."""

    def __init__(self, state: DocState, events: EventModel) -> None:
        self.s = state
        self.ev = events
        self.doc = state.doc
        self.toks = state.toks
        self.lex = state.lex
        self.out: dict[tuple[str, str, str, bool], Relation] = {}
        self.funded: str | None = None
        self.sanction_context = False
        self._subject_cache: dict[int, list[str]] = {}
        # the edition references of each sentence, grouped on first use (the editions are final)
        self._refs_by_sent: dict[int, list[tuple[int, Edition]]] | None = None
        # the sponsor role that names the last list of partners ("strategic partner")
        self._list_role = ""
        self._list_role_sent = -1

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
        if pred == Predicate.OWNS and self._agency(subj) and self._agency(obj):
            return  # SCHEMA.md: a bureau inside a ministry is not annotated as owns
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

    def _agency(self, key: str) -> bool:
        acc = self.s.entities.get(key)
        return acc is not None and acc.record is not None and str(acc.record.kind) == "agency"

    def _ensure_country(self, key: str, span: tuple[int, int] | None) -> None:
        """Make a country named only through a metonym ('Beijing', "China's Ministry") an entity."""
        if self.s.etype(key):
            return
        place = next((p for p in self.s.kb.places if p.id == key), None)
        if place is None:
            return
        acc = EntityAcc(key=key, type=EntityType.GPE, country=place.country)
        if span is not None:
            acc.mentions.append(span)
        self.s.entities[key] = acc

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
        person = any(self.kind(k) == "PERSON" for k in res)
        for c in tok.children:
            if c.dep_ == "appos" and person and not self.s.resolve_token(c) and self._title_noun(c):
                # "Elon Musk, Tesla's chief executive": the employer is not the person; a name the
                # parser joined to the title ("..., Baidu's chief executive, and Wang Xiaochuan") is
                for d in c.children:
                    if d.dep_ == "conj":
                        out.extend(self.keys_in(d, depth + 1))
                continue
            if c.dep_ in {"conj", "appos"} or (res and self._misparsed_coordinate(tok, c)):
                out.extend(self.keys_in(c, depth + 1))
            elif c.dep_ in {"compound", "nmod", "poss"} and not res and self.s.mention_at(tok.i) is None:
                if tok.tag_ == "NN" and self._title_noun(tok):
                    continue  # "AMD chair and chief executive Lisa Su": the employer of a person
                if c.dep_ == "poss" or self.s.mention_at(c.i) is not None:
                    out.extend(k for k in self.keys_in(c, depth + 1) if self.kind(k) != "GPE")
            elif (c.dep_ == "prep" and c.lower_ in {"including", "like", "as"}) or (
                c.dep_ == "prep"
                and c.lower_ == "with"
                and c.i > 0
                and self.toks[c.i - 1].lower_ in {"together", "along"}
            ):
                for p in c.children:
                    if p.dep_ == "pobj":
                        out.extend(self.keys_in(p, depth + 1))
            elif (
                c.dep_ == "prep"
                and c.lower_ in {"from", "of"}
                and not res
                and tok.lemma_.lower() in _ENVOY_NOUNS
            ):
                # "Executives from Apple and Tesla were in attendance": the envoys stand for their employers
                for p in c.children:
                    if p.dep_ == "pobj":
                        out.extend(k for k in self.keys_in(p, depth + 1) if self.kind(k) == "ORG")
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

    def _misparsed_coordinate(self, tok: Token, c: Token) -> bool:
        """'Applied Materials and Lam Research exhibited': the small model often hangs the first of two
        multi-word names on the second as a modifier instead of a conjunct. A name of the same kind
        that ends right before 'and'/'or'/',' in front of this name is its conjunct."""
        if c.dep_ not in {"nmod", "compound", "conj"}:
            return False
        own, left = self.s.mention_at(tok.i), self.s.mention_at(c.i)
        if own is None or left is None or left.key == own.key or left.label != own.label:
            return False
        if left.end >= own.start or c.i >= own.start:
            return False
        between = [t.lower_ for t in self.toks[left.end : own.start]]
        return bool(between) and between[-1] in {"and", "or", ","} and set(between) <= {"and", "or", ","}

    def _title_noun(self, tok: Token) -> bool:
        """'chief executive', 'co-founder': a job title heading an apposition."""
        words = title_words(self.lex)
        return tok.lower_ in words or tok.lemma_.lower() in words

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
        return self.s.resolve_token(tok) or self._placed_description(tok)

    def _placed_description(self, tok: Token) -> list[str]:
        """'the California company', 'the chipmaker, which ...': a definite org noun named only by places."""
        if tok.pos_ != "NOUN" or tok.lower_ not in self.lex.org_nouns or tok.tag_ not in {"NN", "NNP"}:
            return []
        dets = [c for c in tok.children if c.dep_ == "det"]
        if not dets or dets[0].lower_ not in {"the", "this", "that"}:
            return []
        named = [c for c in tok.children if c.dep_ in {"compound", "amod", "nmod"} and self.s.mention_at(c.i)]
        # only the noun's own modifiers count: a relative clause may name places ("which is based in X, Y")
        if any(self.s.label_at(c.i) not in {"GPE", "NORP"} for c in named):
            return []
        if not named:
            relcl = [c for c in tok.children if c.dep_ == "relcl"]
            if not relcl:
                return []
            inside = {x.i for c in relcl for x in c.subtree}
            if any(self.s.mention_at(x.i) for x in tok.subtree if x.i not in inside and x.i != tok.i):
                return []
        if any(c.dep_ == "appos" and self.s.mention_at(c.i) for c in tok.children) or tok.dep_ == "appos":
            return []
        key = self.s.org_antecedent(tok.i, exclude=set())
        return [key] if key else []

    def relcl_antecedent(self, tok: Token) -> list[str] | None:
        keys = self._relcl_antecedent(tok)
        if keys and all(self.kind(k) == "PERSON" for k in keys):
            org = self._nearer_org(tok)
            if org is not None:
                return [org]
        return keys

    def _nearer_org(self, tok: Token) -> str | None:
        """'X, chairman of CCPIT, which is organising ...': a 'which'/'that' clause the parser hung on the
        person describes the organization named right before it."""
        t = tok
        for _ in range(6):
            if t.dep_ == "relcl":
                break
            if t.head.i == t.i:
                return None
            t = t.head
        else:
            return None
        if not any(c.lower_ in {"which", "that"} and c.dep_ in SUBJECT_DEPS | {"dobj"} for c in t.children):
            return None
        head = t.head
        start = head.left_edge.i if self.is_org_noun(head) and head.dep_ == "appos" else t.left_edge.i
        k = start - 1
        if k >= 0 and self.toks[k].text == ",":
            k -= 1
        if k >= 0 and self.toks[k].text == ")":
            k -= 1
        m = self.s.mention_at(k) if k >= 0 else None
        return m.key if m is not None and m.label == "ORG" else None

    def _relcl_antecedent(self, tok: Token) -> list[str] | None:
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
        # "Ericsson has no stand, and Nokia's presence is limited, although both vendors ...": the two
        # organizations of the sentence when they are exactly two
        keys = list(
            dict.fromkeys(
                m.key for m in self.s.mentions if m.end <= pos and m.label == "ORG" and m.sent == si
            )
        )
        return keys if len(keys) == 2 else []

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
            if t.dep_ in SUBJECT_DEPS and tok.dep_ == "dobj" and t.head.i == tok.head.i:
                continue  # "the US put it on the list": an object is never its own clause's subject
            if t.dep_ in SUBJECT_DEPS or (t.dep_ == "poss" and t.head.dep_ in SUBJECT_DEPS):
                subj = self.s.mention_at(t.i)
                if subj is not None and subj.label == "PERSON" and t.left_edge.i <= tok.i <= t.right_edge.i:
                    continue  # "Arthur Mensch, its chief executive, said": 'its' is not the person's
                if subj is not None and subj.label in {"GPE", "NORP", "PERSON"} and t.dep_ in SUBJECT_DEPS:
                    return None  # "China kicks off its annual conference": 'its' is the country
                for k in self.subject_keys(t):
                    if k not in exclude and self.kind(k) == "ORG":
                        return k
        if tok.dep_ == "poss" or tok.lower_ == "its":
            for m in reversed(
                [m for m in self.s.mentions if m.sent == si and m.end <= tok.i and m.label == "ORG"]
            ):
                if m.key not in exclude and not self._in_apposition(m) and not self.s.names_relative(m):
                    return m.key
        for back in range(1, 4):
            if si - back < 0:
                break
            for k in self.sentence_subject(si - back):
                if k not in exclude and self.kind(k) == "ORG":
                    return k
        return self.s.org_antecedent(tok.i, exclude=exclude)

    def _in_apposition(self, m: Mention) -> bool:
        """'Alibaba Cloud, the cloud arm of Alibaba Group, ...': Alibaba Group only describes."""
        root = self.s.mention_root(m)
        return root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.dep_ == "appos"

    def subject_keys(self, t: Token) -> list[str]:
        m = self.s.mention_at(t.i)
        if m is not None:
            return [m.key]
        if t.pos_ == "PRON" and t.lower_ in ORG_PRONOUNS:
            si = self.s.tok_sent[t.i]
            # "Ant Group said it had trained ...": the subject earlier in the same sentence
            same = [m for m in self.s.sent_mentions(si, "ORG") if m.end <= t.i and self.s.is_subject(m)]
            if same:
                return [same[-1].key]
            for back in range(1, 4):
                if si - back < 0:
                    break
                keys = [k for k in self.sentence_subject(si - back) if self.kind(k) == "ORG"]
                if keys:
                    return keys
            return []
        # "Alibaba Group's cloud arm, Alibaba Cloud, ...": the apposition names the subject
        named = [
            self.s.key_at(c.i) for c in t.children if c.dep_ == "appos" and self.s.label_at(c.i) == "ORG"
        ]
        if named and t.pos_ in {"NOUN", "PROPN"}:
            return named[:1]
        return self.s.resolve_token(t) if t.pos_ == "NOUN" else []

    def sentence_subject(self, si: int) -> list[str]:
        if si in self._subject_cache:
            return self._subject_cache[si]
        self._subject_cache[si] = []
        keys: list[str] = []
        for t in self.s.sent_toks[si]:
            if t.dep_ in SUBJECT_DEPS and t.head.dep_ in {"ROOT"}:
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
        if tok.is_lower and tok.lower_.endswith(("maker", "makers")) and len(tok.text) > 6:
            return True  # "toolmaker", "phonemaker": a compound of 'maker' the lexicon does not list
        toks = self.toks
        if tok.i >= 2 and toks[tok.i - 1].text == "-":
            return f"{toks[tok.i - 2].lower_}-{tok.lower_}" in nouns
        # "think tank", "joint venture": the head of a two-word organization noun
        return tok.i >= 1 and f"{toks[tok.i - 1].lower_} {tok.lower_}" in nouns

    @staticmethod
    def clause_preps(v: Token) -> list[Token]:
        """The prepositions on a verb and on its direct objects: where 'sent engineers to its plant' or
        'sent staff into the field' sends them."""
        objs = [c for c in v.children if c.dep_ == "dobj"]
        return [c for c in (*v.children, *(x for o in objs for x in o.children)) if c.dep_ == "prep"]

    @staticmethod
    def verbal_head(tok: Token) -> Token | None:
        t = tok
        for _ in range(8):
            if (t.pos_ in VERBAL_TAGS and t.i != tok.i) or (t.i == tok.i and t.pos_ == "VERB"):
                return t
            if t.head.i == t.i:
                return None
            t = t.head
        return None

    def subjects(self, v: Token, depth: int = 0) -> list[str]:
        if depth > 4:
            return []
        subj = [c for c in v.children if c.dep_ in SUBJECT_DEPS]
        # "Qualcomm, IBM and Intel are ...": a list head the parser left outside the subject
        subj += [
            c
            for c in v.children
            if c.dep_ in {"npadvmod", "dep"}
            and subj
            and c.i < subj[0].i
            and c.i + 2 == subj[0].left_edge.i
            and self.toks[c.i + 1].text == ","
            and self.s.mention_at(c.i) is not None
        ]
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
        # "Also taking part were A and B": the participle is the clause subject, the names follow
        if (
            v.dep_ in {"xcomp", "conj", "advcl", "ccomp", "pcomp", "csubj"}
            or (v.dep_ == "advmod" and v.pos_ == "VERB")  # "tested it live on stage": a misparsed adverb
        ) and v.head.i != v.i:
            h = v.head
            # "X is due to speak", "X is set to give the keynote": the subject of the verb the adjective
            # completes
            if h.pos_ not in VERBAL_TAGS and (
                h.dep_ == "prep" or (h.dep_ == "acomp" and h.lower_ in _DUE_WORDS)
            ):
                if h.dep_ == "acomp" and not (
                    h.head.tag_ in {"VBZ", "VBP"} or any(c.lower_ in {"will", "'ll"} for c in h.head.children)
                ):
                    return []  # "who had been due to speak": a plan that did not hold
                h = h.head
            if h.pos_ in VERBAL_TAGS:
                return self.subjects(h, depth + 1)
            return self.keys_in(h)
        return []

    def negated(self, tok: Token) -> bool:
        """True when the trigger's clause denies it: 'not', 'no stand', 'declined to', 'neither A nor B'."""
        return self._plain_negated(tok) or self._refused(tok) or self._neither_subject(tok)

    def _refused(self, tok: Token) -> bool:
        """'declined to take part', 'refused to attend', 'failed to show up'."""
        t = tok if tok.pos_ in VERBAL_TAGS else self.verbal_head(tok)
        hops = 0
        while t is not None and t.dep_ == "xcomp" and hops < 3:
            if t.head.lemma_.lower() in _REFUSAL_VERBS:
                return True
            t = t.head
            hops += 1
        return False

    def _neither_subject(self, tok: Token) -> bool:
        """'Neither A nor B was represented': the subject carries the negation."""
        v = tok if tok.pos_ in VERBAL_TAGS else self.verbal_head(tok)
        if v is None:
            return False
        return any(d.lower_ == "neither" for c in v.children if c.dep_ in SUBJECT_DEPS for d in c.subtree)

    def _plain_negated(self, tok: Token) -> bool:
        if tok.pos_ in {"NOUN", "PROPN"}:
            if any(c.lower_ == "no" for c in tok.children):
                return True
            # "opted against a booth", "decided against a stand"
            if tok.head.lower_ == "against" and tok.head.head.lemma_.lower() in {
                "opt",
                "decide",
                "choose",
                "vote",
            }:
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
            if any(c.dep_ == "aux" and any(d.dep_ == "neg" for d in c.children) for c in t.children):
                return True  # "do not have stands": the parser may hang the 'not' on the auxiliary
            if t.pos_ not in VERBAL_TAGS and any(c.lower_ == "no" for c in t.children):
                return True
        v = self.verbal_head(tok)
        return v is not None and any(c.dep_ == "neg" for c in v.children)

    def in_subject(self, tok: Token, v: Token) -> bool:
        t = tok
        for _ in range(8):
            if t.head.i == v.i:
                return t.dep_ in SUBJECT_DEPS
            if t.head.i == t.i:
                return False
            t = t.head
        return False

    def agents(self, t: Token, *, object_side: bool = False) -> tuple[list[str], float]:
        """Who a trigger word is about, with a confidence for the pattern used."""
        doc = self.doc
        toks = self.toks
        for c in t.children:  # "a keynote by David Wang"
            if c.dep_ in {"prep", "agent"} and c.lower_ == "by" and t.pos_ in {"NOUN", "PROPN"}:
                ks = self.keys([p for p in c.children if p.dep_ == "pobj"])
                if ks:
                    return ks, 0.85
        # colon list: "its valued partners: A, B and C"
        nxt = toks[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is not None and nxt.text == ":" and t.pos_ in {"NOUN", "PROPN"}:
            si = self.s.tok_sent[t.i]
            sent = self.s.sents[si]
            ks = [
                m.key
                for m in self.s.sent_mentions(si)
                if m.start > t.i and m.label in {"ORG", "PERSON"} and m.end <= sent.end
            ]
            if ks:
                return list(dict.fromkeys(ks)), 0.85
        # apposition: "SenseTime, one of the exhibitors" (a verb with its own subject is its own clause)
        a = t
        own_subject = t.pos_ in VERBAL_TAGS and any(c.dep_ in SUBJECT_DEPS for c in t.children)
        for _ in range(0 if own_subject else 5):
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
        v = t if t.pos_ in VERBAL_TAGS else self.verbal_head(t)
        if v is None:
            si = self.s.tok_sent[t.i]
            sent = self.s.sents[si]
            ks = [
                m.key
                for m in self.s.sent_mentions(si)
                if m.label in {"ORG", "PERSON"} and m.start > t.i and m.end <= sent.end
            ]
            return list(dict.fromkeys(ks)), 0.7
        agent = [c for c in v.children if c.dep_ == "agent"]
        if agent and (t.i == v.i or t.dep_ not in SUBJECT_DEPS):
            also = [
                p
                for c in v.children
                if c.dep_ == "prep"
                and c.lower_ == "with"
                and c.i > 0
                and toks[c.i - 1].lower_ in {"together", "along"}
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
                si = self.s.tok_sent[t.i]
                sent = self.s.sents[si]
                ks = [
                    m.key
                    for m in self.s.sent_mentions(si)
                    if m.start > v.i and m.end <= sent.end and m.label in {"ORG", "PERSON"}
                ]
            return list(dict.fromkeys(ks)), 0.85
        return self.subjects(v), 0.85 if t.i == v.i else 0.8

    def sent_refs(self, si: int) -> list[tuple[int, Edition]]:
        """(token, edition) of each edition reference in sentence si, in `ref_tokens` order."""
        if self._refs_by_sent is None:
            self._refs_by_sent = {}
            for pos, ed in self.ev.ref_tokens.items():
                self._refs_by_sent.setdefault(self.s.tok_sent[pos], []).append((pos, ed))
        return self._refs_by_sent.get(si, [])

    def event_refs_in_clause(self, t: Token, si: int) -> list[Edition]:
        """Editions referred to in the trigger's own clause, else those of its sentence."""
        v = t if t.pos_ in VERBAL_TAGS else self.verbal_head(t)
        local: list[Edition] = []
        for pos, ed in self.sent_refs(si):
            tok = self.toks[pos]
            if v is not None and (
                ((vh := self.verbal_head(tok)) is not None and vh.i == v.i) or tok.head.i == v.i
            ):
                local.append(ed)
                local.extend(self.ev.ref_extra.get(pos, []))
        if not local and si in self.ev.main_editions and not any(a.dep_ == "relcl" for a in t.ancestors):
            # "Tesla, which skipped the 2021 edition, returned": the main clause is on the story's edition
            return self.ev.main_editions[si]
        return list(dict.fromkeys(local)) or self.ev.sent_editions[si]

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
        if h.dep_ in {"attr", "acomp"} or (h.pos_ in VERBAL_TAGS) or (h.dep_ == "prep"):
            v = h if h.pos_ in VERBAL_TAGS else h.head
            if v.lemma_ in {"be", "remain", "become"} or h.dep_ == "prep" or noun.head.lower_ == "like":
                out += [k for k in self.subjects(v) if self.kind(k) == "ORG"]
        if not out and noun.lower_ in self.lex.org_nouns:
            dets = [c for c in noun.children if c.dep_ == "det"]
            if dets and dets[0].lower_ == "the" and noun.dep_ not in {"pobj"}:
                out += [k for k in self.s.resolve_token(noun) if self.kind(k) == "ORG"]
        return list(dict.fromkeys(out))


@per_lexicon
def phrase_patterns(lex: Lexicon) -> list[tuple[str, EventTriggers, re.Pattern[str]]]:
    """One whole-word pattern per predicate over its event trigger phrases."""
    return [
        (name, tr, lex.phrase_re(tr.phrases + tr.object_phrases))
        for name, tr in lex.event_triggers.items()
        if tr.phrases or tr.object_phrases
    ]


@per_lexicon
def any_event_phrase(lex: Lexicon) -> re.Pattern[str]:
    """One pattern over every predicate's event trigger phrases: a sentence it finds nothing in has
    no match of any `phrase_patterns` pattern either (each is one branch of this one)."""
    phrases = tuple(p for _, tr, _ in phrase_patterns(lex) for p in tr.phrases + tr.object_phrases)
    return lex.phrase_re(phrases)


def is_person_pronoun(tok: Token) -> bool:
    """True for he/his/him/she/her."""
    return tok.lower_ in PERSON_PRONOUNS

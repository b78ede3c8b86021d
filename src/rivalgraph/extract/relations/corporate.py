"""Corporate ties: owns, affiliate_of and backed_by."""

from __future__ import annotations

import itertools
import re

from rivalgraph.extract.relations.common import (
    _MONEY,
    _SUBJ,
)
from rivalgraph.extract.relations.lists import ListRules
from rivalgraph.extract.state import Mention
from rivalgraph.model import Predicate

# "its Japanese parent", "their biggest investor": a possessive pronoun, up to two modifiers, a role noun
_SPUN = re.compile(r"(?i)\b(?:spun|spin|carved|incubated)\b")
_ACADEMIC = re.compile(r"(?i)\b(?:university|institute|academy|college|polytechnic)\b")
_POSS_ROLE = re.compile(
    r"(?i)\b(its|their)\s+(?:[\w-]+\s+){0,2}?(parent company|parent|owner|holding company|affiliate|"
    r"sister company|investors?|backers?|shareholders?)\s*,?\s*(?:include\s+|are\s+)?$"
)
_NEG = re.compile(r"(?i)\b(?:not|no|never|n't)\b")
_JOIN = re.compile(
    r"(?i)\s*(?:,|,?\s+and|,?\s+as\s+well\s+as|,?\s+plus|&)\s+(?:the\s+)?|\s*,\s*"
    # "$8 billion from Amazon and $2 billion from Google"
    r"|,?\s+and\s+(?:another\s+)?(?:US)?\$?\s?[\d.,]+\s*(?:billion|million|bn|m)?\s+from\s+(?:the\s+)?"
)


class CorporateRules(ListRules):
    """Corporate ties rules."""

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

    def backing(self) -> None:
        s = self.s
        doc = self.doc
        lex = self.lex
        para = -1
        funded_before = self.funded
        for si, sent in enumerate(s.sents):
            # a funding story's company carries into the next paragraph, further only where it is named
            if s.para[si] != para:
                para = s.para[si]
                fresh = self.funded != funded_before
                if (
                    self.funded is not None
                    and not fresh
                    and not any(m.key == self.funded and s.para[m.sent] == para for m in s.mentions)
                ):
                    self.funded = None
                funded_before = self.funded
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

    def tie_phrases(self) -> None:
        """Owns / affiliate_of / backed_by stated by the words between two names (lexicon `tie_patterns`)."""
        s = self.s
        doc = self.doc
        text = s.text
        for si, sent in enumerate(s.sents):
            orgs = s.sent_mentions(si, "ORG")
            for i, (a, b) in enumerate(itertools.pairwise(orgs)):
                if a.key == b.key:
                    continue
                gap = text[a.end_char : b.start_char]
                if len(gap) > 120 or "\n" in gap:
                    continue
                head = text[max(sent.start_char, a.start_char - 60) : a.start_char]
                tail = text[b.end_char : min(sent.end_char, b.end_char + 80)]
                # "Tencent and Alibaba have both backed Zhipu": a verb after the names joins them all
                # "Dreame and Roborock, both part of Xiaomi's ecosystem": 'both'/'all' gathers the list too
                joined = re.match(r"\s+[a-z]|,\s+(?:both|all)\b", gap)
                firsts = self._joined_before(orgs, i) if joined else [a.key]
                self._tie_match(firsts, gap, head, tail, orgs, i + 1, si, 0.8)
            # "its Japanese parent SoftBank", "its fintech affiliate Ant", "its biggest investor Tencent"
            for j, b in enumerate(orgs):
                before = text[max(sent.start_char, b.start_char - 50) : b.start_char]
                mp = _POSS_ROLE.search(before)
                if mp is None:
                    continue
                noun = mp.group(2).lower()
                pron = doc.char_span(
                    b.start_char - len(before) + mp.start(1), b.start_char - len(before) + mp.end(1)
                )
                if pron is None:
                    continue
                for k in self.resolve(pron[0]):
                    if self.kind(k) != "ORG" or k == b.key:
                        continue
                    # a singular role names one organization: "its affiliate Ant Group and Tencent"
                    others = self._joined_after(orgs, j) if noun.endswith("s") else [b.key]
                    for other in others:
                        if re.fullmatch(self._alt(self.lex.parent_nouns), noun):
                            self.add(other, Predicate.OWNS, k, si, 0.75)
                        elif re.fullmatch(self._alt(self.lex.affiliate_nouns), noun):
                            self.add(other, Predicate.AFFILIATE_OF, k, si, 0.75)
                        else:
                            self.add(k, Predicate.BACKED_BY, other, si, 0.75)
            # "It has taken money from A and B", "The start-up counts X as its largest investor"
            for j, b in enumerate(orgs):
                for t in sent:
                    if t.idx >= b.start_char or s.mention_at(t.i) is not None:
                        break
                    if not (t.pos_ == "PRON" and t.dep_ in {"nsubj", "nsubjpass"}) and not (
                        t.pos_ == "NOUN" and t.lower_ in self.lex.org_nouns
                    ):
                        continue
                    if any(m.start_char > t.idx and m.end_char <= b.start_char for m in orgs):
                        continue
                    keys = [k for k in self.resolve(t) if self.kind(k) == "ORG" and k != b.key]
                    if not keys:
                        continue
                    gap = text[t.idx + len(t.text) : b.start_char]
                    if len(gap) > 120 or "\n" in gap:
                        continue
                    head = text[max(sent.start_char, t.idx - 60) : t.idx]
                    tail = text[b.end_char : min(sent.end_char, b.end_char + 80)]
                    self._tie_match(keys, gap, head, tail, orgs, j, si, 0.7)

    def _alt(self, words: frozenset[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    def _tie_match(
        self,
        firsts: list[str],
        gap: str,
        head: str,
        tail: str,
        orgs: list[Mention],
        j: int,
        si: int,
        conf: float,
    ) -> bool:
        """Apply the first tie pattern that matches the words between a name (or description) and name j."""
        for pat in self.lex.tie_patterns:
            if not pat.gap.match(gap):
                continue
            if pat.head is not None and not pat.head.search(head):
                continue
            if pat.tail is not None and not pat.tail.match(tail):
                continue
            pred = Predicate(pat.predicate)
            neg = bool(_NEG.search(gap))
            for first in firsts:
                for other in self._joined_after(orgs, j):
                    subj, obj = (first, other) if pat.subject_first else (other, first)
                    # a start-up spun out of a university is its affiliate, not its unit (gold conventions)
                    tie = pred
                    if pred is Predicate.OWNS and _SPUN.search(gap) and self._is_academic(subj, orgs):
                        tie = Predicate.AFFILIATE_OF
                        subj, obj = obj, subj
                    self.add(subj, tie, obj, si, conf, negated=neg)
            return True
        return False

    def _is_academic(self, key: str, orgs: list[Mention]) -> bool:
        """Whether an organization mentioned in the sentence is a university or research institute."""
        return any(m.key == key and _ACADEMIC.search(m.text) for m in orgs)

    def _joined_before(self, orgs: list[Mention], j: int) -> list[str]:
        """The name at `j` and the names joined to it before ('A, B and C' ending at C)."""
        out = [orgs[j].key]
        for k in range(j - 1, -1, -1):
            between = self.s.text[orgs[k].end_char : orgs[k + 1].start_char]
            # the last link must be "and" ("A, B and C"): "According to OFAC, SenseTime owns" is no list
            if not _JOIN.fullmatch(between) or (k == j - 1 and not re.search(r"\band\b|&", between)):
                break
            out.append(orgs[k].key)
        return list(dict.fromkeys(out))

    def _joined_after(self, orgs: list[Mention], j: int) -> list[str]:
        """The name at `j` and the names joined to it by commas or 'and' ('A, B and C')."""
        out = [orgs[j].key]
        for k in range(j + 1, len(orgs)):
            between = self.s.text[orgs[k - 1].end_char : orgs[k].start_char]
            if not _JOIN.fullmatch(between):
                break
            out.append(orgs[k].key)
        return list(dict.fromkeys(out))

"""Products: develops (org -> product)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from rivalgraph.extract.developers import (
    MAKING_CUES,
    DeveloperCue,
    comma_owner,
    description_owner,
    owner_by_reference,
    stated_developers,
)
from rivalgraph.extract.products import developer_hints, load_product_lexicon
from rivalgraph.extract.relations.common import (
    POSSESSIVES,
)
from rivalgraph.extract.relations.lists import ListRules
from rivalgraph.extract.state import Mention
from rivalgraph.model import Predicate

# How directly each developer construction states the maker: a possessive or an agent names it,
# a release verb's subject usually made what it launched.
_CUE_CONFIDENCE = {
    DeveloperCue.POSSESSIVE: 0.85,
    DeveloperCue.PRONOUN: 0.8,
    DeveloperCue.COMPOUND: 0.75,
    DeveloperCue.BY_AGENT: 0.85,
    DeveloperCue.FROM: 0.75,
    DeveloperCue.MAKER_NOUN: 0.85,
    DeveloperCue.DEVELOPER_OF: 0.85,
    DeveloperCue.RELEASE_VERB: 0.75,
    DeveloperCue.MAKING_VERB: 0.75,
    DeveloperCue.EXECUTIVE: 0.7,
    DeveloperCue.SUCCESSOR: 0.7,
    DeveloperCue.LISTING: 0.7,
}
# Titles whose holder launches products for the company.
_EXECUTIVE = re.compile(r"\b(?:ceo|chief|founder|co-founder|chairman|chairwoman|president|boss|head)\b", re.I)


# Appositions that name another company's product, not the possessor's ("ChatGPT, its main rival").
_NOT_MADE = frozenset(
    {
        "rival",
        "competitor",
        "challenger",
        "alternative",
        "partner",
        "customer",
        "client",
        "supplier",
        "target",
    }
)


# Kinds of product a possessed noun phrase can name beyond the lexicon's product heads ("its Yangwang
# and Denza premium labels", "its Big Sur server design").
_PRODUCT_KINDS = frozenset(
    {
        "brand",
        "brands",
        "label",
        "labels",
        "line",
        "lineup",
        "range",
        "design",
        "designs",
        "server",
        "servers",
        "crossover",
        "suv",
        "minibus",
        "modem",
        "router",
        "display",
        "displays",
        "tablet",
        "tablets",
        "stack",
        "toolkit",
        "drone",
        "drones",
        "jet",
        "fighter",
        "aircraft",
        "helicopter",
        "satellite",
        "scanner",
        "scanners",
        "console",
        "glasses",
        "camera",
        "earbuds",
        "watch",
        "browser",
        "game",
        "games",
        "agent",
        "technology",
        "concept",
    }
)
# Words of a noun phrase the climb from a product name to its possessed head may cross.
_NP_DEPS = frozenset({"compound", "nmod", "amod", "conj"})


class ProductRules(ListRules):
    """Products rules."""

    def develops(self) -> None:
        s = self.s
        doc = self.doc
        toks = self.toks
        lex = self.lex
        hints = developer_hints(doc)
        # (developer, product) pairs the text states a making of (not only a launch)
        self._made_by: set[tuple[str, str]] = set()
        for si, _sent in enumerate(s.sents):
            prods = s.sent_mentions(si, "PRODUCT")
            if not prods:
                continue
            for pm in prods:
                before = doc[max(0, pm.start - 4) : pm.start]
                # ORG's [own] PRODUCT ; ORG PRODUCT (compound)
                j = pm.start - 1
                while j >= 0 and toks[j].lower_ in {"own", "new", "latest", "flagship", "and"} | {
                    t.lower_
                    for t in before
                    if t.pos_ == "PROPN" and s.mention_at(t.i) is not None and s.label_at(t.i) == "PRODUCT"
                }:  # type: ignore[union-attr]
                    if toks[j].lower_ == "and" or (
                        s.mention_at(j) is not None and s.label_at(j) == "PRODUCT"
                    ):  # type: ignore[union-attr]
                        j -= 1
                        while j >= 0 and s.mention_at(j) is not None and s.label_at(j) == "PRODUCT":  # type: ignore[union-attr]
                            j -= 1
                        continue
                    j -= 1
                if j >= 0 and toks[j].text in POSSESSIVES and j - 1 >= 0:
                    owner = s.mention_at(j - 1)
                    if owner is not None and owner.label == "ORG":
                        self.add(owner.key, Predicate.DEVELOPS, pm.key, si, 0.85)
                        continue
                    keys = owner_by_reference(s, pm, toks[j - 1], self.resolve(toks[j - 1]), hints)
                    for k in keys:
                        self.add(k, Predicate.DEVELOPS, pm.key, si, 0.75)
                    if keys:
                        continue
                if j >= 0 and toks[j].lower_ in {"its", "their"}:
                    for k in owner_by_reference(s, pm, toks[j], self.resolve(toks[j]), hints):
                        self.add(k, Predicate.DEVELOPS, pm.key, si, 0.8)
                    continue
                prev = s.mention_at(pm.start - 1)
                if prev is not None and prev.label == "ORG" and toks[pm.start - 1].whitespace_:
                    self.add(prev.key, Predicate.DEVELOPS, pm.key, si, 0.75)
                    continue
                # "its large language model Tongyi Qianwen", "the company's foundation model, Ernie 4.0"
                hk = pm.start - 1
                if hk >= 0 and toks[hk].text == ",":
                    hk -= 1
                if hk >= 0 and toks[hk].lower_ in lex.product_heads:
                    owner_keys = self._possessor_before(hk, limit=5, product=pm)
                    for ok in owner_keys:
                        self.add(ok, Predicate.DEVELOPS, pm.key, si, 0.8)
                    if owner_keys:
                        continue
                # "DingTalk, the group's workplace messaging app", "Tmall Genie, its smart speaker assistant"
                if pm.end < len(doc) and toks[pm.end].text == ",":
                    window = doc[pm.end + 1 : min(len(doc), pm.end + 8)]
                    for t in window:
                        if t.lower_ in lex.product_heads or t.lower_ in {"upgrade", "version", "successor"}:
                            owner_keys = self._possessor_before(t.i, limit=6, start=pm.end + 1, product=pm)
                            for ok in owner_keys:
                                self.add(ok, Predicate.DEVELOPS, pm.key, si, 0.75)
                            break
                        if t.text in {",", ";", "."}:
                            break
                # "its dual-screen ZenBook Pro Duo", "its Yangwang and Denza premium labels": the
                # possessor of the noun phrase the name heads or modifies
                root = s.mention_root(pm)
                if self._np_possessor(root, pm.key, si):
                    continue
                # "the Galaxy Ring, its first smart ring": a possessed apposition names the maker
                for ap in root.children:
                    if ap.dep_ != "appos" or ap.pos_ != "NOUN" or ap.lemma_.lower() in _NOT_MADE:
                        continue
                    for c in ap.children:
                        if c.dep_ == "poss" and c.lower_ in {"its", "their"}:
                            for k in self.resolve(c):
                                if self.kind(k) == "ORG":
                                    self.add(k, Predicate.DEVELOPS, pm.key, si, 0.7)
                # "the most advanced model from Microsoft-backed OpenAI"
                tail = self.s.text[pm.end_char : min(len(self.s.text), pm.end_char + 80)]
                mt = re.match(
                    r'^["”]?,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:'
                    + "|".join(sorted(lex.product_heads))
                    + r")\s+(?:from|by|of)\s+",
                    tail,
                )
                if mt:
                    at = pm.end_char + mt.end()
                    nxt = [m for m in s.sent_mentions(si, "ORG") if m.start_char >= at]
                    # the name follows the preposition ("from US start-up Groq"), not a clause later
                    # ("a family of models that ... beat the systems from OpenAI")
                    if nxt and (nxt[0].start_char - at > 30 or "," in self.s.text[at : nxt[0].start_char]):
                        nxt = []
                    if nxt:
                        # "... from Microsoft-backed OpenAI": the developer is the backed one
                        backed = [
                            m for m in nxt if self.s.text[m.end_char : m.end_char + 8].startswith("-backed")
                        ]
                        dev = nxt[1] if backed and backed[0] is nxt[0] and len(nxt) > 1 else nxt[0]
                        self.add(dev.key, Predicate.DEVELOPS, pm.key, si, 0.75)
            self._develops_verbs(si)
        self._stated_developers()
        self._known_developers()

    def _possessed(self, verb: Token, subj: set[str]) -> set[str]:
        """Products in a verb's objects that a named organization other than the subject possesses
        ('Google's Gemini'), and a product that possesses the object itself."""
        s = self.s
        out: set[str] = set()
        for o in verb.children:
            if o.dep_ not in {"dobj", "nsubjpass"}:
                continue
            for x in o.subtree:
                if x.text not in POSSESSIVES or x.i < 1:
                    continue
                owner = s.mention_at(x.i - 1)
                if owner is not None and owner.label == "PRODUCT" and s.mention_root(owner).head.i == o.i:
                    out.add(owner.key)  # the object is the product's ('Ernie's capabilities')
                nxt = s.mention_at(x.i + 1) if x.i + 1 < len(self.doc) else None
                if owner is not None and owner.label == "ORG" and owner.key not in subj and nxt is not None:
                    out.add(nxt.key)
        return out

    def _np_possessor(self, root: Token, product: str, si: int) -> bool:
        """'its [words] PRODUCT [kind]' with the words inside one noun phrase: the possessing
        organization (a pronoun or a named one) develops the product. True when one was added."""
        head = root
        for _ in range(4):
            if any(c.dep_ == "poss" for c in head.children) or head.dep_ not in _NP_DEPS:
                break
            if head.dep_ == "conj" and (head.head.i > head.i or any(c.dep_ == "det" for c in head.children)):
                break  # "its J-20 fighter and the FC-31": a determiner opens a phrase of its own
            head = head.head
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if poss is None or poss.i >= root.i:
            return False
        if head is not root and head.lower_ not in self.lex.product_heads | _PRODUCT_KINDS:
            return False
        owner = self.s.mention_at(poss.i)
        if owner is not None:
            keys = [owner.key] if owner.label == "ORG" else []
        elif poss.lower_ in {"its", "their"}:
            keys = [k for k in self.resolve(poss) if self.kind(k) == "ORG"]
        else:
            keys = []
        for k in keys:
            self.add(k, Predicate.DEVELOPS, product, si, 0.75)
        return bool(keys)

    def _known_developers(self) -> None:
        """A product the text names with no stated developer gets the lexicon family's developer
        when the text names that organization too ("Nvidia ... the H20"): a reader of the article
        takes the maker as given. The evidence is a sentence naming both, else the product's first."""
        stated = {r.object for r in self.out.values() if r.predicate == Predicate.DEVELOPS}
        made = {(r.subject, r.object) for r in self.out.values() if r.predicate == Predicate.DEVELOPS}
        # "designed by HiSilicon, Huawei's chip unit": the text names the unit that made it, so the
        # lexicon's developer (the unit's parent) is only the group it belongs to; a unit that only
        # launched, presented or listed it leaves the parent its maker
        unit_parents = {(self._parent(dev), product) for dev, product in self._made_by}
        hints = developer_hints(self.doc)
        products = load_product_lexicon()
        found: dict[str, tuple[str, int]] = {}
        for pm in self.s.mentions:
            if pm.label != "PRODUCT":
                continue
            entry = products.entry(pm.text)
            dev = hints.get((pm.start, pm.end)) or (entry.developer if entry is not None else None)
            if not dev or (dev, pm.key) in made or dev not in self.s.entities or self.kind(dev) != "ORG":
                continue
            if (dev, pm.key) in unit_parents:
                continue
            if any(m.key == dev for m in self.s.sent_mentions(pm.sent, "ORG")):
                # a sentence naming both: the evidence, even beside another stated maker
                # ("Alibaba rushes out Qwen2.5-Max" and "Alibaba Cloud said Qwen2.5-Max ...")
                found[pm.key] = (dev, pm.sent)
                made.add((dev, pm.key))
            elif pm.key not in stated:
                found.setdefault(pm.key, (dev, pm.sent))
        for key, (dev, si) in found.items():
            self.add(dev, Predicate.DEVELOPS, key, si, 0.6)

    def _parent(self, key: str) -> str | None:
        """The KB parent of an organization key ('org:hisilicon' -> 'org:huawei-technologies')."""
        acc = self.s.entities.get(key)
        parent = acc.record.parent if acc is not None and acc.record is not None else None
        return f"org:{parent}" if parent else None

    def _stated_developers(self) -> None:
        """The developer each product mention's own wording states (see `developers.py`)."""
        for st in stated_developers(self.s, employers=self._executive_of, resolve=self._resolve_org):
            self.add(st.developer, Predicate.DEVELOPS, st.product, st.sent, _CUE_CONFIDENCE[st.cue])
            if st.cue in MAKING_CUES:
                self._made_by.add((st.developer, st.product))

    def _resolve_org(self, tok: Token) -> list[str]:
        """Organizations a token stands for; a pronoun whose relative clause describes a product
        ('a model that sits alongside its chatbot') falls back to the clause's organization."""
        keys = [k for k in self.resolve(tok) if self.kind(k) == "ORG"]
        if not keys and tok.pos_ == "PRON" and tok.lower_ in {"its", "it"}:
            key = self.org_pronoun(tok)
            keys = [key] if key else [k for k in self.s.resolve_token(tok) if self.kind(k) == "ORG"]
        return keys

    def _executive_of(self, person: str) -> list[str]:
        """The one organization the text makes this person an executive of (employs found so far)."""
        orgs = {
            r.subject
            for r in self.out.values()
            if r.predicate == Predicate.EMPLOYS
            and r.object == person
            and not r.negated
            and _EXECUTIVE.search(r.qualifiers.get("title", ""))
        }
        return sorted(orgs) if len(orgs) == 1 else []

    def _possessor_before(
        self, k: int, *, limit: int, start: int | None = None, product: Mention | None = None
    ) -> list[str]:
        """The organization a possessive within `limit` tokens before `k` names; a pronoun or
        description checked against the `product`'s known developer (`owner_by_reference`)."""
        toks = self.toks
        lo = max(0, k - limit) if start is None else start
        for i in range(k - 1, lo - 1, -1):
            t = toks[i]
            owner = (
                t
                if t.lower_ in {"its", "their"}
                else toks[i - 1]
                if t.text in POSSESSIVES and i > 0
                else None
            )
            if owner is None:
                if t.text in {",", ";", ".", "("}:
                    break
                continue
            m = self.s.mention_at(owner.i)
            if m is not None and m.label == "ORG":
                return [m.key]
            keys = self.resolve(owner)
            return owner_by_reference(self.s, product, owner, keys) if product else keys
        return []

    def _develops_verbs(self, si: int) -> None:
        s = self.s
        toks = self.toks
        lex = self.lex
        for t in s.sent_toks[si]:
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
                # a person's launch is left to stated_developers (the employer the text names)
                people = any(c.dep_ == "nsubj" and s.label_at(c.i) == "PERSON" for c in t.children)
                subj = [] if people else [k for k in self.subjects(t) if self.kind(k) == "ORG"]
                if subj and prods:
                    # "offer other models, including Google's Gemini": another's product is only used
                    # "built Ernie's capabilities into phones": a product owning the object is not made
                    owned = self._possessed(t, set(subj))
                    prods = [p for p in prods if p not in owned]
                for org_key in subj:
                    for p in prods:
                        self.add(org_key, Predicate.DEVELOPS, p, si, 0.8)
            # "OpenAI, the developer of ChatGPT", "the start-up behind the Kimi chatbot",
            # "OpenAI, whose ChatGPT"
            # "start-up" is two tokens: its kind is the hyphenated word
            kind = (
                f"{toks[t.i - 2].lower_}-{t.lower_}" if t.i >= 2 and toks[t.i - 1].text == "-" else t.lower_
            )
            if t.pos_ == "NOUN" and (kind in lex.developer_nouns or kind in lex.org_nouns):
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
                        near = comma_owner(self.s, t)
                        if near == []:
                            continue
                        owners = [
                            k
                            for k in (
                                near
                                # "Google, the Alphabet unit behind Android": the apposition's head
                                or (
                                    (self.s.resolve_token(t.head) or self.keys_in(t.head))
                                    if t.dep_ == "appos"
                                    else description_owner(self.s, t)
                                )
                            )
                            if self.kind(k) == "ORG"
                        ]
                        for org_key in owners:
                            for p in prods:
                                self.add(org_key, Predicate.DEVELOPS, p, si, 0.85)
                                self._made_by.add((org_key, p))
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

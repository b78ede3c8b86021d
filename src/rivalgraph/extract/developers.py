"""The developer the text states for each PRODUCT mention, for the `develops` rules to read.

Cues (each a statement in the text, never world knowledge): "ORG's [new] X", "its X model",
"ORG X" (compound), "X, developed/built by ORG", "the X chatbot from ORG", "X maker ORG",
"ORG, the developer/maker of X", "ORG launched/unveiled/released/rolled out X" (also
coordinated objects). Pronouns and definite descriptions go through `DocState.resolve_token`.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from enum import StrEnum

from spacy.tokens import Token

from rivalgraph.extract.products import load_product_lexicon
from rivalgraph.extract.state import DocState, Mention

__all__ = ["DeveloperCue", "DeveloperStatement", "stated_developers"]

_POSSESSIVE = {"'s", "’s", "'", "’"}
_BY_VERBS = frozenset({"develop", "build", "make", "create", "design", "train", "produce", "power"})
_RELEASE = frozenset(
    {"launch", "unveil", "release", "introduce", "debut", "showcase", "roll", "premiere", "ship", "upgrade"}
)
# Verbs whose subject makes their object: release verbs and verbs of making.
_ACTIVE = _RELEASE | _BY_VERBS | frozenset({"sell", "offer", "open-source"})
_MAKER_NOUNS = frozenset(
    {"developer", "maker", "creator", "builder", "designer", "owner", "operator", "vendor"}
)
_MODIFIERS = frozenset(
    {"own", "new", "latest", "flagship", "newest", "popular", "upgraded", "next-generation"}
)


class DeveloperCue(StrEnum):
    """Which construction stated the developer."""

    POSSESSIVE = "possessive"
    PRONOUN = "pronoun"
    COMPOUND = "compound"
    BY_AGENT = "by_agent"
    FROM = "from"
    MAKER_NOUN = "maker_noun"
    DEVELOPER_OF = "developer_of"
    RELEASE_VERB = "release_verb"


_SHARED_CUES = frozenset({DeveloperCue.POSSESSIVE, DeveloperCue.PRONOUN, DeveloperCue.COMPOUND})


@dataclass(frozen=True, slots=True)
class DeveloperStatement:
    """One product mention, the organization the text says made it, and how it says so."""

    product: str
    developer: str
    cue: DeveloperCue
    sent: int
    start_char: int
    end_char: int


def _org_of(state: DocState, tok: Token) -> list[str]:
    keys = state.resolve_token(tok)
    return [k for k in keys if state.etype(k) == "ORG"]


def _skip_back(state: DocState, j: int, heads: frozenset[str]) -> int:
    """Step left over modifiers, descriptors and head nouns between a product and its owner
    ("its large language model, Tongyi Qianwen")."""
    doc = state.doc
    steps = 0
    while (
        j >= 0
        and steps < 6
        and (
            doc[j].lower_ in _MODIFIERS
            or doc[j].lower_ in heads
            or doc[j].text in {",", "-"}
            or (doc[j].is_lower and doc[j].pos_ in {"ADJ", "NOUN"} and state.mention_at(j) is None)
        )
    ):
        j -= 1
        steps += 1
    return j


def stated_developers(state: DocState, heads: frozenset[str] | None = None) -> list[DeveloperStatement]:
    """Every (product mention, developer) pair a construction of the text states, in text order.

    `heads` are product head nouns that may sit between owner and name ("its model Pangu");
    default: the product lexicon's. A mention may get several statements (coordinated owners)."""
    heads = load_product_lexicon().head_nouns if heads is None else heads
    doc = state.doc
    out: list[DeveloperStatement] = []
    seen: set[tuple[int, str]] = set()

    def put(pm: Mention, keys: list[str], cue: DeveloperCue) -> None:
        for k in keys:
            if k != pm.key and (pm.start_char, k) not in seen:
                seen.add((pm.start_char, k))
                out.append(DeveloperStatement(pm.key, k, cue, pm.sent, pm.start_char, pm.end_char))

    for pm in state.mentions:
        if pm.label != "PRODUCT":
            continue
        j = _skip_back(state, pm.start - 1, heads)
        if j >= 1 and doc[j].text in _POSSESSIVE:
            put(pm, _org_of(state, doc[j - 1]), DeveloperCue.POSSESSIVE)
        elif j >= 0 and doc[j].lower_ in {"its", "their"}:
            put(pm, _org_of(state, doc[j]), DeveloperCue.PRONOUN)
        elif j == pm.start - 1 and j >= 0 and state.label_at(j) == "ORG" and doc[j].whitespace_:
            put(pm, [state.key_at(j)], DeveloperCue.COMPOUND)
        # "X maker OpenAI", "Kimi developer Moonshot AI"
        k = pm.end
        if k + 1 < len(doc) and doc[k].lower_ in _MAKER_NOUNS and state.label_at(k + 1) == "ORG":
            put(pm, [state.key_at(k + 1)], DeveloperCue.MAKER_NOUN)
        # "X, developed by ORG", "the X chatbot from ORG", "X, built on ... by ORG"
        for t in doc[pm.end : min(len(doc), pm.end + 8)]:
            if t.text in {".", ";"} or state.tok_sent[t.i] != pm.sent:
                break
            if t.lower_ in {"by", "from"}:
                prev = doc[t.i - 1]
                by_verb = t.lower_ == "by" and prev.lemma_.lower() in _BY_VERBS and prev.tag_ == "VBN"
                from_head = t.lower_ == "from" and (prev.lower_ in heads or prev.i == pm.end - 1)
                if (by_verb or from_head) and t.i + 1 < len(doc):
                    nxt = t.i + 1
                    if doc[nxt].lower_ in {"the", "its"}:
                        nxt += 1
                    keys = _org_of(state, doc[nxt]) if nxt < len(doc) else []
                    put(pm, keys, DeveloperCue.BY_AGENT if by_verb else DeveloperCue.FROM)
                break
    # "OpenAI, the developer of ChatGPT"; release verbs with their subjects
    for t in doc:
        if t.lower_ in _MAKER_NOUNS and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of":
            pm2 = state.mention_at(t.i + 2)
            if pm2 is None and t.i + 3 < len(doc) and doc[t.i + 2].lower_ == "the":
                pm2 = state.mention_at(t.i + 3)
            if pm2 is not None and pm2.label == "PRODUCT":
                owners: list[str] = []
                if t.dep_ == "appos":
                    owners = _org_of(state, t.head)
                elif t.i >= 3 and doc[t.i - 1].lower_ in {"the", "a"} and doc[t.i - 2].text == ",":
                    owners = _org_of(state, doc[t.i - 3])
                else:
                    owners = [k for k in _subjects(state, t) if state.etype(k) == "ORG"]
                put(pm2, owners, DeveloperCue.DEVELOPER_OF)
        if t.pos_ == "VERB" and t.lemma_.lower() in _ACTIVE:
            subj = [k for k in _subjects(state, t) if state.etype(k) == "ORG"]
            if not subj:
                continue
            for obj in (c for c in t.children if c.dep_ in {"dobj", "attr"}):
                for x in obj.subtree:
                    pm3 = state.mention_at(x.i)
                    if pm3 is not None and pm3.label == "PRODUCT" and pm3.start == x.i:
                        put(pm3, subj, DeveloperCue.RELEASE_VERB)
            # the parser misreads unknown names ("rolled out Kling" with Kling as a verb): the
            # product right after the verb and its particle is its object
            j = t.i + 1
            while (
                j < len(doc)
                and j - t.i <= 4
                and (
                    doc[j].lower_ in {"out", "the", "a", "an", "its", "their"}
                    or (doc[j].is_lower and doc[j].lower_ in _MODIFIERS)
                )
            ):
                j += 1
            pm4 = state.mention_at(j) if j < len(doc) else None
            if pm4 is not None and pm4.label == "PRODUCT" and pm4.start == j:
                put(pm4, subj, DeveloperCue.RELEASE_VERB)
    # coordinated products share the owner: "Nvidia's H100, H20 and L20", "its Ernie and Pangu models"
    by_start = {st.start_char: st for st in out if st.cue in _SHARED_CUES}
    prods = [m for m in state.mentions if m.label == "PRODUCT"]
    for left, pm in itertools.pairwise(prods):
        gap = doc[left.end : pm.start]
        if (
            pm.sent != left.sent
            or not 1 <= len(gap) <= 2
            or not all(t.lower_ in {",", "and", "or"} for t in gap)
        ):
            continue
        first = by_start.get(left.start_char)
        if first is not None:
            put(pm, [first.developer], first.cue)
            by_start.setdefault(pm.start_char, out[-1])
    out.sort(key=lambda s: (s.start_char, s.developer))
    return out


def _subjects(state: DocState, verb: Token) -> list[str]:
    """Entity keys of a verb's subject (through 'and', auxiliaries and relative clauses)."""
    subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    head = verb
    while not subj and head.dep_ in {"conj", "xcomp", "advcl"} and head.head is not head:
        head = head.head
        subj = [c for c in head.children if c.dep_ == "nsubj"]
    if not subj and verb.dep_ == "relcl":
        subj = [verb.head]
    keys: list[str] = []
    for s in subj:
        keys.extend(state.resolve_token(s))
        keys.extend(k for c in s.children if c.dep_ == "conj" for k in state.resolve_token(c))
    return list(dict.fromkeys(keys))

"""The developer the text states for each PRODUCT mention, for the `develops` rules to read.

Cues (each a statement in the text, never world knowledge): "ORG's [new] X", "its X model",
"ORG X" (compound), "ORG-designed X", "X, developed/built by ORG", "the X chatbot from ORG",
"X maker ORG", "ORG, the developer/maker of X", "the maker of X, ORG", "ORG launched/unveiled/
released/rolled out X" (also coordinated objects and subjects, and relative clauses: "X, which
ORG launched", "the X chip ORG designed"), an executive's launch for the employer the caller
names, and "Y, the successor to X" (X gets Y's developer). Also: a product named after an
organization of the text ("DeepSeek-V3", "Xiaomi 15 Pro"), release verbs the tagger misreads
("Apple ships ...", "open-sourced", "showed off", "rushed out"), products coordinated behind the
first one's head noun ("its Yuanbao assistant and Weixin app"), and directory rows or show-guide
lines ("Intel: the Arc Pro B50"). A product used as a modifier ("a ChatGPT-style bot") states
nothing; an agent that is a product ("powered by Qualcomm's Snapdragon chip") names no maker of
the whole. Pronouns and definite descriptions go through `DocState.resolve_token`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from spacy.tokens import Span, Token

from rivalgraph.extract.products import OUT_VERBS, developer_hints, load_product_lexicon
from rivalgraph.extract.state import DocState, Mention

__all__ = [
    "MAKING_CUES",
    "DeveloperCue",
    "DeveloperStatement",
    "description_owner",
    "known_developer",
    "owner_by_reference",
    "stated_developers",
]

_POSSESSIVE = {"'s", "’s", "'", "’"}
_BY_VERBS = frozenset(
    {
        "develop",
        "build",
        "make",
        "create",
        "design",
        "train",
        "produce",
        "power",
        "run",
        "operate",
        "co-develop",
        "own",
    }
)
_RELEASE = frozenset(
    {
        "launch",
        "unveil",
        "release",
        "introduce",
        "debut",
        "showcase",
        "roll",
        "premiere",
        "ship",
        "upgrade",
        "open-source",
        "test",
        "preview",
        "announce",
        "publish",
        "present",
        "open",
        "reveal",
        "tout",
        "detail",
        "demo",
        "prepare",
    }
)
# Verbs an executive presents the employer's products with ("Lisa Su showed the MI325X").
_EXECUTIVE_VERBS = frozenset({"show", "demonstrate", "discuss", "highlight", "outline"})
# Verbs a company shows its own products with at a show ("Baidu showed Little Fish, a family robot").
_SHOW_VERBS = frozenset({"show", "display", "demonstrate", "exhibit"})
# Nouns that describe a product as another maker's ("the Raptor 9, a rival chip from ...").
_RIVAL_NOUNS = frozenset({"rival", "competitor", "challenger", "alternative", "counterpart"})
# Verbs whose object is the occasion a company uses to launch something ("used the show to unveil").
_USE_VERBS = frozenset({"use", "take", "seize", "choose", "pick"})
# Verbs of pricing: a company cuts the price of its own product.
_PRICE_VERBS = frozenset({"cut", "slash", "lower", "reduce", "halve", "drop"})
_PRICE_NOUNS = frozenset({"price", "prices", "cost", "costs", "fee", "fees"})
# Verbs whose subject makes their object: release verbs and verbs of making.
_ACTIVE = _RELEASE | _BY_VERBS | frozenset({"sell", "offer", "own"})
# Verbs whose subject answers with a product: "ByteDance followed with Doubao-1.5-pro".
_WITH_VERBS = frozenset({"follow", "answer", "respond", "counter"})
# Verbs in a company's statement that its product comes out: "Huang said Blackwell Ultra would ship".
_ARRIVAL_VERBS = frozenset({"ship", "launch", "arrive", "debut", "release", "follow"})
_SPEECH_VERBS = frozenset({"say", "announce", "tell", "confirm", "expect", "plan"})
_MAKER_NOUNS = frozenset(
    {"developer", "maker", "creator", "builder", "designer", "owner", "operator", "vendor"}
)
_MODIFIERS = frozenset(
    {"own", "new", "latest", "flagship", "newest", "popular", "upgraded", "next-generation", "first"}
)
# Words after a hyphen that make a product name a modifier: "ChatGPT-style", "H100-class".
_LIKENESS = frozenset(
    {
        "style",
        "like",
        "type",
        "class",
        "esque",
        "level",
        "grade",
        "equivalent",
        "rival",
        "free",
        "based",
        "powered",
        "compatible",
        "native",
        "enabled",
        "sized",
    }
)
# Words between an organization and its verb: auxiliaries, adverbs and short time phrases
# ("SenseTime on Friday launched", "Baidu has also quietly released", "Xiaomi last week unveiled").
_TIME_WORDS = frozenset(
    {
        "on",
        "in",
        "at",
        "last",
        "this",
        "next",
        "earlier",
        "later",
        "week",
        "month",
        "year",
        "today",
        "yesterday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    }
)
_ANY_VERB = _SHOW_VERBS | _ACTIVE | _WITH_VERBS | _SPEECH_VERBS | _EXECUTIVE_VERBS | _PRICE_VERBS
_PARTICIPLES = {f"{v}d" if v.endswith("e") else f"{v}ed": v for v in _ACTIVE} | {"rolled": "roll"}
# Inflected release and making verbs the tagger may take for a noun right after a name ("Apple
# ships the iPhone 16", "Xiaomi debuts ..."); the bare form is left out ("the Apple launch").
_IRREGULAR = {"made": "make", "built": "build", "ran": "run", "shipped": "ship", "rolled": "roll"}
_INFLECTED = (
    {f"{v}es" if v.endswith("sh") else f"{v}s": v for v in _RELEASE | _BY_VERBS}
    | {f"{v}d" if v.endswith("e") else f"{v}ed": v for v in _RELEASE | _BY_VERBS}
    | _IRREGULAR
)
# Verbs of designing a product (not of manufacturing it: "made by TSMC" names the foundry).
_DESIGN_VERBS = frozenset({"develop", "design", "build", "create", "train", "co-develop"})
_SUCCESSOR = frozenset({"successor", "follow-up", "upgrade", "update"})
_EDITION = re.compile(r"^(?:19|20)\d\d$")
_SOURCED = frozenset({"sourced", "sources"})
_UNIT_NOUNS = frozenset({"unit", "subsidiary", "arm", "division", "affiliate", "lab", "brand", "team"})
_RELATIVE = frozenset({"which", "that"})
_NAMING = frozenset({"called", "named", "dubbed", "branded", "christened", "codenamed", "code-named"})
# Participles that open a sentence with its product's maker: "Developed by Alibaba's DAMO Academy, the
# Xuantie C930 ..."
_FRONTED = frozenset({"developed", "built", "designed", "made", "created", "trained", "co-developed"})


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
    MAKING_VERB = "making_verb"
    EXECUTIVE = "executive"
    SUCCESSOR = "successor"
    LISTING = "listing"


# Cues that say who made the product, not only who launched, showed or listed it.
MAKING_CUES = frozenset(
    {DeveloperCue.BY_AGENT, DeveloperCue.MAKER_NOUN, DeveloperCue.DEVELOPER_OF, DeveloperCue.MAKING_VERB}
)
_SHARED_CUES = frozenset({DeveloperCue.POSSESSIVE, DeveloperCue.PRONOUN, DeveloperCue.COMPOUND})
# Cues that name the maker at the name itself: a launch by someone else does not undo them
# ("Anthropic trains its models on Amazon's Trainium chips").
_OWNING_CUES = _SHARED_CUES | {DeveloperCue.BY_AGENT, DeveloperCue.MAKER_NOUN}


@dataclass(frozen=True, slots=True)
class DeveloperStatement:
    """One product mention, the organization the text says made it, and how it says so."""

    product: str
    developer: str
    cue: DeveloperCue
    sent: int
    start_char: int
    end_char: int


Resolver = Callable[[Token], list[str]]


def _org_of(state: DocState, tok: Token, resolve: Resolver | None = None) -> list[str]:
    keys = (resolve or state.resolve_token)(tok)
    return [k for k in keys if state.etype(k) == "ORG"]


def _verb_lemma(tok: Token) -> str:
    """The lemma of a verb, also of a participle the tagger took for an adjective ('unveiled')."""
    pos = tok.pos_  # called for every token: read the tag string once
    if pos in {"VERB", "AUX"}:
        return tok.lemma_.lower()
    if pos == "ADJ" and tok.lower_.endswith("ed"):
        return _PARTICIPLES.get(tok.lower_, "")
    return ""


def description_owner(state: DocState, tok: Token) -> list[str]:
    """The organization 'the [Beijing-based] developer' stands for: an organization named earlier
    in the same sentence outside its subject ('Amazon's decision to invest in Anthropic doubles
    its commitment to the developer'), else the document's antecedent."""
    # "the Microsoft-backed developer of ChatGPT": a name hyphened onto the description modifies it
    doc = state.doc
    backers = {state.key_at(i) for i in range(tok.left_edge.i, tok.i) if doc[i + 1].text == "-"}
    keys = [k for k in state.resolve_token(tok) if k not in backers]
    if not keys:
        return []
    country = state.description_country(tok.i)
    si = state.tok_sent[tok.i]
    for m in reversed([m for m in state.mentions if m.sent == si and m.end <= tok.i and m.label == "ORG"]):
        if m.key in backers:
            continue
        acc = state.entities.get(m.key)
        if country is not None and (acc is None or acc.country != country):
            continue
        root = state.mention_root(m)
        in_subject = state.is_subject(m) or (root.dep_ == "poss" and root.head.dep_ in {"nsubj", "nsubjpass"})
        if not in_subject:
            return [m.key]
    return [k for k in keys if state.etype(k) == "ORG"]


def known_developer(state: DocState, pm: Mention, hints: dict[tuple[int, int], str]) -> str | None:
    """The developer the product lexicon names for a product mention, when the text names that
    organization too; else None."""
    entry = load_product_lexicon().entry(pm.text)
    dev = hints.get((pm.start, pm.end)) or (entry.developer if entry is not None else None)
    return dev if dev and dev in state.entities and state.etype(dev) == "ORG" else None


def _parent_of(state: DocState, key: str) -> str | None:
    acc = state.entities.get(key)
    parent = acc.record.parent if acc is not None and acc.record is not None else None
    return f"org:{parent}" if parent else None


def _related(state: DocState, dev: str, keys: list[str]) -> bool:
    """One of `keys` is a unit or the parent of `dev` (the KB's parent links)."""
    parent = _parent_of(state, dev)
    return any(_parent_of(state, k) == dev or k == parent for k in keys)


def owner_by_reference(
    state: DocState, pm: Mention, tok: Token, keys: list[str], hints: dict[tuple[int, int], str] | None = None
) -> list[str]:
    """The owner a pronoun or description stands for ('its', 'the US chipmaker's'), checked against
    the product: when the lexicon's developer of the product is named in the text and the reference
    resolved to an organization the sentence does not name before it (or the sentence names the
    developer too), the reference means that developer ('ROCm, the US chipmaker's software' after
    both Nvidia and AMD are named). A unit or parent of the developer stays ('its Pangu models')."""
    if state.mention_at(tok.i) is not None:
        return keys
    dev = known_developer(state, pm, developer_hints(state.doc) if hints is None else hints)
    if dev is None or dev in keys:
        return keys
    if _related(state, dev, keys):
        return keys
    si = state.tok_sent[tok.i]
    named = {m.key for m in state.sent_mentions(si, "ORG") if m.end <= tok.i}
    # "OpenAI said its Triton language": a name the clause gives before the pronoun is its antecedent
    if dev not in named and any(k in named for k in keys):
        return keys
    # "the Chinese start-up's": the description's country must fit the developer
    country = state.description_country(tok.i)
    acc = state.entities.get(dev)
    if country is not None and (acc is None or acc.country != country):
        return keys
    return [dev]


def _skip_back(state: DocState, j: int, heads: frozenset[str]) -> int:
    """Step left over modifiers, descriptors and head nouns between a product and its owner
    ("its large language model, Tongyi Qianwen", "Xiaomi's first car, the SU7")."""
    toks = state.toks
    steps = 0
    while (
        j >= 0
        and steps < 6
        and (
            toks[j].lower_ in _MODIFIERS
            or toks[j].lower_ in heads
            or toks[j].text in {",", "-"}
            or (toks[j].is_lower and toks[j].pos_ in {"ADJ", "NOUN"} and state.mention_at(j) is None)
            or (toks[j].lower_ in {"the", "a", "an"} and j >= 1 and toks[j - 1].text == ",")
        )
    ):
        j -= 1
        steps += 1
    return j


def _as_modifier(state: DocState, pm: Mention) -> bool:
    """'a ChatGPT-style chatbot': the name describes another product."""
    doc = state.doc
    toks = state.toks
    k = pm.end
    return (
        k + 1 < len(doc)
        and toks[k].text == "-"
        and not toks[k - 1].whitespace_
        and toks[k + 1].lower_ in _LIKENESS
    )


def _orgs_after(state: DocState, i: int) -> list[str]:
    """The organizations named from token i on: 'Shengshu and Tsinghua University', skipping a
    backer ('Microsoft-backed OpenAI' is OpenAI)."""
    doc = state.doc
    toks = state.toks
    if i < len(doc) and toks[i].lower_ in {"the", "its"}:
        i += 1
    # "by the British company Engineered Arts", "by US chip start-up Groq": the name after its label
    j = i
    while j < len(doc) and j - i < 5:
        m0 = state.mention_at(j)
        if m0 is not None and m0.label in {"GPE", "NORP"}:
            j = m0.end
        elif m0 is None and (toks[j].is_lower or toks[j].text == "-") and not toks[j].is_punct:
            j += 1
        else:
            break
    if j > i and state.label_at(j) == "ORG" and toks[j - 1].lower_ in state.lex.org_nouns:
        i = j
    out: list[str] = []
    while i < len(doc):
        m = state.mention_at(i)
        if m is None:
            # "by the company's chip arm HiSilicon", "by its research unit X": the unit the description names
            pos = i + 1 if i + 1 < len(doc) and toks[i + 1].text in _POSSESSIVE else i
            unit = _named_unit(state, i - 1 if i >= 1 and toks[i - 1].lower_ == "its" else pos)
            if unit is not None:
                i = unit
                continue
            out.extend(_org_of(state, toks[i]))
            break
        if m.end + 1 < len(doc) and toks[m.end].text == "-" and toks[m.end + 1].is_lower:
            i = m.end + 2  # "Microsoft-backed OpenAI": the developer is the backed one
            continue
        k = m.end
        if (
            k + 1 < len(doc)
            and toks[k].lower_ in {"affiliate", "unit", "subsidiary", "arm", "division"}
            and state.label_at(k + 1) == "ORG"
        ):
            i = k + 1  # "Alipay from Alibaba affiliate Ant Group": the affiliate
            continue
        if k < len(doc) and toks[k].text in _POSSESSIVE:
            # "powered by Qualcomm's Snapdragon chip": the agent is the product, not its maker;
            # "designed by Huawei's chip unit HiSilicon": the unit
            u = k + 1
            while u < len(doc) and u < k + 4 and toks[u].is_lower and state.mention_at(u) is None:
                u += 1
            if u > k + 1 and toks[u - 1].lower_ in _UNIT_NOUNS and state.label_at(u) == "ORG":
                i = u
                continue
            if u == k + 1 and state.label_at(u) == "ORG":
                i = u  # "by Alibaba's DAMO Academy": the academy
                continue
            break
        if m.label == "ORG":
            out.append(m.key)
        if k < len(doc) and toks[k].text == ",":
            k += 1
        if k + 1 < len(doc) and toks[k].lower_ in {"and", "with"} and state.label_at(k + 1) == "ORG":
            i = k + 1
            continue
        if k < len(doc) and k > m.end and state.label_at(k) == "ORG":
            i = k
            continue
        break
    return list(dict.fromkeys(out))


def _named_unit(state: DocState, k: int) -> int | None:
    """The token where an organization named after a unit noun starts: after a possessive at `k`,
    'chip arm HiSilicon' (lower-case words ending in a unit noun, then the name); else None."""
    toks = state.toks
    if not (toks[k].text in _POSSESSIVE or toks[k].lower_ == "its"):
        return None
    u = k + 1
    while u < len(toks) and u < k + 5 and toks[u].is_lower and state.mention_at(u) is None:
        u += 1
    if u > k + 1 and u < len(toks) and toks[u - 1].lower_ in _UNIT_NOUNS and state.label_at(u) == "ORG":
        return u
    return None


def _object_products(state: DocState, obj: Token) -> list[Mention]:
    """Product mentions an object phrase names itself ('the Ascend 910C, a rival to Nvidia's H100'
    names only the Ascend 910C): conjuncts, compounds and appositions, not nested phrases."""
    out: list[Mention] = []
    for x in obj.subtree:
        pm = state.mention_at(x.i)
        if pm is None or pm.label != "PRODUCT" or pm.start != x.i:
            continue
        t, ok = x, True
        while t.i != obj.i:
            # "chips such as the H20", "models including Qwen": examples of the object
            example = t.dep_ == "pobj" and (
                t.head.lower_ in {"including", "like"}
                or (t.head.lower_ == "as" and any(c.lower_ == "such" for c in t.head.children))
            )
            # "an AI assistant called Wow", "a chip dubbed the Xuantie C930": the name the object is given
            named = (
                t.dep_ in {"oprd", "dobj", "attr", "xcomp", "npadvmod"}
                and t.head.lower_ in _NAMING
                and t.head.dep_ == "acl"
            )
            if example or named:
                t = t.head
            elif not (pm.start <= t.head.i < pm.end) and t.dep_ not in {
                "compound",
                "appos",
                "conj",
                "nmod",
                "amod",
            }:
                ok = False
                break
            if t.head.i == t.i:
                break
            t = t.head
        if ok:
            out.append(pm)
    return out


def _left_subjects(state: DocState, verb: Token) -> list[str]:
    """Organizations right before a verb the parser left without a subject ('SenseTime on Friday
    launched', 'Shengshu and Tsinghua University unveiled')."""
    toks = state.toks
    j = _verb_first(state, verb) - 1
    steps = 0
    while j >= 0 and steps < 5 and state.mention_at(j) is None:
        t = toks[j]
        if t.text == "," and steps == 0:
            j = _before_apposition(state, j)
            break
        if not (t.pos_ in {"AUX", "ADV", "PART"} or t.lower_ in _TIME_WORDS or t.like_num):
            return []
        j -= 1
        steps += 1
    m = state.mention_at(j) if j >= 0 else None
    out: list[str] = []
    while m is not None and m.label == "ORG" and m.sent == state.tok_sent[verb.i]:
        out.append(m.key)
        k = m.start - 1
        if k >= 1 and toks[k].lower_ in {"and", ","}:
            k -= 1
            if k >= 1 and toks[k].text == ",":
                k -= 1
            m = state.mention_at(k)
            continue
        break
    return out


def _speaker_orgs(state: DocState, tok: Token, employers: Callable[[str], list[str]] | None) -> list[str]:
    """The organization speaking, or the speaker's employer, when `tok` sits in what they said."""
    t = tok
    while t.dep_ not in {"ccomp", "ROOT"} and t.head.i != t.i:
        t = t.head
    if t.dep_ != "ccomp" or _verb_lemma(t.head) not in _SPEECH_VERBS:
        return []
    keys = _subjects(state, t.head)
    orgs = [k for k in keys if state.etype(k) == "ORG"]
    if not orgs and employers is not None:
        orgs = [o for k in keys if state.etype(k) == "PERSON" for o in employers(k)]
    return orgs


def _surname_subject(state: DocState, verb: Token) -> list[str]:
    """'Su will unveil ...': a subject the NER left untagged that is the surname of a person
    the document names in full ('Lisa Su')."""
    for c in verb.children:
        if c.dep_ == "nsubj" and c.pos_ == "PROPN" and state.mention_at(c.i) is None:
            people = [
                acc.key
                for acc in state.entities.values()
                if acc.type.value == "PERSON" and any(n.split()[-1] == c.text for n in acc.names if " " in n)
            ]
            if len(people) == 1:
                return people
    return []


def _before_apposition(state: DocState, comma: int) -> int:
    """The token before 'NAME, the cloud arm of Alibaba Group,' that ends at `comma`, or -1."""
    toks = state.toks
    for c in range(comma - 1, max(-1, comma - 15), -1):
        if toks[c].text in {".", ";", ":"}:
            return -1
        if toks[c].text == "," and c + 1 < comma and toks[c + 1].lower_ in {"the", "a", "an", "one", "its"}:
            return c - 1
    return -1


def _particle_verb(lemma: str, particle: str) -> str:
    """A verb with its particle read as the release verb it means: 'showed off X' showcases X,
    'rushed out X' releases X."""
    if lemma == "show" and particle == "off":
        return "showcase"
    if lemma in OUT_VERBS:
        return "release" if particle == "out" else ""
    return lemma


def _verb_first(state: DocState, verb: Token) -> int:
    """The first token of a verb the tokenizer split at a hyphen ('open-sourced' is 'open - sourced')."""
    i = verb.i
    if i >= 2 and state.toks[i - 1].text == "-" and state.toks[i - 2].lower_ == "open":
        return i - 2
    return i


def _misread_verbs(state: DocState) -> list[tuple[Token, str]]:
    """Release verbs right after an organization that the tagger did not read as verbs: 'Apple
    ships the iPhone 16' (a plural noun), 'DeepSeek open-sourced V3' (split at the hyphen)."""
    toks = state.toks
    n = len(toks)
    out: list[tuple[Token, str]] = []
    for m in state.mentions:
        if m.label != "ORG":
            continue
        j = m.end
        steps = 0
        while (
            j < n
            and steps < 3
            and toks[j].lower_ != "open"
            and (toks[j].pos_ in {"AUX", "ADV"} or toks[j].lower_ in _TIME_WORDS)
        ):
            j += 1
            steps += 1
        if j >= n:
            continue
        t = toks[j]
        if t.lower_ == "open" and j + 2 < n and toks[j + 1].text == "-" and toks[j + 2].lower_ in _SOURCED:
            out.append((toks[j + 2], "open-source"))
        elif t.pos_ not in {"VERB", "AUX"} and not _verb_lemma(t) and t.lower_ in _INFLECTED:
            out.append((t, _INFLECTED[t.lower_]))
    return out


def _prefix_orgs(state: DocState) -> dict[int, list[str]]:
    """Product mentions named after an organization of the document ('DeepSeek-V3', 'Xiaomi 15
    Pro', 'Apple Intelligence'): start_char -> that organization."""
    names: dict[str, str] = {}
    for acc in state.entities.values():
        if acc.type.value == "ORG":
            for n in acc.names:
                if len(n) >= 3 or (len(n) == 2 and n.isupper()):
                    names.setdefault(n.lower(), acc.key)
    out: dict[int, list[str]] = {}
    if not names:
        return out
    for pm in state.mentions:
        if pm.label != "PRODUCT":
            continue
        low = pm.text.lower()
        for n, key in names.items():
            rest = low[len(n) + 1 :]
            # "VivaTech 2023" is an edition, not a product
            if rest and low.startswith(n) and low[len(n)] in {" ", "-"} and not _EDITION.match(rest):
                out.setdefault(pm.start_char, []).append(key)
    return out


def comma_owner(state: DocState, t: Token) -> list[str] | None:
    """'A, B and C, the Beijing developer of Kimi': a singular maker noun after a comma describes
    the name just before it (C); [] when that name is no known organization ('and miHoYo, the
    developer of ...'), None when no name comes before the comma."""
    toks = state.toks
    le = t.left_edge.i
    if le < 2 or toks[le - 1].text != "," or t.lower_.endswith("s"):
        return None
    named = state.mention_at(le - 2)
    if named is not None:
        return [named.key] if named.label == "ORG" else None
    return [] if toks[le - 2].pos_ == "PROPN" else None


def stated_developers(
    state: DocState,
    heads: frozenset[str] | None = None,
    employers: Callable[[str], list[str]] | None = None,
    resolve: Resolver | None = None,
) -> list[DeveloperStatement]:
    """Every (product mention, developer) pair a construction of the text states, in text order.

    `heads` are product head nouns that may sit between owner and name ("its model Pangu");
    default: the product lexicon's. `employers` maps a person key to the organizations the text
    says employ them (an executive's launch is the employer's); `resolve` maps a pronoun or
    description to entity keys (default `DocState.resolve_token`). A mention may get several
    statements (coordinated owners)."""
    if not any(m.label == "PRODUCT" for m in state.mentions):
        return []
    heads = load_product_lexicon().head_nouns if heads is None else heads
    doc = state.doc
    toks = state.toks
    # the verbs of making, releasing, answering and saying, found once
    verbs = [
        (t, _particle_verb(lemma, toks[t.i + 1].lower_ if t.i + 1 < len(doc) else ""))
        for t in toks
        if (lemma := _verb_lemma(t)) in _ANY_VERB or lemma in OUT_VERBS
    ]
    verbs = sorted([*verbs, *_misread_verbs(state)], key=lambda v: v[0].i)
    out: list[DeveloperStatement] = []
    seen: set[tuple[int, str]] = set()
    modifiers = {pm.start_char for pm in state.mentions if pm.label == "PRODUCT" and _as_modifier(state, pm)}
    prefixed = _prefix_orgs(state)
    hints = developer_hints(doc)

    def put(pm: Mention, keys: list[str], cue: DeveloperCue) -> None:
        if pm.start_char in modifiers:
            return
        for k in keys:
            if k != pm.key and (pm.start_char, k) not in seen:
                seen.add((pm.start_char, k))
                out.append(DeveloperStatement(pm.key, k, cue, pm.sent, pm.start_char, pm.end_char))

    for pm in state.mentions:
        if pm.label != "PRODUCT":
            continue
        j = _skip_back(state, pm.start - 1, heads)
        if j >= 1 and toks[j].text in _POSSESSIVE:
            possessor = toks[j - 1]
            put(
                pm,
                owner_by_reference(state, pm, possessor, _org_of(state, possessor, resolve), hints),
                DeveloperCue.POSSESSIVE,
            )
        elif j >= 0 and toks[j].lower_ in {"its", "their"}:
            put(
                pm,
                owner_by_reference(state, pm, toks[j], _org_of(state, toks[j], resolve), hints),
                DeveloperCue.PRONOUN,
            )
        elif j == pm.start - 1 and j >= 0 and state.label_at(j) == "ORG" and toks[j].whitespace_:
            put(pm, [state.key_at(j)], DeveloperCue.COMPOUND)
        elif j >= 0 and toks[j].lower_ == "whose":
            # "Qualcomm, whose Snapdragon processors power ..."
            k = j - 1 if j >= 1 and toks[j - 1].text == "," else j
            if k >= 1 and state.label_at(k - 1) == "ORG":
                put(pm, [state.key_at(k - 1)], DeveloperCue.POSSESSIVE)
            elif k >= 1:
                put(
                    pm, _org_of(state, toks[k - 1], resolve), DeveloperCue.POSSESSIVE
                )  # "the start-up, whose"
        elif (
            j >= 2
            and toks[j].lemma_.lower() in _BY_VERBS
            and toks[j - 1].text == "-"
            and state.label_at(j - 2) == "ORG"
        ):
            put(pm, [state.key_at(j - 2)], DeveloperCue.COMPOUND)  # "Huawei-designed Ascend chips"
        # "Kimi is Moonshot AI's flagship chatbot", "Ernie Bot, Baidu's answer to ChatGPT,"
        k = pm.end
        if (
            k + 2 < len(doc)
            and (toks[k].lemma_ == "be" or toks[k].text == ",")
            and state.label_at(k + 1) == "ORG"
            and (m := state.mention_at(k + 1)) is not None
            and m.end + 1 < len(doc)
            and toks[m.end].text in _POSSESSIVE
            and toks[m.end + 1].is_lower
            and toks[m.end + 1].pos_ in {"NOUN", "ADJ"}
        ):
            put(pm, [m.key], DeveloperCue.POSSESSIVE)
        # "the B20, a China version of its Blackwell chips": a version of a company's product is its own
        if k + 2 < len(doc) and toks[k].text == ",":
            for v in range(k + 1, min(len(doc) - 2, k + 7)):
                w = toks[v]
                if w.lower_ in _SUCCESSOR | {"version", "variant", "edition"} and toks[v + 1].lower_ in {
                    "of",
                    "to",
                }:
                    if toks[v + 2].lower_ in {"its", "their"}:
                        put(pm, _org_of(state, toks[v + 2], resolve), DeveloperCue.PRONOUN)
                    break
                if not (w.is_lower or w.is_title) or w.is_punct or state.mention_at(v) is not None:
                    break
        # "Ernie Bot (Baidu)"
        if (
            k + 2 < len(doc)
            and toks[k].text == "("
            and (m := state.mention_at(k + 1)) is not None
            and m.label == "ORG"
            and m.end < len(doc)
            and toks[m.end].text == ")"
        ):
            put(pm, [m.key], DeveloperCue.FROM)
        # "Kimi's developer, Moonshot AI"
        if (
            k + 3 < len(doc)
            and toks[k].text in _POSSESSIVE
            and toks[k + 1].lower_ in _MAKER_NOUNS
            and (toks[k + 2].text == "," or state.label_at(k + 2) == "ORG")
        ):
            e = k + 3 if toks[k + 2].text == "," else k + 2
            if state.label_at(e) == "ORG":
                put(pm, [state.key_at(e)], DeveloperCue.MAKER_NOUN)
        # "X maker OpenAI", "Kimi developer Moonshot AI"
        k = pm.end
        while k < len(doc) and toks[k].lower_ in heads and k < pm.end + 2:
            k += 1
        if k + 1 < len(doc) and toks[k].lower_ in _MAKER_NOUNS and state.label_at(k + 1) == "ORG":
            put(pm, [state.key_at(k + 1)], DeveloperCue.MAKER_NOUN)
        elif (
            k < len(doc)
            and k == pm.end
            and toks[k].lower_ in _MAKER_NOUNS
            and pm.start >= 1
            and toks[pm.start - 1].lower_ == "the"
            and (k + 1 >= len(doc) or state.mention_at(k + 1) is None)
        ):
            # "Cook said the iPhone maker would expand": the speaker's own company
            put(pm, _speaker_orgs(state, toks[k], employers), DeveloperCue.MAKER_NOUN)
        # "X, developed by ORG", "the X chatbot from ORG", "X, built on ... by ORG"
        for t in doc[pm.end : min(len(doc), pm.end + 10)]:
            if t.text in {".", ";"} or state.tok_sent[t.i] != pm.sent:
                break
            if t.lower_ in {"by", "from"}:
                prev = toks[t.i - 1]
                if prev.pos_ == "ADV" and t.i - 2 >= pm.end:
                    prev = toks[t.i - 2]  # "developed jointly by"
                by_verb = (
                    t.lower_ == "by"
                    and _verb_lemma(prev) in _BY_VERBS | _RELEASE
                    and prev.tag_ in {"VBN", "JJ", "VBD"}
                    # "the iPhone 16 uses a chip made by TSMC": the participle describes another noun
                    # ("the Arm-based server processor developed by": a hyphenated modifier is no verb)
                    and not any(
                        x.pos_ == "VERB" and x.i != prev.i and toks[x.i - 1].text != "-"
                        for x in doc[pm.end : prev.i]
                    )
                )
                # "the Kimi chatbot from Moonshot", "R1, a reasoning model from DeepSeek" (not
                # "Snapdragon processors power handsets from Xiaomi": a verb between)
                gap = doc[pm.end : t.i]
                first_head = next((x.i for x in gap if x.lower_ in heads), t.i - 1)
                from_head = (
                    t.lower_ == "from"
                    and (prev.lower_ in heads or prev.i == pm.end - 1)
                    and first_head == t.i - 1
                    and not any(x.pos_ in {"VERB", "AUX"} or state.mention_at(x.i) is not None for x in gap)
                )
                if by_verb or from_head:
                    put(
                        pm,
                        _orgs_after(state, t.i + 1),
                        DeveloperCue.BY_AGENT if by_verb else DeveloperCue.FROM,
                    )
                break
    # "Developed by Alibaba's DAMO Academy, the Xuantie C930 chip targets servers"
    for sent in state.sents:
        t = toks[sent.start]
        if t.lower_ not in _FRONTED or sent.start + 2 >= sent.end or toks[sent.start + 1].lower_ != "by":
            continue
        makers = _orgs_after(state, sent.start + 2)
        comma = next(
            (x.i for x in toks[sent.start + 2 : min(sent.end, sent.start + 14)] if x.text == ","), None
        )
        if not makers or comma is None:
            continue
        j = comma + 1
        while (
            j < sent.end
            and j < comma + 4
            and (toks[j].lower_ in {"the", "its", "a", "an"} or toks[j].lower_ in _MODIFIERS)
        ):
            j += 1
        pm6 = state.mention_at(j) if j < sent.end else None
        if pm6 is not None and pm6.label == "PRODUCT" and pm6.start == j:
            put(pm6, makers, DeveloperCue.BY_AGENT)
    # "OpenAI, the developer of ChatGPT", "the maker of the Kirin chips, Huawei,"
    for t in toks:
        if t.lower_ in _MAKER_NOUNS and t.i + 1 < len(doc) and toks[t.i + 1].lower_ == "of":
            pm2 = state.mention_at(t.i + 2)
            if pm2 is None and t.i + 3 < len(doc) and toks[t.i + 2].lower_ == "the":
                pm2 = state.mention_at(t.i + 3)
            if pm2 is not None and pm2.label == "PRODUCT":
                near = comma_owner(state, t)
                if near == []:
                    continue
                # a name right before the comma wins; else the apposition's head, the name before
                # ", the developer of", or the clause's subject
                owners: list[str] = near or []
                if not owners:
                    if t.dep_ == "appos":
                        owners = _org_of(state, t.head)
                    elif t.i >= 3 and toks[t.i - 1].lower_ in {"the", "a"} and toks[t.i - 2].text == ",":
                        owners = _org_of(state, toks[t.i - 3])
                    else:
                        owners = [k for k in _subjects(state, t) if state.etype(k) == "ORG"]
                if not owners and t.i >= 1 and toks[t.i - 1].lower_ != "a" and t.head.lower_ != "of":
                    # "its commitment to the San Francisco-based developer of Claude" (not "the
                    # backer of the developer of Claude", whose antecedent the clause cannot tell)
                    owners = description_owner(state, t)
                if not owners:
                    e = pm2.end
                    while e < len(doc) and toks[e].lower_ in heads:
                        e += 1
                    if e + 1 < len(doc) and toks[e].text == "," and state.label_at(e + 1) == "ORG":
                        owners = [state.key_at(e + 1)]
                # "the Microsoft-backed developer of ChatGPT": the backer modifies the description
                backers = {state.key_at(i) for i in range(t.left_edge.i, t.i) if toks[i + 1].text == "-"}
                put(pm2, [k for k in owners if k not in backers], DeveloperCue.DEVELOPER_OF)
    # "the Bailing model of Alibaba affiliate Ant Group": the head noun's 'of' names the maker
    for pm in state.mentions:
        if pm.label != "PRODUCT" or pm.end >= len(doc) or pm.start < 1:
            continue
        h = toks[pm.end]
        if h.lower_ not in heads or toks[pm.start - 1].lower_ != "the":
            continue
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj" and state.label_at(p.i) == "ORG":
                        put(pm, _org_of(state, p, resolve), DeveloperCue.DEVELOPER_OF)
    # "the company's latest work in generative AI, including the Blackwell GPU platform"
    for t in toks:
        if t.lower_ == "including" and t.dep_ == "prep":
            poss = [c for c in t.head.children if c.dep_ == "poss"]
            if not poss:
                continue
            owners = _org_of(state, poss[0], resolve)
            for p in t.children:
                if p.dep_ == "pobj":
                    for pm5 in _object_products(state, p):
                        put(pm5, owners, DeveloperCue.POSSESSIVE)
    # "DeepSeek-V3", "Xiaomi 15 Pro": a product named after an organization the text names
    for pm in state.mentions:
        if pm.label == "PRODUCT" and (named := prefixed.get(pm.start_char)):
            put(pm, named, DeveloperCue.COMPOUND)
    owned = {st.start_char: st.developer for st in out if st.cue in _OWNING_CUES}

    def put_made(pm: Mention, keys: list[str], cue: DeveloperCue) -> None:
        # a product another organization's possessive or agent already owns was only used
        if owned.get(pm.start_char, keys[0] if keys else "") not in keys:
            return
        # "showed its X and the Y, a rival chip from Z": a rival's product named beside one's own
        if (
            pm.end + 2 < len(doc)
            and toks[pm.end].text == ","
            and toks[pm.end + 1].lower_ in {"a", "an", "the"}
            and any(t.lower_ in _RIVAL_NOUNS for t in toks[pm.end + 2 : min(len(doc), pm.end + 5)])
        ):
            return
        # "partners showed Blackwell servers": a known maker's product naming what the partner's products
        # are built on (a bare plural; "the GB10 chip" is the product itself)
        if (
            pm.end < len(doc)
            and toks[pm.end].lower_ in heads
            and toks[pm.end].tag_ == "NNS"
            and (
                pm.start == 0
                or not (toks[pm.start - 1].pos_ in {"DET", "PRON"} or toks[pm.start - 1].text in _POSSESSIVE)
            )
        ):
            entry = load_product_lexicon().entry(pm.text)
            dev = hints.get((pm.start, pm.end)) or (entry.developer if entry is not None else None)
            if dev is not None and dev not in keys and not _related(state, dev, keys):
                return
        put(pm, keys, cue)

    for t, lemma in verbs:
        if lemma in _PRICE_VERBS:
            _price_cut(state, t, put_made)
            continue
        if lemma not in _ACTIVE and lemma not in _EXECUTIVE_VERBS and lemma not in _SHOW_VERBS:
            continue
        subj_keys = _subjects(state, t) or _left_subjects(state, t) or _surname_subject(state, t)
        subj = [k for k in subj_keys if state.etype(k) == "ORG"] if lemma in _ACTIVE | _SHOW_VERBS else []
        cue = DeveloperCue.MAKING_VERB if lemma in _BY_VERBS else DeveloperCue.RELEASE_VERB
        if not subj and employers is not None:
            subj = [org for k in subj_keys if state.etype(k) == "PERSON" for org in employers(k)]
            cue = DeveloperCue.EXECUTIVE
        if not subj:
            continue
        if any(
            c.dep_ in {"ccomp", "oprd", "acomp", "xcomp"} and c.pos_ == "ADJ" and c.lower_ != "free"
            for c in t.children
        ):
            continue  # "Microsoft made R1 available": offering, not making ("made X free" is pricing)
        objs = [c for c in t.children if c.dep_ in {"dobj", "attr"} and c.lower_ not in _RELATIVE]
        if objs:
            # "owns Douyin, ..., and the video editor CapCut": a noun the parser hung on the verb
            objs += [c for c in t.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]
        for obj in objs:
            for pm3 in _object_products(state, obj):
                put_made(pm3, subj, cue)
        made = [pm3 for obj in objs for pm3 in _object_products(state, obj)]
        if not objs and lemma in _EXECUTIVE_VERBS | {"detail", "preview"}:
            # "Huang will discuss how the Blackwell platform powers ...": the products the talk is about
            for c in t.children:
                if c.dep_ == "ccomp":
                    for x in c.children:
                        if x.dep_ == "nsubj":
                            for pm3 in _object_products(state, x):
                                put_made(pm3, subj, cue)
        if not objs and t.dep_ == "relcl" and t.i > t.head.i:
            # "the H20 chip, which Nvidia developed": the relative clause's object is its head;
            # "Newton, a physics engine it is building": the head's apposition names it
            head = t.head
            found = _object_products(state, head)
            if not found and head.dep_ == "appos":
                owner = state.mention_at(head.head.i)
                found = [owner] if owner is not None and owner.label == "PRODUCT" else []
            for pm3 in found:
                put_made(pm3, subj, cue)
            made += found
        if lemma in _BY_VERBS:
            # "developed Vidu with Tsinghua University": partners in the making
            partners = [
                k
                for c in t.children
                if c.dep_ == "prep" and c.lower_ == "with"
                for p in c.children
                if p.dep_ == "pobj"
                for k in [*_org_of(state, p), *(k2 for cc in p.conjuncts for k2 in _org_of(state, cc))]
            ]
            for pm3 in made if partners else []:
                put_made(pm3, partners, cue)
        # the parser misreads unknown names ("rolled out Kling" with Kling as a verb): the
        # product right after the verb and its particle is its object
        j = t.i + 1
        while (
            j < len(doc)
            and j - t.i <= 4
            and (
                toks[j].lower_ in {"out", "off", "the", "a", "an", "its", "their"}
                or (toks[j].is_lower and toks[j].lower_ in _MODIFIERS)
            )
        ):
            j += 1
        pm4 = state.mention_at(j) if j < len(doc) else None
        if pm4 is not None and pm4.end < len(doc) and toks[pm4.end].text in _POSSESSIVE:
            pm4 = None  # "built Ernie's capabilities into phones": the product owns the object
        if pm4 is not None and pm4.label == "PRODUCT" and pm4.start == j:
            put_made(pm4, subj, cue)
            # "unveiled Ernie 4.5 and Ernie X1", "launched A, B and C"
            while pm4 is not None:
                k = pm4.end
                if k < len(doc) and toks[k].text == ",":
                    k += 1
                if k < len(doc) and toks[k].lower_ in {"and", "or"}:
                    k += 1
                if k < len(doc) and toks[k].lower_ in {"the", "its", "a", "an"}:
                    k += 1
                nxt = state.mention_at(k) if k > pm4.end and k < len(doc) else None
                if nxt is None or nxt.label != "PRODUCT" or nxt.start != k:
                    break
                put_made(nxt, subj, cue)
                pm4 = nxt
    _relative_objects(state, put_made, heads)
    _described_products(state, put_made, heads, verbs)
    _listings(state, put_made)
    _answers_and_arrivals(state, put_made, employers, verbs)
    # coordinated products share the owner: "Nvidia's H100, H20 and L20", "its Ernie and Pangu models"
    by_start = {st.start_char: st for st in out if st.cue in _SHARED_CUES}
    prods = [m for m in state.mentions if m.label == "PRODUCT"]
    for left, pm in itertools.pairwise(prods):
        gap = doc[left.end : pm.start]
        if pm.sent != left.sent or not _coordinated(gap):
            continue
        first = by_start.get(left.start_char)
        if first is not None and not any(st.start_char == pm.start_char for st in out):
            put(pm, [first.developer], first.cue)
            by_start.setdefault(pm.start_char, out[-1])
    _successors(state, out, put, prods)
    out.sort(key=lambda s: (s.start_char, s.developer))
    return out


def _topic_product(state: DocState, pos: int) -> Mention | None:
    """The product a definite description at token `pos` ('the chip', 'the model') stands for: of the
    products named in the three sentences before it, the one the text has named most so far (the
    first named on a tie)."""
    si = state.tok_sent[pos]
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    recent: set[str] = set()
    for m in state.mentions:
        if m.start >= pos:
            break
        if m.label != "PRODUCT":
            continue
        counts[m.key] = counts.get(m.key, 0) + 1
        first.setdefault(m.key, m)
        if si - m.sent <= 3:
            recent.add(m.key)
    if not recent:
        return None
    best = max(recent, key=lambda k: (counts[k], -first[k].start))
    return first[best]


def _described_products(
    state: DocState,
    put: Callable[[Mention, list[str], DeveloperCue], None],
    heads: frozenset[str],
    verbs: list[tuple[Token, str]],
) -> None:
    """'The inference chip was designed by T-Head', 'the processor, designed by HiSilicon,': a
    definite description of the product the text is about, and the agent of its making."""
    for t, lemma in verbs:
        if lemma not in _DESIGN_VERBS or t.tag_ != "VBN":
            continue
        agents = [
            c
            for c in t.children
            if c.dep_ == "agent"
            or (c.dep_ == "prep" and c.lower_ == "with" and any(p.dep_ == "pobj" for p in c.children))
        ]
        if not agents:
            continue
        described: Token | None = (
            t.head if t.dep_ == "acl" else next((c for c in t.children if c.dep_ == "nsubjpass"), None)
        )
        if (
            described is None
            or described.dep_ == "appos"  # "V3, the model built by DeepSeek": the name it describes
            or described.lower_ not in heads
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in described.children)
            or any(state.mention_at(i) is not None for i in range(described.left_edge.i, described.i + 1))
        ):
            continue
        pm = _topic_product(state, described.left_edge.i)
        if pm is None:
            continue
        for a in agents:
            if a.lower_ == "with":
                # "built with MBZUAI": a partner named outright, not "built with Nvidia chips"
                keys = [
                    k
                    for p in a.children
                    if p.dep_ == "pobj" and state.label_at(p.i) == "ORG"
                    for k in [
                        state.key_at(p.i),
                        *(state.key_at(c.i) for c in p.conjuncts if state.label_at(c.i) == "ORG"),
                    ]
                ]
            else:
                keys = _orgs_after(state, a.i + 1)
            put(pm, keys, DeveloperCue.BY_AGENT)


def _coordinated(gap: Span) -> bool:
    """The words between two product names join them: 'A, B', 'A and B', 'its Yuanbao assistant
    and Weixin app' (the first name's head nouns, then the conjunction)."""
    words = [t.lower_ for t in gap]
    if not 1 <= len(words) <= 5:
        return False
    conj = next((i for i, w in enumerate(words) if w in {",", "and", "or"}), None)
    if conj is None or not all(w in {",", "and", "or"} for w in words[conj:]) or len(words) - conj > 2:
        return False
    return all(t.is_lower and t.pos_ in {"NOUN", "ADJ", "PROPN"} for t in gap[:conj])


def _listings(state: DocState, put: Callable[[Mention, list[str], DeveloperCue], None]) -> None:
    """Directory and show-guide lines: a table row whose first cell is an organization
    ('Hisense | Hall 2 | Qingdao, China | 116UX TV'), or a line or cell opening with 'ORG:'
    ('Intel: the Arc Pro B50 and Arc Pro B60'), lists that organization's products."""
    text = state.text
    firsts: dict[int, str] = {}  # line start -> the organization heading the line or a cell
    for m in state.mentions:
        if m.label != "ORG":
            continue
        line = text.rfind("\n", 0, m.start_char) + 1
        cell = max(line, text.rfind("|", line, m.start_char) + 1)
        if text[cell : m.start_char].strip(" -•*\t"):
            continue
        after = text[m.end_char : m.end_char + 4].lstrip(" \t")
        if after.startswith(":") or (cell == line and after.startswith("|")):
            firsts.setdefault(m.end_char, m.key)
    if not firsts:
        return
    for pm in state.mentions:
        if pm.label != "PRODUCT":
            continue
        line = text.rfind("\n", 0, pm.start_char) + 1
        heads = [key for end, key in firsts.items() if line <= end <= pm.start_char]
        if heads:
            put(pm, heads[-1:], DeveloperCue.LISTING)


def _answers_and_arrivals(
    state: DocState,
    put: Callable[[Mention, list[str], DeveloperCue], None],
    employers: Callable[[str], list[str]] | None,
    verbs: list[tuple[Token, str]],
) -> None:
    """'ByteDance followed on January 22 with Doubao-1.5-pro'; 'Huang said Blackwell Ultra would
    ship in 2025, followed by the Vera Rubin platform': a company announcing its product's arrival."""

    def makers(verb: Token) -> tuple[list[str], DeveloperCue]:
        keys = _subjects(state, verb) or _left_subjects(state, verb)
        orgs = [k for k in keys if state.etype(k) == "ORG"]
        if orgs or employers is None:
            return orgs, DeveloperCue.RELEASE_VERB
        return [o for k in keys if state.etype(k) == "PERSON" for o in employers(k)], DeveloperCue.EXECUTIVE

    for t, lemma in verbs:
        if lemma in _WITH_VERBS:
            with_objs = [
                p
                for c in t.children
                if c.dep_ == "prep" and c.lower_ == "with"
                for p in c.children
                if p.dep_ == "pobj"
            ]
            if with_objs and t.tag_ in {"VBD", "VBZ", "VBP"}:
                # the subject the parser found, and the name itself as the answer
                orgs = [k for k in _subjects(state, t) if state.etype(k) == "ORG"]
                for p in with_objs:
                    pm = state.mention_at(p.i)
                    if pm is not None and pm.label == "PRODUCT":
                        put(pm, orgs, DeveloperCue.RELEASE_VERB)
        elif lemma in _SPEECH_VERBS:
            for c in t.children:
                if c.dep_ != "ccomp" or _verb_lemma(c) not in _ARRIVAL_VERBS:
                    continue
                subj = [x for x in c.children if x.dep_ in {"nsubj", "nsubjpass"}]
                named = [pm for x in subj for pm in _object_products(state, x)]
                if not named:
                    continue
                # "..., followed by the Vera Rubin platform in 2026 and Rubin Ultra in 2027"
                for x in c.subtree:
                    if x.lower_ == "by" and x.head.lemma_.lower() == "follow":
                        for p in x.children:
                            if p.dep_ == "pobj":
                                named.extend(_object_products(state, p))
                orgs, cue = makers(t)
                for pm in named:
                    put(pm, orgs, cue)


def _price_cut(state: DocState, verb: Token, put: Callable[[Mention, list[str], DeveloperCue], None]) -> None:
    """'Tencent cut the price of Hunyuan-lite to zero': a company prices its own product."""
    orgs = [k for k in _subjects(state, verb) if state.etype(k) == "ORG"]
    if not orgs:
        return
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.lower_ not in _PRICE_NOUNS:
            continue
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ in {"of", "for", "on"}:
                for p in prep.children:
                    if p.dep_ == "pobj":
                        for pm in _object_products(state, p):
                            put(pm, orgs, DeveloperCue.RELEASE_VERB)


def _relative_objects(
    state: DocState, put: Callable[[Mention, list[str], DeveloperCue], None], heads: frozenset[str]
) -> None:
    """'the H20, a cut-down chip Nvidia designed for China', 'Kling, which Kuaishou launched':
    an organization and its verb of making right after the product or its head noun."""
    doc = state.doc
    toks = state.toks
    for m in state.mentions:
        if m.label != "ORG" or m.end >= len(doc):
            continue
        v = m.end
        while v < len(doc) and toks[v].pos_ == "AUX" and v < m.end + 2:
            v += 1
        verb = toks[v] if v < len(doc) else None
        if (
            verb is None
            or verb.lemma_.lower() not in _ACTIVE
            or verb.tag_ not in {"VBD", "VBN", "VBZ", "VBP"}
        ):
            continue
        k = m.start - 1
        if k >= 0 and toks[k].lower_ in _RELATIVE:
            k -= 1
        if k >= 0 and toks[k].text == ",":
            k -= 1
        if k < 0:
            continue
        pm = state.mention_at(k)
        if pm is None and toks[k].lower_ in heads:
            pm = state.mention_at(k - 1) if k >= 1 else None
            if pm is None:
                # "the H20, a cut-down chip Nvidia designed": back over the apposition to the name
                steps = 0
                while k > 0 and steps < 6 and toks[k].text != "," and state.mention_at(k) is None:
                    k -= 1
                    steps += 1
                pm = state.mention_at(k - 1) if toks[k].text == "," and k >= 1 else None
        if pm is not None and pm.label == "PRODUCT" and pm.sent == m.sent:
            put(pm, [m.key], DeveloperCue.RELEASE_VERB)


def _successors(
    state: DocState,
    out: list[DeveloperStatement],
    put: Callable[[Mention, list[str], DeveloperCue], None],
    prods: list[Mention],
) -> None:
    """'the Blackwell platform, successor to the Hopper architecture': the earlier product has
    the later one's developer."""
    doc = state.doc
    devs: dict[int, list[str]] = {}
    for st in out:
        devs.setdefault(st.start_char, []).append(st.developer)
    for left, pm in itertools.pairwise(prods):
        if pm.sent != left.sent or left.start_char not in devs or pm.start - left.end > 8:
            continue
        gap = [t.lower_ for t in doc[left.end : pm.start]]
        if "," not in gap or not any(w in _SUCCESSOR for w in gap):
            continue
        k = max(i for i, w in enumerate(gap) if w in _SUCCESSOR)
        rest = gap[k + 1 :]
        if rest and rest[0] in {"to", "of"} and all(w in {"to", "of", "the", "its"} for w in rest):
            put(pm, devs[left.start_char], DeveloperCue.SUCCESSOR)


def _subjects(state: DocState, verb: Token) -> list[str]:
    """Entity keys of a verb's subject (through 'and', auxiliaries and relative clauses)."""
    subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    head = verb
    if (
        not subj
        and verb.dep_ == "acl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and verb.head.dep_ == "dobj"
        and verb.head.head.lemma_.lower() in _USE_VERBS
    ):
        # "BYD used the opening day to unveil the Racco": the infinitive the parser hung on the
        # object tells what the user of the occasion did
        head = verb.head.head
        subj = [c for c in head.children if c.dep_ == "nsubj"]
    while not subj and head.dep_ in {"conj", "xcomp", "advcl"} and head.head is not head:
        head = head.head
        subj = [c for c in head.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and (not subj or all(s.lower_ in _RELATIVE | {"who"} for s in subj)):
        subj = [verb.head]
    if not subj and verb.dep_ == "conj":
        # "released X for developers and unveiled Y" with the coordination misparsed: the subject
        # of the nearest verb before it, within the sentence as written
        doc = verb.doc
        for j in range(verb.i - 1, max(-1, verb.i - 15), -1):
            if doc[j].text in {".", ";", "?", "!"}:
                break
            if doc[j].pos_ == "VERB":
                subj = [c for c in doc[j].children if c.dep_ == "nsubj"]
                if subj:
                    break
    keys: list[str] = []
    for s in subj:
        keys.extend(state.resolve_token(s))
        keys.extend(k for c in s.children if c.dep_ == "conj" for k in state.resolve_token(c))
    return list(dict.fromkeys(keys))

"""Product names: a bundled lexicon of families plus general rules from product context.

Rules (each generic, none tied to one article): a name before a product head noun ("the Rubin
chips"), after a head noun with a naming word ("a chatbot called Kimi"), after a developer's
possessive ("OpenAI's Sora"), the object of a release verb ("rolled out Doubao"), and
alphanumeric model codes (H20, 910B) in such contexts. Adjacent name pieces are merged into
one span ("DGX GH200", "Ascend 910B", "Ernie Bot 4.0"). The developer a lexicon family names,
or that the text states next to the mention, is recorded per span in `doc.user_data`
(see `developer_hints`) for the relation rules; it makes a `develops` fact only when the text
names that developer too and states no other.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from rivalgraph.errors import InputError
from rivalgraph.extract.doccache import doc_tokens
from rivalgraph.extract.lexicon import per_lexicon
from rivalgraph.extract.vocab import CALENDAR_WORDS
from rivalgraph.kb import KnowledgeBase
from rivalgraph.model import EntityType, make_id
from rivalgraph.settings import PACKAGE_DATA

__all__ = [
    "OUT_VERBS",
    "WEAK_HEADS",
    "ProductEntry",
    "ProductLexicon",
    "ProductMatchers",
    "context_products",
    "developer_hints",
    "is_model_code",
    "lexicon_products",
    "load_product_lexicon",
    "merge_products",
]

DEFAULT_PATH = PACKAGE_DATA / "lexicons" / "products.yaml"
HINTS_KEY = "rg_product_developers"

_POSSESSIVE = {"'s", "’s", "'", "’"}
# Verbs that release what follows only with "out": "rushed out Qwen2.5-Max", "brought out the P70".
OUT_VERBS = frozenset({"rush", "push", "bring", "put", "churn", "pump", "trot"})
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our"}
# Codes that look like model numbers but are periods, networks, sizes or groupings.
_NOT_CODE = re.compile(
    r"^(?:Q[1-4]|H[12]|[1-9]G|G\d{1,2}|\d+[KDX]|\d+(?:nm|GB|TB|MB|GW|MW|kW|W|V|mm|bn|m|x|s)|COVID-?19|"
    r"[12]\d{3}s?|\d+|\d+(?:st|nd|rd|th)|[A-Z]\d{0,1}|[A-Z]{1,2}-\d{4})$"
)
_CODE = re.compile(r"^(?=[A-Za-z0-9.\-]*\d)(?=[A-Za-z0-9.\-]*[A-Z])[A-Z0-9][A-Za-z0-9.\-]{1,9}$")
_VERSION_NUM = re.compile(r"^\d{1,4}(?:\.\d{1,2})?[A-Za-z]{0,2}$")
# Nouns a bare number counts rather than versions: "Llama 3 users", "Kimi 2 million times".
_COUNTED = frozenset(
    {
        "users",
        "people",
        "customers",
        "years",
        "months",
        "days",
        "weeks",
        "hours",
        "minutes",
        "times",
        "percent",
        "per",
        "%",
        "units",
        "companies",
        "firms",
        "developers",
        "members",
        "employees",
        "countries",
        "cities",
        "languages",
        "points",
        "parameters",
        "tokens",
        "million",
        "billion",
        "trillion",
        "thousand",
        "hundred",
        "downloads",
        "subscribers",
        "yuan",
        "dollars",
        "copies",
    }
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_LETTER_VERSION = re.compile(r"^[A-Za-z]\d{1,2}(?:\.\d{1,2})?$")
_GLUED_VERSION = re.compile(r"^-?\d{1,3}(?:\.\d{1,2})?(?:[A-Za-z]{1,2})?(?:-[A-Za-z0-9]+)*$")
_PERIOD = re.compile(r"^[QqHh]\d$")
# Hyphenated words after a name that describe it rather than continue it ("ChatGPT-Style").
_NOT_NAME_PIECES = frozenset(
    {"style", "like", "type", "class", "based", "powered", "backed", "owned", "made"}
)
_MONTHS = CALENDAR_WORDS


@dataclass(frozen=True, slots=True)
class ProductEntry:
    """One product family of the lexicon."""

    name: str
    developer: str | None
    aliases: tuple[str, ...] = ()
    context: bool = False
    version: bool = False


@dataclass(frozen=True, slots=True)
class ProductLexicon:
    """Product families plus the context words the general rules use."""

    entries: tuple[ProductEntry, ...]
    head_nouns: frozenset[str]
    descriptors: frozenset[str]
    release_verbs: frozenset[str]
    naming_words: frozenset[str]
    version_words: frozenset[str]

    @property
    def version_words_lower(self) -> frozenset[str]:
        """The version words in lower case ('pro' in 'Doubao-pro')."""
        return _lowered(self.version_words)

    def entry(self, name: str) -> ProductEntry | None:
        """The family written exactly `name` (its name or an alias), or None."""
        return _by_name(self).get(name)


@functools.lru_cache(maxsize=8)
def _lowered(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


@per_lexicon
def _by_name(lex: ProductLexicon) -> dict[str, ProductEntry]:
    """Name and alias -> entry, built once per lexicon object (hashing the entries per call is slow)."""
    return {n: e for e in lex.entries for n in (e.name, *e.aliases)}


def _words(data: dict[str, Any], key: str, *, lower: bool = True) -> frozenset[str]:
    return frozenset(str(w).lower() if lower else str(w) for w in data.get(key) or ())


@functools.lru_cache(maxsize=4)
def load_product_lexicon(path: Path = DEFAULT_PATH) -> ProductLexicon:
    """The product lexicon at `path`; InputError naming the file and entry when malformed."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise InputError(
            f"{path}: cannot read the product lexicon ({e}); restore it from the repository"
        ) from e
    if not isinstance(data, dict) or data.get("version") != 1:
        raise InputError(f"{path}: the product lexicon must be a mapping with `version: 1`")
    entries: list[ProductEntry] = []
    for n, raw in enumerate(data.get("products") or []):
        if not isinstance(raw, dict) or not isinstance(raw.get("name"), str) or not raw["name"].strip():
            raise InputError(
                f"{path}: product #{n + 1} needs a string `name` (quote names YAML reads as numbers)"
            )
        unknown = set(raw) - {"name", "aliases", "developer", "context", "version"}
        if unknown:
            raise InputError(
                f"{path}: product {raw['name']!r} has unknown keys {sorted(unknown)}; remove them"
            )
        dev = raw.get("developer")
        entries.append(
            ProductEntry(
                name=raw["name"].strip(),
                developer=f"org:{dev}" if dev else None,
                aliases=tuple(str(a) for a in raw.get("aliases") or ()),
                context=bool(raw.get("context", False)),
                version=bool(raw.get("version", False)),
            )
        )
    return ProductLexicon(
        entries=tuple(entries),
        head_nouns=_words(data, "head_nouns"),
        descriptors=_words(data, "descriptors"),
        release_verbs=_words(data, "release_verbs"),
        naming_words=_words(data, "naming_words"),
        version_words=_words(data, "version_words", lower=False),
    )


def check_developers(lex: ProductLexicon, kb: KnowledgeBase, path: Path = DEFAULT_PATH) -> None:
    """InputError listing every product whose developer is not a KB organization."""
    bad = [
        f"{e.name} -> {e.developer}" for e in lex.entries if e.developer and kb.get_org(e.developer) is None
    ]
    if bad:
        raise InputError(
            f"{path}: developers not in data/reference/organizations.yaml: {', '.join(bad)}; "
            "add the organization there or fix the id"
        )


class ProductMatchers:
    """A case-sensitive phrase matcher over the lexicon's family names, built once per pipeline."""

    def __init__(self, vocab: Vocab, make_doc: Callable[[str], Doc], lex: ProductLexicon, kb: KnowledgeBase):
        check_developers(lex, kb)
        self.lex = lex
        self.kb = kb
        self.matcher = PhraseMatcher(vocab, attr="ORTH")
        for e in lex.entries:
            self.matcher.add(e.name, [make_doc(n) for n in (e.name, *e.aliases)])
        # one-word families that the text glues to their version ("Qwen2.5", "Llama3"): by their
        # first three letters, so that a token is only tested when it could be one
        self.glued: dict[str, list[tuple[str, ProductEntry]]] = {}
        for e in lex.entries:
            for n in (e.name, *e.aliases):
                if not e.context and len(n) >= 3 and n.isalpha():
                    self.glued.setdefault(n[:3], []).append((n, e))

    def glued_family(self, text: str) -> tuple[int, ProductEntry] | None:
        """(length of the family name, entry) when `text` is a family name glued to a version."""
        for name, entry in self.glued.get(text[:3], ()):
            rest = text[len(name) :]
            if text.startswith(name) and rest[-1:].isalnum() and _GLUED_VERSION.match(rest):
                return len(name), entry
        return None


@functools.lru_cache(maxsize=16384)
def is_model_code(text: str) -> bool:
    """Letters and digits like a model number: H20, 910B, GH200, MI300X (not Q3, 5G, 2024, 7nm)."""
    # cached: the product rules ask about every word of every document, most of them often
    return bool(_CODE.match(text)) and not _NOT_CODE.match(text)


def _name_like(tok: Token) -> bool:
    """A token that can be part of a product name: capitalised, all-caps or a model code."""
    text = tok.text
    if not text or tok.is_punct or tok.is_space or tok.lower_ in _DETERMINERS:
        return False
    return (text[0].isupper() and tok.lower_ not in _MONTHS) or is_model_code(text)


def _hints(doc: Doc) -> dict[tuple[int, int], str]:
    hints: dict[tuple[int, int], str] = doc.user_data.setdefault(HINTS_KEY, {})
    return hints


def developer_hints(doc: Doc) -> dict[tuple[int, int], str]:
    """Per PRODUCT span (token start, end): the developer org id the lexicon or text suggests."""
    return dict(doc.user_data.get(HINTS_KEY) or {})


@functools.lru_cache(maxsize=16384)
def _letter_version(text: str) -> bool:
    """A letter and a version number: 'k1.5', 'X1', 'V3' (not the quarters and halves Q3, H1)."""
    return bool(_LETTER_VERSION.match(text)) and not _PERIOD.match(text)


def _name_piece(tok: Token, lex: ProductLexicon) -> bool:
    """A word glued to a product name by a hyphen that continues the name ('Large', 'VL', 'pro')."""
    text = tok.text
    if not text.isalpha() or len(text) > 12:
        return False
    low = text.lower()
    if low in _NOT_NAME_PIECES or low in lex.head_nouns:
        return False
    return text[0].isupper() or low in lex.version_words_lower


def _version_end(doc: Doc, end: int, lex: ProductLexicon) -> int:
    """Extend a family name over its version: numbers, model codes and words like Pro ('Mate 60 Pro')."""
    toks = doc_tokens(doc)
    j = end
    while j < len(doc) and not toks[j - 1].whitespace_.count("\n"):
        t = toks[j]
        text = t.text
        if toks[j - 1].whitespace_ == "" and text in {"-", "."} and j + 1 < len(doc):
            piece = toks[j + 1].text
            if (
                _VERSION_NUM.match(piece)
                or is_model_code(piece)
                or piece in lex.version_words
                or (text == "-" and _letter_version(piece))  # "Hunyuan-T1", "Kimi-K2"
            ):
                j += 2
                continue
            if text == "-" and t.whitespace_ == "" and _name_piece(toks[j + 1], lex):
                j += 2  # "Hunyuan-Large", "Qwen-VL", "Doubao-pro"
                continue
            break
        if (
            text in lex.version_words
            or (text.isupper() and len(text) > 2 and text.title() in lex.version_words)
            or is_model_code(text)
            or _letter_version(text)
        ):
            j += 1
            continue
        k = j
        while (
            k < len(doc)
            and k < j + 2
            and toks[k].text.isupper()
            and toks[k].is_alpha
            and 2 <= len(toks[k]) <= 3
        ):
            k += 1
        if (
            k > j
            and k < len(doc)
            and (_VERSION_NUM.match(toks[k].text) or is_model_code(toks[k].text))
            and not _YEAR.match(toks[k].text)
        ):
            j = k  # a line's letters before its number: "Radeon RX 9060 XT", "Radeon AI PRO R9700"
            continue
        if _VERSION_NUM.match(text) and not _YEAR.match(text):
            nxt = toks[j + 1] if j + 1 < len(doc) else None
            # "Llama 3 users" is a count of users, not a version; heads and punctuation are fine
            if nxt is not None and nxt.lower_ in _COUNTED:
                break
            j += 1
            continue
        break
    return j


def _covered(spans: Iterable[Span]) -> dict[int, Span]:
    return {i: s for s in spans for i in range(s.start, s.end)}


def lexicon_products(doc: Doc, pm: ProductMatchers, kb_spans: list[Span]) -> list[Span]:
    """Lexicon families found in the text, with their versions; ambiguous names need context."""
    toks = doc_tokens(doc)
    lex = pm.lex
    orgs = {s.kb_id_ for s in kb_spans if s.label_ == "ORG"}
    taken = _covered(kb_spans)
    hints = _hints(doc)
    out: list[Span] = []
    for match_id, start, end in pm.matcher(doc):
        entry = lex.entry(doc.vocab.strings[match_id])
        if entry is None:
            continue
        # a longer KB name holds it ("Apollo Hospitals"): leave it to the KB
        inside = taken.get(start)
        if inside is not None and (inside.start < start or inside.end > end) and inside.label_ != "NORP":
            continue
        full_end = _version_end(doc, end, lex)
        if entry.version and full_end == end:
            continue
        if entry.context and full_end == end and doc[start:end].text.isupper() and end < len(doc):
            # an all-caps brand names a line of products: "DGX Spark", "DGX Station"
            k = end
            while k < len(doc) and k < end + 2 and toks[k].is_title and toks[k].is_alpha and k not in taken:
                k += 1
            if k > end and toks[k - 1].lower_ not in lex.head_nouns:
                full_end = _version_end(doc, k, lex)
        if entry.context and full_end == end:
            # part of a longer capitalised name ("Claude Shannon", "Grace Hopper") is not the product
            if (end < len(doc) and toks[end].is_alpha and toks[end].text[:1].isupper()) or (
                start > 0
                and toks[start - 1].is_alpha
                and toks[start - 1].text[:1].isupper()
                and not toks[start].is_sent_start
                and start - 1 not in taken
            ):
                continue
            # the developer named elsewhere, not by this very name ("Baichuan" is also the company)
            same_org = (
                inside is not None and inside.label_ == "ORG" and (inside.start, inside.end) == (start, end)
            )
            dev_named = entry.developer is not None and entry.developer in orgs and not same_org
            if not (dev_named or product_context(doc, start, end, lex, kb_spans)):
                continue
        # the family itself gets one id for all its names ("Ernie Bot" = "Wenxin Yiyan")
        kb_id = make_id(EntityType.PRODUCT, entry.name) if full_end == end else ""
        span = Span(doc, start, full_end, label="PRODUCT", kb_id=kb_id)
        out.append(span)
        if entry.developer:
            hints[(start, full_end)] = entry.developer
    matched = {i for s in out for i in range(s.start, s.end)}
    prefixes = pm.glued
    for tok in toks:
        text = tok.text
        if text[:3] not in prefixes or len(text) < 4 or tok.i in matched or tok.i in taken:
            continue
        glued = pm.glued_family(text)
        if glued is None:
            continue
        end = _version_end(doc, tok.i + 1, lex)
        out.append(Span(doc, tok.i, end, label="PRODUCT"))
        if glued[1].developer:
            hints[(tok.i, end)] = glued[1].developer
    return out


def _head_after(doc: Doc, end: int, lex: ProductLexicon) -> int:
    """Index of a product head noun right after a name (skipping descriptors), or -1."""
    toks = doc_tokens(doc)
    k = end
    for _ in range(4):
        if k >= len(doc):
            return -1
        t = toks[k]
        if t.lower_ in lex.head_nouns and t.pos_ in {"NOUN", "PROPN"} and not t.is_title:
            return k
        if (
            t.lower_ in lex.descriptors
            or (t.text == "-" and k > end)
            or (k > end and toks[k - 1].text == "-" and t.is_lower)
        ):
            k += 1
            continue
        return -1
    return -1


def product_context(doc: Doc, start: int, end: int, lex: ProductLexicon, spans: list[Span]) -> bool:
    """The name at [start, end) is used as a product: head noun after, developer's possessive or
    a release verb before, 'called X' after a head noun."""
    toks = doc_tokens(doc)
    if _head_after(doc, end, lex) >= 0:
        return True
    j = start - 1
    while j >= 0 and (toks[j].lower_ in lex.descriptors or toks[j].lower_ in {"own"}):
        j -= 1
    if j >= 1 and toks[j].text in _POSSESSIVE:
        owner = _covered(spans).get(j - 1)
        if owner is not None and owner.label_ == "ORG":
            return True
    if j >= 0 and toks[j].lower_ in _DETERMINERS:
        j -= 1
    if j >= 0 and toks[j].lower_ in lex.naming_words:
        return True
    if j >= 0 and toks[j].lemma_.lower() in lex.release_verbs and toks[j].pos_ == "VERB":
        return True
    if j >= 1 and toks[j].lower_ == "out" and toks[j - 1].lemma_.lower() == "roll":
        return True
    # a head noun right before: "its large language model Tongyi Qianwen", "the chip, H20"
    k = start - 1
    if k >= 0 and toks[k].text == ",":
        k -= 1
    return k >= 0 and toks[k].lower_ in lex.head_nouns and toks[k].pos_ == "NOUN" and toks[k].is_lower


def _run_left(doc: Doc, k: int, stop: dict[int, Span]) -> int:
    """Start of the run of name-like tokens ending at token k."""
    toks = doc_tokens(doc)
    start = k
    while start - 1 >= 0 and _name_like(toks[start - 1]) and (start - 1) not in stop:
        if "\n" in toks[start - 1].whitespace_ or toks[start - 1].text in _POSSESSIVE:
            break
        start -= 1
    return start


def _run_right(doc: Doc, i: int, stop: dict[int, Span], lex: ProductLexicon) -> int:
    """End of the run of name-like tokens starting at token i (hyphenated versions kept)."""
    toks = doc_tokens(doc)
    j = i
    while j < len(doc) and j not in stop and _name_like(toks[j]) and toks[j].lower_ not in lex.head_nouns:
        j += 1
        if "\n" in toks[j - 1].whitespace_:
            break
        if (
            j + 1 < len(doc)
            and toks[j].text in {"-", "."}
            and toks[j - 1].whitespace_ == ""
            and toks[j].whitespace_ == ""
            and (_name_like(toks[j + 1]) or toks[j + 1].like_num)
        ):
            j += 2
    return _version_end(doc, j, lex) if j > i else j


# Last words of names of bodies, meetings and documents, never of products ("Supervisory Board").
_NOT_PRODUCT_LAST = frozenset(
    {
        "board",
        "committee",
        "department",
        "division",
        "unit",
        "team",
        "office",
        "council",
        "ministry",
        "group",
        "headquarters",
        "campus",
        "lab",
        "labs",
        "institute",
        "university",
        "foundation",
        "fund",
        "capital",
        "ventures",
        "summit",
        "conference",
        "forum",
        "expo",
        "day",
        "week",
        "award",
        "awards",
        "prize",
        "act",
        "law",
        "list",
        "rule",
        "rules",
        "initiative",
        "plan",
        "strategy",
        "report",
        "inc",
        "inc.",
        "ltd",
        "ltd.",
        "corp",
        "corp.",
        "co",
        "co.",
        "company",
        "technologies",
        "technology",
        "holdings",
    }
)
_SPEECH = frozenset({"say", "tell", "add", "note", "write", "argue", "warn", "claim", "explain", "who"})

# Head nouns that also follow company names ("the Baidu app", "the Volcano Engine platform"):
# they make new product names but never retype a name the NER took for an organization.
WEAK_HEADS = frozenset(
    {
        "platform",
        "platforms",
        "app",
        "apps",
        "application",
        "system",
        "systems",
        "software",
        "series",
        "family",
        "lineup",
        "engine",
        "service",
        "services",
        "agent",
        "agents",
        "generator",
        "architecture",
        "server",
        "servers",
        "os",
        "operating",
        "browser",
        "cloud",
        "assistant",
        "assistants",
        "tool",
        "tools",
    }
)

# Capitalised abbreviations of kinds, never part of a product's name ("AI", "GPU").
_GENERIC_CAPS = frozenset({"ai", "gpu", "gpus", "llm", "cpu", "npu", "ev", "ai-powered", "os", "5g", "it"})


def _replaceable(span: Span, *, place: bool = False) -> bool:
    """An NER guess (no KB id) that product context may retype: ORG and PERSON, and before a
    product head noun also an unknown place ("the Zephyr chip")."""
    return not span.kb_id_ and (span.label_ in {"ORG", "PERSON"} or (place and span.label_ == "GPE"))


def _bad_name(doc: Doc, start: int, end: int, lex: ProductLexicon, junk: Callable[[Span], bool]) -> bool:
    toks = doc_tokens(doc)
    cand = doc[start:end]
    if end <= start or end - start > 5:
        return True
    if all(t.lower_ in lex.head_nouns or t.lower_ in lex.descriptors for t in cand):
        return True
    if (
        toks[start].is_sent_start
        and end - start == 1
        and not is_model_code(toks[start].text)
        # "Manus, an AI agent ...": a proper noun with an apposition is a name
        and not (toks[start].pos_ == "PROPN" and end < len(doc) and toks[end].text == ",")
    ):
        # a capitalised first word of a sentence is not a name by itself ("Lifestyle platform X")
        return True
    if cand[-1].lower_ in lex.descriptors or cand[-1].lower_ in {"ai", "gpu", "llm", "cpu", "npu"}:
        return True
    if cand[-1].lower_ in _NOT_PRODUCT_LAST or cand[0].lower_ in _TITLE_LIKE:
        return True
    # a person who speaks ("OpenAI's Mira Murati said"), not a product
    if end < len(doc) and toks[end].lemma_.lower() in _SPEECH and len(cand) >= 2 and cand.text.istitle():
        return True
    if len(cand) == 1 and is_model_code(cand.text) and cand[0].text[:1].isupper():
        return False  # "Qwen2.5", "H20": the parser's NOUN tag on a code is no reason to drop it
    return junk(cand)


def context_products(
    doc: Doc,
    spans: list[Span],
    lex: ProductLexicon,
    kb: KnowledgeBase,
    junk: Callable[[Span], bool],
) -> list[Span]:
    """`spans` plus PRODUCT names found from context; NER guesses in product context are retyped."""
    toks = doc_tokens(doc)
    by_tok = _covered(spans)
    found: dict[tuple[int, int], Span] = {}

    def free(i: int, place: bool) -> bool:
        s = by_tok.get(i)
        return s is None or _replaceable(s, place=place)

    def propose(start: int, end: int, *, place: bool = False) -> None:
        if end <= start or not all(free(i, place) for i in range(start, end)):
            return
        if _bad_name(doc, start, end, lex, junk):
            return
        text = doc[start:end].text
        if kb.lookup_org(text) is not None or kb.lookup_place(text) is not None:
            return
        for i in range(start, end):
            s = by_tok.get(i)
            # only whole NER spans are retyped; a part of a longer name is not, unless the NER
            # joined a list into one name ("Ernie and Yuyan")
            if s is not None and s.end > end and not any(t.lower_ in {"and", "or", ","} for t in s):
                return
        found[(start, end)] = Span(doc, start, end, label="PRODUCT")

    stop = {i: s for i, s in by_tok.items() if not _replaceable(s)}
    stop_strong = {i: s for i, s in by_tok.items() if not _replaceable(s, place=True)}
    # before a weak head an organization's name stays one ("the Volcano Engine platform")
    stop_weak = {i: s for i, s in by_tok.items() if s.label_ != "PERSON"}
    for tok in toks:
        i = tok.i
        low = tok.lower_
        # read once: Token string attributes are rebuilt on every access, and most tokens reach (f)
        text = tok.text
        pos = tok.pos_
        # (a) NAME [descriptors] HEAD: "the Rubin chips", "Lunar Lake processors", "H20 chips"
        if low in lex.head_nouns and pos in {"NOUN", "PROPN"} and tok.is_lower:
            k = i - 1
            while (
                k >= 0
                and (toks[k].lower_ in lex.descriptors or toks[k].text == "-")
                and not _name_like(toks[k])
            ):
                k -= 1
            start = -1
            stop_head = stop_weak if low in WEAK_HEADS else stop_strong
            numbered = (
                k >= 1
                and _VERSION_NUM.match(toks[k].text) is not None
                and not _YEAR.match(toks[k].text)
                and _name_like(toks[k - 1])
            )
            if numbered:
                # "the CloudMatrix 384 system": a numbered name is a product even before a weak head
                stop_head = stop_strong
            if k >= 0 and k not in stop_head and (_name_like(toks[k]) or numbered) and k != i:
                # "Nvidia H20 chips": a KB organization before the name is its maker, not part of it
                start = _run_left(doc, k, stop_head)
                propose(start, k + 1, place=True)
            elif k >= 0 and (prod := by_tok.get(k)) is not None and prod.label_ == "PRODUCT":
                start = prod.start
            if start >= 0:
                # coordinated names share the head: "the Ernie and Qwen models"
                while start >= 2 and toks[start - 1].lower_ in {"and", "or", ","}:
                    k2 = start - 2
                    if toks[k2].text == "," or k2 in stop_head or not _name_like(toks[k2]):
                        break
                    start = _run_left(doc, k2, stop_head)
                    propose(start, k2 + 1, place=True)
            # HEAD such as / including / like NAME, NAME and NAME: "chips such as the A100 and H20"
            j = i + 1
            if j + 1 < len(doc) and toks[j].lower_ == "such" and toks[j + 1].lower_ == "as":
                j += 2
            elif j < len(doc) and toks[j].lower_ in {"including", "like"}:
                j += 1
            else:
                j = -1
            while 0 <= j < len(doc) and tok.tag_ == "NNS":
                if toks[j].lower_ in _DETERMINERS:
                    j += 1
                if j >= len(doc) or j in stop or not _name_like(toks[j]) or toks[j].is_sent_start:
                    break
                end = _run_right(doc, j, stop, lex)
                propose(j, end)
                if end < len(doc) and toks[end].text == ",":
                    end += 1
                if end < len(doc) and toks[end].lower_ in {"and", "or"}:
                    end += 1
                if end == j or (
                    end < len(doc) and not _name_like(toks[end]) and toks[end].lower_ not in _DETERMINERS
                ):
                    break
                j = end
            # HEAD [called] NAME: "a chatbot called Kimi", "its model Pangu", "the chip, H20"
            j = i + 1
            if j < len(doc) and toks[j].text == ",":
                j += 1
            named = j < len(doc) and toks[j].lower_ in lex.naming_words
            if named:
                j += 1
                if j < len(doc) and toks[j].lower_ in {"as"}:
                    j += 1
            if j < len(doc) and _name_like(toks[j]) and j not in stop:
                det = any(
                    t.lower_ in {"its", "their", "the", "a", "an"} or t.text in _POSSESSIVE
                    for t in doc[max(0, i - 5) : i]
                )
                if named or (det and (pos == "NOUN") and toks[j].pos_ == "PROPN"):
                    propose(j, _run_right(doc, j, stop, lex))
            # NAME, a|an|its|the group's [modifiers] HEAD: "Mixtral 8x7B, an open-weight model",
            # "Newton, a physics engine", "Youku, the group's video streaming app"
            if _ends_phrase(doc, i + 1):
                k = i - 1
                while (
                    k > 0
                    and k > i - 6
                    # "Manus, an AI agent": a capitalised descriptor is part of the description
                    and (toks[k].is_lower or toks[k].text == "-" or toks[k].lower_ in _GENERIC_CAPS)
                    and toks[k].lower_ not in _APPOSITION_DETS
                    and toks[k].text not in _POSSESSIVE
                ):
                    k -= 1
                if k >= 1 and toks[k].text in _POSSESSIVE:
                    k -= 1  # "the group's", "Alibaba's": the possessor opens the apposition
                    if k >= 1 and toks[k - 1].lower_ == "the":
                        k -= 1
                elif k >= 0 and toks[k].lower_ not in _APPOSITION_DETS:
                    k = -1
                if (
                    k >= 2
                    and toks[k - 1].text == ","
                    and (k - 2) not in stop_strong
                    and _name_like(toks[k - 2])
                    # "Xiaohongshu, a lifestyle platform": a weak head leaves an organization one
                    and not (
                        low in _ORG_LIKE_HEADS and (s := by_tok.get(k - 2)) is not None and s.label_ == "ORG"
                    )
                ):
                    propose(_run_left(doc, k - 2, stop_strong), k - 1, place=True)
        # (b) ORG's [own|new|latest] NAME: "OpenAI's Sora", "Intel's Lunar Lake"
        elif text in _POSSESSIVE and i > 0:
            owner = by_tok.get(i - 1)
            if owner is None or owner.label_ != "ORG":
                continue
            j = i + 1
            while j < len(doc) and toks[j].lower_ in lex.descriptors and toks[j].is_lower:
                j += 1
            if j < len(doc) and _name_like(toks[j]) and j not in stop:
                end = _run_right(doc, j, stop, lex)
                cur = by_tok.get(j)
                # a person after a possessive stays a person unless the context says product
                if (
                    cur is not None
                    and cur.label_ == "PERSON"
                    and not (_head_after(doc, end, lex) >= 0 or is_model_code(toks[j].text))
                ):
                    continue
                if (
                    cur is not None
                    and cur.label_ == "ORG"
                    and len(cur) > 1
                    and _head_after(doc, end, lex) < 0
                ):
                    continue  # "Alibaba's Ant Group"
                if toks[j].lower_ in _TITLE_LIKE:
                    continue
                propose(j, end)
        # (c) release verbs: "launched Vidu", "rolled out Doubao", "unveiled the Pura 70"
        elif pos == "VERB" and (
            tok.lemma_.lower() in lex.release_verbs
            or (tok.lemma_.lower() in OUT_VERBS and i + 1 < len(doc) and toks[i + 1].lower_ == "out")
        ):
            j = i + 1
            if j < len(doc) and toks[j].lower_ == "out":
                j += 1
            while j < len(doc) and (toks[j].lower_ in _DETERMINERS or toks[j].lower_ in lex.descriptors):
                j += 1
            if j < len(doc) and _name_like(toks[j]) and j not in stop and not toks[j].is_sent_start:
                end = _run_right(doc, j, stop, lex)
                cur = by_tok.get(j)
                if (
                    cur is not None
                    and cur.label_ == "PERSON"
                    and len(cur) > 1
                    and _head_after(doc, end, lex) < 0
                ):
                    continue
                propose(j, end)
        # (e) the maker of [the] NAME [HEAD]: "the maker of the NovaSeq sequencers"
        elif low in _MAKER_NOUNS and i + 2 < len(doc) and toks[i + 1].lower_ == "of":
            j = i + 3 if toks[i + 2].lower_ == "the" else i + 2
            if j < len(doc) and j not in stop and _name_like(toks[j]) and not toks[j].is_sent_start:
                propose(j, _run_right(doc, j, stop, lex))
        # (d) a model code beside another product or with "and": "the H100 and H20"
        elif is_model_code(text) and i not in stop and i not in by_tok:
            prev = toks[i - 2] if i >= 2 and toks[i - 1].lower_ in {"and", "or", ","} else None
            nxt = toks[i + 2] if i + 2 < len(doc) and toks[i + 1].lower_ in {"and", "or", ","} else None
            near = [t for t in (prev, nxt) if t is not None]
            if any((s := by_tok.get(t.i)) is not None and s.label_ == "PRODUCT" for t in near) or any(
                is_model_code(t.text) for t in near
            ):
                propose(i, _version_end(doc, i + 1, lex))
        # (f) the NAME CODE: "the Aito M9", "the Magic V3", "its Onvo L60": a name with a model code
        if (
            (_letter_version(text) or is_model_code(text))
            and i >= 2
            and toks[i - 1].is_title
            and toks[i - 1].is_alpha
            and toks[i - 2].lower_ in _VERSIONED_DETS
            and toks[i - 1].whitespace_ == " "
            and (i - 1) not in stop_strong
            and i not in stop_strong
        ):
            propose(i - 1, _version_end(doc, i + 1, lex))
    for s in spans:
        if s.label_ != "ORG":
            continue
        if (end := _named_after_maker(doc, s, lex)) > s.end or _versioned_org(s):
            found[(s.start, end)] = Span(doc, s.start, end, label="PRODUCT")
    if not found:
        return spans
    new = list(found.values())
    keep = [s for s in spans if not any(s.start < n.end and n.start < s.end for n in new)]
    # an NER span partly covered by a new product keeps its part only when it is whole elsewhere
    return keep + new


def _named_after_maker(doc: Doc, org: Span, lex: ProductLexicon) -> int:
    """The end of a product named by its maker and a version: 'MiniMax-Text-01', 'Xiaomi 15 Pro',
    'Honor 200 smartphones' (a number with a version word or head noun after it), else `org.end`."""
    toks = doc_tokens(doc)
    n = len(doc)
    end = org.end
    glued = toks[end - 1].whitespace_ == "" and toks[end].whitespace_ == "" if end + 1 < n else False
    if glued and toks[end].text == "-":
        j = _version_end(doc, end, lex)
        if j > end and any(c.isdigit() for t in doc[end:j] for c in t.text):
            return j
        return end
    if (
        end + 1 < n
        and toks[end - 1].whitespace_ == " "
        and _VERSION_NUM.match(toks[end].text)
        and not _YEAR.match(toks[end].text)
    ):
        j = _version_end(doc, end + 1, lex)
        if j > end + 1 or (j < n and toks[j].lower_ in lex.head_nouns):
            return j
    return end


def _versioned_org(org: Span) -> bool:
    """An NER organization that is a maker's name glued to a version: 'MiniMax-Text-01'."""
    return (
        not org.kb_id_
        and len(org) >= 3
        and any(t.text == "-" and not t.whitespace_ for t in org)
        and any(c.isdigit() for c in org[-1].text)
    )


_APPOSITION_DETS = frozenset({"a", "an", "its", "their"})
_VERSIONED_DETS = frozenset({"the", "its", "their", "a", "an", "new"})
# Heads an organization is also described by ("Xiaohongshu, a lifestyle platform").
_ORG_LIKE_HEADS = frozenset(
    {"platform", "platforms", "service", "services", "engine", "cloud", "system", "systems"}
)
_MAKER_NOUNS = frozenset({"maker", "makers", "developer", "creator", "designer", "builder"})


def _ends_phrase(doc: Doc, k: int) -> bool:
    """Token k ends a noun phrase: punctuation, a preposition, a relative word or a verb follows."""
    toks = doc_tokens(doc)
    if k >= len(doc):
        return True
    t = toks[k]
    return t.is_punct or t.pos_ in {"ADP", "VERB", "AUX", "PRON"} or t.lower_ in {"that", "which", "whose"}


_TITLE_LIKE = frozenset(
    {"chairman", "chairwoman", "ceo", "president", "founder", "chief", "head", "board", "director", "vice"}
)


def _trim_head(doc: Doc, span: Span, lex: ProductLexicon) -> Span:
    """A product name without a trailing kind word the NER kept ('Blackwell GPU', 'Onvo L60 SUV')."""
    toks = doc_tokens(doc)
    if span.label_ != "PRODUCT":
        return span
    end = span.end
    # a capitalised word is part of the name ("Volcano Engine"), a kind word is not ("Blackwell GPU")
    while (
        end - span.start > 1
        and (
            (toks[end - 1].lower_ in lex.head_nouns and not toks[end - 1].is_title)
            or toks[end - 1].lower_ in _GENERIC_CAPS
        )
        # a word glued on by a hyphen is part of the name ("Fugaku-LLM")
        and not (toks[end - 2].text == "-" and not toks[end - 2].whitespace_)
    ):
        end -= 1
    return span if end == span.end else Span(doc, span.start, end, label="PRODUCT", kb_id=span.kb_id_)


def _siblings(doc: Doc, spans: list[Span]) -> list[Span]:
    """An NER name coordinated with a product of the same family is a product too: 'Ernie Speed
    and Ernie Lite', 'Qwen Max, Qwen Plus'."""
    toks = doc_tokens(doc)
    prods = {s.start: s for s in spans if s.label_ == "PRODUCT"}
    if not prods:
        return spans
    by_end = {s.end: s for s in spans if s.label_ == "PRODUCT"}
    out: list[Span] = []
    for s in spans:
        if s.label_ in {"ORG", "PERSON"} and not s.kb_id_ and len(s) >= 2:
            right = s.end + 1 if s.end < len(doc) and toks[s.end].lower_ in {"and", "or", ","} else -1
            left = s.start - 1 if s.start > 0 and toks[s.start - 1].lower_ in {"and", "or", ","} else -1
            other = prods.get(right) if right >= 0 else None
            if other is None and left >= 0:
                other = by_end.get(left)
            if other is not None and other[0].text == s[0].text:
                s = Span(doc, s.start, s.end, label="PRODUCT")
        out.append(s)
    return out


def merge_products(doc: Doc, spans: list[Span], kb: KnowledgeBase, lex: ProductLexicon) -> list[Span]:
    """Join a product with adjacent name pieces into one span: 'DGX GH200', 'Ascend 910B', 'Kimi Chat'."""
    toks = doc_tokens(doc)
    # a kind word alone is no name ("Open models", "Large model")
    spans = [
        s
        for s in spans
        if not (
            s.label_ == "PRODUCT"
            and not s.kb_id_
            and all(t.lower_ in lex.descriptors or t.lower_ in lex.head_nouns for t in s)
        )
    ]
    spans = sorted((_trim_head(doc, s, lex) for s in _siblings(doc, spans)), key=lambda s: s.start)
    by_start = {s.start: s for s in spans}
    by_end = {s.end: s for s in spans}
    hints = _hints(doc)
    out: list[Span] = []
    drop: set[tuple[int, int]] = set()
    for s in spans:
        if s.label_ != "PRODUCT" or (s.start, s.end) in drop:
            continue
        start, end = s.start, s.end
        # left: an all-caps brand piece or an NER fragment ("DGX" ORG + "GH200")
        prev = by_end.get(start)
        if (
            prev is not None
            and prev.label_ in {"ORG", "PRODUCT"}
            and not prev.kb_id_
            and toks[prev.end - 1].whitespace_ == " "
            and len(prev) <= 2
            and (prev.label_ == "PRODUCT" or prev.text.isupper() or is_model_code(s.text))
            and prev.text.lower() not in _GENERIC_CAPS
        ):
            drop.add((prev.start, prev.end))
            start = prev.start
        elif prev is None and start > 0 and toks[start - 1].whitespace_ == " ":
            t = toks[start - 1]
            if (
                t.text.isupper()
                and 2 <= len(t.text) <= 5
                and t.is_alpha
                and is_model_code(s[0].text)
                and kb.lookup_org(t.text) is None
                and kb.lookup_place(t.text) is None
            ):
                start -= 1
        # right: a code or version right after ("Ascend" + "910B")
        nxt = by_start.get(end)
        if (
            nxt is not None
            and nxt.label_ in {"PRODUCT", "ORG"}
            and not nxt.kb_id_
            and toks[end - 1].whitespace_ == " "
            and (nxt.label_ == "PRODUCT" or is_model_code(nxt[0].text))
            and len(nxt) <= 3
        ):
            drop.add((nxt.start, nxt.end))
            end = nxt.end
        if "\n" not in toks[end - 1].whitespace_ and end not in by_start:
            limit = min((b for b in by_start if b >= end), default=len(doc))
            end = min(_version_end(doc, end, lex), limit)
        if (start, end) != (s.start, s.end):
            drop.add((s.start, s.end))
            merged = Span(doc, start, end, label="PRODUCT")
            dev = hints.get((s.start, s.end))
            if dev:
                hints[(start, end)] = dev
            out.append(merged)
    if not out:
        return spans
    rest = [s for s in spans if (s.start, s.end) not in drop]
    return rest + out

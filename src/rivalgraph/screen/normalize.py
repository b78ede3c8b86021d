"""Name normalization for screening: one `NormName` per written name, the same for lists and queries.

Steps, in order: Unicode NFKC; Chinese characters to pinyin syllables (pypinyin), every other
script to Latin (anyascii); casefold; '&' -> 'and'; periods and apostrophes deleted ('U.S.' ->
'us', "Xi'an" -> 'xian'); any other punctuation -> space; legal forms in many languages removed
wherever they stand ('Co., Ltd.', 'GmbH', 'S.A. de C.V.', 'OOO', 'Youxian Gongsi', 'Joint Stock
Company'); common abbreviations expanded ('Intl' -> 'international', 'Tech' -> 'technology');
plurals folded ('Technologies' -> 'technology'). Stop words ('of', 'the') are dropped. The
removed legal forms are kept so an explanation can say what was ignored.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from anyascii import anyascii
from pypinyin import lazy_pinyin
from rapidfuzz.distance import OSA

__all__ = ["GENERIC_TOKENS", "NormName", "fold_token", "normalize", "phonetic"]

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")

# Legal forms, as token sequences after punctuation is gone; longest first when matching.
_LEGAL_PHRASES: tuple[tuple[str, ...], ...] = tuple(
    sorted(
        (
            tuple(p.split())
            for p in (
                "you xian gong si",
                "you xian ze ren gong si",
                "gu fen you xian gong si",
                "gu fen gong si",
                "youxian gongsi",
                "youxian zeren gongsi",
                "gufen youxian gongsi",
                "gufen gongsi",
                "youxiangongsi",
                "gongsi",
                "joint stock company",
                "joint stock",
                "closed joint stock",
                "open joint stock",
                "public joint stock",
                "private joint stock",
                "open joint stock company",
                "closed joint stock company",
                "public joint stock company",
                "private joint stock company",
                "joint stock co",
                "limited liability company",
                "limited liability partnership",
                "limited liability co",
                "public limited company",
                "private limited company",
                "public company limited",
                "company limited",
                "sociedad anonima",
                "perseroan terbatas",
                "korlatolt felelossegu tarsasag",
                "societe anonyme",
                "sa de cv",
                "s de rl de cv",
                "s de rl",
                "obshchestvo s ogranichennoy otvetstvennostyu",
                "obshchestvo s ogranichennoi otvetstvennostyu",
                "aktsionernoe obshchestvo",
                "otkrytoe aktsionernoe obshchestvo",
                "zakrytoe aktsionernoe obshchestvo",
                "publichnoe aktsionernoe obshchestvo",
                "limited sirketi",
                "anonim sirketi",
                "ltd sti",
                "kabushiki kaisha",
                "yugen kaisha",
                "sdn bhd",
                "pte ltd",
                "pvt ltd",
                "pty ltd",
                "co ltd",
                "corp ltd",
                "fz llc",
                "fze llc",
            )
        ),
        key=len,
        reverse=True,
    )
)
_LEGAL_TOKENS = frozenset(
    [
        "co",
        "corp",
        "corporation",
        "company",
        "companies",
        "cos",
        "inc",
        "incorporated",
        "ltd",
        "limited",
        "llc",
        "llp",
        "lp",
        "plc",
        "gmbh",
        "mbh",
        "ag",
        "kg",
        "kgaa",
        "se",
        "sa",
        "sas",
        "sarl",
        "srl",
        "spa",
        "sl",
        "bv",
        "nv",
        "ab",
        "asa",
        "oy",
        "oyj",
        "aps",
        "kft",
        "zrt",
        "sro",
        "doo",
        "dd",
        "ooo",
        "oao",
        "zao",
        "pao",
        "ao",
        "jsc",
        "ojsc",
        "cjsc",
        "pjsc",
        "tov",
        "fze",
        "fzco",
        "fzc",
        "fzllc",
        "fz",
        "pte",
        "pty",
        "pvt",
        "bhd",
        "tbk",
        "ltda",
        "eireli",
        "sab",
        "sapi",
        "cv",
        "kk",
        "kabushikikaisha",
        "sti",
        "as",
        "liability",
        "cia",
        "compania",
        "compagnie",
        "companhia",
        "pt",
        "snc",
        "sac",
        "obshchestvo",
        "aktsionernoe",
        "otvetstvennostyu",
        "ogranichennoy",
        "ogranichennoi",
        "sirketi",
        "tovarystvo",
    ]
)
_STOPWORDS = frozenset(
    [
        "ve",
        "of",
        "the",
        "and",
        "for",
        "de",
        "del",
        "la",
        "le",
        "des",
        "du",
        "da",
        "di",
        "y",
        "e",
        "et",
        "und",
        "in",
        "on",
        "at",
        "to",
        "a",
        "an",
    ]
)

# Words that describe what an organization does rather than which one it is: they count, but a
# match resting on them alone is not a match (see rules.name_similarity).
_GENERIC_WORDS = frozenset(
    [
        "joint",
        "stock",
        "closed",
        "open",
        "public",
        "private",
        "ticaret",
        "dis",
        "ithalat",
        "ihracat",
        "sanayi",
        "group",
        "holding",
        "international",
        "industry",
        "technology",
        "trading",
        "trade",
        "import",
        "export",
        "service",
        "system",
        "development",
        "investment",
        "enterprise",
        "global",
        "china",
        "chinese",
        "national",
        "general",
        "engineering",
        "electronic",
        "science",
        "research",
        "institute",
        "university",
        "academy",
        "center",
        "centre",
        "equipment",
        "product",
        "manufacturing",
        "communication",
        "telecommunication",
        "network",
        "information",
        "logistics",
        "shipping",
        "transport",
        "material",
        "machinery",
        "commercial",
        "industrial",
        "factory",
        "world",
        "new",
        "limited",
        "capital",
        "resource",
        "energy",
        "power",
        "management",
        "consulting",
        "solution",
        "east",
        "west",
        "north",
        "south",
        "hong",
        "kong",
        "shanghai",
        "beijing",
        "shenzhen",
        "city",
        "province",
        "state",
        "republic",
        "people",
        "corporation",
        "organization",
        "bureau",
        "ministry",
        "department",
        "association",
        "foundation",
        "fund",
        "partner",
        "partners",
        "bank",
        "office",
        "branch",
        "branches",
        "unit",
        "division",
    ]
)

_ABBREVIATIONS = {
    "intl": "international",
    "int": "international",
    "tech": "technology",
    "techs": "technology",
    "technologies": "technology",
    "technological": "technology",
    "mfg": "manufacturing",
    "mfr": "manufacturing",
    "natl": "national",
    "nat": "national",
    "univ": "university",
    "inst": "institute",
    "acad": "academy",
    "assn": "association",
    "assoc": "association",
    "sci": "science",
    "eng": "engineering",
    "engg": "engineering",
    "elec": "electronic",
    "electronics": "electronic",
    "electrical": "electric",
    "telecom": "telecommunication",
    "telecoms": "telecommunication",
    "comm": "communication",
    "comms": "communication",
    "svc": "service",
    "svcs": "service",
    "dev": "development",
    "devt": "development",
    "grp": "group",
    "hldg": "holding",
    "hldgs": "holding",
    "mgmt": "management",
    "trdg": "trading",
    "ind": "industry",
    "inds": "industry",
    "industrial": "industry",
    "industries": "industry",
    "bros": "brothers",
    "ctr": "center",
    "centre": "center",
    "dept": "department",
    "govt": "government",
    "equip": "equipment",
    "imp": "import",
    "exp": "export",
    "mach": "machinery",
    "aero": "aeronautical",
    "aeronautics": "aeronautical",
    "avn": "aviation",
    "grupo": "group",
    "flli": "fratelli",
    "groupe": "group",
    "gruppa": "group",
    "jituan": "group",
}

_PHONETIC = (
    ("dzh", "j"),
    ("tch", "ch"),
    ("sch", "sh"),
    ("kh", "h"),
    ("ph", "f"),
    ("ck", "k"),
    ("ou", "u"),
    ("ee", "i"),
    ("y", "i"),
    ("x", "ks"),
    ("q", "k"),
)
_DOUBLE = re.compile(r"(.)\1+")
_NUMERALS = frozenset(("ii", "iii", "vii", "viii", "xii", "xiii", "xvii", "xviii", "xx", "xxx"))


@functools.lru_cache(maxsize=200_000)
def phonetic(token: str) -> str:
    """A spelling-insensitive key for a word: transliteration variants agree ('Dmitriy', 'Dmitri')."""
    if token.isdigit() or token in _NUMERALS:
        return token
    for old, new in _PHONETIC:
        token = token.replace(old, new)
    return _DOUBLE.sub(r"\1", token)


_DELETE = re.compile(r"[.'\u2019\u2018`´]")
_TO_SPACE = re.compile(r"[^0-9a-z ]+")


@functools.lru_cache(maxsize=200_000)
def fold_token(token: str) -> str:
    """One token's canonical form: abbreviations expanded, plurals folded."""
    token = _ABBREVIATIONS.get(token, token)
    if len(token) > 4 and token.endswith("ies"):
        token = token[:-3] + "y"
    elif len(token) > 4 and token.endswith("s") and not token.endswith(("ss", "us", "is", "os")):
        token = token[:-1]
    return _ABBREVIATIONS.get(token, token)


def _latin(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    if _HAN.search(text):
        text = _HAN.sub(lambda m: " " + " ".join(lazy_pinyin(m.group(0))) + " ", text)
    if not text.isascii():
        text = anyascii(text)
    return text


@dataclass(frozen=True, slots=True)
class NormName:
    """A name as the matcher sees it: spelling-insensitive tokens, the words they came from, the
    compact join, and the legal forms that were dropped."""

    original: str
    tokens: tuple[str, ...]
    legal: tuple[str, ...]
    words: tuple[str, ...] = ()

    @property
    def compact(self) -> str:
        """The tokens joined without spaces ('hik vision' and 'hikvision' agree here)."""
        return "".join(self.tokens)

    @property
    def key(self) -> str:
        """The tokens joined by single spaces."""
        return " ".join(self.tokens)


_LEGAL_VOCAB = tuple(
    sorted(
        {w for phrase in _LEGAL_PHRASES for w in phrase if len(w) >= 6}
        | {t for t in _LEGAL_TOKENS if len(t) >= 6}
    )
)
# Legal words as transliteration variants spell them ('dzhsc' -> 'jsc', 'kompani' -> 'company').
_LEGAL_PHONETIC = {
    phonetic(w): w for w in (*_LEGAL_TOKENS, *(w for p in _LEGAL_PHRASES for w in p)) if len(w) >= 3
}
_LEGAL_BY_HEAD: dict[str, list[str]] = {}
for _word in _LEGAL_VOCAB:
    _LEGAL_BY_HEAD.setdefault(_word[0], []).append(_word)
_PHRASES_BY_HEAD: dict[str, list[tuple[str, ...]]] = {}
for _phrase in _LEGAL_PHRASES:
    _PHRASES_BY_HEAD.setdefault(_phrase[0], []).append(_phrase)


@functools.lru_cache(maxsize=100_000)
def _legal_spelling(token: str) -> str:
    """The legal word a misspelt token stands for ('liimted' -> 'limited'), else the token."""
    if len(token) < 6 or token in _LEGAL_TOKENS:
        return token
    for word in _LEGAL_BY_HEAD.get(token[0], ()):
        if abs(len(word) - len(token)) <= 1 and OSA.distance(word, token, score_cutoff=1) <= 1:
            return word
    return token


def _strip_legal(tokens: list[str]) -> tuple[list[int], list[str]]:
    """Indexes of the tokens that are not legal forms, and the legal forms removed."""
    kept: list[int] = []
    removed: list[str] = []
    i = 0
    while i < len(tokens):
        for phrase in _PHRASES_BY_HEAD.get(tokens[i], ()):
            if tuple(tokens[i : i + len(phrase)]) == phrase:
                removed.append(" ".join(phrase))
                i += len(phrase)
                break
        else:
            if tokens[i] in _LEGAL_TOKENS:
                removed.append(tokens[i])
            else:
                kept.append(i)
            i += 1
    return kept, removed


@functools.lru_cache(maxsize=100_000)
def normalize(text: str) -> NormName:
    """The screening form of a name (see the module docstring for the steps)."""
    folded = _latin(text).casefold().replace("&", " and ")
    folded = _TO_SPACE.sub(" ", _DELETE.sub("", folded))
    raw = [_legal_spelling(t) for t in folded.split()]
    raw = [_LEGAL_PHONETIC.get(phonetic(t), t) for t in raw]
    # 'B.W.' for 'B.V.': German and Polish transliterations write 'w' for 'v' in legal forms too.
    raw = [t.replace("w", "v") if "w" in t and t.replace("w", "v") in _LEGAL_TOKENS else t for t in raw]
    kept, legal = _strip_legal(raw)
    words = [fold_token(raw[i]) for i in kept if raw[i] not in _STOPWORDS]
    if not words:
        # A name made only of legal words or stop words ('The Company') keeps them.
        words = [fold_token(t) for t in raw]
        legal = []
    return NormName(
        original=text, tokens=tuple(phonetic(w) for w in words), legal=tuple(legal), words=tuple(words)
    )


#: The generic words as the matcher compares them (after `fold_token` and `phonetic`).
GENERIC_TOKENS = frozenset(phonetic(fold_token(w)) for w in _GENERIC_WORDS)

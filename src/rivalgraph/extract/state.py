"""Per-document working state: sentences, paragraphs, captions, entity clusters and coreference."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from rivalgraph.extract.doccache import doc_text, doc_tokens
from rivalgraph.extract.lexicon import Lexicon
from rivalgraph.extract.names import ORG_KIND_NOUNS
from rivalgraph.extract.products import load_product_lexicon
from rivalgraph.kb import KnowledgeBase, OrgKind, OrgRecord, Place, normalize_name
from rivalgraph.model import EntityType, make_id

__all__ = ["DocState", "EntityAcc", "Mention"]

# Sectors of kind nouns beside the lexicon's sector words ("the carrier" is a telecom operator).
_KIND_SECTORS: dict[str, tuple[str, ...]] = {
    "carrier": ("telecom",),
    "foundry": ("semiconductors",),
    "chipmaker": ("semiconductors",),
    "automaker": ("automotive",),
    "carmaker": ("automotive",),
}
ORG_PRONOUNS = {"its", "it", "their", "they", "them"}
PERSON_PRONOUNS = {"he", "his", "him", "she", "her"}
_SUBJ = {"nsubj", "nsubjpass"}
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# a model code in the plural ("H100s", "A321XLRs", "787-9s"): letters or digits with a digit in them,
# then a plural s after a digit or a capital
_PLURAL_CODE = re.compile(r"^(?=[^\s]*\d)[A-Za-z0-9-]*[0-9A-Z]s$")


@dataclass(slots=True)
class Mention:
    """One entity or event mention (token and character offsets)."""

    start: int
    end: int
    start_char: int
    end_char: int
    label: str
    text: str
    kb_id: str
    sent: int
    key: str = ""


@dataclass(slots=True)
class EntityAcc:
    """An entity being assembled from its mentions."""

    key: str
    type: EntityType
    names: list[str] = field(default_factory=list)
    country: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    record: OrgRecord | None = None
    sectors: tuple[str, ...] = ()


def _strip_legal(text: str) -> str:
    return normalize_name(text)


class DocState:
    """Everything the relation rules need about one parsed document."""

    def __init__(
        self,
        doc: Doc,
        kb: KnowledgeBase,
        lex: Lexicon,
        published: dt.date | None,
        caption_spans: list[tuple[int, int]],
    ) -> None:
        self.doc = doc
        # Doc.text joins every token on each access: read it once, shared with the mention finder
        self.text: str = doc_text(doc)
        self.kb = kb
        self.lex = lex
        self.published = published
        self.sents: list[Span] = list(doc.sents)
        # doc[i] and iterating a Span build a new Token object on every access: the rules share one list
        self.toks: list[Token] = doc_tokens(doc)
        self.sent_toks: list[list[Token]] = [self.toks[s.start : s.end] for s in self.sents]
        self.tok_sent = [0] * len(doc)
        for si, s in enumerate(self.sents):
            self.tok_sent[s.start : s.end] = [si] * (s.end - s.start)
        self.sent_texts: list[str] = [self.text[s.start_char : s.end_char] for s in self.sents]
        self.para = self._paragraphs()
        self.caption = self._captions(caption_spans)
        self._roots: dict[tuple[int, int], Token] = {}
        self._subjects: dict[tuple[int, int], bool] = {}
        self.mentions: list[Mention] = []
        self.tok_mention: list[int] = [-1] * len(doc)
        self.entities: dict[str, EntityAcc] = {}
        # while clustering: (type, matching form of a name) -> the first entity made with that name,
        # and each entity's place in the order entities were made
        self._by_name: dict[tuple[EntityType, str], str] = {}
        self._made: dict[str, int] = {}
        for ent in doc.ents:
            m = Mention(
                ent.start,
                ent.end,
                ent.start_char,
                ent.end_char,
                ent.label_,
                ent.text,
                ent.kb_id_,
                self.tok_sent[ent.start],
            )
            self.mentions.append(m)
        self._cluster()
        # the rules ask for one sentence's mentions thousands of times per document
        self._sent_mentions: list[list[Mention]] = [[] for _ in self.sents]
        for mi, m in enumerate(self.mentions):
            for i in range(m.start, m.end):
                self.tok_mention[i] = mi
            self._sent_mentions[m.sent].append(m)
        self._company_led_product_names()
        self._country_led_names()

    # ---------------------------------------------------------------- layout
    def _paragraphs(self) -> list[int]:
        """Paragraph number of each sentence: a blank line starts a new paragraph."""
        text = self.text
        out: list[int] = []
        para = 0
        prev_end = 0
        for s in self.sents:
            if text[prev_end : s.start_char].count("\n") >= 2:
                para += 1
            out.append(para)
            end = s.end_char
            while end > s.start_char and text[end - 1].isspace():
                end -= 1
            prev_end = end
        return out

    def _captions(self, given: list[tuple[int, int]]) -> list[bool]:
        text = self.text
        flags: list[bool] = []
        markers = self.lex.caption_markers
        for s in self.sents:
            line_start = text.rfind("\n", 0, s.start_char) + 1
            line_end = text.find("\n", s.end_char - 1)
            line = text[line_start : line_end if line_end >= 0 else len(text)].lower()
            cap = any(marker in line for marker in markers)
            cap = cap or any(a <= s.start_char < b for a, b in given)
            flags.append(cap)
        return flags

    def _company_led_product_names(self) -> None:
        """'Baidu Apollo', 'Huawei Mate 60': a product named right after its known maker is also
        called by both names together, so that form is one of its aliases."""
        text = self.text
        for m in self.mentions:
            if m.label != "PRODUCT" or m.start == 0 or not m.key:
                continue
            k = self.tok_mention[m.start - 1]
            org = self.mentions[k] if k >= 0 else None
            if org is None or org.label != "ORG" or not org.kb_id or text[org.end_char : m.start_char] != " ":
                continue
            acc = self.entities.get(m.key)
            name = f"{org.text} {m.text}"
            if acc is not None and name not in acc.names:
                acc.names.append(name)

    def _country_led_names(self) -> None:
        """'US Commerce Department', 'Nanchang O-Film Tech': an organization named right after a
        place's name (the mention finder keeps the place as a mention of its own) is also called by
        both names together, so that form is one of its aliases."""
        text = self.text
        for m in self.mentions:
            if m.label != "ORG" or m.start == 0 or not m.text[:1].isupper():
                continue
            k = self.tok_mention[m.start - 1]
            place = self.mentions[k] if k >= 0 else None
            if place is None or place.label not in ("GPE", "NORP") or place.end != m.start:
                continue
            if text[place.end_char : m.start_char] != " " or not place.text[:1].isupper():
                continue
            name = text[place.start_char : m.end_char]
            if place.label == "NORP":
                # a nationality word is no part of a name ("the German Federal Cartel Office" is the
                # Federal Cartel Office) unless a company's known name opens with it ("Saudi Aramco")
                record = self.kb.lookup_org(name)
                if record is None or f"org:{record.id}" != m.kb_id or record.kind is not OrgKind.COMPANY:
                    continue
            acc = self.entities.get(m.key)
            if acc is not None and name not in acc.names:
                acc.names.append(name)
        # 'Boeing 777-9', 'Airbus A350': a model code after its maker's known name is the name too
        for acc in self.entities.values():
            if acc.type != EntityType.PRODUCT:
                continue
            for name in list(acc.names):
                if name.endswith(" AI") and name[:-3] not in acc.names:
                    acc.names.append(name[:-3])  # "Hailuo AI" is also called Hailuo
                maker, _, code = name.partition(" ")
                if (
                    code
                    and any(c.isdigit() for c in code)
                    and code not in acc.names
                    and self.kb.lookup_org(maker) is not None
                ):
                    acc.names.append(code)
        # 'The White House', 'The Wall Street Journal': the name without its article is the name too
        for acc in self.entities.values():
            if acc.type == EntityType.ORG:
                bare = [n[4:] for n in acc.names if n.startswith(("The ", "the ")) and len(n) > 6]
                acc.names.extend(b for b in bare if b not in acc.names)

    def _suffixed_org(self, name: str) -> OrgRecord | None:
        """'Unitree Technology', 'Zhipu Technologies Group': a known company's name with words of its
        own legal name after it is that company (not 'Lam Research (Suzhou)', its local unit)."""
        words = name.split()
        end = len(words)
        while end > 1 and words[end - 1].lower().strip(".,") in self.lex.name_suffix_words:
            end -= 1
        return self.kb.lookup_org(" ".join(words[:end])) if end < len(words) else None

    def sent_text_span(self, si: int) -> tuple[int, int]:
        s = self.sents[si]
        text = self.text
        a, b = s.start_char, s.end_char
        while b > a and text[b - 1].isspace():
            b -= 1
        while a < b and text[a].isspace():
            a += 1
        return a, b

    # ---------------------------------------------------------------- entities
    def _cluster(self) -> None:
        kb = self.kb
        unknown_full: dict[str, list[tuple[str, str]]] = {"ORG": [], "PERSON": []}
        for m in self.mentions:
            if m.label in ("ORG", "PERSON") and not m.kb_id:
                unknown_full[m.label].append((normalize_name(m.text), m.text))
        for m in self.mentions:
            if m.label == "EVENT":
                continue
            if m.label == "NORP":
                m.key = m.kb_id
                # "US" is both a name and an adjective: as a name it is an alias too.
                place = kb.lookup_place(m.text)
                self._add(
                    m.key, EntityType.GPE, m.text if place is not None else None, m, alias=place is not None
                )
                continue
            etype = EntityType(m.label)
            if m.kb_id:
                m.key = m.kb_id
                self._add(m.key, etype, m.text, m)
                continue
            norm = normalize_name(m.text)
            canonical = m.text
            if m.label == "ORG":
                record = kb.lookup_org(m.text) or self._suffixed_org(m.text)
                if record is not None:
                    m.key = record.entity_id
                    self._add(m.key, etype, m.text, m)
                    continue
                longer = [t for n, t in unknown_full["ORG"] if n != norm and n.startswith(norm + " ")]
                if longer and " " not in norm:
                    canonical = max(longer, key=len)
            elif m.label == "PERSON" and " " not in m.text.strip():
                fulls = [(n, t) for n, t in unknown_full["PERSON"] if " " in n and norm in n.split()]
                if fulls:
                    canonical = fulls[0][1]
            elif m.label == "GPE":
                place = kb.lookup_place(m.text)
                if place is not None:
                    m.key = place.id
                    self._add(m.key, etype, m.text, m)
                    continue
            plural = m.label == "PRODUCT" and _PLURAL_CODE.match(m.text.rsplit(" ", 1)[-1]) is not None
            if plural:
                canonical = m.text[:-1]  # "Nvidia H100s" is one of the "Nvidia H100" chips
            m.key = self._unknown_key(etype, canonical)
            self._add(m.key, etype, m.text, m)
            if plural:
                self._add(m.key, etype, canonical, m)

    def _unknown_key(self, etype: EntityType, name: str) -> str:
        """The first entity (in the order entities were made) of this type with a name of the same
        matching form, else a new id."""
        norm = normalize_name(name)
        return self._by_name.get((etype, norm)) or make_id(etype, norm or name)

    def _add(self, key: str, etype: EntityType, name: str | None, m: Mention, *, alias: bool = True) -> None:
        acc = self.entities.get(key)
        if acc is None:
            acc = EntityAcc(key=key, type=etype)
            if key.startswith("org:"):
                record = self.kb.get_org(key)
                if record is not None:
                    acc.record = record
                    acc.country = record.country
                    acc.sectors = tuple(str(s) for s in record.sectors)
            elif etype == EntityType.GPE:
                place = _place_by_id(self.kb, key)
                if place is not None:
                    acc.country = place.country
            self._made[key] = len(self._made)
            self.entities[key] = acc
        if name and alias and name not in acc.names:
            acc.names.append(name)
            found = (acc.type, normalize_name(name))
            first = self._by_name.get(found)
            if first is None or self._made[key] < self._made[first]:
                self._by_name[found] = key
        acc.mentions.append((m.start_char, m.end_char))

    # ---------------------------------------------------------------- lookups
    # Token string attributes look the string up on every read; the per-token loops of the rules read
    # them once per document from these lists instead.
    @functools.cached_property
    def low(self) -> list[str]:
        """Each token's lower-case form (`Token.lower_`), by token index."""
        return [t.lower_ for t in self.toks]

    @functools.cached_property
    def lemma_low(self) -> list[str]:
        """Each token's lemma in lower case (`Token.lemma_.lower()`), by token index."""
        return [t.lemma_.lower() for t in self.toks]

    @functools.cached_property
    def pos(self) -> list[str]:
        """Each token's coarse part of speech (`Token.pos_`), by token index."""
        return [t.pos_ for t in self.toks]

    def mention_at(self, i: int) -> Mention | None:
        mi = self.tok_mention[i] if 0 <= i < len(self.tok_mention) else -1
        return self.mentions[mi] if mi >= 0 else None

    def label_at(self, i: int) -> str:
        """The label of the mention covering token i, or ''."""
        m = self.mention_at(i)
        return m.label if m is not None else ""

    def key_at(self, i: int) -> str:
        """The entity key of the mention covering token i, or ''."""
        m = self.mention_at(i)
        return m.key if m is not None else ""

    def etype(self, key: str) -> str:
        acc = self.entities.get(key)
        return acc.type.value if acc else ""

    def sent_mentions(self, si: int, label: str | None = None) -> list[Mention]:
        return [m for m in self._sent_mentions[si] if label is None or m.label == label]

    def is_subject(self, m: Mention) -> bool:
        known = self._subjects.get((m.start, m.end))
        if known is None:
            known = self._subjects[(m.start, m.end)] = self._is_subject(m)
        return known

    def _is_subject(self, m: Mention) -> bool:
        root = self.mention_root(m)
        t: Token | None = root
        for _ in range(3):
            if t is None:
                break
            if t.dep_ in _SUBJ:
                return True
            if t.dep_ == "compound" and t.head.lower_ in _RELATIONAL_HEADS:
                return False  # "the TikTok owner": the subject is TikTok's owner, not TikTok
            if t.dep_ in {"conj", "appos", "compound"}:
                t = t.head
                continue
            break
        return False

    def names_relative(self, m: Mention) -> bool:
        """'the TikTok owner', 'the Kimi developer': the name modifies another organization's noun."""
        root = self.mention_root(m)
        return root.dep_ == "compound" and root.head.lower_ in _RELATIONAL_HEADS

    def mention_root(self, m: Mention) -> Token:
        # the coreference rules ask for the same mentions' roots over and over
        root = self._roots.get((m.start, m.end))
        if root is None:
            root = self._roots[(m.start, m.end)] = self.doc[m.start : m.end].root
        return root

    # ---------------------------------------------------------------- coreference
    def org_antecedent(
        self, pos: int, *, sectors: tuple[str, ...] = (), exclude: set[str] | None = None
    ) -> str | None:
        """The organization a pronoun or definite description at token `pos` refers to."""
        si = self.tok_sent[pos]
        exclude = exclude or set()
        orgs_before = [m for m in self.mentions if m.label == "ORG" and m.end <= pos and m.key not in exclude]
        # "the California company", "the Beijing-based start-up": only organizations of that country
        country = self.description_country(pos)
        if country is not None:
            placed = [m for m in orgs_before if (acc := self.entities.get(m.key)) and acc.country == country]
            orgs_before = placed or orgs_before
        # "the search company": the most recent organization in the first sector the words name
        for sector in sectors:
            for m in reversed(orgs_before):
                if si - m.sent > 8:
                    break
                acc = self.entities.get(m.key)
                if acc and sector in acc.sectors:
                    return m.key
        same = [m for m in orgs_before if m.sent == si]
        subj = [m for m in same if self.is_subject(m) and not self._named_as_investor(m)]
        if subj:
            return subj[-1].key
        if same and any(a.dep_ == "relcl" for a in self.doc[pos].ancestors):
            # "the stand of Huawei, where the company shows ...": the clause is about that name
            return same[-1].key
        first_prev: Mention | None = None
        for back in range(1, 4):
            if si - back < 0:
                break
            prev = [m for m in orgs_before if m.sent == si - back and not self._named_as_investor(m)]
            subj = [m for m in prev if self.is_subject(m)]
            if subj:
                return subj[0].key
            if prev and first_prev is None:
                first_prev = prev[0]
            if back == 1:
                # no subject just before: the organization the text is about (named most, at least
                # three times), not the investor or partner a list named last
                topic = _topic(orgs_before)
                if topic is not None:
                    return topic
        if first_prev is not None:
            return first_prev.key
        if same:
            return same[-1].key
        return orgs_before[-1].key if orgs_before else None

    def _named_as_investor(self, m: Mention) -> bool:
        """'Existing backers Lightspeed and a16z put in more money': a subject named as someone's
        investor is not what a later 'the company' or 'it' stands for."""
        if m.start > 0 and self.doc[m.start - 1].lower_ in _INVESTOR_WORDS:
            return True
        # "backers A and B": B hangs on A, A on the noun
        t = self.mention_root(m)
        for _ in range(3):
            if t.dep_ not in {"appos", "conj"} or t.head.i == t.i:
                return False
            t = t.head
            if t.lower_ in _INVESTOR_WORDS:
                return True
        return False

    def description_country(self, pos: int) -> str | None:
        """The country a place word in a definite description at token `pos` names: 'the California
        company' -> US, 'the Beijing-based start-up' -> CN, 'the Taiwanese foundry' -> TW."""
        if not 0 <= pos < len(self.doc):
            return None
        tok = self.doc[pos]
        for c in tok.children:
            if c.dep_ not in {"compound", "amod", "nmod", "npadvmod"}:
                continue
            for x in (c, *c.children):
                m = self.mention_at(x.i)
                if _placed_by_other(self.doc, m):
                    continue  # "the US-sanctioned company" is not a US company
                if m is not None and m.label in {"GPE", "NORP"}:
                    acc = self.entities.get(m.key)
                    if acc is not None and acc.country:
                        return acc.country
        return None

    def person_antecedent(self, pos: int) -> str | None:
        si = self.tok_sent[pos]
        people = [m for m in self.mentions if m.label == "PERSON" and m.end <= pos]
        same = [m for m in people if m.sent == si]
        if same:
            return same[-1].key
        for back in range(1, 4):
            prev = [m for m in people if m.sent == si - back]
            subj = [m for m in prev if self.is_subject(m)]
            if subj:
                return subj[0].key
            if prev:
                return prev[0].key
        return people[-1].key if people else None

    def sector_of_phrase(self, tokens: list[Token]) -> tuple[str, ...]:
        out: list[str] = []
        for t in tokens:
            for part in [*re.split(r"[-\s]", t.lower_), t.lower_]:
                out.extend(self.lex.sector_nouns.get(part, ()))
                out.extend(_KIND_SECTORS.get(part, ()))
        return tuple(dict.fromkeys(out))

    def resolve_token(self, tok: Token) -> list[str]:
        """Entity keys a token stands for: its mention, a resolved pronoun or definite description."""
        m = self.mention_at(tok.i)
        if m is not None and m.label != "EVENT":
            return [m.key]
        low = tok.lower_
        if low in ORG_PRONOUNS and tok.pos_ == "PRON":
            key = self.org_antecedent(tok.i)
            return [key] if key else []
        if low in PERSON_PRONOUNS and tok.pos_ == "PRON":
            key = self.person_antecedent(tok.i)
            return [key] if key else []
        hyphen = tok.i >= 2 and self.doc[tok.i - 1].text == "-"
        if hyphen:
            low = f"{self.doc[tok.i - 2].lower_}-{low}"  # "the start-up": spaCy splits the hyphen
        if low in _MAKER_HEADS and tok.pos_ == "NOUN":
            maker = self._maker_of_named(tok)
            if maker is not None:
                return [maker]
        if (
            tok.pos_ == "NOUN"
            and (low in self.lex.org_nouns or low in ORG_KIND_NOUNS)
            and tok.tag_ in {"NN", "NNP"}
        ):
            # a determiner the parser hung on a modifier ("The Chinese start-up") still opens the phrase
            dets = [c for c in tok.children if c.dep_ in {"det", "poss"}] or (
                [tok.left_edge] if tok.left_edge.i < tok.i and tok.left_edge.dep_ == "det" else []
            )
            # names inside a clause on the description do not name it ("founded by former Microsoft
            # staff"): `_in_clause`
            if (
                dets
                and dets[0].lower_ in {"the", "this", "that"}
                and not any(
                    self.mention_at(c.i)
                    for c in tok.subtree
                    if c.i != tok.i
                    and c.dep_ in {"compound", "appos"}
                    and self.label_at(c.i) not in {"GPE", "NORP"}
                    and not _in_clause(c, tok)
                )
            ):
                if tok.dep_ in {"appos"} or any(
                    c.dep_ == "appos" and self.mention_at(c.i) for c in tok.children
                ):
                    return []
                if low == "group" and not any(c.dep_ in {"amod", "compound"} for c in tok.children):
                    # "the group's app": the organization named a Group ("Alibaba Group Holding")
                    grouped = self._named_group(tok.i)
                    if grouped is not None:
                        return [grouped]
                mods = [c for c in tok.children if c.dep_ in {"amod", "compound", "nmod"}]
                key = self.org_antecedent(tok.i, sectors=self.sector_of_phrase([*mods, tok]))
                return [key] if key else []
        return []

    def _maker_of_named(self, tok: Token) -> str | None:
        """'the ChatGPT maker', 'the TikTok owner': the developer the product lexicon names for the
        product, or the KB parent of the organization, when the text names that organization too."""
        for c in tok.children:
            m = self.mention_at(c.i) if c.dep_ == "compound" else None
            if m is None:
                continue
            key: str | None = None
            if m.label == "PRODUCT":
                entry = load_product_lexicon().entry(m.text)
                key = entry.developer if entry is not None else None
            elif m.label == "ORG":
                acc = self.entities.get(m.key)
                parent = acc.record.parent if acc is not None and acc.record is not None else None
                key = f"org:{parent}" if parent else None
            if key is not None and key in self.entities and self.etype(key) == "ORG":
                return key
        return None

    def _named_group(self, pos: int) -> str | None:
        """The latest organization before `pos` that one of its names calls a Group."""
        for m in reversed(self.mentions):
            if m.end > pos or m.label != "ORG":
                continue
            acc = self.entities.get(m.key)
            if acc is not None and any(" Group" in n for n in acc.names):
                return m.key
        return None

    def year_token(self, tok: Token) -> int | None:
        return int(tok.text) if _YEAR.match(tok.text) else None


# Nouns that introduce a subject as another company's investor ("Existing backers Lightspeed ...").
_INVESTOR_WORDS = frozenset({"backer", "backers", "investor", "investors", "shareholder", "shareholders"})
# Nouns after a name that stand for the name's maker or owner ("the ChatGPT maker").
_MAKER_HEADS = frozenset({"maker", "developer", "creator", "owner", "parent", "operator"})
# Nouns that make a name before them another organization's relative ("the TikTok owner").
_RELATIONAL_HEADS = frozenset(
    {"owner", "parent", "maker", "developer", "operator", "creator", "investor", "backer", "rival", "partner"}
)
_PLACE_PARTICIPLES = frozenset({"based", "headquartered", "registered", "founded", "born", "made"})


def _placed_by_other(doc: Doc, m: Mention | None) -> bool:
    """A place joined by a hyphen to what it did to the noun ('US-sanctioned', 'Hong Kong-listed'),
    not to where the noun is ('Beijing-based')."""
    if m is None or m.end + 1 >= len(doc) or doc[m.end].text != "-":
        return False
    word = doc[m.end + 1].lower_
    return word.endswith("ed") and word not in _PLACE_PARTICIPLES


def _topic(mentions: list[Mention]) -> str | None:
    """The key named most often (three times or more; on a tie the one named first), or None."""
    counts: dict[str, int] = {}
    for m in mentions:
        counts[m.key] = counts.get(m.key, 0) + 1
    best = max(counts.values(), default=0)
    if best < 3:
        return None
    return next(m.key for m in mentions if counts[m.key] == best)


def _in_clause(tok: Token, top: Token) -> bool:
    """Whether `tok` sits in a clause or prepositional phrase below `top` ('the company, which
    develops the GLM models': GLM does not name the company)."""
    t = tok
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in {"relcl", "acl", "advcl", "ccomp", "prep"}:
            return True
        t = t.head
    return False


_PLACES: dict[int, dict[str, Place]] = {}


def _place_by_id(kb: KnowledgeBase, place_id: str) -> Place | None:
    """The KB place with this id (an index per KB, built once)."""
    index = _PLACES.get(id(kb))
    if index is None:
        index = _PLACES[id(kb)] = {p.id: p for p in kb.places}
    return index.get(place_id)

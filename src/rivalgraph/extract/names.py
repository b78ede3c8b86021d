"""Shape checks for statistical PERSON and ORG guesses: a person looks like a personal name, an
organization is not a fragment ('Board at') or a lone role word."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from rivalgraph.extract.doccache import doc_text, doc_tokens
from rivalgraph.extract.lexicon import Lexicon
from rivalgraph.extract.products import ProductLexicon, is_model_code
from rivalgraph.extract.vocab import CALENDAR_WORDS
from rivalgraph.kb import KnowledgeBase

__all__ = [
    "COMPANY_ENDINGS",
    "ORG_DESIGNATORS",
    "ORG_KIND_NOUNS",
    "company_shaped_people",
    "coordinated_people",
    "filter_names",
    "org_names_in_context",
    "org_shape_ok",
    "particle_surnames",
    "possessed_people",
    "possessive_final_names",
    "registered_names",
    "split_possessive_names",
    "venue_name",
    "work_centre",
]

# Kinds of organization beside the extractor lexicon's `org_nouns`: public bodies and groupings
# ("the Taiwanese trade body TAITRA", "the industry alliance").
ORG_KIND_NOUNS = frozenset(
    {
        "body",
        "bodies",
        "watchdog",
        "authority",
        "council",
        "foundation",
        "consortium",
        "alliance",
        "federation",
        "chamber",
        "exchange",
        "bureau",
        "commission",
        "operator",
        "carrier",
        "foundry",
        "chipmaker",
        "start-up",
        "startup",
        "unicorn",
    }
)

# Lower-case particles inside personal names ("Mohamed bin Zayed", "Ursula von der Leyen").
_NAME_PARTICLES = frozenset(
    {"bin", "al", "de", "van", "von", "der", "la", "da", "le", "du", "di", "del", "ibn", "den", "ter", "ten"}
    | {"dos", "das", "della", "bint", "el"}
)
# Lower-case words inside organization names ("Bank of China", "Ministry of Industry and ...").
_ORG_CONNECTIVES = frozenset(
    {"of", "and", "for", "the", "de", "on", "&", "du", "des", "la", "y", "in", "und"}
)
_VENUE_WORDS = frozenset({"centre", "center", "hall", "arena", "stadium", "venue", "hotel", "complex"})
# A centre whose name says what it does is an organization ("Beijing Computational Science Research
# Center", "China Foreign Trade Centre"); one named for its halls is a venue ("Expo Centre").
_CENTRE_OF_WORK = frozenset(
    {"research", "science", "sciences", "technology", "innovation", "computing", "data", "information"}
    | {"development", "trade", "cooperation", "studies", "policy", "service", "services", "training"}
    | {"testing", "engineering", "investment", "promotion", "incubation", "supercomputing"}
)


def work_centre(toks: list[Token]) -> bool:
    """A centre named for its work ("Research Center", "Foreign Trade Centre"), not for its halls
    ("Expo Centre", "World Trade Centre")."""
    if len(toks) < 2 or toks[-1].lower_ not in {"centre", "center"}:
        return False
    before = toks[-2].lower_
    return before in _CENTRE_OF_WORK and not (
        before == "trade" and len(toks) >= 3 and toks[-3].lower_ == "world"
    )


def venue_name(toks: list[Token]) -> bool:
    """The name ends in a venue word ("Convention Center", "Expo Hall") and is no centre of work."""
    return toks[-1].lower_ in _VENUE_WORDS and not work_centre(toks)


_HEADLINE_SMALL = frozenset({"a", "an", "the", "of", "in", "on", "to", "for", "and", "as", "at", "by"})
_PERIOD = re.compile(r"^(?:Q[1-4]|H[12]|FY\d{2,4}|1H|2H)$")
_INITIAL = re.compile(r"^[A-Z]\.(?:[A-Z]\.)*$")
# Words that head news layout or describe roles, never a personal name.
_NOT_PERSON_WORDS = frozenset(
    {
        "board",
        "chairman",
        "chairwoman",
        "ceo",
        "minister",
        "ministry",
        "president",
        "premier",
        "director",
        "secretary",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "analyst",
        "analysts",
        "reporting",
        "editing",
        "photo",
        "file",
        "source",
        "sources",
        "update",
        "breaking",
        "exclusive",
        "news",
        "read",
        "more",
        "related",
        "advertisement",
        "chief",
        "executive",
        "founder",
        "officer",
        "head",
        "vice",
        "deputy",
        "general",
        "manager",
        "senior",
        "partner",
        "award",
        "prize",
    }
)


# Last words that make a capitalised name an organization ("Quillfeather Labs", "Hexin Micro").
ORG_DESIGNATORS = frozenset(
    {
        "labs",
        "lab",
        "technologies",
        "technology",
        "tech",
        "robotics",
        "capital",
        "ventures",
        "systems",
        "semiconductor",
        "semiconductors",
        "electronics",
        "networks",
        "holdings",
        "group",
        "groupe",  # French, Spanish, German, Italian forms of "group"
        "grupo",
        "gruppe",
        "gruppo",
        "gmbh",
        "ag",
        "inc",
        "corp",
        "ltd",
        "ai",
        "intelligence",
        "microelectronics",
        "micro",
        "software",
        "motors",
        "bank",
        "fund",
        "institute",
        "university",
        "academy",
        "telecom",
        "communications",
        "pharma",
        "energy",
        "media",
        "securities",
        "partners",
        "investments",
        "industries",
        "company",
        "co",
        "computing",
        "quantum",
        "cars",
    }
)


# Last words of company names the NER often misses ("Lanxin Optics", "Sunway Microsystems"); not
# 'AI', 'Group' or 'Partners', which end slogans and headings as often ("Governing AI").
_NAME_ENDINGS = frozenset(
    {
        "technologies",
        "technology",
        "tech",
        "labs",
        "robotics",
        "semiconductor",
        "semiconductors",
        "electronics",
        "microelectronics",
        "microsystems",
        "systems",
        "networks",
        "software",
        "telecom",
        "communications",
        "optics",
        "photonics",
        "dynamics",
        "instruments",
        "aerospace",
        "biotech",
        "automation",
        "motors",
        "pharma",
        "holdings",
        "industries",
        "ventures",
        "securities",
        "investments",
        "information",
    }
)
# The words a company's full name ends in, where a known short name opens it ("Qiming Aerospace Group")
COMPANY_ENDINGS = _NAME_ENDINGS | {
    "group",
    "corporation",
    "aerospace",
    "machinery",
    "engineering",
    "logistics",
}
# Registered names: capitalised words ending in a legal form ("Anhui Cambricon Information
# Technology Co., Ltd.", "Orion Semiconductor Technology Co., Ltd.", "Lumen Tools, Inc.").
_LEGAL_FORM = (
    r"(?:,? (?:Co\., ?Ltd\.?|Co\.|Co(?=[ ,)])|Ltd\.?|Limited|Inc\.?|Incorporated|Corporation|Corp\.|"
    r"LLC|PLC|GmbH|AG|S\.A\.|N\.V\.|B\.V\.|S\.p\.A\.|S\.r\.l\.|Sdn\.? Bhd\.?|KGaA|ASA|Oyj|PJSC|JSC|LLP)"
    r"(?![\w-]))+"
)
# "Science and Technology", "Import and Export": two trade words joined by 'and' inside a registered
# name (not 'and' between two names: "Alder Robotics and Fenwick Co.")
_TRADE_PAIR = (
    r"(?:Science|Sciences|Information|Communication|Communications|Import|Research|Trade|Industry|"
    r"Industrial|Engineering|Investment|Culture|Education|Commerce|Energy|Electronics|Equipment) and "
    r"(?:Technology|Technologies|Industry|Export|Development|Trading|Trade|Communication|"
    r"Communications|Engineering|Investment|Innovation|Media|Tourism|Services)"
)
_REGISTERED = re.compile(
    r"\b[A-Z][\w'&.-]*(?: (?:" + _TRADE_PAIR + r"|[A-Z][\w'&.-]*|&|\([A-Z][\w' .-]{1,30}\)))*" + _LEGAL_FORM
)


# Words that end a company's name and never a person's ("Sekisui Chemical", "Strategy Analytics",
# "Kingdom Holding", "Loong Air"); a place's name may end in some of them ("Capital", "Bank")
_NOT_PERSON_ENDINGS = COMPANY_ENDINGS | frozenset(
    {"chemical", "chemicals", "analytics", "holding", "events", "apparel", "accessories", "capital"}
    | {"partners", "materials", "energy", "foods", "pharmaceuticals", "biologics", "therapeutics"}
    | {"airlines", "air", "airways", "studios", "games", "media", "entertainment", "consulting"}
    | {"solutions", "services", "insurance", "bank", "motor", "textiles", "textile", "garments"}
    | {"workers", "union"}
)


def company_shaped_people(spans: list[Span]) -> list[Span]:
    """'Xiran Photonics', 'Hexian Tech' tagged a person or a place, 'Sekisui Chemical' a person: no
    person's or place's name ends in a company word (a place the KB knows was matched before, with
    its id)."""
    return [
        Span(s.doc, s.start, s.end, label="ORG")
        if s.label_ in ("PERSON", "GPE")
        and not s.kb_id_
        and len(s) >= 2
        and s[-1].is_title
        and (s[-1].lower_ in _NAME_ENDINGS or (s.label_ == "PERSON" and s[-1].lower_ in _NOT_PERSON_ENDINGS))
        else s
        for s in spans
    ]


# A word that ends a sentence inside a run of capitalised words ("... software firm NetPosa. China
# Three Gorges Corp."): four letters or more, a lower-case one among them, then a full stop and a
# capital; not an abbreviation that sits inside names ("Warner Bros. Discovery", "Dept.").
_SENTENCE_END_IN_NAME = re.compile(r"(?<![\w.'&-])([A-Za-z][\w'&-]{3,})\. (?=[A-Z])")
_NAME_ABBREVIATIONS = frozenset({"bros", "corp", "dept", "intl", "univ", "assn", "natl", "mfg", "govt"})


def after_sentence_end(text: str, start: int, end: int) -> int:
    """Where a name found by shape really starts: after the last sentence end inside it."""
    cut = start
    for m in _SENTENCE_END_IN_NAME.finditer(text, start, end):
        word = m.group(1)
        if word.lower() not in _NAME_ABBREVIATIONS and any(c.islower() for c in word):
            cut = m.end()
    return cut


def registered_names(doc: Doc, spans: list[Span], kb: KnowledgeBase, lex: Lexicon, text: str) -> list[Span]:
    """Company names by shape: capitalised words ending in a legal form ('Co., Ltd.') or in a
    company word ('Optics', 'Semiconductor'), which the small NER cuts at a place or misses.

    A legal-form name the KB knows carries its KB id; a name ending in a company word is only
    taken where no entity overlaps it but places inside it ('Harbin Orion Semiconductor')."""
    toks = doc_tokens(doc)
    out: list[Span] = []
    for m in _registered_matches(text):
        span = doc.char_span(after_sentence_end(text, m[0], m[1]), m[1], alignment_mode="contract")
        span = _lead_trimmed(doc, span) if span is not None else None
        if span is None or len(span) < 2 or "\n" in span.text or not _name_ok(span, lex):
            continue
        record = kb.lookup_org(span.text)
        out.append(Span(doc, span.start, span.end, label="ORG", kb_id=f"org:{record.id}" if record else ""))
    taken = {i for s in spans for i in range(s.start, s.end) if s.label_ != "GPE"}
    taken |= {i for s in out for i in range(s.start, s.end)}
    org_ends = {s.end: s for s in spans if s.label_ == "ORG" and s.kb_id_}
    for tok in toks:
        # a run of capitalised words ending here, in a company word, and not continuing after it
        end = tok.i + 1
        if tok.lower_ not in _NAME_ENDINGS or not tok.is_title or tok.i in taken:
            continue
        if end < len(doc) and (toks[end].is_title or toks[end].is_upper) and toks[end].is_alpha:
            continue
        start = tok.i
        while (
            start > 0
            and start - 1 not in taken
            and (toks[start - 1].is_title or toks[start - 1].is_upper)
            and toks[start - 1].is_alpha
            and "\n" not in toks[start - 1].whitespace_
        ):
            start -= 1
        parent = org_ends.get(start)
        if parent is not None and start < tok.i + 1 and "\n" not in toks[start - 1].whitespace_:
            start = parent.start  # "Inspur Software": a unit named after its parent
        run = _lead_trimmed(doc, doc[start:end])
        if (
            run is not None
            and len(run) >= 2
            and not _title_case_line(text, run)
            and _name_ok(run, lex)
            and kb.lookup_org(run.text) is None
            and kb.lookup_place(run.text) is None
        ):
            out.append(Span(doc, run.start, run.end, label="ORG"))
    return out


_LEGAL_HINT = re.compile(
    r"\b(?:Co|Ltd|Limited|Inc|Incorporated|Corporation|Corp|LLC|PLC|GmbH|AG|S\.A|N\.V|B\.V|S\.p\.A|S\.r\.l|"
    r"Bhd|KGaA|ASA|Oyj|PJSC|JSC|LLP)\b"
)


def _registered_matches(text: str) -> list[tuple[int, int]]:
    """Character ranges of registered names, searched only on the lines that hold a legal form."""
    out: list[tuple[int, int]] = []
    done = -1
    for hint in _LEGAL_HINT.finditer(text):
        if hint.start() < done:
            continue
        start = text.rfind("\n", 0, hint.start()) + 1
        end = text.find("\n", hint.end())
        end = len(text) if end < 0 else end
        out.extend((start + m.start(), start + m.end()) for m in _REGISTERED.finditer(text[start:end]))
        done = end
    return out


def _name_ok(span: Span, lex: Lexicon) -> bool:
    return span.text.lower() not in lex.not_entities and org_shape_ok(span, lex)


def _lead_trimmed(doc: Doc, span: Span) -> Span | None:
    """Without the function and calendar words a capitalised run may start with ('On Tuesday Sugon')."""
    toks = doc_tokens(doc)
    start = span.start
    while start < span.end and (toks[start].is_stop or toks[start].lower_ in CALENDAR_WORDS):
        start += 1
    return doc[start : span.end] if start < span.end else None


def hyphen_syllable(word: str) -> bool:
    """The lower-case second syllable of a hyphenated given name ('sang' in 'Young-sang'), not a
    participle or suffix ('Huang-led', 'Musk-owned', 'Trump-era')."""
    return (
        word.isalpha()
        and word.islower()
        and len(word) <= 5
        and not word.endswith(("ed", "ing"))
        and word not in {"era", "like", "run", "style", "type", "wide", "made", "free", "based"}
    )


def _person_ok(span: Span, lex: Lexicon, plex: ProductLexicon, kb: KnowledgeBase) -> bool:
    toks = [t for t in span if t.text not in {"-", "'", "’"}]
    if not 1 <= len(toks) <= 4:
        return False
    for t in toks:
        low = t.lower_
        if low in _NAME_PARTICLES and t.i != span.start:
            continue
        if _INITIAL.match(t.text):
            continue
        if t.i > span.start + 1 and t.is_alpha and _hyphen_joined(doc_tokens(t.doc), t.i - 1, t.i + 1):
            continue  # the second part of a hyphenated given name ("Soo-yeon")
        if not t.text[:1].isupper() or any(c.isdigit() for c in t.text):
            return False
        if len(t.text) >= 3 and t.text.isupper():
            return False  # headings and acronyms ("KEYNOTE", "DGX")
        if (
            low in _NOT_PERSON_WORDS
            or low in lex.org_nouns
            or low in lex.title_modifiers
            or low in lex.event_heads
            or low in plex.head_nouns
            or low in _title_set(lex)
        ):
            return False
    text = span.text
    return not (
        kb.lookup_org(text) is not None or kb.lookup_place(text) is not None or plex.entry(text) is not None
    )


def org_shape_ok(span: Span, lex: Lexicon) -> bool:
    """An organization name's shape: no verb or preposition inside, not a lone role word or code."""
    toks = list(span)
    if any(t.is_lower and t.is_alpha and t.lower_ not in _ORG_CONNECTIVES for t in toks):
        return False  # a fragment with a verb or preposition inside ("Board at", "Group said")
    if toks[-1].lower_ in _ORG_CONNECTIVES or toks[0].lower_ in _ORG_CONNECTIVES - {"the"}:
        return False
    if len(toks) >= 2 and venue_name(toks):
        return False  # a building or venue ("Convention Center"), not an organization
    if toks[-1].lower_ in _HONOUR_WORDS:
        return False  # an honour ("Turing Award"), not an organization
    if len(toks) == 1:
        low = toks[0].lower_
        if low in lex.org_nouns or low in _NOT_PERSON_WORDS or low in _title_set(lex):
            return False
        if is_model_code(toks[0].text) or _PERIOD.match(toks[0].text):
            return False  # a model number or a reporting period ("Q3"), not a company
    return True


def filter_names(
    doc: Doc, spans: list[Span], lex: Lexicon, plex: ProductLexicon, kb: KnowledgeBase
) -> list[Span]:
    """Drop statistical PERSON and ORG guesses (no KB id) whose shape is not a name of that kind.

    A one-word person is kept only when a longer person in the document contains it (a surname
    used after the full name)."""
    full_tokens = {
        t.lower_ for s in spans if s.label_ == "PERSON" and len(s) >= 2 and not s.kb_id_ for t in s
    }
    out: list[Span] = []
    text = doc_text(doc)
    for s in spans:
        if s.kb_id_:
            out.append(s)
            continue
        # In a Title Case headline every word is capitalised, so the NER's guesses there ("China
        # Races") only count when the name is used again in the body.
        if s.label_ in {"ORG", "PERSON"} and _title_case_line(text, s) and text.count(s.text) < 2:
            continue
        if s.label_ == "PERSON":
            if len(s) >= 2 and s[-1].lower_.rstrip(".") in ORG_DESIGNATORS and s[-1].text[:1].isupper():
                out.append(Span(doc, s.start, s.end, label="ORG"))
                continue
            if not _person_ok(s, lex, plex, kb):
                continue
            if len(s) == 1 and s[0].lower_ not in full_tokens:
                continue
        elif s.label_ == "ORG" and not org_shape_ok(s, lex):
            continue
        out.append(s)
    return out


def particle_surnames(doc: Doc, spans: list[Span]) -> list[Span]:
    """'Ursula von | der Leyen': a person's name the model ends at or before the particles of a
    surname runs on over them to the capitalised surname ("von der Leyen", "Van den Hove")."""
    toks = doc_tokens(doc)
    n_toks = len(doc)
    grown: list[Span] = []
    for s in spans:
        if s.label_ != "PERSON" or s.kb_id_:
            continue
        start = s.end - 1 if toks[s.end - 1].lower_ in _NAME_PARTICLES and len(s) >= 2 else s.end
        j = start
        while (
            j < n_toks
            and toks[j].lower_ in _NAME_PARTICLES
            and toks[j - 1].whitespace_ == " "
            and j - start < 3
        ):
            j += 1
        if j == start or j >= n_toks or not (toks[j].is_alpha and toks[j].is_title) or toks[j].is_sent_start:
            continue
        grown.append(Span(doc, s.start, j + 1, label="PERSON"))
    if not grown:
        return spans
    # a known name after the particles is no surname ("... de Paris")
    grown = [g for g in grown if not any(k.kb_id_ and k.start < g.end and g.start < k.end for k in spans)]
    kept = [s for s in spans if not any(s.start < g.end and g.start < s.end for g in grown)]
    return sorted(kept + grown, key=lambda s: s.start)


def split_possessive_names(doc: Doc, spans: list[Span], kb: KnowledgeBase) -> list[Span]:
    """A KB name written with its owner ("Britain's Competition and Markets Authority", "Commerce
    Department's Bureau of Industry and Security") keeps only the part after the possessive when
    that part alone names the same record: the owner is a name of its own, with its own relations."""
    out: list[Span] = []
    for span in spans:
        if span.label_ == "ORG" and span.kb_id_ and len(span) >= 3:
            cut = next((t.i for t in span[1:-1] if t.text in {"'s", "’s"}), None)
            if cut is not None:
                record = kb.lookup_org(doc[cut + 1 : span.end].text)
                if record is not None and f"org:{record.id}" == span.kb_id_:
                    out.append(Span(doc, cut + 1, span.end, label="ORG", kb_id=span.kb_id_))
                    continue
        out.append(span)
    return out


def org_names_in_context(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Names the context shows to be organizations: after an org noun ('company Illumina', 'rival
    Jabil'), after 'X-based' ('Chongqing-based Seres'), before ', the maker of'. A place guess the
    NER made without a KB match becomes ORG, everywhere its text recurs; a missed name is added."""
    toks = doc_tokens(doc)
    nouns = lex.org_nouns | ORG_KIND_NOUNS
    starts = {s.start: s for s in spans}
    taken = {i for s in spans for i in range(s.start, s.end)}

    def org_context(start: int, end: int) -> bool:
        prev = toks[start - 1] if start > 0 else None
        if prev is not None and prev.is_lower and (prev.lower_ in nouns or prev.lower_ == "up"):
            return True
        if (
            start >= 2
            and prev is not None
            and prev.lower_ in {"based", "headquartered"}
            and toks[start - 2].text == "-"
        ):
            return True
        after = doc[end : end + 9]
        if len(after) >= 2 and after[0].text == "," and after[1].lower_ in {"which", "whose"}:
            return True  # "Illumina, whose chief executive is ..."
        if len(after) < 3 or after[0].text != "," or after[1].lower_ not in {"a", "an", "the"}:
            return False
        for t in after[2:]:
            if t.is_punct and t.text not in {"-", "–"}:
                return False
            if t.lower_ in nouns:
                return True  # "Illumina, a San Diego gene-sequencing company"
        return False

    def brand_list(span: Span) -> bool:
        """'labels Calvin Klein and Tommy Hilfiger', 'the Calvin Klein and Tommy Hilfiger brands'."""
        i, j = span.start, span.end
        while i > 1 and toks[i - 1].lower_ in {"and", ",", "&"} and (i - 2) in ends:
            i = ends[i - 2].start
        while j + 1 < len(doc) and toks[j].lower_ in {"and", ",", "&"} and (j + 1) in starts:
            j = starts[j + 1].end
        prev = toks[i - 1] if i > 0 else None
        nxt = toks[j] if j < len(doc) else None
        return (prev is not None and prev.lower_ in _BRAND_WORDS) or (
            nxt is not None and nxt.lower_ in _BRAND_WORDS
        )

    ends = {s.end - 1: s for s in spans}
    orgs: set[str] = set()
    added: list[Span] = []
    for span in spans:
        if (span.label_ == "GPE" and not span.kb_id_ and org_context(span.start, span.end)) or (
            span.label_ == "PERSON"
            and not span.kb_id_
            and (
                brand_list(span)
                # "Warren Buffett's Berkshire Hathaway": what a person owns is a company
                or (
                    span.start >= 2
                    and toks[span.start - 1].text in {"'s", "’s"}
                    and (span.start - 2) in ends
                    and ends[span.start - 2].label_ == "PERSON"
                )
            )
        ):
            orgs.add(span.text)
        elif (
            span.label_ == "PERSON"
            and not span.kb_id_
            and span.start > 0
            and toks[span.start - 1].is_lower
            and (toks[span.start - 1].lower_ in nouns or toks[span.start - 1].lower_ == "up")
            # "the company Jensen Huang founded": a person who acts on the company
            and not (span.end < len(doc) and toks[span.end].pos_ in {"VERB", "AUX"})
        ):
            orgs.add(span.text)  # "AI start-up Zhongke Wenge"
    titles = frozenset(w for title in _title_set(lex) for w in title.split())
    for tok in toks:
        if tok.is_lower and tok.lower_ in nouns and tok.i >= 1 and tok.i + 1 < len(doc):
            j = 0 if tok.lower_ in _LOOSE_KIND_WORDS else _described_name_end(doc, tok.i, taken, titles)
            if j and doc[tok.i + 1 : j].text.lower() not in lex.not_entities:
                added.append(Span(doc, tok.i + 1, j, label="ORG"))  # "port operator HHLA"
                taken.update(range(tok.i + 1, j))
            continue
        if tok.lower_ not in {"based", "headquartered"} or tok.i < 2 or toks[tok.i - 1].text != "-":
            continue
        i = j = tok.i + 1
        while j < len(doc) and j not in taken and j not in starts and toks[j].is_title and toks[j].is_alpha:
            j += 1
        if j > i and not toks[i].is_stop:
            added.append(Span(doc, i, j, label="ORG"))  # "Chongqing-based Seres"
            taken.update(range(i, j))
    out = [
        Span(doc, s.start, s.end, label="ORG")
        if s.label_ in {"GPE", "PERSON"} and not s.kb_id_ and s.text in orgs
        else s
        for s in spans
    ]
    return sorted(out + added, key=lambda s: s.start)


# a coded company name: capitals and digits ("1X", "SCB10X", "HHLA"), at least two characters
_CODED_NAME = re.compile(r"^(?=.*[A-Z])[A-Z0-9][A-Z0-9&-]*[A-Z0-9]$")
# kind words with other senses ("a single giant GPU", "its Arm unit"): no name is read after them
_LOOSE_KIND_WORDS = frozenset(
    {"giant", "giants", "house", "name", "names", "platform", "arm", "unit", "twin", "darling", "tiger"}
    | {"tigers", "titan", "titans", "champion", "player", "players", "business", "businesses", "peer"}
    | {"peers", "heavyweight", "heavyweights", "majors", "entity", "entities", "outlet", "counterpart"}
    | {"counterparts", "brand", "brands", "powerhouse", "behemoth", "pioneer", "newcomer", "outfit"}
)
_NOT_MODIFIERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "another"})


def _described_name_end(doc: Doc, noun: int, taken: set[int], titles: frozenset[str]) -> int:
    """The end of a name no model found right after a described kind of organization ('port
    operator HHLA', 'state-owned shipping group COSCO', 'Norwegian humanoid developer 1X'), or 0:
    a modifier before the kind word, then up to three capitalised or coded words that no entity
    takes, no title or calendar word among them, and no capitalised word after them."""
    toks = doc_tokens(doc)
    mod = toks[noun - 1]
    if not (mod.is_lower and mod.is_alpha and mod.lower_ not in _NOT_MODIFIERS and not mod.is_stop):
        return 0
    i = j = noun + 1
    while (
        j < len(doc)
        and j - i < 3
        and j not in taken
        and (
            _CODED_NAME.match(toks[j].text)
            or (toks[j].is_alpha and toks[j].is_title and not toks[j].is_sent_start)
        )
        and toks[j].lower_ not in titles
        and toks[j].lower_ not in CALENDAR_WORDS
    ):
        j += 1
    if j == i or (j < len(doc) and (toks[j].is_title or toks[j].is_upper) and toks[j].is_alpha):
        return 0
    if j < len(doc) and toks[j].text in {"-", "&"}:
        return 0
    return j


def possessive_final_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """'Coca-Cola, McDonald's and Visa': an organization whose name ends in 's keeps it when no noun
    follows (the NER cuts it as if it were a possessive)."""
    toks = doc_tokens(doc)
    out: list[Span] = []
    for span in spans:
        end = span.end
        if span.label_ == "ORG" and not span.kb_id_ and end < len(doc) and toks[end].text in {"'s", "’s"}:
            nxt = toks[end + 1] if end + 1 < len(doc) else None
            if nxt is None or nxt.pos_ in {"CCONJ", "PUNCT", "VERB", "AUX", "ADP"}:
                span = Span(doc, span.start, end + 1, label="ORG")
        out.append(span)
    return out


def _title_case_line(text: str, span: Span) -> bool:
    """The span sits in the document's first line, written in Title Case (the headline)."""
    first = text.lstrip()
    offset = len(text) - len(first)
    end = first.find("\n")
    end = offset + (end if end >= 0 else len(first))
    if not offset <= span.start_char < end:
        return False
    words = [w for w in text[offset:end].split() if w[:1].isalpha()]
    if len(words) < 4 or words[0].lower() == "by":
        return False
    return all(w[0].isupper() or w.lower() in _HEADLINE_SMALL for w in words)


# Honorifics before a personal name; "Sheikh" stays part of the name (Gulf naming), the others do not.
_HONORIFICS = frozenset(
    {
        "king",
        "queen",
        "prince",
        "princess",
        "emir",
        "sheikh",
        "sheikha",
        "dr",
        "sir",
        "dame",
        "mr",
        "mrs",
        "ms",
    }
)
_KEPT_HONORIFICS = frozenset({"sheikh", "sheikha"})
# Title words that also describe companies ("partner Zhipu", "market leader Huawei").
_ORG_ROLE_WORDS = frozenset({"partner", "partners", "leader", "leaders", "board", "executives", "head"})
_ROLE_HEADS = frozenset({"ruler", "president", "chancellor", "governor", "mayor", "emir", "king", "queen"})
_HONOUR_WORDS = frozenset({"award", "awards", "prize", "prizes", "medal"})
_BRAND_WORDS = frozenset({"brand", "brands", "label", "labels", "marque", "marques"})
_ROMAN = re.compile(r"^(?:I{1,3}|IV|V|VI{1,3}|IX|X)$")


def _hyphen_joined(toks: list[Token], j: int, n: int) -> bool:
    """Token j is a hyphen glued between the name part before it and an alphabetic part after it."""
    return (
        j + 1 < n
        and toks[j].text in {"-", "\u2010", "\u2011"}
        and not toks[j - 1].whitespace_
        and not toks[j].whitespace_
        and toks[j + 1].is_alpha
        and len(toks[j + 1]) <= 6
        and (toks[j + 1].is_title or hyphen_syllable(toks[j + 1].text))
    )


def _name_run(doc: Doc, i: int, gulf: bool) -> int:
    """End of a personal name's capitalised run from i (particles 'bin'/'Al' inside, a regnal number)."""
    toks = doc_tokens(doc)
    j = i
    while j < len(doc) and j - i < 7:
        t = toks[j]
        particle = j > i and t.lower_ in _NAME_PARTICLES and j + 1 < len(doc) and toks[j + 1].is_title
        if (t.is_title and t.is_alpha) or particle:
            j += 1
            if _hyphen_joined(toks, j, len(doc)):
                j += 2  # a hyphenated given name ("Soo-yeon", "Young-sang", "Fei-Fei")
        elif j > i and _ROMAN.match(t.text):
            j += 1
            break
        else:
            break
    if not gulf and j - i > 4:
        return i
    return j


_TITLE_SETS: dict[int, tuple[tuple[str, ...], frozenset[str]]] = {}


def _title_set(lex: Lexicon) -> frozenset[str]:
    """The lexicon's titles as a set, built once per lexicon (the name rules test every capitalised word)."""
    cached = _TITLE_SETS.get(id(lex))
    if cached is None or cached[0] is not lex.titles:
        cached = _TITLE_SETS[id(lex)] = (lex.titles, frozenset(lex.titles))
    return cached[1]


def _title_before(doc: Doc, i: int, lex: Lexicon) -> bool:
    """A job or political title right before token i ('Chancellor', 'Intel CEO', 'chief executive')."""
    toks = doc_tokens(doc)
    if i == 0:
        return False
    prev = toks[i - 1]
    low = prev.lower_.rstrip(".")
    two = f"{toks[i - 2].lower_} {low}" if i >= 2 else ""
    if two and two in _title_set(lex):
        return True  # "chief executive Bill Ford"
    if low in _ORG_ROLE_WORDS or low in lex.title_modifiers:
        return False
    if low in _HONORIFICS or low in lex.political_titles:
        return True
    return low in _title_set(lex)


def _title_after(doc: Doc, end: int, lex: Lexicon) -> bool:
    """', chief executive of ...', ', President and CEO, ...', ', who ...' after a name."""
    toks = doc_tokens(doc)
    if end + 1 >= len(doc) or toks[end].text != ",":
        return False
    k = end + 1
    if toks[k].lower_ == "who":
        return True
    if toks[k].lower_ in {"the", "a", "an", "its", "their"}:
        k += 1
    elif toks[k].text[:1].isupper():
        # "Christophe Fouquet, ASML's president and chief executive"
        own = next((m for m in range(k + 1, min(len(doc), k + 5)) if toks[m].text in {"'s", "’s"}), 0)
        if own and all(t.text[:1].isupper() or t.text in {"&", "-"} for t in toks[k:own]):
            k = own + 1
    j = k
    while j < min(len(doc), k + 7) and toks[j].lower_ not in {"of", "at"} and not toks[j].is_punct:
        j += 1
    words = doc[k:j]
    if not len(words) or all(
        t.lower_ in lex.title_modifiers or t.lower_ in _ORG_ROLE_WORDS - {"head"} for t in words
    ):
        return False
    if words[-1].lower_ in _ORG_ROLE_WORDS - {"head"}:
        return False
    return lex.title_re.match(words.text) is not None


def cued_people(
    doc: Doc, spans: list[Span], lex: Lexicon, plex: ProductLexicon, kb: KnowledgeBase
) -> list[Span]:
    """Personal names the context marks as people, whatever the NER made of them: an honorific or
    a title before ('King Felipe VI', 'Chancellor Olaf Scholz', 'chief executive Bill Ford'), or a
    title phrase or 'who' after ('Cristiano Amon, chief executive of Qualcomm'). Such a name
    replaces the statistical guesses it overlaps, and a KB organization only where that is its
    surname ('Bill Ford')."""
    toks = doc_tokens(doc)
    found: list[Span] = []
    i = 0
    n = len(doc)
    while i < n:
        t = toks[i]
        if not (t.is_title and t.is_alpha) or (
            i > 0
            and toks[i - 1].is_title
            and toks[i - 1].is_alpha
            and toks[i - 1].lower_ not in _HONORIFICS
            and toks[i - 1].lower_ not in lex.political_titles
        ):
            i += 1
            continue
        if i > 0 and not toks[i - 1].whitespace_ and toks[i - 1].text in {"-", "–", "'", "’", "."}:
            i += 1
            continue  # inside a hyphenated or dotted name ("Fei-Fei Li")
        low = t.lower_
        if t.is_stop or low in CALENDAR_WORDS:
            i += 1
            continue  # "With Pat Gelsinger", "On Tuesday Lena Brandt": the name starts later
        if low in _HONORIFICS and i + 1 < n:
            end = _name_run(doc, i + 1, gulf=low in _KEPT_HONORIFICS)
            if end > i + 1:
                start = i if low in _KEPT_HONORIFICS else i + 1
                found.append(Span(doc, start, end, label="PERSON"))
                i = end
                continue
        end = _name_run(doc, i, gulf=False)
        if 2 <= end - i <= 4 and (_title_before(doc, i, lex) or _title_after(doc, end, lex)):
            span = Span(doc, i, end, label="PERSON")
            if _person_ok(span, lex, plex, kb):
                found.append(span)
                i = end
                continue
        i += 1
    out: list[Span] = []
    for s in spans:
        if (
            s.label_ == "ORG"
            and not s.kb_id_
            and len(s) >= 3
            and s[1].lower_ == "of"
            and (s[0].lower_ in _ROLE_HEADS or s[0].lower_ in lex.political_titles)
        ):
            continue  # a role, not a body ("Ruler of Dubai", "President of the Republic")
        hit = next((f for f in found if f.start < s.end and s.start < f.end), None)
        if hit is None:
            out.append(s)
        elif s.kb_id_ and not (s.label_ == "ORG" and s.start > hit.start and s.end == hit.end):
            found.remove(hit)  # a known name wins ("Prince Group" stays, unless it is a surname)
            out.append(s)
    return sorted(out + found, key=lambda s: s.start)


def title_employers(doc: Doc, spans: list[Span], lex: Lexicon, kb: KnowledgeBase) -> list[Span]:
    """A capitalised name the NER missed after a job title and 'of'/'at' is an organization
    ('chief executive of D-Wave Quantum', 'a researcher at Zhongguancun Lab')."""
    toks = doc_tokens(doc)
    taken = {i for s in spans for i in range(s.start, s.end)}
    added: list[Span] = []
    for s in spans:
        if s.label_ != "PERSON":
            continue
        k = s.end
        if k + 3 >= len(doc) or toks[k].text != ",":
            continue
        j = k + 1
        while j < min(len(doc), k + 8) and toks[j].lower_ not in {"of", "at"} and not toks[j].is_punct:
            j += 1
        if j >= len(doc) - 1 or toks[j].lower_ not in {"of", "at"} or j == k + 1:
            continue
        if lex.title_re.match(doc[k + 1 : j].text) is None:
            continue
        i = e = j + 1
        while (
            e < len(doc)
            and e not in taken
            and e - i < 5
            and (
                (toks[e].is_title or toks[e].text[:1].isupper())
                or (e > i and toks[e].text == "-" and not toks[e].whitespace_ and e + 1 < len(doc))
            )
        ):
            e += 1
        if (
            e == i
            or toks[e - 1].text == "-"
            or (e < len(doc) and (e in taken or toks[e].lower_ in {"at", "of", "for"}))
        ):
            continue  # "head of Policy Planning at Google": a department
        span = Span(doc, i, e, label="ORG")
        if toks[i].lower_ == "greater":
            continue  # a sales region ("managing director of Greater China")
        if (
            org_shape_ok(span, lex)
            and kb.lookup_place(span.text) is None
            and span.text.lower() not in lex.not_entities
        ):
            added.append(span)
            taken.update(range(i, e))
    return sorted(spans + added, key=lambda s: s.start) if added else spans


def coordinated_people(
    doc: Doc, spans: list[Span], lex: Lexicon, plex: ProductLexicon, kb: KnowledgeBase
) -> list[Span]:
    """A personal-name-shaped ORG guess coordinated with a person is a person too ('founded by
    Arthur Mensch together with Guillaume Lample and Timothee Lacroix', 'Vietnam's Pham Minh Chinh,
    Barbados's Mia Amor Mottley and ...'). Chains are followed left to right."""
    people = [s for s in spans if s.label_ == "PERSON"]
    if not people:
        return spans
    person_tok = {i for s in people for i in range(s.start, s.end)}
    out: list[Span] = []
    for s in spans:
        if s.label_ == "ORG" and not s.kb_id_ and 2 <= len(s) <= 4 and _person_shaped(s, lex, plex, kb):
            root = s.root
            linked = (root.dep_ == "conj" and root.head.i in person_tok) or any(
                c.dep_ == "conj" and c.i in person_tok for c in root.children
            )
            if linked:
                s = Span(doc, s.start, s.end, label="PERSON")
                person_tok.update(range(s.start, s.end))
        out.append(s)
    return out


# Verbs whose subject is a person, not a company unit or a product ("ASML's Christophe Fouquet said").
_PERSON_VERBS = frozenset(
    {
        "say",
        "tell",
        "add",
        "note",
        "argue",
        "warn",
        "explain",
        "insist",
        "claim",
        "speak",
        "join",
        "leave",
        "quit",
        "resign",
        "retire",
        "meet",
        "visit",
        "attend",
        "deliver",
        "praise",
        "urge",
        "predict",
        "write",
        "step",
        "travel",
        "recall",
        "acknowledge",
        "admit",
        "reply",
        "testify",
    }
)
# Verbs whose agent after "by" is a person ("Qualcomm is led by Cristiano Amon").
_LEADER_VERBS = frozenset({"lead", "head", "run", "found", "co-found", "cofound", "chair"})


def possessed_people(
    doc: Doc, spans: list[Span], lex: Lexicon, plex: ProductLexicon, kb: KnowledgeBase
) -> list[Span]:
    """A personal-name-shaped ORG or PRODUCT guess is a person where its role is a person's: the
    subject of a speech or movement verb after a company's possessive ("SoftBank's Masayoshi Son told
    investors"), apposed to a title ("Tesla's head of AI software, Ashok Elluswamy"), or the agent of
    a leading verb ("Qualcomm is led by Cristiano Amon"). The small model tags these as organizations."""
    toks = doc_tokens(doc)
    org_toks = {i for s in spans if s.label_ == "ORG" for i in range(s.start, s.end)}
    out: list[Span] = []
    for s in spans:
        candidate = s.label_ in {"ORG", "PRODUCT"} and not s.kb_id_ and 2 <= len(s) <= 3
        candidate = candidate and not any(t.tag_ == "NNPS" for t in s)
        if candidate and _person_role(s, toks, lex, org_toks) and _person_shaped(s, lex, plex, kb):
            s = Span(doc, s.start, s.end, label="PERSON")
        out.append(s)
    return out


def _person_role(span: Span, toks: list[Token], lex: Lexicon, org_toks: set[int]) -> bool:
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_ in _LEADER_VERBS:
        # only a company is led by a person: "the round was led by X" and "the fair is run by X" name firms
        return any(c.dep_ == "nsubjpass" and c.i in org_toks for c in head.head.children)
    possessed = span.start >= 2 and toks[span.start - 1].text in {"'s", "’s"}
    if root.dep_ == "appos" and head.pos_ == "NOUN" and any(head.lower_ == t for t in lex.titles):
        return True
    return possessed and root.dep_ == "nsubj" and head.lemma_ in _PERSON_VERBS


def _person_shaped(span: Span, lex: Lexicon, plex: ProductLexicon, kb: KnowledgeBase) -> bool:
    words = [t for t in span if t.text not in {"-", "'", "’"}]
    if any(not (t.is_alpha and t.text[:1].isupper() and not t.is_upper) for t in words):
        return False
    if words[-1].lower_ in ORG_DESIGNATORS or words[0].lower_ in ORG_DESIGNATORS:
        return False
    return _person_ok(span, lex, plex, kb)

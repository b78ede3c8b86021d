"""Corporate ties: owns, affiliate_of and backed_by."""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Span, Token

from rivalgraph.extract.relations.common import (
    MONEY,
    SUBJECT_DEPS,
)
from rivalgraph.extract.relations.lists import Line, ListRules
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
_DENIED = re.compile(
    r"(?i)\b(?:denied|denies|deny|denying|rejected|dismissed)\s+(?:(?:the\s+)?(?:reports?|claims?|suggestions?|"
    r"rumou?rs?|speculation)\s+)?that\s+$"
)
_JOIN = re.compile(
    r"(?i)\s*(?:,|,?\s+and|,?\s+as\s+well\s+as|,?\s+plus|&)\s+(?:the\s+)?|\s*,\s*"
    # "$8 billion from Amazon and $2 billion from Google"
    r"|,?\s+and\s+(?:another\s+)?(?:US)?\$?\s?[\d.,]+\s*(?:billion|million|bn|m)?\s+from\s+(?:the\s+)?"
)
# Appositions inside a list of names ("HongShan, the venture firm formerly known as Sequoia China,")
_APPOSED = re.compile(r",\s+(?:the|a|an|its)\s+[^,]{1,80},")
_LIST_ONLY = re.compile(r"(?i)[\s,]*(?:(?:and|also|both|all|as\s+well\s+as|plus|the)[\s,]+)*")
# An apposition between a name and its verb: ", the Dongguan-based smartphone brand,"
_APPOSITION = re.compile(
    r"^,\s+(?:(?:a|an|the)\s+[^,()]{1,60}|(?:which|that)\s+[^,()]{1,80}),"
    r"(?=\s+(?:is|was|are|were|has|had|remains|became)\b)"
)
# A name inside a relative clause set off by commas: ", which signed a deal with " (before the name)
_IN_RELATIVE = re.compile(r",\s+(?:which|that)\s+[^,()]{1,80}$")
# A list after a role noun: "investors, among them A, US private equity firms B and C, and D"
_LIST_MARK = re.compile(r"^,?\s+(?:among\s+them|including|such\s+as|notably|namely)\s+")
_LIST_GAP = re.compile(r"(?:,?\s*(?:and\s+)?(?:the\s+)?(?:(?:[A-Z]{2,3}|[a-z][\w-]*)\s+){0,4})?")
# A name that modifies the next word ("Tencent-backed", "Alibaba-led") is no member of a list.
_ROYAL_TITLES = frozenset({"prince", "princess", "sheikh", "emir", "sultan", "king"})
_POSS_MARKS = frozenset({"'s", "\u2019s", "'"})
_MODIFIER_TAIL = re.compile(r"^[-‐–](?:backed|funded|owned|controlled|affiliated|led)\b")

# Funding stories: the round nouns, the verbs whose subject raised it, and how investors join it.
_ROUND_NOUNS = frozenset(
    {"round", "funding", "financing", "raise", "tranche", "investment", "deal", "fundraising", "fundraise"}
)
_RAISE_ONLY = frozenset({"raise", "secure", "close", "land"})
_SERIES_LETTER = re.compile(r"(?i)^(?:pre-?)?[a-h]\d?\+?$")
_RAISE_VERBS = frozenset(
    {
        "raise",
        "secure",
        "close",
        "complete",
        "land",
        "receive",
        "get",
        "announce",
        "seal",
        "clinch",
        "win",
        "attract",
        "value",
        "bag",
        "obtain",
        "finalise",
        "finalize",
        "net",
        "pull",
        "launch",
        "kick",
        "conclude",
    }
)
_LEAD_VERBS = frozenset(
    {
        "lead",
        "co-lead",
        "colead",
        "back",
        "join",
        "fund",
        "finance",
        "anchor",
        "head",
        "spearhead",
        "underwrite",
        "support",
        "bankroll",
        "provide",
    }
)
_JOIN_VERBS = frozenset({"participate", "invest", "join", "co-invest", "take", "chip"})
_DRAW_VERBS = frozenset({"draw", "attract", "include", "see", "feature", "bring", "involve", "lure", "count"})
_MAKE_VERBS = frozenset({"make", "announce", "complete", "finalise", "finalize", "confirm", "plan", "lead"})
# Ownership by purchase and shares: verbs, nouns, and words that mark a deal as not done.
_BUY_VERBS = frozenset({"acquire", "buy", "purchase", "take"})
_ACQUISITION_NOUNS = frozenset({"acquisition", "purchase", "takeover", "buyout"})
_UNDONE = frozenset(
    {
        "planned",
        "proposed",
        "failed",
        "potential",
        "possible",
        "attempted",
        "abandoned",
        "blocked",
        "rumoured",
        "rumored",
        "block",
        "abandon",
        "reject",
        "scrap",
        "drop",
        "collapse",
        "fail",
        "oppose",
        "bid",
    }
)
_HOLD_VERBS = frozenset({"own", "hold", "buy", "acquire", "control", "take", "keep", "retain"})
_SHARE_WORDS = frozenset(
    {
        "third",
        "fifth",
        "quarter",
        "half",
        "tenth",
        "majority",
        "minority",
        "most",
        "%",
        "percent",
        "cent",
        "share",
        "shares",
    }
)
_SELL_VERBS = frozenset({"sell", "offload", "dispose", "divest", "exit", "unload", "cut", "reduce", "trim"})
_STAKE_NOUNS = frozenset({"stake", "investment", "holding", "shareholding", "share"})
_WITH_PREPS = frozenset({"alongside", "with"})
# An owner noun's object list: "owner of fashion labels A and B", "a joint venture of A and B",
# "the majority owner of Israeli driver-assistance company C" (modifiers before the first name).
_OWNED_LEAD = re.compile(r"^\s+(?:the\s+)?(?:(?:[a-z][\w-]*|[A-Z][a-z]+(?:an|ese|ish|i|ch))\s+){0,4}$")
_OWNED_JOIN = re.compile(r"^(?:\s*,|\s+and|,\s+and|\s*&)\s+(?:the\s+)?$")
_NOT_OWNER = frozenset({"former", "previous", "minority", "prospective", "potential", "would-be", "ex"})
_SALE_WORDS = frozenset({"sell", "sale"})
# Passive ownership ('owned by', 'controlled by') and the words that make it a stake, not ownership
_PASSIVE_OWN = frozenset({"own", "control"})
_CALLED = frozenset({"called", "named", "dubbed", "branded"})
_PART_OWNED = frozenset({"partly", "partially", "minority", "part"})
_LIST_SEP = re.compile(r",\s*|\s+and\s+|,\s+and\s+")
_WITH_BEFORE = re.compile(r"(?i)\bwith\s+(?:the\s+)?$")
_ABBREVIATION = re.compile(r"^\s*\([A-Z][A-Za-z0-9&.-]{1,12}\)")
# "owned, controlled or affiliated with": one phrase that states both ties
_AFFILIATED = re.compile(r"(?i)\b(?:owned|controlled)\b[^.;]{0,30}\baffiliated\s+with\b")
# a directory column that names each row's parent ("Exhibitor | Country | Group | On show")
_GROUP_COLUMNS = frozenset(
    {"group", "parent", "parent company", "parent group", "owner", "owned by", "part of"}
)
# Nouns beyond the unit nouns by which a description names a company's own part ("the group's premium
# brand", "its mobile operator", "whose venture fund")
_OWNED_ROLES = frozenset({"brand", "brands", "operator", "carrier", "team", "fund", "hub", "studio", "label"})
_PREMODIFIERS = frozenset({"det", "amod", "compound", "nummod", "advmod", "npadvmod", "nmod"})


# A directory entry's field that lists the entry's investors ("Backers: A, B", "- Major shareholders: A")
_BACKER_FIELD = re.compile(
    r"(?im)^[ \t]*(?:[-•*·][ \t]*)?(?:(?:key|major|main|lead|early|earlier|existing|notable|strategic|"
    r"outside|financial|principal|largest)[ \t]+)?(?:backers|investors|shareholders|backed[ \t]+by|"
    r"funded[ \t]+by)[ \t]*:[ \t]*(\S.*)$"
)
# Any other field line of an entry ("Headquarters: Shanghai", "- Founded: 2018")
_FIELD_LINE = re.compile(r"^(?:[-•*·]\s*)?[A-Z][\w&/',()-]*(?:\s+[\w&/',()-]+){0,3}\s*:\s")
# A description after a listed backer ("Cainiao, the logistics arm of Alibaba") ends its item
_ITEM_DESCRIPTION = re.compile(r",\s+(?:a|an|the|its|which|whose|part\s+of|owned\s+by)\s")


def _denied(v: Token) -> bool:
    """'Zhipu denied that it had received funding from Aramco': the clause a denial governs."""
    return v.dep_ == "ccomp" and v.head.lemma_.lower() in {"deny", "reject", "dismiss", "refute"}


class CorporateRules(ListRules):
    """Corporate ties rules."""

    # the paragraph where the funding story's company (`funded`) was last set or named
    _funded_para = -1
    # the funding story's company at the end of each sentence, for the rules that run after `backing`
    _funded_at: dict[int, str]
    # whether `backing` has run (the rules after it read `_funded_at`)
    _backing_done = False
    # the last company a funding story was about, also after the story lapsed
    _last_funded: str | None = None

    def ownership(self) -> None:
        self._group_column()
        s = self.s
        doc = self.doc
        toks = self.toks
        lex = self.lex
        unit = "|".join(sorted((re.escape(u) for u in lex.unit_nouns), key=len, reverse=True))
        affil = "|".join(sorted((re.escape(u) for u in lex.affiliate_nouns), key=len, reverse=True))
        parent = "|".join(sorted((re.escape(u) for u in lex.parent_nouns), key=len, reverse=True))
        mods = r"(?:[\w-]+\s+){0,3}?"
        # the gap patterns, built once per document rather than for every pair of names
        own_unit = re.compile(r"^(?:'s|’s|')\s+" + mods + r"(?:" + unit + r")\s*,?\s*$")
        its_unit = re.compile(r"^\s+and\s+its\s+" + mods + r"(?:" + unit + r")\s*,?\s*$")
        own_affil = re.compile(
            r"^(?:,\s+|\s+and\s+|(?:'s|’s)\s+)(?:its\s+)?" + mods + r"(?:" + affil + r")\s*,?\s*$"
        )
        unit_of = re.compile(
            r"^,\s+(?:a|an|the|one of the|its)\s+"
            + mods
            + r"(?:"
            + unit
            + r")\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?$"
        )
        affil_of = re.compile(
            r"^,\s+(?:a|an|the|one of the)\s+"
            + mods
            + r"(?:"
            + affil
            + r")\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?$"
        )
        parent_of = re.compile(r"^,\s+(?:the|its)\s+" + mods + r"(?:" + parent + r")\s+of\s+(?:the\s+)?$")
        # (a name's own description may call it a brand, team or fund of its owner: "Denza, the group's
        # premium brand", "Airtel, the group's mobile operator")
        owned_role = unit + "|" + "|".join(sorted(_OWNED_ROLES, key=len, reverse=True))
        unit_after = re.compile(
            r"^,\s+(its|their|the (?:group|company|parent)(?:'s|’s))\s+" + mods + r"(?:" + unit + r")\b"
        )
        role_after = re.compile(
            r"^,\s+(?:(its|their)|the (?:group|company|parent)(?:'s|’s))\s+"
            + mods
            + r"(?:"
            + "|".join(sorted(_OWNED_ROLES, key=len, reverse=True))
            + r")\s*[,.;]"
        )
        # "Saudi Aramco, whose venture arm Wa'ed Ventures invested": the owner before, the unit after
        whose_unit = re.compile(r"^,\s+whose\s+" + mods + r"(?:" + owned_role + r")\s*,?\s*$")
        made_unit = re.compile(
            r"^,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:"
            + unit
            + r")\s+(?:that\s+|which\s+)?(?:the|its)\s+(?:[\w-]+\s+){0,4}?(company|group|firm|giant|parent|"
            r"conglomerate|maker|developer)\s+(?:had\s+|has\s+)?(?:set\s+up|created|formed|launched|"
            r"established|started|built)\b"
        )
        unit_before = re.compile(r"\b([Ii]ts|[Tt]heir)\s+" + mods + r"(?:" + unit + r"),?\s+$")
        # "the company's chip arm HiSilicon", "the German carmaker's software unit Cariad"
        desc_unit_before = re.compile(
            r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}?([\w-]+)(?:'s|’s)\s+" + mods + r"(?:" + unit + r"),?\s+$"
        )
        # the words the token loop below acts on, by form and by lemma
        lows, lemmas = s.low, s.lemma_low
        own_lows = {"subsidiaries", "units", "affiliates", "owner", "parent", "venture", "part"}
        own_lows |= {"unit", "arm", "division"}
        own_lemmas = _BUY_VERBS | _ACQUISITION_NOUNS | _SALE_WORDS | {"own", "control", "belong"}
        own_lows |= _CALLED
        for si, sent in enumerate(s.sents):
            orgs = s.sent_mentions(si, "ORG")
            for i, (a, b) in enumerate(itertools.pairwise(orgs)):
                gap = self.s.text[a.end_char : b.start_char]
                if len(gap) > 80:
                    continue
                if own_unit.match(gap) or its_unit.match(gap):
                    # "Hanwha Ocean's US-based units A, B and C": a plural unit noun names the whole list
                    plural = re.search(r"(?:units|subsidiaries|arms|divisions|labs)\s*,?\s*$", gap)
                    for k in self._joined_after(orgs, i + 1) if plural else [b.key]:
                        self.add(a.key, Predicate.OWNS, k, si, 0.9)
                elif own_affil.match(gap):
                    self.add(b.key, Predicate.AFFILIATE_OF, a.key, si, 0.9)
                elif unit_of.match(gap):
                    self.add(b.key, Predicate.OWNS, a.key, si, 0.9)
                elif affil_of.match(gap):
                    self.add(a.key, Predicate.AFFILIATE_OF, b.key, si, 0.9)
                elif whose_unit.match(gap) and not _NOT_OWNER & set(gap.lower().split()):
                    self.add(a.key, Predicate.OWNS, b.key, si, 0.8)
                elif parent_of.match(gap) and not _NOT_OWNER & set(gap.lower().split()):
                    self.add(a.key, Predicate.OWNS, b.key, si, 0.9)
                elif re.match(r"^(?:'s|’s)\s+$", gap) and b.label == "ORG" and a.key != b.key:
                    self.add(a.key, Predicate.OWNS, b.key, si, 0.6)
            for b in orgs:
                if self._divested(b):
                    # "Nokia sold its maps unit Here": no longer its unit
                    continue
                # "Amazon Web Services, its cloud unit" / "Tencent Cloud, the group's cloud computing arm"
                tail = self.s.text[b.end_char : min(sent.end_char, b.end_char + 60)]
                # "SAIT (the Samsung ...)": the tail read past an abbreviation in brackets
                ab = _ABBREVIATION.match(tail)
                end = b.end_char + (ab.end() if ab else 0)
                tail = tail[end - b.end_char :]
                mt = unit_after.match(tail)
                if mt:
                    tok = doc.char_span(end + mt.start(1), end + mt.end(1), alignment_mode="expand")
                    if tok is not None:
                        owners = (
                            self.resolve(tok[0])
                            if tok[0].lower_ in {"its", "their"}
                            else self.resolve(tok[1] if len(tok) > 1 else tok[0])
                        )
                        # "Huawei Cloud, the group's cloud unit": the group whose name it carries
                        namesake = self._namesake(b)
                        if namesake and not any(self._namesake(b, of=o) for o in owners):
                            owners = [namesake]
                        for o in owners:
                            if o != b.key:
                                self.add(o, Predicate.OWNS, b.key, si, 0.8)
                mr = unit_after.match(tail) is None and role_after.match(tail)
                if mr:
                    # "Denza, the group's premium brand": the organization named before it in the sentence
                    pron = doc.char_span(end + mr.start(1), end + mr.end(1)) if mr.group(1) else None
                    earlier = [m for m in orgs if m.end_char < b.start_char and m.key != b.key]
                    owners = (
                        self.resolve(pron[0])
                        if pron is not None
                        else [earlier[-1].key]
                        if earlier and self.toks[earlier[-1].end].text not in _POSS_MARKS
                        else []
                    )
                    for o in owners:
                        if o != b.key and self.kind(o) == "ORG":
                            self.add(o, Predicate.OWNS, b.key, si, 0.7)
                # "Geely showed its Zeekr brand": the name between 'its' and a unit noun
                # "Meta Superintelligence Labs, the division the US social media group set up in June"
                mc = made_unit.match(tail)
                if mc is not None:
                    desc = doc.char_span(end + mc.start(1), end + mc.end(1))
                    # the parser may hang the description on the unit noun: its antecedent, then
                    found = self.resolve(desc[0]) if desc is not None else []
                    if desc is not None and not found:
                        found = [k for k in [self.s.org_antecedent(desc[0].i)] if k]
                    for o in found:
                        if o != b.key and self.kind(o) == "ORG":
                            self.add(o, Predicate.OWNS, b.key, si, 0.75)
                # "the company's Fundamental AI Research (FAIR) group"
                before = self.s.text[max(sent.start_char, b.start_char - 20) : b.start_char]
                mb = re.search(r"\b(?:(its|their)|the\s+(company|group|firm)(?:'s|’s))\s+$", before)
                if mb and re.match(r"^\s+(?:\([A-Z][\w-]*\)\s+)?(?:" + unit + r"|brand|group)\b", tail):
                    g = mb.lastindex or 1
                    pron = doc.char_span(
                        b.start_char - len(before) + mb.start(g), b.start_char - len(before) + mb.end(g)
                    )
                    for o in self.resolve(pron[0]) if pron is not None else []:
                        if o != b.key and self.kind(o) == "ORG":
                            self.add(o, Predicate.OWNS, b.key, si, 0.75)
                # "its cloud unit, Huawei Cloud"
                head = self.s.text[max(sent.start_char, b.start_char - 50) : b.start_char]
                mh = unit_before.search(head)
                # "..., its cloud unit, Anthropic's partner": a possessive name is no apposition
                if (
                    mh is not None
                    and not re.match(r"(?:'s|’s)\b", tail)
                    and (
                        not re.search(r"\b(?:and|or)\s+its\b", head[mh.start() - 5 : mh.start() + 3])
                        or (mh.group(0).startswith("its") and head[: mh.start()].rstrip().endswith(","))
                        # "Kunpeng, Ascend and its cloud unit, Huawei Cloud": the unit bears its owner's name
                        or self._namesake(b) is not None
                    )
                ):
                    tok = doc.char_span(
                        b.start_char - len(head) + mh.start(1), b.start_char - len(head) + mh.end(1)
                    )
                    if tok is not None:
                        owners = self.resolve(tok[0])
                        if re.search(r"\b(?:and|or)\s+its\b", head[mh.start() - 5 : mh.start() + 3]):
                            owners = [o for o in owners if o == self._namesake(b)]
                        for o in owners:
                            if o != b.key:
                                self.add(o, Predicate.OWNS, b.key, si, 0.8)
                md = desc_unit_before.search(head) if mh is None else None
                if md is not None and not re.match(r"(?:'s|’s)\b", tail):
                    noun = doc.char_span(
                        b.start_char - len(head) + md.start(1), b.start_char - len(head) + md.end(1)
                    )
                    if noun is not None and self.is_org_noun(noun[0]):
                        for o in self.resolve(noun[0]):
                            if o != b.key and self.kind(o) == "ORG":
                                self.add(o, Predicate.OWNS, b.key, si, 0.7)
            # "several of its subsidiaries, among them A and B"
            for t in s.sent_toks[si]:
                if lows[t.i] not in own_lows and lemmas[t.i] not in own_lemmas:
                    continue  # no word any test below acts on (speed: most tokens)
                if t.lower_ in {"subsidiaries", "units", "affiliates"}:
                    tail = self.s.text[t.idx + len(t.text) : sent.end_char]
                    mt = re.match(r"^,?\s+(?:among them|including|such as)\s+", tail)
                    poss = [c for c in t.subtree if c.lower_ in {"its", "their"}] or (
                        [toks[t.i - 1]] if toks[t.i - 1].lower_ in {"its", "their"} else []
                    )
                    # "Four units of Qiming Aerospace Group were named, among them A and B"
                    of_owner = re.match(r"^\s+of\s+(?:the\s+)?", tail)
                    at = t.i + 2 + (t.i + 2 < len(doc) and toks[t.i + 2].lower_ == "the")
                    owner_m = s.mention_at(at) if of_owner and at < len(doc) else None
                    if owner_m is not None and owner_m.label == "ORG" and not poss:
                        mt = re.search(r",\s+(?:among them|including|such as)\s+", tail)
                        if mt:
                            start_char = t.idx + len(t.text) + mt.end()
                            for kd in [
                                m for m in orgs if m.start_char >= start_char and m.key != owner_m.key
                            ]:
                                if t.lower_ == "affiliates":
                                    self.add(kd.key, Predicate.AFFILIATE_OF, owner_m.key, si, 0.8)
                                else:
                                    self.add(owner_m.key, Predicate.OWNS, kd.key, si, 0.8)
                        mt = None
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
                if t.pos_ == "VERB" and t.lemma_.lower() in _BUY_VERBS:
                    self._acquisition_verb(t, si)
                if t.pos_ == "NOUN" and t.lemma_.lower() in _ACQUISITION_NOUNS:
                    self._acquisition_noun(t, si)
                if t.lower_ in {"owner", "parent"} or (
                    t.lower_ == "venture" and any(c.lower_ == "joint" for c in t.children)
                ):
                    self._owner_noun(t, si)
                if t.lemma_.lower() in _SALE_WORDS:
                    self._sale(t, si)
                if t.lower_ == "part" and t.dep_ in {"attr", "appos"}:
                    self._part_of(t, si)
                if t.pos_ == "VERB" and t.lemma_ in _PASSIVE_OWN and t.tag_ == "VBN":
                    self._owned_by(t, si)
                if t.pos_ == "VERB" and t.lemma_ == "belong":
                    self._belongs_to(t, si)
                if t.lower_ in _CALLED and t.dep_ == "acl":
                    self._unit_called(t, si)
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
                    neg = self.negated(t) or self._no_longer(t)
                    for o in owners:
                        for k in owned:
                            if self.kind(k) == "ORG":
                                self.add(o, Predicate.OWNS, k, si, 0.9, negated=neg)
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

    def _group_column(self) -> None:
        """'Exhibitor | Country | Group | ...': a directory whose column names each row's parent group."""
        if "|" not in self.s.text:
            return
        lines = self.lines()
        parent = self._alt(self.lex.parent_nouns)
        unit = self._alt(self.lex.unit_nouns | {"brand"})
        parent_cell = re.compile(r"(?i)^(?:the\s+)?(?:" + parent + r")\s+(?:of|to)\s")
        unit_cell = re.compile(
            r"(?i)^(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:" + unit + r")\s+(?:of|owned\s+by)\s"
        )
        for i, line in enumerate(lines):
            if "|" not in line.text:
                continue
            cells = [c.strip().lower() for c in line.text.split("|")]
            name_col = 1 if cells[0] in {"", "-", "*", "•"} else 0
            # "- China Mobile Communications Group | telecoms | parent of China Mobile Limited"
            self._tie_cells(line, name_col, parent_cell, unit_cell)
            col = next((k for k, c in enumerate(cells) if c in _GROUP_COLUMNS), None)
            if col is None or col <= name_col:
                continue
            for row in lines[i + 1 :]:
                parts = row.text.split("|")
                if len(parts) != len(cells):
                    break
                name_start = row.start + sum(len(p) + 1 for p in parts[:name_col])
                cell_start = row.start + sum(len(p) + 1 for p in parts[:col])
                names = self._line_mentions(
                    Line(name_start, name_start + len(parts[name_col]), parts[name_col]), "ORG"
                )
                owners = self._line_mentions(
                    Line(cell_start, cell_start + len(parts[col]), parts[col]), "ORG"
                )
                # one name in each cell ("SAIC Motor (China)": the owner; a dash: none)
                if len({m.key for m in names}) == 1 and len({m.key for m in owners}) == 1:
                    self.add(owners[0].key, Predicate.OWNS, names[0].key, names[0].sent, 0.75)

    def _tie_cells(
        self, line: Line, name_col: int, parent_cell: re.Pattern[str], unit_cell: re.Pattern[str]
    ) -> None:
        """A directory row whose cell states the tie of the row's name: 'parent of X', 'a unit of X'."""
        parts = line.text.split("|")
        starts = [line.start + sum(len(p) + 1 for p in parts[:k]) for k in range(len(parts))]
        first = parts[name_col].lstrip(" -*•")
        name_start = starts[name_col] + len(parts[name_col]) - len(first)
        names = self._line_mentions(Line(name_start, name_start + len(first), first), "ORG")
        if len({m.key for m in names}) != 1:
            return
        for k in range(name_col + 1, len(parts)):
            cell = parts[k].strip()
            is_parent = parent_cell.match(cell) is not None
            if not is_parent and unit_cell.match(cell) is None:
                continue
            at = starts[k] + len(parts[k]) - len(parts[k].lstrip())
            for m in self._line_mentions(Line(at, at + len(cell), cell), "ORG"):
                owner, owned = (names[0], m) if is_parent else (m, names[0])
                self.add(owner.key, Predicate.OWNS, owned.key, owned.sent, 0.75)

    def _listed_subjects(self, v: Token, si: int) -> list[str]:
        """'A, the venture firm, and B, the investment arm of C, also took part': the names of a list
        before the verb, leaving out those inside appositions (C)."""
        sent = self.s.sents[si]
        region = self.s.text[sent.start_char : v.idx]
        masked = _APPOSED.sub(lambda m: "," + " " * (len(m.group(0)) - 2) + ",", region)
        names = [
            m
            for m in self.s.sent_mentions(si)
            if m.end_char <= v.idx
            and m.label in {"ORG", "PERSON"}
            and masked[m.start_char - sent.start_char] != " "
        ]
        if not names:
            return []
        rest = list(masked)
        for m in names:
            for i in range(m.start_char - sent.start_char, m.end_char - sent.start_char):
                rest[i] = " "
        # only names, commas and 'and' (plus 'also', 'both', 'all') before the verb
        if not _LIST_ONLY.fullmatch("".join(rest)):
            return []
        return list(dict.fromkeys(m.key for m in names))

    def _counted_list(self, objs: list[str], v: Token, si: int) -> list[str]:
        """'counts Google and Spark Capital, which led a round, among its investors': the parser may
        hang the first names on the last; the names joined to a counted one after the verb count too."""
        if not objs:
            return objs
        orgs = [m for m in self.s.sent_mentions(si, "ORG") if m.start_char > v.idx]
        out = list(objs)
        for j, m in enumerate(orgs):
            if m.key in objs:
                out += self._joined_before(orgs, j)
        return list(dict.fromkeys(out))

    def _active_backing(self, t: Token, si: int) -> None:
        """'Alibaba has backed four of China's AI tigers, including Zhipu AI and Moonshot AI'."""
        investors = [k for k in self._clause_subject(t) if self.kind(k) in {"ORG", "PERSON"}]
        dobj = [c for c in t.children if c.dep_ == "dobj"]
        listed = [
            p
            for c in dobj
            for x in c.subtree
            if x.dep_ == "prep" and x.lower_ in {"including", "like", "such"}
            for p in x.subtree
            if p.dep_ == "pobj"
        ]
        targets = [
            k for c in dobj + listed for k in self.keys_in(c) if self.kind(k) == "ORG" and k not in investors
        ]
        neg = self.negated(t) or _denied(t)
        for f in targets:
            for b in investors:
                self.add(f, Predicate.BACKED_BY, b, si, 0.8, negated=neg)

    def _backer_keys(self, p: Token) -> list[str]:
        """Who a 'by' phrase names as backer: "Liang's hedge fund" is the fund, not Liang;
        'state investors, including the Beijing fund' are the ones listed."""
        if p.pos_ in {"NOUN", "PROPN"} and self.s.mention_at(p.i) is None:
            keys = [k for k in self.resolve(p) if self.kind(k) == "ORG"]
            keys += [k for c in p.children if c.dep_ in {"conj", "appos"} for k in self.keys_in(c)]
            keys += [
                k
                for c in p.children
                if c.dep_ == "prep" and c.lower_ in {"including", "like", "such"}
                for x in c.subtree
                if x.dep_ == "pobj"
                for k in self.keys_in(x)
            ]
        else:
            keys = self.keys_in(p)
        # "funded by High-Flyer, the hedge fund Liang co-founded": a person with a verb after the
        # name is that verb's subject, not a backer
        toks = self.toks
        doers = {
            m.key
            for x in p.subtree
            if (m := self.s.mention_at(x.i)) is not None
            and m.label == "PERSON"
            and m.end < len(toks)
            and (toks[m.end].pos_ in {"VERB", "AUX"} or toks[m.end].lower_ == "co")
        }
        return [k for k in dict.fromkeys(keys) if self.kind(k) in {"ORG", "PERSON"} and k not in doers]

    def _namesake(self, m: Mention, *, of: str | None = None) -> str | None:
        """The organization of the document whose name is the first word of `m`'s name
        ('Huawei' for 'Huawei Cloud'); with `of`, only that organization."""
        words = m.text.split()
        if len(words) < 2:
            return None
        # the first word, or a later one after a place ("Beijing ByteDance Technology")
        for word in words[:-1]:
            if self.s.kb.lookup_place(word) is not None:
                continue
            for key, acc in self.s.entities.items():
                if key == m.key or acc.type.value != "ORG" or (of is not None and key != of):
                    continue
                if any(n == word or n.startswith(word + " ") for n in acc.names if n != m.text):
                    return key
        return None

    def _clause_subject(self, v: Token) -> list[str]:
        """The verb's own subject; a verb the parser left without one takes the name just before it
        ('..., and Hyundai Motor also holds a third of Kia')."""
        if v.dep_ in {"conj", "ROOT"} and not any(c.dep_ in SUBJECT_DEPS for c in v.children):
            k = v.i - 1
            while k > 0 and self.toks[k].pos_ in {"ADV", "AUX", "PART"} and self.s.mention_at(k) is None:
                k -= 1
            m = self.s.mention_at(k)
            if m is not None and m.label in {"ORG", "PERSON"}:
                return [m.key]
        return self.subjects(v)

    def _share_target(self, t: Token) -> list[str]:
        """'60 per cent of X belongs to investors', 'most of X is owned by its founders': X."""
        v = self.verbal_head(t)
        if v is None or v.lemma_.lower() not in {"belong", "go", "own", "hold", "control"}:
            return []
        for c in v.children:
            if c.dep_ in SUBJECT_DEPS and ({x.lower_ for x in c.subtree} & _SHARE_WORDS or c.like_num):
                of = [x for x in c.subtree if x.dep_ == "prep" and x.lower_ == "of"]
                return [
                    k for o in of[:1] for p in o.children if p.dep_ == "pobj" for k in self._named_orgs(p)
                ]
        return []

    def _listed_after(self, t: Token, si: int) -> list[str]:
        """'investors, among them A, US firms B and C, and D': the names listed after the noun."""
        text = self.s.text
        sent = self.s.sents[si]
        end = t.idx + len(t.text)
        mt = _LIST_MARK.match(text[end : sent.end_char])
        if mt is None:
            return []
        pos = end + mt.end()
        out: list[str] = []
        for m in self.s.sent_mentions(si):
            if m.start_char < pos or m.label not in {"ORG", "PERSON"}:
                continue
            if not _LIST_GAP.fullmatch(text[pos : m.start_char]):
                break
            out.append(m.key)
            pos = m.end_char
        return out

    def _included(self, v: Token, si: int) -> list[str]:
        """'include A, the B Fund, C founder D through his E and F': the organizations and people listed
        after `v` up to a word that is no part of a list (a verb, 'which', a semicolon). A name right
        before a label of the next one ('C founder D') modifies it and is left out."""
        toks = self.toks
        end = self.s.sents[si].end
        out: list[str] = []
        last: Mention | None = None
        sep = True  # a separator came since the last name
        k = v.i + 1
        while k < end:
            m = self.s.mention_at(k)
            if m is not None and m.start == k:
                if m.label in {"ORG", "PERSON"}:
                    if last is not None and not sep:
                        out.pop()  # "Amazon founder Jeff Bezos": Amazon is the label's, not an item
                    out.append(m.key)
                    last, sep = m, False
                k = m.end
                continue
            t = toks[k]
            if t.text in {",", "(", ")", ":"} or t.lower_ in {"and", "plus", "through", "via", "as", "well"}:
                sep = sep or t.text == "," or t.lower_ in {"and", "plus", "through", "via", "well"}
            elif t.text in _POSS_MARKS and last is not None and last.end == k:
                out.pop()  # "SoftBank's Vision Fund": the possessor is no item
                last, sep = None, True
            elif not (
                t.lower_ in {"the", "a", "an", "his", "her", "its", "their", "also"}
                # "Prince Alwaleed", "Sheikh Tahnoon": a title before a person's name
                or (t.is_title and (t.lower_ in self.lex.political_titles or t.lower_ in _ROYAL_TITLES))
                or (t.is_lower and t.pos_ in {"NOUN", "ADJ", "PROPN"} and t.tag_ not in {"VBD", "VBZ", "VBP"})
            ):
                break
            k += 1
        return [k for k in dict.fromkeys(out) if self.kind(k) in {"ORG", "PERSON"}]

    def _puts_money(self, v: Token) -> bool:
        """'A and B all put in money', 'C poured cash into it': money with no named company."""
        if v.lemma_.lower() not in {"put", "pour", "plough", "plow", "pump", "inject", "sink"}:
            return False
        objs = [c for c in v.children if c.dep_ == "dobj"] + [
            p for c in v.children if c.dep_ in {"prep", "prt"} for p in c.children if p.dep_ == "pobj"
        ]
        if any(self.s.mention_at(o.i) is not None for o in objs):
            return False
        return any(o.lemma_.lower() in {"money", "cash", "capital", "fund", "funding"} for o in objs)

    @staticmethod
    def _no_longer(v: Token) -> bool:
        """'Huawei no longer owns Honor'."""
        return any(c.lower_ == "longer" and any(d.lower_ == "no" for d in c.children) for c in v.children)

    def _prep_orgs(self, t: Token, prep: str) -> list[str]:
        """The organizations named in the objects of `t`'s preposition `prep` ('a unit of X', 'sold to Y')."""
        return [
            k
            for c in t.children
            if c.dep_ == "prep" and c.lower_ == prep
            for p in c.children
            if p.dep_ == "pobj"
            for k in self._named_orgs(p)
        ]

    def _named_orgs(self, tok: Token) -> list[str]:
        """Organizations a noun phrase names itself (the head, its conjuncts and appositions),
        not those that only modify it ('Nvidia chips')."""
        out: list[str] = []
        todo = [tok]
        while todo:
            x = todo.pop(0)
            m = self.s.mention_at(x.i)
            if m is not None and m.label == "ORG":
                out.append(m.key)
            todo += [c for c in x.children if c.dep_ in {"conj", "appos"}]
        return list(dict.fromkeys(out))

    def _acquisition_verb(self, t: Token, si: int) -> None:
        """'Hisense bought appliance maker Gorenje', 'Nvidia acquired Mellanox' (done deals only)."""
        if t.dep_ in {"xcomp", "acl", "amod"} or any(
            c.dep_ == "aux" and c.lower_ in {"will", "would", "could", "may", "might", "to"}
            for c in t.children
        ):
            return
        if t.lemma_.lower() == "take" and not any(
            (c.dep_ == "prt" and c.lower_ == "over") or (c.dep_ == "dobj" and c.lower_ == "control")
            for c in t.children
        ):
            return
        owners = [k for k in self._clause_subject(t) if self.kind(k) == "ORG"]
        dobj = [c for c in t.children if c.dep_ == "dobj"]
        owned = [k for c in dobj for k in self._named_orgs(c)]
        if any(c.lower_ in {"which", "that"} for c in dobj) or (t.dep_ == "relcl" and not dobj):
            # "Arm, which SoftBank bought in 2016", "Oculus, the VR company Facebook bought in 2014"
            owned = [k for k in self.relcl_antecedent(t) or [] if self.kind(k) == "ORG"]
        elif any(c.lower_ == "control" for c in dobj) and t.lemma_.lower() in {"take", "acquire"}:
            # "Geely took control of Volvo"
            owned = [
                k
                for c in dobj
                for p in c.children
                if p.dep_ == "prep" and p.lower_ in {"of", "over"}
                for o in p.children
                if o.dep_ == "pobj"
                for k in self._named_orgs(o)
            ]
        neg = self.negated(t)
        for o in owners:
            for k in owned:
                self.add(o, Predicate.OWNS, k, si, 0.85, negated=neg)

    def _acquisition_noun(self, t: Token, si: int) -> None:
        """ "the chip designer's 2020 purchase of Mellanox", "Geely's takeover of Volvo"."""
        if (
            any(c.lower_ in _UNDONE for c in t.children)
            or (t.dep_ in SUBJECT_DEPS and t.head.lemma_.lower() in _UNDONE)
            or (t.dep_ == "dobj" and t.head.lemma_.lower() in _UNDONE)
        ):
            return
        poss = [c for c in t.children if c.dep_ == "poss"]
        # "the acquisition of Mellanox by Nvidia"
        by = [
            p
            for c in t.children
            if c.dep_ == "prep" and c.lower_ == "by"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if poss:
            owners = [k for k in self.resolve(poss[0]) if self.kind(k) == "ORG"]
        elif by:
            owners = [k for p in by for k in self._named_orgs(p)]
        else:
            return
        owned = self._prep_orgs(t, "of")
        for o in owners:
            for k in owned:
                self.add(o, Predicate.OWNS, k, si, 0.8)

    def _divested(self, m: Mention) -> bool:
        """The name is what its verb spins off or sells ('spun off its chip unit X', 'sold X')."""
        tok = self.s.mention_root(m)
        for _ in range(4):
            if tok.dep_ not in {"appos", "compound", "dobj", "conj", "pobj", "prep"} or tok.head is tok:
                return False
            tok = tok.head
            if tok.pos_ == "VERB":
                return tok.lemma_.lower() in {"sell", "divest", "offload", "dispose"}
        return False

    def _phrase_org(self, noun: Token) -> list[str]:
        """The organization a noun phrase names or describes: the name itself, the name an apposition
        follows ('Tahaluf, an events company'), or the subject of 'is a ...'."""
        own = self.s.mention_at(noun.i)
        if own is not None:
            return [own.key] if own.label == "ORG" and self.kind(own.key) == "ORG" else []
        if noun.pos_ not in {"NOUN", "PROPN"}:
            return []
        if noun.dep_ == "appos":
            return [k for k in self.s.resolve_token(noun.head) if self.kind(k) == "ORG"]
        # the parse may lose the apposition ("A and Tahaluf, an events company owned by ..."): the name
        # right before the comma that opens the noun's own words
        left = noun.i
        while left > 0 and self.toks[left - 1].dep_ in _PREMODIFIERS and not self.toks[left - 1].is_punct:
            left -= 1
        if left >= 2 and self.toks[left - 1].text == ",":
            m = self.s.mention_at(left - 2)
            if m is not None and m.label == "ORG" and m.end == left - 1:
                return [m.key]
        if noun.dep_ == "attr" and noun.head.lemma_ in {"be", "remain", "become"}:
            return [k for k in self.subjects(noun.head) if self.kind(k) == "ORG"]
        return []

    def _owned_by(self, t: Token, si: int) -> None:
        """'Data Link Solutions is owned jointly by A and B', 'Tahaluf, an events company jointly owned by
        A and B', 'the parent, which is controlled by C': each agent owns what the participle describes
        (not a stake: 'partly owned by' backs; not a person or a state)."""
        # "partly owned by", "owned in part by": a stake
        if any(x.lower_ in _PART_OWNED for c in t.children if c.dep_ != "agent" for x in c.subtree):
            return
        agents = [p for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        owners = [k for p in agents for k in self.keys_in(p) if self.kind(k) == "ORG"]
        if not owners:
            return
        if t.dep_ in {"acl", "amod"}:
            owned = self._phrase_org(t.head)
        elif t.dep_ == "relcl":
            owned = [k for k in self.relcl_antecedent(t) or [] if self.kind(k) == "ORG"]
        else:
            owned = [
                k
                for c in t.children
                if c.dep_ == "nsubjpass"
                for k in (self.resolve(c) if c.pos_ == "PRON" else self.keys_in(c) or self._phrase_org(c))
                if self.kind(k) == "ORG"
            ]
        neg = self.negated(t) or self._no_longer(t)
        for o in owners:
            for k in owned:
                if o not in owned:
                    self.add(o, Predicate.OWNS, k, si, 0.8, negated=neg)

    def _unit_called(self, t: Token, si: int) -> None:
        """'Microsoft hired X to lead a new unit called Microsoft AI', 'its new division, named Y': the
        organization whose unit it is (the possessor, else the clause's subject when the unit bears its
        name)."""
        head = t.head
        if head.lemma_.lower() not in self.lex.unit_nouns:
            return
        k = t.i + 1
        while k < len(self.doc) and self.toks[k].lower_ in {"simply", "just", "the"}:
            k += 1
        m = self.s.mention_at(k)
        if m is None or m.label != "ORG" or m.start != k:
            return
        poss = [c for c in head.children if c.dep_ == "poss"]
        if poss:
            owners = [o for o in self.resolve(poss[0]) if self.kind(o) == "ORG"]
        else:
            v = self.verbal_head(head)
            owners = []
            for _ in range(3):
                if v is None:
                    break
                owners = [o for o in self.subjects(v) if self.kind(o) == "ORG"]
                if owners or v.dep_ not in {"xcomp", "advcl", "conj", "ccomp"}:
                    break
                v = v.head
            owners = [o for o in owners if self._namesake(m, of=o)]
        for o in owners:
            if o != m.key:
                self.add(o, Predicate.OWNS, m.key, si, 0.75)

    def _belongs_to(self, t: Token, si: int) -> None:
        """'Alliant belongs to Northrop Grumman': the organization after 'to' owns the subject (not '60
        per cent of X belongs to investors', nor 'belongs to the X alliance')."""
        subj = [c for c in t.children if c.dep_ == "nsubj"]
        if not subj or any(x.like_num or x.lower_ in _SHARE_WORDS for x in subj[0].subtree):
            return
        owned = [
            k
            for k in (self.resolve(subj[0]) if subj[0].pos_ == "PRON" else self.keys_in(subj[0]))
            if self.kind(k) == "ORG"
        ]
        owners = [k for k in self._prep_orgs(t, "to") if self.kind(k) == "ORG"]
        neg = self.negated(t) or self._no_longer(t)
        for o in owners:
            for k in owned:
                if o != k:
                    self.add(o, Predicate.OWNS, k, si, 0.8, negated=neg)

    def _part_of(self, t: Token, si: int) -> None:
        """'Volvo Cars is part of the Geely group', 'Lotus, part of Geely's empire': the group owns it."""
        of = [
            p
            for c in t.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if not of:
            return
        p = of[0]
        if p.lower_ in {"group", "empire", "stable", "family", "conglomerate", "portfolio"}:
            owners = [
                k
                for c in p.children
                if c.dep_ in {"compound", "poss", "nmod"}
                for k in self.resolve(c)
                if self.kind(k) == "ORG"
            ]
        else:
            owners = [k for k in self._named_orgs(p) if self.kind(k) == "ORG"]
        described, neg = self._described(t)
        for o in owners:
            for k in described:
                if o != k:
                    self.add(o, Predicate.OWNS, k, si, 0.75, negated=neg)

    def _object_list(self, prep: Token, si: int) -> list[str]:
        """The organizations a preposition lists: after a few modifiers, names joined by commas and
        'and', ending with the one after 'and' ('of labels A and B, and C, a ...' -> A, B)."""
        pos = prep.idx + len(prep.text)
        out: list[str] = []
        for m in self.s.sent_mentions(si, "ORG"):
            if m.start_char < pos:
                continue
            gap = self.s.text[pos : m.start_char]
            if not (_OWNED_JOIN if out else _OWNED_LEAD).match(gap):
                break
            out.append(m.key)
            pos = m.end_char
            if len(out) > 1 and ("and" in gap or "&" in gap):
                break
        return out

    def _described(self, t: Token) -> tuple[list[str], bool]:
        """The organization a role noun describes: 'X, the owner of' (apposition) or 'X remains the
        owner of' (the copula's subject); with whether the copula is negated."""
        if t.dep_ == "appos":
            m = self.s.mention_at(t.head.i)
            # "A and B, the owner of C": the apposition after a list describes its last name
            left = t.left_edge.i
            last = self.s.mention_at(left - 2) if left >= 2 and self.toks[left - 1].text == "," else None
            if last is not None and last.label == "ORG" and last.end == left - 1:
                m = last
            return ([m.key] if m is not None and m.label == "ORG" else []), False
        if t.dep_ == "attr" and t.head.lemma_.lower() in {"be", "remain", "become", "stay"}:
            subj = [k for k in self._clause_subject(t.head) if self.kind(k) == "ORG"]
            return subj, self.negated(t.head) or self._no_longer(t.head)
        return [], False

    def _owner_noun(self, t: Token, si: int) -> None:
        """'PVH, the owner of Calvin Klein and Tommy Hilfiger', 'Intel remains the majority owner of
        Mobileye', 'X, a joint venture of A and B' (each parent owns the venture)."""
        if any(c.lower_ in _NOT_OWNER for c in t.children):
            return
        venture = t.lower_ == "venture"
        preps = [
            c
            for c in t.children
            if c.dep_ == "prep" and c.lower_ in ({"of", "between"} if venture else {"of"})
        ]
        if not preps:
            return
        named = [k for k in self._object_list(preps[0], si) if self.kind(k) == "ORG"]
        described, neg = self._described(t)
        owners, owned = (named, described) if venture else (described, named)
        for o in owners:
            for k in owned:
                if o != k:
                    self.add(o, Predicate.OWNS, k, si, 0.8, negated=neg)

    def _sale(self, t: Token, si: int) -> None:
        """'Intel sold a 51 per cent stake in Altera to Silver Lake', 'the sale of its Honor brand to a
        consortium': the buyer owns what it bought (backs it, for a minority stake)."""
        if (
            any(
                c.lower_ in _UNDONE
                or (c.dep_ == "aux" and c.lower_ in {"will", "would", "could", "may", "might", "to"})
                for c in t.children
            )
            or t.dep_ in {"xcomp", "amod"}
            or self.negated(t)
        ):
            return
        to = [
            p
            for c in t.children
            if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if not to and t.pos_ == "NOUN" and t.dep_ == "dobj":
            # "completed the sale of a stake in X to Y": the parser hangs 'to' on the verb
            to = [
                p
                for c in t.head.children
                if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
                for p in c.children
                if p.dep_ == "pobj"
            ]
        buyers = [k for p in to for k in self._named_orgs(p) if self.kind(k) == "ORG"]
        if t.pos_ == "VERB":
            things = [c for c in t.children if c.dep_ == "dobj"]
        else:
            things = [
                p
                for c in t.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
                if p.dep_ == "pobj"
            ]
        if not buyers or not things:
            return
        thing = things[0]
        if thing.lemma_.lower() in _STAKE_NOUNS:
            words = {
                x.lower_ for x in thing.subtree if x.i < thing.i or x.dep_ in {"amod", "compound", "nummod"}
            }
            pct = [float(x.text) for x in thing.subtree if re.fullmatch(r"\d+(?:\.\d+)?", x.text)]
            majority = bool(words & {"majority", "controlling"}) or any(n > 50 for n in pct)
            ins = [
                p
                for c in thing.children
                if c.dep_ == "prep" and c.lower_ == "in"
                for p in c.children
                if p.dep_ == "pobj"
            ]
            targets = [k for p in ins for k in self._object_list(p.head, si)[:1] if self.kind(k) == "ORG"]
            for b in buyers:
                for k in targets:
                    if b == k:
                        continue
                    if majority:
                        self.add(b, Predicate.OWNS, k, si, 0.75)
                    else:
                        self.add(k, Predicate.BACKED_BY, b, si, 0.75)
            return
        for b in buyers:
            for k in self._named_orgs(thing) or [x for x in self.keys_in(thing) if self.kind(x) == "ORG"]:
                if b != k:
                    self.add(b, Predicate.OWNS, k, si, 0.75)

    def _share(self, v: Token, si: int) -> bool:
        """'Hyundai holds about a third of Kia', 'bought 1 per cent of X', 'owns 60% of Y':
        a minority share backs the company, a majority owns it. True when the object is a share."""
        objs = [c for c in v.children if c.dep_ == "dobj"]
        if not objs:
            return False
        sub = list(objs[0].subtree)
        words = {x.lower_ for x in sub}
        if not (words & _SHARE_WORDS or any(x.like_num for x in sub)):
            return False
        of = next((x for x in sub if x.dep_ == "prep" and x.lower_ == "of"), None)
        if of is None:
            return False
        targets = [
            k
            for p in of.children
            if p.dep_ == "pobj"
            for k in (self._named_orgs(p) or self._in_story(p, self.resolve(p)))
            if self.kind(k) == "ORG"
        ]
        holders = [k for k in self._clause_subject(v) if self.kind(k) in {"ORG", "PERSON"}]
        if not targets or not holders:
            return False
        pct = [float(x.text) for x in sub if re.fullmatch(r"\d+(?:\.\d+)?", x.text)]
        percent = bool(words & {"%", "percent", "cent"})
        majority = bool(words & {"majority", "most", "all", "controlling"}) or (
            percent and any(n > 50 for n in pct)
        )
        neg = self.negated(v) or self._no_longer(v)
        for h in holders:
            for f in targets:
                if majority:
                    self.add(h, Predicate.OWNS, f, si, 0.8, negated=neg)
                else:
                    self.add(f, Predicate.BACKED_BY, h, si, 0.8, negated=neg)
        return True

    def backing(self) -> None:
        s = self.s
        doc = self.doc
        lex = self.lex
        para = -1
        self._funded_at = {}
        for si, sent in enumerate(s.sents):
            # a funding story's company carries into the next paragraph, further only where it is named
            if s.para[si] != para:
                para = s.para[si]
                if self.funded is not None:
                    if any(m.key == self.funded and s.para[m.sent] == para for m in s.mentions):
                        self._funded_para = para
                    elif para - self._funded_para > 1:
                        self.funded = None
            orgs = s.sent_mentions(si, "ORG")
            text = self.s.sent_texts[si]
            before = len(self.out)
            # "Microsoft-backed OpenAI", "Tencent-backed AI start-up Zhipu"
            for o in orgs:
                tail = self.s.text[o.end_char : o.end_char + 12]
                if re.match(r"^[-‐–]backed\b", tail):
                    after = [
                        m for m in orgs if m.start_char > o.end_char + 7 and m.start_char - o.end_char < 50
                    ]
                    if after:
                        self.add(after[0].key, Predicate.BACKED_BY, o.key, si, 0.9)
                        self._fund(after[0].key, si)
                    else:
                        # "the High-Flyer-backed lab": the description names a company met before
                        part = doc.char_span(o.end_char + 1, o.end_char + 7)
                        head = part[0].head if part is not None else None
                        if head is not None and head.pos_ == "NOUN" and self.is_org_noun(head):
                            # "Moonshot AI is an Alibaba-backed start-up": the copula's subject
                            described = self.resolve(head) or (
                                self.subjects(head.head) if head.dep_ == "attr" else []
                            )
                            for k in described:
                                if self.kind(k) == "ORG" and k != o.key:
                                    self.add(k, Predicate.BACKED_BY, o.key, si, 0.75)
            rounds: list[Token] = []
            raises: list[Token] = []
            for t in s.sent_toks[si]:
                lemma = s.lemma_low[t.i]
                pos = s.pos[t.i]  # Token.pos_ looks the string up anew on each access
                if self._is_round(t, lemma):
                    rounds.append(t)
                elif lemma in _RAISE_ONLY and pos == "VERB":
                    raises.append(t)
                if pos == "NOUN" and lemma in _STAKE_NOUNS:
                    self._stake(t, si)
                if pos == "VERB" and lemma in _HOLD_VERBS:
                    self._share(t, si)
                # "backed by A and B", "a funding round led by X"
                if pos == "VERB" and lemma in {"back", "lead", "fund", "finance", "bankroll"}:
                    agent = [
                        p for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                    ]
                    backers = [k for p in agent for k in self._backer_keys(p)]
                    if not backers:
                        if lemma != "lead" and not any(c.dep_ == "auxpass" for c in t.children):
                            self._active_backing(t, si)
                        continue
                    if lemma == "lead":
                        if t.head.lemma_.lower() not in lex.funding_nouns:
                            continue
                        v = self.verbal_head(t.head)
                        funded = self._subjects_story(v) if v is not None else []
                        quals = {"role": "lead investor"}
                    else:
                        funded = self.subjects(t)
                        if not funded and t.dep_ == "advcl" and t.i < t.head.i:
                            # "Bankrolled by A and B, X sells drones": the clause's subject
                            funded = [k for k in self.subjects(t.head) if self.kind(k) == "ORG"]
                        quals = {}
                    for f in funded:
                        if self.kind(f) == "ORG":
                            # "the round was led by Ipai, an innovation park funded by a foundation":
                            # a description's funding does not start a story about the park
                            if not (t.dep_ == "acl" and self.funded and self.funded != f):
                                self._fund(f, si)
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
                if pos == "VERB" and (
                    lemma in lex.invest_verbs
                    or (
                        lemma in {"put", "pour", "inject", "contribute", "commit"}
                        and MONEY.search(doc[t.i : t.i + 8].text)
                    )
                ):
                    targets: list[str] = []
                    # "invested 1.3 billion euros in Mistral AI": the parser may hang 'in' on the sum
                    sums = [c for c in t.children if c.dep_ == "dobj" and self.s.mention_at(c.i) is None]
                    for c in [*t.children, *(x for d in sums for x in d.children)]:
                        if c.dep_ == "prep" and c.lower_ in {"in", "into"}:
                            targets += self.keys([p for p in c.children if p.dep_ == "pobj"], {"ORG"})
                    # "OpenAI, in which Microsoft has invested $13 billion"
                    if not targets and any(
                        c.dep_ == "prep"
                        and c.lower_ in {"in", "into"}
                        and any(p.lower_ == "which" for p in c.children)
                        for c in t.children
                    ):
                        targets = [k for k in self.relcl_antecedent(t) or [] if self.kind(k) == "ORG"]
                        # "the models of OpenAI, in which Microsoft has invested": the parse hangs the
                        # clause on the noun before the name; the name right before its comma
                        targets = targets or self._name_before_clause(t)
                    if not targets and t.dep_ == "relcl":
                        antecedent = t.head
                        for c in antecedent.children:
                            if c.dep_ == "prep" and c.lower_ in {"with", "in"}:
                                targets += self.keys([p for p in c.children if p.dep_ == "pobj"], {"ORG"})
                    if (
                        not targets
                        and self.funded
                        and t.dep_ in {"ROOT", "conj"}
                        and not any(c.dep_ == "prep" and c.lower_ in {"in", "into", "on"} for c in t.children)
                        and MONEY.search(doc[t.i : t.i + 8].text)
                    ):
                        # "A, B and C have each invested about 1 billion yen, and D has contributed 300
                        # million yen": money with no company named goes to the funding story's company
                        targets = [self.funded]
                    investors = [k for k in self.subjects(t) if self.kind(k) in {"ORG", "PERSON"}]
                    if not investors or t.dep_ == "relcl":
                        subj = [c for c in t.children if c.dep_ in SUBJECT_DEPS]
                        investors = [
                            k for c in subj for k in self.keys_in(c) if self.kind(k) in {"ORG", "PERSON"}
                        ] or investors
                    for f in targets:
                        self._fund(f, si)
                        for b in investors:
                            self.add(f, Predicate.BACKED_BY, b, si, 0.85, negated=self.negated(t))
                if (
                    pos == "VERB"
                    and lemma == "raise"
                    and any(c.lemma_.lower() in lex.funding_nouns or MONEY.search(c.text) for c in t.subtree)
                ):
                    funded = self._subjects_story(t)
                    if funded:
                        self._fund(funded[0], si)
                # "existing backer Monolith Management", "X is the other big backer",
                # "count A among their investors"
                if pos == "NOUN" and t.lower_ in lex.investor_nouns:
                    poss = [c for c in t.children if c.dep_ == "poss"]
                    # "an investor in Zhipu", "among the backers of MiniMax"
                    named = [
                        k
                        for c in t.children
                        if c.dep_ == "prep" and c.lower_ in {"in", "of", "behind"}
                        for p in c.children
                        if p.dep_ == "pobj"
                        for k in self._story_side(p, self._orgs_of([p]))
                        if self.kind(k) == "ORG"
                    ]
                    # "60 per cent of ByteDance belongs to global investors"
                    named = named or self._share_target(t)
                    vh = self.verbal_head(t)
                    if (
                        not named
                        and vh is not None
                        and any(
                            c.dep_ == "prep"
                            and c.lower_ == "in"
                            and any(p.lower_ == "which" for p in c.children)
                            for c in vh.children
                        )
                    ):
                        # "Baichuan, in which Tencent is a shareholder"
                        named = [k for k in self.relcl_antecedent(vh) or [] if self.kind(k) == "ORG"]
                    funded_keys = (
                        self._story_side(poss[0], self.resolve(poss[0]))
                        if poss
                        else named or ([self.funded] if self.funded else [])
                    )
                    backers = []
                    nxt = s.mention_at(t.i + 1)
                    # "its investors, including A and B"
                    listed = self._orgs_of(
                        [
                            p
                            for c in t.children
                            if c.dep_ == "prep" and c.lower_ in {"including", "like", "such"}
                            for p in c.subtree
                            if p.dep_ == "pobj"
                        ],
                        {"ORG", "PERSON"},
                    )
                    listed = listed or self._listed_after(t, si)
                    vi = self.verbal_head(t)
                    included = (
                        # "Investors include A, the B Fund, C founder D through his E, F and G": a long
                        # list the parse breaks; every name it sets off with commas and 'and'
                        self._included(vi, si)
                        if not poss
                        and vi is not None
                        and vi.lemma_.lower() in {"include", "be", "comprise"}
                        and t.dep_ in SUBJECT_DEPS
                        and t.head.i == vi.i
                        else []
                    )
                    if nxt is not None and nxt.label == "ORG":
                        backers = [nxt.key]
                    elif listed:
                        backers = listed
                    else:
                        v = self.verbal_head(t)
                        ks, _conf = self.agents(t)
                        if poss and v is not None and self.in_subject(t, v):
                            # "Its earlier investors include A and B": the objects, not the possessor
                            ks = self.keys([c for c in v.children if c.dep_ in {"dobj", "attr"}]) or ks
                            if v.lemma_.lower() in {"include", "comprise"} and t.head.i == v.i:
                                ks = list(dict.fromkeys(ks + self._included(v, si)))
                        elif (
                            poss
                            and v is not None
                            and t.dep_ == "attr"
                            and t.head.i == v.i
                            and v.lemma_.lower() in {"be", "become", "remain"}
                        ):
                            # "A is B's largest shareholder": the copula's subject, not the possessor
                            ks = self._clause_subject(v)
                        backers = [k for k in ks if self.kind(k) in {"ORG", "PERSON"}]
                        if v is not None and t.head.lower_ == "among":
                            objs = self.keys([c for c in v.children if c.dep_ == "dobj"], {"ORG"})
                            objs = self._counted_list(objs, v, si)
                            if objs and v.lemma_.lower() == "count":
                                # "counts A and game developer B among its shareholders": the parse
                                # hangs A on B's label
                                objs = list(dict.fromkeys(objs + self._included(v, si)))
                            subjs = [k for k in self.subjects(v) if self.kind(k) in {"ORG", "PERSON"}]
                            backers = objs or subjs or backers
                            if objs:
                                # "The firm counts A and B among its backers": the counting company
                                funded_keys = [k for k in subjs if self.kind(k) == "ORG"]
                            if not objs and poss and set(funded_keys) & set(subjs):
                                # "A and B are among its backers": 'its' is not A or B
                                funded_keys = self._earlier_subject(si, exclude=set(subjs))
                    backers = list(dict.fromkeys(backers + included))
                    neg = bool(named) and self.negated(t)
                    for f in funded_keys:
                        for b in backers:
                            if b != f:
                                self.add(f, Predicate.BACKED_BY, b, si, 0.8 if named else 0.75, negated=neg)
                # "has taken no money from either giant", "Its funding comes from High-Flyer"
                if t.pos_ == "NOUN" and t.lower_ in {
                    "money",
                    "funding",
                    "investment",
                    "capital",
                    "backing",
                    "financing",
                    "funds",
                    "cash",
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
                        funded = self._story_side(poss[0], self.resolve(poss[0]))
                    elif v is not None:
                        funded = [k for k in self.subjects(v) if self.kind(k) == "ORG"]
                        subj = [c for c in v.children if c.dep_ in SUBJECT_DEPS]
                        if subj:
                            funded = self._story_side(subj[0], funded)
                        # "The round attracted investment from A": the round's company
                        # (not `rounds`: that list of the sentence's rounds is still being built)
                        subj_rounds = [c for c in v.children if c.dep_ in SUBJECT_DEPS and self._is_round(c)]
                        if not funded and subj_rounds:
                            funded = self._round_target(subj_rounds[0])[0]
                        if (
                            not funded
                            and v.dep_ in {"relcl", "advcl"}
                            and any(
                                c.lower_ in {"which", "that"} and c.dep_ in SUBJECT_DEPS for c in v.children
                            )
                        ):
                            # "X led Y's round, which also drew money from A and B": the round's company
                            host = v.head
                            for _ in range(3):
                                if host.dep_ in {"pobj", "prep", "npadvmod"} and not self._is_round(host):
                                    host = host.head  # "led X's round in 2023, which": up to the clause
                            cands = [host, *(c for c in host.children if c.dep_ in {"dobj", "nsubjpass"})]
                            rnd = next((c for c in cands if c.i < v.i and self._is_round(c)), None)
                            if rnd is not None:
                                funded = self._round_target(rnd)[0]
                    else:
                        funded = []
                    neg = any(c.lower_ == "no" for c in t.children) or (
                        v is not None and (self.negated(v) or _denied(v))
                    )
                    for f in funded:
                        for b in sources:
                            self.add(f, Predicate.BACKED_BY, b, si, 0.8, negated=neg)
                self._joined_round(t, lemma, si, self.funded)
            funded_before = self.funded
            self._funding_round(si, sent, rounds, raises)
            if self.funded and self.funded != funded_before and rounds:
                # "HongShan led the round in Moonshot AI, while Tencent and Meituan joined": a later
                # clause of the sentence that opened the story
                for t in s.sent_toks[si]:
                    lemma = t.lemma_.lower()
                    if t.i > rounds[0].i and lemma in {"join", "participate", "take", "chip"}:
                        self._joined_round(t, lemma, si, self.funded)
            if self.funded:
                self._funded_at[si] = self.funded
                # a paragraph that adds to the story ('Tencent also invested') keeps it going
                if any(r.subject == self.funded for r in itertools.islice(self.out.values(), before, None)):
                    self._funded_para = para
            del text
        self._backing_done = True
        self._backer_fields()

    def _backer_fields(self) -> None:
        """'Backers: A; carmakers B and C' in a directory entry: the entry's organization, named on the
        line that opens the entry above its other fields, is backed by each listed name."""
        text = self.s.text
        for fm in _BACKER_FIELD.finditer(text):
            entry = self._entry_org(text.rfind("\n", 0, fm.start()) + 1)
            if entry is None:
                continue
            pos = fm.start(1)
            for item in fm.group(1).split(";"):
                # "Cainiao, the logistics arm of Alibaba": the description's names back nothing
                cut = _ITEM_DESCRIPTION.search(item)
                end = pos + (cut.start() if cut else len(item))
                for m in self.s.mentions:
                    if pos <= m.start_char and m.end_char <= end and m.label in {"ORG", "PERSON"}:
                        self.add(entry, Predicate.BACKED_BY, m.key, m.sent, 0.75)
                pos += len(item) + 1

    def _entry_org(self, line_start: int) -> str | None:
        """The organization that opens the directory entry whose field line starts at `line_start`: the
        first line above it that is no 'Field: value' line, when that line is short and names one."""
        text = self.s.text
        end = line_start - 1
        for _ in range(12):
            if end <= 0:
                return None
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end].strip()
            if not line:
                return None  # a blank line ends the entry before a name opened it
            if not _FIELD_LINE.match(line):
                if len(line.split()) > 8:
                    return None
                names = [m for m in self.s.mentions if start <= m.start_char and m.end_char <= end]
                return names[0].key if names and names[0].label == "ORG" else None
            end = start - 1
        return None

    def _joined_round(self, t: Token, lemma: str, si: int, funded: str | None) -> None:
        """'A and B also took part, as did C': the names that join the funding story's round."""
        if (
            funded
            and not self.ev.series
            and t.pos_ == "VERB"
            and (
                lemma in {"take", "join", "participate", "invest", "co-invest", "chip"} or self._puts_money(t)
            )
            and (lemma != "take" or any(c.lower_ == "part" for c in t.children))
            and (lemma != "chip" or any(c.lower_ == "in" for c in t.children))
            # "will join G42's board" is no investment; "joined the round" is
            and not (lemma == "join" and any(c.dep_ == "dobj" and not self._is_round(c) for c in t.children))
            # "invest in X" names its own target (the verb rule above)
            and not (
                lemma in {"invest", "co-invest"}
                and any(c.dep_ in {"prep", "dobj"} and c.lower_ not in {"alongside"} for c in t.children)
            )
        ):
            backers = self._listed_subjects(t, si) or [
                k for k in self.subjects(t) if self.kind(k) in {"ORG", "PERSON"}
            ]
            backers += self._with_list_before(t, si)
            for c in t.children:
                if c.dep_ == "advcl":
                    backers += [k for k in self.subjects(c) if self.kind(k) in {"ORG", "PERSON"}]
                # "Alibaba invested alongside HongShan"
                if c.dep_ == "prep" and c.lower_ == "alongside":
                    backers += self._orgs_of([p for p in c.children if p.dep_ == "pobj"], {"ORG", "PERSON"})
                # "A also took part, along with B and C"
                withs = [c] if c.dep_ == "prep" and c.lower_ == "with" else []
                if c.lower_ in {"along", "together"}:
                    withs = [d for d in c.children if d.dep_ == "prep" and d.lower_ == "with"]
                for w in withs:
                    if w.i > 0 and self.toks[w.i - 1].lower_ in {"along", "together"}:
                        backers += self._orgs_of(
                            [p for p in w.children if p.dep_ == "pobj"], {"ORG", "PERSON"}
                        )
            for b in dict.fromkeys(backers):
                self.add(funded, Predicate.BACKED_BY, b, si, 0.7)

    def _name_before_clause(self, v: Token) -> list[str]:
        """The organization named right before the comma that opens v's relative clause."""
        left = v.left_edge.i
        if left < 2 or self.toks[left - 1].text != ",":
            return []
        m = self.s.mention_at(left - 2)
        if m is None or m.label != "ORG" or m.end != left - 1 or self.kind(m.key) != "ORG":
            return []
        return [m.key]

    def _with_list_before(self, t: Token, si: int) -> list[str]:
        """'with A, B and C also taking part', 'with A and B participating': the parser makes A the object
        of 'with' and only the rest the verb's subject; the names listed between 'with' and the subject."""
        subj = [c for c in t.children if c.dep_ in SUBJECT_DEPS]
        if not subj:
            return []
        text = self.s.text
        pos = self.toks[subj[0].left_edge.i].idx
        out: list[str] = []
        for m in reversed(self.s.sent_mentions(si)):
            if m.end_char > pos:
                continue
            if m.label not in {"ORG", "PERSON"} or not _LIST_SEP.fullmatch(text[m.end_char : pos]):
                break
            out.append(m.key)
            pos = m.start_char
        if out and _WITH_BEFORE.search(text[max(0, pos - 12) : pos]):
            return [k for k in out if self.kind(k) in {"ORG", "PERSON"}]
        return []

    def _in_story(self, tok: Token, keys: list[str]) -> list[str]:
        """A pronoun or description in a funding story that the resolver took for one of the company's
        own investors ('Its earlier investors include ...' after 'Tencent also invested') is the company."""
        funded = getattr(self, "_funded_at", {}).get(self.s.tok_sent[tok.i]) or self.funded
        if (
            funded
            and self.s.mention_at(tok.i) is None
            and any(
                r.subject == funded and r.object == k and r.predicate is Predicate.BACKED_BY
                for r in self.out.values()
                for k in keys
            )
        ):
            return [funded]
        return keys

    def _anaphor(self, tok: Token) -> bool:
        """'it', 'its', 'the company', 'the Canadian start-up': a pronoun or a definite organization noun
        that names no organization of its own (a place may describe it)."""
        if tok.pos_ == "PRON":
            return tok.lower_ in {"it", "its"}
        if tok.pos_ != "NOUN" or not self.is_org_noun(tok) or self.s.mention_at(tok.i) is not None:
            return False
        dets = [c for c in tok.children if c.dep_ == "det"] or (
            [tok.left_edge] if tok.left_edge.i < tok.i and tok.left_edge.dep_ == "det" else []
        )
        if not dets or dets[0].lower_ not in {"the", "this", "that"}:
            return False
        return not any(
            (m := self.s.mention_at(c.i)) is not None and m.label not in {"GPE", "NORP"}
            for c in tok.children
            if c.dep_ in {"compound", "nmod", "amod", "appos", "poss"}
        )

    def _story_side(self, tok: Token, keys: list[str]) -> list[str]:
        """A pronoun or description on the funded side of a funding sentence ('its investors', 'backers of
        the company', 'the start-up raised') in a funding story stands for the story's company, not for
        an investor or buyer the resolver met last."""
        keys = self._in_story(tok, keys)
        if not self._anaphor(tok):
            return keys
        si = self.s.tok_sent[tok.i]
        # after `backing` the story's company of each sentence; during it, the one so far
        funded = self._funded_at.get(si) if self._backing_done else self.funded
        if funded is None and self._last_funded is not None:
            # a story that lapsed comes back where its company is named again ("... also runs 01.AI.
            # Sinovation is among the start-up's other investors")
            para = self.s.para[si]
            if any(
                m.key == self._last_funded and self.s.para[m.sent] == para and m.end <= tok.i
                for m in self.s.mentions
            ):
                funded = self._last_funded
        if not funded or funded in keys:
            return keys
        if tok.pos_ == "PRON" and any(
            m.key in keys for m in self.s.sent_mentions(si, "ORG") if m.end <= tok.i
        ):
            return keys  # "Tencent said its investors ...": the sentence names the antecedent
        country = self.s.description_country(tok.i)
        acc = self.s.entities.get(funded)
        if country is not None and acc is not None and acc.country and acc.country != country:
            return keys  # "the Canadian company" is not the German story company
        return [funded]

    def _subjects_story(self, v: Token) -> list[str]:
        """The organizations the verb's subject names; a description or pronoun is the story's company."""
        keys = [k for k in self.subjects(v) if self.kind(k) == "ORG"]
        subj = [c for c in v.children if c.dep_ in SUBJECT_DEPS]
        if len(subj) == 1:
            return [k for k in self._story_side(subj[0], keys) if self.kind(k) == "ORG"]
        return keys

    def _earlier_subject(self, si: int, *, exclude: set[str]) -> list[str]:
        """The organization a recent sentence is about, other than `exclude` (else the funding story's)."""
        for back in range(1, 4):
            if si - back < 0:
                break
            keys = [k for k in self.sentence_subject(si - back) if self.kind(k) == "ORG" and k not in exclude]
            if keys:
                return keys[:1]
        return [self.funded] if self.funded and self.funded not in exclude else []

    def _fund(self, key: str, si: int) -> None:
        """Make `key` the company the funding story is about, from sentence `si` on."""
        self.funded = self._last_funded = key
        self._funded_para = self.s.para[si]

    def _is_round(self, t: Token, lemma: str | None = None) -> bool:
        """'round', 'funding', 'the financing', 'Series B'."""
        if (lemma or t.lemma_.lower()) in _ROUND_NOUNS:
            return t.pos_ in {"NOUN", "PROPN", "ADV"}
        return (
            t.i > 0
            and self.s.low[t.i - 1] == "series"  # first: the cheapest test, and rarely true
            and len(t.text) <= 4
            and bool(_SERIES_LETTER.match(t.text))
        )

    def _orgs_of(self, toks: list[Token], kinds: set[str] | None = None) -> list[str]:
        return [k for k in self.keys(toks) if self.kind(k) in (kinds or {"ORG"})]

    def _agent_keys(self, v: Token) -> list[str]:
        return self._orgs_of(
            [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"],
            {"ORG", "PERSON"},
        )

    def _round_target(self, n: Token) -> tuple[list[str], bool]:
        """The company a round is for: 'Moonshot's round', 'a round in Zhipu', 'X raised ... in a round';
        False when it comes only from the story so far."""
        poss = [c for c in n.children if c.dep_ == "poss"]
        if poss and n.lemma_.lower() != "investment":
            keys = [k for k in self.resolve(poss[0]) if self.kind(k) == "ORG"]
            if poss[0].pos_ == "NOUN" and self.s.mention_at(poss[0].i) is None:
                # "NEA, which led the company's Series A, returned": a description inside a relative clause
                # is not the clause's antecedent
                ante = set(self.relcl_antecedent(poss[0]) or []) | self._relcl_names(poss[0])
                if ante & set(keys):
                    keys = [k for k in keys if k not in ante] or ([self.funded] if self.funded else [])
                    keys = [k for k in keys if k not in ante]
            if keys:
                return keys, True
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ in {"in", "for", "into"}:
                keys = self._orgs_of([p for p in c.children if p.dep_ == "pobj"])
                if keys:
                    return keys, True
        # "the round of $1 billion that Moonshot AI closed in February"
        for c in n.subtree:
            if c.dep_ == "relcl" and c.lemma_.lower() in _RAISE_VERBS:
                keys = self._orgs_of(
                    [d for d in c.children if d.dep_ in SUBJECT_DEPS and d.lower_ not in {"that", "which"}]
                )
                if keys:
                    return keys, True
        v = self.verbal_head(n)
        if v is not None and v.lemma_.lower() == "value" and self.in_subject(n, v):
            # "The financing, led by A, values Zhipu AI at 20 billion yuan"
            keys = self._orgs_of([c for c in v.children if c.dep_ == "dobj"])
            if keys:
                return keys, True
        if v is not None and v.lemma_.lower() in _RAISE_VERBS and not self.in_subject(n, v):
            keys = self._subjects_story(v)
            if keys:
                return keys, True
        # "ModelBest said the round was led by A": the company that announces it
        if v is not None and v.dep_ == "ccomp" and v.head.lemma_.lower() in {"say", "announce", "confirm"}:
            keys = self._subjects_story(v.head)
            if keys:
                return keys, True
        return ([self.funded], False) if self.funded else ([], False)

    def _round_investors(self, n: Token) -> list[str]:
        """Who led or joined a round: 'a round led by A', 'an A-led round', 'A led the round',
        'the round was led by A', 'A participated in the round', 'the round drew A'."""
        toks = self.toks
        out: list[str] = []
        for c in n.children:
            lemma = c.lemma_.lower()
            if c.dep_ in {"acl", "amod", "relcl"} and lemma in _LEAD_VERBS:
                out += self._agent_keys(c)
            if (
                c.dep_ in {"amod", "compound", "npadvmod"}
                and lemma in {"lead", "back", "fund"}
                and c.i >= 2
                and toks[c.i - 1].text in {"-", "‐", "–"}
                and (m := self.s.mention_at(c.i - 2)) is not None
            ):
                out.append(m.key)
            if c.dep_ == "relcl" and lemma in _DRAW_VERBS:
                out += self._orgs_of([d for d in c.children if d.dep_ == "dobj"], {"ORG", "PERSON"})
        h = n.head
        if n.dep_ == "nsubj":
            # "The round was co-led by A": the parser hangs the subject on an auxiliary of the verb
            while h.dep_ in {"aux", "auxpass"} and h.head.i != h.i:
                h = h.head
        hl = h.lemma_.lower()
        if hl in _LEAD_VERBS and (n.dep_ == "nsubjpass" or h.i != n.head.i):
            out += self._agent_keys(h)
        elif n.dep_ == "nsubj" and hl in _DRAW_VERBS:
            out += self._orgs_of([d for d in h.children if d.dep_ == "dobj"], {"ORG", "PERSON"})
        elif n.dep_ == "dobj" and hl in _LEAD_VERBS:
            out += [k for k in self.subjects(h) if self.kind(k) in {"ORG", "PERSON"}]
        elif (
            n.dep_ == "pobj"
            and h.dep_ == "prep"
            and h.lower_ in {"in", "into"}
            and h.head.lemma_.lower() in _JOIN_VERBS
        ):
            out += [k for k in self.subjects(h.head) if self.kind(k) in {"ORG", "PERSON"}]
        return list(dict.fromkeys(out))

    def _cobackers(self, sent: Span) -> list[str]:
        """'with participation from A', 'with A also participating', 'alongside A' in a round's sentence."""
        toks = self.toks
        out: list[str] = []
        for t in sent:
            lemma = t.lemma_.lower()
            if lemma == "participation":
                out += self._orgs_of(
                    [
                        p
                        for c in t.children
                        if c.dep_ == "prep" and c.lower_ in {"from", "of", "by"}
                        for p in c.children
                        if p.dep_ == "pobj"
                    ],
                    {"ORG", "PERSON"},
                )
            elif (
                lemma in {"lead", "co-lead"}
                and t.dep_ == "acl"
                and t.head.lemma_.lower() in {"investor", "group", "consortium", "syndicate"}
            ):
                # "from a group of investors led by Hillhouse"
                out += self._agent_keys(t)
            elif t.tag_ == "VBG" and lemma in _JOIN_VERBS and t.head.lower_ in _WITH_PREPS:
                out += self._orgs_of([c for c in t.children if c.dep_ in SUBJECT_DEPS], {"ORG", "PERSON"})
            elif t.dep_ == "prep" and (
                t.lower_ == "alongside"
                or (t.lower_ == "with" and t.i > 0 and toks[t.i - 1].lower_ in {"along", "together"})
            ):
                out += self._orgs_of([p for p in t.children if p.dep_ == "pobj"], {"ORG", "PERSON"})
        return out

    def _funding_round(self, si: int, sent: Span, rounds: list[Token], raises: list[Token]) -> None:
        """Investors tied to the round a sentence talks about, and the company it is for."""
        first_target: list[str] = []
        if not rounds:
            # "X has raised 500 million yuan, with participation from A": the raise is the round
            for t in raises:
                if any(
                    MONEY.search(c.text) or c.lower_ in {"money", "funding", "capital", "funds", "financing"}
                    for c in t.subtree
                    if c.dep_ in {"dobj", "nummod", "compound"}
                ):
                    first_target = [k for k in self.subjects(t) if self.kind(k) == "ORG"]
                    break
        for n in rounds:
            investors = self._round_investors(n)
            target, explicit = self._round_target(n)
            if investors and set(target) & set(investors):
                # "StepFun said Tencent would lead its next round": 'its' is not the lead investor
                target = [k for k in target if k not in investors] or self._earlier_subject(
                    si + 1, exclude=set(investors)
                )
            if n.lemma_.lower() == "deal" and not explicit and not investors:
                continue
            if target and not first_target and (explicit or investors):
                first_target = target
            if explicit and target:
                self._fund(target[0], si)
            for f in target:
                for b in investors:
                    if b != f:
                        self.add(f, Predicate.BACKED_BY, b, si, 0.85 if explicit else 0.75)
        if first_target:
            for b in self._cobackers(sent):
                for f in first_target:
                    if b != f:
                        self.add(f, Predicate.BACKED_BY, b, si, 0.8)

    def _stake(self, t: Token, si: int) -> None:
        """'A's stake in B', 'A has no stake in B', "A's $4 billion investment in B",
        'A made an investment in B': minority stakes back B, majority or controlling ones own it."""
        targets = self._orgs_of(
            [
                p
                for c in t.children
                if c.dep_ == "prep" and c.lower_ in {"in", "into"}
                for p in c.children
                if p.dep_ == "pobj"
            ]
        )
        if not targets:
            # "a stake of about 10 per cent in iFlytek": the parser hangs 'in' on the share
            targets = self._orgs_of(
                [
                    p
                    for c in t.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for x in c.children
                    if x.dep_ == "pobj"
                    for d in x.children
                    if d.dep_ == "prep" and d.lower_ in {"in", "into"}
                    for p in d.children
                    if p.dep_ == "pobj"
                ]
            )
        v = self.verbal_head(t)
        conf = 0.8
        if not targets and v is not None and t.dep_ == "dobj":
            # "Xiaomi bought shares in Zhipu AI"
            targets = self._orgs_of(
                [
                    p
                    for c in v.children
                    if c.dep_ == "prep" and c.lower_ in {"in", "into"}
                    for p in c.children
                    if p.dep_ == "pobj"
                ]
            )
        if not targets and v is not None:
            # "BYD, in which Berkshire Hathaway holds a stake"
            if any(
                c.dep_ == "prep" and c.lower_ == "in" and any(p.lower_ == "which" for p in c.children)
                for c in v.children
            ):
                targets = self._named_antecedent(v) or [
                    k for k in self.relcl_antecedent(v) or [] if self.kind(k) == "ORG"
                ]
            # "converted its investment into a small stake": the company of the funding story
            elif self.funded and t.lemma_.lower() == "stake" and not self.in_subject(t, v):
                targets, conf = [self.funded], 0.7
        if not targets:
            return
        poss = [c for c in t.children if c.dep_ == "poss"]
        holders: list[str] = []
        if poss:
            holders = [k for k in self.resolve(poss[0]) if self.kind(k) in {"ORG", "PERSON"}]
        elif v is not None and v.lemma_.lower() in {"give", "hand", "grant", "leave"}:
            # "the deal gives Microsoft a 49% stake in OpenAI"
            holders = [
                k
                for c in v.children
                if c.dep_ in {"dative", "dobj"} and c.i != t.i
                for k in self.keys_in(c)
                if self.kind(k) in {"ORG", "PERSON"}
            ]
        elif v is not None and not self.in_subject(t, v):
            lemma = v.lemma_.lower()
            if t.lemma_.lower() == "investment":
                ok = lemma in _MAKE_VERBS | {"have", "hold", "convert"}
            else:
                ok = lemma not in _SELL_VERBS and lemma != "be"
            if ok:
                holders = [k for k in self.subjects(v) if self.kind(k) in {"ORG", "PERSON"}]
        mods = {c.lower_ for c in t.children if c.dep_ in {"amod", "compound", "nmod"}}
        pred = Predicate.OWNS if mods & {"majority", "controlling"} else Predicate.BACKED_BY
        neg = self.negated(t)
        for h in holders:
            for f in targets:
                if pred is Predicate.OWNS:
                    self.add(h, pred, f, si, 0.8, negated=neg)
                else:
                    self.add(f, pred, h, si, conf, negated=neg)

    def _relcl_names(self, tok: Token) -> set[str]:
        """The names of the phrase a relative clause holding `tok` hangs on ('A (B), which ...': A and B)."""
        r = tok
        for _ in range(6):
            if r.dep_ == "relcl":
                break
            if r.head.i == r.i:
                return set()
            r = r.head
        else:
            return set()
        head = r.head
        return {
            m.key
            for m in self.s.sent_mentions(self.s.tok_sent[tok.i], "ORG")
            if head.left_edge.i <= m.start and m.end <= r.left_edge.i
        }

    def _named_antecedent(self, v: Token) -> list[str]:
        """'X, the group in which ...', 'its subsidiary X (XX), in which ...': the name a description
        with a relative clause is in apposition with (the description alone may resolve elsewhere)."""
        if v.dep_ != "relcl":
            return []
        head = v.head
        at = [head.i]
        if head.dep_ == "appos":
            at.append(head.head.i)
        left = head.left_edge.i
        if head.dep_ == "appos" and left >= 2 and self.toks[left - 1].text == ",":
            at.insert(1, left - 2)  # the parse may hang the apposition on an earlier noun
        at += [c.i for c in head.children if c.dep_ == "appos" and c.i < v.i]
        for i in at:
            m = self.s.mention_at(i)
            if m is not None and m.label == "ORG" and self.kind(m.key) == "ORG":
                return [m.key]
        return []

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
                # "SAIT (Samsung Advanced ...)": an abbreviation in brackets after the first name
                gap = _ABBREVIATION.sub("", text[a.end_char : b.start_char], count=1)
                if gap.startswith(")") and ("(" in a.text or text[a.start_char - 1 : a.start_char] == "("):
                    # "Japan Advanced Semiconductor Manufacturing (JASM), a TSMC-controlled venture": the
                    # name ends inside its bracketed abbreviation
                    gap = gap[1:]
                if len(gap) > 120 or "\n" in gap:
                    continue
                head = text[max(sent.start_char, a.start_char - 60) : a.start_char]
                tail = text[b.end_char : min(sent.end_char, b.end_char + 80)]
                # "Tencent and Alibaba have both backed Zhipu": a verb after the names joins them all
                # "Dreame and Roborock, both part of Xiaomi's ecosystem": 'both'/'all' gathers the list too
                joined = re.match(r"\s+[a-z]|,\s+(?:both|all)\b", gap)
                firsts = self._joined_before(orgs, i) if joined else [a.key]
                inner = _IN_RELATIVE.search(head) if gap.startswith(",") else None
                if inner is not None:
                    # "Arm, which signed a deal with Nvidia, is a subsidiary of SoftBank": the clause's
                    # name is not what the main clause is about; the name before the clause is
                    clause_at = a.start_char - len(head) + inner.start()
                    named = [m for m in orgs[:i] if m.end_char == clause_at]
                    if not named:
                        continue
                    firsts = [named[0].key]
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
                for k in self._story_side(pron[0], self.resolve(pron[0])):
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
                for t in s.sent_toks[si]:
                    if t.idx >= b.start_char:
                        break
                    at = s.mention_at(t.i)
                    if at is not None:
                        # a place in the description ("The Hangzhou-based company") does not end it
                        if at.label in {"GPE", "NORP"}:
                            continue
                        break
                    if not (t.pos_ == "PRON" and t.dep_ in {"nsubj", "nsubjpass"}) and not (
                        t.pos_ == "NOUN" and t.lower_ in self.lex.org_nouns
                    ):
                        continue
                    if any(m.start_char > t.idx and m.end_char <= b.start_char for m in orgs):
                        continue
                    told = self._story_side(t, self.resolve(t))
                    keys = [k for k in told if self.kind(k) == "ORG" and k != b.key]
                    if not keys:
                        continue
                    gap = text[t.idx + len(t.text) : b.start_char]
                    if len(gap) > 120 or "\n" in gap:
                        continue
                    head = text[max(sent.start_char, t.idx - 60) : t.idx]
                    tail = text[b.end_char : min(sent.end_char, b.end_char + 80)]
                    self._tie_match(keys, gap, head, tail, orgs, j, si, 0.7)
        self._drop_owner_backers()

    def _drop_owner_backers(self) -> None:
        """'Saudi Aramco's venture arm Prosperity7 invested': the arm backs the company, not its owner
        named in the same sentence."""
        owns = {
            (r.subject, r.object)
            for r in self.out.values()
            if r.predicate is Predicate.OWNS and not r.negated
        }
        backed = [r for r in self.out.values() if r.predicate is Predicate.BACKED_BY]
        drop = [
            r.key
            for r in backed
            for x in backed
            if x.subject == r.subject
            and (r.object, x.object) in owns
            and x.evidence == r.evidence
            and x.negated == r.negated
        ]
        for key in drop:
            self.out.pop(key, None)

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
        # "Vivo, the Dongguan-based smartphone brand, is a sister company of Oppo": skip the apposition
        appos = _APPOSITION.match(gap)
        gaps = (gap, gap[appos.end() :]) if appos else (gap,)
        for pat in self.lex.tie_patterns:
            if not any(pat.gap.match(g) for g in gaps):
                continue
            if pat.head is not None and not pat.head.search(head):
                continue
            tail_m = pat.tail.match(tail) if pat.tail is not None else None
            if pat.tail is not None and tail_m is None:
                continue
            if re.match(r"[-‐–](?:based|headquartered)\b", tail):
                # "acquired the Nijmegen-based company": a place that describes the company
                continue
            pred = Predicate(pat.predicate)
            # "X, the former owner of Y", "X, Y's former owner" (a tail pattern reads the words after Y)
            said = gap + (tail[: tail_m.end()] if tail_m is not None else "")
            if pred in {Predicate.OWNS, Predicate.AFFILIATE_OF} and _NOT_OWNER & set(
                re.findall(r"[\w-]+", said.lower())
            ):
                return True
            # "Zhipu denied that it had received funding from Aramco": a denied tie is negated
            neg = bool(_NEG.search(gap) or _DENIED.search(head))
            # "Tsinghua-affiliated Zhipu AI and Moonshot AI": the affiliation is the first name's
            # ("Geely-owned Volvo Cars and Lotus" owns both)
            hyphened = pred is Predicate.AFFILIATE_OF and gap.startswith(("-", "‐", "–"))
            others = [orgs[j].key] if hyphened else self._joined_after(orgs, j)
            for first in firsts:
                for other in others:
                    subj, obj = (first, other) if pat.subject_first else (other, first)
                    # a start-up spun out of a university is its affiliate, not its unit (gold conventions)
                    tie = pred
                    if pred is Predicate.OWNS and _SPUN.search(gap) and self._is_academic(subj, orgs):
                        tie = Predicate.AFFILIATE_OF
                        subj, obj = obj, subj
                    self.add(subj, tie, obj, si, conf, negated=neg)
                    if tie is Predicate.OWNS and _AFFILIATED.search(said):
                        # "not owned, controlled or affiliated with the army": the affiliation too
                        self.add(obj, Predicate.AFFILIATE_OF, subj, si, conf, negated=neg)
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
        k = j
        while k + 1 < len(orgs):
            k += 1
            between = self.s.text[orgs[k - 1].end_char : orgs[k].start_char]
            tail = self.s.text[orgs[k].end_char : orgs[k].end_char + 16]
            if not _JOIN.fullmatch(between) or _MODIFIER_TAIL.match(tail):
                break
            if k == j + 1 and re.fullmatch(r",\s+and\s+", between):
                # "OpenAI, backed by Microsoft, and Anthropic": ", and" after one name closes the apposition
                break
            if (
                k + 1 < len(orgs)
                and orgs[k + 1].key != orgs[k].key
                and re.fullmatch(r"(?:'s|’s)\s+", self.s.text[orgs[k].end_char : orgs[k + 1].start_char])
            ):
                # "A and SoftBank's Vision Fund": the member of the list is the possessed name
                k += 1
            out.append(orgs[k].key)
            if re.search(r"\band\b|&", between):
                # "A, B and C" ends at C: ", and D, a ..." after it is the sentence's own list
                break
        return list(dict.fromkeys(out))

"""Sanctions: sanctioned_by (org or person -> sanctioning country)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from rivalgraph.extract.relations.common import (
    POSSESSIVES,
)
from rivalgraph.extract.relations.lists import ListRules
from rivalgraph.extract.state import Mention
from rivalgraph.model import Predicate

# Possessed nouns that name a unit of the possessor ("its Shanghai subsidiary was also listed").
_LISTED_UNITS = frozenset({"subsidiary", "subsidiaries", "unit", "units", "arm", "affiliate", "affiliates"})
# Verbs of a government naming a target (only with a government as the actor).
_DESIGNATE_VERBS = frozenset({"designate", "blacklist", "sanction", "penalize", "penalise", "name"})
_DESIGNATE_WORDS = re.compile(r"designat|blacklist|sanction|penali[sz]|\bnam(?:e|ed|es|ing)\b", re.I)
# Verbs that undo a listing: "lifted sanctions on ZTE", "removed X from the Entity List".
_LIFT_VERBS = frozenset(
    {"lift", "remove", "delist", "rescind", "revoke", "drop", "exempt", "waive", "spare", "escape", "avoid"}
)
# Verbs that state a target was left out ("X was spared", "Y was not named").
_SPARE_VERBS = frozenset({"spare", "exempt"})
# Weak triggers that deny a listing rather than state one.
_DENIAL = re.compile(r"\bnot\b|spared|exempted|left off", re.I)
_DENIED_LISTING = frozenset(
    {"name", "include", "list", "add", "target", "designate", "sanction", "blacklist"}
)
# The rival government a target's country usually faces in this news, when no sanctioner is named.
_RIVAL = {"CN": "US", "HK": "US", "MO": "US", "US": "CN"}
# Words after a country that make it the actor of a measure ("US sanctions", "China's export ban").
_MEASURE_WORDS = frozenset(
    {
        "entity",
        "list",
        "blacklist",
        "export",
        "trade",
        "sanctions",
        "sanction",
        "countermeasures",
        "ban",
        "curbs",
    }
)
# What a government's possessive names when it acts: "Washington's decision", "China's countermeasures".
_ACTS = _MEASURE_WORDS | {
    "decision",
    "move",
    "action",
    "rule",
    "measure",
    "order",
    "designation",
    "blacklisting",
    "listing",
    "control",
    "restriction",
    "curb",
    "penalty",
    "commerce",
    "treasury",
    "government",
    "administration",
}
_THREAT_WORDS = frozenset(
    {"military", "threat", "risk", "terrorist", "list", "sanctions", "entity", "entities", "security", "user"}
)
# A stock-market listing ("listed on the Hong Kong exchange") is not a sanctions list.
_MARKET = re.compile(r"\b(?:stock|exchange|bourse|shares|nasdaq|nyse|ipo|initial public offering)\b", re.I)
_NAMED_MEASURE = re.compile(r"sanction|blacklist|list|countermeasure|military|1260h|ns-cmic", re.I)
# Speech verbs: their subject reports or protests a measure and is not the one who took it.
_SPEECH_VERBS = frozenset(
    {
        "say",
        "tell",
        "respond",
        "reject",
        "decline",
        "disagree",
        "oppose",
        "condemn",
        "protest",
        "criticize",
        "criticise",
        "accuse",
        "urge",
        "call",
        "vow",
        "warn",
        "argue",
        "complain",
        "slam",
        "denounce",
    }
)


# Verbs whose subject deals with a measure without being its target: "Nvidia said it would comply",
# "the industry group, which represents Intel, criticized the additions", "Google stopped selling to".
_BYSTANDER_VERBS = frozenset(
    {
        "comply",
        "lobby",
        "criticize",
        "criticise",
        "welcome",
        "applaud",
        "praise",
        "represent",
        "supply",
        "sell",
        "stop",
        "license",
        "receive",
        "apply",
        "seek",
        "fall",
        "rise",
        "gain",
        "slide",
        "jump",
        "report",
    }
)
# Nouns of a listing whose 'of' names the target: "the blacklisting of Inspur".
_LISTING_NOUNS = frozenset({"blacklisting", "listing", "designation", "addition", "inclusion", "sanctioning"})
# Verbs that put a target on a list or under a measure.
_LISTING_VERBS = frozenset({"put", "place", "add", "blacklist", "sanction", "designate", "list", "target"})
# Participles that make a described company a target: "the US-sanctioned company", "the blacklisted firm".
_LISTED_ADJ = frozenset({"sanctioned", "blacklisted"})
# Verbs whose object is told to act: "told ByteDance to stop buying", "ordered operators to".
_ORDER_VERBS = frozenset({"tell", "order", "instruct", "ask", "urge", "direct", "advise"})
# Verbs whose subject in a list passage is one of the listed ("among them were X", "Y remains on it").
_LISTED_STATES = frozenset({"be", "remain", "stay", "include", "face", "appear", "join"})
# Verbs and modals that make a measure a proposal, not a fact.
_PROPOSAL_VERBS = frozenset(
    {
        "urge",
        "consider",
        "propose",
        "weigh",
        "mull",
        "plan",
        "seek",
        "push",
        "threaten",
        "call",
        "demand",
        "recommend",
        "lobby",
        "debate",
        "want",
        "ask",
        "press",
    }
)
_MODAL_AUX = frozenset({"could", "may", "might", "would", "should"})
# A name that only modifies the next noun: "TSMC-made", "Microsoft-backed".
_NAME_MODIFIER = re.compile(
    r"^[-‐–](?:made|built|designed|owned|backed|based|funded|led|linked|run|operated|listed)\b"
)
# A dateline's wire credit: "HONG KONG (Reuters) -".
# the joint between two items of one list ('A, B and C', 'A; B; and C')
_LIST_JOIN = re.compile(r"\s*[,;]\s*(?:and\s+)?|,?\s+and\s+")
_PUBLISH_VERBS = frozenset({"publish", "print", "post", "carry", "appear", "gazette"})
_RELATIVE_AFTER = re.compile(r",\s+(?:which|who|whom)\b")
_WIRE_CREDIT = re.compile(r"^\)\s*[-–—]")
# Lists that only Beijing keeps: with no sanctioner named, a target of these is China's.
_CN_MEASURE = re.compile(r"unreliable entity|export control list|countermeasure|counter-measure", re.I)

# Who sells to a target: "suppliers such as Intel", "barred chipmakers such as TSMC from supplying".
_SUPPLIER_NOUNS = frozenset({"supplier", "suppliers", "vendor", "vendors", "customers", "buyers"})
_SUPPLY_VERBS = frozenset({"supply", "sell", "ship", "export", "provide", "make", "manufacture"})
# Restrictions placed on a named company: "export restrictions on Huawei", "restricted exports to Biren".
_RESTRICT = re.compile(
    r"\b(?:export\s+|trade\s+)?(?:restrictions|curbs|controls)\s+on"
    r"|\b(?:restrict(?:ed|s|ing)?|bann?(?:ed|s|ing)?|block(?:ed|s|ing)?|halt(?:ed|s|ing)?|prohibit(?:ed|s|ing)?)"
    r"\s+(?:\w+\s+)?(?:exports|sales|shipments)\s+to"
    r"|\bfrom\s+(?:doing\s+business|trading)\s+with"
    r"|\bfrom\s+(?:selling|supplying|exporting|shipping)\s+(?:[\w-]+\s+){0,3}?to(?=\s)"
    # "barred American firms from supplying YMTC with tools"
    r"|\bfrom\s+(?:supplying|servicing)(?=\s+(?:the\s+)?(?-i:[A-Z]))"
    # "barred operators from buying products made by Micron"
    r"|\bfrom\s+(?:buying|purchasing|using)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:products|chips|equipment|goods|gear|components)\s+(?:made\s+by|supplied\s+by|from)(?=\s)"
    # "banned approvals of new equipment from A", "the order covers equipment made by A and B", "stop it
    # from authorising new equipment from five Chinese companies: A; B"
    r"|\b(?:ban(?:s|ned)?|bar(?:s|red)?|covers|prohibit(?:s|ed)?|authori[sz]ing|approvals?\s+of)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:equipment|gear|devices)\s+(?:made\s+by|from)(?=\s)",
    re.I,
)
# Before the names of a restriction: "five Chinese companies:", and an item's description ("the radio
# maker Hytera"); between them: "A and B; C; and D", "A as well as B".
_GROUP_COLON = re.compile(
    r"\s*(?:[\w-]+\s+){0,4}?(?:firms|companies|groups|vendors|suppliers|makers)\s*:", re.I
)
_EQUIPMENT = re.compile(r"\b(?:equipment|gear|devices)\s+(?:made\s+by|from)$", re.I)
_ITEM_GAP = re.compile(r"\s*(?:the\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,3}")
_ITEM_SEP = re.compile(r"\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)")


def _own_negation(v: Token) -> bool:
    """The clause's own denial ('which is not / never / no longer on the list'), not its host clause's."""
    return any(
        c.dep_ == "neg"
        or c.lower_ == "never"
        or (c.lower_ == "longer" and any(x.lower_ == "no" for x in c.children))
        for c in v.children
    )


# "barred Huawei from buying US chips", "cut off Zhipu from American technology", "hit Micron with a ban"
_CUT_VERBS = frozenset({"bar", "block", "ban", "cut", "prohibit", "forbid", "hit"})
_CUT_SUPPLIES = frozenset(
    {
        "buy",
        "purchase",
        "acquire",
        "access",
        "obtain",
        "import",
        "technology",
        "chip",
        "component",
        "supplier",
        "software",
        "tool",
        "equipment",
        "semiconductor",
        "part",
        "export",
    }
)
_CUT_RULES = frozenset({"rule", "regulation", "measure", "order", "restriction", "control", "law"})
_CUT_MEASURES = frozenset({"sanction", "curb", "ban", "control", "restriction", "penalty", "blacklisting"})
# "told buyers to stop buying X's chips": a government's order to stop buying a company's products.
_STOP_WORDS = re.compile(r"\b(?:stop|halt|cease|suspend)", re.I)
_STOP_VERBS = frozenset({"stop", "halt", "cease", "suspend"})
_BUY_VERBS = frozenset({"buy", "order", "purchase", "procure", "test", "use", "import"})
_MAKE_VERBS = frozenset({"make", "design", "build", "produce", "develop", "sell"})
_AUTHORITY_NOUNS = frozenset({"regulators", "regulator", "authorities", "government", "officials"})
# A group of companies the measure is placed on, then its named members: "on seven US defence firms,
# including".
_GROUP_INCLUDING = re.compile(
    r"\s*(?:[\w-]+\s+){0,5}?(?:firms|companies|groups|entities|makers|suppliers|contractors|manufacturers"
    r"|organi[sz]ations),?\s+(?:including|such\s+as|among\s+them)\s+",
    re.I,
)
# Nouns naming a measure, whose relative clauses name the affected, not the targets.
_MEASURE_NOUNS = frozenset(
    {"rules", "rule", "measures", "measure", "controls", "restrictions", "curbs", "sanctions", "regulations"}
)
# A passage's list sentence: "The entities are A; B; and C", "Those added include A and B".
_LISTED_NOUNS = (
    r"(?i:entities|companies|firms|organi[sz]ations|targets|additions|entries|groups|institutes|names"
    r"|individuals|people|persons|executives|universities|units|subsidiaries|makers|suppliers|contractors)"
)
# a government body as the object of these is what a measure is about, not who takes it
_NOT_ACTOR_PREPS = frozenset({"of", "to", "for", "with", "against", "on"})
_PEOPLE_LISTED = re.compile(r"(?i)\b(?:individuals|people|persons|executives)\b")
_LISTED_GROUP = re.compile(
    r"^\s*(?i:the|these|those|other|others)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:{_LISTED_NOUNS}|(?i:added|listed))"
    r"(?:\s+(?i:added|listed|named|targeted|designated))?\s+(?i:are|were|include|included|includes|comprise)"
    # (a name may follow a short description: "include memory-chip maker CXMT")
    r"(?=\s*:?\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}[A-Z0-9])"
    # "Four people were named as well: A; B", "Five chip firms were cited for ...: A; B"
    rf"|^\s*(?:[A-Z][a-z]+|\d+)\s+(?:[\w-]+\s+){{0,4}}?{_LISTED_NOUNS}\s+(?i:were|was)\s+(?i:also\s+)?"
    r"(?i:named|listed|added|cited|targeted|designated)\b[^:.;]{0,80}?(?=:)"
    # "They include A and B; C; and D" right after the listing
    r"|^\s*(?:They|These|Those)\s+(?:include|included|comprise|(?:are|were)(?=\s*:?\s+(?:the\s+)?[A-Z0-9]))\b"
    # "Among the Chinese names is the BAAI", "Among the new entries are A and B"
    r"|^\s*Among\s+(?i:the|those|these)\s+(?:[\w-]+\s+){0,3}?"
    r"(?i:entities|companies|firms|organi[sz]ations|targets|additions|entries|groups|institutes|names)"
    r"(?:\s+(?i:added|listed|named|targeted|designated))?\s+(?i:is|are|was|were)\b"
    # "Nine of the companies are accused of using forced labour: A; B; C": a part of the passage's group,
    # its names after a colon
    rf"|^\s*(?:[A-Z][a-z]+|\d+)\s+of\s+(?i:the|these|those)\s+(?:[\w-]+\s+){{0,3}}?{_LISTED_NOUNS}"
    r"\s+(?i:are|were|have|had)\b[^:.;]{0,80}?(?=:)",
)
# Measure nouns placed on people ("sanctions on Zhou Shuai", "countermeasures against A and B")
_PEOPLE_MEASURES = frozenset({"sanction", "sanctions", "countermeasure", "countermeasures", "penalty"})
_ON_PREPS = frozenset({"on", "against"})
_BULLET = re.compile(r"^[-•*·]\s*")
_ALSO_LISTED = re.compile(r"\balso\s+(?:listed|designated|sanctioned|named|added|targeted)\b", re.I)
# A number in a list sentence's group ("The 11 American companies are ..."), matched against the numbers
# of the measure's own sentence ("put 11 American drone makers on its list")
_GROUP_COUNT = re.compile(r"^\s*(?i:the|these|those)\s+(\d+|[a-z]+)\s", re.I)
_COUNT_WORDS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
)
# A passage's list named by its document: "The rule names seven entities: A; B; ...", "The list takes in
# A and B": the subject nouns and the verbs.
_LIST_DOCS = frozenset(
    {
        "list",
        "rule",
        "notice",
        "order",
        "filing",
        "batch",
        "round",
        "listing",
        "listings",
        "package",
        "update",
    }
)
_LIST_DOC_VERBS = frozenset({"name", "include", "list", "cover", "take", "add", "target", "comprise", "span"})
# The same when the parser takes the verb for a noun ("The rule, released on Thursday, names ..."):
# the document noun opens the sentence and a naming verb follows within its phrase.
# Words a sanctions document may carry before its noun ("the updated US list"; not "the exhibitor list").
_LIST_DOC_MODS = frozenset(
    {"new", "updated", "latest", "revised", "amended", "full", "final", "us", "u.s.", "american", "entity"}
    | {"export", "trade", "sanctions", "control", "commerce", "department", "'s", "bis", "treasury"}
)
_LIST_DOC_RE = re.compile(
    r"^\s*(?i:the|its|this|that)\s+"
    r"(?:(?i:new|updated|latest|revised|amended|full|final|US|U\.S\.|American|entity|export|trade|sanctions)\s+){0,2}"
    r"(?i:list|rule|notice|order|filing|update)\b"
    r"[^:;.]{0,60}?\b((?i:names|lists|includes|covers|takes\s+in|adds|targets))\s"
)


class SanctionRules(ListRules):
    """Sanctions rules."""

    def sanctions(self) -> None:
        s = self.s
        lex = self.lex
        strong = lex.phrase_re(lex.sanction_strong)
        weak = lex.phrase_re(lex.sanction_weak)
        list_re = lex.phrase_re(tuple(lex.sanction_lists))
        last_strong = -10
        people_at = -10  # the last sentence whose measure named people
        role_nouns = lex.event_triggers["sponsors"].nouns | lex.event_triggers["exhibits_at"].nouns
        for si, sent in enumerate(s.sents):
            text = self.s.sent_texts[si]
            denial = False
            intro_end: int | None = None  # a list line: the end of its introduction ("The entities are")
            found = strong.search(text)
            trigger_at = sent.start_char + found.start() if found else self._designation(si)
            for restricted in _RESTRICT.finditer(text) if trigger_at is None else ():
                self._restricted(si, restricted, list_re)
            if _STOP_WORDS.search(text):
                self._boycotted(si)
            if trigger_at is None:
                self._cut_off(si)
            # "Also on the list is X" only continues a sanctions passage, never a sponsor list.
            # (a role noun right after the measure's own sentence is the target's: "both on that list,
            # have no booth")
            weak_ok = si - last_strong <= 6 and (
                si - last_strong <= 1
                # (not a noun describing a name: "ACM Research, the equipment supplier, said its unit was
                # among the additions")
                or not any(
                    t.lower_ in role_nouns
                    and t.dep_ != "appos"
                    and not any(c.dep_ == "compound" and c.is_lower for c in t.children)
                    for t in sent
                )
            )
            if (
                trigger_at is None
                and weak_ok
                and (found := weak.search(text))
                and not _MARKET.search(text)
                and not (
                    found.group(0).lower().startswith("designat")
                    and self._designation(si, actor=False) is None
                    and not self._designation_of(si)
                )
                and not self._among_other(sent.start_char + found.start(), found.group(0))
                and not self._other_list(text, found)
            ):
                hit_strong = False
                # "Alibaba was not named": a sentence that only denies a listing states denials only
                denial = _DENIAL.search(found.group(0)) is not None
                trigger_at = sent.start_char + found.start()
            elif (
                trigger_at is None
                and (listed := _LISTED_GROUP.match(text))
                and (si - last_strong <= 2 or self._counted_again(si, last_strong))
            ):
                # "The entities are A; B; and C", "Those added include A and B": the passage's list
                hit_strong = False
                trigger_at = sent.start_char + listed.start()
                intro_end = sent.start_char + listed.end()
            elif (
                trigger_at is None and si - last_strong <= 3 and (verb := self._list_doc_verb(si)) is not None
            ):
                # "The rule names seven entities: A; the B; C", "The US list takes in A and B"
                hit_strong = False
                trigger_at = verb.idx
                intro_end = verb.idx + len(verb)
            elif trigger_at is None and si - last_strong <= 3 and (doc_re := _LIST_DOC_RE.match(text)):
                hit_strong = False
                trigger_at = sent.start_char + doc_re.start(1)
                intro_end = sent.start_char + doc_re.end(1)
            elif trigger_at is None and text.rstrip().endswith(":") and si - last_strong <= 1:
                # "The US added 12 entities to its Entity List. They include:" and the lines after
                hit_strong = False
                trigger_at = sent.start_char
            elif trigger_at is None:
                continue
            else:
                hit_strong = True
                self.sanction_context = True
                # only a named measure opens a passage that later list sentences continue
                if found is None or _NAMED_MEASURE.search(found.group(0)):
                    last_strong = si
            if self._proposed(trigger_at):
                continue  # "lawmakers urged Commerce to add CXMT", "is considering adding DeepSeek"
            country = self._sanctioner(si, list_re, trigger_at, strong=hit_strong, before=intro_end)
            co_countries = self._co_sanctioners
            targets = self._sanction_targets(si, country, (strong, weak), trigger_at, weak=not hit_strong)
            people_on = self._sanctioned_people(si) if hit_strong else []
            if people_on:
                people_at = si
                targets = list(dict.fromkeys(targets + people_on))
            elif intro_end is not None and si - people_at <= 2:
                # "China sanctioned 28 people including A. The list also names B, C and D": the list
                # sentence of a passage on people names people too
                items = self._inline_items(si, intro_end, people=True)
                targets = list(dict.fromkeys(targets + [k for k in items if self.kind(k) == "PERSON"]))
            if (listed := _LISTED_GROUP.match(text)) is not None or (
                (hit_strong or intro_end is not None) and ":" in text.rstrip()[:-1]
            ):
                # "... to the Entity List on Thursday: A, B and C" / "The entities are A; B; and C"
                at = listed.end() if listed is not None else text.find(":", trigger_at - sent.start_char) + 1
                if at > 0:
                    people = listed is not None and _PEOPLE_LISTED.search(listed.group(0)) is not None
                    items = self._inline_items(si, sent.start_char + at, people=people)
                    targets = list(dict.fromkeys(targets + items))
            if text.rstrip().endswith(":") or (si + 1 < len(s.sents) and "|" in s.sent_texts[si + 1]):
                # a colon list, or the rows of a table under a heading line
                targets = targets + self._list_items(si) + self._item_lines(si) + self._bullet_rows(si)
                if (
                    si + 1 < len(s.sents)
                    and "\n" not in s.text[sent.end_char : s.sents[si + 1].start_char]
                    and not any(t.pos_ in {"VERB", "AUX"} and t.is_lower for t in s.sents[si + 1])
                ):
                    # "... on Thursday: A, B and C." split by the parser at the colon: the run-on line
                    targets = list(dict.fromkeys(targets + self._inline_items(si + 1, 0)))
            if country is None:
                # "sanctions-hit SMIC" in a story that never names the sanctioner: the other side
                named = found is not None and re.search(
                    r"sanction|blacklist|list|investing|investors", found.group(0), re.I
                )
                # targets on both sides ("Intel sold to Huawei despite the blacklist"): only one side is
                # listed, the US's targets unless the measure is one only Beijing takes
                sides = {self._opposite_side(k) for k in targets} - {None}
                side = s.kb.country_place("CN" if _CN_MEASURE.search(text) else "US").id
                for k in targets if named and hit_strong else []:
                    opposite = self._opposite_side(k)
                    if opposite is not None and (len(sides) == 1 or opposite == side):
                        self._ensure_country(opposite, None)
                        self.add(
                            k, Predicate.SANCTIONED_BY, opposite, si, 0.6, negated=self._target_negated(k, si)
                        )
                continue
            if targets:
                self._ensure_country(country, getattr(self, "_sanctioner_span", None))
                if not hit_strong and weak_ok:
                    last_strong = (
                        si  # "Among the firms named are ...": a list sentence carries the passage on
                    )
            hits = sorted({sent.start_char + h.start() for rx in (strong, weak) for h in rx.finditer(text)})
            targets = [k for k in targets if not self._published_in(si, k)]
            for k in targets:
                negated = self._target_negated(k, si) or k in self._described_negated
                if denial and not negated:
                    continue
                obj = country
                acc = s.entities.get(k)
                if (
                    not negated
                    and acc is not None
                    and acc.country
                    and s.kb.country_place(acc.country).id == country
                ):
                    # "the blacklisting of SMIC would hurt Chinese chip output": not its own government
                    # (a denial keeps it: "AMD itself is not a target of the US listing")
                    if self._speaks_of(k, si):
                        continue  # "Nvidia said US export restrictions would cost it $5bn": a bystander
                    obj = self._opposite_side(k) or country
                    self._ensure_country(obj, None)
                if len(hits) > 1:
                    # "Beijing retaliated against US sanctions on Huawei by placing Skydio on its unreliable
                    # entity list": each target belongs to the measure nearest to it
                    at = self._list_head(si, k, trigger_at)
                    nearest = min(hits, key=lambda h: abs(h - at))
                    own = self._sanctioner(si, list_re, nearest, strong=hit_strong)
                    if own is not None and own != country:
                        self._ensure_country(own, getattr(self, "_sanctioner_span", None))
                        obj = own
                self.add(k, Predicate.SANCTIONED_BY, obj, si, 0.85 if hit_strong else 0.7, negated=negated)
                for other in co_countries if obj == country else []:
                    # "sanctioned by the European Union and the United States": each government acts
                    self._ensure_country(other, None)
                    self.add(k, Predicate.SANCTIONED_BY, other, si, 0.8, negated=negated)

    def _sanctioned_people(self, si: int) -> list[str]:
        """'imposed sanctions on Zhou Shuai, a hacker, and on his company', 'sanctions on 28 people
        including A', 'on X and on its chief executive, B': the persons a measure noun is placed on (not
        those in a description's own clause: 'a firm founded by C')."""
        out: list[str] = []
        people = self.s.sent_mentions(si, "PERSON")
        if not people:
            return out
        for t in self.s.sent_toks[si]:
            if t.pos_ != "NOUN" or t.lemma_.lower() not in _PEOPLE_MEASURES:
                continue
            heads = [t] + ([t.head] if t.dep_ == "dobj" and t.head.pos_ == "VERB" else [])
            preps = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in _ON_PREPS]
            if not preps or self._plain_negated(t.head):
                continue
            for m in people:
                root = self.s.mention_root(m)
                h = root
                for _ in range(12):
                    if h in preps or h.dep_ in {"acl", "relcl", "advcl", "ccomp"} or h.head.i == h.i:
                        break
                    h = h.head
                if h in preps:
                    out.append(m.key)
        return out

    def _bullet_rows(self, si: int) -> list[str]:
        """The names on the bullet lines under a sentence, read line by line (the parser may split a bullet
        from its line): a table row's first cell, and a later cell that says its names were 'also listed'."""
        end = self.s.sents[si].end_char
        out: list[str] = []
        started = False
        skipped = 0
        for line in self.lines():
            if line.end <= end:
                continue
            if not _BULLET.match(line.text):
                if started or skipped or "|" not in line.text:
                    break
                skipped += 1  # one header row ("Legal name | Sector | Note") before the rows
                continue
            started = True
            cells = line.text.split("|")
            for m in self._line_mentions(line, "ORG"):
                at = m.start_char - line.start
                cell = line.text[:at].count("|")
                if cell == 0 or _ALSO_LISTED.search(cells[cell]):
                    out.append(m.key)
        return list(dict.fromkeys(k for k in out if self._listable(k)))

    def _counted_again(self, si: int, strong_si: int) -> bool:
        """'China put 11 US firms on its list. [...] The 11 American companies are A, B, ...': a list
        sentence whose group carries the count of the measure's sentence, a few sentences on."""
        found = _GROUP_COUNT.match(self.s.sent_texts[si])
        if found is None or si - strong_si > 5:
            return False
        count = found.group(1).lower()
        if not (count.isdigit() or count in _COUNT_WORDS):
            return False
        return any(t.lower_ == count for t in self.s.sent_toks[strong_si] if t.like_num)

    def _speaks_of(self, key: str, si: int) -> bool:
        """'Nvidia said US sanctions would cost it $5bn': the name is the subject of a verb of speech or
        reaction (a company of the sanctioning country that speaks of the measure is no target of it)."""
        for m in self.s.sent_mentions(si, "ORG"):
            if m.key != key:
                continue
            root = self.s.mention_root(m)
            if root.dep_ == "nsubj" and root.head.lemma_.lower() in _SPEECH_VERBS | _BYSTANDER_VERBS:
                return True
        return False

    def _published_in(self, si: int, key: str) -> bool:
        """'a rule published in the Federal Register': the journal that prints a measure is no target."""
        found = [m for m in self.s.sent_mentions(si) if m.key == key]
        for m in found:
            root = self.s.mention_root(m)
            if not (
                root.dep_ == "pobj"
                and root.head.lower_ == "in"
                and root.head.head.lemma_.lower() in _PUBLISH_VERBS
            ):
                return False
        return bool(found)

    def _list_head(self, si: int, key: str, default: int) -> int:
        """Where the coordinated list that names `key` begins ('sanctions on A, B, C and D, over US
        sanctions on ...': every item belongs to the measure its first item follows)."""
        orgs = self.s.sent_mentions(si, "ORG")
        idx = next((i for i, m in enumerate(orgs) if m.key == key), None)
        if idx is None:
            return default
        while idx > 0 and _LIST_JOIN.fullmatch(self.s.text[orgs[idx - 1].end_char : orgs[idx].start_char]):
            idx -= 1
        return orgs[idx].start_char

    def _proposed(self, trigger_at: int) -> bool:
        """A measure only urged, weighed or threatened ('senators called for sanctions on X')."""
        span = self.doc.char_span(trigger_at, trigger_at + 1, alignment_mode="expand")
        if span is None:
            return False
        t = span[0]
        for _ in range(6):
            if t.pos_ in {"VERB", "AUX"} and (
                t.lemma_.lower() in _PROPOSAL_VERBS
                or any(c.dep_ == "aux" and c.lower_ in _MODAL_AUX for c in t.children)
            ):
                return True
            # "Companies on the Entity List may not exhibit": a list inside a subject describes it
            if t.head.i == t.i or t.dep_ in {"relcl", "conj", "nsubj", "nsubjpass"}:
                return False
            t = t.head
        return False

    def _designation(self, si: int, *, actor: bool = True) -> int | None:
        """'Treasury designated Sinochem', 'X was designated by the State Department': a government's act."""
        if not _DESIGNATE_WORDS.search(self.s.sent_texts[si]):
            return None
        for t in self.s.sent_toks[si]:
            if t.lemma_.lower() not in _DESIGNATE_VERBS or t.pos_ != "VERB":
                continue
            actors = [c for c in t.children if c.dep_ == "nsubj"] + [
                p for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
            ]
            # "designated a national AI champion": only a designation as a threat is a sanction
            complements = [
                x
                for c in t.children
                # "named SMIC ...": a name parsed as a complement is not one
                if (self.s.mention_at(c.i) is None and c.dep_ in {"oprd", "attr", "xcomp", "ccomp"})
                or (c.dep_ == "prep" and c.lower_ == "as")
                # "was designated a national champion": a passive's object is the designation
                or (c.dep_ == "dobj" and any(x.dep_ == "nsubjpass" for x in t.children))
                for x in c.subtree
            ]
            if complements and not any(x.lower_ in _THREAT_WORDS for x in complements):
                continue
            if not actor:
                return t.idx
            for a in actors:
                m = self.s.mention_at(a.i)
                if m is None or not m.key:
                    continue
                acc = self.s.entities.get(m.key)
                if acc is None:
                    continue
                if m.key.startswith("gpe:") or (acc.record is not None and str(acc.record.kind) == "agency"):
                    return t.idx
        return None

    @staticmethod
    def _other_list(text: str, found: re.Match[str]) -> bool:
        """'The exhibitor list includes Xiaomi': a list named by another noun is no sanctions list."""
        if found.group(0).lower().split()[0] != "list":
            return False
        before = text[max(0, found.start() - 30) : found.start()].split()
        word = before[-1].lower() if before else ""
        return (
            word.isalpha()
            and word.islower()
            and word not in _LIST_DOC_MODS | {"the", "a", "its", "this", "that"}
        )

    def _among_other(self, at: int, phrase: str) -> bool:
        """'The campaign compromised several carriers, among them AT&T': 'among them' on the object of a
        verb that is no listing names the objects of that act, not the passage's targets."""
        if phrase.lower() != "among them":
            return False
        span = self.doc.char_span(at, at + 5, alignment_mode="expand")
        if span is None:
            return False
        h = span[0].head
        for _ in range(4):
            if h.dep_ in {"dobj", "npadvmod"}:
                # "compromised carriers, among them AT&T" (the name may hang on the verb itself)
                v = h.head
                return (
                    v.pos_ == "VERB"
                    and v.lemma_.lower() not in _LISTING_VERBS | _DESIGNATE_VERBS | _LISTED_STATES
                )
            if h.dep_ not in {"conj", "appos"} or h.head.i == h.i:
                break
            h = h.head
        return False

    def _designation_of(self, si: int) -> bool:
        """'the January designation of Sichuan Silence' in a sanctions passage (not 'designation of
        Pudong as a pilot zone')."""
        for t in self.s.sent_toks[si]:
            if t.lemma_.lower() != "designation" or t.pos_ != "NOUN":
                continue
            preps = {c.lower_ for c in t.children if c.dep_ == "prep"}
            if "of" in preps and "as" not in preps:
                return True
        return False

    def _designated_people(self, si: int) -> list[str]:
        """'OFAC also designated Zhou Shuai', 'Zhou was sanctioned by Treasury': a person as the object of
        a government's designation."""
        out: list[str] = []
        for m in self.s.sent_mentions(si, "PERSON"):
            root = self.s.mention_root(m)
            v = root.head
            if (
                root.dep_ in {"dobj", "nsubjpass"}
                and v.pos_ == "VERB"
                and v.lemma_.lower() in {"designate", "sanction", "blacklist", "penalize", "penalise"}
                and not any(
                    c.dep_ in {"oprd", "xcomp"} or (c.dep_ == "prep" and c.lower_ == "as") for c in v.children
                )
                and not self._plain_negated(v)
            ):
                out.append(m.key)
        return out

    def _opposite_side(self, key: str) -> str | None:
        """The rival government of a target whose own country is known: US for Chinese firms, and back."""
        acc = self.s.entities.get(key)
        code = acc.country if acc is not None else None
        other = _RIVAL.get(code or "")
        return self.s.kb.country_place(other).id if other else None

    def _inline_items(self, si: int, at: int, *, people: bool = False) -> list[str]:
        """Listable names after a colon or a listing verb: 'A, B and C', 'A; B; and C'; with `people`
        ("The individuals named are A and B"), the persons too."""
        out: list[str] = []
        mentions = self.s.sent_mentions(si, "ORG") + (self.s.sent_mentions(si, "PERSON") if people else [])
        for m in sorted(mentions, key=lambda m: m.start_char):
            if m.start_char < at or (m.label == "ORG" and not self._listable(m.key)):
                continue
            nxt = self.toks[m.end] if m.end < len(self.doc) else None
            if nxt is not None and nxt.text in POSSESSIVES:
                continue  # "Sugon's Wuxi unit": the unit is the listed name
            if _NAME_MODIFIER.match(self.s.text[m.end_char : m.end_char + 14]):
                continue
            if self._in_description(self.s.mention_root(m)):
                continue  # "Wingtech, the parent of Nexperia": a name inside an item's description
            out.append(m.key)
        return out

    @staticmethod
    def _in_description(root: Token) -> bool:
        """'A, the parent of B', 'A, known for its B models': a name in a prepositional phrase inside an
        apposition or a clause on another name, which describes that name and is no item of its own."""
        t = root
        while t.dep_ in {"compound", "amod", "poss"} and t.head.i != t.i:
            t = t.head
        if t.dep_ != "pobj":
            return False
        for _ in range(6):
            if t.head.i == t.i:
                return False
            t = t.head
            if t.dep_ in {"appos", "relcl", "acl"}:
                return True
        return False

    def _item_lines(self, si: int) -> list[str]:
        """Names on the unbulleted lines or table rows after a sentence ending with a colon."""
        s = self.s
        out: list[str] = []
        for sj in range(si + 1, min(len(s.sents), si + 60)):
            sent = s.sents[sj]
            if len(sent) > 14 or any(t.pos_ in {"VERB", "AUX"} and t.is_lower for t in sent):
                break
            first = next((m for m in s.sent_mentions(sj) if m.label in {"ORG", "GPE", "PERSON"}), None)
            if first is None or first.label != "ORG" or first.start - sent.start > 2:
                break
            out.append(first.key)
        return list(dict.fromkeys(out))

    def _target_negated(self, key: str, si: int) -> bool:
        """'X itself was not listed', 'Y was never added', 'lifted sanctions on Z', 'removed W from the
        list', 'V is no longer on the list': the target's own clause denies or undoes the listing."""
        strong = self.lex.phrase_re(self.lex.sanction_strong)
        for m in self.s.sent_mentions(si, "ORG"):
            if m.key != key:
                continue
            if m.start > 0 and self.toks[m.start - 1].lower_ == "not":
                return True  # "names Inspur and Loongson, but not Alibaba"
            root = self.s.mention_root(m)
            # "Nvidia cannot sell to Sugon, which is on the Entity List": the name's own relative clause
            # states the listing, whatever the main clause denies
            if any(
                c.dep_ == "relcl"
                and not _own_negation(c)
                and _NAMED_MEASURE.search(self.doc[c.left_edge.i : c.right_edge.i + 1].text)
                for c in root.children
            ):
                return False
            # "Huawei, the Chinese group hit by US restrictions, is not an exhibitor": the name's own
            # apposition states the measure, whatever the main clause denies
            if any(
                c.dep_ == "appos"
                and not any(x.dep_ == "neg" for x in c.subtree)
                and strong.search(self.doc[c.left_edge.i : c.right_edge.i + 1].text)
                for c in root.children
            ):
                return False
            v = self.verbal_head(root)
            if v is not None and self.in_subject(root, v) and self.negated(v):
                return True
            # "The probe does not put Google under sanctions"
            if v is not None and root.dep_ == "dobj" and root.head.i == v.i and self._plain_negated(v):
                return True
            if self._lifted(root) or (v is not None and (self._no_longer(v) or self._left_off(v))):
                return True
            # "Lenovo, which is not subject to US sanctions, ...": a denied relative clause on the name
            if any(c.dep_ == "relcl" and _own_negation(c) for c in root.children):
                return True
        return False

    def _lifted(self, root: Token) -> bool:
        """The target hangs on an undoing verb ('lifted sanctions on ZTE', 'ZTE was removed from')."""
        t = root
        for _ in range(6):
            if t.dep_ in {"conj", "appos", "compound", "pobj", "prep", "dobj", "nsubjpass", "nsubj"}:
                t = t.head
            else:
                return False
            if t.pos_ in {"VERB", "AUX"}:
                return t.lemma_.lower() in _LIFT_VERBS or (
                    t.lemma_.lower() == "take" and any(c.lower_ == "off" for c in t.children)
                )
        return False

    @staticmethod
    def _left_off(v: Token) -> bool:
        """'X was left off the list', 'Y was left out of the package'."""
        return v.lemma_.lower() == "leave" and any(c.lower_ in {"off", "out"} for c in v.children)

    @staticmethod
    def _no_longer(v: Token) -> bool:
        return any(
            c.lower_ == "longer" and any(d.lower_ == "no" for d in c.children) for c in v.children
        ) or any(c.lower_ == "longer" and c.i > 0 and c.doc[c.i - 1].lower_ == "no" for c in v.children)

    def _list_doc_verb(self, si: int) -> Token | None:
        """'The rule names seven entities', 'The US list takes in A and B': a passage's listing document
        as the subject of a verb of naming, whose objects are the listed."""
        for t in self.s.sent_toks[si]:
            if t.pos_ != "VERB" or t.lemma_.lower() not in _LIST_DOC_VERBS or self.negated(t):
                continue
            if t.lemma_.lower() == "take" and not any(c.lower_ == "in" for c in t.children):
                continue
            if any(
                c.dep_ == "nsubj"
                and c.lower_ in _LIST_DOCS
                # "the updated US list", not "the exhibitor list"
                and all(
                    x.lower_ in _LIST_DOC_MODS for x in c.children if x.dep_ in {"compound", "amod", "poss"}
                )
                for c in t.children
            ):
                return t
            if self._agency_names_as(t):
                return t
        return None

    def _agency_names_as(self, t: Token) -> bool:
        """'The Ministry of Commerce named the five as A; B; and C', 'Treasury listed them as A and B': a
        government that names the passage's targets again, by a number or a pronoun, before the names."""
        if t.lemma_.lower() not in {"name", "list", "identify"}:
            return False
        if not any(c.dep_ == "prep" and c.lower_ == "as" for c in t.children):
            return False
        if not any(
            c.dep_ == "dobj" and (c.like_num or c.lower_ in {"them", "these", "those", "all"})
            for c in t.children
        ):
            return False
        for c in t.children:
            m = self.s.mention_at(c.i) if c.dep_ == "nsubj" else None
            if m is None or not m.key or (acc := self.s.entities.get(m.key)) is None:
                continue
            if m.key.startswith("gpe:") or (acc.record is not None and str(acc.record.kind) == "agency"):
                return True
        return False

    def _sanctioner(
        self, si: int, list_re: re.Pattern[str], trigger_at: int, *, strong: bool, before: int | None = None
    ) -> str | None:
        """The country behind the measure: an acting government (agency, subject, agent, possessor of
        the list or a named list) before any other country word, the nearest to the trigger first.
        On a list line (`before`: the end of its introduction) a country inside the items is no actor."""
        s = self.s
        doc = self.doc
        toks = self.toks
        text = s.sent_texts[si]
        # (tier, distance, place id, span): tier 0 acts, tier 1 is only mentioned
        cands: list[tuple[int, int, str, tuple[int, int]]] = []
        self._sanctioner_span: tuple[int, int] | None = None
        self._co_sanctioners: list[str] = []
        roots: dict[tuple[int, int], Token] = {}  # an acting candidate's head word, by its span
        # "A, B and C, which the ministry said had supported a probe by the US trade office": a country in
        # a relative clause after the targets describes them, it does not act
        start = s.sents[si].start_char
        rel = _RELATIVE_AFTER.search(text, max(0, trigger_at - start))
        cut = start + rel.start() if rel is not None else None
        for m in s.sent_mentions(si):
            code: str | None = None
            tier = 1
            if (before is not None and m.start_char >= before) or (cut is not None and m.start_char >= cut):
                continue
            if m.label in {"GPE", "NORP"} and m.key.startswith("gpe:"):
                acc = s.entities.get(m.key)
                place = s.kb.lookup_place(m.text)
                if acc is None or acc.country is None:
                    continue
                if (
                    place is not None
                    and str(place.kind) != "country"
                    and m.text not in {"Washington", "Beijing"}
                ):
                    continue
                if re.match(r"^[-‐–](?:based|headquartered)", self.s.text[m.end_char : m.end_char + 16]):
                    continue
                # "Chinese generative AI start-up Zhipu": a label of the target, not the sanctioner
                k = m.end
                measure = False
                while (
                    k < len(doc)
                    and k - m.end < 5
                    and toks[k].pos_ in {"NOUN", "ADJ", "PROPN", "PUNCT", "PART"}
                    and (
                        toks[k].is_lower
                        or toks[k].text in {"-", "'s", "’s"}
                        or (toks[k].is_upper and len(toks[k].text) <= 4 and s.mention_at(k) is None)
                    )
                ):
                    if toks[k].lower_ in self.lex.agency_words or toks[k].lower_ in _MEASURE_WORDS:
                        measure = True
                        break
                    k += 1
                nxt = s.mention_at(k) if k < len(doc) else None
                root = s.mention_root(m)
                # "an IPO in Hong Kong", "sanctions on China": a place or a target, not the actor
                if root.dep_ == "pobj" and root.head.lower_ in {
                    "in",
                    "from",
                    "outside",
                    "to",
                    "across",
                    "into",
                    "on",
                    "against",
                }:
                    continue
                label_like = any(self.is_org_noun(toks[x]) for x in range(m.end, k)) or (
                    nxt is not None
                    and nxt.label == "ORG"
                    and not (set(nxt.text.lower().split()) & self.lex.agency_words)
                )
                if label_like:
                    continue
                acting = (
                    measure
                    or (nxt is not None and nxt.label == "ORG")
                    or (root.dep_ == "nsubj" and root.head.lemma_.lower() not in _SPEECH_VERBS)
                    or (root.dep_ == "pobj" and root.head.lower_ == "by")
                    or (root.dep_ in {"poss", "compound"} and root.head.lemma_.lower() in _ACTS)
                )
                # a nationality word that acts ("American sanctions") is the sanctioner; one that
                # describes ("nearly all of them Chinese", "American chips") only when nothing else is
                tier = 0 if acting else 2 if m.label == "NORP" else 1
                code = acc.country
                if m.label == "GPE":
                    roots[(m.start_char, m.end_char)] = root
            elif m.label == "ORG":
                acc = s.entities.get(m.key)
                if acc is not None and acc.record is not None and str(acc.record.kind) == "agency":
                    root = s.mention_root(m)
                    if root.dep_ == "pobj" and root.head.lower_ in _NOT_ACTOR_PREPS:
                        continue  # "cited for supporting the modernisation of the PLA": not the actor
                    if self._item_with_targets(root):
                        continue  # "are A, B and the Xinjiang Production and Construction Corps": an item
                    code = acc.country
                    tier = 0
                    roots[(m.start_char, m.end_char)] = root
            if code:
                cands.append(
                    (
                        tier,
                        abs(m.start_char - trigger_at),
                        s.kb.country_place(code).id,
                        (m.start_char, m.end_char),
                    )
                )
        for lm in list_re.finditer(text):
            code = self.lex.sanction_lists.get(lm.group(0).lower())
            if code:
                at = s.sents[si].start_char + lm.start()
                if before is not None and at >= before:
                    continue
                # the list itself names its owner: tier 0, but after an acting government next to it
                cands.append((0, abs(at - trigger_at) + 1, s.kb.country_place(code).id, (-1, -1)))
        last = getattr(self, "_last_sanctioner", None)
        if not strong:
            cands = [c for c in cands if c[0] < 2]  # a describing nationality word never continues a list
        if cands and (strong or min(cands)[0] == 0 or last is None):
            best = min(cands)
            self._sanctioner_span = best[3] if best[3][0] >= 0 else None
            head = roots.get(best[3])
            joined = {t.i for t in head.conjuncts} if head is not None else set()
            self._co_sanctioners = list(
                dict.fromkeys(
                    c[2]
                    for c in cands
                    # a conjunct of the acting government acts with it, whatever its own tier
                    if c[0] < 2 and c[2] != best[2] and (r := roots.get(c[3])) is not None and r.i in joined
                )
            )
            return best[2]
        return last

    def _sanction_targets(
        self,
        si: int,
        country: str | None,
        triggers: tuple[re.Pattern[str], re.Pattern[str]],
        trigger_at: int,
        *,
        weak: bool = False,
    ) -> list[str]:
        s = self.s
        out: list[str] = []
        self._described_negated: set[str] = set()
        start = s.sents[si].start_char
        clauses = [
            self._trigger_clause(start + hit.start())
            for rx in triggers
            for hit in rx.finditer(s.sent_texts[si])
        ] or [self._trigger_clause(trigger_at)]
        hits = [start + hit.start() for rx in triggers for hit in rx.finditer(s.sent_texts[si])] or [
            trigger_at
        ]
        for m in s.sent_mentions(si, "ORG"):
            acc = s.entities.get(m.key)
            if acc is None:
                continue
            words = {w.lower() for w in m.text.replace("'s", "").split()}
            if (
                (acc.record is not None and str(acc.record.kind) == "agency") or words & self.lex.agency_words
            ) and not self._foreign_body_item(m, country):
                continue
            if "list" in words:
                continue
            if s.text[m.start_char - 1 : m.start_char] == "(" and _WIRE_CREDIT.match(s.text[m.end_char :]):
                continue
            if _NAME_MODIFIER.match(s.text[m.end_char : m.end_char + 14]):
                continue  # "a TSMC-made product", "Microsoft-backed OpenAI": a modifier, not a target
            root = s.mention_root(m)
            if self._bystander(root, clauses, hits, weak=weak) or self._supplier(root):
                continue
            if weak and self._in_description(root):
                continue  # "the designation of X, a firm tied to the group known as Y": Y describes X
            nxt = self.toks[m.end] if m.end < len(self.doc) else None
            if (
                root.dep_ == "poss" or (nxt is not None and nxt.text in POSSESSIVES)
            ) and not self._owns_listed_unit(root):
                continue
            if (
                root.dep_ == "compound"
                and root.head.pos_ == "NOUN"
                and root.head.lower_ not in {"chips", "products", "memory"}
            ):
                continue
            h = root
            blocked = False
            for _ in range(4):
                if (
                    h.dep_ == "pobj"
                    # "an antitrust investigation into Google": the target of another measure
                    and h.head.lower_ in {"of", "from", "with", "than", "at", "about", "by", "into"}
                    and h.head.head.lower_ not in {"products", "chips", "one"}
                    # "units of Zhipu AI", "the blacklisting of Inspur": the listed company itself
                    # (not "X, a unit of RTX": an apposition describes another target)
                    and not (
                        h.head.lower_ == "of"
                        and h.head.head.dep_ != "appos"
                        and (h.head.head.lower_ in _LISTED_UNITS or h.head.head.lower_ in _LISTING_NOUNS)
                    )
                    # "named SMIC, together with CNOOC": a second target, not a partner
                    and not (
                        h.head.lower_ == "with"
                        and h.head.i > 0
                        and self.toks[h.head.i - 1].lower_ in {"together", "along"}
                    )
                ) or (
                    # "..., according to Morgan Stanley": a source
                    h.dep_ == "pobj"
                    and h.head.lower_ == "to"
                    and h.head.i > 0
                    and self.toks[h.head.i - 1].lower_ == "according"
                ):
                    blocked = True
                    break
                if (
                    h.dep_ in {"nsubj"}
                    and h.head.lemma_ in {"say", "respond", "reject", "decline", "disagree", "end", "order"}
                    and not re.search(
                        r"\bblacklist|sanction|entity list",
                        s.sent_texts[si][: m.start_char - s.sents[si].start_char],
                        re.I,
                    )
                ):
                    break
                if h.head.i == h.i:
                    break
                if h.dep_ in {"conj", "appos", "compound"}:
                    h = h.head
                    continue
                break
            if (
                blocked
                or self._other_clause(root, triggers)
                or not any(self._in_clause(root, c) for c in clauses)
            ) and not self._own_clause_hit(root, hits):
                continue
            out.append(m.key)
        out += self._designated_people(si)
        out = self._pronoun_object(si, trigger_at, out)
        out = self._subject_measure(hits, out)
        if not out:
            out = self._described_targets(si, hits)
        if country is not None:
            self._last_sanctioner = country
        return out

    def _item_with_targets(self, root: Token) -> bool:
        """'A, B and the Xinjiang Production and Construction Corps (XPCC)': a name coordinated with a
        company that can be listed (or an apposition on such a name) is an item of the list."""
        t = root
        own = self.s.mention_at(root.i)
        for _ in range(8):
            if t.head.i == t.i:
                break
            up = self.s.mention_at(t.head.i)
            if t.dep_ in {"nmod", "compound"} and own is not None and up is not None and up.key == own.key:
                t = t.head  # "the Ministry of State Security (MSS)": the name leans on its own short form
                continue
            if t.dep_ not in {"conj", "appos"}:
                break
            t = t.head
            m = self.s.mention_at(t.i)
            if m is not None and m.label == "ORG" and self._listable(m.key):
                return True
        return False

    def _foreign_body_item(self, m: Mention, country: str | None) -> bool:
        """A government body of another country listed among companies ('A; B; and the Xinjiang
        Production and Construction Corps'): a target like the companies it is listed with."""
        acc = self.s.entities.get(m.key)
        if country is None or acc is None or not acc.country:
            return False
        if self.s.kb.country_place(acc.country).id == country:
            return False
        return self._item_with_targets(self.s.mention_root(m))

    def _own_clause_hit(self, root: Token, hits: list[int]) -> bool:
        """'a platform supplied by Hikvision, which has been on the US Entity List since 2019', 'a backer
        of SMIC, China's largest foundry, which Washington added to the Entity List': a relative clause on
        the name (or on its apposition) holds the measure, wherever the name itself stands."""
        heads = [root] + [c for c in root.children if c.dep_ == "appos"]
        for h in heads:
            for c in h.children:
                if c.dep_ != "relcl" or c.i < root.i:
                    continue
                lo, hi = c.left_edge.idx, c.right_edge.idx + len(c.right_edge)
                if any(lo <= at < hi for at in hits):
                    return True
        return False

    def _cut_off(self, si: int) -> None:
        """'Washington barred Huawei from buying US chips', 'the US cut off Zhipu AI from American
        technology', 'Beijing hit Micron with a ban': a government keeps the named company from supplies."""
        for t in self.s.sent_toks[si]:
            lemma = t.lemma_.lower()
            if t.pos_ != "VERB" or lemma not in _CUT_VERBS:
                continue
            if lemma == "cut" and not any(c.dep_ == "prt" and c.lower_ == "off" for c in t.children):
                continue
            prep = "with" if lemma == "hit" else "from"
            what = [
                p
                for c in t.children
                if c.dep_ == "prep" and c.lower_ == prep
                for p in c.children
                if p.dep_ in {"pobj", "pcomp"}
            ]
            if not any(
                p.lemma_.lower() in (_CUT_MEASURES if lemma == "hit" else _CUT_SUPPLIES) for p in what
            ):
                continue
            country = self._authority_country(t)
            # "The new rules bar Huawei from buying American chips": a measure keeps the target out
            measure = any(c.dep_ == "nsubj" and c.lemma_.lower() in _CUT_RULES for c in t.children)
            if (country is None and not measure) or self._proposed(t.idx):
                continue
            neg = self.negated(t)
            for c in t.children:
                if c.dep_ != "dobj":
                    continue
                for k in self.keys_in(c):
                    acc = self.s.entities.get(k)
                    if self.kind(k) != "ORG" or not self._listable(k):
                        continue
                    if acc is not None and acc.country and self.s.kb.country_place(acc.country).id == country:
                        continue  # a country's own firms are not the target of its curbs
                    obj = country or self._opposite_side(k)
                    if obj is None:
                        continue
                    self._ensure_country(obj, None)
                    self.add(k, Predicate.SANCTIONED_BY, obj, si, 0.7, negated=neg)

    def _restricted(self, si: int, found: re.Match[str], list_re: re.Pattern[str]) -> None:
        """'Washington imposed export restrictions on Huawei', 'restricted exports to Biren and Moore
        Threads', 'barred US firms from doing business with ZTE': the names the measure is placed on."""
        s = self.s
        at = s.sents[si].start_char + found.start()
        if self._proposed(at):
            return
        pos = s.sents[si].start_char + found.end()
        by_start = {m.start_char: m for m in s.sent_mentions(si, "ORG")}
        group = _GROUP_INCLUDING.match(s.text, pos, s.sents[si].end_char) or _GROUP_COLON.match(
            s.text, pos, s.sents[si].end_char
        )
        if group is not None:
            pos = group.end()  # "export controls on seven US defence firms, including Huntington Ingalls"
        targets: list[Mention] = []
        while True:
            gap = re.match(r"\s*(?:the\s+)?", s.text[pos:])
            m = by_start.get(pos + (gap.end() if gap else 0))
            if m is None and (described := _ITEM_GAP.match(s.text, pos, s.sents[si].end_char)) is not None:
                m = by_start.get(described.end())  # "the radio maker Hytera"
            if m is None or not self._listable(m.key):
                break
            root = s.mention_root(m)
            nxt = self.toks[m.end] if m.end < len(self.doc) else None
            if root.dep_ in {"compound", "poss"} or (nxt is not None and nxt.text in POSSESSIVES):
                break  # "curbs on Huawei chips", "restrictions on Nvidia's H20": a product's maker
            targets.append(m)
            sep = _ITEM_SEP.match(s.text, m.end_char, s.sents[si].end_char)
            if sep is None:
                break
            pos = sep.end()
        if not targets:
            return
        v = self.verbal_head(s.mention_root(targets[0]))
        if v is not None and self.negated(v):
            return
        country = self._sanctioner(si, list_re, at, strong=True)
        if _EQUIPMENT.search(found.group(0)) and not (
            self._sanctioner_span is not None or self._rule_subject(at)
        ):
            return  # "the hotel chain banned gear from Xiaomi": only a government's or a rule's ban
        for m in targets:
            obj = country or self._opposite_side(m.key)
            acc = s.entities.get(m.key)
            if obj is None or (acc is not None and acc.country and s.kb.country_place(acc.country).id == obj):
                continue  # a country's own firms are not the target of its export curbs
            self._ensure_country(obj, getattr(self, "_sanctioner_span", None) if country else None)
            self.add(m.key, Predicate.SANCTIONED_BY, obj, si, 0.7)

    def _rule_subject(self, at: int) -> bool:
        """'The order covers equipment made by A': the verb's subject is a rule or order."""
        span = self.doc.char_span(at, at + 1, alignment_mode="expand")
        if span is None:
            return False
        v = span[0] if span[0].pos_ in {"VERB", "AUX"} else self.verbal_head(span[0])
        # (a verb coordinated with the one the subject hangs on shares it: "The order, adopted 4-0, covers")
        verbs = [v, v.head] if v is not None and v.dep_ == "conj" else [v]
        return any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in _CUT_RULES
            for x in verbs
            if x is not None
            for c in x.children
        )

    def _boycotted(self, si: int) -> None:
        """'The regulator told ByteDance to stop buying Nvidia's chip', 'told operators to stop buying
        chips from Micron', 'to stop testing and ordering the RTX card, a GPU Nvidia made for China': a
        government orders buyers off a company's products (the buyers are no targets)."""
        s = self.s
        for t in s.sent_toks[si]:
            if t.pos_ != "VERB" or t.lemma_.lower() not in _BUY_VERBS:
                continue
            g = t.head if t.dep_ == "conj" else t  # "stop testing and ordering"
            stop = g.head
            if (
                g.dep_ not in {"xcomp", "pcomp"}
                or stop.lemma_.lower() not in _STOP_VERBS
                or self.negated(stop)
            ):
                continue
            if (
                stop.dep_ != "xcomp"
                or stop.head.lemma_.lower() not in _ORDER_VERBS
                or self._proposed(stop.idx)
            ):
                continue
            country = self._authority_country(stop.head)
            if country is None:
                continue
            objs = [
                c
                for v in {t, g}
                for c in v.children
                if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "from")
            ]
            for obj in objs:
                for x in obj.subtree:
                    m = s.mention_at(x.i)
                    if m is None or m.label != "ORG" or x.i != m.start or not self._listable(m.key):
                        continue
                    r = s.mention_root(m)
                    after = self.toks[m.end] if m.end < len(self.doc) else None
                    maker = (
                        r.dep_ == "poss"
                        or (r.dep_ == "pobj" and r.head.lower_ in {"from", "by"})
                        # "a card Nvidia made for China" (however the parser hangs the name)
                        or (after is not None and after.tag_ == "VBD" and after.lemma_.lower() in _MAKE_VERBS)
                    )
                    acc = s.entities.get(m.key)
                    if not maker or (
                        acc is not None and acc.country and s.kb.country_place(acc.country).id == country
                    ):
                        continue
                    self._ensure_country(country, None)
                    self.add(m.key, Predicate.SANCTIONED_BY, country, si, 0.7)

    def _authority_country(self, v: Token) -> str | None:
        """The country of a government that gives an order: an agency, a country or 'Chinese regulators'."""
        for c in v.children:
            if c.dep_ != "nsubj":
                continue
            for x in c.subtree:
                m = self.s.mention_at(x.i)
                if m is None:
                    continue
                if m.label in {"GPE", "NORP"} and (x.i == c.i or c.lower_ in _AUTHORITY_NOUNS):
                    # "Beijing told", "Chinese regulators told": the country itself
                    place = self.s.kb.lookup_place(m.text)
                    if place is not None and (
                        str(place.kind) == "country" or m.text in {"Washington", "Beijing"}
                    ):
                        return self.s.kb.country_place(place.country).id
                    code = self.s.kb.country_of_adjective(m.text)
                    if code:
                        return self.s.kb.country_place(code).id
                    continue
                acc = self.s.entities.get(m.key)
                if acc is None or not acc.country:
                    continue
                if m.label == "ORG" and acc.record is not None and str(acc.record.kind) == "agency":
                    return self.s.kb.country_place(acc.country).id
                if m.label == "ORG" and {w.lower() for w in m.text.split()} & self.lex.agency_words:
                    return self.s.kb.country_place(acc.country).id
        return None

    def _subject_measure(self, hits: list[int], out: list[str]) -> list[str]:
        """'The sanctions on Huawei helped Xiaomi gain share': a measure in the subject with its own
        target names no other target in the rest of the clause."""
        if len(hits) != 1 or len(out) < 2:
            return out
        span = self.doc.char_span(hits[0], hits[0] + 1, alignment_mode="expand")
        if span is None:
            return out
        t = span[0]
        for _ in range(6):
            if t.dep_ in {"nsubj", "nsubjpass"} or t.head.i == t.i:
                break
            t = t.head
        if t.dep_ not in {"nsubj", "nsubjpass"} or t.head.lemma_.lower() in _LISTED_STATES:
            return out
        lo, hi = t.left_edge.i, t.right_edge.i
        ms = {m.key: m for m in self.s.mentions if m.key in out}
        inside = [k for k in out if k in ms and lo <= ms[k].start <= hi]
        return inside or out

    def _supplier(self, root: Token) -> bool:
        """'cutting it off from suppliers such as Intel', 'bars chipmakers such as TSMC from supplying
        Huawei': a supplier the measure keeps from selling is not its target."""
        t = root
        for _ in range(5):
            if t.lower_ in _SUPPLIER_NOUNS and t.i != root.i and t.dep_ == "pobj" and t.head.lower_ == "from":
                return True  # "cut off from suppliers such as Intel" (not "targets were suppliers such as X")
            if t.dep_ in {"dobj", "nsubjpass"} and any(
                c.dep_ == "prep"
                and c.lower_ == "from"
                and any(x.dep_ == "pcomp" and x.lemma_.lower() in _SUPPLY_VERBS for x in c.children)
                for c in t.head.children
            ):
                return True
            if t.head.i == t.i:
                break
            t = t.head
        return False

    def _bystander(self, root: Token, clauses: list[Token | None], hits: list[int], *, weak: bool) -> bool:
        """'Nvidia said it would comply with the Entity List rules', 'the group, which represents Intel,
        criticized the additions': a subject (or a name in a relative clause on it) that only reacts."""
        t = root
        for _ in range(4):
            if (t.dep_ in {"conj", "appos", "compound"} and t.head.i != t.i) or (
                t.dep_ in {"dobj", "pobj", "prep"} and t.head.dep_ in {"relcl", "prep", "dobj"}
            ):
                t = t.head
            else:
                break
        if t.dep_ == "relcl" or (t.dep_ == "nsubj" and t.head.dep_ == "relcl"):
            clause = t if t.dep_ == "relcl" else t.head
            # a name inside a relative clause on another name that says nothing of the measure
            # (not "..., which keeps out DJI": a clause on a whole clause carries its meaning on)
            if (
                not any(c is not None and c.i == clause.i for c in clauses)
                and clause.head.i != root.i
                and (
                    self.s.mention_at(clause.head.i) is not None
                    # "The rules, which affect Nvidia and AMD, added ...": a clause on the measure itself
                    or clause.head.lower_ in _MEASURE_NOUNS
                )
            ):
                return True
        if t.dep_ == "dobj" and t.head.lemma_.lower() in _ORDER_VERBS:
            # "told ByteDance and Alibaba to stop buying the chip": the buyers ordered, not the target
            return any(c.dep_ in {"xcomp", "ccomp"} for c in t.head.children)
        if t.dep_ != "nsubj":
            return False
        v = t.head
        lo, hi = t.left_edge.idx, t.right_edge.idx + len(t.right_edge)
        if any(lo <= at < hi and self.s.text[at : at + 5].lower() != "among" for at in hits):
            # "Sanctions-hit SMIC reported", "Lenovo, which is not on the list, sells PCs": the measure
            # is in the subject's own phrase (not a partitive "bodies, among them the CSIA, urged")
            return False
        if weak and v.lemma_.lower() not in _LISTED_STATES:
            # "... industry bodies, among them the CSIA, urged buyers": a passage's 'among them' names
            # targets only as the subject of a state ('were', 'remain'), not of an act
            return not any(c.dep_ in {"auxpass", "nsubjpass"} for c in v.children)
        # "Huawei criticized its addition to the list": the subject is the target after all
        own = any(
            x.dep_ == "poss" and x.pos_ == "PRON" for c in v.children if c.dep_ == "dobj" for x in c.subtree
        )
        return v.lemma_.lower() in _BYSTANDER_VERBS and not own

    def _pronoun_object(self, si: int, trigger_at: int, out: list[str]) -> list[str]:
        """'Google stopped selling to Huawei after the US blacklisted it': a trigger in a subordinate
        clause whose object is a pronoun names the pronoun's referent, not the main clause's names."""
        span = self.doc.char_span(trigger_at, trigger_at + 1, alignment_mode="expand")
        if span is None:
            return out
        v = span[0] if span[0].pos_ == "VERB" else self.verbal_head(span[0])
        if v is None or v.dep_ not in {"advcl", "ccomp", "pcomp"}:
            return out
        pron = next((c for c in v.children if c.dep_ in {"dobj", "nsubjpass"} and c.pos_ == "PRON"), None)
        if pron is None:
            return out
        lo, hi = min(t.i for t in v.subtree), max(t.i for t in v.subtree)
        inside = {m.key for m in self.s.sent_mentions(si, "ORG") if lo <= m.start <= hi}
        referents = set(self.resolve(pron))
        if not referents:
            return out  # an unresolved 'it': the main clause's names are the best reading
        return [k for k in out if k in inside or k in referents]

    def _trigger_clause(self, trigger_at: int) -> Token | None:
        """The clause the trigger word sits in, through reported speech and control verbs."""
        span = self.doc.char_span(trigger_at, trigger_at + 1, alignment_mode="expand")
        if span is None:
            return None
        tok = span[0]
        while tok.dep_ in {"aux", "auxpass", "neg", "advmod", "prt"} and tok.head.i != tok.i:
            tok = tok.head  # "were added", "also added"
        v = tok if tok.pos_ in {"VERB", "AUX"} else self.verbal_head(tok)
        for _ in range(6):
            if v is None or v.head.i == v.i:
                break
            if v.dep_ in {"xcomp", "ccomp", "advcl", "pcomp"}:
                # "After the US blacklisted it, Huawei built its own chips": the main clause too
                v = v.head if v.head.pos_ in {"VERB", "AUX"} else self.verbal_head(v.head)
            elif v.dep_ in {"acl", "amod"} and self._org_at(v.head.i):
                # "Huawei, blacklisted by the US in 2019, turned to SMIC": the participle speaks of the
                # name it hangs on (and of names inside it) only
                break
            elif v.dep_ in {"amod", "compound", "npadvmod", "acl"}:
                # "sanctions-hit SMIC reported": a participle inside a noun phrase is not a clause
                v = self.verbal_head(v.head) if v.head.pos_ not in {"VERB", "AUX"} else v.head
            else:
                break
        return v

    def _org_at(self, i: int) -> bool:
        m = self.s.mention_at(i)
        return m is not None and m.label == "ORG"

    def _in_clause(self, root: Token, clause: Token | None) -> bool:
        """'Tesla brought robots, while Huawei, which is on the Entity List, ...': a trigger inside a
        relative clause speaks of the name the clause hangs on (and of names inside it) only."""
        if clause is None or clause.dep_ not in {"relcl", "acl", "amod"}:
            return True  # other clauses: conjuncts are checked by _other_clause
        head = clause.head
        if root.i == head.i or root.i in {c.i for c in head.conjuncts} or root.head.i == head.i:
            return True
        if head.dep_ == "appos" and head.head.i == root.i:
            # "Skydio, the largest US drone maker, which China sanctioned": the clause on the apposition
            return True
        return min(t.i for t in clause.subtree) <= root.i <= max(t.i for t in clause.subtree)

    def _other_clause(self, root: Token, triggers: tuple[re.Pattern[str], re.Pattern[str]]) -> bool:
        """'The US blacklisted Huawei in 2019, and Honor was spun off', '... and opened a probe into
        Google': a name in a coordinated clause that says nothing of sanctions."""
        v = self.verbal_head(root)
        if v is None or v.dep_ != "conj" or v.head.i == v.i:
            return False
        if v.lemma_.lower() in _SPARE_VERBS or (
            v.lemma_.lower() in _DENIED_LISTING and self._plain_negated(v)
        ):
            return False  # "... but Lenovo has so far been spared": the passage's own stated exception
        sub = list(v.subtree)
        clause = self.doc[sub[0].i : sub[-1].i + 1].text
        return not any(rx.search(clause) for rx in triggers)

    def _owns_listed_unit(self, root: Token) -> bool:
        """'ACM Research's Shanghai subsidiary was listed': a listed unit puts its parent on the list too."""
        head = root.head
        return root.dep_ == "poss" and head.pos_ == "NOUN" and head.lower_ in _LISTED_UNITS

    def _described_targets(self, si: int, hits: list[int] | None = None) -> list[str]:
        """'The foundry was itself added', 'placed the California company under sanctions', 'The
        Shenzhen-based group, on the Entity List since 2019, ...' (the subject's own modifier is the
        measure)."""
        out: list[str] = []
        for t in self.s.sent_toks[si]:
            if (
                t.pos_ == "PRON"
                and t.dep_ in {"nsubjpass", "dobj"}
                and t.head.lemma_.lower() in _LISTING_VERBS
            ):
                # "since the United States put it on the Entity List": the company 'it' stands for
                out += [k for k in self.resolve(t) if self._listable(k)]
                continue
            if t.pos_ == "PRON" and t.dep_ in {"nsubjpass", "dobj"} and t.head.lemma_.lower() in _LIFT_VERBS:
                # "after the Pentagon removed it from its list": the company, no longer listed
                keys = [k for k in self.resolve(t) if self._listable(k)]
                self._described_negated.update(keys)
                out += keys
                continue
            if t.pos_ != "NOUN" or t.dep_ not in {"nsubjpass", "dobj", "nsubj"}:
                continue
            held = None
            if (
                t.dep_ == "nsubj"
                and t.head.lemma_ not in {"face", "remain", "be"}
                and not any(c.dep_ == "amod" and c.lower_ in _LISTED_ADJ for c in t.children)
                and (held := self._modifier_holds(t, hits or [])) is None
            ):
                continue  # "the department added ...": the actor, not the target ("the sanctioned firm" is)
            if t.lower_ in _LISTED_UNITS:
                # "the US added its Shanghai subsidiary": the parent the possessive points to
                for p in t.children:
                    if p.dep_ == "poss" and p.pos_ == "PRON":
                        out += [k for k in self.resolve(p) or self._unit_owner(p, si) if self._listable(k)]
            keys = [k for k in self.resolve(t) if self._listable(k)]
            if held is not None and si > 0 and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
                # "The likeliest winner is Huawei. The Shenzhen-based group, on the list since 2019, ...":
                # the one company the sentence before names
                before = {m.key for m in self.s.sent_mentions(si - 1, "ORG") if self._listable(m.key)}
                if len(before) == 1:
                    keys = list(before)
            if held:
                self._described_negated.update(keys)
            out += keys
        return list(dict.fromkeys(out))

    def _modifier_holds(self, t: Token, hits: list[int]) -> bool | None:
        """'The group, which has been on the Entity List since 2019, ...', 'The maker, placed on the list
        in 2023, ...': a clause or phrase set off on the subject noun carries the measure (None: none
        does; True: the clause denies it, 'which is not on the list')."""
        for c in t.children:
            if c.dep_ not in {"relcl", "acl", "prep", "appos"} or c.i < t.i:
                continue
            lo, hi = c.left_edge.idx, c.right_edge.idx + len(c.right_edge)
            if any(lo <= at < hi for at in hits):
                if any(
                    m.label == "ORG" and self._listable(m.key)
                    for x in c.subtree
                    if (m := self.s.mention_at(x.i))
                ):
                    return None  # "which competes with sanctioned Huawei": the measure is that name's
                return any(x.dep_ == "neg" for x in c.subtree)
        return None

    def _unit_owner(self, pron: Token, si: int) -> list[str]:
        """'the US added its subsidiary': a country has no subsidiary, so 'its' is the last company named."""
        before = [m for m in self.s.sent_mentions(si, "ORG") if m.end <= pron.i]
        if before:
            return [before[-1].key]
        for back in range(1, 3):
            if si - back < 0:
                break
            keys = [k for k in self.sentence_subject(si - back) if self.kind(k) == "ORG"]
            if keys:
                return keys[:1]
        return []

    def _listable(self, key: str) -> bool:
        """An organization that can be a sanctions target (not an agency that makes the lists)."""
        acc = self.s.entities.get(key)
        if acc is None or acc.type.value != "ORG":
            return False
        if acc.record is not None and str(acc.record.kind) == "agency":
            return False
        return not ({w.lower() for n in acc.names for w in n.split()} & self.lex.agency_words)

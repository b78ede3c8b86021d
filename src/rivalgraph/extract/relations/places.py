"""Places: held_in (event -> city) and based_in (org -> country)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from rivalgraph.extract.relations.common import (
    POSSESSIVES,
)
from rivalgraph.extract.relations.lists import Line, ListRules
from rivalgraph.extract.state import Mention
from rivalgraph.kb import PlaceKind
from rivalgraph.model import Predicate

# "U.S.-based": a place and '-based' the tokenizer keeps as one word.
_JOINED_BASED = re.compile(r"(?<!\S)\S+\.-(?:based|headquartered)\b", re.I)
# Column names of a table that locate its companies ("Company | Booth | Headquarters").
_HQ_COLUMNS = frozenset(
    {"headquarters", "hq", "headquartered", "home country", "country", "based in", "base"}
)
# Hyphenated organization nouns that spaCy splits into three tokens ("start - up").
_SPLIT_NOUNS = frozenset({"start-up", "start-ups"})
# Nouns for a group of companies named after 'of' ("the American trio of Coca-Cola, Visa and Ford").
_COLLECTIVES = frozenset({"trio", "duo", "pair", "quartet", "both", "all"})
# Parts of a company, which a place before them locates without locating the company.
_UNIT_NOUNS = frozenset(
    {
        "unit",
        "units",
        "subsidiary",
        "subsidiaries",
        "arm",
        "affiliate",
        "branch",
        "division",
        "office",
        "plant",
    }
)


# Verbs whose 'in' phrase is where an event takes place, and verbs whose 'in' phrase never is.
_VENUE_VERBS = frozenset(
    {"hold", "host", "stage", "take", "open", "kick", "run", "convene", "return", "move"}
)
_NOT_VENUE_VERBS = frozenset({"found", "base", "headquarter", "bear", "register", "incorporate", "list"})
# Verbs whose 'to' phrase is where an event goes ("returns to Barcelona", "brought the show back to Dubai").
_TO_VENUE_VERBS = frozenset({"return", "move", "bring", "come", "relocate", "head"})
# Nouns a city word before them makes the place of an event ("a Beijing convention hall", "Lisbon's
# riverside venue").
_VENUE_NOUNS = frozenset({"venue", "hall", "stadium", "arena", "showground", "fairground"})

# Words that open the list a group noun is said of: "the Chinese firms are A and B", "including A".
_LIST_OPENERS = frozenset(
    {"are", "were", "include", "included", "includes", "including", "like", ":", "-", "—"}
)
# Participles and phrases after a comma that name a group's members: "Chinese developers, naming A, B".
_LIST_PARTICIPLES = frozenset(
    {"naming", "including", "listing", "notably", "among", "such", "led", "alongside", "from"}
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# Appositive descriptions of a company that are not organization nouns: "Nvidia, the US leader in chips".
_APPOS_DESCRIPTORS = frozenset({"leader", "champion", "pioneer", "market leader"})
# Modifiers that say a company is not of the country the phrase names ("China's largest foreign retailer").
_FOREIGN = frozenset({"foreign", "overseas", "non-chinese", "non-us"})
# Countries that are one city, the place an event held there is named by ("opened in Singapore").
_CITY_STATES = frozenset({"SG", "HK", "MO", "MC"})
# A wire dateline: "SAN JOSE, California, June 12, 2025 (Wire) -", "BEIJING --", "TOKYO, Nov. 13 -".
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+(?:,[^\n]{0,60}?)?(?:\([^)\n]{1,30}\))?\s*(?:--|[-–—])\s")
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# Plural nouns for groups of organizations the lexicon's company words leave out ("industry bodies").
# State institutions a country word opens inside one name ("US Army", "British Treasury"): unlike a
# company named after its country (China Mobile), the name says whose institution it is.
_INSTITUTIONS = frozenset(
    {
        "army",
        "navy",
        "air force",
        "marine corps",
        "coast guard",
        "space force",
        "national guard",
        "military",
        "armed forces",
        "treasury",
        "senate",
        "congress",
        "parliament",
        "government",
        "embassy",
        "customs",
    }
)
# Descriptions of a business, and the words that name a public body, which such a description never
# refers to ("The Shenzhen company's processors" after the China Council for the Promotion of Trade).
_BUSINESS_NOUNS = frozenset(
    {"company", "firm", "group", "chipmaker", "maker", "manufacturer", "up", "startup"}
)
_PUBLIC_BODY_WORDS = frozenset(
    {
        "Council",
        "Ministry",
        "Department",
        "Administration",
        "Commission",
        "Bureau",
        "Agency",
        "University",
        "Academy",
        "Committee",
        "Government",
    }
)
_GROUP_NOUNS = frozenset(
    {
        "bodies",
        "associations",
        "institutions",
        "organisations",
        "organizations",
        "members",
        "targets",
        "names",
    }
)
# "Chinese customers such as Alibaba": a nationality word before these says whose they are, a country's
# possessive does not ("two of China's largest customers" buy in China)
_CLIENT_NOUNS = frozenset({"customers", "clients", "buyers"})
# Adverbs between a group noun and the verb that lists it: "Chinese exhibitors also include A and B".
_LIST_ADVERBS = frozenset({"also", "now", "still", "further", "additionally", "too"})
# Dashes and colons that open the list a longer group phrase ends in ("seven Chinese entities, three
# developers and four centres: A; B; ...", "the five American members of the programme - A, B").
_FAR_OPENERS = frozenset({":", "-", "—", "–"})


class PlaceRules(ListRules):
    """Places rules."""

    def held_in(self) -> None:
        s = self.s
        last_city: str | None = None
        for si, sent in enumerate(s.sents):
            eds = self.ev.sent_editions[si]
            refs = [pos for pos in self.ev.ref_tokens if s.tok_sent[pos] == si]
            cities: list[str] = []
            city_at: list[int] = []
            venue: list[bool] = []
            denied: list[bool] = []
            worded: list[Mention] = []
            for m in s.sent_mentions(si, "GPE"):
                if not self._is_city(m):
                    continue
                toks = self.doc[max(sent.start, m.start - 6) : m.start]
                ok = (
                    self._to_venue(m)
                    or any(t.lower_ in {"in", "at", "across"} for t in toks)
                    or (
                        m.end < len(self.doc)
                        and self.toks[m.end].text in POSSESSIVES
                        and s.mention_at(m.end + 1) is not None
                        and s.label_at(m.end + 1) == "EVENT"  # type: ignore[union-attr]
                    )
                )
                if (
                    any(t.pos_ == "VERB" for t in toks[-3:])
                    and not any(t.lower_ in {"in", "at", "across"} for t in toks[-3:])
                    and not self._to_venue(m)
                ):
                    ok = False
                # "the Beijing-hosted conference"
                hosted = self.doc[m.end : m.end + 2]
                if len(hosted) == 2 and hosted[0].text == "-" and hosted[1].lower_ in {"hosted", "held"}:
                    ok = True
                fragment = not any(t.pos_ == "VERB" for t in sent)
                # "Previous edition: Computex, Taipei, Taiwan, 28-31 May 2019"
                if fragment and m.start >= 2 and self.toks[m.start - 1].text == ",":
                    prev = s.mention_at(m.start - 2)
                    ok = ok or (prev is not None and prev.label == "EVENT")
                if (
                    not ok
                    and fragment
                    and (
                        (m.start > 0 and self.toks[m.start - 1].text == "(")
                        or self._not_series_city(eds, m)
                        or self._table_row_of_org(m)
                    )
                ):
                    continue  # "Honor (Shenzhen, China)" in a listing: where a company is, not the show
                verb = self._place_verb(m)
                if verb is not None and verb.lemma_.lower() in _NOT_VENUE_VERBS:
                    continue  # "Web Summit, which was founded in Dublin, now takes place in Lisbon"
                if not ok and self._venue_word(m):
                    worded.append(m)
                    continue
                if ok or (fragment and eds and not refs and s.para[si] == s.para[max(0, si - 1)]):
                    cities.append(m.key)
                    city_at.append(m.start)
                    venue.append(verb is not None and verb.lemma_.lower() in _VENUE_VERBS)
                    denied.append(
                        verb is not None
                        and verb.lemma_.lower() in _VENUE_VERBS
                        # the venue verb's own 'not' ("will not be held in"), never one of an outer clause
                        and any(c.dep_ == "neg" for c in verb.children)
                    )
            if not cities and worded:
                # "drew 673 exhibitors to the same Tokyo venue": a city word on a venue noun, when no
                # phrase in the sentence places the event more directly
                cities, city_at, venue, denied = [worded[0].key], [worded[0].start], [False], [False]
            if any(venue) and not venue[0]:
                # the city a venue verb places the event in beats an earlier one
                k = venue.index(True)
                cities, city_at, denied = cities[k:], city_at[k:], denied[k:]
            if cities and denied[0]:
                # "will not be held in Beijing": a stated non-venue
                if refs:
                    for ed in {self.ev.ref_tokens[p] for p in refs}:
                        self.add(self.ed_id(ed), Predicate.HELD_IN, cities[0], si, 0.7, negated=True)
                continue
            if cities:
                last_city = cities[0]
            if not eds:
                continue
            if refs and cities:
                placed = {self.ev.ref_tokens[p] for p in refs}
                if len(placed) > 1:
                    # "The 2024 summit followed last year's summit at Bletchley Park": with two editions in
                    # the sentence the city belongs to the one named last before it (else the first)
                    before = [p for p in refs if p < city_at[0]]
                    placed = {self.ev.ref_tokens[max(before) if before else min(refs)]}
                for ed in placed:
                    self.add(self.ed_id(ed), Predicate.HELD_IN, cities[0], si, 0.85)
                if len({self.ev.ref_tokens[p] for p in refs}) > 1:
                    self._later_cities(si, refs, cities, city_at)
            elif cities and not refs and not any(t.pos_ == "VERB" for t in sent):
                for ed in eds:
                    self.add(self.ed_id(ed), Predicate.HELD_IN, cities[0], si, 0.6)
            elif (
                refs
                and re.search(
                    r"\b(?:held|hosted|staged|took place)\s+(?:there|in the (?:town|city))\b", sent.text
                )
                and last_city
            ):
                for ed in {self.ev.ref_tokens[p] for p in refs}:
                    self.add(self.ed_id(ed), Predicate.HELD_IN, last_city, si, 0.6)
        self._held_in_country()
        self._series_city()
        self._dateline_city()

    def _later_cities(self, si: int, refs: list[int], cities: list[str], city_at: list[int]) -> None:
        """'its 2019 edition in Beijing and the 2023 event in Austin': with several editions in a sentence,
        each further city belongs to the edition named last before it, when no other city is between."""
        for key, at in zip(cities[1:], city_at[1:], strict=True):
            before = [p for p in refs if p < at]
            if not before or any(max(before) < a < at for a in city_at):
                continue
            self.add(self.ed_id(self.ev.ref_tokens[max(before)]), Predicate.HELD_IN, key, si, 0.8)

    def _to_venue(self, m: Mention) -> bool:
        """'returns to Barcelona', 'brought the forum back to Dubai': a verb that takes an event somewhere."""
        tok = self.s.mention_root(m)
        if tok.dep_ != "pobj" or tok.head.lower_ != "to":
            return False
        v = tok.head.head
        if v.lower_ == "back" and v.dep_ == "advmod":
            v = v.head
        if v.lemma_.lower() not in _TO_VENUE_VERBS:
            return False
        # "Snapdragon Summit 2026 returns to": a verb tagged a noun still has its subject
        if v.pos_ != "VERB" and not (v.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in v.children)):
            return False
        # the event is what goes there ("the show returns to", "brought the event to"), not a community
        # an event draws ("brings researchers to Las Vegas") or what an event sends ("moved staff to")
        objs = [c for c in v.children if c.dep_ == "dobj"]
        if objs:
            return any(self._event_word(c) for c in objs)
        return any(c.dep_ in {"nsubj", "nsubjpass"} and self._event_word(c) for c in v.children) or (
            v.dep_ == "relcl" and self._event_word(v.head)
        )

    def _event_word(self, tok: Token) -> bool:
        """An edition reference or an event name's head word."""
        if tok.i in self.ev.ref_tokens:
            return True
        m = self.s.mention_at(tok.i)
        return m is not None and m.label == "EVENT"

    def _venue_word(self, m: Mention) -> bool:
        """'a Beijing convention hall', "Lisbon's riverside venue": a city word on a venue noun."""
        tok = self.s.mention_root(m)
        if tok.dep_ not in {"compound", "poss", "nmod"}:
            return False
        head = tok.head
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        # a city word on the event reference itself ("the Barcelona show") was tried and dropped: it as
        # often names the series' usual city as the edition's
        return head.lower_ in _VENUE_NOUNS

    def _place_verb(self, m: Mention) -> Token | None:
        """The verb whose 'in'/'at' phrase holds the place ('held in Taipei' -> held), if any."""
        tok = self.s.mention_root(m)
        head = tok.head
        if tok.dep_ != "pobj" or head.lower_ not in {"in", "at"}:
            return None
        v = head.head
        return v if v.pos_ in {"VERB", "AUX"} else None

    def _group_lists(self) -> None:
        """A nationality word on a plural group noun distributes over the names listed with it: 'the five
        Chinese entities are A, B and C', 'named seven Chinese entities, including A and B', 'Chinese firms
        such as A and B', 'two South Korean chipmakers, A and B', 'A, B and C, all Chinese companies',
        'praised Chinese developers, naming A and B'."""
        s = self.s
        toks = self.toks
        n = len(self.doc)
        for m in s.mentions:
            if m.label not in {"NORP", "GPE"} or s.mention_at(m.start) is not m:
                continue
            cid = self._country_of(m)
            if cid is None or (m.end < n and toks[m.end].text == "-"):
                continue  # "Chinese-made", "US-listed"
            if m.start > 0 and toks[m.start - 1].text == "-":
                continue  # "non-Chinese firms"
            if self._coordinated_country(m):
                continue
            code = s.entities[m.key].country
            first = m.start  # where the group phrase opens, after its count
            k = m.end
            poss_count: int | None = None
            if m.end < n and toks[m.end].text in POSSESSIVES:
                # "Baidu and Alibaba, two of China's largest tech companies" (not "China's largest
                # customers");
                # "South Korea's two electronics giants, A and B": a count after the possessive
                counted = m.end + 1 < n and toks[m.end + 1].lower_ in _COUNTS
                if not counted and (m.start < 2 or toks[m.start - 1].lower_ != "of"):
                    continue
                if counted:
                    poss_count = _COUNTS[toks[m.end + 1].lower_]
                first = m.start - 1
                k = m.end + 1
            elif m.label == "NORP" and m.end < n and toks[m.end].text in {",", ".", ";"}:
                # "Horizon Robotics and Black Sesame, both Chinese, listed shares"
                for key in self._members_before(m.start, m.sent):
                    known = s.entities.get(key)
                    if self.kind(key) == "ORG" and (known is None or known.country in {None, code}):
                        self.add(key, Predicate.BASED_IN, cid, m.sent, 0.75)
                continue
            # the plural organization noun the country word opens ("Chinese state-owned chipmakers")
            start = k
            while k < n and k - start < 5 and s.mention_at(k) is None:
                t = toks[k]
                if t.tag_ == "NNS" and self._group_noun(t):
                    break
                if (
                    # "China's AI tigers", "Japan's biggest EV makers"
                    not (t.is_lower or t.text in {"-", "AI", "IT", "EV", "GPU", "LLM"})
                    or (t.is_punct and t.text != "-")
                    or t.lower_ in _FOREIGN
                ):
                    k = n
                    break
                k += 1
            else:
                continue
            if k >= n or toks[k].tag_ != "NNS" or not self._group_noun(toks[k]):
                continue
            lead = first - 1 if first > 0 and toks[first - 1].lower_ in {"the", "its"} else first
            among = lead > 0 and toks[lead - 1].lower_ == "among"
            keys = (
                self._members_after(k + 1, m.sent, among)
                or self._members_before(first, m.sent)
                # "SoftBank, KDDI and NTT, Japan's three biggest carriers": the count after the possessive
                or (
                    self._names_before_comma(m.start - 1, m.sent, poss_count)
                    if poss_count is not None and m.start >= 2 and toks[m.start - 1].text == ","
                    else []
                )
                or self._bullet_heads(m.sent, k)
            )
            for key in keys:
                known = s.entities.get(key)
                if self.kind(key) != "ORG" or (known is not None and known.country not in {None, code}):
                    continue
                if self._own_country(key, m.sent, m.start):
                    continue
                self.add(key, Predicate.BASED_IN, cid, m.sent, 0.75)

    def _bullet_heads(self, si: int, noun: int) -> list[str]:
        """'Chinese partners at EURO 2024:' over bullet lines: the name each line opens with, when the
        group phrase is the whole heading (no verb between the group noun and the colon)."""
        s = self.s
        end = s.sents[si].end
        if not s.sent_texts[si].rstrip().endswith(":"):
            return []
        if any(self.toks[j].pos_ in {"VERB", "AUX"} for j in range(noun, end)):
            return []
        out: list[str] = []
        marker = False  # the last sentence was a bare bullet marker the segmenter split off its line
        for sj in range(si + 1, min(len(s.sents), si + 40)):
            line = s.sent_texts[sj].strip()
            if line in {"-", "•", "*", "·"}:
                marker = True
                continue
            if not (marker or re.match(r"^[-•*·]\s*", line)):
                break
            marker = False
            first = next(iter(s.sent_mentions(sj, "ORG")), None)
            if first is not None:
                out.append(first.key)
        return list(dict.fromkeys(out))

    def _group_noun(self, t: Token) -> bool:
        if t.lower_ in _CLIENT_NOUNS:
            return not any(x.text in {"'s", "\u2019s", "'"} for x in self.doc[max(0, t.i - 4) : t.i])
        return self.is_org_noun(t) or t.lower_ in _GROUP_NOUNS

    def _modifier_name(self, nm: Mention) -> bool:
        """'the Hefei-based DRAM maker', 'the Beijing-based Nvidia rival': a name right before a lower-case
        organization noun modifies it, and is not the company described."""
        end = nm.end
        return (
            nm.label == "ORG"
            and end < len(self.doc)
            and self.toks[end].is_lower
            and self.is_org_noun(self.toks[end])
        )

    def _both_companies(self, verb: Token) -> list[str]:
        """'Both companies are headquartered in Santa Clara': a 'both'/'the two' group subject stands for
        the two organizations the last sentences name, when they name exactly two."""
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None or subj.tag_ != "NNS" or not self.is_org_noun(subj):
            return []
        if not any(
            c.lower_ in {"both", "two"} and c.dep_ in {"det", "predet", "nummod"} for c in subj.children
        ):
            return []
        si = self.s.tok_sent[verb.i]
        keys = list(
            dict.fromkeys(
                m.key
                for m in self.s.mentions
                if m.label == "ORG"
                and si - 3 <= m.sent <= si
                and m.end <= subj.i
                and self.kind(m.key) == "ORG"
            )
        )
        return keys if len(keys) == 2 else []

    def _names_from(self, k: int, si: int, seps: frozenset[str] = frozenset()) -> list[str]:
        """The organizations listed from token k on: 'A, B and C', 'the D', "E's F" (E), up to a word that
        is not a name or a separator. 'A; B, a designer in which A holds a stake; and C': a list whose
        first name a semicolon closes runs from semicolon to semicolon past each name's description.
        'fashion group A and gene firm B': each name may carry a label when the first one does. `seps`:
        more separators ('to' after 'from A to B')."""
        s = self.s
        toks = self.toks
        n = len(self.doc)
        end = min(n, s.sents[si].end)
        keys: list[str] = []
        if k < end and toks[k].text in _FAR_OPENERS:
            k += 1  # "the Chinese companies on the list are: A; B; C"
        closing = False  # an 'and' came since the last name: the next name ends the list
        semi = False  # the items are set off by semicolons
        labelled = False  # the first item carries a lower-case label ("fashion group PVH Corp")
        while k < end:
            t = toks[k]
            if t.text == "," and keys and k + 1 < n and toks[k + 1].tag_ == "VBN":
                # "OpenAI, backed by Microsoft, and Anthropic": a participle clause inside the list
                close = next((j for j in range(k + 2, min(end, k + 8)) if toks[j].text == ","), None)
                if close is None:
                    break
                k = close + 1
                continue
            if (
                t.text in {",", "and", "or"}
                or t.lower_ in {"the", "as", "well"}
                or (semi and t.text == ";")
                or (keys and t.lower_ in seps)
            ):
                closing = bool(keys) and (closing or t.lower_ in {"and", "or", "well"} or t.lower_ in seps)
                k += 1
                continue
            nm = s.mention_at(k)
            if nm is None and (not keys or labelled):
                j = self._label_end(k, end)
                if j is not None:
                    labelled = not keys or labelled
                    nm = s.mention_at(j)
            if semi and not closing and (nm is None or nm.label != "ORG"):
                # "A; the Shanghai Design Center; B": an item that is not a name the list still goes on past
                nxt = next((j for j in range(k, end) if toks[j].text == ";"), None)
                if nxt is None:
                    break
                k = nxt
                continue
            if nm is None or nm.label != "ORG" or (keys and not labelled and self._own_label(nm)):
                break
            keys.append(nm.key)
            k = nm.end
            if closing:
                if not (labelled and k + 1 < end and toks[k].text == "," and self._label_end(k + 1, end)):
                    break  # "US firms A and B, and C": the list the label opens ends at its 'and'
                # "lenders A and B, trading house C, brokerage D": each item of a labelled list has its label
                closing = False
            if k + 1 < n and toks[k].text in POSSESSIVES and s.mention_at(k + 1) is not None:
                k = s.mention_at(k + 1).end  # type: ignore[union-attr]  # "Baidu's Ernie Bot": Baidu
            if len(keys) == 1 and k < end and toks[k].text == ";":
                semi = True
            elif (
                len(keys) == 1
                and k + 1 < end
                and toks[k].text == ","
                and toks[k + 1].lower_ in {"a", "an", "the"}
                and (
                    nxt := next(
                        (j for j in range(k + 1, min(end, k + 16)) if toks[j].text in {";", ","}), None
                    )
                )
                is not None
                and toks[nxt].text == ";"
            ):
                # "A, a defence subsidiary of B; C; D": a description closed by the semicolon that sets off
                # the list's items (B, inside the description, is no item)
                semi = True
                k = nxt
            if semi and k < end and toks[k].text == ",":
                # "Higon, a processor designer in which Sugon holds a stake;": past the description
                nxt = next((j for j in range(k, end) if toks[j].text == ";"), None)
                if nxt is None:
                    break
                k = nxt
        return keys

    def _label_end(self, k: int, end: int) -> int | None:
        """'gene sequencing firm Illumina' from token k: where the name after a lower-case label opens."""
        toks = self.toks
        j = k
        while j < end and j - k < 5 and self.s.mention_at(j) is None:
            if not (toks[j].is_lower or toks[j].text == "-") or (toks[j].is_punct and toks[j].text != "-"):
                return None
            j += 1
        nm = self.s.mention_at(j) if j < end else None
        if j == k or nm is None or nm.label != "ORG" or not self.is_org_noun(toks[j - 1]):
            return None
        return j

    def _members_after(self, k: int, si: int, among: bool = False) -> list[str]:
        """Names a group noun ending before token k is said to be or include (`among`: the group phrase
        follows 'among', so 'is' lists too: "Among the Chinese names is the BAAI")."""
        toks = self.toks
        n = len(self.doc)
        end = self.s.sents[si].end
        while k < min(n, end) and toks[k].lower_ in _LIST_ADVERBS:
            k += 1  # "Chinese exhibitors also include A"
        if k >= min(n, end):
            return []
        t = toks[k]
        if t.lower_ in _LIST_OPENERS or (t.lower_ == "such" and k + 1 < n and toks[k + 1].lower_ == "as"):
            return self._names_from(k + (2 if t.lower_ == "such" else 1), si)
        if among and t.lower_ in {"is", "was"}:
            return self._names_from(k + 1, si)
        if self.s.mention_at(k) is not None:
            return self._names_from(k, si)  # "Chinese firms Zhipu, Moonshot AI, and MiniMax"
        if (t.pos_ == "ADP" and t.lower_ in {"on", "at", "in", "from"}) or t.tag_ == "VBN":
            # "The Japanese firms on the list are Kioxia and Renesas", "the Chinese entities added on
            # Tuesday include A": past a short place phrase or participle
            j = k + 1
            while j < min(n, end, k + 12):
                if (by := self.s.mention_at(j)) is not None:
                    if t.tag_ == "VBN" and any(toks[x].lower_ == "by" for x in range(max(k, j - 3), j)):
                        j = by.end  # "the five Chinese entities named by the US Commerce Department are"
                        continue
                    break
                if not (
                    (toks[j].is_lower and toks[j].pos_ in {"DET", "ADJ", "NOUN", "ADP", "NUM"})
                    or toks[j].ent_type_ == "DATE"
                    or toks[j].lower_ in _WEEKDAYS
                    # "the Chinese companies on the list published late on Thursday are"
                    or (toks[j].is_lower and toks[j].tag_ in {"VBN", "RB"} and j > k + 1)
                ):
                    break
                j += 1
            if j < min(n, end) and toks[j].lower_ in {"are", "were", "include", "included", "includes"}:
                return self._names_from(j + 1, si)
        if (
            t.text == ","
            and k + 1 < n
            and (self.s.mention_at(k + 1) is not None or self._label_end(k + 1, end))
        ):
            # "two South Korean chipmakers, Samsung and SK Hynix", "two American companies, fashion group
            # PVH Corp and gene sequencing firm Illumina": an apposition of names
            return self._names_from(k + 1, si)
        colon = next((j for j in range(k, min(n, end, k + 30)) if toks[j].text in {":", ";"}), None)
        if (
            colon is not None
            and toks[colon].text == ":"
            and not any(toks[j].tag_ in {"VBD", "VBZ", "VBP", "MD"} for j in range(k, colon))
        ):
            # "added six Chinese entities to its Entity List for supporting the army's programmes, including
            # airships: A, B and C": a colon that closes the clause without a verb of its own
            return self._names_from(colon + 1, si)
        # "Chinese developers as 'world class', naming A and B": a listing participle later in the clause;
        # "seven Chinese entities, three developers and four centres: A; B": a colon or dash later on
        of_phrase = t.lower_ == "of"  # "the American members of the IOC's programme - A, B": names inside
        j = k
        while j < min(n, end, k + 14):
            w = toks[j]
            if w.text in _FAR_OPENERS and j > k and (w.text == ":" or toks[j - 1].whitespace_):
                return self._names_from(j + 1, si)
            if (
                w.tag_ in {"VBD", "VBZ", "VBP", "MD"}
                or w.text == ";"
                or (not of_phrase and (w.text in POSSESSIVES or self.s.mention_at(j) is not None))
                or (
                    w.tag_ == "NNS"
                    and j > k
                    and self._group_noun(w)
                    # "seven Chinese entities, three developers and four centres": a count's breakdown
                    and not any(toks[x].lower_ in _COUNTS for x in range(max(k, j - 3), j))
                )
            ):
                return []  # a verb, a name or another group ("Chinese firms' US suppliers") ends the phrase
            if w.text == "," and j + 1 < n and toks[j + 1].lower_ in _LIST_PARTICIPLES:
                step = 2
                if toks[j + 1].lower_ in {"among", "such", "led"} and j + 2 < n:
                    step = 3  # "among them", "such as", "led by"
                seps = frozenset({"to"}) if toks[j + 1].lower_ == "from" else frozenset()
                return self._names_from(j + step, si, seps)  # "from A to B"
            j += 1
        return []

    def _members_before(self, start: int, si: int) -> list[str]:
        """'A and B, two Chinese firms', 'A, B and C, all Chinese companies': the names just before a
        counted or 'all'/'both' group noun set off by a comma (a count must match the names)."""
        toks = self.toks
        k = start - 1
        count: int | None = None
        if k >= 0 and toks[k].lower_ in _COUNTS:
            count = _COUNTS[toks[k].lower_]
        elif not (k >= 0 and toks[k].lower_ in {"all", "both"}):
            return []
        k -= 1
        if k < 1 or toks[k].text != ",":
            return []
        return self._names_before_comma(k, si, count)

    def _names_before_comma(self, comma: int, si: int, count: int | None) -> list[str]:
        """The list of two or more names that ends right before the comma at `comma` (as many as
        `count` says, when it says)."""
        toks = self.toks
        keys: list[str] = []
        k = comma - 1
        sent_start = self.s.sents[si].start
        while k >= sent_start:
            t = toks[k]
            if t.text in {",", "and", "or"}:
                k -= 1
                continue
            nm = self.s.mention_at(k)
            if nm is None or nm.label != "ORG":
                break
            keys.insert(0, nm.key)
            k = nm.start - 1
        if len(keys) < 2 or (count is not None and len(set(keys)) != count):
            return []
        return keys

    def _table_row_of_org(self, m: Mention) -> bool:
        """'DJI | Hall A | Shenzhen, China': a table row that opens with a company locates the company."""
        text = self.s.text
        start = text.rfind("\n", 0, m.start_char) + 1
        if "|" not in text[start : m.start_char]:
            return False
        first = self.doc.char_span(start, start + 1, alignment_mode="expand")
        org = self.s.mention_at(first[0].i) if first is not None else None
        return org is not None and org.label == "ORG" and org.start_char == start

    def _not_series_city(self, eds: list[tuple[str, int | None]], m: Mention) -> bool:
        """A city other than the usual host city of the sentence's (reference-data) series."""
        for key, _year in eds:
            record = self.ev.series[key].record if key in self.ev.series else None
            if record is not None and record.city:
                place = self.s.kb.lookup_place(record.city)
                return place is None or place.id != m.key
        return False

    def _series_city(self) -> None:
        """'MWC Barcelona 2024 wound down ... a stand in Barcelona': the story's own edition of a series
        with a usual host city is held there when the document names that city and no sentence placed
        the edition elsewhere."""
        ev = self.ev
        if ev.default is None or ev.default not in ev.editions:
            return
        eid = self.ed_id(ev.default)
        record = ev.series[ev.default[0]].record
        if record is None or not record.city:
            return
        if any(r.subject == eid and r.predicate == Predicate.HELD_IN for r in self.out.values()):
            return
        place = self.s.kb.lookup_place(record.city)
        if place is None:
            return
        for m in self.s.mentions:
            if m.label == "GPE" and m.key == place.id:
                self.add(eid, Predicate.HELD_IN, place.id, m.sent, 0.55)
                return

    def _city_state_appos(self, city: Mention) -> str | None:
        """'Micron Technology, the Boise, Idaho-based ...': the organization a 'the|a CITY, STATE-based'
        phrase is in apposition to."""
        k = city.start
        if k < 3 or self.toks[k - 1].lower_ not in {"the", "a", "an"} or self.toks[k - 2].text != ",":
            return None
        org = self.s.mention_at(k - 3)
        return org.key if org is not None and org.label == "ORG" and org.end == k - 2 else None

    def _dateline_city(self) -> None:
        """'SAN JOSE, California, June 12, 2025 (Wire) - ... at AMD's Advancing AI conference on Thursday':
        the story's own edition, named in the lead sentence, is held in the dateline's city when nothing
        placed it."""
        s = self.s
        if not s.sents or not s.mentions:
            return
        first = s.mentions[0]
        lead = s.sents[0]
        if first.label != "GPE" or first.start != lead.start or not self._dateline_at(first):
            return
        place = s.kb.lookup_place(first.text)
        if place is None or place.kind is not PlaceKind.CITY:
            return
        placed = {r.subject for r in self.out.values() if r.predicate == Predicate.HELD_IN}
        for pos, ed in self.ev.ref_tokens.items():
            if s.tok_sent[pos] != 0 or ed != self.ev.default or self.ed_id(ed) in placed:
                continue
            record = self.ev.series[ed[0]].record
            home = s.kb.lookup_place(record.city) if record is not None and record.city else None
            if record is not None and record.city and (home is None or home.id != place.id):
                continue  # a series with another home city ("LEAP" in a story filed from elsewhere)
            self.add(self.ed_id(ed), Predicate.HELD_IN, place.id, 0, 0.55)
            placed.add(self.ed_id(ed))

    def _dateline_at(self, m: Mention) -> bool:
        """'BELLEVUE, Washington, Oct. 16, 2024 (Wire) -': a place in capitals, a date and a dash."""
        head = self.s.text[m.start_char : m.start_char + 80]
        return m.text.isupper() and _DATELINE.match(head) is not None

    def _held_in_country(self) -> None:
        """'the 2018 World Cup in Russia', 'EURO 2012 in Poland and Ukraine', 'the tournament is held in
        Russia': an edition of a series with no home city (outside the KB, or roving) held in a country
        no city narrows."""
        placed = {r.subject for r in self.out.values() if r.predicate == Predicate.HELD_IN}
        for pos, ed in self.ev.ref_tokens.items():
            record = self.ev.series[ed[0]].record
            if (record is not None and record.city) or self.ed_id(ed) in placed:
                continue
            m = self.s.mention_at(pos)
            root = self.s.mention_root(m) if m is not None else self.toks[pos]
            countries = self._countries_after(pos) or self._venue_countries(root)
            for key, si in countries:
                self.add(self.ed_id(ed), Predicate.HELD_IN, key, si, 0.6)
            if countries:
                placed.add(self.ed_id(ed))

    def _countries_after(self, pos: int) -> list[tuple[str, int]]:
        """'EURO 2016 in France': the countries an 'in' right after an event name (and its year) names."""
        m = self.s.mention_at(pos)
        if m is None or m.label != "EVENT":
            return []
        k = m.end
        if k < len(self.doc) and self.toks[k].like_num:
            k += 1
        if k >= len(self.doc) or self.toks[k].lower_ != "in":
            return []
        return self._country_objects(self.toks[k])

    def _venue_countries(self, tok: Token) -> list[tuple[str, int]]:
        """'The tournament is held in Russia', 'the championship kicks off in Germany': the countries the
        'in' of the venue verb an event reference is the subject of names."""
        if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.head.lemma_.lower() not in _VENUE_VERBS:
            return []
        preps = [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "in"]
        preps += [
            c
            for p in tok.head.children
            if p.dep_ == "prt"
            for c in p.children
            if c.dep_ == "prep" and c.lower_ == "in"
        ]
        return self._country_objects(preps[0]) if preps else []

    def _country_objects(self, prep: Token) -> list[tuple[str, int]]:
        """The countries a preposition governs, with their conjuncts ('in Poland and Ukraine')."""
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if not objs:
            return []
        out: list[tuple[str, int]] = []
        for t in [objs[0], *objs[0].conjuncts]:
            m = self.s.mention_at(t.i)
            place = self.s.kb.lookup_place(m.text) if m is not None and m.label == "GPE" else None
            if m is None or place is None or place.kind is not PlaceKind.COUNTRY:
                return []  # a city or region among them: the city rules place the event
            out.append((m.key, m.sent))
        return out

    def _is_city(self, m: Mention) -> bool:
        place = self.s.kb.lookup_place(m.text)
        if place is not None:
            return place.kind is PlaceKind.CITY or (
                place.kind is PlaceKind.COUNTRY and place.country in _CITY_STATES
            )
        if m.label != "GPE" or re.sub(r"^the ", "", m.text.lower()) in self.lex.world_regions:
            return False
        # a place the reference data lacks is most often a town ("opened in Villepinte", "at the library
        # in Simi Valley") when it is what 'in' or 'at' governs, not a word before a noun ("its Songshan
        # Lake campus") or a place after a comma ("Gandhinagar, Gujarat")
        root = self.s.mention_root(m)
        # (not after 'to': "returns to Pudong" names a district the KB leaves to its city)
        return root.dep_ == "pobj" and root.head.lower_ in {"in", "at"}

    def _joined_based(self, named: set[str | None]) -> None:
        """'Micron, a U.S.-based memory maker': the tokenizer keeps 'U.S.-based' as one word."""
        for found in _JOINED_BASED.finditer(self.s.text):
            span = self.doc.char_span(found.start(), found.end())
            if span is None or len(span) != 1 or span[0].dep_ != "amod":
                continue
            t = span[0]
            prefix = t.text[: t.text.rindex("-")]
            place = self.s.kb.lookup_place(prefix)
            if place is None or (str(place.kind) != "country" and place.country not in named):
                continue
            noun = t.head
            if not self.is_org_noun(noun):
                continue
            cid = self.s.kb.country_place(place.country).id
            keys = [k for k in self.linked_orgs(noun) if self.kind(k) == "ORG"]
            if keys:
                self._ensure_country(cid, (t.idx, t.idx + len(prefix)))
            for key in keys:
                self.add(key, Predicate.BASED_IN, cid, self.s.tok_sent[t.i], 0.8)

    def _headquarters(self, t: Token, si: int, named: set[str | None]) -> None:
        """'TikTok says it has headquarters in Los Angeles and Singapore': every country named, or
        the country of every city when the document names it."""
        # "has headquarters in X" (the prepositions hang on the noun), "whose headquarters are in X"
        holder = t if t.dep_ == "dobj" else t.head
        places = [
            m
            for c in holder.children
            if c.dep_ == "prep" and c.lower_ == "in"
            for x in c.subtree
            if (m := self.s.mention_at(x.i)) is not None and m.label == "GPE" and m.start == x.i
        ]
        if t.dep_ == "dobj":
            owners = [k for k in self.subjects(t.head) if self.kind(k) == "ORG"]
        else:
            poss = [c for c in t.children if c.dep_ == "poss"]
            owners = [
                k
                for p in poss
                for k in (self.relcl_antecedent(p) or [] if p.lower_ == "whose" else self.resolve(p))
                if self.kind(k) == "ORG"
            ]
        if any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in t.head.children):
            # 'it' only for a company named in the same sentence ("X says it has headquarters in")
            here = {m.key for m in self.s.sent_mentions(si, "ORG")}
            owners = [k for k in owners if k in here]
        for m in places:
            acc = self.s.entities.get(m.key)
            place = self.s.kb.lookup_place(m.text)
            if acc is None or acc.country is None or place is None:
                continue
            if str(place.kind) != "country" and acc.country not in named:
                continue
            for o in owners:
                self.add(o, Predicate.BASED_IN, self.s.kb.country_place(acc.country).id, si, 0.75)

    def _one_list(self, first: Mention, keys: list[str]) -> list[str]:
        """'US firms General Atlantic and KKR, and Sequoia Capital': the list a label opens ends at its
        'and'; a name coordinated after that is outside the label."""
        wanted = set(keys)
        out = [first.key]
        closed = False
        for m in self.s.sent_mentions(first.sent, "ORG"):
            if m.start <= first.start or m.key not in wanted or m.key in out:
                continue
            if closed or self._own_label(m):
                break
            out.append(m.key)
            if m.start > 0 and self.toks[m.start - 1].lower_ in {"and", "or"}:
                closed = True
        return out + [
            k
            for k in keys
            if k not in out and not any(mm.key == k for mm in self.s.sent_mentions(first.sent, "ORG"))
        ]

    def _relative_subject(self, nm: Mention, j: int, k: int) -> bool:
        """The name is the subject of a relative clause on a noun ('the lab Google bought')."""
        root = self.s.mention_root(nm)
        v = root.head
        return root.dep_ in {"nsubj", "nsubjpass"} and v.dep_ == "relcl" and j <= v.head.i < k

    def _own_label(self, m: Mention) -> bool:
        """'British publisher Informa and media group Mediacorp': the conjunct has a label of its own."""
        k = m.start - 1
        noun = False
        while k >= 0 and k > m.start - 5 and self.toks[k].is_lower and not self.toks[k].is_punct:
            if self.toks[k].lower_ in {"and", "or"}:
                return noun
            noun = noun or self.is_org_noun(self.toks[k])
            k -= 1
        return False

    def _head_word_org(self, noun: Token) -> list[str]:
        """'the forum' / 'the Forum' after the World Economic Forum: a definite noun that is the head word
        of exactly one organization named in the last sentences (not an organization noun: those
        resolve by salience)."""
        if noun.tag_ not in {"NN", "NNP"} or not any(c.lower_ == "the" for c in noun.children):
            return []
        if self.s.mention_at(noun.i) is not None:
            return []
        si = self.s.tok_sent[noun.i]
        word = noun.lower_
        keys = {
            m.key
            for m in self.s.mentions
            if m.label == "ORG"
            and si - 3 <= m.sent
            and m.end <= noun.i
            and self.kind(m.key) == "ORG"
            and (words := re.split(r" (?:of|for) ", m.text.lower())[0].split())  # "Boao Forum for Asia"
            and words[-1] == word
            and len(words) > 1
        }
        return sorted(keys) if len(keys) == 1 else []

    def _after_unknown_name(self, noun: Token) -> bool:
        """'Tencent and miHoYo, the Shanghai developer': an apposition right after a capitalised word no
        mention covers describes that word, not the name the parse attaches it to."""
        left = noun.left_edge.i
        if left < 2 or self.toks[left - 1].text != ",":
            return False
        t = self.toks[left - 2]
        return self.s.mention_at(t.i) is None and t.pos_ == "PROPN"

    def _named_for_country(self, key: str, si: int, code: str) -> bool:
        """'Qatar Airways', 'Air France': the name, as written in the sentence, carries another country."""
        kb = self.s.kb
        for m in self.s.sent_mentions(si, "ORG"):
            if m.key != key:
                continue
            for word in m.text.split()[:2]:
                place = kb.lookup_place(word)
                if place is not None and str(place.kind) == "country" and place.country != code:
                    return True
        return False

    def _own_country(self, key: str, si: int, other: int) -> bool:
        """'Mistral AI and Germany's Aleph Alpha': the conjunct carries a country word of its own."""
        toks = self.toks
        for m in self.s.sent_mentions(si, "ORG"):
            if m.key != key:
                continue
            # "... and Dutch firm ASML": a country word opening the name's own label, whatever the parse
            k = m.start - 1
            while (
                k >= 0
                and k > m.start - 5
                and (toks[k].is_lower or toks[k].text == "-")
                and not toks[k].is_punct
            ):
                k -= 1
            cm = self.s.mention_at(k) if k >= 0 else None
            if k < m.start - 1 and cm is not None and cm.label in {"GPE", "NORP"} and cm.start != other:
                return True
            root = self.s.mention_root(m)
            for c in root.subtree:
                if c.i >= m.start:
                    break
                cm = self.s.mention_at(c.i)
                if cm is not None and cm.label in {"GPE", "NORP"} and cm.start != other:
                    return True
        return False

    def _placed_company(self, m: Mention, country: str) -> list[str]:
        """A city or state before an org noun: 'California drone maker Skydio', 'DeepSeek, the Hangzhou
        start-up', 'the Santa Clara chip designer said' (not a unit: 'its Hong Kong unit')."""
        doc = self.doc
        toks = self.toks
        k = m.end
        while k < len(doc) and k - m.end < 4 and self.s.mention_at(k) is None:
            t = toks[k]
            if not (t.is_lower or t.text in {"-", "AI", "EV", "IT"}) or (t.is_punct and t.text != "-"):
                return []
            if self.is_org_noun(t) and not (k + 1 < len(doc) and toks[k + 1].text == "-"):
                break
            k += 1
        else:
            return []
        if k >= len(doc) or not self.is_org_noun(toks[k]) or toks[k].lower_ in _UNIT_NOUNS:
            return []
        noun = toks[k]
        name = self.s.mention_at(k + 1) if k + 1 < len(doc) else None
        if name is not None and name.label == "ORG":
            return [name.key]  # "California drone maker Skydio"
        if noun.dep_ == "appos":
            if self._after_unknown_name(noun):
                return []  # "Tencent and miHoYo, the Shanghai developer": it describes a name we missed
            left = noun.left_edge.i
            last = self.s.mention_at(left - 2) if left >= 2 and toks[left - 1].text == "," else None
            if last is not None and last.label == "ORG" and last.end == left - 1:
                return [last.key] if self.kind(last.key) == "ORG" else []  # "A and B, the Tokyo publisher": B
            return [key for key in self.s.resolve_token(noun.head) if self.kind(key) == "ORG"]
        appos = [key for c in noun.children if c.dep_ == "appos" for key in self.s.resolve_token(c)]
        if appos:
            return [key for key in appos if self.kind(key) == "ORG"]
        if m.start > 0 and toks[m.start - 1].lower_ == "the" and noun.tag_ == "NN":
            return self._described_org(noun, country)
        return []

    def _and_other(self, noun: Token) -> list[str]:
        """'handsets from Xiaomi, Oppo and other Chinese brands': every name listed before 'other'."""
        if noun.dep_ != "conj" or not any(c.lower_ == "other" for c in noun.children):
            return []
        head = noun.head
        while head.dep_ == "conj":
            head = head.head
        return [
            k
            for t in (head, *head.conjuncts)
            if t.i != noun.i
            for k in self.s.resolve_token(t)
            if self.kind(k) == "ORG"
        ]

    def _described_group(self, noun: Token, country: str) -> list[str]:
        """'The US chipmakers both depend on ...': the companies of that country named just before."""
        if not any(c.dep_ == "det" and c.lower_ in {"the", "these", "both"} for c in noun.children):
            return []
        si = self.s.tok_sent[noun.i]
        keys: list[str] = []
        for m in self.s.mentions:
            if m.label == "ORG" and si - 1 <= m.sent and m.end <= noun.i:
                acc = self.s.entities.get(m.key)
                if acc is not None and acc.country == country and m.key not in keys:
                    keys.append(m.key)
        return keys if 2 <= len(keys) <= 4 else []

    def _one_of(self, noun: Token) -> list[str]:
        """'Alibaba is one of China's largest companies', 'built it into one of China's biggest funds'."""
        if not (noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one"):
            return []
        one = noun.head.head
        out = [k for k in self.linked_orgs(one) if self.kind(k) == "ORG"]
        if not out and one.dep_ == "pobj" and one.head.lower_ in {"into", "as"}:
            v = one.head.head
            objs = [c for c in v.children if c.dep_ == "dobj"]
            out = [k for c in objs for k in self.keys_in(c) if self.kind(k) == "ORG"]
            if not out and v.dep_ == "conj" and any(c.lower_ == "it" for c in objs):
                # "co-founded High-Flyer and built it into one of ...": 'it' is the first verb's object
                out = [
                    k
                    for c in v.head.children
                    if c.dep_ == "dobj"
                    for k in self.keys_in(c)
                    if self.kind(k) == "ORG"
                ]
        return out

    def _described_org(self, noun: Token, country: str) -> list[str]:
        """'the US carmaker's stand', 'its stake in the San Francisco-based developer': a definite
        description of an organization named before, of that country or of none the KB knows."""
        if noun.dep_ == "appos" or any(c.dep_ == "appos" for c in noun.children):
            return []
        if not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in noun.children):
            return []
        # the clause's actor is not what its object describes ("Amazon's decision ... doubles its
        # commitment to the San Francisco-based developer")
        actor: set[str] = set()
        v = self.verbal_head(noun)
        if v is not None and not self.in_subject(noun, v):
            for c in v.children:
                if c.dep_ in {"nsubj", "nsubjpass"}:
                    for x in (c, *[p for p in c.children if p.dep_ == "poss"]):
                        actor.update(self.s.resolve_token(x))
        if noun.dep_ == "poss":
            # "Samsung Research, the South Korean giant's R&D hub", "Groq, the largest deal in the US
            # chipmaker's history": the possessor is not the name the phrase is in apposition to
            x = noun
            while x.head.i != x.i and x.dep_ != "appos":
                x = x.head
            if x.dep_ == "appos":
                actor.update(self.s.resolve_token(x.head))
        si = self.s.tok_sent[noun.i]
        before = [
            m.key
            for m in self.s.sent_mentions(si, "ORG")
            if m.end <= noun.i
            and m.key not in actor
            and (a := self.s.entities.get(m.key)) is not None
            and a.country in {None, country}
        ]
        mods = [c for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}]
        sectors = self.s.sector_of_phrase([*mods, noun])
        if before and not (noun.dep_ == "poss" and sectors):
            key: str | None = before[-1]
        elif sectors and noun.dep_ == "poss":
            # "ROCm, the US chipmaker's software stack": the company of that sector the text is about
            # (named most so far), not merely the last one named
            key = self._sector_topic(noun.i, sectors, country, actor) or self.s.org_antecedent(
                noun.i, sectors=sectors, exclude=actor
            )
        elif sectors:
            key = self.s.org_antecedent(noun.i, sectors=sectors, exclude=actor)
        else:
            key = self._salient_org(noun.i, country, actor)
        acc = self.s.entities.get(key) if key else None
        if acc is None or acc.type.value != "ORG" or acc.country not in {None, country}:
            return []
        return [acc.key]

    def _sector_topic(
        self, pos: int, sectors: tuple[str, ...], country: str, exclude: set[str]
    ) -> str | None:
        """The organization of one of the sectors, of that country or of none the KB knows, named most
        often before `pos` (a tie goes to the one named last)."""
        counts: dict[str, int] = {}
        last: dict[str, int] = {}
        for m in self.s.mentions:
            if m.label != "ORG" or m.end > pos or m.key in exclude:
                continue
            acc = self.s.entities.get(m.key)
            if acc is None or acc.country not in {None, country} or not set(sectors) & set(acc.sectors):
                continue
            counts[m.key] = counts.get(m.key, 0) + 1
            last[m.key] = m.start
        if not counts:
            return None
        return max(counts, key=lambda k: (counts[k], last[k]))

    def _comma_owner(self, t: Token) -> list[str]:
        """'Organised by FIFA, football's governing body, headquartered in Zurich': the name before the
        apposition the participle closes, when no verb stands between them."""
        si = self.s.tok_sent[t.i]
        before = [m for m in self.s.sent_mentions(si, "ORG") if m.end <= t.i]
        if not before:
            return []
        m = before[-1]
        if any(
            x.pos_ in {"VERB", "AUX"} and x.dep_ not in {"amod", "compound"} for x in self.doc[m.end : t.i]
        ):
            return []
        if not any(x.text == "," for x in self.doc[m.end : t.i]):
            return []
        return [m.key]

    def _salient_org(self, pos: int, country: str, exclude: set[str]) -> str | None:
        """'The Shenzhen-based company said': the organization the last sentences are most about
        (most mentions so far), of that country or of none the KB knows."""
        si = self.s.tok_sent[pos]
        business = self.toks[pos].lower_ in _BUSINESS_NOUNS
        counts: dict[str, int] = {}
        recent: dict[str, None] = {}  # in the order first named: a tie goes to the first, every run
        for m in self.s.mentions:
            if m.label != "ORG" or m.end > pos or m.key in exclude:
                continue
            acc = self.s.entities.get(m.key)
            if acc is None or acc.country not in {None, country}:
                continue
            if business and any(w in _PUBLIC_BODY_WORDS for w in m.text.split()):
                continue  # "the Shenzhen company" is not the trade council named before it
            counts[m.key] = counts.get(m.key, 0) + 1
            if si - m.sent <= 3:
                recent.setdefault(m.key)
        if not recent:
            return None
        return max(recent, key=lambda k: counts[k])

    def _place_country(self, places: list[Mention], named: set[str | None]) -> str | None:
        """The country place id that 'Huizhou, Guangdong, China' or 'Qingdao' (its country named) gives."""
        for pm in reversed(places):
            cid = self._country_of(pm)
            if cid is not None:
                return cid
        for pm in places:
            acc = self.s.entities.get(pm.key)
            if acc is not None and acc.country in named and acc.country is not None:
                return self.s.kb.country_place(acc.country).id
        return None

    def _listed_places(self, named: set[str | None]) -> None:
        """Listings: 'Honor (Shenzhen, China)' after a name, and a table's headquarters column
        ('Company | Booth | Headquarters' then 'TCL | Central Hall | Huizhou, Guangdong, China')."""
        s = self.s
        text = s.text
        for m in s.mentions:
            if m.label != "ORG" or text[m.end_char : m.end_char + 2] != " (":
                continue
            close = text.find(")", m.end_char, m.end_char + 60)
            if close < 0:
                continue
            inside = [g for g in s.sent_mentions(m.sent, "GPE") if m.end_char + 2 <= g.start_char < close]
            rest = text[m.end_char + 2 : close]
            for g in inside:
                rest = rest.replace(g.text, "")
            if inside and not rest.strip(" ,"):
                cid = self._country_of(inside[-1])  # "(Shenzhen, China)": the country itself is written
                if cid is not None:
                    self.add(m.key, Predicate.BASED_IN, cid, m.sent, 0.75)
        lines = self.lines()
        for i, line in enumerate(lines):
            cells = [c.strip().lower() for c in line.text.split("|")]
            col = next((k for k, c in enumerate(cells) if c in _HQ_COLUMNS), None)
            if col is None or col == 0:
                continue
            for row in lines[i + 1 :]:
                parts = row.text.split("|")
                if len(parts) != len(cells):
                    break
                first_end = row.start + len(parts[0])
                cell_start = row.start + sum(len(p) + 1 for p in parts[:col])
                cell_end = cell_start + len(parts[col])
                orgs = self._line_mentions(Line(row.start, first_end, parts[0]), "ORG")
                places = self._line_mentions(Line(cell_start, cell_end, parts[col]), "GPE")
                cid = self._place_country(places, named) if places else None
                if len({o.key for o in orgs}) == 1 and cid is not None:  # "AMEC China (AMEC)": one name
                    self.add(orgs[0].key, Predicate.BASED_IN, cid, orgs[0].sent, 0.75)
        self._country_column(lines)

    def _surface_appos(self, m: Mention) -> str | None:
        """'NAME, a US start-up ...': the name before ', a' when an organization noun follows the country
        word within a few lower-case words."""
        toks = self.toks
        j = m.start - 1
        if j < 2 or toks[j].lower_ not in {"a", "an", "the"} or toks[j - 1].text != ",":
            return None
        name = self.s.mention_at(j - 2)
        if name is None or name.label != "ORG" or name.end != j - 1 or self.kind(name.key) != "ORG":
            return None
        for k in range(m.end, min(len(self.doc), m.end + 5)):
            t = toks[k]
            if self.is_org_noun(t):
                # "Velantis, the French start-up's rival": the noun is the possessor, not the name
                after = toks[k + 1] if k + 1 < len(self.doc) else None
                return None if after is not None and after.tag_ == "POS" else name.key
            if not (t.is_lower or t.text in {"-", "AI"}) or self.s.mention_at(k) is not None:
                return None
        return None

    def _dash_entry(self, m: Mention) -> list[str]:
        """'BMW - German carmaker': a directory line whose name a dash sets off from its description."""
        toks = self.toks
        j = m.start - 1
        if j >= 0 and toks[j].lower_ in {"a", "an", "the"}:
            j -= 1
        if j < 1 or toks[j].text not in {"-", "–", "—"}:
            return []
        name = self.s.mention_at(j - 1)
        text = self.s.text
        if (
            name is None
            or name.label != "ORG"
            or name.end != j
            or (name.start_char > 0 and text[name.start_char - 1] != "\n")
        ):
            return []
        return [name.key]

    def _country_column(self, lines: list[Line]) -> None:
        """A table with no header whose rows are 'Name | Country | ...' ('Thales | France | avionics'):
        the country cell locates the name, where two rows in a row have that shape."""
        rows: list[tuple[Mention | None, str]] = []
        for line in [*lines, Line(0, 0, "")]:
            parts = line.text.split("|")
            cid = None
            org = None
            if len(parts) >= 3:
                first_end = line.start + len(parts[0])
                cell_end = first_end + 1 + len(parts[1])
                places = self._line_mentions(Line(first_end + 1, cell_end, parts[1]), "GPE")
                if (
                    len(places) == 1
                    and places[0].text == parts[1].strip()
                    and (place := self.s.kb.lookup_place(places[0].text)) is not None
                    and str(place.kind) == "country"
                ):
                    cid = self._country_of(places[0])
                orgs = self._line_mentions(Line(line.start, first_end, parts[0]), "ORG")
                if len(orgs) == 1 and orgs[0].text == parts[0].strip():
                    org = orgs[0]
            if cid is not None:
                rows.append((org, cid))
                continue
            if len(rows) >= 2:
                for o, c in rows:
                    if o is not None:
                        self.add(o.key, Predicate.BASED_IN, c, o.sent, 0.75)
            rows = []

    def _possessed_org(self, m: Mention) -> str | None:
        """'Britain's CMA', 'Shenzhen's DJI': the organization a place's possessive names."""
        toks = self.toks
        if m.end + 1 >= len(self.doc) or toks[m.end].text not in POSSESSIVES:
            return None
        nm = self.s.mention_at(m.end + 1)
        return nm.key if nm is not None and nm.label == "ORG" and nm.start == m.end + 1 else None

    def _coordinated_country(self, m: Mention) -> bool:
        """'Japanese and South Korean chipmakers': the country word is one of two coordinated ones."""
        toks = self.toks
        n = len(self.doc)

        def place(i: int) -> bool:
            pm = self.s.mention_at(i) if 0 <= i < n else None
            return pm is not None and pm.key != m.key and self._country_of(pm) is not None

        after = m.end < n and toks[m.end].lower_ in {"and", "or"} and place(m.end + 1)
        before = m.start > 1 and toks[m.start - 1].lower_ in {"and", "or"} and place(m.start - 2)
        return after or before

    def _country_of(self, m: Mention) -> str | None:
        """The country place id of a country-kind GPE or nationality mention, else None."""
        acc = self.s.entities.get(m.key)
        if acc is None or acc.country is None or not m.key.startswith("gpe:"):
            return None
        place = self.s.kb.lookup_place(m.text)
        if m.label != "NORP" and (place is None or str(place.kind) not in {"country", "region"}):
            return None
        return self.s.kb.country_place(acc.country).id

    def _of_country(self) -> None:
        """'Sakana AI of Japan', 'Naver of South Korea': a country named right after 'of' a company."""
        s = self.s
        toks = self.toks
        for m in s.mentions:
            if m.label != "GPE" or m.start < 2:
                continue
            k = m.start - 1
            if toks[k].lower_ == "the":
                k -= 1
            # "A and B, both from Hong Kong", "A, B and C, all based in China"
            if k >= 2 and toks[k].lower_ == "in" and toks[k - 1].lower_ in {"based", "headquartered"}:
                k -= 1
            if (
                k < 1
                or toks[k].lower_ not in {"of", "from", "based", "headquartered"}
                or (m.end < len(self.doc) and toks[m.end].text in POSSESSIVES)
            ):
                continue
            if toks[k].lower_ != "of" and toks[k - 1].lower_ not in {"all", "both"}:
                continue  # a single company "from" a country: the other rules read the verb
            cid = self._country_of(m)
            if cid is None:
                continue
            code = s.entities[m.key].country
            org = s.mention_at(k - 1)
            if org is not None and org.label == "ORG" and org.end == k:
                # "Sunway and Kunlun Tech of China": the names coordinated with it, unless known elsewhere
                keys = [org.key] + [key for key in self._coordinated_before(org) if key != org.key]
            else:
                # "A, B and C, all of China", "A and B, both from Hong Kong"
                keys = self._members_before(k, m.sent) if toks[k - 1].lower_ in {"all", "both"} else []
            for key in keys:
                known = s.entities.get(key)
                if known is None or known.country in {None, code}:
                    self.add(key, Predicate.BASED_IN, cid, m.sent, 0.75)

    def _coordinated_before(self, org: Mention) -> list[str]:
        """The organizations coordinated before `org`, its list's last item ('A, B and' before C)."""
        toks = self.toks
        k = org.start - 1
        if k < 1 or toks[k].lower_ != "and":
            return []
        keys: list[str] = []
        sent_start = self.s.sents[org.sent].start
        while k >= sent_start and toks[k].text in {",", "and"}:
            while k >= sent_start and toks[k].text in {",", "and"}:
                k -= 1
            nm = self.s.mention_at(k) if k >= sent_start else None
            if nm is None or nm.label != "ORG" or nm.end != k + 1:
                break
            keys.insert(0, nm.key)
            k = nm.start - 1
        return keys

    def _country_institutions(self) -> None:
        """'the US Army', 'the British Treasury': a country word that opens a state institution's name."""
        s = self.s
        kb = s.kb
        for m in s.mentions:
            if m.label != "ORG" or s.mention_at(m.start) is not m:
                continue
            words = m.text.split()
            for n in (1, 2):
                # a proper name ("US Army"), not a description ("the US government")
                if len(words) <= n or " ".join(words[n:]).lower() not in _INSTITUTIONS or words[n].islower():
                    continue
                head = " ".join(words[:n])
                place = kb.lookup_place(head)
                code = (
                    place.country
                    if place is not None and str(place.kind) == "country"
                    else kb.country_of_adjective(head)
                )
                if code is None:
                    continue
                known = s.entities.get(m.key)
                if known is not None and known.country not in {None, code}:
                    break
                cid = kb.country_place(code).id
                self._ensure_country(cid, (m.start_char, m.start_char + len(head)))
                self.add(m.key, Predicate.BASED_IN, cid, m.sent, 0.8)
                break

    def _the_countrys(self) -> None:
        """'China ... SMIC, the country's largest chipmaker': 'the country's' refers to the last country
        named in the sentences before; a company the reference data places elsewhere is not taken."""
        s = self.s
        toks = self.toks
        countries = [m for m in s.mentions if m.label in {"GPE", "NORP"} and self._country_of(m) is not None]
        if not countries:
            return
        for si in range(len(s.sents)):
            for t in s.sent_toks[si]:
                if t.lower_ not in {"country", "nation"} or t.i + 1 >= len(self.doc):
                    continue
                if toks[t.i + 1].text not in POSSESSIVES or not any(
                    c.dep_ == "det" and c.lower_ == "the" for c in t.children
                ):
                    continue
                before = [m for m in countries if m.end <= t.i and m.sent >= si - 3]
                if not before:
                    continue
                ref = before[-1]
                code = s.entities[ref.key].country
                cid = self._country_of(ref)
                noun = t.head
                hops = 0
                while (
                    noun.lower_ not in self.lex.org_nouns and noun.dep_ in {"compound", "amod"} and hops < 3
                ):
                    noun = noun.head
                    hops += 1
                if cid is None or not self.is_org_noun(noun):
                    continue
                linked = self.linked_orgs(noun) or self._one_of(noun)
                named = s.mention_at(t.i - 3) if t.i >= 3 and toks[t.i - 2].text == "," else None
                if not linked and named is not None and named.label == "ORG" and named.end == t.i - 2:
                    linked = [named.key]  # "SMIC, the country's largest chipmaker", however it is parsed
                for key in linked:
                    known = s.entities.get(key)
                    if self.kind(key) == "ORG" and (known is None or known.country in {None, code}):
                        self.add(key, Predicate.BASED_IN, cid, si, 0.7)

    def based_in(self) -> None:
        s = self.s
        doc = self.doc
        toks = self.toks
        named_countries = {
            acc.country
            for acc in s.entities.values()
            if acc.type.value == "GPE"
            and acc.key.startswith("gpe:")
            and (
                (
                    (place := s.kb.lookup_place(acc.names[0] if acc.names else "")) is not None
                    and str(place.kind) in {"country", "region"}
                )
                # a nationality word names its country too ("Chinese companies")
                or (acc.country is not None and s.kb.country_place(acc.country).id == acc.key)
            )
        }
        for m in s.mentions:
            if m.label not in {"NORP", "GPE"} or not m.key.startswith("gpe:"):
                continue
            acc = s.entities.get(m.key)
            if acc is None or acc.country is None:
                continue
            place = s.kb.lookup_place(m.text)
            is_country = m.label == "NORP" or (place is not None and str(place.kind) in {"country", "region"})
            country_id = s.kb.country_place(acc.country).id if acc.country else None
            if country_id is None:
                continue
            si = m.sent
            nxt_text = self.s.text[m.end_char : m.end_char + 20]
            based = re.match(r"^[-‐–](?:based|headquartered)\b", nxt_text)
            if not is_country and not based:
                # "Shenzhen's DJI": a city's own company, when the document names the city's country
                nm_poss = self._possessed_org(m)
                if nm_poss is not None and acc.country in named_countries:
                    self.add(nm_poss, Predicate.BASED_IN, country_id, si, 0.75)
                    continue
                # "The California company is under pressure": a definite description by a state or city
                if acc.country in named_countries:
                    for key in self._placed_company(m, acc.country):
                        known = s.entities.get(key)
                        if known is None or known.country in {None, acc.country}:
                            self.add(key, Predicate.BASED_IN, country_id, si, 0.7)
                continue
            if not is_country and acc.country not in named_countries:
                continue
            # "Shenzhen-based company", "the US Commerce Department", "Emirati AI firm G42"
            j = m.end
            if based:
                j = m.end + 2
            k = j
            while (
                (
                    k < len(doc)
                    and k - j < 6
                    and s.mention_at(k) is None
                    # "US blacklists chipmaker YMTC": a verb ends the noun phrase the country word opens
                    and (
                        toks[k].pos_ not in {"VERB", "AUX"}
                        or toks[k].dep_ in {"amod", "compound"}
                        or toks[k].lower_ in self.lex.org_nouns  # "The French startup Mistral", tagged a verb
                    )
                    and (
                        toks[k].is_lower
                        or toks[k].text in {"-", "AI", "GPU", "IT"}
                        or (toks[k].pos_ in {"ADJ", "NOUN"} and not toks[k].is_title)
                    )
                    and not toks[k].is_punct
                    # "the US chipmaker's rival Intel": the country word describes the possessor, not the name
                    and toks[k].tag_ != "POS"
                    # "the US owner of the Calvin Klein brand", "the Shenzhen-based cloud arm of Tencent": the
                    # name after 'of' is not the one the phrase describes
                    and toks[k].lower_ != "of"
                    # "a Toronto-based rival to OpenAI", "a Seoul-based supplier for Apple"
                    and toks[k].lower_ not in {"to", "for", "with", "against", "than", "versus", "vs"}
                    # "the Norwegian start-up behind the Fjord battery": any preposition ends the phrase
                    # ('up' of a split "start-up" is none; "firms such as A" lists the firms)
                    and not (toks[k].tag_ == "IN" and toks[k - 1].lower_ not in {"-", "such"})
                    # "Chinese start-up and Tsinghua unveil": an 'and' after the organization noun ends it
                    and not (toks[k].lower_ in {"and", "or"} and any(self.is_org_noun(x) for x in doc[j:k]))
                )
                or (k < len(doc) and toks[k].text == "-" and s.mention_at(k) is None and k - j < 6)
            ):
                k += 1
            nm = s.mention_at(k) if k < len(doc) else None
            if nm is not None and self._modifier_name(nm):
                nm = None  # "the Hefei-based DRAM maker": a word tagged a name modifies the noun after it
            if nm is not None and k > j and self._relative_subject(nm, j, k):
                nm = None  # "DeepMind, the British lab Google bought": the name opens a clause on the noun
            gap_tokens = doc[j:k]
            if (
                nm is not None
                and nm.label == "ORG"
                and (
                    k == j
                    or any(
                        self.is_org_noun(t)
                        or t.lower_.split("-")[-1] in self.lex.org_nouns
                        # "start-up", which spaCy splits into three tokens
                        or (
                            t.i >= 2
                            and toks[t.i - 1].text == "-"
                            and f"{toks[t.i - 2].lower_}-{t.lower_}" in _SPLIT_NOUNS
                        )
                        for t in gap_tokens
                    )
                )
            ):
                keys = self._one_list(nm, self.keys_in(s.mention_root(nm)))
                if self._coordinated_country(m):
                    keys = [
                        k for k in keys if (e := s.entities.get(k)) is not None and e.country == acc.country
                    ]
                for key in keys:
                    if key != nm.key and self._named_for_country(key, si, acc.country):
                        continue  # "US drinks giant Coca-Cola and Qatar Airways"
                    if self.kind(key) == "ORG" and (key == nm.key or not self._own_country(key, si, m.start)):
                        self.add(key, Predicate.BASED_IN, country_id, si, 0.85)
                continue
            # possessive country + ORG: "Britain's Competition and Markets Authority"
            nm2_key = self._possessed_org(m)
            if nm2_key is not None:
                self.add(nm2_key, Predicate.BASED_IN, country_id, si, 0.85)
                # "Japan's Toyota and Panasonic": the names coordinated with it, unless the reference data
                # or a country word of their own places them elsewhere
                for key in self._names_from(m.end + 1, si)[1:]:
                    known = s.entities.get(key)
                    at = next(
                        (x for x in s.sent_mentions(si, "ORG") if x.key == key and x.start > m.end), None
                    )
                    if at is None or toks[at.start - 1].lower_ == "the":
                        break  # "China's commerce ministry and the Shanghai government": not bare names
                    if (
                        self.kind(key) == "ORG"
                        and (known is None or known.country in {None, acc.country})
                        and not self._own_country(key, si, m.start)
                    ):
                        self.add(key, Predicate.BASED_IN, country_id, si, 0.75)
                continue
            # the noun the country word modifies, linked to named organizations
            head = toks[m.end - 1]
            noun = head.head if head.dep_ in {"amod", "compound", "nmod", "npadvmod", "poss"} else None
            if based:
                b = toks[m.end + 1] if m.end + 1 < len(doc) else None
                noun = b.head if b is not None else None
                bm = s.mention_at(noun.i) if noun is not None else None
                if bm is not None and bm.label == "ORG" and not self._modifier_name(bm):
                    self.add(s.key_at(noun.i), Predicate.BASED_IN, country_id, si, 0.85)  # type: ignore[union-attr]
                    continue
                city = s.mention_at(m.start - 2) if m.start >= 3 and toks[m.start - 1].text == "," else None
                named = self._city_state_appos(city) if city is not None and city.label == "GPE" else None
                if named is not None and noun is not None and self.is_org_noun(noun):
                    # "Micron Technology, the Boise, Idaho-based memory maker": the parse hangs the noun on
                    # the city, so the apposition is read off the words
                    known = s.entities.get(named)
                    if known is None or known.country in {None, acc.country}:
                        self.add(named, Predicate.BASED_IN, country_id, si, 0.8)
                    continue
                if (
                    noun is not None
                    and city is not None
                    and city.label == "GPE"
                    and city.start > 0
                    and toks[city.start - 1].lower_ == "the"
                    # not an apposition: "Qualcomm, the San Diego, California-based chip designer"
                    and (city.start < 2 or toks[city.start - 2].text != ",")
                    and self.is_org_noun(noun)
                ):
                    # "The Santa Clara, California-based chipmaker said": the parse hangs the noun on the
                    # city; the description is of the organization the last sentences are about
                    sectors = self.s.sector_of_phrase([noun])
                    ref = (
                        s.org_antecedent(noun.i, sectors=sectors)
                        if sectors
                        else self._salient_org(noun.i, acc.country, set())
                    )
                    known = s.entities.get(ref) if ref else None
                    if (
                        known is not None
                        and self.kind(known.key) == "ORG"
                        and known.country in {None, acc.country}
                    ):
                        self.add(known.key, Predicate.BASED_IN, country_id, si, 0.7)
                    continue
            hops = 0
            while (
                noun is not None
                and hops < 3
                and noun.lower_ not in self.lex.org_nouns
                and noun.pos_ in {"NOUN", "ADJ", "PROPN"}
                and noun.dep_ in {"compound", "amod", "nmod"}
            ):
                noun = noun.head
                hops += 1
            if (
                based
                and noun is not None
                and not self.is_org_noun(noun)
                and (heads := self._head_word_org(noun))
            ):
                # "The Swiss-based forum said": the World Economic Forum named before
                for key in heads:
                    self.add(key, Predicate.BASED_IN, country_id, si, 0.7)
                continue
            if noun is not None and noun.lower_ in _COLLECTIVES:
                # "the American trio of Coca-Cola, McDonald's and Visa"
                for key in [
                    k
                    for c in noun.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children
                    if p.dep_ == "pobj"
                    for k in self.keys_in(p)
                ]:
                    if self.kind(key) == "ORG":
                        self.add(key, Predicate.BASED_IN, country_id, si, 0.75)
                continue
            if noun is not None and any(c.lower_ in _FOREIGN for c in noun.children):
                continue  # "China's largest foreign retailer"
            if (
                noun is not None
                and noun.dep_ == "appos"
                and noun.lower_ in _APPOS_DESCRIPTORS
                and (appos_of := s.mention_at(noun.head.i)) is not None
                and appos_of.label == "ORG"
            ):
                # "Nvidia, the US leader in AI accelerators"
                self.add(appos_of.key, Predicate.BASED_IN, country_id, si, 0.75)
                continue
            if noun is None or not self.is_org_noun(noun):
                named = self._surface_appos(m)
                known = s.entities.get(named) if named else None
                if named and (known is None or known.country in {None, acc.country}):
                    # "Figure AI, a US start-up developing robots": the parse hangs the country word on a
                    # later noun; the words say it describes the name before the comma
                    self.add(named, Predicate.BASED_IN, country_id, si, 0.75)
                continue
            if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children) and noun.dep_ == "conj":
                continue  # "Foxconn and its US rival": the rival is not the company before it
            linked = self._and_other(noun) or self.linked_orgs(noun)
            if (
                noun.dep_ in {"nsubj", "nsubjpass", "poss", "pobj", "dobj"}
                and noun.tag_ == "NN"
                # "the Shenzhen-based group, on the US Entity List since 2019,": a prepositional phrase
                # other than 'of' does not name what the description is of
                and not any(
                    c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children
                )
                and (described := self._described_org(noun, acc.country))
            ):
                # "The Shenzhen-based company said": resolved by salience, not the last name mentioned
                linked = described
            left = noun.left_edge.i
            if (
                left > 0
                and noun.dep_ == "appos"
                and toks[left].lower_ == "the"
                and toks[left - 1].pos_ == "NOUN"
                and noun.tag_ == "NN"
            ):
                # "Labs, the division the US social media group set up": the description is the subject of
                # a contact relative clause, so not what the noun before it (or that noun's name) is
                before_noun = set(s.resolve_token(toks[left - 1]))
                if toks[left - 1].dep_ == "appos":
                    before_noun.update(s.resolve_token(toks[left - 1].head))
                subj = [
                    k
                    for k in self.sentence_subject(si)
                    if self.kind(k) == "ORG"
                    and k not in before_noun
                    and (e := s.entities.get(k)) is not None
                    and e.country in {None, acc.country}
                ]
                named_before = [
                    x.key
                    for x in s.sent_mentions(si, "ORG")
                    if x.end <= left
                    and x.key not in before_noun
                    and (e := s.entities.get(x.key)) is not None
                    and e.country in {None, acc.country}
                ]
                # the sentence's subject, else the last name before, else the story's company
                salient = (
                    subj[:1]
                    or named_before[-1:]
                    or [x for x in [self._salient_org(noun.i, acc.country, before_noun)] if x]
                )
                for key in salient:
                    self.add(key, Predicate.BASED_IN, country_id, si, 0.7)
                continue
            if noun.dep_ == "appos":
                # "Kuaishou, the Beijing-headquartered platform, and ByteDance": the description is of
                # the name it follows, not of a conjunct after it
                later = {m.key for m in s.sent_mentions(si, "ORG") if m.start > noun.i}
                earlier = {m.key for m in s.sent_mentions(si, "ORG") if m.start < noun.i}
                linked = [k for k in linked if k in earlier or k not in later]
                left = noun.left_edge.i
                last = s.mention_at(left - 2) if left >= 2 and toks[left - 1].text == "," else None
                if (
                    noun.tag_ == "NN"
                    and not any(c.lower_ in {"all", "both"} for c in noun.children)
                    and last is not None
                    and last.label == "ORG"
                    and last.end == left - 1
                    and self.kind(last.key) == "ORG"
                ):
                    # "A, B and C, the Beijing-based developer of X": a singular apposition after a list
                    # describes the name right before its comma, however the parse attaches it
                    linked = [last.key]
                if self._after_unknown_name(noun):
                    linked = []
            if any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
                # "The US chipmakers both ...": a description never moves a company the KB places elsewhere
                linked = [
                    k
                    for k in linked
                    if (known := s.entities.get(k)) is None or known.country in {None, acc.country}
                ]
            if noun.dep_ == "appos" and any(c.lower_ in {"all", "both"} for c in noun.children):
                # "SenseTime, Megvii and Yitu, all Chinese AI firms": the whole list before it
                top = noun.head
                while top.dep_ == "conj" and top.head.i != top.i:
                    top = top.head
                linked = list(dict.fromkeys(linked + [k for k in self.keys_in(top) if self.kind(k) == "ORG"]))
            if not linked and (
                noun.dep_ == "appos"
                # "in Anthropic, the US start-up behind Claude": the split 'start-up' parses as a fragment
                or (noun.dep_ == "dep" and m.start >= 2 and toks[m.start - 1].lower_ in {"the", "a", "an"})
            ):
                # "..., secretary general of the World Internet Conference, the Beijing-headquartered
                # organisation": an apposition right after a name describes that name
                left = noun.left_edge.i if noun.dep_ == "appos" else m.start - 1
                before = s.mention_at(left - 2) if left >= 2 and toks[left - 1].text == "," else None
                if before is not None and before.label == "ORG" and before.end == left - 1:
                    linked = [before.key]
            if not linked and (named := self._surface_appos(m)) is not None:
                # "ended up with DeepSeek, the Chinese AI start-up": an apposition the parse attaches
                # elsewhere (the object of the verb, a loose modifier) still describes the name before it
                known = s.entities.get(named)
                if known is None or known.country in {None, acc.country}:
                    linked = [named]
            if not linked:
                linked = self._dash_entry(m)
            if not linked and s.sent_texts[si].rstrip().endswith(":"):
                linked = self._list_items(si)
            if not linked:
                linked = self._one_of(noun)
            if not linked and noun.tag_ == "NNS":
                linked = self._described_group(noun, acc.country)
            if not linked:
                linked = self._described_org(noun, acc.country)
            # "Douyin, TikTok's Chinese twin": the possessor is not the company described
            possessors = {k for c in noun.children if c.dep_ == "poss" for k in self.keys_in(c)}
            linked = [k for k in linked if k not in possessors] or linked
            # "the Hefei-based DRAM maker": a name modifying the noun is not the company it describes
            modifiers = {
                mm.key
                for c in noun.children
                if c.dep_ in {"compound", "nmod"}
                and (mm := s.mention_at(c.i)) is not None
                and self._modifier_name(mm)
            }
            linked = [k for k in linked if k not in modifiers]
            if self._coordinated_country(m):
                # "Japanese and South Korean chipmakers such as Tokyo Electron and Samsung": each company
                # takes only the country word the reference data gives it
                linked = [
                    k for k in linked if (e := s.entities.get(k)) is not None and e.country == acc.country
                ]
            for key in linked:
                self.add(key, Predicate.BASED_IN, country_id, si, 0.75)
        self._joined_based(named_countries)
        self._group_lists()
        self._listed_places(named_countries)
        self._of_country()
        self._the_countrys()
        self._country_institutions()
        # "headquartered in Shenzhen, China", "a smart-lighting maker from Shenzhen"
        for si in range(len(s.sents)):
            for t in s.sent_toks[si]:
                if t.lower_ == "headquarters" and (
                    (t.dep_ == "dobj" and t.head.lemma_ in {"have", "keep"})
                    or (t.dep_ == "nsubj" and t.head.lemma_ == "be")
                ):
                    self._headquarters(t, si, named_countries)
                    continue
                if (
                    t.lower_ in {"headquartered", "based"}
                    and any(c.dep_ == "prep" and c.lower_ == "in" for c in t.children)
                ) or (t.lower_ == "from" and t.dep_ == "prep" and t.head.lower_ in self.lex.org_nouns):
                    preps = (
                        [t]
                        if t.lower_ == "from"
                        else [c for c in t.children if c.dep_ == "prep" and c.lower_ == "in"]
                    )
                    places = [
                        gm
                        for p in preps
                        for x in p.subtree
                        if (gm := s.mention_at(x.i)) is not None and gm.label == "GPE"
                    ]
                    # "a company from outside China" says where it is NOT based
                    if not places or any(x.lower_ in {"outside", "beyond"} for x in t.subtree):
                        continue
                    codes = [s.entities[pm.key].country for pm in places if pm.key in s.entities]
                    countries = [
                        pm
                        for pm in places
                        if (pp := s.kb.lookup_place(pm.text)) is not None and str(pp.kind) == "country"
                    ]
                    code = (
                        s.entities[countries[0].key].country
                        if countries
                        # "Santa Clara, California": the first place whose country the document names
                        else next((c for c in codes if c and c in named_countries), None)
                    )
                    if not code:
                        continue
                    cid = s.kb.country_place(code).id
                    if t.lower_ == "from":
                        owners = self.linked_orgs(t.head)
                    else:
                        # "Sophgo, Zhipu and Biren, all based in China": the list before 'all'/'both'
                        owners = self._members_before(t.i, si)
                        if not owners and t.pos_ == "VERB":
                            owners = [k for k in self.subjects(t) if self.kind(k) == "ORG"]
                        if not owners and t.pos_ == "VERB":
                            owners = self._both_companies(t)
                        if not owners and t.pos_ == "VERB":
                            # "The Forum is headquartered in Geneva": the name whose head word the subject is
                            subj_tok = next((c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                            owners = self._head_word_org(subj_tok) if subj_tok is not None else []
                        if not owners and t.dep_ in {"acl", "amod"}:
                            owners = [k for k in self.s.resolve_token(t.head) if self.kind(k) == "ORG"]
                            owners = owners or self.linked_orgs(t.head) or self._comma_owner(t)
                        if not owners and t.i == s.sents[si].start:
                            # "Based in Shenzhen, DJI makes ...": the opening participle is the subject's
                            owners = [k for k in self.sentence_subject(si) if self.kind(k) == "ORG"]
                        if not owners and t.dep_ == "relcl":
                            # "The chipmaker, which is headquartered in ...": the description's referent
                            owners = [k for k in self.resolve(t.head) if self.kind(k) == "ORG"]
                        if not owners and t.i > 0 and self.doc[t.i - 1].text == ",":
                            # "Rakuten, headquartered in Tokyo, Japan, launched": the parse loses the
                            # participle's noun; the name right before its comma
                            owners = self._comma_owner(t)
                    for o in owners:
                        self.add(o, Predicate.BASED_IN, cid, si, 0.8)

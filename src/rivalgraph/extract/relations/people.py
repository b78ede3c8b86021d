"""People: employs (org -> person) from titles, appositions and founder wording."""

from __future__ import annotations

import re

from spacy.tokens import Token

from rivalgraph.extract.lexicon import Lexicon, per_lexicon, title_phrase_pieces, title_words
from rivalgraph.extract.relations.common import (
    FOUND_VERBS,
    POSSESSIVES,
    SUBJECT_DEPS,
)
from rivalgraph.extract.relations.lists import UNIT_WORDS, ListRules
from rivalgraph.extract.state import EntityAcc, Mention
from rivalgraph.model import EntityType, Predicate

# "Founded in 2021 by X, ...", "Co-founded by A and B in 2019, ...": an opening participle
_FOUNDED_OPENING = re.compile(r"(?i)(co-?)?founded\s+(?:in\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+)?by\s+")
# A new list item between a founder and a later name: "A, Xpeng, whose ...", "and Li Auto, led by"
_NEXT_ITEM = re.compile(
    r"[A-Z][\w.-]*,\s+(?:whose|which|led\s+by|founded\s+by|run\s+by|headed\s+by|backed\s+by)\b"
)
# "of Tesla and SpaceX", "of Google and its parent Alphabet": a second organization the title covers
_AND_ORG = re.compile(r"\s+and\s+(?:(?:its|their)\s+(?:parent|owner|parent\s+company|holding\s+company)\s+)?")
# "a spokesperson for Hanwha USA": a title's organization after 'for'
_FOR_END = re.compile(r"\bfor\s+(?:the\s+)?(?:[\w&.-]+\s+){0,4}?$")
# "... and head of DAMO Academy": the preposition between a title and its organization
_TITLE_OF = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?")
# "X, who heads Y" / "X, who runs Y": leading an organization is working for it
_LEADS = re.compile(
    r"(?i),\s+(?:(?:the|an?)\s+(?P<title>(?:[\w-]+\s+){0,3}?[\w-]+)\s+)?who\s+(?:now\s+|also\s+|currently\s+|previously\s+|formerly\s+|once\s+)?(?:has\s+|had\s+)?(?P<verb>heads|headed|leads|led|runs|ran|chairs|chaired|"
    r"co-?founded|founded)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?|(?:[\w-]+\s+){1,3}?(?:at|of)\s+(?:the\s+)?)"
)
# "A also spoke, as did B": the clause's verb carried to the names after 'as did'
_AS_DID = re.compile(r",\s+as\s+did\s+")
# "Jensen Huang co-founded Nvidia": the parser often splits the hyphenated verb
_FOUNDED = re.compile(r"(?i)\s+(?:also\s+)?(co-?founded|founded)\s+(?:the\s+)?")
# "- Ponte Vecchio: a tiled processor - Hong Jiang, Intel": what may open a speaker line before the name
_LINE_LEAD = re.compile(r"(?:\s*[-–—•*]\s*|.*\s[-–—:]\s*|\s*)")
# "Max Tegmark, Professor, MIT, and President, Future of Life Institute": one more title, one more body
_NEXT_ENTRY = re.compile(
    r"\s*(?:\([^()\n]*\))?\s*(?:;|,\s+and|,)\s+(?P<title>[A-Z][\w-]*(?:\s+[\w&-]+){0,4}),\s+"
)
# "chief executive of Microsoft-owned GitHub": an organization that only modifies the next one
_OWNER_MODIFIER = re.compile(r"^[-‐–](?:owned|backed|controlled|funded|based|listed)\b")
# "the 28-year-old founder of": an age is not part of the title
_AGE = re.compile(r"^(?:\d{1,3}|[a-z]+-[a-z]+)-year-old\s+")
# "High-Flyer, the quantitative hedge fund ": a description between a company and the name after it
_DESCRIBED = re.compile(r"\s*,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}")
# "Illumina, whose chief executive is Jacob Thaysen"
# "the association, whose chief executive Gary Shapiro has said": the verb may come after the name
# "the ministry, whose minister, Tengku Zafrul Aziz, said", "X, a Dubai-based foundation whose chairman, ..."
_WHOSE = re.compile(
    r"^\s*,\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,4}?)?whose\s+(.+?)\s*,?\s+(?:(?:is|was|has\s+been)\s+)?$"
)
# "heads it as Meta's chief AI officer", "joined as Google's head of research"
_AS_POSS_TITLE = re.compile(r"\bas\s+(?:the\s+)?$")
# "in charge of the company's FAIR group", "in charge of its Shanghai unit"
_IN_CHARGE = re.compile(
    r"\bin\s+charge\s+of\s+(?:(?:the\s+(?:company|group|firm)(?:'s|’s)|its|the)\s+)?(?:[\w-]+\s+){0,2}$"
)
# "sits on ByteDance's board", "is on the board of Baidu"
_ON_BOARD = re.compile(
    r"\s+(?:also\s+)?(?:sits|sat|serves|served|is|was|has\s+been|remains)\s+on\s+(?:the\s+board\s+of\s+)?"
)
# "A and B, both former researchers at Meta"
_BOTH_TITLE = re.compile(
    r"\s*,\s+(?:both|all)\s+(former\s+)?((?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:at|of)\s+(?:the\s+)?"
)
# Hiring verbs: "Meta hired X", "X joined Meta", "Google brought in X" (no title stated)
_HIRE_VERBS = frozenset({"hire", "recruit", "poach"})
# Verbs that give a person a title: "Baidu named X as its chief technology officer"
_APPOINT_VERBS = frozenset({"name", "appoint", "promote", "make", "tap", "elect", "install"})
# "said Sam Altman, the chief executive.": a lone title in apposition, one that only one person holds
_BARE_APPOS = re.compile(
    r"^\s*,\s+(?:its\s+|the\s+(?:company's\s+|company\u2019s\s+|group's\s+|firm's\s+)?)"
    r"((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s*(?:,|\.|;|$)"
)
_TOP_TITLES = frozenset(
    {"ceo", "cfo", "cto", "coo", "chairman", "chairwoman", "chair", "president", "founder", "co-founder"}
    | {"executive", "officer"}
)
# "left OpenAI to join Anthropic", "quit Google to join Meta"
_LEAVE_VERBS = frozenset({"leave", "quit", "depart", "exit"})
# "appointed X to head its chip unit": the verbs of a stated role without a title
_HEAD_VERBS = frozenset({"head", "lead", "run", "oversee", "helm"})
_FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "may", "might", "could"})
# "Zhang Peng, a Zhipu AI executive": the organization inside the title phrase
_ORG_IN_TITLE = re.compile(
    r"\s*,\s+(?:(?:a|an|the|its)\s+)?(?:former\s+|senior\s+|top\s+|longtime\s+|veteran\s+|incoming\s+"
    r"|outgoing\s+|new\s+|current\s+|(?:newly\s+|recently\s+)?(?:appointed|named|installed)\s+)?$"
)

# Lower-case US department titles name the department: "the commerce secretary", "under secretary of
# commerce for industry and security", "Treasury Secretary X", "the US trade representative".
_DEPARTMENTS = {
    "commerce": "us-department-of-commerce",
    "treasury": "us-treasury",
    "the treasury": "us-treasury",
    "state": "us-state-department",
    "defense": "us-department-of-defense",
    "trade representative": "ustr",
}
_DEPT_TITLE = (
    r"(?:(?:US|U\.S\.|American)\s+)?(?:(then|former)\s+)?(?:(?:deputy|under|assistant|acting)\s+)?"
    r"(?:(commerce|treasury|defen[cs]e)\s+secretary|secretary\s+of\s+(commerce|the\s+treasury|state|defen[cs]e)"
    r"(?:\s+for\s+[a-z]+(?:\s+(?:and\s+)?[a-z]+){0,3})?|(trade\s+representative))"
)
# "Commerce Secretary Gina Raimondo", "US trade representative Katherine Tai"
_DEPT_BEFORE = re.compile(
    r"(?i)(?:^|\b(?:the|then|former|by|and|with)\s+|\W\s*)" + _DEPT_TITLE + r"\s*,?\s*$"
)
# "Gina Raimondo, the commerce secretary", "Alan Estevez, under secretary of commerce for industry"
_DEPT_AFTER = re.compile(
    r"(?i)^\s*,\s+(?:who\s+(?:became|is|was|has\s+been|had\s+been|serves\s+as|served\s+as)\s+)?(?:(?:the|a|an)\s+)?"
    + _DEPT_TITLE
    + r"\b"
)

# "David Wang, then an executive director of its board": a title of the company a possessive names
_OF_ITS = re.compile(
    r"^\s*,\s+(?:(then|former|now)\s+)?(?:(?:an?|the|one\s+of\s+the)\s+)?((?:[\w-]+\s+){0,3}?[\w-]+)"
    r"\s+(?:of|at|on)\s+(its|their)(?:\s+[a-z][\w-]*){0,2}\s*(?:,|\.|;|$)"
)

# Nouns of a body that a definite description names by a word of its name ("the association" for the
# Consumer Technology Association, "the department's secretary", "ministry spokesperson X").
_BODY_NOUNS = frozenset(
    {
        "association", "forum", "board", "department", "ministry", "bureau", "commission", "council",
        "institute", "university", "foundation", "federation", "agency", "authority", "lab", "academy",
        "group", "administration", "society", "alliance", "chamber", "consortium", "office", "center",
        "centre",
    }
)  # fmt: skip
# "X, the association's chief executive", "X, founder and executive chairman of the forum"
_BODY_POSS_AFTER = re.compile(
    r"^\s*,\s+(?:(then|former|now)\s+)?the\s+([a-z]+)(?:'s|’s)\s+(?:(then|former|acting|interim)\s+)?"
    r"((?:[\w-]+\s+){0,3}?[\w-]+)\s*(?:,|\.|;|$)"
)
_BODY_OF_AFTER = re.compile(
    r"^\s*,\s+(?:(?:the|an?)\s+)?(?:(then|former)\s+)?((?:[\w-]+\s+){0,5}?[\w-]+)\s+(?:of|at)\s+the\s+"
    # "president of the Geneva-based forum": a place the body is based in
    # "deputy director of the research center", "a managing director of the Forum": a modifier, a capital
    r"(?:[A-Z][\w]*-based\s+)?(?:[a-z]+\s+)?([a-z]+|[A-Z][a-z]+)\s*(?:,|\.|;|$)"
)

# "X, who also became group chief executive this month"
_GROUP_TITLE = re.compile(
    r"^\s*,\s+who\s+(?:also\s+|later\s+|then\s+|has\s+|had\s+)?(?:became|become|becomes|is\s+now|was\s+named)\s+"
    r"(?:the\s+)?group(?:'s|’s)?\s+((?:[\w-]+\s+){0,2}?[\w-]+)(?=\s*(?:[,.;]|$)|\s+(?:this|last|in|on|from|since)\b)"
)

# Titles too loose to stand for one person already named ("the Google engineers", "the OpenAI board").
_GROUP_TITLES = frozenset(
    {"executive", "executives", "partner", "researcher", "scientist", "engineer", "head", "director", "chief"}
) | frozenset({"founders", "co-founders", "cofounders", "chairmen", "rotating chairmen", "board member"})


# The single words of the lexicon's titles, per lexicon ('chief', 'executive', 'founder', ...).
# what joins the words of a title phrase (`Lexicon.title_re`)
_TITLE_JOINS = re.compile(r"[\s,\-]+")


class PeopleRules(ListRules):
    """People rules."""

    def employs(self) -> None:
        s = self.s
        doc = self.doc
        toks = self.toks
        title_re = self.lex.title_re
        for si, sent in enumerate(s.sents):
            ms = [m for m in s.sent_mentions(si) if m.label in {"ORG", "PERSON"}]
            people = [m for m in ms if m.label == "PERSON"]
            orgs = [m for m in ms if m.label == "ORG"]
            self._title_description(si, people, orgs)
            self._pronoun_serves(si)
            if not people:
                continue
            if si > 0:
                # "Nvidia | chief executive Jensen Huang said": a sentence split the parser made mid-line
                before = [m for m in s.sent_mentions(si - 1) if m.label == "ORG"]
                split = s.text[before[-1].end_char : sent.start_char] if before else "x"
                if not split.strip() and "\n" not in split:
                    orgs = [before[-1], *orgs]
            for p in people:
                found = False
                # ORG ['s] TITLE PERSON
                for o in orgs:
                    if o.text.lower() in _DEPARTMENTS:
                        continue  # "Commerce Secretary X": the department itself (_department_titles)
                    if o.end_char <= p.start_char and p.start_char - o.end_char < 90:
                        gap = self.s.text[o.end_char : p.start_char]
                        gap2 = re.sub(r"^(?:'s|’s|')\s*", "", gap)
                        if (
                            gap2.strip()
                            and title_re.match(gap2)
                            and not self._portfolio(o, gap2)
                            and not re.search(r"[;:]", gap)
                            and not re.search(r"(?:,|\band)\s*$", gap2)
                        ):
                            self.add(
                                o.key,
                                Predicate.EMPLOYS,
                                p.key,
                                si,
                                0.9,
                                qualifiers={"title": self._clean_title(gap2)},
                            )
                            found = True
                            # "Mistral AI co-founders A, B and C": the title covers the coordinated names
                            last = p
                            # a singular title names one person ("Nvidia chief executive A and B, ...")
                            plural = re.search(r"[a-z]s$", gap2.strip()) and not gap2.strip().endswith("ss")
                            for q in people[people.index(p) + 1 :] if plural else []:
                                if not re.fullmatch(
                                    r"\s*(?:,|,?\s+and)\s+", self.s.text[last.end_char : q.start_char]
                                ):
                                    break
                                self.add(
                                    o.key,
                                    Predicate.EMPLOYS,
                                    q.key,
                                    si,
                                    0.8,
                                    qualifiers={"title": self._clean_title(gap2)},
                                )
                                last = q
                # PERSON, [then] TITLE of|at [descr] ORG  /  PERSON, ORG's TITLE
                after = [o for o in orgs if o.start_char >= p.end_char and o.start_char - p.end_char < 120]
                # "chief executive of Microsoft-owned GitHub": the owner is a modifier of the employer
                after = [
                    o for o in after if not _OWNER_MODIFIER.match(self.s.text[o.end_char : o.end_char + 12])
                ]
                for o in after[:2]:
                    gap = self.s.text[p.end_char : self._past_place_possessive(o, si)]
                    title = self._title_of_gap(gap)
                    if title is not None and self._portfolio(o, title):
                        continue  # "Minoru Kihara, Minister of Defense, Japan": a portfolio, not a body
                    if (
                        title is not None
                        and _FOR_END.search(gap)
                        and not self._ends_phrase(o, orgs)
                        # "Vice President for the Digital Single Market, European Commission": an entry
                        and not (title[:1].isupper() and self._entry_employer(o, orgs))
                    ):
                        title = (
                            None  # "vice president for Cloud & AI in Africa": a portfolio, not the employer
                        )
                    if (
                        title is not None
                        and title[:1].isupper()
                        and (employer := self._entry_employer(o, orgs))
                    ):
                        # "Philip Wong, Vice President of Corporate Research, TSMC": an entry line whose
                        # last organization employs; the one inside the title is a unit or portfolio
                        self.add(employer.key, Predicate.EMPLOYS, p.key, si, 0.8, qualifiers={"title": title})
                        found = True
                        break
                    if title is not None:
                        self.add(o.key, Predicate.EMPLOYS, p.key, si, 0.9, qualifiers={"title": title})
                        found = True
                        # "... of Alibaba Group and chief executive of Alibaba Cloud"
                        later = [x for x in orgs if x.start_char > o.end_char]
                        # "chief executive of Tesla and SpaceX", "of Google and its parent Alphabet"
                        if (
                            later
                            and _AND_ORG.fullmatch(self.s.text[o.end_char : later[0].start_char])
                            and self._ends_phrase(later[0], orgs)
                        ):
                            tail = self.s.text[later[0].end_char : later[0].end_char + 3]
                            if not re.match(r"(?:'s|’s|-)", tail):
                                self.add(
                                    later[0].key,
                                    Predicate.EMPLOYS,
                                    p.key,
                                    si,
                                    0.8,
                                    qualifiers={"title": title},
                                )
                        if later:
                            gap3 = self.s.text[o.end_char : later[0].start_char]
                            t3 = re.match(r"^\s+and\s+(.+?)\s+(?:of|at)\s+(?:the\s+)?$", gap3)
                            employer = later[0]
                            if self.s.text[employer.end_char : employer.end_char + 2] in {"'s", "’s"}:
                                # "deputy dean of Tsinghua's Institute for AI": the possessed body, if named
                                nxt = later[1:2]
                                if not nxt or not re.fullmatch(
                                    r"(?:'s|’s)\s+", self.s.text[employer.end_char : nxt[0].start_char]
                                ):
                                    t3 = None
                                else:
                                    employer = nxt[0]
                            if t3 and title_re.match(t3.group(1)):
                                self.add(
                                    employer.key,
                                    Predicate.EMPLOYS,
                                    p.key,
                                    si,
                                    0.85,
                                    qualifiers={"title": t3.group(1)},
                                )
                        break
                    m2 = re.match(
                        r"^,\s+(?:(?:previously|formerly|now|currently|then|most\s+recently)\s+)?(?:the\s+|one\s+of\s+)?$",
                        gap,
                    )
                    if m2 and o.end < len(doc) and toks[o.end].text in POSSESSIVES:
                        rest = self.s.text[toks[o.end].idx + len(toks[o.end].text) : sent.end_char]
                        t2 = self._title_prefix(rest)
                        if t2 is None:
                            # "the European Commission's internal market commissioner": words before the title
                            mt = re.match(r"\s*((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s*(?:,|\.|;|$)", rest)
                            words = mt.group(1).split() if mt else []
                            core = next(
                                (
                                    " ".join(words[k:])
                                    for k in range(len(words))
                                    if self._is_title(" ".join(words[k:]))
                                ),
                                None,
                            )
                            if mt and core is not None and core.lower() not in _GROUP_TITLES:
                                t2 = mt.group(1)
                        if t2 and re.search(r"\b(?:previously|formerly)\b", gap):
                            t2 = f"former {t2}"
                        if t2:
                            self.add(o.key, Predicate.EMPLOYS, p.key, si, 0.9, qualifiers={"title": t2})
                            # "Alibaba's chief technology officer and head of DAMO Academy": the last
                            # title's own organization
                            at = toks[o.end].idx + len(toks[o.end].text) + rest.find(t2.split()[-1])
                            self._title_of_next(t2, at + len(t2.split()[-1]), orgs, p, si)
                            found = True
                            break
                if not found:
                    found = self._possessed_title(p, si)
                if found:
                    continue
                self._employs_by_context(p, si)
            self._founders(si)
            self._leaders(si)
            self._title_layouts(si, people, orgs)
            self._whose_title(si, people, orgs)
            self._in_charge(si, orgs)
            self._boards_and_groups(si, people, orgs)
            self._as_possessed_title(si, orgs)
            self._possessed_person(si, people, orgs)
            self._described_possessor(si, people)
            self._hires(si)
            self._department_titles(si, people)
            self._appointments(si)
            self._bracketed_titles(si, people, orgs)
            self._described_person(si, people, orgs)
            self._body_titles(si, people)
            self._inline_entries(si, people, orgs)
            self._where_title(si, orgs)
            self._founded_opening(si, people, orgs)
            self._successions(si, people)
            self._person_of_org(si, people)
            self._bare_appos_title(si, people)
            self._entry_lines(si, people, orgs)

    def _entry_lines(self, si: int, people: list[Mention], orgs: list[Mention]) -> None:
        """Programme and speaker lines: 'Topic - Hong Jiang, Intel' (a name and its body end the line)
        and 'Name, Professor, MIT, and President, Future of Life Institute' (each further title and
        body of the entry)."""
        text = self.s.text
        for p in people:
            after = [o for o in orgs if o.start_char > p.end_char]
            if not after or text[p.end_char : after[0].start_char] != ", ":
                self._further_entries(p, after, si)
                continue
            o = after[0]
            if self.lex.title_re.match(o.text.split(",")[0]):
                continue  # "Ray Dalio, Founder, Bridgewater": a title read into the body's name
            eol = text.find("\n", o.end_char)
            tail = text[o.end_char : eol if eol >= 0 else len(text)]
            bol = text.rfind("\n", 0, p.start_char) + 1
            if re.fullmatch(r"\s*(?:\([^()]*\))?\s*", tail) and _LINE_LEAD.fullmatch(
                text[bol : p.start_char]
            ):
                self.add(o.key, Predicate.EMPLOYS, p.key, si, 0.75)

    def _further_entries(self, p: Mention, after: list[Mention], si: int) -> None:
        """'X, Title, A, and Title, B' / 'X, Title, A (AA); Title, B': the bodies after the first."""
        text = self.s.text
        first = (
            re.fullmatch(
                r",\s+(?P<title>[A-Z][\w-]*(?:\s+[\w&-]+){0,4}),\s+", text[p.end_char : after[0].start_char]
            )
            if after
            else None
        )
        if first is None or not self.lex.title_re.match(first.group("title")):
            return
        prev = after[0]
        for o in after[1:]:
            gap = text[prev.end_char : o.start_char]
            if re.fullmatch(r"\s*\(", gap):
                prev = o  # "Public Investment Fund (PIF); Chairman, FII Institute": the short form
                continue
            mt = _NEXT_ENTRY.fullmatch(gap)
            if mt is None or not self.lex.title_re.match(mt.group("title")):
                break
            self.add(o.key, Predicate.EMPLOYS, p.key, si, 0.75, qualifiers={"title": mt.group("title")})
            prev = o

    def carried_speakers(self) -> None:
        """'A also spoke, as did B', 'A addressed the inauguration, as did three names: B, ...; C, ...':
        the people after 'as did' spoke where the clause's speakers did."""
        text = self.s.text
        for si in range(len(self.s.sents)):
            start, end = self.s.sent_text_span(si)
            m = _AS_DID.search(text, start, end)
            if m is None:
                continue
            people = self.s.sent_mentions(si, "PERSON")
            before = {p.key for p in people if p.end_char <= m.start()}
            events = [
                r.object
                for r in list(self.out.values())
                if r.predicate == Predicate.SPEAKS_AT
                and not r.negated
                and r.subject in before
                and r.evidence is not None
                and r.evidence.start == start
            ]
            if not events:
                continue
            carried: list[Mention] = []
            after = [p for p in people if p.start_char >= m.end()]
            if after and re.fullmatch(r"(?:[\w'’-]+\s+){0,4}", text[m.end() : after[0].start_char]):
                carried.append(after[0])  # "as did Tata chief executive B"
            elif after:
                # "as did three of its best-known names: B, TITLE; C, TITLE; and D, TITLE"
                colon = text.find(":", m.end(), after[0].start_char)
                last = colon
                for p in after if colon >= 0 else []:
                    if not re.fullmatch(r"[:;]\s*(?:and\s+)?", text[last : p.start_char]):
                        last = text.find(";", p.end_char, end)
                        if last < 0:
                            break
                        continue
                    carried.append(p)
                    last = text.find(";", p.end_char, end)
                    if last < 0:
                        break
            for p in carried:
                for ev in dict.fromkeys(events):
                    self.add(p.key, Predicate.SPEAKS_AT, ev, si, 0.7)

    def _past_place_possessive(self, o: Mention, si: int) -> int:
        """Where the words before organization `o` end once a place's possessive is dropped ('CEO of
        Japan's Renesas', 'a vice minister at China's Ministry of Commerce')."""
        for g in self.s.sent_mentions(si):
            if g.label in {"GPE", "NORP"} and re.fullmatch(
                r"(?:'s|’s)\s+", self.s.text[g.end_char : o.start_char]
            ):
                return g.start_char
        return o.start_char

    def _org_by_noun(self, noun: str, pos: int, si: int) -> str | None:
        """The body a definite description ('the association', 'the department') stands for: the latest
        organization named before `pos` (this or the eight sentences before) with that word in its name."""
        noun = noun.lower()
        if noun not in _BODY_NOUNS:
            return None
        forms = {noun, f"{noun}s", "laboratory" if noun == "lab" else noun}
        for back in range(0, 9):
            if si - back < 0:
                break
            for m in reversed(self.s.sent_mentions(si - back, "ORG")):
                if m.start >= pos:
                    continue
                if forms & set(re.split(r"[\s-]+", m.text.lower())):
                    return m.key
        return None

    def _portfolio(self, o: Mention, title: str) -> bool:
        """'Minister of National Defense', 'Defence Minister X', 'Minister of State': a minister's or
        secretary's portfolio the entity layer took for an organization (no known body, no body noun)."""
        words = re.split(r"[\s-]+", title.lower().strip(" ,"))
        if not words or words[-1] not in {"minister", "secretary"}:
            return False
        acc = self.s.entities.get(o.key)
        if acc is None or acc.record is not None:
            return False
        low = set(o.text.lower().split())
        return not (low & self.lex.agency_words or low & self.lex.org_nouns or low & _BODY_NOUNS)

    def _entry_employer(self, o: Mention, orgs: list[Mention]) -> Mention | None:
        """The organization that ends an entry line after `o` ('... of Data and AI, AWS')."""
        later = [x for x in orgs if x.start_char >= o.end_char]
        last = o
        for x in later:
            joint = self.s.text[last.end_char : x.start_char]
            if _AND_ORG.fullmatch(joint):
                last = x
                continue
            if re.fullmatch(r"\s*,\s*", joint) and re.match(
                r"[ \t]*(?:\([^()\n]*\)[ \t]*)?(?:\n|$|;)", self.s.text[x.end_char : x.end_char + 60]
            ):
                return x
            break
        return None

    def _ends_phrase(self, o: Mention, orgs: list[Mention]) -> bool:
        """An organization that ends its phrase ('a spokesperson for Hanwha USA, said'), not a unit or
        portfolio before the employer of an entry ('Vice President of Data and AI, AWS')."""
        tail = self.s.text[o.end_char : o.end_char + 3]
        if not re.match(r"\s*(?:[,.;)]|$)", tail):
            return False
        nxt = next((x for x in orgs if x.start_char >= o.end_char), None)
        return nxt is None or not re.fullmatch(r"\s*,\s*", self.s.text[o.end_char : nxt.start_char])

    def _title_of_next(self, title: str, end: int, orgs: list[Mention], p: Mention, si: int) -> None:
        """'Alibaba's chief technology officer and head of DAMO Academy': a coordinated title that ends
        at `end` and names its own organization right after."""
        if " and " not in title:
            return
        last = title.rsplit(" and ", 1)[1]
        last = re.sub(r"^(?:the|an?)\s+", "", last)
        m = _TITLE_OF.match(self.s.text, end)
        if m is None or not self._is_title(last):
            return
        nxt = next((o for o in orgs if o.start_char == m.end()), None)
        if nxt is not None and not re.match(r"(?:'s|’s|-)", self.s.text[nxt.end_char : nxt.end_char + 3]):
            self.add(nxt.key, Predicate.EMPLOYS, p.key, si, 0.8, qualifiers={"title": last})

    def _body_titles(self, si: int, people: list[Mention]) -> None:
        """'X, the association's chief executive', 'X, founder and executive chairman of the forum',
        'X, its president' after such a description: a title of a body named earlier by a word of its name."""
        text = self.s.text
        end = self.s.sents[si].end_char
        last: str | None = None
        for p in people:
            rest = text[p.end_char : end]
            m = _BODY_POSS_AFTER.match(rest)
            if m is not None:
                when, noun, title = m.group(1) or m.group(3), m.group(2), m.group(4)
            else:
                m = _BODY_OF_AFTER.match(rest)
                if m is not None:
                    when, title, noun = m.group(1), m.group(2), m.group(3)
            mg = _GROUP_TITLE.match(rest) if m is None else None
            if mg is not None and self._is_title(mg.group(1)):
                # "X, who also became group chief executive this month": the group named earlier
                key = self._org_by_noun("group", p.start, si)
                if key is not None:
                    self.add(
                        key, Predicate.EMPLOYS, p.key, si, 0.7, qualifiers={"title": f"group {mg.group(1)}"}
                    )
                continue
            if m is None:
                # "..., and B, its president": the body the sentence's earlier description named
                mi = re.match(r"^\s*,\s+its\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s*(?:,|\.|;|$)", rest)
                if mi and last is not None and self._is_title(mi.group(1)):
                    self.add(last, Predicate.EMPLOYS, p.key, si, 0.75, qualifiers={"title": mi.group(1)})
                continue
            if not self._is_title(title):
                continue
            key = self._org_by_noun(noun, p.start, si)
            if key is None and noun in {"company", "firm"}:
                key = self.s.org_antecedent(p.start)  # "X, the company's chairman"
            if key is None:
                continue
            last = key
            title = self._clean_title(title)
            if when:
                title = f"{when} {title}"
            self.add(key, Predicate.EMPLOYS, p.key, si, 0.75, qualifiers={"title": title})

    def _inline_entries(self, si: int, people: list[Mention], orgs: list[Mention]) -> None:
        """A speaker entry inside running text: 'Ada Ruiz, Co-founder and CEO, Helix AI, in conversation
        with ...', 'X, CEO and Vice Chair, CTA, with Y, President, CTA' (titles capitalised as in entries)."""
        text = self.s.text
        for p in people:
            nxt = [o for o in orgs if o.start_char > p.end_char]
            if not nxt:
                continue
            o = nxt[0]
            m = re.fullmatch(r"\s*,\s*([A-Z][^,()\n]{1,70}?)\s*,\s*", text[p.end_char : o.start_char])
            if m is None or not re.match(r"\s*(?:[,;)\n]|\.(?:\s|$)|$)", text[o.end_char : o.end_char + 3]):
                continue
            # "Vice President and Managing Director of Greater China": a region after the title
            core = re.sub(r"\s+(?:of|for)\s+(?:[A-Z][\w&.-]*\s*)+$", "", m.group(1))
            if self._is_title(core):
                title = self._clean_title(m.group(1))
                # "President, Semiconductor Products Group, Applied Materials": the unit's company
                later = nxt[1:2]
                if (
                    later
                    and o.text.split()[-1].lower() in UNIT_WORDS
                    and re.fullmatch(r"\s*,\s*", text[o.end_char : later[0].start_char])
                    and re.match(r"\s*(?:\([^()\n]*\)\s*)?(?:[;\n]|$)", text[later[0].end_char :])
                ):
                    title, o = f"{title}, {o.text}", later[0]
                self.add(o.key, Predicate.EMPLOYS, p.key, si, 0.8, qualifiers={"title": title})

    def _founded_opening(self, si: int, people: list[Mention], orgs: list[Mention]) -> None:
        """'Founded in 2021 by A, a former X executive, B already counts ...': the sentence's subject
        after an opening participle (whatever the parser made of it)."""
        text = self.s.text
        start = self.s.sents[si].start_char
        m = _FOUNDED_OPENING.match(text[start : start + 60])
        if m is None:
            return
        by = start + m.end()
        subject = next(
            (
                o
                for o in orgs
                if o.start_char > by
                and re.search(r",\s*$", text[max(by, o.start_char - 3) : o.start_char])
                and not re.match(r"\s*(?:,|'s|’s)", text[o.end_char : o.end_char + 3])
            ),
            None,
        )
        if subject is None:
            return
        founders = [p for p in people if by <= p.start_char < subject.start_char]
        # the founders are the names listed right after 'by', not names inside a description
        kept: list[Mention] = []
        for p in founders:
            lead = text[(kept[-1].end_char if kept else by) : p.start_char]
            if kept and not re.fullmatch(r"\s*(?:,|,?\s+and|,?\s+(?:together|along)\s+with)\s+", lead):
                break
            if not kept and lead.strip():
                break
            kept.append(p)
        title = "co-founder" if m.group(1) else "founder"
        for p in kept:
            self.add(subject.key, Predicate.EMPLOYS, p.key, si, 0.75, qualifiers={"title": title})

    def _employers_of(self, person: str) -> list[tuple[str, str]]:
        """(organization, title) of the employs facts already found for a person."""
        return [
            (r.subject, str((r.qualifiers or {}).get("title", "")))
            for r in self.out.values()
            if r.predicate == Predicate.EMPLOYS and r.object == person and not r.negated
        ]

    def _successions(self, si: int, people: list[Mention]) -> None:
        """'... ousted his predecessor Pat Gelsinger', 'A replaced B', 'B has been replaced by A': the
        other person held the same post at the organization the first one works for."""
        text = self.s.text
        for p in people:
            lead = text[max(self.s.sents[si].start_char, p.start_char - 40) : p.start_char]
            m = re.search(r"\b(his|her)\s+predecessor\s*,?\s+$", lead)
            if m is not None:
                tok = self.doc.char_span(
                    p.start_char - len(lead) + m.start(1), p.start_char - len(lead) + m.end(1)
                )
                holder = (
                    [k for k in self.resolve(tok[0]) if self.kind(k) == "PERSON"] if tok is not None else []
                )
                for k in holder[:1]:
                    for org, title in self._employers_of(k):
                        former = f"former {title}" if title else "predecessor"
                        self.add(org, Predicate.EMPLOYS, p.key, si, 0.7, qualifiers={"title": former})
        for t in self.s.sent_toks[si]:
            if t.pos_ != "VERB" or t.lemma_.lower() not in {"replace", "succeed"} or self.negated(t):
                continue
            if t.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in t.children):
                continue
            agent = [x for c in t.children if c.dep_ == "agent" for x in c.children if x.dep_ == "pobj"]
            subj = [k for k in self.subjects(t) if self.kind(k) == "PERSON"]
            if not subj and t.dep_ == "conj":  # "Su has stepped down and has been replaced by ..."
                subj = [k for k in self.subjects(t.head) if self.kind(k) == "PERSON"]
            if agent:  # "B has been replaced by A": A takes B's post
                old_keys, new_keys = subj, self.keys(agent, {"PERSON"})
            else:  # "A replaced B": B held A's post before
                new_keys = subj
                old_keys = self.keys([c for c in t.children if c.dep_ == "dobj"], {"PERSON"})
            for a in old_keys[:1]:
                for b in new_keys[:1]:
                    known, other = (a, b) if self._employers_of(a) else (b, a)
                    for org, title in self._employers_of(known):
                        title = (
                            re.sub(r"^(?:then|former|new)\s+|\s+\((?:then|former)\)$", "", title) or "head"
                        )
                        title = f"former {title}" if other == a else title
                        self.add(org, Predicate.EMPLOYS, other, si, 0.65, qualifiers={"title": title})

    def _where_title(self, si: int, orgs: list[Mention]) -> None:
        """'spent a decade at Google, where he was a vice-president until 2023': the pronoun's title there."""
        text = self.s.text
        for o in orgs:
            m = re.match(
                r"\s*,\s+where\s+(he|she)\s+(?:was|is|had\s+been|has\s+been|served\s+as|worked\s+as|rose\s+to\s+be)"
                r"\s+(?:(?:an?|the)\s+)?((?:[\w-]+\s+){0,3}?[\w-]+)\s*(?=[,.;]|\s+(?:until|from|in|for|between|before)\b)",
                text[o.end_char : o.end_char + 120],
            )
            if m is None or not self._is_title(m.group(2)):
                continue
            tok = self.doc.char_span(o.end_char + m.start(1), o.end_char + m.end(1))
            if tok is None:
                continue
            for k in self.resolve(tok[0])[:1]:
                if self.kind(k) == "PERSON":
                    title = self._clean_title(m.group(2))
                    self.add(o.key, Predicate.EMPLOYS, k, si, 0.75, qualifiers={"title": title})

    def _is_title(self, words: str) -> bool:
        """A title phrase with at least one title word in it ('chief executive', 'acting chief executive')."""
        return bool(self.lex.title_re.match(words.replace("-", " "))) and any(
            w in self._title_words() for w in re.split(r"[\s-]+", words.lower())
        )

    def _pronoun_serves(self, si: int) -> None:
        """'He set up DeepSeek in 2023 and serves as its chief executive': a pronoun's title."""
        for t in self.s.sent_toks[si]:
            if t.pos_ != "PRON" or t.lower_ not in {"he", "she"} or t.dep_ != "nsubj":
                continue
            for k in self.resolve(t):
                if self.kind(k) == "PERSON":
                    self._serves_as(t.head, k, si)
                    break

    def _described_person(self, si: int, people: list[Mention], orgs: list[Mention]) -> None:
        """'David Wang, then an executive director of its board': the possessive's company."""
        text = self.s.text
        for p in people:
            m = _OF_ITS.match(text[p.end_char : self.s.sents[si].end_char])
            if m is None or not self.lex.title_re.match(m.group(2).replace("-", " ")):
                continue
            if not any(w in self._title_words() for w in re.split(r"[\s-]+", m.group(2).lower())):
                continue
            tok = self.doc.char_span(p.end_char + m.start(3), p.end_char + m.end(3))
            owners = [k for k in self.resolve(tok[0]) if self.kind(k) == "ORG"] if tok is not None else []
            owners = owners or [o.key for o in orgs if o.end_char <= p.start_char][-1:]
            title = self._clean_title(m.group(2))
            if m.group(1):
                title = f"{title} ({m.group(1).lower()})"
            for k in owners[:1]:
                self.add(k, Predicate.EMPLOYS, p.key, si, 0.75, qualifiers={"title": title})

    def _title_description(self, si: int, people: list[Mention], orgs: list[Mention]) -> None:
        """'Elon Musk spoke. The Tesla chief executive said': a definite title naming the one person
        just named."""
        text = self.s.text
        for o in orgs:
            before = text[max(0, o.start_char - 4) : o.start_char]
            if not re.search(r"(?:^|\W)(?:[Tt]he)\s+$", before):
                continue
            words = text[o.end_char : o.end_char + 60].split()[:5]
            title = None
            for k in range(1, len(words)):
                cand = " ".join(words[:k])
                if not cand.islower() or not re.fullmatch(r"[\w -]+", cand):
                    break
                if cand in self.lex.titles and cand not in _GROUP_TITLES and words[k][:1].islower():
                    title = cand
            if title is None:
                continue
            if any(q.start_char > o.end_char and q.start_char - o.end_char < 40 for q in people):
                continue  # "the Tesla chief executive Elon Musk": the name follows
            window = [q for q in people if q.end_char <= o.start_char]
            for back in (1, 2):
                if si - back >= 0:
                    window += self.s.sent_mentions(si - back, "PERSON")
            # several named: the one no title already ties to a company
            # ("Musk shared the stage with Jack Ma, then chairman of Alibaba. The Tesla chief ...")
            employed = {r.object for r in self.out.values() if r.predicate == Predicate.EMPLOYS}
            named = {q.key for q in window}
            if len(named) > 1:
                named -= employed
            # ... and who was the subject of a clause ("Jensen Huang toured the stands")
            if len(named) == 1 and any(q.key in named and self.s.is_subject(q) for q in window):
                self.add(o.key, Predicate.EMPLOYS, next(iter(named)), si, 0.7, qualifiers={"title": title})

    def _appointments(self, si: int) -> None:
        """'Baidu named Wang Haifeng as its chief technology officer', 'Arm appointed X chief executive',
        'Meta has named X chief scientist of Meta Superintelligence Labs'."""
        for t in self.s.sent_toks[si]:
            if t.pos_ != "VERB" or t.lemma_.lower() not in _APPOINT_VERBS or self.negated(t):
                continue
            if t.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in t.children):
                continue
            people = self.keys([c for c in t.children if c.dep_ in {"dobj", "nsubjpass", "oprd"}], {"PERSON"})
            titles = [c for c in t.children if c.dep_ in {"oprd", "attr", "xcomp", "dobj"}]
            if people and t.lemma_.lower() in {"name", "appoint", "tap"}:
                # "appointed Jun Young-hyun to head its chip division"
                for c in t.children:
                    if c.dep_ == "xcomp" and c.lemma_.lower() in _HEAD_VERBS:
                        for o in self.subjects(t):
                            if self.kind(o) == "ORG":
                                for p in people:
                                    self.add(o, Predicate.EMPLOYS, p, si, 0.7)
            titles += [p for c in t.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children]
            for head in titles:
                if head.pos_ != "NOUN":
                    continue
                # "appointed Rene Haas chief executive": the name parsed inside the title phrase
                named = [c for c in head.children if c.dep_ in {"nmod", "compound"} and c.i < head.i]
                inner = self.keys(named, {"PERSON"})
                skip = {x.i for c in named if self.keys([c], {"PERSON"}) for x in c.subtree}
                people = people or inner
                if not people:
                    continue
                words = [
                    x
                    for x in head.subtree
                    if x.i <= head.i
                    and x.i not in skip
                    and x.dep_ not in {"det", "poss", "case"}
                    # "named X its new chief executive"
                    and not (x.dep_ == "amod" and x.lower_ in {"new", "next", "permanent"})
                ]
                title = " ".join(x.text for x in words)
                if not title or not self.lex.title_re.match(title.replace("-", " ")):
                    continue
                of_org = [
                    k
                    for c in head.children
                    if c.dep_ == "prep" and c.lower_ in {"of", "at"}
                    for k in self.keys([x for x in c.children if x.dep_ == "pobj"], {"ORG"})
                ]
                poss = [c for c in head.children if c.dep_ == "poss"]
                owners = of_org or (
                    [k for k in self.resolve(poss[0]) if self.kind(k) == "ORG"] if poss else []
                )
                owners = owners or [k for k in self.subjects(t) if self.kind(k) == "ORG"]
                for o in owners[:1]:
                    for p in people:
                        self.add(
                            o, Predicate.EMPLOYS, p, si, 0.75, qualifiers={"title": self._clean_title(title)}
                        )

    def _bracketed_titles(self, si: int, people: list[Mention], orgs: list[Mention]) -> None:
        """Agenda lines: 'Arthur Mensch (Mistral AI, CEO)', 'Arthur Mensch (CEO, Mistral AI)'."""
        text = self.s.text
        for p in people:
            inside = [o for o in orgs if 0 < o.start_char - p.end_char < 60]
            if not inside:
                continue
            o = inside[0]
            lead, tail = text[p.end_char : o.start_char], text[o.end_char : o.end_char + 60]
            m1 = re.fullmatch(r"\s*\(\s*", lead) and re.match(r"\s*,\s*([^(),]{2,50}?)\s*\)", tail)
            m2 = re.fullmatch(r"\s*\(\s*([^(),]{2,50}?)\s*,\s*", lead) if re.match(r"\s*\)", tail) else None
            m = m1 or m2
            if not m:
                # "Panelists: Lisa Su (AMD), Pat Gelsinger (Intel)": the bracket names only the employer
                if re.fullmatch(r"\s*\(\s*", lead) and re.match(r"\s*\)", tail):
                    self.add(o.key, Predicate.EMPLOYS, p.key, si, 0.7)
                continue
            title = m.group(1)
            if self.lex.title_re.match(title.replace("-", " ")) and any(
                w in self._title_words() for w in re.split(r"[\s-]+", title.lower())
            ):
                self.add(
                    o.key, Predicate.EMPLOYS, p.key, si, 0.8, qualifiers={"title": self._clean_title(title)}
                )

    def _department_titles(self, si: int, people: list[Mention]) -> None:
        """'the commerce secretary, Gina Raimondo', 'Alan Estevez, under secretary of commerce'."""
        text = self.s.text
        start, end = self.s.sents[si].start_char, self.s.sents[si].end_char
        for p in people:
            before = _DEPT_BEFORE.search(text[max(start, p.start_char - 70) : p.start_char])
            m = before or _DEPT_AFTER.match(text[p.end_char : min(end, p.end_char + 90)])
            if m is None:
                continue
            word = re.sub(r"\s+", " ", (m.group(2) or m.group(3) or m.group(4)).lower())
            word = "defense" if word.startswith("defen") else word
            dept = _DEPARTMENTS.get(word)
            if dept is None:
                continue
            title = self._clean_title(m.group(0).strip(" ,"))
            title = re.sub(r"(?i)^(?:\W+|(?:the|a|an|by|and|with)\s+)", "", title)
            title = re.sub(r"(?i)^who\s+[a-z]+(?:\s+(?:been|as))?\s+", "", title)
            key = self._ensure_agency(dept)
            if key is None:
                continue
            self.add(key, Predicate.EMPLOYS, p.key, si, 0.8, qualifiers={"title": title})
            # "Commerce Secretary X": the bare word 'Commerce' read as a company of its own employs no one
            for o in self.s.sent_mentions(si, "ORG"):
                if o.key != key and o.text.lower() in _DEPARTMENTS:
                    for rk in [rk for rk, r in self.out.items() if r.subject == o.key and r.object == p.key]:
                        del self.out[rk]

    def _ensure_agency(self, org_id: str) -> str | None:
        """The entity of a government department named only by a title ('the commerce secretary')."""
        record = self.s.kb.get_org(org_id)
        if record is None:
            return None
        for key, acc in self.s.entities.items():
            if acc.record is not None and acc.record.id == record.id:
                return key
        key = f"org:{record.id}"
        if key not in self.s.entities:
            self.s.entities[key] = EntityAcc(
                key=key,
                type=EntityType.ORG,
                names=[record.name],
                country=record.country,
                record=record,
                sectors=tuple(str(x) for x in record.sectors),
            )
        return key

    def _clean_title(self, text: str) -> str:
        return re.sub(r"\s+", " ", text.strip(" ,"))

    def _title_prefix(self, text: str) -> str | None:
        """The longest run of words that opens `text` and is a title phrase ('chief executive and
        co-founder'), when it holds a title."""
        words = re.split(r"(\s+)", text)
        pieces = title_phrase_pieces(self.lex)
        best = None
        acc = ""
        for w in words:
            if any(p not in pieces for p in _TITLE_JOINS.split(w.lower().strip(",.;:")) if p):
                break  # no title phrase runs through this word, so no longer run is one
            acc += w
            cand = acc.strip()
            stripped = cand.rstrip(",.;:")
            if (
                stripped
                and self.lex.title_re.match(stripped)
                and not stripped.lower().endswith((" and", " of", " the"))
            ):
                best = stripped
        if best and any(t in best.lower() for t in self.lex.titles):
            return best
        return None

    def _title_of_gap(self, gap: str) -> str | None:
        # "Robin Li (chief executive of Baidu)", "Robin Li -- chief executive of Baidu --": an aside
        gap = re.sub(r"^\s*(?:\(\s*|[—–]\s*|\s-{1,2}\s+)(?=[a-zA-Z])", ", ", gap)
        tail = re.search(
            r"\s+and\s+((?:(?:an?|the)\s+)?(?:(?:then|former)\s+)?[\w-]+(?:\s+[\w-]+){0,3}\s+(?:of|at)\s+(?:the\s+)?)$",
            gap,
        )
        if tail and re.fullmatch(r",\s+(?:the|an?)\s+[^,]*", gap[: tail.start()]):
            # "X, the Nobel-winning computer scientist and a former vice-president at Google"
            gap = ", " + tail.group(1)
        m = re.match(
            r"^(?:,(?:\s+(?:who|which)\s+(?:is|was|has\s+been|had\s+been|became|remains|(?:[a-z]+\s+){0,2}?as))?"
            # "was appointed", "has been named", "returned as", "stepped down as"
            r"|\s+(?:(?:was|has\s+been|had\s+been|is)\s+(?:appointed|named|promoted\s+to)"
            r"|is|was|has\s+been|had\s+been|became|serves\s+as|served\s+as|remains|(?:[a-z]+\s+){0,2}?as)(?=\s))\s+"
            r"(?:(then|former|now)\s+)?(?:(?:an?|the|its)\s+)?(.+?)\s+(?:of|at|for)\s+(?:the\s+)?(?:[\w&.-]+\s+){0,4}?$",
            gap,
        )
        if not m:
            return None
        title = _AGE.sub("", m.group(2))
        words = title.split()
        for k in (1, 2) if not self.lex.title_re.match(title) and 1 < len(words) <= 4 else ():
            # "the billionaire founder of", "the reclusive chief executive of", "a business solutions
            # strategist at", "Greater China president of": describing words (or a region) first
            lead, rest = words[:k], " ".join(words[k:])
            if (
                not (all(w.islower() for w in lead) or all(w[:1].isupper() for w in lead))
                or not rest.islower()
            ):
                continue
            if self.lex.title_re.match(rest) and any(w in self._title_words() for w in rest.lower().split()):
                title = rest
                break
        if not self.lex.title_re.match(title):
            t2 = re.sub(r"\s+of\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*$", "", title)
            if t2 == title or not self.lex.title_re.match(t2):
                return None
            title = t2
        descr = gap[m.end(2) :]
        if re.search(r"[,;:]", descr) or re.search(
            r"\b(?:said|says|told|and)\b", descr.split(" of ")[-1] if " of " in descr else ""
        ):
            return None
        if m.group(1) in {"then", "former"}:
            title = f"{title} ({m.group(1)})"
        return title

    def _employs_by_context(self, p: Mention, si: int) -> None:
        """'chairman Yang Jie said', 'its chief executive John Hoffman', 'X serves as its chief executive'."""
        toks = self.toks
        s = self.s
        before = self.s.text[max(s.sents[si].start_char, p.start_char - 60) : p.start_char]
        if before and p.start_char - 60 <= s.sents[si].start_char:
            # "Chief financial officer Mark Murphy said": the sentence's capital is not a name's
            before = before[0].lower() + before[1:]
        m = re.search(
            r"(?:\b(its|their|the company's|the company’s|the group's|the group’s)\s+)?"
            r"((?:[a-z][\w-]*\s+){0,2}?(?:[A-Za-z][\w-]*\s+){0,2})$",
            before,
        )
        title = None
        owner_word = None
        if m:
            cand = m.group(2).strip()
            words = cand.split()
            for k in range(len(words)):
                sub = " ".join(words[k:])
                if self.lex.title_re.match(sub) and any(
                    w.lower().strip(",") in self._title_words() for w in words[k:]
                ):
                    title = sub
                    break
            owner_word = m.group(1)
        if title:
            first = title.split()[0].lower()
            if first in self.lex.political_titles or title.lower() in self.lex.political_titles:
                return
            lead = before.rstrip()[: -len(title)]
            if re.search(r"\b(?:led|run|headed|chaired|founded)\s+by\s+$|,\s+whose\s+$", lead):
                return  # "Li Auto, led by chief executive X": the leader rules name the organization
            prev_tok = (
                toks[p.start - len(title.split()) - 1] if p.start - len(title.split()) - 1 >= 0 else None
            )
            if prev_tok is not None and (
                s.mention_at(prev_tok.i) is not None and s.label_at(prev_tok.i) in {"GPE", "NORP", "ORG"}
            ):  # type: ignore[union-attr]
                return
            if prev_tok is not None and (
                prev_tok.lower_ in self.lex.agency_words or prev_tok.lower_ in self.lex.org_nouns
            ):
                # "ministry spokesperson X": the ministry named earlier, else an unnamed body (not the
                # story's company)
                plain = title.split()[0].lower() not in {"of", "and", "the", "a", "an"} and not any(
                    w.lower() in self.lex.political_titles for w in title.split()
                )
                body = (
                    self._org_by_noun(prev_tok.lower_, prev_tok.i, si)
                    if plain and (prev_tok.is_lower or prev_tok.i == self.s.sents[si].start)
                    else None
                )
                if body is not None:
                    self.add(body, Predicate.EMPLOYS, p.key, si, 0.7, qualifiers={"title": title})
                return
            if (
                title.lower()
                in {
                    "executives",
                    "executive",
                    "partner",
                    "researcher",
                    "scientist",
                    "engineer",
                    "head",
                    "director",
                }
                and not owner_word
            ):
                return
            if owner_word:
                owner = self.s.org_antecedent(p.start)
                tok = toks[p.start - len(title.split()) - 1]
                resolved = self.resolve(tok) if tok.pos_ == "PRON" else []
                owner = resolved[0] if resolved else owner
            else:
                owner = self._context_org(p.start, si)
            self.add(owner, Predicate.EMPLOYS, p.key, si, 0.75, qualifiers={"title": title})
            return
        # "X serves as its chief executive", "X is its chief executive"
        root = s.mention_root(p)
        v = root.head if root.dep_ in SUBJECT_DEPS else None
        if v is None and root.pos_ == "PRON":
            v = None
        self._serves_as(v, p.key, si)

    def _title_words(self) -> frozenset[str]:
        return _content_title_words(self.lex)

    def _context_org(self, pos: int, si: int) -> str | None:
        """The organization a bare title refers to: the clause's subject, else the running topic."""
        s = self.s
        subj = [m for m in s.sent_mentions(si, "ORG") if s.is_subject(m) and m.start < pos]
        if subj:
            return subj[-1].key
        start = s.sents[si].start
        if self.toks[start].lower_ in {"at", "inside", "within"}:
            # "At Baidu, chief technology officer Wang Haifeng leads ...": the opening place's company
            opening = s.mention_at(start + 1)
            if opening is not None and opening.label == "ORG" and opening.end < pos:
                return opening.key
        keys = [k for k in self.sentence_subject(si) if self.kind(k) == "ORG"]
        if keys:
            described = [t for t in self.s.sent_toks[si] if t.dep_ in SUBJECT_DEPS and t.head.dep_ == "ROOT"]
            if described and self._org_description(described[0]):
                # "The company was founded by chief executive X": the company the story is about
                return self._story_org(pos) or keys[0]
            return keys[0]
        # the company the story is about, when this or the last two sentences name it ("Chief
        # financial officer X is running the Dutch firm" after a sentence on its court case)
        story = self._story_org(pos)
        if story is not None and any(
            m.key == story for b in (0, 1, 2) if si - b >= 0 for m in s.sent_mentions(si - b, "ORG")
        ):
            return story
        for back in (1, 2):
            if si - back >= 0:
                keys = [k for k in self.sentence_subject(si - back) if self.kind(k) == "ORG"]
                if keys:
                    return keys[0]
        return None

    def _serves_as(self, v: Token | None, person: str, si: int) -> None:
        if v is None:
            return
        for verb in [v, *v.conjuncts]:
            if verb.lemma_ not in {"serve", "be", "remain", "become", "work"}:
                continue
            for c in verb.children:
                target = None
                if c.dep_ == "prep" and c.lower_ == "as":
                    target = next((p for p in c.children if p.dep_ == "pobj"), None)
                elif c.dep_ == "attr":
                    target = c
                if target is None:
                    continue
                phrase = self.doc[target.left_edge.i : target.i + 1]
                words = phrase.text
                words = re.sub(r"^(?:its|their|the|a|an)\s+", "", words)
                if not self.lex.title_re.match(words):
                    continue
                poss = [x for x in target.children if x.dep_ == "poss"]
                owner_keys = self.resolve(poss[0]) if poss else []
                owner = owner_keys[0] if owner_keys else self._context_org(v.i, si)
                self.add(owner, Predicate.EMPLOYS, person, si, 0.8, qualifiers={"title": words})

    def _founders(self, si: int) -> None:
        """'X co-founded Y', 'He set up Y', 'Y was founded by X', 'Founded in 2023 by X, Y ...'."""
        s = self.s
        for t in s.sent_toks[si]:
            lemma = t.lemma_.lower()
            if t.pos_ != "VERB" or (lemma not in FOUND_VERBS and not lemma.endswith("found")):
                continue
            if lemma == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in t.children):
                continue
            agent = [p for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            if agent:
                people = self.keys(agent, {"PERSON"})
                people += [
                    k
                    for a in agent
                    for c in a.subtree
                    for k in ([s.key_at(c.i)] if s.mention_at(c.i) and s.label_at(c.i) == "PERSON" else [])
                    # "NIO, founded by A, Xpeng, whose chief executive is B": B heads the next item
                    if not _NEXT_ITEM.search(s.text[a.idx : c.idx])
                ]  # type: ignore[union-attr]
                orgs = [k for k in self.subjects(t) if self.kind(k) == "ORG"]
                if not orgs and t.dep_ == "advcl":
                    orgs = [k for k in self.subjects(t.head) if self.kind(k) == "ORG"]
                # "The company was founded by ...", "Founded by ..., the start-up says": a description
                # stands for the company the story is about, not the backer a list named last
                described = [c for c in t.children if c.dep_ in SUBJECT_DEPS]
                if not described and t.dep_ == "advcl":
                    described = [c for c in t.head.children if c.dep_ in SUBJECT_DEPS]
                if orgs and len(described) == 1 and self._org_description(described[0]):
                    orgs = [self._story_org(t.i) or orgs[0]]
                if t.dep_ == "acl":
                    # the name right before the description beats a guessed antecedent
                    orgs = self._apposed_org(t.head) or orgs
                orgs = self._named_before(t) or orgs
                for o in orgs:
                    for p in dict.fromkeys(people):
                        self.add(o, Predicate.EMPLOYS, p, si, 0.8, qualifiers={"title": "founder"})
                # "founded ... by former OpenAI executives, the siblings A and B"
                for a in agent:
                    for c in a.subtree:
                        m = s.mention_at(c.i)
                        if (
                            m is not None
                            and m.label == "ORG"
                            and c.dep_ == "compound"
                            and c.head.lower_
                            in {"executives", "executive", "employees", "researchers", "staff"}
                        ):
                            for p in dict.fromkeys(people):
                                self.add(
                                    m.key,
                                    Predicate.EMPLOYS,
                                    p,
                                    si,
                                    0.7,
                                    qualifiers={"title": f"former {c.head.lower_.rstrip('s')}"},
                                )
                continue
            people = [k for k in self.subjects(t) if self.kind(k) == "PERSON"]
            orgs = self.keys([c for c in t.children if c.dep_ == "dobj"], {"ORG"})
            if not orgs and t.dep_ == "relcl" and people:
                # "High-Flyer, the hedge fund Liang co-founded": the company the clause describes
                head = t.head
                named = self.keys([head.head], {"ORG"}) if head.dep_ == "appos" else []
                orgs = named or self._apposed_org(head)
            if not people and t.dep_ == "amod":
                people, orgs = self._split_cofounded(t, si)
            for o in orgs:
                for p in people:
                    self.add(o, Predicate.EMPLOYS, p, si, 0.8, qualifiers={"title": "founder"})

    def _bare_appos_title(self, si: int, people: list[Mention]) -> None:
        """'OpenAI will grow, said Sam Altman, the chief executive': an apposition with a lone title
        is a title of the clause's company (or the running topic)."""
        text = self.s.text
        for p in people:
            m = _BARE_APPOS.match(text[p.end_char : self.s.sents[si].end_char])
            if m is None:
                continue
            title = m.group(1)
            if (
                not self.lex.title_re.match(title)
                or title.lower() in _GROUP_TITLES
                or not any(w in _TOP_TITLES for w in title.lower().split())
            ):
                continue
            if m.group(0).lstrip(" ,").startswith("its"):
                # "Arthur Mensch, its chief executive, said": whatever 'its' stands for
                its = self.doc.char_span(
                    p.end_char + m.group(0).index("its"), p.end_char + m.group(0).index("its") + 3
                )
                owner = self.org_pronoun(its[0]) if its is not None else None
            else:
                owner = self._context_org(p.start, si)
            if owner is not None:
                self.add(
                    owner, Predicate.EMPLOYS, p.key, si, 0.7, qualifiers={"title": self._clean_title(title)}
                )

    def _person_of_org(self, si: int, people: list[Mention]) -> None:
        """'Speakers include Lisa Su of AMD and Jensen Huang of Nvidia', 'Lisa Su from AMD;': a name
        followed by 'of'/'from' and an organization that ends the phrase."""
        s = self.s
        n = len(self.doc)
        pairs: list[tuple[Mention, Mention, Token | None]] = []
        for p in people:
            if p.end + 1 >= n or self.toks[p.end].lower_ not in {"of", "from"}:
                continue
            o = s.mention_at(p.end + 1)
            if o is None or o.label != "ORG" or o.start != p.end + 1:
                continue
            nxt = self.toks[o.end] if o.end < n else None
            line_end = "\n" in self.toks[o.end - 1].whitespace_ or (nxt is not None and "\n" in nxt.text)
            if (
                nxt is not None
                and not line_end
                and s.tok_sent[nxt.i] == si
                and nxt.text not in {",", ";", ")", ".", "and"}
                and nxt.pos_ not in {"VERB", "AUX"}
            ):
                continue
            # "from" only in a list or agenda line: "Lisa Su from AMD;" (not "a message from X of Y")
            if (
                self.toks[p.end].lower_ == "from"
                and (nxt is None or nxt.text not in {";", ")"})
                and not (nxt is None or s.tok_sent[nxt.i] != si or line_end)
            ):
                continue
            prev = self.toks[p.start - 1] if p.start > 0 else None
            if prev is not None and prev.lower_ in {"of", "from", "by"}:
                continue
            pairs.append((p, o, prev))
        # a lone 'X of Y' in running text is not annotated ("Jensen Huang of Nvidia spoke"); a list of such
        # pairs, or one that opens a line or follows 'include'/'featuring'/a colon, is a roster
        for p, o, prev in pairs:
            roster = len(pairs) > 1 or (
                prev is not None
                and (
                    "\n" in prev.whitespace_
                    or "\n" in prev.text
                    or prev.text in {":", ";", "-", "\u2013", "\u2014", "\u2022"}
                    or prev.lower_ in {"include", "includes", "included", "including", "featuring", "with"}
                )
            )
            if roster:
                self.add(o.key, Predicate.EMPLOYS, p.key, si, 0.7)

    def _split_cofounded(self, t: Token, si: int) -> tuple[list[str], list[str]]:
        """'Arthur Mensch, a former researcher, co-founded Mistral AI': after an apposition the parser
        splits 'co-founded' and reads 'founded' as a modifier of the company; the sentence's opening
        person founded the company named right after."""
        s = self.s
        i = t.i
        if (
            i < 3
            or self.toks[i - 1].text != "-"
            or self.toks[i - 2].lower_ != "co"
            or self.toks[i - 3].text != ","
        ):
            return [], []
        k = i + 1 if self.toks[i + 1].lower_ != "the" else i + 2
        org = s.mention_at(k) if k < len(self.doc) else None
        people = [m for m in s.sent_mentions(si, "PERSON") if m.end <= i - 3]
        if org is None or org.label != "ORG" or org.start != k or not people:
            return [], []
        first = people[0]
        if first.start != s.sents[si].start or self.toks[first.end].text != ",":
            return [], []
        # "A, who worked at Google, co-founded B": a relative clause may carry its own verb
        if self.toks[first.end + 1].lower_ != "who" and any(
            x.pos_ in {"VERB", "AUX"} for x in self.doc[first.end : i - 2]
        ):
            return [], []
        return [first.key], [org.key]

    def _org_description(self, tok: Token) -> bool:
        """'the company', 'the start-up': a bare definite organization noun ('the Paris-based company'
        has its own antecedent rules)."""
        if self.s.mention_at(tok.i) is not None or not self.is_org_noun(tok) or tok.pos_ != "NOUN":
            return False
        dets = [c for c in tok.children if c.dep_ == "det"]
        bare = all(c.dep_ in {"det", "punct", "relcl", "acl", "appos"} for c in tok.children if c.i < tok.i)
        return bare and bool(dets) and dets[0].lower_ in {"the", "this"} and tok.i - dets[0].i <= 3

    def _story_org(self, pos: int) -> str | None:
        """The organization the story is about before token `pos`: the subject of its headline or lead
        (the first of the first four sentences with an organization as subject), else the one named
        most often (at least twice; on a tie the one named first)."""
        for si in range(min(4, self.s.tok_sent[pos])):
            keys = [k for k in self.sentence_subject(si) if self.kind(k) == "ORG"]
            if keys:
                return keys[0]
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        for m in self.s.mentions:
            if m.label != "ORG" or m.end > pos:
                continue
            counts[m.key] = counts.get(m.key, 0) + 1
            first.setdefault(m.key, m.start)
        best = max(counts.values(), default=0)
        if best < 2:
            return None
        return min((k for k, n in counts.items() if n == best), key=lambda k: first[k])

    def _named_before(self, verb: Token) -> list[str]:
        """'Li Auto, led by ...', 'NIO, founded by ...': the organization right before ', VERB by'
        (a list item the parser may have attached elsewhere)."""
        i = verb.i
        if (
            i < 2
            or i + 1 >= len(self.toks)
            or self.toks[i - 1].text != ","
            or self.toks[i + 1].lower_ != "by"
        ):
            return []
        m = self.s.mention_at(i - 2)
        return [m.key] if m is not None and m.label == "ORG" else []

    def _apposed_org(self, noun: Token) -> list[str]:
        """'DeepSeek, the Hangzhou start-up founded by ...': the name right before a descriptive phrase
        (whatever the parser attached the phrase to)."""
        # the noun phrase's own start: tokens attached inside it ("the Hangzhou start-up")
        left = noun.i
        while left - 1 >= 0 and left > noun.i - 6 and noun.i >= self.toks[left - 1].head.i >= left - 1:
            if self.toks[left - 1].text == ",":
                break
            left -= 1
        if left < 2 or self.toks[left - 1].text != ",":
            return []
        m = self.s.mention_at(left - 2)
        return [m.key] if m is not None and m.label == "ORG" and self.is_org_noun(noun) else []

    def _leaders(self, si: int) -> None:
        """'TikTok is run by chief executive X', 'ByteDance has been led since 2021 by Y', 'Z, led by W'."""
        for t in self.s.sent_toks[si]:
            if t.pos_ != "VERB" or t.lemma_.lower() not in {"run", "lead", "head", "chair", "helm"}:
                continue
            agent = [p for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            people = self.keys(agent, {"PERSON"})
            if not agent and t.dep_ not in {"xcomp", "relcl"} and not self.negated(t):
                # "Alexandr Wang heads it as ...", "Lisa Su runs AMD": a person leading an organization
                if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in t.children):
                    continue
                objs = [c for c in t.children if c.dep_ == "dobj"]
                owners = [k for o in objs for k in self.resolve(o) if self.kind(k) == "ORG"]
                if objs and (self.s.mention_at(objs[0].i) is not None or objs[0].lower_ == "it"):
                    for k in owners[:1]:
                        for p in self.subjects(t):
                            if self.kind(p) == "PERSON":
                                self.add(k, Predicate.EMPLOYS, p, si, 0.75, qualifiers={"title": "head"})
                continue
            if not people:
                continue
            if t.dep_ == "acl":
                orgs = [k for k in self.keys_in(t.head) if self.kind(k) == "ORG"] or self._apposed_org(t.head)
            else:
                orgs = [k for k in self.subjects(t) if self.kind(k) == "ORG"]
            orgs = self._named_before(t) or orgs
            # the title between the verb and the name: "run by chief executive X"
            named = self.s.mention_at(agent[0].i)
            title = self._title_suffix(self.s.text[t.idx : named.start_char]) if named is not None else None
            role = "chair" if t.lemma_.lower() == "chair" else "head"
            for o in orgs:
                for p in people:
                    self.add(o, Predicate.EMPLOYS, p, si, 0.8, qualifiers={"title": title or role})

    def _possessed_title(self, p: Mention, si: int) -> bool:
        """'The department's secretary, Gina Raimondo': a person in apposition to a possessed title."""
        root = self.s.mention_root(p)
        if root.dep_ != "appos":
            return False
        head = root.head
        poss = [c for c in head.children if c.dep_ == "poss"]
        if not poss:
            return False
        words = [
            c for c in head.subtree if c.i < root.i and c.i > poss[0].i and c.dep_ not in {"case", "punct"}
        ]
        title = " ".join(w.text for w in words if w.i <= head.i and w.i not in {x.i for x in poss[0].subtree})
        if not title or not self.lex.title_re.match(title):
            return False
        found = False
        # "The department's secretary, X": the body named earlier by that word, not the story's company
        body = self._org_by_noun(poss[0].lower_, poss[0].i, si) if poss[0].pos_ == "NOUN" else None
        keys = [body] if body else [k for k in self.resolve(poss[0]) if self.kind(k) == "ORG"]
        if not keys and poss[0].lower_ in {"its", "their"}:
            # "at the invitation of X and met its chairman, Y": the organization just named
            keys = [m.key for m in self.s.sent_mentions(si, "ORG") if m.end <= poss[0].i][-1:]
        for k in keys:
            if self.kind(k) == "ORG":
                self.add(k, Predicate.EMPLOYS, p.key, si, 0.8, qualifiers={"title": title})
                found = True
        return found

    def _title_layouts(self, si: int, people: list[Mention], orgs: list[Mention]) -> None:
        """'Chief executive X of Y', 'The head of Y, X', 'X, who heads Y'."""
        text = self.s.text
        start = self.s.sents[si].start_char
        for p in people:
            after = [o for o in orgs if o.start_char >= p.end_char]
            before_orgs = [o for o in orgs if o.end_char <= p.start_char]
            # "Chief executive Jensen Huang of Nvidia"
            if after and re.fullmatch(r"\s+(?:of|at)\s+(?:the\s+)?", text[p.end_char : after[0].start_char]):
                lead = text[max(start, p.start_char - 60) : p.start_char]
                title = self._title_suffix(lead)
                if title:
                    self.add(after[0].key, Predicate.EMPLOYS, p.key, si, 0.85, qualifiers={"title": title})
            # "The head of OpenAI, Sam Altman"
            if before_orgs and re.fullmatch(r"\s*,\s*", text[before_orgs[-1].end_char : p.start_char]):
                o = before_orgs[-1]
                lead = text[max(start, o.start_char - 60) : o.start_char]
                mt = re.search(
                    r"(?:^|\b(?:the|its|former|then)\s+)(.+?)\s+(?:of|at)\s+(?:the\s+)?$", lead, re.I
                )
                if mt and self.lex.title_re.match(mt.group(1)):
                    title = re.sub(r"(?i)^(?:the|its|a|an)\s+", "", self._clean_title(mt.group(1)))
                    self.add(o.key, Predicate.EMPLOYS, p.key, si, 0.85, qualifiers={"title": title})
            # "Kai-Fu Lee, who heads 01.AI", "X, who co-founded Y", "X co-founded Y"
            if after:
                between = text[p.end_char : after[0].start_char]
                mv = _LEADS.fullmatch(between) or _FOUNDED.fullmatch(between)
                target = after[0]
                if mv is None and len(after) > 1:
                    # "a co-founder of DeepMind who now runs Inflection AI": the body the clause names
                    mv = _LEADS.fullmatch(text[p.end_char : after[1].start_char])
                    # (not "the Intel vice president who runs its AI group": a unit of the first body)
                    if (
                        mv is not None
                        and re.match(r"(?i)(?:runs|ran|heads|headed|chairs|chaired)$", mv["verb"])
                        and not re.search(r"\b(?:its|their)\s+$", mv.group(0))
                    ):
                        target = after[1]
                    else:
                        mv = None
                elif (
                    mv is not None
                    and len(after) > 1
                    and _OWNER_MODIFIER.match(text[target.end_char :])
                    and re.fullmatch(
                        r"[-‐–]\w+\s+(?:[\w-]+\s+){0,3}", text[target.end_char : after[1].start_char]
                    )
                ):
                    target = after[
                        1
                    ]  # "who runs the Alphabet-owned self-driving company Waymo": the owned one
                if mv:
                    verb = (mv.groupdict().get("verb") or mv.group(1)).lower()
                    title = "chair" if verb.startswith("chair") else "head"
                    if "found" in verb:
                        title = "co-founder" if verb.startswith("co") else "founder"
                    described = mv.groupdict().get("title")
                    if described is not None and target is after[0] and self._is_title(described):
                        title = self._clean_title(described)  # "X, the under secretary who runs Y"
                    self.add(target.key, Predicate.EMPLOYS, p.key, si, 0.8, qualifiers={"title": title})
            # "Robin Li, its chief executive,"
            m_its = re.match(
                r"^\s*,\s+(its|their)\s+((?:[\w-]+\s+){0,3}?[\w-]+)(?:\s+(?:for|in)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?"
                r"\s*(?:,|\.|$)",
                text[p.end_char :],
            )
            if (
                m_its
                and self.lex.title_re.match(m_its.group(2))
                and any(w in self._title_words() for w in m_its.group(2).lower().split())
            ):
                tok = self.doc.char_span(p.end_char + m_its.start(1), p.end_char + m_its.end(1))
                owners = [k for k in self.resolve(tok[0]) if self.kind(k) == "ORG"] if tok is not None else []
                # "A, TITLE at Baidu, and B, its chief executive": the last organization named
                owners = owners or [o.key for o in orgs if o.end_char <= p.start_char][-1:]
                for k in owners[:1]:
                    title = self._clean_title(m_its.group(2))
                    self.add(k, Predicate.EMPLOYS, p.key, si, 0.8, qualifiers={"title": title})
            if after:
                # "Zhang Peng, a Zhipu AI executive,"
                o = after[0]
                if _ORG_IN_TITLE.fullmatch(between):
                    rest = text[o.end_char : self.s.sents[si].end_char]
                    mt = re.match(
                        r"^\s+((?:[\w-]+\s+){0,3}?[\w-]+)\s*(?:,|\.|$|\s(?:who|whose|that|and)\b)", rest
                    )
                    if (
                        mt
                        and self.lex.title_re.match(mt.group(1))
                        and any(w in self._title_words() for w in mt.group(1).lower().split())
                        # without an article, a plural or loose word is a list ("Robin Li, Baidu executives")
                        and (
                            re.search(r"\b(?:a|an|the)\s", between)
                            or (
                                mt.group(1).lower() not in _GROUP_TITLES
                                and not mt.group(1).endswith("s")
                                # "A, Reliance chairman Mukesh Ambani": the title belongs to the next name
                                and re.match(r"\s*[,.]", rest[mt.end(1) :]) is not None
                            )
                        )
                    ):
                        title = self._clean_title(mt.group(1))
                        if re.search(r"\bformer\s+$", between):
                            title = f"former {title}"
                        self.add(o.key, Predicate.EMPLOYS, p.key, si, 0.8, qualifiers={"title": title})

    def _whose_title(self, si: int, people: list[Mention], orgs: list[Mention]) -> None:
        """'Illumina, whose chief executive is Jacob Thaysen, said ...'."""
        text = self.s.text
        for o in orgs:
            nxt = [p for p in people if p.start_char > o.end_char]
            if not nxt:
                continue
            m = _WHOSE.match(text[o.end_char : nxt[0].start_char])
            # "whose chairman, cabinet affairs minister X": the title the clause gives first
            head = m.group(1).split(",")[0] if m else ""
            if m and self.lex.title_re.match(head):
                title = self._clean_title(head)
                self.add(o.key, Predicate.EMPLOYS, nxt[0].key, si, 0.85, qualifiers={"title": title})
            # "High-Flyer, the hedge fund Liang co-founded": a described company its founder names
            if _DESCRIBED.fullmatch(text[o.end_char : nxt[0].start_char]):
                mv = re.match(r"(?i)\s+(?:also\s+)?(co-?founded|founded|set\s+up)\b", text[nxt[0].end_char :])
                if mv:
                    title = "co-founder" if mv.group(1).lower().startswith("co") else "founder"
                    self.add(o.key, Predicate.EMPLOYS, nxt[0].key, si, 0.75, qualifiers={"title": title})

    def _boards_and_groups(self, si: int, people: list[Mention], orgs: list[Mention]) -> None:
        """'X sits on ByteDance's board', 'A and B, both former researchers at Meta'."""
        text = self.s.text
        for i, p in enumerate(people):
            nxt = [o for o in orgs if o.start_char > p.end_char]
            if not nxt:
                continue
            o = nxt[0]
            between = text[p.end_char : o.start_char]
            board = _ON_BOARD.fullmatch(between) and (
                between.rstrip().endswith("of") or re.match(r"(?:'s|’s)\s+board\b", text[o.end_char :])
            )
            if board and not any(q.start_char > p.end_char and q.end_char <= o.start_char for q in people):
                self.add(o.key, Predicate.EMPLOYS, p.key, si, 0.75, qualifiers={"title": "board member"})
            m = _BOTH_TITLE.fullmatch(between)
            if m is None or not self.lex.title_re.match(re.sub(r"s$", "", m.group(2))):
                continue
            title = re.sub(r"s$", "", f"{m.group(1) or ''}{m.group(2)}")
            # the names coordinated before this one: "Timothée Lacroix and Guillaume Lample, both ..."
            group = [p]
            for q in reversed(people[:i]):
                if not re.fullmatch(r"\s*(?:,|,?\s+and)\s+", text[q.end_char : group[-1].start_char]):
                    break
                group.append(q)
            if len(group) > 1:
                for q in group:
                    self.add(o.key, Predicate.EMPLOYS, q.key, si, 0.75, qualifiers={"title": title})

    def _in_charge(self, si: int, orgs: list[Mention]) -> None:
        """'LeCun stays in charge of the company's FAIR group', 'X, in charge of Baidu's cloud unit'."""
        text = self.s.text
        start = self.s.sents[si].start_char
        for o in orgs:
            if not _IN_CHARGE.search(text[max(start, o.start_char - 60) : o.start_char]):
                continue
            v = self.verbal_head(self.s.mention_root(o))
            people = [k for k in self.subjects(v) if self.kind(k) == "PERSON"] if v is not None else []
            if v is not None and self.negated(v):
                continue
            for k in people:
                self.add(o.key, Predicate.EMPLOYS, k, si, 0.75, qualifiers={"title": "head"})

    def _as_possessed_title(self, si: int, orgs: list[Mention]) -> None:
        """'Alexandr Wang heads it as Meta's chief AI officer': the title of the clause's subject."""
        text = self.s.text
        start = self.s.sents[si].start_char
        for o in orgs:
            if o.end >= len(self.doc) or self.s.tok_sent[o.end] != si:
                continue
            if not _AS_POSS_TITLE.search(text[max(start, o.start_char - 8) : o.start_char]):
                continue
            # "took over as AWS chief executive": the title may follow the bare name
            after = self.toks[o.end] if self.toks[o.end].text in POSSESSIVES else self.toks[o.end - 1]
            title = self._title_prefix(text[after.idx + len(after.text) : self.s.sents[si].end_char])
            v = self.verbal_head(self.s.mention_root(o))
            if not title or v is None:
                continue
            for k in self.subjects(v):
                if self.kind(k) == "PERSON":
                    self.add(o.key, Predicate.EMPLOYS, k, si, 0.8, qualifiers={"title": title})

    def _possessed_person(self, si: int, people: list[Mention], orgs: list[Mention]) -> None:
        """'Microsoft's Brad Smith, the company's president': a possessed name titled in apposition."""
        text = self.s.text
        for p in people:
            owner = next(
                (o for o in orgs if re.fullmatch(r"(?:'s|’s)\s+", text[o.end_char : p.start_char])), None
            )
            if owner is None:
                continue
            m = re.match(
                r"^\s*,\s+(?:the\s+(?:company|group|firm)(?:'s|’s)|its|their)\s+((?:[\w-]+\s+){0,3}?[\w-]+)\s*(?:,|\.|$)",
                text[p.end_char :],
            )
            if (
                m
                and self.lex.title_re.match(m.group(1))
                and any(w in self._title_words() for w in m.group(1).lower().split())
            ):
                title = self._clean_title(m.group(1))
                self.add(owner.key, Predicate.EMPLOYS, p.key, si, 0.8, qualifiers={"title": title})
                continue
            # "Nvidia's Jensen Huang, the Taiwan-born head of the world's largest chipmaker"
            md = re.match(
                r"^\s*,\s+the\s+(?:[\w-]+\s+){0,2}?((?:[\w-]+\s+)?[\w-]+)\s+of\s+the\s", text[p.end_char :]
            )
            if md is not None:
                words = md.group(1).split()
                found_title = next(
                    (" ".join(words[k:]) for k in range(len(words)) if self._is_title(" ".join(words[k:]))),
                    None,
                )
                if found_title is not None and found_title.lower() not in {
                    "partner",
                    "executive",
                    "researcher",
                    "engineer",
                }:
                    self.add(owner.key, Predicate.EMPLOYS, p.key, si, 0.75, qualifiers={"title": found_title})
                    continue
            # "Meta's Yann LeCun and Google DeepMind's Jeff Dean were in the audience": an organization's
            # possessive before a person's name says the person works there (no title is given); not
            # when a description that is no title follows ("Baidu's Robin Li, the Beijing-born son of")
            if not re.match(r"\s*,\s+(?:the|a|an)\s", text[p.end_char :]):
                self.add(owner.key, Predicate.EMPLOYS, p.key, si, 0.6)

    def _described_possessor(self, si: int, people: list[Mention]) -> None:
        """'X, the US company's chief operating officer', 'X, chief executive of the Chinese company's
        consumer group': a title whose possessor is a definite description ('the <words> company's')
        of an organization named before (resolved like any definite description)."""
        toks = self.toks
        n = len(self.doc)
        text = self.s.text
        for p in people:
            i = p.end
            if i + 2 >= n or toks[i].text != ",":
                continue
            i += 1
            if toks[i].lower_ in {"then", "now", "formerly", "previously"}:
                i += 1
            title = None
            if toks[i].lower_ != "the":
                # "X, chief executive of the Chinese company's consumer business group"
                title = self._title_prefix(text[toks[i].idx : toks[i].idx + 80])
                if title is None:
                    continue
                m = re.match(re.escape(title) + r"\s+of\s+", text[toks[i].idx :])
                if m is None:
                    continue
                span = self.doc.char_span(toks[i].idx, toks[i].idx + m.end(), alignment_mode="expand")
                i = span.end if span is not None else n
                if i >= n or toks[i].lower_ != "the":
                    continue
                # "of the company's Device Solutions division": the named unit employs (other rules)
                if any(
                    x.label == "ORG" for x in self.s.sent_mentions(si) if x.start > i and x.start <= i + 10
                ):
                    continue
            j = i + 1
            while j < min(n - 1, i + 6) and toks[j + 1].tag_ != "POS":
                t = toks[j]
                place = self.s.mention_at(j)
                placed = place is not None and place.label in {"GPE", "NORP"}
                if not (t.is_lower or t.text == "-" or placed):
                    break
                j += 1
            if j + 1 >= n or toks[j + 1].tag_ != "POS" or not self.is_org_noun(toks[j]):
                continue
            if self.s.mention_at(j) is not None:
                continue
            if title is None:
                after = toks[j + 1]
                title = self._title_prefix(text[after.idx + len(after.text) : after.idx + 80].lstrip())
                if title is None:
                    continue
            # "the foundation's": the body named earlier with that word in its name; otherwise the
            # antecedent must have the sector or the country the description names
            key = self._org_by_noun(toks[j].lower_, j, si)
            if key is None:
                sectors = self.s.sector_of_phrase(list(toks[i + 1 : j + 1]))
                country = self.s.description_country(j)
                key = self.s.org_antecedent(j, sectors=sectors)
                acc = self.s.entities.get(key) if key else None
                if acc is None or not (
                    (sectors and set(sectors) & set(acc.sectors)) or (country and acc.country == country)
                ):
                    continue
            if key is not None and self.kind(key) == "ORG":
                quals = {"title": self._clean_title(title)}
                self.add(key, Predicate.EMPLOYS, p.key, si, 0.7, qualifiers=quals)

    def _hires(self, si: int) -> None:
        """'Meta hired X', 'Google brought in X', 'X joined Meta this month': a stated hire, no title."""
        for t in self.s.sent_toks[si]:
            if t.pos_ != "VERB":
                continue
            lemma = t.lemma_.lower()
            hire = lemma in _HIRE_VERBS or (
                lemma == "bring" and any(c.dep_ == "prt" and c.lower_ == "in" for c in t.children)
            )
            if not hire and lemma != "join":
                continue
            # "will join the board", "plans to hire": future roles are not annotated, but "left OpenAI to
            # join Anthropic" states the move
            left = t.dep_ == "xcomp" and t.head.lemma_.lower() in _LEAVE_VERBS and lemma == "join"
            if (t.dep_ == "xcomp" and not left) or any(
                c.dep_ == "aux" and c.lower_ in _FUTURE_AUX
                for c in (*t.children, *(t.head.children if left else ()))
            ):
                continue
            if self.negated(t) or (left and self.negated(t.head)):
                continue
            objs = self.keys([c for c in t.children if c.dep_ == "dobj"])
            subj = self.subjects(t)
            if hire:
                pairs = [
                    (o, p) for o in subj if self.kind(o) == "ORG" for p in objs if self.kind(p) == "PERSON"
                ]
            else:
                pairs = [
                    (o, p) for o in objs if self.kind(o) == "ORG" for p in subj if self.kind(p) == "PERSON"
                ]
            for o, p in pairs:
                self.add(o, Predicate.EMPLOYS, p, si, 0.7)

    def _title_suffix(self, text: str) -> str | None:
        """The longest title phrase that ends `text` ('... Chief executive ' -> 'Chief executive')."""
        words = text.rstrip().split()
        best = None
        for k in range(1, min(6, len(words)) + 1):
            cand = " ".join(words[-k:])
            if self.lex.title_re.match(cand) and cand.lower() not in {"and", "of", "the", "its", "a", "an"}:
                best = cand
        if (
            best
            and any(t in best.lower() for t in self.lex.titles)
            and not best.lower().startswith(("and ", "of "))
        ):
            return self._clean_title(best)
        return None


@per_lexicon
def _content_title_words(lex: Lexicon) -> frozenset[str]:
    """The words of the lexicon's job titles that say something ('of' and 'and' say nothing)."""
    return title_words(lex) - {"of", "and"}

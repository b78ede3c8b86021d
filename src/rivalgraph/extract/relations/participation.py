"""Event participation: sponsors, exhibits_at, attends, speaks_at, absent_from, organizes."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from spacy.tokens import Token

from rivalgraph.extract.events import Edition
from rivalgraph.extract.lexicon import EventTriggers
from rivalgraph.extract.relations.common import (
    SUBJECT_DEPS,
    VERBAL_TAGS,
    any_event_phrase,
    phrase_patterns,
)
from rivalgraph.extract.relations.lists import APPOSITION_OF, Line, ListRules, segments
from rivalgraph.extract.relations.presence import (
    edition_token,
    event_possessors,
    flat_phrase_orgs,
    hosts_part,
    hosts_side_part,
    not_event_sponsor,
    own_edition,
    sponsor_agents,
    undescribed,
)
from rivalgraph.extract.state import Mention
from rivalgraph.model import Predicate

# Parts of an edition where people speak ("said at the opening ceremony", "during a panel discussion").
_EVENT_PARTS = frozenset(
    {"ceremony", "session", "plenary", "panel", "discussion", "roundtable", "keynote", "sub-forum", "dinner"}
)
# Verbs whose object shares the stage with the subject ("debated Jack Ma on stage").
_STAGE_PARTNER_VERBS = frozenset({"debate", "interview", "join", "face", "host", "moderate"})
# Verbs of presenting a product: a person who does so at an edition speaks there ("unveiled X at").
_STAGE_LAUNCH_VERBS = frozenset(
    {"unveil", "introduce", "launch", "debut", "present", "demonstrate", "demo", "show", "preview"}
    | {"reveal", "showcase", "announce"}
)
# Standing bodies a person chairs outside any session: "the steering committee's chair".
_STANDING_BODIES = frozenset(
    {"committee", "board", "council", "commission", "company", "group", "foundation", "tank", "party"}
)
# Hearers of 'told' that make it an interview: "told reporters at the show".
_PRESS_NOUNS = frozenset(
    {"reporter", "journalist", "media", "press", "newspaper", "broadcaster", "interviewer", "outlet"}
    | {"agency", "television", "radio", "magazine", "newswire", "wire"}
)
# Verbs of refusing an offer: "declined an invitation to attend".
_REFUSE_VERBS = frozenset({"decline", "reject", "refuse", "spurn", "snub"})
# Verbs whose subject decides an edition's fate: who cancels or postpones it runs it.
_CALL_OFF_VERBS = frozenset({"cancel", "postpone", "scrap", "axe", "reschedule", "shelve"})
# Words that make an event noun a company's own meeting held during an edition ("its press conference").
_OWN_MEETINGS = frozenset({"press", "media", "news", "side"})
# Meetings a speech verb's indefinite object names besides the edition ("told a press briefing").
_OTHER_MEETINGS = frozenset({"briefing", "conference", "meeting", "interview", "call", "session", "seminar"})
# Organizing verbs that also have other senses ("the show runs until Friday", "staged a comeback"):
# they state organizing only with the edition as their object.
# Verbs that take someone off a programme: "dropped from the speaker line-up".
_DROP_VERBS = frozenset({"drop", "remove", "pull", "cut", "strike", "axe", "withdraw", "delete", "scrub"})
_EVENT_OBJECT_VERBS = frozenset({"run", "stage", "produce", "put", "hold"})
# Speech nouns with other senses ("the stage", "a video"): a speech only in a speaking context.
_NOUNS = frozenset({"NOUN", "PROPN"})
_WEAK_SPEECH_NOUNS = frozenset(
    {"stage", "video", "message", "messages", "address", "remarks", "congratulations", "panel"}
)


# Column names of an exhibitor table ("Company | Booth | Headquarters").
BOOTH_COLUMNS = frozenset({"booth", "booths", "stand", "stands", "booth number", "stand number", "hall"})


# "Honor: global launch of ...": an entry naming its subject before a colon.
_LEAD_NAME = re.compile(r"^[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3}:\s")
# A page title that announces speakers ("Agenda highlights", "Confirmed speakers", "Keynote programme").
SPEAKER_PAGE = re.compile(r"(?i)\b(?:agenda|speakers?|keynotes|programme|program|line-?up)\b")
# A page title that announces a conference programme ("Hot Chips 2024 | Program", "Agenda").
_PROGRAM_PAGE = re.compile(r"(?i)\b(?:agenda|programme|program)\b")
# A line label for companies that stay away: "Not exhibiting in 2024: A, B", "No-shows: A and B".
_DENIAL_LABEL = re.compile(
    r"(?i)^(?:[-•*]\s+)?(?P<what>not exhibiting|no stands?|no booths?|not attending|absent|absentees"
    r"|no-shows?|not taking part|staying away|pulled out|withdrawn)"
    r"(?:\s+(?:in|at|from)\s+(?:the\s+)?(?P<year>(?:19|20)\d\d))?:\s+"
)
# The clause after a denial list that recalls an earlier stand: ", all of which had stands at the 2019 show".
_LATER_CLAUSE = re.compile(
    r",\s+(?:(?P<all>all|both|each)\s+of\s+)?which\s+(?:had|took|ran|occupied)\s+"
    r"(?:a\s+|large\s+|their\s+|its\s+)*(?:stands?|booths?|pavilions?)\b"
)
_ROSTER_NOUNS = frozenset({"roster", "list", "lineup", "line-up", "slate", "group", "number", "host"})
_VENUE_HEADS = frozenset(
    {"center", "centre", "hall", "arena", "stadium", "complex", "grounds", "park", "palace"}
)
# Verbs that call off a plan ("cancelled their plans to attend").
_CANCEL_VERBS = frozenset({"cancel", "scrap", "abandon", "drop", "shelve", "ditch", "axe", "reverse"})
# What a company may pull out of besides the edition itself: its programme, list or floor.
_EVENT_LISTS = frozenset(
    {"list", "lineup", "line-up", "programme", "program", "roster", "floor", "exhibition", "agenda", "line"}
)
_EXHIBITION_NOUNS = frozenset({"exhibition", "expo", "exhibit", "showcase"})
_PRESENCE_PREDS = frozenset({Predicate.SPEAKS_AT, Predicate.EXHIBITS_AT, Predicate.ATTENDS})
_MONTHS = frozenset(
    {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    }
)
_COPULAS = frozenset({"be", "include", "comprise", "feature", "become", "remain", "count"})
_DASHES = frozenset({"-", "–", "—", "--"})
_LIST_VERBS = frozenset({"include", "feature", "comprise", "count", "span"})
# A place on a show floor ("Hall 9, Stand D35", "booth 11010", "Pavilion 3") and what separates it from
# the company named before it on a directory line.
BOOTH_LOCATOR = re.compile(r"(?i)\b(?:hall|stand|booth|pavilion)\s+[A-Z]?\d+[A-Z]?\d*\b")
_BOOTH_SPLIT = re.compile(r"\s+[-–—|]\s+|\s*\(|:\s+")
_LEGAL_TAIL = re.compile(
    r"(?i)^(?:\s*,?\s*(?:group|holdings?|co\.?|ltd\.?|inc\.?|corp\.?|corporation|limited|plc|ag|se|sa|nv|gmbh|llc))*\s*$"
)
# A directory row's status that denies the company's presence at the edition, or only its stand.
_ROW_ABSENT = re.compile(
    r"(?i)\b(?:pulled out|withdr[ae]w\w*|dropped out|skipp(?:ed|ing)|absent|not attending|will not attend"
    r"|no-show|cancell?ed (?:its|their) (?:attendance|participation|plans))\b"
)
_ROW_NO_STAND = re.compile(r"(?i)\b(?:no (?:stand|booth|exhibit)|not exhibiting|without a (?:stand|booth))\b")
_NAME_COLUMNS = frozenset({"company", "companies", "exhibitor", "exhibitors", "brand", "name"})
EXHIBITOR_TITLE = re.compile(r"(?i)\bexhibitors?\b")
# "Welcome: ", "Opening plenary: " before an agenda line's speaker
_ITEM_LABEL = re.compile(r"^[A-Z][\w&'/ -]{0,40}:\s+")
# what may stand between the start of an agenda line and a further speaker on it ("Remarks by",
# ", with", ", and")
_SPEAKER_JOIN = re.compile(r"(?:\bby|\bwith|,\s*and|\band|\s[-–—])\s+$")
# A programme line's time slot: "09:15 ", "10:00-10:45 ", "14:30 - "
_TIME_LEAD = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?\s+(?:[-–—|]\s+)?")
# A page's header line that announces sessions besides SPEAKER_PAGE's words ("Selected sessions").
_SESSION_PAGE = re.compile(r"(?i)\bsessions\b")
_BULLET_LEAD = re.compile(r"^\s*(?:[-•·*▪◦‣–—]|\d{1,2}[.)])\s+")


def _split_co(toks: list[Token], v: Token) -> bool:
    """'co-organises', 'co-hosted': the tokenizer splits a co- verb into 'co', '-' and the verb."""
    return (
        v.i >= 2
        and toks[v.i - 1].text == "-"
        and toks[v.i - 2].lower_ == "co"
        and not toks[v.i - 2].whitespace_
    )


# Words of a plan ("was scheduled to speak", "had been due to attend").
_PLAN_WORDS = frozenset({"scheduled", "due", "set", "slated", "expected", "planned", "supposed", "meant"})


def _plan_fell_through(t: Token) -> bool:
    """'had been scheduled to give the keynote', 'had been due to attend': a plan in the past perfect,
    which news writing uses for plans that did not hold."""
    v = t if t.pos_ in {"VERB", "AUX"} else None
    if v is None and t.dep_ == "dobj" and t.head.pos_ == "VERB":
        v = t.head  # "to give a keynote"
    hops = 0
    while v is not None and v.dep_ == "xcomp" and hops < 3:
        h = v.head
        if h.lower_ in _PLAN_WORDS:
            clause = h.head if h.dep_ in {"acomp", "xcomp"} and h.pos_ != "VERB" else h
            return any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in (*clause.children, *h.children))
        v, hops = h, hops + 1
    return False


def _refusal(v: Token) -> bool:
    """'declined', 'turned down': the verb refuses what its object offers."""
    low = v.lemma_.lower()
    return low in _REFUSE_VERBS or (
        low == "turn" and any(c.dep_ == "prt" and c.lower_ == "down" for c in v.children)
    )


def _exhibitor_column(cells: list[str]) -> bool:
    """A table header with a column of exhibitors in any place ('Pavilion | Exhibitor | Highlight')."""
    return any(c in {"exhibitor", "exhibitors"} for c in cells)


def _opening_verb(root: Token) -> Token | None:
    """The verb whose subject opens or closes the edition `root` refers to: 'opened the forum', 'will
    declare the Games open', 'used the opening of the summit to ...'; None for any other use."""
    head = root.head
    low = head.lemma_.lower()
    if root.dep_ == "dobj" and (
        low in {"open", "close", "inaugurate"}
        or (low == "declare" and any(c.lower_ in {"open", "opened", "closed"} for c in head.children))
    ):
        return head
    if (
        root.dep_ == "nsubj"
        and head.lower_ in {"open", "opened", "closed"}
        and head.head.lemma_.lower() == "declare"
    ):
        return head.head  # "declare [the Games open]" read as a small clause
    if (
        root.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lower_ in {"opening", "closing"}
        and head.head.dep_ == "dobj"
        and head.head.head.lemma_.lower() == "use"
    ):
        return head.head.head
    return None


def _this_year(t: Token) -> bool:
    """'this year' modifies the trigger or its verb ('do not have stands this year')."""
    heads = [t] if t.pos_ in VERBAL_TAGS or t.dep_ == "ROOT" else [t, t.head]
    return any(
        c.dep_ == "npadvmod" and c.lower_ == "year" and any(d.lower_ == "this" for d in c.children)
        for h in heads
        for c in h.children
    )


def _caption_at(prep: Token) -> Token | None:
    """The 'at' that places a caption's people at an edition: 'at the forum', 'at the opening
    ceremony of the forum'."""
    if prep.lower_ == "at":
        return prep
    part = prep.head
    if (
        prep.lower_ == "of"
        and part.lower_ in _EVENT_PARTS | {"opening", "closing"}
        and part.dep_ == "pobj"
        and part.head.lower_ == "at"
    ):
        return part.head
    return None


def caps_heading(text: str) -> bool:
    """A short line in capitals heading a page section ('KEYNOTES', 'ON THE FLOOR')."""
    words = text.split()
    return 0 < len(words) <= 5 and text.isupper() and not text.endswith(".")


@dataclass(frozen=True, slots=True)
class _TriggerIndex:
    """Each trigger word with the predicates it signals, in lexicon order: one lookup per token."""

    verbs: Mapping[str, tuple[Predicate, ...]]
    nouns: Mapping[str, tuple[Predicate, ...]]
    adjectives: Mapping[str, tuple[Predicate, ...]]
    rank: Mapping[Predicate, int]  # lexicon order, in which a token's hits are taken


_TRIGGER_INDEXES: dict[int, tuple[Mapping[str, EventTriggers], _TriggerIndex]] = {}


def _trigger_index(triggers: Mapping[str, EventTriggers]) -> _TriggerIndex:
    cached = _TRIGGER_INDEXES.get(id(triggers))
    if cached is not None and cached[0] is triggers:
        return cached[1]
    verbs: dict[str, list[Predicate]] = {}
    nouns: dict[str, list[Predicate]] = {}
    adjectives: dict[str, list[Predicate]] = {}
    for name, tr in triggers.items():
        for words, table in ((tr.verbs, verbs), (tr.nouns, nouns), (tr.adjectives, adjectives)):
            for word in words:
                table.setdefault(word, []).append(Predicate(name))
    index = _TriggerIndex(
        verbs={k: tuple(v) for k, v in verbs.items()},
        nouns={k: tuple(v) for k, v in nouns.items()},
        adjectives={k: tuple(v) for k, v in adjectives.items()},
        rank={Predicate(name): n for n, name in enumerate(triggers)},
    )
    _TRIGGER_INDEXES[id(triggers)] = (triggers, index)
    return index


def _trigger_predicates(index: _TriggerIndex, pos: str, lemma: str, low: str) -> tuple[Predicate, ...]:
    """The predicates a token's word signals for its part of speech (verb lemma, noun, adjective)."""
    if pos == "VERB":
        return index.verbs.get(lemma, ())
    if pos in {"NOUN", "PROPN"}:
        # "Absent this year are A and B": a clause-initial adjective the tagger reads as a noun
        found = index.nouns.get(lemma, ()) or index.adjectives.get(low, ())
        if low != lemma:
            # a noun signals by its lemma or its own form; each predicate once, in lexicon order
            extra = [p for p in index.nouns.get(low, ()) if p not in found]
            if extra:
                return tuple(sorted([*found, *extra], key=index.rank.__getitem__))
        return found
    if pos == "ADJ":
        return index.adjectives.get(low, ())
    return ()


# Words besides the event parts that _speech_at_parts acts on ("the conference programme", "the opening").
_PART_CUES = frozenset({"programme", "program", "opening", "match", "game"})


class ParticipationRules(ListRules):
    """Event participation rules."""

    def event_predicates(self) -> None:
        lex = self.lex
        trig = lex.event_triggers
        index = _trigger_index(trig)
        # every word a token's loop below can act on: trigger words, "present", "tell" and "address"
        words = {*index.verbs, *index.nouns, *index.adjectives, "present", "tell", "address"}
        lows, lemmas = self.s.low, self.s.lemma_low
        any_phrase = any_event_phrase(lex)
        pending_role: tuple[Predicate, str, list[Edition], int] | None = None
        # the edition references of each sentence, in document order, grouped once
        refs_by_sent: dict[int, list[int]] = {}
        for pos in self.ev.ref_tokens:
            refs_by_sent.setdefault(self.s.tok_sent[pos], []).append(pos)
        for si, sent in enumerate(self.s.sents):
            eds = self.ev.sent_editions[si]
            found_roles: list[tuple[Predicate, str]] = []
            if eds:
                hits: list[tuple[Token, Predicate, bool, str]] = []
                low_text = self.s.sent_texts[si].lower()
                for t in self.s.sent_toks[si]:
                    lemma = lemmas[t.i]
                    low = lows[t.i]
                    if lemma not in words and low not in words:
                        continue  # no trigger word (speed: most tokens)
                    mention = self.s.mention_at(t.i)
                    if mention is not None and mention.label != "EVENT":
                        continue
                    tag = t.pos_  # Token string attributes are rebuilt on each access
                    for pred in _trigger_predicates(index, tag, lemma, low):
                        weak = pred == Predicate.SPEAKS_AT and tag in _NOUNS and low in _WEAK_SPEECH_NOUNS
                        if weak and not self._speech_noun_ok(t):
                            continue
                        hits.append((t, pred, False, low))
                    if (
                        low == "present"
                        and tag == "ADJ"
                        and t.dep_ == "acomp"
                        and t.head.lemma_ == "be"
                        and t.i > t.head.i + 1
                    ):
                        # "was also present", "were all present": the fixed phrases miss the adverb
                        hits.append((t.head, Predicate.ATTENDS, False, "is present"))
                    if tag == "VERB" and lemma in {"tell", "address"}:
                        objs = trig["speaks_at"].object_nouns_for.get(lemma, frozenset())
                        dobjs = [c for c in t.children if c.dep_ == "dobj"]
                        if any(
                            c.lemma_.lower() in objs
                            or c.lower_ in objs
                            or self.ev.ref_tokens.get(c.i)
                            or self._is_ref_name(c)
                            for c in dobjs
                        ) or (
                            # "addressed the issue at the forum", "told reporters on the sidelines":
                            # a topic or another audience as the object is no speech to the edition
                            not dobjs and any(self.ev.ref_tokens.get(c.i) for c in t.subtree)
                        ):
                            hits.append((t, Predicate.SPEAKS_AT, False, low))
                # one search tells whether any predicate's phrases occur (most sentences: none)
                phrase_res = self._phrase_res() if any_phrase.search(low_text) else ()
                for name, tr, phrase_re in phrase_res:
                    for m in phrase_re.finditer(low_text):
                        phrase = m.group(0)
                        span = self.doc.char_span(
                            sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand"
                        )
                        if span is None:
                            continue
                        head = span[0] if span[0].pos_ in VERBAL_TAGS else span.root
                        if span[0].pos_ == "AUX" and span.root.pos_ == "VERB":
                            head = span.root  # "was represented": the participle carries the clause
                        if head.lemma_ == "send" and self._sent_elsewhere(head):
                            continue  # "Volvo sent engineers to its plant": people sent to another place
                        hits.append((head, Predicate(name), phrase in tr.object_phrases, phrase))
                # "will all be at the conference", "appeared at the event"
                for pos in refs_by_sent.get(si, []):
                    tok = self.toks[pos]
                    root = tok
                    ref = self.s.mention_at(pos)
                    if ref is not None:
                        root = self.s.mention_root(ref)
                    if root.head.lower_ == "at" and root.head.head.lemma_ in {"be", "appear", "arrive"}:
                        hits.append((root.head.head, Predicate.ATTENDS, False, "be at"))
                for t, pred, obj_side, word in hits:
                    self._event_hit(t, pred, obj_side, word, si, found_roles)
                if pending_role is not None and not found_roles:
                    self._carry_role(pending_role, si)
            # under a heading ("Strategic Partners") the whole next paragraph is the list
            heading_list = (
                pending_role is not None
                and self._heading(pending_role[3])
                and not found_roles
                and si + 1 < len(self.s.sents)
                and self.s.para[si + 1] == self.s.para[si]
                and self.s.para[si] != self.s.para[pending_role[3]]
            )
            if not heading_list:
                pending_role = None
            if eds:
                # "the 10 'strategic partners', or main sponsors": the first role noun names the list
                for pred, role in found_roles:
                    if role.startswith("?"):
                        pending_role = (pred, role[1:], eds, si)
                        if pred == Predicate.SPONSORS and role[1:]:
                            self._list_role, self._list_role_sent = role[1:], si
                        break

    def _sent_elsewhere(self, v: Token) -> bool:
        """'sent engineers to its plant', 'sent staff into the field': a destination that is no edition."""
        return any(
            c.lower_ in {"to", "into"}
            and not any(
                edition_token(self, p)
                or self._is_ref_name(p)
                # "sent a delegation to Hanover": the edition's city
                or ((m := self.s.mention_at(p.i)) is not None and m.label == "GPE")
                for p in c.children
            )
            for c in self.clause_preps(v)
        )

    def speech_at_event(self) -> None:
        """'X said at the forum', 'speaking at the conference', 'Google joined the expo'."""
        for pos, ed in self.ev.ref_tokens.items():
            m = self.s.mention_at(pos)
            root = self.s.mention_root(m) if m is not None else self.toks[pos]
            si = self.s.tok_sent[pos]
            prep = root.head
            verb = prep.head
            if root.dep_ == "pobj" and prep.lower_ == "at" and verb.lemma_.lower() == "expect":
                # "Lisa Su is expected at the summit": due to attend
                for k in self.subjects(verb):
                    if self.kind(k) in {"ORG", "PERSON"}:
                        self.add(k, Predicate.ATTENDS, self.ed_id(ed), si, 0.7, negated=self.negated(verb))
            elif root.dep_ == "pobj" and prep.lower_ in {"at", "during", "to"} and verb.pos_ == "VERB":
                if verb.lemma_.lower() not in self.lex.speech_verbs or (
                    prep.lower_ == "to" and verb.lemma_.lower() != "speak"
                ):
                    continue
                people = [k for k in self._speakers(verb) if self.kind(k) == "PERSON"]
                neg = self._own_clause_negated(verb)
                if neg and verb.lemma_.lower() != "speak":
                    continue  # "did not say at the summit whether ...": a thing unsaid, not a speech denied
                # "told reporters at the show", "told Reuters at the fair": an interview, no speech
                pred = Predicate.ATTENDS if self._told_press(verb) else Predicate.SPEAKS_AT
                for k in people:
                    self.add(k, pred, self.ed_id(ed), si, 0.75, negated=neg)
            elif (opener := _opening_verb(root)) is not None:
                # "Premier Li Qiang opened the forum": a person opens an event with a speech
                for k in self.subjects(opener):
                    if self.kind(k) == "PERSON":
                        self.add(
                            k, Predicate.SPEAKS_AT, self.ed_id(ed), si, 0.75, negated=self.negated(opener)
                        )
            elif (
                root.dep_ == "pobj"
                and prep.lower_ == "at"
                and self.s.caption[si]
                and verb.pos_ not in VERBAL_TAGS
                and self._caption_speaker(si, pos, ed)
            ):
                continue
            elif (
                root.dep_ == "pobj"
                and (at := _caption_at(prep)) is not None
                and not any(t.pos_ in VERBAL_TAGS for t in self.s.sent_toks[si])
                and (who := self.s.mention_at(at.i - 1)) is not None
                and who.label == "PERSON"
            ):
                # a caption "Apple chief executive Tim Cook at the 2023 China Development Forum", "A, B
                # and C at the opening ceremony of the forum": everyone it names before the 'at'
                for m in self.s.sent_mentions(si):
                    if m.label == "PERSON" and m.end <= at.i:
                        self.add(m.key, Predicate.ATTENDS, self.ed_id(ed), si, 0.7)
            elif root.dep_ == "dobj" and root.head.lemma_.lower() in self.lex.presence_verbs:
                for k in self.subjects(root.head):
                    if self.kind(k) in {"ORG", "PERSON"}:
                        self.add(
                            k, Predicate.ATTENDS, self.ed_id(ed), si, 0.75, negated=self.negated(root.head)
                        )

        self._speech_at_parts()
        self._visits()
        self._brought()
        self._launch_on_stage()

    def _launch_on_stage(self) -> None:
        """'Zuckerberg unveiled the Quest 3 at Connect 2023', 'At AI Day, Musk showed the robot': a person
        who presents a product at an edition does so from its stage."""
        for pos, ed in self.ev.ref_tokens.items():
            m = self.s.mention_at(pos)
            root = self.s.mention_root(m) if m is not None else self.toks[pos]
            verb = root.head.head
            if (
                root.dep_ != "pobj"
                or root.head.lower_ not in {"at", "during"}
                or verb.pos_ != "VERB"
                or verb.lemma_.lower() not in _STAGE_LAUNCH_VERBS
                or not any(c.dep_ == "dobj" for c in verb.children)
                or self.negated(verb)  # "did not unveil a chip at the show" says nothing of a talk
            ):
                continue
            si = self.s.tok_sent[pos]
            for k in self.subjects(verb):
                if self.kind(k) == "PERSON":
                    self.add(k, Predicate.SPEAKS_AT, self.ed_id(ed), si, 0.7)

    def _brought(self) -> None:
        """'Tesla has again brought its Optimus robot', 'brought AI servers to the expo': a company that
        brings a product to the edition of its sentence shows it there."""
        heads = self.lex.product_heads
        for si, eds in enumerate(self.ev.sent_editions):
            if not eds or self.s.caption[si]:
                continue
            for t in self.s.sent_toks[si]:
                if t.pos_ != "VERB" or t.lemma_.lower() != "bring":
                    continue
                objs = [c for c in t.children if c.dep_ == "dobj"]
                if not any(
                    ((m := self.s.mention_at(c.i)) is not None and m.label == "PRODUCT")
                    or c.lemma_.lower() in heads
                    for c in objs
                ):
                    continue
                if any(c.dep_ == "prt" for c in t.children):
                    continue  # "brought in", "brought down": other senses
                for k in self.subjects(t):
                    if self.kind(k) == "ORG":
                        for ed in eds[:1]:
                            self.add(
                                k, Predicate.EXHIBITS_AT, self.ed_id(ed), si, 0.65, negated=self.negated(t)
                            )

    def section_lists(self) -> None:
        """Page sections under a heading in capitals ('KEYNOTES', 'ON THE FLOOR'): the entry lines of the
        whole section, past the prose lines between them, up to the next heading in capitals; a table
        whose header has a booth or stand column lists exhibitors."""
        lines = self.lines()
        for i, line in enumerate(lines):
            hit = self.match_heading(line.text)
            if hit is None or not caps_heading(line.text):
                continue
            pred, role, rest = hit
            if pred not in {Predicate.SPEAKS_AT, Predicate.EXHIBITS_AT} or rest:
                continue
            span = self.doc.char_span(line.start, line.end, alignment_mode="expand")
            if span is None:
                continue
            eds = self._editions_near(self.s.tok_sent[span[0].i])
            quals = {"role": role} if role else {}
            for item in lines[i + 1 :]:
                if caps_heading(item.text) or self.match_heading(item.text) is not None:
                    break
                if not self._is_item(item) and not (
                    pred == Predicate.EXHIBITS_AT and _LEAD_NAME.match(item.text)
                ):
                    continue
                self._section_item(item, pred, quals, eds)
        self._booth_tables(lines)
        self._speaker_page(lines)
        self._program_presenters(lines)
        self._denial_labels(lines)

    def _denial_labels(self, lines: list[Line]) -> None:
        """A line labelled as a list of companies that stay away ('Not exhibiting: A, B and C', 'Absent
        in 2024: A'): each listed name is denied at the story's edition (or the label's year), not at an
        edition a clause after the names recalls; 'A, which had a stand at the 2022 show' (or 'all of
        which had stands at ...') states the stand at that earlier edition."""
        for line in lines:
            label = _DENIAL_LABEL.match(line.text)
            if label is None or self.ev.default is None:
                continue
            start = line.start + label.end()
            clause = _LATER_CLAUSE.search(self.s.text, start, line.end)
            names_end = clause.start() if clause else line.end
            listed = [
                m
                for m in self._line_mentions(Line(start, names_end, ""), "ORG")
                if not self.s.text.startswith(("'s", "’s"), m.end_char)
            ]
            if not listed:
                continue
            si = listed[0].sent
            ed = self.ev.default
            if label.group("year"):
                ed = (ed[0], int(label.group("year")))
                if ed not in self.ev.editions:
                    continue
            word = label.group("what").lower()
            stand = any(w in word for w in ("exhibit", "stand", "booth"))
            pred = Predicate.EXHIBITS_AT if stand else Predicate.ATTENDS
            obj = self.ed_id(ed)
            for m in listed:
                for other in self.ev.sent_editions[si]:
                    if other != ed:
                        for p in (Predicate.EXHIBITS_AT, Predicate.ABSENT_FROM):
                            self.out.pop(
                                (m.key, p.value, self.ed_id(other), p == Predicate.EXHIBITS_AT), None
                            )
                self.add(m.key, pred, obj, si, 0.7, negated=True)
            if clause is None:
                continue
            earlier = [e for e in self.ev.sent_editions[si] if e != ed and e[0] == ed[0]]
            if len(earlier) != 1:
                continue
            had = listed if clause.group("all") else listed[-1:]
            for m in listed:
                if m in had:
                    self.add(m.key, Predicate.EXHIBITS_AT, self.ed_id(earlier[0]), si, 0.7)
                else:  # 'A and B, which had a stand at ...': the clause is B's alone
                    self.out.pop((m.key, Predicate.EXHIBITS_AT.value, self.ed_id(earlier[0]), False), None)

    def _program_presenters(self, lines: list[Line]) -> None:
        """A programme page ('Hot Chips 2024 | Program'): an entry that opens with a company and a colon
        ('- IBM: Telum II processor', 'Acme Robotics: humanoids at scale') names a company presenting
        there, which attends the edition."""
        if not lines or not _PROGRAM_PAGE.search(lines[0].text):
            return
        for line in lines[1:]:
            text = _BULLET_LEAD.sub("", line.text)
            head, colon, rest = text.partition(":")
            if not colon or not rest.strip() or len(head.split()) > 4 or text.endswith((".", "?", "!", ":")):
                continue
            start = line.start + len(line.text) - len(text)
            orgs = self._line_mentions(Line(start, start + len(head), head), "ORG")
            if (
                len(orgs) != 1
                or orgs[0].start_char != start
                or orgs[0].end_char != start + len(head.rstrip())
            ):
                continue
            for ed in self._editions_near(orgs[0].sent)[:1]:
                self.add(orgs[0].key, Predicate.ATTENDS, self.ed_id(ed), orgs[0].sent, 0.65)

    def _speaker_page(self, lines: list[Line]) -> None:
        """A page titled as an agenda or speaker list ('GTC 2025 - Agenda highlights', 'Confirmed
        speakers'): every 'NAME, TITLE, ORG' line speaks, outside sections headed for another role."""
        if not lines or not self._agenda_page(lines):
            return
        other = False
        for line in lines[1:]:
            hit = self.match_heading(line.text)
            if caps_heading(line.text) or (hit is not None and not hit[2] and len(line.text.split()) <= 4):
                other = hit is not None and hit[0] != Predicate.SPEAKS_AT
                continue
            text = _BULLET_LEAD.sub("", line.text)
            text = _TIME_LEAD.sub("", text)  # "09:15 Special Address by Jane Roe, ..."
            start = line.start + len(line.text) - len(text)
            if text != line.text:
                # a bullet may go on after its speaker: "- Jane Roe, CEO, Acme. What comes after GPUs."
                text = text.split(". ", 1)[0]
            elif line.text.endswith((".", "?", "!", ":")):
                continue
            label = _ITEM_LABEL.match(text)
            if label is not None and len(label.group().split()) > 5:
                label = None
            words = len(text[label.end() if label else 0 :].split())
            if other or words > 24 or (text == line.text and words > 16):
                continue
            if label is not None:
                start += label.end()  # "Welcome: Jane Roe, ..." / "MAIN STAGE: Jane Roe, ..."
            end = start + len(text) if label is None else start - label.end() + len(text)
            span = self.doc.char_span(line.start, line.end, alignment_mode="expand")
            if span is None:
                continue
            eds = self._editions_near(self.s.tok_sent[span[0].i])
            for person in self._line_mentions(Line(start, end, self.s.text[start:end]), "PERSON"):
                before = self.s.text[start : person.start_char]
                if not self.s.text[person.end_char : end].startswith(","):
                    continue
                if before and not _SPEAKER_JOIN.search(before):
                    continue
                rest = self.s.text[person.end_char + 1 : end]
                after = person.end_char + 1 + len(rest) - len(rest.lstrip())
                if any(m.start_char == after for m in self._line_mentions(line, "GPE")):
                    continue  # "Grand Palais, Paris, France": a venue line, not a speaker
                for ed in eds:
                    self.add(person.key, Predicate.SPEAKS_AT, self.ed_id(ed), person.sent, 0.7)

    @staticmethod
    def _agenda_page(lines: list[Line]) -> bool:
        """A page of speakers: its title or a short header line before the first prose names an agenda,
        programme, speakers or sessions ('Selected programme, Day 1'), or two lines open with a time slot."""
        for i, line in enumerate(lines[:6]):
            if len(line.text.split()) > 16:
                break
            if i and caps_heading(line.text):
                continue  # "KEYNOTES" below the title: a section of a page, read by section_lists
            if SPEAKER_PAGE.search(line.text) or _SESSION_PAGE.search(line.text):
                return True
        return sum(1 for line in lines if _TIME_LEAD.match(line.text)) >= 2

    def _section_item(self, item: Line, pred: Predicate, quals: dict[str, str], eds: list[Edition]) -> None:
        """'Honor: global launch of ...' names the exhibitor before its colon; other lines as lists."""
        head, colon, _rest = item.text.partition(":")
        if pred == Predicate.EXHIBITS_AT and colon:
            orgs = self._line_mentions(Line(item.start, item.start + len(head), head), "ORG")
            if len(orgs) == 1 and orgs[0].end_char == item.start + len(head.rstrip()):
                for ed in eds:
                    self.add(orgs[0].key, pred, self.ed_id(ed), orgs[0].sent, 0.7, qualifiers=quals)
            return
        for part in segments(item):
            self._list_item(part, pred, quals, eds)

    def _booth_tables(self, lines: list[Line]) -> None:
        """'Company | Booth | Headquarters': each row's first cell exhibits at the page's edition."""
        for i, line in enumerate(lines):
            cells = [c.strip().lower() for c in line.text.split("|")]
            if len(cells) < 2:
                continue
            # 'Company | Headquarters | Products shown' under 'Selected exhibitors' or on an exhibitor
            # directory page: the rows are exhibitors without a booth column
            if (
                not set(cells) & BOOTH_COLUMNS
                and not _exhibitor_column(cells)
                and not (
                    cells[0] in _NAME_COLUMNS
                    and any(
                        EXHIBITOR_TITLE.search(prev.text) for prev in (lines[0], *lines[max(0, i - 2) : i])
                    )
                )
            ):
                continue
            span = self.doc.char_span(line.start, line.end, alignment_mode="expand")
            if span is None:
                continue
            eds = self._editions_near(self.s.tok_sent[span[0].i])
            # the company column: the one headed 'Company'/'Exhibitor', else the first that is no booth
            col = next((k for k, c in enumerate(cells) if c in _NAME_COLUMNS), None)
            if col is None:
                col = next((k for k, c in enumerate(cells) if c not in BOOTH_COLUMNS), 0)
            for row in lines[i + 1 :]:
                if row.text.count("|") != line.text.count("|"):
                    break
                parts = row.text.split("|")
                begin = row.start + sum(len(p) + 1 for p in parts[:col])
                cell = parts[col]
                orgs = self._line_mentions(Line(begin, begin + len(cell), cell), "ORG")
                if len(orgs) == 1:
                    # a status cell may deny the stand ('No stand; online only') or the whole
                    # presence ('Pulled out of the show')
                    rest = "|".join(c for k, c in enumerate(parts) if k != col)
                    pred, neg = Predicate.EXHIBITS_AT, False
                    if _ROW_ABSENT.search(rest):
                        pred, neg = Predicate.ATTENDS, True
                    elif _ROW_NO_STAND.search(rest):
                        neg = True
                    for ed in eds:
                        obj = self.ed_id(ed)
                        if neg:
                            # the row's status outweighs a heading or a role read over the same lines
                            for denied in (Predicate.EXHIBITS_AT, Predicate.ATTENDS):
                                self.out.pop((orgs[0].key, denied.value, obj, False), None)
                        self.add(orgs[0].key, pred, obj, orgs[0].sent, 0.7, negated=neg)
                    self._row_country(orgs[0], row)
        self._booth_lines(lines)

    def _row_country(self, org: Mention, row: Line) -> None:
        """'Tokyo Electron | Tokyo, Japan | Booth 1415': the one country a directory row gives after
        the company is where the company is based."""
        countries = set()
        rest = Line(org.end_char, row.end, self.s.text[org.end_char : row.end])
        for m in self._line_mentions(rest, "GPE") + self._line_mentions(rest, "NORP"):
            place = self.s.kb.lookup_place(m.text)
            if place is not None and str(place.kind) == "country":
                countries.add(m.key)
        if len(countries) == 1:
            self.add(org.key, Predicate.BASED_IN, countries.pop(), org.sent, 0.7)

    def _booth_lines(self, lines: list[Line]) -> None:
        """Directory lines that give a company and its place on the floor: 'Siemens - Hall 9, Stand
        D35', '- Haier (Central Hall, booth 11010)', 'Festo: Hall 15 / D11'. The company is the line's
        one leading organization; the edition is the one in context."""
        for line in lines:
            text = _BULLET_LEAD.sub("", line.text)
            if len(text.split()) > 14 or not BOOTH_LOCATOR.search(text):
                continue
            start = line.start + len(line.text) - len(text)
            head = _BOOTH_SPLIT.split(text, maxsplit=1)[0]
            if head == text:
                continue
            orgs = self._line_mentions(Line(start, start + len(head), head), "ORG")
            # the name may stop before a legal suffix the entity leaves out ("Naura Technology Group")
            if len(orgs) != 1 or not _LEGAL_TAIL.match(self.s.text[orgs[0].end_char : start + len(head)]):
                continue
            for ed in self._editions_near(orgs[0].sent)[:1]:
                self.add(orgs[0].key, Predicate.EXHIBITS_AT, self.ed_id(ed), orgs[0].sent, 0.7)
            self._row_country(orgs[0], line)

    def _own_clause_negated(self, t: Token) -> bool:
        """Negation of the trigger's own clause. A participle or a prepositional phrase framing the
        sentence ('Speaking at the forum, Li did not name rivals', 'In a speech at the forum, Li did not
        mention Nvidia') is not denied by the main clause's 'not'; 'was not in attendance' still is."""
        if t.dep_ == "advcl" and t.tag_ == "VBG" and not any(c.dep_ == "neg" for c in t.children):
            return False
        if t.pos_ == "ADP" and t.dep_ == "prep" and t.head.pos_ in VERBAL_TAGS and t.head.lemma_ != "be":
            return False
        v = t if t.pos_ in VERBAL_TAGS else self.verbal_head(t)
        if v is not None and v.lemma_ == "be" and any(c.dep_ == "acomp" for c in v.children):
            return False  # "was not shy on stage" denies the adjective, not the appearance
        return self.negated(t)

    def _inverted_names(self, t: Token) -> list[str]:
        """The names after 'were' in an inverted clause: 'Also attending the forum were A and B' (the
        participle's auxiliary carries them), 'Absent from the fair were A and B' (the adjective as
        subject)."""
        cop: Token | None = None
        if t.pos_ == "VERB" and t.tag_ == "VBG":
            cop = next(
                (c for c in t.children if c.dep_ in {"aux", "auxpass"} and c.lemma_ == "be" and c.i > t.i),
                None,
            )
        if (
            cop is None
            and t.lower_ in {"absent", "missing", "present"}
            and t.dep_ in {"nsubj", "csubj"}
            and t.head.lemma_ == "be"
        ):
            cop = t.head if t.head.i > t.i else None
        if (
            cop is None
            and t.tag_ == "VBG"
            and t.dep_ == "amod"
            and t.head.dep_ == "nsubj"
            and t.head.tag_ == "NNS"
            and self.s.mention_at(t.head.i) is None
            and t.head.head.lemma_ in {"include", "be", "comprise", "feature"}
        ):
            # "Exhibiting companies at the fair include A, B and C", "... include chipmakers such as A"
            listed = [c for c in t.head.head.children if c.dep_ in {"dobj", "attr"}]
            return [k for c in listed for k in self.keys_in(c) if self.kind(k) in {"ORG", "PERSON"}]
        if cop is None:
            return []
        named = [c for c in cop.children if c.dep_ == "attr" and c.i > cop.i]
        if not named and t.lower_ in {"absent", "missing"}:
            # "Notably missing was A": the parser takes the name for the copula's or adjective's subject
            named = [c for w in (cop, t) for c in w.children if c.dep_ in SUBJECT_DEPS and c.i > cop.i]
        return [k for k in self.keys(named) if self.kind(k) in {"ORG", "PERSON"}]

    def _no_subject(self, t: Token) -> bool:
        """'No executives from OpenAI were present', 'no Chinese firm exhibited': the subject's 'no'."""
        v = t if t.pos_ in VERBAL_TAGS else self.verbal_head(t)
        if v is None:
            return False
        # "has no plans to attend", "no intention of exhibiting": the verb completes a denied noun
        plan = v.head.head if v.dep_ == "pcomp" and v.head.lower_ == "of" else v.head
        if (
            v.dep_ in {"acl", "xcomp", "pcomp"}
            and plan.pos_ == "NOUN"
            and any(d.dep_ == "det" and d.lower_ == "no" for d in plan.children)
        ):
            return True
        return any(
            c.dep_ in {"nsubj", "nsubjpass"} and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
            for c in v.children
        )

    def _visits(self) -> None:
        """'Satya Nadella visited Huawei's booth', 'toured the stands': presence at the edition."""
        exhibit_nouns = self.lex.event_triggers["exhibits_at"].nouns
        for si, eds in enumerate(self.ev.sent_editions):
            if not eds:
                continue
            for t in self.s.sent_toks[si]:
                if t.dep_ != "dobj" or t.lemma_.lower() not in exhibit_nouns | {"exhibition", "floor"}:
                    continue
                v = t.head
                if v.lemma_.lower() not in self.lex.presence_verbs:
                    continue
                for k in self.subjects(v):
                    if self.kind(k) in {"ORG", "PERSON"}:
                        for ed in eds:
                            self.add(k, Predicate.ATTENDS, self.ed_id(ed), si, 0.7, negated=self.negated(v))

    def _speech_at_parts(self) -> None:
        """'said at the opening ceremony', 'told a panel discussion': a part of the edition in context."""
        for si, eds in enumerate(self.ev.sent_editions):
            if not eds or self.s.caption[si]:
                continue
            for t in self.s.sent_toks[si]:
                low = self.s.low[t.i]
                if low not in _EVENT_PARTS and low not in _PART_CUES:
                    continue  # no test below acts on another word (speed: most tokens)
                if (
                    (low in _EVENT_PARTS or low in {"programme", "program"})
                    and t.dep_ == "dobj"
                    and t.head.lemma_.lower() in {"open", "close"}
                    and any(c.lower_ == "the" for c in t.children)
                    and not {c.lower_ for c in t.children} & {"press", "news", "media", "trading"}
                ):
                    # "opened the conference programme", "opens the keynote session": a person opening
                    # a part of the edition speaks there
                    for k in self.subjects(t.head):
                        if self.kind(k) == "PERSON":
                            for ed in eds:
                                self.add(k, Predicate.SPEAKS_AT, self.ed_id(ed), si, 0.7)
                    continue
                mods = {c.lower_ for c in t.children}
                if (
                    (
                        low in _EVENT_PARTS
                        or low == "opening"
                        or (low in {"match", "game"} and "opening" in mods)
                    )
                    and t.dep_ == "pobj"
                    and t.head.lower_ == "at"
                    and t.head.head.lemma_.lower() == "expect"
                    and "the" in mods | {c.lower_ for c in t.head.head.children}
                ):
                    # "A and B are expected at the opening ceremony": due to attend
                    verb = t.head.head
                    for k in self.subjects(verb):
                        if self.kind(k) in {"PERSON", "ORG"}:
                            for ed in eds:
                                self.add(
                                    k, Predicate.ATTENDS, self.ed_id(ed), si, 0.7, negated=self.negated(verb)
                                )
                    continue
                if low not in _EVENT_PARTS or t.dep_ != "pobj" or t.head.lower_ not in {"at", "during"}:
                    continue
                if low in {"ceremony", "dinner", "banquet"} and not mods & {"opening", "closing", "the"}:
                    continue  # "at a ceremony in Beijing" may be any ceremony
                if mods & {"press", "news", "media"}:
                    continue  # "at a press session": another kind of meeting
                verb = t.head.head
                if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.lex.speech_verbs:
                    continue
                for k in self._speakers(verb):
                    if self.kind(k) == "PERSON":
                        for ed in eds:
                            self.add(
                                k, Predicate.SPEAKS_AT, self.ed_id(ed), si, 0.7, negated=self.negated(verb)
                            )

    def _caption_speaker(self, si: int, pos: int, ed: Edition) -> bool:
        """'Richard Yu presents HarmonyOS at the 2019 ...' in a caption the parser could not read: the
        person before a speech verb that precedes the edition."""
        verbs = self.lex.speech_verbs | self.lex.event_triggers["speaks_at"].verbs | {"address", "deliver"}
        sent = self.s.sents[si]
        start = sent.start
        if sent[0].pos_ == "ADP" and si > 0 and self.s.para[si - 1] == self.s.para[si]:
            start = self.s.sents[si - 1].start  # the parser cut the caption before "at the ..."
        words = self.doc[start:pos]
        verb = next((t for t in words if t.pos_ == "VERB" and t.lemma_.lower() in verbs), None)
        if verb is None:
            return False
        people = [m for m in self.s.mentions if m.label == "PERSON" and start <= m.start and m.end <= verb.i]
        if people:
            self.add(people[-1].key, Predicate.SPEAKS_AT, self.ed_id(ed), si, 0.7)
        return bool(people)

    def _speakers(self, verb: Token) -> list[str]:
        """The subject of a speech verb, or of the clause a 'Speaking at ...' participle opens."""
        ks = self.subjects(verb)
        if not ks and verb.dep_ in {"advcl", "xcomp"} and verb.tag_ == "VBG":
            ks = self.subjects(verb.head)
        return ks

    def organizer_possessors(self) -> None:
        """'Huawei's flagship annual event', 'its annual Global Digital Ecosystem Summit'."""
        for pos, ed in self.ev.ref_tokens.items():
            tok = self.toks[pos]
            m = self.s.mention_at(pos)
            root = self.s.mention_root(m) if m is not None else tok
            # "since its first edition": an edition is the event's own, its possessor the event
            if root.lower_ in {"edition", "editions"}:
                continue
            if any(c.dep_ in {"compound", "amod"} and c.lower_ in _OWN_MEETINGS for c in root.children):
                continue  # "its press conference at the show": a company's own meeting during the edition
            poss = event_possessors(self, root)
            if not poss or poss[0].lower_ in {"year", "this", "last", "next"} or own_edition(self, root):
                continue
            p = poss[0]
            if p.lower_ in {"year"} or any(c.lower_ in {"year"} for c in p.subtree):
                continue
            for k in self._possessor_keys(p):
                if self.kind(k) == "ORG":
                    self.add(k, Predicate.ORGANIZES, self.ed_id(ed), self.s.tok_sent[pos], 0.75)
        self._behind_event()
        self._calls_off()
        self._object_relatives()
        self._founded_event()

    def _possessor_keys(self, p: Token) -> list[str]:
        """Who an edition's possessor names: "the unit's annual conference" is the organization an
        earlier apposition described as that noun ("Amazon Web Services, Amazon's cloud unit"), before
        any other antecedent of the noun; an unresolved "its" is the one organization named before it in
        its sentence ("Musk, who is suing Microsoft, appeared at its developer conference")."""
        if (
            p.pos_ == "NOUN"
            and p.lower_ in self.lex.unit_nouns
            and any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in p.children)
        ):
            described = self._described_as(p)
            if described is not None:
                return [described]
        keys = self.resolve(p)
        if not keys and p.lower_ in {"its", "their"}:
            si = self.s.tok_sent[p.i]
            before = list(dict.fromkeys(m.key for m in self.s.sent_mentions(si, "ORG") if m.end <= p.i))
            if len(before) == 1:
                keys = before
        return keys

    def _described_as(self, noun: Token) -> str | None:
        """The latest organization, up to five sentences back, that an apposition headed by the same noun
        described ('Amazon Web Services, Amazon's cloud unit' for 'the unit')."""
        si = self.s.tok_sent[noun.i]
        lemma = noun.lemma_.lower()
        for sj in range(si, max(-1, si - 6), -1):
            for w in reversed(self.s.sent_toks[sj]):
                if w.i >= noun.i or w.dep_ != "appos" or w.lemma_.lower() != lemma:
                    continue
                named = self.s.mention_at(w.head.i)
                if named is not None and named.label == "ORG":
                    return named.key
        return None

    def _object_relatives(self) -> None:
        """'the GPU Technology Conference that Nvidia stages each year', 'The summit, which Nvidia
        organises': an organization between a relative pronoun on the edition and an organizing verb
        organizes it (the parser often reads the name as the verb's modifier)."""
        verbs = self.lex.event_triggers["organizes"].verbs
        for m in self.s.mentions:
            if (
                m.label != "ORG"
                or m.start < 2
                or m.end >= len(self.toks)
                or not self.ev.sent_editions[m.sent]
            ):
                continue
            pron = self.toks[m.start - 1]
            if pron.lower_ not in {"which", "that"}:
                continue
            v = self.toks[m.end]
            if v.pos_ == "ADV" and m.end + 1 < len(self.toks):
                v = self.toks[m.end + 1]  # "which Nvidia also stages"
            # the tagger may read the verb as a plural noun ("that Nvidia stages each year")
            lemma = v.lemma_.lower()
            if lemma not in verbs and not (
                v.tag_ == "NNS" and v.lower_.endswith("s") and v.lower_[:-1] in verbs
            ):
                continue
            if v.tag_ in {"VBN", "VBG"} or self.negated(v):
                continue  # "which Nvidia staged" is fine (VBD); "that Nvidia hosting" is no clause
            before = self.toks[pron.i - 1]
            if before.text == "," and pron.i >= 2:
                before = self.toks[pron.i - 2]
            ref = self.s.mention_at(before.i)
            ed = self.ev.ref_tokens.get(ref.start if ref is not None else before.i)
            if ed is None:
                continue
            self.add(
                m.key,
                Predicate.ORGANIZES,
                self.ed_id(ed),
                m.sent,
                0.75,
                qualifiers=self._role(v, Predicate.ORGANIZES),
            )

    def _founded_event(self) -> None:
        """'Publicis Groupe, which founded the show in 2016 together with Les Echos': who founded the
        event runs it, with whoever founded it together with them."""
        for pos, ed in self.ev.ref_tokens.items():
            m = self.s.mention_at(pos)
            root = self.s.mention_root(m) if m is not None else self.toks[pos]
            v = root.head
            if root.dep_ != "dobj" or v.pos_ != "VERB" or v.lemma_.lower() not in {"found", "co-found"}:
                continue
            if self.negated(v):
                continue
            agents = self.subjects(v)
            if v.dep_ == "relcl" and not any(self.kind(k) == "ORG" for k in agents):
                agents = self._relative_antecedent(v)
            agents = [k for k in agents if self.kind(k) == "ORG"]
            if not agents:
                continue
            default = self.ev.default
            if default is not None and default[0] == ed[0]:
                ed = default  # "founded the show in 2016": the founding year, not an edition's
            for k in dict.fromkeys(agents + self._co_organisers(v)):
                self.add(k, Predicate.ORGANIZES, self.ed_id(ed), self.s.tok_sent[pos], 0.7)

    def _relative_antecedent(self, v: Token) -> list[str]:
        """The organization a subject relative clause ('..., which runs the show') is about when the
        parser hung the clause on another noun: the nearest organization before the pronoun, with only a
        description between ('GSMA Ltd, the association's events arm, which runs the show')."""
        pron = next((c for c in v.children if c.dep_ == "nsubj" and c.lower_ in {"which", "that"}), None)
        if pron is None:
            return []
        si = self.s.tok_sent[v.i]
        for m in reversed(self.s.sent_mentions(si)):
            if m.end > pron.i:
                continue
            if m.label != "ORG":
                return []  # "A's chief executive Jane Roe, who ...": a person or place is nearer
            between = self.toks[m.end : pron.i]
            if any(t.pos_ in VERBAL_TAGS for t in between) or len(between) > 8:
                return []
            return [m.key]
        return []

    def _calls_off(self) -> None:
        """'the GSMA called off the 2020 event', 'the association cancelled E3 altogether': who cancels or
        postpones an edition runs it (not 'Sony cancelled its press conference at the show')."""
        for pos, ed in self.ev.ref_tokens.items():
            m = self.s.mention_at(pos)
            root = self.s.mention_root(m) if m is not None else self.toks[pos]
            verb = root.head
            if root.dep_ != "dobj" or verb.pos_ != "VERB" or self.negated(verb):
                continue
            low = verb.lemma_.lower()
            if low not in _CALL_OFF_VERBS and not (
                low == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
            ):
                continue
            if any(c.dep_ in {"compound", "amod"} and c.lower_ in _OWN_MEETINGS for c in root.children):
                continue
            si = self.s.tok_sent[pos]
            # a named subject only: "the association" or "it" may be read as the wrong organization
            named = [c for c in verb.children if c.dep_ == "nsubj" and self.s.mention_at(c.i) is not None]
            for k in self.keys(named):
                if self.kind(k) == "ORG":
                    self.add(k, Predicate.ORGANIZES, self.ed_id(ed), si, 0.7)

    def _behind_event(self) -> None:
        """'Web Summit, the Irish company behind the event', 'the agency behind the fair': the
        organization a noun of its kind names, with 'behind' and the edition."""
        for pos, ed in self.ev.ref_tokens.items():
            m = self.s.mention_at(pos)
            root = self.s.mention_root(m) if m is not None else self.toks[pos]
            noun = root.head.head
            if root.dep_ != "pobj" or root.head.lower_ != "behind" or not self.is_org_noun(noun):
                continue
            named = noun.head if noun.dep_ == "appos" else noun
            for k in self.resolve(named):
                if self.kind(k) == "ORG":
                    self.add(k, Predicate.ORGANIZES, self.ed_id(ed), self.s.tok_sent[pos], 0.75)

    def _phrase_res(self) -> list[tuple[str, EventTriggers, re.Pattern[str]]]:
        """One compiled regex per predicate over its trigger phrases (cached on the lexicon)."""
        return phrase_patterns(self.lex)

    def _speech_noun_ok(self, t: Token) -> bool:
        low = t.lower_
        if low == "stage":
            return (
                any(c.lower_ in {"on", "main"} for c in [t.head, *t.children])
                or t.head.lower_ == "on"
                or (t.dep_ == "dobj" and t.head.lemma_.lower() in {"share", "take", "grace", "mount"})
            )
        if low in {"video", "message", "messages"}:
            return True
        if low in {"address", "remarks"} and self._speech_framing(t):
            return True
        if low == "address":
            return (
                any(
                    c.lower_ in {"keynote", "video", "opening", "welcome", "short", "brief"}
                    for c in t.children
                )
                or t.head.lemma_ in {"give", "deliver"}
                # "welcomed the premier with a short address"
                or (
                    t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.head.lemma_ in {"welcome", "open"}
                )
            )
        if low == "panel":
            return True
        if low in {"remarks", "congratulations"}:
            return t.head.lemma_ in {"deliver", "make", "give", "send"}
        return True

    def _speech_framing(self, t: Token) -> bool:
        """'In remarks at the forum, X said', 'in his opening address': the speech frames the clause."""
        if t.dep_ != "pobj" or t.head.lower_ != "in":
            return False
        preps = [c for c in t.children if c.dep_ == "prep"]
        if any(c.lower_ == "at" and any(self._is_ref(p) for p in c.children) for c in preps):
            return True
        # "in remarks to reporters" is an interview, not a speech at the event
        if any(c.lower_ in {"to", "with"} for c in preps):
            return False
        return any(
            c.dep_ == "poss" or c.lower_ in {"opening", "closing", "keynote", "video"} for c in t.children
        )

    def _role(self, t: Token, pred: Predicate) -> dict[str, str]:
        if pred == Predicate.SPONSORS and self._refers_to_list(t):
            return {"role": self._list_role}
        if pred == Predicate.SPONSORS:
            window = self.doc[max(0, t.i - 2) : t.i + 1].text.lower()
            for role in self.lex.sponsor_roles:
                if role in window:
                    return {
                        "role": self.doc[max(0, t.i - 2) : t.i + 1].text
                        if role not in {"partner", "sponsor"}
                        and not window.startswith(role)
                        and role[0].isupper()
                        else role
                    }
            return {"role": "sponsor"} if t.lemma_ == "sponsor" and t.pos_ == "NOUN" else {}
        if pred == Predicate.ORGANIZES:
            if t.lemma_.lower() in {"host", "co-host"}:
                return {"role": "host"}
            return {"role": "organiser"}
        if pred == Predicate.SPEAKS_AT and t.lemma_ in {"chair", "moderate", "preside"}:
            return {"role": "chair"}
        return {}

    def _refers_to_list(self, t: Token) -> bool:
        """'The other partners on the list': the noun points back at the list named before."""
        if not self._list_role:
            return False
        if t.pos_ == "VERB":
            # "X and Y are sponsoring the conference as well" right after the list
            near = 0 < self.s.tok_sent[t.i] - self._list_role_sent <= 2
            also = any(
                c.lower_ in {"also", "too"}
                or (c.lower_ == "well" and c.i > 0 and self.toks[c.i - 1].lower_ == "as")
                for c in t.children
            )
            return near and also
        if t.pos_ != "NOUN":
            return False
        if any(c.lower_ in {"other", "remaining", "rest"} for c in t.children):
            return True
        return any(
            c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "list" for g in c.children)
            for c in t.children
        )

    def _event_hit(
        self,
        t: Token,
        pred: Predicate,
        obj_side: bool,
        word: str,
        si: int,
        found_roles: list[tuple[Predicate, str]],
    ) -> None:
        all_nouns = _trigger_index(self.lex.event_triggers).nouns  # every trigger noun
        if (
            t.pos_ == "NOUN"
            and any(
                c.pos_ == "NOUN" and c.lemma_.lower() not in all_nouns and self.s.mention_at(c.i) is None
                for c in t.conjuncts
            )
            # "the official timekeeper and an official partner": two roles, each with its article;
            # "A, both sponsors, held dinners": a misread clause, no list joined by "and"
            and not all(any(d.dep_ == "det" for d in c.children) for c in (t, *t.conjuncts))
            and any(d.dep_ == "cc" for c in (t, *t.conjuncts) for d in c.children)
        ):
            return  # "customers, partners and developers": a list of kinds, not a role
        if t.pos_ == "NOUN" and t.dep_ == "dobj" and any(c.dep_ == "nummod" for c in t.children):
            return  # "expects more than 4,000 exhibitors": a count, not a role
        if (
            t.pos_ == "VERB"
            and any(
                c.dep_ == "dobj"
                and any(d.lower_ in {"a", "an"} for d in c.children)
                and c.lemma_.lower() not in self.lex.event_triggers["speaks_at"].nouns
                and c.lemma_.lower() not in {"talk", "presentation"}
                and (c.lower_ in self.lex.event_generic or c.lemma_.lower() in _OTHER_MEETINGS)
                for c in t.children
            )
            and pred == Predicate.SPEAKS_AT
            and t.lemma_.lower() not in {"moderate", "chair", "host", "lead"}
        ):
            return  # "told a press conference": another event ("moderated a session" is part of the edition)
        if (
            pred == Predicate.ORGANIZES
            and t.pos_ == "NOUN"
            and t.dep_ == "pobj"
            and t.head.lower_ in {"with", "to", "for", "by"}
            and not (t.head.lower_ == "to" and t.head.head.lower_ == "according")
        ):
            return  # "partnered with the organisers": someone else organizes
        sent_text = self.s.sent_texts[si].lower()
        if word == "in conversation with":
            # everyone named on the line (the parser may cut it after a quoted title)
            text = self.s.text
            start, _ = self.s.sent_text_span(si)
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", start)
            line_end = len(text) if line_end < 0 else line_end
            on_line = [
                m.key
                for m in self.s.mentions
                if m.label == "PERSON" and line_start <= m.start_char and m.end_char <= line_end
            ]
            for ed in self.ev.sent_editions[si]:
                for key in on_line:
                    self.add(key, Predicate.SPEAKS_AT, self.ed_id(ed), si, 0.8)
            return
        if (
            pred == Predicate.ATTENDS
            and re.search(r"\b(?:remotely|virtually|by video|online)\b", sent_text)
            and word in {"take part", "taking part", "takes part", "took part", "participate"}
        ):
            return
        titled: list[str] = []
        if t.pos_ in _NOUNS and t.dep_ == "compound":
            # "event organiser Alibaba Cloud said": the role noun titles the name it modifies
            # ("Organiser: X, a joint venture of A and B" parses the label as a proper noun)
            named = self.s.mention_at(t.head.i)
            if (
                named is not None
                and named.label == "ORG"
                and pred in {Predicate.ORGANIZES, Predicate.EXHIBITS_AT}
            ):
                titled = [named.key]  # not "hardware partners Dell": a company's partners, not the event's
            elif (
                named is not None
                and named.label == "ORG"
                and pred == Predicate.SPONSORS
                and any(
                    c.dep_ in {"compound", "amod"}
                    and (
                        edition_token(self, c)
                        or (
                            c.lower_ == "olympic"
                            and any("olymp" in self.ed_id(e) for e in self.ev.sent_editions[si])
                        )
                    )
                    for c in t.children
                )
            ):
                titled = [named.key]  # "World Cup sponsor Hisense", "Olympic partner Alibaba"
            elif pred == Predicate.ORGANIZES:
                return  # "the host country's start-up", "host city": a modifier, not the event's host
        if (
            pred == Predicate.ATTENDS
            and t.pos_ == "NOUN"
            and (self._audience(t) or t.lower_ == "appearances" or self._head_count(t))
        ):
            return  # "told attendees": the audience; "his appearances": a history, not one edition
        if pred == Predicate.ATTENDS and t.pos_ == "NOUN" and t.lower_ == "appearance" and t.dep_ != "dobj":
            return  # "made an appearance" (not "Altman's appearance came after", "its first appearance")
        if (
            pred == Predicate.ABSENT_FROM
            and t.pos_ == "VERB"
            and t.lemma_.lower() == "withdraw"
            and any(c.dep_ == "dobj" and not self._is_ref(c) for c in t.children)
        ):
            return  # "withdrew its phone from the show": the thing taken back, not the company
        if pred == Predicate.ABSENT_FROM and self._left_other(t, word):
            return  # "pulled out of the agreement days before the show": another thing left
        if (
            pred == Predicate.ORGANIZES
            and t.pos_ == "VERB"
            and t.lemma_.lower() in _EVENT_OBJECT_VERBS
            and not self._runs_event(t)
        ):
            return  # "runs until Friday", "staged a comeback": only running *the event* is organizing
        if (
            pred == Predicate.ATTENDS
            and word.startswith(("take part", "took part", "taking part", "takes part"))
            and (v := self.verbal_head(t)) is not None
            and any(
                c.dep_ == "prep"
                and c.lower_ == "in"
                and any(p.dep_ == "pobj" and p.lemma_.lower() in _EXHIBITION_NOUNS for p in c.children)
                for c in v.subtree
            )
        ):
            pred = Predicate.EXHIBITS_AT  # "took part in the forum's technology exhibition"
        if pred in _PRESENCE_PREDS and self._elsewhere(t, si):
            return  # "took the stage in Beijing to launch the car": not at a Barcelona edition
        if (
            pred == Predicate.EXHIBITS_AT
            and t.pos_ == "VERB"
            and any(c.dep_ == "nsubj" and self.ev.ref_tokens.get(c.i) for c in t.children)
        ):
            return  # "the company's annual conference showcased its tools": the edition shows, no exhibitor
        if pred == Predicate.EXHIBITS_AT and not self._exhibit_sense(t):
            return
        if pred == Predicate.SPONSORS and (not_event_sponsor(self, t) or self._partners_of_other(t)):
            return  # "partner booths", "A, Managing Partner, B" (presence.py), "a platform with 50 partners"
        if pred == Predicate.SPONSORS and t.lemma_.lower() in {"back", "backer"} and not self._backs_event(t):
            return  # "Moonshot's backers", "Alibaba backed Moonshot": investors, not an event's sponsors
        if word.endswith(("held by", "heard from", "presented by")) and not self._phrase_on_event(
            t, si, word
        ):
            return  # "a stake held by Tencent": only an edition is held by its organizer
        if word == "on the sidelines of" and (
            (v := self.verbal_head(t)) is None
            or v.lemma_.lower() not in {"meet", "hold", "sign", "talk", "say", "tell", "speak"}
        ):
            return
        if (
            pred == Predicate.ORGANIZES
            and t.pos_ == "NOUN"
            and word == t.lower_
            and word in self.lex.event_triggers["organizes"].nouns
            and t.dep_ not in {"compound", "appos"}
            and (v := self.verbal_head(t)) is not None
            and v.lemma_.lower() not in _COPULAS
            and any(c.dep_ == "dobj" for c in v.children)
            and self.in_subject(t, v)
        ):
            return  # "the organisers signed A and B as partners": whom the organisers act on
        members = self._members(t) or self._colon_list(t, word, si)
        # "the organiser announced the first batch of partners": who names sponsors is none of them
        # (unless the names follow a colon: "announced its partners: A and B")
        after = self.toks[t.i + 1].text if t.i + 1 < len(self.toks) else ""
        if pred == Predicate.SPONSORS and not members and _named_role(t) and after not in {":", "—", "–"}:
            return
        agents, conf = members or self.agents(t, object_side=obj_side)
        if (
            not members
            and pred in {Predicate.ORGANIZES, Predicate.SPONSORS}
            and t.pos_ == "NOUN"
            and t.dep_ == "appos"
            and (named := self.s.mention_at(t.head.i)) is not None
            and named.label == "ORG"
            and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(self._is_ref(p) for p in c.children)
                for c in t.children
            )
        ):
            agents, conf = [named.key], 0.8  # "The GSMA, the organiser of MWC, said ..."
        if pred == Predicate.SPONSORS and (roster := sponsor_agents(self, t)) is not None:
            agents = roster  # "one of the IOC's partners", "A and B, both sponsors" (presence.py)
        agents = self._wording_agents(t, pred, word, si, titled or agents)
        if pred in {Predicate.EXHIBITS_AT, Predicate.ATTENDS}:
            agents = self._fellow_participants(t, agents)
        if (
            pred == Predicate.EXHIBITS_AT
            and t.pos_ == "NOUN"
            and t.lemma_.lower() in {"booth", "stand", "pavilion", "stall"}
        ):
            # "At the Volkswagen stand at the show, visitors queued": the company the stand is named for
            brand = [c for c in t.children if c.dep_ == "compound" and self.s.mention_at(c.i) is not None]
            before = self.s.mention_at(t.i - 1) if t.i > 0 else None
            if (
                not brand
                and before is not None
                and before.label == "ORG"
                and self.toks[t.i - 1].pos_ == "PROPN"
            ):
                brand = [self.toks[t.i - 1]]  # the parser may take the name for the phrase's object
            agents = [k for k in self.keys(brand) if self.kind(k) == "ORG"] or agents
        if pred in {Predicate.ORGANIZES, Predicate.SPONSORS, Predicate.ATTENDS}:
            # not "A, a joint venture of B and C", not "A, chief executive of B" (presence.py)
            agents = undescribed(self, t, si, agents, titles=pred == Predicate.ATTENDS)
        # "had no part in" denies; the "no" of an absence phrase ("no sign of", "no-shows") is its meaning
        if pred == Predicate.ABSENT_FROM and word.startswith("no"):
            neg = self._no_subject(t)
        else:
            neg = self._own_clause_negated(t) or " no " in f" {word} " or self._no_subject(t)
        if (
            pred in _PRESENCE_PREDS
            and t.pos_ == "VERB"
            and t.dep_ == "acl"
            and (
                (
                    t.head.lemma_.lower() in {"plan", "intention", "decision"}
                    and t.head.head.lemma_.lower() in _CANCEL_VERBS
                )
                # "declined an invitation to attend", "turned down an offer to speak"
                or (t.head.lemma_.lower() in {"invitation", "offer", "request"} and _refusal(t.head.head))
            )
        ):
            neg = True  # "had cancelled their plans to attend", "scrapped plans to exhibit"
        if (
            pred == Predicate.SPONSORS
            and t.pos_ in _NOUNS
            and (lv := self.verbal_head(t)) is not None
            and lv.lemma_.lower() == "lose"
            and not self.in_subject(t, lv)
        ):
            neg = True  # "the show has lost two of its biggest sponsors: A and B"
        if pred == Predicate.SPEAKS_AT and t.pos_ in _NOUNS:
            # "was dropped from the speaker line-up", "withdrew from the panel", "pulled out of her
            # keynote", "the keynote by A was cancelled": no talk
            n = t.head if t.dep_ == "compound" else t
            if n.dep_ == "pobj" and n.head.lower_ in {"from", "of"}:
                v = self.verbal_head(n)
                if v is not None and v.lemma_.lower() in _DROP_VERBS | _CANCEL_VERBS:
                    neg = True
            elif n.dep_ in {"nsubjpass", "dobj"} and n.head.lemma_.lower() in _CANCEL_VERBS | _CALL_OFF_VERBS:
                neg = not self.negated(n.head)
        if pred in _PRESENCE_PREDS and not neg and _plan_fell_through(t):
            return  # "had been scheduled to give the keynote": a plan the story goes on to drop
        if pred == Predicate.ABSENT_FROM:
            if neg:
                return
            pred, neg = Predicate.ATTENDS, True
        if pred == Predicate.ATTENDS and word in {"in person"} and not agents:
            return
        # a host that is a place is where the edition is held
        eds = self.event_refs_in_clause(t, si)
        if self.ev.default is not None and any(
            c.dep_ == "poss" and c.lower_ == "year" and any(d.lower_ == "this" for d in c.children)
            for n in (t, t.head)
            for c in n.children
        ):
            eds = [self.ev.default]  # "was not on this year's speaker list": the story's own edition
        elif self.ev.default is not None and _this_year(t):
            # "A, which exhibited at the 2019 show, does not have a stand this year": the story's edition
            eds = [self.ev.default]
        quals = self._role(t, pred)
        if pred == Predicate.ORGANIZES and not obj_side:
            # "hosted by the city of Wuzhen" is where it is held; "co-hosted by South Korea" is not
            places = [
                k
                for k in agents
                if self.kind(k) == "GPE"
                and all(p.kind.value == "city" for p in self.s.kb.places if p.id == k)
            ]
            for ed in eds:
                for k in places:
                    self.add(self.ed_id(ed), Predicate.HELD_IN, k, si, 0.8)
        if pred == Predicate.EXHIBITS_AT and t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ == "at":
            # "chairman Lei Jun was at the stand": a person at a booth is at the edition
            for ed in eds:
                for k in agents:
                    if self.kind(k) == "PERSON":
                        self.add(k, Predicate.ATTENDS, self.ed_id(ed), si, 0.7, negated=neg)
        if (
            pred == Predicate.ORGANIZES
            and t.pos_ == "VERB"
            and t.dep_ == "acl"
            and t.head.pos_ == "PROPN"
            and t.head.dep_ not in {"attr", "appos"}
            and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.head.children)
            and not self._is_ref_name(t.head)
            # "the show at the Las Vegas Convention Center, organised by ...": nobody organises a venue
            and not (
                t.head.lower_ in _VENUE_HEADS and t.head.dep_ == "pobj" and t.head.head.lower_ in {"at", "in"}
            )
        ):
            return  # "Alongside it, the Digital Economy Forum, organized by Xinhua": another meeting
        if pred == Predicate.ORGANIZES and t.pos_ == "VERB" and hosts_side_part(self, t):
            return  # "hosted a pavilion at the fair", "a side event at the summit" (presence.py)
        if pred == Predicate.ORGANIZES and t.pos_ == "VERB" and self._hosts_session(t):
            # "Satya Nadella hosted a panel": a person chairing part of the edition
            for ed in eds:
                for k in agents:
                    if self.kind(k) == "PERSON":
                        self.add(
                            k, Predicate.SPEAKS_AT, self.ed_id(ed), si, 0.75, qualifiers={"role": "chair"}
                        )
            return  # hosting a session of the edition is not organizing the edition
        if pred == Predicate.SPEAKS_AT and t.pos_ == "VERB" and self._told_press(t):
            return  # "spoke to reporters", "speaking in an interview with Bloomberg": no talk at the edition
        if (
            pred == Predicate.SPEAKS_AT
            and t.pos_ in _NOUNS
            and t.dep_ == "pobj"
            and t.head.lower_ in {"after", "before", "following", "since", "ahead"}
            and not any(
                c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in {"by", "from"}) for c in t.children
            )
        ):
            return  # "spoke to reporters after the keynote": a talk the subject heard, not gave
        if pred == Predicate.SPEAKS_AT and self._chairs_body(t):
            return  # "the think tank chaired by A", "the steering committee's chair": no session chaired
        kinds = {"ORG", "PERSON"}
        if pred == Predicate.SPEAKS_AT:
            v = t if t.pos_ in VERBAL_TAGS else self.verbal_head(t)
            if v is not None:
                # "shared the stage with Jack Ma", "on a panel with Lisa Su": the partner spoke too
                with_pp = [
                    p
                    for c in v.subtree
                    if c.dep_ == "prep"
                    and c.lower_ in {"with", "alongside"}
                    and (vh := self.verbal_head(c)) is not None
                    and vh.i == v.i
                    for p in c.children
                ]
                agents = agents + [k for k in self.keys(with_pp) if self.kind(k) == "PERSON"]
                if v.lemma_.lower() in _STAGE_PARTNER_VERBS:
                    # "Musk debated Jack Ma on stage": the other side spoke too
                    objs = [c for c in v.children if c.dep_ == "dobj"]
                    agents = agents + [k for k in self.keys(objs) if self.kind(k) == "PERSON"]
        targets = [k for k in agents if self.kind(k) in kinds]
        if (
            not targets
            and t.pos_ in {"NOUN", "PROPN"}
            and pred in {Predicate.SPONSORS, Predicate.EXHIBITS_AT, Predicate.ORGANIZES}
        ):
            # a list the next sentence may name: a plural role noun or a heading ('Organiser'), not
            # 'The theme suits the host.'
            if t.tag_ in {"NNS", "NNPS"} or self._heading(si):
                found_roles.append((pred, "?" + quals.get("role", "")))
            return
        if targets:
            found_roles.append((pred, quals.get("role", "")))
        for ed in eds:
            for k in targets:
                if not neg and self._said_absent(k, si):
                    # "foreign exhibitors were fewer, with Intel and Siemens absent"
                    self.add(k, Predicate.ABSENT_FROM, self.ed_id(ed), si, conf)
                    continue
                self.add(k, pred, self.ed_id(ed), si, conf, negated=neg, qualifiers=quals)

    def _told_press(self, verb: Token) -> bool:
        """'told reporters', 'told Reuters', 'told the Global Times': the hearer is the press or
        another organization, not the edition's audience."""
        if verb.lemma_.lower() not in {"tell", "say", "speak", "talk"}:
            return False
        hearers = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
        hearers += [
            p
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in {"to", "with"}
            for p in c.children
            if p.dep_ == "pobj"
        ]
        # "speaking in an interview", "said in a statement"
        hearers += [
            p
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "in"
            for p in c.children
            if p.dep_ == "pobj" and p.lemma_.lower() in {"interview", "statement"}
        ]
        for h in hearers:
            m = self.s.mention_at(h.i)
            if self.ev.ref_tokens.get(h.i) or (m is not None and m.label == "EVENT"):
                return False
            low = h.lemma_.lower()
            if low in _PRESS_NOUNS | {"interview", "statement"} or (m is not None and m.label == "ORG"):
                return True
            if low in {"conference", "briefing"} and any(c.lower_ in _OWN_MEETINGS for c in h.children):
                return True  # "told a news conference at the show"
        return False

    def _chairs_body(self, t: Token) -> bool:
        """'A, chaired by B', 'B chairs the steering committee', 'committee chair B': the chair of an
        organization or a standing body, not of a session of the edition."""
        low = t.lemma_.lower()
        if low not in {"chair", "co-chair", "preside"}:
            return False
        if t.pos_ in VERBAL_TAGS:
            chaired = [t.head] if t.dep_ == "acl" else []
            chaired += [c for c in t.children if c.dep_ == "dobj"]
            chaired += [p for c in t.children if c.dep_ == "prep" and c.lower_ == "over" for p in c.children]
        else:
            chaired = [c for c in t.children if c.dep_ == "compound"]
            chaired += [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
        for c in chaired:
            m = self.s.mention_at(c.i)
            if self.ev.ref_tokens.get(c.i) or (m is not None and m.label == "EVENT"):
                return False
            if (m is not None and m.label == "ORG") or c.lemma_.lower() in _STANDING_BODIES:
                return True
            if m is None and self.is_org_noun(c):
                return True
        return False

    def _fellow_participants(self, t: Token, agents: list[str]) -> list[str]:
        """Participants the parse leaves off a presence trigger: 'the stands of A, B and C', 'A exhibited
        alongside B and C', 'A is exhibiting, as are B and C' ('as has C'), and the names right before a
        verb the parser cut from its subject ('A and B are both exhibiting')."""
        found = list(agents)
        if t.pos_ in _NOUNS and t.lemma_.lower() in {"stand", "booth", "pavilion", "stall"}:
            # "stopped at the stands of A, B and C", "At the stand of A, a Dalian start-up"
            of = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
            found += [k for k in self.keys(of) if self.kind(k) == "ORG"]
        if not found and t.pos_ == "VERB":
            found = self._names_before(t)
        v = t if t.pos_ in VERBAL_TAGS else self.verbal_head(t)
        if v is not None and found:
            for c in v.subtree:
                if (
                    c.dep_ == "prep"
                    and c.lower_ == "alongside"
                    and (c.head.i == v.i or self._is_ref(c.head))
                    and (vh := self.verbal_head(c)) is not None
                    and vh.i == v.i
                ):
                    # "exhibited alongside B", "took stands at the show alongside B"
                    found += [k for k in self.keys(c.children) if self.kind(k) in {"ORG", "PERSON"}]
                    continue
                if c.head.i != v.i:
                    continue
                if c.dep_ == "prep" and c.lower_ == "alongside":
                    found += [k for k in self.keys(c.children) if self.kind(k) in {"ORG", "PERSON"}]
                elif (
                    c.dep_ == "advcl"
                    and c.lemma_ in {"be", "do", "have"}
                    and any(d.dep_ == "mark" and d.lower_ == "as" for d in c.children)
                ):
                    subj = [d for d in c.children if d.dep_ in SUBJECT_DEPS]
                    found += [k for k in self.keys(subj) if self.kind(k) in {"ORG", "PERSON"}]
        if v is not None and found and v.dep_ in {"acl", "relcl"}:
            found += self._alongside_described(v)
        return list(dict.fromkeys(found))

    def _alongside_described(self, v: Token) -> list[str]:
        """'A and B are among the brands exhibiting, alongside C': the 'alongside' of the noun that a
        presence participle or relative clause describes names another participant."""
        noun = v.head
        heads = [noun]
        if noun.dep_ == "pobj" and noun.head.lower_ == "among":
            heads.append(noun.head.head)  # "are among the makers exhibiting, alongside C": the copula's
        return [
            k
            for h in heads
            for c in h.children
            if c.dep_ == "prep" and c.lower_ == "alongside" and c.i > noun.i
            for k in self.keys(list(c.children))
            if self.kind(k) in {"ORG", "PERSON"}
        ]

    def _names_before(self, t: Token) -> list[str]:
        """'Huawei and ZTE are both exhibiting', 'Renault and Smart do not have stands': a run of
        organization names that opens the clause and reaches the verb through auxiliaries only."""
        glue = {",", "and", "both", "all", "also", "still", "not", "n't", "never", "again"}
        k, names = t.i - 1, []
        sent_start = t.sent.start
        while k >= sent_start:
            tok = self.toks[k]
            m = self.s.mention_at(k)
            if m is not None:
                if m.label != "ORG":
                    return []
                names.append(m.key)
                k = m.start - 1
                continue
            if tok.lower_ in glue or tok.pos_ == "AUX":
                k -= 1
                continue
            break
        opens = k < sent_start or self.toks[k].text in {";", ":"} or self.toks[k].lower_ in {"while", "but"}
        return names[::-1] if names and opens else []

    def _said_absent(self, key: str, si: int) -> bool:
        """The sentence says this participant was absent: 'with A and B absent', 'A was missing'."""
        for m in self.s.sent_mentions(si):
            if m.key != key:
                continue
            k = m.end
            while k < self.s.sents[si].end:
                other = self.s.mention_at(k)
                if other is not None:
                    k = other.end
                elif self.toks[k].lower_ in {",", "and", "or", "both", "all", "were", "was", "are", "is"}:
                    k += 1
                else:
                    break
            if k < self.s.sents[si].end and self.toks[k].lower_ in {"absent", "missing"}:
                return True
        return False

    def _wording_agents(self, t: Token, pred: Predicate, word: str, si: int, agents: list[str]) -> list[str]:
        """Who a trigger is about where the wording, not the parse, says it (inversions, phrases)."""
        if t.dep_ == "prep" and t.pos_ == "ADP":
            # "Cook and Su in the audience": the phrase describes the noun or clause it hangs on
            h = t.head
            agents = self.subjects(h) if h.pos_ in VERBAL_TAGS else self.keys_in(h)
        if word in {"under the auspices of", "no sign of"} or word.endswith(
            (" by", "heard from", "hears from")
        ):
            agents = self._phrase_objects(t, word, si)
        if pred == Predicate.SPEAKS_AT and t.pos_ == "NOUN":
            # "a panel featuring A and B", "a session with A and B"
            feat = [
                p
                for c in t.children
                if c.dep_ == "acl" and c.lemma_.lower() in {"feature", "include"}
                for p in c.children
                if p.dep_ == "dobj"
            ]
            agents = [k for k in self.keys(feat) if self.kind(k) == "PERSON"] or agents
        if not agents and t.pos_ == "VERB" and t.dep_ in {"acl", "pcomp"}:
            # "has no plans to attend", "accepted an invitation to speak", "no intention of exhibiting"
            plan = t.head.head if t.dep_ == "pcomp" and t.head.lower_ == "of" else t.head
            if plan.lemma_.lower() in {"plan", "intention", "intent", "invitation", "offer"} and (
                (pv := self.verbal_head(plan)) is not None
            ):
                agents = self.subjects(pv)
        if pred == Predicate.ABSENT_FROM and t.pos_ == "NOUN" and t.lemma_.lower() == "absence":
            # "the absence of Nvidia", "Nvidia's absence"; not "Nvidia noted the absence of new chips"
            of = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
            poss = [c for c in t.children if c.dep_ == "poss"]
            if of or poss:
                agents = [k for k in self.keys(of + poss) if self.kind(k) in {"ORG", "PERSON"}]
        inverted = self._inverted_names(t)
        if inverted:
            agents = inverted  # "Also attending the forum were A and B", "Absent from the fair were A and B"
        if not agents and pred in {Predicate.ATTENDS, Predicate.EXHIBITS_AT, Predicate.ABSENT_FROM}:
            v = t if t.pos_ in VERBAL_TAGS else self.verbal_head(t)
            if v is not None:
                # "Hundreds of start-ups take part, among them A and B": the names after the clause, or
                # inside its subject ("Twenty European firms, among them A and B, took part")
                sent = v.sent
                subj = [c for c in v.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "NOUN"]
                first = subj[0].i if subj else v.i + 1
                for k in range(first, sent.end - 2):
                    if (
                        self.toks[k].text == ","
                        and self.toks[k + 1].lower_ == "among"
                        and self.toks[k + 2].lower_ in {"them", "whom", "those"}
                    ):
                        agents = [
                            key
                            for key in self._by_list(k + 3, sent.end)
                            if self.kind(key) in {"ORG", "PERSON"}
                        ]
                        break
        if (
            pred == Predicate.ORGANIZES
            and t.pos_ == "NOUN"
            and any(
                (c.dep_ == "poss" and (c.lower_ in {"its", "their"} or self._is_ref(c)))
                or (c.dep_ == "prep" and c.lower_ == "of" and any(self._is_ref(p) for p in c.children))
                for c in t.children
            )
        ):
            # "Its organiser, the Taipei Computer Association, said": the name in apposition
            in_appos = [c for c in t.children if c.dep_ == "appos"]
            agents = [k for k in self.keys(in_appos) if self.kind(k) == "ORG"] or agents
        if word == "on the sidelines of" and (v := self.verbal_head(t)) is not None:
            # "X met Y on the sidelines of the forum": both were there
            met = self.keys([c for c in v.children if c.dep_ == "dobj"]) if v.lemma_.lower() == "meet" else []
            agents = self.subjects(v) + met
        if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ == "among" and t.head.head.lemma_ == "be":
            # "Among the exhibitors were A and B"
            agents = self.keys([c for c in t.head.head.children if c.dep_ in {"nsubj", "attr"}]) or agents
        if (
            pred == Predicate.SPEAKS_AT
            and t.pos_ == "NOUN"
            and t.dep_ == "nsubjpass"
            and t.head.lemma_.lower() in {"deliver", "give", "make", "present"}
        ):
            # "The keynote was delivered by Eddie Wu"
            by = [p for c in t.head.children if c.dep_ == "agent" for p in c.children]
            agents = self.keys(by) or agents
        if (
            pred == Predicate.SPEAKS_AT
            and t.pos_ == "NOUN"
            and t.lower_ in {"speech", "address", "keynote", "talk"}
        ):
            # "followed by a speech from Geoffrey Hinton", "a keynote by Lisa Su"
            frm = [
                p for c in t.children if c.dep_ == "prep" and c.lower_ in {"from", "by"} for p in c.children
            ]
            agents = [k for k in self.keys(frm) if self.kind(k) == "PERSON"] or agents
        if t.pos_ == "NOUN" and t.lower_ in {"stand", "booth", "pavilion"} and t.head.lemma_ == "belong":
            # "The most watched stand belongs to Huawei"
            to = [p for c in t.head.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children]
            agents = self.keys(to) or agents
        by_agent = [c for c in t.children if c.dep_ == "agent"] if t.pos_ == "VERB" else []
        if pred in {Predicate.ORGANIZES, Predicate.SPONSORS} and by_agent:
            # "Organised by the X Council (XC) and the Y Association (YA)": the whole list after 'by'
            sent_end = self.s.sents[si].end
            agents = list(dict.fromkeys(agents + self._by_list(by_agent[0].i + 1, sent_end)))
        if pred == Predicate.ORGANIZES and t.pos_ == "VERB" and _split_co(self.toks, t):
            # "Koelnmesse, which co-organises Gamescom": the tokenizer splits the verb, the parse is lost
            agents = self._split_co_subject(t) or agents
        if (
            pred == Predicate.ORGANIZES
            and t.pos_ == "VERB"
            and t.dep_ == "relcl"
            and not any(self.kind(k) == "ORG" for k in agents)
        ):
            # "Jeff Burnstein, president of the A3, which runs the show": the parser hung the clause on
            # the person; 'which' is about the organization right before it
            agents = self._relative_antecedent(t) or agents
        if pred == Predicate.ORGANIZES and t.pos_ == "VERB" and agents:
            # "organises the event together with A and B", "staged by A together with B"
            agents = list(dict.fromkeys(agents + self._co_organisers(t)))
        if word.endswith(" were"):
            # "Also present were A and B": the names follow the copula as subject or attribute
            cop = t if t.lemma_ == "be" else self.verbal_head(t)
            if cop is not None:
                agents = self.keys([c for c in cop.children if c.dep_ in {"nsubj", "attr"}])
        up, hops = t, 0
        while up.dep_ in {"xcomp", "acl", "relcl", "ccomp"} and up.pos_ in VERBAL_TAGS and hops < 3:
            up, hops = up.head, hops + 1
        if (
            hops
            and up.pos_ == "NOUN"
            and up.dep_ == "pobj"
            and up.head.lower_ == "among"
            and up.head.head.lemma_ == "be"
        ):
            # "A, B and C are among the leaders expected to take part": the copula's subjects
            agents = self.subjects(up.head.head) or agents
        if not agents and t.dep_ == "acl" and (t.head.lower_ == "those" or self.is_org_noun(t.head)):
            # "Among those attending were X and Y", "Among the start-ups exhibiting were X and Y"
            n = t.head
            cop = n.head.head if n.head.lower_ == "among" else None
            if cop is not None and cop.lemma_ == "be":
                agents = self.subjects(cop)
            elif n.dep_ == "nsubj" and n.head.lemma_ in {"include", "be"}:
                # "Companies exhibiting this year include X and Y"
                agents = self.keys([c for c in n.head.children if c.dep_ in {"dobj", "attr"}])
        if (
            not agents
            and t.pos_ == "VERB"
            and t.dep_ == "nsubj"
            and t.head.lemma_ in {"include", "be"}
            and any(c.dep_ == "compound" and self.is_org_noun(c) for c in t.children)
        ):
            # "Start-ups exhibiting this year include X and Y": the parse makes the participle the head
            agents = self.keys([c for c in t.head.children if c.dep_ in {"dobj", "attr"}])
        if (
            t.pos_ == "VERB"
            and t.i >= 3
            and self.toks[t.i - 1].lower_ == "to"
            and self.toks[t.i - 2].lower_ in {"due", "set", "scheduled", "expected", "slated"}
            and (named := self.s.mention_at(t.i - 3)) is not None
            and named.label in {"PERSON", "ORG"}
        ):
            # "... and Elon Musk due to speak by video link": the name right before, whatever the parse
            agents = [named.key]
        if (
            not agents
            and t.pos_ == "VERB"
            and t.dep_ in {"relcl", "acl"}
            and t.head.dep_ in {"attr", "acomp"}
            and t.head.head.lemma_ == "be"
            and t.head.lower_ in {"first", "last", "latest", "next", "second", "third", "only", "one"}
        ):
            # "A and B were the first to withdraw", "C was the latest to pull out"
            agents = self.subjects(t.head.head)
        if pred != Predicate.SPEAKS_AT and (own := self._his_company(t, si)) is not None:
            agents = [own]
        if t.pos_ == "NOUN" and pred != Predicate.SPEAKS_AT:
            # "a Baidu delegation", "the Acer pavilion": the organization named on the noun
            on_noun = [k for c in t.children if c.dep_ == "compound" for k in self.resolve(c)]
            agents = list(dict.fromkeys([k for k in on_noun if self.kind(k) == "ORG"] + agents))
        cut = APPOSITION_OF.search(self.s.sent_texts[si])
        if cut is not None and len(agents) > 1:
            # "Organiser: IFA Management GmbH, a joint venture of gfu and Clarion Events": names inside
            # the apposition describe the first one
            limit = self.s.sents[si].start_char + cut.start()
            # the apposition ends at its next comma: "by A, a subsidiary of B, together with C" lists C
            close = self.s.sent_texts[si].find(",", cut.end())
            resume = (
                self.s.sents[si].start_char + close if close >= 0 and pred == Predicate.ORGANIZES else None
            )
            before = {
                m.key
                for m in self.s.mentions
                if m.sent == si and (m.end_char <= limit or (resume is not None and m.start_char > resume))
            }
            if t.idx < limit and any(k in before for k in agents):
                agents = [k for k in agents if k in before]
        # "exhibitors took part, according to the IMDA": the source of a figure is no participant
        if pred == Predicate.ORGANIZES:
            return agents
        return [
            k
            for k in agents
            if not any(
                m.key == k
                and (r := self.s.mention_root(m)).head.lower_ == "to"
                and r.head.head.lower_ == "according"
                for m in self.s.sent_mentions(si, self.kind(k))
            )
        ]

    def _co_organisers(self, v: Token) -> list[str]:
        """The organizations an organizing verb's clause joins to its organizer: 'together with A and B',
        'jointly with A', and a plain 'with A' after a co- verb ('co-organises the show with A')."""
        co = v.lemma_.lower().startswith("co-") or _split_co(self.toks, v)
        # "organises the show with the Taipei Computer Association": a plain 'with' on a verb whose
        # object is the edition joins the organizations it names itself (not "with support from X")
        runs = any(c.dep_ == "dobj" and self._is_ref_name(c) for c in v.children)
        keys: list[str] = []
        for w in v.subtree:
            if (
                w.lower_ == "behalf"
                and w.head.lower_ == "on"
                and (vh := self.verbal_head(w)) is not None
                and vh.i == v.i
            ):
                # "organised by Messe Berlin on behalf of gfu": the association it runs the show for
                of = [p for c in w.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
                keys += [k for k in self.keys(of) if self.kind(k) == "ORG"]
                continue
            if w.lower_ != "with" or w.dep_ != "prep" or (vh := self.verbal_head(w)) is None or vh.i != v.i:
                continue
            if not (co or (w.i > 0 and self.toks[w.i - 1].lower_ in {"together", "jointly", "along"})):
                if runs:
                    keys += [k for k in self._with_names(w) if self.kind(k) == "ORG"]
                continue
            # every organization in the phrase that no clause of its own takes ("Tahaluf, a company
            # owned by Informa": not Informa), however the parser nested a long name
            for m in self.s.sent_mentions(self.s.tok_sent[w.i], "ORG"):
                root = self.s.mention_root(m)
                if (
                    w.left_edge.i <= m.start
                    and m.end - 1 <= w.right_edge.i
                    and self.verbal_head(root) == v
                    and not self._noun_modifier_name(m)
                ):
                    keys.append(m.key)
        return list(dict.fromkeys(keys))

    def _partners_of_other(self, t: Token) -> bool:
        """'introduced Apollo as an open platform with 50 partners, among them A and B': the partners a
        common noun other than the edition has (a platform, an alliance), not the edition's."""
        if t.pos_ != "NOUN" or t.dep_ != "pobj" or t.head.lower_ != "with":
            return False
        n = t.head.head
        return n.pos_ == "NOUN" and not self._is_ref(n) and n.lemma_.lower() not in _ROSTER_NOUNS

    def _noun_modifier_name(self, m: Mention) -> bool:
        """The name only describes a common noun: 'the China Mobile-founded operator alliance', 'the ten
        ASEAN member states' (not 'the Samsung Research unit', whose unit is the name's body)."""
        if m.end < len(self.toks) and self.toks[m.end].text == "-" and not self.toks[m.end - 1].whitespace_:
            return True
        root = self.s.mention_root(m)
        return root.dep_ == "compound" and root.head.tag_ == "NNS" and self.s.mention_at(root.head.i) is None

    def _with_names(self, w: Token) -> list[str]:
        """The names a 'with' takes as its own object: 'with the Taipei Computer Association', 'with the
        media group Les Echos', 'with A and B'; not 'with support from A'."""
        objs = [p for p in w.children if p.dep_ == "pobj"]
        named = [c for p in objs for c in (p, *p.children) if c.dep_ in {"pobj", "appos"}]
        return self.keys(named)

    def _split_co_subject(self, v: Token) -> list[str]:
        """Who a split co- verb's clause is about: the organization before 'which'/'that' ('Koelnmesse,
        which co-organises', 'Publicis Groupe, the advertising company that co-organises'), or the one
        right before the verb ('the GSMA co-hosts')."""
        k = v.i - 3  # the token before "co - VERB"
        if k < 0 or not any(c.dep_ == "dobj" and self._is_ref(c) for c in v.children):
            return []  # "co-organises a training scheme": only the edition as object
        pron = self.toks[k]
        if pron.lower_ in {"which", "that"}:
            k -= 1
            noun = self.toks[k] if k >= 0 else pron
            if noun.dep_ == "appos" and noun.pos_ == "NOUN":
                k = noun.left_edge.i - 1  # "Publicis Groupe, the advertising company that ..."
            if k >= 0 and self.toks[k].text == ",":
                k -= 1
        if k >= 0 and self.toks[k].text == ")":
            k -= 1  # "the Taiwan External Trade Development Council (TAITRA), which ..."
            while k >= 0 and self.toks[k].text != "(":
                k -= 1
            k -= 1
        m = self.s.mention_at(k) if k >= 0 else None
        return [m.key] if m is not None and m.label == "ORG" else []

    def _his_company(self, t: Token, si: int) -> str | None:
        """'China Telecom chairman Ke Ruiwen said his company would exhibit': the speaker's employer,
        the organization named before him in the sentence."""
        v = t if t.pos_ in VERBAL_TAGS else self.verbal_head(t)
        subj = [c for c in v.children if c.dep_ in SUBJECT_DEPS] if v is not None else []
        if not subj or subj[0].lemma_.lower() not in {"company", "firm", "group", "employer", "business"}:
            return None
        if not any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in subj[0].children):
            return None
        before = [m for m in self.s.sent_mentions(si, "ORG") if m.end <= subj[0].i]
        return before[-1].key if before else None

    def _phrase_objects(self, t: Token, word: str, si: int) -> list[str]:
        """'under the auspices of X', 'Co-hosted by X' (a split hyphen leaves no verb to follow)."""
        sent = self.s.sents[si]
        at = sent.start_char + self.s.sent_texts[si].lower().find(word)
        span = self.doc.char_span(at, at + len(word), alignment_mode="expand")
        last = span[-1] if span is not None else t
        objs = [p for p in last.children if p.dep_ == "pobj"]
        # "... by two ministries together with the GSMA", wherever the parser hung the 'with'
        near = {last.i, last.head.i, *(p.i for p in objs)}
        objs += [
            p
            for w in sent
            if w.lower_ == "with"
            and w.head.i in near
            and w.i > 0
            and self.toks[w.i - 1].lower_ in {"together", "along"}
            for p in w.children
            if p.dep_ == "pobj"
        ]
        keys = list(dict.fromkeys(self.keys(objs) + flat_phrase_orgs(self, objs)))
        if word.endswith(" by") and span is not None:
            keys = list(dict.fromkeys(keys + self._by_list(span.end, sent.end)))
        return keys

    def _by_list(self, start: int, end: int) -> list[str]:
        """'organised by the Taiwan External Trade Development Council (TAITRA) and the Taipei Computer
        Association (TCA)', 'by French advertising group Publicis Groupe and media group Les Echos':
        every organization of the coordinated list after 'by', whatever the parse, up to a verb."""
        out: list[str] = []
        k = start
        while k < end:
            m = self.s.mention_at(k)
            if m is not None:
                if m.label == "ORG" and not self._noun_modifier_name(m):
                    out.append(m.key)
                k = max(m.end, k + 1)
                continue
            t = self.toks[k]
            if t.text == "," and k + 1 < end and self.toks[k + 1].lower_ in {"with", "while", "alongside"}:
                break  # "by A, with B among its partners": B has another role
            if (
                t.pos_ in VERBAL_TAGS
                or t.text in {".", ";", ":"}
                or not (t.is_lower or t.is_punct or t.text.isupper() or t.lower_ in {"and", "&"})
            ):
                break
            k += 1
        return out

    def _members(self, t: Token) -> tuple[list[str], float] | None:
        """'exhibitors such as A and B', 'speakers including C': the named members of a role noun."""

        def listing(c: Token) -> bool:
            return c.dep_ == "prep" and (
                c.lower_ in {"including", "like", "such"} or any(d.lower_ == "such" for d in c.children)
            )

        if t.pos_ == "VERB":
            # "1,500 companies are exhibiting at the show, including Asus": the parser may hang the
            # list on any noun of the clause; it names the subject's members when that is a kind noun
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            if (
                not subj
                or not (self.is_org_noun(subj[0]) or self._listed_subject(subj[0]))
                or self.s.mention_at(subj[0].i) is not None
            ):
                return None
            preps = [
                c
                for c in t.subtree
                if listing(c) and (h := self.verbal_head(c.head)) is not None and h.i == t.i
            ]
            ks = [k for k in self.keys([p for c in preps for p in c.children if p.dep_ == "pobj"])]
            ks = [k for k in ks if self.kind(k) == "ORG"]
            return (ks, 0.8) if ks else None
        if t.pos_ != "NOUN":
            return None
        preps = [c for c in t.children if listing(c)]
        ks = self.keys([p for c in preps for p in c.subtree if p.dep_ == "pobj"])
        if not ks:
            ks = (
                self._among_them(t)
                or self._roster_clause(t)
                or self._among_role(t)
                or self._dash_list(t)
                or self._role_apposition(t)
            )
        return (ks, 0.85) if ks else None

    def _role_apposition(self, t: Token) -> list[str]:
        """'according to its organisers, A and B', 'on behalf of its hosts, A and B.': the names in
        apposition to a plural role noun with a possessor, when they close the sentence."""
        if t.tag_ != "NNS" or not any(c.dep_ == "poss" for c in t.children) or t.dep_ not in {"pobj", "dobj"}:
            return []
        k, end = t.i + 1, t.sent.end
        while end > k and self.toks[end - 1].is_space:
            end -= 1
        if k + 1 >= end or self.toks[k].text != ",":
            return []
        out: list[str] = []
        k += 1
        while k < end:
            m = self.s.mention_at(k)
            if m is not None:
                if m.label == "PERSON":
                    return []
                if m.label == "ORG":
                    out.append(m.key)
                k = max(m.end, k + 1)
                continue
            tok = self.toks[k]
            if tok.text in {".", "!"} and k == end - 1:
                break
            # "the Guangdong provincial government": lower-case words of a body's description
            if tok.pos_ in VERBAL_TAGS or not (
                tok.lower_ in {",", "and", "(", ")", "&"} or tok.is_lower or (tok.is_upper and tok.is_alpha)
            ):
                return []
            k += 1
        return list(dict.fromkeys(out))

    def _dash_list(self, t: Token) -> list[str]:
        """'the members of its sponsorship programme - A, B and C - were quiet': the names between
        the dashes right after the role noun's phrase."""
        n = t
        while n.dep_ == "compound" and self.s.mention_at(n.head.i) is None:
            n = n.head
        k = n.i + 1
        end = n.sent.end
        if k >= end or self.toks[k].text not in _DASHES:
            return []
        # a spaced dash closes the list, not the hyphen of "Coca-Cola"
        close = next(
            (j for j in range(k + 1, end) if self.toks[j].text in _DASHES and self.toks[j - 1].whitespace_),
            None,
        )
        if close is None:
            return []
        keys = [m.key for m in self.s.sent_mentions(self.s.tok_sent[k]) if k < m.start and m.end <= close]
        return [key for key in dict.fromkeys(keys) if self.kind(key) == "ORG"]

    def _roster_clause(self, t: Token) -> list[str]:
        """'a roster of sponsors that includes A and B', 'exhibitors, which include A': the objects of
        a relative clause on the role noun or on the roster noun it fills."""
        heads = [t]
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in _ROSTER_NOUNS:
            heads.append(t.head.head)
        objs = [
            d
            for n in heads
            for c in n.children
            if c.dep_ == "relcl" and c.lemma_.lower() in _LIST_VERBS
            for d in c.children
            if d.dep_ == "dobj"
        ]
        roster = heads[-1]
        if not objs and len(heads) > 1 and roster.dep_ == "nsubj":
            # "the list of no-shows included A and B", "the roster of sponsors has grown and spans A and B"
            verbs = [v for v in (roster.head, *roster.head.conjuncts) if v.lemma_.lower() in _LIST_VERBS]
            for v in verbs[:1]:
                keys = self.keys([d for d in v.children if d.dep_ in {"dobj", "attr"}])
                if keys:
                    # the parse may cut a long list anywhere: every organization from the verb on
                    keys = self._by_list(v.i + 1, roster.sent.end) + keys
                    return [k for k in dict.fromkeys(keys) if self.kind(k) in {"ORG", "PERSON"}]
        return [k for k in self.keys(objs) if self.kind(k) in {"ORG", "PERSON"}]

    def _among_role(self, t: Token) -> list[str]:
        """'with A and B among its premium partners', 'signed A, B and C as partners': the names just
        before 'among' or 'as' and the role noun, with the whole list they end."""
        if t.dep_ != "pobj" or t.head.lower_ not in {"among", "as"} or t.head.i < 1:
            return []
        k = t.head.i - 1
        if self.toks[k].text == ")":
            # "with A (AA) and the B Association (BA) as co-organisers": the name before its short form
            while k > t.sent.start and self.toks[k].text != "(":
                k -= 1
            k -= 1
        prev = self.s.mention_at(k)
        if prev is None or prev.label not in {"ORG", "PERSON"}:
            return []
        root = self.s.mention_root(prev)
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head
        if t.head.lower_ == "among" and root.dep_ in {"nsubj", "nsubjpass", "attr"}:
            return []  # "A was among the partners" is read by the clause itself
        return self.keys([root])

    def _colon_list(self, t: Token, word: str, si: int) -> tuple[list[str], float] | None:
        """'Also taking part: A, B and C', 'Exhibiting: A and B': the names after a phrase's colon."""
        if t.pos_ not in {"VERB", "AUX"}:
            return None
        a, b = self.s.sent_text_span(si)
        low_sent = self.s.text[a:b].lower()
        at = low_sent.find(word + ":")
        if at < 0:
            # "Also exhibiting at VivaTech 2024: A, B and C": the edition between the phrase and its colon
            w = low_sent.find(word)
            colon = low_sent.find(":", w + len(word)) if w >= 0 else -1
            if (
                colon < 0
                or colon - w > 70
                or any(
                    m.label in {"ORG", "PERSON"} and a + w < m.start_char < a + colon
                    for m in self.s.sent_mentions(si)
                )
            ):
                return None
            if not any(a + w < self.toks[i].idx < a + colon for i in self.ev.ref_tokens):
                return None
            at = colon - len(word)
        listed = [
            m for m in self.s.sent_mentions(si) if m.start_char > a + at and m.label in {"ORG", "PERSON"}
        ]
        if not listed and low_sent.rstrip().endswith(":") and si + 1 < len(self.s.sents):
            # the parser may end the sentence at the colon: the list is the next sentence on the same line
            na, _ = self.s.sent_text_span(si + 1)
            if "\n" not in self.s.text[b:na]:
                listed = [m for m in self.s.sent_mentions(si + 1) if m.label in {"ORG", "PERSON"}]
        if any(m.label == "PERSON" for m in listed):
            # "Also attending: A, chief executive, OpenAI; B, ...": the companies are the people's employers
            listed = [m for m in listed if m.label == "PERSON"]
        ks = [m.key for m in listed]
        return (list(dict.fromkeys(ks)), 0.8) if ks else None

    def _among_them(self, t: Token) -> list[str]:
        """'as official partners of the Games, among them A, B and C' / '..., among whom A and B':
        the names after the role noun's phrase, whatever the parse makes of the fragment."""
        k = t.right_edge.i + 1
        sent = t.sent
        if k + 2 >= sent.end or self.toks[k].text != ",":
            return []
        if self.toks[k + 1].lower_ != "among" or self.toks[k + 2].lower_ not in {"them", "those", "whom"}:
            return []
        return [key for key in self._by_list(k + 3, sent.end) if self.kind(key) in {"ORG", "PERSON"}]

    def _elsewhere(self, t: Token, si: int) -> bool:
        """The trigger's clause is placed in a city ('in Beijing') other than the city of every edition the
        sentence only carries from context (no edition named in it), or dated to a month ('showed Sora
        in February')."""
        if self.ev.sent_explicit[si]:
            return False
        v = t if t.pos_ in {"VERB", "AUX"} else self.verbal_head(t)
        if v is None:
            return False
        cities = set()
        for ed in self.ev.sent_editions[si]:
            info = self.ev.series.get(ed[0])
            if info is None or info.record is None or not info.record.city:
                return False
            cities.add(info.record.city.lower())
        for c in v.children:
            if c.dep_ != "prep" or c.lower_ != "in":
                continue  # "on September 22" may well be a day of the edition
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                if p.lower_ in _MONTHS:
                    return True
                m = self.s.mention_at(p.i)
                if (
                    m is not None
                    and m.label == "GPE"
                    and m.text.lower() not in cities
                    and any(pl.kind.value == "city" for pl in self.s.kb.places if pl.id == m.key)
                ):
                    return True
        return False

    def _listed_subject(self, n: Token) -> bool:
        """'Nvidia's partners, including A and B, are showing ...': a plural noun whose members are named."""
        return n.tag_ == "NNS" and any(
            c.dep_ == "prep"
            and c.lower_ in {"including", "like", "such"}
            and any(self.s.mention_at(p.i) is not None for p in c.subtree if p.dep_ == "pobj")
            for c in n.children
        )

    def _exhibit_sense(self, t: Token) -> bool:
        """'Geely showed its Zeekr brand' but not 'the results showed growth'; 'took a hall', 'its hall'."""
        low = t.lemma_.lower()
        if t.pos_ == "VERB" and low == "show":
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            named = bool(subj) and (
                self.s.mention_at(subj[0].i) is not None
                # "Chinese smartphone makers Xiaomi and OnePlus showed devices"
                # (not "Qualcomm's partners Asus and Acer": the possessor would be taken along)
                or (
                    self.is_org_noun(subj[0])
                    and any(
                        c.dep_ in {"appos", "compound"} and self.s.mention_at(c.i) for c in subj[0].children
                    )
                    and not any(c.dep_ == "poss" for c in subj[0].children)
                )
                or subj[0].lower_ in {"it", "they", "which"}
                or (self._listed_subject(subj[0]) and any(self.ev.ref_tokens.get(c.i) for c in t.subtree))
            )
            return named and any(c.dep_ == "dobj" for c in t.children)
        if t.pos_ == "NOUN" and low == "hall":
            v = self.verbal_head(t)
            return any(c.dep_ == "poss" for c in t.children) or (
                v is not None
                and v.lemma_.lower()
                in {"take", "occupy", "fill", "rent", "book", "have", "dominate", "pack", "line"}
            )
        return True

    def _backs_event(self, t: Token) -> bool:
        """'have backed the tournament', 'among the backers of the 2018 World Cup'."""
        if t.pos_ == "VERB":
            return any(c.dep_ == "dobj" and self._is_ref(c) for c in t.children)
        return any(
            c.dep_ == "prep" and c.lower_ == "of" and any(self._is_ref(p) for p in c.children)
            for c in t.children
        )

    def _hosts_session(self, v: Token) -> bool:
        """'hosted a panel', 'hosted the opening session': the object is a part of the edition."""
        return any(c.dep_ == "dobj" and c.lower_ in _EVENT_PARTS for c in v.children) or hosts_part(v)

    def _phrase_on_event(self, t: Token, si: int, word: str) -> bool:
        """'The forum is jointly held by X', 'the summit, held by X', 'the forum heard from X'."""
        v = t if t.pos_ in VERBAL_TAGS else self.verbal_head(t)
        if v is None:
            return False
        if v.dep_ == "acl" and self._is_ref(v.head):
            return True
        return any(c.dep_ in SUBJECT_DEPS and self._is_ref(c) for c in v.children)

    def _runs_event(self, v: Token) -> bool:
        """The verb's object (or passive subject, or the noun its clause describes) is the edition."""
        if v.lemma_.lower() == "hold":
            # "Nvidia held GTC 2024", "the Samsung AI Forum, which the company holds every year"; not
            # "Huawei held its own event" (a meeting of its own), "the forum, which held talks"
            return any(
                c.dep_ in {"dobj", "nsubjpass"}
                and self._is_ref_name(c)
                and not any(d.dep_ == "poss" for d in c.children)
                for c in v.children
            ) or (v.dep_ == "relcl" and self._is_ref_name(v.head) and self._object_relative(v))
        for c in v.children:
            if c.dep_ in {"dobj", "nsubjpass"} and self._is_ref(c):
                return True
        if (
            v.dep_ == "conj"
            and v.tag_ == "VBN"
            and v.head.tag_ == "VBN"
            and any(c.dep_ == "nsubjpass" and self._is_ref(c) for c in v.head.children)
        ):
            return True  # "The show is owned and produced by the CTA": a shared passive subject
        # "the show, run by Diversified Communications": a participle with its agent on the edition, or
        # on the clause whose subject the edition is ("The show is the third edition, staged by SEMI")
        if v.tag_ in {"VBN", "VBD"} and any(c.dep_ == "agent" for c in v.children):  # a "by" agent: passive
            if v.dep_ == "acl" and self._is_ref(v.head):
                return True
            if v.dep_ == "advcl" and any(c.dep_ == "nsubj" and self._is_ref(c) for c in v.head.children):
                return True
        return v.dep_ == "relcl" and self._is_ref(v.head)

    def _object_relative(self, v: Token) -> bool:
        """The relative clause's pronoun is its object: 'which the company holds', 'that Nvidia stages'."""
        return any(c.dep_ == "dobj" and c.lower_ in {"which", "that"} for c in v.children) and any(
            c.dep_ in SUBJECT_DEPS for c in v.children
        )

    def _is_ref_name(self, t: Token) -> bool:
        """The token is inside a resolved reference to an edition (not merely an event noun)."""
        m = self.s.mention_at(t.i)
        lo = min(t.left_edge.i, m.start if m is not None else t.i)
        return any(i in self.ev.ref_tokens for i in range(lo, t.i + 1))

    def _is_ref(self, t: Token) -> bool:
        """The token heads a reference to an edition (a name of any length, or 'the meeting')."""
        m = self.s.mention_at(t.i)
        return (m.start if m is not None else t.i) in self.ev.ref_tokens or self._event_noun(t)

    def _event_noun(self, t: Token) -> bool:
        """'the meeting', 'a gathering': a noun that names an event in a sentence about an edition."""
        return t.lower_ in self.lex.event_generic and bool(self.ev.sent_editions[self.s.tok_sent[t.i]])

    def _head_count(self, t: Token) -> bool:
        """'about 165,000 attendees', 'put attendance at 148,000', 'to more than 1,000 participants': a
        count of the edition's crowd, not the subject's presence ('Among the 300 guests were A' lists)."""
        if t.lemma_.lower() == "attendance":
            return t.dep_ == "dobj" and t.head.lemma_.lower() in {
                "put",
                "estimate",
                "count",
                "report",
                "expect",
            }
        if t.dep_ == "pobj" and t.head.lower_ == "among":
            return False
        return any(
            c.dep_ == "nummod" or (c.dep_ == "amod" and c.lower_ in {"many", "several"}) for c in t.children
        )

    def _left_other(self, t: Token, word: str) -> bool:
        """'pulled out of the agreement', 'withdrew from the race': the thing left, named after the
        phrase's preposition, is a common noun that is no edition, event or list of one."""
        prep = word.rsplit(" ", 1)[-1]
        if prep not in {"of", "from"} or t.pos_ not in VERBAL_TAGS:
            return False
        objs = [
            p
            for c in t.subtree
            if c.dep_ == "prep"
            and c.lower_ == prep
            and (vh := self.verbal_head(c)) is not None
            and vh.i == t.i
            for p in c.children
            if p.dep_ == "pobj"
        ]
        return bool(objs) and all(
            p.pos_ == "NOUN"
            and not self._is_ref(p)
            and p.lemma_.lower() not in self.lex.event_generic
            and p.lemma_.lower() not in _EVENT_LISTS
            for p in objs
        )

    def _audience(self, t: Token) -> bool:
        """'told attendees', 'addressed participants': the noun is who a speech was given to."""
        return t.dep_ == "dobj" and t.head.lemma_.lower() in {"tell", "address", "greet", "welcome"}

    def _carry_role(self, pending: tuple[Predicate, str, list[Edition], int], si: int) -> None:
        """'... among the event's 10 strategic partners. A, B and C are all on the list.'"""
        pred, role, eds, origin = pending
        if si - origin > 1 and not self._heading(origin):
            return
        if not self._heading(origin) and self.s.para[si] != self.s.para[origin]:
            return  # "... the organisers would work with the city.\n\nLG was the first to withdraw."
        sent = self.s.sents[si]
        root = sent.root
        if (
            root.lemma_ not in {"be", "make", "include", "comprise", "join", "sign"}
            and not self._heading(origin)
            and self.verbal_head(root) is not None
        ):
            return
        if root.pos_ in VERBAL_TAGS:
            ks = self.subjects(root) + self.keys([c for c in root.children if c.dep_ in {"attr", "dobj"}])
        else:
            ks = [m.key for m in self.s.mentions if m.sent == si and m.label == "ORG"]
        if self._heading(origin):
            # "IFA Management GmbH, a joint venture of gfu and Clarion Events": the names inside an
            # apposition describe the listed one and are not listed
            cut = APPOSITION_OF.search(self.s.sent_texts[si])
            limit = sent.start_char + cut.start() if cut else sent.end_char
            ks = [
                m.key for m in self.s.mentions if m.sent == si and m.label == "ORG" and m.end_char <= limit
            ] or ks
        quals = {"role": role} if role else {}
        for ed in eds:
            for k in dict.fromkeys(ks):
                if self.kind(k) == "ORG":
                    self.add(k, pred, self.ed_id(ed), si, 0.7, qualifiers=quals)


# Verbs whose subject names, signs or thanks an edition's sponsors rather than being one of them.
_NAMING_VERBS = frozenset(
    {"announce", "name", "unveil", "reveal", "sign", "welcome", "list", "add", "select", "choose"}
    | {"recruit", "thank", "introduce", "attract", "court", "seek", "woo"}
)


def _named_role(t: Token) -> bool:
    """Whether a role noun is the object of a naming verb ('announced the partners', 'signed up the
    first batch of sponsors'), through 'of' phrases ('a batch of', 'the list of')."""
    n = t
    while n.dep_ == "pobj" and n.head.dep_ == "prep" and n.head.lower_ == "of":
        n = n.head.head
    return n.dep_ == "dobj" and n.head.lemma_.lower() in _NAMING_VERBS

"""Presence at an edition stated outside the trigger lexicon: guest lists, cancelled appearances,
visits by a titled person ("Pakistan's ambassador, A, toured the halls"), and the guards that keep
role nouns used as modifiers or titles ("partner booths", "Managing Partner") out of sponsors and
an edition's own possessive ("the show opened its 44th edition") out of organizes."""

from __future__ import annotations

from spacy.tokens import Token

from rivalgraph.extract.relations.common import SUBJECT_DEPS, VERBAL_TAGS, RelationBase
from rivalgraph.model import Predicate

# Nouns for the people present at an event: "was among the official guests".
_GUEST_NOUNS = frozenset(
    {
        "guest",
        "attendee",
        "participant",
        "visitor",
        "delegate",
        "dignitary",
        "invitee",
        "attendant",
        "audience",
        "crowd",
    }
)
# People who stand for their organization at an edition: "regional presidents of A attended".
_STAFF_NOUNS = frozenset(
    {"president", "researcher", "scientist", "representative", "executive", "official", "leader"}
    | {"head", "chief", "boss", "director", "manager", "engineer", "expert", "delegate", "envoy"}
)
# Verbs of a clause in which an organization's people speak or appear at the edition, so the
# organization was there ('executives from A appeared', 'keynotes are given by executives of B').
_STAFF_SPEECH_VERBS = frozenset({"appear", "speak", "present", "keynote"})
# What an organization sends that puts it at the edition: 'A and B all sent keynote speakers'.
_SENT_PEOPLE = frozenset(
    {"speaker", "delegate", "delegation", "executive", "representative", "engineer", "researcher", "team"}
)
# An edition's floor, whose features are its exhibitors: "the floor features start-ups such as A".
_FLOOR_NOUNS = frozenset({"floor", "hall", "exhibition"})
# Verbs (lemmas) of a clause that states presence: "leaders expected to take part".
_PRESENCE_VERBS = frozenset({"attend", "participate", "join", "come", "visit"})
# Verbs of meeting someone at the edition: "A met B at the fair" (both were there).
_MEET_VERBS = frozenset({"join", "meet", "greet", "accompany"})
# Verbs of travelling to the edition: "flew to Hanover for the fair".
_TRAVEL_VERBS = frozenset({"fly", "travel", "jet", "head", "arrive", "come", "return"})
# Presence nouns whose cancellation is non-attendance: "cancelled its appearance".
_PRESENCE_NOUNS = frozenset(
    {
        "appearance",
        "attendance",
        "participation",
        "presence",
        "trip",
        "visit",
        "delegation",
        "plan",
        "invitation",
    }
)
# A company's place at a show that it may cancel: "cancelled its booth".
_STAND_NOUNS = frozenset({"booth", "stand", "pavilion", "stall"})
# Talks a speaker may cancel: "cancelled his keynote".
_TALK_NOUNS = frozenset({"keynote", "speech", "talk", "address", "presentation", "lecture"})
# Words of a plan that may not have happened: "was scheduled to attend", "had been due to".
_PLAN_WORDS = frozenset(
    {"schedule", "scheduled", "due", "expect", "expected", "set", "slate", "slated", "plan", "book"}
)
# Presence nouns that name attendance at the edition without saying where: "its appearance".
_BOUND_NOUNS = frozenset({"appearance", "attendance", "participation", "presence", "delegation"})
_CANCEL_VERBS = frozenset(
    {"cancel", "scrap", "withdraw", "abandon", "drop", "axe", "shelve", "scrub", "pull"}
)
# Verbs that refuse an invitation: "declined an invitation to the summit".
_REFUSE_VERBS = frozenset({"decline", "reject", "refuse", "spurn", "snub"})
# People an organization sends: "sent its chief executive to the fair".
_ENVOYS = frozenset(
    {"executive", "executives", "delegate", "delegates", "representative", "representatives", "team"}
    | {"anyone", "anybody", "observer", "observers", "staff", "envoy", "envoys"}
)
# Sponsor words, and verbs that end a sponsorship: "ended its sponsorship of the fair".
_SPONSOR_WORDS = frozenset({"sponsor", "sponsorship", "partner", "partnership"})
_RENEW_VERBS = frozenset({"renew", "extend", "continue"})
_END_VERBS = frozenset({"end", "terminate", "drop", "withdraw", "pull", "cancel", "scrap", "quit", "abandon"})
# Places inside an edition a visitor tours: "toured the halls", "visited the pavilion".
_VENUE_NOUNS = frozenset(
    {"hall", "pavilion", "booth", "stand", "stall", "exhibition", "floor", "venue", "expo", "showroom"}
)
# What a tour of an edition covers: "led a tour of the static display".
_TOURED = _VENUE_NOUNS | {
    "display",
    "exhibit",
    "exhibits",
    "stands",
    "booths",
    "show",
    "fair",
    "grounds",
    "site",
}
# Modifiers that make "partner" a person's title, not a sponsor tier.
_TITLE_PARTNER = frozenset({"managing", "general", "senior", "founding", "equity", "limited", "name"})
# Parts of an edition a company may host without organizing the edition.
_EVENT_PARTS = frozenset(
    {
        "session",
        "panel",
        "sub-forum",
        "roundtable",
        "workshop",
        "breakout",
        "discussion",
        "dinner",
        "reception",
    }
)
# Sponsor-role nouns.
_ROLE_NOUNS = frozenset({"partner", "sponsor", "co-sponsor", "backer", "supporter", "supplier"})
# Role nouns that name a sponsor only with a tier in front: "an official supplier of the Games"
# (not "Apple's suppliers", "supporters of the bill").
_TIERED_ROLES = frozenset({"supporter", "supplier"})
_TIERS = frozenset(
    {"official", "olympic", "worldwide", "exclusive", "premium", "global", "top", "tier", "founding"}
)
# Modifiers of "partner" that name a company's business partners, not an event's sponsors.
_BUSINESS_PARTNER = frozenset(
    {
        "hardware",
        "software",
        "technology",
        "cloud",
        "channel",
        "ecosystem",
        "business",
        "manufacturing",
        "distribution",
        "retail",
        "research",
        "supply",
        "launch",
        "server",
        "oem",
        "chip",
        "foundry",
    }
)
# Nouns for a list of sponsors: "the sponsor roster includes A and B".
_ROSTER_NOUNS = frozenset({"roster", "list", "lineup", "line-up", "slate"})
# Verbs of staying away the trigger lexicon cannot list as fixed phrases: "were kept away by visa
# problems", "stayed home", "sat this year out", "gave the show a miss", "did not come", "did not
# return", "were not represented", "joined A in pulling out", "B and C followed".
_AWAY_VERBS = frozenset({"keep", "stay", "sit", "give", "come", "return", "represent", "join", "follow"})
# Verbs of leaving an edition that "joined A in ..." shares: "joined Ericsson in pulling out".
_LEAVE_VERBS = frozenset({"withdraw", "pull", "drop", "bow", "skip", "boycott", "quit", "exit", "opt"})
# Where the subject of a denied "come" or "return" may be bound instead of the edition.
_OTHER_DESTINATIONS = frozenset({"to", "into", "from", "home"})
# Things a company hosts at an edition without organizing it: "hosted a pavilion at the show".
_HOSTED_PLACES = frozenset({"pavilion", "booth", "stand", "stall", "lounge", "tent", "exhibit", "showcase"})


class PresenceRules(RelationBase):
    """Attendance stated through guest lists, cancellations and titled visitors."""

    def presence(self) -> None:
        for si, eds in enumerate(self.ev.sent_editions):
            if not eds:
                continue
            for t in self.s.sent_toks[si]:
                # each string attribute read once (speed: Token rebuilds the string on every access)
                dep, pos, lemma_low = t.dep_, self.s.pos[t.i], self.s.lemma_low[t.i]
                lemma = t.lemma_
                if dep == "pobj" and t.head.lower_ == "among":
                    self._among_present(t, si)
                elif pos == "VERB" and dep == "xcomp" and (self._presence_clause(t) or self._talk_clause(t)):
                    self._planned_but(t, si)
                elif self.s.low[t.i] == "show" and pos in {"NOUN", "PROPN"}:
                    self._no_show(t, si)
                elif lemma in _MEET_VERBS and pos == "VERB":
                    self._joined_at(t, si)
                elif (lemma in _TRAVEL_VERBS and pos == "VERB") or (
                    lemma == "be" and any(c.dep_ == "prep" and c.lower_ == "in" for c in t.children)
                ):
                    self._travelled(t, si)
                elif lemma == "send" and pos == "VERB":
                    self._sent_envoy(t, si)
                elif lemma == "use" and pos == "VERB":
                    self._used_edition(t, si)
                if lemma_low in _AWAY_VERBS and pos == "VERB":
                    self._stayed_away(t, si)
                elif lemma == "be" and any(c.lower_ == "there" and c.dep_ == "advmod" for c in t.children):
                    self._not_there(t, si)
                if dep in SUBJECT_DEPS and lemma_low in _GUEST_NOUNS:
                    self._guests_included(t, si)
                if lemma_low in _STAFF_NOUNS and (
                    dep in {*SUBJECT_DEPS, "dobj"} or (dep == "pobj" and t.head.dep_ == "agent")
                ):
                    self._staff_of(t, si)
                elif lemma_low in _FLOOR_NOUNS and dep in {"nsubj", "nsubjpass"}:
                    self._floor_features(t, si)
                if lemma_low == "delegation":
                    self._delegation_leader(t, si)
                if dep == "relcl" and pos == "VERB":
                    self._described_organizer(t, si)
                if lemma_low in _SPONSOR_WORDS:
                    self._ended_sponsorship(t, si)
                elif dep == "dobj" and pos == "NOUN":
                    if lemma_low in _PRESENCE_NOUNS:
                        self._cancelled(t, si)
                    elif lemma_low in _TALK_NOUNS:
                        self._cancelled_talk(t, si)
                    elif lemma_low in _STAND_NOUNS:
                        self._cancelled_stand(t, si)
                    if lemma_low in _VENUE_NOUNS:
                        self._titled_visitor(t, si)
                        if t.head.lemma_.lower() in self.lex.presence_verbs:
                            self._tour_companions(t.head, si)
                    elif lemma_low == "tour":
                        self._led_tour(t, si)

    def _among_present(self, t: Token, si: int) -> None:
        """'King A was among the official guests', 'A and B are among the leaders expected to take
        part', 'Among the guests were A and B'."""
        cop = t.head.head
        if cop.lemma_ != "be" or cop.pos_ not in VERBAL_TAGS:
            return
        guest = t.lemma_.lower() in _GUEST_NOUNS and not any(
            c.dep_ in {"compound", "amod"} and c.lemma_.lower() in {"speaker", "keynote"} for c in t.children
        )
        if not guest and not any(c.dep_ in {"acl", "relcl"} and self._presence_clause(c) for c in t.children):
            return
        named = [c for c in cop.children if c.dep_ in {*SUBJECT_DEPS, "attr"} and c.i != t.i]
        keys = [k for k in self.keys(named) if self.kind(k) in {"ORG", "PERSON"}]
        if keys:
            keys += _alongside_among(self, cop, t)
        neg = self.negated(cop)
        for ed in self.event_refs_in_clause(cop, si):
            for k in keys:
                self.add(k, Predicate.ATTENDS, self.ed_id(ed), si, 0.75, negated=neg)

    def _presence_clause(self, v: Token, depth: int = 0) -> bool:
        """The clause (or the xcomp it governs) says someone is present: 'expected to take part'."""
        if depth > 2 or v.pos_ not in VERBAL_TAGS:
            return False
        low = v.lemma_.lower()
        if low in _PRESENCE_VERBS:
            return True
        if low == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in v.children):
            return True
        return any(c.dep_ == "xcomp" and self._presence_clause(c, depth + 1) for c in v.children)

    def _talk_clause(self, v: Token) -> bool:
        """'to speak', 'to give a keynote', 'to deliver the opening address': the clause is a talk."""
        low = v.lemma_.lower()
        if low in {"speak", "keynote", "headline", "address"}:
            return True
        return low in {"give", "deliver", "make"} and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _TALK_NOUNS for c in v.children
        )

    def _planned_but(self, v: Token, si: int) -> None:
        """'A had been scheduled to attend the fair but pulled out', 'B was due to take part, but
        cancelled': a planned presence the sentence goes on to deny."""
        plan = v.head
        if plan.lemma_.lower() not in _PLAN_WORDS:
            return
        clause = plan.head if plan.dep_ in {"acomp", "xcomp"} and plan.pos_ != "VERB" else plan
        if not any(c.dep_ == "cc" and c.lower_ == "but" for w in (clause, plan, v) for c in w.children):
            return
        keys = [k for k in self.subjects(clause) or self.subjects(plan) if self.kind(k) in {"ORG", "PERSON"}]
        for ed in self.event_refs_in_clause(v, si):
            obj = self.ed_id(ed)
            for k in keys:
                self.out.pop((k, Predicate.ATTENDS.value, obj, False), None)
                self.out.pop((k, Predicate.SPEAKS_AT.value, obj, False), None)
                self.add(k, Predicate.ABSENT_FROM, obj, si, 0.75)

    def _no_show(self, t: Token, si: int) -> None:
        """'A was a no-show at the fair' (the 'no' of the word is no negation of the clause)."""
        if t.i < 2 or self.toks[t.i - 1].text != "-" or self.toks[t.i - 2].lower_ != "no":
            return
        cop = t.head if t.dep_ == "attr" else None
        if cop is None or cop.lemma_ != "be":
            return
        keys = [k for k in self.subjects(cop) if self.kind(k) in {"ORG", "PERSON"}]
        for ed in self.event_refs_in_clause(cop, si):
            for k in keys:
                self.add(k, Predicate.ABSENT_FROM, self.ed_id(ed), si, 0.8)

    def _joined_at(self, v: Token, si: int) -> None:
        """'Olaf Scholz joined Tim Cook at the fair', 'A met B at the forum': both were at the edition."""
        at_event = [
            p
            for c in v.children
            if c.dep_ == "prep" and c.lower_ in {"at", "during", "on"}
            for p in c.children
            if p.dep_ == "pobj" and (edition_token(self, p) or _edition_day(p))
        ]
        if not at_event:
            return
        objs = [c for c in v.children if c.dep_ == "dobj"]
        people = [k for k in self.keys(objs) if self.kind(k) == "PERSON"]
        if not people:
            return  # "Huawei joined Microsoft at the fair": an alliance may be meant
        # the subject is a person (the tagger sometimes types a politician ORG)
        keys = [k for k in self.subjects(v) if self.kind(k) in {"PERSON", "ORG"}] + people
        neg = self.negated(v)
        for ed in self.event_refs_in_clause(v, si):
            for k in dict.fromkeys(keys):
                self.add(k, Predicate.ATTENDS, self.ed_id(ed), si, 0.7, negated=neg)

    def _travelled(self, v: Token, si: int) -> None:
        """'Tim Cook flew to Hanover for the fair', 'arrived in Davos for the forum'."""
        if not any(
            c.dep_ == "prep" and c.lower_ in {"for", "to"} and any(edition_token(self, p) for p in c.children)
            for c in v.children
        ):
            return
        keys = [k for k in self.subjects(v) if self.kind(k) in {"ORG", "PERSON"}]
        neg = self.negated(v)
        for ed in self.event_refs_in_clause(v, si):
            for k in keys:
                self.add(k, Predicate.ATTENDS, self.ed_id(ed), si, 0.7, negated=neg)

    def _sent_envoy(self, v: Token, si: int) -> None:
        """'Apple sent its operations chief Sabih Khan to the fair': the sender and the envoy were there."""
        objs = [c for c in v.children if c.dep_ == "dobj"]
        # "sent no executives", "sent no one to the panels": the 'no' of the object denies the presence
        denied = any(d.dep_ == "det" and d.lower_ == "no" for o in objs for d in o.children)
        if not any(
            c.dep_ == "prep" and c.lower_ == "to" and any(edition_token(self, p) for p in c.children)
            for c in v.children
        ):
            # "A, B and C all sent keynote speakers": people sent to no other place go to the edition
            people = _SENT_PEOPLE | {"one"} if denied else _SENT_PEOPLE
            if (
                any(
                    not (c.lower_ == "to" and all(p.lemma_.lower() in _EVENT_PARTS for p in c.children))
                    for c in self.clause_preps(v)
                )
                or not any(o.lemma_.lower() in people for o in objs)
                or self.negated(v)
            ):
                return
            for ed in self.event_refs_in_clause(v, si):
                for k in dict.fromkeys(k for k in self.subjects(v) if self.kind(k) == "ORG"):
                    self.add(k, Predicate.ATTENDS, self.ed_id(ed), si, 0.7, negated=denied)
            return
        envoys = [k for k in self.keys(objs) if self.kind(k) == "PERSON"]
        titled = any(self.lex.title_re.match(o.lower_) or o.lemma_.lower() in _ENVOYS for o in objs)
        if not envoys and not titled:
            return
        keys = [k for k in self.subjects(v) if self.kind(k) == "ORG"] + envoys
        neg = self.negated(v) or denied
        for ed in self.event_refs_in_clause(v, si):
            for k in dict.fromkeys(keys):
                self.add(k, Predicate.ATTENDS, self.ed_id(ed), si, 0.75, negated=neg)

    def _guests_included(self, t: Token, si: int) -> None:
        """'Guests included A and B', 'Visitors were A and B'."""
        v = t.head
        if v.lemma_ not in {"include", "be", "comprise"}:
            return
        named = [c for c in v.children if c.dep_ in {"dobj", "attr"}]
        keys = [k for k in self.keys(named) if self.kind(k) in {"ORG", "PERSON"}]
        for ed in self.event_refs_in_clause(v, si):
            for k in keys:
                self.add(k, Predicate.ATTENDS, self.ed_id(ed), si, 0.75)

    def _delegation_leader(self, t: Token, si: int) -> None:
        """'a delegation from Lenovo, led by chairman Yang Yuanqing': the leader was there too."""
        led = [
            p
            for c in t.children
            if c.dep_ == "acl" and c.lemma_.lower() in {"lead", "head"}
            for a in c.children
            if a.dep_ == "agent"
            for p in a.children
        ]
        keys = [k for k in self.keys(led) if self.kind(k) == "PERSON"]
        neg = self.negated(t)
        for ed in self.event_refs_in_clause(t, si):
            for k in keys:
                self.add(k, Predicate.ATTENDS, self.ed_id(ed), si, 0.7, negated=neg)

    def _described_organizer(self, v: Token, si: int) -> None:
        """'the GSMA, the operators' association that organises the congress': the organization the
        described noun stands beside (the parser may not link the apposition)."""
        low = v.lemma_.lower()
        if low not in self.lex.event_triggers["organizes"].verbs:
            return
        if not any(c.dep_ == "dobj" and edition_token(self, c) for c in v.children):
            return
        noun = v.head
        if self.s.mention_at(noun.i) is not None or not self.is_org_noun(noun):
            return
        left = noun.left_edge.i
        comma = left if self.toks[left].text == "," else left - 1  # the parser may keep the comma
        if comma < 1 or self.toks[comma].text != ",":
            return
        named = self.s.mention_at(comma - 1)
        if named is None or named.label != "ORG":
            return
        role = {"role": "host" if low in {"host", "co-host"} else "organiser"}
        for ed in self.event_refs_in_clause(v, si):
            self.add(named.key, Predicate.ORGANIZES, self.ed_id(ed), si, 0.75, qualifiers=role)

    def _ended_sponsorship(self, t: Token, si: int) -> None:
        """'SAP ended its sponsorship of the fair', 'Oracle is no longer a sponsor', 'is no longer
        sponsoring the fair': a sponsorship the sentence says is over (sponsors, negated)."""
        v = t if t.pos_ == "VERB" else self.verbal_head(t)
        if v is None:
            return
        ended = (
            (t.pos_ == "NOUN" and t.dep_ == "dobj" and v.lemma_.lower() in _END_VERBS)
            # "did not renew its sponsorship of the fair"
            or (
                t.pos_ == "NOUN" and t.dep_ == "dobj" and v.lemma_.lower() in _RENEW_VERBS and self.negated(v)
            )
            or any(c.lower_ == "longer" and any(d.lower_ == "no" for d in c.children) for c in v.children)
            or _quit_as(v, t)
        )
        if not ended:
            return
        keys = [k for k in self.subjects(v) if self.kind(k) == "ORG"]
        for ed in self.event_refs_in_clause(v, si):
            obj = self.ed_id(ed)
            for k in keys:
                old = self.out.get((k, Predicate.SPONSORS.value, obj, False))
                if old is None and not _of_event(self, t):
                    continue  # "ended its partnership with Bosch": no sponsorship of the edition
                self.out.pop((k, Predicate.SPONSORS.value, obj, False), None)
                if _quit_as(v, t):  # "dropped out as a sponsor" is no word on attendance
                    self.out.pop((k, Predicate.ABSENT_FROM.value, obj, False), None)
                    self.out.pop((k, Predicate.ATTENDS.value, obj, True), None)
                quals = dict(old.qualifiers) if old is not None else {}
                self.add(k, Predicate.SPONSORS, obj, si, 0.75, negated=True, qualifiers=quals)

    def _cancelled(self, t: Token, si: int) -> None:
        """'Sony cancelled its appearance', 'Cisco called off its participation': not attending."""
        v = t.head
        low = v.lemma_.lower()
        off = low == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in v.children)
        down = low == "turn" and any(c.dep_ == "prt" and c.lower_ == "down" for c in v.children)
        if t.lemma_.lower() == "invitation":
            if low not in _REFUSE_VERBS and not down:
                return  # "accepted an invitation" is no denial; "sent an invitation" is the host
        elif low not in _CANCEL_VERBS and not off:
            return
        if self.negated(v):
            return  # "did not cancel its trip": nothing is stated either way
        if (
            t.lemma_.lower() not in _BOUND_NOUNS
            and not any(
                c.dep_ == "prep"
                and c.lower_ in {"to", "for", "at", "in"}
                and any(edition_token(self, p) for p in c.children)
                for w in (t, v)
                for c in w.children
            )
            and not self._planned_presence(v)
        ):
            return  # "cancelled a trip to China": only a trip to the edition is its absence
        keys = [k for k in self.subjects(v) if self.kind(k) in {"ORG", "PERSON"}]
        for ed in self.event_refs_in_clause(v, si):
            obj = self.ed_id(ed)
            for k in keys:
                # the presence noun alone would read as attendance
                self.out.pop((k, Predicate.ATTENDS.value, obj, False), None)
                self.add(k, Predicate.ABSENT_FROM, obj, si, 0.75)

    def _planned_presence(self, v: Token) -> bool:
        """'A, who was due to attend the forum, cancelled his trip': the subject's clause plans a
        presence at the edition."""
        return any(
            r.dep_ == "relcl"
            and any(edition_token(self, d) for d in r.subtree)
            and any(d.pos_ in VERBAL_TAGS and self._presence_clause(d) for d in r.subtree)
            for c in v.children
            if c.dep_ in SUBJECT_DEPS
            for r in c.children
        )

    def _cancelled_stand(self, t: Token, si: int) -> None:
        """'Nokia cancelled its booth at MWC', 'scrapped its stand': exhibits_at, negated."""
        v = t.head
        if v.lemma_.lower() not in _CANCEL_VERBS or self.negated(v):
            return
        keys = [k for k in self.subjects(v) if self.kind(k) == "ORG"]
        for ed in self.event_refs_in_clause(v, si):
            obj = self.ed_id(ed)
            for k in keys:
                self.out.pop((k, Predicate.EXHIBITS_AT.value, obj, False), None)
                self.add(k, Predicate.EXHIBITS_AT, obj, si, 0.75, negated=True)

    def _cancelled_talk(self, t: Token, si: int) -> None:
        """'Huang cancelled his keynote at CES', 'pulled his talk from the programme': speaks_at, negated."""
        v = t.head
        off = v.lemma_.lower() == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in v.children)
        if (v.lemma_.lower() not in _CANCEL_VERBS and not off) or self.negated(v):
            return
        keys = [k for k in self.subjects(v) if self.kind(k) == "PERSON"]
        for ed in self.event_refs_in_clause(v, si):
            obj = self.ed_id(ed)
            for k in keys:
                old = self.out.pop((k, Predicate.SPEAKS_AT.value, obj, False), None)
                quals = dict(old.qualifiers) if old is not None else {}
                self.add(k, Predicate.SPEAKS_AT, obj, si, 0.75, negated=True, qualifiers=quals)

    def _stayed_away(self, v: Token, si: int) -> None:
        """Absence stated by a verb and its particle or object rather than a fixed phrase: 'were kept
        away by visa problems', 'concerns kept him away', 'stayed home', 'sat this year out', 'gave the
        show a miss', 'did not come', 'did not return this year', 'were not represented', 'joined A in
        pulling out', and 'B followed' after a withdrawal in this or the last sentence."""
        low = v.lemma_.lower()
        kids = list(v.children)
        words = {c.lower_ for c in kids if c.dep_ in {"advmod", "prt", "npadvmod", "dobj"}}
        if low in {"keep", "stay", "sit", "give"} and self.negated(v):
            return  # "did not stay home": nothing is stated either way
        keys: list[str] = []
        if low == "keep" and "away" in words:
            passive = any(c.dep_ == "nsubjpass" for c in kids)
            if passive:
                keys = self._away_subjects(v)
            elif v.dep_ == "acl" and v.head.dep_ == "pobj" and v.head.head.lower_ == "among":
                # "A and B were among the firms kept away"
                cop = v.head.head.head
                keys = self.subjects(cop) if cop.lemma_ == "be" else []
            else:
                keys = self.keys([c for c in kids if c.dep_ == "dobj"])
        elif (low == "stay" and "home" in words) or (low == "sit" and "out" in words):
            keys = self._away_subjects(v)
        elif low == "give" and "miss" in words:
            keys = self.subjects(v)
        elif low in {"come", "return"} and _own_not(v) and not any(c.dep_ in {"dobj", "mark"} for c in kids):
            if any(
                c.lower_ in _OTHER_DESTINATIONS and not any(edition_token(self, p) for p in c.children)
                for c in kids
                if c.dep_ in {"prep", "advmod"}
            ):
                return  # "did not return to China", "did not come home"
            keys = self.subjects(v)
        elif low == "represent" and any(c.dep_ == "auxpass" for c in kids) and _own_not(v):
            keys = self.subjects(v)
        elif low == "join":
            # "Huawei joined Ericsson in pulling out"
            if any(
                c.dep_ == "prep"
                and c.lower_ == "in"
                and any(p.dep_ == "pcomp" and p.lemma_.lower() in _LEAVE_VERBS for p in c.children)
                for c in kids
            ):
                keys = self.subjects(v) + self.keys([c for c in kids if c.dep_ == "dobj"])
        elif low == "follow" and not self.negated(v):
            self._followed_out(v, si)
            return
        keys = [k for k in dict.fromkeys(keys) if self.kind(k) in {"ORG", "PERSON"}]
        if not keys:
            return
        for ed in self.event_refs_in_clause(v, si):
            obj = self.ed_id(ed)
            for k in keys:
                self.out.pop((k, Predicate.ATTENDS.value, obj, False), None)
                self.add(k, Predicate.ABSENT_FROM, obj, si, 0.7)

    def _away_subjects(self, v: Token) -> list[str]:
        """The subject of a staying-away verb, or the organizations its people come from ('researchers
        from A were kept away') or that it lists ('several big names stayed home, including A')."""
        keys = self.subjects(v)
        if keys:
            return keys
        subj = [c for c in v.children if c.dep_ in SUBJECT_DEPS]
        return [
            k
            for s in subj
            for c in s.children
            if c.dep_ == "prep" and c.lower_ in {"from", "of", "including", "like"}
            for k in self.keys([p for p in c.children if p.dep_ == "pobj"])
        ]

    def _followed_out(self, v: Token, si: int) -> None:
        """'Ericsson pulled out, and Nokia followed a day later', 'Ericsson was the first to withdraw,
        followed by Nvidia': who follows a withdrawal stated in this or the last sentence withdrew too."""
        if any(c.dep_ == "dobj" and c.lower_ not in {"suit"} for c in v.children):
            return  # "followed the keynote", "follows AT&T": a thing or a company followed, not a move
        agent = [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        keys = self.keys(agent) if agent else self.subjects(v)
        keys = [k for k in keys if self.kind(k) in {"ORG", "PERSON"}]
        if not keys:
            return
        lo = self.s.sent_text_span(si - 1)[0] if si > 0 and self.s.para[si - 1] == self.s.para[si] else None
        lo = self.s.sent_text_span(si)[0] if lo is None else lo
        hi = self.s.sent_text_span(si)[1]
        objs = [
            r.object
            for r in list(self.out.values())
            if r.predicate == Predicate.ABSENT_FROM
            and r.evidence is not None
            and lo <= r.evidence.start
            and r.evidence.end <= hi
            and r.subject not in keys
        ]
        for obj in dict.fromkeys(objs):
            for k in keys:
                self.add(k, Predicate.ABSENT_FROM, obj, si, 0.65)

    def _not_there(self, v: Token, si: int) -> None:
        """'Huawei was not there', 'Apple won't be there': a denied presence at the edition in view."""
        if not _own_not(v) or any(c.dep_ == "mark" for c in v.children):
            return
        keys = [k for k in self.subjects(v) if self.kind(k) in {"ORG", "PERSON"}]
        for ed in self.event_refs_in_clause(v, si):
            for k in keys:
                self.add(k, Predicate.ABSENT_FROM, self.ed_id(ed), si, 0.7)

    def _used_edition(self, v: Token, si: int) -> None:
        """'Samsung used the show to present its first 8K television', 'used the opening day to unveil
        the e Vitara': a company that launches or shows something at the edition exhibits there."""
        if not any(
            c.dep_ == "dobj"
            and (edition_token(self, c) or _edition_day(c))
            # "used its press conference at the show": its own meeting, not the edition
            and not any(d.lower_ in {"press", "news", "media", "its", "their", "own"} for d in c.children)
            for c in v.children
        ):
            return
        shown = self.lex.event_triggers["exhibits_at"].verbs | self.lex.launch_verbs
        if not any(c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in shown for c in v.children):
            return
        keys = [k for k in self.subjects(v) if self.kind(k) == "ORG"]
        neg = self.negated(v)
        for ed in self.event_refs_in_clause(v, si):
            obj = self.ed_id(ed)
            info = self.ev.series.get(ed[0])
            hosts = {f"org:{o}" for o in info.record.organizers} if info and info.record else set()
            for k in keys:
                if k in hosts or (k, Predicate.ORGANIZES.value, obj, False) in self.out:
                    continue  # "Nvidia used its GTC to make its case": the host's own stage
                self.add(k, Predicate.EXHIBITS_AT, obj, si, 0.7, negated=neg)

    def _floor_features(self, t: Token, si: int) -> None:
        """'the floor features start-ups such as A and B', 'the halls are dominated by groups such as A':
        the companies on the edition's floor exhibit there."""
        v = t.head
        if v.lemma_.lower() not in {"feature", "include", "dominate", "host"} or v.pos_ != "VERB":
            return
        if any(c.dep_ in {"compound", "amod", "nmod"} for c in t.children) or any(
            c.dep_ == "poss" and not edition_token(self, c) for c in t.children
        ):
            return  # "the factory floor", "its own halls": another floor
        passive = t.dep_ == "nsubjpass"
        named = [
            p
            for c in v.children
            if (passive and c.dep_ in {"agent", "conj"} and c.lower_ == "by")
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if not passive:
            named = [c for c in v.children if c.dep_ == "dobj"]
        keys = [k for k in self.keys(named) if self.kind(k) == "ORG"]
        neg = self.negated(v)
        for ed in self.event_refs_in_clause(v, si):
            for k in keys:
                self.add(k, Predicate.EXHIBITS_AT, self.ed_id(ed), si, 0.65, negated=neg)

    def _staff_of(self, t: Token, si: int) -> None:
        """'Regional presidents of A and B, along with C, did attend', 'his delegation included
        researchers from A as well as representatives of B': the people stand for their organizations."""
        v = t.head.head if t.dep_ == "pobj" else t.head
        if t.dep_ == "pobj":
            # "keynotes are given by executives of A": a talk the people give
            if not self._staff_speech(v):
                return
        elif t.dep_ == "dobj":
            if v.lemma_.lower() != "include" or not any(
                c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in _GUEST_NOUNS | {"delegation"}
                for c in v.children
            ):
                return
        elif not self._presence_clause(v) and not self._staff_speech(v):
            return
        staff = [t] + [
            p
            for p in t.subtree
            if p.dep_ in {"pobj", "conj"} and p.lemma_.lower() in _STAFF_NOUNS and p.i != t.i
        ]
        pobjs = [
            p
            for n in staff
            for c in n.children
            if c.dep_ == "prep" and c.lower_ in {"of", "from"}
            for p in c.children
            if p.dep_ == "pobj" and p.lemma_.lower() not in _STAFF_NOUNS
        ]
        if t.dep_ != "dobj":
            # "..., along with C, did attend"
            pobjs += [
                p
                for a in [*v.children, *t.children]
                if a.dep_ == "prep" and a.lower_ == "along"
                for w in a.children
                if w.dep_ == "prep" and w.lower_ == "with"
                for p in w.children
            ]
        keys = [k for k in self.keys(pobjs) if self.kind(k) == "ORG"]
        neg = self.negated(v)
        for ed in self.event_refs_in_clause(v, si):
            for k in keys:
                self.add(k, Predicate.ATTENDS, self.ed_id(ed), si, 0.7, negated=neg)

    def _staff_speech(self, v: Token) -> bool:
        """'Executives from A appeared', 'engineers of B spoke', 'keynotes are given by executives of C':
        a clause in which the people appear or give a talk (not 'appeared to', 'appeared nervous')."""
        if v.pos_ not in VERBAL_TAGS:
            return False
        low = v.lemma_.lower()
        if low in _STAFF_SPEECH_VERBS:
            return not any(c.dep_ in {"xcomp", "acomp", "attr", "oprd", "ccomp"} for c in v.children)
        return low in {"give", "deliver"} and any(
            c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in _TALK_NOUNS | {"keynote", "panel"}
            for c in v.children
        )

    def _tour_companions(self, v: Token, si: int) -> None:
        """'A toured the halls with B', 'visited the pavilion alongside B': the companion was there too."""
        with_pp = [
            p
            for c in v.children
            if c.dep_ == "prep" and c.lower_ in {"with", "alongside"}
            for p in c.children
            if p.dep_ == "pobj"
        ]
        people = [k for k in self.keys(with_pp) if self.kind(k) == "PERSON"]
        neg = self.negated(v)
        for ed in self.event_refs_in_clause(v, si):
            for k in people:
                self.add(k, Predicate.ATTENDS, self.ed_id(ed), si, 0.7, negated=neg)

    def _led_tour(self, t: Token, si: int) -> None:
        """'A led a tour of the static display', 'B took a tour of the halls': a tour of the edition's
        floor is presence at it."""
        v = t.head
        if v.lemma_.lower() not in {"lead", "take", "make", "give", "conduct", "join"}:
            return
        if not any(
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(p.dep_ == "pobj" and p.lemma_.lower() in _TOURED for p in c.children)
            for c in t.children
        ):
            return
        keys = [k for k in self.subjects(v) if self.kind(k) in {"ORG", "PERSON"}]
        if not keys:
            return
        neg = self.negated(v)
        for ed in self.event_refs_in_clause(v, si):
            for k in keys:
                self.add(k, Predicate.ATTENDS, self.ed_id(ed), si, 0.7, negated=neg)
        self._tour_companions(v, si)

    def _titled_visitor(self, t: Token, si: int) -> None:
        """ "Pakistan's ambassador to the UAE, A, visited the pavilion": the person named in the
        subject's apposition when the subject itself is a title noun."""
        v = t.head
        if v.lemma_.lower() not in self.lex.presence_verbs or self.subjects(v):
            return
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        if not subj or self.s.mention_at(subj[0].i) is not None:
            return
        people = [
            k
            for c in subj[0].subtree
            if c.dep_ == "appos" and (m := self.s.mention_at(c.i)) is not None and m.label == "PERSON"
            for k in self.resolve(c)
        ]
        for ed in self.event_refs_in_clause(v, si):
            for k in dict.fromkeys(people):
                if self.kind(k) == "PERSON":
                    self.add(k, Predicate.ATTENDS, self.ed_id(ed), si, 0.7, negated=self.negated(v))


def _own_not(v: Token) -> bool:
    """The verb itself is denied ('did not come', 'were not represented'), not a verb above it ('has
    not said whether it will return')."""
    return any(c.dep_ == "neg" for c in v.children)


def _alongside_among(rb: RelationBase, cop: Token, t: Token) -> list[str]:
    """'A and B were among 148 firms that took part, alongside C and D': the names after an 'alongside'
    of the copula, of the group noun or of the clause that describes the group."""
    heads = {cop.i, t.i} | {c.i for c in t.children if c.dep_ in {"acl", "relcl"}}
    return [
        k
        for c in cop.subtree
        if c.dep_ == "prep" and c.lower_ == "alongside" and c.head.i in heads
        for k in rb.keys(list(c.children))
        if rb.kind(k) in {"ORG", "PERSON"}
    ]


# ---------------------------------------------------------------------- guards used by other rules
def not_event_sponsor(rb: RelationBase, t: Token) -> bool:
    """'shown at partner booths' (a modifier), 'A, Managing Partner, Sequoia' (a person's title),
    'a study sponsored by Google' (another thing sponsored): no sponsor of the edition."""
    if t.pos_ == "VERB" and t.dep_ == "acl" and not edition_token(rb, t.head):
        return True
    if t.pos_ == "VERB" and t.dep_ == "advcl" and t.tag_ == "VBN":
        # "Sponsored by IBM, the hackathon at the summit drew 300 coders": the main clause's subject
        subj = [c for c in t.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subj and not any(edition_token(rb, c) for c in subj):
            return True
    if t.pos_ not in {"NOUN", "PROPN"} or t.lemma_.lower() not in _ROLE_NOUNS:
        return False
    if (
        t.dep_ == "compound"
        and rb.s.mention_at(t.head.i) is None
        and not rb.ev.ref_tokens.get(t.head.i)
        and t.head.lemma_.lower() not in _ROSTER_NOUNS
    ):
        return True
    mods = {c.lower_ for c in t.children if c.dep_ in {"amod", "compound"}}
    if mods & _BUSINESS_PARTNER and not _of_event(rb, t):
        return True  # "hardware partners Dell and HPE": a company's partners, not the edition's
    if t.lemma_.lower() in _TIERED_ROLES and not mods & _TIERS:
        return True  # "its suppliers", "supporters of the plan": no tier, no sponsorship
    if mods & _TITLE_PARTNER and not _of_event(rb, t):
        # "Managing Partner", "founding partner at Benchmark": titles; "a founding partner of the
        # show", "the show's founding partner" name a sponsor tier
        return True
    left = t.left_edge.i
    if left >= 2 and rb.toks[left - 1].text == ",":
        before = rb.s.mention_at(left - 2)
        if before is not None and before.label == "PERSON":
            return True  # "Lisa Wong, Managing Partner, ..."
    return False


def sponsor_agents(rb: RelationBase, t: Token) -> list[str] | None:
    """Who a sponsor role noun names where the generic reading goes wrong, else None: the clause's
    subject of "A is one of the IOC's TOP partners" (the possessor owns the roster, it is no
    sponsor), of "A is the official timekeeper and an official partner" (a coordinated predicate
    noun), and the names before "A and B, both top-tier sponsors, ..."."""
    if t.pos_ != "NOUN" or t.lemma_.lower() not in _ROLE_NOUNS:
        return None
    if any(c.dep_ == "det" and c.lower_ in {"both", "all", "each"} for c in t.children):
        comma = t.left_edge.i - 1
        m = rb.s.mention_at(comma - 1) if comma >= 1 and rb.toks[comma].text == "," else None
        if m is not None and m.label == "ORG":
            root = rb.s.mention_root(m)
            while root.dep_ == "conj" and root.head.i < root.i:
                root = root.head
            keys = rb.keys([root, *root.conjuncts], {"ORG"})
            if len(keys) > 1:
                return keys
    if t.dep_ == "conj" and t.head.dep_ == "attr" and t.head.pos_ == "NOUN" and t.head.head.lemma_ == "be":
        return [k for k in rb.subjects(t.head.head) if rb.kind(k) == "ORG"]
    poss = [c for c in t.children if c.dep_ == "poss" and c.lower_ not in {"its", "their"}]
    if poss and not edition_token(rb, poss[0]) and any(rb.kind(k) == "ORG" for k in rb.keys_in(poss[0])):
        v = rb.verbal_head(t)
        owners = set(rb.keys_in(poss[0]))
        tiered = any(
            c.lower_ in _TIERS or c.dep_ == "nummod"
            for c in t.children
            if c.dep_ in {"amod", "compound", "nummod"}
        ) or any(
            k[0] in owners and k[1] == Predicate.ORGANIZES.value for k in rb.out
        )  # "TOP partners", "FIFA's seven partners", the organizer's partners
        if v is None or rb.in_subject(t, v) or not tiered:
            return []  # "one of Nvidia's partners": a company's partners, not a sponsor tier
        return [k for k in rb.subjects(v) if rb.kind(k) == "ORG"]
    return None


def hosts_side_part(rb: RelationBase, v: Token) -> bool:
    """'hosted a pavilion at the fair', 'held a side event at the summit': a company's own place or
    meeting inside the edition (an indefinite object placed at the edition, or the edition's own
    part: 'the conference's robotics forum')."""
    for c in v.children:
        if c.dep_ != "dobj" or rb.s.mention_at(c.i) is not None:
            continue
        if c.lemma_.lower() in _HOSTED_PLACES or any(d.lower_ == "side" for d in c.children):
            return True
        if any(d.lower_ in {"a", "an"} for d in c.children) and any(
            p.dep_ == "prep" and any(edition_token(rb, o) for o in p.subtree if o.i != p.i)
            for w in (c, v)
            for p in w.children
        ):
            return True  # "a launch event on the sidelines of the summit", "a forum at the fair"
        if c.lemma_.lower() not in {"edition", "iteration", "instalment", "installment"} and any(
            d.dep_ == "poss" and edition_token(rb, d) for d in c.children
        ):
            return True  # "will host the conference's robotics forum"
    return False


def _quit_as(v: Token, t: Token) -> bool:
    """'dropped out as a sponsor', 'stepped down as a partner', 'withdrew as title sponsor'."""
    if t.pos_ != "NOUN" or t.dep_ != "pobj" or t.head.lower_ != "as" or t.head.head.i != v.i:
        return False
    low = v.lemma_.lower()
    parts = {c.lower_ for c in v.children if c.dep_ in {"prt", "advmod"}}
    return (low in _END_VERBS and (low != "drop" or "out" in parts)) or (
        low in {"step", "bow", "back"} and bool(parts & {"down", "out", "away"})
    )


def _of_event(rb: RelationBase, t: Token) -> bool:
    """The role noun belongs to an edition: 'partner of the show', "the show's partner"."""
    owners = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    owners += [c for c in t.children if c.dep_ == "poss"]
    return any(edition_token(rb, o) for o in owners)


def edition_token(rb: RelationBase, c: Token) -> bool:
    """The token refers to an edition: a resolved reference, or 'the fair' (not 'its own conference',
    'a conference': another meeting)."""
    m = rb.s.mention_at(c.i)
    if (m.start if m is not None else c.i) in rb.ev.ref_tokens:
        return True
    return c.lower_ in rb.lex.event_generic and not any(
        d.dep_ == "poss" or d.lower_ in {"own", "a", "an", "another"} for d in c.children
    )


def own_edition(rb: RelationBase, root: Token) -> bool:
    """'The show opened its 44th edition': the possessive is the event itself, not an organizer."""
    v = root.head if root.dep_ in {"dobj", "pobj"} else None
    if v is not None and v.dep_ == "prep":
        v = v.head
    if v is None or v.pos_ not in VERBAL_TAGS:
        return False
    return any(c.dep_ in SUBJECT_DEPS and edition_token(rb, c) for c in v.children)


def hosts_part(v: Token) -> bool:
    """'hosted a panel on cloud gaming' however the parser hung the noun: the first noun after the
    verb is a part of the edition."""
    for w in v.doc[v.i + 1 : min(v.i + 5, len(v.doc))]:
        if w.pos_ in {"NOUN", "PROPN"}:
            return w.lower_ in _EVENT_PARTS
        if w.pos_ not in {"DET", "ADJ", "NUM", "PRON"}:
            return False
    return False


def undescribed(rb: RelationBase, t: Token, si: int, agents: list[str], *, titles: bool = False) -> list[str]:
    """The agents less those named only inside a description of another agent: in "Organiser: X,
    a joint venture of A and B" A and B own the organizer; with `titles`, in "A, chief executive of
    B" B employs the participant and is not one itself."""
    spans = [
        (w.left_edge.i, w.right_edge.i)
        for w in rb.s.sent_toks[si]
        if w.dep_ == "appos"
        and w.pos_ == "NOUN"
        and rb.s.mention_at(w.i) is None
        and (
            any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in w.children)
            or (
                titles
                and rb.s.mention_at(w.head.i) is not None
                and bool(rb.lex.title_re.match(rb.doc[w.left_edge.i : w.i + 1].text))
            )
        )
        and not w.left_edge.i <= t.i <= w.right_edge.i
    ]
    if not spans:
        return agents
    inside: dict[str, bool] = {}
    for m in rb.s.sent_mentions(si):
        within = any(lo <= m.start and m.end - 1 <= hi for lo, hi in spans)
        inside[m.key] = inside.get(m.key, True) and within
    return [k for k in agents if not inside.get(k, False)]


# Tokens a flat list of named organizations is made of ("French advertising group A and media group B").
_FLAT_POS = frozenset({"PROPN", "NOUN", "ADJ", "CCONJ", "PUNCT", "DET", "NUM"})


def flat_phrase_orgs(rb: RelationBase, objs: list[Token]) -> list[str]:
    """Every organization named in a flat noun phrase however the parser nested it: 'organised by
    French advertising group A and media group B' (A may hang off B's descriptor). Phrases with a
    preposition or a clause inside ('A, owner of B') are left to the parse."""
    out: list[str] = []
    for o in objs:
        words = list(o.subtree)
        if len(words) > 16 or any(w.pos_ not in _FLAT_POS and w.lower_ != "&" for w in words):
            continue
        lo, hi = o.left_edge.i, o.right_edge.i
        out += [
            m.key for m in rb.s.sent_mentions(rb.s.tok_sent[o.i], "ORG") if lo <= m.start and m.end - 1 <= hi
        ]
    return out


def event_possessors(rb: RelationBase, root: Token) -> list[Token]:
    """The possessives of an edition's name, also when the name modifies an event noun: "its GTC
    Paris developer conference" (the parser hangs "its" on "conference")."""
    own = [c for c in root.children if c.dep_ == "poss"]
    if own or root.dep_ != "compound":
        return own
    head = root.head
    while head.dep_ == "compound" and head.pos_ in {"NOUN", "PROPN"}:
        head = head.head
    if head.lower_ not in rb.lex.event_generic:
        return []
    return [c for c in head.children if c.dep_ == "poss"]


def _edition_day(t: Token) -> bool:
    """'on the opening day', 'on the show's first day': a day of the edition the sentence is about."""
    return t.lemma_.lower() == "day" and any(
        c.lower_ in {"opening", "first", "closing", "final", "last", "second", "third"} for c in t.children
    )

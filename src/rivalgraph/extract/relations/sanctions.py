"""Sanctions: sanctioned_by (org or person -> sanctioning country)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from rivalgraph.extract.relations.common import (
    _POSS,
)
from rivalgraph.extract.relations.lists import ListRules
from rivalgraph.model import Predicate

# Possessed nouns that name a unit of the possessor ("its Shanghai subsidiary was also listed").
_LISTED_UNITS = frozenset({"subsidiary", "subsidiaries", "unit", "units", "arm", "affiliate", "affiliates"})


class SanctionRules(ListRules):
    """Sanctions rules."""

    def sanctions(self) -> None:
        s = self.s
        lex = self.lex
        strong = lex.phrase_re(lex.sanction_strong)
        weak = lex.phrase_re(lex.sanction_weak)
        list_re = lex.phrase_re(tuple(lex.sanction_lists))
        last_strong = -10
        role_nouns = lex.event_triggers["sponsors"].nouns | lex.event_triggers["exhibits_at"].nouns
        for si, sent in enumerate(s.sents):
            text = self.s.sent_texts[si]
            hit_strong = strong.search(text)
            # "Also on the list is X" only continues a sanctions passage, never a sponsor list.
            weak_ok = si - last_strong <= 6 and not any(t.lower_ in role_nouns for t in sent)
            hit = hit_strong or (weak_ok and weak.search(text))
            if not hit:
                continue
            if hit_strong:
                self.sanction_context = True
                last_strong = si
            country = self._sanctioner(si, list_re, sent.start_char + hit.start())
            if country is None:
                continue
            targets = self._sanction_targets(si, country)
            if text.rstrip().endswith(":"):
                targets = targets + self._list_items(si)
            if targets:
                self._ensure_country(country, getattr(self, "_sanctioner_span", None))
            for k in targets:
                self.add(
                    k,
                    Predicate.SANCTIONED_BY,
                    country,
                    si,
                    0.85 if hit_strong else 0.7,
                    negated=self._target_negated(k, si),
                )

    def _target_negated(self, key: str, si: int) -> bool:
        """'X itself was not listed', 'Y was never added': the target's own clause is denied."""
        for m in self.s.sent_mentions(si, "ORG"):
            if m.key != key:
                continue
            v = self.verbal_head(self.s.mention_root(m))
            if v is not None and self.in_subject(self.s.mention_root(m), v) and self.negated(v):
                return True
        return False

    def _sanctioner(self, si: int, list_re: re.Pattern[str], trigger_at: int) -> str | None:
        """The country behind the measure: the one nearest the trigger that is not a nationality label."""
        s = self.s
        doc = self.doc
        text = s.sent_texts[si]
        cands: list[tuple[int, str, tuple[int, int]]] = []
        self._sanctioner_span: tuple[int, int] | None = None
        for m in s.sent_mentions(si):
            code: str | None = None
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
                while (
                    k < len(doc)
                    and k - m.end < 5
                    and doc[k].pos_ in {"NOUN", "ADJ", "PROPN", "PUNCT", "PART"}
                    and (
                        doc[k].is_lower
                        or doc[k].text in {"-", "'s", "’s"}
                        or (doc[k].is_upper and len(doc[k].text) <= 4 and s.mention_at(k) is None)
                    )
                ):
                    if doc[k].lower_ in self.lex.agency_words or doc[k].lower_ in {
                        "entity",
                        "list",
                        "blacklist",
                        "export",
                        "trade",
                        "sanctions",
                    }:
                        break
                    k += 1
                nxt = s.mention_at(k) if k < len(doc) else None
                root = doc[m.start]
                if root.dep_ == "pobj" and root.head.lower_ in {
                    "in",
                    "from",
                    "outside",
                    "to",
                    "across",
                    "into",
                }:
                    continue
                label_like = any(self.is_org_noun(doc[x]) for x in range(m.end, k)) or (
                    nxt is not None
                    and nxt.label == "ORG"
                    and not (set(nxt.text.lower().split()) & self.lex.agency_words)
                )
                if label_like:
                    continue
                code = acc.country
            elif m.label == "ORG":
                acc = s.entities.get(m.key)
                if acc is not None and acc.record is not None and str(acc.record.kind) == "agency":
                    code = acc.country
            if code:
                cands.append(
                    (abs(m.start_char - trigger_at), s.kb.country_place(code).id, (m.start_char, m.end_char))
                )
        lm = list_re.search(text)
        if lm and not cands:
            code = self.lex.sanction_lists.get(lm.group(0).lower())
            if code:
                return s.kb.country_place(code).id
        if cands:
            best = min(cands)
            self._sanctioner_span = best[2]
            return best[1]
        return getattr(self, "_last_sanctioner", None)

    def _sanction_targets(self, si: int, country: str) -> list[str]:
        s = self.s
        out: list[str] = []
        for m in s.sent_mentions(si, "ORG"):
            acc = s.entities.get(m.key)
            if acc is None:
                continue
            if acc.record is not None and str(acc.record.kind) == "agency":
                continue
            words = {w.lower() for w in m.text.replace("'s", "").split()}
            if words & self.lex.agency_words or "list" in words:
                continue
            root = s.mention_root(m)
            nxt = self.doc[m.end] if m.end < len(self.doc) else None
            if (
                root.dep_ == "poss" or (nxt is not None and nxt.text in _POSS)
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
                    and h.head.lower_ in {"of", "from", "with", "than", "at", "about", "by"}
                    and h.head.head.lower_ not in {"products", "chips", "one"}
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
            if blocked:
                continue
            out.append(m.key)
        if not out:
            out = self._described_targets(si)
        self._last_sanctioner = country
        return out

    def _owns_listed_unit(self, root: Token) -> bool:
        """'ACM Research's Shanghai subsidiary was listed': a listed unit puts its parent on the list too."""
        head = root.head
        return root.dep_ == "poss" and head.pos_ == "NOUN" and head.lower_ in _LISTED_UNITS

    def _described_targets(self, si: int) -> list[str]:
        """'The foundry was itself added', 'placed the California company under sanctions'."""
        out: list[str] = []
        for t in self.s.sents[si]:
            if t.pos_ != "NOUN" or t.dep_ not in {"nsubjpass", "dobj", "nsubj"}:
                continue
            if t.dep_ == "nsubj" and t.head.lemma_ not in {"face", "remain", "be"}:
                continue  # "the department added ...": the actor, not the target
            if t.lower_ in _LISTED_UNITS:
                # "the US added its Shanghai subsidiary": the parent the possessive points to
                for p in t.children:
                    if p.dep_ == "poss" and p.pos_ == "PRON":
                        out += [k for k in self.resolve(p) or self._unit_owner(p, si) if self._listable(k)]
            out += [k for k in self.resolve(t) if self._listable(k)]
        return list(dict.fromkeys(out))

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

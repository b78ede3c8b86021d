"""Where the text says an organization is: 'Beijing-based X', 'X, headquartered in Fremont,
California', 'Taiwanese trade body X', 'X, the Taiwanese trade body'.

The result feeds an entity's `country` (ISO code) when the KB has no record for it; unlike
`based_in` (a relation the text must state with a country the document names), a city or state
is enough here, because the KB's places know their country."""

from __future__ import annotations

import re

from rivalgraph.extract.names import ORG_KIND_NOUNS
from rivalgraph.extract.state import DocState, Mention

__all__ = ["stated_countries"]

_BASED = re.compile(r"^[-‐–](?:based|headquartered)\b")
_LOCATED = frozenset({"based", "headquartered", "located"})
_ARTICLES = frozenset({"a", "an", "the"})


def _kind_noun(state: DocState, low: str) -> bool:
    """'firm', 'trade body', 'start-up' (spaCy splits the hyphen: 'up' after 'start -')."""
    nouns = state.lex.org_nouns
    return low in nouns or low in ORG_KIND_NOUNS or low == "up"


def _place_code(state: DocState, m: Mention) -> str | None:
    if m.label not in {"GPE", "NORP"}:
        return None
    acc = state.entities.get(m.key)
    return acc.country if acc is not None else None


def _org_after(state: DocState, tok: int, limit: int) -> Mention | None:
    """The organization a modifier phrase starting at token `tok` ends in ('... trade body TAITRA')."""
    doc = state.doc
    toks = state.toks
    k = tok
    saw_noun = False
    while k < len(doc) and k - tok < limit:
        m = state.mention_at(k)
        if m is not None:
            return m if m.label == "ORG" else None
        t = toks[k]
        if t.is_punct and t.text != "-":
            return None
        if not (t.is_lower or t.text in {"-", "AI", "GPU", "IT", "EV"}):
            return None
        saw_noun = saw_noun or _kind_noun(state, t.lower_)
        k += 1
        if saw_noun and k < len(doc) and toks[k].text == ",":
            k += 1  # "the Beijing start-up, Shengshu,"
    return None


def _org_before(state: DocState, tok: int) -> Mention | None:
    """The organization an appositive at token `tok` describes: 'TAITRA, the Taiwanese trade body'."""
    toks = state.toks
    k = tok - 1
    while k >= 0 and toks[k].lower_ in _ARTICLES:
        k -= 1
    if k < 1 or toks[k].text != ",":
        return None
    m = state.mention_at(k - 1)
    return m if m is not None and m.label == "ORG" else None


def _appositive_noun(state: DocState, start: int) -> bool:
    """An org noun follows within a few lower-case words: 'Taiwanese trade body', 'Beijing-based start-up'."""
    doc = state.doc
    for t in doc[start : start + 5]:
        if _kind_noun(state, t.lower_):
            return True
        if t.is_punct and t.text != "-":
            return False
        if not (t.is_lower or t.text == "-"):
            return False
    return False


def stated_countries(state: DocState) -> dict[str, str]:
    """Entity key of an organization (or of a place the KB does not know) -> the ISO country its stated
    location lies in."""
    doc = state.doc
    toks = state.toks
    text = state.text
    out: dict[str, str] = {}

    def put(m: Mention | None, code: str) -> None:
        if m is not None and m.label == "ORG" and m.key not in out:
            out[m.key] = code

    for m in state.mentions:
        code = _place_code(state, m)
        if code is None:
            continue
        if state.mention_at(m.start) is not m:
            continue
        based = _BASED.match(text[m.end_char : m.end_char + 16])
        after = m.end + 2 if based else m.end
        if based or m.label == "NORP" or m.label == "GPE":
            org = _org_after(state, after, 8)
            # a place word right before a name only counts for nationality words ("Chinese Piotech")
            if (
                org is not None
                and (based or _appositive_noun(state, after) or org.start == m.end)
                and (based or m.label == "NORP" or org.start > m.end)
            ):
                put(org, code)
                continue
            if (based or _appositive_noun(state, after)) and m.start > 0:
                host = _org_before(state, m.start)
                if host is None and toks[m.start - 1].lower_ == "the":
                    # "the Beijing-based start-up" refers back to an organization named before
                    key = state.org_antecedent(m.start)
                    host = next((x for x in state.mentions if x.key == key), None) if key else None
                put(host, code)
                continue
        # "China's Piotech": a country's possessive before a name
        if m.end + 1 < len(doc) and toks[m.end].text in {"'s", "’s"} and m.label == "GPE":
            org = state.mention_at(m.end + 1)
            if org is not None and org.start == m.end + 1:
                put(org, code)
    # "X, headquartered in Fremont, California": the organization the clause hangs on
    low = state.low
    for i, word in enumerate(low):
        if word not in _LOCATED or i + 1 >= len(low) or low[i + 1] != "in":
            continue
        t = toks[i]
        codes: list[str] = []
        for k in range(t.i + 2, min(len(doc), t.i + 9)):
            pm = state.mention_at(k)
            if pm is not None and (c := _place_code(state, pm)) is not None:
                codes.append(c)
            elif toks[k].is_punct and toks[k].text not in {","}:
                break
        if not codes:
            continue
        code = codes[0]  # the most specific place named first ('Fremont, California')
        owner = _located_owner(state, t.i)
        if owner is None:
            si = state.tok_sent[t.i]
            before = [x for x in state.mentions if x.label == "ORG" and x.sent == si and x.end <= t.i]
            owner = before[-1] if before else None
        put(owner, code)
    # "Fremont, California", "Nyon, Switzerland": a place the KB does not know takes the country of the
    # state, province or country written right after it
    for m in state.mentions:
        acc = state.entities.get(m.key)
        if m.label != "GPE" or acc is None or acc.country is not None or m.key in out:
            continue
        if m.end + 1 >= len(doc) or toks[m.end].text != "," or state.kb.lookup_place(m.text) is not None:
            continue
        at = m.end + 2 if toks[m.end + 1].lower_ == "the" else m.end + 1  # "Delft, the Netherlands"
        region = state.mention_at(at) if at < len(doc) else None
        place = state.kb.lookup_place(region.text) if region is not None else None
        if region is None or region.start != at or place is None or str(place.kind) == "city":
            continue
        out[m.key] = place.country
    # "Anhui Cambricon Information Technology Co., Ltd.", "Cambricon (Xi'an) Integrated Circuit Co.":
    # failing a stated location, a registered name carries the city or province it is registered in
    for m in state.mentions:
        if m.label == "ORG" and not m.kb_id and m.key not in out:
            code = (
                _registered_place(state, m.text)
                or _local_arm(state, m.text)
                or _parent_country(state, m.text)
            )
            if code is not None:
                out[m.key] = code
    return out


_PAREN_PLACE = re.compile(r"\(([^()]{2,30})\)")


def _registered_place(state: DocState, name: str) -> str | None:
    """The country of a city or province that opens a multi-word name or stands in its brackets."""
    words = name.split()
    if len(words) < 2:
        return None
    candidates = [m.group(1) for m in _PAREN_PLACE.finditer(name)]
    candidates += [" ".join(words[:2]), words[0]] if len(words) >= 3 else [words[0]]
    for cand in candidates:
        place = state.kb.lookup_place(cand)
        if place is not None and str(place.kind) in {"city", "province", "state"}:
            return place.country
    return None


def _local_arm(state: DocState, name: str) -> str | None:
    """'Intel China', 'Alibaba Cloud Singapore': a known company's arm named after a place is there."""
    words = name.split()
    for n in (2, 1):
        if len(words) <= n:
            continue
        place = state.kb.lookup_place(" ".join(words[-n:]))
        lead = " ".join(words[:-n])
        if place is not None and (state.kb.lookup_org(lead) is not None or _parent_country(state, lead)):
            return place.country
    return None


def _parent_country(state: DocState, name: str) -> str | None:
    """'Inspur Software': a unit named after a company the KB knows shares that company's country."""
    words = name.split()
    for n in range(len(words) - 1, 0, -1):
        record = state.kb.lookup_org(" ".join(words[:n]))
        if record is not None:
            return record.country
    return None


def _located_owner(state: DocState, i: int) -> Mention | None:
    """The organization a 'based in' at token i is said of, by the parse: its subject, the noun it
    modifies, or what that noun is in apposition to ('X, Y's cloud unit headquartered in Z')."""
    t = state.doc[i]
    cands = [c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not cands and t.dep_ in {"acl", "relcl", "amod", "advcl"}:
        noun = t.head
        cands = [noun]
        if noun.dep_ == "appos":
            cands.append(noun.head)
        elif noun.dep_ in {"attr"}:
            cands.extend(c for c in noun.head.children if c.dep_ == "nsubj")
    for c in cands:
        m = state.mention_at(c.i)
        if m is not None and m.label == "ORG":
            return m
        if c.dep_ == "appos" or any(x.dep_ == "appos" for x in c.children):
            for x in c.children:
                mx = state.mention_at(x.i)
                if x.dep_ == "appos" and mx is not None and mx.label == "ORG":
                    return mx
    return None

"""Wording rules: each turns one kind of analysis finding into cited sentences.

A rule returns no sentence when the data give it nothing to cite; the wording follows the
numbers (one, "the only two", "none of the ten"), and disagreements between sources are
written out with each side footnoted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from rivalgraph.briefs.inputs import (
    Link,
    Participant,
    Participation,
    ReportedQuantity,
    Role,
    Sanctions,
    TrendInput,
)
from rivalgraph.briefs.model import Citation, Clause, DocumentCitation, ListCitation, Note, Sentence
from rivalgraph.briefs.wording import (
    capitalize,
    country_adjective,
    country_name,
    format_date,
    join_words,
    measure_topic,
    number_word,
    plural,
    quantity_phrase,
    quantity_range,
    ranges_agree,
)

__all__ = [
    "ROLE_NOUNS",
    "absentees",
    "country_sponsors",
    "coverage_note",
    "entity_country",
    "entity_links",
    "entity_participations",
    "negated_participants",
    "organizers",
    "presence_conflicts",
    "quantity_sentences",
    "role_members",
    "sanction_details",
    "sanction_summary",
    "sponsors_headline",
    "trend_sentences",
]

#: The noun for a participant in each role, when the sources give no narrower one.
ROLE_NOUNS: dict[Role, str] = {
    Role.SPONSOR: "sponsor",
    Role.EXHIBITOR: "exhibitor",
    Role.ATTENDEE: "attendee",
    Role.SPEAKER: "speaker",
    Role.ORGANIZER: "organizer",
    Role.ABSENT: "absentee",
}
# "does not <verb>" for a stated non-participation.
_NEGATED_VERBS: dict[Role, tuple[str, str]] = {
    Role.SPONSOR: ("does not sponsor", "do not sponsor"),
    Role.EXHIBITOR: ("does not exhibit at", "do not exhibit at"),
    Role.ATTENDEE: ("does not attend", "do not attend"),
    Role.SPEAKER: ("does not speak at", "do not speak at"),
    Role.ORGANIZER: ("does not organize", "do not organize"),
}


def evidence_of(participants: Iterable[Participant]) -> tuple[DocumentCitation, ...]:
    """Every evidence sentence behind these participants, in order."""
    return tuple(c for p in participants for c in p.evidence)


def _names(participants: Iterable[Participant]) -> list[str]:
    return [p.name for p in participants]


def _report_label(citation: DocumentCitation) -> str:
    """How a source is named in prose: 'a report of 4 July 2023'."""
    published = format_date(citation.doc.published)
    return f"a report of {published}" if published else "an undated report"


# --------------------------------------------------------------------------- event: participants


def sponsors_headline(label: str, sponsors: Sequence[Participant]) -> tuple[Sentence, ...]:
    """'Sources name 11 sponsors of WAIC 2023: ten from China and one from the US.'"""
    if not sponsors:
        return ()
    by_country: dict[str | None, int] = defaultdict(int)
    for p in sponsors:
        by_country[p.country] += 1
    n = len(sponsors)
    head = f"Sources name {number_word(n)} {plural('sponsor', n)} of {label}"
    known = sorted(((c, k) for c, k in by_country.items() if c), key=lambda ck: (-ck[1], ck[0]))
    unknown = by_country.get(None, 0)
    if n == 1:
        only = sponsors[0]
        where = f", from {country_name(only.country)}" if only.country else ""
        return (Sentence.of(f"{head}: {only.name}{where}.", only.evidence),)
    if len(known) == 1 and not unknown:
        word = "both" if n == 2 else "all"
        text = f"{head}, {word} from {country_name(known[0][0])}."
        return (Sentence.of(text, evidence_of(sponsors)),)
    parts = [f"{number_word(k)} from {country_name(c)}" for c, k in known]
    if unknown:
        parts.append(f"{number_word(unknown)} whose country the sources do not give")
    return (Sentence.of(f"{head}: {join_words(parts)}.", evidence_of(sponsors)),)


def _counted_measure(country: str) -> str:
    return f"{country.lower()}_sponsors"


def country_sponsors(
    label: str, country: str, sponsors: Sequence[Participant], reported: Sequence[ReportedQuantity]
) -> tuple[Sentence, ...]:
    """The 'sole US sponsor' finding, and any source that counts them differently."""
    members = [p for p in sponsors if p.country == country]
    k, n = len(members), len(sponsors)
    adjective = country_adjective(country)
    where = country_name(country)
    counts = [q for q in reported if q.measure == _counted_measure(country)]
    agreeing = [
        q for q in counts if ranges_agree(quantity_range(q.value, q.qualifier), quantity_range(k, None))
    ]
    disagreeing = [q for q in counts if q not in agreeing]
    support: tuple[Citation, ...] = tuple(q.evidence for q in agreeing)
    names = _names(members)
    out: list[Sentence] = []
    if k == 0 and n > 1:
        text = f"None of the {number_word(n)} sponsors that sources name is from {where}."
        out.append(Sentence.of(text, (*evidence_of(sponsors), *support)))
    elif k == 1 and n > 1:
        text = f"{names[0]} is the only {adjective} sponsor of {label}."
        out.append(Sentence.of(text, (*members[0].evidence, *support)))
    elif k == 2 and n > 2:
        text = f"{join_words(names)} are the only two {adjective} sponsors of {label}."
        out.append(Sentence.of(text, (*evidence_of(members), *support)))
    elif k >= 2 and k == n:
        word = "Both" if k == 2 else f"All {number_word(k)}"
        text = f"{word} sponsors that sources name are from {where}: {join_words(names)}."
        out.append(Sentence.of(text, (*evidence_of(members), *support)))
    elif k >= 3:
        count = capitalize(number_word(k))
        text = f"{count} of the {number_word(n)} sponsors are from {where}: {join_words(names)}."
        out.append(Sentence.of(text, (*evidence_of(members), *support)))
    elif k == 1 and n == 1 and support:
        out.append(
            Sentence.of(
                f"{names[0]} is the only {adjective} sponsor of {label}.", (*members[0].evidence, *support)
            )
        )
    if disagreeing:
        out.append(_count_disagreement(f"{adjective} sponsors", disagreeing, members, k))
    return tuple(out)


def _count_disagreement(
    topic: str, reports: Sequence[ReportedQuantity], members: Sequence[Participant], counted: int
) -> Sentence:
    """'Sources disagree on the number of US sponsors: a report of ... gives two [1], while ... [2].'"""
    clauses = [Clause(f"Sources disagree on the number of {topic}: ")]
    for i, q in enumerate(reports):
        sep = "" if i == 0 else ", "
        phrase = quantity_phrase(q.value, q.qualifier, "").strip()
        clauses.append(Clause(f"{sep}{_report_label(q.evidence)} gives {phrase}", (q.evidence,)))
    if members:
        clauses.append(
            Clause(
                f", while sources name {number_word(counted)}: {join_words(_names(members))}",
                evidence_of(members),
            )
        )
    clauses.append(Clause("."))
    return Sentence(tuple(clauses))


def role_members(
    label: str,
    noun: str,
    members: Sequence[Participant],
    reported: Sequence[ReportedQuantity],
    *,
    others: bool = False,
) -> tuple[Sentence, ...]:
    """'The ten strategic partners of WAIC 2023 are A, B, ... and J.' (or the disagreement)."""
    if not members:
        return ()
    n = len(members)
    names = join_words(_names(members))
    evidence = evidence_of(members)
    nouns = plural(noun, n)
    measure = plural(noun, 2).replace(" ", "_").casefold()
    counts = [q for q in reported if q.measure == measure]
    agreeing = [q for q in counts if q.qualifier is None and q.value == n]
    differing = [q for q in counts if q not in agreeing]
    if agreeing and not differing and not others:
        verb = "is" if n == 1 else "are"
        lead = f"The {number_word(n)}" if n > 1 else "The only"
        text = f"{lead} {nouns} {_preposition(members[0].role)} {label} {verb} {names}."
        return (Sentence.of(text, (*evidence, *(q.evidence for q in agreeing))),)
    also = f"also name {number_word(n)} other" if others else f"name {number_word(n)}"
    listing = Sentence.of(
        f"Sources {also} {nouns} {_preposition(members[0].role)} {label}: {names}.", evidence
    )
    if not differing:
        return (listing,)
    return (listing, _count_disagreement(nouns, differing, members, n))


def _preposition(role: Role) -> str:
    return "at" if role in (Role.EXHIBITOR, Role.ATTENDEE, Role.SPEAKER) else "of"


_HOSTING = {"host": "hosted", "co-host": "co-hosted", "organiser": "organized", "organizer": "organized"}


def organizers(label: str, noun: str, members: Sequence[Participant]) -> tuple[Sentence, ...]:
    """'WAIC 2023 is hosted by the Shanghai Municipal People's Government.'"""
    if not members:
        return ()
    verb = _HOSTING.get(noun.casefold(), "organized")
    text = f"{capitalize(label)} is {verb} by {join_words(_names(members))}."
    return (Sentence.of(text, evidence_of(members)),)


def negated_participants(label: str, participants: Sequence[Participant]) -> tuple[Sentence, ...]:
    """'Sources state that X and Y do not exhibit at MWC Shanghai 2023.'"""
    out: list[Sentence] = []
    by_role: dict[Role, list[Participant]] = defaultdict(list)
    for p in participants:
        if p.negated and p.role in _NEGATED_VERBS:
            by_role[p.role].append(p)
    for role, members in by_role.items():
        one, many = _NEGATED_VERBS[role]
        verb = one if len(members) == 1 else many
        text = f"Sources state that {join_words(_names(members))} {verb} {label}."
        out.append(Sentence.of(text, evidence_of(members)))
    return tuple(out)


def absentees(label: str, absent: Sequence[Participant]) -> tuple[Sentence, ...]:
    """'OpenAI is reported absent from WAIC 2023.'"""
    if not absent:
        return ()
    n = len(absent)
    names = join_words(_names(absent))
    if n == 1:
        text = f"{names} is reported absent from {label}."
    elif n == 2:
        text = f"{names} are both reported absent from {label}."
    else:
        text = f"Sources report {number_word(n)} absentees from {label}: {names}."
    return (Sentence.of(text, evidence_of(absent)),)


# --------------------------------------------------------------------------- sanctions


def _sanction_citations(sanctions: Sanctions) -> tuple[Citation, ...]:
    claims = tuple(c for claim in sanctions.claims for c in claim.evidence)
    return (*claims, *sanctions.list_matches)


def sanction_summary(
    label: str, sanctioned: Sequence[Participant], role_noun: dict[str, str]
) -> tuple[Sentence, ...]:
    """'Two participants are under sanctions: Huawei Technologies and SenseTime, both strategic partners.'"""
    if not sanctioned:
        return ()
    n = len(sanctioned)
    roles = [role_noun[p.entity_id] for p in sanctioned]
    citations = tuple(c for p in sanctioned for c in _sanction_citations(p.sanctions))
    if n == 1:
        who = f"{sanctioned[0].name}, {_article(roles[0])} {roles[0]}"
        text = f"One participant of {label} is under sanctions: {who}."
    elif len(set(roles)) == 1:
        word = "both" if n == 2 else "all"
        text = (
            f"{capitalize(number_word(n))} participants of {label} are under sanctions: "
            f"{join_words(_names(sanctioned))}, {word} {plural(roles[0], n)}."
        )
    else:
        named = [f"{p.name} ({r})" for p, r in zip(sanctioned, roles, strict=True)]
        text = (
            f"{capitalize(number_word(n))} participants of {label} are under sanctions: {join_words(named)}."
        )
    return (Sentence.of(text, citations),)


def _article(noun: str) -> str:
    return "an" if noun[:1].lower() in "aeiou" else "a"


def sanction_details(name: str, sanctions: Sanctions) -> tuple[Sentence, ...]:
    """Article claims and list matches for one entity, side by side, each footnoted."""
    clauses: list[Clause] = []
    claims = [c for c in sanctions.claims if c.evidence]
    if claims:
        countries = sorted({c.by_country for c in claims if c.by_country})
        by = f" by {join_words([country_name(c) for c in countries])}" if countries else ""
        evidence = tuple(e for c in claims for e in c.evidence)
        clauses.append(Clause(f"Sources describe {name} as sanctioned{by}", evidence))
    if sanctions.list_matches:
        entries = [_list_entry(m) for m in sanctions.list_matches]
        lead = ", and it is on " if claims else f"{name} is on "
        clauses.append(Clause(f"{lead}{join_words(entries)}", sanctions.list_matches))
    if not clauses:
        return ()
    clauses.append(Clause("."))
    return (Sentence(tuple(clauses)),)


def _list_entry(match: ListCitation) -> str:
    when = format_date(match.listed_on)
    listed = f", listed on {when}" if when else ""
    return f"the {match.list_name} (entry {match.entry_name}{listed})"


# --------------------------------------------------------------------------- trends


def _year_ranges(years: Sequence[int]) -> str:
    """[2020, 2021, 2022, 2024] -> '2020\u20132022 and 2024'."""
    runs: list[list[int]] = []
    for year in sorted(years):
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    parts = [str(r[0]) if len(r) == 1 else f"{r[0]}\u2013{r[-1]}" for r in runs]
    return join_words(parts)


def trend_sentences(trend: TrendInput, *, series: str) -> tuple[Sentence | Note, ...]:
    """'The number of US sponsors that sources name falls from three in 2019 to one in 2023.'"""
    cells = sorted(trend.cells, key=lambda c: c.year)
    data = [c for c in cells if c.count is not None and c.evidence]
    missing = [c.year for c in cells if c.count is None]
    noun = ROLE_NOUNS[trend.role]
    adjective = country_adjective(trend.country)
    topic = f"{adjective} {plural(noun, 2)}"
    out: list[Sentence | Note] = []

    def amount(count: int | None) -> str:
        return number_word(count or 0, zero="none")

    if len(data) == 1:
        only = data[0]
        k = only.count or 0
        text = f"Sources name {number_word(k)} {adjective} {plural(noun, k)} for {series} {only.year}."
        out.append(Sentence.of(text, only.evidence))
    elif len(data) >= 2:
        first, last = data[0], data[-1]
        a, b = first.count or 0, last.count or 0
        verb = "falls" if b < a else "rises" if b > a else "stays at"
        head = f"The number of {topic} that sources name {verb}"
        clauses: list[Clause] = []
        if verb == "stays at":
            clauses.append(Clause(f"{head} {amount(a)} in {first.year}", first.evidence))
            clauses.append(Clause(f" and in {last.year}", last.evidence))
        else:
            clauses.append(Clause(f"{head} from {amount(a)} in {first.year}", first.evidence))
            clauses.append(Clause(f" to {amount(b)} in {last.year}", last.evidence))
        middle = data[1:-1]
        for i, cell in enumerate(middle):
            lead = ", with " if i == 0 else (" and " if i == len(middle) - 1 else ", ")
            clauses.append(Clause(f"{lead}{amount(cell.count)} in {cell.year}", cell.evidence))
        if middle:
            clauses.append(Clause(" in between"))
        clauses.append(Clause("."))
        out.append(Sentence(tuple(clauses)))
    for cell in data:
        counted = cell.count or 0
        off = [
            q
            for q in cell.reported
            if not ranges_agree(quantity_range(q.value, q.qualifier), quantity_range(counted, None))
        ]
        if off:
            clauses = [Clause(f"For {cell.year}, ")]
            for i, q in enumerate(off):
                sep = "" if i == 0 else ", and "
                phrase = quantity_phrase(q.value, q.qualifier, "").strip()
                clauses.append(Clause(f"{sep}{_report_label(q.evidence)} counts {phrase}", (q.evidence,)))
            clauses.append(
                Clause(f" {adjective} {plural(noun, 2)}, while sources name {amount(counted)}", cell.evidence)
            )
            clauses.append(Clause("."))
            out.append(Sentence(tuple(clauses)))
    if missing:
        out.append(coverage_note(series, missing, topic))
    return tuple(out)


def coverage_note(series: str, years: Sequence[int], topic: str) -> Note:
    """A remark on the editions the store has no source for."""
    noun = "edition" if len(years) == 1 else "editions"
    return Note(f"The store holds no source on the {topic} of the {_year_ranges(years)} {series} {noun}.")


# --------------------------------------------------------------------------- quantities


def quantity_sentences(label: str, quantities: Sequence[ReportedQuantity]) -> tuple[Sentence, ...]:
    """One sentence per measure: what sources report, or how they disagree."""
    by_measure: dict[str, list[ReportedQuantity]] = defaultdict(list)
    for q in quantities:
        by_measure[q.measure].append(q)
    out: list[Sentence] = []
    for measure in sorted(by_measure, key=lambda m: (by_measure[m][0].evidence.doc.doc_id, m)):
        reports = by_measure[measure]
        # Same value and qualifier from several documents: one phrase, every footnote.
        groups: dict[tuple[float, str | None], list[ReportedQuantity]] = defaultdict(list)
        for q in reports:
            groups[(q.value, q.qualifier)].append(q)
        ranges = [quantity_range(v, qual) for v, qual in groups]
        agree = all(ranges_agree(a, b) for i, a in enumerate(ranges) for b in ranges[i + 1 :])
        if measure == "duration_days" and len(groups) == 1:
            (value, qual), same = next(iter(groups.items()))
            phrase = quantity_phrase(value, qual, measure)
            out.append(
                Sentence.of(f"{capitalize(label)} runs for {phrase}.", tuple(q.evidence for q in same))
            )
            continue
        if agree and len(groups) == 1:
            (value, qual), same = next(iter(groups.items()))
            text = f"Sources report {quantity_phrase(value, qual, measure)} for {label}."
            out.append(Sentence.of(text, tuple(q.evidence for q in same)))
            continue
        if agree:
            clauses = [Clause("Sources report ")]
            for i, ((value, qual), same) in enumerate(groups.items()):
                sep = "" if i == 0 else (" and " if i == len(groups) - 1 else ", ")
                clauses.append(
                    Clause(f"{sep}{quantity_phrase(value, qual, measure)}", tuple(q.evidence for q in same))
                )
            clauses.append(Clause("."))
            out.append(Sentence(tuple(clauses)))
            continue
        clauses = [Clause(f"Sources disagree on the number of {measure_topic(measure)}: ")]
        for i, ((value, qual), same) in enumerate(groups.items()):
            sep = "" if i == 0 else "; "
            who = _report_label(same[0].evidence) if len(same) == 1 else f"{number_word(len(same))} reports"
            verb = "gives" if len(same) == 1 else "give"
            phrase = quantity_phrase(value, qual, "").strip()
            clauses.append(Clause(f"{sep}{who} {verb} {phrase}", tuple(q.evidence for q in same)))
        clauses.append(Clause("."))
        out.append(Sentence(tuple(clauses)))
    return tuple(out)


# --------------------------------------------------------------------------- entity briefs


def entity_country(
    name: str, country: str | None, evidence: Sequence[DocumentCitation]
) -> tuple[Sentence, ...]:
    """'Sources describe Qualcomm as based in the US.' (only when a sentence says so)."""
    if not country or not evidence:
        return ()
    return (Sentence.of(f"Sources describe {name} as based in {country_name(country)}.", evidence),)


_PARTICIPATION_VERBS: dict[Role, str] = {
    Role.SPONSOR: "as a sponsor of",
    Role.EXHIBITOR: "as an exhibitor at",
    Role.ATTENDEE: "as attending",
    Role.SPEAKER: "as a speaker at",
    Role.ORGANIZER: "as an organizer of",
    Role.ABSENT: "as absent from",
}


def _edition_label(p: Participation) -> str:
    return f"{p.event_name} {p.year}" if p.year is not None else p.event_name


def entity_participations(name: str, participations: Sequence[Participation]) -> tuple[Sentence, ...]:
    """'Sources name Huawei as a sponsor of WAIC 2023 (strategic partner) [1] and WAIC 2024 (partner) [2].'"""
    out: list[Sentence] = []
    by_role: dict[tuple[Role, bool], list[Participation]] = defaultdict(list)
    for p in participations:
        by_role[(p.role, p.negated)].append(p)
    for role in Role:
        for negated in (False, True):
            items = sorted(by_role.get((role, negated), []), key=lambda p: (p.year or 0, p.event_name))
            if not items:
                continue
            verb = _PARTICIPATION_VERBS[role]
            if not negated:
                lead = f"Sources name {name} {verb} "
            elif role in _NEGATED_VERBS:
                lead = f"Sources state that {name} {_NEGATED_VERBS[role][0]} "
            else:
                continue
            clauses = [Clause(lead)]
            for i, p in enumerate(items):
                sep = "" if i == 0 else (" and " if i == len(items) - 1 else ", ")
                qual = f" ({p.qualifier})" if p.qualifier and p.qualifier != ROLE_NOUNS[role] else ""
                clauses.append(Clause(f"{sep}{_edition_label(p)}{qual}", p.evidence))
            clauses.append(Clause("."))
            out.append(Sentence(tuple(clauses)))
    return tuple(out)


# (predicate, outgoing) -> ("verb phrase" for the entity as grammatical subject)
_LINK_PHRASES: dict[tuple[str, bool], str] = {
    ("owns", True): "owns",
    ("owns", False): "is owned by",
    ("affiliate_of", True): "is an affiliate of",
    ("affiliate_of", False): "has as an affiliate",
    ("backed_by", True): "is backed by",
    ("backed_by", False): "backs",
    ("develops", True): "develops",
    ("develops", False): "is developed by",
    ("employs", True): "employs",
    ("employs", False): "works for",
}
_NEGATED_LINK_PHRASES: dict[tuple[str, bool], str] = {
    ("owns", True): "does not own",
    ("owns", False): "is not owned by",
    ("affiliate_of", True): "is not an affiliate of",
    ("backed_by", True): "is not backed by",
    ("backed_by", False): "does not back",
    ("develops", True): "does not develop",
}


def entity_links(name: str, links: Sequence[Link]) -> tuple[Sentence, ...]:
    """'Alibaba Group Holding owns South China Morning Post [1].' One sentence per kind of link."""
    groups: dict[tuple[str, bool, bool], list[Link]] = defaultdict(list)
    for link in links:
        groups[(link.predicate, link.outgoing, link.negated)].append(link)
    out: list[Sentence] = []
    for (predicate, outgoing), phrase in _LINK_PHRASES.items():
        for negated in (False, True):
            items = sorted(groups.get((predicate, outgoing, negated), []), key=lambda x: x.other_name)
            if not items:
                continue
            verb = _NEGATED_LINK_PHRASES.get((predicate, outgoing)) if negated else phrase
            if verb is None:
                continue
            lead = f"Sources state that {name} {verb} " if negated else f"{name} {verb} "
            clauses = [Clause(lead)]
            for i, link in enumerate(items):
                sep = "" if i == 0 else (" and " if i == len(items) - 1 else ", ")
                title = dict(link.qualifiers).get("title")
                extra = f" ({title})" if title else ""
                clauses.append(Clause(f"{sep}{link.other_name}{extra}", link.evidence))
            clauses.append(Clause("."))
            out.append(Sentence(tuple(clauses)))
    return tuple(out)


def presence_conflicts(label: str, participants: Sequence[Participant]) -> tuple[Sentence, ...]:
    """'Sources disagree on whether X takes part in LABEL: named as X [1], but also absent [2].'"""
    by_entity: dict[str, list[Participant]] = defaultdict(list)
    for p in participants:
        by_entity[p.entity_id].append(p)
    out: list[Sentence] = []
    for items in by_entity.values():
        present = [p for p in items if not p.negated and p.role is not Role.ABSENT]
        away = [
            p
            for p in items
            if (p.role is Role.ABSENT and not p.negated) or (p.negated and p.role is not Role.ABSENT)
        ]
        if not present or not away:
            continue
        away_keys = {c.key for p in away for c in p.evidence}
        clauses = [Clause(f"Sources disagree on whether {items[0].name} takes part in {label}: ")]
        for i, p in enumerate(present):
            sep = "" if i == 0 else ", "
            noun = p.qualifier or ROLE_NOUNS[p.role]
            clauses.append(
                Clause(
                    f"{sep}named as {_article(noun)} {noun}",
                    tuple(c for c in p.evidence if c.key not in away_keys),
                )
            )
        clauses.append(Clause(", but also reported absent", evidence_of(away)))
        clauses.append(Clause("."))
        out.append(Sentence(tuple(clauses)))
    return tuple(out)

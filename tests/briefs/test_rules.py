"""Wording rules on constructed inputs: zero, one, many; disagreement; editions with no data."""

from __future__ import annotations

import pytest

from rivalgraph.briefs import rules
from rivalgraph.briefs.inputs import Role, Sanctions, TrendCell, TrendInput
from rivalgraph.briefs.model import ListCitation, Note, Sentence
from tests.briefs.builders import FakeDoc, participant, quantity

LABEL = "WAIC 2023"
CN_NAMES = [
    "Alibaba",
    "Ant Group",
    "Baidu",
    "China Mobile",
    "Huawei",
    "iFlytek",
    "SenseTime",
    "Tencent",
    "Transwarp",
]
US_NAMES = ["Qualcomm", "Intel", "IBM", "Nvidia"]


def _sponsors(doc: FakeDoc, n_cn: int, n_us: int) -> list:
    return [participant(doc, n) for n in CN_NAMES[:n_cn]] + [
        participant(doc, n, country="US") for n in US_NAMES[:n_us]
    ]


def _texts(sentences: tuple[Sentence | Note, ...]) -> list[str]:
    return [s.text for s in sentences]


def _assert_cited_from(doc: FakeDoc, sentences: tuple[Sentence | Note, ...]) -> None:
    """Every citation of every sentence slices out of the document it names."""
    for s in sentences:
        if isinstance(s, Sentence):
            for c in s.citations:
                if not isinstance(c, ListCitation) and c.doc.doc_id == doc.doc_id:
                    assert doc.text[c.start : c.end] == c.text


@pytest.mark.parametrize(
    ("n_cn", "n_us", "expected"),
    [
        (9, 1, ["Qualcomm is the only US sponsor of WAIC 2023."]),
        (9, 2, ["Qualcomm and Intel are the only two US sponsors of WAIC 2023."]),
        (9, 0, ["None of the nine sponsors that sources name is from the US."]),
        (0, 2, ["Both sponsors that sources name are from the US: Qualcomm and Intel."]),
        (0, 3, ["All three sponsors that sources name are from the US: Qualcomm, Intel and IBM."]),
        (5, 3, ["Three of the eight sponsors are from the US: Qualcomm, Intel and IBM."]),
        (1, 0, []),  # one Chinese sponsor: the headline says it all, "none of the one" is not written
        (0, 0, []),
    ],
)
def test_briefs_country_sponsors_wording_follows_the_count(n_cn: int, n_us: int, expected: list[str]) -> None:
    doc = FakeDoc("d" * 64)
    sentences = rules.country_sponsors(LABEL, "US", _sponsors(doc, n_cn, n_us), [])
    assert _texts(sentences) == expected
    _assert_cited_from(doc, sentences)


@pytest.mark.parametrize(
    ("reported", "qualifier", "expected_texts", "cites_report"),
    [
        (1, None, ["Qualcomm is the only US sponsor of WAIC 2023."], True),
        (1, "at least", ["Qualcomm is the only US sponsor of WAIC 2023."], True),
        (
            3,
            None,
            [
                "Qualcomm is the only US sponsor of WAIC 2023.",
                "Sources disagree on the number of US sponsors: a report of 4 July 2023 gives three, "
                "while sources name one: Qualcomm.",
            ],
            False,
        ),
        (
            2,
            "more than",
            [
                "Qualcomm is the only US sponsor of WAIC 2023.",
                "Sources disagree on the number of US sponsors: a report of 4 July 2023 gives more than two, "
                "while sources name one: Qualcomm.",
            ],
            False,
        ),
    ],
)
def test_briefs_country_sponsors_reported_count_agrees_or_disagrees(
    reported: int, qualifier: str | None, expected_texts: list[str], cites_report: bool
) -> None:
    doc = FakeDoc("d" * 64)
    count = quantity(doc, "us_sponsors", reported, qualifier)
    sentences = rules.country_sponsors(LABEL, "US", _sponsors(doc, 9, 1), [count])
    assert _texts(sentences) == expected_texts
    assert (count.evidence in sentences[0].citations) is cites_report
    if not cites_report:
        assert count.evidence in sentences[1].citations
    _assert_cited_from(doc, sentences)


@pytest.mark.parametrize(
    ("n_cn", "n_us", "expected"),
    [
        (0, 0, []),
        (1, 0, ["Sources name one sponsor of WAIC 2023: Alibaba, from China."]),
        (2, 0, ["Sources name two sponsors of WAIC 2023, both from China."]),
        (9, 0, ["Sources name nine sponsors of WAIC 2023, all from China."]),
        (9, 1, ["Sources name ten sponsors of WAIC 2023: nine from China and one from the US."]),
        (9, 4, ["Sources name 13 sponsors of WAIC 2023: nine from China and four from the US."]),
    ],
)
def test_briefs_sponsors_headline_counts_by_country(n_cn: int, n_us: int, expected: list[str]) -> None:
    doc = FakeDoc("d" * 64)
    assert _texts(rules.sponsors_headline(LABEL, _sponsors(doc, n_cn, n_us))) == expected


def test_briefs_sponsors_headline_says_when_country_is_unknown() -> None:
    doc = FakeDoc("d" * 64)
    members = [participant(doc, "Alibaba"), participant(doc, "Mystery Co", country=None)]
    (sentence,) = rules.sponsors_headline(LABEL, members)
    assert sentence.text == (
        "Sources name two sponsors of WAIC 2023: one from China and one whose country "
        "the sources do not give."
    )


@pytest.mark.parametrize(
    ("n", "reported", "expected"),
    [
        (1, None, ["Sources name one strategic partner of WAIC 2023: Alibaba."]),
        (3, None, ["Sources name three strategic partners of WAIC 2023: Alibaba, Ant Group and Baidu."]),
        (3, 3, ["The three strategic partners of WAIC 2023 are Alibaba, Ant Group and Baidu."]),
        (1, 1, ["The only strategic partner of WAIC 2023 is Alibaba."]),
        (
            3,
            10,
            [
                "Sources name three strategic partners of WAIC 2023: Alibaba, Ant Group and Baidu.",
                "Sources disagree on the number of strategic partners: a report of 4 July 2023 gives ten, "
                "while sources name three: Alibaba, Ant Group and Baidu.",
            ],
        ),
    ],
)
def test_briefs_role_members_names_them_and_checks_the_count(
    n: int, reported: int | None, expected: list[str]
) -> None:
    doc = FakeDoc("d" * 64)
    members = [participant(doc, name, qualifier="strategic partner") for name in CN_NAMES[:n]]
    counts = [quantity(doc, "strategic_partners", reported)] if reported is not None else []
    sentences = rules.role_members(LABEL, "strategic partner", members, counts)
    assert _texts(sentences) == expected
    _assert_cited_from(doc, sentences)


def test_briefs_role_members_other_tier_reads_as_also() -> None:
    doc = FakeDoc("d" * 64)
    (sentence,) = rules.role_members(
        LABEL, "sponsor", [participant(doc, "Qualcomm", country="US")], [], others=True
    )
    assert sentence.text == "Sources also name one other sponsor of WAIC 2023: Qualcomm."


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ([], []),
        (["OpenAI"], ["OpenAI is reported absent from WAIC 2023."]),
        (["OpenAI", "Google"], ["OpenAI and Google are both reported absent from WAIC 2023."]),
        (
            ["OpenAI", "Google", "Meta"],
            ["Sources report three absentees from WAIC 2023: OpenAI, Google and Meta."],
        ),
    ],
)
def test_briefs_absentees_zero_one_many(names: list[str], expected: list[str]) -> None:
    doc = FakeDoc("d" * 64)
    absent = [participant(doc, n, Role.ABSENT, country="US") for n in names]
    assert _texts(rules.absentees(LABEL, absent)) == expected


@pytest.mark.parametrize(
    ("roles", "expected"),
    [
        ([], []),
        (
            ["strategic partner"],
            ["One participant of WAIC 2023 is under sanctions: Huawei, a strategic partner."],
        ),
        (["exhibitor"], ["One participant of WAIC 2023 is under sanctions: Huawei, an exhibitor."]),
        (
            ["strategic partner", "strategic partner"],
            [
                "Two participants of WAIC 2023 are under sanctions: Huawei and SenseTime, "
                "both strategic partners."
            ],
        ),
        (
            ["strategic partner", "exhibitor"],
            [
                "Two participants of WAIC 2023 are under sanctions: Huawei (strategic partner) "
                "and SenseTime (exhibitor)."
            ],
        ),
    ],
)
def test_briefs_sanction_summary_wording(roles: list[str], expected: list[str]) -> None:
    doc = FakeDoc("d" * 64)
    members = [
        participant(doc, name, sanctioned_by="US")
        for name, _ in zip(["Huawei", "SenseTime"], roles, strict=False)
    ]
    role_of = {p.entity_id: r for p, r in zip(members, roles, strict=True)}
    assert _texts(rules.sanction_summary(LABEL, members, role_of)) == expected


ENTITY_LIST = ListCitation("US Entity List", "Huawei Technologies Co., Ltd.", "2019-05-16")


@pytest.mark.parametrize(
    ("claim", "listed", "expected"),
    [
        (False, False, []),
        (True, False, ["Sources describe Huawei as sanctioned by the US."]),
        (
            False,
            True,
            ["Huawei is on the US Entity List (entry Huawei Technologies Co., Ltd., listed on 16 May 2019)."],
        ),
        (
            True,
            True,
            [
                "Sources describe Huawei as sanctioned by the US, and it is on the US Entity List "
                "(entry Huawei Technologies Co., Ltd., listed on 16 May 2019)."
            ],
        ),
    ],
)
def test_briefs_sanction_details_put_claims_and_lists_side_by_side(
    claim: bool, listed: bool, expected: list[str]
) -> None:
    doc = FakeDoc("d" * 64)
    p = participant(
        doc, "Huawei", sanctioned_by="US" if claim else None, list_entry=ENTITY_LIST if listed else None
    )
    sentences = rules.sanction_details(p.name, p.sanctions)
    assert _texts(sentences) == expected
    if listed:
        assert ENTITY_LIST in sentences[0].citations


def test_briefs_sanction_details_without_findings_write_nothing() -> None:
    assert rules.sanction_details("Huawei", Sanctions()) == ()


def _cell(doc: FakeDoc, year: int, count: int | None) -> TrendCell:
    if count is None:
        return TrendCell(year, None)
    return TrendCell(year, count, (), (doc.cite(f"Sponsors of {year} include {count} US firms."),))


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        (
            {2019: 3, 2023: 1},
            ["The number of US sponsors that sources name falls from three in 2019 to one in 2023."],
        ),
        (
            {2019: 1, 2023: 4},
            ["The number of US sponsors that sources name rises from one in 2019 to four in 2023."],
        ),
        (
            {2019: 1, 2023: 1},
            ["The number of US sponsors that sources name stays at one in 2019 and in 2023."],
        ),
        (
            {2019: 2, 2023: 0},
            ["The number of US sponsors that sources name falls from two in 2019 to none in 2023."],
        ),
        (
            {2019: 3, 2020: 2, 2021: 2, 2023: 1},
            [
                "The number of US sponsors that sources name falls from three in 2019 to one in 2023, "
                "with two in 2020 and two in 2021 in between."
            ],
        ),
        (
            {2019: 3, 2020: None, 2021: None, 2022: None, 2023: 1},
            [
                "The number of US sponsors that sources name falls from three in 2019 to one in 2023.",
                "The store holds no source on the US sponsors of the 2020\u20132022 WAIC editions.",
            ],
        ),
        (
            {2019: None, 2023: 1},
            [
                "Sources name one US sponsor for WAIC 2023.",
                "The store holds no source on the US sponsors of the 2019 WAIC edition.",
            ],
        ),
        (
            {2019: None, 2021: None},
            ["The store holds no source on the US sponsors of the 2019 and 2021 WAIC editions."],
        ),
    ],
)
def test_briefs_trend_sentences_change_and_no_data(
    counts: dict[int, int | None], expected: list[str]
) -> None:
    doc = FakeDoc("t" * 64)
    trend = TrendInput(Role.SPONSOR, "US", tuple(_cell(doc, y, c) for y, c in counts.items()))
    out = rules.trend_sentences(trend, series="WAIC")
    assert _texts(out) == expected
    # Claims are cited, coverage remarks are notes, never the other way round.
    assert all(isinstance(s, Note) == s.text.startswith("The store holds no source") for s in out)
    _assert_cited_from(doc, out)


def test_briefs_trend_reports_a_source_that_counts_differently() -> None:
    doc = FakeDoc("t" * 64)
    reported = quantity(doc, "us_sponsors", 5)
    cells = (
        _cell(doc, 2019, 3),
        TrendCell(2023, 1, ("Qualcomm",), (doc.cite("Qualcomm sponsors."),), (reported,)),
    )
    out = rules.trend_sentences(TrendInput(Role.SPONSOR, "US", cells), series="WAIC")
    assert out[1].text == "For 2023, a report of 4 July 2023 counts five US sponsors, while sources name one."
    assert isinstance(out[1], Sentence) and reported.evidence in out[1].citations


@pytest.mark.parametrize(
    ("reports", "expected"),
    [
        ([(400, "more than")], ["Sources report more than 400 participating companies for WAIC 2023."]),
        (
            [(400, "more than"), (400, "more than")],
            ["Sources report more than 400 participating companies for WAIC 2023."],
        ),
        (
            [(400, "more than"), (450, None)],
            ["Sources report more than 400 participating companies and 450 participating companies."],
        ),
        (
            [(400, "more than"), (350, None)],
            [
                "Sources disagree on the number of participating companies: a report of 4 July 2023 gives "
                "more than 400; a report of 4 July 2023 gives 350."
            ],
        ),
        (
            [(500, None), (500, None), (300, "about")],
            [
                "Sources disagree on the number of participating companies: two reports give 500; "
                "a report of 4 July 2023 gives about 300."
            ],
        ),
        ([(1, None)], ["Sources report one participating company for WAIC 2023."]),
    ],
)
def test_briefs_quantities_agree_or_disagree(
    reports: list[tuple[int, str | None]], expected: list[str]
) -> None:
    doc = FakeDoc("q" * 64)
    quantities = [quantity(doc, "participating_enterprises", v, q) for v, q in reports]
    sentences = rules.quantity_sentences(LABEL, quantities)
    assert _texts(sentences) == expected
    cited = {c.key for s in sentences for c in s.citations}
    assert cited == {q.evidence.key for q in quantities}


def test_briefs_quantities_duration_reads_as_runs_for() -> None:
    doc = FakeDoc("q" * 64)
    (sentence,) = rules.quantity_sentences(LABEL, [quantity(doc, "duration_days", 3)])
    assert sentence.text == "WAIC 2023 runs for three days."


@pytest.mark.parametrize(
    ("negated_roles", "expected"),
    [
        ([Role.EXHIBITOR], ["Sources state that Nokia does not exhibit at WAIC 2023."]),
        (
            [Role.EXHIBITOR, Role.EXHIBITOR],
            ["Sources state that Nokia and Ericsson do not exhibit at WAIC 2023."],
        ),
        ([Role.SPONSOR], ["Sources state that Nokia does not sponsor WAIC 2023."]),
    ],
)
def test_briefs_negated_participation_is_stated_as_such(
    negated_roles: list[Role], expected: list[str]
) -> None:
    doc = FakeDoc("n" * 64)
    people = [
        participant(doc, name, role, negated=True, country="FI")
        for name, role in zip(["Nokia", "Ericsson"], negated_roles, strict=False)
    ]
    assert _texts(rules.negated_participants(LABEL, people)) == expected


def test_briefs_presence_conflict_cites_both_sides() -> None:
    doc = FakeDoc("c" * 64)
    present = participant(doc, "Tesla", Role.EXHIBITOR, country="US")
    away = participant(doc, "Tesla", Role.ABSENT, country="US")
    (sentence,) = rules.presence_conflicts(LABEL, [present, away])
    assert sentence.text == (
        "Sources disagree on whether Tesla takes part in WAIC 2023: named as an exhibitor, "
        "but also reported absent."
    )
    assert sentence.clauses[1].citations == present.evidence
    assert sentence.clauses[2].citations == away.evidence

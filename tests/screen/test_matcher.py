"""Normalization, rules and the index on the bundled lists: the demo names, Chinese names, variants."""

from __future__ import annotations

import pytest

from rivalgraph.screen.index import ScreeningIndex
from rivalgraph.screen.model import EntryKind, Query
from rivalgraph.screen.normalize import normalize
from rivalgraph.screen.rules import country_agreement, kind_agreement, token_similarity


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("HUAWEI TECHNOLOGIES CO., LTD.", "Huawei Technologies Company Limited"),
        ("Huawei Jishu Youxian Gongsi", "huawei jishu"),
        ("华为技术有限公司", "hua wei ji shu"),
        ("OOO Inter Tobacco", "Inter Tobacco LLC"),
        ("Grupo Mundo Marino, S.A. de C.V.", "Mundo Marino Group"),
        ("Xi'an Electronic Sci & Tech Univ", "Xian Electronic Science and Technology University"),
        ("Dmitriy Aleksandrovich", "Dmitri Alexandrovich"),
        ("JINGHO TECHNOLOGY CO. LIIMTED", "Jingho Technology"),
        ("Концерн Калашников", "Kontsern Kalashnikov"),
        ("Nordic Trade B.W.", "Nordic Trade B.V."),  # 'w' for 'v' in a legal form
    ],
)
def test_screen_normalize_agrees_on_variants(left: str, right: str) -> None:
    assert sorted(normalize(left).tokens) == sorted(normalize(right).tokens)


def test_screen_normalize_keeps_what_it_dropped() -> None:
    norm = normalize("HUAWEI TECHNOLOGIES CO., LTD.")
    assert norm.words == ("huawei", "technology")
    assert norm.legal == ("co ltd",)


@pytest.mark.parametrize(
    ("left", "right", "agree"),
    [
        ("hikvision", "hikvision", True),
        ("hikvision", "hikvison", True),
        ("yuliya", "yuilya", True),
        ("intel", "antel", False),  # a different first letter is another word
        ("apple", "appel", True),
        ("ant", "and", False),  # short words must agree exactly
        ("sawo", "savo", True),  # 'w' for 'v' (German, Polish transliteration), even in short words
        ("gw", "gv", True),
        ("saw", "sav", True),
        ("sawo", "sabo", False),
    ],
)
def test_screen_token_similarity(left: str, right: str, agree: bool) -> None:
    assert (token_similarity(left, right) > 0) is agree


def test_screen_country_and_kind_rules_explain_themselves() -> None:
    assert country_agreement(("CN",), ("CN", "HK")).value > 0
    assert country_agreement(("US",), ("CN",)).value < 0
    assert "not compared" in country_agreement((), ("CN",)).detail
    assert kind_agreement(EntryKind.PERSON, EntryKind.ORG).value < 0
    assert kind_agreement(EntryKind.ORG, EntryKind.UNKNOWN).value == 0
    assert kind_agreement.__doc__ and name_rule_docs_are_sentences()


def name_rule_docs_are_sentences() -> bool:
    from rivalgraph.screen import rules

    return all((getattr(rules, n).__doc__ or "").strip() for n in rules.__all__ if n != "RuleResult")


@pytest.mark.parametrize(
    ("query", "entry_id", "list_code", "listed_on"),
    [
        ("Huawei", "30947", "NS-CMIC", "2021-06-03"),
        ("Huawei Technologies", "30947", "NS-CMIC", "2021-06-03"),
        ("SenseTime", "33114", "NS-CMIC", "2021-12-10"),
        ("SenseTime Group", "33114", "NS-CMIC", "2021-12-10"),
    ],
)
def test_screen_demo_names_match_their_ns_cmic_entries(
    index: ScreeningIndex, query: str, entry_id: str, list_code: str, listed_on: str
) -> None:
    matches = index.search(query)
    assert matches, f"{query} matched nothing"
    best = matches[0]
    assert (best.entry.entry_id, best.entry.list_code, best.entry.listed_on) == (
        entry_id,
        list_code,
        listed_on,
    )
    sources = {m.entry.source for m in matches if m.entry.entry_id == entry_id}
    assert sources == {"us_ofac_cons", "us_csl"}  # the OFAC list and the CSL's copy of it
    assert "NS-CMIC" in best.explanation and "listed since" in best.explanation


@pytest.mark.parametrize(
    "query", ["Qualcomm", "Apple", "Ant Group", "Alibaba Group", "Tencent", "Nvidia", "Walmart"]
)
def test_screen_unlisted_companies_match_nothing(index: ScreeningIndex, query: str) -> None:
    assert index.search(query) == []


@pytest.mark.parametrize(
    ("query", "entry_id"),
    [
        ("华为技术有限公司", "30947"),
        ("华为", "30947"),
        ("Haikang Weishi", "30946"),
        ("Huawei Jishu Youxian Gongsi", "30947"),
    ],
)
def test_screen_chinese_and_pinyin_names_find_entries_through_the_kb(
    index: ScreeningIndex, query: str, entry_id: str
) -> None:
    matches = index.search(query)
    assert matches and matches[0].entry.entry_id == entry_id
    assert "knowledge base" in matches[0].explanation or "hua" in matches[0].explanation


@pytest.mark.parametrize(
    ("query", "entry_id"),
    [
        ("Hangzhou Hikvision Digital Technology Company Limited", "30946"),  # legal suffix
        ("Hangzhou Hikvison Digital", "30946"),  # typo (one misspelt word alone carries nothing)
        ("Hik Vision", "30946"),  # split word
        ("Semiconductor Manufacturing Intl Corp", "30951"),  # abbreviations
        ("Ismail Haniya", "9639"),  # word order, missing middle names
        ("Megvii", "33091"),  # short name
    ],
)
def test_screen_name_variants_still_match(index: ScreeningIndex, query: str, entry_id: str) -> None:
    assert entry_id in {m.entry.entry_id for m in index.search(query)}


@pytest.mark.parametrize("query", ["Honor Device", "Zhejiang Dahua Technology"])
def test_screen_english_names_do_not_borrow_short_kb_aliases(index: ScreeningIndex, query: str) -> None:
    # The KB knows 'Honor' and 'Dahua'; only Chinese or pinyin queries go through it.
    assert all("knowledge base" not in m.explanation for m in index.search(query))


def test_screen_numbers_must_agree(index: ScreeningIndex) -> None:
    assert index.score_pair("Sino Iron I", "Sino Iron II") < 0.85
    assert index.score_pair("Sino Iron II", "Sino Iron II") == 1.0


def test_screen_siblings_do_not_match(index: ScreeningIndex) -> None:
    ids = {m.entry.entry_id for m in index.search("Huawei Device Co., Ltd.")}
    assert "30947" not in ids
    assert index.search("Hangzhou Pinewood Digital Technology") == []


def test_screen_one_misspelt_word_alone_is_no_match(index: ScreeningIndex) -> None:
    assert index.search("Hikvison") == []
    assert "30946" in {m.entry.entry_id for m in index.search("Hikvision")}


def test_screen_threshold_and_ranking(index: ScreeningIndex) -> None:
    loose = index.search("Huawei", threshold=0.5)
    strict = index.search("Huawei", threshold=0.99)
    assert len(loose) >= len(strict)
    assert [m.score for m in loose] == sorted((m.score for m in loose), reverse=True)
    assert all(0 <= m.score <= 1 for m in loose)


def test_screen_country_and_type_change_the_score(index: ScreeningIndex) -> None:
    plain = index.search(Query("Huawei Technologies Co Ltd"), threshold=0)[0].score
    agreeing = index.search(
        Query("Huawei Technologies Co Ltd", countries=("CN",), kind=EntryKind.ORG), threshold=0
    )
    person = index.search(Query("Huawei Technologies Co Ltd", kind=EntryKind.PERSON), threshold=0)
    assert agreeing[0].score >= plain
    assert "country agrees (CN)" in agreeing[0].explanation
    assert person[0].score < plain


def test_screen_blocking_scores_few_candidates(index: ScreeningIndex) -> None:
    assert (
        len(index.candidate_aliases(normalize("China Mobile Communications Group")))
        <= index.options.candidates
    )
    assert index.alias_count > 20_000


_ORG, _PERSON = EntryKind.ORG, EntryKind.PERSON


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        # One-word media names against long listed company names (a fuzzy word carries nothing alone).
        (Query("Xinhua", ("CN",), _ORG), "BEIJING XINGHUA HENGCHENG TECHNOLOGY DEVELOPMENT COMPANY LIMITED"),
        (Query("Dongfang", (), _ORG), "BANK OF EAST LAND"),
        (Query("Argumenty", (), _ORG), "JSC ARGUMENT"),
        # Bare surnames, as a person's own alias or on their own (given name and surname must agree).
        (Query("Li Qiang", ("CN",), _PERSON, ("Li",)), "LI, Yi"),
        (Query("Xu Ming", ("CN",), _PERSON, ("Xu",)), "XU, Bin"),
        (Query("He Jun", ("CN",), _PERSON, ("He",)), "HE, Daniel Y."),
        (Query("Qiu", (), _PERSON), "QIU, Hong"),
        (Query("Kuznetsov", (), _PERSON), "Aleksander Kuznetsov"),
        (Query("Hussein", (), _PERSON), "FADHIL, Mustafa Mohamed"),  # one-word list alias 'HUSSEIN'
        # A child company against its listed parent (or namesake): exposure's business, not a name match.
        (Query("Huawei Technologies", ("CN",), _ORG, ("Huawei",)), "Huawei Investment & Holding Co., Ltd."),
        (Query("Inspur Electronics", ("CN",), _ORG), "INSPUR GROUP CO., LTD."),
        (Query("Costar Electronics", ("CN",), _ORG), "COSTAR GROUP CO., LTD."),
        (Query("Fartrade Shipping", (), _ORG), "FARTRADE HOLDINGS S.A."),
        (Query("Zidco Logistics", (), _ORG), "ZIDCO HOLDINGS"),
    ],
    ids=lambda v: v.name if isinstance(v, Query) else "",
)
def test_screen_false_positive_classes_do_not_match(index: ScreeningIndex, query: Query, listed: str) -> None:
    names = {m.entry.name.casefold() for m in index.search(query)}
    assert listed.casefold() not in names


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        (Query("Huawei", ("CN",), _ORG), "HUAWEI TECHNOLOGIES CO., LTD."),
        (Query("Huawei Technologies", ("CN",), _ORG, ("Huawei",)), "HUAWEI TECHNOLOGIES CO., LTD."),
        (Query("SenseTime", ("CN",), _ORG, ("SenseTime Group",)), "Sensetime Group Limited"),
        (Query("Yi Li", ("CN",), _PERSON), "LI, Yi"),  # order-insensitive
        (Query("Li Yi", ("CN",), _PERSON, ("Li",)), "LI, Yi"),
        (Query("KRUNIC, Sawo", (), _PERSON), "KRUNIC, Savo"),  # w for v, in a short word
        (Query("Inspur Group", ("CN",), _ORG), "INSPUR GROUP CO., LTD."),
    ],
    ids=lambda v: v.name if isinstance(v, Query) else "",
)
def test_screen_true_matches_survive_the_false_positive_rules(
    index: ScreeningIndex, query: Query, listed: str
) -> None:
    names = {m.entry.name.casefold() for m in index.search(query)}
    assert listed.casefold() in names

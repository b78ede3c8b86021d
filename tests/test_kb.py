"""The reference knowledge base: the bundled files load, lookups work, bad files are refused."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from rivalgraph.errors import InputError
from rivalgraph.kb import (
    EventSeries,
    KnowledgeBase,
    OrgKind,
    OrgRecord,
    Place,
    PlaceKind,
    load_kb,
    normalize_name,
)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


# --------------------------------------------------------------------------- normalization


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S.", "us"),
        ("Huawei Technologies Co., Ltd.", "huawei technologies"),
        ("Alibaba Group Holding Limited", "alibaba"),
        ("High-Flyer", "high flyer"),
        ("Raytheon Missiles & Defense", "raytheon missiles defense"),
        ("Group", "group"),  # a suffix alone is the whole name, so it stays
        ("ＮＶＩＤＩＡ", "nvidia"),  # full-width letters fold under NFKC
        ("华为技术有限公司", "华为技术有限公司"),
        ("  Zhipu   AI ", "zhipu ai"),
        ("Cambricon (Xi'an) Integrated Circuit Co., Ltd.", "cambricon xian integrated circuit"),
        ("Technologies", "technologies"),
    ],
)
def test_kb_normalize_name(text: str, expected: str) -> None:
    assert normalize_name(text) == expected


# --------------------------------------------------------------------------- the bundled data


def test_kb_exports() -> None:
    import rivalgraph.kb as module

    assert all(hasattr(module, name) for name in module.__all__)
    assert {"load_kb", "normalize_name", "KnowledgeBase", "OrgRecord", "EventSeries", "Place"} <= set(
        module.__all__
    )


def test_kb_bundled_files_load(kb: KnowledgeBase) -> None:
    assert all(isinstance(o, OrgRecord) for o in kb.organizations)
    assert all(isinstance(e, EventSeries) for e in kb.events)
    assert all(isinstance(p, Place) for p in kb.places)
    assert load_kb() is kb  # cached


@pytest.mark.parametrize(
    ("surface", "org_id"),
    [
        ("Huawei", "huawei-technologies"),
        ("HUAWEI", "huawei-technologies"),
        ("Huawei Technologies Co., Ltd.", "huawei-technologies"),
        ("huawei technologies co ltd", "huawei-technologies"),
        ("华为技术有限公司", "huawei-technologies"),
        ("Huawei Jishu", "huawei-technologies"),
        ("Alibaba Group Holding Limited", "alibaba-group-holding"),
        ("Tencent", "tencent-holdings"),
        ("SenseTime Group Limited", "sensetime"),
        ("Qualcomm", "qualcomm"),
        ("OpenAI", "openai"),
    ],
)
def test_kb_lookup_org_by_alias(kb: KnowledgeBase, surface: str, org_id: str) -> None:
    org = kb.lookup_org(surface)
    assert org is not None, surface
    assert org.id == org_id


@pytest.mark.parametrize("surface", ["Huawei Technologies Research", "Apple pie", "", "Technologies"])
def test_kb_lookup_org_unknown_is_none(kb: KnowledgeBase, surface: str) -> None:
    assert kb.lookup_org(surface) is None


def test_kb_org_by_id_and_ancestors(kb: KnowledgeBase) -> None:
    cloud = kb.org("huawei-cloud")
    assert kb.org("org:huawei-cloud") == cloud
    assert cloud.entity_id == "org:huawei-cloud"
    assert [o.id for o in kb.ancestors("huawei-cloud")] == [
        "huawei-technologies",
        "huawei-investment-holding",
    ]
    assert kb.ancestors("huawei-investment-holding") == ()
    assert kb.get_org("no-such-org") is None
    with pytest.raises(KeyError):
        kb.org("no-such-org")


def test_kb_org_surface_forms_are_as_written(kb: KnowledgeBase) -> None:
    forms = kb.org_surface_forms()
    assert forms["Huawei Technologies Co., Ltd."] == "huawei-technologies"
    assert forms["华为"] == "huawei-technologies"
    assert "huawei" not in forms  # case-sensitive: only forms as written


@pytest.mark.parametrize(
    ("surface", "event_id"),
    [
        ("WAIC", "world-artificial-intelligence-conference"),
        ("World AI Conference", "world-artificial-intelligence-conference"),
        ("Wuzhen Summit", "world-internet-conference-wuzhen-summit"),
        ("Consumer Electronics Show", "ces"),
    ],
)
def test_kb_lookup_event(kb: KnowledgeBase, surface: str, event_id: str) -> None:
    event = kb.lookup_event(surface)
    assert event is not None
    assert event.id == event_id


def test_kb_event_editions(kb: KnowledgeBase) -> None:
    waic = kb.event("world-artificial-intelligence-conference")
    assert waic.edition_id(2023) == "event:world-artificial-intelligence-conference-2023"
    assert waic.year_of_edition(1) == waic.first_year
    assert waic.year_of_edition(0) is None
    assert kb.lookup_event("WAIC") is waic


@pytest.mark.parametrize(
    ("surface", "place_id", "kind", "country"),
    [
        ("US", "gpe:united-states", PlaceKind.COUNTRY, "US"),
        ("U.S.", "gpe:united-states", PlaceKind.COUNTRY, "US"),
        ("the United States", "gpe:united-states", PlaceKind.COUNTRY, "US"),
        ("Britain", "gpe:united-kingdom", PlaceKind.COUNTRY, "GB"),
        ("UAE", "gpe:united-arab-emirates", PlaceKind.COUNTRY, "AE"),
        ("HONG KONG", "gpe:hong-kong", PlaceKind.COUNTRY, "HK"),
        ("mainland China", "gpe:china", PlaceKind.COUNTRY, "CN"),
        ("Zhejiang province", "gpe:zhejiang", PlaceKind.PROVINCE, "CN"),
        ("Abu Dhabi", "gpe:abu-dhabi", PlaceKind.CITY, "AE"),
        ("上海", "gpe:shanghai", PlaceKind.CITY, "CN"),
        ("Washington, D.C.", "gpe:washington", PlaceKind.CITY, "US"),
    ],
)
def test_kb_lookup_place(
    kb: KnowledgeBase, surface: str, place_id: str, kind: PlaceKind, country: str
) -> None:
    place = kb.lookup_place(surface)
    assert place is not None, surface
    assert (place.id, place.kind, place.country) == (place_id, kind, country)


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("American", "US"),
        ("US", "US"),
        ("U.S.", "US"),
        ("Chinese", "CN"),
        ("British", "GB"),
        ("Emirati", "AE"),
        ("Taiwanese", "TW"),
        ("Hong Kong", "HK"),
        ("us", None),  # the pronoun
        ("Martian", None),
    ],
)
def test_kb_country_of_adjective(kb: KnowledgeBase, word: str, code: str | None) -> None:
    assert kb.country_of_adjective(word) == code


def test_kb_country_place(kb: KnowledgeBase) -> None:
    assert kb.country_place("US").name == "United States"
    assert kb.country_place("HK").id == "gpe:hong-kong"
    with pytest.raises(KeyError):
        kb.country_place("XX")


def test_kb_every_country_code_resolves(kb: KnowledgeBase) -> None:
    codes = {o.country for o in kb.organizations if o.country} | {e.country for e in kb.events if e.country}
    for code in codes:
        assert kb.country_place(code).country == code


@pytest.mark.parametrize(
    ("surface", "org_id"),
    [
        # Chinese characters, simplified and traditional
        ("华为", "huawei-technologies"),
        ("海康威视", "hikvision"),
        ("杭州海康威视数字技术股份有限公司", "hikvision"),
        ("中芯国际", "smic"),
        ("长江存储", "ymtc"),
        ("台積電", "tsmc"),
        ("科大讯飞", "iflytek"),
        ("中国移动", "china-mobile"),
        ("商务部", "mofcom"),
        # Hanyu pinyin
        ("Haikang Weishi", "hikvision"),
        ("haikang weishi", "hikvision"),
        ("Zhongxing Tongxun", "zte"),
        ("Keda Xunfei", "iflytek"),
        ("Kuangshi Keji", "megvii"),
        ("Changxin Cunchu", "cxmt"),
        ("Zhongke Shuguang", "dawning"),
        ("Zhongguo Dianxin", "china-telecom"),
        # English legal names, with and without suffixes, any case
        ("Hangzhou Hikvision Digital Technology Co., Ltd.", "hikvision"),
        ("HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO., LTD.", "hikvision"),
        ("Semiconductor Manufacturing International Corporation", "smic"),
        ("SZ DJI Technology Co., Ltd.", "dji"),
        ("Dawning Information Industry Co., Ltd", "dawning"),
        ("Yangtze Memory Technologies Co", "ymtc"),
        ("Cambricon Technologies Corporation Limited", "cambricon"),
        ("Beijing Zhipu Huazhang Technology Co., Ltd.", "zhipu-ai"),
        ("China United Network Communications Group Co., Ltd.", "china-united-network-communications-group"),
        # short names the small model gets wrong, and ambiguity-prone brands
        ("Qualcomm", "qualcomm"),
        ("OpenAI", "openai"),
        ("NVIDIA", "nvidia"),
        ("SK hynix", "sk-hynix"),
        ("01.AI", "01-ai"),
        ("High-Flyer", "high-flyer"),
        ("AWS", "aws"),
        ("Pentagon", "us-department-of-defense"),
        ("Britain's Competition and Markets Authority", "competition-and-markets-authority"),
        ("SCMP", "south-china-morning-post"),
    ],
)
def test_kb_lookup_org_chinese_pinyin_and_legal_names(kb: KnowledgeBase, surface: str, org_id: str) -> None:
    org = kb.lookup_org(surface)
    assert org is not None, surface
    assert org.id == org_id


@pytest.mark.parametrize(
    ("org_id", "chain"),
    [
        ("ofac", ["us-treasury", "us-government"]),
        ("global-times", ["peoples-daily", "chinese-communist-party"]),
        ("deepseek", ["high-flyer"]),
        ("south-china-morning-post", ["alibaba-group-holding"]),
        ("ant-group", []),  # Alibaba holds a minority stake: no parent
    ],
)
def test_kb_parent_chains(kb: KnowledgeBase, org_id: str, chain: list[str]) -> None:
    assert [o.id for o in kb.ancestors(org_id)] == chain


def test_kb_counts_meet_the_issue(kb: KnowledgeBase) -> None:
    assert len(kb.organizations) >= 300
    by_country = Counter(o.country for o in kb.organizations)
    for code, floor in {
        "CN": 100,
        "US": 80,
        "JP": 10,
        "KR": 10,
        "TW": 10,
        "GB": 10,
        "DE": 5,
        "EU": 2,
    }.items():
        assert by_country[code] >= floor, code
    by_kind = Counter(o.kind for o in kb.organizations)
    floors = {
        OrgKind.COMPANY: 200,
        OrgKind.AGENCY: 40,
        OrgKind.UNIVERSITY: 25,
        OrgKind.MEDIA: 25,
        OrgKind.NGO: 10,
        OrgKind.INVESTOR: 10,
    }
    for kind, floor in floors.items():
        assert by_kind[kind] >= floor, kind
    assert len(kb.events) >= 25
    assert sum(1 for p in kb.places if p.kind is not PlaceKind.COUNTRY) >= 150
    assert sum(1 for o in kb.organizations if o.wikidata) >= 40


def test_kb_no_lower_case_word_aliases(kb: KnowledgeBase) -> None:
    """Phrase matching is case-sensitive: an all-lower-case word alias ("meta") would match prose."""
    offenders = [
        (o.id, a) for o in kb.organizations for a in o.names if a.isascii() and a.isalpha() and a.islower()
    ]
    assert offenders == []


def test_kb_gold_place_ids(kb: KnowledgeBase) -> None:
    ids = {p.id for p in kb.places}
    expected = {"gpe:united-states", "gpe:china", "gpe:united-kingdom", "gpe:hong-kong", "gpe:taiwan"}
    expected |= {"gpe:shanghai", "gpe:zhejiang", "gpe:abu-dhabi", "gpe:united-arab-emirates", "gpe:singapore"}
    assert expected <= ids


@pytest.mark.parametrize(
    ("event_id", "number", "year"),
    [
        ("world-artificial-intelligence-conference", 7, 2024),
        ("huawei-connect", 3, 2018),
        ("world-internet-conference-wuzhen-summit", 10, 2023),
        ("china-international-import-expo", 6, 2023),
        ("mwc-shanghai", 9, 2021),  # 2020 was cancelled
        ("mwc-shanghai", 10, 2023),  # and 2022
        ("annual-meeting-of-the-new-champions", 14, 2023),
    ],
)
def test_kb_edition_numbers(kb: KnowledgeBase, event_id: str, number: int, year: int) -> None:
    event = kb.event(event_id)
    assert event.year_of_edition(number) == year
    assert event.edition_number(year) == number


def test_kb_edition_numbers_undefined(kb: KnowledgeBase) -> None:
    assert kb.event("canton-fair").year_of_edition(3) is None  # twice a year
    assert kb.event("baidu-world").year_of_edition(3) is None  # first year unknown
    assert kb.event("mwc-shanghai").edition_number(2020) is None  # cancelled
    assert kb.event("gtc").edition_number(2000) is None  # before the first


def test_kb_event_cities_are_places(kb: KnowledgeBase) -> None:
    for event in kb.events:
        if event.city is not None:
            place = kb.lookup_place(event.city)
            assert place is not None, event.id
            assert place.country == event.country, event.id


def test_kb_surface_forms_cover_every_record(kb: KnowledgeBase) -> None:
    orgs = kb.org_surface_forms()
    assert set(orgs.values()) == {o.id for o in kb.organizations}
    assert orgs["Haikang Weishi"] == "hikvision"
    assert kb.event_surface_forms()["WAIC"] == "world-artificial-intelligence-conference"
    places = kb.place_surface_forms()
    assert places["U.S."] == "gpe:united-states"
    assert places["Zhejiang province"] == "gpe:zhejiang"


# --------------------------------------------------------------------------- validation

_PLACES = """\
version: 1
sources: test
countries:
  - {code: CN, name: China, adjectives: [Chinese]}
  - {code: US, name: United States, aliases: [US], adjectives: [American]}
cities:
  - {name: Shanghai, country: CN}
"""


def _orgs(*records: str, head: str = "") -> str:
    return f"version: 1\nsources: test\n{head}organizations:\n" + "".join(f"  - {r}\n" for r in records)


def _events(*records: str) -> str:
    return "version: 1\nsources: test\nevents:\n" + "".join(f"  - {r}\n" for r in records)


_ORGS = _orgs(
    "{id: parent-co, name: Parent Co, country: CN, kind: company}",
    "{id: child-co, name: Child, aliases: [Kid], country: CN, kind: company, parent: parent-co}",
)
_EVENTS = _events(
    "{id: expo, name: Expo, city: Shanghai, country: CN, first_year: 2018, frequency: annual,"
    " organizers: [parent-co]}"
)


def _write(tmp_path: Path, *, places: str = _PLACES, orgs: str = _ORGS, events: str = _EVENTS) -> Path:
    (tmp_path / "places.yaml").write_text(places, encoding="utf-8")
    (tmp_path / "organizations.yaml").write_text(orgs, encoding="utf-8")
    (tmp_path / "events.yaml").write_text(events, encoding="utf-8")
    return tmp_path


def test_kb_small_valid_directory_loads(tmp_path: Path) -> None:
    kb = load_kb(_write(tmp_path))
    assert [o.id for o in kb.organizations] == ["parent-co", "child-co"]
    assert kb.lookup_org("Kid") == kb.org("child-co")
    assert kb.lookup_org("Parent") == kb.org("parent-co")  # "Co" is a legal suffix
    assert kb.lookup_event("Expo") == kb.event("expo")
    assert kb.ancestors("child-co") == (kb.org("parent-co"),)


_A = "{id: a, name: A, kind: company"
_BAD_CASES = [
    ("unknown-key", {"orgs": _orgs(_A + ", colour: red}")}, "organization a: unknown key 'colour'"),
    ("duplicate-id", {"orgs": _orgs(_A + "}", "{id: a, name: B, kind: company}")}, "duplicate id 'a'"),
    (
        "alias-two-records",
        {"orgs": _orgs(_A + ", aliases: [Z Co]}", "{id: b, name: B, aliases: [Z], kind: company}")},
        "organization b: alias 'Z' is also claimed by organization a (as 'Z Co')",
    ),
    ("missing-parent", {"orgs": _orgs(_A + ", parent: ghost}")}, "parent 'ghost' is not an id"),
    (
        "parent-loop",
        {"orgs": _orgs(_A + ", parent: b}", "{id: b, name: B, kind: company, parent: a}")},
        "loops back",
    ),
    ("unknown-country", {"orgs": _orgs(_A + ", country: XX}")}, "country 'XX' is not a code"),
    ("bad-kind", {"orgs": _orgs("{id: a, name: A, kind: charity}")}, "`kind: charity` is not one of"),
    ("bad-sector", {"orgs": _orgs(_A + ", sectors: [bananas]}")}, "sector 'bananas'"),
    ("qid-number", {"orgs": _orgs(_A + ", wikidata: 12345}")}, "`wikidata` must be a non-empty string"),
    ("qid-form", {"orgs": _orgs(_A + ", wikidata: X12}")}, "is not a QID"),
    ("bad-slug", {"orgs": _orgs("{id: Big_Co, name: A, kind: company}")}, "lower-case slug"),
    ("missing-name", {"orgs": _orgs("{id: a, kind: company}")}, "missing `name`"),
    ("aliases-not-list", {"orgs": _orgs(_A + ", aliases: A Co}")}, "`aliases` must be a list"),
    ("alias-not-string", {"orgs": _orgs(_A + ", aliases: [360]}")}, "holds 360"),
    ("empty-alias", {"orgs": _orgs(_A + ", aliases: ['&']}")}, "empty after normalization"),
    ("wrong-version", {"orgs": "version: 2\nsources: test\norganizations: []\n"}, "`version:` must be 1"),
    ("no-sources", {"orgs": "version: 1\norganizations: []\n"}, "`sources:` must say"),
    ("unknown-top-key", {"orgs": _orgs(_A + "}", head="extra: 1\n")}, "unknown top-level key 'extra'"),
    ("not-yaml", {"orgs": "version: 1\norganizations: [\n"}, "not valid YAML"),
    ("not-mapping", {"orgs": "- a\n- b\n"}, "top level must be a mapping"),
    (
        "unquoted-norway",
        {"places": _PLACES + "  - {name: Oslo, country: NO}\n"},
        "`country` must be a non-empty string (quote it), got False",
    ),
    (
        "city-unknown-country",
        {"places": _PLACES + "  - {name: Paris, country: FR}\n"},
        "country 'FR' is not a code",
    ),
    (
        "city-as-country",
        {"places": _PLACES + "  - {name: Paris, country: CN, kind: country}\n"},
        "belongs under",
    ),
    (
        "place-duplicate-id",
        {"places": _PLACES + "  - {name: China, country: CN, kind: region}\n"},
        "duplicate id",
    ),
    (
        "adjective-two-countries",
        {"places": _PLACES.replace("[American]", "[American, Chinese]")},
        "alias 'Chinese' is also claimed by country CN",
    ),
    ("bad-country-code", {"places": _PLACES + "  - {name: X, country: cn}\n"}, "country 'cn' is not a code"),
    (
        "event-unknown-organizer",
        {"events": _events("{id: e, name: E, frequency: annual, organizers: [nobody]}")},
        "organizer 'nobody'",
    ),
    (
        "event-bad-year",
        {"events": _events("{id: e, name: E, frequency: annual, first_year: '2018'}")},
        "`first_year` must be a year",
    ),
    (
        "event-bad-frequency",
        {"events": _events("{id: e, name: E, frequency: hourly}")},
        "`frequency: hourly`",
    ),
    (
        "event-unknown-city",
        {"events": _events("{id: e, name: E, city: Atlantis, frequency: annual}")},
        "'Atlantis'",
    ),
    (
        "event-city-elsewhere",
        {"events": _events("{id: e, name: E, city: Shanghai, country: US, frequency: annual}")},
        "city 'Shanghai' lies in CN, not in US",
    ),
    (
        "event-skipped-before-start",
        {"events": _events("{id: e, name: E, first_year: 2018, frequency: annual, skipped_years: [2010]}")},
        "`skipped_years` must list years after first_year",
    ),
]


@pytest.mark.parametrize(("files", "message"), [pytest.param(f, m, id=name) for name, f, m in _BAD_CASES])
def test_kb_validation_errors(tmp_path: Path, files: dict[str, str], message: str) -> None:
    directory = _write(tmp_path, **files)
    with pytest.raises(InputError) as info:
        load_kb(directory)
    assert message in info.value.message


def test_kb_validation_reports_every_problem(tmp_path: Path) -> None:
    orgs = _orgs(_A + ", parent: ghost}", "{id: b, name: B, kind: charity}")
    with pytest.raises(InputError) as info:
        load_kb(_write(tmp_path, orgs=orgs, events=_events("{id: e, name: E, frequency: annual}")))
    message = info.value.message
    assert "(2 problem(s))" in message
    assert "organization a: parent 'ghost'" in message
    assert "organization b: `kind: charity`" in message


def test_kb_ambiguous_alias_is_allowed_but_not_looked_up(tmp_path: Path) -> None:
    orgs = _orgs(
        "{id: a, name: Alpha, aliases: [Zed], kind: company}",
        "{id: b, name: Beta, aliases: [Zed], kind: company}",
        head="ambiguous_aliases: [Zed]\n",
    )
    kb = load_kb(_write(tmp_path, orgs=orgs, events=_events("{id: e, name: E, frequency: annual}")))
    assert kb.lookup_org("Zed") is None
    assert {o.id for o in kb.lookup_orgs("Zed")} == {"a", "b"}
    assert "Zed" not in kb.org_surface_forms()
    assert kb.org_surface_forms()["Alpha"] == "a"


def test_kb_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        load_kb(tmp_path / "nowhere")


def test_kb_missing_file(tmp_path: Path) -> None:
    _write(tmp_path)
    (tmp_path / "events.yaml").unlink()
    with pytest.raises(InputError, match=r"events\.yaml: file: missing"):
        load_kb(tmp_path)

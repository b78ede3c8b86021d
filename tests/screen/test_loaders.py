"""Loaders on the real list files (../shared) and the bundled slices, and on corrupted copies."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from rivalgraph.errors import ListFormatError
from rivalgraph.screen.loaders import detect_format, load_list, parse_date
from rivalgraph.screen.model import EntryKind, ListFormat
from rivalgraph.screen.registry import bundled_list_paths
from tests.conftest import shared_path

SANCTIONS = ("data", "sanctions")

# (path under ../shared/data/sanctions, format, source, entries, needs --allow-truncated)
FTM, OS = ListFormat.FTM, ListFormat.OS_CSV
REAL_FILES = [
    ("csl/consolidated_2025-06_sample.csv", ListFormat.CSL, "us_csl", 13, False),
    ("csl/consolidated_2019_sample_old_header.csv", ListFormat.CSL, "us_csl", 115, False),
    ("csl/consolidated_2023-11_partial.csv", ListFormat.CSL, "us_csl", 4226, True),
    ("ofac_sdn/2021-07_complete", ListFormat.OFAC_SDN, "us_ofac_sdn", 8976, False),
    ("ofac_sdn/2024-05-03_sdn_with_2025_add_alt", ListFormat.OFAC_SDN, "us_ofac_sdn", 14965, False),
    ("ofac_cons_non_sdn", ListFormat.OFAC_CONS, "us_ofac_cons", 442, False),
    ("opensanctions_ftm/yente_zala_entities.ftm.json", FTM, "opensanctions_yente_zala_entities", 14, False),
    ("opensanctions_ftm/yente_t1_entities.ftm.json", FTM, "opensanctions_yente_t1_entities", 6, False),
    (
        "opensanctions_ftm/nomenklatura_donations.ijson",
        FTM,
        "opensanctions_nomenklatura_donations",
        95,
        False,
    ),
    (
        "us_other_lists/dod_1260h_chinese_military_companies.csv",
        OS,
        "dod_1260h_chinese_military_companies",
        229,
        False,
    ),
    ("us_other_lists/fcc_covered_list.csv", OS, "fcc_covered_list", 11, False),
    ("us_other_lists/ndaa_section_889.csv", OS, "ndaa_section_889", 5, False),
    ("us_other_lists/ndaa_section_5949.csv", OS, "ndaa_section_5949", 3, False),
    ("us_other_lists/ndaa_section_1286.csv", OS, "ndaa_section_1286", 191, False),
    ("us_other_lists/ndaa_section_154.csv", OS, "ndaa_section_154", 6, False),
    (
        "us_other_lists/bis_military_intelligence_end_user.csv",
        OS,
        "bis_military_intelligence_end_user",
        13,
        False,
    ),
    ("cn/cn_countersanctions.csv", OS, "cn_countersanctions", 457, False),
]


@pytest.mark.shared
@pytest.mark.parametrize(("rel", "fmt", "source", "count", "truncated"), REAL_FILES)
def test_screen_loads_every_real_file(
    rel: str, fmt: ListFormat, source: str, count: int, truncated: bool
) -> None:
    path = shared_path(*SANCTIONS, *rel.split("/"))
    assert detect_format(path) is fmt
    loaded = load_list(path, allow_truncated=truncated)
    assert loaded.source == source
    assert len(loaded.entries) == count
    assert len(loaded.sha256) == 64
    assert all(e.name.strip() for e in loaded.entries)
    assert len({e.entry_id for e in loaded.entries}) == count


@pytest.mark.shared
def test_screen_refuses_the_cut_off_csl_copy_unless_asked() -> None:
    path = shared_path(*SANCTIONS, "csl", "consolidated_2023-11_partial.csv")
    with pytest.raises(ListFormatError, match="truncated"):
        load_list(path)
    assert load_list(path, allow_truncated=True).skipped == 1


@pytest.mark.shared
def test_screen_csl_quirks_are_read() -> None:
    loaded = load_list(
        shared_path(*SANCTIONS, "csl", "consolidated_2023-11_partial.csv"), allow_truncated=True
    )
    huawei = next(e for e in loaded.entries if e.entry_id == "30947")
    assert huawei.list_code == "NS-CMIC"
    assert huawei.listed_on == "2021-06-03"  # from the ids column: the row has no start_date
    assert huawei.countries == ("CN",)
    assert huawei.kind is EntryKind.ORG
    assert "Huawei Investment & Holding Co Ltd" in huawei.aliases
    # The header repeated on line 2 is not an entry.
    assert not any(e.name == "name" for e in loaded.entries)


@pytest.mark.shared
def test_screen_old_csl_header_without_id_gets_stable_ids() -> None:
    path = shared_path(*SANCTIONS, "csl", "consolidated_2019_sample_old_header.csv")
    first, second = load_list(path), load_list(path)
    assert [e.entry_id for e in first.entries] == [e.entry_id for e in second.entries]
    guian = next(e for e in first.entries if "New District Huawei" in e.name)
    assert guian.name.startswith("Gui\u2019an")  # a Windows-1252 quote stored as a C1 control character
    assert guian.list_code == "EL" and guian.listed_on == "2019-05-21"
    assert "Gui\u2019an New District Huawei Investment Co., Ltd." in guian.aliases  # location split off


@pytest.mark.shared
def test_screen_ofac_mixed_vintages_join_on_entry_number() -> None:
    loaded = load_list(shared_path(*SANCTIONS, "ofac_sdn", "2024-05-03_sdn_with_2025_add_alt"))
    assert loaded.skipped > 0  # add/alt rows of entries newer than sdn.csv are ignored, not joined
    numbers = {e.entry_id for e in loaded.entries}
    assert max(int(n) for n in numbers) == 48907


@pytest.mark.shared
def test_screen_ftm_reads_targets_sanctions_and_ownership() -> None:
    loaded = load_list(shared_path(*SANCTIONS, "opensanctions_ftm", "yente_zala_entities.ftm.json"))
    assert all(e.kind in (EntryKind.ORG, EntryKind.PERSON) for e in loaded.entries)
    assert any(e.listed_on for e in loaded.entries)
    assert any(link.relation == "owns" for link in loaded.links)


def test_screen_bundled_slices_load_without_shared() -> None:
    paths = bundled_list_paths()
    assert [p.name for p in paths] == [
        "us_csl_2023-11-30.csv",
        "us_ofac_cons_2025-12-19",
        "us_ofac_sdn_2024-05-03",
    ]
    loaded = {p.name: load_list(p) for p in paths}
    assert loaded["us_csl_2023-11-30.csv"].vintage == "2023-11-30"
    cons = loaded["us_ofac_cons_2025-12-19"]
    sensetime = next(e for e in cons.entries if e.entry_id == "33114")
    assert (sensetime.list_code, sensetime.listed_on) == ("NS-CMIC", "2021-12-10")
    assert loaded["us_ofac_sdn_2024-05-03"].skipped == 0


def _copy_bundled(tmp_path: Path, name: str) -> Path:
    source = next(p for p in bundled_list_paths() if p.name == name)
    target = tmp_path / name
    if source.is_dir():
        shutil.copytree(source, target)
    else:
        shutil.copyfile(source, target)
    return target


def _cut(path: Path, keep: float) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])


CORRUPTIONS = [
    ("us_csl_2023-11-30.csv", "cut in the middle", lambda p: _cut(p, 0.5), "truncated|malformed"),
    ("us_csl_2023-11-30.csv", "short row", lambda p: p.write_bytes(p.read_bytes() + b'"x","y"\n'), "fields"),
    ("us_csl_2023-11-30.csv", "empty", lambda p: p.write_bytes(b""), "empty"),
    ("us_csl_2023-11-30.csv", "binary", lambda p: p.write_bytes(b"\x00\x01\x02" * 100), "NUL|unknown format"),
    ("us_ofac_cons_2025-12-19", "primary cut", lambda p: _cut(p / "cons_prim.csv", 0.7), "truncated"),
    ("us_ofac_cons_2025-12-19", "alt cut", lambda p: _cut(p / "cons_alt.csv", 0.3), "truncated"),
    ("us_ofac_sdn_2024-05-03", "end marker lost", lambda p: _cut(p / "sdn.csv", 0.9999), "truncated"),
    (
        "us_ofac_sdn_2024-05-03",
        "garbage line",
        lambda p: (p / "add.csv").write_bytes(b"garbage\r\n" + (p / "add.csv").read_bytes()),
        "line 1",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("name", "what", "corrupt", "message"), CORRUPTIONS, ids=[c[1] for c in CORRUPTIONS])
def test_screen_refuses_corrupted_copies(tmp_path: Path, name: str, what: str, corrupt, message: str) -> None:  # type: ignore[no-untyped-def]
    path = _copy_bundled(tmp_path, name)
    corrupt(path)
    with pytest.raises(ListFormatError, match=message):
        load_list(path)


def test_screen_refuses_a_broken_ftm_line(tmp_path: Path) -> None:
    path = tmp_path / "entities.ftm.json"
    good = '{"id": "a", "schema": "Company", "properties": {"name": ["Acme Ltd"]}, "target": true}'
    path.write_text(good + "\n" + good.replace('"a"', '"b"')[:40] + "\n", encoding="utf-8")
    with pytest.raises(ListFormatError, match="cut off"):
        load_list(path)
    assert len(load_list(path, allow_truncated=True).entries) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021-06-03", "2021-06-03"),
        ("03 Jun 2021", "2021-06-03"),
        ("March 12, 2021", "2021-03-12"),
        ("02.12.2019", "2019-12-02"),
        ("2022", "2022-01-01"),
        ("soon", None),
        ("", None),
    ],
)
def test_screen_parse_date(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected

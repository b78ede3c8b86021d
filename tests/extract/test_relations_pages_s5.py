"""Pages and lists: a speaker's employer in brackets, a directory row's country, and the names of a
comma list the model leaves untyped. Wordings written for these tests (real companies)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

DIRECTORY = (
    "SEMICON West 2023 Exhibitor Directory (selected)\n\n"
    "Applied Materials | Santa Clara, California, US | Booth 1200\n"
    "Tokyo Electron | Tokyo, Japan | Booth 1415\n"
    "Naura Technology Group | Beijing, China | Booth 2231\n"
)


def test_directory_rows_give_exhibitor_and_country(facts: Callable[..., Any]) -> None:
    doc = facts(DIRECTORY, "2023-07-11")
    got = {(r.predicate.value, r.subject, r.object) for r in doc.relations}
    assert got == {
        ("exhibits_at", "org:applied-materials", "event:semicon-west-2023"),
        ("exhibits_at", "org:tokyo-electron", "event:semicon-west-2023"),
        ("exhibits_at", "org:naura", "event:semicon-west-2023"),
        ("based_in", "org:applied-materials", "gpe:united-states"),
        ("based_in", "org:tokyo-electron", "gpe:japan"),
        ("based_in", "org:naura", "gpe:china"),
    }


def test_a_row_naming_two_countries_gives_none(facts: Callable[..., Any]) -> None:
    doc = facts("IFA 2024 exhibitors\n\nTCL | China, Poland | Hall 22, Booth 101\n", "2024-09-06")
    assert not [r for r in doc.relations if r.predicate.value == "based_in"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Panelists at the forum: Lisa Su (AMD), Pat Gelsinger (Intel) and Cristiano Amon (Qualcomm).",
            {
                ("org:amd", "person:lisa-su"),
                ("org:intel", "person:pat-gelsinger"),
                ("org:qualcomm", "person:cristiano-amon"),
            },
        ),
        # a bracket that is not only an employer names none
        ("Satya Nadella (by video) and Lisa Su (in person) joined the panel.", set()),
    ],
)
def test_employer_in_brackets(facts: Callable[..., Any], text: str, expected: set[tuple[str, str]]) -> None:
    doc = facts(text)
    assert {(r.subject, r.object) for r in doc.relations if r.predicate.value == "employs"} == expected


def test_comma_list_items_are_organizations_like_their_siblings(facts: Callable[..., Any]) -> None:
    doc = facts(
        "China's commerce ministry sanctioned five US defence companies on Tuesday. Among them were "
        "Alliant Techsystems Operations, AeroVironment, ViaSat and Data Link Solutions."
    )
    sanctioned = {r.subject for r in doc.relations if r.predicate.value == "sanctioned_by"}
    assert sanctioned == {
        "org:alliant-techsystems-operations",
        "org:aerovironment",
        "org:viasat",
        "org:data-link-solutions",
    }


@pytest.mark.parametrize(
    "text",
    [
        # people and places in the list: nothing becomes an organization
        "Alibaba, Tencent, Jack Ma and Pony Ma were named in the report.",
        "Huawei, ZTE and Xiaomi opened offices in Beijing, Shanghai and Wuhan.",
        # a product list stays products
        "Apple showed the iPhone 16, the Apple Watch and AirPods Pro at the event.",
    ],
)
def test_comma_lists_of_other_kinds_are_left_alone(facts: Callable[..., Any], text: str) -> None:
    before = {(e.type.value, e.name) for e in facts(text).entities}
    assert not any(t == "ORG" and n in {"Jack Ma", "Pony Ma", "Wuhan", "AirPods Pro"} for t, n in before)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the first item, right after the verb, and an all-capitals name ending the list
        ("China sanctioned Teal Drones, Red Cat Holdings and Skydio in December.", {"Teal Drones"}),
        (
            "The ministry named Sierra Nevada Corporation, Cyberlux Corporation and BRINC Drones "
            "among the targets.",
            {"BRINC Drones"},
        ),
        # a city name joined to an unknown name is one company
        ("The US listed Sugon, Inspur, Hygon and Chengdu Haiguang last year.", {"Chengdu Haiguang"}),
    ],
)
def test_comma_list_first_last_and_city_led_items(
    facts: Callable[..., Any], text: str, names: set[str]
) -> None:
    orgs = {e.name for e in facts(text).entities if e.type.value == "ORG"}
    assert names <= orgs, orgs

"""Quantities, session 11: list additions, kinds of money, earlier editions, people and national groups."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from rivalgraph.errors import InputError
from rivalgraph.extract.quantities import load_measure_words
from tests.extract.test_quantities import quantities

# text, subject (a name, lower case; an edition with its year), measure, value
CASES = [
    # additions to a list: the agency that adds them; a national share; units of a named company
    (
        "The US Commerce Department on Tuesday added 42 companies and research bodies to its Entity List, "
        "more than 30 of them in China, citing support for military programmes.",
        "us commerce department",
        "entities_added",
        42,
    ),
    (
        "The US Commerce Department on Tuesday added 42 companies and research bodies to its Entity List, "
        "more than 30 of them in China, citing support for military programmes.",
        "us commerce department",
        "chinese_entities_added",
        30,
    ),
    (
        "The Bureau of Industry and Security said it was adding 12 subsidiaries of Acme Robotics to the "
        "Entity List.",
        "acme robotics",
        "subsidiaries_added",
        12,
    ),
    (
        "China's Ministry of Commerce placed nine Canadian entities on its export control list on Friday.",
        "ministry of commerce",
        "entities_added",
        9,
    ),
    # money: what the amount is, by the words of its sentence
    (
        "Kappa Robotics, whose shares began trading in Hong Kong on Friday, raised HK$3 billion in its "
        "initial public offering.",
        "kappa robotics",
        "ipo_proceeds_hkd",
        3e9,
    ),
    (
        "Zentrix, a Munich-based maker of drone software, has raised about 500 million euros in total since "
        "2019, the company said.",
        "zentrix",
        "total_funding_eur",
        5e8,
    ),
    (
        "Strive Semiconductor's market value rose above $40 billion on Tuesday.",
        "strive semiconductor",
        "market_value_usd",
        4e10,
    ),
    (
        "Halvard Systems agreed to acquire Nimbus Chips in a deal valued at $700 million.",
        "nimbus chips",
        "deal_value_usd",
        7e8,
    ),
    (
        "Orbital Capital, which led Kappa Robotics's $90 million round last year at a valuation of "
        "$1.2 billion, declined to comment.",
        "kappa robotics",
        "valuation_usd",
        1.2e9,
    ),
    # people counted by what they did at the edition
    (
        "The 2024 Tech Expo opened in Hangzhou on Monday. About 12,000 people took part on the first day.",
        "tech expo 2024",
        "participants",
        12000,
    ),
    (
        "The 2024 Tech Expo opened in Hangzhou on Monday, bringing together more than 800 business leaders "
        "and scholars.",
        "tech expo 2024",
        "participants",
        800,
    ),
    (
        "The 2024 Tech Expo opened in Hangzhou on Monday. Last year's edition drew about 31,000 people.",
        "tech expo 2023",
        "attendees",
        31000,
    ),
    # companies: the words of the sentence say they exhibit; a national group at a show
    (
        "The 2024 Tech Expo opened in Hangzhou on Monday. More than 2,000 companies signed up as "
        "exhibitors, up from the first edition in 2018.",
        "tech expo 2024",
        "exhibitors",
        2000,
    ),
    (
        "The 2024 Tech Expo opened in Hangzhou on Monday. Some 240 Korean firms booked space in the main "
        "hall this year.",
        "tech expo 2024",
        "south_korean_exhibitors",
        240,
    ),
    # a count whose clause names another year belongs to that year's edition
    (
        "The 2024 Tech Expo opened in Hangzhou on Monday with 1,400 exhibitors. About 900 Chinese "
        "exhibitors took part in 2022, when the 2022 Tech Expo was held online.",
        "tech expo 2022",
        "chinese_exhibitors",
        900,
    ),
]


@pytest.mark.parametrize(("text", "subject", "measure", "value"), CASES)
def test_quantity_s11(facts: Callable[..., Any], text: str, subject: str, measure: str, value: float) -> None:
    got = quantities(facts(text))
    assert (subject, measure, float(value)) in got, sorted(got)


# text, a (measure, value) that must not be read
NEGATIVE = [
    # the same amount in another currency, in brackets
    (
        "Zentrix said on Monday it had raised 300 million euros ($325 million) in a Series B round.",
        "funding_round_usd",
        325e6,
    ),
    # an edition number of an earlier edition
    (
        "The 2024 Robotics Summit opened on Monday. The first edition was held in 2016.",
        "edition_number",
        1,
    ),
    (
        "The 2024 Robotics Summit opened on Monday. Acme has exhibited at the summit since its first "
        "edition.",
        "edition_number",
        1,
    ),
    # companies that sign up as exhibitors are not partners
    (
        "The 2024 Tech Expo opened in Hangzhou on Monday. More than 2,000 companies signed up as exhibitors.",
        "partners",
        2000,
    ),
    # a deal valued at an amount is not a valuation of the buyer
    (
        "Halvard Systems agreed to acquire Nimbus Chips in a deal valued at $700 million.",
        "valuation_usd",
        7e8,
    ),
    # added to something that is no list; a count that is no list addition
    (
        "The US Commerce Department added 40 new staff to its export enforcement office this year.",
        "entities_added",
        40,
    ),
    # people who did nothing at the edition
    (
        "The 2024 Tech Expo opened in Hangzhou on Monday. The city has 12 million people.",
        "participants",
        12e6,
    ),
]


@pytest.mark.parametrize(("text", "measure", "value"), NEGATIVE)
def test_quantity_s11_not_read(facts: Callable[..., Any], text: str, measure: str, value: float) -> None:
    got = quantities(facts(text))
    assert not any(m == measure and v == float(value) for _, m, v in got), sorted(got)


def test_quantity_s11_edition_number_kept(facts: Callable[..., Any]) -> None:
    got = quantities(
        facts("The 2024 Robotics Summit opened on Monday, the ninth edition of the event, held in Suzhou.")
    )
    assert ("robotics summit 2024", "edition_number", 9.0) in got, sorted(got)


def test_quantity_s11_measure_words_malformed(tmp_path: Path) -> None:
    bad = tmp_path / "quantities.yaml"
    bad.write_text("version: 1\nlisting_verbs: add\n", encoding="utf-8")
    with pytest.raises(InputError, match="listing_verbs"):
        load_measure_words(bad)

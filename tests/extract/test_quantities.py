"""Quantities (counts, amounts, stakes, edition figures), in wordings written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from rivalgraph.model import Document
from tests.extract.test_extract_relations import names_of


def quantities(doc: Document) -> set[tuple[str, str, float]]:
    """(a name of the subject, measure, value) for every quantity; the subject by each of its names."""
    names = names_of(doc)
    out: set[tuple[str, str, float]] = set()
    for q in doc.quantities:
        for name in names.get(q.subject, {q.subject}):
            out.add((name, q.measure, float(q.value)))
    return out


def has_measure(doc: Document, measure: str) -> bool:
    return any(q.measure == measure for q in doc.quantities)


# text, subject (a name, lower case; an edition with its year), measure, value
CASES = [
    # counts at an edition: the noun names the measure, the verb says what companies do there
    (
        "The 2024 Global Robotics Expo opened in Shenzhen on Monday. More than 650 companies are "
        "exhibiting at the show, which organisers say has some 2,400 booths.",
        "global robotics expo 2024",
        "exhibitors",
        650,
    ),
    (
        "The 2024 Global Robotics Expo opened in Shenzhen on Monday. More than 650 companies are "
        "exhibiting at the show, which organisers say has some 2,400 booths.",
        "global robotics expo 2024",
        "booths",
        2400,
    ),
    (
        "The 2025 World Artificial Intelligence Conference opens in Shanghai on Saturday. Nearly 900 "
        "enterprises are taking part, and ten companies signed up as strategic partners.",
        "waic 2025",
        "participating_enterprises",
        900,
    ),
    (
        "The 2024 Web Summit opened in Lisbon on Tuesday with 2,300 start-ups and 900 speakers, "
        "drawing some 70,000 attendees from 150 countries.",
        "web summit 2024",
        "speakers",
        900,
    ),
    (
        "The 2024 Web Summit opened in Lisbon on Tuesday with 2,300 start-ups and 900 speakers, "
        "drawing some 70,000 attendees from 150 countries.",
        "web summit 2024",
        "participating_countries",
        150,
    ),
    (
        "The 2024 Web Summit opened in Lisbon on Tuesday with 2,300 start-ups and 900 speakers, "
        "drawing some 70,000 attendees from 150 countries.",
        "web summit 2024",
        "attendees",
        70000,
    ),
    (
        "The 2024 Canton Fair opened in Guangzhou on Monday, featuring more than 1,000 new products.",
        "canton fair 2024",
        "products_exhibited",
        1000,
    ),
    # a kind of the counted noun, a label line, start-ups among the exhibitors
    (
        "IFA 2024 opened in Berlin on Friday.\n\nVisitors: more than 215,000 from 138 countries, among them "
        "over 133,000 trade visitors",
        "ifa 2024",
        "trade_visitors",
        133000,
    ),
    (
        "IFA 2024 opened in Berlin on Friday.\n\nVisitors: more than 215,000 from 138 countries, among them "
        "over 133,000 trade visitors",
        "ifa 2024",
        "visitors",
        215000,
    ),
    (
        "GITEX Global 2024 opened in Dubai with 6,000 exhibitors, 1,500 start-ups and 1,000 investors.",
        "gitex global 2024",
        "startups",
        1500,
    ),
    (
        "CES 2024 opened on Tuesday with more than 4,000 exhibitors, including more than 1,400 start-ups.",
        "ces 2024",
        "startup_exhibitors",
        1400,
    ),
    # the same count of an earlier edition the text names
    (
        "CES 2024 opened in Las Vegas. More than 4,000 exhibitors are taking part, up from 3,200 at "
        "CES 2023.",
        "ces 2023",
        "exhibitors",
        3200,
    ),
    (
        "CES 2024 opened in Las Vegas. More than 4,000 exhibitors are taking part, up from 3,200 at "
        "CES 2023.",
        "ces 2024",
        "exhibitors",
        4000,
    ),
    # nationality: an adjective before the noun, or 'from COUNTRY' after it
    (
        "CES 2025 opened in Las Vegas on Tuesday. The organiser lists 1,300 exhibitors registered from "
        "China this year.",
        "ces 2025",
        "chinese_exhibitors",
        1300,
    ),
    (
        "The 2023 Mobile World Congress in Barcelona has 12 Japanese sponsors, more than any edition before.",
        "mobile world congress 2023",
        "japanese_sponsors",
        12,
    ),
    (
        "The 2024 China International Import Expo opened in Shanghai. Intel is the sole American "
        "sponsor of the expo this year.",
        "china international import expo 2024",
        "us_sponsors",
        1,
    ),
    # 'N of which': the phrase after it names the measure
    (
        "The 2024 World Artificial Intelligence Conference opened in Shanghai. Some 500 enterprises "
        "attend, at least 40 of which build their own large language models.",
        "waic 2024",
        "llm_developers",
        40,
    ),
    (
        "The 2025 World Artificial Intelligence Conference opens in Shanghai on Saturday. Nearly 900 "
        "enterprises are taking part, and ten companies signed up as strategic partners.",
        "waic 2025",
        "strategic_partners",
        10,
    ),
    # edition figures
    (
        "The two-day Summer Davos 2024 meeting opened in Dalian on Tuesday, the 15th edition of the forum.",
        "summer davos 2024",
        "edition_number",
        15,
    ),
    (
        "The 2024 Hannover Messe opened on Monday. The fair fills an exhibition area of about 80,000 "
        "square metres.",
        "hannover messe 2024",
        "exhibition_area_sqm",
        80000,
    ),
    # money: the word that governs the amount names the measure, the currency its suffix
    (
        "Zhipu AI has raised more than US$1.2 billion in its latest round, people familiar with the "
        "matter said.",
        "zhipu ai",
        "funding_round_usd",
        1.2e9,
    ),
    (
        "Investors valued Baichuan at about 20 billion yuan after the deal.",
        "baichuan",
        "valuation_cny",
        2e10,
    ),
    (
        "Samsung will invest $3 billion in Rebellions, the Korean chip start-up said on Monday.",
        "rebellions",
        "investment_from_samsung_usd",
        3e9,
    ),
    (
        "The sell-off wiped nearly $300 billion off Broadcom's market value in two days.",
        "broadcom",
        "market_value_loss_usd",
        3e11,
    ),
    (
        "The 2023 Canton Fair closed on Friday with export deals worth $22 billion, organisers said.",
        "canton fair 2023",
        "deal_value_usd",
        2.2e10,
    ),
    # counts about a product: the product is the subject of the verb the count hangs on
    (
        "Baidu said on Tuesday that Ernie Bot now has more than 300 million users.",
        "ernie bot",
        "users",
        3e8,
    ),
    (
        "Alibaba said Qwen 2.5 has 72 billion parameters and was trained on 18 trillion tokens.",
        "qwen 2.5",
        "training_tokens",
        1.8e13,
    ),
    (
        "Moonshot AI said Kimi can now process up to two million Chinese characters in one conversation.",
        "kimi",
        "context_chinese_characters",
        2e6,
    ),
    # a change in sales, with its sign
    (
        "Apple is struggling in China: iPhone sales there fell 19 per cent in the first quarter, "
        "according to Canalys.",
        "iphone",
        "sales_change_percent",
        -19,
    ),
    # people at an edition only where they attend
    (
        "The 2025 GTC conference opens in San Jose on Monday. Some 25,000 people are expected to attend.",
        "gtc 2025",
        "attendees",
        25000,
    ),
    ("Xiaomi employs more than 40,000 people, most of them in China.", "xiaomi", "employees", 40000),
    # stakes: an organization's stake is the holder's figure; a group that is no entity, the company's
    (
        "Nokia agreed to pay $500 million for a 20 per cent stake in Infinera, the companies said.",
        "nokia",
        "stake_in_infinera_percent",
        20,
    ),
    (
        "Xiaomi is a big company. Its founders hold about 30 per cent of Xiaomi, and employees own "
        "8 per cent.",
        "xiaomi",
        "employees_stake_percent",
        8,
    ),
]

NEGATIVE = [
    # products are counted at an edition only where they are on show
    (
        "The 2024 Canton Fair opened in Guangzhou. Its exporters sold 5,000 products to Europe in 2023.",
        "products_exhibited",
    ),
    # a meeting's length is no count
    ("The two-day Summer Davos 2024 meeting opened in Dalian on Tuesday.", "duration_days"),
    # a number inside a name, countries that do not take part
    ("The 2024 China Import Expo opened. The Fortune Global 500 firms have big stands there.", "exhibitors"),
    (
        "The 2024 China Import Expo opened. Seven countries joined the fair's trade pact.",
        "participating_countries",
    ),
    # companies counted without an edition, money with no word that says what it is, a model's figure
    ("Alibaba released two open-source models with 14 billion parameters on Monday.", "parameters"),
    ("Huawei sold 30 million phones last year, according to Canalys.", "participating_enterprises"),
    ("Tencent spent $2 billion on data centres in the second half.", "investment_from_tencent_usd"),
    (
        "Apple reported results on Thursday. Apple will invest $500 billion in the United States over "
        "four years, the company said.",
        "investment_from_apple_usd",
    ),
    # a stake that changes hands is no holding
    ("Intel completed the sale of a 51 per cent stake in Altera to Silver Lake.", "stake_in_altera_percent"),
    # 'the first edition' of a product is not an event's edition number
    (
        "The 2024 Huawei Developer Conference opened in Dongguan, where Huawei showed the first edition "
        "of its new operating system.",
        "edition_number",
    ),
]


@pytest.mark.parametrize(("text", "subject", "measure", "value"), CASES)
def test_quantity(facts: Callable[..., Any], text: str, subject: str, measure: str, value: float) -> None:
    doc = facts(text)
    assert (subject, measure, float(value)) in quantities(doc), sorted(
        (q.subject, q.measure, q.value) for q in doc.quantities
    )


@pytest.mark.parametrize(("text", "measure"), NEGATIVE)
def test_no_quantity(facts: Callable[..., Any], text: str, measure: str) -> None:
    doc = facts(text)
    assert not has_measure(doc, measure), sorted((q.subject, q.measure, q.value) for q in doc.quantities)

"""Funding rounds and stakes (backed_by) in wordings written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.test_extract_relations import check_case

CASES = [
    # text, subject (the company backed), object (the investor), negated, expected
    # a round led by A, with participation from B
    (
        "Baichuan Intelligence has raised $300 million in a Series A round led by Alibaba, "
        "with participation from Tencent and Xiaomi.",
        "Baichuan Intelligence",
        "Xiaomi",
        False,
        True,
    ),
    (
        "Zhipu AI has raised 2.5 billion yuan in a new funding round led by Meituan, "
        "with participation from HongShan.",
        "Zhipu AI",
        "HongShan",
        False,
        True,
    ),
    # the round of the previous sentence, led in the passive, with a participle
    (
        "StepFun closed a new funding round on Tuesday. The round was led by Tencent, "
        "with Qiming Venture Partners also participating.",
        "StepFun",
        "Tencent",
        False,
        True,
    ),
    (
        "StepFun closed a new funding round on Tuesday. The round was led by Tencent, "
        "with Qiming Venture Partners also participating.",
        "StepFun",
        "Qiming Venture Partners",
        False,
        True,
    ),
    # A led the round, which also drew B
    (
        "Zhipu AI said it had raised 1 billion yuan. Meituan led the round, "
        "which also drew HongShan and Hillhouse.",
        "Zhipu AI",
        "Hillhouse",
        False,
        True,
    ),
    (
        "Zhipu AI said it had raised 1 billion yuan. Meituan led the round, "
        "which also drew HongShan and Hillhouse.",
        "Zhipu AI",
        "Meituan",
        False,
        True,
    ),
    # co-led, and an intransitive 'also invested'
    (
        "MiniMax has raised $600 million. Tencent and Alibaba co-led the "
        "round, while HongShan also invested.",
        "MiniMax",
        "HongShan",
        False,
        True,
    ),
    (
        "MiniMax has raised $600 million. Tencent and Alibaba co-led the "
        "round, while HongShan also invested.",
        "MiniMax",
        "Alibaba",
        False,
        True,
    ),
    # the round as the subject of 'attracted investment from'
    (
        "Pony.ai raised $100 million last year. The round attracted investment "
        "from Toyota and Sequoia Capital.",
        "Pony.ai",
        "Toyota",
        False,
        True,
    ),
    # a possessed round: "its Series D was led by"
    (
        "Horizon Robotics said its Series D was led by Hillhouse.",
        "Horizon Robotics",
        "Hillhouse",
        False,
        True,
    ),
    # a hyphenated lead investor
    ("Anthropic has raised $2 billion in an Amazon-led round.", "Anthropic", "Amazon", False, True),
    # A participated in X's round
    ("Alibaba participated in Moonshot AI's latest funding round.", "Moonshot AI", "Alibaba", False, True),
    # investors of a possessor, listed
    (
        "Zhipu AI's investors, including Alibaba and Tencent, were not named in the filing.",
        "Zhipu AI",
        "Tencent",
        False,
        True,
    ),
    (
        "Moonshot AI's backers, among them Alibaba and Tencent, pushed for a listing.",
        "Moonshot AI",
        "Tencent",
        False,
        True,
    ),
    # "A are among its backers": 'its' is the company of the previous sentence
    (
        "MiniMax is growing fast. Tencent, HongShan and IDG Capital are among its backers.",
        "MiniMax",
        "IDG Capital",
        False,
        True,
    ),
    (
        "MiniMax is growing fast. Tencent, HongShan and IDG Capital are among its backers.",
        "Tencent",
        "HongShan",
        False,
        False,
    ),
    # possessive investment and stake, made investment
    ("Amazon's $4 billion investment in Anthropic drew scrutiny.", "Anthropic", "Amazon", False, True),
    ("Amazon's $4 billion investment in Anthropic drew scrutiny.", "Amazon", "Anthropic", False, False),
    ("Alibaba's stake in Moonshot AI is worth $800 million.", "Moonshot AI", "Alibaba", False, True),
    ("Google made a strategic investment in Anthropic.", "Anthropic", "Google", False, True),
    # investor in / among the investors in
    (
        "SoftBank Vision Fund is among the investors in ByteDance.",
        "ByteDance",
        "SoftBank Vision Fund",
        False,
        True,
    ),
    ("Nvidia is an investor in both Mistral AI and Cohere.", "Cohere", "Nvidia", False, True),
    # investment-firm names the model does not know
    (
        "Unitree Robotics completed its Series C financing, backed by Tencent and Geely Capital.",
        "Unitree Robotics",
        "Geely Capital",
        False,
        True,
    ),
    ("Galbot closed a 700 million yuan round led by CATL.", "Galbot", "CATL", False, True),
    # a raise without a round noun, the company that announces the round, unknown lead investors
    (
        "Infinigence AI has raised 500 million yuan, with participation from Sinovation Ventures.",
        "Infinigence AI",
        "Sinovation Ventures",
        False,
        True,
    ),
    ("ModelBest said the round was led by Primavera Capital.", "ModelBest", "Primavera Capital", False, True),
    (
        "Butterfly Effect raised $75 million in a round led by Benchmark.",
        "Butterfly Effect",
        "Benchmark",
        False,
        True,
    ),
    # a round that another company closed, in a relative clause
    (
        "It compares with the Tencent-led round of $600 million that MiniMax closed in March.",
        "MiniMax",
        "Tencent",
        False,
        True,
    ),
    # shares and stakes
    ("Hyundai Motor also holds about a third of Kia.", "Kia", "Hyundai Motor", False, True),
    ("Xiaomi bought shares in Zhipu AI last year.", "Zhipu AI", "Xiaomi", False, True),
    ("Xiaomi bought shares in Zhipu AI last year.", "Xiaomi", "Zhipu AI", False, False),
    ("The deal gives Microsoft a 49% stake in OpenAI.", "OpenAI", "Microsoft", False, True),
    (
        "BYD, in which Berkshire Hathaway still holds a stake, took one of the largest halls.",
        "BYD",
        "Berkshire Hathaway",
        False,
        True,
    ),
    (
        "Baichuan Intelligence, in which Tencent is a shareholder, released a model.",
        "Baichuan Intelligence",
        "Tencent",
        False,
        True,
    ),
    (
        "OpenAI, in which Microsoft has invested $13 billion, launched a model.",
        "OpenAI",
        "Microsoft",
        False,
        True,
    ),
    (
        "About 60 per cent of ByteDance belongs to global investors, among them KKR and General Atlantic.",
        "ByteDance",
        "General Atlantic",
        False,
        True,
    ),
    # counted and listed investors
    (
        "Zhipu AI, which counts Alibaba and Tencent as investors, released a model.",
        "Zhipu AI",
        "Tencent",
        False,
        True,
    ),
    ("Tencent is one of MiniMax's biggest shareholders.", "MiniMax", "Tencent", False, True),
    ("Alibaba is Moonshot AI's biggest backer.", "Moonshot AI", "Alibaba", False, True),
    (
        "The Beijing-based firm counts Tencent, Alibaba and Meituan among its backers.",
        "Meituan",
        "Tencent",
        False,
        False,
    ),
    (
        "Shanghai-based SMIC, whose shareholders include the state-backed Big Fund, makes chips.",
        "SMIC",
        "Big Fund",
        False,
        True,
    ),
    ("Moonshot AI is an Alibaba-backed start-up.", "Moonshot AI", "Alibaba", False, True),
    # money put in by a list, co-investors
    (
        "Mistral AI raised 600 million euros. Nvidia, Cisco and IBM all put in money, as did BNP Paribas.",
        "Mistral AI",
        "BNP Paribas",
        False,
        True,
    ),
    (
        "MiniMax raised $600 million. Alibaba invested alongside HongShan and IDG Capital.",
        "MiniMax",
        "IDG Capital",
        False,
        True,
    ),
    ("Zhipu AI has raised funds from Meituan and Ant Group.", "Zhipu AI", "Ant Group", False, True),
    # the funding story's company, not the investor the resolver found
    (
        "StepFun raised $100 million in a round led by Fortera Capital. Tencent also invested. "
        "Its earlier investors include Capital Today.",
        "StepFun",
        "Capital Today",
        False,
        True,
    ),
    (
        "StepFun raised $100 million in a round led by Fortera Capital. Tencent also invested. "
        "Its earlier investors include Capital Today.",
        "Tencent",
        "Capital Today",
        False,
        False,
    ),
    # the arm invests, not its owner
    (
        "Zhipu AI took investment from Saudi Aramco's venture arm Prosperity7.",
        "Zhipu AI",
        "Saudi Aramco",
        False,
        False,
    ),
    ("Brad Smith will join G42's board after Microsoft invested in G42.", "G42", "Brad Smith", False, False),
    # names the model does not know, in funding roles
    (
        "Robotics firm Fourier Intelligence secured 800 million yuan from investors including Prosperity7.",
        "Fourier Intelligence",
        "Prosperity7",
        False,
        True,
    ),
    ("Nvidia-backed xAI raised $6 billion.", "xAI", "Nvidia", False, True),
    # lists after the backers, list as the backed
    (
        "Zhipu AI has been heavily backed by state investors, "
        "including the Beijing AI Industry Investment Fund.",
        "Zhipu AI",
        "Beijing AI Industry Investment Fund",
        False,
        True,
    ),
    (
        "Alibaba has backed four of China's six AI tigers, including Zhipu AI and Moonshot AI.",
        "Moonshot AI",
        "Alibaba",
        False,
        True,
    ),
    ("Alibaba backed the proposal from Baidu.", "Baidu", "Alibaba", False, False),
    ("Tencent has not backed MiniMax.", "MiniMax", "Tencent", True, True),
    # a list of names with appositions before 'also took part'
    (
        "Zhipu AI has raised $300 million. Qiming, the venture firm based in Shanghai, and Prosperity7, "
        "the venture arm of Saudi Aramco, also took part.",
        "Zhipu AI",
        "Prosperity7",
        False,
        True,
    ),
    (
        "Zhipu AI has raised $300 million. Qiming, the venture firm based in Shanghai, and Prosperity7, "
        "the venture arm of Saudi Aramco, also took part.",
        "Zhipu AI",
        "Saudi Aramco",
        False,
        False,
    ),
    # a group of investors led by A; a round that values the company
    (
        "Zhipu AI raised 1 billion yuan from a consortium led by Hillhouse.",
        "Zhipu AI",
        "Hillhouse",
        False,
        True,
    ),
    (
        "The financing, which was led by Hillhouse, values Zhipu AI at 20 billion yuan.",
        "Zhipu AI",
        "Hillhouse",
        False,
        True,
    ),
    # negated
    ("Meituan is not an investor in Moonshot AI.", "Moonshot AI", "Meituan", True, True),
    ("Meituan is not an investor in Moonshot AI.", "Moonshot AI", "Meituan", False, False),
    ("Xiaomi has no stake in MiniMax.", "MiniMax", "Xiaomi", True, True),
    # not funding
    ("Tencent led the delegation to Moonshot AI's offices.", "Moonshot AI", "Tencent", False, False),
    ("Alibaba's stake in the market grew as Moonshot AI lost users.", "Moonshot AI", "Alibaba", False, False),
    (
        "Tencent-backed MiniMax and Alibaba-backed Moonshot AI are rivals.",
        "Alibaba",
        "Tencent",
        False,
        False,
    ),
]


@pytest.mark.parametrize(("text", "subject", "obj", "negated", "expected"), CASES)
def test_relations_funding_round_wordings(
    facts: Callable[..., Any], text: str, subject: str, obj: str, negated: bool, expected: bool
) -> None:
    check_case(facts(text), "backed_by", subject, obj, negated=negated, expected=expected)


def test_relations_funding_majority_stake_is_ownership(facts: Callable[..., Any]) -> None:
    doc = facts("Geely's majority stake in Volvo was bought in 2010.")
    check_case(doc, "owns", "Geely", "Volvo", negated=False, expected=True)
    check_case(doc, "backed_by", "Volvo", "Geely", negated=False, expected=False)


def test_relations_funding_story_carries_to_the_next_paragraph_only(facts: Callable[..., Any]) -> None:
    text = (
        "Moonshot AI has raised $1 billion.\n\n"
        "The round was led by Alibaba.\n\n"
        "Analysts were upbeat.\n\n"
        "The deal was led by Tencent."
    )
    doc = facts(text)
    check_case(doc, "backed_by", "Moonshot AI", "Alibaba", negated=False, expected=True)
    check_case(doc, "backed_by", "Moonshot AI", "Tencent", negated=False, expected=False)

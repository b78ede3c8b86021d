"""PRODUCT recognition in new wordings: lexicon families, head nouns, possessives, release verbs,
model codes and multi-token names kept whole."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from rivalgraph.errors import InputError
from rivalgraph.extract.products import is_model_code, load_product_lexicon
from rivalgraph.kb import load_kb
from rivalgraph.model import Document


def typed(doc: Document) -> dict[str, str]:
    """Every entity name and alias of the document -> its type."""
    out: dict[str, str] = {}
    for e in doc.entities:
        for n in (e.name, *e.aliases):
            out[n] = e.type.value
    return out


PRODUCT_CASES = [
    # text, product name expected whole
    ("Engineers in Hefei benchmarked the Zephyr chip against older parts.", "Zephyr"),
    ("The Lunar Lake processors ship in laptops this autumn, Intel said.", "Lunar Lake"),
    ("Regulators approved the Yinhe large language model for public use.", "Yinhe"),
    ("Moonshot AI's Kimi Chat now reads two million characters at once.", "Kimi Chat"),
    ("Huawei's Ascend 910B processors are scarce, distributors say.", "Ascend 910B"),
    ("Customers queued for the DGX GH200 systems at the trade fair.", "DGX GH200"),
    ("Baidu upgraded Ernie Bot 4.0 with a faster search plug-in.", "Ernie Bot 4.0"),
    ("Xiaomi unveiled the Aurora 2 at a packed Beijing arena.", "Aurora 2"),
    ("ByteDance quietly rolled out Doubao to users in Chongqing.", "Doubao"),
    ("Shengshu launched Vidu, a text-to-video model, in April.", "Vidu"),
    ("OpenAI's Sora produced a minute of video from one prompt.", "Sora"),
    ("The start-up released a chatbot called Luoxi to students.", "Luoxi"),
    ("Nvidia designed the H20 for Chinese buyers after the rules changed.", "H20"),
    ("Distributors said the L20 and H20 sold out within weeks.", "L20"),
    ("Analysts expect the Rubin chips to follow next year, Nvidia said.", "Rubin"),
    ("Tencent said its Hunyuan model now writes code.", "Hunyuan"),
    ("Anthropic's Claude 3 Opus topped one coding test.", "Claude 3 Opus"),
    ("The Mate 60 Pro phones carry a domestic processor, teardown shows.", "Mate 60 Pro"),
    ("The Shenzhen-based company said Pangu 5.0 runs on its own chips.", "Pangu 5.0"),
    ("Export rules now cover accelerators such as the A100, H800 and Gaudi 3.", "Gaudi 3"),
    ("Developers compared the Ernie and Yuyan models with rivals.", "Ernie"),
    ("Schools tested chatbots including Doubao and Kimi this term.", "Doubao"),
    ("Nio unveiled the Onvo L60 SUV in Hefei.", "Onvo L60"),
    ("Meanwhile Alibaba launched Qwen2.5 for overseas developers.", "Qwen2.5"),
    # hyphenated and letter versions stay with the family
    ("Tencent's Hunyuan-Large model has 389 billion parameters.", "Hunyuan-Large"),
    ("Zhipu AI's GLM-4-Voice model speaks several dialects.", "GLM-4-Voice"),
    ("Alibaba Cloud cut the price of Qwen-Long by 97 per cent.", "Qwen-Long"),
    ("Moonshot AI launched Kimi k1.5 to compete with OpenAI.", "Kimi k1.5"),
    ("ByteDance followed with Doubao-1.5-pro in January.", "Doubao-1.5-pro"),
    # a family glued to its version, even at the start of a sentence
    ("Qwen2.5, which Alibaba Cloud released in September, leads open rankings.", "Qwen2.5"),
    # siblings in a list, an all-caps brand's line, appositions and the maker of ...
    ("Baidu made Ernie Speed and Ernie Lite free for developers.", "Ernie Speed"),
    ("Nvidia showed two desktop machines, DGX Spark and DGX Station.", "DGX Station"),
    ("Nvidia previewed Newton, a physics engine for humanoid robots.", "Newton"),
    ("Zephyr 7B, an open-weight model, is popular with hobbyists.", "Zephyr 7B"),
    ("Illumina, the maker of the NovaSeq sequencers, sells instruments in China.", "NovaSeq"),
    ("The model will be built into Youku, the group's video streaming app.", "Youku"),
    ("Customers can rent the CloudMatrix 384 system from Huawei.", "CloudMatrix 384"),
    ("Qualcomm's Snapdragon X Elite chips power the new laptops.", "Snapdragon X Elite"),
    # a line's capital letters before its number stay with the name
    ("AMD launched the Radeon RX 9060 XT graphics card in Taipei.", "Radeon RX 9060 XT"),
    ("Workstations get the Radeon AI PRO R9700 card next month.", "Radeon AI PRO R9700"),
    ("Laptops with Ryzen AI 300 processors sold well.", "Ryzen AI 300"),
    # a family glued to a letter version, and products named after their maker
    ("Tencent released Hunyuan-T1, a reasoning model.", "Hunyuan-T1"),
    ("MiniMax released MiniMax-Text-01 in January.", "MiniMax-Text-01"),
    ("Reviewers praised the Xiaomi 15 Pro, saying Xiaomi had caught up.", "Xiaomi 15 Pro"),
    ("Manus, an AI agent developed by Butterfly Effect, went viral.", "Manus"),
    # a capitalised name with a model code after a determiner
    ("Honor unveiled the Magic V3 in Berlin.", "Magic V3"),
    ("Visitors queued for the Aito M9, built by Chongqing-based Seres.", "Aito M9"),
    # coded names the tagger reads as common nouns, lower-case names with a number
    ("Upstage is training its own SolarLM model for banks.", "SolarLM"),
    ("Zhipu released its glm4 large language model to developers.", "glm4"),
    ("The qwenx2 model runs on a single card.", "qwenx2"),
    # an apposition headed by a product noun, also past 'a pair of' and compound modifiers
    ("Buyers compared it with the Ioniq, the electric hatchback sedan from Hyundai.", "Ioniq"),
    ("Dell showed Pro Max Mini, a compact AI computer for developers.", "Pro Max Mini"),
    ("Rokid unveiled the Rokid Vista Frames, a pair of camera-equipped spectacles.", "Rokid Vista Frames"),
]


@pytest.mark.parametrize(("text", "name"), PRODUCT_CASES)
def test_entities_product_found_whole(facts: Callable[..., Any], text: str, name: str) -> None:
    doc = facts(text)
    assert typed(doc).get(name) == "PRODUCT", [(e.type.value, e.name) for e in doc.entities]


NOT_PRODUCT_CASES = [
    # text, name, its expected type (None: no entity of that name)
    ("Claude Shannon laid the ground for information theory, Anthropic staff said.", "Claude", None),
    ("Revenue rose in Q3 and 5G subscriptions grew, China Mobile said.", "Q3", None),
    ("Lifestyle platform Xiaohongshu raised money from Alibaba.", "Lifestyle", None),
    ("Alibaba's Ant Group runs the Alipay wallet.", "Ant Group", "ORG"),
    ("Baidu's Robin Li told reporters the Ernie Bot model had 100 million users.", "Robin Li", "PERSON"),
    ("The company launched Tuesday, Huawei said.", "Tuesday", None),
    ("Companies such as Baidu and Tencent models agreed.", "Baidu", "ORG"),
    ("Meta said Llama 3 users doubled in a year.", "Llama 3", None),
    ("Nvidia's Blackwell GPU platform ships in the autumn.", "Blackwell GPU", None),
    ("Developers flocked to the Volcano Engine platform, ByteDance said.", "Volcano Engine", "ORG"),
    # organizations that product rules must not retype
    ("The Spark model, iFlytek's flagship, now runs on Huawei chips.", "iFlytek", "ORG"),
    ("Baichuan, which makes the Baichuan 4 model, raised 5 billion yuan.", "Baichuan", "ORG"),
    ("ByteDance and its subsidiary TikTok were exhibitors at the fair.", "TikTok", "ORG"),
    ("Users flocked to the Douyin app after the ruling.", "Douyin", "ORG"),
    ("Geely-owned Volvo Cars had a large stand at the show.", "Volvo Cars", "ORG"),
    ("Xiaohongshu, a lifestyle platform, raised money from Alibaba.", "Xiaohongshu", "ORG"),
    ("Zhixing Engine, the cloud services arm of Geely, raised money.", "Zhixing Engine", "ORG"),
    ("PANEL - Open models and European competitiveness", "Open", None),
    ("Meanwhile Large models drew crowds at the Shanghai show.", "Large", None),
    ("Volcano Engine, the cloud arm of ByteDance, cut prices again.", "Volcano Engine", "ORG"),
    ("Zhang Ping'an, who runs Huawei's cloud computing business, spoke first.", "Zhang Ping'an", "PERSON"),
    ("Xiaomi said the SU7 sells well; Lei Jun called it a hit.", "Lei Jun", "PERSON"),
    ("Shares of Qualcomm, the chip company, rose.", "Qualcomm", "ORG"),
    ("- Shopee, the cross-border e-commerce platform owned by Sea Group", "Shopee", "ORG"),
    ("ANALYSIS\nChina's chip push gathers pace, Huawei said.", "ANALYSIS", None),
]


@pytest.mark.parametrize(("text", "name", "expected"), NOT_PRODUCT_CASES)
def test_entities_product_not_overreached(
    facts: Callable[..., Any], text: str, name: str, expected: str | None
) -> None:
    doc = facts(text)
    assert typed(doc).get(name) == expected, [(e.type.value, e.name) for e in doc.entities]


def test_entities_product_synonyms_are_one_entity(facts: Callable[..., Any]) -> None:
    doc = facts("Baidu's Ernie Bot, sold at home as Wenxin Yiyan, gained users fast. Ernie Bot leads.")
    products = [e for e in doc.entities if e.type.value == "PRODUCT"]
    assert len(products) == 1
    assert set(products[0].aliases) == {"Ernie Bot", "Wenxin Yiyan"}
    assert products[0].country is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("H20", True),
        ("910B", True),
        ("GH200", True),
        ("MI300X", True),
        ("Q3", False),
        ("5G", False),
        ("2024", False),
        ("7nm", False),
        ("G20", False),
        ("H1", False),
        ("Ascend", False),
    ],
)
def test_entities_model_code_shape(text: str, expected: bool) -> None:
    assert is_model_code(text) is expected


def test_entities_product_lexicon_developers_exist_in_kb() -> None:
    lex = load_product_lexicon()
    kb = load_kb()
    assert len(lex.entries) > 100
    missing = [e.name for e in lex.entries if e.developer and kb.get_org(e.developer) is None]
    assert missing == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("version: 2\nproducts: []\n", "version: 1"),
        ("version: 1\nproducts:\n  - {name: 4090}\n", "string `name`"),
        ("version: 1\nproducts:\n  - {name: Foo, maker: bar}\n", "unknown keys"),
        ("version: 1\nproducts: [\n", "cannot read"),
    ],
)
def test_entities_product_lexicon_errors_are_actionable(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "products.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_product_lexicon(path)


def test_entities_investment_vehicle_is_not_a_product(facts: Callable[..., Any]) -> None:
    doc = facts(
        "In 2020 Huaxin Tongda (Beijing) Technology, a state-owned investment vehicle, bought a stake."
    )
    assert "PRODUCT" not in {e.type.value for e in doc.entities}, [
        (e.type.value, e.name) for e in doc.entities
    ]

"""develops in wordings the parser misreads, products named after their maker, coordinated
products behind head nouns, agents that are products, and makers the lexicon knows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.test_extract_relations import develops

CASES = [
    # text, organization, product, expected
    # release verbs the tagger reads as nouns or splits at a hyphen
    ("Apple ships the iPhone 16 with a faster chip.", "Apple", "iPhone 16", True),
    ("Alibaba open-sourced Qwen2.5 last week.", "Alibaba", "Qwen2.5", True),
    ("Zhipu AI has open-sourced its GLM-4-9B model.", "Zhipu AI", "GLM-4-9B", True),
    ("Xiaomi debuts its YU7 crossover on Thursday.", "Xiaomi", "YU7", True),
    ("SenseTime showed off SenseNova 5.5 at the conference.", "SenseTime", "SenseNova 5.5", True),
    # a product named after an organization the text names
    ("DeepSeek open-sourced DeepSeek-V3 in December.", "DeepSeek", "DeepSeek-V3", True),
    (
        "Analysts praised the Xiaomi 15 Pro, saying Xiaomi had closed the gap.",
        "Xiaomi",
        "Xiaomi 15 Pro",
        True,
    ),
    ("MiniMax released MiniMax-Text-01 in January.", "MiniMax", "MiniMax-Text-01", True),
    ("Manus, an AI agent developed by Butterfly Effect, went viral.", "Butterfly Effect", "Manus", True),
    ("Tencent released Hunyuan-T1, a reasoning model.", "Tencent", "Hunyuan-T1", True),
    # coordinated products behind the first one's head noun share its owner
    ("Tencent said its Yuanbao assistant and Weixin app now use the model.", "Tencent", "Weixin", True),
    (
        "Huawei put its Kirin processors and Ascend accelerators on show.",
        "Huawei",
        "Ascend",
        True,
    ),
    # an agent that is a product: its maker made the part, not the whole
    (
        "Honor launched the Magic 7 Pro, powered by Qualcomm's Snapdragon 8 Elite chip.",
        "Qualcomm",
        "Magic 7 Pro",
        False,
    ),
    (
        "Honor launched the Magic 7 Pro, powered by Qualcomm's Snapdragon 8 Elite chip.",
        "Qualcomm",
        "Snapdragon 8 Elite",
        True,
    ),
    (
        "The Kirin 9020 processor, designed by Huawei's chip unit HiSilicon, powers the phone.",
        "HiSilicon",
        "Kirin 9020",
        True,
    ),
    # a hyphen-placed maker the NER missed
    ("Visitors queued for the Aito M9, built by Chongqing-based Seres.", "Seres", "Aito M9", True),
    # particles that make a release verb
    ("Oppo rushed out the Reno 13 before the holiday.", "Oppo", "Reno 13", True),
    ("Vivo brought out the X200 Ultra in April.", "Vivo", "X200 Ultra", True),
    ("JD.com put the Magic V3 phone on sale in July.", "JD.com", "Magic V3", False),
    # 'its' after a subject named by apposition, and inside a clause about a named company
    (
        "Tencent Holdings' cloud unit, Tencent Cloud, updated its Hunyuan-Large model on Friday.",
        "Tencent Cloud",
        "Hunyuan-Large",
        True,
    ),
    (
        "Visitors crowded the booth of Cambricon, where the US-blacklisted firm showed its Siyuan 590 chips. "
        "Intel was also there.",
        "Cambricon",
        "Siyuan 590",
        True,
    ),
    (
        "Visitors crowded the booth of Cambricon, where the US-blacklisted firm showed its Siyuan 590 chips. "
        "Intel was also there.",
        "Intel",
        "Siyuan 590",
        False,
    ),
    # an edition is not a product named after its organizer
    (
        "Photo caption: Elon Musk addresses VivaTech 2023 in Paris. VivaTech said so.",
        "VivaTech",
        "VivaTech 2023",
        False,
    ),
    # 'it' earlier in the sentence is the sentence's subject, not the last one's
    (
        "Regulators fined Meituan on Monday. Zhipu AI said it had trained its GLM-4 model on local chips.",
        "Zhipu AI",
        "GLM-4",
        True,
    ),
    (
        "Regulators fined Meituan on Monday. Zhipu AI said it had trained its GLM-4 model on local chips.",
        "Meituan",
        "GLM-4",
        False,
    ),
    # "the TikTok owner" is not TikTok
    (
        "ByteDance's Doubao is popular. The TikTok owner has priced its Doubao-pro models low.",
        "TikTok",
        "Doubao-pro",
        False,
    ),
    (
        "ByteDance's Doubao is popular. The TikTok owner has priced its Doubao-pro models low.",
        "ByteDance",
        "Doubao-pro",
        True,
    ),
    # "the ChatGPT maker" is the maker the lexicon names, when the text names it
    ("OpenAI faces rivals. The ChatGPT maker released its o3 model on Friday.", "OpenAI", "o3", True),
    ("Rivals are catching up. The ChatGPT maker released its o3 model on Friday.", "OpenAI", "o3", False),
    # directory rows and show-guide lines list an organization's products
    (
        "Company | Hall | Headquarters | On display\nLenovo | Hall 3 | Beijing, China | ThinkPad X1 laptops",
        "Lenovo",
        "ThinkPad X1",
        True,
    ),
    (
        "Show guide\nXiaomi: the SU7 Ultra sedan and the Xiaomi 15 phone\nHonor: the Magic V3 foldable phone",
        "Honor",
        "Magic V3",
        True,
    ),
    (
        "Show guide\nXiaomi: the SU7 Ultra sedan and the Xiaomi 15 phone\nHonor: the Magic V3 foldable phone",
        "Xiaomi",
        "Magic V3",
        False,
    ),
    # a maker the lexicon knows, when the text names it; never when it does not
    (
        "Nvidia reported record sales. Chinese buyers stockpiled the H20 before the ban.",
        "Nvidia",
        "H20",
        True,
    ),
    ("Dell showed Blackwell servers at its booth.", "Nvidia", "Blackwell", False),
    # a maker the text states wins over the one the lexicon knows
    (
        "Tencent offered ChatGPT rival Hunyuan, while OpenAI said ChatGPT, built by a Microsoft "
        "partner, was unavailable.",
        "Microsoft",
        "ChatGPT",
        False,
    ),
    # a possessed apposition names the maker; a rival does not
    ("Samsung showed the Galaxy Ring, its first smart ring, at the fair.", "Samsung", "Galaxy Ring", True),
    ("Xiaomi demonstrated the SU7, its first electric sedan, in Beijing.", "Xiaomi", "SU7", True),
    ("Oppo launched the Find X8, its newest flagship handset, on Thursday.", "Oppo", "Find X8", True),
    ("Baidu compared Ernie Bot with ChatGPT, its main rival, on Monday.", "Baidu", "ChatGPT", False),
    # "A, B and C, the developer of X": the name just before the comma
    (
        "Backers include Hillhouse, HongShan and DeepSeek, the Hangzhou developer of the R1 model.",
        "DeepSeek",
        "R1",
        True,
    ),
    (
        "Backers include Hillhouse, HongShan and DeepSeek, the Hangzhou developer of the R1 model.",
        "HongShan",
        "R1",
        False,
    ),
    ("Investors are Alibaba and Moonshot AI, the maker of the Kimi chatbot.", "Alibaba", "Kimi", False),
    ("Investors are Alibaba and Moonshot AI, the maker of the Kimi chatbot.", "Moonshot AI", "Kimi", True),
    # "the NAME HEAD of ORG"
    ("Users compared it with the Zephyr model of Kakao and others.", "Kakao", "Zephyr", True),
    (
        "Rivals include the Wenxin chatbot of search engine operator Sogou, analysts said.",
        "Sogou",
        "Wenxin",
        True,
    ),
    ("The Ascend chips of choice for Chinese labs are scarce.", "Huawei", "Ascend", False),
    ("He said the Ernie model of last year was weaker than Qwen.", "Alibaba", "Ernie", False),
    # a backer hyphened onto the description is not the developer
    ("She sued the Tencent-backed developer of Kimi last year.", "Tencent", "Kimi", False),
    ("Moonshot AI, the Alibaba-backed developer of Kimi, said so.", "Moonshot AI", "Kimi", True),
    ("Moonshot AI, the Alibaba-backed developer of Kimi, said so.", "Alibaba", "Kimi", False),
]


@pytest.mark.parametrize(("text", "org", "product", "expected"), CASES)
def test_relations_products_develops_wordings(
    facts: Callable[..., Any], text: str, org: str, product: str, expected: bool
) -> None:
    doc = facts(text)
    assert develops(doc, org, product) is expected, [
        (r.subject, r.object) for r in doc.relations if r.predicate.value == "develops"
    ]

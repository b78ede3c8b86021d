"""Developer statements per PRODUCT mention (read by the `develops` rules), in new wordings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from rivalgraph.extract import Extractor
from rivalgraph.extract.developers import DeveloperCue, stated_developers
from rivalgraph.extract.lexicon import load_lexicon
from rivalgraph.extract.state import DocState
from rivalgraph.kb import load_kb
from tests.extract.test_extract_relations import develops

CASES = [
    # text, product id, developer id, cue
    (
        "Analysts praised OpenAI's Sora for its realism.",
        "product:sora",
        "org:openai",
        DeveloperCue.POSSESSIVE,
    ),
    (
        "Tencent said its Hunyuan model now drafts contracts.",
        "product:hunyuan",
        "org:tencent-holdings",
        DeveloperCue.PRONOUN,
    ),
    (
        "Buyers hoarded Nvidia H20 chips before the deadline.",
        "product:h20",
        "org:nvidia",
        DeveloperCue.COMPOUND,
    ),
    (
        "Kimi, developed by Moonshot AI, reads whole novels.",
        "product:kimi",
        "org:moonshot-ai",
        DeveloperCue.BY_AGENT,
    ),
    (
        "Students like the Kimi chatbot from Moonshot AI.",
        "product:kimi",
        "org:moonshot-ai",
        DeveloperCue.FROM,
    ),
    ("ChatGPT maker OpenAI opened a Tokyo office.", "product:chatgpt", "org:openai", DeveloperCue.MAKER_NOUN),
    (
        "Moonshot AI, the creator of Kimi, raised money.",
        "product:kimi",
        "org:moonshot-ai",
        DeveloperCue.DEVELOPER_OF,
    ),
    (
        "Kuaishou rolled out Kling to overseas users.",
        "product:kling",
        "org:kuaishou",
        DeveloperCue.RELEASE_VERB,
    ),
]


@pytest.mark.parametrize(("text", "product", "developer", "cue"), CASES)
def test_entities_developer_stated(
    extractor: Extractor, text: str, product: str, developer: str, cue: DeveloperCue
) -> None:
    state = DocState(extractor.nlp(text), load_kb(), load_lexicon(), None, [])
    found = {(s.product, s.developer, s.cue) for s in stated_developers(state)}
    assert (product, developer, cue) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Moonshot AI rivals say Kimi is popular.",
        "Kimi beat a chatbot that OpenAI sells.",
    ],
)
def test_entities_developer_not_guessed(extractor: Extractor, text: str) -> None:
    state = DocState(extractor.nlp(text), load_kb(), load_lexicon(), None, [])
    assert [s for s in stated_developers(state) if s.product == "product:kimi"] == []


DEVELOPS_CASES = [
    # text, organization, product, expected
    # passive agent, shared by coordinated makers
    (
        "The Yunque model was jointly developed by Zhipu AI and Tsinghua University.",
        "Zhipu AI",
        "Yunque",
        True,
    ),
    (
        "The Yunque model was jointly developed by Zhipu AI and Tsinghua University.",
        "Tsinghua University",
        "Yunque",
        True,
    ),
    # relative clauses: the maker as subject, the product as the gap
    ("MiniMax, which makes the Hailuo video generator, hired engineers.", "MiniMax", "Hailuo", True),
    (
        "Analysts tested the Lingxi chip, which Cambricon designed for data centres.",
        "Cambricon",
        "Lingxi",
        True,
    ),
    ("The Ascend 910B, a training chip Huawei designed for China, sold out.", "Huawei", "Ascend 910B", True),
    # subjects the parser misses: time phrases, coordination, appositions
    ("SenseTime on Monday unveiled SenseNova 6.0 in Shanghai.", "SenseTime", "SenseNova 6.0", True),
    (
        "Kuaishou and Peking University unveiled Kolors 2.0 at the forum.",
        "Peking University",
        "Kolors 2.0",
        True,
    ),
    ("iFlytek, the Hefei-based speech company, launched Spark X1 on Tuesday.", "iFlytek", "Spark X1", True),
    # "from" attached to the product's own head noun only
    ("Students like Hailuo, a video model from MiniMax.", "MiniMax", "Hailuo", True),
    ("Kirin processors power handsets from Honor and Huawei.", "Honor", "Kirin", False),
    # whose, the developer of, the maker of ..., hyphenated makers
    (
        "Reporters questioned Lisa Su, chief executive of AMD, "
        "whose Instinct accelerators compete with Nvidia.",
        "AMD",
        "Instinct",
        True,
    ),
    (
        "Alibaba invested again in Moonshot AI, "
        "raising its stake in the Beijing-based developer of the Kimi chatbot.",
        "Moonshot AI",
        "Kimi",
        True,
    ),
    (
        "Alibaba invested again in Moonshot AI, "
        "raising its stake in the Beijing-based developer of the Kimi chatbot.",
        "Alibaba",
        "Kimi",
        False,
    ),
    ("The maker of the Pura phones, Huawei, reported higher sales.", "Huawei", "Pura", True),
    ("Huawei-designed Kirin chips run the new handsets.", "Huawei", "Kirin", True),
    # a product named as a model for another is not made by the builder
    ("Tencent built a ChatGPT-style bot for WeChat users.", "Tencent", "ChatGPT", False),
    # an executive's launch is the employer's; a successor shares the maker
    ("Xiaomi chief executive Lei Jun unveiled the YU7 at an event in Beijing.", "Xiaomi", "YU7", True),
    (
        "Huawei unveiled the Ascend 920, the successor to the Ascend 910C, in May.",
        "Huawei",
        "Ascend 910C",
        True,
    ),
    # partners in the making; examples of the object; owning a product
    ("Kuaishou developed Kolors with Peking University.", "Peking University", "Kolors", True),
    ("Nvidia sells chips such as the L20 to Chinese buyers.", "Nvidia", "L20", True),
    ("ByteDance also owns the video editor CapCut.", "ByteDance", "CapCut", True),
    # using or offering someone else's product is not making it
    ("Anthropic trains its models on Amazon's Trainium chips.", "Anthropic", "Trainium", False),
    ("Microsoft made DeepSeek-R1 available to cloud customers.", "Microsoft", "DeepSeek-R1", False),
    # the speaker's company; a company's answer; its statement that a product ships
    ("Lei Jun, Xiaomi's founder, said the SU7 maker would build a second plant.", "Xiaomi", "SU7", True),
    ("Alibaba Cloud answered with Qwen3 two days later.", "Alibaba Cloud", "Qwen3", True),
    ("Nvidia said the Rubin chips would ship next year.", "Nvidia", "Rubin", True),
    ("Nvidia previewed Newton, a physics engine for robots.", "Nvidia", "Newton", True),
    # agents of release verbs, adverbs before "by", a copula with a possessive
    (
        "Customers can rent the CloudMatrix 384 system unveiled by Huawei last year.",
        "Huawei",
        "CloudMatrix 384",
        True,
    ),
    (
        "Vidu, developed jointly by Shengshu Technology and Tsinghua University, makes clips.",
        "Shengshu Technology",
        "Vidu",
        True,
    ),
    ("Kimi is Moonshot AI's flagship chatbot.", "Moonshot AI", "Kimi", True),
    # examples of what a company's work includes; a successor named after them
    (
        "Tencent opened the fair. It showed the company's cloud services, including the Hunyuan model.",
        "Tencent",
        "Hunyuan",
        True,
    ),
    (
        "Nvidia hosted the show. Huang presented the company's new work, including the Rubin platform, "
        "successor to the Blackwell architecture.",
        "Nvidia",
        "Blackwell",
        True,
    ),
    # parentheses, possessive appositions, "owned by", "X's developer, ORG"
    ("Chatbots such as Ernie Bot (Baidu) and Kimi (Moonshot AI) gained users.", "Moonshot AI", "Kimi", True),
    ("Hunyuan, Tencent's rival to Ernie Bot, is now open source.", "Tencent", "Hunyuan", True),
    ("Hunyuan, Tencent's rival to Ernie Bot, is now open source.", "Tencent", "Ernie Bot", False),
    ("Kimi, owned by Moonshot AI, reads long documents.", "Moonshot AI", "Kimi", True),
    ("Kimi's developer, Moonshot AI, raised $1 billion.", "Moonshot AI", "Kimi", True),
    # a company prices its own product; an executive shows the employer's
    ("Tencent cut the price of Hunyuan-lite to zero.", "Tencent", "Hunyuan-lite", True),
    ("Analysts cut price targets for Nvidia after the Ascend 910C launch.", "Nvidia", "Ascend 910C", False),
    (
        "AMD chief executive Lisa Su showed the Instinct MI325X accelerator on stage.",
        "AMD",
        "Instinct MI325X",
        True,
    ),
    ("Dell showed Blackwell servers at its booth.", "Dell", "Blackwell", False),
    (
        "Zhipu AI, the Beijing-based start-up behind the GLM-4 model, lowered prices.",
        "Zhipu AI",
        "GLM-4",
        True,
    ),
    # a version of the company's own product; a verb whose coordination the parser lost
    ("Nvidia is preparing the B20, a China version of its Blackwell chips.", "Nvidia", "B20", True),
    (
        "Huawei held its event. The company also released HarmonyOS NEXT for developers and unveiled "
        "the MindSpore 2.4 AI framework.",
        "Huawei",
        "MindSpore 2.4",
        True,
    ),
    # an agenda: the speaker named by surname presents the employer's products
    (
        "AMD chief executive Lisa Su arrived in Taipei on Monday. "
        "Su will unveil the Instinct MI325X accelerator and the Ryzen AI 300 series.",
        "AMD",
        "Ryzen AI 300",
        True,
    ),
    (
        "Jensen Huang, Founder and CEO, NVIDIA\n"
        "Huang will discuss how the Blackwell platform powers factories.",
        "NVIDIA",
        "Blackwell",
        True,
    ),
    # "the group" is the organization named a Group, not the unit that spoke last
    (
        "Alibaba Group Holding reported results. Alibaba Cloud said the model would be built into Youku, "
        "the group's video streaming app.",
        "Alibaba Group Holding",
        "Youku",
        True,
    ),
]


@pytest.mark.parametrize(("text", "org", "product", "expected"), DEVELOPS_CASES)
def test_entities_developer_develops_relation(
    facts: Callable[..., Any], text: str, org: str, product: str, expected: bool
) -> None:
    doc = facts(text)
    assert develops(doc, org, product) is expected, [
        (r.subject, r.object) for r in doc.relations if r.predicate.value == "develops"
    ]


def test_entities_developer_description_prefers_topic(facts: Callable[..., Any]) -> None:
    """'the company' with no subject just before it is the organization the story is about."""
    doc = facts(
        "Zhipu AI raised 1 billion yuan. Zhipu AI said the money would fund research. "
        "Investors in the round included Meituan and Xiaomi, which also joined an earlier round. "
        "Earlier backers include Alibaba. Founded in 2019, the company sells access to its GLM-4 model."
    )
    assert develops(doc, "Zhipu AI", "GLM-4")
    assert not develops(doc, "Alibaba", "GLM-4")

"""develops in wordings written for these tests (session 11): a unit named as the maker, a description
of the product the text is about, and a pronoun or description checked against the product's known
developer. Sentences are our own, not from any scored set."""

from __future__ import annotations

from tests.extract.test_extract_relations import case_table_test

# a unit stated as the maker: the lexicon's developer (the unit's parent) is only its group
_UNIT_AGENT = (
    "Huawei Technologies opened the show on Monday. The Kirin 9000S was designed by HiSilicon, "
    "Huawei's chip unit, and went into the Mate 60 phones."
)
_UNIT_ARM = (
    "Huawei Technologies presented the Kirin 990 at the fair. Richard Yu said the processor, designed by "
    "the company's chip arm HiSilicon, would ship in October."
)
# a unit that only launched it leaves the parent its maker
_UNIT_LAUNCH = (
    "ByteDance owns Volcano Engine. Volcano Engine cut the price of its Doubao models on Wednesday, and "
    "ByteDance said the cut would help customers."
)
# 'the chip', 'the car': the product the text is about
_DESCRIBED = (
    "Xiaomi unveiled the Surge S1 on Tuesday, its first smartphone processor. The eight-core processor was "
    "developed by Pinecone Electronics, a subsidiary Xiaomi set up in 2014."
)
_DESCRIBED_TOPIC = (
    "Xiaomi prices the SU7 below Tesla's Model 3. Xiaomi launched the SU7 in Beijing. Lei Jun compared "
    "it with the Taycan, the sports car from Porsche. The car is built by Xiaomi EV, a unit set up in 2021."
)
_DESCRIBED_WITH = (
    "Inception released Jais, an Arabic language model, on Wednesday. The model was built together with "
    "Cerebras Systems, the California chip start-up."
)
# an apposition describes the name before it, not the text's topic
_APPOSITION = (
    "Alibaba released Qwen2.5-Max on Tuesday. Alibaba said Qwen2.5-Max beat DeepSeek-V3, the open model "
    "built by DeepSeek, on most tests. Qwen2.5-Max is available now."
)
# "made by" a foundry names the manufacturer, not the designer
_FOUNDRY = (
    "Huawei Technologies put the Mate 60 Pro on sale. The phone runs the Kirin 9000S. The chip was made by "
    "SMIC, China's largest contract chipmaker."
)
# a description or pronoun means the known developer of the product it owns
_DESCRIPTION = (
    "AMD took on Nvidia in San Jose on Wednesday. Lisa Su also introduced version 6 of ROCm, the US "
    "chipmaker's open software stack."
)
_PRONOUN_NAMED = (
    "Oracle backed the accelerator, and OpenAI said its Triton programming language would support it. "
    "Nvidia did not comment."
)
_PRONOUN_PARENT = (
    "China Aerospace Science and Technology Corporation used the airshow to unveil its CH-7 stealth drone."
)
# another's product in a verb's object, a product owning the object, a maker named only in a clause
_OTHERS = (
    "Google makes Gemini. Apple said it would also like to offer other models, including Google's Gemini."
)
_OWNS_OBJECT = "Baidu makes Ernie Bot. Lenovo and Honor have built Ernie Bot's features into their laptops."
_FAR_FROM = (
    "Mistral AI on Tuesday released Mistral Large, a family of models that the French start-up says beat "
    "the best systems from OpenAI on most tests."
)
# a company showing its product at a show; partners showing servers built on another's product
_SHOWED = "Sogou, which rarely exhibits in Europe, showed Tiny Panda, a family robot for children."
_DEMONSTRATE = "Reliance Jio used its booth to demonstrate JioBrain, a network service it says cuts costs."
_PARTNER_SERVERS = (
    "Nvidia unveiled Blackwell in March. Partners Dell Technologies and Supermicro used the floor to show "
    "Blackwell servers."
)
_NOT_SHOWN = "Tencent did not show Hunyuan Turbo at the fair, the company said."
# the infinitive the parser hangs on the occasion a company used
_USED_TO = (
    "Toyota used the opening of the Tokyo show on Tuesday to unveil the Kayoibako, a small delivery van."
)
_USED_TO_OTHER = "Toyota used Baidu's Apollo Go service to move visitors around the Tokyo show."

CASES = [
    # predicate, text, subject, object, negated, expected
    ("develops", _UNIT_AGENT, "HiSilicon", "Kirin 9000S", False, True),
    ("develops", _UNIT_AGENT, "Huawei Technologies", "Kirin 9000S", False, False),
    ("develops", _UNIT_ARM, "HiSilicon", "Kirin 990", False, True),
    ("develops", _UNIT_LAUNCH, "Volcano Engine", "Doubao", False, True),
    ("develops", _UNIT_LAUNCH, "ByteDance", "Doubao", False, True),
    ("develops", _DESCRIBED, "Pinecone Electronics", "Surge S1", False, True),
    ("develops", _DESCRIBED_TOPIC, "Xiaomi EV", "SU7", False, True),
    ("develops", _DESCRIBED_TOPIC, "Xiaomi EV", "Taycan", False, False),
    ("develops", _DESCRIBED_WITH, "Cerebras Systems", "Jais", False, True),
    ("develops", _APPOSITION, "DeepSeek", "DeepSeek-V3", False, True),
    ("develops", _APPOSITION, "DeepSeek", "Qwen2.5-Max", False, False),
    ("develops", _FOUNDRY, "SMIC", "Kirin 9000S", False, False),
    ("develops", _DESCRIPTION, "AMD", "ROCm", False, True),
    ("develops", _DESCRIPTION, "Nvidia", "ROCm", False, False),
    ("develops", _PRONOUN_NAMED, "OpenAI", "Triton", False, True),
    ("develops", _PRONOUN_NAMED, "Nvidia", "Triton", False, False),
    ("develops", _PRONOUN_PARENT, "China Aerospace Science and Technology Corporation", "CH-7", False, True),
    ("develops", _OTHERS, "Apple", "Gemini", False, False),
    ("develops", _OTHERS, "Google", "Gemini", False, True),
    ("develops", _OWNS_OBJECT, "Lenovo", "Ernie Bot", False, False),
    ("develops", _OWNS_OBJECT, "Honor", "Ernie Bot", False, False),
    ("develops", _FAR_FROM, "Mistral AI", "Mistral Large", False, True),
    ("develops", _FAR_FROM, "OpenAI", "Mistral Large", False, False),
    ("develops", _SHOWED, "Sogou", "Tiny Panda", False, True),
    ("develops", _DEMONSTRATE, "Reliance Jio", "JioBrain", False, True),
    ("develops", _PARTNER_SERVERS, "Dell Technologies", "Blackwell", False, False),
    ("develops", _PARTNER_SERVERS, "Supermicro", "Blackwell", False, False),
    ("develops", _PARTNER_SERVERS, "Nvidia", "Blackwell", False, True),
    ("develops", _USED_TO, "Toyota", "Kayoibako", False, True),
    ("develops", _USED_TO_OTHER, "Toyota", "Apollo Go", False, False),
    # 'develops' has no negated form: a denied showing still names the maker (the lexicon's)
    ("develops", _NOT_SHOWN, "Tencent", "Hunyuan Turbo", True, False),
]

test_develops_s11_cases = case_table_test(CASES)

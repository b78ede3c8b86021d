"""based_in from nationality words on group nouns, descriptions and place modifiers, in wordings written
for these tests (positive and negative cases)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.test_extract_relations import has

CASES = [
    # text, org, country, expected
    # group nouns distributing over lists
    (
        "The three Japanese entities are Kioxia, Renesas and Rapidus, the ministry said.",
        "Renesas",
        "Japan",
        True,
    ),
    (
        "The three Japanese entities are Kioxia, Renesas and Rapidus, the ministry said.",
        "Rapidus",
        "Japan",
        True,
    ),
    (
        "The Commerce Department named six Chinese entities, including Sophgo and Zhipu AI, in its rule.",
        "Sophgo",
        "China",
        True,
    ),
    (
        "The Commerce Department named six Chinese entities, including Sophgo and Zhipu AI, in its rule.",
        "Zhipu AI",
        "China",
        True,
    ),
    ("Chinese firms such as Xiaomi and Oppo have gained market share in India.", "Oppo", "China", True),
    ("Chinese firms such as Xiaomi and Oppo have gained market share in India.", "Xiaomi", "China", True),
    (
        "Demand rose at Japanese suppliers Tokyo Electron and Advantest last quarter.",
        "Advantest",
        "Japan",
        True,
    ),
    (
        "Regulators fined Alibaba, Tencent and Meituan, all Chinese internet groups, last year.",
        "Meituan",
        "China",
        True,
    ),
    (
        "Regulators fined Alibaba, Tencent and Meituan, all Chinese internet groups, last year.",
        "Alibaba",
        "China",
        True,
    ),
    (
        "Two South Korean chipmakers, Samsung Electronics and SK Hynix, raised prices.",
        "SK Hynix",
        "South Korea",
        True,
    ),
    (
        "Two South Korean chipmakers, Samsung Electronics and SK Hynix, raised prices.",
        "Samsung Electronics",
        "South Korea",
        True,
    ),
    (
        "Nvidia praised Chinese developers, naming Moonshot AI, StepFun and Baichuan.",
        "StepFun",
        "China",
        True,
    ),
    (
        "The ministry added Zhongke Tech and Hexin Micro, two Chinese firms that bought American tools, "
        "to its list.",
        "Hexin Micro",
        "China",
        True,
    ),
    (
        "Four Chinese industry bodies, among them the China Internet Association, urged caution.",
        "China Internet Association",
        "China",
        True,
    ),
    ("US firms such as OpenAI, backed by Microsoft, and Anthropic lead the field.", "Anthropic", "US", True),
    # based / headquartered
    (
        "Cerebras, a Sunnyvale-based chip designer, filed for an IPO in the United States.",
        "Cerebras",
        "United States",
        True,
    ),
    ("Unitree, the Hangzhou-based robot maker, showed a humanoid in China.", "Unitree", "China", True),
    (
        "Both companies are headquartered in Shenzhen, China, the filing said. "
        "Huawei and ZTE declined to comment.",
        "Huawei",
        "China",
        False,
    ),
    (
        "Lenovo is headquartered in Beijing and sells PCs worldwide, including in China.",
        "Lenovo",
        "China",
        True,
    ),
    (
        "Hosted by Tencent Cloud, the Shenzhen-based cloud arm of Tencent Holdings, "
        "the forum drew crowds in China.",
        "Tencent Cloud",
        "China",
        True,
    ),
    (
        "The Seoul-based carrier SK Telecom said on Monday that South Korea would help.",
        "SK Telecom",
        "South Korea",
        True,
    ),
    ("Sakana AI of Japan raised money.", "Sakana AI", "Japan", True),
    ("Dutch firm ASML said demand was strong.", "ASML", "Netherlands", True),
    ("Aleph Alpha, the German start-up, raised funds.", "Aleph Alpha", "Germany", True),
    ("Iflytek, the Chinese state-owned speech company, said sales rose.", "Iflytek", "China", True),
    ("The Chinese state-owned chipmaker Hua Hong said output rose.", "Hua Hong", "China", True),
    ("Amazon, the US retail giant, did not attend.", "Amazon", "US", True),
    ("Qualcomm, the American leader in mobile chips, did not attend.", "Qualcomm", "United States", True),
    # negatives
    ("China Mobile said profits rose.", "China Mobile", "China", False),
    ("Apple sells Chinese-made iPhones. Foxconn builds them.", "Apple", "China", False),
    ("Pony.ai, a US-listed robotaxi firm, expanded in China.", "Pony.ai", "US", False),
    (
        "Nvidia said China was its largest customer market. China's largest customer Nvidia grew.",
        "Nvidia",
        "China",
        False,
    ),
    ("Huawei, the US-sanctioned telecoms giant, launched a phone.", "Huawei", "US", False),
    ("Apple is China's largest foreign retailer by revenue.", "Apple", "China", False),
    # a name modifying the noun is not the company described
    (
        "Kingston Memory, the Taipei-based DRAM maker, was spared, officials in Taiwan said.",
        "DRAM",
        "Taiwan",
        False,
    ),
    ("The Chinese Nvidia rival Biren listed in Hong Kong.", "Nvidia", "China", False),
    ("The Chinese Nvidia rival Biren listed in Hong Kong.", "Biren", "China", True),
    # contact relative clause: the description is the clause's subject, not the unit before it
    (
        "Alphabet has named a new head of Wing Aviation, the unit the US internet group spun off in 2018.",
        "Alphabet",
        "US",
        True,
    ),
    (
        "Alphabet has named a new head of Wing Aviation, the unit the US internet group spun off in 2018.",
        "Wing Aviation",
        "US",
        False,
    ),
    # 'both companies' with exactly two named before
    (
        "Huawei signed a deal with Honor. Both companies are headquartered in Shenzhen, China.",
        "Honor",
        "China",
        True,
    ),
    # a listing participle later in the clause
    (
        "The report praised the chatbots of Chinese developers as strong, naming Moonshot AI and StepFun.",
        "StepFun",
        "China",
        True,
    ),
    (
        "Chinese firms' American suppliers, including Lam Research, lost sales.",
        "Lam Research",
        "China",
        False,
    ),
    ("Horizon Robotics and Black Sesame, both based in China, listed shares.", "Black Sesame", "China", True),
    ("Horizon Robotics and Black Sesame, both Chinese, listed shares.", "Horizon Robotics", "China", True),
    ("The rule adds 11 Chinese firms such as Inspur and Sugon to the list.", "Sugon", "China", True),
    ("Nvidia faces Chinese rivals Huawei and Cambricon.", "Nvidia", "China", False),
    (
        "Exhibitors included Chinese companies Hisense, TCL and Haier, and US firm Qualcomm.",
        "Qualcomm",
        "China",
        False,
    ),
    (
        "Exhibitors included Chinese companies Hisense, TCL and Haier, and US firm Qualcomm.",
        "Haier",
        "China",
        True,
    ),
    ("The Japanese firms on the list are Kioxia and Renesas.", "Kioxia", "Japan", True),
    ("Baidu and Alibaba, two of China's largest tech companies, gained.", "Alibaba", "China", True),
    ("Baidu and Alibaba, two of China's largest customers, gained.", "Alibaba", "China", False),
    ("Big Chinese tech firms, led by Alibaba and Tencent, spent more.", "Tencent", "China", True),
    (
        "Participants included Xiaomi (China), Samsung (South Korea) and Sony (Japan).",
        "Samsung",
        "South Korea",
        True,
    ),
    ("Three German firms - SAP, Siemens and Bosch - signed the pledge.", "Bosch", "Germany", True),
    ("Two Chinese companies were added: Sophgo and Biren.", "Biren", "China", True),
    ("Chinese-made drones from DJI and Autel were banned.", "Autel", "China", False),
    (
        "US sanctions on Chinese firms hurt suppliers such as Applied Materials and KLA.",
        "KLA",
        "China",
        False,
    ),
    ("Chinese firms that buy from US suppliers, including Micron, face checks.", "Micron", "China", False),
    ("The two Chinese firms compete with Korean rivals Samsung and SK Hynix.", "Samsung", "China", False),
    ("Rakuten of Japan and SK Telecom of South Korea joined.", "SK Telecom", "South Korea", True),
    ("Tesla is one of the largest foreign companies in China.", "Tesla", "China", False),
    ("Biren, the Chinese maker of GPUs, listed shares.", "Biren", "China", True),
    ("Moore Threads, a Chinese designer of AI chips, listed shares.", "Moore Threads", "China", True),
    ("Nvidia's Chinese rival Huawei sold more chips.", "Huawei", "China", True),
    ("Nvidia's Chinese rival Huawei sold more chips.", "Nvidia", "China", False),
    ("Chinese firms Zhipu, Moonshot AI, and MiniMax released models.", "MiniMax", "China", True),
    ("The state-owned Chinese chipmaker SMIC raised output.", "SMIC", "China", True),
    ("Hua Hong, one of the Chinese companies on the list, fell.", "Hua Hong", "China", True),
    (
        "Sony, a Japan-based electronics group, and Foxconn, a Taiwan-headquartered manufacturer, signed.",
        "Foxconn",
        "Taiwan",
        True,
    ),
    (
        "Sony, a Japan-based electronics group, and Foxconn, a Taiwan-headquartered manufacturer, signed.",
        "Sony",
        "Japan",
        True,
    ),
    ("Zhipu, based in Beijing in northern China, released a model.", "Zhipu", "China", True),
    ("Xpeng, a Guangzhou company, sells cars in China.", "Xpeng", "China", True),
    ("Unitree, a robot maker headquartered in Hangzhou, China, showed a dog.", "Unitree", "China", True),
    ("A clutch of Chinese firms including Zhipu and StepFun released models.", "StepFun", "China", True),
    (
        "The US government added Chinese entities to the list. "
        "Nvidia and AMD, the US chip designers, must apply for licences.",
        "AMD",
        "US",
        True,
    ),
    ("Alibaba's US rival Amazon grew.", "Alibaba", "US", False),
    ("The UK's Arm and Japan's SoftBank signed.", "Arm", "UK", True),
    ("SMIC, China's largest contract chipmaker, grew.", "SMIC", "China", True),
    ("Apple, whose largest market outside the US is China, grew.", "Apple", "China", False),
    ("Apple relies on Chinese suppliers such as Luxshare.", "Apple", "China", False),
    ("Apple relies on Chinese suppliers such as Luxshare.", "Luxshare", "China", True),
    (
        "Investors include Temasek, US buyout firms Bain Capital and Carlyle, and SoftBank.",
        "SoftBank",
        "US",
        False,
    ),
    (
        "Investors include Temasek, US buyout firms Bain Capital and Carlyle, and SoftBank.",
        "Carlyle",
        "US",
        True,
    ),
    ("Commerce added Sophgo, Zhipu and Biren, all based in China, to the list.", "Zhipu", "China", True),
    ("Commerce added Sophgo, Zhipu and Biren, all based in China, to the list.", "Sophgo", "China", True),
    (
        "The entities include Beijing-based Zhipu and Shanghai-based Biren, the agency said in China.",
        "Biren",
        "China",
        True,
    ),
    (
        "The entities include Beijing-based Zhipu and Shanghai-based Biren, the agency said in China.",
        "Zhipu",
        "China",
        True,
    ),
    ("The Chinese entities added on Tuesday include Inspur and Sugon.", "Sugon", "China", True),
    (
        "Of the 140 entities, 136 are Chinese companies, including Naura and Piotech.",
        "Piotech",
        "China",
        True,
    ),
    ("The list also targets two Japanese firms: Kioxia and Renesas.", "Renesas", "Japan", True),
    ("Hua Hong and SMIC are both Chinese chipmakers.", "Hua Hong", "China", True),
    ("Both Hua Hong and SMIC are Chinese chipmakers.", "SMIC", "China", True),
    ("Hua Hong and SMIC, China's two biggest foundries, grew.", "Hua Hong", "China", True),
    ("Chinese regulators fined Alibaba.", "Alibaba", "China", False),
    ("Intel, which has a big plant in Chengdu, China, reported results.", "Intel", "China", False),
    ("Japanese investors including SoftBank backed OpenAI.", "OpenAI", "Japan", False),
    ("Chinese rivals of Nvidia, such as Huawei, gained.", "Nvidia", "China", False),
    (
        "Mistral AI has hired staff. Microsoft invested in the French start-up last year.",
        "Microsoft",
        "France",
        False,
    ),
]


@pytest.mark.parametrize(("text", "org", "country", "expected"), CASES)
def test_relations_places_group_nouns(
    facts: Callable[..., Any], text: str, org: str, country: str, expected: bool
) -> None:
    doc = facts(text)
    assert has(doc, "based_in", org, country) is expected, [
        (r.subject, r.predicate.value, r.object) for r in doc.relations
    ]

"""Wire-copy wordings of list actions written for these tests: datelines, bystanders, denials."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.test_extract_relations import check_case

WIRE_CASES = [
    # text, subject, sanctioning country, negated, expected
    # the wire credit of a dateline is never a target
    (
        "HONG KONG (Reuters) - Shares of SMIC fell 5% on Monday after the US added the chipmaker to its "
        "Entity List.",
        "Reuters",
        "United States",
        False,
        False,
    ),
    (
        "BEIJING (Reuters) - China on Thursday added six US defence firms to its unreliable entity list, "
        "including General Dynamics.",
        "General Dynamics",
        "China",
        False,
        True,
    ),
    (
        "BEIJING (Reuters) - China on Thursday added six US defence firms to its unreliable entity list, "
        "including General Dynamics.",
        "Reuters",
        "China",
        False,
        False,
    ),
    # lobbies, trade groups and suppliers that react to a measure are not its targets
    (
        "The Semiconductor Industry Association, which represents Intel and Qualcomm, criticized the "
        "Entity List additions.",
        "Qualcomm",
        "United States",
        False,
        False,
    ),
    (
        "The Semiconductor Industry Association, which represents Intel and Qualcomm, criticized the "
        "Entity List additions.",
        "Semiconductor Industry Association",
        "United States",
        False,
        False,
    ),
    (
        "Nvidia said it would comply with the export controls and stop selling to Huawei.",
        "Nvidia",
        "United States",
        False,
        False,
    ),
    ("Huawei criticized its addition to the Entity List as unfair.", "Huawei", "United States", False, True),
    # a trigger in a subordinate clause with a pronoun object names the pronoun's referent only
    (
        "Google, Microsoft and Amazon stopped selling to Huawei after the US blacklisted it.",
        "Microsoft",
        "United States",
        False,
        False,
    ),
    # no sanctioner named: only the rival of a Chinese target, not the rival of an American bystander
    (
        "Intel received a license to sell chips to Huawei despite the blacklist.",
        "Intel",
        "China",
        False,
        False,
    ),
    # export bans, purchase restrictions and MOFCOM's export control list
    ("ZTE was hit with a US export ban in 2018.", "ZTE", "United States", False, True),
    (
        "Inspur has been restricted from buying US technology without a licence since 2020.",
        "Inspur",
        "United States",
        False,
        True,
    ),
    (
        "China's commerce ministry put Lockheed Martin on its export control list on Thursday.",
        "Lockheed Martin",
        "China",
        False,
        True,
    ),
    # stated exceptions in the passage: spared, not named
    (
        "The US has sanctioned several Chinese companies, including Huawei and ZTE, but Lenovo has so far "
        "been spared.",
        "Lenovo",
        "United States",
        True,
        True,
    ),
    (
        "The US has sanctioned several Chinese companies, including Huawei and ZTE, but Lenovo has so far "
        "been spared.",
        "ZTE",
        "United States",
        False,
        True,
    ),
    (
        "The Commerce Department added 36 Chinese companies to the Entity List on Thursday. Alibaba and "
        "Tencent were not named in the action.",
        "Tencent",
        "United States",
        True,
        True,
    ),
    (
        "The Commerce Department added 36 Chinese companies to the Entity List on Thursday. Alibaba and "
        "Tencent were not named in the action.",
        "Tencent",
        "United States",
        False,
        False,
    ),
    (
        "Washington blacklisted dozens of Chinese firms on Friday; among them were Hikvision, Dahua and "
        "Megvii.",
        "Dahua",
        "United States",
        False,
        True,
    ),
    (
        "The US added 140 entities to the Entity List on Monday. Kunlun Memory Technologies, the "
        "Hefei-based DRAM maker, was left off the list.",
        "Kunlun Memory Technologies",
        "United States",
        True,
        True,
    ),
    (
        "The US added 140 entities to the Entity List on Monday. Among the Chinese firms named are "
        "Naura Technology, a Beijing toolmaker; SiCarrier, a Shenzhen supplier; and Empyrean Technology.",
        "SiCarrier",
        "United States",
        False,
        True,
    ),
    (
        "The US added 140 entities to the Entity List. Beijing answered within hours, and four industry "
        "bodies, among them the China Semiconductor Industry Association, urged buyers to be cautious.",
        "China Semiconductor Industry Association",
        "China",
        False,
        False,
    ),
    # the object of an order to stop buying is the buyer, not the target; the newspaper only reports
    (
        "The Wall Street Journal reported that the Cyberspace Administration of China had told Tencent "
        "and Baidu to stop buying chips made by Nvidia.",
        "Tencent",
        "China",
        False,
        False,
    ),
    (
        "The Wall Street Journal reported that the Cyberspace Administration of China had told Tencent "
        "and Baidu to stop buying chips made by Nvidia.",
        "Wall Street Journal",
        "China",
        False,
        False,
    ),
    (
        "China's market regulator opened an antitrust investigation into Qualcomm and put two US drone "
        "makers on its unreliable entity list.",
        "Qualcomm",
        "China",
        False,
        False,
    ),
    # a described or pronoun target: the US-sanctioned company, 'since the US put it on the list'
    (
        "The busiest stand belongs to ZTE, where the US-sanctioned company is showing its routers.",
        "ZTE",
        "United States",
        False,
        True,
    ),
    (
        "Hikvision unveiled new cameras on Monday, its first launch since Washington placed it on the "
        "Entity List in 2019.",
        "Hikvision",
        "United States",
        False,
        True,
    ),
    (
        "Shield AI, the largest US drone maker, which China sanctioned in October, lost its battery "
        "supplier.",
        "Shield AI",
        "China",
        False,
        True,
    ),
    (
        "Companies on the US Entity List may not exhibit. Hikvision and drone maker Autel, both on that "
        "list, have no booth at this edition.",
        "Hikvision",
        "United States",
        False,
        True,
    ),
    # units of a company and 'the blacklisting of X' name the company; 'a unit of X' describes another
    (
        "The Commerce Department added 25 Chinese entities to the Entity List, including units of Inspur "
        "and Sugon.",
        "Inspur",
        "United States",
        False,
        True,
    ),
    (
        "The Commerce Department added Kuang-Chi Science, a unit of Hikvision, to the Entity List.",
        "Hikvision",
        "United States",
        False,
        False,
    ),
    (
        "The move follows the US blacklisting of Inspur Group in 2023.",
        "Inspur Group",
        "United States",
        False,
        True,
    ),
    (
        "The US added Sophgo to the Entity List over a chip found in a TSMC-made product.",
        "TSMC",
        "United States",
        False,
        False,
    ),
    # investment bans and active denials
    (
        "The Treasury in 2021 barred Americans from investing in SenseTime, citing its surveillance work.",
        "SenseTime",
        "United States",
        False,
        True,
    ),
    (
        "The Treasury Department sanctioned 12 Chinese companies on Monday. It did not name Huawei.",
        "Huawei",
        "United States",
        True,
        True,
    ),
    # two measures in one sentence: each target belongs to the nearest
    (
        "Beijing retaliated against US sanctions on Huawei by placing Skydio on its unreliable entity list.",
        "Skydio",
        "China",
        False,
        True,
    ),
    (
        "Beijing retaliated against US sanctions on Huawei by placing Skydio on its unreliable entity list.",
        "Huawei",
        "United States",
        False,
        True,
    ),
    (
        "China condemned the US decision to blacklist SMIC and vowed to protect its firms.",
        "SMIC",
        "United States",
        False,
        True,
    ),
    (
        "The US Entity List now includes more than 600 Chinese entities. Xiaomi and BYD are not on it.",
        "BYD",
        "United States",
        True,
        True,
    ),
    # proposals are not measures
    (
        "US lawmakers urged the Commerce Department to add CXMT to the Entity List.",
        "CXMT",
        "US",
        False,
        False,
    ),
    ("Republican senators called for sanctions on DeepSeek.", "DeepSeek", "United States", False, False),
    (
        "The Commerce Department is considering adding Zhipu to the Entity List, sources said.",
        "Zhipu",
        "United States",
        False,
        False,
    ),
    (
        "YMTC is already on the Entity List. CXMT remains on the list as well.",
        "CXMT",
        "United States",
        False,
        True,
    ),
]


@pytest.mark.parametrize(("text", "subject", "obj", "negated", "expected"), WIRE_CASES)
def test_relations_sanctions_wire_wordings(
    facts: Callable[..., Any], text: str, subject: str, obj: str, negated: bool, expected: bool
) -> None:
    check_case(facts(text), "sanctioned_by", subject, obj, negated=negated, expected=expected)

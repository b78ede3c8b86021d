"""Sanctions constructions of unfamiliar wire copy (sentences written for these tests): long
semicolon lists after a listing, 'They include ...' list sentences, a described company on the list,
'cut off from US technology', OFAC designations of people and the hacking victims that are not targets."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.test_extract_relations import check_case

CASES = [
    # text, subject, sanctioning country, negated, expected
    # a semicolon list after the listing, with appositions and a country inside a later item
    (
        "The Commerce Department on Tuesday added four research groups to its Entity List. The four "
        "entities are Loongson; Biren, a graphics chip designer backed by Loongson; Xinyuan Computing; "
        "and the Hefei Quantum Lab, which the department said works for China's Academy of Military "
        "Science.",
        "Xinyuan Computing",
        "United States",
        False,
        True,
    ),
    (
        "The Commerce Department on Tuesday added four research groups to its Entity List. The four "
        "entities are Loongson; Biren, a graphics chip designer backed by Loongson; Xinyuan Computing; "
        "and the Hefei Quantum Lab, which the department said works for China's Academy of Military "
        "Science.",
        "Xinyuan Computing",
        "China",
        False,
        False,
    ),
    # a rule that 'names' entities with a colon list of 'the X' items
    (
        "Washington blacklisted more Chinese computing groups on Monday. The notice names five entities, "
        "two chip designers and three data centres: Zhaoxin Semiconductor; the Institute of Advanced "
        "Computing Research; Moore Threads; the National Data Centre Harbin; and the National Intelligent "
        "Computing Center Nanjing.",
        "Institute of Advanced Computing Research",
        "United States",
        False,
        True,
    ),
    (
        "Washington blacklisted more Chinese computing groups on Monday. The notice names five entities, "
        "two chip designers and three data centres: Zhaoxin Semiconductor; the Institute of Advanced "
        "Computing Research; Moore Threads; the National Data Centre Harbin; and the National Intelligent "
        "Computing Center Nanjing.",
        "National Intelligent Computing Center Nanjing",
        "United States",
        False,
        True,
    ),
    # 'They include ...' right after the listing
    (
        "The US added 14 Chinese companies to the Entity List on Wednesday. They include wafer-tool "
        "makers Naura and Kingsemi; Empyrean Technology, a design-software vendor; and Hua Hong "
        "Semiconductor.",
        "Kingsemi",
        "United States",
        False,
        True,
    ),
    (
        "The US added 14 Chinese companies to the Entity List on Wednesday. They include wafer-tool "
        "makers Naura and Kingsemi; Empyrean Technology, a design-software vendor; and Hua Hong "
        "Semiconductor.",
        "Empyrean Technology",
        "United States",
        False,
        True,
    ),
    (
        "Huawei unveiled a new phone on Wednesday. They include colours such as green, the company said, "
        "and Xiaomi and Oppo showed phones too.",
        "Xiaomi",
        "United States",
        False,
        False,
    ),
    # an item's description names no target of its own
    (
        "The US added 14 Chinese companies to the Entity List on Wednesday. They include Naura; Hua Hong "
        "Semiconductor; and Wingtech Technology, the owner of British chipmaker Newport Wafer Fab.",
        "Newport Wafer Fab",
        "United States",
        False,
        False,
    ),
    (
        "Washington put 30 Chinese groups on its Entity List. Among the new entries is Zhipu AI, a Beijing "
        "lab known for its GLM family of language models.",
        "Zhipu AI",
        "United States",
        False,
        True,
    ),
    # the list document as the subject of a naming verb
    (
        "The Commerce Department blacklisted a dozen Chinese groups on Tuesday. The updated list, issued "
        "by the Bureau of Industry and Security, takes in memory makers Yangtze Memory and GigaDevice as "
        "well as Loongson Technology.",
        "GigaDevice",
        "United States",
        False,
        True,
    ),
    (
        "Xiaomi opened a new store in Paris. The list of products, the company said, includes phones "
        "and scooters from Segway.",
        "Segway",
        "United States",
        False,
        False,
    ),
    # subject to the list; a denied target keeps its sanctioner
    (
        "The US added 14 Chinese firms to the Entity List on Monday. Huawei itself has been subject to the "
        "list's curbs since 2019.",
        "Huawei",
        "United States",
        False,
        True,
    ),
    (
        "The US added 14 Chinese firms to the Entity List on Monday. Intel said it would comply with the "
        "rules; Intel itself is not a target of the listing.",
        "Intel",
        "United States",
        True,
        True,
    ),
    # a described company on the list ('The Hangzhou-based group, on the Entity List since 2020, ...')
    (
        "Hikvision showed new cameras at the fair. The Hangzhou-based group, which has been on the US "
        "Entity List since 2019, brought 40 staff.",
        "Hikvision",
        "US",
        False,
        True,
    ),
    (
        "Chinese groups ByteDance and Tencent ordered H20 chips. The likeliest winner is Huawei. The "
        "Shenzhen-based group, on the US Entity List since 2019, plans to ship its new chip next month.",
        "Huawei",
        "US",
        False,
        True,
    ),
    (
        "Chinese groups ByteDance and Tencent ordered H20 chips. The likeliest winner is Huawei. The "
        "Shenzhen-based group, on the US Entity List since 2019, plans to ship its new chip next month.",
        "ByteDance",
        "US",
        False,
        False,
    ),
    (
        "Inspur had the largest booth in the hall. The server maker, placed on the US Entity List in "
        "2023, showed liquid-cooled racks.",
        "Inspur",
        "US",
        False,
        True,
    ),
    (
        "Lenovo had the largest booth in the hall. The PC maker, which is not on the US Entity List, "
        "showed new laptops.",
        "Lenovo",
        "US",
        True,
        True,
    ),
    # cut off from US technology
    (
        "ZTE, which has been cut off from US technology since 2018, is designing its own chips.",
        "ZTE",
        "US",
        False,
        True,
    ),
    (
        "Engineers said TSMC could be cut off from customers if demand weakens.",
        "TSMC",
        "US",
        False,
        False,
    ),
    # OFAC designations of a person and of a company
    (
        "The Treasury Department's Office of Foreign Assets Control also designated Zhou Shuai, a Shanghai "
        "hacker it linked to the ministry.",
        "Zhou Shuai",
        "United States",
        False,
        True,
    ),
    (
        "The US Treasury on Friday sanctioned a Chinese hacking firm. The measures follow the Treasury's "
        "December designation of Sichuan Silence, a Chengdu security "
        "company it tied to a ransomware campaign.",
        "Sichuan Silence",
        "United States",
        False,
        True,
    ),
    # the victims of a hacking campaign in a sanctions story are not its targets
    (
        "Treasury sanctioned a Chinese hacking group on Friday. The group breached several US telecoms "
        "firms, among them Lumen and T-Mobile, officials said.",
        "Lumen",
        "China",
        False,
        False,
    ),
    (
        "Treasury sanctioned a Chinese hacking group on Friday. The group breached several US telecoms "
        "firms, among them Lumen and T-Mobile, officials said.",
        "T-Mobile",
        "United States",
        False,
        False,
    ),
    # wire variants: passive listings, Beijing's lists, supply bans, people, and what is no listing
    (
        "China banned Chinese operators of critical infrastructure from buying products made by "
        "Micron Technology.",
        "Micron Technology",
        "China",
        False,
        True,
    ),
    (
        "Moore Threads and Biren were placed under US export controls in October.",
        "Biren",
        "United States",
        False,
        True,
    ),
    (
        "Hua Hong, which was added to the Entity List in 2022, reported a loss.",
        "Hua Hong",
        "United States",
        False,
        True,
    ),
    (
        "Megvii has been on a US trade blacklist since 2019.",
        "Megvii",
        "United States",
        False,
        True,
    ),
    (
        "iFlytek is among the companies on the Entity List.",
        "iFlytek",
        "United States",
        False,
        True,
    ),
    (
        "SenseTime came under US sanctions in 2021.",
        "SenseTime",
        "United States",
        False,
        True,
    ),
    (
        "ZTE was hit with US sanctions in 2018.",
        "ZTE",
        "United States",
        False,
        True,
    ),
    (
        "Washington's blacklisting of Hikvision angered Beijing.",
        "Hikvision",
        "United States",
        False,
        True,
    ),
    (
        "Analysts said the sanctions against Huawei had backfired.",
        "Huawei",
        "United States",
        False,
        True,
    ),
    (
        "Beijing has retaliated by adding PVH, the owner of Calvin Klein, to its unreliable entity list.",
        "PVH",
        "China",
        False,
        True,
    ),
    (
        "Beijing has retaliated by adding PVH, the owner of Calvin Klein, to its unreliable entity list.",
        "Calvin Klein",
        "China",
        False,
        False,
    ),
    (
        "China barred exports of gallium to the United States on Tuesday.",
        "United States",
        "China",
        False,
        False,
    ),
    (
        "Nvidia was not on the list of companies named by the Commerce Department.",
        "Nvidia",
        "United States",
        True,
        True,
    ),
    (
        "The Commerce Department added 12 Chinese companies to the Entity List. Also on the list "
        "is Inspur's Beijing unit.",
        "Inspur",
        "United States",
        False,
        True,
    ),
    (
        "The Commerce Department added 12 Chinese companies to the Entity List. Intel and AMD, "
        "which sell chips to several of them, said they would apply for licences.",
        "Intel",
        "United States",
        False,
        False,
    ),
    (
        "Huawei, which has been on the Entity List since 2019, launched a new phone. Xiaomi also "
        "launched a phone.",
        "Xiaomi",
        "United States",
        False,
        False,
    ),
    (
        "The Treasury Department imposed sanctions on three Chinese nationals and two companies, "
        "including Wuhan Xiaoruizhi.",
        "Wuhan Xiaoruizhi",
        "United States",
        False,
        True,
    ),
    (
        "The State Department sanctioned Zhang Wei, a Chinese businessman, for helping Iran.",
        "Zhang Wei",
        "United States",
        False,
        True,
    ),
    (
        "Huawei named Zhang Wei its new chief financial officer.",
        "Zhang Wei",
        "United States",
        False,
        False,
    ),
    (
        "The US has barred American companies from supplying YMTC with chipmaking tools.",
        "YMTC",
        "United States",
        False,
        True,
    ),
    (
        "The rules bar TSMC from supplying Huawei with advanced chips.",
        "TSMC",
        "United States",
        False,
        False,
    ),
    (
        "The rules bar TSMC from supplying Huawei with advanced chips.",
        "Huawei",
        "United States",
        False,
        True,
    ),
    (
        "China's Ministry of Commerce said on Tuesday it had added PVH Group to its unreliable entity list.",
        "PVH Group",
        "China",
        False,
        True,
    ),
    (
        "Samsung said it would keep supplying the company with memory chips.",
        "Samsung",
        "United States",
        False,
        False,
    ),
    # groups with named members, a government's order to stop buying a company's products, 'on it since'
    (
        "China has put export controls on seven US defence firms, including Lockheed Martin and "
        "General Dynamics.",
        "General Dynamics",
        "China",
        False,
        True,
    ),
    (
        "The Cyberspace Administration of China told ByteDance and Alibaba to stop buying "
        "Nvidia's RTX Pro 6000D.",
        "Nvidia",
        "China",
        False,
        True,
    ),
    (
        "The Cyberspace Administration of China told ByteDance and Alibaba to stop buying "
        "Nvidia's RTX Pro 6000D.",
        "ByteDance",
        "China",
        False,
        False,
    ),
    (
        "Chinese regulators have told companies to stop buying chips from Micron.",
        "Micron",
        "China",
        False,
        True,
    ),
    (
        "Nvidia told Chinese customers to stop ordering its H20 chip after the new rules.",
        "Nvidia",
        "China",
        False,
        False,
    ),
    (
        "Apple told employees to stop using ChatGPT, the chatbot from OpenAI, at work.",
        "OpenAI",
        "United States",
        False,
        False,
    ),
    (
        "China launched an antitrust investigation into Qualcomm on Monday.",
        "Qualcomm",
        "China",
        False,
        False,
    ),
    (
        "The US added 12 Chinese firms to the Entity List on Monday. SMIC, China's largest "
        "contract chipmaker, has been on it since 2020.",
        "SMIC",
        "United States",
        False,
        True,
    ),
    (
        "The US added 12 Chinese firms to the Entity List on Monday. Lenovo has sold PCs on it "
        "since 2020, a spokesman said.",
        "Lenovo",
        "United States",
        False,
        False,
    ),
    (
        "Beijing has told state telecom carriers to stop buying the X200 router, a device Cisco "
        "designed for Asian markets.",
        "Cisco",
        "China",
        False,
        True,
    ),
    # look-alikes: other lists, a measure on another name inside the clause, buyers and suppliers
    (
        "Huawei, which is on the Entity List, had the biggest stand. The exhibitor list includes "
        "Xiaomi, ZTE and Honor.",
        "Xiaomi",
        "United States",
        False,
        False,
    ),
    (
        "Huawei, which is on the Entity List, had the biggest stand. The list of speakers "
        "includes Lei Jun of Xiaomi.",
        "Xiaomi",
        "United States",
        False,
        False,
    ),
    (
        "Honor launched a new phone in Paris. The Shenzhen-based company, which competes with "
        "sanctioned Huawei, said sales rose.",
        "Honor",
        "United States",
        False,
        False,
    ),
    (
        "Honor launched a new phone in Paris. The Shenzhen-based company, which was spun off from "
        "sanctioned Huawei in 2020, said sales rose.",
        "Honor",
        "United States",
        False,
        False,
    ),
    (
        "Xiaomi launched a new phone. The Beijing-based group, unlike blacklisted rivals, sells in the US.",
        "Xiaomi",
        "United States",
        False,
        False,
    ),
    (
        "The US added 12 Chinese firms to the Entity List on Monday. They include several "
        "suppliers of Apple, analysts said.",
        "Apple",
        "United States",
        False,
        False,
    ),
    (
        "The US added 12 Chinese firms to the Entity List on Monday. Those companies supply Apple "
        "and Dell, analysts said.",
        "Dell",
        "United States",
        False,
        False,
    ),
    (
        "The US added 12 Chinese firms to the Entity List on Monday. Among the companies affected "
        "is Apple, whose suppliers were named.",
        "Apple",
        "United States",
        False,
        False,
    ),
    (
        "The US blacklisted Inspur in 2023. The rule names no American firms, but Intel said it "
        "would review its sales.",
        "Intel",
        "United States",
        False,
        False,
    ),
    (
        "The US has sanctioned Huawei since 2019. Huawei told its suppliers to stop buying parts "
        "from Nexperia.",
        "Nexperia",
        "United States",
        False,
        False,
    ),
    # pronouns, 'but not X', list sentences whose other names are not items
    (
        "Biren joins Moore Threads on the Entity List.",
        "Biren",
        "United States",
        False,
        True,
    ),
    (
        "Biren joins Moore Threads on the Entity List.",
        "Moore Threads",
        "United States",
        False,
        True,
    ),
    (
        "Hikvision, which is already subject to US sanctions, reported higher sales.",
        "Hikvision",
        "United States",
        False,
        True,
    ),
    (
        "Yangtze Memory was among 36 Chinese firms blacklisted by Washington on Thursday.",
        "Yangtze Memory",
        "United States",
        False,
        True,
    ),
    (
        "The Commerce Department accused Sophgo of supplying Huawei and added it to the Entity List.",
        "Sophgo",
        "United States",
        False,
        True,
    ),
    (
        "China retaliated by banning exports of drone parts to Skydio and placing it on an export "
        "control list.",
        "Skydio",
        "China",
        False,
        True,
    ),
    (
        "The US has restricted sales of advanced chips to China, hurting Nvidia and AMD.",
        "Nvidia",
        "United States",
        False,
        False,
    ),
    (
        "Tencent rose 3% after the Pentagon removed it from its list of Chinese military companies.",
        "Tencent",
        "United States",
        True,
        True,
    ),
    (
        "SMIC shares fell after reports that the US would add the chipmaker to the Entity List.",
        "SMIC",
        "United States",
        False,
        False,
    ),
    (
        "Washington imposed sanctions on Huawei in 2019. They include a ban on using Google services.",
        "Google",
        "United States",
        False,
        False,
    ),
    (
        "The US added Sugon to the Entity List in 2019. They are among China's largest server "
        "makers, alongside Lenovo.",
        "Lenovo",
        "United States",
        False,
        False,
    ),
    (
        "The US added 12 Chinese firms to the Entity List on Monday. They include Naura, whose "
        "tools are used by Samsung.",
        "Samsung",
        "United States",
        False,
        False,
    ),
    (
        "The US added 12 Chinese firms to the Entity List on Monday. They include Naura, whose "
        "tools are used by Samsung.",
        "Naura",
        "United States",
        False,
        True,
    ),
    (
        "The Treasury sanctioned three Chinese companies on Friday. The designation of Sinotech "
        "follows a probe by the FBI.",
        "Sinotech",
        "United States",
        False,
        True,
    ),
    (
        "The US added 12 Chinese firms to the Entity List. The rule names Inspur and Loongson, "
        "but not Alibaba.",
        "Loongson",
        "United States",
        False,
        True,
    ),
    (
        "The US added 12 Chinese firms to the Entity List. The rule names Inspur and Loongson, "
        "but not Alibaba.",
        "Alibaba",
        "United States",
        True,
        True,
    ),
    # a role noun describing a name does not end the passage
    (
        "The US added 140 entities to the Entity List on Monday. Wingtech said its plans were unchanged. "
        "Naura, the Beijing-based equipment supplier, said its main operating unit, Naura Microelectronics, "
        "was among the additions.",
        "Naura Microelectronics",
        "United States",
        False,
        True,
    ),
    (
        "The US added 140 entities to the Entity List on Monday. Wingtech said its plans were unchanged. "
        "Lenovo and Xiaomi are official suppliers of the Games, and Oppo was among the additions to the "
        "sponsor roster.",
        "Oppo",
        "United States",
        False,
        False,
    ),
]


@pytest.mark.parametrize(("text", "subject", "obj", "negated", "expected"), CASES)
def test_relations_sanctions_s4(
    facts: Callable[..., Any], text: str, subject: str, obj: str, negated: bool, expected: bool
) -> None:
    check_case(facts(text), "sanctioned_by", subject, obj, negated=negated, expected=expected)

"""Session 4 round 2: participation wordings written for these tests from the construction space
(no sentence taken from an article): sponsor rosters, tiers and lost sponsors; exhibitor lists,
booth tables and named stands; attendance and its denials (skipped, pulled out, stayed away, sat
out, did not turn up, no executives from X were present, inverted 'Absent from the fair were A and
B'); talks, cancelled talks and dropped speakers; organisers in apposition ('X, the organiser of E',
'its organiser, X'), by passive, by 'held'. Rows marked as known gaps document what is still missed
(names the entity layer does not find: Jensen Huang, Rene Haas, Lei Jun, Web Summit as an organizer;
wordings the participation rules do not handle yet). The rows for Jane Street, Kingsoft, Zeekr,
Midea, Accenture, PwC, Messe Berlin, Dubai World Trade Centre, Tahaluf, Synthesia, MSI, Leapmotor,
Kuka and the two Taiwan trade associations pass since those organizations are in the knowledge base
(session 5), and the Automatica 2024 row since the series is (session 5, round 2)."""

from __future__ import annotations

import pytest

from tests.extract.test_extract_relations import case_table_test

S, E, A, K, H = "sponsors", "exhibits_at", "attends", "speaks_at", "organizes"

CASES: list[tuple[str, list[tuple[str, str, str, bool, bool, bool | str]]]] = [
    # text, [(predicate, subject, object, negated, expected, known gap: False or why it fails), ...]
    (
        "Qualcomm and MediaTek are headline sponsors of Computex 2024, the organisers said on Tuesday.",
        [
            (S, "Qualcomm", "Computex 2024", False, True, False),
            (S, "MediaTek", "Computex 2024", False, True, False),
        ],
    ),
    (
        "Computex 2024 is sponsored by Asus, Acer and Gigabyte.",
        [
            (S, "Asus", "Computex 2024", False, True, False),
            (S, "Acer", "Computex 2024", False, True, False),
            (S, "Gigabyte", "Computex 2024", False, True, False),
        ],
    ),
    (
        "Ericsson signed on as a platinum partner of MWC Shanghai 2024.",
        [
            (S, "Ericsson", "MWC Shanghai 2024", False, True, False),
        ],
    ),
    (
        "Nokia, which has backed the event since 2015, returns as lead sponsor of MWC Barcelona 2024.",
        [
            (S, "Nokia", "MWC Barcelona 2024", False, True, False),
        ],
    ),
    (
        "Samsung Electronics is underwriting this year's IFA Berlin, according to a statement.",
        [
            (
                S,
                "Samsung Electronics",
                "IFA 2024",
                False,
                True,
                "sponsors: 'is underwriting' is not a sponsor verb yet (both names found)",
            ),
        ],
    ),
    (
        "The Web Summit 2024 partner list includes Siemens, SAP and Volkswagen.",
        [
            (S, "Siemens", "Web Summit 2024", False, True, False),
            (S, "SAP", "Web Summit 2024", False, True, False),
            (S, "Volkswagen", "Web Summit 2024", False, True, False),
        ],
    ),
    (
        "Strategic partners of GITEX Global 2024: e& , du, Microsoft and Oracle.",
        [
            (S, "Microsoft", "GITEX Global 2024", False, True, False),
            (S, "Oracle", "GITEX Global 2024", False, True, False),
        ],
    ),
    (
        "VivaTech 2024 counts LVMH, Orange and BNP Paribas among its founding partners.",
        [
            (
                S,
                "LVMH",
                "VivaTech 2024",
                False,
                True,
                "sponsors: 'counts A, B and C among its founding partners' is not read (all names found)",
            ),
            (
                S,
                "Orange",
                "VivaTech 2024",
                False,
                True,
                "sponsors: 'counts A, B and C among its founding partners' is not read (all names found)",
            ),
            (
                S,
                "BNP Paribas",
                "VivaTech 2024",
                False,
                True,
                "sponsors: 'counts A, B and C among its founding partners' is not read (all names found)",
            ),
        ],
    ),
    (
        "Dell Technologies will be a diamond sponsor at SEMICON West 2024.",
        [
            (S, "Dell Technologies", "SEMICON West 2024", False, True, False),
        ],
    ),
    (
        "Intel withdrew its sponsorship of SXSW 2024 last week.",
        [
            (S, "Intel", "SXSW 2024", True, True, False),
        ],
    ),
    (
        "Aramco is the title sponsor of LEAP 2024, which opens in Riyadh on Monday.",
        [
            (S, "Aramco", "LEAP 2024", False, True, False),
        ],
    ),
    (
        "Among the sponsors of the Digital China Summit 2024 are China Telecom, Inspur and Kingsoft.",
        [
            (S, "China Telecom", "Digital China Summit 2024", False, True, False),
            (S, "Inspur", "Digital China Summit 2024", False, True, False),
            (
                S,
                "Kingsoft",
                "Digital China Summit 2024",
                False,
                True,
                False,
            ),
        ],
    ),
    (
        "AMD is sponsoring NeurIPS 2024 for the fourth year running.",
        [
            (S, "AMD", "NeurIPS 2024", False, True, False),
        ],
    ),
    (
        "Sponsors for ICML 2024 include Jane Street, Citadel Securities and Apple.",
        [
            (
                S,
                "Jane Street",
                "ICML 2024",
                False,
                True,
                False,
            ),
            (S, "Citadel Securities", "ICML 2024", False, True, False),
            (S, "Apple", "ICML 2024", False, True, False),
        ],
    ),
    (
        "CVPR 2024 sponsors: Meta; Amazon; Toyota Research Institute; Adobe.",
        [
            (S, "Meta", "CVPR 2024", False, True, False),
            (S, "Amazon", "CVPR 2024", False, True, False),
            (S, "Adobe", "CVPR 2024", False, True, False),
        ],
    ),
    (
        "SK Hynix did not renew its sponsorship of SEMICON Taiwan 2024.",
        [
            (S, "SK Hynix", "SEMICON Taiwan 2024", True, True, False),
        ],
    ),
    (
        "TechCrunch Disrupt 2024, presented by Salesforce, runs from Oct 28 to Oct 30.",
        [
            (S, "Salesforce", "TechCrunch Disrupt 2024", False, True, False),
        ],
    ),
    (
        "Funding for the World Robot Conference 2024 came from sponsors such as Unitree and UBTech.",
        [
            (S, "Unitree", "World Robot Conference 2024", False, True, False),
            (S, "UBTech", "World Robot Conference 2024", False, True, False),
        ],
    ),
    (
        "Tencent joined the Global Digital Trade Expo 2024 as an official partner.",
        [
            (S, "Tencent", "Global Digital Trade Expo 2024", False, True, False),
        ],
    ),
    (
        "HSBC, a long-time backer of the Boao Forum for Asia Annual Conference, is again a sponsor in 2024.",
        [
            (S, "HSBC", "Boao Forum for Asia Annual Conference 2024", False, True, False),
        ],
    ),
    (
        "Lenovo is the exclusive PC partner of the Hannover Messe 2024.",
        [
            (S, "Lenovo", "Hannover Messe 2024", False, True, False),
        ],
    ),
    (
        "Saudi Telecom Company co-sponsored the Future Investment Initiative 2024.",
        [
            (S, "Saudi Telecom Company", "Future Investment Initiative 2024", False, True, False),
        ],
    ),
    (
        "Xiaomi is not a sponsor of CES 2024, a spokesperson said.",
        [
            (S, "Xiaomi", "CES 2024", True, True, False),
        ],
    ),
    (
        "The gold sponsors of GTC 2024 are Supermicro, Lambda and CoreWeave.",
        [
            (S, "Supermicro", "GTC 2024", False, True, False),
            (S, "Lambda", "GTC 2024", False, True, False),
            (S, "CoreWeave", "GTC 2024", False, True, False),
        ],
    ),
    (
        "The World Government Summit 2024 opened in Dubai on Monday. Accenture and PwC are "
        "knowledge partners of the summit.",
        [
            (
                S,
                "Accenture",
                "World Government Summit 2024",
                False,
                True,
                False,
            ),
            (S, "PwC", "World Government Summit 2024", False, True, False),
        ],
    ),
    (
        "Cisco sponsored the Munich Security Conference 2024, its first time backing the gathering.",
        [
            (S, "Cisco", "Munich Security Conference 2024", False, True, False),
        ],
    ),
    (
        "Alibaba Cloud is the official cloud partner of the Asian Games 2024.",
        [
            (S, "Alibaba Cloud", "Asian Games 2024", False, True, False),
        ],
    ),
    (
        "Sony will showcase its latest image sensors at CES 2024.",
        [
            (E, "Sony", "CES 2024", False, True, False),
        ],
    ),
    (
        "Exhibitors at Computex 2024 include Nvidia, Intel and Micron.",
        [
            (E, "Nvidia", "Computex 2024", False, True, False),
            (E, "Intel", "Computex 2024", False, True, False),
            (E, "Micron", "Computex 2024", False, True, False),
        ],
    ),
    (
        "BYD displayed three new models at Auto China 2024.",
        [
            (E, "BYD", "Auto China 2024", False, True, False),
        ],
    ),
    (
        "Xpeng unveiled a flying car at its booth at the Beijing Auto Show on Thursday.",
        [
            (E, "Xpeng", "Auto China 2024", False, True, False),
        ],
    ),
    (
        "More than 30 German firms, among them Bosch, Festo and Kuka, have stands at the China "
        "International Import Expo 2024.",
        [
            (E, "Bosch", "China International Import Expo 2024", False, True, False),
            (E, "Festo", "China International Import Expo 2024", False, True, False),
            (E, "Kuka", "China International Import Expo 2024", False, True, False),
        ],
    ),
    (
        "Hikvision has no booth at IFA 2024 this year.",
        [
            (E, "Hikvision", "IFA 2024", True, True, False),
        ],
    ),
    (
        "At Hannover Messe 2024, Schneider Electric is demonstrating a digital twin of a battery plant.",
        [
            (E, "Schneider Electric", "Hannover Messe 2024", False, True, False),
        ],
    ),
    (
        "Applied Materials exhibited at SEMICON China 2024 in Shanghai.",
        [
            (E, "Applied Materials", "SEMICON China 2024", False, True, False),
        ],
    ),
    (
        "Tesla's Optimus robot was on display at the World Artificial Intelligence Conference 2024.",
        [
            (E, "Tesla", "World Artificial Intelligence Conference 2024", False, True, False),
        ],
    ),
    (
        "Unitree Robotics brought its G1 humanoid to the World Robot Conference 2024.",
        [
            (E, "Unitree Robotics", "World Robot Conference 2024", False, True, False),
        ],
    ),
    (
        "Nvidia, which occupies the largest stand in the hall, is among 1,500 exhibitors at Computex 2024.",
        [
            (E, "Nvidia", "Computex 2024", False, True, False),
        ],
    ),
    (
        "LG Electronics will exhibit a transparent television at CES 2024.",
        [
            (E, "LG Electronics", "CES 2024", False, True, False),
        ],
    ),
    (
        "ASML is showing its lithography roadmap at SEMICON West 2024.",
        [
            (E, "ASML", "SEMICON West 2024", False, True, False),
        ],
    ),
    (
        "Huawei pulled out of MWC Barcelona 2024's exhibition floor.",
        [
            (
                E,
                "Huawei",
                "MWC Barcelona 2024",
                True,
                True,
                "exhibits_at: 'pulled out of the exhibition floor' gives absence plus a positive "
                "exhibits_at, not a negated one",
            ),
        ],
    ),
    (
        "Zeekr and Nio were among the carmakers exhibiting at Auto Shanghai 2024.",
        [
            (E, "Zeekr", "Auto Shanghai 2024", False, True, False),
            (E, "Nio", "Auto Shanghai 2024", False, True, False),
        ],
    ),
    (
        "Booth list, CES 2024:\n"
        "Panasonic | Central Hall | 15005\n"
        "TCL | Central Hall | 17500\n"
        "Hisense | Central Hall | 18004",
        [
            # the rules skip the first row under a headerless 'Booth list, CES 2024:' line (later rows are
            # read); the learned classifier adds it
            (E, "Panasonic", "CES 2024", False, True, False),
            (E, "TCL", "CES 2024", False, True, False),
            (E, "Hisense", "CES 2024", False, True, False),
        ],
    ),
    (
        "DJI set up a pavilion at the China Hi-Tech Fair 2024 to show its agricultural drones.",
        [
            (E, "DJI", "China Hi-Tech Fair 2024", False, True, False),
        ],
    ),
    (
        "Visitors to the Canton Fair 2024 crowded around the stand of Midea, which is showing robot vacuums.",
        [
            (E, "Midea", "Canton Fair 2024", False, True, False),
        ],
    ),
    (
        "Ant Group did not exhibit at the Inclusion Conference on the Bund 2024.",
        [
            (E, "Ant Group", "Inclusion Conference on the Bund 2024", True, True, False),
        ],
    ),
    (
        "Mercedes-Benz is presenting its new electric platform at IFA 2024.",
        [
            (
                E,
                "Mercedes-Benz",
                "IFA 2024",
                False,
                True,
                "exhibits_at: 'is presenting ... at' is not an exhibiting verb yet (both names found)",
            ),
        ],
    ),
    (
        "The exhibitor line-up for GITEX Global 2024 features Huawei, Honor and ZTE.",
        [
            (E, "Honor", "GITEX Global 2024", False, True, False),
            (E, "ZTE", "GITEX Global 2024", False, True, False),
        ],
    ),
    (
        "Samsung and Google will both have booths at MWC Barcelona 2024.",
        [
            (E, "Samsung", "MWC Barcelona 2024", False, True, False),
            (E, "Google", "MWC Barcelona 2024", False, True, False),
        ],
    ),
    (
        "Also exhibiting at VivaTech 2024: Mistral AI, Hugging Face and Aleph Alpha.",
        [
            (E, "Mistral AI", "VivaTech 2024", False, True, False),
            (E, "Hugging Face", "VivaTech 2024", False, True, False),
            (E, "Aleph Alpha", "VivaTech 2024", False, True, False),
        ],
    ),
    (
        "SenseTime demonstrated its large model at the World Artificial Intelligence Conference"
        " 2024, where it had a 500-square-metre booth.",
        [
            (E, "SenseTime", "World Artificial Intelligence Conference 2024", False, True, False),
        ],
    ),
    (
        "Jensen Huang will attend Computex 2024 in Taipei next month.",
        [
            (A, "Jensen Huang", "Computex 2024", False, True, False),
        ],
    ),
    (
        "Executives from Alibaba, JD.com and Meituan attended the China International Import Expo 2024.",
        [
            (A, "Alibaba", "China International Import Expo 2024", False, True, False),
            (A, "JD.com", "China International Import Expo 2024", False, True, False),
            (A, "Meituan", "China International Import Expo 2024", False, True, False),
        ],
    ),
    (
        "Lisa Su was at CES 2024 on Tuesday, touring the show floor.",
        [
            (A, "Lisa Su", "CES 2024", False, True, False),
        ],
    ),
    (
        "Among those attending the World Economic Forum Annual Meeting 2024 were Satya Nadella "
        "and Sam Altman.",
        [
            (A, "Satya Nadella", "World Economic Forum Annual Meeting 2024", False, True, False),
            (A, "Sam Altman", "World Economic Forum Annual Meeting 2024", False, True, False),
        ],
    ),
    (
        "Cristiano Amon joined the Future Investment Initiative 2024 in Riyadh.",
        [
            (A, "Cristiano Amon", "Future Investment Initiative 2024", False, True, False),
        ],
    ),
    (
        "Delegations from Airbus and Thales took part in the Munich Security Conference 2024.",
        [
            (A, "Airbus", "Munich Security Conference 2024", False, True, False),
            (A, "Thales", "Munich Security Conference 2024", False, True, False),
        ],
    ),
    (
        "Lei Jun was spotted at Auto China 2024 on Thursday.",
        [
            (A, "Lei Jun", "Auto China 2024", False, True, False),
        ],
    ),
    (
        "Arm sent a delegation of 40 engineers to SEMICON West 2024.",
        [
            (A, "Arm", "SEMICON West 2024", False, True, False),
        ],
    ),
    (
        "Pat Gelsinger is expected at MWC Barcelona 2024, people familiar with the plans said.",
        [
            (A, "Pat Gelsinger", "MWC Barcelona 2024", False, True, False),
        ],
    ),
    (
        "Participants in the Boao Forum for Asia Annual Conference 2024 included Baidu and Lenovo.",
        [
            (A, "Baidu", "Boao Forum for Asia Annual Conference 2024", False, True, False),
            (A, "Lenovo", "Boao Forum for Asia Annual Conference 2024", False, True, False),
        ],
    ),
    (
        "Tim Cook made a surprise appearance at the China Development Forum 2024.",
        [
            (A, "Tim Cook", "China Development Forum 2024", False, True, False),
        ],
    ),
    (
        "Demis Hassabis was in attendance at the AI Safety Summit 2024.",
        [
            (A, "Demis Hassabis", "AI Safety Summit 2024", False, True, False),
        ],
    ),
    (
        "Microsoft skipped CES 2024 for the second year in a row.",
        [
            (A, "Microsoft", "CES 2024", True, True, False),
        ],
    ),
    (
        "Meta pulled out of MWC Barcelona 2024, citing cost concerns.",
        [
            (A, "Meta", "MWC Barcelona 2024", True, True, False),
        ],
    ),
    (
        "Sam Altman was absent from the World Economic Forum Annual Meeting 2024.",
        [
            (A, "Sam Altman", "World Economic Forum Annual Meeting 2024", True, True, False),
        ],
    ),
    (
        "Nvidia sent no delegation to the China International Supply Chain Expo 2024.",
        [
            (A, "Nvidia", "China International Supply Chain Expo 2024", True, True, False),
        ],
    ),
    (
        "Apple and Amazon stayed away from the World Artificial Intelligence Conference 2024.",
        [
            (A, "Apple", "World Artificial Intelligence Conference 2024", True, True, False),
            (A, "Amazon", "World Artificial Intelligence Conference 2024", True, True, False),
        ],
    ),
    (
        "Elon Musk did not turn up at VivaTech 2024 as had been rumoured.",
        [
            (A, "Elon Musk", "VivaTech 2024", True, True, False),
        ],
    ),
    (
        "Notably missing from GITEX Global 2024 was Huawei.",
        [
            (A, "Huawei", "GITEX Global 2024", True, True, False),
        ],
    ),
    (
        "Ericsson cancelled its appearance at MWC Barcelona 2024.",
        [
            (A, "Ericsson", "MWC Barcelona 2024", True, True, False),
        ],
    ),
    (
        "Sony has withdrawn from IFA 2024.",
        [
            (A, "Sony", "IFA 2024", True, True, False),
        ],
    ),
    (
        "Google will not be attending SXSW 2024, the company confirmed.",
        [
            (A, "Google", "SXSW 2024", True, True, False),
        ],
    ),
    (
        "Intel, a fixture at Computex for decades, is sitting out Computex 2024.",
        [
            (A, "Intel", "Computex 2024", True, True, False),
        ],
    ),
    (
        "Samsung gave the Hannover Messe 2024 a miss.",
        [
            (A, "Samsung", "Hannover Messe 2024", True, True, False),
        ],
    ),
    (
        "Neither OpenAI nor Anthropic sent representatives to the World Internet Conference "
        "Wuzhen Summit 2024.",
        [
            (A, "OpenAI", "World Internet Conference Wuzhen Summit 2024", True, True, False),
            (A, "Anthropic", "World Internet Conference Wuzhen Summit 2024", True, True, False),
        ],
    ),
    (
        "Unlike last year, Tesla is not taking part in Auto Shanghai 2024.",
        [
            (A, "Tesla", "Auto Shanghai 2024", True, True, False),
        ],
    ),
    (
        "Arvind Krishna will deliver a keynote at Web Summit 2024.",
        [
            (K, "Arvind Krishna", "Web Summit 2024", False, True, False),
        ],
    ),
    (
        "Rene Haas, chief executive of Arm, gave the opening address at Computex 2024.",
        [
            (K, "Rene Haas", "Computex 2024", False, True, False),
        ],
    ),
    (
        "Speakers at VivaTech 2024 include Arthur Mensch, Yann LeCun and Clem Delangue.",
        [
            (K, "Arthur Mensch", "VivaTech 2024", False, True, False),
            (K, "Yann LeCun", "VivaTech 2024", False, True, False),
            (K, "Clem Delangue", "VivaTech 2024", False, True, False),
        ],
    ),
    (
        "Kai-Fu Lee told the World Artificial Intelligence Conference 2024 that costs would fall sharply.",
        [
            (K, "Kai-Fu Lee", "World Artificial Intelligence Conference 2024", False, True, False),
        ],
    ),
    (
        "Speaking at the Boao Forum for Asia Annual Conference 2024, Robin Li said chatbots "
        "were only the start.",
        [
            (K, "Robin Li", "Boao Forum for Asia Annual Conference 2024", False, True, False),
        ],
    ),
    (
        "Fei-Fei Li headlined NeurIPS 2024 with a talk on spatial intelligence.",
        [
            (K, "Fei-Fei Li", "NeurIPS 2024", False, True, False),
        ],
    ),
    (
        "In a video address to the AI for Good Global Summit 2024, Antonio Guterres called for rules.",
        [
            (K, "Antonio Guterres", "AI for Good Global Summit 2024", False, True, False),
        ],
    ),
    (
        "Andrew Ng, founder of DeepLearning.AI, will sit on a panel at GTC 2024.",
        [
            (K, "Andrew Ng", "GTC 2024", False, True, False),
        ],
    ),
    (
        "Mustafa Suleyman took the stage at TechCrunch Disrupt 2024 on Wednesday.",
        [
            (K, "Mustafa Suleyman", "TechCrunch Disrupt 2024", False, True, False),
        ],
    ),
    (
        "Aidan Gomez, Cohere co-founder, is slated to speak at LEAP 2024.",
        [
            (K, "Aidan Gomez", "LEAP 2024", False, True, False),
        ],
    ),
    (
        "At the World Government Summit 2024, Sam Altman told the audience that regulation was needed.",
        [
            (K, "Sam Altman", "World Government Summit 2024", False, True, False),
        ],
    ),
    (
        "Keynote speakers for Computex 2024 are Jensen Huang, Lisa Su, Pat Gelsinger and Cristiano Amon.",
        [
            (K, "Jensen Huang", "Computex 2024", False, True, False),
            (K, "Lisa Su", "Computex 2024", False, True, False),
            (K, "Pat Gelsinger", "Computex 2024", False, True, False),
            (K, "Cristiano Amon", "Computex 2024", False, True, False),
        ],
    ),
    (
        "Wang Xiaochuan, chief executive of Baichuan, moderated a session at the Zhongguancun Forum 2024.",
        [
            (K, "Wang Xiaochuan", "Zhongguancun Forum 2024", False, True, False),
        ],
    ),
    (
        "Yang Zhilin, the founder of Moonshot AI, addressed the World Artificial Intelligence "
        "Conference 2024 on Friday.",
        [
            (K, "Yang Zhilin", "World Artificial Intelligence Conference 2024", False, True, False),
        ],
    ),
    (
        "Jensen Huang cancelled his keynote at CES 2024.",
        [
            (K, "Jensen Huang", "CES 2024", True, True, False),
        ],
    ),
    (
        "Brad Smith did not speak at the Munich Security Conference 2024.",
        [
            (K, "Brad Smith", "Munich Security Conference 2024", True, True, False),
        ],
    ),
    (
        "The opening keynote at MWC Barcelona 2024 will be given by Mats Granryd, director "
        "general of the GSMA.",
        [
            (K, "Mats Granryd", "MWC Barcelona 2024", False, True, False),
        ],
    ),
    (
        "Panellists at the Digital China Summit 2024 included Zhou Hongyi of 360 and Liu "
        "Qingfeng of iFlytek.",
        [
            (K, "Zhou Hongyi", "Digital China Summit 2024", False, True, False),
            (K, "Liu Qingfeng", "Digital China Summit 2024", False, True, False),
        ],
    ),
    (
        "Computex 2024 is organised by the Taiwan External Trade Development Council.",
        [
            (H, "Taiwan External Trade Development Council", "Computex 2024", False, True, False),
        ],
    ),
    (
        "The Hannover Messe 2024 is hosted by Deutsche Messe.",
        [
            (H, "Deutsche Messe", "Hannover Messe 2024", False, True, False),
        ],
    ),
    (
        "VivaTech 2024 is co-organised by Publicis Groupe and Les Echos.",
        [
            (H, "Publicis Groupe", "VivaTech 2024", False, True, False),
            (H, "Les Echos", "VivaTech 2024", False, True, False),
        ],
    ),
    (
        "The GSMA, which runs MWC Barcelona 2024, said attendance would top 90,000.",
        [
            (H, "GSMA", "MWC Barcelona 2024", False, True, False),
        ],
    ),
    (
        "Dubai World Trade Centre, the organiser of GITEX Global 2024, expects 180,000 visitors.",
        [
            (
                H,
                "Dubai World Trade Centre",
                "GITEX Global 2024",
                False,
                True,
                False,
            ),
        ],
    ),
    (
        "The Ministry of Commerce and the Shanghai government jointly host the China "
        "International Import Expo 2024.",
        [
            (H, "Ministry of Commerce", "China International Import Expo 2024", False, True, False),
        ],
    ),
    (
        "Messe Berlin stages IFA 2024 together with gfu Consumer & Home Electronics.",
        [
            (H, "Messe Berlin", "IFA 2024", False, True, False),
        ],
    ),
    (
        "The World Robot Conference 2024, organised by the Beijing municipal government and the"
        " China Association for Science and Technology, opened on Wednesday.",
        [
            (
                H,
                "China Association for Science and Technology",
                "World Robot Conference 2024",
                False,
                True,
                False,
            ),
        ],
    ),
    (
        "The Consumer Technology Association, which owns and produces CES 2024, said the show was sold out.",
        [
            (H, "Consumer Technology Association", "CES 2024", False, True, False),
        ],
    ),
    (
        "Organisers of the Smart China Expo 2024 include the Chongqing municipal government and"
        " the Ministry of Industry and Information Technology.",
        [
            (
                H,
                "Ministry of Industry and Information Technology",
                "Smart China Expo 2024",
                False,
                True,
                False,
            ),
        ],
    ),
    (
        "Saudi Arabia's Ministry of Communications and Information Technology hosts LEAP 2024 with Tahaluf.",
        [
            (H, "Tahaluf", "LEAP 2024", False, True, False),
        ],
    ),
    (
        "Google hosted Google I/O 2024 at the Shoreline Amphitheatre.",
        [
            (H, "Google", "Google I/O 2024", False, True, False),
        ],
    ),
    (
        "The ITU convenes the AI for Good Global Summit 2024 in partnership with 40 UN agencies.",
        [
            (H, "ITU", "AI for Good Global Summit 2024", False, True, False),
        ],
    ),
    (
        "SEMI, the industry association behind SEMICON West 2024, reported record registrations.",
        [
            (H, "SEMI", "SEMICON West 2024", False, True, False),
        ],
    ),
    (
        "Nokia, a partner of Ericsson, said it would cut jobs at MWC Barcelona 2024.",
        [
            (
                S,
                "Nokia",
                "MWC Barcelona 2024",
                False,
                False,
                "sponsors: 'a partner of Ericsson' is read as a sponsor of the edition named later in the "
                "sentence",
            ),
        ],
    ),
    (
        "Deutsche Messe, the organiser of Hannover Messe 2024, said bookings were strong.",
        [
            (H, "Deutsche Messe", "Hannover Messe 2024", False, True, False),
        ],
    ),
    (
        "The Consumer Technology Association, host of CES 2024, reported record numbers.",
        [
            (H, "Consumer Technology Association", "CES 2024", False, True, False),
        ],
    ),
    (
        "Jensen Huang did not cancel his keynote at CES 2024.",
        [
            (K, "Jensen Huang", "CES 2024", True, False, False),
        ],
    ),
    (
        "Lisa Su called off her speech at Computex 2024 on Monday.",
        [
            (K, "Lisa Su", "Computex 2024", True, True, False),
            (K, "Lisa Su", "Computex 2024", False, False, False),
        ],
    ),
    (
        "SK Hynix renewed its sponsorship of SEMICON Taiwan 2024.",
        [
            (S, "SK Hynix", "SEMICON Taiwan 2024", False, True, False),
            (S, "SK Hynix", "SEMICON Taiwan 2024", True, False, False),
        ],
    ),
    (
        "Oracle did not extend its partnership with Nokia, it said at MWC Barcelona 2024.",
        [
            (S, "Oracle", "MWC Barcelona 2024", True, False, False),
        ],
    ),
    (
        "Qualcomm's partners Asus and Acer showed laptops at Computex 2024.",
        [
            (S, "Asus", "Computex 2024", False, False, False),
            (
                E,
                "Asus",
                "Computex 2024",
                False,
                True,
                "exhibits_at: the subject list under a possessed noun ('Qualcomm's partners Asus and Acer') "
                "is not resolved",
            ),
        ],
    ),
    (
        "Cristiano Amon chaired a session at MWC Barcelona 2024.",
        [
            (
                K,
                "Cristiano Amon",
                "MWC Barcelona 2024",
                False,
                True,
                "speaks_at: 'Cristiano Amon' is typed ORG by the entity layer, so no person speaks",
            ),
        ],
    ),
    (
        "Arvind Krishna told a press conference in New York that IBM would not attend Web Summit 2024.",
        [
            (K, "Arvind Krishna", "Web Summit 2024", False, False, False),
            (A, "IBM", "Web Summit 2024", True, True, False),
        ],
    ),
    (
        "Pony Ma did not show up at the Boao Forum for Asia Annual Conference 2024.",
        [
            (A, "Pony Ma", "Boao Forum for Asia Annual Conference 2024", True, True, False),
        ],
    ),
    (
        "Robin Li turned up at the Digital China Summit 2024 unannounced.",
        [
            (A, "Robin Li", "Digital China Summit 2024", False, True, False),
        ],
    ),
    (
        "Baidu is sitting out the World Artificial Intelligence Conference 2024.",
        [
            (A, "Baidu", "World Artificial Intelligence Conference 2024", True, True, False),
        ],
    ),
    (
        "Exhibiting at VivaTech 2024: Siemens, Oracle and Nokia.",
        [
            (E, "Siemens", "VivaTech 2024", False, True, False),
            (E, "Nokia", "VivaTech 2024", False, True, False),
        ],
    ),
    (
        "Hosts: SEMI, Taiwan Semiconductor Industry Association and Deutsche Messe.\n"
        "SEMICON Taiwan 2024 opens on Wednesday.",
        [
            (
                H,
                "Taiwan Semiconductor Industry Association",
                "SEMICON Taiwan 2024",
                False,
                True,
                False,
            ),
        ],
    ),
    (
        "SEMICON Taiwan 2024 is co-hosted by SEMI and the Taiwan Semiconductor Industry Association.",
        [
            (H, "SEMI", "SEMICON Taiwan 2024", False, True, False),
            (
                H,
                "Taiwan Semiconductor Industry Association",
                "SEMICON Taiwan 2024",
                False,
                True,
                False,
            ),
        ],
    ),
    (
        "The Boao Forum for Asia Annual Conference 2024 was convened by the Boao Forum for Asia secretariat.",
        [
            (H, "Boao Forum for Asia", "Boao Forum for Asia Annual Conference 2024", False, True, False),
        ],
    ),
    (
        "Organised by the China Council for the Promotion of International Trade, the China "
        "International Supply Chain Expo 2024 runs for five days.",
        [
            (
                H,
                "China Council for the Promotion of International Trade",
                "China International Supply Chain Expo 2024",
                False,
                True,
                False,
            ),
        ],
    ),
    (
        "Nvidia held GTC 2024 at the SAP Center in San Jose.",
        [
            (H, "Nvidia", "GTC 2024", False, True, False),
        ],
    ),
    (
        "Apple hosts WWDC 2024 from June 10 to June 14.",
        [
            (H, "Apple", "WWDC 2024", False, True, False),
        ],
    ),
    (
        "Microsoft will host Microsoft Build 2024 in Seattle next week.",
        [
            (H, "Microsoft", "Microsoft Build 2024", False, True, False),
        ],
    ),
    (
        "The Ministry of Science and Technology and the Beijing municipal government are the "
        "organisers of the Zhongguancun Forum 2024.",
        [
            (H, "Ministry of Science and Technology", "Zhongguancun Forum 2024", False, True, False),
        ],
    ),
    (
        "Alibaba Cloud, which hosts the Apsara Conference 2024 in Hangzhou, unveiled new models.",
        [
            (H, "Alibaba Cloud", "Apsara Conference 2024", False, True, False),
        ],
    ),
    (
        "The World Economic Forum, organiser of the Annual Meeting of the New Champions 2024, "
        "expects 1,600 participants.",
        [
            (H, "World Economic Forum", "Annual Meeting of the New Champions 2024", False, True, False),
        ],
    ),
    (
        "Baidu World 2024, Baidu's annual technology conference, opened in Beijing. The event "
        "was organised by Baidu.",
        [
            (H, "Baidu", "Baidu World 2024", False, True, False),
        ],
    ),
    (
        "Tencent is not organising the Global Digital Ecosystem Summit 2024 this year; a "
        "partner will run it.",
        [
            (H, "Tencent", "Global Digital Ecosystem Summit 2024", True, True, False),
        ],
    ),
    (
        "Ant Group staged the Inclusion Conference on the Bund 2024 in Shanghai.",
        [
            (H, "Ant Group", "Inclusion Conference on the Bund 2024", False, True, False),
        ],
    ),
    (
        "OpenAI will hold OpenAI DevDay 2024 in San Francisco, London and Singapore.",
        [
            (H, "OpenAI", "OpenAI DevDay 2024", False, True, False),
        ],
    ),
    (
        "The IEEE and the Computer Vision Foundation jointly organise CVPR 2024 in Seattle.",
        [
            (H, "IEEE", "CVPR 2024", False, True, False),
        ],
    ),
    (
        "Organizer: Consumer Technology Association\nCES 2024\nLas Vegas, January 9-12",
        [
            (H, "Consumer Technology Association", "CES 2024", False, True, False),
        ],
    ),
    (
        "Meta hosted Meta Connect 2024 at its Menlo Park campus, where Mark Zuckerberg unveiled new glasses.",
        [
            (H, "Meta", "Meta Connect 2024", False, True, False),
            (
                K,
                "Mark Zuckerberg",
                "Meta Connect 2024",
                False,
                True,
                "speaks_at: 'where X unveiled' (a relative clause on the venue) is not read as speaking",
            ),
        ],
    ),
    (
        "Computex 2024 opened in Taipei. Its organiser, the Taipei Computer Association, said "
        "1,500 firms took part.",
        [
            (H, "Taipei Computer Association", "Computex 2024", False, True, False),
        ],
    ),
    (
        "Computex 2024 opened in Taipei. Nvidia, which did not organise the show, nonetheless dominated it.",
        [
            (H, "Nvidia", "Computex 2024", False, False, False),
        ],
    ),
    (
        "Google I/O 2024, organised by Google, drew 5,000 developers.",
        [
            (H, "Google", "Google I/O 2024", False, True, False),
        ],
    ),
    (
        "AWS runs AWS re:Invent 2024 each December in Las Vegas.",
        [
            (H, "AWS", "AWS re:Invent 2024", False, True, False),
        ],
    ),
    (
        "Lisa Su delivered the opening keynote of Computex 2024 on Monday.",
        [
            (K, "Lisa Su", "Computex 2024", False, True, False),
        ],
    ),
    (
        "Jensen Huang's two-hour keynote at GTC 2024 introduced the Blackwell chip.",
        [
            (K, "Jensen Huang", "GTC 2024", False, True, False),
        ],
    ),
    (
        "'We are at the start of a new era,' Satya Nadella told Microsoft Build 2024.",
        [
            (K, "Satya Nadella", "Microsoft Build 2024", False, True, False),
        ],
    ),
    (
        "Sundar Pichai opened Google I/O 2024 with a 30-minute presentation.",
        [
            (K, "Sundar Pichai", "Google I/O 2024", False, True, False),
        ],
    ),
    (
        "At Web Summit 2024 in Lisbon, Meredith Whittaker warned about surveillance.",
        [
            (K, "Meredith Whittaker", "Web Summit 2024", False, True, False),
        ],
    ),
    (
        "Guest speakers at the World Government Summit 2024 included Elon Musk, by video link, "
        "and Jensen Huang.",
        [
            (K, "Elon Musk", "World Government Summit 2024", False, True, False),
            (
                K,
                "Jensen Huang",
                "World Government Summit 2024",
                False,
                True,
                "speaks_at: the member after 'by video link, and' in 'Guest speakers ... included' is "
                "dropped",
            ),
        ],
    ),
    (
        "Keynote: Arthur Mensch, CEO, Mistral AI\nVivaTech 2024, Paris",
        [
            (K, "Arthur Mensch", "VivaTech 2024", False, True, False),
        ],
    ),
    (
        "Dario Amodei appeared on a panel at the AI Safety Summit 2024 alongside Demis Hassabis.",
        [
            (K, "Dario Amodei", "AI Safety Summit 2024", False, True, False),
            (
                K,
                "Demis Hassabis",
                "AI Safety Summit 2024",
                False,
                True,
                "speaks_at: 'Demis Hassabis' is typed ORG by the entity layer",
            ),
        ],
    ),
    (
        "Pat Gelsinger was interviewed on stage at Computex 2024 by Patrick Moorhead.",
        [
            (K, "Pat Gelsinger", "Computex 2024", False, True, False),
        ],
    ),
    (
        "Wang Jian, founder of Alibaba Cloud, gave a lecture at the Apsara Conference 2024.",
        [
            (K, "Wang Jian", "Apsara Conference 2024", False, True, False),
        ],
    ),
    (
        "Zhang Yaqin presented a paper at NeurIPS 2024.",
        [
            (K, "Zhang Yaqin", "NeurIPS 2024", False, True, False),
        ],
    ),
    (
        "Li Qiang delivered a keynote speech at the opening of the Annual Meeting of the New Champions 2024.",
        [
            (K, "Li Qiang", "Annual Meeting of the New Champions 2024", False, True, False),
        ],
    ),
    (
        "In his remarks to the China Development Forum 2024, Tim Cook praised Chinese developers.",
        [
            (
                K,
                "Tim Cook",
                "China Development Forum 2024",
                False,
                True,
                "speaks_at: 'In his remarks to the forum' is not read as speaking",
            ),
        ],
    ),
    (
        "Sam Altman will not speak at VivaTech 2024, the organisers said.",
        [
            (K, "Sam Altman", "VivaTech 2024", True, True, False),
        ],
    ),
    (
        "Greg Brockman was dropped from the speaker line-up for TechCrunch Disrupt 2024.",
        [
            (K, "Greg Brockman", "TechCrunch Disrupt 2024", False, False, False),
        ],
    ),
    (
        "Also attending the Future Investment Initiative 2024 were Larry Fink and Stephen Schwarzman.",
        [
            (A, "Larry Fink", "Future Investment Initiative 2024", False, True, False),
            (A, "Stephen Schwarzman", "Future Investment Initiative 2024", False, True, False),
        ],
    ),
    (
        "Sundar Pichai flew to Davos for the World Economic Forum Annual Meeting 2024.",
        [
            (A, "Sundar Pichai", "World Economic Forum Annual Meeting 2024", False, True, False),
        ],
    ),
    (
        "Lenovo chairman Yang Yuanqing visited the China International Import Expo 2024 on its opening day.",
        [
            (A, "Yang Yuanqing", "China International Import Expo 2024", False, True, False),
        ],
    ),
    (
        "Delegates from 120 countries, including representatives of Siemens and Hitachi, are at"
        " the Hannover Messe 2024.",
        [
            (A, "Siemens", "Hannover Messe 2024", False, True, False),
            (A, "Hitachi", "Hannover Messe 2024", False, True, False),
        ],
    ),
    (
        "Emmanuel Macron toured VivaTech 2024 on Wednesday, stopping at the Mistral AI stand.",
        [
            (A, "Emmanuel Macron", "VivaTech 2024", False, True, False),
        ],
    ),
    (
        "Marc Benioff was among the guests at the World Economic Forum Annual Meeting 2024.",
        [
            (A, "Marc Benioff", "World Economic Forum Annual Meeting 2024", False, True, False),
        ],
    ),
    (
        "Hundreds of start-ups are participating in Web Summit 2024, among them Synthesia and ElevenLabs.",
        [
            (A, "Synthesia", "Web Summit 2024", False, True, False),
            (A, "ElevenLabs", "Web Summit 2024", False, True, False),
        ],
    ),
    (
        "Absent from the World Artificial Intelligence Conference 2024 were Alibaba and Tencent.",
        [
            (A, "Alibaba", "World Artificial Intelligence Conference 2024", True, True, False),
            (A, "Tencent", "World Artificial Intelligence Conference 2024", True, True, False),
        ],
    ),
    (
        "LG Electronics dropped out of MWC Barcelona 2024 over virus fears.",
        [
            (A, "LG Electronics", "MWC Barcelona 2024", True, True, False),
        ],
    ),
    (
        "Amazon is boycotting GITEX Global 2024.",
        [
            (A, "Amazon", "GITEX Global 2024", True, True, False),
        ],
    ),
    (
        "Mark Zuckerberg declined an invitation to the AI Safety Summit 2024.",
        [
            (A, "Mark Zuckerberg", "AI Safety Summit 2024", True, True, False),
        ],
    ),
    (
        "Satya Nadella, who was due to attend the World Economic Forum Annual Meeting 2024, "
        "cancelled his trip.",
        [
            (A, "Satya Nadella", "World Economic Forum Annual Meeting 2024", True, True, False),
        ],
    ),
    (
        "No executives from OpenAI were present at the World Internet Conference Wuzhen Summit 2024.",
        [
            (A, "OpenAI", "World Internet Conference Wuzhen Summit 2024", True, True, False),
        ],
    ),
    (
        "Tesla was a no-show at Auto China 2024.",
        [
            (A, "Tesla", "Auto China 2024", True, True, False),
        ],
    ),
    (
        "Xiaomi will not exhibit at MWC Barcelona 2024, but its executives will attend.",
        [
            (E, "Xiaomi", "MWC Barcelona 2024", True, True, False),
            (
                A,
                "Xiaomi",
                "MWC Barcelona 2024",
                False,
                True,
                "attends: the but-clause 'its executives will attend' is missed, and a positive exhibits_at "
                "is added",
            ),
        ],
    ),
    (
        "Nissan has withdrawn from Auto China 2024, the carmaker said.",
        [
            (A, "Nissan", "Auto China 2024", True, True, False),
        ],
    ),
    (
        "In 2019 Huawei had the largest stand at MWC Barcelona; at the 2024 edition it took an "
        "even bigger hall.",
        [
            (
                E,
                "Huawei",
                "MWC Barcelona 2019",
                False,
                True,
                False,
            ),
            (E, "Huawei", "MWC Barcelona 2024", False, True, False),
        ],
    ),
    (
        "Intel sponsored CES 2023 but skipped CES 2024.",
        [
            (S, "Intel", "CES 2023", False, True, False),
            (A, "Intel", "CES 2024", True, True, False),
        ],
    ),
    (
        "Lisa Su spoke at Computex 2023, while at Computex 2024 she delivered the opening keynote.",
        [
            (K, "Lisa Su", "Computex 2023", False, True, False),
            (K, "Lisa Su", "Computex 2024", False, True, False),
        ],
    ),
    (
        "GITEX Global 2024 | Partners\n"
        "\n"
        "Headline Partner\n"
        "e& \n"
        "\n"
        "Platinum Partners\n"
        "Microsoft\n"
        "Oracle\n"
        "Cisco\n"
        "\n"
        "Gold Partners\n"
        "Dell Technologies, Lenovo and Kaspersky\n",
        [
            (S, "Microsoft", "GITEX Global 2024", False, True, False),
            (S, "Oracle", "GITEX Global 2024", False, True, False),
            (S, "Cisco", "GITEX Global 2024", False, True, False),
            (S, "Dell Technologies", "GITEX Global 2024", False, True, False),
            (S, "Lenovo", "GITEX Global 2024", False, True, False),
            (S, "Kaspersky", "GITEX Global 2024", False, True, False),
        ],
    ),
    (
        "Computex 2024 exhibitor list (selected)\n"
        "\n"
        "Exhibitor | Booth\n"
        "Asus | M0410\n"
        "Gigabyte | K0201\n"
        "MSI | M0910\n",
        [
            (E, "Asus", "Computex 2024", False, True, False),
            (E, "Gigabyte", "Computex 2024", False, True, False),
            (E, "MSI", "Computex 2024", False, True, False),
        ],
    ),
    (
        "VivaTech 2024 - Speakers\n"
        "\n"
        "Arthur Mensch, Co-founder and CEO, Mistral AI\n"
        "Yann LeCun, Chief AI Scientist, Meta\n"
        "Clara Chappaz, Director, La French Tech\n",
        [
            (K, "Arthur Mensch", "VivaTech 2024", False, True, False),
            (K, "Yann LeCun", "VivaTech 2024", False, True, False),
            (K, "Clara Chappaz", "VivaTech 2024", False, True, False),
            (S, "Meta", "VivaTech 2024", False, False, False),
            (E, "Meta", "VivaTech 2024", False, False, False),
        ],
    ),
    (
        "About the summit\n"
        "The Digital China Summit 2024 is jointly hosted by the Cyberspace Administration of "
        "China, the National Development and Reform Commission and the Fujian provincial "
        "government.",
        [
            (H, "Cyberspace Administration of China", "Digital China Summit 2024", False, True, False),
            (
                H,
                "National Development and Reform Commission",
                "Digital China Summit 2024",
                False,
                True,
                False,
            ),
        ],
    ),
    (
        "Qualcomm returned as a sponsor of Computex 2024 after a two-year absence.",
        [
            (S, "Qualcomm", "Computex 2024", False, True, False),
        ],
    ),
    (
        "Samsung, Computex 2024's largest sponsor, said it would show foldable phones.",
        [
            (S, "Samsung", "Computex 2024", False, True, False),
        ],
    ),
    (
        "The expo's sponsors, including Bosch and Siemens, paid for the opening gala at Hannover Messe 2024.",
        [
            (S, "Bosch", "Hannover Messe 2024", False, True, False),
            (S, "Siemens", "Hannover Messe 2024", False, True, False),
        ],
    ),
    (
        "MWC Barcelona 2024 has lost two of its biggest sponsors: Ericsson and Nokia.",
        [
            (S, "Ericsson", "MWC Barcelona 2024", True, True, False),
        ],
    ),
    (
        "Huawei, a sponsor of MWC Barcelona for a decade, is this year's lead partner of MWC Barcelona 2024.",
        [
            (S, "Huawei", "MWC Barcelona 2024", False, True, False),
        ],
    ),
    (
        "Lenovo has been named an official partner of the World Robot Conference 2024.",
        [
            (S, "Lenovo", "World Robot Conference 2024", False, True, False),
        ],
    ),
    (
        "iFlytek became the strategic partner of the World Intelligence Expo 2024 in March.",
        [
            (S, "iFlytek", "World Intelligence Expo 2024", False, True, False),
        ],
    ),
    (
        "Nvidia signed up as platinum sponsor for NeurIPS 2024.",
        [
            (S, "Nvidia", "NeurIPS 2024", False, True, False),
        ],
    ),
    (
        "Microsoft will back the AI for Good Global Summit 2024 as a founding partner.",
        [
            (S, "Microsoft", "AI for Good Global Summit 2024", False, True, False),
        ],
    ),
    (
        "Ericsson has sponsored MWC Barcelona every year since 2010, including MWC Barcelona 2024.",
        [
            (S, "Ericsson", "MWC Barcelona 2024", False, True, False),
        ],
    ),
    (
        "Google Cloud is among the backers of Web Summit 2024.",
        [
            (S, "Google Cloud", "Web Summit 2024", False, True, False),
        ],
    ),
    (
        "Sponsored by IBM, the hackathon at Web Summit 2024 drew 300 coders.",
        [
            (S, "IBM", "Web Summit 2024", False, False, False),
        ],
    ),
    (
        "Amazon's sponsorship of CES 2024 was its largest ever.",
        [
            (S, "Amazon", "CES 2024", False, True, False),
        ],
    ),
    (
        "CES 2024's sponsors included Google, whose Android booth drew crowds, and Amazon.",
        [
            (S, "Google", "CES 2024", False, True, False),
            (
                S,
                "Amazon",
                "CES 2024",
                False,
                True,
                "sponsors: the list member after a relative clause ('Google, whose Android booth ..., and "
                "Amazon') is dropped",
            ),
        ],
    ),
    (
        "Xiaomi's SU7 electric car made its debut at the Xiaomi booth at Auto China 2024.",
        [
            (E, "Xiaomi", "Auto China 2024", False, True, False),
        ],
    ),
    (
        "Among the 4,000 exhibitors at Hannover Messe 2024 were Microsoft, Siemens and SAP.",
        [
            (E, "Microsoft", "Hannover Messe 2024", False, True, False),
            (E, "SAP", "Hannover Messe 2024", False, True, False),
        ],
    ),
    (
        "Intel showcased Lunar Lake at its Computex 2024 booth.",
        [
            (E, "Intel", "Computex 2024", False, True, False),
        ],
    ),
    (
        "The Huawei pavilion at MWC Shanghai 2024 covered 3,000 square metres.",
        [
            (E, "Huawei", "MWC Shanghai 2024", False, True, False),
        ],
    ),
    (
        "BMW returned to CES 2024 with a stand in the West Hall.",
        [
            (E, "BMW", "CES 2024", False, True, False),
        ],
    ),
    (
        "Tencent and ByteDance both exhibited at the China International Import Expo 2024.",
        [
            (E, "Tencent", "China International Import Expo 2024", False, True, False),
            (E, "ByteDance", "China International Import Expo 2024", False, True, False),
        ],
    ),
    (
        "At the Volkswagen stand at Auto China 2024, visitors queued for the ID.Code concept.",
        [
            (E, "Volkswagen", "Auto China 2024", False, True, False),
        ],
    ),
    (
        "For the first time, Nvidia will not have a booth at CES 2024.",
        [
            (E, "Nvidia", "CES 2024", True, True, False),
        ],
    ),
    (
        "Leapmotor brought five models to the Auto China 2024 exhibition.",
        [
            (E, "Leapmotor", "Auto China 2024", False, True, False),
        ],
    ),
    (
        "Sharp and Kyocera are showing robots at CEATEC 2024 in Chiba.",
        [
            (E, "Sharp", "CEATEC 2024", False, True, False),
            (E, "Kyocera", "CEATEC 2024", False, True, False),
        ],
    ),
    (
        "Chinese exhibitors at IFA 2024 include Honor, TCL and Haier.",
        [
            (E, "Honor", "IFA 2024", False, True, False),
            (E, "TCL", "IFA 2024", False, True, False),
            (E, "Haier", "IFA 2024", False, True, False),
        ],
    ),
    (
        "Boston Dynamics demonstrated Atlas at Automatica 2024 in Munich.",
        [
            (
                E,
                "Boston Dynamics",
                "Automatica 2024",
                False,
                True,
                False,
            ),
        ],
    ),
    (
        "SK Hynix displayed HBM3E samples at SEMICON Taiwan 2024.",
        [
            (E, "SK Hynix", "SEMICON Taiwan 2024", False, True, False),
        ],
    ),
    (
        "TSMC did not have a booth at SEMICON West 2024.",
        [
            (E, "TSMC", "SEMICON West 2024", True, True, False),
        ],
    ),
    (
        "The exhibition at the World Artificial Intelligence Conference 2024 featured humanoids"
        " from Unitree, Fourier and Agibot.",
        [
            (
                E,
                "Unitree",
                "World Artificial Intelligence Conference 2024",
                False,
                True,
                "exhibits_at: 'the exhibition ... featured humanoids from A, B and C' is not read as "
                "exhibiting",
            ),
            (
                E,
                "Fourier",
                "World Artificial Intelligence Conference 2024",
                False,
                True,
                "exhibits_at: 'the exhibition ... featured humanoids from A, B and C' is not read as "
                "exhibiting",
            ),
        ],
    ),
    (
        "BYD opened its stand at Auto China 2024 on Thursday. The Shenzhen-based carmaker showed 12 models.",
        [
            (E, "BYD", "Auto China 2024", False, True, False),
        ],
    ),
    (
        "Auto China 2024 opened on Thursday. Geely showed 20 models, while Great Wall Motor "
        "skipped the show.",
        [
            (
                E,
                "Geely",
                "Auto China 2024",
                False,
                True,
                "exhibits_at: 'Geely showed 20 models' (no 'at' phrase) is not carried to the story's "
                "edition",
            ),
            (A, "Great Wall Motor", "Auto China 2024", True, True, False),
        ],
    ),
    (
        "Missing from MWC Barcelona 2024 are Sony and Meta.",
        [
            (A, "Sony", "MWC Barcelona 2024", True, True, False),
            (A, "Meta", "MWC Barcelona 2024", True, True, False),
        ],
    ),
    (
        "Exhibiting companies at Computex 2024 include Nvidia, AMD and Intel.",
        [
            (E, "Nvidia", "Computex 2024", False, True, False),
            (E, "Intel", "Computex 2024", False, True, False),
        ],
    ),
    (
        "Competing companies at Computex 2024 include Nvidia and AMD.",
        [
            (E, "Nvidia", "Computex 2024", False, False, False),
        ],
    ),
    (
        "SEMICON West 2024 opens in San Francisco on Tuesday. Exhibitors include Lam Research; "
        "KLA; Tokyo Electron; and Applied Materials.",
        [
            (E, "Lam Research", "SEMICON West 2024", False, True, False),
            (E, "KLA", "SEMICON West 2024", False, True, False),
            (E, "Tokyo Electron", "SEMICON West 2024", False, True, False),
        ],
    ),
    (
        "Computex 2024 opens in Taipei on Tuesday. Nvidia chief executive Jensen Huang will "
        "give the keynote.",
        [
            (K, "Jensen Huang", "Computex 2024", False, True, False),
        ],
    ),
    (
        "Computex 2024 opens in Taipei on Tuesday. Among the keynote speakers are AMD's Lisa Su"
        " and Qualcomm's Cristiano Amon.",
        [
            (K, "Lisa Su", "Computex 2024", False, True, False),
            (K, "Cristiano Amon", "Computex 2024", False, True, False),
        ],
    ),
    (
        "Hosts: Taipei Computer Association and Taiwan External Trade Development Council\n"
        "Computex 2024, Taipei, June 4-7",
        [
            (
                H,
                "Taipei Computer Association",
                "Computex 2024",
                False,
                True,
                False,
            ),
        ],
    ),
    (
        "The World Internet Conference Wuzhen Summit 2024 is co-organised by the Cyberspace "
        "Administration of China and the Zhejiang provincial government.",
        [
            (
                H,
                "Cyberspace Administration of China",
                "World Internet Conference Wuzhen Summit 2024",
                False,
                True,
                False,
            ),
        ],
    ),
    (
        "Speakers: Jensen Huang (Nvidia), Lisa Su (AMD), Rene Haas (Arm)\nComputex 2024 keynote programme",
        [
            (
                K,
                "Jensen Huang",
                "Computex 2024",
                False,
                True,
                "entity layer: the people of a 'Speakers:' line above the event line are not found",
            ),
            (
                K,
                "Rene Haas",
                "Computex 2024",
                False,
                True,
                "entity layer: the people of a 'Speakers:' line above the event line are not found",
            ),
        ],
    ),
    (
        "MWC Barcelona 2024 opened on Monday. Among the companies absent were Nokia and Meta.",
        [
            (A, "Nokia", "MWC Barcelona 2024", True, True, False),
            (A, "Meta", "MWC Barcelona 2024", True, True, False),
        ],
    ),
    (
        "MWC Barcelona 2024 opened on Monday. Nokia, which in previous years had one of the "
        "largest stands, did not exhibit.",
        [
            (E, "Nokia", "MWC Barcelona 2024", True, True, False),
        ],
    ),
    (
        "CES 2024 opened in Las Vegas. Sony chairman Kenichiro Yoshida took the stage to show "
        "the Afeela car.",
        [
            (K, "Kenichiro Yoshida", "CES 2024", False, True, False),
        ],
    ),
    (
        "Chinese carmakers such as Nio, Xpeng and Li Auto exhibited at IAA Mobility 2024 in Munich.",
        [
            (E, "Nio", "IAA Mobility 2024", False, True, False),
            (E, "Xpeng", "IAA Mobility 2024", False, True, False),
            (E, "Li Auto", "IAA Mobility 2024", False, True, False),
        ],
    ),
    (
        "Exhibiting companies at Computex 2024 include chipmakers such as Nvidia, AMD and Intel.",
        [
            (E, "Nvidia", "Computex 2024", False, True, False),
            (E, "AMD", "Computex 2024", False, True, False),
        ],
    ),
    (
        "Intel chief executive Pat Gelsinger, speaking at Computex 2024, said Lunar Lake would "
        "ship in September.",
        [
            (K, "Pat Gelsinger", "Computex 2024", False, True, False),
        ],
    ),
    (
        "Both Huawei and ZTE have booths at MWC Barcelona 2024.",
        [
            (E, "Huawei", "MWC Barcelona 2024", False, True, False),
            (E, "ZTE", "MWC Barcelona 2024", False, True, False),
        ],
    ),
    (
        "Meta Connect 2024 was hosted by Meta at its headquarters; Mark Zuckerberg gave the keynote.",
        [
            (H, "Meta", "Meta Connect 2024", False, True, False),
            (K, "Mark Zuckerberg", "Meta Connect 2024", False, True, False),
        ],
    ),
    (
        "Taking part in the Digital China Summit 2024 were Huawei, Alibaba Cloud and China Mobile.",
        [
            (A, "Huawei", "Digital China Summit 2024", False, True, False),
            (A, "China Mobile", "Digital China Summit 2024", False, True, False),
        ],
    ),
    (
        "Speaking at the Digital China Summit 2024 were Robin Li and Zhou Hongyi.",
        [
            (K, "Robin Li", "Digital China Summit 2024", False, True, False),
            (K, "Zhou Hongyi", "Digital China Summit 2024", False, True, False),
        ],
    ),
    (
        "Exhibiting at the Digital China Summit 2024 were Huawei and Inspur.",
        [
            (E, "Huawei", "Digital China Summit 2024", False, True, False),
            (E, "Inspur", "Digital China Summit 2024", False, True, False),
        ],
    ),
    (
        "Missing from this year's MWC Barcelona 2024 line-up are Sony and Meta.",
        [
            (A, "Sony", "MWC Barcelona 2024", True, True, False),
        ],
    ),
    (
        "No Chinese chipmaker exhibited at SEMICON West 2024, though SMIC sent observers.",
        [
            (A, "SMIC", "SEMICON West 2024", False, True, False),
        ],
    ),
    (
        "Hosted by the GSMA, MWC Shanghai 2024 drew 40,000 visitors.",
        [
            (H, "GSMA", "MWC Shanghai 2024", False, True, False),
        ],
    ),
    (
        "The GSMA said MWC Shanghai 2024, which it organises, drew 40,000 visitors.",
        [
            (H, "GSMA", "MWC Shanghai 2024", False, True, False),
        ],
    ),
    (
        "The organisers of MWC Shanghai 2024, the GSMA, said 40,000 visitors came.",
        [
            (H, "GSMA", "MWC Shanghai 2024", False, True, False),
        ],
    ),
    (
        "Alibaba is not among the sponsors of the Asian Games 2024.",
        [
            (S, "Alibaba", "Asian Games 2024", True, True, False),
        ],
    ),
    (
        "Neither Apple nor Google is exhibiting at CES 2024.",
        [
            (E, "Apple", "CES 2024", True, True, False),
            (E, "Google", "CES 2024", True, True, False),
        ],
    ),
    (
        "Honor did not send executives to MWC Shanghai 2024.",
        [
            (A, "Honor", "MWC Shanghai 2024", True, True, False),
        ],
    ),
    (
        "Jensen Huang was not at Computex 2024 this year.",
        [
            (A, "Jensen Huang", "Computex 2024", True, True, False),
        ],
    ),
    (
        "Web Summit 2024 sponsors\n"
        "\n"
        "Tier | Company\n"
        "Premier | Google Cloud\n"
        "Premier | Siemens\n"
        "Gold | Salesforce\n",
        [
            (S, "Siemens", "Web Summit 2024", False, True, False),
            (S, "Salesforce", "Web Summit 2024", False, True, False),
        ],
    ),
    (
        "A panel featuring Mira Murati and Arthur Mensch closed VivaTech 2024.",
        [
            (K, "Mira Murati", "VivaTech 2024", False, True, False),
            (K, "Arthur Mensch", "VivaTech 2024", False, True, False),
        ],
    ),
    (
        "Sam Altman, who had been due to speak at VivaTech 2024, pulled out on Friday.",
        [
            (K, "Sam Altman", "VivaTech 2024", False, False, False),
            (A, "Sam Altman", "VivaTech 2024", True, True, False),
        ],
    ),
    (
        "The fireside chat with Satya Nadella was the highlight of Web Summit 2024.",
        [
            (K, "Satya Nadella", "Web Summit 2024", False, True, False),
        ],
    ),
    (
        "Jensen Huang's keynote drew 15,000 people to the SAP Center for GTC 2024.",
        [
            (K, "Jensen Huang", "GTC 2024", False, True, False),
        ],
    ),
    (
        "The opening address at the Boao Forum for Asia Annual Conference 2024 was delivered by Zhao Leji.",
        [
            (K, "Zhao Leji", "Boao Forum for Asia Annual Conference 2024", False, True, False),
        ],
    ),
    (
        "Kai-Fu Lee and Zhang Peng shared the stage at the World Artificial Intelligence Conference 2024.",
        [
            (K, "Kai-Fu Lee", "World Artificial Intelligence Conference 2024", False, True, False),
            (K, "Zhang Peng", "World Artificial Intelligence Conference 2024", False, True, False),
        ],
    ),
    (
        "Robin Li, Baidu's co-founder, will address the opening ceremony of the World Internet "
        "Conference Wuzhen Summit 2024.",
        [
            (K, "Robin Li", "World Internet Conference Wuzhen Summit 2024", False, True, False),
        ],
    ),
    (
        "Reid Hoffman interviewed Mustafa Suleyman on stage at SXSW 2024.",
        [
            (K, "Reid Hoffman", "SXSW 2024", False, True, False),
            (K, "Mustafa Suleyman", "SXSW 2024", False, True, False),
        ],
    ),
    (
        "Anthropic's Jack Clark testified before the panel; he did not speak at SXSW 2024.",
        [
            (K, "Jack Clark", "SXSW 2024", True, True, False),
        ],
    ),
    (
        "Huawei rotating chairman Eric Xu opened Huawei Connect 2024 with a keynote.",
        [
            (K, "Eric Xu", "Huawei Connect 2024", False, True, False),
        ],
    ),
    (
        "Huawei hosts Huawei Connect 2024 in Shanghai from September 19.",
        [
            (
                H,
                "Huawei",
                "Huawei Connect 2024",
                False,
                True,
                "organizes: 'Huawei hosts Huawei Connect 2024' (the edition as object of 'hosts') is not "
                "read",
            ),
        ],
    ),
    (
        "Baidu will host Baidu World 2024 on November 12.",
        [
            (H, "Baidu", "Baidu World 2024", False, True, False),
        ],
    ),
    (
        "Co-organisers of the Global Digital Trade Expo 2024 are the Ministry of Commerce and "
        "the Zhejiang provincial government.",
        [
            (H, "Ministry of Commerce", "Global Digital Trade Expo 2024", False, True, False),
        ],
    ),
    (
        "Tencent, which organises the Global Digital Ecosystem Summit 2024, said 500 partners would attend.",
        [
            (H, "Tencent", "Global Digital Ecosystem Summit 2024", False, True, False),
        ],
    ),
    (
        "Huawei was the main sponsor of MWC Shanghai 2023, but it is not sponsoring MWC Shanghai 2024.",
        [
            (S, "Huawei", "MWC Shanghai 2023", False, True, False),
            (S, "Huawei", "MWC Shanghai 2024", True, True, False),
        ],
    ),
    (
        "Samsung exhibited at IFA 2023; in 2024 the company skipped IFA.",
        [
            (E, "Samsung", "IFA 2023", False, True, False),
        ],
    ),
    (
        "Nokia exhibited at MWC Barcelona 2023 and MWC Barcelona 2024.",
        [
            (E, "Nokia", "MWC Barcelona 2023", False, True, False),
            (E, "Nokia", "MWC Barcelona 2024", False, True, False),
        ],
    ),
    (
        "Lisa Su gave keynotes at CES 2023 and at Computex 2024.",
        [
            (K, "Lisa Su", "CES 2023", False, True, False),
            (K, "Lisa Su", "Computex 2024", False, True, False),
        ],
    ),
    (
        "Apple declined to attend the China International Supply Chain Expo 2024.",
        [
            (A, "Apple", "China International Supply Chain Expo 2024", True, True, False),
        ],
    ),
    (
        "Elon Musk was conspicuously absent from VivaTech 2024.",
        [
            (A, "Elon Musk", "VivaTech 2024", True, True, False),
        ],
    ),
    (
        "Amazon has no plans to attend Auto Shanghai 2024.",
        [
            (A, "Amazon", "Auto Shanghai 2024", True, True, False),
        ],
    ),
    (
        "Sundar Pichai will be absent from the World Economic Forum Annual Meeting 2024.",
        [
            (A, "Sundar Pichai", "World Economic Forum Annual Meeting 2024", True, True, False),
        ],
    ),
    (
        "Microsoft won't be at MWC Barcelona 2024, a spokesperson said.",
        [
            (A, "Microsoft", "MWC Barcelona 2024", True, True, False),
        ],
    ),
    (
        "Western chip firms shunned the World Semiconductor Conference 2024; Qualcomm boycotted it outright.",
        [
            (A, "Qualcomm", "World Semiconductor Conference 2024", True, True, False),
        ],
    ),
    (
        "Huawei was barred from attending the Munich Security Conference 2024.",
        [
            (A, "Huawei", "Munich Security Conference 2024", True, True, False),
        ],
    ),
    (
        "Jensen Huang missed Computex 2024 because of a scheduling conflict.",
        [
            (A, "Jensen Huang", "Computex 2024", True, True, False),
        ],
    ),
    (
        "Kuka opted out of Hannover Messe 2024.",
        [
            (A, "Kuka", "Hannover Messe 2024", True, True, False),
        ],
    ),
    (
        "Apple did not attend CES 2024, but Google did.",
        [
            (A, "Apple", "CES 2024", True, True, False),
        ],
    ),
    (
        "Meta, which skipped MWC Barcelona 2024, will attend GITEX Global 2024.",
        [
            (A, "Meta", "MWC Barcelona 2024", True, True, False),
            (A, "Meta", "GITEX Global 2024", False, True, False),
        ],
    ),
    (
        "Sony did not skip CES 2024.",
        [
            (A, "Sony", "CES 2024", True, False, False),
        ],
    ),
    (
        "Amazon has no intention of exhibiting at Auto Shanghai 2024.",
        [
            (E, "Amazon", "Auto Shanghai 2024", True, True, False),
            (E, "Amazon", "Auto Shanghai 2024", False, False, False),
        ],
    ),
    (
        "Amazon has plans to attend Auto Shanghai 2024.",
        [
            (A, "Amazon", "Auto Shanghai 2024", False, True, False),
        ],
    ),
    (
        "Lisa Su accepted an invitation to speak at Computex 2024.",
        [
            (K, "Lisa Su", "Computex 2024", False, True, False),
        ],
    ),
    (
        "Satya Nadella told Microsoft Build 2024 that agents were coming.",
        [
            (K, "Satya Nadella", "Microsoft Build 2024", False, True, False),
        ],
    ),
    (
        "Also sponsoring Web Summit 2024: Siemens, SAP and Volkswagen.",
        [
            (S, "Siemens", "Web Summit 2024", False, True, False),
            (S, "Volkswagen", "Web Summit 2024", False, True, False),
        ],
    ),
    (
        "Also taking part in GITEX Global 2024: Oracle and Cisco.",
        [
            (A, "Oracle", "GITEX Global 2024", False, True, False),
        ],
    ),
    (
        "Conspicuously missing from CES 2024 was Apple.",
        [
            (A, "Apple", "CES 2024", True, True, False),
        ],
    ),
    (
        "Absent from Computex 2024 this year are Intel and Qualcomm.",
        [
            (A, "Intel", "Computex 2024", True, True, False),
            (A, "Qualcomm", "Computex 2024", True, True, False),
        ],
    ),
    (
        "Attending the Digital China Summit 2024 were Pony Ma and Lei Jun.",
        [
            (A, "Pony Ma", "Digital China Summit 2024", False, True, False),
            (
                A,
                "Lei Jun",
                "Digital China Summit 2024",
                False,
                True,
                "entity layer: the name takes the final period ('Lei Jun.')",
            ),
        ],
    ),
    (
        "Xiaomi is among the exhibitors at MWC Barcelona 2024.",
        [
            (E, "Xiaomi", "MWC Barcelona 2024", False, True, False),
        ],
    ),
    (
        "Lenovo, one of the sponsors of the World Robot Conference 2024, showed a robot dog.",
        [
            (S, "Lenovo", "World Robot Conference 2024", False, True, False),
        ],
    ),
    (
        "Oppo will be exhibiting at MWC Barcelona 2024 for the first time since 2020.",
        [
            (E, "Oppo", "MWC Barcelona 2024", False, True, False),
        ],
    ),
    (
        "Hisense returns to CES 2024 as an exhibitor.",
        [
            (E, "Hisense", "CES 2024", False, True, False),
        ],
    ),
    (
        "Computex 2024 kicked off with a keynote from Lisa Su.",
        [
            (K, "Lisa Su", "Computex 2024", False, True, False),
        ],
    ),
    (
        "Pat Gelsinger, who spoke at Computex 2024, said Intel was back.",
        [
            (K, "Pat Gelsinger", "Computex 2024", False, True, False),
        ],
    ),
    (
        "At Computex 2024, where Jensen Huang spoke for two hours, Nvidia unveiled Rubin.",
        [
            (K, "Jensen Huang", "Computex 2024", False, True, False),
        ],
    ),
    (
        "Jensen Huang said in a speech at Computex 2024 that the next industrial revolution had begun.",
        [
            (K, "Jensen Huang", "Computex 2024", False, True, False),
        ],
    ),
    (
        "Cristiano Amon will headline Computex 2024 on Tuesday.",
        [
            (K, "Cristiano Amon", "Computex 2024", False, True, False),
        ],
    ),
    (
        "The GSMA, MWC Barcelona 2024's organiser, said 95,000 people came.",
        [
            (H, "GSMA", "MWC Barcelona 2024", False, True, False),
        ],
    ),
    (
        "MWC Barcelona 2024 organiser GSMA said 95,000 people came.",
        [
            (H, "GSMA", "MWC Barcelona 2024", False, True, False),
        ],
    ),
    (
        "Sponsored by Aramco and STC, LEAP 2024 drew 200,000 visitors.",
        [
            (S, "Aramco", "LEAP 2024", False, True, False),
            (S, "STC", "LEAP 2024", False, True, False),
        ],
    ),
    (
        "Jensen Huang met Morris Chang on the sidelines of Computex 2024.",
        [
            (A, "Jensen Huang", "Computex 2024", False, True, False),
            (A, "Morris Chang", "Computex 2024", False, True, False),
        ],
    ),
    (
        "Google and Amazon were among the companies taking part in SXSW 2024.",
        [
            (A, "Google", "SXSW 2024", False, True, False),
            (A, "Amazon", "SXSW 2024", False, True, False),
        ],
    ),
    (
        "Exhibitors at CES 2024 numbered 4,300, including Samsung, LG and Bosch.",
        [
            (E, "Samsung", "CES 2024", False, True, False),
            (E, "Bosch", "CES 2024", False, True, False),
        ],
    ),
    (
        "Nvidia occupied the largest booth at Computex 2024.",
        [
            (E, "Nvidia", "Computex 2024", False, True, False),
        ],
    ),
    (
        "Visitors flocked to the Nvidia booth at Computex 2024.",
        [
            (E, "Nvidia", "Computex 2024", False, True, False),
        ],
    ),
    (
        "Microsoft was a sponsor of CES 2023 but is not a sponsor of CES 2024.",
        [
            (S, "Microsoft", "CES 2023", False, True, False),
            (S, "Microsoft", "CES 2024", True, True, False),
        ],
    ),
    (
        "OpenAI did not have a presence at CES 2024.",
        [
            (A, "OpenAI", "CES 2024", True, True, False),
        ],
    ),
    (
        "Sony will not return to CES 2024, ending a 40-year run.",
        [
            (A, "Sony", "CES 2024", True, True, False),
        ],
    ),
    (
        "Huawei has no stand at MWC Barcelona 2024.",
        [
            (E, "Huawei", "MWC Barcelona 2024", True, True, False),
        ],
    ),
    (
        "Nokia cancelled its booth at MWC Barcelona 2024.",
        [
            (E, "Nokia", "MWC Barcelona 2024", True, True, False),
        ],
    ),
    (
        "Slush 2024 opened in Helsinki on Wednesday. Speakers included Niklas Zennstrom and Ilkka Paananen.",
        [
            (K, "Niklas Zennstrom", "Slush 2024", False, True, False),
            (K, "Ilkka Paananen", "Slush 2024", False, True, False),
        ],
    ),
    (
        "RSA Conference 2024 opened in San Francisco. CrowdStrike and Palo Alto Networks are "
        "among the exhibitors.",
        [
            (E, "CrowdStrike", "RSA Conference 2024", False, True, False),
            (E, "Palo Alto Networks", "RSA Conference 2024", False, True, False),
        ],
    ),
    (
        "Collision 2024, organised by Web Summit, runs in Toronto.",
        [
            (
                H,
                "Web Summit",
                "Collision 2024",
                False,
                True,
                "event layer: 'Collision' is left out of the KB (it fires on the common word), so 'Web "
                "Summit' is taken for the edition",
            ),
        ],
    ),
    (
        "Baidu was not among the exhibitors at the World Artificial Intelligence Conference 2024.",
        [
            (E, "Baidu", "World Artificial Intelligence Conference 2024", True, True, False),
        ],
    ),
    (
        "Yann LeCun was not on the speaker list for VivaTech 2024.",
        [
            (K, "Yann LeCun", "VivaTech 2024", True, True, False),
        ],
    ),
    (
        "Nvidia is not an organiser of Computex 2024.",
        [
            (H, "Nvidia", "Computex 2024", True, True, False),
        ],
    ),
    (
        "Tencent and NetEase are no longer sponsors of ChinaJoy 2024.",
        [
            (S, "Tencent", "ChinaJoy 2024", True, True, False),
        ],
    ),
    (
        "Anthropic did not send anyone to the World Artificial Intelligence Conference 2024.",
        [
            (A, "Anthropic", "World Artificial Intelligence Conference 2024", True, True, False),
        ],
    ),
    (
        "Nokia did not cancel its booth at MWC Barcelona 2024.",
        [
            (E, "Nokia", "MWC Barcelona 2024", True, False, False),
        ],
    ),
    (
        "Apple sent staff to CES 2024.",
        [
            (A, "Apple", "CES 2024", False, True, False),
        ],
    ),
    (
        "Nokia scrapped its stand at Hannover Messe 2024 in March.",
        [
            (E, "Nokia", "Hannover Messe 2024", True, True, False),
            (E, "Nokia", "Hannover Messe 2024", False, False, False),
        ],
    ),
]

# (predicate, text, subject, object, negated, expected) rows, as case_table_test takes them
ROWS = [
    pytest.param(
        row[0], text, *row[1:5], marks=[pytest.mark.xfail(reason=str(row[5]), strict=True)] if row[5] else []
    )
    for text, rows in CASES
    for row in rows
]

test_relations_participation_r2 = case_table_test(ROWS)

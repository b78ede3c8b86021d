"""Round-2 construction space for employs, based_in and held_in: wire, agenda, executive-move,
company-description and event-venue wordings written for these tests (positive and negative)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.test_extract_relations import check_case

EMPLOYS = [
    # text, org, person, expected
    (
        "ASML chief executive Christophe Fouquet told analysts demand remained strong.",
        "ASML",
        "Christophe Fouquet",
        True,
    ),
    ("Christophe Fouquet, who heads ASML, said orders rose.", "ASML", "Christophe Fouquet", True),
    ("ASML's Christophe Fouquet said orders rose in the quarter.", "ASML", "Christophe Fouquet", True),
    ("Rene Haas, chief executive of Arm Holdings, said royalties grew.", "Arm Holdings", "Rene Haas", True),
    (
        "Sebastian Siemiatkowski, founder of Klarna, said the bank would cut staff.",
        "Klarna",
        "Sebastian Siemiatkowski",
        True,
    ),
    ("Klarna co-founder Victor Jacobsson sold shares.", "Klarna", "Victor Jacobsson", True),
    (
        "Aravind Srinivas, who co-founded Perplexity in 2022, said traffic doubled.",
        "Perplexity",
        "Aravind Srinivas",
        True,
    ),
    ("Perplexity was founded by Aravind Srinivas and Denis Yarats.", "Perplexity", "Denis Yarats", True),
    ("Perplexity was founded by Aravind Srinivas and Denis Yarats.", "Perplexity", "Aravind Srinivas", True),
    ("01.AI, the start-up founded by Kai-Fu Lee, cut prices.", "01.AI", "Kai-Fu Lee", True),
    ("Jan Leike left OpenAI to join Anthropic in May.", "Anthropic", "Jan Leike", True),
    (
        "Arthur Mensch, a former Google DeepMind researcher, co-founded Mistral AI.",
        "Mistral AI",
        "Arthur Mensch",
        True,
    ),
    (
        "Arthur Mensch, a former Google DeepMind researcher, co-founded Mistral AI.",
        "Google DeepMind",
        "Arthur Mensch",
        True,
    ),
    (
        "\u201cWe are not worried,\u201d said Mistral AI CTO Timothee Lacroix.",
        "Mistral AI",
        "Timothee Lacroix",
        True,
    ),
    (
        "The model is cheaper, said Timothee Lacroix, Mistral AI's chief technology officer.",
        "Mistral AI",
        "Timothee Lacroix",
        True,
    ),
    (
        "Prices will fall, according to Brad Lightcap, OpenAI's chief operating officer.",
        "OpenAI",
        "Brad Lightcap",
        True,
    ),
    ("SK Hynix named Kwak Noh-jung its new chief executive.", "SK Hynix", "Kwak Noh-jung", True),
    ("Kwak Noh-jung was named chief executive of SK Hynix in 2022.", "SK Hynix", "Kwak Noh-jung", True),
    (
        "Samsung Electronics appointed Jun Young-hyun to head its chip division.",
        "Samsung Electronics",
        "Jun Young-hyun",
        True,
    ),
    ("Lip-Bu Tan, the newly appointed Intel CEO, met suppliers.", "Intel", "Lip-Bu Tan", True),
    (
        "Tesla's head of AI software, Ashok Elluswamy, said the rollout was on track.",
        "Tesla",
        "Ashok Elluswamy",
        True,
    ),
    ("Lei Jun, Xiaomi's founder and chairman, unveiled the car.", "Xiaomi", "Lei Jun", True),
    ("Xiaomi president Lu Weibing said margins improved.", "Xiaomi", "Lu Weibing", True),
    ("Lei Jun praised Huawei's new phones on Friday.", "Huawei", "Lei Jun", False),
    ("Lu Weibing met Nvidia's Jensen Huang in Beijing.", "Nvidia", "Lu Weibing", False),
    ("Daniela Amodei, president of Anthropic, spoke first.", "Anthropic", "Daniela Amodei", True),
    ("Mark Chen, chief research officer at OpenAI, presented the results.", "OpenAI", "Mark Chen", True),
    ("Kevin Scott, Microsoft's chief technology officer, wrote a memo.", "Microsoft", "Kevin Scott", True),
    ("Microsoft CTO Kevin Scott and Google's Jeff Dean shared the stage.", "Google", "Jeff Dean", True),
    ("Microsoft CTO Kevin Scott and Google's Jeff Dean shared the stage.", "Google", "Kevin Scott", False),
    ("Thomas Kurian runs Google Cloud, which grew 30%.", "Google Cloud", "Thomas Kurian", True),
    ("Google Cloud, led by Thomas Kurian, signed the deal.", "Google Cloud", "Thomas Kurian", True),
    ("Matt Garman took over as AWS chief executive in June.", "AWS", "Matt Garman", True),
    ("Former Meta executive Nick Clegg joined the board.", "Meta", "Nick Clegg", True),
    (
        "Nick Clegg, who stepped down as Meta's president of global affairs, spoke.",
        "Meta",
        "Nick Clegg",
        True,
    ),
    ("Zhipu AI's chief executive, Zhang Peng, said revenue tripled.", "Zhipu AI", "Zhang Peng", True),
    ("MiniMax founder Yan Junjie declined to comment.", "MiniMax", "Yan Junjie", True),
    (
        "MiniMax released a video model. The company's founder, Yan Junjie, said demand was high.",
        "MiniMax",
        "Yan Junjie",
        True,
    ),
    (
        "Zhipu AI raised new money. Its chief executive, Zhang Peng, said it would expand.",
        "Zhipu AI",
        "Zhang Peng",
        True,
    ),
    (
        "SEOUL, May 3 (Reuters) - Samsung Electronics co-CEO Han Jong-hee said chip demand rose.",
        "Samsung Electronics",
        "Han Jong-hee",
        True,
    ),
    ("Ex-Google engineer Linwei Ding was charged with stealing secrets.", "Google", "Linwei Ding", True),
    (
        "Speakers: Clem Delangue (Hugging Face), Arthur Mensch (Mistral AI)",
        "Hugging Face",
        "Clem Delangue",
        True,
    ),
    (
        "Speakers: Clem Delangue (Hugging Face), Arthur Mensch (Mistral AI)",
        "Mistral AI",
        "Arthur Mensch",
        True,
    ),
    (
        "Jonathan Ross, founder and chief executive of Groq, said the chips were sold out.",
        "Groq",
        "Jonathan Ross",
        True,
    ),
    ("Groq, whose founder Jonathan Ross once worked at Google, raised money.", "Groq", "Jonathan Ross", True),
    ("Kwak Noh-jung will become chief executive of SK Hynix next year.", "SK Hynix", "Kwak Noh-jung", False),
    ("Sundar Pichai said Samsung was a key partner.", "Samsung", "Sundar Pichai", False),
    (
        "Alan Estevez, the Commerce Department's under secretary for industry and security, spoke.",
        "Commerce Department",
        "Alan Estevez",
        True,
    ),
]

BASED_IN = [
    # text, org, country, expected
    (
        "Unitree Robotics, a Hangzhou-based robot maker, is among China's fastest-growing start-ups.",
        "Unitree Robotics",
        "China",
        True,
    ),
    ("Dutch chip-equipment maker ASML said orders rose.", "ASML", "Netherlands", True),
    (
        "ASML reported orders. The Dutch chip-equipment maker said China sales fell.",
        "ASML",
        "Netherlands",
        True,
    ),
    (
        "Samsung Electronics of South Korea reported a profit jump.",
        "Samsung Electronics",
        "South Korea",
        True,
    ),
    ("Chinese AI start-ups Zhipu AI and MiniMax raised money.", "MiniMax", "China", True),
    ("Chinese AI start-ups Zhipu AI and MiniMax raised money.", "Zhipu AI", "China", True),
    ("South Korea's Naver launched a model.", "Naver", "South Korea", True),
    ("Naver, South Korea's largest internet company, launched a model.", "Naver", "South Korea", True),
    ("Japanese conglomerate SoftBank Group bought a stake.", "SoftBank Group", "Japan", True),
    ("Britain's Arm Holdings raised prices.", "Arm Holdings", "United Kingdom", True),
    ("UK chip designer Graphcore was sold.", "Graphcore", "United Kingdom", True),
    ("Israel-based Mobileye cut its forecast.", "Mobileye", "Israel", True),
    ("Mobileye, which is based in Jerusalem, Israel, cut its forecast.", "Mobileye", "Israel", True),
    ("Taiwanese contract manufacturer Foxconn builds servers.", "Foxconn", "Taiwan", True),
    ("Taiwan's MediaTek unveiled a chip.", "MediaTek", "Taiwan", True),
    ("MediaTek of Taiwan unveiled a chip.", "MediaTek", "Taiwan", True),
    ("Canadian start-up Cohere raised $500 million.", "Cohere", "Canada", True),
    (
        "Cohere, a Toronto-based rival to OpenAI, is Canada's best-funded AI company.",
        "Cohere",
        "Canada",
        True,
    ),
    (
        "Cohere, a Toronto-based rival to OpenAI, is Canada's best-funded AI company.",
        "OpenAI",
        "Canada",
        False,
    ),
    ("French AI champion Mistral AI raised money.", "Mistral AI", "France", True),
    ("German start-up Aleph Alpha pivoted.", "Aleph Alpha", "Germany", True),
    ("Aleph Alpha, which is headquartered in Heidelberg, Germany, pivoted.", "Aleph Alpha", "Germany", True),
    ("Emirati AI firm G42 signed a deal with Microsoft.", "G42", "United Arab Emirates", True),
    ("Emirati AI firm G42 signed a deal with Microsoft.", "Microsoft", "United Arab Emirates", False),
    ("Indian IT services firm Infosys signed the deal.", "Infosys", "India", True),
    ("Swedish telecom equipment maker Ericsson cut jobs.", "Ericsson", "Sweden", True),
    ("Finland's Nokia and Sweden's Ericsson cut jobs.", "Nokia", "Finland", True),
    ("Finland's Nokia and Sweden's Ericsson cut jobs.", "Ericsson", "Sweden", True),
    ("Finland's Nokia and Sweden's Ericsson cut jobs.", "Ericsson", "Finland", False),
    ("US chip giants Nvidia, AMD and Qualcomm lobbied against the rule.", "Qualcomm", "United States", True),
    (
        "American chipmakers such as Micron and Texas Instruments lobbied.",
        "Texas Instruments",
        "United States",
        True,
    ),
    ("Chinese companies: Moore Threads; Biren Technology; Enflame", "Biren Technology", "China", True),
    ("Rebellions (South Korea) and Tenstorrent (Canada) showed chips.", "Rebellions", "South Korea", True),
    ("Rebellions (South Korea) and Tenstorrent (Canada) showed chips.", "Tenstorrent", "Canada", True),
    ("Nvidia sells chips to Chinese customers such as Alibaba.", "Alibaba", "China", True),
    ("Nvidia sells chips to Chinese customers such as Alibaba.", "Nvidia", "China", False),
    ("Nvidia opened an office in Shanghai, China.", "Nvidia", "China", False),
    ("ASML ships machines to China.", "ASML", "China", False),
    ("Beijing-based Zhipu AI is one of China's AI tigers.", "Zhipu AI", "China", True),
    (
        "DJI said sales rose. The Shenzhen-based firm, China's largest drone maker, hired staff.",
        "DJI",
        "China",
        True,
    ),
    ("Singaporean investment firm Temasek led the round.", "Temasek", "Singapore", True),
    ("Temasek, Singapore's state investor, led the round.", "Temasek", "Singapore", True),
    (
        "Saudi Arabia's Public Investment Fund backed the venture.",
        "Public Investment Fund",
        "Saudi Arabia",
        True,
    ),
    ("Vietnamese tech group FPT signed a deal with Nvidia.", "FPT", "Vietnam", True),
    ("FPT, Vietnam's largest technology company, signed a deal.", "FPT", "Vietnam", True),
    ("Malaysian chip packager Inari Amertron expanded.", "Inari Amertron", "Malaysia", True),
    ("Rakuten, headquartered in Tokyo, Japan, launched a model.", "Rakuten", "Japan", True),
    ("Kakao and Naver, both South Korean companies, launched models.", "Kakao", "South Korea", True),
]

HELD_IN = [
    # text, event (name and year), place, expected
    ("Computex, held in Taipei every year, opened on Tuesday.", "Computex 2024", "Taipei", True),
    ("VivaTech took place in Paris last week.", "VivaTech 2024", "Paris", True),
    (
        "The Mobile World Congress in Barcelona drew 100,000 visitors.",
        "Mobile World Congress 2024",
        "Barcelona",
        True,
    ),
    ("Web Summit in Lisbon sold out.", "Web Summit 2024", "Lisbon", True),
    ("Samsung showed a robot at the Las Vegas Convention Center during CES.", "CES 2024", "Las Vegas", True),
    (
        "SEMICON West, held at the Moscone Center in San Francisco, opened.",
        "SEMICON West 2024",
        "San Francisco",
        True,
    ),
    ("NeurIPS 2024 will be held in Vancouver, Canada, in December.", "NeurIPS 2024", "Vancouver", True),
    ("The Zhongguancun Forum opened in Beijing on Thursday.", "Zhongguancun Forum 2024", "Beijing", True),
    (
        "BARCELONA, Feb 26 (Reuters) - At Mobile World Congress, Xiaomi showed a car.",
        "Mobile World Congress 2024",
        "Barcelona",
        True,
    ),
    ("The AI Action Summit, hosted in Paris in February, ended.", "AI Action Summit 2024", "Paris", True),
    ("Slush, the Helsinki start-up festival, sold out.", "Slush 2024", "Helsinki", True),
    (
        "The World Internet Conference in Wuzhen opened on Wednesday.",
        "World Internet Conference 2024",
        "Wuzhen",
        True,
    ),
    ("Gamescom in Cologne drew record crowds.", "Gamescom 2024", "Cologne", True),
    (
        "Google I/O, at the Shoreline Amphitheatre in Mountain View, opened.",
        "Google I/O 2024",
        "Mountain View",
        True,
    ),
    ("Ahead of Computex, Nvidia's chief executive visited Tokyo.", "Computex 2024", "Tokyo", False),
    ("After CES, Samsung executives returned to Seoul.", "CES 2024", "Seoul", False),
    (
        "The China International Import Expo in Shanghai opened.",
        "China International Import Expo 2024",
        "Shanghai",
        True,
    ),
    ("GITEX Global opens in Dubai on Monday.", "GITEX Global 2024", "Dubai", True),
    ("Dreamforce returns to San Francisco in September.", "Dreamforce 2024", "San Francisco", True),
    ("SXSW in Austin, Texas, featured AI panels.", "SXSW 2024", "Austin", True),
    ("The Hannover Messe trade fair in Hanover opened.", "Hannover Messe 2024", "Hanover", True),
    ("IAA Mobility, staged in Munich, featured Chinese carmakers.", "IAA Mobility 2024", "Munich", True),
    ("The Global AI Summit in Riyadh drew investors.", "Global AI Summit 2024", "Riyadh", True),
    (
        "The World Semiconductor Conference in Nanjing opened.",
        "World Semiconductor Conference 2024",
        "Nanjing",
        True,
    ),
    ("CES opened on Tuesday. The Las Vegas show drew 4,000 exhibitors.", "CES 2024", "Las Vegas", True),
    ("Slush (Helsinki, 20-21 November)", "Slush 2024", "Helsinki", True),
    ("Computex returns to Taipei next week.", "Computex 2024", "Taipei", True),
    (
        "TAIPEI, June 4 (Reuters) - Computex opened with keynotes from chipmakers.",
        "Computex 2024",
        "Taipei",
        True,
    ),
    ("Collision, the tech conference, took place in Toronto.", "Collision 2024", "Toronto", True),
    (
        "VivaTech opened on Wednesday. Organizers said the Paris event drew 150,000 visitors.",
        "VivaTech 2024",
        "Paris",
        True,
    ),
    ("The IFA trade fair in Berlin opens on Friday.", "IFA 2024", "Berlin", True),
    ("LEAP 2024, which took place in Riyadh, drew investors.", "LEAP 2024", "Riyadh", True),
    ("Web Summit, which moved from Dublin to Lisbon in 2016, sold out.", "Web Summit 2024", "Dublin", False),
    ("Nvidia will host GTC in San Jose, California, in March.", "GTC 2024", "San Jose", True),
    (
        "Hot Chips, the annual conference at Stanford in Palo Alto, opened.",
        "Hot Chips 2024",
        "Palo Alto",
        True,
    ),
    ("Visitors crowd the halls at VivaTech in Paris.", "VivaTech 2024", "Paris", True),
    (
        "The Boao Forum for Asia closed. Delegates then flew to Beijing.",
        "Boao Forum for Asia 2024",
        "Beijing",
        False,
    ),
    ("Huawei will hold its Huawei Connect conference in Shanghai.", "Huawei Connect 2024", "Shanghai", True),
    ("The Summer Davos forum was held in Dalian this year.", "Summer Davos 2024", "Dalian", True),
    ("Inside Computex: Taipei's biggest trade show", "Computex 2024", "Taipei", True),
]

EMPLOYS2 = [
    (
        "Masayoshi Son, who chairs SoftBank Group, pledged $100 billion.",
        "SoftBank Group",
        "Masayoshi Son",
        True,
    ),
    ("SoftBank Group chairman Masayoshi Son pledged $100 billion.", "SoftBank Group", "Masayoshi Son", True),
    ("\u201cThe market is huge,\u201d SoftBank's Masayoshi Son said.", "SoftBank", "Masayoshi Son", True),
    (
        "Safra Catz, Oracle's chief executive, told investors capacity was sold out.",
        "Oracle",
        "Safra Catz",
        True,
    ),
    (
        "Oracle co-founder Larry Ellison and chief executive Safra Catz attended.",
        "Oracle",
        "Larry Ellison",
        True,
    ),
    (
        "Oracle co-founder Larry Ellison and chief executive Safra Catz attended.",
        "Oracle",
        "Safra Catz",
        True,
    ),
    (
        "Charles Liang, the founder of Super Micro Computer, said shipments rose.",
        "Super Micro Computer",
        "Charles Liang",
        True,
    ),
    ("Cristiano Amon, who has led Qualcomm since 2021, spoke in Taipei.", "Qualcomm", "Cristiano Amon", True),
    ("Qualcomm is led by Cristiano Amon.", "Qualcomm", "Cristiano Amon", True),
    ("Cristiano Amon, Qualcomm's president and chief executive, spoke.", "Qualcomm", "Cristiano Amon", True),
    ("Cristiano Amon praised Qualcomm's rivals.", "Qualcomm", "Cristiano Amon", False),
    (
        "Sanjay Mehrotra, president and CEO of Micron Technology, said demand was strong.",
        "Micron Technology",
        "Sanjay Mehrotra",
        True,
    ),
    (
        "The company's chief financial officer, Mark Murphy, said margins rose. "
        "Micron Technology shares jumped.",
        "Micron Technology",
        "Mark Murphy",
        False,
    ),
    (
        "Micron Technology reported results. Chief financial officer Mark Murphy said margins rose.",
        "Micron Technology",
        "Mark Murphy",
        True,
    ),
    (
        "Hock Tan, Broadcom's chief executive since 2006, said AI revenue doubled.",
        "Broadcom",
        "Hock Tan",
        True,
    ),
    ("Broadcom CEO Hock Tan declined to comment.", "Broadcom", "Hock Tan", True),
    (
        "Former Intel chief executive Pat Gelsinger joined Gloo as executive chair.",
        "Intel",
        "Pat Gelsinger",
        True,
    ),
    (
        "Pat Gelsinger, who was ousted as Intel's chief executive in December, spoke.",
        "Intel",
        "Pat Gelsinger",
        True,
    ),
    (
        "Mustafa Suleyman, a co-founder of DeepMind, now runs Microsoft AI.",
        "DeepMind",
        "Mustafa Suleyman",
        True,
    ),
    (
        "Demis Hassabis, chief executive of Google DeepMind, won a Nobel prize.",
        "Google DeepMind",
        "Demis Hassabis",
        True,
    ),
    ("Google DeepMind's Demis Hassabis won a Nobel prize.", "Google DeepMind", "Demis Hassabis", True),
    (
        "Eddie Wu, chief executive of Alibaba Group, said cloud revenue rose.",
        "Alibaba Group",
        "Eddie Wu",
        True,
    ),
    ("Alibaba chairman Joe Tsai said the company would buy back shares.", "Alibaba", "Joe Tsai", True),
    (
        "Joe Tsai, the chairman of Alibaba, said the company would buy back shares.",
        "Alibaba",
        "Joe Tsai",
        True,
    ),
    ("Joe Tsai criticized Alibaba's rivals.", "Alibaba", "Joe Tsai", False),
    ("Jensen Huang met Morris Chang, the founder of TSMC.", "TSMC", "Morris Chang", True),
    ("Jensen Huang met Morris Chang, the founder of TSMC.", "TSMC", "Jensen Huang", False),
    ("C.C. Wei, TSMC's chairman and CEO, said capacity was tight.", "TSMC", "C.C. Wei", True),
    ("TSMC named Wendell Huang as its chief financial officer.", "TSMC", "Wendell Huang", True),
    ("Wendell Huang was promoted to chief financial officer of TSMC.", "TSMC", "Wendell Huang", True),
    (
        "Ilya Sutskever, the OpenAI co-founder who left to start Safe Superintelligence, spoke.",
        "OpenAI",
        "Ilya Sutskever",
        True,
    ),
    ("Ilya Sutskever quit OpenAI to start Safe Superintelligence.", "OpenAI", "Ilya Sutskever", False),
    (
        "Rene Haas, Arm's chief executive, and Masayoshi Son, SoftBank's chairman, met.",
        "SoftBank",
        "Masayoshi Son",
        True,
    ),
    (
        "Rene Haas, Arm's chief executive, and Masayoshi Son, SoftBank's chairman, met.",
        "SoftBank",
        "Rene Haas",
        False,
    ),
    ("Speakers include Lisa Su of AMD and Jensen Huang of Nvidia.", "AMD", "Lisa Su", True),
    ("Speakers include Lisa Su of AMD and Jensen Huang of Nvidia.", "Nvidia", "Jensen Huang", True),
    ("Speakers include Lisa Su of AMD and Jensen Huang of Nvidia.", "Nvidia", "Lisa Su", False),
    ("Panelists: Lisa Su from AMD; Jensen Huang from Nvidia", "Nvidia", "Jensen Huang", True),
    ("A photo of Lisa Su of AMD's biggest rival circulated.", "AMD", "Lisa Su", False),
    # a lone 'X of Y' in running text stays unannotated (as in test_relations_people.py); rosters count
    ("Lisa Su of AMD said demand was strong.", "AMD", "Lisa Su", False),
    ("Keynote speakers:\nLisa Su of AMD\nJensen Huang of Nvidia", "AMD", "Lisa Su", True),
    ("The panel featuring Lisa Su of AMD starts at noon.", "AMD", "Lisa Su", True),
    (
        "Thierry Breton, the former European commissioner, joined Bank of America as an adviser.",
        "Bank of America",
        "Thierry Breton",
        True,
    ),
    ("Fidji Simo will join OpenAI as chief executive of applications.", "OpenAI", "Fidji Simo", False),
    ("Baidu's chief technology officer Wang Haifeng did not attend.", "Baidu", "Wang Haifeng", True),
]

BASED_IN2 = [
    ("South Korean chipmakers Samsung Electronics and SK Hynix rallied.", "SK Hynix", "South Korea", True),
    (
        "Japan's Tokyo Electron and the Netherlands' ASML supply Chinese fabs.",
        "Tokyo Electron",
        "Japan",
        True,
    ),
    ("Japan's Tokyo Electron and the Netherlands' ASML supply Chinese fabs.", "ASML", "Netherlands", True),
    (
        "Tokyo Electron, Japan's biggest chip-equipment maker, raised its forecast.",
        "Tokyo Electron",
        "Japan",
        True,
    ),
    ("Advantest, a Tokyo-based chip tester maker, is a Japanese success story.", "Advantest", "Japan", True),
    ("Chinese electric-car maker BYD overtook Tesla.", "BYD", "China", True),
    ("Chinese electric-car maker BYD overtook Tesla.", "Tesla", "China", False),
    ("BYD, the Shenzhen-headquartered carmaker, is China's top seller.", "BYD", "China", True),
    (
        "The French start-up H Company raised money. The Paris-based firm said France needed more capital.",
        "H Company",
        "France",
        True,
    ),
    ("Among the Chinese firms named were Inspur, Sugon and Loongson.", "Sugon", "China", True),
    ("The list includes Chinese companies such as Inspur and Sugon.", "Inspur", "China", True),
    ("US-based Anthropic and British start-up Wayve raised money.", "Wayve", "United Kingdom", True),
    ("US-based Anthropic and British start-up Wayve raised money.", "Anthropic", "United States", True),
    (
        "Headquartered in Seoul, South Korea, Samsung SDS builds data centres.",
        "Samsung SDS",
        "South Korea",
        True,
    ),
    ("Samsung SDS is headquartered in Seoul, South Korea.", "Samsung SDS", "South Korea", True),
    (
        "Samsung SDS, a unit of the South Korean conglomerate, builds data centres.",
        "Samsung SDS",
        "South Korea",
        True,
    ),
    ("Sakana AI is a Japanese start-up founded by former Google researchers.", "Sakana AI", "Japan", True),
    ("Sakana AI is a Japanese start-up founded by former Google researchers.", "Google", "Japan", False),
    (
        "Preferred Networks, which is based in Tokyo, Japan, built a chip.",
        "Preferred Networks",
        "Japan",
        True,
    ),
    ("Israeli chip start-up Hailo raised funds.", "Hailo", "Israel", True),
    ("Hailo, an Israeli chip start-up, raised funds.", "Hailo", "Israel", True),
    ("Spain's Telefonica and Italy's Telecom Italia signed the pact.", "Telefonica", "Spain", True),
    ("Nvidia supplies Japanese customers, including SoftBank.", "SoftBank", "Japan", True),
    ("Swiss drugmaker Roche uses AI models.", "Roche", "Switzerland", True),
    ("Roche, the Basel-based Swiss drugmaker, uses AI models.", "Roche", "Switzerland", True),
    ("Australia's Atlassian bought The Browser Company.", "Atlassian", "Australia", True),
    ("Brazilian fintech Nubank uses OpenAI models.", "Nubank", "Brazil", True),
    ("Brazilian fintech Nubank uses OpenAI models.", "OpenAI", "Brazil", False),
    (
        "Chinese chip designer Cambricon Technologies posted a profit.",
        "Cambricon Technologies",
        "China",
        True,
    ),
]

HELD_IN2 = [
    (
        "The World Artificial Intelligence Conference opened in Shanghai on Thursday.",
        "World Artificial Intelligence Conference 2024",
        "Shanghai",
        True,
    ),
    ("WAIC, held annually in Shanghai, drew 300,000 visitors.", "WAIC 2024", "Shanghai", True),
    ("CES 2025 took place in Las Vegas in January.", "CES 2025", "Las Vegas", True),
    ("At CES in Las Vegas, Nvidia unveiled a chip.", "CES 2024", "Las Vegas", True),
    ("Nvidia unveiled a chip at CES. Samsung showed TVs in Seoul.", "CES 2024", "Seoul", False),
    ("MWC Barcelona opens on Monday.", "MWC Barcelona 2024", "Barcelona", True),
    (
        "Mobile World Congress, the telecoms fair in Barcelona, opened.",
        "Mobile World Congress 2024",
        "Barcelona",
        True,
    ),
    ("Computex 2024 will take place in Taipei from June 4 to 7.", "Computex 2024", "Taipei", True),
    (
        "Web Summit, Europe's largest tech conference, returns to Lisbon in November.",
        "Web Summit 2024",
        "Lisbon",
        True,
    ),
    ("VivaTech, which runs in Paris from Wednesday, will host Nvidia.", "VivaTech 2024", "Paris", True),
    (
        "The World Internet Conference, held in the water town of Wuzhen, opened.",
        "World Internet Conference 2024",
        "Wuzhen",
        True,
    ),
    (
        "China will host the World Internet Conference in Wuzhen in November.",
        "World Internet Conference 2024",
        "Wuzhen",
        True,
    ),
    (
        "The Consumer Electronics Show in Las Vegas ended on Friday.",
        "Consumer Electronics Show 2024",
        "Las Vegas",
        True,
    ),
    (
        "The World Artificial Intelligence Conference was staged at the Shanghai World Expo Center.",
        "World Artificial Intelligence Conference 2024",
        "Shanghai",
        True,
    ),
    ("Las Vegas, Jan 9 (Reuters) - CES opened on Tuesday.", "CES 2024", "Las Vegas", True),
    (
        "SHANGHAI (Reuters) - The World Artificial Intelligence Conference opened on Thursday.",
        "World Artificial Intelligence Conference 2024",
        "Shanghai",
        True,
    ),
    ("Visitors at the Computex trade show in Taipei tried new laptops.", "Computex 2024", "Taipei", True),
    ("The Paris event VivaTech drew 165,000 visitors.", "VivaTech 2024", "Paris", True),
    ("Beijing hosted the Zhongguancun Forum this week.", "Zhongguancun Forum 2024", "Beijing", True),
    ("Taipei hosts Computex every year.", "Computex 2024", "Taipei", True),
    ("Computex organizers said exhibitors came from Tokyo and Seoul.", "Computex 2024", "Tokyo", False),
]

# Rows that fail for reasons outside the relation rules, left to the owners of entity typing and event
# recognition: (text start, subject, object or None for any), strict xfail so that a fix there shows here.
ENT = "entity typing outside relations/: the person or company is not typed as such"
EV = "event recognition outside relations/: the event name is not found"
KNOWN_GAPS = [
    ("ASML's Christophe Fouquet said", "ASML", None, ENT),
    ("Klarna co-founder Victor", "Klarna", None, ENT),
    ("Tesla's head of AI software", "Tesla", None, ENT),
    ("Microsoft CTO Kevin Scott and Google's Jeff Dean", "Google", "Jeff Dean", ENT),
    ("Speakers: Clem Delangue", "Hugging Face", None, ENT),
    ("Speakers: Clem Delangue", "Mistral AI", None, ENT),
    ("Rebellions (South Korea) and Tenstorrent", "Tenstorrent", None, ENT),
    ("Malaysian chip packager", "Inari Amertron", None, ENT),
    ("\u201cThe market is huge", "SoftBank", None, ENT),
    ("Qualcomm is led by", "Qualcomm", None, ENT),
    ("Google DeepMind's Demis Hassabis", "Google DeepMind", None, ENT),
    ("Ilya Sutskever, the OpenAI co-founder who left", "OpenAI", None, ENT),
    ("Australia's Atlassian", "Atlassian", None, ENT),
    ("Brazilian fintech Nubank", "Nubank", None, ENT),
    ("Slush, the Helsinki", "Slush 2024", None, EV),
    ("Gamescom in Cologne", "Gamescom 2024", None, EV),
    ("Dreamforce returns", "Dreamforce 2024", None, EV),
    ("IAA Mobility, staged", "IAA Mobility 2024", None, EV),
    ("Slush (Helsinki", "Slush 2024", None, EV),
    ("Collision, the tech", "Collision 2024", None, EV),
    ("Hot Chips, the annual", "Hot Chips 2024", None, EV),
    ("MWC Barcelona opens", "MWC Barcelona 2024", None, EV),
    ("The World Internet Conference, held in the water", "World Internet Conference 2024", None, EV),
]


def _rows(rows: list[tuple[str, str, str, bool]]) -> list[Any]:
    out: list[Any] = []
    for r in rows:
        gap = next(
            (
                g
                for g in KNOWN_GAPS
                if r[0].startswith(g[0]) and r[1] == g[1] and g[2] in {None, r[2]} and r[3]
            ),
            None,
        )
        out.append(pytest.param(*r, marks=pytest.mark.xfail(reason=gap[3], strict=True)) if gap else r)
    return out


@pytest.mark.parametrize(("text", "org", "person", "expected"), _rows(EMPLOYS + EMPLOYS2))
def test_employs_r2(facts: Callable[..., Any], text: str, org: str, person: str, expected: bool) -> None:
    check_case(facts(text), "employs", org, person, negated=False, expected=expected)


@pytest.mark.parametrize(("text", "org", "country", "expected"), _rows(BASED_IN + BASED_IN2))
def test_based_in_r2(facts: Callable[..., Any], text: str, org: str, country: str, expected: bool) -> None:
    check_case(facts(text), "based_in", org, country, negated=False, expected=expected)


@pytest.mark.parametrize(("text", "event", "place", "expected"), _rows(HELD_IN + HELD_IN2))
def test_held_in_r2(facts: Callable[..., Any], text: str, event: str, place: str, expected: bool) -> None:
    check_case(facts(text), "held_in", event, place, negated=False, expected=expected)

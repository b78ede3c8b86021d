"""Employs from title families the lexicon lacked (vice/deputy ministers, fellows, officers, editors,
analysts, EVP/SVP, emeritus and visiting professors, marketing/sales/regional titles) and the later
people constructions of session 7. Sentences written for these tests (real organizations)."""

from __future__ import annotations

from tests.extract.test_extract_relations import case_table_test

CASES = [
    # predicate, text, subject, object, negated, expected
    # vice and deputy ministers, fellows, officers, editors, analysts
    (
        "employs",
        "Li Meng, a deputy minister at the Ministry of Industry and Information Technology, opened the fair.",
        "Ministry of Industry and Information Technology",
        "Li Meng",
        False,
        True,
    ),
    (
        "employs",
        "Yin Hejun, a former vice minister at the Ministry of Science and Technology, chaired the session.",
        "Ministry of Science and Technology",
        "Yin Hejun",
        False,
        True,
    ),
    (
        "employs",
        "Paul Triolo, a senior fellow at the Brookings Institution, called the rules overdue.",
        "Brookings Institution",
        "Paul Triolo",
        False,
        True,
    ),
    (
        "employs",
        "Emily Weinstein, a former Pentagon officer, now studies supply chains.",
        "Pentagon",
        "Emily Weinstein",
        False,
        True,
    ),
    (
        "employs",
        "Roula Khalaf, editor-in-chief of the Financial Times, chaired the dinner debate.",
        "Financial Times",
        "Roula Khalaf",
        False,
        True,
    ),
    (
        "employs",
        "Stacy Rasgon, an analyst at Bernstein, expects the curbs to cost Nvidia sales.",
        "Bernstein",
        "Stacy Rasgon",
        False,
        True,
    ),
    # agenda entries with the new title words
    ("employs", "Forrest Norrod, EVP and General Manager, AMD", "AMD", "Forrest Norrod", False, True),
    (
        "employs",
        "Panel: Fei-Fei Li, Professor, Stanford University; Jeff Dean, Senior Fellow, Google",
        "Google",
        "Jeff Dean",
        False,
        True,
    ),
    (
        "employs",
        "Closing talk: Richard Sutton, Emeritus Professor, University of Alberta",
        "University of Alberta",
        "Richard Sutton",
        False,
        True,
    ),
    # a title word used as an adjective is no title
    (
        "employs",
        "Stacy Rasgon said the vice minister's speech was vague, Bernstein noted.",
        "Bernstein",
        "Stacy Rasgon",
        False,
        False,
    ),
]

test_relations_people_title_families = case_table_test(CASES)

# "The company was founded by ...", "Founded by ..., the company says": a bare description stands for the
# company the story leads with, not the backer the sentence before named last
_COHERE = (
    "Cohere raises $500 million as Oracle and Nvidia invest\n\n"
    "Cohere, the Toronto start-up, said on Monday it had raised $500 million. "
    "Oracle led the round and Nvidia also invested. "
)
_MISTRAL = (
    "ASML becomes top shareholder in Mistral AI\n\n"
    "ASML has invested 1.3 billion euros in Mistral AI, the two companies said. "
)
STORY_CASES = [
    (
        "employs",
        _COHERE + "The company was founded in 2019 by chief executive Aidan Gomez and Nick Frosst.",
        "Cohere",
        "Aidan Gomez",
        False,
        True,
    ),
    (
        "employs",
        _COHERE + "The company was founded in 2019 by chief executive Aidan Gomez and Nick Frosst.",
        "Nvidia",
        "Aidan Gomez",
        False,
        False,
    ),
    (
        "employs",
        _COHERE + "Founded in 2019 by Aidan Gomez, Ivan Zhang and Nick Frosst, the company sells to banks.",
        "Cohere",
        "Ivan Zhang",
        False,
        True,
    ),
    (
        "employs",
        _COHERE + "Founded in 2019 by Aidan Gomez, Ivan Zhang and Nick Frosst, the company sells to banks.",
        "Nvidia",
        "Ivan Zhang",
        False,
        False,
    ),
    # a placed description keeps its own antecedent ('the Paris-based company' is Mistral, not ASML)
    (
        "employs",
        _MISTRAL + "Founded in 2023 by Arthur Mensch and Guillaume Lample, the Paris-based company sells AI.",
        "ASML",
        "Guillaume Lample",
        False,
        False,
    ),
]

test_relations_people_story_company = case_table_test(STORY_CASES)

# Speaker lines: a title the NER took for an organization ("Chief AI Scientist") is no employer; a unit
# between the title and the company ("President, Cloud Products Group, Lenovo") is part of the title
_LINES = (
    "KEYNOTES\n"
    "Oriol Vinyals, Chief AI Scientist, Google DeepMind (remote)\n"
    "Jane Liu, President, Cloud Products Group, Lenovo\n"
    "Tom Lee, Vice President, Research Department, Baidu (video)\n"
    "Ada Kim, CEO, Samsung Display Group\n"
)
LINE_CASES = [
    ("employs", _LINES, "Google DeepMind", "Oriol Vinyals", False, True),
    ("employs", _LINES, "Lenovo", "Jane Liu", False, True),
    ("employs", _LINES, "Cloud Products Group", "Jane Liu", False, False),
    ("employs", _LINES, "Baidu", "Tom Lee", False, True),
    ("employs", _LINES, "Research Department", "Tom Lee", False, False),
    # a company whose name ends in 'Group' with nothing after it stays the employer
    ("employs", _LINES, "Samsung Display Group", "Ada Kim", False, True),
]

test_relations_people_speaker_lines = case_table_test(LINE_CASES)

# A timed slot heading ("14:00 | Keynote speeches: <theme>") lists the speaker lines under it; a slot
# whose capitals are a company ("NEC - Servers") is an exhibitor line, not a speaker heading
_SLOTS = (
    "2024 WORLD INTERNET CONFERENCE | Plenary\n"
    "November 20, 2024 | Wuzhen\n\n"
    "14:00 | Keynote speeches: Trust and Openness\n"
    "Eric Xu, Rotating Chairman, Huawei\n"
    "Fei-Fei Li, Professor, Stanford University\n\n"
    "16:00 | Closing remarks\n"
)
_BOOTHS = (
    "SEMICON West 2024 | Exhibitors\n"
    "July 9-11, 2024 | San Francisco\n\n"
    "EXHIBITORS\n"
    "NEC - Servers and storage\n\n"
    "LEADERSHIP\n"
    "Joe Stockunas, President, SEMI Americas\n"
)
SLOT_CASES = [
    ("speaks_at", _SLOTS, "Eric Xu", "World Internet Conference 2024", False, True),
    ("speaks_at", _SLOTS, "Fei-Fei Li", "World Internet Conference 2024", False, True),
    ("speaks_at", _BOOTHS, "Joe Stockunas", "SEMICON West 2024", False, False),
]

test_relations_speaks_at_slot_headings = case_table_test(SLOT_CASES)

# Speech wordings: 'took the podium', 'addressed the opening/inauguration', 'read out a letter'; and
# 'A also spoke, as did B' / 'as did three names: B, TITLE; C, TITLE' carrying the speech to B and C
_OPENED = "The World Semiconductor Conference 2024 opened in Nanjing on Thursday. "
SPEECH_CASES = [
    (
        "speaks_at",
        _OPENED + "Xiaomi founder Lei Jun later took the podium.",
        "Lei Jun",
        "World Semiconductor Conference 2024",
        False,
        True,
    ),
    (
        "speaks_at",
        _OPENED + "Wu Zhaohui, vice minister of science, addressed the opening.",
        "Wu Zhaohui",
        "World Semiconductor Conference 2024",
        False,
        True,
    ),
    (
        "speaks_at",
        _OPENED + "Mayor Chen Zhichang read out a congratulatory letter from the premier.",
        "Chen Zhichang",
        "World Semiconductor Conference 2024",
        False,
        True,
    ),
    (
        "speaks_at",
        _OPENED + "Lisa Su of AMD also spoke, as did Qualcomm chief executive Cristiano Amon.",
        "Cristiano Amon",
        "World Semiconductor Conference 2024",
        False,
        True,
    ),
    (
        "speaks_at",
        _OPENED
        + "Minister Jin Zhuanglong addressed the inauguration, as did two founders: Lei Jun, chairman of "
        + "Xiaomi; and Zhang Yiming, founder of ByteDance.",
        "Zhang Yiming",
        "World Semiconductor Conference 2024",
        False,
        True,
    ),
    # 'as did' after a clause with no speech carries nothing; an address to a country is no speech
    (
        "speaks_at",
        _OPENED + "Lisa Su of AMD toured the stands, as did Qualcomm chief executive Cristiano Amon.",
        "Cristiano Amon",
        "World Semiconductor Conference 2024",
        False,
        False,
    ),
    (
        "speaks_at",
        _OPENED + "Lei Jun said Xiaomi would address the shortage of chips.",
        "Lei Jun",
        "World Semiconductor Conference 2024",
        False,
        False,
    ),
]

test_relations_speaks_at_wordings_s7 = case_table_test(SPEECH_CASES)

# "TITLE of PLACE's ORG": a country's or city's possessive between the title and the employer
PLACE_POSS_CASES = [
    (
        "employs",
        "Kenichiro Yoshida, chairman of Japan's Sony Group, opened the show.",
        "Sony Group",
        "Kenichiro Yoshida",
        False,
        True,
    ),
    (
        "employs",
        "Jin Zhuanglong, a deputy minister at China's Ministry of Industry and Information Technology.",
        "Ministry of Industry and Information Technology",
        "Jin Zhuanglong",
        False,
        True,
    ),
    # a company's possessive is no place: "Nvidia's rival Intel" keeps its old reading, not Intel
    (
        "employs",
        "Pat Gelsinger, a former director of Nvidia's rival Intel, said demand was strong.",
        "Intel",
        "Pat Gelsinger",
        False,
        False,
    ),
]

test_relations_people_place_possessive = case_table_test(PLACE_POSS_CASES)

# Session headings ("In conversation:", "Press briefing:", "Fireside chat:") list speakers; 'on the
# programme are A, B and C' and 'a letter read out by X' state speakers
_SESSIONS = (
    "Web Summit 2024 | Programme\n"
    "Hosted by Web Summit\n\n"
    "Fireside chat: Mira Murati, CTO, OpenAI; Andrew Ng, Founder, DeepLearning.AI\n"
    "Press briefing: Wang Xiaochuan, CEO, Baichuan\n"
)
_FAIR = "The China International Import Expo 2024 opened in Shanghai on Tuesday. "
HEADING_CASES = [
    ("speaks_at", _SESSIONS, "Andrew Ng", "Web Summit 2024", False, True),
    ("speaks_at", _SESSIONS, "Wang Xiaochuan", "Web Summit 2024", False, True),
    (
        "speaks_at",
        _FAIR
        + "Also on the programme over the five days are Tesla president Tom Zhu and Qualcomm chief "
        + "executive Cristiano Amon.",
        "Tom Zhu",
        "China International Import Expo 2024",
        False,
        True,
    ),
    (
        "speaks_at",
        _FAIR + "Premier Li Qiang sent a letter, which was read out by Vice-Minister Wang Shouwen.",
        "Wang Shouwen",
        "China International Import Expo 2024",
        False,
        True,
    ),
    # 'on the programme' that is no event's programme names no speaker
    (
        "speaks_at",
        _FAIR + "Tom Zhu said price cuts were not on the programme for Tesla this year.",
        "Tom Zhu",
        "China International Import Expo 2024",
        False,
        False,
    ),
]

test_relations_speaks_at_session_headings = case_table_test(HEADING_CASES)

# "TITLE of the PLACE-based BODY": the body named earlier by that word
BASED_BODY_CASES = [
    (
        "employs",
        "The Consumer Technology Association runs CES. Kinsey Fabrizio, president of the "
        "Virginia-based association, opened the show.",
        "Consumer Technology Association",
        "Kinsey Fabrizio",
        False,
        True,
    ),
    (
        "employs",
        "The Consumer Technology Association runs CES. Kinsey Fabrizio, a visitor from the "
        "Virginia-based association, toured the show.",
        "Consumer Technology Association",
        "Kinsey Fabrizio",
        False,
        False,
    ),
]

test_relations_people_based_body = case_table_test(BASED_BODY_CASES)

"""Employs constructions of session 8 (sentences written for these tests): 'whose TITLE, X,', a title
over two coordinated organizations, a title 'for' an organization, 'A's TITLE and TITLE of B', 'then
A's TITLE', describing words or a region before a title, and an entry line whose last organization
employs."""

from __future__ import annotations

from tests.extract.test_extract_relations import case_table_test

CASES = [
    # predicate, text, subject, object, negated, expected
    # "whose TITLE, X," with commas around the name, after a description of the body
    (
        "employs",
        "The forum is run by the Lisbon Innovation Agency, whose president, Marta Pires, opened it.",
        "Lisbon Innovation Agency",
        "Marta Pires",
        False,
        True,
    ),
    (
        "employs",
        "Funding comes from the Nordic Compute Trust, an Oslo-based charity whose chair, former "
        "minister Erik Dahl, picked the winners.",
        "Nordic Compute Trust",
        "Erik Dahl",
        False,
        True,
    ),
    (
        "employs",
        "The show is staged by the Nordic Compute Trust, whose exhibitors, Erik Dahl among them, sold out.",
        "Nordic Compute Trust",
        "Erik Dahl",
        False,
        False,
    ),
    # a title over two coordinated organizations
    (
        "employs",
        "Satya Nadella, who is also chairman of Microsoft and LinkedIn, spoke first.",
        "LinkedIn",
        "Satya Nadella",
        False,
        True,
    ),
    (
        "employs",
        "Hock Tan, chief executive of Broadcom and its parent Broadcom Holdings, joined by video.",
        "Broadcom Holdings",
        "Hock Tan",
        False,
        True,
    ),
    (
        "employs",
        "Jensen Huang, chief executive of Nvidia and AMD's Lisa Su shared the stage.",
        "AMD",
        "Jensen Huang",
        False,
        False,
    ),
    # a title 'for' an organization that ends the phrase, not a portfolio before the employer
    (
        "employs",
        "Maria Lopez, a spokeswoman for Rheinmetall, declined to comment.",
        "Rheinmetall",
        "Maria Lopez",
        False,
        True,
    ),
    (
        "employs",
        "Omar Haddad, vice president for Cloud Services in Europe at the group, said demand was strong.",
        "Cloud Services",
        "Omar Haddad",
        False,
        False,
    ),
    # "A's TITLE and TITLE of B": the last title's own organization
    (
        "employs",
        "Wang Jian, Alibaba's chief architect and head of Alibaba Cloud Intelligence, gave the keynote.",
        "Alibaba Cloud Intelligence",
        "Wang Jian",
        False,
        True,
    ),
    # "then A's TITLE"
    (
        "employs",
        "Sam Palmisano, then IBM's chairman and chief executive, signed the deal.",
        "IBM",
        "Sam Palmisano",
        False,
        True,
    ),
    # describing words or a region before the title
    (
        "employs",
        "Ken Lau, Asia Pacific president of Honeywell, said orders had doubled.",
        "Honeywell",
        "Ken Lau",
        False,
        True,
    ),
    (
        "employs",
        "Nina Roth, a cloud security strategist at US software group Oracle, said the rules were vague.",
        "Oracle",
        "Nina Roth",
        False,
        True,
    ),
    (
        "employs",
        "Peter Lim, chief investment officer at Temasek Holdings, was cautious.",
        "Temasek Holdings",
        "Peter Lim",
        False,
        True,
    ),
    (
        "employs",
        "Karen Wu, a technology correspondent for Bloomberg News, asked the first question.",
        "Bloomberg News",
        "Karen Wu",
        False,
        True,
    ),
    # an entry line whose last organization employs
    (
        "employs",
        "Keynote 3: Memory walls\n   Ana Ruiz, Vice President of Advanced Packaging, Micron Technology\n"
        "Session: Interconnects",
        "Micron Technology",
        "Ana Ruiz",
        False,
        True,
    ),
    (
        "employs",
        "Keynote 3: Memory walls\n   Ana Ruiz, Vice President of Storage and AI, Micron Technology\n"
        "Session: Interconnects",
        "Micron Technology",
        "Ana Ruiz",
        False,
        True,
    ),
    # a minister's portfolio is no organization; the entry's last organization employs
    (
        "employs",
        "Plenary 2\n       Gilberto Teodoro, Secretary of National Defense, Philippines\n",
        "National Defense",
        "Gilberto Teodoro",
        False,
        False,
    ),
    (
        "employs",
        "Germany's Defence Minister Boris Pistorius told reporters the talks must go on.",
        "Defence",
        "Boris Pistorius",
        False,
        False,
    ),
    (
        "employs",
        "Closing address - Anupriya Patel, Minister of State, Ministry of Commerce and Industry",
        "Ministry of Commerce and Industry",
        "Anupriya Patel",
        False,
        True,
    ),
    (
        "employs",
        "Ana Mendes, a deputy minister at the Ministry of Digital Governance, spoke.",
        "Ministry of Digital Governance",
        "Ana Mendes",
        False,
        True,
    ),
    # a body named earlier by a word of its name, after a modifier or with a capital
    (
        "employs",
        "The Hefei Photonics Research Center unveiled the chip.\n\nLiu Fang, deputy head of the photonics "
        "center, said output would double.",
        "Hefei Photonics Research Center",
        "Liu Fang",
        False,
        True,
    ),
    (
        "employs",
        "The Munich Security Conference opened on Friday, and the Eurasia Forum met nearby.\n\nJan Novak, "
        "a managing director of the Forum, said attendance had doubled.",
        "Eurasia Forum",
        "Jan Novak",
        False,
        True,
    ),
    (
        "employs",
        "The Eurasia Forum met on Friday.\n\nAnna Berg, a reporter at the Times, said the hall was full.",
        "Eurasia Forum",
        "Anna Berg",
        False,
        False,
    ),
]

test_relations_people_s8 = case_table_test(CASES)

"""Participation layouts and wordings from session 7: a directory table whose status cell denies a stand
('No booth this year') or the whole presence ('Withdrew in April'), an exhibitor directory whose title
stands under a masthead line in cells, and the bodies named in apposition to a possessed plural role
noun ('according to its organisers, A and B'), the members of a list noun that is the subject of
'include' ('the list of no-shows included A and B'), and a role noun ending a paragraph without names
that does not carry into the next paragraph. A generic reference followed by 'since' names no edition
by its ordinal or year ('the first edition of the show since ...', 'the largest edition since the
fair began in 1999'), so the edition story's generic references keep pointing at its own edition.
A verbless caption names everyone before 'at the opening ceremony of' the edition as attending, and
a singular role noun without names ('The theme suits the host.') is no list for the next sentence.
A clause dated 'this year' is about the story's own edition, not the earlier one a relative clause
names, and a company 'alongside' the edition in a presence clause took part with the subject.
A company that 'drew the biggest crowds' or 'unveiled' something at the edition exhibits there.
Wordings written for these tests."""

from __future__ import annotations

from tests.extract.test_extract_relations import case_table_test

E, A, ORG, S = "exhibits_at", "attends", "organizes", "sponsors"

_STATUS = (
    "Computex 2024 | Exhibitor status list\n"
    "Updated 30 May 2024 | Taipei\n\n"
    "COMPANY | COUNTRY | STATUS\n"
    "Asus | Taiwan | Stand in Hall 1\n"
    "Acer | Taiwan | No booth this year; private meetings only\n"
    "MediaTek | Taiwan | Withdrew in April\n"
)
_MASTHEAD = (
    "IFA 2024 | Berlin | 6-10 September 2024\n\n"
    "IFA 2024 exhibitor directory: selected brands from Korea\n\n"
    "Samsung Electronics | Suwon | Televisions and home appliances.\n\n"
    "LG Electronics | Seoul | OLED screens and washing machines.\n"
)
_NO_LIST = (
    "IFA 2024 | Berlin | 6-10 September 2024\n\n"
    "Korean brands report strong sales in Europe\n\n"
    "Samsung Electronics | Suwon | Televisions and home appliances.\n"
)
_GITEX = "GITEX Global 2024 opened in Dubai on Monday. "
_NO_SHOWS = (
    "MWC Barcelona 2024 opened on Monday. By the weekend the list of no-shows had grown and included "
    "Ericsson, Nokia and Cisco, as well as the carriers Vodafone and Orange."
)

CASES = [
    # predicate, text, subject, object, negated, expected
    (E, _STATUS, "Asus", "Computex 2024", False, True),
    (E, _STATUS, "Acer", "Computex 2024", True, True),
    (E, _STATUS, "Acer", "Computex 2024", False, False),
    (A, _STATUS, "MediaTek", "Computex 2024", True, True),
    (E, _STATUS, "MediaTek", "Computex 2024", False, False),
    (E, _MASTHEAD, "Samsung Electronics", "IFA 2024", False, True),
    (E, _MASTHEAD, "LG Electronics", "IFA 2024", False, True),
    # negative: the line under the masthead names no list
    (E, _NO_LIST, "Samsung Electronics", "IFA 2024", False, False),
    (
        ORG,
        _GITEX + "The show drew 180,000 visitors, according to its organisers, the Dubai World Trade Centre "
        "and Informa.",
        "Informa",
        "GITEX Global 2024",
        False,
        True,
    ),
    (
        ORG,
        _GITEX + "The show is run by a trade body on behalf of its hosts, the Dubai World Trade Centre "
        "and the Dubai municipal government.",
        "Dubai World Trade Centre",
        "GITEX Global 2024",
        False,
        True,
    ),
    # negatives: the names do not close the sentence; no possessor on the role noun
    (
        S,
        _GITEX + "The show met its targets, according to its partners, Dell and HP, who exhibited there.",
        "Dell",
        "GITEX Global 2024",
        False,
        False,
    ),
    (
        ORG,
        _GITEX + "Sales were slow, said organisers, Informa among them, on Tuesday.",
        "Informa",
        "GITEX Global 2024",
        False,
        False,
    ),
]

CASES += [
    (A, _NO_SHOWS, "Nokia", "MWC Barcelona 2024", True, True),
    (A, _NO_SHOWS, "Vodafone", "MWC Barcelona 2024", True, True),
    (A, _NO_SHOWS, "Nokia", "MWC Barcelona 2024", False, False),
    (
        E,
        _GITEX + "The list of exhibitors this year includes Siemens, ABB and Schneider Electric.",
        "ABB",
        "GITEX Global 2024",
        False,
        True,
    ),
    # negative: a role noun closing one paragraph names nobody in the next
    (
        ORG,
        _GITEX + "The organisers said they would work with the city on the 2025 dates.\n\n"
        "Siemens was the first large company to sign up.",
        "Siemens",
        "GITEX Global 2024",
        False,
        False,
    ),
]

_FIRST_SINCE = (
    "The World Internet Conference Wuzhen Summit opened on Wednesday. It is the first summit convened "
    "by the World Internet Conference since the body was relaunched in July."
)
_BEGAN_IN = (
    "The China Hi-Tech Fair 2024 opened in Shenzhen on Thursday. Organisers count 5,100 exhibitors, "
    "the most since the fair began in 1999. The event is organised by the Ministry of Commerce."
)
CASES += [
    (ORG, _FIRST_SINCE, "World Internet Conference", "Wuzhen Summit 2024", False, True),
    (ORG, _FIRST_SINCE, "World Internet Conference", "Wuzhen Summit 2014", False, False),
    (ORG, _BEGAN_IN, "Ministry of Commerce", "China Hi-Tech Fair 2024", False, True),
    (ORG, _BEGAN_IN, "Ministry of Commerce", "China Hi-Tech Fair 1999", False, False),
]

_CAPTION = (
    "Computex 2024 opened in Taipei on Tuesday.\n\n"
    "Photo caption: Nvidia chief Jensen Huang, AMD chief executive Lisa Su and Qualcomm chief Cristiano "
    "Amon at the opening ceremony of Computex 2024 in Taipei."
)
CASES += [
    (A, _CAPTION, "Lisa Su", "Computex 2024", False, True),
    (A, _CAPTION, "Jensen Huang", "Computex 2024", False, True),
    # negative: a caption with a verb is read by its clause
    (
        A,
        "Computex 2024 opened in Taipei on Tuesday.\n\nPhoto caption: Lisa Su, who missed the opening "
        "ceremony of Computex 2024, in Austin.",
        "Lisa Su",
        "Computex 2024",
        False,
        False,
    ),
    # negative: a singular role noun carries no list
    (
        ORG,
        _GITEX + "The theme suits the host. Siemens is one of the region's biggest employers.",
        "Siemens",
        "GITEX Global 2024",
        False,
        False,
    ),
]

_THIS_YEAR = (
    "IFA 2024 opened in Berlin on Friday. Grundig and Loewe, which had booths at the 2022 IFA "
    "alongside Vestel, are not exhibiting this year."
)
CASES += [
    (E, _THIS_YEAR, "Loewe", "IFA 2024", True, True),
    (E, _THIS_YEAR, "Loewe", "IFA 2022", True, False),
    (E, _THIS_YEAR, "Vestel", "IFA 2022", False, True),
    (E, _THIS_YEAR, "Vestel", "IFA 2024", False, False),
]

_IFA = "IFA 2024 opened in Berlin on Friday. "
CASES += [
    (E, _IFA + "Haier drew the biggest crowds with its robot fridge.", "Haier", "IFA 2024", False, True),
    (E, _IFA + "Roborock unveiled a vacuum robot that climbs stairs.", "Roborock", "IFA 2024", False, True),
    # negatives: an unveiling dated elsewhere; crowds drawn by something else
    (
        E,
        _IFA + "Roborock unveiled its first lawn mower in Shenzhen in February.",
        "Roborock",
        "IFA 2024",
        False,
        False,
    ),
    (E, _IFA + "The keynote drew crowds, Miele said.", "Miele", "IFA 2024", False, False),
]

test_relations_participation_s7 = case_table_test(CASES)

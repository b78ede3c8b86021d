"""Participation wordings from session 8. An organizing participle with its 'by' agent on the edition
('The fair, run by Messe Berlin, ...'), also when the parser hangs it on the clause whose subject the
edition is; an edition named before an object relative clause of 'hold' ('the Lenovo Tech World 2023,
which the company holds every year'); the bodies an organizing clause joins with 'together with' (or a
plain 'with' after a co- verb); and by-lines that name the organizer inline: the last cell of a
masthead line, a short first sentence ('Produced by X. Listing updated ...'), 'Run by X'.
Presence: 'made the trip', 'sent engineers/buyers/staff/officials'; the names before a clause that
says they are among those taking part ('A and B are among 40 chains that say they will send
buyers') or inside its subject ('Thirty firms, among them A and B, took part'); 'was the first to
withdraw' and 'cancelled their plans to attend' deny presence. Not presence: a crowd counted ('about
90,000 attendees', 'put attendance at'), an 'appearance' that is no verb's object ('Ma's appearance
came after'), pulling out of something other than the edition ('pulled out of the deal').
A table under a role heading lists its rows whatever words their other cells hold ('| Lidl | Food and
match-day catering |'); a participant joined by 'as has C' takes part too.
Wordings written for these tests."""

from __future__ import annotations

from tests.extract.test_extract_relations import case_table_test

ORG = "organizes"
A = "attends"

_IFA = "IFA 2023 opened in Berlin on Friday. "
_COMPUTEX = "Computex 2024 opened in Taipei on Tuesday. "

CASES = [
    # predicate, text, subject, object, negated, expected
    # whoever announces or signs an edition's partners is not one of them; names after a colon are
    (
        "sponsors",
        "The Tianfu Commission of Commerce announced the first batch of partners for the World Robot"
        " Conference 2024.",
        "Tianfu Commission of Commerce",
        "World Robot Conference 2024",
        False,
        False,
    ),
    (
        "sponsors",
        "For the World Robot Conference 2024 the organisers announced their partners: Orbit Labs and"
        " Zeta Motors.",
        "Zeta Motors",
        "World Robot Conference 2024",
        False,
        True,
    ),
    (
        ORG,
        _IFA + "The fair, run by the trade fair company Messe Berlin, expects 180,000 visitors.",
        "Messe Berlin",
        "IFA 2023",
        False,
        True,
    ),
    (
        ORG,
        _COMPUTEX + "The show, staged by the trade agency TAITRA, fills four halls this year.",
        "TAITRA",
        "Computex 2024",
        False,
        True,
    ),
    # negative: the participle describes another noun than the edition
    (
        ORG,
        _COMPUTEX + "The show's main venue, run by Taiwan Sugar Corporation, is being renovated.",
        "Taiwan Sugar Corporation",
        "Computex 2024",
        False,
        False,
    ),
    (
        ORG,
        "Lenovo on Tuesday showed a laptop at Lenovo Tech World 2023, which the company holds every year.",
        "Lenovo",
        "Lenovo Tech World 2023",
        False,
        True,
    ),
    (
        ORG,
        _COMPUTEX + "The Ministry of Economic Affairs organises the show together with TAITRA and the Taipei "
        "Computer Association.",
        "Taipei Computer Association",
        "Computex 2024",
        False,
        True,
    ),
    (
        ORG,
        _COMPUTEX + "The show is staged by TAITRA together with the Taipei Computer Association.",
        "Taipei Computer Association",
        "Computex 2024",
        False,
        True,
    ),
    # negative: 'with' after a plain organizing verb is no co-organizer ("with an eye on Nvidia")
    (
        ORG,
        _COMPUTEX + "TAITRA organises the show with an eye on Nvidia, its biggest exhibitor.",
        "Nvidia",
        "Computex 2024",
        False,
        False,
    ),
    (
        ORG,
        "Computex 2024 | Keynote programme\nNangang Exhibition Center, Taipei | 4-7 June 2024 | Organised by "
        "TAITRA\n\nTuesday 4 June\n",
        "TAITRA",
        "Computex 2024",
        False,
        True,
    ),
    (
        ORG,
        "Computex 2024 exhibitor directory\n\nProduced by the Taiwan External Trade Development Council. "
        "Listing updated 1 June 2024. More than 1,500 exhibitors are registered.\n",
        "Taiwan External Trade Development Council",
        "Computex 2024",
        False,
        True,
    ),
    (
        ORG,
        "GTC 2024 | Programme\n\nDAY 1 - MONDAY\nRun by NVIDIA Research, the company's research arm\n"
        "09:00 Opening keynote\n",
        "NVIDIA Research",
        "GTC 2024",
        False,
        True,
    ),
    # negative: a long first sentence with a comma is prose, not a by-line
    (
        ORG,
        "Computex 2024 exhibitor directory\n\nProduced by the editors with help from Acme Research, "
        "Nvidia and others. Listing updated 1 June 2024.\n",
        "Nvidia",
        "Computex 2024",
        False,
        False,
    ),
]

_IFA24 = "IFA 2024 opened in Berlin on Friday. "

CASES += [
    (
        A,
        _IFA24 + "Samsung's chairman Lee Jae-yong also made the trip to Berlin.",
        "Lee Jae-yong",
        "IFA 2024",
        False,
        True,
    ),
    (
        A,
        _IFA24 + "Bosch and Miele sent engineers to run the demonstrations.",
        "Miele",
        "IFA 2024",
        False,
        True,
    ),
    # negative: sending a product is no presence phrase
    (A, _IFA24 + "Bosch sent samples to reviewers.", "Bosch", "IFA 2024", False, False),
    (
        A,
        _IFA24 + "Bosch and Miele are among 40 appliance makers that have said they will send buyers.",
        "Bosch",
        "IFA 2024",
        False,
        True,
    ),
    (
        A,
        _IFA24 + "Thirty German firms, among them Siemens, Bosch and Miele, took part.",
        "Siemens",
        "IFA 2024",
        False,
        True,
    ),
    (A, _IFA24 + "Sharp was the first exhibitor to withdraw, citing costs.", "Sharp", "IFA 2024", True, True),
    (A, _IFA24 + "Sharp and Philips were the first to withdraw.", "Philips", "IFA 2024", True, True),
    (A, _IFA24 + "Sharp had cancelled its plans to attend.", "Sharp", "IFA 2024", True, True),
    (A, _IFA24 + "Sharp had cancelled its plans to attend.", "Sharp", "IFA 2024", False, False),
    # negatives: a thing withdrawn, a deal left, a crowd counted, an appearance as subject
    (A, _IFA24 + "Sharp withdrew its new television from the show.", "Sharp", "IFA 2024", True, False),
    (
        A,
        _IFA24 + "Sharp pulled out of the licensing deal days before the show.",
        "Sharp",
        "IFA 2024",
        True,
        False,
    ),
    (
        A,
        _IFA24 + "Messe Berlin, which runs the show, expected about 180,000 attendees.",
        "Messe Berlin",
        "IFA 2024",
        False,
        False,
    ),
    (A, _IFA24 + "Messe Berlin put attendance at 180,000.", "Messe Berlin", "IFA 2024", False, False),
    (
        A,
        _IFA24 + "Jack Ma's appearance came a week after his company split up.",
        "Jack Ma",
        "IFA 2024",
        False,
        False,
    ),
]

E, S = "exhibits_at", "sponsors"
_EURO = (
    "UEFA Euro 2024 | Commercial partners\n\nThe tournament is organised by UEFA.\n\nOfficial Partners\n"
    "| Company | Category |\n| Lidl | Food and match-day catering |\n| Vivo | Smartphones |\n"
)
_NO_HEADING = (
    "UEFA Euro 2024 | Market notes\n\nThe tournament is organised by UEFA.\n\n"
    "| Company | Category |\n| Lidl | Food and match-day catering |\n"
)

CASES += [
    (S, _EURO, "Lidl", "UEFA Euro 2024", False, True),
    (S, _EURO, "Vivo", "UEFA Euro 2024", False, True),
    # negative: a table under no role heading
    (S, _NO_HEADING, "Lidl", "UEFA Euro 2024", False, False),
    (E, _COMPUTEX + "Acer has booked a stand, as has Asus.", "Asus", "Computex 2024", False, True),
    # negative: 'as B has said' reports, it does not join B
    (E, _COMPUTEX + "Acer has booked a stand, as Asus has said.", "Asus", "Computex 2024", False, False),
]

test_participation_s8 = case_table_test(CASES)

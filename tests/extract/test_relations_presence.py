"""Presence, absence, sponsor tiers and organizer guards in wordings written for these tests
(positive, negative and negated rows; none taken from an article)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.test_extract_relations import case_table_test, check_case

EXPO = "Hannover Messe 2024"
OPEN = "Hannover Messe opens in Hanover on Monday. "

CASES = [
    # predicate, text, subject, object, negated, expected
    # ---- attends: guest lists and presence clauses under "among"
    (
        "attends",
        OPEN + "Chancellor Olaf Scholz was among the official guests.",
        "Olaf Scholz",
        EXPO,
        False,
        True,
    ),
    (
        "attends",
        OPEN + "Among the guests at the fair were Tim Sweeney and Phil Spencer.",
        "Phil Spencer",
        EXPO,
        False,
        True,
    ),
    (
        "attends",
        OPEN + "Satya Nadella and Lisa Su are among the executives expected to take part, organisers said.",
        "Lisa Su",
        EXPO,
        False,
        True,
    ),
    (
        "attends",
        OPEN + "Shuntaro Furukawa was among the leaders due to attend the fair.",
        "Shuntaro Furukawa",
        EXPO,
        False,
        True,
    ),
    ("attends", OPEN + "Elon Musk was not among the guests this year.", "Elon Musk", EXPO, True, True),
    # a list of speakers is not a list of mere guests; a crowd of kinds names nobody
    ("attends", OPEN + "Todd Howard was among the keynote speakers.", "Todd Howard", EXPO, False, False),
    (
        "attends",
        OPEN + "Ubisoft is among the companies that reported higher sales this quarter.",
        "Ubisoft",
        EXPO,
        False,
        False,
    ),
    # ---- attends: a titled visitor named in apposition
    (
        "attends",
        OPEN + "Japan's ambassador to Germany, Hiroshi Suzuki, visited the pavilion on the opening day.",
        "Hiroshi Suzuki",
        EXPO,
        False,
        True,
    ),
    (
        "attends",
        OPEN + "The mayor of Hanover, Henriette Reker, toured the halls on Thursday.",
        "Henriette Reker",
        EXPO,
        False,
        True,
    ),
    (
        "attends",
        OPEN + "Germany's digital minister, Volker Wissing, did not visit the halls.",
        "Volker Wissing",
        EXPO,
        True,
        True,
    ),
    # ---- absent_from: cancellations and withdrawal wordings
    ("attends", OPEN + "Sony cancelled its appearance at the fair.", "Sony", EXPO, True, True),
    ("attends", OPEN + "Sony cancelled its appearance at the fair.", "Sony", EXPO, False, False),
    ("attends", OPEN + "Nintendo called off its participation in the fair.", "Nintendo", EXPO, True, True),
    ("attends", OPEN + "Lenovo scrapped its trip to the fair.", "Lenovo", EXPO, True, True),
    ("attends", OPEN + "Siemens dropped out of the fair last month.", "Siemens", EXPO, True, True),
    ("attends", OPEN + "Bosch bowed out of the fair in June.", "Bosch", EXPO, True, True),
    ("attends", OPEN + "SAP did not send a delegation to the fair.", "SAP", EXPO, True, True),
    ("attends", OPEN + "Oracle was conspicuously absent from the fair.", "Oracle", EXPO, True, True),
    ("attends", OPEN + "Capcom did not cancel its appearance at the fair.", "Capcom", EXPO, True, False),
    # ---- sponsors: tiers
    ("sponsors", OPEN + "Logitech is the headline sponsor of the fair.", "Logitech", EXPO, False, True),
    (
        "sponsors",
        OPEN + "Razer, a founding partner of the fair, returns with a larger booth.",
        "Razer",
        EXPO,
        False,
        True,
    ),
    ("sponsors", OPEN + "The fair is sponsored by Deutsche Telekom.", "Deutsche Telekom", EXPO, False, True),
    ("sponsors", OPEN + "The fair is presented by Deutsche Telekom.", "Deutsche Telekom", EXPO, False, True),
    ("sponsors", OPEN + "Platinum sponsors include Corsair and MSI.", "MSI", EXPO, False, True),
    # ---- sponsors: role nouns that name no sponsor of the edition
    ("sponsors", OPEN + "AMD showed its new chips at partner booths.", "AMD", EXPO, False, False),
    (
        "sponsors",
        OPEN + "Anna Berg, Managing Partner, Lakestar, spoke at the fair.",
        "Lakestar",
        EXPO,
        False,
        False,
    ),
    (
        "sponsors",
        OPEN + "A study sponsored by Microsoft was presented at the fair.",
        "Microsoft",
        EXPO,
        False,
        False,
    ),
    # ---- organizes: a company hosting a part of the edition, an organizer's owners, the event itself
    (
        "organizes",
        OPEN + "Tencent hosted a session on cloud gaming at the fair.",
        "Tencent",
        EXPO,
        False,
        False,
    ),
    (
        "organizes",
        OPEN + "Krafton hosted a panel on mobile games during the fair.",
        "Krafton",
        EXPO,
        False,
        False,
    ),
    ("organizes", OPEN + "The fair is hosted by Deutsche Messe.", "Deutsche Messe", EXPO, False, True),
    (
        "organizes",
        "Hannover Messe 2024\n\nOrganiser: Deutsche Messe, a joint venture of Deutsche Bank and Allianz\n",
        "Allianz",
        EXPO,
        False,
        False,
    ),
    (
        "organizes",
        "Hannover Messe 2024\n\nOrganiser: Deutsche Messe, a joint venture of Deutsche Bank and Allianz\n",
        "Deutsche Messe",
        EXPO,
        False,
        True,
    ),
    (
        "organizes",
        "Hannover Messe 2024\n\nThe indie arena, hosted by Thomas Mueller, brings together studio heads:\n"
        "- Ana Lopez, CEO, Devolver Digital\n- Jan Kraus, CTO, Paradox Interactive\n",
        "Devolver Digital",
        EXPO,
        False,
        False,
    ),
]


MORE = [
    # planned presence the sentence denies; joining someone at the edition; no-shows
    (
        "attends",
        OPEN + "Siemens had been scheduled to attend the fair but pulled out in March.",
        "Siemens",
        EXPO,
        False,
        False,
    ),
    (
        "attends",
        OPEN + "Siemens had been scheduled to attend the fair but pulled out in March.",
        "Siemens",
        EXPO,
        True,
        True,
    ),
    (
        "attends",
        OPEN + "Jensen Huang was due to attend the fair, but he cancelled at the last minute.",
        "Jensen Huang",
        EXPO,
        True,
        True,
    ),
    ("attends", OPEN + "Jensen Huang is scheduled to attend the fair.", "Jensen Huang", EXPO, True, False),
    (
        "attends",
        OPEN + "Lisa Su joined Tim Cook at the fair on the opening day.",
        "Tim Cook",
        EXPO,
        False,
        True,
    ),
    (
        "attends",
        OPEN + "Lisa Su joined Tim Cook at the fair on the opening day.",
        "Lisa Su",
        EXPO,
        False,
        True,
    ),
    ("attends", OPEN + "Siemens was a no-show at the fair.", "Siemens", EXPO, True, True),
    ("attends", OPEN + "Bosch has withdrawn from the fair.", "Bosch", EXPO, True, True),
    ("attends", OPEN + "Executives from Cisco toured the booths.", "Cisco", EXPO, False, True),
    (
        "sponsors",
        OPEN + "Siemens, a worldwide partner of the fair, showed robots.",
        "Siemens",
        EXPO,
        False,
        True,
    ),
    ("sponsors", OPEN + "Bosch is among the fair's official sponsors.", "Bosch", EXPO, False, True),
]


def test_relations_presence_title_org_is_no_participant(facts: Callable[..., Any]) -> None:
    doc = facts(OPEN + "Also taking part were Cristiano Amon, chief executive of Qualcomm, and Tim Cook.")
    check_case(doc, "attends", "Cristiano Amon", EXPO, negated=False, expected=True)
    check_case(doc, "attends", "Qualcomm", EXPO, negated=False, expected=False)


ORGANIZER_ROWS = [
    # a flat list of organizers however the parser nested it; a possessive on the event noun
    (
        OPEN + "The fair, co-organised by German trade group Deutsche Messe and media group Axel Springer, "
        "runs until Friday.",
        "Axel Springer",
    ),
    (
        OPEN + "The fair, co-organised by German trade group Deutsche Messe and media group Axel Springer, "
        "runs until Friday.",
        "Deutsche Messe",
    ),
    ("Siemens, which makes robots, is holding its Hannover Messe partner conference this week.", "Siemens"),
]


@pytest.mark.parametrize(("text", "subject"), ORGANIZER_ROWS)
def test_relations_presence_organizers(facts: Callable[..., Any], text: str, subject: str) -> None:
    check_case(facts(text), "organizes", subject, EXPO, negated=False, expected=True)


def test_relations_presence_organizer_owner_clause_is_left_to_the_parse(facts: Callable[..., Any]) -> None:
    doc = facts(OPEN + "The fair is organised by Deutsche Messe, which is owned by Lower Saxony and Hanover.")
    check_case(doc, "organizes", "Deutsche Messe", EXPO, negated=False, expected=True)
    check_case(doc, "organizes", "Lower Saxony", EXPO, negated=False, expected=False)


ARRIVAL_ROWS = [
    # predicate, text, subject, object, negated, expected
    ("attends", OPEN + "Tim Cook flew to Hanover for the fair.", "Tim Cook", EXPO, False, True),
    ("attends", OPEN + "Lisa Su travelled to Germany for the fair last week.", "Lisa Su", EXPO, False, True),
    ("attends", OPEN + "Tim Cook did not travel to Hanover for the fair.", "Tim Cook", EXPO, True, True),
    ("attends", OPEN + "Tim Cook flew to Beijing for talks with regulators.", "Tim Cook", EXPO, False, False),
    ("attends", OPEN + "Lisa Su met Olaf Scholz at the fair on Tuesday.", "Olaf Scholz", EXPO, False, True),
    (
        "attends",
        OPEN + "Lisa Su met Olaf Scholz in Berlin after the talks.",
        "Olaf Scholz",
        EXPO,
        False,
        False,
    ),
    ("attends", OPEN + "Guests included Tim Cook and Lisa Su.", "Lisa Su", EXPO, False, True),
    (
        "attends",
        OPEN + "Photo caption: Siemens chief executive Roland Busch pictured at the fair.",
        "Roland Busch",
        EXPO,
        False,
        True,
    ),
    (
        "attends",
        OPEN + "A delegation from Lenovo, led by chairman Yang Yuanqing, visited the fair.",
        "Yang Yuanqing",
        EXPO,
        False,
        True,
    ),
]


def test_relations_presence_described_organizer(facts: Callable[..., Any]) -> None:
    doc = facts(
        OPEN + "More than 200 Chinese firms took part, according to Deutsche Messe, the trade-fair "
        "company that organises the fair."
    )
    check_case(doc, "organizes", "Deutsche Messe", EXPO, negated=False, expected=True)


def test_relations_presence_produced_by_heading(facts: Callable[..., Any]) -> None:
    doc = facts(
        "Hannover Messe 2024 | Visitor guide\n\nProduced by Deutsche Messe\n"
        "Theme: Energizing a sustainable industry\n"
    )
    check_case(doc, "organizes", "Deutsche Messe", EXPO, negated=False, expected=True)


@pytest.mark.parametrize(
    "text",
    [
        OPEN + "Over 300 firms from China took part, about twice last year's number, according to "
        "Deutsche Messe, the exhibition operator that organises the fair.",
        "Hannover Messe 2024 | Show guide\n\nOrganised by the Lower Saxony Trade Promotion Agency (LSTPA) "
        "and the trade-fair operator Deutsche Messe (DM) with industry associations\nTheme: Energy\n",
    ],
)
def test_relations_presence_organizer_layouts(facts: Callable[..., Any], text: str) -> None:
    check_case(facts(text), "organizes", "Deutsche Messe", EXPO, negated=False, expected=True)


ENVOY_ROWS = [
    # predicate, text, subject, object, negated, expected
    ("attends", OPEN + "Tim Cook was in Hanover for the fair.", "Tim Cook", EXPO, False, True),
    ("attends", OPEN + "Tim Cook was in Hanover for talks with Siemens.", "Tim Cook", EXPO, False, False),
    (
        "attends",
        OPEN + "Apple sent its operations chief Sabih Khan to the fair.",
        "Sabih Khan",
        EXPO,
        False,
        True,
    ),
    ("attends", OPEN + "Apple sent its operations chief Sabih Khan to the fair.", "Apple", EXPO, False, True),
    ("attends", OPEN + "Apple sent a letter to the fair's organisers.", "Apple", EXPO, False, False),
    ("attends", OPEN + "Tim Cook declined an invitation to the fair.", "Tim Cook", EXPO, True, True),
    ("attends", OPEN + "Tim Cook accepted an invitation to the fair.", "Tim Cook", EXPO, True, False),
    ("attends", OPEN + "Olaf Scholz graced the fair on Tuesday.", "Olaf Scholz", EXPO, False, True),
]


NEGATIVE_ROWS = [
    # wordings near the presence rules that state nothing about the edition
    (
        "organizes",
        OPEN + "Siemens, the company that hosts its own conference in Munich, said orders rose.",
        "Siemens",
    ),
    ("attends", OPEN + "Tim Cook flew to Beijing for a conference on supply chains.", "Tim Cook"),
    ("attends", OPEN + "Lisa Su met Tim Cook at a dinner in Berlin.", "Tim Cook"),
    ("attends", OPEN + "Bosch sent a team to its own event in Stuttgart.", "Bosch"),
    ("attends", OPEN + "Olaf Scholz was among the critics of the policy.", "Olaf Scholz"),
]


@pytest.mark.parametrize(("predicate", "text", "subject"), NEGATIVE_ROWS)
@pytest.mark.parametrize("negated", [False, True])
def test_relations_presence_negative(
    facts: Callable[..., Any], predicate: str, text: str, subject: str, negated: bool
) -> None:
    check_case(facts(text), predicate, subject, EXPO, negated=negated, expected=False)


@pytest.mark.parametrize(
    "text",
    [
        OPEN + "Siemens cancelled its plan to build a plant in Texas.",
        OPEN + "Siemens cancelled a trip to China.",
    ],
)
def test_relations_presence_cancelled_elsewhere(facts: Callable[..., Any], text: str) -> None:
    check_case(facts(text), "attends", "Siemens", EXPO, negated=True, expected=False)


SPONSOR_END_ROWS = [
    # predicate, text, subject, object, negated, expected
    ("sponsors", OPEN + "SAP ended its sponsorship of the fair last year.", "SAP", EXPO, True, True),
    ("sponsors", OPEN + "SAP ended its sponsorship of the fair last year.", "SAP", EXPO, False, False),
    ("sponsors", OPEN + "Oracle is no longer a sponsor of the fair.", "Oracle", EXPO, True, True),
    ("sponsors", OPEN + "Siemens ended its partnership with Bosch in March.", "Siemens", EXPO, True, False),
    ("sponsors", OPEN + "Bosch's sponsorship of the fair runs until 2026.", "Bosch", EXPO, False, True),
]


BRIEF_WORDINGS = [
    # predicate, text, subject, object, negated, expected
    ("attends", OPEN + "Lisa Su joined Tim Cook on the opening day.", "Tim Cook", EXPO, False, True),
    ("attends", OPEN + "Lisa Su joined Tim Cook for lunch in Berlin.", "Tim Cook", EXPO, False, False),
    ("attends", OPEN + "Siemens pulled out of the fair in January.", "Siemens", EXPO, True, True),
    ("attends", OPEN + "Bosch stayed away from the fair this year.", "Bosch", EXPO, True, True),
    ("attends", OPEN + "Oracle skipped the fair for a third year.", "Oracle", EXPO, True, True),
    ("attends", OPEN + "SAP withdrew from the fair after a strategy review.", "SAP", EXPO, True, True),
    (
        "attends",
        OPEN + "Tim Cook was present at the opening ceremony of the fair.",
        "Tim Cook",
        EXPO,
        False,
        True,
    ),
    ("attends", OPEN + "Lisa Su was spotted at the fair on Tuesday.", "Lisa Su", EXPO, False, True),
    (
        "attends",
        OPEN + "Olaf Scholz toured the booths of the fair on Tuesday.",
        "Olaf Scholz",
        EXPO,
        False,
        True,
    ),
]


@pytest.mark.parametrize("subject", ["Siemens", "Bosch", "Oracle"])
def test_relations_presence_sponsor_lines(facts: Callable[..., Any], subject: str) -> None:
    doc = facts(
        "Hannover Messe 2024 | Programme\n\nPresented by Siemens\nPlatinum sponsors: Bosch, SAP and Oracle\n"
    )
    check_case(doc, "sponsors", subject, EXPO, negated=False, expected=True)


GAMES = "Winter Olympics 2026"
WINTER = "The Milan Cortina 2026 Winter Olympics open in Milan in February. "
TIER_ROWS = [
    # predicate, text, subject, object, negated, expected
    # ---- tiers: supporter/supplier need a tier; a possessor owns the roster, it is no sponsor
    ("sponsors", WINTER + "Intel is an official supporter of the Games.", "Intel", GAMES, False, True),
    (
        "sponsors",
        WINTER + "Alibaba, the official supplier of the Games, runs the cloud.",
        "Alibaba",
        GAMES,
        False,
        True,
    ),
    ("sponsors", WINTER + "Apple's suppliers were also at the Games.", "Apple", GAMES, False, False),
    ("sponsors", WINTER + "Samsung is one of the IOC's TOP partners.", "Samsung", GAMES, False, True),
    ("sponsors", WINTER + "Samsung is one of the IOC's TOP partners.", "IOC", GAMES, False, False),
    ("sponsors", WINTER + "Lenovo is one of Nvidia's partners.", "Nvidia", GAMES, False, False),
    ("sponsors", WINTER + "Lenovo is one of Nvidia's partners.", "Lenovo", GAMES, False, False),
    (
        "sponsors",
        WINTER + "Intel is the official timekeeper and an official partner of the Games.",
        "Intel",
        GAMES,
        False,
        True,
    ),
    (
        "sponsors",
        WINTER + "IBM and Oracle, both sponsors of the Games, held dinners.",
        "Oracle",
        GAMES,
        False,
        True,
    ),
    (
        "sponsors",
        WINTER + "The sponsor roster includes Google, Intel and Shopify.",
        "Shopify",
        GAMES,
        False,
        True,
    ),
    ("sponsors", WINTER + "Hisense is one of the IOC's seven partners.", "Hisense", GAMES, False, True),
    # ---- a role noun titling the name: the edition's sponsor, not a company's business partner
    (
        "sponsors",
        WINTER + "Winter Olympics sponsor Hisense put up billboards.",
        "Hisense",
        GAMES,
        False,
        True,
    ),
    ("sponsors", WINTER + "Olympic partner Alibaba runs the cloud.", "Alibaba", GAMES, False, True),
    (
        "sponsors",
        WINTER + "Hardware partners Dell and HPE sold servers at the Games.",
        "Dell",
        GAMES,
        False,
        False,
    ),
    ("sponsors", WINTER + "Intel is a tech partner of the Winter Olympics.", "Intel", GAMES, False, True),
    # ---- quitting a sponsor role is a negated sponsorship, not an absence
    ("sponsors", WINTER + "Dell dropped out as a sponsor of the Games.", "Dell", GAMES, True, True),
    ("sponsors", WINTER + "Dell dropped out as a sponsor of the Games.", "Dell", GAMES, False, False),
    ("attends", WINTER + "Dell dropped out as a sponsor of the Games.", "Dell", GAMES, True, False),
    ("sponsors", WINTER + "Visa stepped down as a partner of the Games in May.", "Visa", GAMES, True, True),
    # ---- a company hosting its own place or side meeting does not organize the edition
    ("organizes", OPEN + "Google hosted a side event at the fair.", "Google", EXPO, False, False),
    ("organizes", OPEN + "IBM hosted a pavilion at the fair.", "IBM", EXPO, False, False),
    ("exhibits_at", OPEN + "IBM hosted a pavilion at the fair.", "IBM", EXPO, False, True),
    (
        "organizes",
        OPEN + "Siemens hosted a reception for customers at the fair.",
        "Siemens",
        EXPO,
        False,
        False,
    ),
    ("organizes", OPEN + "Deutsche Messe hosts the fair every April.", "Deutsche Messe", EXPO, False, True),
    (
        "organizes",
        OPEN + "Siemens hosted a launch event on the sidelines of the fair.",
        "Siemens",
        EXPO,
        False,
        False,
    ),
    ("organizes", OPEN + "Bosch will host the fair's robotics forum.", "Bosch", EXPO, False, False),
    (
        "organizes",
        OPEN + "Deutsche Messe hosted the fair's 77th edition.",
        "Deutsche Messe",
        EXPO,
        False,
        True,
    ),
    (
        "organizes",
        OPEN + "Next door, the Global Energy Transition Forum, organized by Reuters, opens on Tuesday.",
        "Reuters",
        EXPO,
        False,
        False,
    ),
    (
        "organizes",
        OPEN + "The fair, organized by Deutsche Messe, opens on Monday.",
        "Deutsche Messe",
        EXPO,
        False,
        True,
    ),
    # ---- a lineup of people speaks; a lineup of products does not
    ("speaks_at", OPEN + "The lineup features Tim Cook and Lisa Su.", "Lisa Su", EXPO, False, True),
    ("speaks_at", OPEN + "Siemens' product lineup includes the Simatic S7.", "Siemens", EXPO, False, False),
    # ---- "have stands" (the parser may read "stands" as a verb), "dominate the halls"
    ("exhibits_at", OPEN + "Siemens and Bosch also have stands at the fair.", "Bosch", EXPO, False, True),
    (
        "exhibits_at",
        OPEN + "Start-ups fill Hall 2, where ABB and Kuka also have stands.",
        "Kuka",
        EXPO,
        False,
        True,
    ),
    ("exhibits_at", OPEN + "Neither Siemens nor Bosch has stands this year.", "Bosch", EXPO, True, True),
    (
        "exhibits_at",
        OPEN + "Carmakers BMW, Audi and Volvo dominate the halls with robots.",
        "Audi",
        EXPO,
        False,
        True,
    ),
    ("exhibits_at", OPEN + "Talk of tariffs dominated the halls.", "Audi", EXPO, False, False),
]


# Every table above holds rows of (predicate, text, subject, object, negated, expected).
ROWS = CASES + MORE + ARRIVAL_ROWS + ENVOY_ROWS + SPONSOR_END_ROWS + BRIEF_WORDINGS + TIER_ROWS


test_relations_presence_rows = case_table_test(ROWS)

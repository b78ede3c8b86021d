"""Event participation and title wordings written for these tests (positive, negative, negated)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.test_extract_relations import case_table_test

MWC = "MWC Barcelona 2024"
OPEN = "The Mobile World Congress opens in Barcelona on Monday. "

CASES = [
    # predicate, text, subject, object, negated, expected
    ("sponsors", OPEN + "Nokia is among the sponsors of the congress.", "Nokia", MWC, False, True),
    (
        "sponsors",
        OPEN + "Ericsson partnered with the organisers of the congress.",
        "Ericsson",
        MWC,
        False,
        True,
    ),
    (
        "organizes",
        OPEN + "Ericsson partnered with the organisers of the congress.",
        "Ericsson",
        MWC,
        False,
        False,
    ),
    ("exhibits_at", OPEN + "Ericsson set up a stand at the show.", "Ericsson", MWC, False, True),
    ("exhibits_at", OPEN + "Nokia displayed its radios at the congress.", "Nokia", MWC, False, True),
    ("exhibits_at", OPEN + "Amazon has no stand at the congress this year.", "Amazon", MWC, True, True),
    (
        "attends",
        OPEN + "Samsung was represented by its mobile chief at the congress.",
        "Samsung",
        MWC,
        False,
        True,
    ),
    ("attends", OPEN + "Sony turned up at the Mobile World Congress.", "Sony", MWC, False, True),
    ("attends", OPEN + "Microsoft declined to take part in the congress.", "Microsoft", MWC, True, True),
    ("attends", OPEN + "Microsoft declined to take part in the congress.", "Microsoft", MWC, False, False),
    ("attends", OPEN + "Neither Apple nor Google was represented at the congress.", "Apple", MWC, True, True),
    ("attends", OPEN + "Meta was nowhere to be seen at the Mobile World Congress.", "Meta", MWC, True, True),
    ("speaks_at", OPEN + "Tim Cook took the stage at the congress.", "Tim Cook", MWC, False, True),
    (
        "speaks_at",
        OPEN + "Jensen Huang addressed the forum in a video address.",
        "Jensen Huang",
        MWC,
        False,
        True,
    ),
    ("speaks_at", OPEN + "Tim Cook watched the congress from Cupertino.", "Tim Cook", MWC, False, False),
    (
        "employs",
        "Mats Granryd, director general of the GSMA, spoke on Monday.",
        "GSMA",
        "Mats Granryd",
        False,
        True,
    ),
    (
        "employs",
        "Gina Raimondo, secretary of the US Commerce Department, said so.",
        "Commerce Department",
        "Gina Raimondo",
        False,
        True,
    ),
    ("employs", "Gina Raimondo met the GSMA on Monday.", "GSMA", "Gina Raimondo", False, False),
    (
        "speaks_at",
        OPEN + "Robin Li said at the congress that models must be open.",
        "Robin Li",
        MWC,
        False,
        True,
    ),
    (
        "speaks_at",
        OPEN + "Speaking at the congress, Lisa Su praised developers.",
        "Lisa Su",
        MWC,
        False,
        True,
    ),
    (
        "speaks_at",
        OPEN + "Robin Li said before the congress that models must be open.",
        "Robin Li",
        MWC,
        False,
        False,
    ),
    ("attends", OPEN + "Amazon sent executives to the congress.", "Amazon", MWC, False, True),
    ("attends", OPEN + "Executives from Apple and Tesla were in attendance.", "Tesla", MWC, False, True),
    ("attends", OPEN + "Representatives of Nvidia attended the congress.", "Nvidia", MWC, False, True),
    ("attends", OPEN + "Customers of Nvidia attended the congress.", "Nvidia", MWC, False, False),
    (
        "exhibits_at",
        OPEN + "Unitree showed off its humanoid robots at the congress.",
        "Unitree",
        MWC,
        False,
        True,
    ),
    ("speaks_at", OPEN + "Robin Li gave a talk at the congress.", "Robin Li", MWC, False, True),
    (
        "speaks_at",
        OPEN + "Robin Li told a press conference in Beijing that sales rose.",
        "Robin Li",
        MWC,
        False,
        False,
    ),
    ("attends", OPEN + "Google also joined the Mobile World Congress.", "Google", MWC, False, True),
    ("attends", OPEN + "Google did not join the Mobile World Congress.", "Google", MWC, True, True),
    # speeches framed by the clause, parts of the edition, panel partners, opening an event
    (
        "speaks_at",
        OPEN + "In remarks at the congress, Lisa Su said chips would get cheaper.",
        "Lisa Su",
        MWC,
        False,
        True,
    ),
    (
        "speaks_at",
        OPEN + "In remarks to reporters, Lisa Su said chips would get cheaper.",
        "Lisa Su",
        MWC,
        False,
        False,
    ),
    (
        "speaks_at",
        OPEN + "Lisa Su said at the opening ceremony that chips would get cheaper.",
        "Lisa Su",
        MWC,
        False,
        True,
    ),
    (
        "speaks_at",
        OPEN + "Lisa Su said at a press session that chips would get cheaper.",
        "Lisa Su",
        MWC,
        False,
        False,
    ),
    ("speaks_at", OPEN + "Lisa Su shared the stage with Pat Gelsinger.", "Pat Gelsinger", MWC, False, True),
    (
        "speaks_at",
        OPEN + "Lisa Su appeared on a panel with Pat Gelsinger.",
        "Pat Gelsinger",
        MWC,
        False,
        True,
    ),
    (
        "speaks_at",
        OPEN + "Pat Gelsinger told attendees that chips would get cheaper.",
        "Pat Gelsinger",
        MWC,
        False,
        True,
    ),
    (
        "attends",
        OPEN + "Pat Gelsinger told attendees that chips would get cheaper.",
        "Pat Gelsinger",
        MWC,
        False,
        False,
    ),
    (
        "speaks_at",
        OPEN + "Pedro Sanchez opened the congress with a pledge of support.",
        "Pedro Sanchez",
        MWC,
        False,
        True,
    ),
    (
        "speaks_at",
        OPEN + "Jensen Huang presented a new chip at the congress.",
        "Jensen Huang",
        MWC,
        False,
        True,
    ),
    (
        "speaks_at",
        OPEN + "Lisa Su debated Pat Gelsinger on stage at the congress.",
        "Pat Gelsinger",
        MWC,
        False,
        True,
    ),
    (
        "speaks_at",
        OPEN + "Lisa Su praised Pat Gelsinger at the congress.",
        "Pat Gelsinger",
        MWC,
        False,
        False,
    ),
    (
        "speaks_at",
        "Photo caption: Lisa Su presents a chip at the 2019 Mobile World Congress in Barcelona. File photo",
        "Lisa Su",
        "MWC Barcelona 2019",
        False,
        True,
    ),
    (
        "speaks_at",
        OPEN + "Satya Nadella flew in on Sunday. Nadella debated Jack Ma on stage at the congress.",
        "Satya Nadella",
        MWC,
        False,
        True,
    ),
    (
        "speaks_at",
        OPEN
        + 'Lisa Su in conversation with authors of the paper "Scaling Laws", including '
        + "Jared Kaplan and Dario Amodei.",
        "Dario Amodei",
        MWC,
        False,
        True,
    ),
    (
        "speaks_at",
        OPEN + "The king opened the event, with Sam Altman due to speak by video link.",
        "Sam Altman",
        MWC,
        False,
        True,
    ),
    # presence
    (
        "attends",
        OPEN + "Nokia drew crowds; chairman Pekka Lundmark was at the stand on Monday.",
        "Pekka Lundmark",
        MWC,
        False,
        True,
    ),
    ("attends", OPEN + "Pat Gelsinger was in the audience on Monday.", "Pat Gelsinger", MWC, False, True),
    ("attends", OPEN + "Also taking part were Pat Gelsinger and Lisa Su.", "Lisa Su", MWC, False, True),
    (
        "attends",
        OPEN + "Elon Musk, Tesla's chief executive, was not among the participants.",
        "Elon Musk",
        MWC,
        True,
        True,
    ),
    (
        "attends",
        OPEN + "Elon Musk, Tesla's chief executive, was not among the participants.",
        "Tesla",
        MWC,
        True,
        False,
    ),
    ("attends", OPEN + "Tim Cook made an appearance at the congress.", "Tim Cook", MWC, False, True),
    ("attends", OPEN + "Tim Cook led an Apple delegation to the congress.", "Apple", MWC, False, True),
    ("attends", OPEN + "Honor had no part in the congress this year.", "Honor", MWC, True, True),
    (
        "attends",
        "Photo caption: Tim Cook at the 2023 Mobile World Congress in Barcelona.",
        "Tim Cook",
        "MWC Barcelona 2023",
        False,
        True,
    ),
    ("attends", OPEN + "Also present were Pat Gelsinger and Lisa Su.", "Lisa Su", MWC, False, True),
    ("attends", OPEN + "Among those attending were Pat Gelsinger and Lisa Su.", "Lisa Su", MWC, False, True),
    ("attends", OPEN + "Pat Gelsinger was spotted at the congress.", "Pat Gelsinger", MWC, False, True),
    ("attends", OPEN + "Pat Gelsinger visited Nokia's booth.", "Pat Gelsinger", MWC, False, True),
    (
        "attends",
        OPEN + "Pat Gelsinger met Lisa Su on the sidelines of the congress.",
        "Lisa Su",
        MWC,
        False,
        True,
    ),
    (
        "attends",
        OPEN + "Pat Gelsinger praised Lisa Su on the sidelines of the congress.",
        "Lisa Su",
        MWC,
        False,
        False,
    ),
    (
        "speaks_at",
        OPEN + "Pat Gelsinger presided over the opening plenary.",
        "Pat Gelsinger",
        MWC,
        False,
        True,
    ),
    ("speaks_at", OPEN + "Pat Gelsinger hosted a panel on chips.", "Pat Gelsinger", MWC, False, True),
    (
        "speaks_at",
        OPEN + "The congress heard from Pat Gelsinger on Tuesday.",
        "Pat Gelsinger",
        MWC,
        False,
        True,
    ),
    (
        "speaks_at",
        OPEN + "Speakers included Lisa Su, AMD's chief executive, and Pat Gelsinger.",
        "Pat Gelsinger",
        MWC,
        False,
        True,
    ),
    (
        "organizes",
        OPEN + "The congress is jointly held by the GSMA and Fira Barcelona.",
        "GSMA",
        MWC,
        False,
        True,
    ),
    (
        "organizes",
        OPEN + "A stake held by Telefonica was sold during the congress.",
        "Telefonica",
        MWC,
        False,
        False,
    ),
    (
        "speaks_at",
        OPEN + "At the opening ceremony, Pat Gelsinger called for more chip plants.",
        "Pat Gelsinger",
        MWC,
        False,
        True,
    ),
    ("speaks_at", OPEN + "The keynote was delivered by Pat Gelsinger.", "Pat Gelsinger", MWC, False, True),
    ("attends", OPEN + "Notable absentees included Huawei and ZTE.", "ZTE", MWC, True, True),
    ("exhibits_at", OPEN + "Among the exhibitors were Nokia and Ericsson.", "Ericsson", MWC, False, True),
    (
        "organizes",
        OPEN + "Event organiser GSMA said 100,000 people had registered.",
        "GSMA",
        MWC,
        False,
        True,
    ),
    (
        "sponsors",
        OPEN + "Hardware partners Dell and Lenovo took space on the show floor.",
        "Dell",
        MWC,
        False,
        False,
    ),
    (
        "attends",
        OPEN
        + "Samsung has no stand, and LG's presence is small, although both Korean groups have sent speakers.",
        "Samsung",
        MWC,
        False,
        True,
    ),
    (
        "exhibits_at",
        OPEN + "Nokia chairman Pekka Lundmark said his company would exhibit new radios.",
        "Nokia",
        MWC,
        False,
        True,
    ),
    # exhibitors: members of a role noun, the subject's list, 'show' in its exhibit sense, halls
    (
        "exhibits_at",
        OPEN + "Exhibitors such as Nokia and Ericsson showed new radios.",
        "Ericsson",
        MWC,
        False,
        True,
    ),
    (
        "exhibits_at",
        OPEN + "About 2,400 companies are exhibiting at the congress, including Nokia and Ericsson.",
        "Ericsson",
        MWC,
        False,
        True,
    ),
    ("exhibits_at", OPEN + "Ericsson showed its new radios at the congress.", "Ericsson", MWC, False, True),
    (
        "exhibits_at",
        OPEN + "A survey by Nokia showed that Ericsson lost ground.",
        "Ericsson",
        MWC,
        False,
        False,
    ),
    (
        "exhibits_at",
        OPEN + "Xiaomi took one of the largest halls at the congress.",
        "Xiaomi",
        MWC,
        False,
        True,
    ),
    ("exhibits_at", OPEN + "Visitors crowded the Nokia booth.", "Nokia", MWC, False, True),
    # organizers: running the event, auspices; a 'host country' is no host
    ("organizes", OPEN + "The congress is run by the GSMA.", "GSMA", MWC, False, True),
    ("organizes", OPEN + "The congress runs until Thursday, the GSMA said.", "GSMA", MWC, False, False),
    ("organizes", OPEN + "The congress is held under the auspices of the GSMA.", "GSMA", MWC, False, True),
    (
        "organizes",
        OPEN + "Telefonica is the host country's largest operator.",
        "Telefonica",
        MWC,
        False,
        False,
    ),
    # a 'which'/'that' clause after "PERSON, TITLE of ORG" describes the organization
    (
        "organizes",
        OPEN + "Mats Granryd, director general of the GSMA, which organises the congress, spoke.",
        "GSMA",
        MWC,
        False,
        True,
    ),
    (
        "organizes",
        OPEN
        + "Mats Granryd, head of the GSMA, the London-based association that stages the congress, spoke.",
        "GSMA",
        MWC,
        False,
        True,
    ),
    # lists the parser splits, misparsed adverbs, split hyphens
    (
        "attends",
        OPEN + "Nokia, Ericsson and Samsung are among the vendors taking part.",
        "Nokia",
        MWC,
        False,
        True,
    ),
    (
        "speaks_at",
        OPEN + "Pat Gelsinger demoed the chip live on stage at the congress.",
        "Pat Gelsinger",
        MWC,
        False,
        True,
    ),
    (
        "organizes",
        OPEN + "Co-hosted by two ministries together with the GSMA, the congress runs until Thursday.",
        "GSMA",
        MWC,
        False,
        True,
    ),
    (
        "held_in",
        "Previous edition: Computex, Taipei, Taiwan, 28-31 May 2019.",
        "Computex 2019",
        "Taipei",
        False,
        True,
    ),
    (
        "held_in",
        "The Global AI Summit opened on Tuesday. It is co-hosted by Saudi Arabia and Korea.",
        "Global AI Summit 2024",
        "Saudi Arabia",
        False,
        False,
    ),
    (
        "held_in",
        "Sales in Shanghai rose during Lunar New Year.",
        "Lunar New Year 2024",
        "Shanghai",
        False,
        False,
    ),
    # editions outside the KB and where they are held
    (
        "held_in",
        "The Global AI Summit opened in Riyadh on Tuesday.",
        "Global AI Summit 2024",
        "Riyadh",
        False,
        True,
    ),
    (
        "held_in",
        "The Beijing-hosted World Robot Conference drew crowds on Friday.",
        "World Robot Conference 2024",
        "Beijing",
        False,
        True,
    ),
    (
        "held_in",
        "The AI Safety Summit of November 2023 took place at Bletchley Park.",
        "AI Safety Summit 2023",
        "Bletchley Park",
        False,
        True,
    ),
    (
        "held_in",
        "Xiaomi showed its cars at the 2023 Xiaomi Developer Conference in Beijing.",
        "Xiaomi Developer Conference 2023",
        "Beijing",
        False,
        True,
    ),
]


test_relations_participation_wordings = case_table_test(CASES)


ROLE_TEXT = (
    "The World Artificial Intelligence Conference opens in Shanghai next week. "
    "Several banks are among the event's 8 “diamond partners”, or main sponsors. "
    "Bank of China, Standard Chartered and Citibank are all on the list. "
    "Lenovo and Xiaomi are sponsoring the conference as well.\n\n"
    "The other partners on the list are China Unicom and Baidu.\n\n"
    "Separately, Nokia is a partner of the conference."
)


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("Bank of China", "diamond partner"),
        ("Citibank", "diamond partner"),
        ("Lenovo", "diamond partner"),
        ("China Unicom", "diamond partner"),
        ("Baidu", "diamond partner"),
        ("Nokia", "partner"),
    ],
)
def test_relations_participation_list_role_names_the_whole_list(
    facts: Callable[..., Any], subject: str, role: str
) -> None:
    doc = facts(ROLE_TEXT)
    names = {e.id: {e.name.lower(), *(a.lower() for a in e.aliases)} for e in doc.entities}
    roles = [
        r.qualifiers.get("role")
        for r in doc.relations
        if r.predicate.value == "sponsors" and subject.lower() in names.get(r.subject, set())
    ]
    assert roles == [role]

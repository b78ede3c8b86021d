"""Sanctions, based_in and held_in constructions of session 9 (sentences written for these tests): a
foreign government body listed among companies is a target, not the one who lists them."""

from __future__ import annotations

from tests.extract.test_extract_relations import case_table_test

_BODY_LIST = (
    "The Commerce Department added three Chinese organisations to the Entity List on Tuesday.\n\n"
    "The entries, printed in the Federal Register, are Lanzhou Radar Works Co., Harbin Optic Fibre Co. "
    "and the Ministry of State Security (MSS), which the Treasury had already placed under sanctions."
)

_HILLHOUSE = (
    "Hillhouse was an early investor in Yangtze Memory, the state-backed memory maker, which "
    "Washington added to the Entity List in 2022."
)

CASES = [
    # predicate, text, subject, object, negated, expected
    # a foreign government body coordinated with the listed companies is listed too ...
    ("sanctioned_by", _BODY_LIST, "Ministry of State Security", "United States", False, True),
    # ... and, as an item, it is not the government that lists its fellow items
    ("sanctioned_by", _BODY_LIST, "Harbin Optic Fibre Co.", "United States", False, True),
    ("sanctioned_by", _BODY_LIST, "Lanzhou Radar Works Co.", "China", False, False),
    # a body of the listing government itself stays an actor, never a target
    (
        "sanctioned_by",
        "The Treasury Department and the State Department on Monday sanctioned Ningbo Marine Tech Co. "
        "and Qingdao Fleet Services Co. over shipments to Iran.",
        "State Department",
        "United States",
        False,
        False,
    ),
    (
        "sanctioned_by",
        "The Treasury Department and the State Department on Monday sanctioned Ningbo Marine Tech Co. "
        "and Qingdao Fleet Services Co. over shipments to Iran.",
        "Qingdao Fleet Services Co.",
        "United States",
        False,
        True,
    ),
    # a country's export or trade restrictions, and a denial order, name their target
    (
        "sanctioned_by",
        "Inspur, which remains under U.S. export restrictions, showed new servers at the fair in Hanover.",
        "Inspur",
        "United States",
        False,
        True,
    ),
    (
        "sanctioned_by",
        "The Commerce Department imposed a denial order on Fiberhome Telecom on Tuesday.",
        "Fiberhome Telecom",
        "United States",
        False,
        True,
    ),
    # ... restrictions on chips that a company is hit by are not a listing of the company
    (
        "sanctioned_by",
        "Like other Chinese labs, Baichuan has been hit by US restrictions on advanced chips.",
        "Baichuan",
        "United States",
        False,
        False,
    ),
    # a company of the restricting country that speaks of the measure is no target, of either side
    (
        "sanctioned_by",
        "Nvidia said US export restrictions would cost it 5.5 billion dollars this quarter.",
        "Nvidia",
        "China",
        False,
        False,
    ),
    (
        "sanctioned_by",
        "Nvidia said US export restrictions would cost it 5.5 billion dollars this quarter.",
        "Nvidia",
        "United States",
        False,
        False,
    ),
    # the name's own apposition states the measure; the main clause's denial is about something else
    (
        "sanctioned_by",
        "Hikvision, a camera maker under U.S. export restrictions since 2019, is not exhibiting at the "
        "show this year.",
        "Hikvision",
        "United States",
        False,
        True,
    ),
    (
        "sanctioned_by",
        "Hikvision, a camera maker under U.S. export restrictions since 2019, is not exhibiting at the "
        "show this year.",
        "Hikvision",
        "United States",
        True,
        False,
    ),
    # a government's or a rule's ban on the equipment of named makers, with described items after a colon
    (
        "sanctioned_by",
        "The new FCC order covers equipment made by Inspur and Sugon as well as Unisoc, together with "
        "their units.",
        "Unisoc",
        "United States",
        False,
        True,
    ),
    (
        "sanctioned_by",
        "Washington on Tuesday banned approvals of new equipment from four Chinese vendors: the server "
        "maker Inspur; the chip designer Unisoc; and Sugon.",
        "Unisoc",
        "United States",
        False,
        True,
    ),
    # ... a business's own ban is none
    (
        "sanctioned_by",
        "The hotel chain banned gear from Xiaomi in its rooms.",
        "Xiaomi",
        "United States",
        False,
        False,
    ),
    # based_in: a nationality on a group noun whose participle has an agent ('named by the ministry')
    # still distributes over the names the group is said to be
    (
        "based_in",
        "The four Japanese suppliers named by the Dutch trade ministry are Kioxia; Renesas Electronics; "
        "and Tokyo Electron.",
        "Tokyo Electron",
        "Japan",
        False,
        True,
    ),
    (
        "based_in",
        "The three Chinese firms named by the US Treasury on Monday are Sugon, Inspur and Nvidia.",
        "Inspur",
        "China",
        False,
        True,
    ),
    # ... but not over a name whose country is known to be another
    (
        "based_in",
        "The three Chinese firms named by the US Treasury on Monday are Sugon, Inspur and Nvidia.",
        "Nvidia",
        "China",
        False,
        False,
    ),
    # a relative clause on the name (or on its apposition) holds the measure, wherever the name stands
    (
        "sanctioned_by",
        "The stadium's cameras were supplied by Dahua, which has been on the US Entity List since 2019, "
        "and run around the clock.",
        "Dahua",
        "United States",
        False,
        True,
    ),
    (
        "sanctioned_by",
        _HILLHOUSE,
        "Yangtze Memory",
        "United States",
        False,
        True,
    ),
    (
        "sanctioned_by",
        _HILLHOUSE,
        "Hillhouse",
        "United States",
        False,
        False,
    ),
    # ... and its denial too
    (
        "sanctioned_by",
        "The cameras in the hall were supplied by Uniview, which is not on the US Entity List.",
        "Uniview",
        "United States",
        True,
        True,
    ),
    (
        "sanctioned_by",
        "The cameras in the hall were supplied by Uniview, which is not on the US Entity List.",
        "Uniview",
        "United States",
        False,
        False,
    ),
]

test_relations_sanctions_s9 = case_table_test(CASES)

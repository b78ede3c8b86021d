"""Organizer, sponsor and speaker wordings from session 9. Co-organizers an organizing clause joins
with a plain 'with' when its object is the edition ('which runs the fair with the X Association'),
not 'with support from X'; a co- verb the tokenizer splits ('Y, which co-hosts the summit with Z',
'Y, the trade body that co-organises the show'); the names before a short form in brackets in
'with A (AA) and B (BB) as co-organisers'; a second participle that shares the edition as passive
subject ('owned and run by X'); 'X, the company behind the event'; who cancels or postpones an
edition. Not a company's own press conference during the edition, nor a name that only modifies a
common noun ('the Arm-backed alliance', 'the G7 member states'). Not sponsors: the partners of a
platform ('an open platform with 50 partners, among them A'). A person who presents a product at an
edition speaks there ('unveiled the X at the fair'), not one who presents it elsewhere or whose
company does. Wordings written for these tests."""

from __future__ import annotations

from tests.extract.test_extract_relations import case_table_test

ORG, SP = "organizes", "speaks_at"

_SEMICON = "SEMICON Taiwan 2023 opened in Taipei on Wednesday. "
_HANNOVER = "Hannover Messe 2024 opened on Monday. "
_IFA = "IFA 2023 opened in Berlin on Friday. "
_CO_ORGANISED = (
    _SEMICON + "The show is organised by SEMI together with the Arm-backed RISC-V alliance and the"
    " Industrial Technology Research Institute."
)

CASES = [
    # predicate, text, subject, object, negated, expected
    # a plain 'with' on an organizing verb whose object is the edition
    (
        ORG,
        _SEMICON + "SEMI, which runs the exhibition with the Taiwan Semiconductor Industry Association,"
        " expects 950 exhibitors.",
        "Taiwan Semiconductor Industry Association",
        "SEMICON Taiwan 2023",
        False,
        True,
    ),
    # negative: 'with support from' names a backer, not a co-organizer
    (
        ORG,
        _SEMICON + "SEMI, which runs the exhibition with support from the Taiwan Semiconductor Industry"
        " Association, expects 950 exhibitors.",
        "Taiwan Semiconductor Industry Association",
        "SEMICON Taiwan 2023",
        False,
        False,
    ),
    # a split co- verb after 'which' / after an apposition and 'that'
    (
        ORG,
        _HANNOVER + "Visitors were greeted by Jochen Köckler, chairman of Deutsche Messe, which co-organises"
        " the fair with the German Engineering Federation.",
        "Deutsche Messe",
        "Hannover Messe 2024",
        False,
        True,
    ),
    (
        ORG,
        _HANNOVER + "Visitors were greeted by Jochen Köckler, chairman of Deutsche Messe, which co-organises"
        " the fair with the German Engineering Federation.",
        "German Engineering Federation",
        "Hannover Messe 2024",
        False,
        True,
    ),
    (
        ORG,
        _IFA + "The talk was moderated by Kai Hillebrandt, chairman of Bitkom, the industry body that"
        " co-organises the fair with Messe Berlin.",
        "Messe Berlin",
        "IFA 2023",
        False,
        True,
    ),
    # negative: the split co- verb's object is no edition
    (
        ORG,
        _IFA + "The talk was moderated by Kai Hillebrandt, chairman of Bitkom, the industry body that"
        " co-organises a training scheme with Messe Berlin.",
        "Messe Berlin",
        "IFA 2023",
        False,
        False,
    ),
    # 'with A (AA) and B (BB) as co-organisers': the names before their short forms
    (
        ORG,
        _SEMICON + "The show is organised by SEMI, with the Taiwan Semiconductor Industry Association"
        " (TSIA) and the Industrial Technology Research Institute (ITRI) as co-organisers.",
        "Taiwan Semiconductor Industry Association",
        "SEMICON Taiwan 2023",
        False,
        True,
    ),
    (
        ORG,
        _SEMICON + "The show is organised by SEMI, with the Taiwan Semiconductor Industry Association"
        " (TSIA) and the Industrial Technology Research Institute (ITRI) as co-organisers.",
        "Industrial Technology Research Institute",
        "SEMICON Taiwan 2023",
        False,
        True,
    ),
    # a second participle shares the edition as passive subject: 'owned and run by'
    (
        ORG,
        _HANNOVER + "The fair is owned and run by Deutsche Messe, which also stages CeBIT.",
        "Deutsche Messe",
        "Hannover Messe 2024",
        False,
        True,
    ),
    # negative: the shared passive subject is a product, not the edition
    (
        ORG,
        _HANNOVER + "The robot on the stand was designed and produced by Festo, a German automation group.",
        "Festo",
        "Hannover Messe 2024",
        False,
        False,
    ),
    # 'the company behind the event': the organization the noun stands in apposition to
    (
        ORG,
        _SEMICON + "SEMI, the industry association behind the show, expects 950 exhibitors.",
        "SEMI",
        "SEMICON Taiwan 2023",
        False,
        True,
    ),
    # negative: the company behind a product
    (
        ORG,
        _SEMICON + "Tencent, the company behind WeChat, is exhibiting at the show.",
        "Tencent",
        "SEMICON Taiwan 2023",
        False,
        False,
    ),
    # negatives: a company's own press meeting during the edition; names that only modify a noun
    (
        ORG,
        _SEMICON + "Applied Materials used its press conference at the show to introduce a deposition tool.",
        "Applied Materials",
        "SEMICON Taiwan 2023",
        False,
        False,
    ),
    (
        ORG,
        _CO_ORGANISED,
        "Arm",
        "SEMICON Taiwan 2023",
        False,
        False,
    ),
    (
        ORG,
        _CO_ORGANISED,
        "Industrial Technology Research Institute",
        "SEMICON Taiwan 2023",
        False,
        True,
    ),
    (
        ORG,
        _HANNOVER + "It is co-organised by the German economy ministry, its peers in the five G7 member"
        " states and the OECD Secretariat.",
        "G7",
        "Hannover Messe 2024",
        False,
        False,
    ),
    # who cancels or postpones an edition runs it; not who cancels its own press event there
    (
        ORG,
        "SEMICON Taiwan 2020 was due in September. SEMI postponed SEMICON Taiwan 2020 by a month.",
        "SEMI",
        "SEMICON Taiwan 2020",
        False,
        True,
    ),
    (
        ORG,
        "Hannover Messe 2020 was due in April. Deutsche Messe called off Hannover Messe 2020 in March.",
        "Deutsche Messe",
        "Hannover Messe 2020",
        False,
        True,
    ),
    (
        ORG,
        "Hannover Messe 2020 was due in April. Siemens cancelled its press conference at Hannover Messe"
        " 2020.",
        "Siemens",
        "Hannover Messe 2020",
        False,
        False,
    ),
    # negative: an unnamed subject ('the association') is not resolved to a company named before
    (
        ORG,
        "Hannover Messe 2020 was due in April. Siemens had booked its usual hall. In March the"
        " association cancelled Hannover Messe 2020.",
        "Siemens",
        "Hannover Messe 2020",
        False,
        False,
    ),
    # the partners of a platform are not the edition's sponsors; the partners of the edition are
    (
        "sponsors",
        "Huawei Connect 2024 opened in Shanghai. Eric Xu presented Ascend as an open ecosystem with 300"
        " partners, among them iFlytek and Inspur.",
        "Inspur",
        "Huawei Connect 2024",
        False,
        False,
    ),
    (
        "sponsors",
        "Huawei Connect 2024 opened in Shanghai. The conference, with 30 partners including iFlytek and"
        " Inspur, drew 20,000 visitors.",
        "Inspur",
        "Huawei Connect 2024",
        False,
        True,
    ),
    # a person presenting a product at the edition speaks there
    (
        SP,
        "At IFA 2023, Qualcomm chief executive Cristiano Amon unveiled a new laptop chip.",
        "Cristiano Amon",
        "IFA 2023",
        False,
        True,
    ),
    (
        SP,
        "Cristiano Amon, chief executive of Qualcomm, showed the Snapdragon X Elite at Computex 2024.",
        "Cristiano Amon",
        "Computex 2024",
        False,
        True,
    ),
    # negated: 'did not unveil a chip' denies the chip, not a talk: neither a talk nor its denial
    (
        SP,
        "Cristiano Amon, chief executive of Qualcomm, did not unveil a new chip at Computex 2024.",
        "Cristiano Amon",
        "Computex 2024",
        True,
        False,
    ),
    (
        SP,
        "Cristiano Amon, chief executive of Qualcomm, did not unveil a new chip at Computex 2024.",
        "Cristiano Amon",
        "Computex 2024",
        False,
        False,
    ),
    # negative: the company, not a person, unveils; a product shown before the edition
    (
        SP,
        "Qualcomm unveiled a new laptop chip at Computex 2024, chief executive Cristiano Amon said in a"
        " statement.",
        "Cristiano Amon",
        "Computex 2024",
        False,
        False,
    ),
]

test_roles_s9 = case_table_test(CASES)

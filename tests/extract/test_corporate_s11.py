"""sanctioned_by and owns in wordings written for these tests (session 11). Names are not from any scored
set."""

from __future__ import annotations

from tests.extract.test_extract_relations import case_table_test

_MEASURE = (
    "China has put seven US defence companies on its unreliable entity list. The commerce ministry said the "
    "firms had sold weapons to Taiwan. They are barred from trading with China. "
)
# the list sentence repeats the measure's count three sentences on
_COUNTED = (
    _MEASURE + "The seven US companies are Lockheed Martin, Raytheon, General Dynamics and Northrop Grumman."
)
# another count is another group
_OTHER_COUNT = _MEASURE + "The three US companies are Lockheed Martin, Raytheon and Northrop Grumman."
_PARTITIVE = (
    "The US Commerce Department added nine Chinese companies to the Entity List on Monday. Five of the "
    "companies are accused of supplying the army: Inspur; Sugon; Hikvision; Dahua; and iFlytek."
)
_PARTITIVE_NO_MEASURE = (
    "Huawei showed new phones at the fair on Monday. Five of the companies are accused of copying designs: "
    "Inspur; Sugon; Hikvision; Dahua; and iFlytek."
)
# the parser splits a bullet from a long row: the rows are read line by line, a row's first cell
_ROWS = (
    "The US Treasury added 20 Chinese defence companies to the Entity List on Thursday. Selected entries:\n\n"
    "Legal name | Sector | Note\n"
    "- Inspur Electronic Information Industry Co., Ltd. | servers | parent of Inspur Software, also listed\n"
    "- China Aerospace Science and Technology Corporation | rockets | state-owned\n"
    "- Dawning Information Industry Co., Ltd. | supercomputers | controlled by the Chinese Academy of "
    "Sciences\n"
    "- Zhejiang Dahua Technology Co., Ltd. | cameras |\n"
)
_ON_PERSON = (
    "The US Treasury Department imposed sanctions on Li Wei, a Beijing-based broker, and on his company, "
    "Sugon, on Tuesday."
)
_PEOPLE_LIST = (
    "China imposed sanctions on 12 people including Marco Rubio on Monday. The list, released by the foreign "
    "ministry after midnight, also names Mike Pompeo, the former secretary of state; and John Bolton, a "
    "former adviser."
)
_FOUNDER = "The US imposed sanctions on Sugon, a company founded by Li Guojie, on Tuesday."
_NOT_IMPOSED = "China did not impose sanctions on Elon Musk, the ministry said."
_BRAND = "Geely unveiled a concept car, while Lynk & Co, the group's youth brand, showed a hatchback."
_WHOSE_FUND = (
    "Its backers include Samsung and Toyota, whose venture fund Woven Capital invested $10 million last year."
)

CASES = [
    # predicate, text, subject, object, negated, expected
    ("sanctioned_by", _COUNTED, "Lockheed Martin", "China", False, True),
    ("sanctioned_by", _COUNTED, "Northrop Grumman", "China", False, True),
    ("sanctioned_by", _OTHER_COUNT, "Raytheon", "China", False, False),
    # 'N of the companies are ...: A; B': a part of the measure's group, named after a colon
    ("sanctioned_by", _PARTITIVE, "Sugon", "United States", False, True),
    ("sanctioned_by", _PARTITIVE, "iFlytek", "United States", False, True),
    ("sanctioned_by", _PARTITIVE_NO_MEASURE, "Sugon", "United States", False, False),
    # table rows under a measure: the first cell, and a later cell's name 'also listed'
    (
        "sanctioned_by",
        _ROWS,
        "China Aerospace Science and Technology Corporation",
        "United States",
        False,
        True,
    ),
    ("sanctioned_by", _ROWS, "Dawning Information Industry Co., Ltd.", "United States", False, True),
    ("sanctioned_by", _ROWS, "Inspur Software", "United States", False, True),
    ("sanctioned_by", _ROWS, "Chinese Academy of Sciences", "United States", False, False),
    # persons a measure noun is placed on, and the list sentence of a passage on people
    ("sanctioned_by", _ON_PERSON, "Li Wei", "United States", False, True),
    ("sanctioned_by", _PEOPLE_LIST, "Marco Rubio", "China", False, True),
    ("sanctioned_by", _PEOPLE_LIST, "Mike Pompeo", "China", False, True),
    ("sanctioned_by", _PEOPLE_LIST, "John Bolton", "China", False, True),
    # a person inside a target's description is no target; a denied measure places nothing
    ("sanctioned_by", _FOUNDER, "Li Guojie", "United States", False, False),
    ("sanctioned_by", _NOT_IMPOSED, "Elon Musk", "China", False, False),
    # 'X, the group's youth brand': the organization named before it owns X
    ("owns", _BRAND, "Geely", "Lynk & Co", False, True),
    ("owns", _BRAND, "Lynk & Co", "Geely", False, False),
    # 'Y, whose venture fund X'
    ("owns", _WHOSE_FUND, "Toyota", "Woven Capital", False, True),
    ("owns", _WHOSE_FUND, "Samsung", "Woven Capital", False, False),
]

test_corporate_s11 = case_table_test(CASES)

"""backed_by and organizes in wordings written for these tests (session 11). Names are not from any scored
set."""

from __future__ import annotations

from tests.extract.test_extract_relations import case_table_test

# a funding story: a later description or pronoun on the funded side is the story's company, not the
# investor the last sentence was about
_STORY = (
    "Zhipu AI has raised 2 billion yuan in a round led by Hillhouse Capital. Tencent also took part. "
    "Earlier backers of the company include Qiming Venture Partners and Legend Capital."
)
_STORY_POSS = (
    "Zhipu AI has raised 2 billion yuan in a round led by Hillhouse Capital. Tencent also took part. "
    "Its earlier investors include Qiming Venture Partners and Legend Capital."
)
_STORY_AMONG = (
    "Zhipu AI has raised 2 billion yuan in a round led by Hillhouse Capital. Tencent also took part. "
    "Qiming Venture Partners and Legend Capital are among the start-up's existing investors."
)
_STORY_RAISED = (
    "Zhipu AI has raised 2 billion yuan in a round led by Hillhouse Capital. Tencent also took part. "
    "The start-up was valued at $1 billion when it raised $100 million last year in a round led by "
    "Legend Capital."
)
# the pronoun's antecedent is named in its own sentence
_OWN_ANTECEDENT = (
    "Zhipu AI has raised 2 billion yuan in a round led by Hillhouse Capital. "
    "Tencent said its own investors include Naspers."
)
# no funding story: the resolver's answer stands
_NO_STORY = "Baidu launched a new model on Monday. Its investors include Legend Capital."

# 'A is B's largest shareholder': the copula's subject backs the possessor
_COPULA = (
    "Legend Holdings, which was set up by the Chinese Academy of Sciences, is Lenovo's largest shareholder."
)
# 'counts A and [label] B among its shareholders': the parse hangs A on B's label
_COUNTS = "Baichuan already counts Tencent and food delivery group Meituan among its shareholders."
# a list before 'also joined' that holds 'the' and an apposition
_JOINED = (
    "Galaxy Robotics has raised 1 billion yuan in a round led by Meituan. Hillhouse Capital, a private "
    "equity firm of Singapore, the Shanghai AI Industry Fund and Legend Capital also joined."
)
# a directory entry's 'Backers:' field: the entry's organization opens it above its other fields
_DIRECTORY = (
    "Chinese GPU makers at a glance\n\n"
    "Moore Threads\nHeadquarters: Beijing\nFounded: 2020\n"
    "Backers: Tencent, the investment arm of Naspers; state fund China Internet Investment Fund\n\n"
    "Biren Technology\nHeadquarters: Shanghai\nFlagship: BR100\n"
)

CASES = [
    # predicate, text, subject, object, negated, expected
    ("backed_by", _STORY, "Zhipu AI", "Qiming Venture Partners", False, True),
    ("backed_by", _STORY, "Zhipu AI", "Legend Capital", False, True),
    ("backed_by", _STORY, "Tencent", "Legend Capital", False, False),
    ("backed_by", _STORY_POSS, "Zhipu AI", "Legend Capital", False, True),
    ("backed_by", _STORY_POSS, "Tencent", "Legend Capital", False, False),
    ("backed_by", _STORY_AMONG, "Zhipu AI", "Qiming Venture Partners", False, True),
    ("backed_by", _STORY_AMONG, "Tencent", "Qiming Venture Partners", False, False),
    ("backed_by", _STORY_RAISED, "Zhipu AI", "Legend Capital", False, True),
    ("backed_by", _STORY_RAISED, "Tencent", "Legend Capital", False, False),
    ("backed_by", _OWN_ANTECEDENT, "Tencent", "Naspers", False, True),
    ("backed_by", _OWN_ANTECEDENT, "Zhipu AI", "Naspers", False, False),
    ("backed_by", _NO_STORY, "Baidu", "Legend Capital", False, True),
    ("backed_by", _COPULA, "Lenovo", "Legend Holdings", False, True),
    ("backed_by", _COPULA, "Legend Holdings", "Lenovo", False, False),
    ("backed_by", _COUNTS, "Baichuan", "Tencent", False, True),
    ("backed_by", _COUNTS, "Baichuan", "Meituan", False, True),
    ("backed_by", _JOINED, "Galaxy Robotics", "Hillhouse Capital", False, True),
    ("backed_by", _JOINED, "Galaxy Robotics", "Shanghai AI Industry Fund", False, True),
    ("backed_by", _JOINED, "Galaxy Robotics", "Legend Capital", False, True),
    ("backed_by", _DIRECTORY, "Moore Threads", "Tencent", False, True),
    ("backed_by", _DIRECTORY, "Moore Threads", "China Internet Investment Fund", False, True),
    ("backed_by", _DIRECTORY, "Biren Technology", "Tencent", False, False),
    ("backed_by", _DIRECTORY, "Moore Threads", "Naspers", False, False),
]

test_backing_s11 = case_table_test(CASES)

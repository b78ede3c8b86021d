"""Employs and develops constructions of session 9 (sentences written for these tests): a bare title
whose organization is the company the story is about when one of the last sentences names it,
programme lines ('Topic - Name, Body'; 'Name, Title, A, and Title, B'; 'Name, Title for X, Body'),
'who runs' the body the clause names, and a possessed noun phrase whose words lead to a product name
('its 96-core X processor')."""

from __future__ import annotations

from tests.extract.test_extract_relations import case_table_test

_STORY = (
    "Harbor Robotics said on Monday it had raised $50 million. The Oslo start-up builds warehouse robots. "
    "On Friday the Borgarting Court of Appeal rejected a claim against Harbor Robotics by a former "
    "supplier. Chief operating officer Anna Berg said the company would now expand into Sweden."
)

CASES = [
    # predicate, text, subject, object, negated, expected
    # a bare title: the story's company, named again just before, not the last sentence's subject
    ("employs", _STORY, "Harbor Robotics", "Anna Berg", False, True),
    ("employs", _STORY, "Borgarting Court of Appeal", "Anna Berg", False, False),
    # a programme line: a name and its body end the line, after a dash or a colon
    (
        "employs",
        "Speakers\n- Quantum error correction at scale - Mira Castellano, Rigetti Computing\n"
        "- Photonic interconnects - Tomas Lindqvist, Ayar Labs (video)\n",
        "Ayar Labs",
        "Tomas Lindqvist",
        False,
        True,
    ),
    (
        "employs",
        "Speakers\n- Quantum error correction at scale - Mira Castellano, Rigetti Computing\n",
        "Rigetti Computing",
        "Mira Castellano",
        False,
        True,
    ),
    (
        "employs",
        "The panel pitted Tomas Lindqvist, Ayar Labs and Nvidia against each other.",
        "Ayar Labs",
        "Tomas Lindqvist",
        False,
        False,
    ),
    # an entry with a second title and body, after 'and' or a semicolon (past a short form)
    (
        "employs",
        "Panel: Jorge Almeida, Professor, Stanford University, and Director, Allen Institute for AI; "
        "Wen Hao, Partner, Sequoia Capital",
        "Allen Institute for AI",
        "Jorge Almeida",
        False,
        True,
    ),
    (
        "employs",
        "Panel: Jorge Almeida, Professor, Stanford University, and Director, Allen Institute for AI; "
        "Wen Hao, Partner, Sequoia Capital",
        "Allen Institute for AI",
        "Wen Hao",
        False,
        False,
    ),
    (
        "employs",
        "Opening remarks: Omar Farouk, Governor, Saudi Central Bank (SAMA); Chairman, Saudi Telecom Company",
        "Saudi Telecom Company",
        "Omar Farouk",
        False,
        True,
    ),
    # "who runs" the body the clause names: past an owner's modifier, or after a title of another body
    (
        "employs",
        "Dan Okafor, who runs the Sony-owned game studio Bungie, spoke later.",
        "Bungie",
        "Dan Okafor",
        False,
        True,
    ),
    (
        "employs",
        "Dan Okafor, who runs the Sony-owned game studio Bungie, spoke later.",
        "Sony",
        "Dan Okafor",
        False,
        False,
    ),
    (
        "employs",
        "Maya Rossi, a co-founder of Nvidia who now runs Anthropic as its chief executive, spoke first.",
        "Anthropic",
        "Maya Rossi",
        False,
        True,
    ),
    (
        "employs",
        "Lena Vogt, the Siemens vice president who runs its Digital Industries unit, spoke.",
        "Digital Industries",
        "Lena Vogt",
        False,
        False,
    ),
    # an entry line whose title is 'for' a portfolio: the body that ends the entry
    (
        "employs",
        "Keynotes\n- Margit Holm, Vice President for the Digital Single Market, European Commission\n",
        "European Commission",
        "Margit Holm",
        False,
        True,
    ),
    (
        "employs",
        "Keynotes\n- Margit Holm, Vice President for the Digital Single Market, European Commission\n",
        "Digital Single Market",
        "Margit Holm",
        False,
        False,
    ),
    # a possessed noun phrase: adjectives or a product kind between the possessor and the name
    (
        "develops",
        "Orbis Semiconductor won praise for its 96-core Talon Z4 processor.",
        "Orbis Semiconductor",
        "Talon Z4",
        False,
        True,
    ),
    (
        "develops",
        "Orbis Semiconductor drew crowds with its liquid-cooled Talon Z4 server design.",
        "Orbis Semiconductor",
        "Talon Z4",
        False,
        True,
    ),
    # a coordinated name with its own determiner is not possessed
    (
        "develops",
        "Orbis Semiconductor showed its Talon Z4 accelerator and the Raptor 9, a rival chip from Kavi Cloud.",
        "Orbis Semiconductor",
        "Raptor 9",
        False,
        False,
    ),
]

test_people_s9 = case_table_test(CASES)

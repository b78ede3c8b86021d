"""owns, affiliate_of and backed_by in wordings written for these tests (session 9). Names are not from
any scored set."""

from __future__ import annotations

from tests.extract.test_extract_relations import case_table_test

_GROCER = "Engineers from the Amazon-owned grocery chain Whole Foods joined the panel."
_MARQUES = "Drivers praised the Volkswagen-owned sports car brands Porsche and Lamborghini at the show."
_SUCH_AS = "Ford-owned companies such as Lincoln did not attend."
_LONG_OWNER = (
    "The event is run by Reed Exhibitions, a subsidiary of the British information and analytics group "
    "RELX, which declined to comment."
)
_BRACKETED = "Buyers met staff of Beijing Benz Automotive (BBAC), a Daimler-controlled venture, on Monday."
_BACKED_OF = "Investors compared it with Anthropic, the Amazon-backed developer of Claude, on Tuesday."
_BACKED_THAT = "Shoppers queued for Zeekr, the Geely-backed carmaker that listed in New York."
_DENIAL = (
    "Xiaomi was added to the list in January. The company said it was not owned, controlled or "
    "affiliated with the People's Liberation Army."
)
_DIRECTORY = (
    "Brand | Home | Group | Highlights\n"
    "Skoda | Czech Republic | Volkswagen Group | Elroq crossover\n"
    "Polestar | Sweden | Geely Holding | Polestar 4\n"
    "Ford | United States | - | Mustang Mach-E\n"
)
_NO_GROUP = (
    "Brand | Home | Partner | Highlights\nSkoda | Czech Republic | Volkswagen Group | Elroq crossover\n"
)
_CELLS = (
    "Listed firms:\n"
    "- Alphabet Inc. | internet services | parent of Google LLC\n"
    "- Huawei Device Co. | phones | subsidiary of Huawei Technologies\n"
)
_POSSESSED = "Shares of Grab, whose backers include Toyota and SoftBank's Vision Fund, rose on Monday."
_COUNTRY_OWNER = (
    "Minimax, a Shanghai start-up whose early investors include Singapore's Temasek, hired staff."
)
_ABBREVIATED = (
    "Buyers met staff of Samsung Austin Semiconductor (SAS), a Samsung-controlled foundry, on Monday."
)
_AND_PARENT = "Satya Nadella, chief executive of LinkedIn and its parent Microsoft, spoke first."
_A_COMPANY = "Visitors said Fitbit is a Google company now."
_COUNTRY_COMPANY = "Fitbit, an American company, made watches, and Google sold phones."
_HEADLINE = "Samsung and Intel back Germany's Aleph Alpha in funding push"
_NOT_BACKING = "Microsoft is back at Build with new tools, and Nvidia shipped chips."

CASES = [
    # predicate, text, subject, object, negated, expected
    # 'X-owned' before lower-case words and an organization noun: X owns the names after the noun
    ("owns", _GROCER, "Amazon", "Whole Foods", False, True),
    ("owns", _MARQUES, "Volkswagen", "Porsche", False, True),
    ("owns", _MARQUES, "Volkswagen", "Lamborghini", False, True),
    ("owns", _SUCH_AS, "Ford", "Lincoln", False, False),
    # 'a subsidiary of the British ... group X': a longer lower-case description of the owner
    ("owns", _LONG_OWNER, "RELX", "Reed Exhibitions", False, True),
    ("owns", _LONG_OWNER, "Reed Exhibitions", "RELX", False, False),
    # a name that ends inside its bracketed abbreviation still takes the apposition after it
    ("owns", _BRACKETED, "Daimler", "Beijing Benz Automotive", False, True),
    # ', the X-backed maker of ...' / ', the X-backed carmaker that ...'
    ("backed_by", _BACKED_OF, "Anthropic", "Amazon", False, True),
    ("backed_by", _BACKED_THAT, "Zeekr", "Geely", False, True),
    ("owns", _BACKED_THAT, "Geely", "Zeekr", False, False),
    # 'not owned, controlled or affiliated with X': a denied ownership and a denied affiliation
    ("owns", _DENIAL, "People's Liberation Army", "Xiaomi", True, True),
    ("owns", _DENIAL, "People's Liberation Army", "Xiaomi", False, False),
    ("affiliate_of", _DENIAL, "Xiaomi", "People's Liberation Army", True, True),
    ("affiliate_of", _DENIAL, "Xiaomi", "People's Liberation Army", False, False),
    # a directory's 'Group' column names each row's owner; another column does not
    ("owns", _DIRECTORY, "Volkswagen Group", "Skoda", False, True),
    ("owns", _DIRECTORY, "Geely Holding", "Polestar", False, True),
    ("owns", _DIRECTORY, "Volkswagen Group", "Polestar", False, False),
    ("owns", _NO_GROUP, "Volkswagen Group", "Skoda", False, False),
    # a row's cell that says 'parent of X' or 'subsidiary of X'
    ("owns", _CELLS, "Alphabet Inc.", "Google LLC", False, True),
    ("owns", _CELLS, "Huawei Technologies", "Huawei Device Co.", False, True),
    ("owns", _CELLS, "Huawei Device Co.", "Huawei Technologies", False, False),
    # 'A and X's B' in a list of backers: the member is B, not its possessor
    ("backed_by", _POSSESSED, "Grab", "Toyota", False, True),
    ("backed_by", _POSSESSED, "Grab", "Vision Fund", False, True),
    ("backed_by", _POSSESSED, "Grab", "SoftBank", False, False),
    # 'whose investors include Singapore's Temasek': a country's possessive before the investor
    ("backed_by", _COUNTRY_OWNER, "Minimax", "Temasek", False, True),
    # the bracketed abbreviation is a name of its own: the apposition after the bracket still describes it
    ("owns", _ABBREVIATED, "Samsung", "SAS", False, True),
    # 'X and its parent Y'
    ("owns", _AND_PARENT, "Microsoft", "LinkedIn", False, True),
    ("owns", _AND_PARENT, "LinkedIn", "Microsoft", False, False),
    # 'X is a Y company': Y owns X (a country word before 'company' is no owner)
    ("owns", _A_COMPANY, "Google", "Fitbit", False, True),
    ("owns", _A_COMPANY, "Fitbit", "Google", False, False),
    ("owns", _COUNTRY_COMPANY, "Google", "Fitbit", False, False),
    # a headline's present tense: 'A and B back X' (every name of the subject list backs X)
    ("backed_by", _HEADLINE, "Aleph Alpha", "Samsung", False, True),
    ("backed_by", _HEADLINE, "Aleph Alpha", "Intel", False, True),
    ("backed_by", _NOT_BACKING, "Nvidia", "Microsoft", False, False),
]

test_relations_corporate_s9 = case_table_test(CASES)

"""Product families added to the lexicon in session 7 (helper prod4): each found whole, with the
develops fact for its named developer; ordinary words, places and names among the new
`context: true` families stay words without product context."""

from __future__ import annotations

from tests.extract.test_products_lexicon import found_and_developed_test, stays_word_test

CASES_S7B = [
    # text, developer, product (found whole, typed PRODUCT, developed by the developer)
    ("Anthropic said claude.ai now has a desktop app.", "Anthropic", "claude.ai"),
    ("Alibaba Cloud said Qwen3 tops the open-weight rankings.", "Alibaba Cloud", "Qwen3"),
    ("Moonshot AI said Kimi K2 beats its rivals at coding.", "Moonshot AI", "Kimi K2"),
    ("DeepSeek said DeepSeek-V3.2 cuts its API prices by half.", "DeepSeek", "DeepSeek-V3.2"),
    ("Zhipu AI said GLM-4.5 is now open source.", "Zhipu AI", "GLM-4.5"),
    ("MiniMax said MiniMax-M1 reads a million tokens at once.", "MiniMax", "MiniMax-M1"),
    ("Google DeepMind said AlphaMissense sorted mutations.", "Google DeepMind", "AlphaMissense"),
    ("Meituan said Keeta launched in Saudi Arabia.", "Meituan", "Keeta"),
    ("Kingsoft said WPS Office added an AI writing assistant.", "Kingsoft", "WPS Office"),
    ("Databricks said MLflow now traces AI agents.", "Databricks", "MLflow"),
    ("Nvidia said BioNeMo helps drug makers design proteins.", "Nvidia", "BioNeMo"),
    ("Tencent said Zixiao chips serve its own models.", "Tencent", "Zixiao"),
    ("Lenovo said the IdeaPad line gets new AI features.", "Lenovo", "IdeaPad"),
    ("Seres said the Aito M9 topped luxury SUV sales.", "Seres", "Aito M9"),
    ("Dongfeng Motor said the Forthing Friday will be sold in Europe.", "Dongfeng Motor", "Forthing Friday"),
    ("BMW said the i Vision Dee can change its colour.", "BMW", "i Vision Dee"),
    ("Toyota said the FT-3e concept shows its next electric SUV.", "Toyota", "FT-3e"),
    ("Hyundai said the Inster will be sold in Europe.", "Hyundai", "Inster"),
    ("Li Auto said AD Max now drives itself in cities.", "Li Auto", "AD Max"),
    ("UBTech said the Walker X can climb stairs.", "UBTech", "Walker X"),
    ("General Atomics said the YFQ-42A flew for the first time.", "General Atomics", "YFQ-42A"),
    ("Roketsan said Tayfun was test-fired over the Black Sea.", "Roketsan", "Tayfun"),
    ("Arianespace said Vega C returned to flight.", "Arianespace", "Vega C"),
    ("Sony said the PlayStation Portal sold well over the holidays.", "Sony", "PlayStation Portal"),
    ("Tencent said Game for Peace is its top-grossing game in China.", "Tencent", "Game for Peace"),
]


test_products_lexicon_s7b_found_and_developed = found_and_developed_test(CASES_S7B)


NOT_PRODUCT_CASES_S7B = [
    # ordinary words, places and names among the new `context: true` families, with no product
    # context and no developer named: text, name
    ("Genoa port handled record cargo, the authority said.", "Genoa"),
    ("Turin hosted the Winter Olympics in 2006, officials said.", "Turin"),
    ("Bergamo airport was closed by fog, the operator said.", "Bergamo"),
    ("Javelin throwers competed in the final, organisers said.", "Javelin"),
    ("Jean Zay was a French education minister, historians said.", "Jean Zay"),
    ("Traffic on the M4 was slow near Reading, police said.", "M4"),
    ("Bloom of algae spread along the coast, scientists said.", "BLOOM"),
    ("Anka said she would run for mayor, local media reported.", "Anka"),
]


test_products_lexicon_s7b_ordinary_words_stay_words = stays_word_test(NOT_PRODUCT_CASES_S7B)

"""Product families added to the lexicon in session 8 (helper prod5): each found whole, with the
develops fact for its named developer; ordinary words, places and names among the new
`context: true` families stay words without product context."""

from __future__ import annotations

from tests.extract.test_products_lexicon import found_and_developed_test, stays_word_test

CASES_S8 = [
    # text, developer, product (found whole, typed PRODUCT, developed by the developer)
    ("Meta said ImageBind links six kinds of data in one model.", "Meta", "ImageBind"),
    ("Google DeepMind said AlphaGenome reads long DNA strands.", "Google DeepMind", "AlphaGenome"),
    ("Google DeepMind said GenCast beats the best weather forecasts.", "Google DeepMind", "GenCast"),
    ("Kuaishou said Kolors is now open source.", "Kuaishou", "Kolors"),
    ("Yandex said Alice now answers questions in Kazakh.", "Yandex", "Alice"),
    ("Microsoft said Security Copilot now runs agents.", "Microsoft", "Security Copilot"),
    ("Tencent said WeChat Channels now sells goods.", "Tencent", "WeChat Channels"),
    ("AWS said Rekognition will no longer be sold to police.", "AWS", "Rekognition"),
    ("Alibaba Cloud said Lingjun clusters train its Qwen models.", "Alibaba Cloud", "Lingjun"),
    ("Nvidia said the DGX SuperPOD now ships with Blackwell.", "Nvidia", "DGX SuperPOD"),
    ("Intel said the Nervana NNP-T trains large models.", "Intel", "Nervana NNP-T"),
    ("Cerebras said the Wafer-Scale Engine 3 is its fastest chip.", "Cerebras", "Wafer-Scale Engine 3"),
    ("Cambricon said the Cambricon 1M can be licensed by phone makers.", "Cambricon", "Cambricon 1M"),
    ("Hygon said Dhyana processors ship in Chinese servers.", "Hygon", "Dhyana"),
    ("Huawei said FreeBuds sales doubled this year.", "Huawei", "FreeBuds"),
    ("Forthing said the V9 will be sold in Europe next year.", "Forthing", "V9"),
    ("Zeekr said the Zeekr 009 will be sold in Hong Kong.", "Zeekr", "Zeekr 009"),
    ("Geely said the Galaxy L7 outsold its rivals in March.", "Geely", "Galaxy L7"),
    ("Baidu said the Apolong minibus entered volume production.", "Baidu", "Apolong"),
    ("Ecovacs said the Deebot can now climb stairs.", "Ecovacs", "Deebot"),
    ("1X said Eve robots now guard offices at night.", "1X", "Eve"),
    ("Autel Robotics showed the EVO II at the expo.", "Autel Robotics", "EVO II"),
    ("Northrop Grumman said the MQ-4C Triton flew over the Pacific.", "Northrop Grumman", "MQ-4C Triton"),
    ("Korea Aerospace Industries said the T-50 was sold to Poland.", "Korea Aerospace Industries", "T-50"),
    ("Galactic Energy said Ceres-2 will carry more satellites.", "Galactic Energy", "Ceres-2"),
    ("ASML said the EXE:5200 will ship to Intel next year.", "ASML", "EXE:5200"),
    ("Krafton said PUBG: Battlegrounds is now free to play.", "Krafton", "PUBG: Battlegrounds"),
    ("NetEase said Identity V drew record players in Japan.", "NetEase", "Identity V"),
]


test_products_lexicon_s8_found_and_developed = found_and_developed_test(CASES_S8)


NOT_PRODUCT_CASES_S8 = [
    # ordinary words, places and names among the new `context: true` families, with no product
    # context and no developer named: text, name
    ("Alice said she would run for mayor, local media reported.", "Alice"),
    ("Eve said she would join the board next year, the firm said.", "Eve"),
    ("Excel at school, the headmaster told the pupils.", "Excel"),
    ("Safari tours to Kenya sold out, the travel agent said.", "Safari"),
    ("Aurora borealis lit up the sky over Tromso, residents said.", "Aurora"),
    ("Puma sales rose in Europe, the sportswear maker said.", "Puma"),
    ("Raven was spotted near the tower, the keepers said.", "Raven"),
    ("Stinger said the band would tour Asia next year.", "Stinger"),
    ("Angara river levels fell in the summer, officials said.", "Angara"),
    ("Clara said she would take the job, her lawyer said.", "Clara"),
    ("Xavier said he would stay at the club, his agent said.", "Xavier"),
    ("Chameleon lizards change colour to keep cool, biologists said.", "Chameleon"),
]


test_products_lexicon_s8_ordinary_words_stay_words = stays_word_test(NOT_PRODUCT_CASES_S8)

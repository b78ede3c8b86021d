"""Product families added to the lexicon in session 7 (helper prod3): each found whole, with the
develops fact for its named developer; ordinary words, places and names among the new
`context: true` families stay words without product context."""

from __future__ import annotations

from tests.extract.test_products_lexicon import found_and_developed_test, stays_word_test

CASES_S7 = [
    # text, developer, product (found whole, typed PRODUCT, developed by the developer)
    ("Google DeepMind said AlphaProof solved four olympiad problems.", "Google DeepMind", "AlphaProof"),
    ("xAI said Grokipedia now has a million articles.", "xAI", "Grokipedia"),
    ("Kunlun Tech said SkyReels writes whole film scenes.", "Kunlun Tech", "SkyReels"),
    ("China Mobile said Jiutian serves its government customers.", "China Mobile", "Jiutian"),
    ("Tencent said WeCom added an AI assistant for sales teams.", "Tencent", "WeCom"),
    ("ByteDance said Lemon8 is growing fast in Japan.", "ByteDance", "Lemon8"),
    ("Meta said WhatsApp now has three billion users.", "Meta", "WhatsApp"),
    ("Alibaba Cloud said PolarDB is now offered in Europe.", "Alibaba Cloud", "PolarDB"),
    ("Huawei said DevEco Studio now writes code for developers.", "Huawei", "DevEco Studio"),
    ("Nvidia said the N1X will power Windows laptops next year.", "Nvidia", "N1X"),
    ("Xiaomi said the XRING O1 powers its newest tablets.", "Xiaomi", "XRING O1"),
    ("IBM said NorthPole runs inference with little power.", "IBM", "NorthPole"),
    ("Rigetti Computing said Ankaa reached a new fidelity record.", "Rigetti Computing", "Ankaa"),
    ("Samsung said the Galaxy Z Fold sold out in Korea.", "Samsung", "Galaxy Z Fold"),
    ("XPeng said the P7+ had 30,000 orders in three hours.", "XPeng", "P7+"),
    ("Leapmotor said the B10 will be built in Spain.", "Leapmotor", "B10"),
    ("Great Wall Motor said the Tank 300 sold well in Australia.", "Great Wall Motor", "Tank 300"),
    ("BYD said DiPilot now comes with every new car.", "BYD", "DiPilot"),
    ("UBTech said the Walker S2 can swap its own battery.", "UBTech", "Walker S2"),
    ("Astribot said the Astribot S1 can cook dinner.", "Astribot", "Astribot S1"),
    ("Comac said the C919 entered service with a third airline.", "Comac", "C919"),
    ("Airbus said the A321XLR will fly transatlantic routes.", "Airbus", "A321XLR"),
    ("Lockheed Martin said THAAD batteries were deployed to the region.", "Lockheed Martin", "THAAD"),
    ("MBDA said Storm Shadow deliveries would rise next year.", "MBDA", "Storm Shadow"),
    ("ISRO said Gaganyaan will carry three astronauts.", "ISRO", "Gaganyaan"),
    ("Hesai said Pandar sensors are fitted to robotaxis.", "Hesai", "Pandar"),
    ("Sony said the PlayStation 5 sold 65 million units.", "Sony", "PlayStation 5"),
    ("NetEase said Marvel Rivals drew ten million players.", "NetEase", "Marvel Rivals"),
]


test_products_lexicon_s7_found_and_developed = found_and_developed_test(CASES_S7)


NOT_PRODUCT_CASES_S7 = [
    # ordinary words, places and names among the new `context: true` families, with no product
    # context and no developer named: text, name
    ("Dawn broke over the harbour as the ships left, officials said.", "Dawn"),
    ("Alps resorts reported heavy snow, the tourism board said.", "Alps"),
    ("Messenger pigeons were once used by the army, historians said.", "Messenger"),
    ("Turing gave his famous lecture in 1947, the museum said.", "Turing"),
    ("Midnight is when the ceasefire takes effect, the ministry said.", "Midnight"),
    ("Pepper prices rose sharply in India, traders said.", "Pepper"),
    ("Lancet editors said the study was flawed.", "Lancet"),
    ("Ghost towns dot the region, the report said.", "Ghost"),
]


test_products_lexicon_s7_ordinary_words_stay_words = stays_word_test(NOT_PRODUCT_CASES_S7)

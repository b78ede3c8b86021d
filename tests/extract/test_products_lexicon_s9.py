"""Product families added to the lexicon in session 9 (helper prod6): each found whole, with the
develops fact for its named developer; ordinary words, places and names among the new
`context: true` families stay words without product context."""

from __future__ import annotations

from tests.extract.test_products_lexicon import found_and_developed_test, stays_word_test

CASES_S9 = [
    # text, developer, product (found whole, typed PRODUCT, developed by the developer)
    ("Microsoft said Windows Copilot will ship in June.", "Microsoft", "Windows Copilot"),
    ("Google said AI Overviews reach two billion users.", "Google", "AI Overviews"),
    ("Physical Intelligence said π0 can fold laundry.", "Physical Intelligence", "π0"),
    ("Fujitsu said Takane runs on Cohere's models.", "Fujitsu", "Takane"),
    ("Huawei said Celia now speaks Spanish.", "Huawei", "Celia"),
    ("Kuaishou said Snack Video is popular in Pakistan.", "Kuaishou", "Snack Video"),
    ("Microsoft said Skype will close in May.", "Microsoft", "Skype"),
    ("AWS said AWS Fargate now supports GPUs.", "AWS", "AWS Fargate"),
    ("Oracle said HeatWave now runs on Azure.", "Oracle", "HeatWave"),
    ("Atlassian said Confluence now has AI features.", "Atlassian", "Confluence"),
    ("Intel said Foveros packaging is ready for volume.", "Intel", "Foveros"),
    ("Qualcomm said Snapdragon Ride is used by BMW.", "Qualcomm", "Snapdragon Ride"),
    ("Enflame said CloudBlazer cards power its customers' data centres.", "Enflame", "CloudBlazer"),
    ("Samsung said Icebolt memory sold well.", "Samsung", "Icebolt"),
    ("Nio said the EL6 will go on sale in Germany.", "Nio", "EL6"),
    ("Sony showed the Vision-S at CES, the company said.", "Sony", "Vision-S"),
    ("Hesai said the JT128 went into mass production.", "Hesai", "JT128"),
    ("ASML said it could no longer ship the NXT:2100i to China.", "ASML", "NXT:2100i"),
    ("Amazon said Sparrow robots now pick items in its warehouses.", "Amazon", "Sparrow"),
    ("Meta said the Prometheus cluster will come online in 2026.", "Meta", "Prometheus"),
    ("KNDS said more Caesar howitzers will go to Ukraine.", "KNDS", "Caesar"),
    ("Boeing said the Harpoon missile was sold to Taiwan.", "Boeing", "Harpoon"),
    ("Lockheed Martin said the X-62A VISTA flew with an AI pilot.", "Lockheed Martin", "X-62A VISTA"),
    ("Game Science said Black Myth: Zhong Kui is in development.", "Game Science", "Black Myth: Zhong Kui"),
    ("Nvidia said the GeForce RTX 3080 Ti sold out in minutes.", "Nvidia", "GeForce RTX 3080 Ti"),
    ("AMD said the Ryzen Threadripper sold out.", "AMD", "Ryzen Threadripper"),
]


test_products_lexicon_s9_found_and_developed = found_and_developed_test(CASES_S9)


NOT_PRODUCT_CASES_S9 = [
    # ordinary words, places and names among the new `context: true` families, with no product
    # context and no developer named: text, name
    ("The helicopter, a Navy Helo, landed safely, officials said.", "Helo"),
    ("Caesar salad was on the menu, the chef said.", "Caesar"),
    ("Prometheus was a Greek titan, the lecturer said.", "Prometheus"),
    ("Confluence Park opened on Saturday, the mayor said.", "Confluence"),
    ("Celia Wong said the test went well, her lawyer said.", "Celia"),
    ("Sparrow numbers fell in the city, a survey found.", "Sparrow"),
    ("Curiosity drove the young researchers, the dean said.", "Curiosity"),
    ("Meteor showers lit up the sky, astronomers said.", "Meteor"),
]


test_products_lexicon_s9_ordinary_words_stay_words = stays_word_test(NOT_PRODUCT_CASES_S9)

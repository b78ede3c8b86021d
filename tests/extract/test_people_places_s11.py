"""Session 11 places: held_in in towns the reference data lacks, city-states, 'returns to', venue nouns,
several editions in one sentence, countries of roving series and the dateline; based_in through 'the
CITY, STATE-based' appositions. Wordings written for these tests."""

from __future__ import annotations

from tests.extract.test_extract_relations import case_table_test

CASES = [
    # predicate, text, subject, object, negated, expected
    # a town the KB lacks, governed by 'in'
    (
        "held_in",
        "Snapdragon Summit 2025 opened on Tuesday in Kapalua, on the island of Maui, with a new laptop chip.",
        "Snapdragon Summit 2025",
        "Kapalua",
        False,
        True,
    ),
    # a world region is never the town
    (
        "held_in",
        "Snapdragon Summit 2025 opened on Tuesday in Europe with a new laptop chip.",
        "Snapdragon Summit 2025",
        "Europe",
        False,
        False,
    ),
    # a city-state
    (
        "held_in",
        "Money20/20 Asia 2024 opened on Tuesday in Singapore with a keynote on digital payments.",
        "Money20/20 2024",
        "Singapore",
        False,
        True,
    ),
    # a verb that takes the event to a city
    (
        "held_in",
        "Snapdragon Summit 2026 returns to San Diego in September, Qualcomm said.",
        "Snapdragon Summit 2026",
        "San Diego",
        False,
        True,
    ),
    # ... not what an event sends there, nor people an event-goer brings
    (
        "held_in",
        "Nvidia reported results on Wednesday, and Hot Chips 2025 moved staff to Denver.",
        "Hot Chips 2025",
        "Denver",
        False,
        False,
    ),
    (
        "held_in",
        "After Hot Chips 2024, Nvidia brought its engineers back to Santa Clara for a product review.",
        "Hot Chips 2024",
        "Santa Clara",
        False,
        False,
    ),
    # each city of a sentence with two editions goes to the edition named before it
    (
        "held_in",
        "Lenovo Tech World 2023 in Austin and Lenovo Tech World 2024 in Bellevue both featured Nvidia's "
        "chief executive.",
        "Lenovo Tech World 2024",
        "Bellevue",
        False,
        True,
    ),
    (
        "held_in",
        "Lenovo Tech World 2023 in Austin and Lenovo Tech World 2024 in Bellevue both featured Nvidia's "
        "chief executive.",
        "Lenovo Tech World 2023",
        "Bellevue",
        False,
        False,
    ),
    # a city word on a venue noun
    (
        "held_in",
        "The 2019 Snapdragon Summit filled a San Diego exhibition hall with phones.",
        "Snapdragon Summit 2019",
        "San Diego",
        False,
        True,
    ),
    # a roving series held in a country
    (
        "held_in",
        "Hisense was a sponsor of the FIFA World Cup 2014 in Brazil.",
        "FIFA World Cup 2014",
        "Brazil",
        False,
        True,
    ),
    # ... but not a series with a home city
    (
        "held_in",
        "Acer showed laptops at Computex 2024 in Taiwan.",
        "Computex 2024",
        "Taiwan",
        False,
        False,
    ),
    # the dateline's city for the story's own edition named in the lead
    (
        "held_in",
        "SAN DIEGO, Oct. 2, 2025 (Wire) - Qualcomm opened Snapdragon Summit 2025 on Tuesday with a new "
        "laptop chip for Windows PCs.",
        "Snapdragon Summit 2025",
        "San Diego",
        False,
        True,
    ),
    # ... not for a series with another home city
    (
        "held_in",
        "SAN DIEGO, Oct. 2, 2025 (Wire) - Qualcomm said on Tuesday that Xiaomi would show phones at "
        "CES 2026 in January.",
        "CES 2026",
        "San Diego",
        False,
        False,
    ),
    # 'NAME, the CITY, STATE-based NOUN'
    (
        "based_in",
        "Arvex Robotics, the Boise, Idaho-based drone maker, said its sales to China fell after the United "
        "States tightened export rules.",
        "Arvex Robotics",
        "United States",
        False,
        True,
    ),
    # ... not a company the reference data places elsewhere
    (
        "based_in",
        "Unlike Tokyo Electron, the Boise, Idaho-based drone maker sells little to China, the United States "
        "said.",
        "Tokyo Electron",
        "United States",
        False,
        False,
    ),
]

test_people_places_s11 = case_table_test(CASES)

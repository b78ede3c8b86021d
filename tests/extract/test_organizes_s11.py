"""Session 11 organizer wordings: an organization between a relative pronoun on the edition and an
organizing verb ('the expo, which Huawei organises'), a subject relative clause the parser hung on a
person ('A's president, which runs the show'), an edition possessed by a unit an earlier apposition
described ('the unit's annual conference'), an unresolved 'its' with one organization before it in the
sentence, founders of the show and whom they founded it with, the association a show is run 'on behalf
of', and co-organisers named after another organizer's description. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.test_extract_relations import case_table_test

# predicate, text, subject, object, negated, expected
CASES = [
    # object relatives: the name sits between the pronoun and the verb
    (
        "organizes",
        "Huawei Connect 2023 opened in Shanghai on Wednesday. The conference, which Huawei stages each "
        "year, drew about 20,000 visitors.",
        "Huawei",
        "Huawei Connect 2023",
        False,
        True,
    ),
    (
        "organizes",
        "Huawei Connect 2023 opened in Shanghai on Wednesday. The conference, which Tencent attended, "
        "drew about 20,000 visitors.",
        "Tencent",
        "Huawei Connect 2023",
        False,
        False,
    ),
    # a subject relative the parser hangs on the person before it
    (
        "organizes",
        "SEMICON China 2024 opened in Shanghai. Ajit Manocha, president of the industry group SEMI, "
        "which runs the show, told reporters demand was recovering.",
        "SEMI",
        "SEMICON China 2024",
        False,
        True,
    ),
    # an edition possessed by a unit: the organization an apposition called that unit
    (
        "organizes",
        "Google Cloud Next 2024 opened in Las Vegas. Thomas Kurian, chief executive of Google Cloud, "
        "Alphabet's cloud unit, spoke on Tuesday at Google Cloud Next, the unit's annual customer "
        "conference.",
        "Google Cloud",
        "Google Cloud Next 2024",
        False,
        True,
    ),
    # an unresolved 'its': the one organization named before it in the sentence
    (
        "organizes",
        "Build 2024 opened in Seattle on Tuesday. Sam Altman, whose start-up depends on Microsoft, "
        "appeared on stage at its Build developer conference on Tuesday.",
        "Microsoft",
        "Microsoft Build 2024",
        False,
        True,
    ),
    # founders of the show and whom they founded it with
    (
        "organizes",
        "VivaTech 2024 opened in Paris. The show was founded in 2016 by Publicis Groupe, which "
        "founded the show together with the media group Les Echos.",
        "Les Echos",
        "VivaTech 2024",
        False,
        True,
    ),
    (
        "organizes",
        "VivaTech 2024 opened in Paris. Publicis Groupe, which founded a start-up studio in 2016, "
        "exhibited at the show.",
        "Publicis Groupe",
        "VivaTech 2024",
        False,
        False,
    ),
    # a co-organiser named after the first organizer's description
    (
        "organizes",
        "Gitex Europe 2025 opened in Berlin. The show is organised by Kaoun International, a "
        "subsidiary of the Dubai World Trade Centre, together with Messe Berlin.",
        "Messe Berlin",
        "Gitex Europe 2025",
        False,
        True,
    ),
    (
        "organizes",
        "Gitex Europe 2025 opened in Berlin. The show is organised by Kaoun International, a "
        "subsidiary of the Dubai World Trade Centre, together with Messe Berlin.",
        "Dubai World Trade Centre",
        "Gitex Europe 2025",
        False,
        False,
    ),
    # the body a show is run on behalf of
    (
        "organizes",
        "IFA 2024 opened in Berlin. IFA is organised by Messe Berlin on behalf of the Consumer "
        "Technology Association.",
        "Consumer Technology Association",
        "IFA 2024",
        False,
        True,
    ),
    # a denied organizing verb in an object relative states nothing
    (
        "organizes",
        "Huawei Connect 2023 opened in Shanghai on Wednesday. The conference, which Tencent does not "
        "organise, drew about 20,000 visitors.",
        "Tencent",
        "Huawei Connect 2023",
        False,
        False,
    ),
]

test_organizes_s11_wordings = case_table_test(CASES)

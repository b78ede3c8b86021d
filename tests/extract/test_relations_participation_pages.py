"""Show pages: sections under headings in capitals, exhibitor tables and speaker pages (layouts written
for these tests)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.test_extract_relations import has

SHOW_REPORT = """Photonics World 2024 | Show report
Munich, June 20, 2024

KEYNOTES
Peter Leibinger, Chief Technology Officer, Trumpf
The opening keynote covered laser tools for chip fabs.

Lisa Su, chair and CEO, AMD

ON THE FLOOR
Zeiss: new optics for lithography, presented by its semiconductor unit
Jenoptik: laser modules

MANAGEMENT
Anna Weber, CEO, Photonics World GmbH
"""

DIRECTORY = """Robotics Expo 2025 | Exhibitor Directory
Company | Booth | Headquarters | On display
DJI | Hall A | Shenzhen, China | collaborative arms
UBTech | Hall B | Shenzhen, China | Walker S humanoid
"""

SPEAKER_PAGE = """Quantum Summit 2025 - Agenda highlights
Boston, May 2, 2025

FRIDAY, MAY 2 | Main stage
- Krysta Svore, technical fellow, Microsoft
- Jay Gambetta, vice president, IBM

ORGANISERS
Maria Lopez, director, Quantum Industry Council
"""

ORGANISER_PAGE = """Drone World 2024 | Show report
Organiser: Drone World Events GmbH, a joint venture of Messe Frankfurt and Informa
"""

HOSTED_PAGE = """Quantum Week 2025 - Agenda highlights
NVIDIA's first Quantum Day, hosted by Jensen Huang, brings together leaders of the industry:
- Krysta Svore, technical fellow, Microsoft
"""

ORGANISED_BY = (
    "Robo Expo 2024 opened in Osaka on Monday. It is organised by the Japan External Trade Organization "
    "(JETRO) and the Japan Robot Association (JARA)."
)

BOOTH_FIRST = """Chip Expo 2024 | Exhibitor list
Booth | Company | Country
E12 | Applied Materials | United States
F07 | Infineon | Germany
"""

BOOTH_LINES = """Power Expo 2024: selected exhibitors
Stuttgart, June 18, 2024

- CATL (Hall 4, booth 4-B10)
Panasonic - Hall 8, Stand C21
Samsung SDI: Hall 6 / booth 612
Visitors can reach Hall 4 by shuttle from the station.
"""

CASES = [
    (BOOTH_FIRST, "exhibits_at", "Applied Materials", "Chip Expo 2024", True),
    (BOOTH_FIRST, "exhibits_at", "Infineon", "Chip Expo 2024", True),
    (BOOTH_LINES, "exhibits_at", "CATL", "Power Expo 2024", True),
    (BOOTH_LINES, "exhibits_at", "Panasonic", "Power Expo 2024", True),
    (ORGANISER_PAGE, "organizes", "Drone World Events GmbH", "Drone World 2024", True),
    (ORGANISER_PAGE, "organizes", "Informa", "Drone World 2024", False),
    (HOSTED_PAGE, "organizes", "Microsoft", "Quantum Week 2025", False),
    (ORGANISED_BY, "organizes", "Japan External Trade Organization", "Robo Expo 2024", True),
    (ORGANISED_BY, "organizes", "Japan Robot Association", "Robo Expo 2024", True),
    # text, predicate, subject, event, expected
    (SHOW_REPORT, "speaks_at", "Peter Leibinger", "Photonics World 2024", True),
    (SHOW_REPORT, "speaks_at", "Lisa Su", "Photonics World 2024", True),
    (SHOW_REPORT, "exhibits_at", "Zeiss", "Photonics World 2024", True),
    (SHOW_REPORT, "exhibits_at", "Jenoptik", "Photonics World 2024", True),
    (SHOW_REPORT, "speaks_at", "Anna Weber", "Photonics World 2024", False),
    (DIRECTORY, "exhibits_at", "DJI", "Robotics Expo 2025", True),
    (DIRECTORY, "exhibits_at", "UBTech", "Robotics Expo 2025", True),
    (SPEAKER_PAGE, "speaks_at", "Krysta Svore", "Quantum Summit 2025", True),
    (SPEAKER_PAGE, "speaks_at", "Jay Gambetta", "Quantum Summit 2025", True),
    (SPEAKER_PAGE, "speaks_at", "Maria Lopez", "Quantum Summit 2025", False),
]


@pytest.mark.parametrize(("text", "predicate", "subject", "event", "expected"), CASES)
def test_relations_participation_show_pages(
    facts: Callable[..., Any], text: str, predicate: str, subject: str, event: str, expected: bool
) -> None:
    doc = facts(text)
    assert has(doc, predicate, subject, event) is expected, [
        (r.subject, r.predicate.value, r.object) for r in doc.relations
    ]

"""HTML -> clean text throughput: rivalgraph's clean stage vs trafilatura called bare, same pages.

Generates a deterministic corpus of varied news pages (nav, ads, share bars, captions,
bylines, related links, sidebars, footers), cleans each page with `clean_document` and
extracts it with bare `trafilatura.extract`, in the same process. The last line prints our
time over trafilatura's (overhead ratio; > 1 means slower).
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from html import escape

import trafilatura

from rivalgraph.clean import clean_document
from rivalgraph.ingest import ContentType, RawDocument

PAGES = int(sys.argv[1]) if len(sys.argv) > 1 else 600
SEED = 20240704

ORGS = [
    "Huawei",
    "Alibaba",
    "Tencent",
    "Baidu",
    "SenseTime",
    "Qualcomm",
    "Tesla",
    "Nvidia",
    "iFlytek",
    "Biren Technology",
    "Moore Threads",
    "Microsoft",
    "Amazon",
    "ByteDance",
    "Lenovo",
    "Cambricon",
]
EVENTS = [
    "World Artificial Intelligence Conference",
    "World Internet Conference",
    "CES",
    "MWC Shanghai",
    "China International Supply Chain Expo",
    "HUAWEI CONNECT",
]
CITIES = ["Shanghai", "Beijing", "Wuzhen", "Shenzhen", "Las Vegas", "Hangzhou"]
VERBS = ["showed", "unveiled", "presented", "announced", "demonstrated", "launched"]
THINGS = [
    "a large language model",
    "an AI chip",
    "a humanoid robot",
    "a cloud platform",
    "a self-driving system",
    "a smart-city service",
]
MONTHS = ["January", "March", "May", "July", "September", "November"]


def _sentence(rng: random.Random) -> str:
    org, other = rng.sample(ORGS, 2)
    return (
        f"{org} {rng.choice(VERBS)} {rng.choice(THINGS)} at the {rng.choice(EVENTS)} in "
        f"{rng.choice(CITIES)} on {rng.choice(['Tuesday', 'Thursday', 'Saturday'])}, "
        f"while {other} said more than {rng.randint(2, 900)} companies had signed up to take part."
    )


def make_page(rng: random.Random, number: int) -> str:
    """One realistic news page with boilerplate around an article."""
    year = rng.randint(2019, 2024)
    title = f"{rng.choice(ORGS)} {rng.choice(VERBS)} {rng.choice(THINGS)} at {rng.choice(EVENTS)} {year}"
    paragraphs = [
        " ".join(_sentence(rng) for _ in range(rng.randint(2, 5))) for _ in range(rng.randint(4, 12))
    ]
    body: list[str] = []
    for i, text in enumerate(paragraphs):
        body.append(f"<p>{escape(text)}</p>")
        if i == 1 and rng.random() < 0.6:
            body.append('<div class="ad-slot ad-inline">Advertisement</div>')
        if i == 2 and rng.random() < 0.5:
            body.append("<p>Reading Time: 3 minutes</p>")
    caption = (
        f"<figure><img src='/img/{number}.jpg'><figcaption>Visitors at the {rng.choice(EVENTS)} in "
        f"{rng.choice(CITIES)} on {rng.choice(MONTHS)} {rng.randint(1, 28)}, {year - rng.randint(1, 4)}. "
        "Photo: Reuters</figcaption></figure>"
        if rng.random() < 0.7
        else ""
    )
    byline = rng.choice(["a staff reporter", "Chen Yu", "Lin Qiao", "our technology desk"])
    nav = "".join(f"<li><a href='/{s}/'>{s.title()}</a></li>" for s in ("china", "world", "tech", "business"))
    related = "".join(
        f"<li><a href='/a/{rng.randint(1, 9999)}'>{escape(_sentence(rng)[:70])}</a></li>" for _ in range(5)
    )
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{escape(title)} | Bench Daily</title>
<meta property="og:site_name" content="Bench Daily">
<meta property="article:published_time" content="{year}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T08:00:00Z">
<script>window.dataLayer = [];</script><style>body {{ font-family: serif; }}</style></head>
<body><header><nav><ul>{nav}</ul></nav><form action="/search"><input name="q"></form></header>
<div class="ad-slot ad-leaderboard">Advertisement</div>
<main><article class="story"><h1>{escape(title)}</h1>
<p class="byline">By {byline} in {rng.choice(CITIES)}</p>
<div class="share-bar">Share on Twitter | Share on Facebook</div>{caption}
<div class="story-body">{"".join(body)}</div>
<div class="related-links"><h3>Related</h3><ul>{related}</ul></div></article>
<aside class="sidebar"><h3>Most read</h3><ul>{related}</ul>
<div class="newsletter">Sign up</div></aside></main>
<footer><p>(c) {year} Bench Daily. All rights reserved.</p></footer></body></html>"""


def _time(label: str, pages: list[str], run: Callable[[str], object]) -> float:
    started = time.perf_counter()
    for page in pages:
        run(page)
    elapsed = time.perf_counter() - started
    megabytes = sum(len(p.encode()) for p in pages) / 1e6
    print(f"{label:<28} {len(pages) / elapsed:8.1f} docs/s {megabytes / elapsed:7.2f} MB/s ({elapsed:.2f} s)")
    return elapsed


def main() -> None:
    rng = random.Random(SEED)
    pages = [make_page(rng, n) for n in range(PAGES)]
    print(f"{len(pages)} generated pages, {sum(len(p.encode()) for p in pages) / 1e6:.2f} MB, seed {SEED}")
    # Warm both up once so that imports and lazy tables are not timed.
    clean_document(RawDocument("warm", pages[0], ContentType.HTML))
    trafilatura.extract(pages[0])
    ours = _time(
        "rivalgraph clean_document", pages, lambda p: clean_document(RawDocument("b", p, ContentType.HTML))
    )
    bare = _time("trafilatura.extract (bare)", pages, lambda p: trafilatura.extract(p))
    print(f"overhead ratio (ours / trafilatura): {ours / bare:.2f}")


if __name__ == "__main__":
    main()

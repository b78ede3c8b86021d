"""Renderers: footnotes resolve in every format, HTML is self-contained, the PDF renders to pages."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from rivalgraph.briefs import render_html, render_markdown, render_pdf
from rivalgraph.briefs.compose import compose_entity_brief, compose_event_brief
from rivalgraph.briefs.inputs import (
    EditionInfo,
    EntityBriefInput,
    EventBriefInput,
    Participation,
    Role,
    TrendCell,
    TrendInput,
)
from rivalgraph.briefs.model import Brief, DocumentCitation, ListCitation, Sentence, number_footnotes
from rivalgraph.briefs.render import brief_to_json
from tests.briefs.builders import FakeDoc, participant, quantity
from tests.conftest import IN_CI, REPO

ARTIFACTS = REPO / "artifacts" / "briefs"
ENTITY_LIST = ListCitation("US Entity List", "Huawei Technologies Co., Ltd.", "2019-05-16")


def _event_brief() -> tuple[Brief, dict[str, FakeDoc]]:
    a = FakeDoc("a" * 64, "2023-07-04", "A <b>bold</b> & unsafe title")
    b = FakeDoc("b" * 64, "2023-07-10")
    c = FakeDoc("c" * 64, "2019-08-30")
    people = [participant(a, n, qualifier="strategic partner") for n in ("Alibaba", "Ant Group", "Tencent")]
    people.append(
        participant(a, "Huawei", qualifier="strategic partner", sanctioned_by="US", list_entry=ENTITY_LIST)
    )
    people.append(
        participant(a, "Qualcomm", country="US", sentence="Qualcomm <script>alert(1)</script> sponsors.")
    )
    people.append(participant(b, "OpenAI", Role.ABSENT, country="US"))
    quantities = (
        quantity(a, "participating_enterprises", 400, "more than"),
        quantity(b, "participating_enterprises", 300),
    )
    trend = TrendInput(
        Role.SPONSOR,
        "US",
        (
            TrendCell(
                2019, 3, ("IBM", "Intel", "Qualcomm"), (c.cite("IBM, Intel and Qualcomm sponsor WAIC."),)
            ),
            TrendCell(2020, None),
            TrendCell(2023, 1, ("Qualcomm",), people[4].evidence),
        ),
    )
    edition = EditionInfo(
        "event:waic-2023", "World Artificial Intelligence Conference", "WAIC", 2023, "Shanghai", "CN"
    )
    brief = compose_event_brief(EventBriefInput(edition, tuple(people), quantities, (trend,)))
    return brief, {d.doc_id: d for d in (a, b, c)}


def test_briefs_every_citation_slices_out_of_its_document() -> None:
    brief, docs = _event_brief()
    sentences = list(brief.sentences())
    assert sentences and all(s.citations for s in sentences)
    for citation in brief.citations():
        if isinstance(citation, DocumentCitation):
            assert docs[citation.doc.doc_id].text[citation.start : citation.end] == citation.text


def test_briefs_sentence_without_source_cannot_be_built() -> None:
    with pytest.raises(ValueError, match="needs a source"):
        Sentence.of("Qualcomm is the only US sponsor.", ())


def test_briefs_markdown_footnotes_are_defined_once_and_all_used() -> None:
    brief, _ = _event_brief()
    text = render_markdown(brief)
    defined = re.findall(r"^\[\^(\d+)\]: ", text, flags=re.M)
    used = set(re.findall(r"\[\^(\d+)\](?!:)", text))
    assert len(defined) == len(set(defined)) == len(number_footnotes(brief))
    assert used == set(defined)
    assert "Qualcomm is the only US sponsor of WAIC 2023." in text
    assert "*The store holds no source on the US sponsors of the 2020 WAIC edition.*" in text


def test_briefs_markdown_links_chart_images_when_given() -> None:
    brief, _ = _event_brief()
    text = render_markdown(brief, image_links={"sponsors-by-country": "b-sponsors.svg"})
    assert "](b-sponsors.svg)" in text


def test_briefs_html_is_self_contained_and_escaped() -> None:
    brief, _ = _event_brief()
    html = render_html(brief)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "A &lt;b&gt;bold&lt;/b&gt; &amp; unsafe title" in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "<link" not in html
    assert html.count("data:image/svg+xml;base64,") == 2
    ids = set(re.findall(r'id="fn-(\d+)"', html))
    assert ids == {str(n) for n in number_footnotes(brief).values()}
    assert set(re.findall(r'href="#fn-(\d+)"', html)) <= ids


def test_briefs_json_lists_every_footnote_with_its_evidence() -> None:
    brief, docs = _event_brief()
    data = brief_to_json(brief)
    for note in data["footnotes"]:
        if note["kind"] == "document":
            assert docs[note["doc_id"]].text[note["start"] : note["end"]] == note["text"]
        else:
            assert note == {
                "number": note["number"],
                "kind": "list",
                **{
                    "list": "US Entity List",
                    "entry": "Huawei Technologies Co., Ltd.",
                    "listed_on": "2019-05-16",
                },
            }
    cited = {n for s in data["standfirst"] for n in s["footnotes"]}
    assert cited <= {n["number"] for n in data["footnotes"]}


def _pdf_pages(pdf: bytes, stem: str) -> list[Path]:
    """Render a PDF to PNG pages under artifacts/briefs/ with poppler's pdftoppm."""
    if shutil.which("pdftoppm") is None:
        if IN_CI:
            pytest.fail("pdftoppm is missing in CI: install poppler-utils")
        pytest.skip("pdftoppm (poppler-utils) is not installed on this machine")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob(f"{stem}-*.png"):
        old.unlink()
    path = ARTIFACTS / f"{stem}.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), str(ARTIFACTS / stem)], check=True)
    return sorted(ARTIFACTS.glob(f"{stem}-*.png"))


def test_briefs_pdf_renders_to_pages() -> None:
    brief, _ = _event_brief()
    pdf = render_pdf(brief)
    assert pdf.startswith(b"%PDF")
    pages = _pdf_pages(pdf, "constructed-event")
    assert pages and all(p.stat().st_size > 5_000 for p in pages)


def test_briefs_entity_brief_renders_participations_and_sanctions() -> None:
    doc = FakeDoc("e" * 64)
    based = doc.cite("Chinese tech giant Huawei.")
    p2023 = Participation(
        "event:waic-2023",
        "WAIC",
        2023,
        Role.SPONSOR,
        (doc.cite("Huawei sponsors WAIC 2023."),),
        "strategic partner",
    )
    p2024 = Participation(
        "event:waic-2024",
        "WAIC",
        2024,
        Role.SPONSOR,
        (doc.cite("Huawei is a WAIC 2024 partner."),),
        "partner",
    )
    huawei = participant(doc, "Huawei", sanctioned_by="US", list_entry=ENTITY_LIST)
    brief = compose_entity_brief(
        EntityBriefInput("org:huawei", "Huawei", "ORG", "CN", (based,), (p2023, p2024), (), huawei.sanctions)
    )
    texts = [s.text for s in brief.sentences()]
    assert texts[0] == "Sources describe Huawei as based in China."
    assert (
        "Sources name Huawei as a sponsor of WAIC 2023 (strategic partner) and WAIC 2024 (partner)." in texts
    )
    assert brief.subtitle == "organization \u00b7 China"
    assert _pdf_pages(render_pdf(brief), "constructed-entity")

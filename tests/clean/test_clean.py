"""Clean stage: normalization, doc_id, HTML article text, labeled spans, publication dates."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from rivalgraph.clean import clean_document, doc_id_for, html_to_text, normalize_text
from rivalgraph.clean.dates import date_in_text, iso_date, parse_iso_date
from rivalgraph.errors import InputError
from rivalgraph.ingest import ContentType, RawDocument, read_inputs
from rivalgraph.model import SpanLabel
from tests.conftest import FIXTURES, shared_path

SEED_DOC_ID = "9833795429fa56c6c78fad55dd5a607893f2bd3cce22796a06dbd5c1626982ff"


def _clean_file(path: Path) -> RawDocument:
    (raw,) = list(read_inputs([str(path)]))
    assert isinstance(raw, RawDocument), raw
    return raw


def _labeled(text: str, doc_spans: tuple, label: SpanLabel) -> list[str]:  # type: ignore[type-arg]
    return [text[s.start : s.end] for s in doc_spans if s.label == label]


def test_clean_seed_doc_id_is_sha256_of_unchanged_text() -> None:
    path = shared_path("seed", "000_473380d4fb89c8cd.txt")
    doc = clean_document(_clean_file(path))
    assert doc.doc_id == SEED_DOC_ID
    assert doc.text == path.read_text(encoding="utf-8")


@pytest.mark.shared
@pytest.mark.parametrize(
    "name", ["21_cisce2023_us_exhibitors", "22_entity_list_ymtc_cambricon", "23_waic2023_partners_page"]
)
def test_clean_dev_html_reproduces_gold_article_text(name: str) -> None:
    html = shared_path("corpus", "dev", f"{name}.html")
    gold = json.loads(shared_path("corpus", "dev", f"{name}.gold.json").read_text(encoding="utf-8"))
    doc = clean_document(_clean_file(html))
    assert doc.text == gold["article_text"]
    assert doc.doc_id == gold["doc_id"]
    assert doc.title == gold["title"]


def test_clean_seed_labels_noise_caption_and_byline() -> None:
    doc = clean_document(_clean_file(shared_path("seed", "000_473380d4fb89c8cd.txt")))
    boiler = _labeled(doc.text, doc.spans, SpanLabel.BOILERPLATE)
    assert "Reading Time:2 minutes" in boiler
    assert "Why you can trust SCMP" in boiler
    assert boiler.count("Advertisement") >= 2
    (caption,) = _labeled(doc.text, doc.spans, SpanLabel.CAPTION)
    assert caption.endswith("on July 9, 2020. Photo: Reuters")
    assert _labeled(doc.text, doc.spans, SpanLabel.BYLINE) == ["Tracy Quin Shanghai"]
    assert doc.title is not None and doc.title.startswith("China’s biggest AI conference")


def test_clean_html_page_drops_widgets_and_labels_caption_byline() -> None:
    doc = clean_document(_clean_file(FIXTURES / "ingest" / "story_with_noise.html"))
    assert "Most read" not in doc.text and "Share on" not in doc.text and "Related:" not in doc.text
    assert "(c) 2022" not in doc.text and "Home" not in doc.text
    assert doc.text.startswith("Chip start-ups crowd WAIC 2022 hall\n\nBy Lin Qiao in Shanghai\n\n")
    assert _labeled(doc.text, doc.spans, SpanLabel.BYLINE) == ["By Lin Qiao in Shanghai"]
    (caption,) = _labeled(doc.text, doc.spans, SpanLabel.CAPTION)
    assert "July 8, 2021" in caption
    assert _labeled(doc.text, doc.spans, SpanLabel.BOILERPLATE) == ["Reading Time: 2 minutes"]
    assert doc.published == "2022-09-01"
    assert doc.metadata["site_name"] == "Harbour Tech Review"
    assert doc.metadata["author"] == "Lin Qiao"


def test_clean_html_without_article_falls_back_to_body() -> None:
    doc = clean_document(_clean_file(FIXTURES / "ingest" / "no_article.html"))
    assert doc.title == "Baidu shows Ernie Bot upgrade"
    assert "Robin Li" in doc.text and "Menu | Login" not in doc.text
    assert "\n\n" in doc.text


def test_clean_malformed_html_still_gives_its_text() -> None:
    doc = clean_document(_clean_file(FIXTURES / "ingest" / "malformed.html"))
    assert doc.text.startswith("Unclosed tags everywhere\n\n")
    assert "iFlytek" in doc.text


_TABLE_PAGE = (
    "<html><body><article><h1>Entity List additions</h1>"
    "<p>The Commerce Department added the following companies to its Entity List on Tuesday, "
    "saying they supplied equipment to military end users in the region.</p>"
    "<table><thead><tr><th>Entity</th><th>Location</th></tr></thead><tbody>"
    "<tr><td>Kestrel Avionics</td><td>Xi'an, China</td></tr>"
    "<tr><td><b>Lantern</b> Optics</td><td></td><td>Wuhan</td></tr>"
    "<tr><td><p>Redwood Micro</p><p>(two aliases)</p></td><td><div>Chengdu</div></td></tr>"
    "</tbody></table></article></body></html>"
)


def test_clean_html_table_cells_are_separated_and_rows_are_lines() -> None:
    text, _spans, _meta = html_to_text(_TABLE_PAGE)
    lines = [line for line in text.splitlines() if line]
    assert lines[-4:] == [
        "Entity | Location",
        "Kestrel Avionics | Xi'an, China",
        "Lantern Optics | Wuhan",
        "Redwood Micro (two aliases) | Chengdu",
    ]


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        ("<html><body><script>var x = 1;</script></body></html>", "no article text"),
        ("   ", "cannot be parsed"),
    ],
)
def test_clean_html_without_text_is_an_input_error(html: str, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        html_to_text(html, source="page.html")


def test_clean_keeps_curly_quotes_and_offsets_after_nfc() -> None:
    decomposed = "Zu\u0308rich’s “AI” fair\r\nSecond line"
    text = normalize_text(decomposed)
    assert text == unicodedata.normalize("NFC", "Zürich’s “AI” fair\nSecond line")
    assert "’" in text and "“" in text
    doc = clean_document(RawDocument("x", decomposed))
    assert doc.doc_id == doc_id_for(text)
    for span in doc.spans:
        assert doc.text[span.start : span.end].strip() == doc.text[span.start : span.end]


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Advertisement", SpanLabel.BOILERPLATE),
        ("Reading Time: 3 minutes", SpanLabel.BOILERPLATE),
        ("Why you can trust Tech Daily", SpanLabel.BOILERPLATE),
        ("Share this article | Facebook | Twitter", SpanLabel.BOILERPLATE),
        ("Read more: Huawei unveils new chip", SpanLabel.BOILERPLATE),
        ("Delegates at WAIC in Shanghai on July 6, 2023. Photo: AFP", SpanLabel.CAPTION),
        ("Photo caption: A robot dog at WAIC 2021.", SpanLabel.CAPTION),
        ("By Jane Doe and Li Wei", SpanLabel.BYLINE),
    ],
)
def test_clean_labels_noise_lines(line: str, label: SpanLabel) -> None:
    text = (
        f"Headline about the fair\n\n{line}\n\n"
        "The conference opened in Shanghai on Thursday with more than 400 exhibitors, the organisers said.\n"
    )
    doc = clean_document(RawDocument("x.txt", text))
    assert _labeled(doc.text, doc.spans, label) == [line]
    assert doc.text == text


@pytest.mark.parametrize(
    ("text", "dateline", "published"),
    [
        ("SHANGHAI, July 4, 2024\n\nTitle here\n\nBody.", "SHANGHAI, July 4, 2024", "2024-07-04"),
        ("ANALYSIS | 10 July 2023\n\nTitle here\n\nBody.", "ANALYSIS | 10 July 2023", "2023-07-10"),
        ("WUZHEN, China, Nov. 9, 2023\n\nTitle\n\nBody.", "WUZHEN, China, Nov. 9, 2023", "2023-11-09"),
    ],
)
def test_clean_dateline_gives_publication_date(text: str, dateline: str, published: str) -> None:
    doc = clean_document(RawDocument("x.txt", text))
    assert _labeled(doc.text, doc.spans, SpanLabel.DATELINE) == [dateline]
    assert doc.published == published


def test_clean_inline_dateline_is_a_prefix_span() -> None:
    body = (
        "SHENZHEN, 7 September 2023 - Tencent released its Hunyuan model for business customers on "
        "Thursday, joining Baidu and Alibaba in the race."
    )
    doc = clean_document(RawDocument("x.txt", f"Tencent releases Hunyuan\n\n{body}\n"))
    assert _labeled(doc.text, doc.spans, SpanLabel.DATELINE) == ["SHENZHEN, 7 September 2023 - "]
    assert doc.published == "2023-09-07"


def test_clean_metadata_date_wins_over_dateline() -> None:
    raw = RawDocument(
        "x.txt", "BEIJING, Jan 16, 2025\n\nTitle\n", ContentType.TEXT, {"published": "2025-01-17"}
    )
    assert clean_document(raw).published == "2025-01-17"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-07-04", "2023-07-04"),
        ("2023-12-28T09:00:00Z", "2023-12-28"),
        ("Tue, 4 July 2023", "2023-07-04"),
        ("2023-02-30", None),
        ("", None),
        (None, None),
    ],
)
def test_clean_iso_date_from_metadata(value: str | None, expected: str | None) -> None:
    assert iso_date(value) == expected


def test_clean_date_in_text_ignores_ranges() -> None:
    assert date_in_text("Shanghai | July 6-8, 2023") is None
    assert date_in_text("By a staff reporter | Beijing | November 21, 2023") == "2023-11-21"


@pytest.mark.parametrize("value", ["2023-7-4", "04/07/2023", "2023-13-01", "2023-02-30"])
def test_clean_parse_iso_date_rejects_bad_dates(value: str) -> None:
    with pytest.raises(InputError, match=r"YYYY-MM-DD|real day"):
        parse_iso_date(value)


def test_clean_empty_text_is_an_input_error() -> None:
    with pytest.raises(InputError, match="no text"):
        clean_document(RawDocument("blank.txt", "  \n\n "))

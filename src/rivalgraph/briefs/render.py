"""Render a brief as Markdown, self-contained HTML (inline CSS, images as data URIs) or PDF.

Footnote numbers come from `number_footnotes`, so the three formats number alike.
"""

from __future__ import annotations

import base64
import functools
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

import jinja2
from markupsafe import Markup, escape

from rivalgraph.briefs.model import (
    Brief,
    Chart,
    Citation,
    DocumentCitation,
    ListCitation,
    Note,
    Sentence,
    SourceDocument,
    Table,
    number_footnotes,
)
from rivalgraph.briefs.wording import format_date

__all__ = ["brief_to_json", "render_html", "render_markdown", "render_pdf"]

_SHORT_ID = 12


def _doc_title(doc: SourceDocument) -> str:
    return doc.title or doc.source or f"document {doc.doc_id[:_SHORT_ID]}"


def _one_line(text: str) -> str:
    """Evidence as one line: list pages break lines inside a 'sentence'."""
    return " ".join(text.split())


def _footnote_text(citation: Citation, source_numbers: Mapping[str, int]) -> str:
    """The plain-text footnote: the evidence, then which source and where in it."""
    if isinstance(citation, DocumentCitation):
        return (
            f"\u201c{_one_line(citation.text)}\u201d \u2014 source {source_numbers[citation.doc.doc_id]}, "
            f"characters {citation.start}\u2013{citation.end}."
        )
    when = format_date(citation.listed_on)
    listed = f", listed {when}" if when else ""
    source = f" ({citation.source})" if citation.source else ""
    return f"{citation.list_name}: entry {citation.entry_name}{listed}{source}."


# --------------------------------------------------------------------------- Markdown


def _md_escape(text: str) -> str:
    """Escape what Markdown would read as markup inside running text."""
    for ch in ("\\", "*", "_", "[", "]", "`", "<", ">", "|"):
        text = text.replace(ch, "\\" + ch)
    return text


def _numbers_of(citations: tuple[Citation, ...], numbers: Mapping[tuple[str, ...], int]) -> list[int]:
    """Footnote numbers of these citations, each once, in order of use."""
    return list(dict.fromkeys(numbers[c.key] for c in citations))


def _md_markers(citations: tuple[Citation, ...], numbers: Mapping[tuple[str, ...], int]) -> str:
    return "".join(f"[^{n}]" for n in _numbers_of(citations, numbers))


def _md_sentence(item: Sentence | Note, numbers: Mapping[tuple[str, ...], int]) -> str:
    if isinstance(item, Note):
        return f"*{_md_escape(item.text)}*"
    return "".join(_md_escape(c.text) + _md_markers(c.citations, numbers) for c in item.clauses)


def _md_table(table: Table, numbers: Mapping[tuple[str, ...], int]) -> list[str]:
    lines = [
        "| " + " | ".join((*table.header, "Sources")) + " |",
        "|" + "---|" * (len(table.header) + 1),
    ]
    for row, cited in zip(table.rows, table.row_citations, strict=True):
        cells = [_md_escape(c) for c in row]
        lines.append("| " + " | ".join((*cells, _md_markers(cited, numbers) or "\u2014")) + " |")
    return lines


def render_markdown(brief: Brief, *, image_links: Mapping[str, str] | None = None) -> str:
    """Markdown with footnotes (`[^n]`); charts as image links when `image_links` maps chart ids to files."""
    numbers = number_footnotes(brief)
    lines = [f"# {_md_escape(brief.title)}", ""]
    if brief.subtitle:
        lines += [f"*{_md_escape(brief.subtitle)}*", ""]
    if brief.standfirst:
        lines += ["**" + " ".join(_md_sentence(s, numbers) for s in brief.standfirst) + "**", ""]
    for section in brief.sections:
        lines += [f"## {_md_escape(section.heading)}", ""]
        for paragraph in section.paragraphs:
            lines += [" ".join(_md_sentence(s, numbers) for s in paragraph.sentences), ""]
        for chart in section.charts:
            link = (image_links or {}).get(chart.id)
            if link:
                lines += [f"![{_md_escape(chart.alt)}]({link})", ""]
            lines += [f"*{_md_escape(chart.table.caption)}*", "", *_md_table(chart.table, numbers), ""]
    if not brief.standfirst and not brief.sections:
        lines += ["*The store holds no cited fact about this subject yet.*", ""]
    documents = brief.documents()
    if documents:
        lines += ["## Sources", ""]
        for i, doc in enumerate(documents, 1):
            when = format_date(doc.published)
            meta = "".join((f", {when}" if when else "", f". {_md_escape(doc.source)}" if doc.source else ""))
            lines.append(f"{i}. {_md_escape(_doc_title(doc))}{meta} (document `{doc.doc_id[:_SHORT_ID]}`)")
        lines.append("")
    source_numbers = {d.doc_id: i for i, d in enumerate(documents, 1)}
    for number, citation in _citations_by_number(brief, numbers):
        lines.append(f"[^{number}]: {_md_escape(_footnote_text(citation, source_numbers))}")
    return "\n".join(lines).rstrip() + "\n"


def _citations_by_number(brief: Brief, numbers: Mapping[tuple[str, ...], int]) -> list[tuple[int, Citation]]:
    first: dict[int, Citation] = {}
    for citation in brief.citations():
        first.setdefault(numbers[citation.key], citation)
    return sorted(first.items())


# --------------------------------------------------------------------------- HTML and PDF


@functools.cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("rivalgraph.briefs", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


@functools.cache
def _css() -> str:
    return (
        resources.files("rivalgraph.briefs")
        .joinpath("templates")
        .joinpath("brief.css")
        .read_text(encoding="utf-8")
    )


def _runs(values: list[int]) -> list[tuple[int, int]]:
    """[1, 2, 3, 7] -> [(1, 3), (7, 7)]."""
    runs: list[tuple[int, int]] = []
    for v in sorted(set(values)):
        if runs and v == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], v)
        else:
            runs.append((v, v))
    return runs


def _html_markers(citations: tuple[Citation, ...], numbers: Mapping[tuple[str, ...], int]) -> Markup:
    """Superscript links; three or more consecutive notes collapse to a range ('[8]-[17]')."""
    if not citations:
        return Markup("")
    links = []
    for low, high in _runs(_numbers_of(citations, numbers)):
        span = range(low, high + 1) if high - low < 2 else (low, high)
        parts = [Markup('<a href="#fn-{0}">{0}</a>').format(n) for n in span]
        joiner = Markup(",") if high - low < 2 else Markup("\u2013")
        links.append(joiner.join(parts))
    return Markup('<sup class="fn">[{}]</sup>').format(Markup(",").join(links))


def _html_sentence(item: Sentence | Note, numbers: Mapping[tuple[str, ...], int]) -> Markup:
    if isinstance(item, Note):
        return Markup('<span class="note">{}</span>').format(item.text)
    return Markup("").join(escape(c.text) + _html_markers(c.citations, numbers) for c in item.clauses)


def _html_table(table: Table, numbers: Mapping[tuple[str, ...], int]) -> Markup:
    head = Markup("").join(Markup("<th>{}</th>").format(h) for h in (*table.header, "Sources"))
    body = Markup("")
    for row, cited in zip(table.rows, table.row_citations, strict=True):
        cells = Markup("").join(Markup("<td>{}</td>").format(c) for c in row)
        marks = _html_markers(cited, numbers) or Markup("\u2014")
        body += Markup("<tr>{}<td>{}</td></tr>").format(cells, marks)
    return Markup("<table><thead><tr>{}</tr></thead><tbody>{}</tbody></table>").format(head, body)


def _footnote_html(citation: Citation, source_numbers: Mapping[str, int]) -> Markup:
    if isinstance(citation, DocumentCitation):
        return Markup(
            '<span class="evidence">\u201c{text}\u201d</span> \u2014 <a href="#src-{n}">source {n}</a>'
            '<span class="meta">, characters {start}\u2013{end}.</span>'
        ).format(
            text=_one_line(citation.text),
            n=source_numbers[citation.doc.doc_id],
            start=citation.start,
            end=citation.end,
        )
    return _list_footnote_html(citation)


def _list_footnote_html(citation: ListCitation) -> Markup:
    when = format_date(citation.listed_on)
    return Markup("<cite>{list}</cite>: entry {entry}{when}{source}.").format(
        list=citation.list_name,
        entry=citation.entry_name,
        when=f", listed {when}" if when else "",
        source=f" ({citation.source})" if citation.source else "",
    )


@dataclass(frozen=True, slots=True)
class _ChartView:
    id: str
    title: str
    alt: str
    src: str
    table: Markup


def _chart_src(chart: Chart, *, png: bool) -> str:
    if png:
        return "data:image/png;base64," + base64.b64encode(chart.png).decode("ascii")
    return "data:image/svg+xml;base64," + base64.b64encode(chart.svg.encode("utf-8")).decode("ascii")


def _html(brief: Brief, *, png: bool) -> str:
    numbers = number_footnotes(brief)
    sections: list[dict[str, Any]] = []
    for section in brief.sections:
        sections.append(
            {
                "heading": section.heading,
                "paragraphs": [[_html_sentence(s, numbers) for s in p.sentences] for p in section.paragraphs],
                "charts": [
                    _ChartView(c.id, c.title, c.alt, _chart_src(c, png=png), _html_table(c.table, numbers))
                    for c in section.charts
                ],
            }
        )
    cited = brief.documents()
    source_numbers = {d.doc_id: i for i, d in enumerate(cited, 1)}
    documents = [
        {
            "number": source_numbers[d.doc_id],
            "title": _doc_title(d),
            "published": format_date(d.published),
            "source": d.source,
            "short_id": d.doc_id[:_SHORT_ID],
        }
        for d in cited
    ]
    footnotes = [
        {"number": n, "html": _footnote_html(c, source_numbers)}
        for n, c in _citations_by_number(brief, numbers)
    ]
    return (
        _environment()
        .get_template("brief.html.j2")
        .render(
            brief=brief,
            css=Markup(_css()),
            standfirst=[_html_sentence(s, numbers) for s in brief.standfirst],
            sections=sections,
            documents=documents,
            footnotes=footnotes,
        )
    )


def render_html(brief: Brief) -> str:
    """One self-contained HTML page: CSS inline, charts as SVG data URIs, no external request."""
    return _html(brief, png=False)


def render_pdf(brief: Brief) -> bytes:
    """A PDF of the HTML brief made by WeasyPrint (charts embedded as PNG)."""
    import weasyprint  # imported here: loading it takes ~1 s and only PDF output needs it

    pdf: bytes = weasyprint.HTML(string=_html(brief, png=True)).write_pdf()
    return pdf


def _citation_json(citation: Citation) -> dict[str, Any]:
    if isinstance(citation, DocumentCitation):
        return {
            "kind": "document",
            "doc_id": citation.doc.doc_id,
            "title": citation.doc.title,
            "published": citation.doc.published,
            "source": citation.doc.source,
            "start": citation.start,
            "end": citation.end,
            "text": citation.text,
        }
    return {
        "kind": "list",
        "list": citation.list_name,
        "entry": citation.entry_name,
        "listed_on": citation.listed_on,
    }


def brief_to_json(brief: Brief) -> dict[str, Any]:
    """The brief as data: every sentence with its footnote numbers, and every footnote's evidence."""
    numbers = number_footnotes(brief)

    def sentence(item: Sentence | Note) -> dict[str, Any]:
        if isinstance(item, Note):
            return {"note": item.text}
        return {"text": item.text, "footnotes": _numbers_of(item.citations, numbers)}

    return {
        "kind": brief.kind.value,
        "subject": brief.subject_id,
        "title": brief.title,
        "subtitle": brief.subtitle,
        "standfirst": [sentence(s) for s in brief.standfirst],
        "sections": [
            {
                "heading": section.heading,
                "paragraphs": [[sentence(s) for s in p.sentences] for p in section.paragraphs],
                "charts": [
                    {
                        "id": chart.id,
                        "title": chart.title,
                        "header": list(chart.table.header),
                        "rows": [list(r) for r in chart.table.rows],
                        "footnotes": [_numbers_of(c, numbers) for c in chart.table.row_citations],
                    }
                    for chart in section.charts
                ],
            }
            for section in brief.sections
        ],
        "footnotes": [{"number": n, **_citation_json(c)} for n, c in _citations_by_number(brief, numbers)],
    }

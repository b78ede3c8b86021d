"""The brief: a short article whose every claim carries the evidence behind it.

Invariants: a `Sentence` always has at least one citation (a statement with no source is
never written; building one without is a bug and raises). A `Note` speaks about the
store's coverage ("no source covers 2021"), never about the world, so it carries none.
Footnote numbers are given in order of first use and the same evidence gets one number.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

__all__ = [
    "Brief",
    "BriefKind",
    "Chart",
    "Citation",
    "Clause",
    "DocumentCitation",
    "ListCitation",
    "Note",
    "Paragraph",
    "Section",
    "Sentence",
    "SourceDocument",
    "Table",
    "number_footnotes",
]


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """A stored document that a brief cites."""

    doc_id: str
    title: str | None
    published: str | None
    source: str | None


@dataclass(frozen=True, slots=True)
class DocumentCitation:
    """An evidence sentence of a stored document, by its `[start, end)` offsets."""

    doc: SourceDocument
    start: int
    end: int
    text: str

    @property
    def key(self) -> tuple[str, ...]:
        return ("doc", self.doc.doc_id, str(self.start), str(self.end))


@dataclass(frozen=True, slots=True)
class ListCitation:
    """An entry of a sanctions list that an entity matched."""

    list_name: str
    entry_name: str
    listed_on: str | None
    source: str | None = None

    @property
    def key(self) -> tuple[str, ...]:
        return ("list", self.list_name, self.entry_name, self.listed_on or "")


Citation = DocumentCitation | ListCitation


@dataclass(frozen=True, slots=True)
class Clause:
    """A run of words and the citations whose markers follow it."""

    text: str
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True, slots=True)
class Sentence:
    """One claim of the brief; each clause is footnoted with the evidence it rests on."""

    clauses: tuple[Clause, ...]

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise ValueError("a brief sentence needs words")
        if not self.citations:
            raise ValueError(f"a brief sentence needs a source: {self.text!r}")

    @classmethod
    def of(cls, text: str, citations: Iterable[Citation]) -> Sentence:
        """A one-clause sentence whose markers follow its final stop."""
        return cls((Clause(text, _unique(citations)),))

    @property
    def text(self) -> str:
        return "".join(clause.text for clause in self.clauses)

    @property
    def citations(self) -> tuple[Citation, ...]:
        return _unique(c for clause in self.clauses for c in clause.citations)


def _unique(citations: Iterable[Citation]) -> tuple[Citation, ...]:
    """Citations without repeats, first use first."""
    seen: dict[tuple[str, ...], Citation] = {}
    for citation in citations:
        seen.setdefault(citation.key, citation)
    return tuple(seen.values())


@dataclass(frozen=True, slots=True)
class Note:
    """A remark on what the store covers (never a claim about the world); no citation."""

    text: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    """Sentences read together; a paragraph with no sentence is never built."""

    sentences: tuple[Sentence | Note, ...]


@dataclass(frozen=True, slots=True)
class Table:
    """A small table of the numbers behind a chart, each row citing its evidence."""

    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_citations: tuple[tuple[Citation, ...], ...]


@dataclass(frozen=True, slots=True)
class Chart:
    """A Vega-Lite chart drawn offline on demand (SVG for screens, PNG for print) and its data."""

    id: str
    title: str
    alt: str
    spec: str
    table: Table

    @property
    def svg(self) -> str:
        from rivalgraph.briefs.charts import render_svg

        return render_svg(self.spec)

    @property
    def png(self) -> bytes:
        from rivalgraph.briefs.charts import render_png

        return render_png(self.spec)


@dataclass(frozen=True, slots=True)
class Section:
    """A headed part of the brief."""

    heading: str
    paragraphs: tuple[Paragraph, ...] = ()
    charts: tuple[Chart, ...] = ()
    tables: tuple[Table, ...] = ()


class BriefKind(StrEnum):
    """What a brief is about."""

    EVENT = "event"
    ENTITY = "entity"


@dataclass(frozen=True, slots=True)
class Brief:
    """A generated article: headline, sections and the sources behind every sentence."""

    kind: BriefKind
    subject_id: str
    title: str
    subtitle: str
    standfirst: tuple[Sentence, ...]
    sections: tuple[Section, ...]

    def sentences(self) -> Iterator[Sentence]:
        """Every cited sentence, in reading order (standfirst first)."""
        yield from self.standfirst
        for section in self.sections:
            for paragraph in section.paragraphs:
                for item in paragraph.sentences:
                    if isinstance(item, Sentence):
                        yield item

    def citations(self) -> Iterator[Citation]:
        """Every citation in reading order: sentences, then the rows of each table."""
        for sentence in self.sentences():
            yield from sentence.citations
        for section in self.sections:
            for table in (*section.tables, *(chart.table for chart in section.charts)):
                for cited in table.row_citations:
                    yield from cited

    def documents(self) -> tuple[SourceDocument, ...]:
        """The cited documents, in order of first citation."""
        seen: dict[str, SourceDocument] = {}
        for citation in self.citations():
            if isinstance(citation, DocumentCitation):
                seen.setdefault(citation.doc.doc_id, citation.doc)
        return tuple(seen.values())


def number_footnotes(brief: Brief) -> dict[tuple[str, ...], int]:
    """Footnote number of each distinct citation, 1-based, in order of first use."""
    numbers: dict[tuple[str, ...], int] = {}
    for citation in brief.citations():
        numbers.setdefault(citation.key, len(numbers) + 1)
    return numbers

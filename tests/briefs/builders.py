"""Small constructors for brief inputs: documents whose evidence slices out of their text."""

from __future__ import annotations

from rivalgraph.briefs.inputs import Participant, ReportedQuantity, Role, SanctionClaim, Sanctions
from rivalgraph.briefs.model import DocumentCitation, ListCitation, SourceDocument


class FakeDoc:
    """A document built sentence by sentence, so every citation's offsets are real."""

    def __init__(self, doc_id: str, published: str | None = "2023-07-04", title: str | None = None) -> None:
        self.doc_id = doc_id
        self.text = ""
        self.meta = SourceDocument(doc_id, title or f"Report {doc_id}", published, f"{doc_id}.txt")

    def cite(self, sentence: str) -> DocumentCitation:
        """Append a sentence to the text and cite it."""
        if self.text:
            self.text += " "
        start = len(self.text)
        self.text += sentence
        return DocumentCitation(self.meta, start, len(self.text), sentence)


def participant(
    doc: FakeDoc,
    name: str,
    role: Role = Role.SPONSOR,
    *,
    country: str | None = "CN",
    qualifier: str | None = None,
    negated: bool = False,
    sentence: str | None = None,
    sanctioned_by: str | None = None,
    list_entry: ListCitation | None = None,
) -> Participant:
    """One participant with a sentence of its own in `doc`."""
    evidence = doc.cite(sentence or f"{name} takes part as {role.value}.")
    claims = ()
    if sanctioned_by:
        claims = (SanctionClaim(sanctioned_by, (doc.cite(f"{name} is sanctioned by {sanctioned_by}."),)),)
    sanctions = Sanctions(claims, (list_entry,) if list_entry else ())
    return Participant(
        entity_id=f"org:{name.lower().replace(' ', '-')}",
        name=name,
        country=country,
        role=role,
        evidence=(evidence,),
        qualifier=qualifier,
        negated=negated,
        sanctions=sanctions,
    )


def quantity(doc: FakeDoc, measure: str, value: float, qualifier: str | None = None) -> ReportedQuantity:
    """A reported number with its own sentence."""
    lead = f"{qualifier} " if qualifier else ""
    return ReportedQuantity(
        measure, value, qualifier, doc.cite(f"Organisers count {lead}{value:g} {measure}.")
    )

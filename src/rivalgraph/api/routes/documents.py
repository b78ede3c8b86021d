"""Documents: list (paged, filtered), get one (text, spans and facts), ingest text/HTML/URL."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response

from rivalgraph.api import readers
from rivalgraph.api.deps import PagingDep, SessionDep, engine_of
from rivalgraph.api.ingesting import Submission, ingest_submission
from rivalgraph.api.schemas import (
    DocumentOut,
    DocumentSummary,
    IngestedDocument,
    IngestRequest,
    IngestResult,
    Page,
)
from rivalgraph.api.security import require_write, settings_of
from rivalgraph.batch.pipeline import Outcome

__all__ = ["router"]

router = APIRouter(tags=["documents"])

DATE = r"^\d{4}-\d{2}-\d{2}$"


@router.get("/documents", response_model=Page[DocumentSummary], summary="List stored documents")
def list_documents(
    session: SessionDep,
    page: PagingDep,
    q: Annotated[str | None, Query(max_length=200, description="Words the title contains.")] = None,
    since: Annotated[
        str | None, Query(pattern=DATE, description="Published on or after (YYYY-MM-DD).")
    ] = None,
    until: Annotated[
        str | None, Query(pattern=DATE, description="Published on or before (YYYY-MM-DD).")
    ] = None,
) -> Page[DocumentSummary]:
    """Newest first (by publication date, then by ingest time)."""
    items, total = readers.list_documents(session, q=q, since=since, until=until, page=page)
    return Page[DocumentSummary](items=items, total=total, limit=page.limit, offset=page.offset)


@router.get("/documents/{doc_id}", response_model=DocumentOut, summary="One document with its facts")
def get_document(session: SessionDep, doc_id: str) -> DocumentOut:
    """The cleaned text, its spans, and the entities, events and relations found in it."""
    return DocumentOut.from_model(readers.require_document(session, doc_id))


@router.post(
    "/documents",
    response_model=IngestResult,
    status_code=201,
    dependencies=[Depends(require_write)],
    summary="Ingest a document (text, HTML or URL)",
    responses={
        200: {"description": "Every document was already stored", "model": IngestResult},
        401: {"description": "Missing or wrong bearer token"},
        403: {"description": "Writes are disabled: no API token configured"},
        413: {"description": "The document is over the size limit"},
        422: {"description": "Not exactly one of text/html/url, an unfetchable or refused URL"},
    },
)
def post_document(body: IngestRequest, request: Request, response: Response) -> IngestResult:
    """Clean, extract and store the document; a private or loopback URL is refused."""
    outcomes = ingest_submission(
        Submission(**body.model_dump()),
        engine=engine_of(request),
        settings=settings_of(request),
        extractor=readers.extractor_of(request.app),
    )
    stored = sum(o.status == Outcome.STORED for o in outcomes)
    if stored == 0:
        response.status_code = 200
    return IngestResult(
        stored=stored,
        skipped=len(outcomes) - stored,
        extracted=readers.extractor_of(request.app) is not None,
        documents=[
            IngestedDocument(
                doc_id=o.doc_id,
                status=o.status.value,  # type: ignore[arg-type]
                source=o.source,
                title=o.title,
                published=o.published,
                entities=o.entities,
                relations=o.relations,
            )
            for o in outcomes
        ],
    )

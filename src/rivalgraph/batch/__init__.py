"""Batch drivers: run the stages over many inputs; no logic of their own."""

from rivalgraph.batch.pipeline import DocumentOutcome, IngestReport, Outcome, run_ingest

__all__ = ["DocumentOutcome", "IngestReport", "Outcome", "run_ingest"]

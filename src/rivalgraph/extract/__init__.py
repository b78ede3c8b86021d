"""Extract: Document -> Document with entities, event editions, relations and quantities.

Rules run as spaCy components (`rivalgraph_kb_entities_v1`, `rivalgraph_relations_v1`) over the
parse of `en_core_web_sm`; trigger words live in data/lexicons/extract.yaml.
"""

from __future__ import annotations

from rivalgraph.extract.extractor import ExtractOptions, Extractor

__all__ = ["ExtractOptions", "Extractor"]

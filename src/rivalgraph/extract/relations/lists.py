"""List and heading layouts: a heading or a colon line followed by bullet items."""

from __future__ import annotations

import re

from rivalgraph.extract.relations.common import (
    RelationBase,
)


class ListRules(RelationBase):
    """List and heading layouts rules."""

    def _heading(self, si: int) -> bool:
        sent = self.s.sents[si]
        return len([t for t in sent if not t.is_space]) <= 4 and not any(t.pos_ == "VERB" for t in sent)

    def _list_items(self, si: int) -> list[str]:
        """ORG names on the bullet lines that follow a sentence ending with a colon."""
        s = self.s
        out: list[str] = []
        for sj in range(si + 1, len(s.sents)):
            line = s.sent_texts[sj].strip()
            if not re.match(r"^[-•*·]\s*", line):
                if out:
                    break
                if sj > si + 1:
                    break
                continue
            out.extend(m.key for m in s.sent_mentions(sj, "ORG"))
        return list(dict.fromkeys(out))

"""Entity mentions: KB phrase matches first, then the statistical NER, then pattern fixes.

One module per stage; `pipeline.find_mentions` runs them in order.
"""

from rivalgraph.extract.mentions.kb_matches import KbMatchers
from rivalgraph.extract.mentions.pipeline import find_mentions

__all__ = ["KbMatchers", "find_mentions"]

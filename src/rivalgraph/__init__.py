"""rivalgraph: an evidence-backed knowledge graph of the US-China technology rivalry."""

__version__ = "0.1.0"
__all__ = ["__version__"]

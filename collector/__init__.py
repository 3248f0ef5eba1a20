"""collector: collects, archives and tracks the materials units email in answer to a notice.

Pipeline (one module per stage): fetch / sources -> store -> parsers -> match -> file -> index -> status -> dashboard.
"""

__version__ = "0.1.0"

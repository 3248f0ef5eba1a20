"""collector: collects, archives and tracks the materials units email in answer to a notice.

Pipeline (one module per stage): fetch / sources -> store -> parsers -> match -> file -> index -> status -> dashboard.
"""

import os

# pypinyin reads these once, at its import: set them here, before any module imports it, so
# every process reads characters the same way. Without its phrase dictionary (~45 MB and a
# third of the time in every process) a polyphone takes its first reading (重阳 → zhong):
# a drafted campaign's id must not depend on whether the matcher was imported first.
os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "1")

__version__ = "0.1.0"

"""One loop for the layout passes that find runs of lines in a notice's text (a table copied a cell a line, a PDF's
wrapped table, a grid of dates as columns, a quoted cell over lines) and write each run back in the form the
drafter reads."""

from __future__ import annotations

from typing import Callable

# lines[i:] → the run starting at line i written back, and the index of the line after it; None when no run starts there
RunAt = Callable[[list[str], int], "tuple[list[str], int] | None"]


def runs_rewritten(text: str, run_at: RunAt) -> str:
    """``text`` with every run ``run_at`` finds replaced by what it writes; lines outside a run as they were."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        run = run_at(lines, i)
        if run is None:
            out.append(lines[i])
            i += 1
            continue
        written, i = run
        out += written
    return "\n".join(out)

"""A table row whose paper cell and time cell are both numbered lists of as many items: `老大杖子乡人民政府 | 1.产销对接情况
统计表（Excel格式）；2.产销对接工作情况说明（Word格式） | 1.九月六日（星期四）上午十时前；2.九月十二日（星期三）下午四时前`.
Item 1 of the papers is due by item 1 of the times, item 2 by item 2: each deadline's segment is the row with its own
paper and its own time in those two cells. Counts that differ, a time item holding no deadline or two, or no other cell
numbered as many leave the segments as read."""

from __future__ import annotations

import re

from .. import requirements as req
from ..reading.item_numbers import ARABIC_MARK
from ..timing.dates import Deadline

# 1. / 2、 / (3): a numbered item's opening (1.9月6日前 too, a date after it; not 1.5万, a decimal)
ITEM_OPENING = re.compile(rf"\s*(?:(?P<a>\d{{1,2}}){ARABIC_MARK}|[(（](?P<b>\d{{1,2}})[)）])\s*")
# ；2. …: where the next item of a cell opens (its 1. being the cell's start)
NEXT_ITEM = re.compile(rf"(?:[;；。]\s*|\s+)(?=(?:\d{{1,2}}{ARABIC_MARK}|[(（]\d{{1,2}}[)）]))")


def _items(cell: str) -> list[tuple[int, int]]:
    """The spans (within ``cell``) of its numbered items 1, 2, … with their numbers and closing marks off; [] unless the
    cell is such a list of two items or more."""
    starts = [0] + [m.end() for m in NEXT_ITEM.finditer(cell)]
    ends = [m.start() for m in NEXT_ITEM.finditer(cell)] + [len(cell.rstrip().rstrip("；;。"))]
    out = []
    for n, (a, b) in enumerate(zip(starts, ends), start=1):
        m = ITEM_OPENING.match(cell, a)
        if not m or int(m.group("a") or m.group("b")) != n:
            return []
        out.append((m.end(), b))
    return out if len(out) >= 2 else []


def paired_by_number(sentence: str, triples: list[tuple[Deadline, str, str]]) -> list[tuple[Deadline, str, str]]:
    """Each deadline of a row whose time cell numbers them with the row's own segment: the other cells, the paper item of
    the deadline's number, and its time item (the unit cells also its subject)."""
    if "\t" not in sentence or len(triples) < 2:
        return triples
    bounds = [0] + [m.end() for m in re.finditer("\t", sentence)]
    cells = [(a, (sentence.find("\t", a) if sentence.find("\t", a) >= 0 else len(sentence))) for a in bounds]
    deadlines = [d for d, _, _ in triples]
    numbered = [(c, [(a + x, a + y) for x, y in _items(sentence[a:b])]) for c, (a, b) in enumerate(cells)]
    numbered = [(c, items) for c, items in numbered if len(items) == len(deadlines)]
    times = [(c, items) for c, items in numbered
             if all(sum(a <= d.start < b for d in deadlines) == 1 for a, b in items)]
    papers = [(c, items) for c, items in numbered
              if all(not any(a <= d.start < b for d in deadlines) and req.material_names(sentence[a:b])
                     for a, b in items)]
    if len(times) != 1 or len(papers) != 1:
        return triples
    (time_cell, time_items), (paper_cell, paper_items) = times[0], papers[0]
    others = [c for c in range(len(cells)) if c not in (time_cell, paper_cell)]
    who = "\t".join(sentence[slice(*cells[c])] for c in others)
    out = []
    for d, segment, _ in triples:
        k = next(k for k, (a, b) in enumerate(time_items) if a <= d.start < b)
        row = [sentence[slice(*cells[c])] if c in others else
               sentence[slice(*(paper_items if c == paper_cell else time_items)[k])] for c in range(len(cells))]
        out.append((d, "\t".join(row), who))
    return out

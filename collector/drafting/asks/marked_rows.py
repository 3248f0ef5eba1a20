"""A note under a table tied by a mark to the rows whose unit cell carries it: `1 | 建昌镇人民政府* | …监测表（Excel） |
7月9日…` and under the table `*建昌镇辖区内酒店数量较多，除监测表外，请另附…外观及大堂照片（JPG格式），与监测表一并报送`
(held-out 2749; also `※`, `★`, … before or after the name, or a numbered note `建昌镇人民政府（注1）` / `注1：…`). The
note asks the marked rows' units alone, not every addressee: on the marked row's day (its own date not said) those
units send the row's paper and the note's extra one, in a requirement of their own split off the row's (in the table's
order); a note with a date of its own is a requirement of the marked units only. A note whose papers are all the
row's (`*建昌镇请于同日前报送监测表`), or a mark no note opens with, leaves the table as read."""

from __future__ import annotations

import dataclasses
import re

from ..hints_and_ids import requirement_id
from ..requirements import DraftRequirement
from ..senders.marked_names import MARKS
from ..senders.units import UnitResolver
from .extra_parts import with_ids_apart

# 建昌镇人民政府*, ※大屯镇, 建昌镇人民政府（注1）, 建昌镇人民政府注①: a unit cell with its mark
MARKED = re.compile(r"^(?P<lead>[%s]+)?(?P<name>[\u4e00-\u9fa5]{2,20}?)"
                    r"(?P<trail>[%s]+|[（(]\s*注\s*[\d①②③④⑤⑥⑦⑧⑨]\s*[）)]|注\s*[\d①②③④⑤⑥⑦⑧⑨])?$" % (re.escape(MARKS), re.escape(MARKS)))
# 除监测表外: the row's own paper, named as what the note asks besides
BESIDES = re.compile(r"^除|外$")


def _mark(m: re.Match) -> str:
    """The mark of a marked cell, as a note under the table opens with it (`*`, `注1`)."""
    mark = m.group("lead") or m.group("trail") or ""
    return re.sub(r"[\s（()）]", "", mark)


def _opens_with(said: str, mark: str) -> bool:
    said = said.strip()
    if mark.startswith("注"):
        return re.match(re.escape(mark) + r"(?!\d)\s*[:：]?", said) is not None
    return said.startswith(mark) and not said.startswith(mark * 2) if len(mark) == 1 else said.startswith(mark)


def marked_rows_notes(rows: list[list[str]], requirements: list[DraftRequirement], resolver: UnitResolver,
                      unsettled: list[str]) -> None:
    """Each requirement read from a note opening with a mark some table rows' unit cells carry, given to those rows' units
    alone. ``rows``: the notice's lines as tab cells, the marks still on."""
    marked: dict[str, list[str]] = {}
    for row in rows:
        for cell in (row if len(row) >= 3 else []):
            m = MARKED.match(cell.strip())
            if m and (m.group("lead") or m.group("trail")) and (unit := resolver.resolve(m.group("name"))):
                marked.setdefault(_mark(m), [])
                marked[_mark(m)] += [unit] if unit not in marked[_mark(m)] else []
    for mark, units in marked.items():
        for note in [r for r in requirements if _opens_with(r.said or "", mark) and "\t" not in (r.said or "")]:
            if not set(units) <= set(note.units) or set(units) == set(note.units):
                continue
            row = next((q for q in requirements if q is not note and q.due == note.due and set(units) <= set(q.units)
                        and "\t" in (q.said or "")), None)
            if row is None:  # its own date: the note asks the marked units only
                note.units = [u for u in note.units if u in units]
                unsettled.append(f"表下“{mark}”说明（{note.title}）只列为表中标“{mark}”的{'、'.join(units)}的要求，请核对")
                continue
            extra = [p for p in note.parts if not _the_rows_own(p, row)]
            if not extra:
                continue
            requirements.remove(note)
            unsettled.append(f"表下“{mark}”说明要求{'、'.join(units)}另报{'、'.join(p.get('title', '') for p in extra)}，"
                             f"已并入其“{row.title}”要求，请核对")
            if set(row.units) == set(units):
                row.parts = with_ids_apart([*row.parts, *extra])
                continue
            own = dataclasses.replace(row, id=requirement_id(row.title, {x.id for x in requirements}),
                                      units=[u for u in row.units if u in units],
                                      parts=with_ids_apart([*row.parts, *extra]), hints=list(row.hints))
            first = row.units[0] in units
            row.units = [u for u in row.units if u not in units]
            requirements.insert(requirements.index(row) + (0 if first else 1), own)


def _the_rows_own(part: dict, row: DraftRequirement) -> bool:
    """``part`` is the row's paper again (`除监测表外`: 监测表, the end of the row's 酒店住宿业经营情况监测表)."""
    title = BESIDES.sub("", part.get("title", ""))
    return bool(title) and (title in row.title or any(title in (p.get("title") or "") for p in row.parts))

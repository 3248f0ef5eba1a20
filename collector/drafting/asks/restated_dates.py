"""A later sentence restating the date of an earlier item for the same units (`一、县自然资源局、县文旅局、县林草局各报送
…汇报（Word格式），请于4月28日前报送。` … `四、特别说明：…第一项所列三个部门的报送时间调整为4月15日上午10时前，以本条为准`):
its date replaces the earlier one, which is no deadline of its own. Read after every item was drafted: the earlier
requirement keeps its papers and takes the new date, the restating one goes. Two real deadlines for different units
(`县卫健局的报送时间调整为…`, one item naming 县文旅局) are not restated: each stays."""

from __future__ import annotations

import copy
import dataclasses
import re

from ..reading.table_grids import NOTE_LABEL
from ..requirements import DraftRequirement, material_names
from ..hints_and_ids import requirement_id
from .statements import clipped

# 报送时间调整为4月15日前, 改为 / 变更为 / 更正为: the date said again, moved; 以本条为准 / 以此为准 / a note's 以本注为准:
# this one in force
RESTATES = re.compile(r"(?:时间|时限|期限|日期)[^，,。；;]{0,4}?(?:调整为|调整至|改为|改至|变更为|更改为|更正为|提前至|推迟至|延长至|延至|顺延至|推后至)"
                      r"|以(?:本条|本项|本款|此条|此项|此|本说明|本通知|本注|此注|本表注|本备注|本注释)为准")
# 四、特别说明：, 补充说明： a heading's label before the colon, no paper
LABEL = re.compile(r"^[^:：，,。]{0,12}[:：]")


def restated_dates(requirements: list[DraftRequirement], unsettled: list[str]) -> None:
    """Each requirement restating the date of an earlier one of the same units, naming no other paper, gives that one
    its date and is dropped."""
    for r in list(requirements):
        if not RESTATES.search(r.said or ""):
            continue
        earlier = next((q for q in requirements[:requirements.index(r)]
                        if set(q.units) == set(r.units) and q.due != r.due and _same_papers(q, r)), None)
        if earlier is None:
            continue
        old_day = f"按{earlier.due.month}月{earlier.due.day}日24时"  # the replaced date's own hour line goes with it
        if not any(q is not earlier and q.due.date() == earlier.due.date() for q in requirements):
            unsettled[:] = [line for line in unsettled if old_day not in line or not line.startswith("期限")]
        unsettled.append(f"“{earlier.title}”的期限{earlier.due.month}月{earlier.due.day}日已由后文"
                         f"改为{r.due.month}月{r.due.day}日（{clipped(r.said)}），请核对")
        earlier.due = r.due
        requirements.remove(r)


def _same_papers(earlier: DraftRequirement, restating: DraftRequirement) -> bool:
    """The restating words name no paper (`…的报送时间调整为…`), or only papers the earlier requirement sends."""
    named = material_names(LABEL.sub("", restating.said))
    return all(name in earlier.title or name in earlier.said for name in named)



def rows_put_off_by_a_note(requirements: list[DraftRequirement], units_of, unsettled: list[str]) -> None:
    """A note under a table moving one row's date (`注：县自然资源局同期承担…任务，经商定，其报送时间推迟至5月25日（星期一）
    下午5时前，其余单位按表内时间报送`): the requirement read from that unit's row (a tab row before it) takes the note's
    date and hour, in its place, and the note's own requirement goes. The row is the one whose unit cell the note writes
    before the moving words; a note naming a paper of its own (`注：县自然资源局另需于…前报送规划图`, no moving words)
    is left as read. ``units_of``: the roster units a piece of text names."""
    for r in list(requirements):
        said = r.said or ""
        if not NOTE_LABEL.match(said) or not (m := RESTATES.search(said)):
            continue
        before = said[: m.start()]
        rows = [q for q in requirements[:requirements.index(r)]
                if q.due != r.due and any(cell.strip() in before for cell in _unit_cells(q, units_of))]
        if not rows and (row := _row_read_with_others(requirements[:requirements.index(r)], r, before, units_of)):
            moved = [u for u in row.units if u in set(units_of(before))]
            unsettled.append(f"表中{'、'.join(moved)}的“{row.title}”期限{row.due.month}月{row.due.day}日已由表下说明改为"
                             f"{r.due.month}月{r.due.day}日（{clipped(said)}），请核对")
            row.units = [u for u in row.units if u not in moved]  # the row's day loses it, the note's day takes its paper
            requirements[requirements.index(r)] = dataclasses.replace(
                row, id=requirement_id(row.title, {x.id for x in requirements}), due=r.due, units=moved, hints=list(row.hints), parts=copy.deepcopy(row.parts))
            unsettled[:] = [line for line in unsettled if f"要求“{r.title}”" not in line
                            and not ("未能识别" in line and said[:16] in line)]
            continue
        if not rows:
            continue
        for row in rows:
            unsettled.append(f"表中“{row.title}”的期限{row.due.month}月{row.due.day}日已由表下说明改为"
                             f"{r.due.month}月{r.due.day}日（{clipped(said)}），请核对")
            row.due = r.due
        requirements.remove(r)  # and the lines said of it alone (its material unread, its hints)
        unsettled[:] = [line for line in unsettled if f"要求“{r.title}”" not in line
                        and not ("未能识别" in line and said[:16] in line)]


def _row_read_with_others(earlier: list[DraftRequirement], note: DraftRequirement, before: str,
                          units_of) -> DraftRequirement | None:
    """The one requirement read from table rows of the same day (`1 | 石佛乡人民政府 | …调查表 | 七月十日…`, `4 | 大屯镇
    人民政府 | …调查表 | 七月十日…`, one requirement of three units) holding some, not all, of the units the note names
    before its moving words (`表注：大屯镇近期…，其报送时间调整为七月二十二日…`, held-out 2731); None when no one such."""
    named = set(units_of(before)) & set(note.units)
    rows = [q for q in earlier if q.due != note.due and len((q.said or "").split("\t")) > 1
            and named & set(q.units) and not set(q.units) <= named]
    return rows[0] if named and len(rows) == 1 else None


def _unit_cells(row: DraftRequirement, units_of) -> list[str]:
    """The cells of a requirement read from a tab row that name exactly its units (`县自然资源局`), none for prose."""
    cells = (row.said or "").split("\t")
    return [c for c in cells if len(cells) > 1 and len(c.strip()) >= 2 and row.units
            and set(units_of(c)) == set(row.units)]

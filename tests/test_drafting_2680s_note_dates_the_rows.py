"""What held-out notices 2680–2699 showed the drafter missing (fixed on branch h-fixn134a), on notice texts written
for these tests, each with a near miss that must not change: a `序号 | 单位 | 报送材料` table with no date column whose one
date is in the note under it (`注：以上材料均须于九月十七日…前报送`) dates every row, so each row is its unit's requirement,
rows of one day with papers apart two requirements (2691)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes


def draft(tmp_path, rows: list[str], note: str = "注：以上材料均须于九月二十日（星期四）下午四时前报送，逾期不再汇总。"):
    body = "请各有关单位按下表报送材料。\n序号\t单位\t报送材料\n" + "\n".join(rows) + f"\n{note}"
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县农业农村局", "关于报送秋季农机作业情况的通知", "大屯镇人民政府、药王庙镇人民政府，县水利局", body,
        "二八八五年九月五日", opening="为掌握秋收进度，现将有关事项通知如下。",
        mailbox="jcnyj_qsnj@163.com", contact="刘洋  联系电话：0429-7921155"))


# ---------------------------------------------------------------- 2691: 注：以上材料均须于…前报送 under a dateless table


def test_the_notes_date_dates_each_row_papers_apart_two_requirements(tmp_path):
    d = draft(tmp_path, ["1\t大屯镇\t秋收农机作业进度表（Excel格式）",
                         "2\t药王庙镇\t秋收农机作业进度表（Excel格式）",
                         "3\t县水利局\t秋季灌溉设施检修情况（Word格式）"])
    reqs = sorted(d.requirements, key=lambda r: len(r.units))
    assert len(reqs) == 2
    assert all(r.due.strftime("%m-%d %H:%M") == "09-20 16:00" for r in reqs)
    assert reqs[0].units == ["县水利局"] and part_shapes(reqs[0]) == ["document"]
    assert set(reqs[1].units) == {"大屯镇", "药王庙镇"} and part_shapes(reqs[1]) == ["sheet"]


def test_near_miss_rows_asking_one_paper_stay_one_requirement(tmp_path):
    d = draft(tmp_path, ["1\t大屯镇\t秋收农机作业进度表（Excel格式）",
                         "2\t药王庙镇\t秋收农机作业进度表（Excel格式）",
                         "3\t县水利局\t秋收农机作业进度表（Excel格式）"])
    assert len(d.requirements) == 1
    r = d.requirements[0]
    assert r.due.strftime("%m-%d %H:%M") == "09-20 16:00"
    assert set(r.units) == {"大屯镇", "药王庙镇", "县水利局"} and part_shapes(r) == ["sheet"]

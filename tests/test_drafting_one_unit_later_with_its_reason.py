"""One unit of a request's senders given a later day, in words found by the lead probing ordinary notices by hand
(2026-12-07): `县税务局因系统升级，可延至4月12日前报送` (the reason is no word of the unit's name: `later_groups.REASON`).
Before, the bureau was asked twice, the second time a bare `材料`."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

BUREAUS = "请县统计局、县财政局、县税务局、县人社局于4月8日前报送一季度本行业经济运行分析报告"


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县发展和改革局", "关于报送3027年一季度经济运行情况的通知", "县直有关部门", body, "3027年3月28日",
        mailbox="jcfgj_jj3027@163.com"))


def by_units(d) -> list[tuple[tuple[str, ...], int, int]]:
    return sorted((tuple(sorted(r.units)), r.due.day, len(r.parts)) for r in d.requirements)


def test_one_bureau_given_a_later_day_with_its_reason(tmp_path):
    d = draft(tmp_path, BUREAUS + "。邮箱：jcfgj_jj3027@163.com。县税务局因系统升级，可延至4月12日前报送。")
    assert by_units(d) == [(("县人社局", "县统计局", "县财政局"), 8, 1), (("县税务局",), 12, 1)]
    assert {r.title for r in d.requirements} == {"一季度本行业经济运行分析报告"}


def test_near_miss_a_reason_naming_no_unit_splits_nothing(tmp_path):
    d = draft(tmp_path, BUREAUS + "。邮箱：jcfgj_jj3027@163.com。因系统升级，报送时间可延至4月12日。")
    assert len({tuple(sorted(r.units)) for r in d.requirements}) == 1

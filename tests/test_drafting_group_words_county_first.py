"""A group word with 各 before the county (`各县直部门`, `各县政府部门`) says the county's departments as `县直各部门` does:
`请各乡镇于3月10日前、各县直部门于3月17日前，将…` gives the later day to the departments alone, not to every addressee
(`units.DEPT_WORDS`, and `unit_lists.ADDRESSEE_KINDS` in the addressee line). Found by fixer h-fixn158c."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

from collector.roster import builtin_roster

ISSUER = "建昌县应急管理局"
TITLE = "关于开展安全生产大检查的通知"


def draft(tmp_path, addressee: str, body: str):
    return draft_of_a_file(tmp_path, notice_text(ISSUER, TITLE, addressee, body, "3001年3月1日"))


def kinds_by_due(d) -> dict[str, set[str]]:
    roster = builtin_roster()
    return {r.due.strftime("%m-%d"): {roster.get(u).kind for u in r.units} for r in d.requirements}


def test_two_groups_with_their_days_each_send_on_their_own(tmp_path):
    d = draft(tmp_path, "各乡镇人民政府，县直各部门",
              "请各乡镇于3月10日前、各县直部门于3月17日前，将安全生产大检查情况报告（Word格式）发送至jcaj@163.com。")
    assert kinds_by_due(d) == {"03-10": {"town", "township"}, "03-17": {"department"}}


def test_variant_the_county_governments_departments_in_the_addressee_too(tmp_path):
    d = draft(tmp_path, "各乡镇人民政府，各县政府部门",
              "各乡镇于3月10日前、各县政府部门于3月17日前将检查情况报告（Word格式）发送至jcaj@163.com。")
    assert kinds_by_due(d) == {"03-10": {"town", "township"}, "03-17": {"department"}}
    assert not any("各县政府部门" in line and "不是名册中的单位" in line for line in d.unsettled)


def test_near_miss_the_departments_named_in_what_is_sent(tmp_path):
    d = draft(tmp_path, "各乡镇人民政府，县直各部门",
              "请县应急局于3月17日前将各县直部门安全生产联络员名单（Excel格式）汇总后发送至jcaj@163.com。")
    assert [r.units for r in d.requirements] == [["县应急局"]]

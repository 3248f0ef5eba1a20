"""What held-out notices 2274 and 2296 showed the drafter missing with 分别 (fixed on branch h-fixn113b), on notice texts
written for these tests, each with a near miss that must not change: units named alone before 分别, as many dates and as
many materials after it (`县公安局、县卫健局分别于A上午9时前、B下午3时前，将…治安保障方案和…医疗卫生保障方案（Word格式）`,
`县文旅局、县市场局分别于A、B前，报送…（Word格式）和…（Excel格式）`) pair one to one in order: each unit its date and its
material (in_turn.each_its_own_material)."""

from __future__ import annotations

import datetime as dt

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县应急局、县交通局、县教育局、县卫健局、县商务局、县农业农村局"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县水利局", "关于做好2731年汛期安全保障工作的通知", addressee, body, "2731年6月2日",
        opening="为确保安全度汛，现将有关事项通知如下：",
        mailbox="jcslj_xq2731@163.com",
        contact="赵磊  联系电话：0429-7712345"))


def got(draft):
    return [(r.due.replace(tzinfo=None), sorted(r.units), r.title) for r in draft.requirements]


# ---------------------------------------------------------------- 2274, 2296: units, dates and materials in turn


def test_units_dates_and_materials_under_one_bracket_pair_in_turn(tmp_path):
    body = ("一、县应急局、县交通局分别于6月12日（星期四）上午10时前、6月16日（星期一）前，将防汛应急值守方案和道路抢通保障方案"
            "（Word格式）报送至县水利局邮箱。")
    assert got(draft(tmp_path, body)) == [(dt.datetime(2731, 6, 12, 10), ["县应急局"], "防汛应急值守方案"),
                                          (dt.datetime(2731, 6, 16, 23, 59, 59), ["县交通局"], "道路抢通保障方案")]


def test_units_dates_and_materials_each_in_its_own_format_pair_in_turn(tmp_path):
    body = "一、县教育局、县卫健局分别于6月12日（星期四）、6月16日（星期一）前，报送校舍防汛检查情况（Word格式）和学生体检统计表（Excel格式）。"
    d = draft(tmp_path, body)
    assert got(d) == [(dt.datetime(2731, 6, 12, 23, 59, 59), ["县教育局"], "校舍防汛检查情况"),
                      (dt.datetime(2731, 6, 16, 23, 59, 59), ["县卫健局"], "学生体检统计表")]
    assert [[p["kind"] for p in r.parts] for r in d.requirements] == [["document"], ["document"]]
    assert "xlsx" in d.requirements[1].parts[0]["formats"]


def test_near_miss_a_group_before_respectively_leaves_the_dates_to_the_materials(tmp_path):
    body = ("一、各乡镇、县交通局分别于6月12日（星期四）、6月16日（星期一）前，将防汛应急值守方案和道路抢通保障方案（Word格式）"
            "报送至县水利局邮箱。")
    first, second = draft(tmp_path, body).requirements
    assert "县交通局" in first.units and "建昌镇" in first.units and second.units == first.units


def test_near_miss_a_plan_and_its_contingency_plan_are_sent_by_both(tmp_path):
    body = "一、县商务局、县农业农村局分别于6月12日（星期四）、6月16日（星期一）前，报送节日市场供应保障方案和应急预案（Word格式）。"
    first, second = draft(tmp_path, body).requirements
    assert sorted(first.units) == sorted(second.units) == ["县农业农村局", "县商务局"]

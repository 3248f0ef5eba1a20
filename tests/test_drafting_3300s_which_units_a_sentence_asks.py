"""What held-out notices 3304, 3306 and 3315 showed the drafter missing (fixed on branch h-fixn164c), on notice texts
written for these tests, each with a near miss that must not change: a unit sending another's data (`其中，建昌县客运站数据
由建昌县交通运输局汇总报送，不单独报送`) under `各有关单位：` is not added to a later paper asked of one unit by name (3304);
each group its own paper in one sentence with one day (`各乡镇报送…统计表（Excel格式），县政府各部门报送…方案（Word格式），
均于2月24日前发送`) is a requirement a group (3306); units numbered ⑴–⑸ inside a sentence referred back to by those numbers
(`其中第⑴、⑶项单位还须于十月二十七日前…`) are those units alone (3315)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def units_by_due(d) -> dict[str, list[str]]:
    return {r.due.strftime("%m-%d"): sorted(r.units) for r in d.requirements}


# ---------------------------------------------------------------- 3304: 由X汇总报送 under 各有关单位


def tourism(tmp_path, body: str, addressee: str = "各有关单位"):
    return draft_of_a_file(tmp_path, notice_text("建昌县文化旅游和广播电视局", "关于做好假期游客接待统计工作的通知", addressee,
                                                 body, "3132年4月22日", contact="陈丽娜，电话：0429-7516089"))


def test_3304_the_gatherer_not_given_the_later_paper(tmp_path):
    d = tourism(tmp_path, "一、统计单位\n建昌县公安局、建昌县交通运输局、建昌县市场监督管理局、建昌县客运站。\n二、报送要求\n"
                          "请上述单位于5月6日下午4点前将游客接待统计表（Excel格式）发送至jcwl_ykjd@163.com。其中，建昌县客运站数据"
                          "由建昌县交通运输局汇总报送，不单独报送。请建昌县市场监督管理局于5月13日前另将市场秩序检查情况总结（Word格式）"
                          "发送至上述邮箱。")
    assert units_by_due(d)["05-13"] == ["县市场局"]


def test_3304_variant_the_gatherer_said_with_tongyi_and_a_later_item(tmp_path):
    d = tourism(tmp_path, "一、请建昌县公安局、建昌县交通运输局、建昌县客运站于5月6日前报送游客接待统计表（Excel格式），建昌县客运站"
                          "数据由建昌县交通运输局统一汇总报送，不单独报送。\n二、请建昌县市场监督管理局于5月13日前报送市场秩序检查"
                          "情况总结（Word格式）。报送邮箱：jcwl_ykjd@163.com。")
    assert units_by_due(d)["05-13"] == ["县市场局"]


def test_3304_near_miss_the_zone_sends_for_the_town_of_a_named_group(tmp_path):
    d = tourism(tmp_path, "请各乡镇于5月6日前将游客接待统计表（Excel格式）发送至jcwl_ykjd@163.com。八家子镇辖区的统计表由"
                          "八家子经济开发区管委会统一汇总代报，八家子镇不再单独报送。", addressee="各乡镇人民政府")
    assert any(u.endswith("开发区") or "开发区" in u for u in units_by_due(d)["05-06"])


# ---------------------------------------------------------------- 3306: 各乡镇报送X，县政府各部门报送Y，均于…


def volunteers(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text("建昌县妇女联合会", "关于开展巾帼志愿服务月活动的通知", "各乡镇人民政府，县政府各部门",
                                                 body, "3133年2月13日", contact="刘秀兰，电话：0429-7512390"))


def assert_one_a_group(d, day: str = "02-24"):
    reqs = sorted(d.requirements, key=lambda r: r.parts[0]["formats"][0])
    assert [r.due.strftime("%m-%d") for r in reqs] == [day, day]
    plan, sheet = reqs  # docx before xlsx
    assert "建昌镇" in sheet.units and "县教育局" not in sheet.units and len(sheet.parts) == 1
    assert "县教育局" in plan.units and "建昌镇" not in plan.units and len(plan.parts) == 1


def test_3306_each_group_its_own_paper_on_one_day(tmp_path):
    d = volunteers(tmp_path, "各乡镇报送本乡镇巾帼志愿服务队伍统计表（Excel格式），县政府各部门报送本部门女职工志愿服务活动方案"
                             "（Word格式），均于2月24日（星期五）前发送至jcfl_jgzy@163.com。")
    assert_one_a_group(d)


def test_3306_variant_the_departments_first_with_tianbao_and_dou(tmp_path):
    d = volunteers(tmp_path, "二、报送要求\n县政府各部门提交女职工志愿服务活动方案（Word格式），各乡镇填报巾帼志愿服务队伍统计表"
                             "（Excel格式），都于3月2日前报送至jcfl_jgzy@163.com。")
    assert_one_a_group(d, "03-02")


def test_3306_near_miss_both_papers_from_every_unit(tmp_path):
    d = volunteers(tmp_path, "各乡镇、县政府各部门报送巾帼志愿服务队伍统计表（Excel格式）和志愿服务活动方案（Word格式），"
                             "均于2月24日前发送至jcfl_jgzy@163.com。")
    assert len(d.requirements) == 1 and len(d.requirements[0].parts) == 2


# ---------------------------------------------------------------- 3315: 请⑴A、⑵B…；其中第⑴、⑶项单位还须…


def audit(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text("中共建昌县委审计委员会办公室", "关于报送审计结果运用情况的通知", "县直有关部门",
                                                 body, "三一三七年九月二十九日", contact="冯雪松，电话：0429-7512919"))


def test_3315_units_referred_back_by_their_bracketed_numbers(tmp_path):
    d = audit(tmp_path, "请⑴建昌县教育局、⑵建昌县卫生健康局、⑶建昌县民政局、⑷建昌县供销合作社联合社于十月十五日（星期五）前将审计"
                        "结果运用情况报告（Word格式）发送至jcsw_sjjg@163.com；其中第⑴、⑶项单位还须于十月二十七日（星期三）前将"
                        "审计查出问题整改台账（Excel格式）发送至上述邮箱。")
    got = units_by_due(d)
    assert got == {"10-15": ["县供销社", "县卫健局", "县教育局", "县民政局"], "10-27": ["县教育局", "县民政局"]}


def test_3315_variant_half_width_brackets_and_a_range(tmp_path):
    d = audit(tmp_path, "请(1)建昌县教育局、(2)建昌县卫生健康局、(3)建昌县民政局、(4)建昌县供销合作社联合社于10月15日前将审计结果"
                        "运用情况报告（Word格式）发送至jcsw_sjjg@163.com。其中第(2)至(3)项单位另须于10月27日前报送整改台账（Excel格式）。")
    got = units_by_due(d)
    assert got["10-27"] == ["县卫健局", "县民政局"]


def test_3315_near_miss_a_number_no_item_has(tmp_path):
    d = audit(tmp_path, "请(1)建昌县教育局、(2)建昌县卫生健康局于10月15日前将审计结果运用情况报告（Word格式）发送至jcsw_sjjg@163.com。"
                        "其中第(5)项单位另须于10月27日前报送整改台账（Excel格式）。")
    assert "第(5)项单位" in " ".join(r.description for r in d.requirements) or "10-27" not in units_by_due(d) \
        or units_by_due(d)["10-27"] != ["县教育局"]

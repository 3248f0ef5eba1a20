"""What held-out notice 2825 showed the drafter missing (fixed on branch h-fixn140c): a unit that `仅需` / `只需` sends
one thing by a day of its own (`八家子经济开发区管委会仅需于2月4日前报送内部控制基础性评价表（Excel格式）`) is that
requirement's sender, not a sentence naming no one (the words before 仅需 had been cut off as in `仅需县教育局报送`, which
names its unit after it); the unit then leaves the requirement the others send the same table in."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

ADDRESSEES = "县教育局、县卫生健康局、县人力资源和社会保障局，八家子经济开发区管委会"


def draft(tmp_path, body: str, addressee: str = ADDRESSEES):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县财政局", "关于报送2951年度行政事业单位内部控制报告的通知", addressee, body, "2952年1月20日",
        opening="根据上级财政部门的部署，现将有关事项通知如下。", mailbox="jcczj_nk2952@163.com",
        contact="李娜  联系电话：0429-7267890"))


def _by_day(c):
    return {r.due.strftime("%m-%d"): set(r.units) for r in c.requirements}


# ---------------------------------------------------------------- 2825: X仅需于…前报送…


def test_a_unit_only_needing_its_own_day_and_paper(tmp_path):
    c = draft(tmp_path, "请你单位编制内部控制报告（Word格式），连同内部控制基础性评价表（Excel格式），于1月31日上午11时前"
                        "一并发送至邮箱；八家子经济开发区管委会仅需于2月4日前报送内部控制基础性评价表（Excel格式）。")
    assert _by_day(c) == {"01-31": {"县教育局", "县卫健局", "县人社局"}, "02-04": {"八家子经济开发区"}}


def test_variant_a_bureau_only_needing_said_with_zhi_in_its_own_sentence(tmp_path):
    c = draft(tmp_path, "请各单位于1月31日前报送内部控制报告（Word格式）及内部控制基础性评价表（Excel格式）。"
                        "县人力资源和社会保障局只需于2月6日（星期五）下午3时前报送内部控制基础性评价表（Excel格式）。")
    by_day = _by_day(c)
    assert by_day["02-06"] == {"县人社局"}
    assert "县人社局" not in by_day["01-31"] and "县教育局" in by_day["01-31"]


def test_variant_a_town_government_only_needing(tmp_path):
    c = draft(tmp_path, "请各乡镇人民政府、县教育局于1月31日前报送内部控制报告（Word格式）及内部控制基础性评价表（Excel格式）；"
                        "大屯镇人民政府仅须于2月4日前报送内部控制基础性评价表（Excel格式）。",
              addressee="各乡镇人民政府，县教育局")
    by_day = _by_day(c)
    assert by_day["02-04"] == {"大屯镇"}
    assert "大屯镇" not in by_day["01-31"] and "石佛乡" in by_day["01-31"]


def test_near_miss_only_needing_a_unit_named_after_it(tmp_path):
    c = draft(tmp_path, "请你单位于1月31日上午11时前报送内部控制报告（Word格式）；"
                        "内部控制基础性评价表（Excel格式）仅需县教育局于2月4日前报送。")
    assert _by_day(c)["02-04"] == {"县教育局"}

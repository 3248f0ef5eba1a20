"""What held-out notices 1840–1859 showed the drafter missing (the share of branch h-fixn92b), on notice texts written
for these tests, each with a near miss that must not fire: townships a bracket after 各乡镇 lets off with a reason, and two
bureaus given their dates by 前者 / 后者, the latter's date earlier (1846); 上述两镇三乡, the towns and the townships the
addressee line named (1854); a report two units make together that one of them gathers and sends (1855)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))
BOX = "jcnj_guoshu@163.com"


def draft(body: str, salutation: str = "各乡镇人民政府：", tail: str = ""):
    text = (f"关于做好2590年葡萄园春季管理工作的通知\n{salutation}\n{body}\n报送邮箱：{BOX}\n"
            f"联系人：郑晓  联系电话：0429-7521166\n\n建昌县农业技术推广中心\n2590年3月2日\n{tail}")
    return draft_campaign(text, ROSTER)


def moment(r) -> tuple[int, int, int]:
    return r.due.month, r.due.day, r.due.hour


# ---------------------------------------------------------------- 1846: townships a bracket lets off, with a reason


def test_townships_a_bracket_after_every_township_lets_off_with_a_reason_are_left_out():
    body = "一、请各乡镇（石佛乡、魏家岭乡无成片葡萄园，不报送）于3月16日（星期一）前报送葡萄园面积统计表（Excel格式）。\n"
    (r,) = draft(body).requirements
    assert sorted(r.units) == sorted(set(TOWNS) - {"石佛乡", "魏家岭乡"})


def test_townships_a_bracket_names_without_letting_them_off_stay_in():
    """Near miss: a bracket naming the towns that matter most lets none of them off."""
    body = "一、请各乡镇（石佛乡、魏家岭乡为重点）于3月16日（星期一）前报送葡萄园面积统计表（Excel格式）。\n"
    (r,) = draft(body).requirements
    assert sorted(r.units) == TOWNS


# ---------------------------------------------------------------- 1846: 前者 / 后者, the latter's date earlier

BUREAUS = "各乡镇人民政府，县林草局，县气象局："


def test_former_and_latter_give_each_bureau_its_own_date_whichever_is_earlier():
    body = ("一、县林草局、县气象局分别报送《葡萄病虫害趋势分析》和《葡萄霜冻气象风险评估》（均为Word格式），"
            "前者于3月20日（星期五）前，后者于3月13日（星期五）下午3时前，报送至上述邮箱。\n")
    forestry, weather = sorted(draft(body, BUREAUS).requirements, key=lambda r: r.units)
    assert (forestry.units, moment(forestry)) == (["县林草局"], (3, 20, 23))
    assert (weather.units, moment(weather)) == (["县气象局"], (3, 13, 15))
    assert forestry.title == "葡萄病虫害趋势分析" and weather.title == "葡萄霜冻气象风险评估"


def test_two_bureaus_sending_by_one_date_stay_one_requirement_of_both():
    """Near miss: with no 前者 / 后者 both bureaus owe both materials by the one date."""
    body = ("一、县林草局、县气象局分别于3月20日（星期五）前报送《葡萄病虫害趋势分析》和《葡萄霜冻气象风险评估》"
            "（均为Word格式）。\n")
    (r,) = draft(body, BUREAUS).requirements
    assert sorted(r.units) == ["县林草局", "县气象局"] and moment(r) == (3, 20, 23)


# ---------------------------------------------------------------- 1854: 上述两镇三乡

NAMED = "建昌镇、大屯镇人民政府，巴什罕乡、石佛乡、谷杖子乡人民政府，县市场局："


def test_the_two_towns_and_three_townships_said_back_are_the_five_the_salutation_named():
    body = "一、请上述两镇三乡于3月16日（星期一）前报送葡萄园面积统计表（Excel格式）。\n"
    (r,) = draft(body, NAMED).requirements
    assert sorted(r.units) == sorted(["建昌镇", "大屯镇", "巴什罕乡", "石佛乡", "谷杖子乡"])


def test_the_two_towns_said_back_alone_are_only_the_towns():
    """Near miss: 上述两镇 is the two towns, not the townships named beside them."""
    body = "一、请上述两镇于3月16日（星期一）前报送葡萄园面积统计表（Excel格式）。\n"
    (r,) = draft(body, NAMED).requirements
    assert sorted(r.units) == ["大屯镇", "建昌镇"]


# ---------------------------------------------------------------- 1855: one joint report, one sender

TWO = "各乡镇人民政府，县公安局，县市场局："


def test_a_report_two_units_make_together_is_owed_by_the_one_that_gathers_and_sends_it():
    body = ("一、县公安局、县市场局联合形成一份《葡萄苗木市场检查情况报告》（Word格式），由县市场局汇总后于3月20日"
            "（星期五）前报送至上述邮箱。\n")
    (r,) = draft(body, TWO).requirements
    assert r.units == ["县市场局"]


def test_two_units_each_making_their_own_report_both_owe_it():
    """Near miss: 分别形成 is a report each, both sent."""
    body = ("一、县公安局、县市场局分别形成《葡萄苗木市场检查情况报告》（Word格式），于3月20日（星期五）前报送至"
            "上述邮箱。\n")
    (r,) = draft(body, TWO).requirements
    assert sorted(r.units) == ["县公安局", "县市场局"]

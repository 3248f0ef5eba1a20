"""What held-out notices 2200–2219 showed the drafter taking as the senders' when the notice's words give it to someone
else (fixed on branch h-fixn110a), on notice texts written for these tests, each with a near miss that must not change:
the groups a purpose clause after the material names (`…预测材料，为各乡镇和有关部门提前部署提供依据`) are whom it serves,
not its senders (2203); a date by which something will go back to the units, said of no unit
(`比对核查结果将于10月底前反馈各单位`), is the issuer's feedback, no requirement (2217); the day an online registration closes, naming nothing
sent (`上半年征兵网上报名截止时间为6月30日`), is no requirement (2206's count)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县住建局、县应急局、县气象局",
          title: str = "关于做好2758年防汛物资储备工作的通知", issuer: str = "建昌县水利局"):
    return draft_of_a_file(tmp_path, notice_text(
        issuer, title, addressee, body, "2758年6月2日",
        opening="为做好今年防汛物资储备工作，现将有关事项通知如下：",
        mailbox="jcslj_fx2758@163.com",
        contact="刘洋  联系电话：0429-7125530"))


# ---------------------------------------------------------------- 2203: …，为各乡镇和有关部门…提供依据


def test_groups_a_purpose_clause_names_after_the_material_are_not_its_senders(tmp_path):
    (r,) = draft(tmp_path, "一、县气象局于6月9日（星期一）下午4时前报送汛期降雨趋势分析（Word格式），"
                           "为各乡镇和有关部门预置防汛物资提供依据。").requirements
    assert r.units == ["县气象局"]


def test_near_miss_a_group_at_the_head_of_the_sentence_still_sends_beside_the_purpose_clause(tmp_path):
    (r,) = draft(tmp_path, "一、县气象局和各乡镇于6月9日（星期一）下午4时前报送汛期降雨情况（Word格式），"
                           "为县防汛指挥部预置防汛物资提供依据。").requirements
    assert "县气象局" in r.units and "建昌镇" in r.units and "县住建局" not in r.units


# ---------------------------------------------------------------- 2217: …结果将于10月底前反馈各单位


def tax(tmp_path, last: str):
    return draft(tmp_path, "一、县公安局于9月9日（星期二）前报送机动车登记信息（Excel格式）。\n" + last,
                 addressee="县公安局、县交通运输局", title="关于开展2758年车船税源比对工作的通知", issuer="建昌县税务局")


def test_the_issuers_feedback_going_back_to_the_units_by_a_date_is_no_requirement(tmp_path):
    (r,) = tax(tmp_path, "二、税源比对结果将于10月20日前以书面形式反馈各单位。").requirements
    assert r.units == ["县公安局"]


def test_near_miss_the_units_feeding_back_their_views_by_a_date_still_send(tmp_path):
    police, views = tax(tmp_path, "二、各单位于10月20日前反馈税源比对意见（Word格式）。").requirements
    assert views.due.strftime("%m-%d") == "10-20" and sorted(views.units) == ["县交通局", "县公安局"]


# ---------------------------------------------------------------- 2206: 网上报名截止时间为6月30日


def sign_up(tmp_path, last: str):
    return draft(tmp_path, "一、各乡镇于3月20日（星期五）前报送退役士兵技能培训意向摸底表（Excel格式）。\n二、时间安排\n" + last,
                 addressee="各乡镇人民政府", title="关于开展2758年退役士兵职业技能培训工作的通知", issuer="建昌县退役军人事务局")


def test_the_day_an_online_registration_closes_is_no_requirement(tmp_path):
    (r,) = sign_up(tmp_path, "技能培训在线报名截止日期为5月31日，培训定于6月8日开班，各乡镇要做好宣传发动。").requirements
    assert r.due.strftime("%m-%d") == "03-20"


def test_near_miss_a_list_sent_by_the_day_registration_closes_is_a_requirement(tmp_path):
    first, names = sign_up(tmp_path, "各乡镇报送技能培训在线报名人员名单（Excel格式）的截止日期为5月31日。").requirements
    assert names.due.strftime("%m-%d") == "05-31" and [p["title"] for p in names.parts] == ["技能培训在线报名人员名单"]

"""What held-out notices 980–1019 showed the drafter missing, on notice texts written for these tests: a unit's name
before 另需 / 从, an item under a 报送时间 heading that names its own units, a printed copy carried to an office room,
the office's results sent on to the city with no subject, a group the sentence works on (对各乡镇…提出复核意见),
各乡、镇, 上班前, a request in the 附注 under the date line, a unit that sends in the place of one let off (区镇合一),
N hours from a stated moment, a partial list (A、B等5个乡镇) that is no 上述乡镇, each 乡镇, a mistyped mail domain,
a 会议纪要 read as a notice, things lent and handed back, and a renamed bureau with its old name in brackets."""

from __future__ import annotations

import datetime as dt

import pytest
from test_drafting_820s import drafted, got
from test_drafting_dates import dues, dues_and_says
from test_drafting_700s import LOCAL_UNITS

from collector.drafting import draft_campaign
from collector.drafting.reading.plain_text import normalize
from collector.roster import builtin_roster

END_OF = dt.time(23, 59, 59)
ALL_KINDS = sorted(u.name for u in builtin_roster().units if u.kind in ("town", "township", "department", "institution"))


def day(month: int, d: int, at: dt.time = END_OF, year: int = 2026) -> dt.datetime:
    return dt.datetime.combine(dt.date(year, month, d), at)


def test_a_second_unit_of_a_list_before_lingxu_is_read():
    body = ("请县卫健局、县医保局于3月8日前报送进展情况表。其中，县卫健局、县医保局另需于3月15日12时前各报送典型案例1篇。"
            "材料发送至jcyg@163.com。")
    draft = drafted(body, "县卫健局，县医保局")
    assert got(draft) == [(day(3, 8), ["县医保局", "县卫健局"]), (day(3, 15, dt.time(12, 0)), ["县医保局", "县卫健局"])]


def test_a_unit_before_cong_is_read():
    body = "请县卫健局从县精神卫生机构中推荐授课专家2名，填写推荐表，于3月20日前发送至jcjs@163.com。"
    assert got(drafted(body, "各乡镇人民政府，县卫健局")) == [(day(3, 20), ["县卫健局"])]


def test_an_item_under_a_sending_heading_that_names_its_units_keeps_them():
    body = ("二、职责分工\n（一）县卫健局汇总阳性儿童名单。\n（二）县教育局汇总在园残疾儿童名单。\n三、报送时间\n"
            "（一）县卫健局、县教育局分别于3月17日下午5时前报送阳性儿童名单和在园残疾儿童名单。\n请将上述材料发送至：jcck@163.com")
    assert got(drafted(body, "县卫健局，县教育局")) == [(day(3, 17, dt.time(17, 0)), ["县卫健局", "县教育局"])]


def test_a_printed_copy_carried_to_an_office_room_is_on_paper():
    body = ("各乡镇的核查台账请于3月20日前报送。\n以上材料电子版均发送至jcsz@163.com；各乡镇的台账另需打印一份，加盖公章后于4月3日前"
            "送县水利局水政股（水利局办公楼305室）存档。")
    assert dues_and_says(body, "纸质") == [day(3, 20)]


def test_the_offices_results_sent_on_to_the_city_are_no_requirement():
    body = "一、请各乡镇于4月17日前将孕妇人数表发送至jcdf@163.com。\n二、监测结果将于6月底前报市疾控中心。"
    assert dues(body) == [day(4, 17)]


def test_a_group_the_sentence_works_on_is_not_who_sends():
    body = ("（一）请各乡镇于4月19日前将核实表发送至jczy@163.com。\n（二）请县工信局、县应急局结合行业管理情况，对各乡镇、开发区"
            "核实结果提出复核意见，于4月26日上午10:30前发送至上述邮箱。")
    draft = drafted(body, "各乡镇人民政府，县工信局，县应急局")
    assert got(draft)[1] == (day(4, 26, dt.time(10, 30)), ["县工信局", "县应急局"])
    assert "复核意见" in draft.requirements[1].title


def test_xiang_and_zhen_parted_by_a_comma_are_every_town_and_township():
    assert normalize("各乡、镇人民政府，县林草局：") == "各乡镇人民政府,县林草局:"
    assert got(drafted("请各乡、镇于6月7日前将统计表发送至jczc@163.com。", "各乡、镇人民政府")) == [(day(6, 7), LOCAL_UNITS)]


def test_before_work_starts_is_half_past_eight():
    assert dues_and_says("请于7月21日上班前将排查表发送至jcfx@163.com。", "上班前") == [day(7, 21, dt.time(8, 30))]


def test_a_request_in_the_note_under_the_date_line_is_read():
    text = ("建昌县农业农村局\n关于开展丰收节活动的通知\n各乡镇人民政府：\n请各乡镇于9月5日前将活动方案发送至jcfs@163.com。\n"
            "建昌县农业农村局\n2026年8月22日\n（附注：活动结束后，请各乡镇于9月30日前将活动总结发送至上述邮箱。）\n")
    assert got(draft_campaign(text, builtin_roster())) == [(day(9, 5), LOCAL_UNITS), (day(9, 30), LOCAL_UNITS)]


def test_a_unit_sending_in_the_place_of_one_let_off():
    body = ("（一）请各乡镇于3月27日16时前将摸底表发送至jcnm@163.com。\n（二）八家子镇与八家子经济开发区实行“区镇合一”管理，"
            "八家子镇辖区的摸底表由八家子经济开发区管委会统一组织填报，八家子镇不再单独报送。")
    expected = sorted([u for u in LOCAL_UNITS if u != "八家子镇"] + ["八家子经济开发区"])
    assert got(drafted(body)) == [(day(3, 27, dt.time(16, 0)), expected)]


def test_hours_from_a_stated_moment():
    assert dues("请各乡镇自3月12日（星期四）8时起48小时内将核查表发送至jcny@163.com。") == [day(3, 14, dt.time(8, 0))]


def test_a_partial_list_with_a_count_is_no_shangshu_group():
    text = ("建昌县农业发展服务中心\n关于做好冰雹灾害核查的通知\n喇嘛洞镇、药王庙镇、素珠营子乡、石佛乡、王宝营子乡人民政府：\n"
            "6月11日，我县喇嘛洞镇、药王庙镇等5个乡镇遭受冰雹袭击。\n请上述乡镇于6月14日前将核查表发送至jcny@163.com。\n"
            "建昌县农业发展服务中心\n2026年6月12日\n")
    assert got(draft_campaign(text, builtin_roster())) == [
        (day(6, 14), sorted(["喇嘛洞镇", "药王庙镇", "素珠营子乡", "石佛乡", "王宝营子乡"]))]


def test_each_town_and_each_county_unit_name_both_groups():
    body = "每个乡镇推荐宣讲员2名，县直各单位各推荐1名。请填写推荐表，于4月8日前发送至jcjs@163.com。"
    draft = drafted(body, "各乡镇党委，县直各单位党组")
    assert got(draft) == [(day(4, 8), ALL_KINDS)]


@pytest.mark.parametrize("written, read", [("jcgyg@163.con", "jcgyg@163.com"), ("jcgyg@qq.cmo", "jcgyg@qq.com")])
def test_a_mistyped_mail_domain_is_mended_and_said(written, read):
    draft = drafted(f"请各乡镇于7月6日前发送至{written}。\n联系人：任凤霞；电子邮箱：{read}")
    assert draft.addresses == [read]
    assert any("笔误" in line for line in draft.unsettled)


MINUTES = """建昌县重点项目建设指挥部
会　议　纪　要
第3期
建昌县重点项目建设指挥部办公室　　　　　　　　2026年3月5日
关于2026年春季重点项目集中开复工的会议纪要
　　3月4日下午，刘志远主持召开会议，县发改局、县住建局负责同志参加会议。现将会议议定事项纪要如下：
　　（一）县发改局牵头，于3月11日前将《开复工清单》报送指挥部办公室邮箱（jczd@163.com）。
"""


def test_meeting_minutes_read_as_a_notice():
    draft = draft_campaign(MINUTES, builtin_roster())
    assert (draft.title, draft.notice_date) == ("2026年春季重点项目集中开复工", dt.date(2026, 3, 5))
    assert got(draft) == [(day(3, 11), ["县发改局"])]


def test_things_lent_and_handed_back_are_no_requirement():
    body = ("请各乡镇于8月5日前将汇总表发送至jcbm@163.com。\n"
            "监测器材请于7月9日到站里领取，用后于7月25日前交回。")
    assert dues_and_says(body, "交回") == [day(8, 5)]


def test_a_renamed_bureau_with_its_old_name_in_brackets_is_the_rosters():
    draft = drafted("请县数据局于9月18日前将检查报告发送至jcdz@163.com。", "各乡镇人民政府，县数据局（原县营商局）")
    assert got(draft) == [(day(9, 18), ["县营商局"])]
    assert any("县数据局" in line and "县营商局" in line for line in draft.unsettled)


def test_the_county_of_an_issuer_signed_for_by_a_bureaus_seal():
    text = ("建昌县农民丰收节组委会办公室\n关于开展丰收节活动的通知\n各乡镇人民政府：\n请各乡镇于9月5日前将活动方案发送至jcfs@163.com。\n"
            "建昌县农民丰收节组委会办公室\n（建昌县农业农村局代章）\n2026年8月22日\n")
    assert draft_campaign(text, builtin_roster()).county == "建昌县"

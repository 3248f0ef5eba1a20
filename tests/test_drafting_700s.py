"""What the drafter reads beside the dates, from notice texts written for these tests (held-out notices 700–759
showed each shape): a deadline said again, a report not mailed or kept by the units, a paper copy sent with the
mail, units that carry a project, bare place names counted as towns, an organ inside a unit, a same-sound slip,
an addressee line of units written out in full."""

from __future__ import annotations

import datetime as dt

import pytest
from test_drafting_dates import dues, notice

from collector.drafting import draft_campaign
from collector.roster import builtin_roster


# ---------------------------------------------------------------- said again, or sent some other way


def test_a_deadline_said_again_for_the_same_papers_is_one_requirement():
    body = ("请各乡镇于6月26日前，将价格监测分析报告和《价格监测数据表》（附件2）报送至jcfgj@163.com。\n"
            "报送截止时间：2026年6月26日\n"
            "再次提醒：分析报告和监测数据表务必于6月26日前报送，逾期通报。")
    draft = draft_campaign(notice(body), builtin_roster())
    assert len(draft.requirements) == 1
    assert sum("再次提到" in line for line in draft.unsettled) == 2, draft.unsettled


def test_two_papers_due_the_same_day_stay_two_requirements():
    body = ("请各乡镇于4月28日前将隐患点排查结果表报送至jcgt@163.com。\n"
            "各乡镇还须于4月28日前将防灾预案盖章PDF版报送至同一邮箱。")
    draft = draft_campaign(notice(body), builtin_roster())
    assert len(draft.requirements) == 2, [r.title for r in draft.requirements]



def test_a_table_named_after_a_report_due_the_same_day_is_no_report_said_again():
    """年度报告统计表 holds the name 年度报告 but ends on another material word: a second thing, not the report said again."""
    body = ("一、请各乡镇于1月20日前报送本单位年度报告（Word格式）。\n"
            "二、请各乡镇于1月20日前报送年度报告统计表（Excel格式）。")
    draft = draft_campaign(notice(body), builtin_roster())
    assert [r.title for r in draft.requirements] == ["年度报告", "年度报告统计表"], draft.unsettled


def test_a_fuller_name_of_the_same_report_due_the_same_day_is_said_again():
    """Near miss: 年度工作报告 said again as 工作报告 …, or 报告 said fuller, ends on the same 报告: one requirement."""
    body = ("一、请各乡镇于1月20日前报送工作报告（Word格式）。\n"
            "二、请各乡镇务必于1月20日前报送年度工作报告，逾期通报。")
    draft = draft_campaign(notice(body), builtin_roster())
    assert len(draft.requirements) == 1, [r.title for r in draft.requirements]

@pytest.mark.parametrize("elsewhere", [
    "每周一上午10时前在“全县就业工作群”报送上周工作进展，不需另行发送邮件",
    "每月5日前通过省农业农村厅信息系统填报进度，无需再发电子版",
])
def test_a_report_the_notice_says_is_not_mailed_is_no_requirement(elsewhere):
    body = (f"（一）活动期间，各乡镇{elsewhere}。\n"
            "（二）活动结束后，请各乡镇于3月31日下午4点前将活动总结发送至jcnyj@163.com。")
    draft = draft_campaign(notice(body), builtin_roster())
    assert [r.due.replace(tzinfo=None) for r in draft.requirements] == [dt.datetime(2026, 3, 31, 16, 0)]
    assert any("未列为报送要求" in line and elsewhere[:6] in line for line in draft.unsettled), draft.unsettled


# ---------------------------------------------------------------- kept, paper too, some units, bare place names


def units_of(body: str, dated: str = "2026年3月2日", addressee: str = "各乡镇人民政府") -> list[list[str]]:
    text = f"建昌县农业农村局\n关于报送春耕生产情况的通知\n\n{addressee}：\n\n{body}\n\n建昌县农业农村局\n{dated}\n"
    return [sorted(r.units) for r in draft_campaign(text, builtin_roster()).requirements]


LOCAL_UNITS = sorted(u.name for u in builtin_roster().units if u.kind in ("town", "township"))


def test_a_ledger_kept_by_the_units_is_no_requirement_and_lets_no_unit_off():
    body = ("1．各乡镇于3月10日前报送路长名单至jcgl@163.com。\n"
            "2．各乡镇要督促村级路长每月巡查，建立巡查台账，台账每月底前更新，由乡镇留存备查，不需报送。")
    draft = draft_campaign(notice(body), builtin_roster())
    assert [sorted(r.units) for r in draft.requirements] == [LOCAL_UNITS]
    assert any("留存备查" in line for line in draft.unsettled), draft.unsettled


def test_a_paper_copy_sent_with_the_mail_is_no_paper_only_deadline():
    body = ("请各乡镇填写《信用村推荐表》，于4月23日前报送县金融发展服务中心，纸质推荐表（加盖乡镇公章）一式三份同时报送。\n"
            "电子版材料请发送至邮箱jcjr@163.com；纸质材料请送县金融发展服务中心509室。")
    assert dues(body) == [dt.datetime(2026, 4, 23, 23, 59, 59)]
    assert dues("各乡镇纸质推荐表（加盖公章）于4月23日前报送县金融中心509室。\n请于4月20日前将推荐表发送至jcjr@163.com。") == [
        dt.datetime(2026, 4, 20, 23, 59, 59)]


@pytest.mark.parametrize("who", ["2025年度已立项课题的承担单位", "试点项目实施单位"])
def test_the_units_that_carry_a_project_are_left_for_the_clerk(who):
    body = f"{who}，请于4月17日前将结项报告报送至jcskl@163.com。"
    draft = draft_campaign(notice(body), builtin_roster())
    assert [r.units for r in draft.requirements] == [[]]
    assert any("通知未列出是哪些" in line for line in draft.unsettled), draft.unsettled


def test_bare_place_names_counted_as_towns_and_townships_are_those_units():
    body = ("确定建昌、八家子2个镇和石佛、巴什罕2个乡为试点乡镇。\n"
            "请上述4个乡镇于4月25日前将实施方案发送至jcnj@163.com。")
    assert units_of(body, addressee="有关乡镇人民政府") == [sorted(["建昌镇", "八家子镇", "石佛乡", "巴什罕乡"])]


def test_bare_names_that_do_not_match_their_count_are_left_as_written():
    from collector.drafting.senders.spelled_out import places_spelled_out
    from collector.drafting.senders.units import UnitResolver

    unsettled: list[str] = []
    text = "确定建昌、八家子3个镇为试点"
    assert places_spelled_out(text, UnitResolver(builtin_roster()), unsettled) == text and not unsettled


@pytest.mark.parametrize("said, due", [
    ("7月10日下班前（夏季作息时间为18:00）", dt.datetime(2026, 7, 10, 18, 0)),
    ("7月10日下班前（作息时间为8:30-17:30）", dt.datetime(2026, 7, 10, 17, 30)),
])
def test_the_working_hours_a_notice_gives_end_its_day(said, due):
    assert dues(f"请各乡镇于{said}将自查报告发送至jcnyj@163.com。") == [due]


def test_a_requirement_every_unit_is_let_off_says_so():
    body = "请各乡镇于5月10日前将总结发送至jcnyj@163.com。\n各乡镇参照执行，不需报送。"
    draft = draft_campaign(notice(body), builtin_roster())
    assert [r.units for r in draft.requirements] == [[]]
    assert any("都被通知说成不需报送" in line for line in draft.unsettled), draft.unsettled


# ---------------------------------------------------------------- organs, levels, a same-sound slip, a long addressee line


@pytest.mark.parametrize("organ", ["关工委", "工会", "团委"])
def test_an_organ_inside_a_unit_is_the_unit(organ):
    body = f"各乡镇、县教育局{organ}制定本单位活动方案，于3月19日前报送至jcggw@163.com。"
    assert units_of(body, addressee=f"各乡镇，县教育局{organ}") == [sorted(LOCAL_UNITS + ["县教育局"])]


def test_every_level_of_protected_site_is_no_group_of_units():
    body = ("各乡镇要对辖区内各级文物保护单位逐处开展自查，于6月15日前报送县文物保护中心。\n"
            "电子版发送至jcww@163.com。")
    assert units_of(body, addressee="各乡镇人民政府，县文旅局，县应急局") == [LOCAL_UNITS]


def test_units_that_provide_data_are_those_units():
    body = ("县农业农村局提供农民合作社名录，县自然资源局提供耕地汇总数据，于9月25日前报县农普办。\n"
            "报送邮箱：jcnp@163.com。")
    assert units_of(body, addressee="各乡镇人民政府，县农业农村局，县自然资源局") == [["县农业农村局", "县自然资源局"]]


def test_a_unit_typed_with_a_same_sound_character_is_that_unit_with_a_line():
    text = ("建昌县老龄办\n关于开展培训的通知\n\n县民政局，县卫建局：\n\n请各单位于9月12日16时前将信息表发送至jcll@163.com。\n\n"
            "建昌县老龄办\n2026年9月1日\n")
    draft = draft_campaign(text, builtin_roster())
    assert [sorted(r.units) for r in draft.requirements] == [["县卫健局", "县民政局"]]
    assert any("县卫建局" in line and "同音" in line for line in draft.unsettled), draft.unsettled


def test_a_name_two_characters_off_or_of_another_sound_stays_off_the_roster():
    from collector.drafting.senders.units import UnitResolver

    resolver = UnitResolver(builtin_roster())
    assert resolver.resolve("县卫康局") is None  # 康 is not 健's sound
    assert resolver.resolve("县为建局") is None  # two characters off
    assert not resolver.slips


def test_a_word_glued_to_a_town_is_no_same_sound_slip():
    from collector.drafting.senders.units import UnitResolver, named_units

    resolver = UnitResolver(builtin_roster())
    for sentence in ("本次抽查发现八家子镇、喇嘛洞镇和县民政局存在问题", "检查中发现药王庙镇、汤神庙镇、县卫健局台账不全",
                     "督查发现玲珑塔镇、大屯镇和县水利局进度滞后"):
        assert named_units(sentence, resolver)[0] in ("八家子镇", "药王庙镇", "玲珑塔镇")
    assert not resolver.slips  # 现八家子镇 (发现 + 八家子镇) is no slip of 县八家子镇: no line for the clerk
    assert resolver.resolve("现卫健局") == "县卫健局"  # a bureau is written with its 县: 现 for 县 stays a slip
    assert resolver.slips == {"现卫健局": "县卫健局"}


def test_a_long_addressee_line_of_units_written_out_in_full_is_the_addressee_line():
    names = ("县发展和改革局、县工业和信息化局、县农业农村局、县市场监督管理局、县自然资源局、县住房和城乡建设局、"
             "县人力资源和社会保障局、县应急管理局、县交通运输局、市生态环境局建昌分局")
    text = (f"建昌县人民政府办公室\n关于开展文件清理工作的通知\n\n{names}：\n\n请于4月16日17时前将清理结果目录发送至"
            "jc7710089@163.com。\n\n建昌县人民政府办公室\n2026年3月22日\n")
    draft = draft_campaign(text, builtin_roster())
    assert len(names) > 80 and len(draft.units) == 10 and "生态环境局建昌分局" in draft.units
    assert not any("未找到主送单位" in line for line in draft.unsettled)
    # a long line ending in a colon whose pieces are not all units' names is still no addressee line
    line = names + "、各有关单位要高度重视，按照市政府办公室统一部署认真组织开展清理工作："
    draft = draft_campaign(f"建昌县人民政府办公室\n关于开展文件清理工作的通知\n\n{line}\n\n请于4月16日前报送至"
                           "jc7710089@163.com。\n\n建昌县人民政府办公室\n2026年3月22日\n", builtin_roster())
    assert any("未找到主送单位" in line for line in draft.unsettled), draft.unsettled

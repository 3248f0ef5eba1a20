"""What blind notices 600–639 and the mixed30 notices taught the drafter: an address with its @ written
otherwise or given as a QQ number, an address to ask questions at, the one 附件 written out under a bare 附件
line, a body section naming the units concerned, a unit's party organ, the ethnic townships, a 附件 table's
是否需报送 column, a solar term's day, reports of one material for months of their own (dates the calendar
does not have or that give only the day: tests/test_drafting_dates.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from collector.drafting import draft_campaign
from collector.drafting.heading.titles import subject_hints
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = ROSTER.names(("town", "township"))


def draft(body: str, addressee: str = "县直各单位", dated: str = "2029年5月8日"):
    return draft_campaign(f"建昌县人力资源和社会保障局\n关于报送见习岗位的通知\n\n{addressee}：\n{body}\n\n"
                          f"建昌县人力资源和社会保障局\n{dated}\n", ROSTER)


@pytest.mark.parametrize("written, address, said", [
    ("jccl_dc2032#163.com（发送时请将“#”替换为“@”）", "jccl_dc2032@163.com", "读作“@”"),
    ("jccl_dc2032＃163.com", "jccl_dc2032@163.com", "读作“@”"),
    ("jccl_dc2032(at)163.com", "jccl_dc2032@163.com", "读作“@”"),
    ("jccl_dc2032 # 163.com", "jccl_dc2032@163.com", "读作“@”"),
    ("县总工会QQ邮箱（2861457730）", "2861457730@qq.com", "只写了号码"),
    ("QQ邮箱：2861457730", "2861457730@qq.com", "只写了号码"),
    ("QQ邮箱为2861457730", "2861457730@qq.com", "只写了号码"),
    ("团县委网易163邮箱（账号：jctw_2030）", "jctw_2030@163.com", "只写了账号"),
    ("126邮箱（用户名为jcfl2030）", "jcfl2030@126.com", "只写了账号"),
    ("教务科电子邮箱：jcxwdx_jwk@163。com", "jcxwdx_jwk@163.com", "句号当作点"),
    ("jcjyj@jc｡gov。cn", "jcjyj@jc.gov.cn", "句号当作点"),
])
def test_an_address_written_otherwise_is_read_and_said(written, address, said):
    """Against spam robots (# for @), or by a QQ number or a webmail account alone."""
    d = draft(f"请于7月15日17时前将汇总表发送至{written}。")
    assert d.addresses == [address]
    assert any(said in line for line in d.unsettled), d.unsettled


def test_a_full_stop_after_an_address_ends_the_sentence():
    d = draft("请于7月15日17时前将汇总表发送至jccl@163.com。Excel表格请勿改动格式。")
    assert d.addresses == ["jccl@163.com"]
    assert not any("句号当作点" in line for line in d.unsettled), d.unsettled


def test_a_hash_in_other_text_is_no_address():
    d = draft("请于7月15日前将汇总表发送至jccl@163.com，文件名按“单位#序号”命名。")
    assert d.addresses == ["jccl@163.com"]


def test_an_address_given_to_ask_about_formats_is_not_where_materials_go():
    d = draft("请于6月28日中午12点前发送至县文明办邮箱jcwmb_sj@163.com。材料格式问题可咨询技术人员（QQ邮箱：3355120876@qq.com）。")
    assert d.addresses == ["jcwmb_sj@163.com"]
    assert any("3355120876@qq.com" in line for line in d.unsettled)


def test_an_address_to_ask_at_is_used_when_the_notice_gives_no_other():
    d = draft("请于6月28日前报送总结。如有疑问请咨询县文明办（邮箱：jcwmb_sj@163.com）。")
    assert d.addresses == ["jcwmb_sj@163.com"]
    assert any("联系人" in line and "jcwmb_sj@163.com" in line for line in d.unsettled), d.unsettled


ANNEX = ("请附件所列单位报送2027年第三季度重点项目进展情况。\n二、报送时间：2027年9月28日15时前。\n"
         "三、报送方式：填写《重点项目进展情况表》（Excel格式），发送至邮箱jcfgj_xmg@163.com。\n联系人：冯涛\n\n"
         "附件\n\n报送单位名单\n\n序号    单位名称          项目数\n1       县交通局            3\n"
         "2       县水利局            2\n3       县招商中心          2")


def test_a_bare_fujian_line_with_a_table_under_its_title_is_the_one_annex():
    d = draft(ANNEX, addressee="县直有关单位", dated="2027年9月15日")
    assert d.units == ["县交通局", "县水利局", "县招商中心"]
    (r,) = d.requirements
    assert r.due.replace(tzinfo=None) == dt.datetime(2027, 9, 28, 15, 0)


def test_a_bare_fujian_line_without_a_table_stays_in_the_body():
    d = draft("请于9月28日前报送情况表至jcfgj@163.com。\n附件\n情况表样式另行下发。", addressee="县交通局", dated="2027年9月15日")
    assert d.units == ["县交通局"]


def test_a_section_naming_the_units_concerned_decides_an_undecided_addressee():
    body = ("一、活动主题\n“弘扬科学家精神”。\n二、参加单位\n各乡镇，县教育局、县科技局、县气象局。\n三、有关要求\n"
            "各参加单位于9月30日17:00前将活动总结报县科协邮箱jckx2032@163.com。")
    d = draft(body, addressee="各乡镇，县直有关单位", dated="2032年8月23日")
    assert set(d.units) == set(TOWNS) | {"县教育局", "县科技局", "县气象局"}
    assert any("读作正文所列的县教育局、县科技局、县气象局" in line for line in d.unsettled), d.unsettled


MONTHLY = ("一、报送内容。各牵头单位每月填写《民生实事项目推进情况月报表》（Excel格式，见附件），同时附当月推进情况文字说明"
           "（Word格式，1000字以内，包括项目进展、存在问题和下步打算）。\n"
           "二、报送时间。请于2040年2月5日17时前报送1月份推进情况，2040年3月5日17时前报送2月份推进情况。\n"
           "三、报送方式。发送至县政府办公室邮箱jc7710089@163.com，邮件主题注明“单位名称+X月民生实事月报”。")


def monthly_draft():
    return draft_campaign(f"建昌县人民政府办公室\n关于报送2040年民生实事项目推进情况月报的通知\n\n县发改局、县教育局：\n{MONTHLY}\n\n"
                          "建昌县人民政府办公室\n2040年1月20日\n", ROSTER)


def test_reports_of_one_material_for_months_of_their_own_are_titled_and_hinted_by_their_month():
    jan, feb = monthly_draft().requirements
    assert jan.title.startswith("1月份") and feb.title.startswith("2月份")
    assert jan.title[3:] == feb.title[3:] and "同时附" not in jan.title
    assert "1月份" in jan.hints and "1月份" not in feb.hints and "2月份" in feb.hints


def test_a_placeholder_month_and_a_bare_yuebao_are_no_subject_hints():
    hints = monthly_draft().subject_hints
    assert "民生实事月报" in hints
    assert not any(h.startswith("X") or h == "月报" for h in hints), hints


def test_reports_of_one_title_without_periods_of_their_own_keep_it():
    body = "请于2040年2月5日前和2040年8月5日前报送推进情况表至jc@163.com。"
    d = draft_campaign(f"建昌县人民政府办公室\n关于报送推进情况的通知\n\n县发改局：\n{body}\n\n建昌县人民政府办公室\n2040年1月20日\n", ROSTER)
    assert len({r.title for r in d.requirements}) == 1 and not any(r.title[0].isdigit() for r in d.requirements)


def test_a_list_asked_as_a_word_file_by_its_own_bracket_is_a_document():
    body = ("请各单位于2040年3月13日16时前，将《政务新媒体自查表》（Excel格式）和问题整改清单（Word格式，写明问题、整改措施和"
            "完成时限；未发现问题的填写“无”）一并发送至县政府办公室邮箱jc7710089@163.com。")
    (r,) = draft(body, addressee="县政府各部门", dated="2040年3月2日").requirements
    formats = {p["title"]: p.get("formats", []) for p in r.parts}
    listing = next(t for t in formats if "整改清单" in t)
    table = next(t for t in formats if "自查表" in t)
    assert "docx" in formats[listing] and "xlsx" not in formats[listing]
    assert "xlsx" in formats[table]


def test_a_ledger_kept_by_the_unit_is_no_material_when_the_sentence_names_what_it_sends():
    d = draft("对自查发现的问题建立台账、限期整改，于7月31日17时前报送整改情况报告（Word格式）至jczg@163.com。")
    (req,) = d.requirements
    assert req.title == "整改情况报告"
    assert [p["kind"] for p in req.parts] == ["document"] and "台账" not in " ".join(req.hints)


@pytest.mark.parametrize("sentence, titles", [
    ("各单位要建立隐患排查整治台账（Excel格式），并形成专项整治工作情况报告（Word格式），于7月31日前一并发送至jczg@163.com。",
     ["隐患排查整治台账", "专项整治工作情况报告"]),
    ("各单位要对排查出的问题建立整改台账，于7月31日前报送至jczg@163.com。", ["整改台账"]),
])
def test_a_ledger_built_and_then_sent_is_a_material(sentence, titles):
    (req,) = draft(sentence).requirements
    assert sorted(p["title"].removesuffix("Word版") for p in req.parts) == sorted(titles)


def test_every_subject_form_the_notice_gives_is_a_hint():
    hints = subject_hints("关于开展网络安全等级保护自查工作的通知",
                          "邮件主题请注明“单位名称+等保自查”或“单位名称+等保整改”。")
    assert "等保自查" in hints and "等保整改" in hints
    hints = subject_hints("关于报送年度报告的通知", "邮件主题注明“单位名称+年度报告初稿”、“单位名称+年度报告定稿”。")
    assert "年度报告初稿" in hints and "年度报告定稿" in hints


def test_numbered_items_right_above_a_shangshu_cailiao_sentence_are_what_it_sends():
    """No 一、 heading above them: the items under 报送以下材料： are still the 上述材料."""
    body = ("请各部门认真总结2031年上半年内部审计工作，报送以下材料：\n（一）上半年内部审计工作总结；\n"
            "（二）内部审计工作情况统计表（附件）。\n请于6月30日前将上述材料电子版发送至县审计局邮箱jcsjj_nsk@163.com。")
    (r,) = draft(body, addressee="县政府各部门", dated="2031年6月16日").requirements
    assert r.title == "上半年内部审计工作总结及内部审计工作情况统计表"
    assert {p["title"] for p in r.parts} >= {"上半年内部审计工作总结", "内部审计工作情况统计表"}



def test_a_qq_number_in_other_words_is_no_address():
    d = draft("请于3月17日17时前发送至jczgh@163.com。咨询请加QQ群2861457730。")
    assert d.addresses == ["jczgh@163.com"]


def test_a_units_party_organ_in_the_addressee_line_is_the_unit():
    d = draft("请你们于2029年9月14日16:30前将整改进展情况报告发送至jcxcb@163.com。",
              addressee="县水利局党组、县林业和草原局党组、喇嘛洞镇党委")
    assert d.units == ["县水利局", "县林草局", "喇嘛洞镇"]
    assert not any("不是名册中的单位" in line for line in d.unsettled), d.unsettled


def test_the_ethnic_townships_are_the_roster_townships_named_for_their_people():
    d = draft("请于2027年8月20日前报送统计表至jcmzj@163.com。", addressee="全县少数民族乡人民政府")
    assert d.units == ["二道湾子蒙古族乡"]


@pytest.mark.parametrize("said, due", [
    ("请于今年冬至当天下班前发送", dt.datetime(2028, 12, 21, 17, 0)),
    ("请于冬至前发送", dt.datetime(2028, 12, 20, 23, 59, 59)),  # its eve, as 国庆节前
    ("请于明年立春前发送", dt.datetime(2029, 2, 2, 23, 59, 59)),
])
def test_a_solar_terms_day_is_read_from_the_calendar(said, due):
    d = draft(f"各乡镇填写摸排表，{said}至jcxcb_wmsj@163.com。", addressee="各乡镇人民政府", dated="2028年11月14日")
    (r,) = d.requirements
    assert r.due.replace(tzinfo=None) == due
    assert any("冬至" in line or "立春" in line for line in d.unsettled)


TICKED = ("为准确掌握外贸运行情况，请附件中“是否需报送”一栏标注“√”的单位，于10月16日16时前发送至jcswj_wm@163.com。\n\n"
          "附件：报送单位一览表\n\n建昌县商务局\n2026年10月8日\n\n附件\n报送单位一览表\n"
          "序号    单位名称      有外贸实绩企业数    是否需报送\n1      建昌镇      3      √\n2      喇嘛洞镇      0      ×\n"
          "3      大屯镇      1      √\n4      汤神庙镇      0      否\n")


def test_the_rows_a_table_marks_as_not_asked_owe_nothing():
    d = draft_campaign("建昌县商务局\n关于报送外贸进出口情况的通知\n\n各乡镇人民政府：\n" + TICKED, ROSTER)
    (r,) = d.requirements
    assert r.units == ["建昌镇", "大屯镇"]


@pytest.mark.parametrize("said, due", [
    ("于“七一”前报送", dt.datetime(2029, 6, 30, 23, 59, 59)),
    ("于建军节前报送", dt.datetime(2029, 7, 31, 23, 59, 59)),
    ("于“五四”前报送", dt.datetime(2030, 5, 3, 23, 59, 59)),  # past this year: next year's
])
def test_a_day_named_by_its_number_or_name_is_read_as_a_holiday(said, due):
    d = draft(f"各单位形成活动方案，{said}至jcxcb_xj@163.com。", dated="2029年5月20日")
    (r,) = d.requirements
    assert r.due.replace(tzinfo=None) == due


def test_a_group_of_addressees_the_body_lets_off_owes_nothing():
    body = ("一、清查范围\n本次清查范围为县本级预算单位。各乡镇资产清查工作由市财政局另行统一部署，此次无需报送。\n"
            "二、请于10月31日前将资产清查报表发送至jcczj_zcg@163.com。")
    (r,) = draft(body, addressee="各乡镇人民政府，县直各单位", dated="2028年9月20日").requirements
    assert r.units and not set(r.units) & set(TOWNS)


def test_papers_counted_by_jian_are_the_material_and_their_count():
    """mixed32's 公文质量评查: 选取3件公文（其中请示、报告类不少于1件）… a 报告 before 类 is a kind of 公文."""
    body = ("各乡镇从评查范围内自行选取3件公文（其中请示、报告类不少于1件），将正式印发件扫描成PDF格式，每件一个文件。"
            "请于2042年6月17日16时前发送至县政府办公室邮箱jc7710089@163.com。")
    (r,) = draft(body, addressee="各乡镇人民政府", dated="2042年6月6日").requirements
    assert r.title == "公文" and "公文" in r.hints
    (part,) = [p for p in r.parts if p["kind"] == "document"]
    assert part["min_count"] == 3 and "pdf" in part["formats"]


def test_gongwen_without_a_count_is_no_material():
    body = "请各单位于2042年6月17日前以公文形式将自查报告报送至jc7710089@163.com。"
    (r,) = draft(body, dated="2042年6月6日").requirements
    assert "公文" not in r.title and "自查报告" in r.title


@pytest.mark.parametrize("rule", ["乡镇名称+公文评查", "单位全称+公文评查", "部门名称_公文评查", "镇名+公文评查"])
def test_a_placeholder_for_who_sends_is_no_subject_hint(rule):
    hints = subject_hints("2042年上半年乡镇公文质量评查", f"邮件主题注明“{rule}”。")
    assert "公文评查" in hints and not any(h.endswith(("名称", "全称", "名")) for h in hints), hints

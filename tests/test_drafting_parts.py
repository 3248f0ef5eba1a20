"""The drafter's parts, hints and short words, and the 文号 line, on notice texts written for
these tests: one material in one bracket of format words is one part; no word is a clipped
fragment; no hint or part word is a bare generic noun when the full name is known; a 文号 line
under the title is glued to nothing."""

from __future__ import annotations

import re

import pytest

from collector.drafting import draft_campaign
from collector.drafting.heading.titles import subject_hints
from collector.drafting.reading.layout import split_notice
from collector.drafting.requirements import material_names
from collector.drafting.words import short_name, topic
from collector.roster import builtin_roster

ISSUER = "建昌县人民政府办公室"
DATE_LINE = "\n建昌县人民政府办公室\n2026年5月6日\n"
BARE = {"统计表", "情况报告", "报告", "总结", "名单", "台账", "表", "情况表"}


def _draft(title: str, addressee: str, body: str, number: str = "建政办发〔2026〕33号", number_under: bool = False):
    head = [ISSUER, title, number] if number_under else [ISSUER, number, title]
    return draft_campaign("\n".join([*head, "", addressee + "：", body]) + DATE_LINE, builtin_roster())


def _words(requirement) -> list[str]:
    return [w for p in requirement.parts for w in p.get("words", [])]


def test_a_stamped_pdf_in_one_bracket_is_one_part_of_that_format():
    draft = _draft("关于报送2025年度财政专项资金绩效自评情况的通知", "县农业农村局、县交通运输局",
                   "请于2026年5月20日17时前将绩效自评情况报告（加盖单位公章的PDF扫描件）发送至邮箱jcczj2026@163.com。")
    (r,) = draft.requirements
    assert [(p["id"], p.get("formats")) for p in r.parts] == [("stamped", ["pdf"])]
    assert r.parts[0]["title"].startswith("绩效自评情况报告")
    assert "自评情况报告" in r.parts[0]["words"]
    assert not any("扫描件" in h for h in r.hints)


def test_a_scan_named_as_the_material_stays_the_material():
    draft = _draft("关于报送不动产登记案卷的通知", "县自然资源局",
                   "请于2026年5月20日前将登记案卷扫描件发送至邮箱jcbdc@163.com。")
    (r,) = draft.requirements
    assert [p["id"] for p in r.parts] == ["stamped"] and "案卷扫描件" in r.parts[0]["words"]


@pytest.mark.parametrize("name, short", [
    ("加盖公章扫描件", "公章扫描件"),  # not 章扫描件
    ("防汛责任人名单", "责任人名单"),  # not 任人名单
    ("森林草原防灭火责任人名单", "责任人名单"),
    ("审计整改情况报告", "整改情况报告"),  # not the bare 情况报告
    ("专项整治工作情况报告", "整治工作情况报告"),
    # since h-fixd107 the short form reaches past 年度: the bare 年度报告 is every annual report's tail (mixed107's count
    # counts it wrong), 信息公开工作 says whose
    ("政府信息公开工作年度报告", "信息公开工作年度报告"),
    ("任务分解表", "任务分解表"),
    ("安全生产隐患排查整治台账", "整治台账"),
])
def test_a_short_word_is_cut_at_a_word_boundary_and_is_never_bare(name, short):
    assert short_name(name) == short


@pytest.mark.parametrize("name, subject", [
    ("春耕备耕生产情况统计表", "春耕备耕"),
    ("审计整改情况报告", "审计整改"),
    ("12345热线工单办理情况统计表", "工单办理"),
    ("示范点建设情况说明", "示范点建设"),  # whole: cutting by two would clip 示范点
    ("政府信息公开工作年度报告", ""),  # 年度报告 is no bare noun: no topic needed
    ("防汛责任人名单", ""),
])
def test_the_topic_of_a_name_whose_tail_is_generic(name, subject):
    assert topic(name) == subject


def test_an_ascii_word_is_never_cut():
    assert short_name("报送单位PDF扫描件") == "PDF扫描件"
    assert short_name("全县Excel汇总表") == "Excel汇总表"


def test_a_statistics_table_carries_its_topic_not_the_bare_tongjibiao():
    draft = _draft("关于报送2026年夏粮收购进度统计表的通知", "各乡镇人民政府",
                   "各乡镇填写《2026年夏粮收购进度情况统计表》（Excel格式），于2026年6月15日17时前发送至邮箱jcls2026@163.com。")
    (r,) = draft.requirements
    assert not set(r.hints) & BARE and not set(_words(r)) & BARE
    assert any("夏粮收购" in h for h in r.hints) and any("夏粮收购" in w or "收购" in w for w in _words(r))
    assert not set(draft.subject_hints) & BARE and draft.subject_hints


def test_two_reports_of_one_notice_keep_words_of_their_own_topic():
    draft = _draft("关于开展校园周边食品安全专项检查的通知", "县教育局、县市场监督管理局",
                   "各单位建立食品安全隐患排查台账（Excel格式），并形成专项检查工作情况报告（Word格式），"
                   "于2026年6月10日17时前一并发送至邮箱jcspaq@163.com。")
    (r,) = draft.requirements
    parts = {p["id"]: p for p in r.parts}
    assert parts["doc"]["formats"] == ["docx", "doc", "wps"] and "xlsx" in parts["table"]["formats"]
    assert not set(parts["doc"]["words"]) & BARE and not set(parts["table"]["words"]) & BARE
    assert any("检查" in w for w in parts["doc"]["words"])
    assert not set(r.hints) & BARE


def test_a_bare_name_is_kept_when_it_is_all_the_notice_says():
    draft = _draft("关于报送统计表的通知", "各乡镇人民政府", "请于2026年6月15日前将统计表（Excel格式）发送至邮箱jctj@163.com。")
    (r,) = draft.requirements
    assert _words(r) == ["统计表"]


def test_subject_hints_drop_a_bare_noun_beside_a_topic():
    assert subject_hints("2026年春耕备耕生产情况统计表") == ["春耕备耕生产"]
    assert subject_hints("2025年度工作总结和工作计划") == ["总结", "计划"]  # nothing better: kept
    assert subject_hints("2023年度政府信息公开工作年度报告") == ["政府信息公开", "年度报告"]


@pytest.mark.parametrize("number_under", [False, True])
def test_a_docno_line_above_or_under_the_title_is_glued_to_nothing(number_under):
    draft = _draft("关于报送2025年度审计整改情况的通知",
                   "县住房和城乡建设局、县市场监督管理局、县卫生健康局、县教育局、县水利局、县民政局",
                   "请于2026年5月20日17时前将整改报告发送至邮箱jcsj2026@163.com。", number_under=number_under)
    assert draft.units == ["县住建局", "县市场局", "县卫健局", "县教育局", "县水利局", "县民政局"]
    assert not draft.unsettled
    assert draft.title == "2025年度审计整改情况"


@pytest.mark.parametrize("number", ["建政办发〔2026〕12号", "建政办发[2026]12号", "建政办发（2026）12号", "建财发〔2026〕3号"])
def test_the_layout_keeps_the_docno_apart(number):
    text = f"{ISSUER}\n关于报送春耕统计表的通知\n{number}\n各乡镇人民政府：\n请于3月20日前报送。{DATE_LINE}"
    layout = split_notice(text)
    assert layout.addressee == "各乡镇人民政府"
    assert layout.doc_number.replace(" ", "") and "号" in layout.doc_number
    assert "号" not in layout.title


WEEKLY_BODY = ("三、报送要求。各乡镇填写秋季秸秆禁烧巡查台账（Excel格式），每周报送一次，首周台账于2026年5月15日17时前"
               "发送至县政府办公室邮箱jc7710089@163.com，此后每周五17时前报送。")


def test_the_later_periods_of_a_first_report_are_not_requirements_of_their_own():
    """此后每周五17时前报送 after the first week's 台账: the campaign collects the first one; the later
    weeks are an unsettled line for the clerk (not a 报送材料 whose only word is 材料), and 首周台账
    is that 台账 in its first week, not a second file."""
    draft = _draft("关于做好秋季秸秆禁烧巡查工作的通知", "各乡镇人民政府", WEEKLY_BODY)
    (first,) = draft.requirements
    assert [p["title"] for p in first.parts] == ["秋季秸秆禁烧巡查台账"] and first.hints
    assert str(first.due)[:16] == "2026-05-15 17:00"
    assert any("首次报送" in line and "复制该要求" in line for line in draft.unsettled), draft.unsettled
    assert not any("关键词" in line or "未能识别" in line for line in draft.unsettled), draft.unsettled


@pytest.mark.parametrize("body", [
    "二、报送时间。首次报送2026年4月份燃气安全检查情况统计表，请于2026年5月8日17时前发送至县政府办公室邮箱"
    "jc7710089@163.com；此后每月5日前报送上月情况。",
    "二、报送频次。5月1日至6月30日期间，每周五报送一次当周检查进度。\n三、首次报送。\n请各乡镇于5月8日17:00前将"
    "燃气安全检查情况统计表报送至县政府办公室邮箱jc7710089@163.com。",
])
def test_a_recurring_report_beside_its_first_report_is_the_first_one_only(body):
    draft = _draft("关于报送燃气安全检查情况的通知", "各乡镇人民政府", body)
    (first,) = draft.requirements
    assert str(first.due)[:16] == "2026-05-08 17:00" and first.hints
    assert any("首次报送" in line for line in draft.unsettled), draft.unsettled


def test_a_weekly_report_of_another_material_beside_a_first_report_stays():
    body = ("一、首次报送。请各乡镇于2026年5月8日17时前将信息员名单发送至jc7710089@163.com。\n"
            "二、各乡镇每周五下午3点前将本周政务信息发送至jc7710089@163.com。")
    draft = _draft("关于加强政务信息报送工作的通知", "各乡镇人民政府", body)
    assert len(draft.requirements) == 2, [r.title for r in draft.requirements]


def test_two_materials_that_share_a_word_still_lose_it():
    body = ("请各乡镇于2026年5月20日前将自查报告发送至jc7710089@163.com，"
            "于2026年6月10日前将整改报告发送至jc7710089@163.com。")
    draft = _draft("关于开展政务公开自查整改的通知", "各乡镇人民政府", body)
    hints = [set(r.hints) for r in draft.requirements]
    assert len(hints) == 2 and not hints[0] & hints[1] and "报告" not in hints[0] | hints[1]


def test_a_paper_copy_handed_in_and_the_same_report_mailed_too_is_a_requirement():
    body = ("请各乡镇于11月13日前将加盖公章的自查报告纸质版一式两份报送至县信访局305室，同时将电子版（Word格式）发送至 "
            "jcxf_zc@163.com 。")
    draft = _draft("关于开展信访工作自查的通知", "各乡镇人民政府", body)
    assert [str(r.due)[:10] for r in draft.requirements] == ["2026-11-13"], draft.unsettled
    paper_only = _draft("关于开展信访工作自查的通知", "各乡镇人民政府",
                        "请各乡镇于11月13日前将加盖公章的自查报告纸质版一式两份报送至县信访局305室。"
                        "联系邮箱jcxf_zc@163.com。")
    assert not paper_only.requirements


@pytest.mark.parametrize("title, expected", [
    ("关于征求《建昌县“十五五”规划纲要（征求意见稿）》意见的函", "《建昌县“十五五”规划纲要（征求意见稿）》意见"),
    ("关于印发《建昌县2026年政务公开工作要点（修订）》的通知", "建昌县2026年政务公开工作要点（修订）"),
    # a deadline put off: the matter is what is collected (notice 396)
    ("关于延长2026年度行政事业单位国有资产清查报送时限的通知", "2026年度行政事业单位国有资产清查"),
    ("关于推迟2027年度统计年报报送时间的通知", "2027年度统计年报"),
    # an 调整 of the time keeps its verb (notice 254's label: 调整 is not a dropped verb)
    ("关于调整2026年度安全生产责任制考核自评材料报送时间的通知", "调整2026年度安全生产责任制考核自评材料报送时间"),
    ("关于建立2026年重点项目建设进展情况月报制度的通知", "2026年重点项目建设进展情况月报制度"),  # notice 435
])
def test_a_titles_leading_verb_goes_and_its_brackets_stay_full_width(title, expected):
    from collector.drafting.heading.titles import notice_title

    assert notice_title(title) == expected


def test_a_notice_titled_only_tongzhi_takes_its_matter_from_the_first_paragraph():
    """通  知 over 经县政府同意，决定开展2031年度…资产清查工作 (notice 439), said in unsettled."""
    from collector.drafting import draft_campaign
    from collector.roster import builtin_roster

    d = draft_campaign("建昌县人民政府办公室\n\n通    知\n\n各乡镇人民政府：\n\n经县政府同意，决定开展2032年度行政事业单位"
                       "国有资产清查工作。现将有关事项通知如下：\n请各乡镇于5月29日下午4时前将清查报表发送至jcczj_qc@163.com。\n\n"
                       "建昌县人民政府办公室\n2032年4月20日\n", builtin_roster())
    assert d.title == "2032年度行政事业单位国有资产清查"
    assert any("只有“通知”" in line for line in d.unsettled)


def test_the_day_sending_opens_is_no_deadline():
    """9月1日至9月10日期间 … 9月1日前发送的材料不予受理，请勿提前报送 (notice 438): one requirement, by the 10th;
    逾期不予受理 after a deadline stays that deadline's warning."""
    from collector.drafting import draft_campaign
    from collector.roster import builtin_roster

    d = draft_campaign("建昌县机关事务服务中心\n关于报送2030年度公务用车使用管理情况的通知\n\n县直各单位：\n\n"
                       "请各单位于2030年9月1日至9月10日期间，将报告和统计表发送至jcjgsw_gc@163.com。9月1日前发送的材料不予受理，"
                       "请勿提前报送。\n\n建昌县机关事务服务中心\n2030年8月20日\n", builtin_roster())
    assert [str(r.due.date()) for r in d.requirements] == ["2030-09-10"]
    assert any("开始受理" in line for line in d.unsettled)


@pytest.mark.parametrize("item", ["3．培训现场照片3张。", "3、培训现场照片3张。", "（3）培训现场照片3张。"])
def test_a_requirements_title_never_starts_with_punctuation(item):
    body = ("一、报送内容\n1．工作总结，2000字以内；\n" + item + "\n二、报送时间\n"
            "请于2029年6月1日前将上述材料发送至邮箱jczzb@163.com。")
    d = _draft("关于报送党员冬春训工作开展情况的通知", "各乡镇党委", body)
    assert d.requirements
    assert all(re.match(r"\w", r.title) for r in d.requirements), [r.title for r in d.requirements]



@pytest.mark.parametrize("name", ["危险化学品企业安全风险隐患排查整治台账", "全县农村集体经济组织成员身份确认工作进展统计表"])
def test_a_long_material_name_keeps_its_first_characters(name):
    """A name of 17 to 32 characters with no punctuation inside is read whole, from the word or
    mark before it (596's title lost 危 when a name was read 16 characters back at most)."""
    assert material_names(f"各乡镇于2026年5月20日前，将{name}及集中治理工作进展情况报告发送至邮箱。")[0] == name
    assert material_names(f"（一）{name}；")[0] == name


@pytest.mark.parametrize("sentence", [
    "请县民政局于9月20日（星期四）下午3时前反馈书面意见（Word格式）。",
    "请县民政局于9月20日16时30分前反馈书面意见（Word格式）。",
    "请县民政局于9月20日下午5点前反馈书面意见（Word格式）。",
])
def test_a_material_named_right_after_a_clock_time_keeps_no_piece_of_it(sentence):
    """The name of what is sent after `下午3时前` starts after the time: no `时前反馈书面意见` (1950's bureaus' part)."""
    assert material_names(sentence) == ["反馈书面意见"]


def test_a_material_whose_name_holds_a_time_word_keeps_it():
    """Near miss: 时 inside a name (实时监测数据表, 值班时段安排表) is no clock time."""
    assert material_names("请于9月20日前报送实时监测数据表（Excel格式）。") == ["实时监测数据表"]


@pytest.mark.parametrize("sentence, name", [
    ("请于1月20日前报送年度报告统计表（Excel格式）。", "年度报告统计表"),
    ("请于1月20日前报送2099年度报告统计表（Excel格式）。", "年度报告统计表"),
    ("请于1月20日前报送年度报告（Word格式）。", "年度报告"),
])
def test_the_nian_du_of_an_annual_report_stays_in_its_name(sentence, name):
    """年度报告 is the report's name, not 年度 + a bare 报告: a leading year goes, the 年度 of 年度报告 stays."""
    assert material_names(sentence) == [name]


@pytest.mark.parametrize("sentence, name", [
    ("请于1月20日前报送2099年度工作总结（Word格式）。", "工作总结"),
    ("请于1月20日前报送年度工作总结（Word格式）。", "工作总结"),
    ("请于1月20日前报送本单位2099年度政府信息公开工作年度报告（Word格式）。", "政府信息公开工作年度报告"),
])
def test_a_leading_year_or_nian_du_before_another_material_still_goes(sentence, name):
    """Near miss: 2099年度 / 年度 before 工作总结 is the year's, taken off as before."""
    assert material_names(sentence) == [name]


@pytest.mark.parametrize("sentence, name", [
    ("请各乡镇填写《建昌县退役军人信息登记册》（Excel格式），于3月1日前报送。", "建昌县退役军人信息登记册"),
    ("请各乡镇于3月1日前报送门前三包责任登记册（Excel格式）。", "门前三包责任登记册"),
])
def test_a_register_is_a_material(sentence, name):
    """登记册 names a list sent, as 花名册 and 名单 do: a sheet in its Excel bracket."""
    assert material_names(sentence) == [name]


def test_a_register_checked_against_is_no_register_sent():
    """Near miss: 对照…登记册 is what the check goes by (REFERENCE), the 报告 is what is sent."""
    assert material_names("请对照《建昌县退役军人信息登记册》逐一核实，于3月1日前报送核实情况报告。") == ["核实情况报告"]


@pytest.mark.parametrize("sentence", [
    "各乡镇要结合实际制定本乡镇春季村庄清洁行动实施方案，于3月5日前将实施方案（Word格式）发送至邮箱。",
    "请各乡镇于3月5日前报送本乡镇人员花名册（Excel格式）。",
])
def test_ben_xiang_zhen_before_a_name_is_whose_it_is_not_its_name(sentence):
    """本乡镇 leads a name as 本单位 and 本部门 do: whose paper it is, not a word of its title (mixed13's draft had
    `本乡镇春季村庄清洁行动实施方案`)."""
    assert not any(n.startswith("本乡镇") for n in material_names(sentence))


def test_a_name_with_xiang_zhen_inside_keeps_it():
    """Near miss: 乡镇 inside a name (各乡镇 before it, 乡镇卫生院 in it) stays."""
    assert material_names("请县卫健局于3月5日前报送乡镇卫生院人员花名册（Excel格式）。") == ["乡镇卫生院人员花名册"]

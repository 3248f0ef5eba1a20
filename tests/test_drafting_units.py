"""Which units and which address a notice drafts, rule by rule, each on a notice written for
its test: units named only in running text, 附件 sections before the issuer, a list item's unit
in brackets, a kind let off a submission, a mailbox that takes no materials, and groups said
elsewhere in the notice (a footnote's group, label lines, a yes column, the towns of listed
villages, a table column from a PDF or an old Word file)."""

from __future__ import annotations

import pytest

from collector.drafting import draft_campaign
from collector.drafting.reading.layout import split_notice
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = set(ROSTER.names(("town", "township")))
DEPARTMENTS = set(ROSTER.names(("department",)))
INSTITUTIONS = set(ROSTER.names(("institution",)))


def draft(text: str):
    return draft_campaign(text, ROSTER)


UNITS_IN_RUNNING_TEXT = """建昌县人民政府办公室
关于梳理2026年春耕生产保障措施的通知

各相关单位：

为做好今年春耕备耕工作，现将有关事项通知如下。

一、梳理内容
请县农业农村局、县林草局、县自然资源局按照各自职责，梳理春耕生产保障措施，填写措施清单（附件）。

二、报送要求
措施清单请于2026年3月10日17时前发送至县政府办公室邮箱jcchungeng@163.com。

三、后续工作
县政府办公室将会同县财政局、县审计局对措施清单进行汇总审核。

附件：春耕生产保障措施清单

建昌县人民政府办公室
2026年3月2日
"""


def test_units_asked_by_name_in_the_text_are_the_units_of_an_undecided_addressee():
    d = draft(UNITS_IN_RUNNING_TEXT)
    (r,) = d.requirements
    assert set(r.units) == {"县农业农村局", "县林草局", "县自然资源局"}  # not the reviewers after 会同
    assert any("已列入正文点名要求的单位" in u for u in d.unsettled)


LIST_BEFORE_ISSUER = """建昌县商务局
关于开展2026年消费券使用情况调查的通知

各乡镇人民政府，县政府有关部门：

为评估消费券政策效果，决定开展使用情况调查。

一、任务分工
各乡镇负责辖区内商户调查；附件2所列部门负责本行业商户调查。

二、报送要求
各单位于2026年9月18日16时前将调查统计表（附件1）发送至县商务局邮箱jcxfq2026@163.com。

附件：1.消费券使用情况调查统计表
      2.参与调查的部门名单

附件2
参与调查的部门名单
县教育局、县民政局、县统计局、建昌县燃气公司

建昌县商务局
2026年9月1日
"""


def test_an_attachment_written_between_the_body_and_the_issuer_is_read_as_one():
    layout = split_notice(LIST_BEFORE_ISSUER)
    assert "附件2" in layout.attachments and "县统计局" in layout.attachments["附件2"]
    assert "县统计局" not in layout.body
    (r,) = draft(LIST_BEFORE_ISSUER).requirements
    assert set(r.units) == TOWNS | {"县教育局", "县民政局", "县统计局"}


TABLE_BEFORE_ISSUER = """建昌县应急管理局
关于报送2026年三季度安全隐患整改进展的通知

各牵头单位：

请各牵头单位于2026年9月25日（星期五）17:00前，将整改进展表发送至县应急局邮箱jcyhzg@163.com。

附件：1.2026年重大安全隐患及牵头单位一览表
      2.整改进展表

附件1
2026年重大安全隐患及牵头单位一览表
序号	隐患名称	牵头单位
1	城区燃气管网老化	县住建局
2	校园周边交通秩序	县教育局
3	县农贸市场消防通道占用	县商务局

建昌县应急管理局
2026年9月10日
"""


def test_a_table_before_the_issuer_gives_the_units_of_its_column():
    d = draft(TABLE_BEFORE_ISSUER)
    (r,) = d.requirements
    assert set(r.units) == {"县住建局", "县教育局", "县商务局"}
    assert set(d.units) == {"县住建局", "县教育局", "县商务局"}


UNIT_IN_BRACKETS = """建昌县人民政府办公室
关于报送2026年度为民办实事项目进展情况的通知

各乡镇人民政府，县政府各部门：

请附件1所列责任单位于2026年6月30日17时前将项目进展情况报告发送至县政府办公室邮箱jcbsss@163.com。

附件：1.2026年度为民办实事项目及责任单位

建昌县人民政府办公室
2026年6月1日

附件1
2026年度为民办实事项目及责任单位
1.修缮乡镇综合文化站5处（县文旅局）
2.建设农村养老服务站（县民政局、县卫健局）
3.县城区学校扩容（县教育局）
"""


def test_a_list_item_names_its_unit_in_brackets():
    (r,) = draft(UNIT_IN_BRACKETS).requirements
    assert set(r.units) == {"县文旅局", "县民政局", "县卫健局", "县教育局"}


KIND_LET_OFF = """建昌县人民政府办公室
关于开展2026年度安全生产自查的通知

各乡镇人民政府，县政府各部门，各直属机构：

一、各单位要于2026年5月8日前将安全生产自查报告发送至县应急局邮箱jcaqzc@163.com。
二、各单位要于2026年5月15日前将隐患整改台账发送至上述邮箱。
三、各乡镇由县应急局统一组织检查，不需报送自查报告。没有隐患的单位无需报送整改台账。

建昌县人民政府办公室
2026年4月28日
"""


def test_a_kind_let_off_one_submission_is_left_out_of_that_one_only():
    check, ledger = draft(KIND_LET_OFF).requirements
    assert set(check.units) == DEPARTMENTS | INSTITUTIONS
    assert set(ledger.units) == TOWNS | DEPARTMENTS | INSTITUTIONS  # 没有隐患的单位: no kind


QUESTION_MAILBOX = """建昌县教育局
关于推荐2026年度优秀教师的通知

各乡镇中心校：

请于2026年8月20日前将推荐表发送至jcyxjs@163.com。政策问题可发邮件至jcjyzx@126.com，该邮箱不受理推荐材料。

建昌县教育局
2026年8月5日
"""


def test_a_mailbox_for_questions_that_takes_no_materials_is_not_a_collecting_address():
    d = draft(QUESTION_MAILBOX)
    assert d.addresses == ["jcyxjs@163.com"]
    assert any("jcjyzx@126.com" in u for u in d.unsettled)


MEMBERS_IN_TABLE = """建昌县森林防灭火指挥部办公室
关于报送2026年度森林防火责任人名单的通知

各乡镇人民政府，县森林防灭火指挥部各成员单位：

各乡镇、各成员单位要逐级明确森林防火责任人。请于2026年10月20日前将责任人名单发送至jcslfh@163.com。

附件：1.县森林防灭火指挥部成员单位名单

附件1
县森林防灭火指挥部成员单位名单
序号	成员单位	联络员
1	县林草局	张三
2	县应急局	李四
3	县气象局	王五
4	县武警中队	赵六

建昌县森林防灭火指挥部办公室
2026年10月8日
"""


def test_towns_and_the_members_of_an_attachment_table():
    (r,) = draft(MEMBERS_IN_TABLE).requirements
    assert set(r.units) == TOWNS | {"县林草局", "县应急局", "县气象局"}


DEPARTMENTS_NAMED_BEFORE = """建昌县食品安全委员会办公室
关于开展2026年中秋国庆食品安全专项检查的通知

各乡镇人民政府，县食安委各成员单位：

一、检查分工
各乡镇负责辖区内小作坊、小餐饮的排查。县市场局、县教育局、县商务局按照职责，分别对食品生产企业、学校食堂、商超开展检查。县农业农村局负责食用农产品抽检。

二、报送要求
（一）各乡镇和上述三个部门于2026年9月18日16时前将检查情况统计表发送至县食安办邮箱jcsab_zx@163.com。
（二）请上述部门于2026年10月12日前报送检查工作总结。

建昌县食品安全委员会办公室
2026年9月7日
"""


def test_the_departments_said_above_are_the_last_ones_named_that_many():
    stats, summary = draft(DEPARTMENTS_NAMED_BEFORE).requirements
    # 上述三个部门: the sentence naming three, not the later one naming 县农业农村局 alone
    assert set(stats.units) == TOWNS | {"县市场局", "县教育局", "县商务局"}
    assert set(summary.units) == {"县农业农村局"}  # no number: the last sentence naming any


THE_REST_OF_THEM = """建昌县人民政府办公室
关于报送2026年上半年政务公开工作情况的通知

各乡镇人民政府，除县统计局以外的县政府各部门：

一、内容要求
（一）县教育局、县卫健局要梳理上半年民生领域信息公开情况，于2026年7月6日前报送专项报告。
（二）其余部门和各乡镇于2026年7月10日17时前报送上半年政务公开工作情况表。
以上材料均发送至县政务公开办邮箱jczwgk_bg@163.com。

建昌县人民政府办公室
2026年6月26日
"""


def test_the_rest_are_the_addressed_departments_not_named_before_nor_left_out_by_chu_yiwai():
    d = draft(THE_REST_OF_THEM)
    assert "县统计局" not in d.units  # 除县统计局以外的县政府各部门
    special, table = d.requirements
    assert set(special.units) == {"县教育局", "县卫健局"}
    assert set(table.units) == TOWNS | (DEPARTMENTS - {"县统计局", "县教育局", "县卫健局"})


LEAD_COLUMN_AFTER_THE_DATE = """建昌县发展和改革局
关于印发《建昌县2026年重点项目推进责任分工》的通知

各乡镇人民政府，县直有关部门：

现将《建昌县2026年重点项目推进责任分工》印发给你们。请各牵头单位于2026年7月15日前将牵头项目推进情况报告发送至县发改局邮箱jcfgj_xm@163.com，配合单位不单独报送。

建昌县发展和改革局
2026年4月1日
建昌县2026年重点项目推进责任分工
序号	项目名称	牵头单位	配合单位
1	县城供热管网改造	县住建局	县财政局、各乡镇人民政府
2	中小学教学楼建设	县教育局	县自然资源局
3	乡村道路提级改造	县交通局	各乡镇人民政府
"""


def test_the_lead_units_are_the_lead_column_of_a_table_even_after_the_date_line():
    (r,) = draft(LEAD_COLUMN_AFTER_THE_DATE).requirements
    assert set(r.units) == {"县住建局", "县教育局", "县交通局"}


def _addressed(addressee: str):
    text = (f"建昌县人民政府办公室\n关于报送2026年固定资产清查表的通知\n{addressee}：\n"
            "请各单位于2026年3月20日前将清查表发送至jcqc_zc@163.com。\n建昌县人民政府办公室\n2026年3月2日\n")
    return draft(text)


def test_county_units_qualified_by_a_word_all_of_them_share_are_every_department_and_institution():
    for addressee in ("县直各预算单位", "县直各行政事业单位"):
        (r,) = _addressed(addressee).requirements
        assert set(r.units) == DEPARTMENTS | INSTITUTIONS, addressee


def test_an_organisation_inside_each_town_is_not_the_town():
    d = _addressed("各乡镇卫生院，县直各医疗机构")
    assert d.units == [] and d.requirements[0].units == []
    assert any("各乡镇卫生院" in u for u in d.unsettled)
    (r,) = _addressed("各乡镇（场）").requirements  # a bracket after the kind word is still the towns
    assert set(r.units) == TOWNS


PUBLIC_MAILBOX_AND_SPACED_AT = """建昌县市场监督管理局
关于开展2026年价格收费专项检查自查的通知

各乡镇人民政府，县政府各部门：

请各单位于2026年6月12日前将收费自查表发送至县市场局邮箱：jcjgjc_zc ＠ 163.com。
检查期间，群众可通过12315热线或举报邮箱jcsjj_jubao@163.com反映乱收费问题。

建昌县市场监督管理局
2026年6月1日
"""


def test_an_address_written_with_spaces_around_a_full_width_at_is_read():
    assert draft(PUBLIC_MAILBOX_AND_SPACED_AT).addresses[0] == "jcjgjc_zc@163.com"


def test_a_mailbox_the_public_writes_to_is_not_a_collecting_address():
    d = draft(PUBLIC_MAILBOX_AND_SPACED_AT)
    assert "jcsjj_jubao@163.com" not in d.addresses
    assert any("jcsjj_jubao@163.com" in u for u in d.unsettled)


def _mail_notice(body: str, tail: str = "") -> str:
    return (f"建昌县农业农村局\n关于报送春季病虫害防控情况的通知\n\n各乡镇人民政府：\n{body}\n\n"
            f"建昌县农业农村局\n2030年4月15日\n{tail}")


@pytest.mark.parametrize("body", [
    "请各乡镇于4月24日16时前将统计表报送县植保站邮箱jcnyzb@163.com。市局植保站邮箱hldzb@163.com仅用于县局报送汇总数据，"
    "各乡镇请勿直接向市局邮箱发送，以免数据重复统计。",
    "请各乡镇于4月24日前将统计表发送至jcnyzb@163.com，请勿发送至市局邮箱hldzb@163.com。",
    "请各乡镇于4月24日前将统计表发送至jcnyzb@163.com，不要报送市农业农村局邮箱hldzb@163.com。",
    "hldzb@163.com为市局邮箱，请勿使用。请各乡镇于4月24日前将统计表发送至jcnyzb@163.com。",
    "原来的邮箱hldzb@163.com，今后不再使用，请各乡镇于4月24日前将统计表发送至jcnyzb@163.com。",
])
def test_a_mailbox_the_notice_says_not_to_send_to_is_not_a_collecting_address(body):
    d = draft(_mail_notice(body))
    assert d.addresses == ["jcnyzb@163.com"]
    assert any("hldzb@163.com" in u for u in d.unsettled), d.unsettled


@pytest.mark.parametrize("body", [
    "请各乡镇于4月24日前将统计表发送至jcnyzb@163.com，请勿使用个人邮箱发送。",
    "请各乡镇于4月24日前将统计表发送至县局邮箱jcnyzb@163.com，不要直接向市局邮箱报送。",
])
def test_a_warning_about_some_other_mailbox_leaves_the_collecting_address(body):
    assert draft(_mail_notice(body)).addresses == ["jcnyzb@163.com"]


@pytest.mark.parametrize("copies", ["抄送：县医保局，县财政局。", "抄送：县医保局、县财政局\n抄报：县政府办公室",
                                    "分送：县医保局，县财政局。"])
def test_the_units_a_notice_is_copied_to_are_not_its_addressees(copies):
    body = ("请各乡镇于4月24日前将工作总结和《防控情况统计表》（附件）一并发送至jcnyzb@163.com。\n"
            "附件：防控情况统计表")
    d = draft(_mail_notice(body, copies))
    assert set(d.units) == TOWNS
    assert [set(r.units) for r in d.requirements] == [TOWNS]


# ---------------------------------------------------------------- groups said elsewhere in the notice

FOOTNOTE_GROUP = """建昌县农业农村局
关于做好2026年秋粮收储监测工作的通知

各乡镇人民政府，县发改局、县粮食中心：
为掌握秋粮收购进度，现将有关事项通知如下。
一、监测范围。主产乡镇※要每周统计辖区内粮食收购量和价格。
二、材料报送。
（一）请主产乡镇于10月9日16时前将秋粮收购监测表（Excel格式）发送至jcnyqiuliang@163.com。
（二）请各乡镇和县发改局于10月20日前将收储工作总结发送至上述邮箱。
联系人：赵刚，电话：0429-7715521
※主产乡镇：指玉米种植面积在5万亩以上的大屯镇、喇嘛洞镇、素珠营子乡、黑山科乡。

建昌县农业农村局
2026年9月28日
"""


def test_a_group_a_footnote_defines_is_the_units_it_names():
    watch, summary = draft(FOOTNOTE_GROUP).requirements
    assert set(watch.units) == {"大屯镇", "喇嘛洞镇", "素珠营子乡", "黑山科乡"}
    assert set(summary.units) == TOWNS | {"县发改局"}  # no footnote word: the kind and the bureau


LABEL_LINES = """建昌县人民政府办公室
关于分解落实2026年民生实事项目的通知

县政府有关部门：
经县政府研究，现将2026年民生实事项目分解如下。
一、新建改建农村公路50公里。
牵头单位：县交通局
二、新增城镇就业岗位1200个。
牵头单位：县人社局；配合单位：县发改局
三、完成城区供热管网改造8公里。
牵头单位：县住建局
四、工作要求。请各牵头单位于12月10日前将全年完成情况报告发送至jcmsss2026@163.com。配合单位不单独报送。

建昌县人民政府办公室
2026年2月20日
"""


def test_the_lead_units_are_those_on_the_label_lines_under_each_task():
    (r,) = draft(LABEL_LINES).requirements
    assert set(r.units) == {"县交通局", "县人社局", "县住建局"}  # not the 配合单位 let off


TOWNS_OF_THE_LISTED_PLACES = """建昌县文化旅游和广播电视局
关于做好2026年乡村旅游重点村创建工作的通知

各乡镇人民政府，县财政局：
经评审，确定6个村为2026年乡村旅游重点村创建单位（名单见附件）。
请创建村所在乡镇于7月10日前将创建工作方案发送至jcwlj_xc@163.com。

附件：2026年乡村旅游重点村创建名单

建昌县文化旅游和广播电视局
2026年6月25日

附件
2026年乡村旅游重点村创建名单
1. 要路沟乡：要路沟村、三道沟村
2. 头道营子乡：头道营子村
3. 新开岭乡：新开岭村、西山村
4. 要路沟乡：大西沟村
"""


def test_the_towns_where_the_listed_villages_are_are_the_towns_of_the_list():
    (r,) = draft(TOWNS_OF_THE_LISTED_PLACES).requirements
    assert set(r.units) == {"要路沟乡", "头道营子乡", "新开岭乡"}


MARKED_ROWS = """建昌县人民政府防汛抗旱指挥部办公室
关于报送2026年防汛物资储备清单的通知
各乡镇人民政府，县防指各成员单位：
为掌握防汛物资储备情况，请各乡镇及下表中“是否报送”为“是”的成员单位于5月12日前将防汛物资储备清单发送至jcfxwz2026@163.com。
序号\t成员单位\t是否报送
1\t县水利局\t是
2\t县气象局\t否
3\t县应急局\t是
4\t县交通局\t否
联系人：孙强，电话：0429-7711209
建昌县人民政府防汛抗旱指挥部办公室
2026年5月5日
"""


def test_the_rows_a_yes_column_marks_are_the_units_that_send():
    (r,) = draft(MARKED_ROWS).requirements
    assert set(r.units) == TOWNS | {"县水利局", "县应急局"}


def test_a_table_row_that_is_a_requirement_takes_the_units_of_its_sending_cell():
    from collector.drafting.senders.requirement_units import requirement_units
    from collector.drafting.senders.units import UnitResolver

    resolver = UnitResolver(ROSTER)
    towns = resolver.kinds(("town", "township"))
    row = "2\t秸秆禁烧巡查台账\t6月10日前\t各乡镇、县农业农村局、生态环境局建昌分局"
    units, _ = requirement_units(row, resolver, {}, towns)
    assert set(units) == TOWNS | {"县农业农村局", "生态环境局建昌分局"}
    units, _ = requirement_units("3\t禁烧宣传照片\t6月20日前\t县融媒体中心", resolver, {}, towns)
    assert units == ["县融媒体中心"]


def test_towns_including_the_zone_are_the_towns_and_the_zone():
    from collector.drafting.senders.unit_lists import read_addressees
    from collector.drafting.senders.units import UnitResolver

    said = read_addressees("各乡镇（含开发区）", UnitResolver(ROSTER))
    assert set(ROSTER.names(said.kinds)) | set(said.names) == TOWNS | set(ROSTER.names(("zone",)))
    (r,) = _addressed("各乡镇(含开发区)").requirements
    assert set(r.units) == TOWNS | set(ROSTER.names(("zone",)))


TWO_GROUPS = """建昌县人民政府办公室
关于做好2026年度爱国卫生月活动和卫生健康设施统计工作的通知

各乡镇人民政府，县直各单位：
一、爱国卫生月活动。请各乡镇于4月30日前将活动开展情况总结发送至jcaiwei_hd@163.com。
二、卫生健康设施统计。请县直各单位于4月24日前将卫生健康设施统计表发送至jcaiwei_tj@163.com。

建昌县人民政府办公室
2026年4月1日
"""


def test_county_units_in_one_task_beside_towns_in_another_are_departments_and_institutions():
    summary, table = draft(TWO_GROUPS).requirements
    assert set(summary.units) == TOWNS
    assert set(table.units) == DEPARTMENTS | INSTITUTIONS


# the rows of a table as a .doc's reader (antiword) and a PDF's text layer give them
BUILDER_ROWS = """建昌县教育局
关于开展2026年校舍安全隐患排查整治的通知
县直有关单位：
为保障师生安全，决定开展校舍安全隐患排查整治。
请附表所列实施单位于8月20日17时前将隐患整治情况报告发送至jcjyxs2026@163.com。
联系人：钱伟，电话：0429-7712661
附表：校舍安全隐患整治项目表
序号\t项目名称\t实施单位\t资金（万元）
1\t县实验小学教学楼抗震加固工程\t县教育局\t120
2\t县体育场看台维修工程\t县文旅局\t45
3\t县城北污水管网改造工程\t县住建局\t300
建昌县教育局
2026年8月3日
"""

QUOTA_ROWS = """建昌县司法局
关于举办2026年人民调解员培训班的通知
各有关单位：
一、培训时间：2026年9月8日。
二、名额分配：按下表分配参训名额。
序号\t单位\t名额
1\t石佛乡\t3
2\t雷家店乡\t2
3\t县信访局\t1
三、请上表所列单位于9月1日12时前将参训人员名单发送至jcsfj_px@163.com。
建昌县司法局
2026年8月25日
"""


@pytest.mark.parametrize("form,source,units", [
    ("pdf", BUILDER_ROWS, {"县教育局", "县文旅局", "县住建局"}),
    ("doc", QUOTA_ROWS, {"石佛乡", "雷家店乡", "县信访局"}),
])
def test_the_units_of_a_table_column_read_from_a_pdf_or_an_old_word_file(form, source, units, tmp_path):
    import sys
    from pathlib import Path

    from collector.drafting import read_notice

    sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "notices"))
    import build

    src = tmp_path / "notice.src"
    src.write_text(source, encoding="utf-8")
    (r,) = draft(read_notice(build.build_converted(src, tmp_path, form))).requirements
    assert set(r.units) == units


ROLE_OF_A_UNIT = """建昌县人民政府办公室
关于报送2026年上半年林长制工作述职报告的通知

各乡镇人民政府，县林草局：

二、报送要求。各乡镇总林长、县林草局主要负责同志的述职报告（Word格式），于2026年7月10日17时前发送至县政府办公室邮箱jclzz@163.com。

建昌县人民政府办公室
2026年6月15日
"""


def test_a_unit_named_with_its_heads_role_is_the_unit():
    """县林草局主要负责同志的述职报告: the 主要 of 主要负责同志 is no verb (要) ending the name."""
    (r,) = draft(ROLE_OF_A_UNIT).requirements
    assert set(r.units) == TOWNS | {"县林草局"}


ADDRESSEES_ONE_PER_LINE = """建昌县营商环境建设局
关于报送政务服务事项调整情况的通知

县教育局
县民政局
县医保局：
请上述单位于9月4日前将调整情况表发送至县营商局邮箱jcysj_tz@163.com。

建昌县营商环境建设局
2026年8月20日
"""


def test_addressees_standing_one_per_line_are_each_read():
    (r,) = draft(ADDRESSEES_ONE_PER_LINE).requirements
    assert set(r.units) == {"县教育局", "县民政局", "县医保局"}


def test_an_address_wrapped_at_its_at_sign_is_read_whole():
    text = ADDRESSEES_ONE_PER_LINE.replace("jcysj_tz@163.com。", "jcysj_tz@\n163.com。")
    assert draft(text).addresses == ["jcysj_tz@163.com"]


def _units_notice(body: str, addressee: str = "各乡镇人民政府，县直各部门") -> str:
    return f"建昌县人民政府办公室\n关于开展春季村庄清洁行动的通知\n\n{addressee}：\n\n{body}\n\n建昌县人民政府办公室\n2027年2月22日\n"


def test_the_last_unit_before_deng_n_ge_is_one_of_them_and_the_count_is_checked():
    body = "建昌镇、八家子镇、素珠营子乡、石佛乡等4个重点乡镇，于2027年3月31日17时前将工作总结发送至jc@163.com。"
    (r,) = draft(_units_notice(body, "各乡镇人民政府")).requirements
    assert r.units == ["建昌镇", "八家子镇", "素珠营子乡", "石佛乡"]
    wrong_count = draft(_units_notice(body.replace("等4个", "等5个"), "各乡镇人民政府"))
    assert any("等5个重点乡镇" in line and "找到4个" in line for line in wrong_count.unsettled), wrong_count.unsettled


def test_departments_but_those_excepted_and_those_whose_matters_need_no_report():
    body = ("县公安局、县税务局的政务服务事项由市级主管部门统一调整，本次不需报送。请各乡镇和除县审计局以外的县直各部门认真梳理。\n"
            "请于2027年3月18日17时前将实施清单调整表发送至jc@163.com。")
    (r,) = draft(_units_notice(body)).requirements
    assert TOWNS <= set(r.units) and set(r.units) & DEPARTMENTS == DEPARTMENTS - {"县公安局", "县税务局", "县审计局"}


def test_a_table_typed_with_spaces_gives_each_deadline_its_rows_units():
    body = ("二、报送单位及时限\n请下列单位按时限报送：\n"
            "序号　报送单位　　　　报送内容　　　　　　报送时限\n"
            "1　　　建昌镇　　　　　老旧小区改造项目　　　5月15日前\n"
            "2　　　八家子经济开发区　　园区基础设施项目　　5月15日前\n"
            "3　　　县水利局　　　　供排水管网项目　　　　5月22日前\n"
            "4　　　县综合执法局　　市政道路项目　　　　　5月22日前\n"
            "三、报送要求\n报送材料包括《城市更新项目储备清单》（Excel格式）及现状照片。请按上表时限发送至jc@163.com。\n"
            "联系人：许国栋　　联系电话：0429-7815512")
    reqs = draft(_units_notice(body, "各有关单位")).requirements
    assert [(str(r.due)[:10], r.units) for r in reqs] == [("2027-05-15", ["建昌镇", "八家子经济开发区"]),
                                                          ("2027-05-22", ["县水利局", "县综合执法局"])]
    assert "储备清单" in reqs[0].title and not any(p["title"] == "材料" for p in reqs[0].parts)


def test_the_unions_inside_every_unit_are_the_units():
    body = "请于2026年8月20日下班前将申请审批表发送至jc@163.com。"
    (r,) = draft(_units_notice(body, "各乡镇总工会，县直各基层工会")).requirements
    assert set(r.units) == TOWNS | DEPARTMENTS | INSTITUTIONS


def test_units_that_already_sent_through_another_channel_are_let_off():
    body = ("（二）请于2027年1月15日前将年报表发送至jc@163.com。\n"
            "（三）建昌镇、县财政局已参加市档案馆统计年报网上直报试点，并已通过直报系统报送，无需重复报送。")
    (r,) = draft(_units_notice(body)).requirements
    assert not {"建昌镇", "县财政局"} & set(r.units) and "八家子镇" in r.units and "县教育局" in r.units


def test_the_departments_concerned_named_in_the_body_are_the_addressees_youguan_bumen():
    body = ("一、验收范围。本次总结验收涉及的县直部门为：县教育局、县公安局、县人社局。\n"
            "二、请于2026年4月17日前将总结报告发送至jc@163.com。")
    d = draft(_units_notice(body, "各乡镇（街道），各有关部门"))
    (r,) = d.requirements
    assert set(r.units) == TOWNS | {"县教育局", "县公安局", "县人社局"}
    assert any("读作正文所列" in line for line in d.unsettled), d.unsettled


def test_the_units_with_problems_listed_in_the_section_before():
    body = ("二、存在的问题\n（一）县林草局政务公开栏目信息超过6个月未更新；\n（二）县供销社微信公众号连续两周无更新；\n"
            "（三）喇嘛洞镇网站栏目存在空白栏目2个。\n三、整改要求\n"
            "请上述存在问题的单位立即整改，并于2027年10月22日16时前将整改情况报告发送至jc@163.com。")
    (r,) = draft(_units_notice(body, "各乡镇人民政府，县直各单位")).requirements
    assert r.units == ["县林草局", "县供销社", "喇嘛洞镇"]


@pytest.mark.parametrize("addressee, kinds", [
    ("各镇人民政府", {"town"}), ("各乡人民政府", {"township"}), ("各乡（镇）人民政府", {"town", "township"}),
    ("各镇、乡人民政府", {"town", "township"}), ("各乡镇人民政府", {"town", "township"}),
])
def test_ge_zhen_is_the_towns_and_ge_xiang_the_townships(addressee, kinds):
    (r,) = draft(_units_notice("请于2026年5月20日前将工作总结发送至jc@163.com。", addressee)).requirements
    assert set(r.units) == set(ROSTER.names(sorted(kinds)))


ADDRESSEES_THEN_ITEMS = """建昌县河长制办公室
关于开展2029年河道垃圾清理专项行动的通知

大屯镇、药王庙镇、要路沟乡人民政府，县水利局、县住建局：

一、工作要求
（一）各乡镇要组织村级河长开展排查，建立问题清单。
（二）县水利局、县住建局按照职责分工，配合做好督导工作。
（三）请上述单位于2029年4月16日前，将问题清单（Excel格式）发送至县河长办邮箱jchzb_lj@163.com。

建昌县河长制办公室
2029年4月2日
"""


def test_the_units_above_under_a_salutation_naming_each_are_all_of_them():
    """请上述单位 after items speaking of some of them: the salutation named each unit, so all
    of them (notice 394); under a salutation of groups, 上述部门 stays the last ones named."""
    (r,) = draft(ADDRESSEES_THEN_ITEMS).requirements
    assert set(r.units) == {"大屯镇", "药王庙镇", "要路沟乡", "县水利局", "县住建局"}
    (r,) = draft(ADDRESSEES_THEN_ITEMS.replace("大屯镇、药王庙镇、要路沟乡人民政府，县水利局、县住建局：",
                                               "各乡镇人民政府，县直各单位：")).requirements
    assert set(r.units) == {"县水利局", "县住建局"}


ONLY_THOSE_WITH_A_TASK = """建昌县发展和改革局
关于报送2029年一季度重点项目进展情况的通知

各乡镇人民政府，县政府各部门：

一、承担县级重点项目建设任务的乡镇和部门，请填写《重点项目进展情况表》，于4月8日前报送县发改局。
二、各乡镇、各部门均须填写《拟谋划项目清单》，于4月15日前发送至县发改局邮箱jcfgw_xm@163.com。没有谋划项目的单位实行零报告。

建昌县发展和改革局
2029年3月28日
"""


def test_units_that_have_a_task_the_notice_does_not_list_are_for_the_clerk_to_choose():
    """承担…任务的乡镇和部门: some units, and the notice does not say which (notice 399): no units, a line
    for the clerk; 没有…项目的单位 (零报告) are asked like everyone else."""
    d = draft(ONLY_THOSE_WITH_A_TASK)
    tasked, plans = d.requirements
    assert tasked.units == [] and any("承担县级重点项目建设任务的乡镇和部门" in line for line in d.unsettled)
    assert set(plans.units) == TOWNS | set(ROSTER.names(("department",)))


ZONE_FOLLOWS = """建昌县农业农村局
关于做好2031年春耕备耕生产情况调度的通知

各乡镇人民政府：

一、请各乡镇填写《春耕备耕生产情况统计表》，于3月23日12时前发送至县农业农村局邮箱jcnyj_cb@163.com。
二、县农业农村局、县水利局于3月30日前将农机和水利保障情况报告发送至上述邮箱。

八家子经济开发区参照本通知执行。

建昌县农业农村局
2031年3月12日
"""


def test_a_unit_that_follows_the_notice_is_asked_what_the_addressees_are():
    """八家子经济开发区参照本通知执行 (notice 411): the zone owes what every addressee owes, not what two
    named bureaus alone are asked."""
    towns_table, bureaus_report = draft(ZONE_FOLLOWS).requirements
    assert set(towns_table.units) == TOWNS | {"八家子经济开发区"}
    assert set(bureaus_report.units) == {"县农业农村局", "县水利局"}


VERTICAL_LEFT_OUT = """建昌县人民政府办公室
关于开展2031年度县直单位公务用车清查的通知

县直各单位（垂直管理单位除外）：

县税务局、县气象局2家垂直管理单位的公务用车由其上级主管部门统一清查，不参加本次清查。
请各单位填写《公务用车情况统计表》，于3月22日17时前发送至县机关事务服务中心邮箱jcgwyc@163.com。

建昌县人民政府办公室
2031年3月10日
"""


def test_units_a_sentence_says_do_not_take_part_are_left_out():
    """县直各单位（垂直管理单位除外） and the sentence naming the 垂直管理单位 that 不参加本次清查 (notice 414)."""
    (r,) = draft(VERTICAL_LEFT_OUT).requirements
    assert "县税务局" not in r.units and "县气象局" not in r.units
    assert {"县发改局", "县财政局", "县档案馆"} <= set(r.units)


THE_OTHERS_ALSO_OWE = """建昌县水利局
关于报送2029年农村供水工程运行情况的通知

各乡镇人民政府：

一、请各乡镇于5月12日前将附件1（Excel格式）发送至县水利局邮箱jcslj_gs@163.com。
二、其中，建昌镇、大屯镇、要路沟乡辖区内有千人以上集中供水工程，另需于5月19日前将水源地保护情况报告（PDF）发送至上述邮箱。

附件：1.农村供水工程运行情况统计表
      2.千人以上集中供水工程名录

建昌县水利局
2029年4月28日
"""


def test_a_town_named_before_its_jurisdiction_and_an_attachment_sent_by_its_number():
    """要路沟乡辖区内有… is 要路沟乡 (notice 437); 将附件1发送 sends what the 附件 list calls 附件1."""
    table, report = draft(THE_OTHERS_ALSO_OWE).requirements
    assert table.title == "农村供水工程运行情况统计表" and set(table.units) == TOWNS
    assert set(report.units) == {"建昌镇", "大屯镇", "要路沟乡"}


def test_a_group_then_its_members_in_brackets_is_the_members():
    text = ("建昌县安全生产委员会办公室\n关于报送2029年一季度安全生产工作情况的通知\n\n"
            "各乡镇人民政府，县安委会有关成员单位（县应急局、县交通局、县公安局）：\n\n"
            "请于2029年3月28日前将一季度安全生产工作情况报送至jcawb@163.com。\n\n建昌县安全生产委员会办公室\n2029年3月10日\n")
    d = draft(text)
    assert set(d.units) == TOWNS | {"县应急局", "县交通局", "县公安局"}
    assert not any("不是名册中的单位" in line for line in d.unsettled), d.unsettled
    # a bracket that is no list of roster units leaves the group for the clerk, as before
    d = draft(text.replace("（县应急局、县交通局、县公安局）", "（名单见附件）"))
    assert set(d.units) == TOWNS and any("县安委会有关成员单位" in line for line in d.unsettled), d.unsettled


def test_units_asked_by_a_table_below_please_the_following_units():
    text = ("建昌县统计局\n关于报送一季度主要指标的通知\n\n各有关单位：\n\n"
            "请下列单位按照分工报送一季度主要指标预计数：\n序号\t指标\t报送单位\n1\t固定资产投资\t县发改局\n"
            "2\t社会消费品零售总额\t县商务局\n3\t建筑业总产值\t县住建局\n"
            "请于2030年4月3日前发送至jctjj@163.com。\n\n建昌县统计局\n2030年3月25日\n")
    d = draft(text)
    assert set(d.units) == {"县发改局", "县商务局", "县住建局"}
    assert set(d.requirements[0].units) == {"县发改局", "县商务局", "县住建局"}


def test_the_reporting_scope_names_the_members_an_undecided_group_means():
    text = ("建昌县防汛抗旱指挥部办公室\n关于报送2031年度山洪灾害防御责任人的通知\n\n各乡镇人民政府，县防指有关成员单位：\n\n"
            "1.报送范围：各乡镇山洪灾害防御责任人；县水利局、县自然资源局的分管负责人。\n"
            "2.报送时间：2031年4月30日前，发送至jcfzb@163.com。\n\n建昌县防汛抗旱指挥部办公室\n2031年4月20日\n")
    d = draft(text)
    assert set(d.requirements[0].units) == TOWNS | {"县水利局", "县自然资源局"}


def test_a_material_sent_in_batches_the_rest_are_the_units_no_batch_names():
    text = ("建昌县农业农村局\n关于报送2031年秋季人居环境整治验收资料的通知\n\n各乡镇人民政府：\n\n"
            "请各乡镇将验收资料（工作总结、整治前后对比照片）发送至jcnyj_rj@163.com。\n报送时间按验收批次安排：\n"
            "第一批：建昌镇、石佛乡、大屯镇，10月20日前报送；\n第二批：其余乡镇，10月29日前报送。\n\n建昌县农业农村局\n2031年10月9日\n")
    d = draft(text)
    first, rest = d.requirements
    assert set(first.units) == {"建昌镇", "石佛乡", "大屯镇"}
    assert set(rest.units) == TOWNS - {"建昌镇", "石佛乡", "大屯镇"} and rest.title == first.title
    assert any("第二批" in line and "第一批" in line for line in d.unsettled), d.unsettled


def test_the_office_a_material_is_sent_to_owes_nothing():
    text = ("中共建昌县委农村工作领导小组办公室\n关于报送2029年度防返贫监测帮扶工作总结的通知\n\n各乡镇党委、政府：\n\n"
            "请各乡镇形成工作总结，于12月15日17时前报送县委农办（县乡村振兴局），电子版发送至jcnb@163.com。\n\n"
            "中共建昌县委农村工作领导小组办公室\n2029年12月1日\n")
    assert set(draft(text).requirements[0].units) == TOWNS


def test_a_letter_asking_and_its_issuer_of_the_cppcc():
    text = ("政协建昌县委员会办公室\n关于商请报送2028年度重点提案办理情况的函\n\n县教育局、县卫健局：\n\n"
            "请于2028年11月20日前将办理情况发送至jczx_ta@163.com。\n\n政协建昌县委员会办公室\n2028年11月6日\n")
    d = draft(text)
    assert (d.title, d.county) == ("2028年度重点提案办理情况", "建昌县")


def test_county_departments_and_units_said_with_one_xianzhi():
    text = ("建昌县财政局\n关于编报2032年部门预算的通知\n\n县直各部门、各单位：\n\n"
            "请于2031年10月31日17:30前将预算报表发送至jcczys@163.com。\n\n建昌县财政局\n2031年10月8日\n")
    assert set(draft(text).requirements[0].units) == DEPARTMENTS | INSTITUTIONS


@pytest.mark.parametrize("who, units", [
    ("请县发展改革、财政、住房城乡建设部门", {"县发改局", "县财政局", "县住建局"}),
    ("请教育、卫生健康、民政等有关部门", {"县教育局", "县卫健局", "县民政局"}),
    ("请县直人力资源社会保障、医疗保障部门", {"县人社局", "县医保局"}),
])
def test_unit_stems_sharing_one_bumen_are_the_units_whose_names_carry_them(who, units):
    text = ("建昌县人民政府办公室\n关于报送2029年度民生实事项目进展情况的通知\n\n县直有关部门：\n\n"
            f"{who}于6月10日前将项目进展表发送至jcmsss@163.com。\n\n建昌县人民政府办公室\n2029年5月20日\n")
    d = draft(text)
    assert set(d.requirements[0].units) == units
    assert any("读作" in line and "请核对" in line for line in d.unsettled), d.unsettled


def test_a_list_that_is_not_all_unit_stems_is_left_as_written():
    text = ("建昌县人民政府办公室\n关于报送2029年度民生实事项目进展情况的通知\n\n县直有关部门：\n\n"
            "请县发展改革、项目建设、财政部门于6月10日前将项目进展表发送至jcmsss@163.com。\n\n建昌县人民政府办公室\n2029年5月20日\n")
    d = draft(text)
    assert not any("读作县发改局" in line for line in d.unsettled), d.unsettled

"""Which units and which address a notice drafts, rule by rule, each on a notice written for
its test: units named only in running text, 附件 sections before the issuer, a list item's unit
in brackets, a kind let off a submission, and a mailbox that takes no materials."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.drafting.layout import split_notice
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

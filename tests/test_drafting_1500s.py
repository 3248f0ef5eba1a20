"""What held-out notices 1500–1519 showed the drafter missing (four of the six), on notice texts written for these
tests: money paid out by a date (扶助资金于12月10日前发放到位) read as a requirement, a painting's original (原作) carried
to a hall read as mailed, what the work goes by (根据审查意见修改) read as a material, and a 授课课件 lost beside its Word form."""

from __future__ import annotations

import datetime as dt

from collector.drafting import draft_campaign
from collector.drafting.asks.not_mailed import on_paper
from collector.drafting.requirements import material_names
from collector.roster import builtin_roster

ROSTER = builtin_roster()


def notice(body: str) -> str:
    return (f"关于做好2399年有关工作的通知\n各乡镇人民政府：\n{body}\n联系人：王明  电话：0429-7000000\n\n"
            f"建昌县文化旅游和广播电视局\n2399年7月2日\n")


def dues(body: str) -> list[dt.datetime]:
    return [r.due.replace(tzinfo=None) for r in draft_campaign(notice(body), ROSTER).requirements]


MAILED = "请各乡镇于7月20日17时前将《汇总表》（Excel格式）发送至jcwl@163.com。\n"


# ---------------------------------------------------------------- money paid out

def test_money_paid_out_by_a_date_is_no_requirement():
    for paid in ("中心审核后报县卫健局，扶助资金于12月10日前发放到位。", "补助资金须于8月30日前足额拨付到位。"):
        assert dues(MAILED + paid) == [dt.datetime(2399, 7, 20, 17, 0)], paid


def test_a_payment_list_sent_by_a_date_is_still_a_requirement():
    """Near miss: the list of what was paid is sent, the words 发放 standing in its name."""
    body = MAILED + "请各乡镇于8月10日前将《资金发放到位情况表》发送至上述邮箱。"
    assert dues(body) == [dt.datetime(2399, 7, 20, 17, 0), dt.datetime(2399, 8, 10, 23, 59, 59)]


# ---------------------------------------------------------------- an original carried in

def test_an_original_painting_carried_to_a_hall_is_not_mailed():
    assert on_paper("入选作品原作由各单位于9月15日前送至县公共文化服务中心一楼展览部")
    assert dues(MAILED + "入选作品原作由各单位于9月15日前送至县公共文化服务中心一楼展览部。") == [dt.datetime(2399, 7, 20, 17, 0)]


def test_photos_of_the_works_mailed_by_a_date_stay_a_requirement():
    """Near miss: 原作 named, but what is sent by the date is its photo, to the mailbox."""
    assert not on_paper("于9月15日前将原作高清照片发送至jcwl@163.com")
    body = "请各乡镇于9月15日前将原作高清照片（JPG格式）发送至jcwl@163.com。"
    assert dues(body) == [dt.datetime(2399, 9, 15, 23, 59, 59)]


# ---------------------------------------------------------------- what the work goes by

def test_what_the_work_goes_by_is_no_material():
    text = "请各乡镇根据审查意见修改完善，于6月26日（星期四）前，将村庄规划文本定稿（Word格式）再次发送至上述邮箱。"
    assert material_names(text) == ["村庄规划文本定稿"]
    assert material_names("请按照专家评审意见修改后，将整改方案报送至上述邮箱。") == ["整改方案"]
    assert material_names("请根据反馈意见表填写整改报告。") == ["整改报告"]


def test_a_material_sent_by_the_words_after_genju_is_still_one():
    """Near miss: a verb stands between 根据 and the material word, so the material is what is sent."""
    assert material_names("请根据要求报送统计表。") == ["统计表"]
    assert material_names("请参照样表制作统计表（Excel格式）。") == ["统计表"]
    assert material_names("请于6月1日前报送审查意见。") == ["审查意见"]


# ---------------------------------------------------------------- a course's slides

def test_the_slides_of_a_course_are_a_material_of_their_own():
    text = "请于4月30日（星期五）中午12时前将讲师信息表（Word格式）及授课课件（PPT格式）发送至上述邮箱。"
    assert material_names(text) == ["讲师信息表", "授课课件"]


def test_slides_studied_are_no_material():
    """Near miss: 课件 as what the units study, not what they send."""
    assert material_names("请各单位组织学习课件内容，于5月1日前报送学习情况总结。") == ["学习情况总结"]
    assert material_names("请各单位组织干部学习课件，于5月1日前报送学习情况总结。") == ["学习情况总结"]


# ---------------------------------------------------------------- 以上两项材料: the items of the section above

def parts(body: str) -> list[list[tuple[str, tuple[str, ...]]]]:
    return [[(p["kind"], tuple(p.get("formats") or ())) for p in r.parts]
            for r in draft_campaign(notice(body), ROSTER).requirements]


ITEMS = ("一、报送内容\n（一）《文物安全巡查情况统计表》（Excel格式），统计时段为7月1日至9月30日；\n"
         "（二）第三季度文物安全工作报告，经本单位主要负责同志签字并加盖公章后扫描为PDF文件。\n"
         "二、报送方式\n报送邮箱：jcwwaq@163.com\n")


def test_the_items_of_the_section_above_a_mailbox_line_are_what_two_items_send():
    """二、报送方式 holds only the mailbox and the sending sentence: what 以上两项材料 sends is 一's two items, the Excel
    统计表 and the signed and stamped 报告 as a PDF scan (its form said after its name)."""
    body = ITEMS + "请于10月10日（星期五）下午4点前，将以上两项材料通过电子邮件报送。"
    (got,) = parts(body)
    assert sorted(formats[0] for _, formats in got) == ["pdf", "xlsx"]
    (r,) = draft_campaign(notice(body), ROSTER).requirements
    assert "统计表" in r.title and "工作报告" in r.title and "两项材料" not in r.title


def test_a_condition_after_an_item_is_no_form_of_it():
    """Near miss: a clause after an item naming another thing in a format (已报送的PDF版台账) says nothing of the item's
    form, nor does a condition (本季度无巡查的…): the 统计表 stays one Excel part."""
    body = ("一、报送内容\n（一）《文物安全巡查情况统计表》（Excel格式），数据须与已报送的PDF版巡查台账一致，本季度无巡查的，"
            "可在表中注明“无”；\n"
            "（二）第三季度文物安全工作总结（Word格式）。\n二、报送方式\n报送邮箱：jcwwaq@163.com\n"
            "请于10月10日前，将以上两项材料通过电子邮件报送。")
    (got,) = parts(body)
    assert sorted(formats[0] for _, formats in got) == ["docx", "xlsx"]


# ---------------------------------------------------------------- OFD, and formats a bracket refuses

def test_an_ofd_asked_instead_of_a_pdf_is_the_stamped_papers_file():
    """（二）…说明，须加盖本单位电子印章，并以OFD版式文件报送（不接受PDF、Word格式）: the refused formats are none asked; the
    stamped paper is an OFD."""
    body = ("一、报送内容\n（一）《文物安全巡查情况统计表》（Excel格式）；\n"
            "（二）文物安全工作情况说明，须加盖本单位电子印章，并以OFD版式文件报送（不接受PDF、Word格式）。\n"
            "二、报送方式\n请于10月10日前，将上述两项材料发送至jcwwaq@163.com。")
    (got,) = parts(body)
    assert sorted(formats for _, formats in got) == [("ofd",), ("xlsx", "xls", "et", "csv")]


def test_a_scan_as_pdf_or_ofd_takes_both():
    """Near miss: 扫描成PDF或OFD格式 offers both; a bracket that asks (（PDF格式）) is no refusal."""
    body = ("请各乡镇于10月10日前将《文物安全责任书》（见附件），经主要负责人签字并加盖单位公章后，扫描成PDF或OFD格式，"
            "发送至jcwwaq@163.com。")
    (got,) = parts(body)
    assert ("document", ("pdf", "ofd")) in got

"""Held-out mailboxes 38 and 39: a training company's mailing (an unsubscribe line, a 报名回执 attached) and a
system's broadcast (本邮件由…系统自动发送) are ignored, a system relaying a unit's files is not; a town that fills in
the departments' form by mistake and sends its photos with it has sent the photos its own campaign asks."""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

import pytest
from PIL import Image
from route_helpers import SH, _docx, held_out_campaigns, mail, place

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed"))
from mixed_docs import fixed_xlsx  # noqa: E402

MAY_2049 = dt.datetime(2049, 5, 15, 10, 0, tzinfo=SH)
APRIL_2048 = dt.datetime(2048, 4, 12, 10, 0, tzinfo=SH)
TZ = "2049-05-07-xzfxwzcbtz"  # 乡镇防汛物资储备台账: the 28 towns and townships, the 台账 and at least 3 photos


def jpeg(seed: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (seed * 40 % 256, 90, 120)).save(out, "JPEG")
    return out.getvalue()


def test_a_mailing_with_an_unsubscribe_line_is_ignored_though_it_carries_a_form():
    raw = mail("关于举办2048年一季度安全生产管理人员培训班的通知",
               "各有关单位：\n我中心定于4月20日至22日举办安全生产管理人员培训班，请按附件报名回执报名。\n培训费：1800元/人。\n"
               "（如不希望再收到此类邮件，请回复TD退订）", {"报名回执.docx": _docx(["报名回执", "单位", "姓名"])},
               sender="peixun2048@zhonganhuapei.com.cn", name="中安华培安全生产培训中心")
    m = place(held_out_campaigns("mixed38"), raw, APRIL_2048)
    assert m.state == "ignored" and "不希望再收到" in m.reason, m.reason


def test_a_systems_broadcast_is_ignored():
    raw = mail("【暴雨蓝色预警】建昌县气象台发布暴雨蓝色预警信号",
               "预计未来12小时，我县大部地区将出现50毫米以上降雨。请各乡镇、县直各单位做好防汛物资和抢险队伍准备。\n"
               "（本邮件由建昌县气象灾害预警信息发布系统自动发送，请勿回复）", sender="yjxx@jcqx.lnmb.cn", name="建昌县气象台")
    m = place(held_out_campaigns("mixed39"), raw, MAY_2049)
    assert m.state == "ignored" and "自动发送" in m.reason, m.reason


def test_a_system_relaying_files_is_no_broadcast():
    raw = mail("防汛物资储备台账", "本邮件由建昌县协同办公系统自动发送，请勿回复。",
               {"乡镇防汛物资储备台账.xlsx": _docx(["乡镇防汛物资储备台账"])}, sender="noreply@jcoa.gov.cn")
    m = place(held_out_campaigns("mixed39"), raw, MAY_2049)
    assert m.state != "ignored", m.reason


def departments_form(town: str) -> dict[str, bytes]:
    return {f"{town}县直单位防汛物资储备情况统计表.xlsx": fixed_xlsx(
        [["县直单位防汛物资储备情况统计表"], ["填报单位：", f"{town}人民政府"], ["序号", "物资类别", "物资名称", "数量"],
         [1, "救生器材", "救生圈", 162]])}


def test_photos_its_one_campaign_asks_beside_another_campaigns_form_are_that_campaigns():
    files = departments_form("汤神庙镇") | {f"IMG_2049051{k}_091120.jpg": jpeg(k) for k in range(3)}
    raw = mail("汤神庙镇防汛物资统计", "县政府办公室：\n我镇防汛物资储备情况统计表及照片见附件。\n汤神庙镇党政办", files)
    m = place(held_out_campaigns("mixed39"), raw, MAY_2049)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", TZ, "汤神庙镇", ["tz"]), m.reason
    assert "不算本项材料" in m.reason, m.reason


def test_the_other_campaigns_form_alone_still_goes_to_a_person():
    raw = mail("汤神庙镇防汛物资统计", "县政府办公室：\n我镇防汛物资储备情况统计表见附件。\n汤神庙镇党政办",
               departments_form("汤神庙镇"))
    m = place(held_out_campaigns("mixed39"), raw, MAY_2049)
    assert (m.state, m.unit) == ("needs_review", "汤神庙镇") and "不在该活动的报送单位中" in m.reason, m.reason


# ---------------------------------------------------------------- mixed40: a test mail, a look-alike sender, 经开区, 工作

JUNE_2050 = dt.datetime(2050, 6, 20, 10, 0, tzinfo=SH)
ZJ = "2050-06-08-sbnyhyshjgzzj"  # 2050年上半年优化营商环境工作总结: the departments and the zone, one Word 总结


@pytest.mark.parametrize("subject, body", [
    ("测试", "测试邮件，收到勿回。\n医保窗口 熊晓杰\n\n--\n发自网易邮箱大师"),
    ("test", ""),
    ("无主题", "测试\n"),
])
def test_a_test_mail_of_nothing_is_ignored(subject, body):
    m = place(held_out_campaigns("mixed40"), mail(subject, body, sender="037216860@163.com"), JUNE_2050)
    assert m.state == "ignored" and "测试" in m.reason, m.reason


def test_a_test_word_in_a_mail_with_a_file_is_read_as_any_mail():
    raw = mail("测试", "测试", {"报告.docx": _docx(["建昌县医保局2050年上半年优化营商环境工作总结"])}, sender="037216860@163.com")
    assert place(held_out_campaigns("mixed40"), raw, JUNE_2050).state != "ignored"


def test_a_sender_posing_as_the_collecting_mailbox_is_ignored():
    raw = mail("关于报送2050年上半年优化营商环境工作总结的通知（补充说明）",
               "各单位：\n因邮箱系统升级，请下载附件登录报送系统查看补充说明。\n县政府办公室",
               {"补充通知查看.html": b"<html><body>login</body></html>"}, sender="jc7710089@163-mail-verify.top")
    m = place(held_out_campaigns("mixed40"), raw, JUNE_2050)
    assert m.state == "ignored" and "钓鱼" in m.reason and "jc7710089@163.com" in m.reason, m.reason


def test_a_zone_calling_itself_jingkaiqu_is_the_zone():
    raw = mail("八家子经开区上半年营商环境工作总结", "县政府办公室：\n我区上半年总结见附件。\n八家子经开区管委会办公室",
               {"经开区2050年上半年优化营商环境工作总结.docx": _docx(["八家子经开区2050年上半年优化营商环境工作总结"])})
    m = place(held_out_campaigns("mixed40"), raw, JUNE_2050)
    assert (m.state, m.campaign, m.unit) == ("filed", ZJ, "八家子经济开发区"), m.reason


def test_a_paper_named_with_gongzuo_before_its_noun_is_the_paper_asked():
    """The campaign's words are 营商环境总结 / 环境总结; the units title it …营商环境工作总结."""
    raw = mail("发改局营商环境总结", "县政府办公室：\n我局总结见附件。\n建昌县发展和改革局",
               {"县发改局2050年上半年优化营商环境工作总结.docx": _docx(["建昌县发展和改革局2050年上半年优化营商环境工作总结"])})
    m = place(held_out_campaigns("mixed40"), raw, JUNE_2050)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", ZJ, "县发改局", ["zj"]), m.reason


def test_spellings_put_gongzuo_only_before_a_papers_noun():
    from collector.match.words import spellings

    assert spellings("营商环境总结") == ("营商环境总结", "营商环境工作总结")
    assert spellings("工作总结") == ("工作总结",) and spellings("自查情况报告") == ("自查情况报告",)
    assert spellings("统计表") == ("统计表",)

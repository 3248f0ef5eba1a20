"""Held-out mailbox 62 (round 60a): what it showed the collector missing, on mails and files written for these tests
(the campaigns are mixed55's 乡村振兴成果展影像资料 of the towns — a 登记表, photo originals and a drone video, the two
last “较大的可使用…百度网盘等方式发送下载链接” — and, for the status, a campaign of the same shape written here).

A share link whose 提取码 the sender says is to come later (提取码明天短信发给您) cannot be opened from the mail: it counts
for no part, and a mail that is nothing else waits for a person; a link given with its 提取码 is a drive's share,
whichever the drive (a 360 or 联通 drive the known list need not name). In drafting, an hour said once for every date
before it (…、6月10日前报送…，截止时间均为当日17时) is each date's hour, not the last one's only."""

from __future__ import annotations

import datetime as dt

from route_helpers import SH, held_out_campaigns, mail, place
from test_download_links import REGISTER, TABLE, VIDEO, campaign, msg
from test_drafting_820s import drafted
from test_route_round55 import xlsx

from collector.parsers.links import cloud_drive_shares, openable_shares, shares_awaiting_a_code
from collector.status import parts_present

SC = "2065-10-12-qxxczxcgzyxzl"
OCT_20_2065 = dt.datetime(2065, 10, 20, 15, 0, tzinfo=SH)


# ---------------------------------------------------------------- a share whose code is to follow


def test_a_share_whose_code_is_to_come_later_brings_nothing():
    c = campaign([VIDEO, TABLE])
    body = "航拍视频在百度网盘：https://pan.baidu.com/s/1QwErTyUiOp\n提取码明天短信发给您。登记表见附件。"
    assert parts_present(msg(1, REGISTER, body=body), c.requirements[0], c) == {"video": 0, "table": 1}
    reversed_order = "视频链接：https://pan.quark.cn/s/7a6b5c4d3e，随后微信告知提取码。"
    assert shares_awaiting_a_code(reversed_order) == ["https://pan.quark.cn/s/7a6b5c4d3e"]


def test_a_share_with_its_code_given_or_in_the_link_still_counts():
    c = campaign([VIDEO, TABLE])
    given = "航拍视频在百度网盘：https://pan.baidu.com/s/1QwErTyUiOp\n提取码：q7w3。登记表见附件。"
    assert parts_present(msg(1, REGISTER, body=given), c.requirements[0], c)["video"] == 1
    in_the_link = "航拍视频：https://pan.baidu.com/s/1QwErTyUiOp?pwd=q7w3 （提取码另发）"
    assert parts_present(msg(2, REGISTER, body=in_the_link), c.requirements[0], c)["video"] == 1
    told_already = "航拍视频：https://pan.baidu.com/s/1QwErTyUiOp 提取码已电话告知王科长"  # the clerk has it
    assert openable_shares(told_already) == ["https://pan.baidu.com/s/1QwErTyUiOp"]


def test_a_mail_of_nothing_but_a_share_whose_code_is_to_follow_waits_for_a_person():
    body = ("县政府办公室：\n我乡成果展航拍视频和照片原图已上传百度网盘：\n链接：https://pan.baidu.com/s/1ZxCvBnM\n"
            "提取码稍后电话告知。\n喇嘛洞镇党政办")
    m = place(held_out_campaigns("mixed55"), mail("喇嘛洞镇成果展航拍视频和照片原图", body), OCT_20_2065)
    assert m.state == "needs_review"
    given = body.replace("提取码稍后电话告知。", "提取码：z8x6")
    m = place(held_out_campaigns("mixed55"), mail("喇嘛洞镇成果展航拍视频和照片原图", given), OCT_20_2065)
    assert (m.state, m.unit, m.requirements) == ("filed", "喇嘛洞镇", ["sc"])


def test_a_filed_mail_says_its_share_is_not_counted_until_the_code_comes():
    register = xlsx([["影像资料登记表"], ["报送单位", "喇嘛洞镇"], ["序号", "名称", "类型"], [1, "航拍视频", "视频"]])
    body = ("县政府办公室：\n登记表见附件，航拍视频和照片原图在百度网盘：\nhttps://pan.baidu.com/s/1ZxCvBnM\n"
            "提取码稍后电话告知。\n喇嘛洞镇党政办")
    m = place(held_out_campaigns("mixed55"), mail("喇嘛洞镇成果展影像资料", body, {"喇嘛洞镇影像资料登记表.xlsx": register}),
              OCT_20_2065)
    assert (m.state, m.unit, m.requirements) == ("filed", "喇嘛洞镇", ["sc"])
    assert "提取码" in m.reason and "未计入" in m.reason and "已计入" not in m.reason


# ---------------------------------------------------------------- any drive's share


def test_a_link_given_with_its_code_is_a_share_whatever_the_drive():
    text = "视频放在360安全云盘：https://yunpan.360.cn/surl_yR4kLmN8 提取码：8d2c\n登记表见附件。"
    assert cloud_drive_shares(text) == ["https://yunpan.360.cn/surl_yR4kLmN8"]
    c = campaign([VIDEO, TABLE])
    assert parts_present(msg(1, REGISTER, body=text), c.requirements[0], c)["video"] == 1


def test_a_page_without_a_code_or_a_code_after_another_link_makes_no_share():
    assert cloud_drive_shares("模板见 https://www.jianchang.gov.cn/zwgk/tzgg/ 第3条，密码：abcd1234") == []
    two = "政策原文 https://www.jianchang.gov.cn/zwgk/1.html\n视频 https://pan.baidu.com/s/1PoIuY 提取码：k2j3"
    assert cloud_drive_shares(two) == ["https://pan.baidu.com/s/1PoIuY"]


def test_a_unicom_drive_share_is_a_known_drive():
    share = "我通过联通云盘给你分享了“巴什罕乡航拍.mp4” 链接：https://pan.wo.cn/s/ab12cd34ef56 复制链接到浏览器打开"
    assert cloud_drive_shares(share) == ["https://pan.wo.cn/s/ab12cd34ef56"]


# ---------------------------------------------------------------- drafting: one hour for every date


def dues(body: str) -> list[dt.datetime]:
    return [r.due.replace(tzinfo=None) for r in drafted(body).requirements]


QUARTERS = "一、请各乡镇于3月10日前报送一季度安全生产检查表、6月10日前报送二季度安全生产检查表"


def test_an_hour_said_for_all_the_dates_before_it_is_each_ones():
    assert dues(QUARTERS + "，截止时间均为当日17时。请发送至jcaj@163.com。") == [
        dt.datetime(2026, 3, 10, 17, 0), dt.datetime(2026, 6, 10, 17, 0)]
    next_sentence = QUARTERS + "。以上时间均为当日下午4时前。请发送至jcaj@163.com。"
    assert dues(next_sentence) == [dt.datetime(2026, 3, 10, 16, 0), dt.datetime(2026, 6, 10, 16, 0)]


def test_an_hour_without_all_or_an_hour_something_starts_is_no_hour_for_every_date():
    assert dues(QUARTERS + "，当日17时截止。请发送至jcaj@163.com。") == [  # the last date's only (timed_after)
        dt.datetime(2026, 3, 10, 23, 59, 59), dt.datetime(2026, 6, 10, 17, 0)]
    assert dues(QUARTERS + "，两次培训均为当日9时开始。请发送至jcaj@163.com。") == [
        dt.datetime(2026, 3, 10, 23, 59, 59), dt.datetime(2026, 6, 10, 23, 59, 59)]

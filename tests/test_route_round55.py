"""Held-out mailboxes 55 and 56: what they showed the collector missing, on mails and files written for these tests
(the campaigns are the ones the clerk loaded: mixed55's 成果展影像资料 of the towns, asked as files and download
links; mixed56's 安全生产月 of the towns and departments, and the 推进会's 参会回执, typed or as a form).

“请以原片为准” chooses between the two forms of a file in one mail, it corrects nothing sent before; a 联系人 line under
a table's mail is who to call, not another notice's 回执; Chinese bytes labelled iso-8859-1 are read as GBK; a body
opening with “X参加…人员如下：” is X's answer; a unit forwarding its own mail (sent to a mistyped address) forwards
its own words; a name with the mobile in brackets is a name beside a phone."""

from __future__ import annotations

import datetime as dt
import io

from route_helpers import SH, held_out_campaigns, mail, office_quote, place

from collector.parsers import parse_message

SC = "2065-10-12-qxxczxcgzyxzl"  # 成果展影像资料: 登记表, photos, video
AQ, HY = "2066-05-28-aqscyhdkzqk", "2066-06-21-qxzjfaqzxzzgztjh"  # 安全生产月; 推进会 回执
OCT_20_2065 = dt.datetime(2065, 10, 20, 15, 0, tzinfo=SH)
JUNE_22_2066 = dt.datetime(2066, 6, 22, 10, 0, tzinfo=SH)
JUNE_28_2066 = dt.datetime(2066, 6, 28, 16, 0, tzinfo=SH)


def xlsx(rows: list[list]) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_the_original_prevailing_over_a_preview_in_the_same_mail_is_no_correction():
    register = xlsx([["影像资料登记表"], ["填报单位：", "巴什罕乡人民政府"], ["文件名", "类型", "拍摄时间", "地点", "内容"],
                     ["巴什罕乡航拍.mp4", "视频", "2065-10-15", "巴什罕乡", "航拍"]])
    raw = mail("巴什罕乡乡村振兴成果展影像资料",
               "县政府办：\n视频附件是低码率的预览版，高清原片放在网盘里，请以原片为准。登记表见附件。\n巴什罕乡党政办",
               {"巴什罕乡影像资料登记表.xlsx": register, "巴什罕乡航拍（预览）.mp4": b"\0\0\0\x18ftypmp42" + b"\0" * 64})
    m = place(held_out_campaigns("mixed55"), raw, OCT_20_2065)
    assert (m.state, m.campaign, m.unit) == ("filed", SC, "巴什罕乡")
    assert not m.is_correction


def test_a_new_version_to_prevail_is_still_a_correction():
    register = xlsx([["影像资料登记表"], ["填报单位：", "巴什罕乡人民政府"], ["文件名", "类型"], ["巴什罕乡航拍.mp4", "视频"]])
    raw = mail("巴什罕乡成果展影像资料登记表（修改）", "县政府办：\n登记表漏了两行，重新发一版，以此为准。\n巴什罕乡党政办",
               {"巴什罕乡影像资料登记表.xlsx": register})
    assert place(held_out_campaigns("mixed55"), raw, OCT_20_2065).is_correction


def statistics_table(town: str) -> bytes:
    return xlsx([["2066年“安全生产月”活动开展情况统计表"], ["填报单位：", f"{town}人民政府", "填报日期：", "2066年6月28日"],
                 ["活动项目", "开展次数", "参与人数"], ["安全宣传咨询日", 2, 160], ["应急演练", 1, 80]])


def test_a_contact_line_under_a_tables_mail_answers_no_other_notices_receipt():
    raw = mail("养马甸子乡安全生产月活动开展情况统计表",
               "县政府办公室：\n附件是我乡安全生产月活动开展情况统计表，请审阅。\n联系人：高立伟  13604291234",
               {"养马甸子乡2066年“安全生产月”活动开展情况统计表.xlsx": statistics_table("养马甸子乡")})
    m = place(held_out_campaigns("mixed56"), raw, JUNE_28_2066)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", AQ, "养马甸子乡", ["statistics"])


def test_a_receipt_typed_beside_a_table_still_asks_a_person():
    raw = mail("养马甸子乡安全生产月统计表及推进会回执",
               "县政府办公室：\n附件是我乡安全生产月活动开展情况统计表。\n推进会参会回执：参会人员姓名：韩东 副乡长 13604295678，"
               "姓名：刘颖 村镇建设助理 13904296789\n联系人：高立伟  13604291234",
               {"养马甸子乡2066年“安全生产月”活动开展情况统计表.xlsx": statistics_table("养马甸子乡")})
    m = place(held_out_campaigns("mixed56"), raw, JUNE_22_2066)
    assert m.state == "needs_review" and "两项活动" in m.reason


def test_chinese_bytes_labelled_latin1_are_read_as_gbk():
    subject = "小德营子乡参会回执".encode("gbk")
    body = "县政府办公室：\n姓名：王海 职务：副乡长 手机号码：13904291111\n小德营子乡党政办\n".encode("gbk")
    words = "".join(f"={b:02X}" for b in subject)
    raw = (f"From: =?iso-8859-1?Q?{words}?= <xdyz1960@yeah.net>\r\nTo: jc7710089@163.com\r\n"
           f"Subject: =?iso-8859-1?Q?{words}?=\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=\"iso-8859-1\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n").encode("ascii")
    parsed = parse_message(raw + body.replace(b"\n", b"\r\n"))
    assert parsed.subject == "小德营子乡参会回执" and parsed.from_name == "小德营子乡参会回执"
    assert "副乡长" in parsed.body_text
    m = place(held_out_campaigns("mixed56"), raw + body.replace(b"\n", b"\r\n"), JUNE_22_2066)
    assert (m.state, m.campaign, m.unit) == ("filed", HY, "小德营子乡")


def test_latin_words_under_a_latin_label_stay_latin():
    raw = ("From: =?iso-8859-1?Q?Jo=E3o_Concei=E7=E3o?= <joao@example.pt>\r\nTo: jc7710089@163.com\r\n"
           "Subject: =?iso-8859-1?Q?Forma=E7=E3o?=\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=\"iso-8859-1\"\r\n\r\nOl\xe1, a forma\xe7\xe3o.\r\n").encode("latin-1")
    parsed = parse_message(raw)
    assert (parsed.subject, parsed.from_name) == ("Formação", "João Conceição")
    assert "formação" in parsed.body_text


def test_a_body_opening_with_the_unit_and_its_list_names_the_unit():
    text = ("县政府办公室：\n巴什罕乡人民政府参加推进会议人员如下：\n1. 郭振，副乡长，13504291212\n2. 许亮，村镇建设助理，13704291313"
            + office_quote("关于召开全县自建房安全专项整治工作推进会议的通知", "各乡镇人民政府：\n请各单位报送参会回执。"))
    raw = mail("回复：关于召开全县自建房安全专项整治工作推进会议的通知", text, sender="bsh_gov88@qq.com", name="郭振")
    m = place(held_out_campaigns("mixed56"), raw, JUNE_22_2066)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", HY, "巴什罕乡", ["reply"])


def own_forward(sender: str, quoted_from: str) -> bytes:
    text = ("上午发错地址被退回，现转发。\n谷杖子乡党政办\n\n------------------ 原始邮件 ------------------\n"
            f"发件人: \"谷杖子乡党政办\"<{quoted_from}>;\n发送时间: 2066年6月22日(星期二) 上午8:30\n"
            "收件人: \"jc7710089\"<jc7710089@162.com>;\n主题: 谷杖子乡参会回执\n\n县政府办公室：\n"
            "姓名：孟凡 职务：副乡长 手机号码：15804291414 是否参会：是\n谷杖子乡党政办")
    return mail("Fw: 谷杖子乡参会回执", text, sender=sender)


def test_a_units_own_mail_forwarded_after_a_mistyped_address_carries_its_answer():
    m = place(held_out_campaigns("mixed56"), own_forward("gzz_dzb@163.com", "gzz_dzb@163.com"), JUNE_22_2066)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", HY, "谷杖子乡", ["reply"])


def test_someone_elses_quoted_mail_is_not_the_senders_own_words():
    from collector.match.units import own_mail_forwarded

    raw = own_forward("gzz_dzb@163.com", "another_one@126.com")
    parsed = parse_message(raw)
    assert own_mail_forwarded(parsed.subject, parsed.body_text, parsed.from_addr) == ""
    parsed = parse_message(own_forward("gzz_dzb@163.com", "gzz_dzb@163.com"))
    assert "孟凡" in own_mail_forwarded(parsed.subject, parsed.body_text, parsed.from_addr)


def test_a_name_with_the_mobile_in_brackets_is_a_name_beside_a_phone():
    from collector.match.requirements import field_found

    (req,) = [c for c in held_out_campaigns("mixed56") if c.id == HY][0].requirements
    names = next(p for p in req.parts if p.id == "names")
    assert field_found(names, "我乡副乡长孟凡（手机15804291414）、村镇建设助理刘洋（手机13804291515）已参会。", req)
    assert not field_found(names, "如有疑问请致电（0429-7712160）。", req)

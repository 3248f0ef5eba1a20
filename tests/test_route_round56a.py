"""Held-out mailbox 57: what it showed the collector missing, on mails and files written for these tests (the
campaigns are mixed57's as the clerk loaded them: the 无纸化会议和电子公文使用情况问卷调查 of every unit, answered by a field
read from the 问卷 or the body, whose notice lets the printed 问卷 be filled by hand and photographed; the 《建昌年鉴
（2067）》供稿 of twelve units, a Word 初稿 and then the 定稿 signed, stamped and scanned to PDF).

A photo of the paper form is the answer where the notice allows it; “请以正文为准” chooses between the body and the
attached form, it corrects nothing; an OA system's HTML page labelled text/plain is read as the page, its table's
questions answered in the next cell; a unit's lines on the office's reply to its own answer complete that answer; a
mail whose salutation names the city's office was meant for it; a Word file saved as PDF, neither signed nor stamped,
is no signed scan; a password sent in a mail of its own files nothing, and opens the held mail's zip at the run's end."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import random
import sys
from email.message import EmailMessage
from pathlib import Path

from route_helpers import SH, held_out_campaigns, mail, place
from test_route_round54 import seal_picture, typed_pdf

from collector.parsers import parse_message

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed35"))
from mixed35_docs import zipcrypto_zip  # noqa: E402

WJ, NJ = "2067-03-07-qxjgwzhhyhdzgwsy", "2067-03-10-jcnj2gg"  # 无纸化问卷 (field ``answer``); 年鉴 初稿 cg, 定稿 dg
MARCH_12 = dt.datetime(2067, 3, 12, 10, 0, tzinfo=SH)
MARCH_15 = dt.datetime(2067, 3, 15, 15, 0, tzinfo=SH)
MARCH_22 = dt.datetime(2067, 3, 22, 9, 30, tzinfo=SH)
APRIL_19 = dt.datetime(2067, 4, 19, 11, 0, tzinfo=SH)
OFFICE = "jc7710089@163.com"


def campaigns():
    return held_out_campaigns("mixed57")


def routed(raw: bytes, when: dt.datetime = MARCH_12, cs=None):
    return place(cs or campaigns(), raw, when)


def desk_photo(seed: int = 3) -> bytes:
    """A phone's photo of a filled paper form on a desk: a grey-brown ground, the sheet, its ruled rows and handwriting."""
    from PIL import Image, ImageDraw

    r = random.Random(seed)
    img = Image.new("RGB", (1200, 900), (120, 100, 80))
    d = ImageDraw.Draw(img)
    d.rectangle((150, 60, 1050, 860), fill=(245, 243, 236))
    for k in range(8):
        d.line((190, 160 + 80 * k, 1010, 160 + 80 * k), fill=(30, 30, 30), width=2)
        d.line([(600 + 30 * j, 130 + 80 * k + r.randint(-8, 8)) for j in range(10)], fill=(20, 40, 160), width=4)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85)
    return out.getvalue()


def with_notice(campaign, notice_text: str):
    """The campaign as loaded, its notice's text another one (what the drafter would keep of another notice)."""
    return dataclasses.replace(campaign, notice_text=notice_text)


# ---------------------------------------------------------------- the paper form, filled by hand and photographed


def test_a_photo_of_the_paper_form_answers_a_survey_whose_notice_allows_it():
    raw = mail("药王庙镇无纸化问卷", "县政府办公室：\n纸质问卷已手工填好，拍照发送。\n药王庙镇党政办", {"IMG_20670311_0915.jpg": desk_photo()},
               sender="ywmz_dzb@163.com")
    m = routed(raw)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", WJ, "药王庙镇", ["wj"]), m.reason
    assert "拍照报送" in m.reason and "人工查看" in m.reason, m.reason


def test_the_notice_that_lets_a_form_be_photographed():
    from collector.match.paper_form import photographed_forms_allowed

    (wj,) = [c for c in campaigns() if c.id == WJ]
    assert photographed_forms_allowed(wj)  # 不便使用电脑的，可打印问卷手工填写后拍照发送
    assert photographed_forms_allowed(with_notice(wj, "二、纸质表填好后拍照上传至邮箱。"))
    assert not photographed_forms_allowed(with_notice(wj, "二、请填写问卷后发送，请勿手工填写后拍照发送。"))
    assert not photographed_forms_allowed(with_notice(wj, "二、请在邮件正文中逐项回复。活动现场请拍照发送。"))


def test_photos_alone_still_go_to_a_person_where_the_notice_does_not_allow_them():
    (wj,) = [c for c in campaigns() if c.id == WJ]
    others = [c for c in campaigns() if c.id != WJ]
    plain = with_notice(wj, wj.notice_text.replace("不便使用电脑的，可打印问卷手工填写后拍照发送，照片须清晰完整。", ""))
    raw = mail("药王庙镇无纸化问卷", "县政府办公室：\n问卷照片见附件。\n药王庙镇党政办", {"IMG_0915.jpg": desk_photo()},
               sender="ywmz_dzb@163.com")
    m = routed(raw, cs=[plain, *others])
    assert m.state == "needs_review" and "不要求照片" in m.reason, m.reason


def test_a_photo_of_the_paper_form_counts_as_the_answer_in_the_status():
    from collector.status import FiledFile, FiledMail, parts_present

    (wj,) = [c for c in campaigns() if c.id == WJ]
    (req,) = wj.requirements

    def brought(atts, campaign=wj) -> dict:
        msg = FiledMail("s1", None, MARCH_12, "ywmz_dzb@163.com", "", "问卷照片见附件。", False, atts, ["wj"], "药王庙镇无纸化问卷")
        return parts_present(msg, req, campaign)

    photo = FiledFile("IMG_0915.jpg", "photo", "", False, 1200, 900, content_type="image/jpeg", sha256="p1")
    assert brought([photo]) == {"answer": 1}
    plain = with_notice(wj, "请在邮件正文中按题号逐项回复。")
    assert brought([photo], plain) == {"answer": 0}
    form = FiledFile("问卷.docx", "document", "机关无纸化会议和电子公文使用情况调查问卷\n填报单位：", False, None, None)
    assert brought([form, photo]) == {"answer": 0}  # a blank form beside a picture: the figures are to be read


# ---------------------------------------------------------------- 请以正文为准


def test_the_body_prevailing_over_the_attached_form_in_the_same_mail_is_no_correction():
    raw = mail("汤神庙镇无纸化问卷",
               "县政府办公室：\n一、是\n二、召开内部会议18次，其中无纸化会议2次\n三、平板电脑2台，笔记本电脑5台\n四、无\n五、刘洋 13904291234\n"
               "（附件问卷未填写，请以正文为准）\n汤神庙镇党政办", {"调查问卷.docx": b"PK\x03\x04 blank"}, sender="tsmz2067@163.com")
    m = routed(raw)
    assert (m.state, m.unit, m.requirements) == ("filed", "汤神庙镇", ["wj"]), m.reason
    assert not m.is_correction


def test_a_corrected_answer_saying_the_body_prevails_is_still_a_correction():
    raw = mail("汤神庙镇无纸化问卷（更正）",
               "县政府办公室：\n更正：三、平板电脑3台，笔记本电脑5台，以正文为准。\n汤神庙镇党政办", sender="tsmz2067@163.com")
    assert routed(raw).is_correction


# ---------------------------------------------------------------- an HTML page sent as text/plain


OA_PAGE = ("<html><head><meta charset=\"utf-8\"></head><body>\n<p>县政府办公室：</p>\n<p>我局问卷答复如下：</p>\n<table>\n"
           "<tr><td>填报单位</td><td>建昌县自然资源局</td></tr>\n"
           "<tr><td>一</td><td>本单位是否已使用县电子公文系统收发文件（是/否）</td><td>是</td></tr>\n"
           "<tr><td>二</td><td>2066年召开内部会议次数（次）</td><td>召开内部会议31次，其中无纸化会议4次</td></tr>\n"
           "<tr><td>三</td><td>平板电脑、笔记本电脑数量（台）</td><td>平板电脑2台，笔记本电脑6台</td></tr>\n"
           "</table>\n<p>建昌县自然资源局办公室</p>\n<p>本邮件由自然资源局协同办公系统自动发送，请勿回复。</p>\n</body></html>\n")


def oa_mail(page: str, subject: str = "无纸化问卷答复") -> bytes:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = "协同办公系统 <oa@jczrzy.cn>", OFFICE, subject
    m.set_content(page)  # text/plain, as PHPMailer sends it when IsHTML is left off
    return m.as_bytes()


def test_a_survey_answered_in_an_oa_systems_page_sent_as_plain_text_is_filed():
    m = routed(oa_mail(OA_PAGE), MARCH_15)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", WJ, "县自然资源局", ["wj"]), m.reason


def test_an_oa_systems_page_answering_nothing_is_still_a_systems_mail():
    page = OA_PAGE.split("<table>")[0] + "<p>您有一条待办公文，请登录系统查看。</p>\n" + OA_PAGE.split("</table>")[1]
    m = routed(oa_mail(page, "待办提醒"), MARCH_15)
    assert m.state == "ignored" and "系统自动发送" in m.reason, m.reason


def test_a_question_in_a_table_row_with_its_answer_in_the_next_cell_is_no_question():
    from collector.match.requirements import _asks

    assert not _asks("一| 本单位是否已使用县电子公文系统收发文件（是/否）| 否")
    assert not _asks("一\t本单位是否已接入电子政务外网\t是")
    assert _asks("一| 本单位是否需要报送纸质版？")


# ---------------------------------------------------------------- the office's second round


def second_round(own: str, first_sender: str = "lldzb2067@163.com") -> bytes:
    body = (f"{own}\n\n------------------ 原始邮件 ------------------\n发件人: \"县政府办公室\"<{OFFICE}>;\n"
            "发送时间: 2067年3月14日(星期一) 上午9:10\n收件人: \"玲珑塔镇\"<lldzb2067@163.com>;\n主题: 回复：玲珑塔镇无纸化问卷\n\n"
            "玲珑塔镇：\n你单位问卷第五题的手机号码少一位，请核实后回复。\n县政府办公室\n\n"
            f"------------------ 原始邮件 ------------------\n发件人: \"玲珑塔镇\"<{first_sender}>;\n"
            "发送时间: 2067年3月11日(星期五) 上午10:02\n收件人: \"县政府办公室\"<jc7710089@163.com>;\n主题: 玲珑塔镇无纸化问卷\n\n"
            "县政府办公室：\n我镇问卷答复如下：\n一、是\n二、召开内部会议20次，其中无纸化会议2次\n三、平板电脑1台，笔记本电脑3台\n"
            "四、无\n五、孙伟 1390429123\n玲珑塔镇党政办")
    return mail("回复：回复：玲珑塔镇无纸化问卷", body, sender="lldzb2067@163.com")


def test_a_correction_on_the_offices_reply_to_the_units_answer_answers_the_survey():
    m = routed(second_round("县政府办公室：\n更正：第五题手机号码为13904291235，其余不变。\n玲珑塔镇党政办"), MARCH_15)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", WJ, "玲珑塔镇", ["wj"]), m.reason
    assert m.is_correction


def test_a_promise_to_complete_the_answer_later_is_not_the_answer():
    m = routed(second_round("收到，我镇核实后尽快补充。\n玲珑塔镇党政办"), MARCH_15)
    assert m.state != "filed", m.reason


def test_a_correction_under_another_senders_answer_is_not_read_as_its_own():
    m = routed(second_round("更正：第五题手机号码为13904291235。\n玲珑塔镇党政办", first_sender="sunwei88@qq.com"), MARCH_15)
    assert m.state != "filed", m.reason


# ---------------------------------------------------------------- a mail written to the city's office


CITY_ANSWERS = "按要求报送我镇调查问卷答复：\n一、是\n二、召开内部会议16次\n三、平板电脑2台，笔记本电脑4台\n大屯镇党政办"


def test_a_mail_whose_salutation_names_the_citys_office_goes_to_a_person():
    """大屯镇 answers the city's own 调查问卷 and sends it to the county's box: it was meant for the city."""
    m = routed(mail("大屯镇调查问卷", f"市政务服务数据管理局：\n{CITY_ANSWERS}", sender="dtzdzb@163.com"))
    assert m.state == "needs_review" and "市政务服务数据管理局" in m.reason and "其他机关" in m.reason, m.reason


def test_the_same_mail_to_the_county_office_is_read_as_before():
    m = routed(mail("大屯镇调查问卷", f"县政府办公室：\n{CITY_ANSWERS}", sender="dtzdzb@163.com"))
    assert (m.state, m.unit, m.requirements) == ("filed", "大屯镇", ["wj"]), m.reason


def test_which_salutations_name_a_higher_office():
    from collector.match.elsewhere import addressed_to_a_higher_office

    def to(first_line: str) -> str:
        return addressed_to_a_higher_office(parse_message(mail("x", f"{first_line}\n附件请查收。")))

    assert to("市统计局综合科：") == "市统计局综合科"
    assert to("葫芦岛市应急管理局：") == "葫芦岛市应急管理局"
    assert to("辽宁省农业农村厅：") == "辽宁省农业农村厅"
    for county in ("县政府办公室：", "市场监管局：", "城市管理局：", "县城市管理综合执法局：", "住建局城市管理科：", "孙主任："):
        assert to(county) == "", county


# ---------------------------------------------------------------- a Word file saved as PDF, where the signed scan is asked


FINAL_LINES = ["《建昌年鉴（2067）》供稿（定稿）", "供稿单位：建昌县水利局    承担篇目：水利", "【概况】2066年，水利局各项工作取得新进展。"]


def final_mail(pdf: bytes, name: str = "水利局年鉴定稿.pdf") -> bytes:
    return mail("水利局年鉴定稿", "县政府办公室：\n我局年鉴定稿见附件。\n建昌县水利局办公室", {name: pdf}, sender="jcslj_bgs@163.com")


def test_a_final_saved_as_pdf_from_word_neither_signed_nor_stamped_goes_to_a_person():
    m = routed(final_mail(typed_pdf(FINAL_LINES, [])), APRIL_19)
    assert m.state == "needs_review" and (m.unit, m.campaign) == ("县水利局", NJ), m.reason
    assert "没有负责人签字，也没有盖章" in m.reason, m.reason


def test_a_final_saved_as_pdf_over_a_blank_page_picture_goes_to_a_person():
    from PIL import Image

    m = routed(final_mail(typed_pdf(FINAL_LINES, [(Image.new("RGB", (595, 842), (255, 255, 255)), (0, 0, 595, 842))])),
               APRIL_19)
    assert m.state == "needs_review" and "没有负责人签字，也没有盖章" in m.reason, m.reason


def test_a_typed_final_with_the_heads_signature_and_the_seal_is_filed():
    from test_route_round54 import signature_picture

    pdf = typed_pdf(FINAL_LINES, [(seal_picture(), (330, 520, 120, 120)), (signature_picture(), (120, 600, 110, 45))])
    m = routed(final_mail(pdf, "水利局年鉴定稿（盖章）.pdf"), APRIL_19)
    assert (m.state, m.unit, m.campaign, m.requirements) == ("filed", "县水利局", NJ, ["dg"]), m.reason


def test_a_typed_draft_as_pdf_is_judged_as_before():
    """The 初稿 asks no signed scan: a PDF of it is weighed by its words and format, not sent to a person for a seal."""
    raw = mail("水利局年鉴初稿", "县政府办公室：\n我局年鉴初稿见附件。\n建昌县水利局办公室",
               {"水利局年鉴初稿.pdf": typed_pdf(["《建昌年鉴（2067）》供稿（初稿）", "供稿单位：建昌县水利局"], [])},
               sender="jcslj_bgs@163.com")
    m = routed(raw, MARCH_22)
    assert "没有负责人签字" not in m.reason, m.reason


# ---------------------------------------------------------------- a password sent in a mail of its own


def test_a_mail_giving_only_the_password_of_an_earlier_zip_is_ignored():
    m = routed(mail("密码", "县政府办公室：\n上一封邮件压缩包的解压密码：slj0419\n建昌县水利局办公室", sender="jcslj_bgs@163.com"),
               APRIL_19)
    assert (m.state, m.unit) == ("ignored", "县水利局") and "解压密码" in m.reason, m.reason
    assert "slj0419" not in m.reason


def test_a_password_beside_anything_more_is_read_as_any_mail():
    m = routed(mail("密码", "县政府办公室：\n解压密码：slj0419。请问定稿还需要报送纸质版吗？\n建昌县水利局办公室",
                    sender="jcslj_bgs@163.com"), APRIL_19)
    assert m.state == "needs_review", m.reason
    m = routed(mail("密码", "解压密码：slj0419，另外初稿第2页数据改为36台", sender="jcslj_bgs@163.com"), APRIL_19)
    assert m.state != "ignored", m.reason


def final_scan() -> bytes:
    """The 定稿 scanned: a page picture only, no text."""
    from PIL import Image, ImageDraw

    page = Image.new("RGB", (827, 1169), (250, 250, 248))
    d = ImageDraw.Draw(page)
    for k in range(20):
        d.line((90, 120 + 40 * k, 740, 120 + 40 * k), fill=(40, 40, 40), width=3)
    page.paste(seal_picture(200), (520, 900))
    out = io.BytesIO()
    page.save(out, "PDF")
    return out.getvalue()


def dated(raw: bytes, when: dt.datetime, n: int) -> bytes:
    from email.utils import format_datetime

    m = __import__("email").message_from_bytes(raw)
    m["Date"] = format_datetime(when)
    m["Message-ID"] = f"<round56a-{n}@163.com>"
    return m.as_bytes()


def import_two(tmp_path, password_mail: bytes) -> dict:
    """The locked zip's mail and a later one, imported with the real `collector import`: state by subject."""
    import sqlite3

    from mixed_status import invoke

    locked = zipcrypto_zip([("水利局年鉴定稿（盖章）.pdf", final_scan())], "slj0419", random.Random(5))
    first = mail("水利局年鉴定稿", "县政府办公室：\n我局年鉴定稿（签字盖章扫描件）已加密压缩，解压密码另行发送。\n建昌县水利局办公室",
                 {"水利局年鉴定稿.zip": locked}, sender="jcslj_bgs@163.com")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "1.eml").write_bytes(dated(first, APRIL_19, 1))
    (inbox / "2.eml").write_bytes(dated(password_mail, APRIL_19 + dt.timedelta(minutes=4), 2))
    folder = Path(__file__).parent / "fixtures" / "mixed57" / "campaigns"
    option = ",".join(["builtin", str(folder / "2067-03-07-wj.yaml"), str(folder / "2067-03-10-nj.yaml")])
    invoke(tmp_path / "archive", option, "import", str(inbox), "--now", "2067-05-10T12:00:00+08:00")
    db = sqlite3.connect(tmp_path / "archive" / "collector.db")
    try:
        return {s: (state, unit) for s, state, unit in db.execute("SELECT subject, state, unit FROM messages")}
    finally:
        db.close()


def test_a_locked_zip_is_opened_with_the_password_its_sender_sends_next(tmp_path):
    placed = import_two(tmp_path, mail("密码", "解压密码：slj0419", sender="jcslj_bgs@163.com"))
    assert placed == {"水利局年鉴定稿": ("filed", "县水利局"), "密码": ("ignored", None)}


def test_a_locked_zip_stays_held_when_the_next_mails_password_does_not_open_it(tmp_path):
    placed = import_two(tmp_path, mail("密码", "解压密码：abc1234", sender="jcslj_bgs@163.com"))
    assert placed["水利局年鉴定稿"][0] == "needs_review"


def test_a_password_from_another_sender_opens_nothing(tmp_path):
    placed = import_two(tmp_path, mail("密码", "解压密码：slj0419", sender="someone_else@163.com"))
    assert placed["水利局年鉴定稿"][0] == "needs_review"

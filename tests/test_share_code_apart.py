"""A share's 提取码 sent in a later mail: 喇嘛洞镇 sends its 登记表 with the video on 百度网盘 and writes
`提取码稍后电话告知` — or sends the code half an hour later, in a mail of one line (`提取码：z8x6`). The second mail
brings no material: it is ignored, its reason saying it opens the earlier mail's share; the earlier mail's share counts
in the 报送情况 from then on, as a clerk with both mails side by side would count it, at the earlier mail's time (as a
locked zip opened with a password sent apart, collector/unlock.py); a mail of nothing but the share, held for a person,
is matched again with the code. A code from another sender, or one more than three days later, opens nothing.
Imported with the real `collector import` into a real archive."""

from __future__ import annotations

import datetime as dt
from email.utils import format_datetime
from pathlib import Path

from mixed_status import as_json, invoke
from route_helpers import SH, held_out_campaigns, mail, place
from test_route_round55 import xlsx

CAMPAIGNS = Path(__file__).parent / "fixtures" / "mixed55" / "campaigns"
OPTION = ",".join([str(CAMPAIGNS / "2065-10-12-sc.yaml")])
SC = "2065-10-12-qxxczxcgzyxzl"
SENT = dt.datetime(2065, 10, 20, 15, 0, tzinfo=SH)
TOWN = "ldzdzb@163.com"


def share_only_mail() -> bytes:
    body = ("县政府办公室：\n我镇成果展登记表、航拍视频和照片原图已上传百度网盘：\n链接：https://pan.baidu.com/s/1ZxCvBnM\n"
            "提取码稍后电话告知。\n喇嘛洞镇党政办")
    return mail("喇嘛洞镇成果展影像资料", body, sender=TOWN)


def share_mail() -> bytes:
    register = xlsx([["影像资料登记表"], ["报送单位", "喇嘛洞镇"], ["序号", "名称", "类型"], [1, "航拍视频", "视频"],
                     [2, "照片原图", "照片"]])
    body = ("县政府办公室：\n登记表见附件，航拍视频和照片原图在百度网盘：\nhttps://pan.baidu.com/s/1ZxCvBnM\n"
            "提取码稍后电话告知。\n喇嘛洞镇党政办")
    return mail("喇嘛洞镇成果展影像资料", body, {"喇嘛洞镇影像资料登记表.xlsx": register}, sender=TOWN)


def dated(raw: bytes, when: dt.datetime, n: int) -> bytes:
    import email

    m = email.message_from_bytes(raw)
    del m["Date"], m["Message-ID"]
    m["Date"] = format_datetime(when)
    m["Message-ID"] = f"<share-code-{n}@163.com>"
    return m.as_bytes()


def imported(tmp_path: Path, *later: tuple[bytes, dt.timedelta], first: bytes | None = None) -> tuple[dict, dict]:
    """The share's mail and the later ones, imported: (state, reason) by subject, and 喇嘛洞镇's sc cell."""
    import sqlite3

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "1.eml").write_bytes(dated(first or share_mail(), SENT, 1))
    for n, (raw, after) in enumerate(later, 2):
        (inbox / f"{n}.eml").write_bytes(dated(raw, SENT + after, n))
    data_dir = tmp_path / "archive"
    invoke(data_dir, OPTION, "import", str(inbox), "--now", "2065-10-30T12:00:00+08:00")
    db = sqlite3.connect(data_dir / "collector.db")
    try:
        placed = {s: (state, reason) for s, state, reason in db.execute("SELECT subject, state, reason FROM messages")}
    finally:
        db.close()
    (cell,) = [r for r in as_json(data_dir, OPTION, "status") if r["unit"] == "喇嘛洞镇" and r["requirement"] == "sc"]
    invoke(data_dir, OPTION, "verify")  # the reason brought up to date is in the audit chain, which holds
    return placed, cell


def code_mail(sender: str = TOWN) -> bytes:
    return mail("提取码", "县政府办公室：\n刚才所发航拍视频网盘链接的提取码：z8x6\n喇嘛洞镇党政办", sender=sender)


def test_without_the_code_the_share_counts_for_nothing(tmp_path):
    placed, cell = imported(tmp_path)
    state, reason = placed["喇嘛洞镇成果展影像资料"]
    assert state == "filed" and "未计入" in reason, reason
    assert cell["state"] != "complete", cell


def test_the_code_sent_next_opens_the_earlier_share(tmp_path):
    placed, cell = imported(tmp_path, (code_mail(), dt.timedelta(minutes=30)))
    assert placed["提取码"][0] == "ignored" and "网盘提取码" in placed["提取码"][1]
    assert "z8x6" not in placed["提取码"][1]
    assert cell["state"] == "complete" and not cell["late"], cell
    state, reason = placed["喇嘛洞镇成果展影像资料"]
    assert state == "filed" and "已计入" in reason and "未计入" not in reason, reason


def test_a_mail_of_nothing_but_the_share_waits_then_is_filed_when_the_code_comes(tmp_path):
    (tmp_path / "alone").mkdir()
    placed, _ = imported(tmp_path / "alone", first=share_only_mail())
    assert placed["喇嘛洞镇成果展影像资料"][0] == "needs_review"
    (tmp_path / "with-code").mkdir()
    placed, cell = imported(tmp_path / "with-code", (code_mail(), dt.timedelta(hours=2)), first=share_only_mail())
    state, reason = placed["喇嘛洞镇成果展影像资料"]
    assert state == "filed" and "提取码由同一发件人随后邮件补发" in reason, reason
    assert "z8x6" not in reason
    assert cell["requirement"] == "sc" and cell["state"] != "missing", cell


def test_a_code_from_another_sender_or_days_later_opens_nothing(tmp_path):
    _, cell = imported(tmp_path, (code_mail("someone_else@163.com"), dt.timedelta(minutes=30)))
    assert cell["state"] != "complete", cell


def test_a_code_four_days_later_opens_nothing(tmp_path):
    _, cell = imported(tmp_path, (code_mail(), dt.timedelta(days=4)))
    assert cell["state"] != "complete", cell


def test_a_code_beside_a_question_is_read_as_any_mail():
    m = place(held_out_campaigns("mixed55"), mail("提取码", "提取码：z8x6。请问纸质登记表还需要报送吗？", sender=TOWN),
              SENT)
    assert m.state != "ignored", m.reason


def test_a_share_given_with_its_code_in_one_mail_is_no_code_sent_apart():
    body = "航拍视频：https://pan.baidu.com/s/1QwErTyUiOp 提取码：q7w3"
    m = place(held_out_campaigns("mixed55"), mail("喇嘛洞镇航拍视频", body, sender=TOWN), SENT)
    assert m.state != "ignored", m.reason

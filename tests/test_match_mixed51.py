"""Routing on a fifty-first, held-out mixed mailbox (tests/fixtures/mixed51).

Two 2061 campaigns of two county offices, drafted by `collector campaign init --from-notice`, each notice naming its own
collecting mailbox, both reaching the one the collector reads — the 县政务公开办's 2061年“政策一听就懂”音视频解读作品 (the
28 towns: one audio or video work and its Word 解读文稿, by 06-03 17:00, to jczwgkb@126.com, which forwards everything
into jc7710089@163.com) and the 县政府办公室's 违规借调借用基层工作人员情况排查 (every unit, 68: the Excel 统计表 where a
unit borrowed staff, else a 零报告 typed in the mail, by 05-27 17:00, to jc7710089@163.com), the towns owing both —
beside the built-in 5·15 (2023) one; 47 mails labelled by hand, written apart from the routing code. The bar of
tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
import test_match_mixed22 as m22t
from test_match_mixed27 import by_case, docx_text, message
from test_match_mixed32 import opens_as_image, plain
from test_match_mixed36 import one, sender

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed51"))
import make_mixed51  # noqa: E402
import mixed51_docs  # noqa: E402
from make_labelled import OFFICE  # noqa: E402
from mixed41_docs import m4a_seconds, mp3_seconds, video_seconds  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"zp": dt.datetime(2061, 6, 3, 17, 0, tzinfo=SH), "pc": dt.datetime(2061, 5, 27, 17, 0, tzinfo=SH)}
ZP, PC, GKB = make_mixed51.ZP, make_mixed51.PC, make_mixed51.GKB
PC_TITLE, ZERO_LINE = mixed51_docs.PC_TITLE, mixed51_docs.ZERO_LINE
official, short = mixed51_docs.official, mixed51_docs.short
MEDIA_EXTS = (".mp3", ".m4a", ".mp4", ".wav", ".wma")
PATTERN = re.compile("不存在借调借用|无借调借用|没有借调借用|零报告|借调借用基层工作人员情况统计表")  # the clerk's field (B2)


def attachments(mail) -> list[tuple[str, bytes]]:
    """(name, bytes) of every leaf attachment, as sent."""
    return [(p.get_filename(), p.get_payload(decode=True)) for p in message(mail).walk()
            if not p.is_multipart() and p.get_filename()]


def named(mail, *exts: str) -> list[tuple[str, bytes]]:
    return [(n, d) for n, d in attachments(mail) if n.lower().endswith(exts)]


def cells(data: bytes) -> str:
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data))
    return "\n".join(" ".join(str(v) for v in row if v is not None)
                     for ws in wb.worksheets for row in ws.iter_rows(values_only=True))


def table_rows(data: bytes) -> list[list]:
    """The 统计表's rows under its head, up to the signature line."""
    import openpyxl

    rows = [list(r) for r in openpyxl.load_workbook(io.BytesIO(data)).active.iter_rows(values_only=True)]
    head = rows.index(mixed51_docs.PC_HEAD)
    return [r for r in rows[head + 1:] if r[0] != "单位主要负责人："]


def persons(data: bytes) -> list[list]:
    return [r for r in table_rows(data) if r[1] != "无"]


def header_text(mail) -> str:
    msg = message(mail)
    return str(msg["Subject"]) + str(msg["From"]) + "".join(n for n, _ in attachments(mail))


def headers(mail) -> str:
    return mail.raw.split(b"\r\n\r\n", 1)[0].decode("ascii")


def forwarded(mail) -> bool:
    """Came in through the 公开办's 126 mailbox's forward."""
    head = headers(mail)
    return f"X-Forwarded-To: {OFFICE}" in head and f"Delivered-To: {GKB}" in head and "by mx126.mail.126.com" in head


def media_seconds(name: str, data: bytes) -> float:
    ext = name.lower().rsplit(".", 1)[-1]
    if ext == "mp3":
        return mp3_seconds(data)
    if ext == "m4a":
        assert data[4:12] == b"ftypM4A "
        return m4a_seconds(data)
    if ext == "mp4":
        assert data[4:8] == b"ftyp"
        return video_seconds(data)
    if ext == "wav":
        return mixed51_docs.wav_seconds(data)
    assert ext == "wma"
    return mixed51_docs.wma_seconds(data)


class TestMixed51Routing(RoutingTests):
    gen = make_mixed51
    cases = ["zp-clean", "zp-late", "pc-clean", "pc-late", "correction", "forward-verification-mail",
             "hand-forwarded-from-other-collecting-box", "recorder-default-name-wav", "bureau-offers-own-recording",
             "wma-from-windows-recorder", "script-names-bureau-unit-in-sign-off", "work-sent-to-other-offices-box",
             "script-and-audio-via-two-mailboxes", "to-one-box-cc-other-two-copies", "douyin-link-for-video",
             "zero-report-tucked-into-work-mail", "asks-whether-trainee-counts", "zero-after-asking",
             "yes-in-body-table-to-follow", "table-names-two-towns", "answer-sent-to-other-offices-box",
             "zero-report-stamped-scan", "zero-later-corrected", "town-zero-names-bureau-that-borrowed",
             "body-says-none-table-lists-one", "bare-place-name-town-not-zone",
             "forwarded-bounce-of-other-offices-reminder"]
    size = (40, 50)
    has_corrections = True  # 县交通局's 统计表 (更正, 以此为准)
    open_mails = {  # README, After the fixes
        "044-body-says-none-table-lists-one": (
            "open since round 51: the body says 无借调人员 and the attached 统计表 lists one person; filed, where the label "
            "holds it (the collector does not weigh a body's answer against the table beside it)"),
    }

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed51.ALL)
        zp, pc = cs[ZP], cs[PC]
        zp_units, pc_units = [u.name for u in zp.units], [u.name for u in pc.units]
        assert len(zp_units) == 28 and all(u.endswith(("镇", "乡")) for u in zp_units)
        assert len(pc_units) == 68 and set(zp_units) < set(pc_units)
        assert {"八家子经济开发区", "县供销社", "县气象局", "县税务局", "生态环境局建昌分局"} <= set(pc_units)
        assert (zp.mailbox_addresses, pc.mailbox_addresses) == ([GKB], [OFFICE])
        (work,) = zp.requirements
        (answer,) = pc.requirements
        assert [work.id, answer.id] == make_mixed51.ZPR + make_mixed51.PCR
        assert [(p.id, p.kind) for p in work.parts] == [("script", "document"), ("media", "document")]
        assert set(work.parts[0].formats) == {"docx", "doc", "wps"}
        assert set(work.parts[1].formats) == {"mp3", "m4a", "wav", "mp4"}
        assert [(p.id, p.kind) for p in answer.parts] == [("result", "field")]
        assert answer.parts[0].pattern == PATTERN.pattern
        assert (work.due, answer.due) == (DUES["zp"], DUES["pc"])
        assert answer.due < work.due and zp.notice_date < pc.notice_date

    def test_the_notices_name_two_mailboxes(self):
        """Each notice names its own office's collecting mailbox; the 公开办's is the 126 one the forward reads."""
        zp_notice, pc_notice = make_mixed51.NOTICE[ZP], make_mixed51.NOTICE[PC]
        assert GKB in zp_notice and OFFICE not in zp_notice and zp_notice.startswith("建昌县政务公开工作领导小组办公室")
        assert OFFICE in pc_notice and GKB not in pc_notice and pc_notice.startswith("建昌县人民政府办公室")

    def test_every_picture_opens(self, mailbox):
        """Every picture attached (the 5·15 photos: this set's own mails carry none) opens with PIL."""
        pics = [d for m in mailbox for n, d in attachments(m) if n.lower().endswith((".jpg", ".jpeg", ".png"))]
        assert len(pics) >= 8 and all(opens_as_image(d) for d in pics)
        assert not [n for m in mailbox if m.received_at.year == 2061 for n, _ in attachments(m)
                    if n.lower().endswith((".jpg", ".jpeg", ".png"))]

    def test_every_document_opens(self, mailbox):
        """Every Word and Excel file of 2061 opens (python-docx, openpyxl), the scan is a PDF of one page without text,
        and every recording and video is its container, read by hand, lasting the 3 to 5 minutes the notice asks
        (MP3 frames, the M4A's and MP4's `mvhd`, the WAV's `fmt ` and `data`, the ASF File Properties of the WMA)."""
        import docx
        import openpyxl
        from pypdf import PdfReader

        kinds = {"docx": 0, "xlsx": 0, "pdf": 0, "mp3": 0, "m4a": 0, "mp4": 0, "wav": 0, "wma": 0}
        for m in mailbox:
            if m.received_at.year != 2061:
                continue
            for name, data in attachments(m):
                ext = name.lower().rsplit(".", 1)[-1]
                if ext == "docx":
                    docx.Document(io.BytesIO(data))
                elif ext == "xlsx":
                    openpyxl.load_workbook(io.BytesIO(data))
                elif ext == "pdf":
                    (page,) = PdfReader(io.BytesIO(data)).pages
                    assert not page.extract_text().strip()
                else:
                    assert 180 <= media_seconds(name, data) <= 300, name
                kinds[ext] += 1
        assert kinds["docx"] >= 16 and kinds["xlsx"] >= 5 and kinds["pdf"] == 1
        assert kinds["mp4"] >= 6 and kinds["m4a"] >= 4 and kinds["mp3"] >= 3 and (kinds["wav"], kinds["wma"]) == (1, 1)

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        # the 作品 filed: the media and the unit's 文稿, or the part the label says
        for m in mailbox:
            if m.campaign != ZP:
                continue
            media, scripts = named(m, *MEDIA_EXTS), named(m, ".docx")
            assert bool(media) == ("media" in m.parts) and bool(scripts) == ("script" in m.parts), m.name
            for _, data in scripts:
                text = docx_text(data)
                assert "“政策一听就懂”解读文稿" in text and "播讲人：" in text and official(m.unit) in text, m.name
            assert PC_TITLE not in plain(m) and not named(m, ".xlsx")
        # the 排查 answers filed: a 零报告 in the mail, or the 统计表 of the unit
        for m in mailbox:
            if m.campaign != PC:
                continue
            tables = named(m, ".xlsx")
            assert not named(m, *MEDIA_EXTS) and not named(m, ".docx"), m.name
            if tables:
                ((_, data),) = tables
                assert PC_TITLE in cells(data) and f"填报单位（盖章）：{official(m.unit)}" in cells(data), m.name
            elif m.case != "zero-report-stamped-scan":
                assert PATTERN.search(plain(m)) and not attachments(m), m.name
        # the 作品 come in through the 126 mailbox's forward, To the 公开办; the 排查 answers straight, To the office
        routes = {m.name: (forwarded(m), message(m)["To"].addresses[0].addr_spec) for m in mailbox
                  if m.received_at.year == 2061}
        direct_works = {"work-sent-to-other-offices-box", "hand-forwarded-from-other-collecting-box",
                        "zero-report-tucked-into-work-mail"}
        for m in mailbox:
            if m.received_at.year != 2061 or m.case in ("forward-verification-mail", "to-one-box-cc-other-two-copies",
                                                        "script-and-audio-via-two-mailboxes"):
                continue
            is_work = m.campaign == ZP or m.case in ("bureau-offers-own-recording",
                                                     "forwarded-bounce-of-other-offices-reminder")
            if is_work and m.case not in direct_works:
                assert routes[m.name] == (True, GKB), m.name
            elif m.case == "answer-sent-to-other-offices-box":
                assert routes[m.name] == (True, GKB)
            else:
                assert routes[m.name] == (False, OFFICE), m.name
        # 大屯镇: forwarded by hand from the 126 mailbox, sent there the day before the forward was set
        hand = one(mailbox, "hand-forwarded-from-other-collecting-box")
        assert sender(hand) == GKB and not forwarded(hand) and "-------- 转发邮件信息 --------" in plain(hand)
        assert "发送日期：2061-05-11" in plain(hand) and "大屯镇" in plain(hand)
        verify = one(mailbox, "forward-verification-mail")
        assert verify.received_at < hand.received_at and GKB in plain(verify) and not attachments(verify)
        assert min(m.received_at for m in mailbox if forwarded(m)) > verify.received_at
        # 石佛乡: the recorder's default name, the unit in the body and the 文稿 only
        wav = one(mailbox, "recorder-default-name-wav")
        ((name, data),) = named(wav, ".wav")
        assert name == "REC0007.WAV" and data[:4] == b"RIFF" and b"SONY IC RECORDER" in data
        assert "石佛乡" in docx_text(named(wav, ".docx")[0][1]) and "石佛" not in "".join(n for n, _ in attachments(wav))
        # 雷家店乡: Windows 录音机's WMA (ASF), its title in the Content Description
        wma = one(mailbox, "wma-from-windows-recorder")
        ((name, data),) = named(wma, ".wma")
        assert data[:16] == mixed51_docs.ASF_HEADER.bytes_le and mixed51_docs.wma_title(data).startswith("雷家店乡")
        # 县医保局 (REVIEW): its own recording, offered for the towns; not a town
        offer = one(mailbox, "bureau-offers-own-recording")
        assert named(offer, ".mp3") and "供各乡镇" in plain(offer) and offer.unit == "REVIEW"
        # 喇嘛洞镇: no unit in subject or names, 县医保局 all through the 文稿, the town in the 播讲人 line and the sign-off
        lamadong = one(mailbox, "script-names-bureau-unit-in-sign-off")
        text = docx_text(named(lamadong, ".docx")[0][1])
        assert "喇嘛洞" not in header_text(lamadong) and "喇嘛洞镇党政办" in plain(lamadong)
        assert text.count("医疗保障局") + text.count("医保局") >= 2 and "播讲人：" in text and "报送单位" not in text
        assert sender(lamadong) not in {sender(m) for m in mailbox if m is not lamadong}
        # 杨树湾子乡: the 文稿 through the forward, the audio the next day to the office
        script, audio = by_case(mailbox, "script-and-audio-via-two-mailboxes")
        assert forwarded(script) and not forwarded(audio) and sender(script) == sender(audio)
        assert message(audio)["To"].addresses[0].addr_spec == OFFICE and m4a_seconds(named(audio, ".m4a")[0][1]) >= 180
        # 小德营子乡: one mail To the 公开办 and Cc the office, in twice — the Cc's copy, then the forward's
        direct, copy = by_case(mailbox, "to-one-box-cc-other-two-copies")
        assert not forwarded(direct) and forwarded(copy) and direct.received_at < copy.received_at
        assert message(direct)["Message-ID"] == message(copy)["Message-ID"]
        assert direct.raw.split(b"\r\nFrom: ", 1)[1] == copy.raw.split(b"\r\nFrom: ", 1)[1]
        assert [str(message(direct)["To"]), str(message(direct)["Cc"])] == [GKB, OFFICE]
        # 新开岭乡: the 抖音 link, no video
        douyin = one(mailbox, "douyin-link-for-video")
        assert "https://v.douyin.com/" in plain(douyin) and not named(douyin, *MEDIA_EXTS)
        # 王宝营子乡 (REVIEW): a 作品 and, in the body, a 零报告
        both = one(mailbox, "zero-report-tucked-into-work-mail")
        assert named(both, ".mp4") and named(both, ".docx") and PATTERN.search(plain(both))
        # 县水利局: a question, then the 零报告
        question, answer = one(mailbox, "asks-whether-trainee-counts"), one(mailbox, "zero-after-asking")
        assert "？" in plain(question) and not PATTERN.search(plain(question)) and sender(question) == sender(answer)
        # 县信访局: “存在” without the table, then the table naming two towns; 建昌镇 names 县信访局
        said, table = one(mailbox, "yes-in-body-table-to-follow"), one(mailbox, "table-names-two-towns")
        assert "存在借调借用" in plain(said) and not attachments(said) and not PATTERN.search(plain(said))
        rows = persons(named(table, ".xlsx")[0][1])
        assert [r[2][:3] for r in rows] == ["建昌镇", "药王庙"] and all(r[3] == official("县信访局") for r in rows)
        jianchang = one(mailbox, "town-zero-names-bureau-that-borrowed")
        assert "县信访局" in plain(jianchang) and rows[0][1] in plain(jianchang)
        # 县民政局: the 零报告 to the 公开办's box, “县政府办公室：” above it
        misdirected = one(mailbox, "answer-sent-to-other-offices-box")
        assert plain(misdirected).startswith("县政府办公室：") and PATTERN.search(plain(misdirected))
        # 县供销社: the stamped 零报告 scanned; the body says nothing but 见附件
        scan = one(mailbox, "zero-report-stamped-scan")
        ((name, data),) = named(scan, ".pdf")
        assert "零报告" in name and not PATTERN.search(plain(scan)) and data[:5] == b"%PDF-"
        # 县交通局: a 零报告, then the table, a correction
        first, fixed = one(mailbox, "zero-later-corrected"), one(mailbox, "correction")
        assert PATTERN.search(plain(first)) and not first.is_correction and fixed.is_correction
        assert "以此为准" in plain(fixed) and len(persons(named(fixed, ".xlsx")[0][1])) == 1
        assert sender(first) == sender(fixed)
        # 县住建局 (REVIEW): “不存在” in the body, a person in the table
        contradiction = one(mailbox, "body-says-none-table-lists-one")
        assert ZERO_LINE in plain(contradiction) and len(persons(named(contradiction, ".xlsx")[0][1])) == 1
        # 八家子镇: “八家子” only, from the address its 作品 came from; the zone from its own
        bare = one(mailbox, "bare-place-name-town-not-zone")
        assert "八家子镇" not in plain(bare) + header_text(bare) and "八家子党政办" in plain(bare)
        zone = [m for m in mailbox if m.unit == "八家子经济开发区"]
        town_work = [m for m in mailbox if m.unit == "八家子镇" and m.campaign == ZP]
        assert sender(bare) == sender(town_work[0]) != sender(zone[0]) and town_work[0].received_at < bare.received_at
        # the bounce of the 公开办's reminder, forwarded
        bounce = one(mailbox, "forwarded-bounce-of-other-offices-reminder")
        assert message(bounce).get_content_type() == "multipart/report" and forwarded(bounce)
        assert make_mixed51.REMINDER_TITLE in plain(bounce)
        # late and on time
        late = [m for m in mailbox if m.case in ("zp-late", "pc-late")]
        assert len(late) == 2 and all(m.received_at > DUES[m.requirements[0]] for m in late)
        on_time = [m for m in mailbox if m.campaign in (ZP, PC) and m not in late]
        assert all(m.received_at <= DUES[m.requirements[0]] for m in on_time)
        # every answer after its notice
        assert all(m.received_at.date() > dt.date(2061, 5, 17) for m in mailbox if m.campaign == PC)
        assert all(m.received_at.date() > dt.date(2061, 5, 10) for m in mailbox if m.campaign == ZP)

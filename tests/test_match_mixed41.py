"""Routing on a forty-first, held-out mixed mailbox (tests/fixtures/mixed41).

Two 2051 campaigns drafted by `collector campaign init --from-notice` whose windows overlap for the 7 镇 — the
全县公共场所无障碍设施排查整改 (the 7 镇, not the 乡, five departments and 县政务服务中心: the Excel 排查台账 by 04-14 17:00,
then the Word 整改情况报告 and at least 4 整改前后对比照片 by 05-19 17:00) and the 2051年农村应急广播全县联调联试 (the 28
towns and townships: the Excel 统计表 and at least three villages' recordings, MP3/M4A/AMR/MP4, by 04-18 16:00) —
beside the built-in 5·15 (2023) one; 46 mails labelled by hand, most of them sent from phones and webmail, written
apart from the routing code. The bar of tests/mixed_mailbox_tests.py: every mail right in both draws, exact
requirements.
"""

from __future__ import annotations

import datetime as dt
import email
import io
import re
import sys
import zipfile
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
import test_match_mixed22 as m22t
from test_match_mixed27 import by_case, docx_text
from test_match_mixed32 import opens_as_image
from test_match_mixed36 import one

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed41"))
import make_mixed41  # noqa: E402
import mixed41_docs  # noqa: E402
from make_labelled import MAIL_POLICY, TOWNS  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"pc": dt.datetime(2051, 4, 14, 17, 0, tzinfo=SH), "zg": dt.datetime(2051, 5, 19, 17, 0, tzinfo=SH),
        "ts": dt.datetime(2051, 4, 18, 16, 0, tzinfo=SH)}
TEST_OVER = dt.datetime(2051, 4, 12, 10, 30, tzinfo=SH)  # the 联调联试 ends: no recording before it
PC_WORDS, TS_WORDS, ZG_WORDS = mixed41_docs.PC_TITLE, mixed41_docs.TS_TITLE, mixed41_docs.ZG_TITLE
AUDIO = (".m4a", ".mp3", ".amr", ".mp4")
official, short = mixed41_docs.official, mixed41_docs.short


def message(mail):
    return email.message_from_bytes(mail.raw.split(b"\r\n", 1)[1], policy=MAIL_POLICY)


def readable(name: str) -> str:
    """A header value parsed from raw 8-bit UTF-8 (its bytes kept as surrogates) made text again."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8")


def attachments(mail) -> list[tuple[str, bytes]]:
    """(name, bytes) of every leaf attachment, as sent (the Unicode text too, undecoded)."""
    return [(readable(p.get_filename()), p.get_payload(decode=True)) for p in message(mail).walk()
            if not p.is_multipart() and p.get_filename()]


def named(mail, *ends: str) -> list[tuple[str, bytes]]:
    return [(n, d) for n, d in attachments(mail) if n.lower().endswith(ends)]


def plain(mail) -> str:
    return message(mail).get_body(("plain",)).get_content()


def html_text(mail) -> str:
    return message(mail).get_body(("html",)).get_content()


def sender(mail) -> str:
    head = mail.raw.split(b"\r\n\r\n", 1)[0].decode("utf-8", "replace")
    return re.search(r"\r\nFrom: [^\r]*<([^>]+)>", head).group(1)


def head(mail) -> str:
    msg = message(mail)
    return readable(str(msg["Subject"])) + readable(str(msg["From"])) + "".join(n for n, _ in attachments(mail))


def rows(data: bytes) -> list[list]:
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data))
    return [[v for v in row] for ws in wb.worksheets for row in ws.iter_rows(values_only=True)]


def cells(data: bytes) -> str:
    return "\n".join(" ".join(str(v) for v in row if v is not None) for row in rows(data))


def recorded_villages(table: bytes) -> list[str]:
    """The villages a 统计表 marks 是否录音 是."""
    return [row[1] for row in rows(table) if len(row) > 5 and row[5] == "是"]


def seconds(name: str, data: bytes) -> float:
    ext = name.rsplit(".", 1)[-1].lower()
    return {"m4a": mixed41_docs.m4a_seconds, "mp3": mixed41_docs.mp3_seconds, "amr": mixed41_docs.amr_seconds,
            "mp4": mixed41_docs.video_seconds, "silk": mixed41_docs.silk_seconds}[ext](data)


def pptx_pictures(data: bytes) -> list[bytes]:
    z = zipfile.ZipFile(io.BytesIO(data))
    return [z.read(n) for n in z.namelist() if n.startswith("ppt/media/")]


def x_mailer(mail) -> str:
    return str(message(mail)["X-Mailer"] or "")


PHONE_MAILERS = ("iPhone Mail", "HUAWEI Email", "Xiaomi Mail", "MailMaster Android", "QQMail Android")
WEB_MAILERS = ("Coremail Webmail", "QQMail 2.x", "SinaMail Webmail", "Richinfo RMail")
DESKTOP_MAILERS = ("Foxmail", "Microsoft Outlook")


class TestMixed41Routing(RoutingTests):
    gen = make_mixed41
    cases = ["pc-clean", "zg-clean", "ts-clean", "pc-late", "zg-late", "ts-late", "correction",
             "sent-to-retired-address-auto-forwarded", "town-under-its-old-township-name", "township-not-a-town",
             "ledger-as-excel-unicode-text", "hall-signs-as-service-hall", "amr-from-old-android-recorder",
             "table-now-recordings-by-phone", "recordings-shared-from-recorder-app", "public-complaint-about-loudspeaker",
             "raw-utf8-headers-harmonyos", "vendor-platform-log-every-town", "placeholder-plain-part-139",
             "broadcast-bureau-repair-summary", "wechat-voice-silk-recordings", "recordings-as-phone-videos",
             "webmail-encrypted-letter", "before-photos-only-work-unfinished", "pairs-complete-after-before-photos",
             "photos-in-pptx-not-jpg", "updated-ledger-beside-rectification", "office-note-to-self"]
    size = (40, 50)
    has_corrections = True  # 王宝营子乡's recording (以此为准)

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed41.ALL)
        wza, gb = cs[make_mixed41.WZA], cs[make_mixed41.GB]
        assert [u.name for u in wza.units] == mixed41_docs.WZA_UNITS
        assert not {"素珠营子乡", "县政府办公室", "县残联"} & {u.name for u in wza.units}
        assert {u.name for u in gb.units} == set(TOWNS) and "县文旅局" not in {u.name for u in gb.units}
        pc, zg = wza.requirements
        (ts,) = gb.requirements
        assert [pc.id, zg.id, ts.id] == make_mixed41.PC + make_mixed41.ZG + make_mixed41.TS
        assert [p.id for p in pc.parts] == make_mixed41.TABLE and "xlsx" in pc.parts[0].formats
        report, photos = zg.parts
        assert [report.id, photos.id] == make_mixed41.BOTH_ZG and "docx" in report.formats
        assert photos.kind == "photo" and photos.min_count == 4
        table, audio = ts.parts
        assert [table.id, audio.id] == make_mixed41.BOTH_TS and "xlsx" in table.formats
        assert audio.kind == "document" and set(audio.formats) == {"mp3", "m4a", "amr", "mp4"} and audio.min_count == 3
        assert (pc.due, zg.due, ts.due) == (DUES["pc"], DUES["zg"], DUES["ts"])

    def test_mails_come_mostly_from_phones_and_webmail(self, mailbox):
        """The 2051 mails' own X-Mailer: phones and webmail more than twice the desktop clients."""
        mailers = [x_mailer(m) for m in mailbox if m.received_at.year == 2051]
        phones = sum(x.startswith(PHONE_MAILERS) for x in mailers)
        web = sum(x.startswith(WEB_MAILERS) for x in mailers)
        desktop = sum(x.startswith(DESKTOP_MAILERS) for x in mailers)
        assert phones + web + desktop >= len(mailers) - 1  # the HarmonyOS one is a phone of its own
        assert phones + web > 2 * desktop and phones >= 12

    def test_every_picture_opens(self, mailbox):
        """Every JPEG attached (the 5·15 photos, the 对比照片) and every picture in the PowerPoint opens with PIL; the
        对比照片 carry their phone's EXIF."""
        from PIL import Image

        photos = [d for m in mailbox for _, d in named(m, ".jpg", ".jpeg")]
        decks = [d for m in mailbox for _, d in named(m, ".pptx")]
        inside = [p for d in decks for p in pptx_pictures(d)]
        assert len(photos) >= 30 and len(inside) == 4
        assert all(opens_as_image(d) for d in photos + inside)
        for m in mailbox:
            if m.received_at.year == 2051:
                for _, d in named(m, ".jpg"):
                    exif = Image.open(io.BytesIO(d)).getexif()
                    assert exif[0x010F] and exif[0x0132].startswith("2051:"), m.name

    def test_every_document_opens(self, mailbox):
        """Every Word, Excel and PowerPoint file of the 2051 mails opens (python-docx, openpyxl; the deck as a zip of
        slides); the Unicode text decodes; every recording's container reads and lasts over 30 s."""
        import docx

        kinds = {"docx": 0, "xlsx": 0, "pptx": 0, "txt": 0, "m4a": 0, "mp3": 0, "amr": 0, "mp4": 0, "silk": 0}
        for m in mailbox:
            if m.received_at.year != 2051:
                continue
            for name, data in attachments(m):
                ext = name.rsplit(".", 1)[-1].lower()
                if ext == "docx":
                    docx.Document(io.BytesIO(data))
                elif ext == "xlsx":
                    assert rows(data)
                elif ext == "pptx":
                    assert "ppt/slides/slide3.xml" in zipfile.ZipFile(io.BytesIO(data)).namelist()
                elif ext == "txt":
                    assert data[:2] == b"\xff\xfe" and PC_WORDS in data.decode("utf-16")
                elif ext in ("m4a", "mp3", "amr", "mp4", "silk"):
                    assert 30 < seconds(name, data) < 60, (m.name, name)
                elif ext != "jpg":
                    raise AssertionError(f"{m.name}: {name}")
                kinds[ext] = kinds.get(ext, 0) + 1
        assert kinds["docx"] >= 8 and kinds["xlsx"] >= 22 and kinds["m4a"] >= 7 and kinds["mp3"] >= 6
        assert (kinds["pptx"], kinds["txt"], kinds["amr"], kinds["mp4"], kinds["silk"]) == (1, 1, 3, 3, 3)

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        # the 排查台账 filed: one 台账 of the unit (its 填报单位), nothing of the broadcast
        for case in ("pc-clean", "pc-late", "sent-to-retired-address-auto-forwarded"):
            for m in by_case(mailbox, case):
                ((name, data),) = attachments(m)
                text = cells(data)
                assert name.endswith(".xlsx") and PC_WORDS in text and official(m.unit) in text, m.name
                assert TS_WORDS not in text and "录音" not in text
        # the 统计表 and three recordings filed: the town's table, the villages it marks 是 recorded, over 30 s each
        for case in ("ts-clean", "ts-late", "amr-from-old-android-recorder", "raw-utf8-headers-harmonyos",
                     "placeholder-plain-part-139", "recordings-as-phone-videos"):
            for m in by_case(mailbox, case):
                ((_, table),) = named(m, ".xlsx")
                recs = named(m, *AUDIO)
                assert TS_WORDS in cells(table) and official(m.unit) in cells(table), m.name
                villages = recorded_villages(table)
                assert len(recs) == 3 and len(villages) == 3
                assert all(any(v in n for v in villages) for n, _ in recs), m.name
                assert all(seconds(n, d) > 30 for n, d in recs)
        # the 整改 filed: the unit's Word report and two pairs of photos, before and after
        for case in ("zg-clean", "zg-late", "pairs-complete-after-before-photos", "updated-ledger-beside-rectification"):
            for m in by_case(mailbox, case):
                ((_, report),) = named(m, ".docx")
                assert ZG_WORDS in docx_text(report) and official(m.unit) in docx_text(report), m.name
                assert len(named(m, ".jpg")) == 4
        # 县教育局: its 台账 sent to the retired 126 mailbox and forwarded from it
        fwd = one(mailbox, "sent-to-retired-address-auto-forwarded")
        msg = message(fwd)
        assert str(msg["To"]) == make_mixed41.OLD_OFFICE and str(msg["X-Forwarded-To"]) == make_mixed41.OFFICE
        assert make_mixed41.OLD_OFFICE in make_mixed41.NOTICE[make_mixed41.WZA]
        # 大屯镇 as 大屯乡 throughout, from an address used once
        datun = one(mailbox, "town-under-its-old-township-name")
        ((_, data),) = attachments(datun)
        everything = head(datun) + plain(datun) + cells(data)
        assert "大屯乡" in everything and "大屯镇" not in everything and "大屯乡人民政府" in cells(data)
        assert [m for m in mailbox if sender(m) == sender(datun)] == [datun]
        # 素珠营子乡 (REVIEW): a 乡's 台账, the notice asking 各镇
        township = one(mailbox, "township-not-a-town")
        ((_, data),) = attachments(township)
        assert PC_WORDS in cells(data) and official("素珠营子乡") in cells(data) and "素珠营子乡" in TOWNS
        assert "各镇人民政府" in make_mixed41.NOTICE[make_mixed41.WZA] and "各乡镇" not in make_mixed41.NOTICE[make_mixed41.WZA]
        # 县卫健局: the 台账 as Excel's Unicode text
        text = one(mailbox, "ledger-as-excel-unicode-text")
        ((name, data),) = attachments(text)
        decoded = data.decode("utf-16")
        assert name.endswith(".txt") and data[:2] == b"\xff\xfe" and "\t" in decoded and "\r\n" in decoded
        assert PC_WORDS in decoded and official("县卫健局") in decoded and x_mailer(text).startswith("Microsoft Outlook")
        # 县政务服务中心 as the 政务大厅, from an address used once
        hall = one(mailbox, "hall-signs-as-service-hall")
        ((_, data),) = attachments(hall)
        everything = head(hall) + plain(hall) + cells(data)
        assert "政务大厅" in everything and "政务服务中心" not in everything and "政务服务大厅" in cells(data)
        assert [m for m in mailbox if sender(m) == sender(hall)] == [hall]
        # 牤牛营子乡: AMR recordings
        amr = one(mailbox, "amr-from-old-android-recorder")
        assert all(d.startswith(b"#!AMR\n") for _, d in named(amr, ".amr")) and len(named(amr, ".amr")) == 3
        # 喇嘛洞镇: the table from the 镇's mailbox, then the recordings from the 广播员's phone naming no town
        table_mail = one(mailbox, "table-now-recordings-by-phone")
        shared = one(mailbox, "recordings-shared-from-recorder-app")
        ((_, table),) = named(table_mail, ".xlsx")
        assert not named(table_mail, *AUDIO) and "广播员" in plain(table_mail) and "手机" in plain(table_mail)
        assert sorted(n.rsplit(".", 1)[0] for n, _ in named(shared, ".m4a")) == sorted(recorded_villages(table))
        assert not any(t in head(shared) + plain(shared) for t in TOWNS) and "镇" not in head(shared) + plain(shared)
        assert sender(shared) != sender(table_mail) and dt.timedelta(0) < shared.received_at - table_mail.received_at < dt.timedelta(hours=1)
        # the villages are each town's own: no village in two towns' tables
        seen: dict[str, str] = {}
        for m in mailbox:
            for _, data in named(m, ".xlsx"):
                if TS_WORDS in cells(data):
                    for v in [row[1] for row in rows(data)[3:] if isinstance(row[0], int)]:
                        assert seen.setdefault(v, m.unit) == m.unit, v
        # the villager's complaint (REVIEW)
        complaint = one(mailbox, "public-complaint-about-loudspeaker")
        assert not attachments(complaint) and "要路沟乡" in plain(complaint) and sender(complaint).endswith("@qq.com")
        # 石佛乡: raw UTF-8 in the headers, no encoded words
        raw = one(mailbox, "raw-utf8-headers-harmonyos")
        top = raw.raw.split(b"\r\n\r\n", 1)[0]
        assert "Subject: 石佛乡应急广播联调联试".encode() in top and "From: 石佛乡党政办 <".encode() in top and b"=?" not in top
        assert f'filename="{short("石佛乡")}{TS_WORDS[6:]}.xlsx"'.encode() in raw.raw and b"filename*=" not in raw.raw
        assert sender(raw).endswith("@petalmail.com") and "HarmonyOS" in x_mailer(raw)
        # the vendor's 播发记录 (REVIEW): every town, from a company
        vendor = one(mailbox, "vendor-platform-log-every-town")
        ((_, data),) = attachments(vendor)
        assert sender(vendor) == make_mixed41.VENDOR[1] and all(t in cells(data) for t in TOWNS)
        # 贺杖子乡: 139's placeholder plain part, the unit only in the HTML and the table
        letter = one(mailbox, "placeholder-plain-part-139")
        assert plain(letter).startswith("此邮件为HTML格式") and "贺杖子乡" in html_text(letter)
        assert "贺杖子" not in head(letter) + plain(letter) and sender(letter).endswith("@139.com")
        # 王宝营子乡's correction: one recording, a village its table recorded the day before
        corr = one(mailbox, "correction")
        ((name, _),) = attachments(corr)
        (first,) = [m for m in by_case(mailbox, "ts-clean") if m.unit == corr.unit]
        assert corr.is_correction and "以此为准" in plain(corr) and first.received_at < corr.received_at
        assert any(v in name for v in recorded_villages(named(first, ".xlsx")[0][1])) and sender(first) == sender(corr)
        # 县文旅局 (REVIEW): its repair summary from its own address, naming towns; it owes the 无障碍 材料 only
        bureau = one(mailbox, "broadcast-bureau-repair-summary")
        ((_, data),) = attachments(bureau)
        (own,) = [m for m in by_case(mailbox, "pc-clean") if m.unit == "县文旅局"]
        assert sender(bureau) == sender(own) and sum(t in docx_text(data) for t in TOWNS) == 3
        # 新开岭乡: WeChat's .silk voices beside the table
        silk = one(mailbox, "wechat-voice-silk-recordings")
        assert len(named(silk, ".silk")) == 3 and not named(silk, *AUDIO) and len(named(silk, ".xlsx")) == 1
        assert all(d.startswith(mixed41_docs.SILK_MAGIC) for _, d in named(silk, ".silk"))
        # 雷家店乡: videos
        videos = one(mailbox, "recordings-as-phone-videos")
        assert all(d[4:12] == b"ftypisom" for _, d in named(videos, ".mp4"))
        # 巴什罕乡 (REVIEW): 163's encrypted letter, nothing attached
        locked = one(mailbox, "webmail-encrypted-letter")
        assert not attachments(locked) and "加密邮件" in plain(locked) and "密码" in plain(locked)
        assert "巴什罕乡" in str(message(locked)["Subject"])
        # 喇嘛洞镇's two 整改前 photos (REVIEW), the same bytes again in its full 整改 mail
        early = one(mailbox, "before-photos-only-work-unfinished")
        full = one(mailbox, "pairs-complete-after-before-photos")
        assert [n for n, _ in attachments(early)] == [n for n, _ in named(full, ".jpg") if "整改前" in n]
        assert all(n.endswith("整改前.jpg") for n, _ in attachments(early)) and len(attachments(early)) == 2
        assert {d for _, d in attachments(early)} <= {d for _, d in named(full, ".jpg")} and not full.is_correction
        # 县教育局: the report, the photos only inside a PowerPoint
        deck = one(mailbox, "photos-in-pptx-not-jpg")
        assert len(named(deck, ".docx")) == 1 and not named(deck, ".jpg") and len(named(deck, ".pptx")) == 1
        assert "不要插入Word、PPT" in make_mixed41.NOTICE[make_mixed41.WZA]
        # 玲珑塔镇: the 整改 papers and an updated 台账 beside them, after its 台账 of April
        updated = one(mailbox, "updated-ledger-beside-rectification")
        ((_, data),) = named(updated, ".xlsx")
        assert PC_WORDS in cells(data) and "整改完成情况" in cells(data) and not updated.is_correction
        assert any(m.unit == updated.unit for m in by_case(mailbox, "pc-clean"))
        # the office's own note
        note = one(mailbox, "office-note-to-self")
        assert sender(note) == make_mixed41.OFFICE == str(message(note)["To"]) and not attachments(note)
        # late and on time; no 联调联试 material before the test is over
        late = by_case(mailbox, "pc-late") + by_case(mailbox, "zg-late") + by_case(mailbox, "ts-late")
        assert all(m.received_at > DUES[m.requirements[0]] for m in late)
        on_time = [m for m in mailbox if m.campaign in (make_mixed41.WZA, make_mixed41.GB) and m not in late]
        assert all(m.received_at <= DUES[m.requirements[0]] for m in on_time)
        assert all(m.received_at > TEST_OVER for m in mailbox if m.campaign == make_mixed41.GB)

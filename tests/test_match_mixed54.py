"""Routing on a fifty-fourth, held-out mixed mailbox (tests/fixtures/mixed54).

Two spring 2064 campaigns drafted by `collector campaign init --from-notice`, their windows overlapping for the 28
towns, which owe both — the 涉企行政检查专项整治自查 (the towns, the zone and the 32 departments: the Word 自查报告 and the
Excel 统计表, by 04-10 17:00 as the notice says; the 补充通知 of 04-08 added the Excel 行政执法人员清单 and moved the deadline
to 04-18 17:00, and the clerk carried both into the loaded campaign) and the 2064年度一事一议财政奖补项目 申报 (the 28
towns: the Excel 申报汇总表 and the town's 请示 signed, stamped and scanned, by 04-16 17:00) — beside the built-in 5·15
(2023) one; 45 mails labelled by hand, most from phones and webmail apps, written apart from the routing code. The bar
of tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import sys
import zipfile
from pathlib import Path
from urllib.parse import unquote

import yaml
from click.testing import CliRunner
from mixed_mailbox_tests import RoutingTests
from mixed_suite import assert_drafted_as_kept
import test_match_mixed22 as m22t
from test_match_mixed27 import by_case, docx_text, message
from test_match_mixed32 import opens_as_image, plain
from test_match_mixed36 import one, sender

from collector.campaign import load_campaigns
from collector.cli import cli

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed54"))
import make_mixed54  # noqa: E402
import mixed54_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"zc": dt.datetime(2064, 4, 18, 17, 0, tzinfo=SH), "sb": dt.datetime(2064, 4, 16, 17, 0, tzinfo=SH)}
JC_NOTICE_DUE = dt.datetime(2064, 4, 10, 17, 0, tzinfo=SH)  # the notice's own, before the 补充通知
SUPPLEMENT_AT = make_mixed54.SUPPLEMENT_AT
JC, YS = make_mixed54.JC, make_mixed54.YS
official = mixed54_docs.official
LATE = {"jc-late", "added-material-late", "ys-late", "request-dated-before-due-mail-after"}


def files(mail) -> list[tuple[str, bytes]]:
    """(name, bytes) of every leaf with a file name, inside a forwarded mail too; a percent-encoded name decoded."""
    return [(unquote(p.get_filename()), p.get_payload(decode=True)) for p in message(mail).walk()
            if not p.is_multipart() and p.get_filename()]


def ending(mail, *ends: str) -> list[tuple[str, bytes]]:
    return [(n, d) for n, d in files(mail) if n.lower().endswith(ends)]


def sheets(data: bytes) -> list[str]:
    """Each sheet's cells, one text a sheet."""
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data))
    return ["\n".join(" ".join(str(v) for v in row if v is not None) for row in ws.iter_rows(values_only=True))
            for ws in wb.worksheets]


def cells(data: bytes) -> str:
    return "\n".join(sheets(data))


def pdf_reader(data: bytes):
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        assert reader.decrypt(make_mixed54.PASSWORD)
    return reader


def pdf_text(data: bytes) -> str:
    return "".join(p.extract_text() or "" for p in pdf_reader(data).pages).strip()


def pages_text(data: bytes) -> str:
    return mixed54_docs.iwa_text(zipfile.ZipFile(io.BytesIO(data)).read("Index/Document.iwa")).decode("utf-8", "replace")


def parts_in(mail) -> set[str]:
    """The parts of either campaign a mail's files are, by what they hold: `doc` a Word 自查报告, `pages` one in Pages'
    format, `table` / `list` the 统计表 and the 清单 (a sheet each), `ys-table` the 申报汇总表, `scan` a PDF without text."""
    out = set()
    for name, data in files(mail):
        low = name.lower()
        if low.endswith(".docx") and mixed54_docs.JC_REPORT in docx_text(data):
            out.add("doc")
        elif low.endswith(".pages") and mixed54_docs.JC_REPORT in pages_text(data):
            out.add("pages")
        elif low.endswith(".xlsx"):
            for sheet in sheets(data):
                if sheet.startswith(mixed54_docs.JC_TABLE):
                    out.add("table")
                elif sheet.startswith(mixed54_docs.JC_LIST):
                    out.add("list")
                elif sheet.startswith(mixed54_docs.YS_TABLE):
                    out.add("ys-table")
        elif low.endswith(".pdf") and not pdf_text(data):
            out.add("scan")
    return out


def header_text(mail) -> str:
    msg = message(mail)
    return str(msg["Subject"]) + str(msg["From"]) + "".join(n for n, _ in files(mail))


def everything(mail) -> str:
    """What a reader sees of a mail: headers, body, file names, every Word, Pages and Excel text."""
    texts = [header_text(mail), plain(mail)]
    for name, data in files(mail):
        low = name.lower()
        if low.endswith(".docx"):
            texts.append(docx_text(data))
        elif low.endswith(".xlsx"):
            texts.append(cells(data))
        elif low.endswith(".pages"):
            texts.append(pages_text(data))
    return "\n".join(texts)


class TestMixed54Routing(RoutingTests):
    gen = make_mixed54
    cases = ["jc-clean-before-supplement", "jc-clean", "ys-clean", "jc-late", "ys-late", "list-alone-after-supplement",
             "added-material-late", "after-supplement-without-added-list", "two-materials-one-workbook",
             "town-enforcement-team-sends-list", "bureau-by-short-name-zigui", "pages-report-from-ipad",
             "wecom-mail-new-corp-domain", "list-correction-two-officers-added", "percent-encoded-file-name",
             "pdf-open-password-in-body", "seal-picture-pasted-into-pdf", "wrong-file-picked-from-phone-gallery",
             "resend-after-wrong-picture", "correction-by-reply-to-own-mail", "ys-table-named-tongjibiao",
             "forwarded-original-without-subject", "request-dated-before-due-mail-after",
             "ys-workbook-carries-jc-list-sheet", "wecom-invitation-names-township", "receipt-bounced-by-corp-domain"]
    size = (40, 50)
    has_corrections = True  # 石佛乡's 汇总表 and 县林草局's 清单 (以此为准)

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_the_drafter_still_drafts_what_the_clerk_kept(self, tmp_path):
        """As for every mailbox, except that the 自查 deadline is the 补充通知's (clerk's fix A5): the kept file with the
        notice's own 04-10 17:00 put back is what the drafter drafts."""
        kept = {c.id: c for c in self.campaigns()}
        assert kept[JC].requirements[0].due == DUES["zc"]
        for cid, notice in self.gen.NOTICE_FILES.items():
            (tmp_path / cid).mkdir()
            campaign = kept[cid] if cid != JC else self.before_the_supplement(tmp_path / "jc")
            assert_drafted_as_kept(self.gen.CAMPAIGNS_DIR / notice, campaign, tmp_path / cid)

    @staticmethod
    def before_the_supplement(where: Path):
        where.mkdir()
        kept = make_mixed54.CAMPAIGN_FILES[0]
        text = kept.read_text(encoding="utf-8")
        assert text.count("due: 2064-04-18 17:00:00+08:00") == 1
        (where / kept.name).write_text(text.replace("due: 2064-04-18 17:00:00+08:00", "due: 2064-04-10 17:00:00+08:00"),
                                       encoding="utf-8")
        shutil.copy(make_mixed54.CAMPAIGNS_DIR / make_mixed54.NOTICE_FILES[JC], where)
        (campaign,) = load_campaigns([str(where / kept.name)])
        assert campaign.requirements[0].due == JC_NOTICE_DUE
        return campaign

    def test_the_drafter_still_drafts_the_supplement_as_kept(self, tmp_path):
        """The 补充通知, drafted as a clerk might try it, gives the draft kept in campaigns/drafts/ (not loaded: README)."""
        notice = make_mixed54.CAMPAIGNS_DIR / make_mixed54.SUPPLEMENT_FILE
        out = tmp_path / "draft.yaml"
        result = CliRunner().invoke(cli, ["campaign", "init", "--from-notice", str(notice), "-o", str(out)])
        assert result.exit_code == 0, result.output
        kept = notice.parent / "drafts" / f"{notice.stem}.draft.yaml"
        assert yaml.safe_load(out.read_text(encoding="utf-8")) == yaml.safe_load(kept.read_text(encoding="utf-8"))
        draft = yaml.safe_load(kept.read_text(encoding="utf-8"))
        assert [str(r["due"]) for r in draft["requirements"]] == ["2064-04-18 17:00:00+08:00"]
        assert "延长至4月18日" in make_mixed54.SUPPLEMENT and "行政执法人员清单" in make_mixed54.SUPPLEMENT

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed54.ALL)
        jc, ys = cs[JC], cs[YS]
        assert len(jc.units) == 61 and {u.kind for u in jc.units} == {"town", "township", "zone", "department"}
        assert len(ys.units) == 28 and {u.kind for u in ys.units} == {"town", "township"}
        assert {u.name for u in ys.units} < {u.name for u in jc.units}
        assert "县财政局" in {u.name for u in jc.units} - {u.name for u in ys.units}  # named in the 一事一议 contact line
        (check,) = jc.requirements
        (apply,) = ys.requirements
        assert [check.id, apply.id] == make_mixed54.JCR + make_mixed54.YSR
        assert [p.id for p in check.parts] == make_mixed54.JC_ALL and all(p.kind == "document" for p in check.parts)
        assert "docx" in check.parts[0].formats and "xlsx" in check.parts[1].formats and "xlsx" in check.parts[2].formats
        assert [p.id for p in apply.parts] == make_mixed54.YS_ALL and apply.parts[1].formats == ["pdf"]
        assert (check.due, apply.due) == (DUES["zc"], DUES["sb"])

    def test_every_picture_opens(self, mailbox):
        """Every picture attached opens with PIL: the 5·15 photos and the photo picked by mistake (2064's only one);
        the Pages file's previews too."""
        pics = [d for m in mailbox for n, d in files(m) if n.lower().endswith((".jpg", ".jpeg", ".png"))]
        assert len(pics) >= 9 and all(opens_as_image(d) for d in pics)
        assert [n for m in mailbox if m.received_at.year == 2064 for n, _ in files(m)
                if n.lower().endswith((".jpg", ".jpeg", ".png"))] == ["IMG_4471.JPG"]
        ((_, pages),) = ending(one(mailbox, "pages-report-from-ipad"), ".pages")
        z = zipfile.ZipFile(io.BytesIO(pages))
        assert all(opens_as_image(z.read(n)) for n in ("preview.jpg", "preview-web.jpg", "preview-micro.jpg"))

    def test_every_document_opens(self, mailbox):
        """Every Word, Excel and PDF file of 2064 opens (python-docx, openpyxl, pypdf — the locked 请示 with the password
        its mail gives), inside the forwarded mail too; the Pages file is a zip whose text storage reads back; every
        file is one of these or the one photo."""
        import docx
        import openpyxl

        kinds = {"docx": 0, "xlsx": 0, "scan": 0, "text-pdf": 0, "locked": 0, "pages": 0, "jpg": 0}
        for m in mailbox:
            if m.received_at.year != 2064:
                continue
            for name, data in files(m):
                ext = name.rsplit(".", 1)[-1].lower()
                if ext == "docx":
                    docx.Document(io.BytesIO(data))
                    kinds["docx"] += 1
                elif ext == "xlsx":
                    openpyxl.load_workbook(io.BytesIO(data))
                    kinds["xlsx"] += 1
                elif ext == "pdf":
                    reader = pdf_reader(data)
                    assert len(reader.pages) >= 1
                    kinds["locked" if reader.is_encrypted else "text-pdf" if pdf_text(data) else "scan"] += 1
                elif ext == "pages":
                    assert "Pages-" in zipfile.ZipFile(io.BytesIO(data)).read("Metadata/BuildVersionHistory.plist").decode()
                    assert mixed54_docs.JC_REPORT in pages_text(data)
                    kinds["pages"] += 1
                else:
                    assert ext == "jpg" and opens_as_image(data), name
                    kinds["jpg"] += 1
        assert (kinds["scan"], kinds["text-pdf"], kinds["locked"], kinds["pages"], kinds["jpg"]) == (13, 1, 1, 1, 1)
        assert (kinds["docx"], kinds["xlsx"]) == (12, 41)

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        later = [m for m in mailbox if m.received_at.year == 2064]
        # every filed mail carries exactly the parts of its label, each paper its unit's (the names a unit writes aside)
        own_name = {"bureau-by-short-name-zigui": "县自规局", "town-enforcement-team-sends-list": "喇嘛洞镇综合行政执法队"}
        for m in later:
            if m.campaign == JC:
                want = set(m.parts) | ({"pages"} if m.case == "pages-report-from-ipad" else set())
                assert parts_in(m) == want, m.name
                for name, data in ending(m, ".xlsx"):
                    assert f"填报单位： {own_name.get(m.case, official(m.unit))}" in cells(data), m.name
            elif m.campaign == YS:
                assert parts_in(m) == {"ys-table" if p == "table" else p for p in m.parts}, m.name
                for name, data in ending(m, ".xlsx"):
                    assert f"填报乡镇： {official(m.unit)}" in cells(data), m.name
        # the 补充通知: the plain 自查 mails before it have no 清单, those after have all three
        for m in by_case(mailbox, "jc-clean-before-supplement"):
            assert m.received_at < SUPPLEMENT_AT and m.parts == make_mixed54.JC_OLD
        for m in by_case(mailbox, "jc-clean") + by_case(mailbox, "jc-late"):
            assert m.received_at > SUPPLEMENT_AT and m.parts == make_mixed54.JC_ALL
        # 县市场局: its 清单 alone after the 补充通知, from a new address (its 法规股)
        alone = one(mailbox, "list-alone-after-supplement")
        (first,) = [m for m in by_case(mailbox, "jc-clean-before-supplement") if m.unit == "县市场局"]
        assert sender(alone) != sender(first) and sender(alone) not in {sender(m) for m in mailbox if m is not alone}
        assert "补充通知" in plain(alone) and "法规股" in plain(alone)
        # 县应急局: its 清单 as a reply to its own mail of 03-31, after the deadline
        late_list = one(mailbox, "added-material-late")
        (first,) = [m for m in by_case(mailbox, "jc-clean-before-supplement") if m.unit == "县应急局"]
        assert message(late_list)["In-Reply-To"] == message(first)["Message-ID"] and sender(late_list) == sender(first)
        assert str(message(late_list)["Subject"]) == "回复：" + str(message(first)["Subject"])
        assert "原始邮件" in plain(late_list) and late_list.received_at > DUES["zc"]
        # 县民政局: after the 补充通知, without the 清单 (and never sends it)
        without = one(mailbox, "after-supplement-without-added-list")
        assert without.received_at > SUPPLEMENT_AT and "执法人员清单" not in everything(without)
        assert not [m for m in mailbox if m.unit == "县民政局" and m is not without and m.received_at.year == 2064]
        # 县商务局: the 统计表 and the 清单 two sheets of one workbook
        ((_, book),) = ending(one(mailbox, "two-materials-one-workbook"), ".xlsx")
        first_sheet, second_sheet = sheets(book)
        assert first_sheet.startswith(mixed54_docs.JC_TABLE) and second_sheet.startswith(mixed54_docs.JC_LIST)
        # 喇嘛洞镇's own 综合行政执法队, not the county's 综合行政执法局; the town's report and table never came
        team = one(mailbox, "town-enforcement-team-sends-list")
        assert "喇嘛洞镇综合行政执法队" in str(message(team)["From"]) and "综合行政执法局" not in everything(team)
        assert not [m for m in mailbox if m.campaign == JC and m.unit == "喇嘛洞镇" and m is not team]
        # 县自然资源局 as 自规局 throughout, from a new address
        zigui = one(mailbox, "bureau-by-short-name-zigui")
        assert everything(zigui).count("自规局") >= 8 and "自然资源" not in everything(zigui)
        assert sender(zigui) not in {sender(m) for m in mailbox if m is not zigui}
        assert zigui.received_at.weekday() == 5 and zigui.received_at.hour == 20
        # 县教育局: the report in Pages' format from an iPad, no Word
        ipad = one(mailbox, "pages-report-from-ipad")
        assert not ending(ipad, ".docx", ".doc", ".wps") and len(ending(ipad, ".pages")) == 1
        assert message(ipad)["X-Mailer"].startswith("iPad Mail") and "发自我的iPad" in plain(ipad)
        ((_, pages),) = ending(ipad, ".pages")
        assert official("县教育局") in pages_text(pages) and zipfile.ZipFile(io.BytesIO(pages)).testzip() is None
        # 县人社局 from 企业微信's mail, its corp's domain; the office's 收到 to it bounced
        wecom = one(mailbox, "wecom-mail-new-corp-domain")
        assert sender(wecom).endswith(".wecom.work") and message(wecom)["X-Mailer"].startswith("WeCom")
        assert str(message(wecom)["From"].addresses[0].display_name).startswith("法制股-")
        assert "人力资源和社会保障局" in plain(wecom)
        bounce = one(mailbox, "receipt-bounced-by-corp-domain")
        assert message(bounce).get_content_type() == "multipart/report" and sender(bounce) == "postmaster@163.com"
        assert f"Final-Recipient: rfc822; {sender(wecom)}".encode() in bounce.raw and not files(bounce)
        assert dt.timedelta(0) < bounce.received_at - wecom.received_at < dt.timedelta(hours=1)
        assert "X-Mailer" not in message(bounce)
        # 县林草局's 清单 corrected: two more officers, the same address as its first mail
        fixed = one(mailbox, "list-correction-two-officers-added")
        (first,) = [m for m in by_case(mailbox, "jc-clean") if m.unit == "县林草局"]
        assert fixed.is_correction and sender(fixed) == sender(first) and "以此为准" in plain(fixed)
        ((_, old),) = [(n, d) for n, d in ending(first, ".xlsx") if mixed54_docs.JC_LIST in cells(d)]
        ((_, new),) = ending(fixed, ".xlsx")
        assert cells(new).count("\n") == cells(old).count("\n") + 2
        # 大屯镇: the names percent-encoded in plain name= and filename=, no RFC 2231
        percent = one(mailbox, "percent-encoded-file-name")
        assert b'filename="%E5%A4%A7%E5%B1%AF' in percent.raw and b"filename*=" not in percent.raw
        assert all(n.startswith("大屯镇") for n, _ in files(percent))
        assert message(percent)["X-Mailer"].startswith("Xiaomi")
        # 牤牛营子乡: the 请示 locked, the password in the body
        locked = one(mailbox, "pdf-open-password-in-body")
        ((_, pdf),) = ending(locked, ".pdf")
        from pypdf import PdfReader

        assert PdfReader(io.BytesIO(pdf)).is_encrypted and f"打开密码：{make_mixed54.PASSWORD}" in plain(locked)
        # 头道营子乡 (REVIEW): a PDF with text, the seal its only picture, the head's name typed
        pasted = one(mailbox, "seal-picture-pasted-into-pdf")
        ((_, pdf),) = ending(pasted, ".pdf")
        text = pdf_text(pdf)
        assert mixed54_docs.YS_REQUEST in text and official("头道营子乡") in text and "乡长：" in text
        assert len(pdf_reader(pdf).pages[0].images) == 1 and b"WPS Office" in pdf
        # 西碱厂乡: a photo picked by mistake (REVIEW), then the two files from the same address
        wrong, again = one(mailbox, "wrong-file-picked-from-phone-gallery"), one(mailbox, "resend-after-wrong-picture")
        assert [n for n, _ in files(wrong)] == ["IMG_4471.JPG"] and sender(wrong) == sender(again)
        assert dt.timedelta(0) < again.received_at - wrong.received_at < dt.timedelta(hours=1)
        assert not again.is_correction and "发错" in plain(again)
        # 石佛乡: the 汇总表 corrected in a reply to its own mail
        reply = one(mailbox, "correction-by-reply-to-own-mail")
        (first,) = [m for m in by_case(mailbox, "ys-clean") if m.unit == "石佛乡"]
        assert message(reply)["In-Reply-To"] == message(first)["Message-ID"] and sender(reply) == sender(first)
        assert reply.is_correction and "以此为准" in plain(reply) and "原始邮件" in plain(reply)
        ((_, new),) = ending(reply, ".xlsx")
        ((_, old),) = ending(first, ".xlsx")
        assert cells(new) != cells(old)
        # 贺杖子乡: its 汇总表 named 统计表
        named = one(mailbox, "ys-table-named-tongjibiao")
        assert "统计表" in header_text(named) and "汇总表" not in header_text(named)
        # 谷杖子乡: the mail without a subject forwarded as (无主题).eml, the files only inside it
        forwarded = one(mailbox, "forwarded-original-without-subject")
        (inner,) = [p for p in message(forwarded).walk() if p.get_content_type() == "message/rfc822"]
        assert inner.get_filename() == "(无主题).eml" and str(message(forwarded)["Subject"]) == "转发：(无主题)"
        (held,) = inner.iter_parts()
        assert str(held["Subject"]).strip() == "" and "财政所" in str(held["From"])
        assert len([p for p in message(forwarded).iter_attachments()]) == 1
        # 娘娘庙乡: the 请示 signed on the 15th, the mail on the 17th
        dated = one(mailbox, "request-dated-before-due-mail-after")
        assert "15日" in plain(dated) and dated.received_at > DUES["sb"]
        # 素珠营子乡 (REVIEW): one workbook, the 汇总表 first, the 自查's 清单 second, and the 请示
        both = one(mailbox, "ys-workbook-carries-jc-list-sheet")
        ((_, book),) = ending(both, ".xlsx")
        first_sheet, second_sheet = sheets(book)
        assert first_sheet.startswith(mixed54_docs.YS_TABLE) and second_sheet.startswith(mixed54_docs.JC_LIST)
        assert official("素珠营子乡") in second_sheet and len(ending(both, ".pdf")) == 1
        # the 企业微信 invitation naming 素珠营子乡 (IGNORED)
        invite = one(mailbox, "wecom-invitation-names-township")
        assert sender(invite).endswith("@work.weixin.qq.com") and "素珠营子乡" in str(message(invite)["Subject"])
        assert not files(invite) and "X-Mailer" not in message(invite) and "一事一议项目申报" in plain(invite)
        # phones and webmail apps: most 2064 mails
        mailers = [str(message(m)["X-Mailer"] or "") for m in later]
        phones = ("iPhone", "iPad", "HUAWEI", "Xiaomi", "MailMaster", "QQMail Android", "QQMail iPhone", "WeCom")
        webmail = ("Coremail", "QQMail 2.x", "Richinfo")
        assert sum(x.startswith(phones) for x in mailers) + sum(x.startswith(webmail) for x in mailers) >= 30
        # late and on time, every mail after its notice
        for m in later:
            if m.campaign:
                due = DUES[m.requirements[0]]
                assert (m.received_at > due) == (m.case in LATE), m.name
                assert m.received_at > (dt.datetime(2064, 3, 19, tzinfo=SH) if m.campaign == JC else
                                        dt.datetime(2064, 4, 2, tzinfo=SH))

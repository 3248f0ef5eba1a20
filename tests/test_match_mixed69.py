"""Routing on a sixty-ninth, held-out mixed mailbox (tests/fixtures/mixed69).

Two late-summer 2079 campaigns drafted by `collector campaign init --from-notice` of overlapping units — the
2079年防汛工作总结 (the 28 乡镇 and the seven 防指 members of the addressee line: a Word 总结 by 09-12 17:00) and the
汛后水毁设施排查 (only the eleven units of the notice's 附件1, every one of them owing the 总结 too: an Excel 统计表 and
photos “本通知印发之日起5个工作日内”, i.e. by 09-05) — beside the built-in 5·15 (2023) one; 36 mails labelled by hand,
written apart from the routing code. The bar of tests/mixed_mailbox_tests.py: every mail right in both draws, exact
requirements.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
from mixed_suite import opened_files
import test_match_mixed22 as m22t
from test_match_mixed27 import by_case, docx_text, message
from test_match_mixed32 import plain
from test_match_mixed36 import one, sender
from test_match_mixed68 import cells

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed69"))
import make_mixed69  # noqa: E402
import mixed69_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"summary": dt.datetime(2079, 9, 12, 17, 0, tzinfo=SH),
        "inspection": dt.datetime(2079, 9, 5, 23, 59, 59, tzinfo=SH)}
official, short, LISTED, MEMBERS = mixed69_docs.official, mixed69_docs.short, mixed69_docs.LISTED, mixed69_docs.MEMBERS
TOWNS_28 = 28


def files(mail) -> list[tuple[str, bytes]]:
    """(name, bytes) of every file the mail carries: its attachments, those of a mail forwarded as an attachment, and
    the members of a zip."""
    out = []
    for p in message(mail).walk():
        if p.is_multipart() or not p.get_filename():
            continue
        name, data = p.get_filename(), p.get_payload(decode=True)
        if name.lower().endswith(".zip"):
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                out += [(n, z.read(n)) for n in z.namelist()]
        else:
            out.append((name, data))
    return out



def files_by_kind(mail, kind_of) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes (a zip's members, not the zip): ``kind_of(ext, first_line, data)``
    names it from its first line (an Excel sheet's cells, a Word file's text); each kind with the files' texts (or names)."""
    out: dict[str, list[str]] = {}
    for name, data in files(mail):
        ext = name.rsplit(".", 1)[-1].lower()
        text = cells(data) if ext == "xlsx" else docx_text(data) if ext == "docx" else ""
        out.setdefault(kind_of(ext, text.splitlines()[0] if text else "", data), []).append(text or name)
    return out

def top_names(mail) -> list[str]:
    """The names of the mail's own attachments (a zip by its own name; nothing of a forwarded mail)."""
    return [p.get_filename() for p in message(mail).iter_attachments() if p.get_filename()]


def is_scan(data: bytes) -> bool:
    """A PDF of one image, no text layer (as a scanner writes it)."""
    return data[:5] == b"%PDF-" and b"/Image" in data and b"/Font" not in data


def is_whole_scan(data: bytes) -> bool:
    """A scan (is_scan) written to its end (%%EOF)."""
    return is_scan(data) and data.rstrip().endswith(b"%%EOF")


def kinds_of(mail) -> dict[str, list[bytes]]:
    out: dict[str, list[bytes]] = {}
    for name, data in files(mail):
        out.setdefault(name.rsplit(".", 1)[-1].lower(), []).append(data)
    return out


class TestMixed69Routing(RoutingTests):
    gen = make_mixed69
    cases = ["summary-clean", "inspection-clean", "summary-late", "inspection-late", "out-of-office-reply",
             "summary-says-inspection-follows", "owes-both-sends-summary", "subject-says-inspection-file-is-summary",
             "summary-word-and-stamped-scan", "photos-first", "table-later", "forwarded-as-attachment",
             "file-named-new-sheet", "both-campaigns-in-one-mail", "table-corrected", "unlisted-town-sends-inspection",
             "zip-on-the-sixth-day", "subject-says-only-flood-season", "unlisted-town-asks", "reply-to-notice",
             "summary-in-reply-to-other-notice"]
    size = (32, 40)
    has_corrections = True  # 药王庙镇's corrected 统计表 (以此为准)

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed69.ALL)
        zj, shb = cs[make_mixed69.ZJ], cs[make_mixed69.SHB]
        zj_units, shb_units = [u.name for u in zj.units], [u.name for u in shb.units]
        assert len(zj_units) == TOWNS_28 + len(MEMBERS) and zj_units[TOWNS_28:] == MEMBERS
        assert sorted(shb_units) == sorted(LISTED) and set(shb_units) <= set(zj_units)  # every 排查 unit owes both
        (summary,), (inspection,) = zj.requirements, shb.requirements
        assert [summary.id, inspection.id] == make_mixed69.ZJR + make_mixed69.SHBR
        assert [p.id for p in summary.parts] == ["doc"] and "docx" in summary.parts[0].formats
        assert [(p.id, p.kind) for p in inspection.parts] == [("table", "document"), ("photos", "photo")]
        assert (summary.due, inspection.due) == (DUES["summary"], DUES["inspection"])
        assert "总结" not in zj.subject_hints and "水毁" in shb.subject_hints  # the clerk's fixes B1, A1

    def test_every_document_opens(self, mailbox):
        """Every file of 2079 opens: Word and Excel files, JPEGs, the PDF a scan; zips and forwarded mails opened."""
        assert opened_files(mailbox, 2079, files, pdf=is_scan) == {"pdf": 1, "xlsx": 13, "docx": 12, "jpg": 33}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        # every mail filed under the 排查: a 统计表 of its unit when it carries the table, photos when it carries them
        for m in mailbox:
            if m.campaign != make_mixed69.SHB:
                continue
            k = kinds_of(m)
            assert m.unit in LISTED, m.name
            assert ("table" in m.parts) == bool(k.get("xlsx")), m.name
            assert all(mixed69_docs.SHB_TITLE in cells(x) and official(m.unit) in cells(x) for x in k.get("xlsx", []))
            assert ("photos" in m.parts) == bool(k.get("jpg")), m.name
            assert not k.get("docx"), m.name
        # every mail filed under the 总结: a Word 总结 of its unit, no table, no photo
        for m in mailbox:
            if m.campaign != make_mixed69.ZJ:
                continue
            k = kinds_of(m)
            assert len(k["docx"]) == 1 and not k.get("xlsx") and not k.get("jpg"), m.name
            text = docx_text(k["docx"][0])
            assert mixed69_docs.ZJ_TITLE in text and official(m.unit) in text, m.name
        # 汤神庙镇: both campaigns' files in one mail; the notice said 分别报送
        both = kinds_of(one(mailbox, "both-campaigns-in-one-mail"))
        assert mixed69_docs.ZJ_TITLE in docx_text(both["docx"][0]) and mixed69_docs.SHB_TITLE in cells(both["xlsx"][0])
        assert "请勿合并在一封邮件内" in make_mixed69.NOTICE[make_mixed69.SHB]
        # 大屯镇: the subject says 水毁排查, the file 汛期工作, the Word is the 总结
        dt_mail = one(mailbox, "subject-says-inspection-file-is-summary")
        assert "水毁排查" in str(message(dt_mail)["Subject"]) and top_names(dt_mail) == ["大屯镇汛期工作.docx"]
        assert any(m.unit == "大屯镇" and m.campaign == make_mixed69.SHB for m in mailbox)
        # 玲珑塔镇: subject and file say 汛期 only; the sheet says 水毁
        lt = one(mailbox, "subject-says-only-flood-season")
        said = str(message(lt)["Subject"]) + plain(lt) + " ".join(top_names(lt))
        assert "汛期" in said and "水毁" not in said and "排查" not in said and "汛期报表.xlsx" in top_names(lt)
        assert message(lt)["X-Mailer"] == make_mixed69.ANDROID
        # 巴什罕乡: the sheet named as Excel names a new one
        assert "新建 Microsoft Excel 工作表.xlsx" in top_names(one(mailbox, "file-named-new-sheet"))
        # 交通局: the files only in the mail forwarded as an attachment
        fw = one(mailbox, "forwarded-as-attachment")
        assert not [n for n in top_names(fw) if n.endswith((".xlsx", ".jpg"))]
        assert any(p.get_content_type() == "message/rfc822" for p in message(fw).walk())
        # 水利局: a zip on the sixth calendar day, within five working days
        z = one(mailbox, "zip-on-the-sixth-day")
        assert [n.rsplit(".", 1)[-1] for n in top_names(z)] == ["zip"]
        assert z.received_at.date() - dt.date(2079, 8, 29) == dt.timedelta(days=6)
        assert z.received_at <= DUES["inspection"]
        # 和尚房子乡: two replies to the 排查 notice, the second carrying the 总结
        first, second = one(mailbox, "reply-to-notice"), one(mailbox, "summary-in-reply-to-other-notice")
        for m in (first, second):
            assert make_mixed69.NOTICE_TITLE[make_mixed69.SHB] in str(message(m)["Subject"])
            assert "汛后水毁设施排查单位名单" in plain(m) and sender(m) == sender(first)
        assert second.campaign == make_mixed69.ZJ and not second.is_correction
        # the units outside 附件1: a question, and a table sent unasked
        for case in ("unlisted-town-asks", "unlisted-town-sends-inspection"):
            m = one(mailbox, case)
            assert m.unit == "REVIEW" and not any(u in plain(m) for u in LISTED if u.endswith(("乡", "镇")))
        assert not files(one(mailbox, "unlisted-town-asks"))
        # 养马甸子乡: photos, then the table; 药王庙镇: the table again, 以此为准
        assert one(mailbox, "photos-first").parts == ["photos"] and one(mailbox, "table-later").parts == ["table"]
        fixed = one(mailbox, "table-corrected")
        assert fixed.is_correction and "以此为准" in plain(fixed) and "更正" in cells(kinds_of(fixed)["xlsx"][0])
        assert [m.is_correction for m in mailbox if m.received_at.year == 2079].count(True) == 1
        # the out-of-office reply
        ooo = one(mailbox, "out-of-office-reply")
        assert message(ooo)["Auto-Submitted"] == "auto-generated" and not files(ooo)
        # late and on time
        for case in ("summary-late", "inspection-late"):
            assert all(m.received_at > DUES[m.requirements[0]] for m in by_case(mailbox, case))
        on_time = [m for m in mailbox if m.campaign in (make_mixed69.ZJ, make_mixed69.SHB)
                   and m.case not in ("summary-late", "inspection-late")]
        assert all(m.received_at <= DUES[m.requirements[0]] for m in on_time)
        assert all(m.received_at > dt.datetime(2079, 8, 29, 10, 20, tzinfo=SH) for m in mailbox
                   if m.campaign == make_mixed69.SHB)

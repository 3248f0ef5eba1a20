"""Routing on a seventy-eighth, held-out mixed mailbox (tests/fixtures/mixed78).

Two autumn 2088 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init --from-notice`
— the 县文物安全办's 2088年秋季文物安全专项检查 (the 28 乡镇 and the 县文旅局: an Excel 文物安全专项检查情况统计表 with 2 to
4 检查现场照片, by 09-29 17:00) and the 县文明办's 2088年推进移风易俗工作情况 (the 28 乡镇: a Word 移风易俗工作开展情况报告
and an Excel 村级红白理事会建设情况统计表, by 09-22 17:00; its window inside the other's, every 乡镇 owing both) — beside
the built-in 5·15 (2023) one; 36 mails labelled by hand, written apart from the routing code. The bar of
tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
import test_match_mixed22 as m22t
from test_match_mixed27 import by_case, message
from test_match_mixed32 import plain
from test_match_mixed36 import one, sender
from test_match_mixed69 import files, files_by_kind, top_names

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed78"))
import make_mixed78  # noqa: E402
import mixed78_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"inspection": dt.datetime(2088, 9, 29, 17, 0, tzinfo=SH), "report": dt.datetime(2088, 9, 22, 17, 0, tzinfo=SH)}
official = mixed78_docs.official
RELIC, CUSTOM = make_mixed78.RELIC, make_mixed78.CUSTOM


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes: relic-table / council-table / report / photo / other."""
    return files_by_kind(mail, lambda ext, first, data: (
        "photo" if ext == "jpg" and data[:3] == b"\xff\xd8\xff"
        else "relic-table" if ext == "xlsx" and first == mixed78_docs.RELIC_TITLE
        else "council-table" if ext == "xlsx" and first == mixed78_docs.COUNCIL_TITLE
        else "report" if ext == "docx" and "移风易俗工作情况的报告" in first else "other"))


def inline_jpegs(mail) -> list:
    return [p for p in message(mail).walk() if p.get_content_type() == "image/jpeg"]


class TestMixed78Routing(RoutingTests):
    gen = make_mixed78
    cases = ["relic-clean", "custom-clean", "relic-photos-inline-from-phone", "relic-table-next-day",
             "relic-culture-station-sends", "relic-reply-from-android", "relic-department-table-names-towns",
             "relic-table-only-photos-never", "relic-straggler", "relic-clue-only-inside", "custom-auto-reply",
             "custom-question", "custom-forwarded-inline", "custom-clue-only-inside", "custom-zip",
             "custom-report-corrected", "custom-generic-names", "custom-late", "both-campaigns-in-one-mail",
             "custom-resent-alone", "relic-resent-alone"]
    size = (30, 40)
    has_corrections = True  # 八家子镇's corrected report (以此稿为准)

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed78.ALL)
        relic, custom = cs[RELIC], cs[CUSTOM]
        (inspection,) = relic.requirements
        (report,) = custom.requirements
        assert [inspection.id, report.id] == make_mixed78.INSPECT + make_mixed78.REPORT  # fix H1
        towns = [u.name for u in custom.units]
        assert len(towns) == 28 and [u.name for u in relic.units] == towns + ["县文旅局"]
        assert set(towns) <= {u.name for u in relic.units}  # every 乡镇 owes both
        assert [p.id for p in inspection.parts] == ["table", "photos"]  # fix G1: no `doc` “两项材料”
        assert [p.id for p in report.parts] == ["report", "table"]  # fix H2
        assert (inspection.due, report.due) == (DUES["inspection"], DUES["report"])
        assert "两项材料" not in inspection.title and "两项" not in inspection.hints  # fixes G1, G2
        assert "移风易俗" in custom.subject_hints and "文物安全" in relic.subject_hints  # fixes G2, H3

    def test_every_document_opens(self, mailbox):
        """Every file of 2088 opens: Excel, Word, JPEG (a zip's members too)."""
        import docx
        import openpyxl
        from PIL import Image

        kinds = {"xlsx": 0, "docx": 0, "jpg": 0}
        for m in mailbox:
            if m.received_at.year != 2088:
                continue
            for name, data in files(m):
                ext = name.rsplit(".", 1)[-1].lower()
                if ext == "xlsx":
                    openpyxl.load_workbook(io.BytesIO(data))
                elif ext == "docx":
                    docx.Document(io.BytesIO(data))
                else:
                    assert ext == "jpg", name
                    Image.open(io.BytesIO(data)).verify()
                kinds[ext] += 1
        # 文物 统计表: 4 clean, 杨树湾子乡, 玲珑塔镇, 小德营子乡, 文旅局, 牤牛营子乡, 雷家店乡, 和尚房子乡, 汤神庙镇 twice = 13;
        # 移风易俗: 4 clean, 大屯镇, 魏家岭乡, 王宝营子乡 (zip), 谷杖子乡, 娘娘庙乡, 汤神庙镇 twice = 11 tables, + 八家子镇's
        # corrected report = 12 reports
        assert kinds["xlsx"] == 13 + 11
        assert kinds["docx"] == 12
        assert kinds["jpg"] == 4 * 3 + 3 + 2 + 3 + 4 + 2 + 3 + 2 + 2

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("inspection", "table"): "relic-table", ("inspection", "photos"): "photo",
                ("report", "report"): "report", ("report", "table"): "council-table"}
        for m in mailbox:
            if m.campaign not in (RELIC, CUSTOM):
                continue
            mat = material(m)
            assert {want[(m.requirements[0], p)] for p in m.parts} == set(mat), m.name
            if "photo" in mat:
                assert 2 <= len(mat["photo"]) <= 4, m.name
            texts = [t for kind, ts in mat.items() if kind != "photo" for t in ts]
            assert all(official(m.unit) in t for t in texts), m.name
        # 汤神庙镇: both campaigns in one mail, then each alone
        assert set(material(one(mailbox, "both-campaigns-in-one-mail"))) == {"relic-table", "photo", "report",
                                                                            "council-table"}
        # 杨树湾子乡: the photos inline from an iPhone, at a photo's size, replying to the notice; the table next morning
        ph = one(mailbox, "relic-photos-inline-from-phone")
        assert [p.get_content_disposition() for p in inline_jpegs(ph)] == ["inline"] * 3
        assert "发自我的iPhone" in plain(ph) and str(message(ph)["X-Mailer"]).startswith("iPhone Mail")
        from PIL import Image

        sizes = {Image.open(io.BytesIO(p.get_payload(decode=True))).size for p in inline_jpegs(ph)}
        assert sizes == {(800, 600)} and min(min(s) for s in sizes) >= 320  # a phone's photos, not a logo
        assert "县文化旅游和广播电视局" in plain(ph)  # the quoted notice names the department
        assert ph.received_at < one(mailbox, "relic-table-next-day").received_at
        # the clue only inside: 和尚房子乡's personal QQ, 魏家岭乡's personal 163
        for case, town in (("relic-clue-only-inside", "和尚房子"), ("custom-clue-only-inside", "魏家岭")):
            m = one(mailbox, case)
            assert town not in plain(m) + str(message(m)["Subject"]) + sender(m), case
        assert top_names(one(mailbox, "custom-clue-only-inside")) == ["报告.docx", "统计表.xlsx"]
        assert top_names(one(mailbox, "relic-clue-only-inside"))[0] == "新建 XLSX 工作表.xlsx"
        # 玲珑塔镇's 综合文化站 from its own address
        st = one(mailbox, "relic-culture-station-sends")
        assert sender(st).startswith("lltwhz") and "受镇政府委托" in plain(st)
        # 大屯镇's office forwarding its 民政办's mail inline
        fw = one(mailbox, "custom-forwarded-inline")
        assert "转发邮件信息" in plain(fw) and "大屯镇民政办" in plain(fw)
        assert str(message(fw)["Subject"]).startswith("转发：")
        # 王宝营子乡's zip
        assert top_names(one(mailbox, "custom-zip")) == ["王宝营子乡移风易俗材料.zip"]
        # 小德营子乡 replying from Android to the 文物 notice
        xd = one(mailbox, "relic-reply-from-android")
        assert make_mixed78.NOTICE_TITLE[RELIC] in str(message(xd)["Subject"])
        assert str(message(xd)["X-Mailer"]).startswith("Coremail Mobile")
        # the 文旅局's table names towns in its rows
        wl = material(one(mailbox, "relic-department-table-names-towns"))["relic-table"][0]
        assert "喇嘛洞镇" in wl and "汤神庙镇" in wl
        # generic names in 谷杖子乡's mail
        assert top_names(one(mailbox, "custom-generic-names")) == ["谷杖子乡工作情况报告.docx", "谷杖子乡统计表.xlsx"]
        # the correction
        assert [m.case for m in mailbox if m.is_correction] == ["custom-report-corrected"]
        assert all("以此稿为准" in plain(m) for m in mailbox if m.is_correction)
        # the question, the auto-reply
        assert not files(one(mailbox, "custom-question"))
        ar = one(mailbox, "custom-auto-reply")
        assert str(message(ar)["Subject"]).startswith("自动回复") and not files(ar)
        # late and on time
        late = ("custom-late", "relic-straggler")
        for case in late:
            assert all(m.received_at > DUES[m.requirements[0]] for m in by_case(mailbox, case))
        assert all(m.received_at <= DUES[m.requirements[0]] for m in mailbox
                   if m.campaign in (RELIC, CUSTOM) and m.case not in late)
        assert one(mailbox, "relic-straggler").received_at > DUES["inspection"] + dt.timedelta(days=30)

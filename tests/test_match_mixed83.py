"""Routing on an eighty-third, held-out mixed mailbox (tests/fixtures/mixed83).

Two April 2093 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init --from-notice`
— the 县委政法委's 2093年乡镇综治中心规范化建设自评 (TWO REQUIREMENTS FOR TWO UNIT SETS: the 28 乡镇 an Excel 自评表 and a
Word 建设情况报告; 县公安局, 县司法局, 县信访局 a Word 配合推进情况说明; both by 04-17 17:00) and the 团县委's 2093年度
“五四红旗团委（团支部）”推荐 (EIGHT UNITS — three 镇, three departments, two 直属机构 —: a Word 推荐表 and an Excel 推荐
汇总表, by 04-17 17:00, the very minute the other closes, opened a week later; three 镇 and the 公安局 owe both) — beside
the built-in 5·15 (2023) one; 40 mails labelled by hand, written apart from the routing code. The bar of
tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

import yaml
from mixed_mailbox_tests import RoutingTests
from mixed_suite import opened_files
import test_match_mixed22 as m22t
from test_match_mixed27 import by_case, docx_text, message
from test_match_mixed32 import plain
from test_match_mixed36 import one
from test_match_mixed81 import files

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed83"))
import make_mixed83  # noqa: E402
import mixed83_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUE = dt.datetime(2093, 4, 17, 17, 0, tzinfo=SH)  # all three requirements of 2093 close the same minute
official = mixed83_docs.official
ZZ, WS = make_mixed83.ZZ, make_mixed83.WS


def sheets(data: bytes) -> dict[str, str]:
    """Every sheet of a workbook: its title → its cells' text, a line a row."""
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data))
    return {ws.title: "\n".join(" ".join(str(c) for c in row if c is not None) for row in ws.iter_rows(values_only=True))
            for ws in wb.worksheets}


def named(mail) -> list[tuple[str, bytes]]:
    """(name, bytes) of every file, a full-width “．” before the extension read as the dot it stands for."""
    return [(name.replace("．", "."), data) for name, data in files(mail)]


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes: self / report / support / form / summary / screenshot / other."""
    out: dict[str, list[str]] = {}
    for name, data in named(mail):
        ext = name.rsplit(".", 1)[-1].lower()
        text = ("\n".join(sheets(data).values()) if ext == "xlsx" else docx_text(data) if ext == "docx" else "")
        first = text.splitlines()[0] if text else ""
        kind = ("self" if ext == "xlsx" and first.startswith(mixed83_docs.SELF_TITLE)
                else "summary" if ext == "xlsx" and first.startswith(mixed83_docs.SUMMARY_TITLE)
                else "report" if ext == "docx" and first.endswith(mixed83_docs.REPORT_TITLE)
                else "support" if ext == "docx" and first.endswith(mixed83_docs.SUPPORT_TITLE)
                else "form" if ext == "docx" and first == mixed83_docs.FORM_TITLE
                else "screenshot" if ext == "jpg" and data[:3] == b"\xff\xd8\xff" else "other")
        out.setdefault(kind, []).append(text or name)
    return out


class TestMixed83Routing(RoutingTests):
    gen = make_mixed83
    cases = ["selfcheck-clean", "support-clean", "selfcheck-forward-of-a-forward", "support-marked-urgent",
             "selfcheck-report-as-second-sheet", "selfcheck-report-word-after-sheet", "selfcheck-docket-number-subject",
             "support-police", "selfcheck-table-corrected", "selfcheck-late", "selfcheck-question",
             "selfcheck-auto-reply", "nominate-question", "nominate-after-question", "nominate-form-corrected",
             "nominate-long-screenshot", "nominate-table-after-screenshot", "nominate-own-domain-exmail",
             "nominate-late", "nominate-town-youth-league", "nominate-reply-quoting-notice",
             "both-campaigns-at-the-shared-due", "selfcheck-split-after-both", "nominate-split-after-both",
             "selfcheck-town-owing-both", "nominate-full-width-dot-names"]
    size = (36, 45)
    has_corrections = True  # 大屯镇's 自评表 and 教育局's 推荐表, each “以此为准”
    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed83.ALL)
        zz, ws = cs[ZZ], cs[WS]
        selfcheck, support = zz.requirements
        (nominate,) = ws.requirements
        assert [selfcheck.id, support.id, nominate.id] == make_mixed83.SELF + make_mixed83.SUP + make_mixed83.NOM  # Z2, W3
        towns = [u.name for u in zz.units if selfcheck in zz.requirements_for(u)]
        assert len(towns) == 28 and "八家子经济开发区" not in towns  # the 乡镇 only
        assert [u.name for u in zz.units if support in zz.requirements_for(u)] == make_mixed83.SUPPORT_UNITS
        assert [u.name for u in ws.units] == make_mixed83.WS_UNITS  # three 镇, three departments, two 直属机构
        assert selfcheck.due == support.due == nominate.due == DUE  # the same minute
        assert sorted(p.id for p in selfcheck.parts) == ["doc", "table"] and [p.id for p in support.parts] == ["doc"]
        assert sorted(p.id for p in nominate.parts) == ["doc", "table"]
        assert support.title == "配合推进综治中心建设情况说明"  # Z3
        assert [p.title for p in selfcheck.parts + support.parts if p.id == "doc"] == [
            "综治中心建设情况报告", "配合推进综治中心建设情况说明"]  # Z4
        assert "中心建设" not in support.parts[0].words  # Z5
        assert ws.title.endswith("推荐") and "建昌县" not in ws.subject_hints and "团支部" not in ws.subject_hints  # W1, W2
        assert next(p for p in nominate.parts if p.id == "doc").title == mixed83_docs.FORM_TITLE  # W4
        kept = [yaml.safe_load(f.read_text(encoding="utf-8")) for f in make_mixed83.CAMPAIGN_FILES]
        assert [k["unsettled"] for k in kept] == [[], []]  # Z1: the drafter's question on “同一时间前” settled
        assert "综治中心" in zz.subject_hints and "五四红旗" in ws.subject_hints  # Z7, W2

    def test_every_document_opens(self, mailbox):
        """Every file of 2093 opens: Excel, Word, the one JPEG."""
        kinds = opened_files(mailbox, 2093, named)
        # xlsx: 自评表 5 clean + 头道营子 + 西碱厂 (two sheets) + 贺杖子 + 大屯 更正 + 养马甸子 + 建昌镇 + 药王庙 + 玲珑塔 2
        # = 14; 汇总表 教育局 + 卫健局 (after its screenshot) + 融媒体 + 供销社 + 药王庙 + 建昌镇 + 公安局 + 玲珑塔 2 = 9.
        # docx: 报告 5 + 头道营子 + 西碱厂 + 贺杖子 + 养马甸子 + 建昌镇 + 药王庙 + 玲珑塔 2 = 13; 说明 3; 推荐表 教育局 2
        # + 卫健局 + 融媒体 + 供销社 + 药王庙 + 建昌镇 + 公安局 + 玲珑塔 2 = 10. jpg: 卫健局's long screenshot
        assert kinds == {"xlsx": 23, "docx": 26, "jpg": 1}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("selfcheck", "table"): "self", ("selfcheck", "doc"): "report", ("support", "doc"): "support",
                ("nominate", "doc"): "form", ("nominate", "table"): "summary"}
        for m in mailbox:
            if m.campaign not in (ZZ, WS):
                continue
            mat = material(m)
            got = {want[(m.requirements[0], p)] for p in m.parts}
            if m.case == "nominate-long-screenshot":
                assert len(mat.pop("screenshot")) == 1, m.name  # the 汇总表 as a picture: no part
            assert got == set(mat), m.name
            texts = [t for ts in mat.values() for t in ts]
            assert all(official(m.unit) in t for t in texts), m.name
        # 西碱厂乡: the 报告 typed into a second sheet of the 自评表's workbook, then in Word
        (wb,) = files(one(mailbox, "selfcheck-report-as-second-sheet"))
        tabs = sheets(wb[1])
        assert list(tabs) == ["自评表", mixed83_docs.REPORT_SHEET]
        assert tabs[mixed83_docs.REPORT_SHEET].startswith(official("西碱厂乡") + mixed83_docs.REPORT_TITLE)
        assert set(material(one(mailbox, "selfcheck-report-word-after-sheet"))) == {"report"}
        # 头道营子乡: a forward of a forward
        fw = one(mailbox, "selfcheck-forward-of-a-forward")
        assert plain(fw).count("转发的邮件") == 2 and str(message(fw)["Subject"]).startswith("转发：转发：")
        # 县信访局: Outlook's high importance and 【急】
        urgent = message(one(mailbox, "support-marked-urgent"))
        assert urgent["Importance"] == "High" and urgent["X-Priority"].startswith("1") and "【急】" in urgent["Subject"]
        # 贺杖子乡: the notice's 文号 is the whole subject
        dn = one(mailbox, "selfcheck-docket-number-subject")
        assert str(message(dn)["Subject"]) == make_mixed83.DOCKET and make_mixed83.DOCKET in make_mixed83.NOTICE[ZZ]
        # 县卫健局: the 汇总表 first as a phone's long screenshot (a tall JPEG), its Excel the next morning
        shot = one(mailbox, "nominate-long-screenshot")
        from PIL import Image
        (jpg,) = [data for name, data in files(shot) if name.endswith(".jpg")]
        with Image.open(io.BytesIO(jpg)) as img:
            assert img.height >= 4 * img.width
        assert set(material(one(mailbox, "nominate-table-after-screenshot"))) == {"summary"}
        # 县融媒体中心: its own domain on Tencent's 企业邮箱
        ex = message(one(mailbox, "nominate-own-domain-exmail"))
        assert ex["From"].addresses[0].domain == "jcrmt.cn" and "Exmail" in ex["X-Mailer"]
        # 县公安局: a full-width “．” before each extension, sent as application/octet-stream
        fw_names = [n for n, _ in files(one(mailbox, "nominate-full-width-dot-names"))]
        assert len(fw_names) == 2 and all("．" in n and "." not in n for n in fw_names)
        # 药王庙镇's 团委 in the issuer's words
        assert "共青团" in str(message(one(mailbox, "nominate-town-youth-league"))["From"])
        # 玲珑塔镇: both campaigns in one mail eight minutes before their shared due, held; then each alone, late
        both = one(mailbox, "both-campaigns-at-the-shared-due")
        assert set(material(both)) == {"self", "report", "form", "summary"} and both.unit == "REVIEW"
        assert dt.timedelta(0) < DUE - both.received_at <= dt.timedelta(minutes=10)
        # 建昌镇: a reply quoting the 团县委 notice, which names all eight units
        rq = one(mailbox, "nominate-reply-quoting-notice")
        assert all(n in plain(rq) for n in ("县教育局", "县融媒体中心", "县供销合作社联合社", "药王庙镇"))
        # the questions carry no file; the auto-reply its header
        assert not files(one(mailbox, "selfcheck-question")) and not files(one(mailbox, "nominate-question"))
        assert message(one(mailbox, "selfcheck-auto-reply"))["Auto-Submitted"] == "auto-replied"
        # the two corrections, each 以此为准
        fixed = [m for m in mailbox if m.is_correction]
        assert sorted(m.case for m in fixed) == ["nominate-form-corrected", "selfcheck-table-corrected"]
        assert all("以此为准" in plain(m) for m in fixed)
        # late and on time
        late = ("selfcheck-late", "nominate-late", "selfcheck-split-after-both", "nominate-split-after-both")
        for case in late:
            assert all(m.received_at > DUE for m in by_case(mailbox, case))
        assert all(m.received_at <= DUE for m in mailbox if m.campaign in (ZZ, WS) and m.case not in late)

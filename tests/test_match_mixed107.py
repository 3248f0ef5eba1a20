"""Routing on a hundred-and-seventh, held-out mixed mailbox (tests/fixtures/mixed107).

Two 2117 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init --from-notice` —
the 建昌县事业单位登记管理局's 2116年度事业单位法人年度报告 (its notice a .docx; TEN UNITS of four kinds: the
县农业农村局, the 县文化旅游和广播电视局, the 县水利局 and the 县民政局, the 县政务服务中心 and the 县公共资源交易中心, the
药王庙镇, the 汤神庙镇, the 牤牛营子乡 and the 魏家岭乡; ONE MATERIAL BY TWO DEADLINES BY KIND OF UNIT: the Excel
汇总表 and the Word 年度报告书 “一并”, of the six 县直 units by “3月12日（星期五）下午两点半前”, of the four 乡镇 by
“3月16日（星期二）上午八时前”) and the 建昌县住房保障服务中心's 2117年度公共租赁住房承租人资格年度复核 (its notice a .txt;
TEN UNITS of four kinds: the 县公安局, the 县市场监督管理局, the 县医疗保障局 and the 县统计局, the 县供销合作社联合社 and
the 县融媒体中心, the 建昌镇, the 玲珑塔镇, the 头道营子乡 and the 雷家店乡; one requirement, ONE TABLE IN EITHER OF TWO
FORMS — Excel or the sealed table scanned to PDF, “均可” — by “4月20日（星期二）十八时前”) — beside the built-in 5·15
(2023) one; 36 mails labelled by hand, written apart from the routing code.
The bar of tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import email
import sys
from pathlib import Path

import yaml
from mixed_mailbox_tests import RoutingTests
from mixed_suite import opened_files
import test_match_mixed22 as m22t
from test_match_mixed27 import by_case, docx_text
from test_match_mixed36 import one
from test_match_mixed83 import sheets

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed107"))
import make_mixed107  # noqa: E402
import mixed107_docs  # noqa: E402
from make_labelled import MAIL_POLICY  # noqa: E402

TZ = dt.timezone(dt.timedelta(hours=8))
H1430_XZ = dt.datetime(2117, 3, 12, 14, 30, tzinfo=TZ)  # the 县直 units: “3月12日（星期五）下午两点半前”
H0800_XZH = dt.datetime(2117, 3, 16, 8, 0, tzinfo=TZ)  # the 乡镇: “3月16日（星期二）上午八时前”
H1800_FH = dt.datetime(2117, 4, 20, 18, 0, tzinfo=TZ)  # the 住房保障服务中心's “4月20日（星期二）十八时前”
official, short = mixed107_docs.official, mixed107_docs.short
SY, GZ = make_mixed107.SY, make_mixed107.GZ


def message(mail):
    """The whole mail as the office's mailbox holds it."""
    return email.message_from_bytes(mail.raw, policy=MAIL_POLICY)


def files(mail) -> list[tuple[str, bytes]]:
    """(name, bytes) of every file the mail carries."""
    return [(p.get_filename(), p.get_payload(decode=True)) for p in message(mail).walk()
            if not p.is_multipart() and p.get_filename()]


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes (the scanned 汇总表, an image, by its name): sytable /
    syreport / gztable / other."""
    out: dict[str, list[str]] = {}
    for name, data in files(mail):
        ext = name.rsplit(".", 1)[-1].lower()
        text = "\n".join(sheets(data).values()) if ext == "xlsx" else docx_text(data) if ext == "docx" else ""
        first = text.splitlines()[0] if text else ""
        kind = ("sytable" if ext == "xlsx" and first.startswith(mixed107_docs.SY_TABLE_TITLE)
                else "gztable" if ext == "xlsx" and first.startswith(mixed107_docs.GZ_TABLE_TITLE)
                else "syreport" if ext == "docx" and first.endswith(mixed107_docs.SY_REPORT_TITLE)
                else "gztable" if ext == "pdf" and name == f"{short(mail.unit)}{mixed107_docs.GZ_TABLE_TITLE}.pdf"
                else "other")
        out.setdefault(kind, []).append(text or official(mail.unit))
    return out


class TestMixed107Routing(RoutingTests):
    gen = make_mixed107
    cases = ["sy-clean", "sy-clean-town", "gz-clean", "sy-wenlv-eset", "sy-shuili-1426", "sy-zhengwu-late-1437",
             "sy-jiaoyi-table", "sy-jiaoyi-report-cpanel", "sy-yaowang-0752", "sy-tangshen-late-0813",
             "sy-weijia-question", "sy-weijia-report-only", "sy-jiaoyu-not-asked", "gz-gongan-trendmicro",
             "gz-shichang-exchange-pdf", "gz-yibao-brightmail", "gz-gongxiao-pdf-1752", "gz-rongmei-late-1806",
             "gz-toudao-question", "gz-toudao-xlsx", "gz-leijia-xlsx-and-pdf", "gz-weijian-not-asked",
             "sy-system-reminder", "sy-vendor-promo", "gz-tongji-autoreply"]
    size = (33, 39)
    has_corrections = False
    open_mails = {}

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed107.ALL)
        sy, gz = cs[SY], cs[GZ]
        xianzhi, xiangzhen = sy.requirements
        (fuhe,) = gz.requirements
        assert [xianzhi.id, xiangzhen.id, fuhe.id] == make_mixed107.XZ + make_mixed107.XZH + make_mixed107.FH
        assert sorted(u.name for u in sy.units) == sorted(make_mixed107.SY_UNITS)
        assert sorted(u.name for u in gz.units) == sorted(make_mixed107.GZ_UNITS)
        assert not {u.name for u in sy.units} & {u.name for u in gz.units}
        assert xianzhi.due == H1430_XZ and xiangzhen.due == H0800_XZH and fuhe.due == H1800_FH
        assert sorted(p.id for p in xianzhi.parts) == sorted(p.id for p in xiangzhen.parts) == ["report", "table"]
        assert [p.id for p in fuhe.parts] == ["table"]
        kept = [yaml.safe_load(f.read_text(encoding="utf-8")) for f in make_mixed107.CAMPAIGN_FILES]
        assert [k["unsettled"] for k in kept] == [[], []]
        (xz, xzh) = kept[0]["requirements"]
        assert sorted(xz["units"]) == sorted(make_mixed107.SY_XZ_UNITS)
        assert sorted(xzh["units"]) == sorted(make_mixed107.SY_XZH_UNITS)

    def test_every_document_opens(self, mailbox):
        """Every file of 2117 opens: Excel, Word and PDF."""
        kinds = opened_files(mailbox, 2117, files)
        # xlsx: 汇总表 of 农业农村, 民政, 文旅, 水利, 政务服务, 公共资源交易, 药王庙, 汤神庙, 牤牛营子, 教育 (not asked) = 10;
        #       复核汇总表 of 统计, 建昌镇, 公安, 医保, 融媒体, 头道营子, 雷家店, 卫健 (not asked) = 8: 18.
        # pdf:  复核汇总表 scanned of 市场监管, 供销社, 雷家店 = 3.
        # docx: 年度报告书 of 农业农村, 民政, 文旅, 水利, 政务服务, 公共资源交易, 药王庙, 汤神庙, 牤牛营子, 魏家岭 = 10.
        assert kinds == {"xlsx": 18, "pdf": 3, "docx": 10}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("xianzhi", "table"): "sytable", ("xianzhi", "report"): "syreport",
                ("xiangzhen", "table"): "sytable", ("xiangzhen", "report"): "syreport", ("fuhe", "table"): "gztable"}
        for m in mailbox:
            if m.campaign not in (SY, GZ):
                continue
            mat = material(m)
            assert {want[(m.requirements[0], p)] for p in m.parts} == set(mat), m.name
            assert all(len(ts) == 1 for ts in mat.values()) or m.case == "gz-leijia-xlsx-and-pdf", m.name
            assert all(official(m.unit) in t for ts in mat.values() for t in ts), m.name
            kind = m.requirements[0]
            assert m.unit in {"xianzhi": make_mixed107.SY_XZ_UNITS, "xiangzhen": make_mixed107.SY_XZH_UNITS,
                              "fuhe": make_mixed107.GZ_UNITS}[kind], m.name
        assert len(material(one(mailbox, "gz-leijia-xlsx-and-pdf"))["gztable"]) == 2

        def head(case):
            return message(one(mailbox, case))

        def raw(case):
            return one(mailbox, case).raw

        # 县文旅局: ESET's mail protection on the PC
        assert head("sy-wenlv-eset")["X-EsetResult"] == "clean, is OK" and head("sy-wenlv-eset")["X-EsetId"]
        # 县公共资源交易中心: its domain on a cPanel host (Exim)
        assert raw("sy-jiaoyi-report-cpanel").startswith(b"X-AntiAbuse: This header was added")
        assert head("sy-jiaoyi-report-cpanel")["X-Get-Message-Sender-Via"]
        # 县公安局: Trend Micro IMSVA
        assert raw("gz-gongan-trendmicro").startswith(b"X-TM-AS-Product-Ver: IMSVA")
        assert head("gz-gongan-trendmicro")["X-imss-scan-details"]
        # 县市场局: its Exchange 2007
        assert raw("gz-shichang-exchange-pdf").startswith(b"X-OriginalArrivalTime: 15 Apr 2117 06:50:")
        # 县医保局: Symantec Brightmail
        assert raw("gz-yibao-brightmail").startswith(b"X-AuditID:") and head("gz-yibao-brightmail")["X-Brightmail-Tracker"]
        # the automatic and promotional mails
        assert raw("sy-system-reminder").startswith(b"X-Authentication-Warning: sydj.lnsydw.gov.cn: apache set sender")
        assert head("gz-tongji-autoreply")["Auto-Submitted"] == "auto-replied"
        for case, word in (("sy-system-reminder", "事业单位法人年度报告"), ("sy-vendor-promo", "事业单位法人年度报告"),
                           ("gz-tongji-autoreply", "2117年度公共租赁住房承租人资格年度复核")):
            mail = one(mailbox, case)
            assert word in message(mail)["Subject"] and not files(mail), case
        # the questions without a file; the units not asked, with a file
        for case in ("sy-weijia-question", "gz-toudao-question"):
            assert not files(one(mailbox, case)), case
        assert "县教育局" not in make_mixed107.SY_UNITS and "县卫健局" not in make_mixed107.GZ_UNITS
        assert [name for name, _ in files(one(mailbox, "sy-jiaoyu-not-asked"))] == [
            f"教育局{mixed107_docs.SY_TABLE_TITLE}.xlsx"]
        assert [name for name, _ in files(one(mailbox, "gz-weijian-not-asked"))] == [
            f"卫健局{mixed107_docs.GZ_TABLE_TITLE}.xlsx"]
        assert not [m for m in mailbox if m.is_correction]
        # the windows
        assert one(mailbox, "sy-shuili-1426").received_at < H1430_XZ < one(mailbox, "sy-zhengwu-late-1437").received_at
        assert (one(mailbox, "sy-yaowang-0752").received_at < H0800_XZH
                < one(mailbox, "sy-tangshen-late-0813").received_at)
        assert (one(mailbox, "gz-gongxiao-pdf-1752").received_at < H1800_FH
                < one(mailbox, "gz-rongmei-late-1806").received_at)
        # late and on time
        late = ("sy-zhengwu-late-1437", "sy-tangshen-late-0813", "gz-rongmei-late-1806")
        due = {"xianzhi": H1430_XZ, "xiangzhen": H0800_XZH, "fuhe": H1800_FH}
        for case in late:
            (m,) = by_case(mailbox, case)
            assert m.received_at > due[m.requirements[0]], case
        assert all(m.received_at <= due[m.requirements[0]] for m in mailbox
                   if m.campaign in (SY, GZ) and m.case not in late)

"""Routing on a hundred-and-eighth, held-out mixed mailbox (tests/fixtures/mixed108).

Two 2118 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init --from-notice` —
the 建昌县卫生健康监督所's 2118年机关事业单位二次供水设施卫生自查 (its notice a .docx; TEN UNITS of four kinds: the
县交通运输局, the 县司法局, the 县审计局 and the 县林业和草原局, the 县档案馆 and the 县气象局, the 喇嘛洞镇 and the 大屯镇,
the 贺杖子乡 and the 石佛乡; EVERY UNIT OWING ONE OF TWO REQUIREMENTS BY ONE DEADLINE: the four named that run secondary
water supply — 县交通运输局, 县档案馆, 喇嘛洞镇, 贺杖子乡 — the Excel 自查表 and the 水质检测报告 (a scan, PDF) “一并”,
“其余单位” the Word 情况说明, all by “5月20日（星期五）中午十二时半前”) and the 建昌县体育事业发展中心's 2118年全县机关干部职工
拔河比赛 (its notice a .pdf; NINE UNITS of five kinds: the 县营商环境建设局, the 县商务局, the 县科学技术局 and the
县退役军人事务局, the 县机关事务服务中心 and the 县融媒体中心, the 八家子镇, the 八家子经济开发区 and the 杨树湾子乡; the
Excel 报名表 by “6月8日（星期三）上午九时半前”, the 参赛队员安全承诺书 (a signed scan, PDF) by “6月14日（星期二）十九时前”)
— beside the built-in 5·15 (2023) one; 38 mails labelled by hand, written apart from the routing code.
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

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed108"))
import make_mixed108  # noqa: E402
import mixed108_docs  # noqa: E402
from make_labelled import MAIL_POLICY  # noqa: E402

TZ = dt.timezone(dt.timedelta(hours=8))
H1230_GS = dt.datetime(2118, 5, 20, 12, 30, tzinfo=TZ)  # both requirements: “5月20日（星期五）中午十二时半前”
H0930_BM = dt.datetime(2118, 6, 8, 9, 30, tzinfo=TZ)  # the 报名表: “6月8日（星期三）上午九时半前”
H1900_CN = dt.datetime(2118, 6, 14, 19, 0, tzinfo=TZ)  # the 承诺书: “6月14日（星期二）十九时前”
official, short = mixed108_docs.official, mixed108_docs.short
GS, BH = make_mixed108.GS, make_mixed108.BH


def message(mail):
    """The whole mail as the office's mailbox holds it."""
    return email.message_from_bytes(mail.raw, policy=MAIL_POLICY)


def files(mail) -> list[tuple[str, bytes]]:
    """(name, bytes) of every file the mail carries (a forwarded mail's too)."""
    return [(p.get_filename(), p.get_payload(decode=True)) for p in message(mail).walk()
            if not p.is_multipart() and p.get_filename()]


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes (the scans, images, by their names): gstable / gsreport /
    gsstatement / bhtable / bhpledge / other."""
    out: dict[str, list[str]] = {}
    d = mixed108_docs
    for name, data in files(mail):
        ext = name.rsplit(".", 1)[-1].lower()
        text = "\n".join(sheets(data).values()) if ext == "xlsx" else docx_text(data) if ext == "docx" else ""
        first = text.splitlines()[0] if text else ""
        kind = ("gstable" if ext == "xlsx" and first.startswith(d.GS_TABLE_TITLE)
                else "bhtable" if ext == "xlsx" and first.startswith(d.BH_TABLE_TITLE)
                else "gsstatement" if ext == "docx" and first.endswith(d.GS_STATEMENT_TITLE)
                else "gsreport" if ext == "pdf" and name == f"{short(mail.unit)}{d.GS_REPORT_NAME}.pdf"
                else "bhpledge" if ext == "pdf" and name == f"{short(mail.unit)}{d.BH_PLEDGE_NAME}.pdf"
                else "other")
        out.setdefault(kind, []).append(text or official(mail.unit))
    return out


class TestMixed108Routing(RoutingTests):
    gen = make_mixed108
    cases = ["gs-clean", "gs-clean-zicha", "bh-clean", "bh-clean-pledge", "gs-dangan-sophos", "gs-lamadong-table",
             "gs-lamadong-report-1224", "gs-hezhangzi-table-only", "gs-shenji-late-1238", "gs-shifo-question",
             "gs-shifo-statement", "gs-lincao-thunderbird-fwd", "gs-zhujian-not-asked", "bh-yingshang-0926",
             "bh-keji-late-0934", "bh-tuiyi-outlookcom", "bh-jiguan-fortimail", "bh-bajiazi-question",
             "bh-bajiazi-table", "bh-kaifaqu-table", "bh-kaifaqu-pledge-late-1911", "bh-rongmei-pledge-1856",
             "bh-jiaoyu-not-asked", "gs-mailman-list", "bh-system-receipt"]
    size = (35, 41)
    has_corrections = False
    open_mails = {}

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed108.ALL)
        gs, bh = cs[GS], cs[BH]
        zicha, shuoming = gs.requirements
        baoming, chengnuo = bh.requirements
        assert [zicha.id, shuoming.id, baoming.id, chengnuo.id] == (make_mixed108.ZC + make_mixed108.SM
                                                                   + make_mixed108.BM + make_mixed108.CN)
        assert sorted(u.name for u in gs.units) == sorted(make_mixed108.GS_UNITS)
        assert sorted(u.name for u in bh.units) == sorted(make_mixed108.BH_UNITS)
        assert not {u.name for u in gs.units} & {u.name for u in bh.units}
        assert zicha.due == shuoming.due == H1230_GS and baoming.due == H0930_BM and chengnuo.due == H1900_CN
        assert sorted(p.id for p in zicha.parts) == ["report", "table"]
        assert [p.id for p in shuoming.parts] == ["statement"]
        assert [p.id for p in baoming.parts] == ["table"] and [p.id for p in chengnuo.parts] == ["pledge"]
        kept = [yaml.safe_load(f.read_text(encoding="utf-8")) for f in make_mixed108.CAMPAIGN_FILES]
        assert [k["unsettled"] for k in kept] == [[], []]
        (zc, sm) = kept[0]["requirements"]
        assert sorted(zc["units"]) == sorted(make_mixed108.GS_ZC_UNITS)
        assert sorted(sm["units"]) == sorted(make_mixed108.GS_SM_UNITS)
        assert not set(zc["units"]) & set(sm["units"])

    def test_every_document_opens(self, mailbox):
        """Every file of 2118 opens: Excel, Word and PDF."""
        kinds = opened_files(mailbox, 2118, files)
        # xlsx: 自查表 of 交通, 档案馆, 喇嘛洞 (17th), 贺杖子, 住建 (not asked) = 5;
        #       报名表 of 商务, 杨树湾子, 融媒体, 营商, 科技, 退役军人, 机关事务, 八家子镇, 开发区, 教育 (not asked) = 10: 15.
        # pdf:  检测报告 of 交通, 档案馆, 喇嘛洞 (20th) = 3; 承诺书 of 商务, 杨树湾子, 融媒体, 开发区 = 4: 7.
        # docx: 情况说明 of 司法, 大屯镇, 审计, 石佛, 林草 (inside the forwarded mail) = 5.
        assert kinds == {"xlsx": 15, "pdf": 7, "docx": 5}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("zicha", "table"): "gstable", ("zicha", "report"): "gsreport",
                ("shuoming", "statement"): "gsstatement", ("baoming", "table"): "bhtable",
                ("chengnuo", "pledge"): "bhpledge"}
        for m in mailbox:
            if m.campaign not in (GS, BH):
                continue
            mat = material(m)
            assert {want[(m.requirements[0], p)] for p in m.parts} == set(mat), m.name
            assert all(len(ts) == 1 for ts in mat.values()), m.name
            assert all(official(m.unit) in t for ts in mat.values() for t in ts), m.name
            kind = m.requirements[0]
            assert m.unit in {"zicha": make_mixed108.GS_ZC_UNITS, "shuoming": make_mixed108.GS_SM_UNITS,
                              "baoming": make_mixed108.BH_UNITS, "chengnuo": make_mixed108.BH_UNITS}[kind], m.name

        def head(case):
            return message(one(mailbox, case))

        def raw(case):
            return one(mailbox, case).raw

        # 县档案馆: Sophos PureMessage
        assert raw("gs-dangan-sophos").startswith(b"X-SASI-RCODE: 200") and head("gs-dangan-sophos")["X-SASI-Version"]
        # 县机关事务中心: FortiMail
        assert raw("bh-jiguan-fortimail").startswith(b"X-FEAS-Client-IP:")
        assert head("bh-jiguan-fortimail")["X-FE-Policy-ID"]
        # 县退役军人局: a personal Outlook.com mailbox
        tuiyi = head("bh-tuiyi-outlookcom")
        assert tuiyi["X-TMN"] and tuiyi["X-MS-PublicTrafficType"] == "Email" and "@outlook.com" in tuiyi["From"]
        # 县林草局: Thunderbird's forward as an attachment, the inner mail with its local folder's lines
        fwd = head("gs-lincao-thunderbird-fwd")
        assert "Thunderbird/" in fwd["User-Agent"] and not fwd["X-Mailer"]
        (inner,) = [p for p in fwd.walk() if p.get_content_type() == "message/rfc822"]
        assert inner.get_payload(0)["X-Mozilla-Status"] == "0001" and inner.get_payload(0)["X-UIDL"]
        # the automatic and list mails
        assert head("gs-mailman-list")["X-BeenThere"] and head("gs-mailman-list")["Precedence"] == "list"
        assert head("bh-system-receipt")["X-PHP-Originating-Script"] and not head("bh-system-receipt")["X-Mailer"]
        for case, word in (("gs-mailman-list", "二次供水"), ("bh-system-receipt", "拔河比赛报名")):
            mail = one(mailbox, case)
            assert word in message(mail)["Subject"] and not files(mail), case
        # the questions without a file; the units not asked, with a file
        for case in ("gs-shifo-question", "bh-bajiazi-question"):
            assert not files(one(mailbox, case)), case
        assert "县住建局" not in make_mixed108.GS_UNITS and "县教育局" not in make_mixed108.BH_UNITS
        assert [name for name, _ in files(one(mailbox, "gs-zhujian-not-asked"))] == [
            f"住建局{mixed108_docs.GS_TABLE_TITLE}.xlsx"]
        assert [name for name, _ in files(one(mailbox, "bh-jiaoyu-not-asked"))] == [
            f"教育局{mixed108_docs.BH_TABLE_TITLE}.xlsx"]
        assert not [m for m in mailbox if m.is_correction]
        # the windows
        assert (one(mailbox, "gs-lamadong-report-1224").received_at < H1230_GS
                < one(mailbox, "gs-shenji-late-1238").received_at)
        assert one(mailbox, "bh-yingshang-0926").received_at < H0930_BM < one(mailbox, "bh-keji-late-0934").received_at
        assert (one(mailbox, "bh-rongmei-pledge-1856").received_at < H1900_CN
                < one(mailbox, "bh-kaifaqu-pledge-late-1911").received_at)
        # late and on time
        late = ("gs-shenji-late-1238", "bh-keji-late-0934", "bh-kaifaqu-pledge-late-1911")
        due = {"zicha": H1230_GS, "shuoming": H1230_GS, "baoming": H0930_BM, "chengnuo": H1900_CN}
        for case in late:
            (m,) = by_case(mailbox, case)
            assert m.received_at > due[m.requirements[0]], case
        assert all(m.received_at <= due[m.requirements[0]] for m in mailbox
                   if m.campaign in (GS, BH) and m.case not in late)

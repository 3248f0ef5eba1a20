"""Routing on a hundred-and-sixth, held-out mixed mailbox (tests/fixtures/mixed106).

Two 2116 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init --from-notice` —
the 建昌县国库集中支付中心's 2116年度预算单位银行账户年检 (its notice a .docx; NINE UNITS of four kinds: the
县教育局, the 县卫生健康局, the 县交通运输局 and the 县审计局, the 县档案馆 and the 县融媒体中心, the 喇嘛洞镇, the 石佛乡 and
the 西碱厂乡; TWO REQUIREMENTS BY TWO DEADLINES, THE SECOND OWED BY THREE UNITS ONLY: the Excel 年检表 and the sealed
承诺书 scanned to PDF “一并” of all nine by “3月13日（星期五）十七时三十分前”, the Word 整改情况说明 of the 县教育局,
the 县卫生健康局 and the 喇嘛洞镇 by “3月20日（星期五）上午十点半前”) and the 建昌县版权局's 2116年度软件正版化工作检查
(its notice a .txt; EIGHT UNITS of four kinds: the 县发展和改革局, the 县商务局 and the 县司法局, the 县气象局 and the
县机关事务服务中心, the 八家子镇, the 贺杖子乡 and the 老大杖子乡; one requirement, TWO EXCEL TABLES “一并” — the
自查表 and the 软件资产登记台账 — by “4月17日（星期五）下午三点半前”) — beside the built-in 5·15 (2023) one; 37 mails
labelled by hand, written apart from the routing code.
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

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed106"))
import make_mixed106  # noqa: E402
import mixed106_docs  # noqa: E402
from make_labelled import MAIL_POLICY  # noqa: E402

TZ = dt.timezone(dt.timedelta(hours=8))
H1730_NJ = dt.datetime(2116, 3, 13, 17, 30, tzinfo=TZ)  # the 国库集中支付中心's 年检: “3月13日（星期五）十七时三十分前”
H1030_ZG = dt.datetime(2116, 3, 20, 10, 30, tzinfo=TZ)  # its 整改说明: “3月20日（星期五）上午十点半前”
H1530_JC = dt.datetime(2116, 4, 17, 15, 30, tzinfo=TZ)  # the 版权局's “4月17日（星期五）下午三点半前”
official, short = mixed106_docs.official, mixed106_docs.short
GK, BQ = make_mixed106.GK, make_mixed106.BQ


def message(mail):
    """The whole mail as the office's mailbox holds it."""
    return email.message_from_bytes(mail.raw, policy=MAIL_POLICY)


def files(mail) -> list[tuple[str, bytes]]:
    """(name, bytes) of every file the mail carries."""
    return [(p.get_filename(), p.get_payload(decode=True)) for p in message(mail).walk()
            if not p.is_multipart() and p.get_filename()]


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes (the scanned 承诺书, an image, by its name): gktable /
    gkpromise / gkreport / bqtable / bqledger / other."""
    out: dict[str, list[str]] = {}
    for name, data in files(mail):
        ext = name.rsplit(".", 1)[-1].lower()
        text = "\n".join(sheets(data).values()) if ext == "xlsx" else docx_text(data) if ext == "docx" else ""
        first = text.splitlines()[0] if text else ""
        kind = ("gktable" if ext == "xlsx" and first.startswith(mixed106_docs.GK_TABLE_TITLE)
                else "bqtable" if ext == "xlsx" and first.startswith(mixed106_docs.BQ_TABLE_TITLE)
                else "bqledger" if ext == "xlsx" and first.startswith(mixed106_docs.BQ_LEDGER_TITLE)
                else "gkreport" if ext == "docx" and first.endswith(mixed106_docs.GK_REPORT_TITLE)
                else "gkpromise" if ext == "pdf" and name == f"{short(mail.unit)}{mixed106_docs.GK_PROMISE_TITLE}.pdf"
                else "other")
        out.setdefault(kind, []).append(text or official(mail.unit))
    return out


class TestMixed106Routing(RoutingTests):
    gen = make_mixed106
    cases = ["gk-clean", "bq-clean", "gk-jiaoyu-barracuda", "gk-jiaoyu-zhenggai-1024", "gk-weijian-both",
             "gk-weijian-zhenggai-late", "gk-lama-late-1736", "gk-shifo-table", "gk-shifo-promise-139",
             "gk-xijian-question", "gk-xijian-table-only", "gk-dangan-alimail", "gk-rongmei-1658",
             "gk-lincao-not-asked", "bq-sifa-avast", "bq-qixiang-exmail", "bq-jiguan-late-1538", "bq-bajiazi-1524",
             "bq-hezhang-ledger", "bq-hezhang-table", "bq-laoda-question", "bq-laoda-both", "bq-caizheng-not-asked",
             "gk-bank-promo", "bq-hezhang-autoreply", "bq-soft-promo"]
    size = (34, 40)
    has_corrections = False
    open_mails = {}

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed106.ALL)
        gk, bq = cs[GK], cs[BQ]
        nianjian, zhenggai = gk.requirements
        (jiancha,) = bq.requirements
        assert [nianjian.id, zhenggai.id, jiancha.id] == make_mixed106.NJ + make_mixed106.ZG + make_mixed106.JC
        assert sorted(u.name for u in gk.units) == sorted(make_mixed106.GK_UNITS)
        assert sorted(u.name for u in bq.units) == sorted(make_mixed106.BQ_UNITS)
        assert not {u.name for u in gk.units} & {u.name for u in bq.units}
        assert nianjian.due == H1730_NJ and zhenggai.due == H1030_ZG and jiancha.due == H1530_JC
        assert sorted(p.id for p in nianjian.parts) == ["promise", "table"]
        assert [p.id for p in zhenggai.parts] == ["report"]
        assert sorted(p.id for p in jiancha.parts) == ["ledger", "table"]
        kept = [yaml.safe_load(f.read_text(encoding="utf-8")) for f in make_mixed106.CAMPAIGN_FILES]
        assert [k["unsettled"] for k in kept] == [[], []]
        (nj, zg) = kept[0]["requirements"]
        assert nj["units"] == "all"  # the nine of the address line
        assert sorted(zg["units"]) == sorted(make_mixed106.GK_ZG_UNITS)

    def test_every_document_opens(self, mailbox):
        """Every file of 2116 opens: Excel, Word and PDF."""
        kinds = opened_files(mailbox, 2116, files)
        # xlsx: 年检表 of 交通, 审计, 教育, 卫健, 喇嘛洞, 石佛, 西碱厂, 档案馆, 融媒体, 林草 (not asked) = 10;
        #       自查表 and 台账 of 发改, 商务, 司法, 气象, 机关事务, 八家子, 贺杖子, 老大杖子 = 16, 财政's 自查表 (not asked): 27.
        # pdf:  承诺书 of 交通, 审计, 教育, 卫健, 喇嘛洞, 石佛, 档案馆, 融媒体 = 8.
        # docx: 整改说明 of 教育, 卫健 = 2.
        assert kinds == {"xlsx": 27, "pdf": 8, "docx": 2}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("nianjian", "table"): "gktable", ("nianjian", "promise"): "gkpromise",
                ("zhenggai", "report"): "gkreport", ("jiancha", "table"): "bqtable", ("jiancha", "ledger"): "bqledger"}
        for m in mailbox:
            if m.campaign not in (GK, BQ):
                continue
            mat = material(m)
            assert {want[(m.requirements[0], p)] for p in m.parts} == set(mat), m.name
            assert all(len(ts) == 1 for ts in mat.values()), m.name
            assert all(official(m.unit) in t for ts in mat.values() for t in ts), m.name
            kind = m.requirements[0]
            assert m.unit in {"nianjian": make_mixed106.GK_UNITS, "zhenggai": make_mixed106.GK_ZG_UNITS,
                              "jiancha": make_mixed106.BQ_UNITS}[kind], m.name

        def head(case):
            return message(one(mailbox, case))

        def raw(case):
            return one(mailbox, case).raw

        # 县教育局: its Barracuda gateway, the subject again in X-ASG-Orig-Subj
        assert raw("gk-jiaoyu-barracuda").startswith(b"X-ASG-Debug-ID:")
        bar = head("gk-jiaoyu-barracuda")
        assert bar["X-Barracuda-Spam-Score"] == "0.00" and str(bar["X-ASG-Orig-Subj"]) == str(bar["Subject"])
        # 石佛乡: the 139 mailbox, no X-Mailer
        assert raw("gk-shifo-promise-139").startswith(b"X-RM-TRANSID:")
        assert head("gk-shifo-promise-139")["X-Mailer"] is None
        # 县档案馆: 阿里企业邮箱
        assert raw("gk-dangan-alimail").startswith(b"X-Alimail-AntiSpam: AC=PASS;")
        # 县气象局: 腾讯企业邮
        assert raw("bq-qixiang-exmail").startswith(b"X-QQ-mid: bizesmtp")
        assert head("bq-qixiang-exmail")["X-BIZMAIL-ID"] and head("bq-qixiang-exmail")["X-QQ-GoodBg"] == "2"
        # 县司法局: Avast's mail shield
        av = head("bq-sifa-avast")
        assert av["X-Antivirus-Status"] == "Clean" and "Avast" in av["X-Antivirus"]
        # the automatic and promotional mails
        assert head("bq-hezhang-autoreply")["Auto-Submitted"] == "auto-replied"
        for case, word in (("gk-bank-promo", "预算单位银行账户年检"), ("bq-hezhang-autoreply", "2116年度软件正版化工作检查"),
                           ("bq-soft-promo", "软件正版化工作检查")):
            mail = one(mailbox, case)
            assert word in message(mail)["Subject"] and not files(mail), case
        # the questions without a file; the units not asked, with a file
        for case in ("gk-xijian-question", "bq-laoda-question"):
            assert not files(one(mailbox, case)), case
        assert "县林草局" not in make_mixed106.GK_UNITS and "县财政局" not in make_mixed106.BQ_UNITS
        assert [name for name, _ in files(one(mailbox, "gk-lincao-not-asked"))] == [
            f"林草局{mixed106_docs.GK_TABLE_TITLE}.xlsx"]
        assert [name for name, _ in files(one(mailbox, "bq-caizheng-not-asked"))] == [
            f"财政局{mixed106_docs.BQ_TABLE_TITLE}.xlsx"]
        assert not [m for m in mailbox if m.is_correction]
        # the windows
        assert one(mailbox, "gk-rongmei-1658").received_at < H1730_NJ
        assert one(mailbox, "gk-shifo-promise-139").received_at < H1730_NJ < one(mailbox, "gk-lama-late-1736").received_at
        assert (one(mailbox, "gk-jiaoyu-zhenggai-1024").received_at < H1030_ZG
                < one(mailbox, "gk-weijian-zhenggai-late").received_at)
        assert one(mailbox, "bq-bajiazi-1524").received_at < H1530_JC < one(mailbox, "bq-jiguan-late-1538").received_at
        # late and on time
        late = ("gk-lama-late-1736", "gk-weijian-zhenggai-late", "bq-jiguan-late-1538")
        due = {"nianjian": H1730_NJ, "zhenggai": H1030_ZG, "jiancha": H1530_JC}
        for case in late:
            (m,) = by_case(mailbox, case)
            assert m.received_at > due[m.requirements[0]], case
        assert all(m.received_at <= due[m.requirements[0]] for m in mailbox
                   if m.campaign in (GK, BQ) and m.case not in late)

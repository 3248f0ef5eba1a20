"""Routing on a hundred-and-fourth, held-out mixed mailbox (tests/fixtures/mixed104).

Two 2114 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init --from-notice` —
the 建昌县铁路护路联防工作领导小组办公室's 2114年铁路沿线安全环境隐患排查整治 (its notice a .docx; SEVEN UNITS of four
kinds: the 大屯镇 and the 玲珑塔镇, the 魏家岭乡 and the 西碱厂乡, the 八家子经济开发区, the 县公安局 and the
县交通运输局; TWO REQUIREMENTS WITH TWO DEADLINES, THE FIRST OWED BY FIVE UNITS NAMED: the Excel 排查台账 and its
signed and sealed scan (PDF) “一并” of the five 沿线 units by “4月18日（星期三）十五时前” (“县公安局、县交通运输局不需
报送台账”), a Word 工作总结 of all seven by “5月9日（星期三）十一时前”) and the 建昌县未成年人保护工作领导小组办公室's
2114年未成年人保护工作情况统计 (its notice a .txt; SEVEN UNITS of four kinds: the 喇嘛洞镇 and the 八家子镇, the
巴什罕乡 and the 王宝营子乡, the 县教育局 and the 县卫生健康局, the 县融媒体中心; one requirement, an Excel 统计表 by
“5月30日（星期三）十六时前”) — beside the built-in 5·15 (2023) one; 37 mails labelled by hand, written apart from
the routing code.
The bar of tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import email
import sys
from pathlib import Path

import yaml
from mixed_mailbox_tests import RoutingTests
from mixed_suite import assert_labels_well_formed, built, opened_files
from test_match_mixed27 import by_case, docx_text
from test_match_mixed36 import one
from test_match_mixed83 import sheets

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed104"))
import make_mixed104  # noqa: E402
import mixed104_docs  # noqa: E402
from make_labelled import MAIL_POLICY  # noqa: E402

TZ = dt.timezone(dt.timedelta(hours=8))
H15_PC = dt.datetime(2114, 4, 18, 15, 0, tzinfo=TZ)  # the 护路办's “4月18日（星期三）十五时前”
H11_ZJ = dt.datetime(2114, 5, 9, 11, 0, tzinfo=TZ)  # “5月9日（星期三）十一时前”
H16_TJ = dt.datetime(2114, 5, 30, 16, 0, tzinfo=TZ)  # the 未保办's “5月30日（星期三）十六时前”
official, short = mixed104_docs.official, mixed104_docs.short
HL, WB = make_mixed104.HL, make_mixed104.WB


def message(mail):
    """The whole mail as the office's mailbox holds it."""
    return email.message_from_bytes(mail.raw, policy=MAIL_POLICY)


def files(mail) -> list[tuple[str, bytes]]:
    """(name, bytes) of every file the mail carries."""
    return [(p.get_filename(), p.get_payload(decode=True)) for p in message(mail).walk()
            if not p.is_multipart() and p.get_filename()]


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes: hltable / hlscan / hldoc / wbtable / other."""
    out: dict[str, list[str]] = {}
    for name, data in files(mail):
        ext = name.rsplit(".", 1)[-1].lower()
        text = "\n".join(sheets(data).values()) if ext == "xlsx" else docx_text(data) if ext == "docx" else ""
        first = text.splitlines()[0] if text else ""
        kind = ("hltable" if ext == "xlsx" and first.startswith(mixed104_docs.HL_TABLE_TITLE)
                else "wbtable" if ext == "xlsx" and first.startswith(mixed104_docs.WB_TABLE_TITLE)
                else "hldoc" if ext == "docx" and first.endswith(mixed104_docs.HL_DOC_TITLE)
                else "hlscan" if ext == "pdf" and data.startswith(b"%PDF")
                else "other")
        out.setdefault(kind, []).append(text or name)
    return out


class TestMixed104Routing(RoutingTests):
    gen = make_mixed104
    cases = ["hl-clean-paicha", "hl-clean-zongjie", "wb-clean", "hl-datun-bcc", "hl-datun-zongjie",
             "hl-linglong-zongjie", "hl-weijia-late-utc", "hl-weijia-zongjie", "hl-xijian-question",
             "hl-xijian-table", "hl-xijian-scan", "hl-xijian-zongjie", "hl-kaifaqu-table-only",
             "hl-kaifaqu-zongjie-late-apple", "hl-gongan-zongjie", "hl-gongan-table-unasked", "hl-yaowang-not-asked",
             "wb-lama-foxmail6", "wb-bajiazi-late", "wb-bashihan", "wb-wangbao-question", "wb-wangbao-table",
             "wb-rongmei", "wb-sifa-not-asked", "hl-jiaotong-oof", "hl-net-promo", "wb-sign-promo"]
    size = (34, 40)
    has_corrections = False
    open_mails = {
        # the one run (README, “Results on main”): the scan sent alone, a PDF of one image, named “…隐患排查台账（盖章）”,
        # its subject “西碱厂乡隐患排查台账盖章件”, neither carrying the kept part's words (my guess), sent to review
        "021-hl-xijian-scan": "the 台账's scan sent alone, after the table: taken for no material of the campaign",
    }

    def test_set_is_varied_and_labelled(self, mailbox):
        """mixed22's check (the shared `assert_labels_well_formed`, and the other draw gives the same labels in the
        same order) but for one thing: the 未保 campaign has 7 mails where the shared check wants 8 — the writer's slip,
        found by the one run (README); kept as it is, strict, so that an eighth mail takes this back to mixed22's."""
        assert sum(1 for m in mailbox if m.campaign == WB) == 7
        assert_labels_well_formed(mailbox, (make_mixed104.C515, HL), self.cases, self.size)
        other = built(self.gen, self.seed)
        assert [(m.campaign, m.unit, m.requirements, m.parts, m.case, m.is_correction) for m in other] == [
            (m.campaign, m.unit, m.requirements, m.parts, m.case, m.is_correction) for m in mailbox]

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed104.ALL)
        hl, wb = cs[HL], cs[WB]
        paicha, zongjie = hl.requirements
        (tongji,) = wb.requirements
        assert [paicha.id, zongjie.id, tongji.id] == make_mixed104.PC + make_mixed104.ZJ + make_mixed104.TJ
        assert [u.name for u in hl.units] == make_mixed104.HL_UNITS
        assert [u.name for u in wb.units] == make_mixed104.WB_UNITS
        assert not {u.name for u in hl.units} & {u.name for u in wb.units}
        assert paicha.due == H15_PC and zongjie.due == H11_ZJ and tongji.due == H16_TJ
        assert sorted(p.id for p in paicha.parts) == ["scan", "table"]
        assert [p.id for p in zongjie.parts] == ["doc"] and [p.id for p in tongji.parts] == ["table"]
        kept = [yaml.safe_load(f.read_text(encoding="utf-8")) for f in make_mixed104.CAMPAIGN_FILES]
        assert [k["unsettled"] for k in kept] == [[], []]
        (pc, zj) = kept[0]["requirements"]
        assert sorted(pc["units"]) == sorted(make_mixed104.PC_UNITS)

    def test_every_document_opens(self, mailbox):
        """Every file of 2114 opens: Excel, Word and the scans."""
        kinds = opened_files(mailbox, 2114, files)
        # xlsx: 台账 of 玲珑塔, 大屯, 魏家岭, 西碱厂, 开发区, 公安 (not asked), 药王庙 (not asked) = 7;
        #       统计表 of 教育, 卫健, 喇嘛洞, 八家子镇, 巴什罕, 王宝营子, 融媒体, 司法 (not asked) = 8: 15.
        # pdf: 扫描件 of 玲珑塔, 大屯, 魏家岭, 西碱厂 = 4.
        # docx: 总结 of 交通, 大屯, 玲珑塔, 魏家岭, 西碱厂, 开发区, 公安 = 7.
        assert kinds == {"xlsx": 15, "pdf": 4, "docx": 7}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("paicha", "table"): "hltable", ("paicha", "scan"): "hlscan", ("zongjie", "doc"): "hldoc",
                ("tongji", "table"): "wbtable"}
        for m in mailbox:
            if m.campaign not in (HL, WB):
                continue
            mat = material(m)
            assert {want[(m.requirements[0], p)] for p in m.parts} == set(mat), m.name
            assert all(len(ts) == 1 for ts in mat.values()), m.name
            assert all(official(m.unit) in t for k, ts in mat.items() if k != "hlscan" for t in ts), m.name

        def head(case):
            return message(one(mailbox, case))

        # 大屯镇: the office in Bcc, the To line the empty group
        assert one(mailbox, "hl-datun-bcc").raw.count(b"\r\nTo: undisclosed-recipients:;\r\n") == 1
        # 魏家岭乡: Date in UTC, received after 十五时, the Date's clock reading 07:xx
        utc = head("hl-weijia-late-utc")["Date"].datetime
        assert utc.utcoffset() == dt.timedelta(0) and utc.hour == 7 and utc > H15_PC - dt.timedelta(minutes=5)
        # 八家子开发区: Apple Mail's comment after the MIME version
        assert b"\r\nMIME-Version: 1.0 (Mac OS X Mail 16.0 \\(3731.600.7\\))\r\n" in one(
            mailbox, "hl-kaifaqu-zongjie-late-apple").raw
        # 喇嘛洞镇: Foxmail 6.5's X-mailer, the body gb2312
        fox6 = head("wb-lama-foxmail6")
        assert fox6["X-Mailer"].startswith("Foxmail 6, ") and b"\r\nX-mailer: " in one(mailbox, "wb-lama-foxmail6").raw
        assert fox6.get_body(("plain",)).get_content_charset() == "gb2312"
        # the automatic and promotional mails
        oof = head("hl-jiaotong-oof")
        assert oof["X-Auto-Response-Suppress"] == "All" and oof["Auto-Submitted"] == "auto-generated"
        assert head("hl-net-promo")["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        for case, word in (("hl-jiaotong-oof", "铁路沿线安全环境隐患排查整治"), ("hl-net-promo", "铁路沿线安全环境隐患"),
                           ("wb-sign-promo", "未成年人保护工作")):
            mail = one(mailbox, case)
            assert word in message(mail)["Subject"] and not files(mail), case
        # the questions without a file; the units not asked, with a file
        for case in ("hl-xijian-question", "wb-wangbao-question"):
            assert not files(one(mailbox, case)), case
        assert set(material(one(mailbox, "hl-gongan-table-unasked"))) == {"hltable"}
        assert set(material(one(mailbox, "hl-yaowang-not-asked"))) == {"hltable"}
        assert set(material(one(mailbox, "wb-sifa-not-asked"))) == {"wbtable"}
        assert "县公安局" in make_mixed104.HL_UNITS and "县公安局" not in make_mixed104.PC_UNITS
        assert "药王庙镇" not in make_mixed104.HL_UNITS + make_mixed104.WB_UNITS
        assert "县司法局" not in make_mixed104.WB_UNITS
        assert not [m for m in mailbox if m.is_correction]
        # the windows
        assert one(mailbox, "hl-xijian-scan").received_at < H15_PC < one(mailbox, "hl-weijia-late-utc").received_at
        assert one(mailbox, "hl-linglong-zongjie").received_at < H11_ZJ < one(
            mailbox, "hl-kaifaqu-zongjie-late-apple").received_at
        assert one(mailbox, "wb-bashihan").received_at < H16_TJ < one(mailbox, "wb-bajiazi-late").received_at
        # late and on time
        late = ("hl-weijia-late-utc", "hl-kaifaqu-zongjie-late-apple", "wb-bajiazi-late")
        due = {"paicha": H15_PC, "zongjie": H11_ZJ, "tongji": H16_TJ}
        for case in late:
            (m,) = by_case(mailbox, case)
            assert m.received_at > due[m.requirements[0]], case
        assert all(m.received_at <= due[m.requirements[0]] for m in mailbox
                   if m.campaign in (HL, WB) and m.case not in late)

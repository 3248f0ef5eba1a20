"""Routing on a ninety-ninth, held-out mixed mailbox (tests/fixtures/mixed99).

Two autumn 2109 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init
--from-notice` — the 建昌县农业技术推广中心's 2109年秋季农作物重大病虫害监测防控 (its notice a .txt; SEVEN UNITS: the
药王庙镇 and the 玲珑塔镇, four 乡 and the 县林草局; an Excel 2109年秋季农作物重大病虫害发生与防控情况统计表 and a Word
病虫害监测防控工作总结, by “9月13日（星期五）上午10时30分前”) and the 建昌县农村经营管理站's 2109年县级示范家庭农场和
农民合作社示范社评定 (its notice a .docx; EIGHT UNITS: three 镇, four 乡 and the 县供销社; TWO REQUIREMENTS: an Excel
示范家庭农场和农民合作社示范社推荐汇总表 and a Word 推荐情况说明 by “9月27日（星期五）下午5点前”, one Excel 县级示范社
运行监测表 by “11月8日（星期五）12时前”; the 玲珑塔镇 owes both campaigns) — beside the built-in 5·15 (2023) one;
37 mails labelled by hand, written apart from the routing code.
The bar of tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import email
import io
import sys
import zipfile
from pathlib import Path

import yaml
from mixed_mailbox_tests import RoutingTests
from mixed_suite import opened_files
import test_match_mixed22 as m22t
from test_match_mixed27 import by_case, docx_text
from test_match_mixed36 import one
from test_match_mixed83 import sheets

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed99"))
import make_mixed99  # noqa: E402
import mixed99_docs  # noqa: E402
from make_labelled import MAIL_POLICY  # noqa: E402

TZ = dt.timezone(dt.timedelta(hours=8))
H1030_BCH = dt.datetime(2109, 9, 13, 10, 30, tzinfo=TZ)  # the 农技推广中心's “9月13日（星期五）上午10时30分前”
H17_TJ = dt.datetime(2109, 9, 27, 17, 0, tzinfo=TZ)  # the 农经站's “9月27日（星期五）下午5点前”
H12_YX = dt.datetime(2109, 11, 8, 12, 0, tzinfo=TZ)  # “11月8日（星期五）12时前”
official = mixed99_docs.official
BCH, SF = make_mixed99.BCH, make_mixed99.SF


def message(mail):
    """The whole mail as the office's mailbox holds it (the 163 trace lines included: the signed mail's
    Received-SPF, Authentication-Results and DKIM-Signature stand above its Received line)."""
    return email.message_from_bytes(mail.raw, policy=MAIL_POLICY)


def files(mail) -> list[tuple[str, bytes]]:
    """(name, bytes) of every file the mail carries."""
    return [(p.get_filename(), p.get_payload(decode=True)) for p in message(mail).walk()
            if not p.is_multipart() and p.get_filename()]


def members(mail, ext: str) -> dict[str, bytes]:
    (data,) = [d for n, d in files(mail) if n.endswith("." + ext)]
    z = zipfile.ZipFile(io.BytesIO(data))
    return {n: z.read(n) for n in z.namelist()}


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes: bchtable / bchdoc / sftable / sfdoc / yxtable / other."""
    out: dict[str, list[str]] = {}
    for name, data in files(mail):
        ext = name.rsplit(".", 1)[-1].lower()
        text = "\n".join(sheets(data).values()) if ext == "xlsx" else docx_text(data) if ext == "docx" else ""
        first = text.splitlines()[0] if text else ""
        kind = ("bchtable" if ext == "xlsx" and first.startswith(mixed99_docs.BCH_TABLE_TITLE)
                else "sftable" if ext == "xlsx" and first.startswith(mixed99_docs.SF_TABLE_TITLE)
                else "yxtable" if ext == "xlsx" and first.startswith(mixed99_docs.YX_TABLE_TITLE)
                else "bchdoc" if ext == "docx" and first.endswith(mixed99_docs.BCH_DOC_TITLE)
                else "sfdoc" if ext == "docx" and first.endswith(mixed99_docs.SF_DOC_TITLE)
                else "other")
        out.setdefault(kind, []).append(text or name)
    return out


class TestMixed99Routing(RoutingTests):
    gen = make_mixed99
    cases = ["bch-clean", "sf-clean", "bch-openxchange", "bch-outlook2007-before", "bch-niangniang-print",
             "bch-niangniang-footnotes", "bch-linzao-question", "bch-linzao-dkim", "bch-yangma-table",
             "bch-yangma-doc-late", "bch-linglong-table-only", "bch-not-owed-xiaode", "sf-communigate", "yx-wangbao",
             "sf-gongxiao-inline", "yx-gongxiao", "sf-linglong-before", "yx-linglong-before", "sf-xinkai-doc-first",
             "sf-xinkai-table-late", "yx-xinkai", "sf-hezhang-question", "yx-hezhang-late", "sf-guzhang-late",
             "yx-tangshen", "yx-bajiazi", "vendor-drone"]
    size = (33, 40)
    has_corrections = False
    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled
    open_mails = {}

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed99.ALL)
        bch, sf = cs[BCH], cs[SF]
        (jiance,) = bch.requirements
        tuijian, yunxing = sf.requirements
        assert [jiance.id, tuijian.id, yunxing.id] == make_mixed99.JC + make_mixed99.TJ + make_mixed99.YX
        assert [u.name for u in bch.units] == make_mixed99.BCH_UNITS
        assert [u.name for u in sf.units] == make_mixed99.SF_UNITS
        assert {u.name for u in bch.units} & {u.name for u in sf.units} == {"玲珑塔镇"}
        assert jiance.due == H1030_BCH and tuijian.due == H17_TJ and yunxing.due == H12_YX
        assert sorted(p.id for p in jiance.parts) == ["doc", "table"]
        assert sorted(p.id for p in tuijian.parts) == ["doc", "table"]
        assert [p.id for p in yunxing.parts] == ["table"]
        kept = [yaml.safe_load(f.read_text(encoding="utf-8")) for f in make_mixed99.CAMPAIGN_FILES]
        assert [k["unsettled"] for k in kept] == [[], []]
        assert [len(r["parts"]) for r in kept[1]["requirements"]] == [2, 1]

    def test_every_document_opens(self, mailbox):
        """Every file of 2109 opens: Excel and Word."""
        kinds = opened_files(mailbox, 2109, files)
        # xlsx: 病虫害 统计表 of 药王庙, 石佛, 要路沟, 娘娘庙, 林草, 养马甸子, 玲珑塔, 小德营子 (not owed) = 8;
        #       推荐汇总表 of 汤神庙, 八家子, 王宝营子, 供销社, 玲珑塔, 新开岭, 谷杖子 = 7; 运行监测表 of 王宝营子, 供销社,
        #       玲珑塔, 新开岭, 贺杖子, 汤神庙, 八家子 = 7: 22.
        # docx: 工作总结 of 药王庙, 石佛, 要路沟, 娘娘庙, 林草, 养马甸子 = 6; 推荐情况说明 of 汤神庙, 八家子, 王宝营子,
        #       供销社, 玲珑塔, 新开岭, 谷杖子 = 7: 13.
        assert kinds == {"xlsx": 22, "docx": 13}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("jiance", "table"): "bchtable", ("jiance", "doc"): "bchdoc", ("tuijian", "table"): "sftable",
                ("tuijian", "doc"): "sfdoc", ("yunxing", "table"): "yxtable"}
        for m in mailbox:
            if m.campaign not in (BCH, SF):
                continue
            mat = material(m)
            assert {want[(m.requirements[0], p)] for p in m.parts} == set(mat), m.name
            assert all(len(ts) == 1 for ts in mat.values()), m.name
            assert all(official(m.unit) in t for ts in mat.values() for t in ts), m.name
        # 石佛乡: Open-Xchange, 要路沟乡: Outlook 2007, 养马甸子乡: NetEase Flash Mail, 王宝营子乡: CommuniGate (X-Mailer)
        for case, agent in (("bch-openxchange", make_mixed99.OPEN_XCHANGE),
                            ("bch-outlook2007-before", make_mixed99.OUTLOOK_2007),
                            ("bch-yangma-table", make_mixed99.FLASH_MAIL), ("bch-yangma-doc-late", make_mixed99.FLASH_MAIL),
                            ("sf-communigate", make_mixed99.COMMUNIGATE)):
            msg = message(one(mailbox, case))
            assert msg["X-Mailer"] == agent and msg["User-Agent"] is None, case
        assert message(one(mailbox, "bch-outlook2007-before"))["X-MimeOLE"] == make_mixed99.MIMEOLE
        # 县林草局: the 163 MX's authentication lines above the Received line, the sender's DKIM signature
        signed = one(mailbox, "bch-linzao-dkim")
        msg = message(signed)
        assert signed.raw.startswith(b"Received-SPF: pass")
        assert "dkim=pass" in msg["Authentication-Results"] and msg["DKIM-Signature"].startswith("v=1; a=rsa-sha256")
        assert msg["Received"] and "mx163.mail.163.com" in msg["Received"]
        # 娘娘庙乡: the 统计表 set up for print, the 总结 with footnotes
        sheet = members(one(mailbox, "bch-niangniang-print"), "xlsx")
        assert b'orientation="landscape"' in sheet["xl/worksheets/sheet1.xml"]
        assert b'fitToWidth="1"' in sheet["xl/worksheets/sheet1.xml"]
        assert b"_xlnm.Print_Titles" in sheet["xl/workbook.xml"]
        doc = members(one(mailbox, "bch-niangniang-footnotes"), "docx")
        assert doc["word/footnotes.xml"].count(b"<w:footnote ") == 4
        assert doc["word/document.xml"].count(b"<w:footnoteReference") == 2
        # 县供销社: the 推荐汇总表 a system exports — five parts, no styles, no docProps
        bare = members(one(mailbox, "sf-gongxiao-inline"), "xlsx")
        assert len(bare) == 5 and "xl/styles.xml" not in bare and b't="inlineStr"' in bare["xl/worksheets/sheet1.xml"]
        # the windows
        assert one(mailbox, "bch-outlook2007-before").received_at < H1030_BCH < one(mailbox,
                                                                                       "bch-yangma-doc-late").received_at
        assert one(mailbox, "bch-yangma-table").received_at < H1030_BCH
        assert one(mailbox, "sf-linglong-before").received_at < H17_TJ < one(mailbox, "sf-xinkai-table-late").received_at
        assert one(mailbox, "yx-linglong-before").received_at < H12_YX < one(mailbox, "yx-hezhang-late").received_at
        # the drone seller's promotion
        promo = one(mailbox, "vendor-drone")
        assert "草地贪夜蛾" in message(promo)["Subject"] and not files(promo)
        # the questions: no file
        for case in ("bch-linzao-question", "sf-hezhang-question"):
            assert not files(one(mailbox, case)), case
        assert not [m for m in mailbox if m.is_correction]
        # late and on time
        late = ("bch-yangma-doc-late", "sf-xinkai-table-late", "sf-guzhang-late", "yx-hezhang-late")
        due = {"jiance": H1030_BCH, "tuijian": H17_TJ, "yunxing": H12_YX}
        for case in late:
            (m,) = by_case(mailbox, case)
            assert m.received_at > due[m.requirements[0]], case
        assert all(m.received_at <= due[m.requirements[0]] for m in mailbox
                   if m.campaign in (BCH, SF) and m.case not in late)

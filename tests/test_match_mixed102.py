"""Routing on a hundred-and-second, held-out mixed mailbox (tests/fixtures/mixed102).

Two 2112 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init --from-notice` —
the 葫芦岛市住房公积金管理中心建昌管理部's 2112年度住房公积金缴存基数调整 (its notice a .docx; SEVEN UNITS of four
kinds: the 八家子镇, the 头道营子乡 and the 巴什罕乡, the 县审计局 and the 县统计局, the 县档案馆 and the 县政务服务中心;
one requirement, an Excel 汇总表 and the stamped 审批表's scan (PDF) “一并” by “7月15日（星期五）18时前”) and the
建昌县国防动员办公室's 2112年度国防动员潜力统计调查 (its notice a .txt; SEVEN UNITS of four kinds: the 喇嘛洞镇 and
the 玲珑塔镇, the 牤牛营子乡, the 县交通运输局, the 县工业和信息化局 and the 县卫生健康局, the 县融媒体中心; TWO
REQUIREMENTS, THE SECOND OF THREE UNITS ONLY: an Excel 潜力统计调查表 of all seven by “11月4日（星期五）16时30分前”, a
Word 重要经济目标防护情况报告 of the 交通、卫健、融媒体 by “11月18日（星期五）中午12时前”) — beside the built-in 5·15
(2023) one; 35 mails labelled by hand, written apart from the routing code.
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

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed102"))
import make_mixed102  # noqa: E402
import mixed102_docs  # noqa: E402
from make_labelled import MAIL_POLICY  # noqa: E402

TZ = dt.timezone(dt.timedelta(hours=8))
H18_JS = dt.datetime(2112, 7, 15, 18, 0, tzinfo=TZ)  # the 管理部's “7月15日（星期五）18时前”
H1630_QL = dt.datetime(2112, 11, 4, 16, 30, tzinfo=TZ)  # the 国动办's “11月4日（星期五）16时30分前”
H12_MB = dt.datetime(2112, 11, 18, 12, 0, tzinfo=TZ)  # “11月18日（星期五）中午12时前”
official, short = mixed102_docs.official, mixed102_docs.short
GJ, GD = make_mixed102.GJ, make_mixed102.GD


def message(mail):
    """The whole mail as the office's mailbox holds it."""
    return email.message_from_bytes(mail.raw, policy=MAIL_POLICY)


def files(mail) -> list[tuple[str, bytes]]:
    """(name, bytes) of every file the mail carries, those of the mails inside it (a digest's, a draft's) too."""
    return [(p.get_filename(), p.get_payload(decode=True)) for p in message(mail).walk()
            if not p.is_multipart() and p.get_filename() and p.get_content_type() != "message/rfc822"]


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes: gjtable / gjscan / gdtable / gddoc / other."""
    out: dict[str, list[str]] = {}
    for name, data in files(mail):
        ext = name.rsplit(".", 1)[-1].lower()
        text = "\n".join(sheets(data).values()) if ext == "xlsx" else docx_text(data) if ext == "docx" else ""
        first = text.splitlines()[0] if text else ""
        kind = ("gjtable" if ext == "xlsx" and first.startswith(mixed102_docs.GJ_TABLE_TITLE)
                else "gdtable" if ext == "xlsx" and first.startswith(mixed102_docs.GD_TABLE_TITLE)
                else "gddoc" if ext == "docx" and first.endswith(mixed102_docs.GD_DOC_TITLE)
                else "gjscan" if ext == "pdf" and data.startswith(b"%PDF") and "审批表" in name
                else "other")
        out.setdefault(kind, []).append(text or name)
    return out


class TestMixed102Routing(RoutingTests):
    gen = make_mixed102
    cases = ["gj-clean", "gd-clean", "gj-bajiazi-gb18030-names", "gj-toudao-unknown-8bit", "gj-bashihan-table",
             "gj-bashihan-scan-late", "gj-bashihan-template-question", "gj-shenji-digest", "gj-tongji-question",
             "gj-tongji-x-msexcel", "gj-dangan-x-unsent-eml", "gd-lamadong-table", "gd-lamadong-mubiao-unasked",
             "gd-linglong-spam-tagged", "gd-linglong-asks-received", "gd-jiaoyu-not-asked", "gd-mangniu-late",
             "gd-jiaotong-table", "gd-jiaotong-mubiao", "gd-weijian-mubiao-noon", "gd-rongmei-table",
             "gd-rongmei-mubiao-late", "gd-gongxin-question", "gj-system-reminder", "gd-trainer-promo"]
    size = (32, 38)
    has_corrections = False
    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled
    open_mails = {}

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed102.ALL)
        gj, gd = cs[GJ], cs[GD]
        (jishu,) = gj.requirements
        qianli, mubiao = gd.requirements
        assert [jishu.id, qianli.id, mubiao.id] == make_mixed102.JS + make_mixed102.QL + make_mixed102.MB
        assert [u.name for u in gj.units] == make_mixed102.GJ_UNITS
        assert [u.name for u in gd.units] == make_mixed102.GD_UNITS
        assert not {u.name for u in gj.units} & {u.name for u in gd.units}
        assert jishu.due == H18_JS and qianli.due == H1630_QL and mubiao.due == H12_MB
        assert sorted(p.id for p in jishu.parts) == ["scan", "table"]
        assert [p.id for p in qianli.parts] == ["table"] and [p.id for p in mubiao.parts] == ["doc"]
        kept = [yaml.safe_load(f.read_text(encoding="utf-8")) for f in make_mixed102.CAMPAIGN_FILES]
        assert [k["unsettled"] for k in kept] == [[], []]
        (ql, mb) = kept[1]["requirements"]
        assert sorted(mb["units"]) == sorted(make_mixed102.MB_UNITS)

    def test_every_document_opens(self, mailbox):
        """Every file of 2112 opens: Excel, Word and the scans."""
        kinds = opened_files(mailbox, 2112, files)
        # xlsx: 汇总表 of 政务服务, 审计 (in the digest), 八家子, 巴什罕, 统计, 头道营子, 档案馆 (in the draft) = 7;
        #       调查表 of 工信, 卫健, 交通, 喇嘛洞, 融媒体, 玲珑塔, 牤牛营子, and 教育 (not asked) = 8: 15.
        # pdf: 审批表 of 政务服务, 审计, 八家子, 头道营子, 档案馆, 巴什罕 = 6.
        # docx: 防护情况报告 of 喇嘛洞 (not asked), 交通, 卫健, 融媒体 = 4.
        assert kinds == {"xlsx": 15, "pdf": 6, "docx": 4}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("jishu", "table"): "gjtable", ("jishu", "scan"): "gjscan", ("qianli", "table"): "gdtable",
                ("mubiao", "doc"): "gddoc"}
        for m in mailbox:
            if m.campaign not in (GJ, GD):
                continue
            mat = material(m)
            assert {want[(m.requirements[0], p)] for p in m.parts} == set(mat), m.name
            assert all(len(ts) == 1 for ts in mat.values()), m.name
            assert all(official(m.unit) in t for k, ts in mat.items() if k != "gjscan" for t in ts), m.name
        # 八家子镇: file names in RFC 2231 with the charset gb18030
        bj = one(mailbox, "gj-bajiazi-gb18030-names")
        assert bj.raw.count(b"filename*=gb18030''") == 2 and bj.raw.count(b"name*=gb18030''") == 4
        assert sorted(n for n, _ in files(bj)) == ["八家子镇住房公积金缴存基数调整汇总表.xlsx",
                                                   "八家子镇缴存基数调整审批表（盖章）.pdf"]
        # 头道营子乡: unknown-8bit, the GBK bytes bare
        td = one(mailbox, "gj-toudao-unknown-8bit")
        assert b'charset="unknown-8bit"' in td.raw and "编外人员".encode("gbk") in td.raw
        # 县审计局: a multipart/digest of two mails, their parts without a Content-Type
        dg = message(one(mailbox, "gj-shenji-digest"))
        (digest,) = [p for p in dg.walk() if p.get_content_type() == "multipart/digest"]
        assert [p.get_content_type() for p in digest.iter_parts()] == ["message/rfc822"] * 2
        assert one(mailbox, "gj-shenji-digest").raw.count(b"_digest\r\n\r\nFrom: ") == 2  # no header, then the mail
        # 县统计局: the Excel typed application/x-msexcel
        tj = message(one(mailbox, "gj-tongji-x-msexcel"))
        assert [p.get_content_type() for p in tj.walk() if p.get_filename()] == ["application/x-msexcel"]
        # 县档案馆: an Outlook draft (.eml, X-Unsent) holding the files
        (eml,) = [p for p in message(one(mailbox, "gj-dangan-x-unsent-eml")).walk()
                  if p.get_content_type() == "message/rfc822"]
        draft = eml.get_payload()[0]
        assert eml.get_filename().endswith(".eml") and draft["X-Unsent"] == "1" and draft["From"] is None
        # 玲珑塔镇: tagged as spam by its gateway
        sp = message(one(mailbox, "gd-linglong-spam-tagged"))
        assert sp["Subject"].startswith("*****SPAM***** ") and sp["X-Spam-Flag"] == "YES"
        # 县融媒体中心: Outlook's size / creation-date / modification-date
        (part,) = [p for p in message(one(mailbox, "gd-rongmei-mubiao-late")).walk() if p.get_filename()]
        disp = part["Content-Disposition"]
        assert int(disp.params["size"]) == len(part.get_payload(decode=True)) and "creation-date" in disp.params
        # the windows
        assert one(mailbox, "gj-dangan-x-unsent-eml").received_at < H18_JS < one(mailbox,
                                                                                  "gj-bashihan-scan-late").received_at
        assert one(mailbox, "gd-linglong-spam-tagged").received_at < H1630_QL < one(mailbox,
                                                                                     "gd-mangniu-late").received_at
        assert one(mailbox, "gd-weijian-mubiao-noon").received_at < H12_MB < one(mailbox,
                                                                                 "gd-rongmei-mubiao-late").received_at
        # the promotions and the system mail
        for case, word in (("gd-trainer-promo", "国防动员潜力统计调查"), ("gj-system-reminder", "缴存基数调整")):
            promo = one(mailbox, case)
            assert word in message(promo)["Subject"] and not files(promo), case
        # the questions without a file; the units not asked, with a file
        for case in ("gj-tongji-question", "gj-bashihan-template-question", "gd-gongxin-question",
                     "gd-linglong-asks-received"):
            assert not files(one(mailbox, case)), case
        assert set(material(one(mailbox, "gd-lamadong-mubiao-unasked"))) == {"gddoc"}
        assert set(material(one(mailbox, "gd-jiaoyu-not-asked"))) == {"gdtable"}
        assert "喇嘛洞镇" not in make_mixed102.MB_UNITS and "县教育局" not in make_mixed102.GD_UNITS
        assert not [m for m in mailbox if m.is_correction]
        # late and on time
        late = ("gj-bashihan-scan-late", "gd-mangniu-late", "gd-rongmei-mubiao-late")
        due = {"jishu": H18_JS, "qianli": H1630_QL, "mubiao": H12_MB}
        for case in late:
            (m,) = by_case(mailbox, case)
            assert m.received_at > due[m.requirements[0]], case
        assert all(m.received_at <= due[m.requirements[0]] for m in mailbox
                   if m.campaign in (GJ, GD) and m.case not in late)

"""Routing on a hundred-and-first, held-out mixed mailbox (tests/fixtures/mixed101).

Two autumn 2111 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init
--from-notice` — the 建昌县人民检察院's 2111年生态环境和资源保护领域公益诉讼线索摸排 (its notice a .txt; SEVEN UNITS
of three kinds: the 药王庙镇 and the 汤神庙镇, the 石佛乡 and the 王宝营子乡, the 县自然资源局, the 县林草局 and the
县水利局; one requirement, an Excel 登记表 and a Word 情况说明 by “10月9日（星期五）上午10时30分前”) and the 建昌县
市场监督管理局's 在用电梯安全隐患排查整治 (its notice a .docx; SIX UNITS of four kinds: the 建昌镇, the 八家子经济开发区,
the 县住建局, the 县卫健局, the 县教育局 and the 县机关事务服务中心; TWO REQUIREMENTS OF THE SAME UNITS: an Excel 排查
台账 by “10月30日（星期五）17时前”, a Word 整改情况报告 by “11月20日（星期五）下午5点前”) — beside the built-in 5·15
(2023) one; 34 mails labelled by hand, written apart from the routing code.
The bar of tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import base64
import datetime as dt
import email
import hashlib
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

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed101"))
import make_mixed101  # noqa: E402
import mixed101_docs  # noqa: E402
from make_labelled import MAIL_POLICY  # noqa: E402

TZ = dt.timezone(dt.timedelta(hours=8))
H1030_XS = dt.datetime(2111, 10, 9, 10, 30, tzinfo=TZ)  # the 检察院's “10月9日（星期五）上午10时30分前”
H17_PC = dt.datetime(2111, 10, 30, 17, 0, tzinfo=TZ)  # the 市场监管局's “10月30日（星期五）17时前”
H17_ZG = dt.datetime(2111, 11, 20, 17, 0, tzinfo=TZ)  # “11月20日（星期五）下午5点前”
official, short = mixed101_docs.official, mixed101_docs.short
GY, DT = make_mixed101.GY, make_mixed101.DT


def message(mail):
    """The whole mail as the office's mailbox holds it (Outlook.com's ARC lines included)."""
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
    """What each file of the mail is, by its own bytes: gytable / gydoc / dttable / dtdoc / other."""
    out: dict[str, list[str]] = {}
    for name, data in files(mail):
        ext = name.rsplit(".", 1)[-1].lower()
        text = "\n".join(sheets(data).values()) if ext == "xlsx" else docx_text(data) if ext == "docx" else ""
        first = text.splitlines()[0] if text else ""
        kind = ("gytable" if ext == "xlsx" and first.startswith(mixed101_docs.GY_TABLE_TITLE)
                else "dttable" if ext == "xlsx" and first.startswith(mixed101_docs.DT_TABLE_TITLE)
                else "gydoc" if ext == "docx" and first.endswith(mixed101_docs.GY_DOC_TITLE)
                else "dtdoc" if ext == "docx" and first.endswith(mixed101_docs.DT_DOC_TITLE)
                else "other")
        out.setdefault(kind, []).append(text or name)
    return out


class TestMixed101Routing(RoutingTests):
    gen = make_mixed101
    cases = ["gy-clean", "dt-clean", "gy-tangshen", "gy-shifo-cp936-table", "gy-shifo-doc-late",
             "gy-wangbao-enriched", "gy-ziran", "gy-linca-checkbox", "gy-linca-supplement", "gy-shuili-arc",
             "gy-tip-villager", "dt-jianchang-parallel", "dt-jianchang-zg", "dt-zhujian-zg", "dt-weijian-zg-md5",
             "dt-bajiazi-table-late", "dt-bajiazi-question", "dt-jiaoyu-table", "dt-jiaoyu-resend", "dt-jiaoyu-zg",
             "dt-jiguan-none", "dt-jiguan-zg-nofile", "vendor-appraisal", "vendor-elevator"]
    size = (30, 36)
    has_corrections = False
    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled
    open_mails = {}

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed101.ALL)
        gy, dtc = cs[GY], cs[DT]
        (xiansuo,) = gy.requirements
        paicha, zhenggai = dtc.requirements
        assert [xiansuo.id, paicha.id, zhenggai.id] == make_mixed101.XS + make_mixed101.PC + make_mixed101.ZG
        assert [u.name for u in gy.units] == make_mixed101.GY_UNITS
        assert [u.name for u in dtc.units] == make_mixed101.DT_UNITS
        assert not {u.name for u in gy.units} & {u.name for u in dtc.units}
        assert xiansuo.due == H1030_XS and paicha.due == H17_PC and zhenggai.due == H17_ZG
        assert sorted(p.id for p in xiansuo.parts) == ["doc", "table"]
        assert [p.id for p in paicha.parts] == ["table"] and [p.id for p in zhenggai.parts] == ["doc"]
        kept = [yaml.safe_load(f.read_text(encoding="utf-8")) for f in make_mixed101.CAMPAIGN_FILES]
        assert [k["unsettled"] for k in kept] == [[], []]
        assert [len(r["parts"]) for r in kept[1]["requirements"]] == [1, 1]

    def test_every_document_opens(self, mailbox):
        """Every file of 2111 opens: Excel, Word and the villager's photo."""
        kinds = opened_files(mailbox, 2111, files)
        # xlsx: 公益诉讼 登记表 of 药王庙, 汤神庙, 石佛, 王宝营子, 自然资源, 林草 (twice: 补充), 水利 = 8;
        #       电梯 台账 of 住建, 卫健, 建昌, 八家子, 教育 (twice: 再发), 机关事务 = 7: 15.
        # docx: 公益诉讼 说明 of 药王庙, 汤神庙, 石佛, 王宝营子, 自然资源, 林草 = 6; 电梯 整改报告 of 建昌, 住建, 卫健,
        #       教育 = 4: 10.  jpg: the villager's photo = 1.
        assert kinds == {"xlsx": 15, "docx": 10, "jpg": 1}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("xiansuo", "table"): "gytable", ("xiansuo", "doc"): "gydoc", ("paicha", "table"): "dttable",
                ("zhenggai", "doc"): "dtdoc"}
        for m in mailbox:
            if m.campaign not in (GY, DT):
                continue
            mat = material(m)
            assert {want[(m.requirements[0], p)] for p in m.parts} == set(mat), m.name
            assert all(len(ts) == 1 for ts in mat.values()), m.name
            assert all(official(m.unit) in t for ts in mat.values() for t in ts), m.name
        # 石佛乡: the text and the subject in cp936
        cp = one(mailbox, "gy-shifo-cp936-table")
        assert b'charset="cp936"' in cp.raw and b"Subject: =?cp936?b?" in cp.raw
        assert message(cp)["Subject"] == "石佛乡公益诉讼线索摸排登记表"
        assert "明天上午报" in message(cp).get_body(("plain",)).get_content()
        # 王宝营子乡: text/enriched, no text/plain
        rich = message(one(mailbox, "gy-wangbao-enriched"))
        assert [p.get_content_type() for p in rich.walk() if p.get_content_maintype() == "text"] == ["text/enriched"]
        assert "<bold>" in rich.get_body(("enriched",)).get_content()
        # 建昌镇: the files in a multipart/parallel
        par = message(one(mailbox, "dt-jianchang-parallel"))
        assert par.get_content_type() == "multipart/parallel" and b"multipart/mixed" not in par.as_bytes()
        # 县卫健局: a right Content-MD5 on its file
        (part,) = [p for p in message(one(mailbox, "dt-weijian-zg-md5")).walk() if p.get_filename()]
        assert part["Content-MD5"] == base64.b64encode(hashlib.md5(part.get_payload(decode=True)).digest()).decode()
        # 县水利局: Outlook.com's ARC lines below 163's Received line
        arc = message(one(mailbox, "gy-shuili-arc"))
        assert "mx163.mail.163.com" in arc.get_all("Received")[0] and len(arc.get_all("Received")) == 2
        assert arc["ARC-Seal"].startswith("i=1;") and arc["ARC-Message-Signature"].startswith("i=1;")
        assert arc["ARC-Authentication-Results"].startswith("i=1; mx.microsoft.com")
        # 县林草局: check-box content controls in its 说明
        doc = members(one(mailbox, "gy-linca-checkbox"), "docx")["word/document.xml"]
        assert doc.count(b"<w14:checkbox>") == 2 and "☒".encode() in doc and "☐".encode() in doc
        # 县机关事务中心: a 台账 of “无在用电梯”
        (t,) = material(one(mailbox, "dt-jiguan-none"))["dttable"]
        assert "无在用电梯" in t
        # 县教育局: the same 台账 twice
        assert files(one(mailbox, "dt-jiaoyu-table")) == files(one(mailbox, "dt-jiaoyu-resend"))
        # the windows
        assert one(mailbox, "gy-wangbao-enriched").received_at < H1030_XS < one(mailbox,
                                                                                "gy-shifo-doc-late").received_at
        assert one(mailbox, "dt-jianchang-parallel").received_at < H17_PC < one(mailbox,
                                                                                 "dt-bajiazi-table-late").received_at
        assert one(mailbox, "dt-jiaoyu-zg").received_at < H17_ZG < one(mailbox, "dt-weijian-zg-md5").received_at
        # the promotions
        for case, word in (("vendor-appraisal", "公益诉讼线索摸排"), ("vendor-elevator", "电梯安全隐患排查整治")):
            promo = one(mailbox, case)
            assert word in message(promo)["Subject"] and not files(promo), case
        assert message(one(mailbox, "vendor-elevator"))["Feedback-ID"].endswith(":sendcloud")
        # the questions and the 说明 without a file; the villager's photo
        for case in ("dt-bajiazi-question", "dt-jiguan-zg-nofile"):
            assert not files(one(mailbox, case)), case
        assert [n.rsplit(".", 1)[-1] for n, _ in files(one(mailbox, "gy-tip-villager"))] == ["jpg"]
        assert not [m for m in mailbox if m.is_correction]
        # late and on time
        late = ("gy-shifo-doc-late", "dt-bajiazi-table-late", "dt-weijian-zg-md5")
        due = {"xiansuo": H1030_XS, "paicha": H17_PC, "zhenggai": H17_ZG}
        for case in late:
            (m,) = by_case(mailbox, case)
            assert m.received_at > due[m.requirements[0]], case
        # 县教育局's 台账 sent again after the due: the cell was whole on 10-28
        assert one(mailbox, "dt-jiaoyu-table").received_at < H17_PC < one(mailbox, "dt-jiaoyu-resend").received_at
        assert all(m.received_at <= due[m.requirements[0]] for m in mailbox
                   if m.campaign in (GY, DT) and m.case not in late + ("dt-jiaoyu-resend",))

"""Routing on a hundred-and-third, held-out mixed mailbox (tests/fixtures/mixed103).

Two 2113 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init --from-notice` —
the 中国人民银行建昌县支行's 2113年整治拒收人民币现金专项自查 (its notice a .docx; SEVEN UNITS of four kinds: the
建昌镇 and the 药王庙镇, the 素珠营子乡, the 县医疗保障局 and the 国家税务总局建昌县税务局, the 县公共资源交易中心 and
the 县供销合作社联合社; one requirement, an Excel 自查情况表 and 2–3 PHOTOS (jpg) of the cash window and its 公示牌
“一并” by “3月24日（星期五）下午5:30前”) and the 中共建昌县委社会工作部's 新就业群体服务阵地建设试点摸底 (its notice a
.txt; EIGHT UNITS of four kinds: the 汤神庙镇 and the 大屯镇, the 石佛乡 and the 贺杖子乡, the 八家子经济开发区, the
县市场监管局, the 县人社局 and the 县商务局; TWO REQUIREMENTS, THE SECOND OWED BY A KIND: an Excel 摸底表 of all eight by
“5月19日（星期五）上午十时前”, a Word 服务站点建设情况报告 of “各试点乡镇（开发区）” by “6月2日（星期五）下午四点半前”,
“县直单位不需报送此项”) — beside the built-in 5·15 (2023) one; 37 mails labelled by hand, written apart from the
routing code.
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

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed103"))
import make_mixed103  # noqa: E402
import mixed103_docs  # noqa: E402
from make_labelled import MAIL_POLICY  # noqa: E402

TZ = dt.timezone(dt.timedelta(hours=8))
H1730_ZC = dt.datetime(2113, 3, 24, 17, 30, tzinfo=TZ)  # the 支行's “3月24日（星期五）下午5:30前”
H10_MP = dt.datetime(2113, 5, 19, 10, 0, tzinfo=TZ)  # the 社会工作部's “5月19日（星期五）上午十时前”
H1630_ZD = dt.datetime(2113, 6, 2, 16, 30, tzinfo=TZ)  # “6月2日（星期五）下午四点半前”
official, short = mixed103_docs.official, mixed103_docs.short
RX, XJ = make_mixed103.RX, make_mixed103.XJ


def message(mail):
    """The whole mail as the office's mailbox holds it."""
    return email.message_from_bytes(mail.raw, policy=MAIL_POLICY)


def files(mail) -> list[tuple[str, bytes]]:
    """(name, bytes) of every file the mail carries, a zip's members in its place."""
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


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes: rxtable / rxphoto / xjtable / xjdoc / other."""
    out: dict[str, list[str]] = {}
    for name, data in files(mail):
        ext = name.rsplit(".", 1)[-1].lower()
        text = "\n".join(sheets(data).values()) if ext == "xlsx" else docx_text(data) if ext == "docx" else ""
        first = text.splitlines()[0] if text else ""
        kind = ("rxtable" if ext == "xlsx" and first.startswith(mixed103_docs.RX_TABLE_TITLE)
                else "xjtable" if ext == "xlsx" and first.startswith(mixed103_docs.XJ_TABLE_TITLE)
                else "xjdoc" if ext == "docx" and first.endswith(mixed103_docs.XJ_DOC_TITLE)
                else "rxphoto" if ext == "jpg" and data.startswith(b"\xff\xd8")
                else "other")
        out.setdefault(kind, []).append(text or name)
    return out


class TestMixed103Routing(RoutingTests):
    gen = make_mixed103
    cases = ["rx-clean", "xj-clean", "rx-jianchang-wps-type", "rx-yaowang-pjpeg", "rx-suzhu-table",
             "rx-suzhu-photos-late", "rx-yibao-zip", "rx-shuiwu-question", "rx-shuiwu-table-cst",
             "rx-gongxiao-foxmail-lines", "rx-jiaotong-not-asked", "xj-tangshen-table", "xj-tangshen-doc",
             "xj-datun-table", "xj-datun-doc-late", "xj-shifo-table-late", "xj-shifo-doc", "xj-hezhangzi-table",
             "xj-hezhangzi-doc-wps-type", "xj-kaifaqu-table", "xj-kaifaqu-asks-doc", "xj-shichang-table",
             "xj-shichang-doc-unasked", "xj-jianchang-not-asked", "rx-gongxiao-auto-reply", "rx-pay-promo",
             "xj-kiosk-promo"]
    size = (34, 40)
    has_corrections = False
    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled
    open_mails = {}

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed103.ALL)
        rx, xj = cs[RX], cs[XJ]
        (zicha,) = rx.requirements
        mopai, zhandian = xj.requirements
        assert [zicha.id, mopai.id, zhandian.id] == make_mixed103.ZC + make_mixed103.MP + make_mixed103.ZD
        assert [u.name for u in rx.units] == make_mixed103.RX_UNITS
        assert [u.name for u in xj.units] == make_mixed103.XJ_UNITS
        assert not {u.name for u in rx.units} & {u.name for u in xj.units}
        assert zicha.due == H1730_ZC and mopai.due == H10_MP and zhandian.due == H1630_ZD
        assert sorted(p.id for p in zicha.parts) == ["photo", "table"]
        assert [p.id for p in mopai.parts] == ["table"] and [p.id for p in zhandian.parts] == ["doc"]
        kept = [yaml.safe_load(f.read_text(encoding="utf-8")) for f in make_mixed103.CAMPAIGN_FILES]
        assert [k["unsettled"] for k in kept] == [[], []]
        (mp, zd) = kept[1]["requirements"]
        assert sorted(zd["units"]) == sorted(make_mixed103.ZD_UNITS)

    def test_every_document_opens(self, mailbox):
        """Every file of 2113 opens: Excel, Word and the photos (a zip's too)."""
        kinds = opened_files(mailbox, 2113, files)
        # xlsx: 自查表 of 公共资源, 建昌镇, 药王庙, 素珠营子, 医保, 税务, 供销社, 交通 (not asked) = 8;
        #       摸底表 of 人社, 商务, 汤神庙, 大屯, 石佛, 贺杖子, 开发区, 市场监管, 建昌镇 (not asked) = 9: 17.
        # jpg: 公共资源 2, 建昌镇 3, 药王庙 2, 素珠营子 2, 医保 3 (in the zip), 供销社 3 = 15.
        # docx: 报告 of 汤神庙, 大屯, 石佛, 贺杖子, 市场监管 (not asked) = 5.
        assert kinds == {"xlsx": 17, "jpg": 15, "docx": 5}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("zicha", "table"): "rxtable", ("zicha", "photo"): "rxphoto", ("mopai", "table"): "xjtable",
                ("zhandian", "doc"): "xjdoc"}
        for m in mailbox:
            if m.campaign not in (RX, XJ):
                continue
            mat = material(m)
            assert {want[(m.requirements[0], p)] for p in m.parts} == set(mat), m.name
            assert all(len(ts) == 1 for k, ts in mat.items() if k != "rxphoto"), m.name
            assert all(2 <= len(ts) <= 3 for k, ts in mat.items() if k == "rxphoto"), m.name
            assert all(official(m.unit) in t for k, ts in mat.items() if k != "rxphoto" for t in ts), m.name

        def types(case):
            return [p.get_content_type() for p in message(one(mailbox, case)).walk() if p.get_filename()]

        # the types a client's registry (or its guess) gives a file
        assert types("rx-jianchang-wps-type")[0] == "application/wps-office.xlsx"
        assert types("rx-yaowang-pjpeg")[1:] == ["image/pjpeg"] * 2
        assert types("rx-suzhu-photos-late") == ["image/jpg"] * 2
        assert types("rx-yibao-zip")[1:] == ["application/x-zip-compressed"]
        assert types("xj-hezhangzi-doc-wps-type") == ["application/wps-office.docx"]
        # 县税务局: Coremail's “+0800 (CST)”
        cst = one(mailbox, "rx-shuiwu-table-cst").raw
        assert cst.count(b"+0800 (CST)\r\n") == 2 and message(one(mailbox, "rx-shuiwu-table-cst"))["Date"].datetime
        # 县供销社: Foxmail's own lines
        fx = message(one(mailbox, "rx-gongxiao-foxmail-lines"))
        assert fx["X-Has-Attach"] == "no" and fx["X-GUID"] and len(files(one(mailbox, "rx-gongxiao-foxmail-lines"))) == 4
        # the windows
        assert one(mailbox, "rx-gongxiao-foxmail-lines").received_at < H1730_ZC < one(
            mailbox, "rx-suzhu-photos-late").received_at
        assert one(mailbox, "xj-hezhangzi-table").received_at < H10_MP < one(mailbox, "xj-shifo-table-late").received_at
        assert one(mailbox, "xj-hezhangzi-doc-wps-type").received_at < H1630_ZD < one(
            mailbox, "xj-datun-doc-late").received_at
        # the automatic and promotional mails
        for case, word in (("rx-gongxiao-auto-reply", "整治拒收人民币现金"), ("rx-pay-promo", "整治拒收人民币现金"),
                           ("xj-kiosk-promo", "新就业群体服务站点建设")):
            mail = one(mailbox, case)
            assert word in message(mail)["Subject"] and not files(mail), case
        # the questions without a file; the units not asked, with a file
        for case in ("rx-shuiwu-question", "xj-kaifaqu-asks-doc"):
            assert not files(one(mailbox, case)), case
        assert set(material(one(mailbox, "xj-shichang-doc-unasked"))) == {"xjdoc"}
        assert set(material(one(mailbox, "xj-jianchang-not-asked"))) == {"xjtable"}
        assert set(material(one(mailbox, "rx-jiaotong-not-asked"))) == {"rxtable"}
        assert "县市场局" not in make_mixed103.ZD_UNITS and "建昌镇" not in make_mixed103.XJ_UNITS
        assert "县交通局" not in make_mixed103.RX_UNITS
        assert not [m for m in mailbox if m.is_correction]
        # late and on time
        late = ("rx-suzhu-photos-late", "xj-shifo-table-late", "xj-datun-doc-late")
        due = {"zicha": H1730_ZC, "mopai": H10_MP, "zhandian": H1630_ZD}
        for case in late:
            (m,) = by_case(mailbox, case)
            assert m.received_at > due[m.requirements[0]], case
        assert all(m.received_at <= due[m.requirements[0]] for m in mailbox
                   if m.campaign in (RX, XJ) and m.case not in late)

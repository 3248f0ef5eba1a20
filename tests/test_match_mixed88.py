"""Routing on an eighty-eighth, held-out mixed mailbox (tests/fixtures/mixed88).

Two July 2098 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init
--from-notice` — the 县老龄办's 2098年上半年高龄津贴发放情况 (NINE UNITS: two 镇, six 乡 one of them 蒙古族乡, the
八家子经济开发区; an Excel 高龄津贴发放花名册 and a Word 发放情况报告, by “7月18日（星期五）中午12时前”) and the
县农村公益电影放映管理站's 2098年上半年农村公益电影放映情况 (its notice a .docx; EIGHT UNITS: two 镇, four 乡, the
县教育局 and the 县司法局; an Excel 放映场次统计表 and 3 or more 放映现场照片, by “7月31日（星期四）下午5点前”; 喇嘛洞镇
and 和尚房子乡 owe both) — beside the built-in 5·15 (2023) one; 34 mails labelled by hand, written apart from the
routing code. The bar of tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import yaml
from mixed_mailbox_tests import RoutingTests
from mixed_suite import opened_files
import test_match_mixed22 as m22t
from test_match_mixed27 import by_case, message
from test_match_mixed32 import plain
from test_match_mixed36 import one
from test_match_mixed81 import files
from test_match_mixed83 import sheets
from test_match_mixed87 import files_read, members

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed88"))
import make_mixed88  # noqa: E402
import mixed88_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
NOON = dt.datetime(2098, 7, 18, 12, 0, tzinfo=SH)  # the 老龄办's “中午12时前”
FIVE = dt.datetime(2098, 7, 31, 17, 0, tzinfo=SH)  # the 放映管理站's “下午5点前”
official = mixed88_docs.official
GA, FY = make_mixed88.GA, make_mixed88.FY


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes: gatable / gadoc / fytable / photo / other."""
    out: dict[str, list[str]] = {}
    for name, ext, data, text, first in files_read(mail):
        kind = ("gatable" if ext == "xlsx" and first.startswith(mixed88_docs.GA_TABLE_TITLE)
                else "fytable" if ext == "xlsx" and first.startswith(mixed88_docs.FY_TABLE_TITLE)
                else "gadoc" if ext == "docx" and first == f"{official(mail.unit)}关于2098年上半年{mixed88_docs.GA_DOC_TITLE}"
                else "photo" if ext == "jpg" and data[:2] == b"\xff\xd8"
                else "other")
        out.setdefault(kind, []).append(text or name)
    return out



def xlsx_of(mail) -> str:
    (name,) = [n for n, _ in files(mail) if n.endswith(".xlsx")]
    return name


class TestMixed88Routing(RoutingTests):
    gen = make_mixed88
    cases = ["ga-clean", "fy-clean", "ga-question", "ga-masked-ids", "ga-village-sheets", "ga-mac-1904",
             "ga-filtered-table-first", "ga-report-before-noon", "ga-evolution-uos", "ga-after-noon",
             "ga-expiry-date", "ga-table-corrected", "ga-not-owed-minzheng", "fy-chart", "fy-dropdown",
             "fy-same-name-photos", "fy-table-only", "fy-after-five", "fy-question", "fy-education", "fy-justice",
             "fy-table-corrected", "fy-not-owed-bajiazi", "vendor-promotion"]
    size = (30, 40)
    has_corrections = True  # 牤牛营子乡's 花名册, 县司法局's 统计表, each “以此为准”
    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled
    open_mails = {}

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed88.ALL)
        ga, fy = cs[GA], cs[FY]
        (jintie,) = ga.requirements
        (fangying,) = fy.requirements
        assert [jintie.id, fangying.id] == make_mixed88.JJ + make_mixed88.FF  # J1, F1
        assert [u.name for u in ga.units] == make_mixed88.GA_UNITS
        assert [u.name for u in fy.units] == make_mixed88.FY_UNITS
        assert {u.name for u in ga.units} & {u.name for u in fy.units} == {"喇嘛洞镇", "和尚房子乡"}
        assert jintie.due == NOON and fangying.due == FIVE
        assert sorted(p.id for p in jintie.parts) == ["doc", "table"]  # J4: the drafted `names` field dropped
        assert sorted(p.id for p in fangying.parts) == ["photos", "table"]
        assert "高龄津贴" in ga.subject_hints  # J5
        table = next(p for p in jintie.parts if p.id == "table")
        assert table.title == mixed88_docs.GA_TABLE_TITLE and "放花名册" not in table.words  # J2, J3
        fytable = next(p for p in fangying.parts if p.id == "table")
        assert fytable.title == mixed88_docs.FY_TABLE_TITLE and "统计表" not in fytable.words  # F3
        kept = [yaml.safe_load(f.read_text(encoding="utf-8")) for f in make_mixed88.CAMPAIGN_FILES]
        assert [k["unsettled"] for k in kept] == [[], []]
        assert "统计表" not in kept[1]["requirements"][0]["hints"]  # F2
        drafts = make_mixed88.CAMPAIGNS_DIR / "drafts"
        ga_draft = yaml.safe_load((drafts / "2098-07-03-高龄津贴发放情况通知.draft.yaml").read_text(encoding="utf-8"))
        fy_draft = yaml.safe_load((drafts / "2098-07-08-公益电影放映情况通知.draft.yaml").read_text(encoding="utf-8"))
        # re-recorded by h-fixd88: the `names` field gone (J4), no cut 放花名册 (J2), the bare 统计表 / 照片 named in full
        assert [p["id"] for p in ga_draft["requirements"][0]["parts"]] == ["doc", "table"]
        assert "放花名册" not in ga_draft["requirements"][0]["hints"]
        assert fy_draft["requirements"][0]["title"] == "上半年农村公益电影放映场次统计表及放映现场照片"
        # re-recorded by h-yeartitle: the table's title keeps the notice's 2098年 (F3's title)
        assert [p["title"] for p in fy_draft["requirements"][0]["parts"]] == ["2098年上半年农村公益电影放映场次统计表", "放映现场照片"]

    def test_every_document_opens(self, mailbox):
        """Every file of 2098 opens: Excel, Word and the photos."""
        kinds = opened_files(mailbox, 2098, files)
        # xlsx: 津贴 2 clean + 八家子 + 喇嘛洞 + 素珠营子 + 头道营子 + 和尚房子 + 二道湾子 + 开发区 + 牤牛营子 (更正) +
        # 民政局 = 11; 电影 1 clean + 大屯 + 巴什罕 + 娘娘庙 + 喇嘛洞 + 和尚房子 + 教育 + 司法 2 + 八家子 = 10: 21.
        # docx: 津贴 2 + 八家子 + 喇嘛洞 + 素珠营子 + 头道营子 + 和尚房子 + 二道湾子 + 开发区 = 9. jpg: 3 each of
        # 雷家店, 大屯, 巴什罕, 和尚房子, 教育, 司法, 八家子 (21) + 娘娘庙 4 = 25
        assert kinds == {"xlsx": 21, "docx": 9, "jpg": 25}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("jintie", "table"): "gatable", ("jintie", "doc"): "gadoc", ("fangying", "table"): "fytable",
                ("fangying", "photos"): "photo"}
        for m in mailbox:
            if m.campaign not in (GA, FY):
                continue
            mat = material(m)
            assert {want[(m.requirements[0], p)] for p in m.parts} == set(mat), m.name
            assert all(official(m.unit) in t for k, ts in mat.items() if k != "photo" for t in ts), m.name
            if "photos" in m.parts:
                assert len(mat["photo"]) >= 3, m.name
        # 八家子镇: the 身份证号 masked
        masked = sheets(dict(files(one(mailbox, "ga-masked-ids")))[xlsx_of(one(mailbox, "ga-masked-ids"))])
        assert "211422********" in "\n".join(masked.values())
        # 喇嘛洞镇: a sheet a 村, no total sheet
        vs = one(mailbox, "ga-village-sheets")
        v = sheets(dict(files(vs))[xlsx_of(vs)])
        assert len(v) >= 2 and all(name in mixed88_docs.VILLAGES for name in v)
        # 素珠营子乡: Mac Outlook, the 1904 date system
        mac = one(mailbox, "ga-mac-1904")
        assert message(mac)["User-Agent"] == make_mixed88.MAC_OUTLOOK and message(mac)["X-Mailer"] is None
        assert b'date1904="1"' in members(mac, xlsx_of(mac))["xl/workbook.xml"]
        # 头道营子乡: an AutoFilter hiding rows
        fl = one(mailbox, "ga-filtered-table-first")
        sheet = members(fl, xlsx_of(fl))["xl/worksheets/sheet1.xml"]
        assert b"<autoFilter" in sheet and b'hidden="1"' in sheet
        assert one(mailbox, "ga-report-before-noon").received_at < NOON < one(mailbox, "ga-after-noon").received_at
        # 和尚房子乡: Evolution on 统信UOS, Organization
        evo = message(one(mailbox, "ga-evolution-uos"))
        assert evo["X-Mailer"] == make_mixed88.EVOLUTION and str(evo["Organization"]) == make_mixed88.ORGANIZATION
        # 八家子经济开发区: Outlook's Expiry-Date, passed before the status is read
        assert message(one(mailbox, "ga-expiry-date"))["Expiry-Date"] == make_mixed88.EXPIRY
        # 大屯镇: a chart; 巴什罕乡: drop-down lists
        ch = one(mailbox, "fy-chart")
        assert any(n.startswith("xl/charts/chart") for n in members(ch, xlsx_of(ch)))
        dd = one(mailbox, "fy-dropdown")
        assert b"<dataValidations" in members(dd, xlsx_of(dd))["xl/worksheets/sheet1.xml"]
        # 娘娘庙乡: two photos of one name, not the same bytes
        same = [(n, d) for n, d in files(one(mailbox, "fy-same-name-photos")) if n == "IMG_0001.jpg"]
        assert len(same) == 2 and same[0][1] != same[1][1]
        # the vendor's promotion
        promo = one(mailbox, "vendor-promotion")
        assert "农村公益电影放映" in message(promo)["Subject"] and not files(promo)
        # the questions: no file
        for case in ("ga-question", "fy-question"):
            assert not files(one(mailbox, case)), case
        # the corrections, 以此为准
        fixed = [m for m in mailbox if m.is_correction]
        assert sorted(m.case for m in fixed) == ["fy-table-corrected", "ga-table-corrected"]
        assert all("以此为准" in plain(m) for m in fixed)
        # late and on time
        late = ("ga-after-noon", "fy-after-five")
        for case in late:
            (m,) = by_case(mailbox, case)
            assert m.received_at > (NOON if m.campaign == GA else FIVE), case
        assert all(m.received_at <= (NOON if m.campaign == GA else FIVE) for m in mailbox
                   if m.campaign in (GA, FY) and m.case not in late)

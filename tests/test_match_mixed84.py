"""Routing on an eighty-fourth, held-out mixed mailbox (tests/fixtures/mixed84).

Two March 2094 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init --from-notice`
— the 县工商联's 2094年民营企业发展诉求征集 (ELEVEN UNITS: the seven 镇 by name, the 八家子经济开发区, 县营商局, 县市场局,
县税务局; an Excel 诉求征集表 and a Word 民营经济发展情况报告, by 03-19 17:00) and the 县爱卫办's 2094年无烟党政机关建设
自查 (NINE UNITS: five departments, three 直属机构, the zone; a Word 自查报告 and at least 2 JPEG photos, by 03-19 12:00:
the same day, five hours before the other; the zone and the 税务局 owe both) — beside the built-in 5·15 (2023) one; 38
mails labelled by hand, written apart from the routing code. The bar of tests/mixed_mailbox_tests.py: every mail right
in both draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import email.utils
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
from test_match_mixed83 import sheets

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed84"))
import make_mixed84  # noqa: E402
import mixed84_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
NOON = dt.datetime(2094, 3, 19, 12, 0, tzinfo=SH)  # the 爱卫办's due
FIVE = dt.datetime(2094, 3, 19, 17, 0, tzinfo=SH)  # the 工商联's, the same day
official = mixed84_docs.official
MQ, WY = make_mixed84.MQ, make_mixed84.WY


def named(mail) -> list[tuple[str, bytes]]:
    """(name, bytes) of every file, a DOS short name's “.XLS” on a workbook's zip read as the .xlsx it is."""
    return [(name[:-4] + ".xlsx" if name.upper().endswith(".XLS") and data[:2] == b"PK" else name, data)
            for name, data in files(mail)]


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes: appeal / economy / smoke / photo / other."""
    out: dict[str, list[str]] = {}
    for name, data in named(mail):
        ext = name.rsplit(".", 1)[-1].lower()
        text = ("\n".join(sheets(data).values()) if ext == "xlsx" else docx_text(data) if ext == "docx" else "")
        first = text.splitlines()[0] if text else ""
        kind = ("appeal" if ext == "xlsx" and first.startswith(mixed84_docs.APPEAL_TITLE)
                else "economy" if ext == "docx" and first.endswith(mixed84_docs.ECONOMY_TITLE)
                else "smoke" if ext == "docx" and first.endswith(mixed84_docs.SMOKE_TITLE)
                else "photo" if ext == "jpg" and data[:3] == b"\xff\xd8\xff" else "other")
        out.setdefault(kind, []).append(text or name)
    return out


class TestMixed84Routing(RoutingTests):
    gen = make_mixed84
    cases = ["appeal-clean", "smokefree-clean", "appeal-windows-send-to-mail", "appeal-dos-short-file-name",
             "appeal-last-years-year-in-names", "appeal-question", "appeal-after-question", "appeal-first",
             "appeal-table-corrected", "appeal-late", "appeal-town-chamber-of-commerce", "appeal-auto-reply",
             "smokefree-hotmail-pinyin-name", "smokefree-resent-from-office-address", "smokefree-question", "smokefree-held-in-outbox",
             "smokefree-forty-seconds-late", "smokefree-photos-first", "smokefree-report-vip-landline-name",
             "smokefree-more-photos", "smokefree-not-owed", "smokefree-report", "smokefree-photos-after-report",
             "smokefree-zone-after-noon", "appeal-zone-before-five"]
    size = (36, 45)
    has_corrections = True  # 县营商局's 征集表 and 县气象局's resend, each “以此为准”
    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed84.ALL)
        mq, wy = cs[MQ], cs[WY]
        (appeal,) = mq.requirements
        (smokefree,) = wy.requirements
        assert [appeal.id, smokefree.id] == make_mixed84.AP + make_mixed84.SM  # G2, S1
        assert [u.name for u in mq.units] == make_mixed84.MQ_UNITS
        assert [u.name for u in wy.units] == make_mixed84.WY_UNITS
        assert {u.name for u in mq.units} & {u.name for u in wy.units} == {"八家子经济开发区", "县税务局"}
        assert appeal.due == FIVE and smokefree.due == NOON  # the same day, five hours apart
        assert sorted(p.id for p in appeal.parts) == ["doc", "table"]
        assert sorted(p.id for p in smokefree.parts) == ["doc", "photos"]
        photos = next(p for p in smokefree.parts if p.id == "photos")
        assert photos.kind == "photo" and photos.min_count == 2
        assert mq.title == "2094年民营企业发展诉求征集"  # G1
        assert "诉求征集表" in next(p for p in appeal.parts if p.id == "table").words  # G3
        assert "诉求征集" in mq.subject_hints and "无烟机关" in wy.subject_hints  # G4, S3
        assert {"无烟", "控烟"} <= set(next(p for p in smokefree.parts if p.id == "doc").words)  # S2
        kept = [yaml.safe_load(f.read_text(encoding="utf-8")) for f in make_mixed84.CAMPAIGN_FILES]
        assert [k["unsettled"] for k in kept] == [[], []]

    def test_every_document_opens(self, mailbox):
        """Every file of 2094 opens: Excel (the 8.3 “.XLS” read as the workbook it is), Word, JPEG."""
        kinds = opened_files(mailbox, 2094, named)
        # xlsx: 征集表 3 clean + 大屯 + 汤神庙 (8.3) + 药王庙 + 八家子镇 + 营商局 2 + 税务 + 玲珑塔 + 开发区 = 12.
        # docx: 发展报告 3 + 大屯 + 汤神庙 + 药王庙 + 八家子镇 + 营商局 + 税务 + 玲珑塔 + 开发区 = 11; 自查报告 3 + 气象 2
        # + 统计 + 商务 + 机关事务 + 教育局 + 税务 + 开发区 = 11. jpg: 3 × 2 clean + 财政 2 + 机关事务 3 + 气象 2 × 2 + 统计 3
        # + 商务 2 + 教育局 2 + 税务 2 + 开发区 2 = 24
        assert kinds == {"xlsx": 12, "docx": 22, "jpg": 26}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("appeal", "table"): "appeal", ("appeal", "doc"): "economy", ("smokefree", "doc"): "smoke",
                ("smokefree", "photos"): "photo"}
        for m in mailbox:
            if m.campaign not in (MQ, WY):
                continue
            mat = material(m)
            assert {want[(m.requirements[0], p)] for p in m.parts} == set(mat), m.name
            texts = [t for k, ts in mat.items() if k != "photo" for t in ts]
            assert all(official(m.unit) in t for t in texts), m.name
            if "photos" in m.parts and m.case not in ("smokefree-more-photos", "smokefree-photos-after-report"):
                assert len(mat["photo"]) >= 2, m.name
        # 大屯镇: Windows' “发送到→邮件收件人”: the subject names the files, the body is the system's
        mapi = one(mailbox, "appeal-windows-send-to-mail")
        subject = str(message(mapi)["Subject"])
        assert subject.startswith("正在发送电子邮件: ") and all(n in subject for n, _ in files(mapi))
        assert plain(mapi).startswith("您的邮件已准备就绪")
        # 汤神庙镇: the 征集表 under a DOS 8.3 short name, a workbook all the same
        short = [n for n, _ in files(one(mailbox, "appeal-dos-short-file-name"))]
        assert "民营企~1.XLS" in short
        # 药王庙镇: last year's year in the subject and both names, this year's in the files
        ly = one(mailbox, "appeal-last-years-year-in-names")
        assert "2093年" in str(message(ly)["Subject"]) and all("2093年" in n for n, _ in files(ly))
        assert "2094年" in material(ly)["economy"][0] and "2093" not in material(ly)["economy"][0]
        # 玲珑塔镇's 商会 from a personal QQ
        assert "商会" in str(message(one(mailbox, "appeal-town-chamber-of-commerce"))["From"])
        # 县气象局: a hotmail address, a pinyin name, Windows' Mail app (no X-Mailer)
        hm = message(one(mailbox, "smokefree-hotmail-pinyin-name"))
        assert hm["From"].addresses[0].domain == "hotmail.com" and hm["From"].addresses[0].display_name == "Wang Jing"
        assert hm["X-Mailer"] is None and "Windows 版邮件" in plain(one(mailbox, "smokefree-hotmail-pinyin-name"))
        # 县统计局: written before noon (Date), arrived after it
        held = one(mailbox, "smokefree-held-in-outbox")
        written = email.utils.parsedate_to_datetime(str(message(held)["Date"]))
        assert written < NOON < held.received_at
        # 县商务局: forty seconds past noon
        assert held.received_at - NOON > one(mailbox, "smokefree-forty-seconds-late").received_at - NOON \
            == dt.timedelta(seconds=40)
        # 县机关事务中心: the report from a vip.163.com address named by a landline
        vip = message(one(mailbox, "smokefree-report-vip-landline-name"))
        assert vip["From"].addresses[0].domain == "vip.163.com" and vip["From"].addresses[0].display_name.startswith("0429")
        # the zone: the 爱卫办's after noon, the 工商联's before five, the same afternoon
        zone_wy, zone_mq = one(mailbox, "smokefree-zone-after-noon"), one(mailbox, "appeal-zone-before-five")
        assert NOON < zone_wy.received_at < zone_mq.received_at < FIVE
        # the questions and the unowed 教育局 carry no label; the auto-reply its header
        assert not files(one(mailbox, "appeal-question")) and not files(one(mailbox, "smokefree-question"))
        assert set(material(one(mailbox, "smokefree-not-owed"))) == {"smoke", "photo"}
        assert message(one(mailbox, "appeal-auto-reply"))["Auto-Submitted"] == "auto-replied"
        # the correction, 以此为准
        fixed = [m for m in mailbox if m.is_correction]
        assert sorted(m.case for m in fixed) == ["appeal-table-corrected", "smokefree-resent-from-office-address"]
        assert all("以此为准" in plain(m) for m in fixed)
        # late and on time
        late = ("appeal-late", "smokefree-held-in-outbox", "smokefree-forty-seconds-late", "smokefree-zone-after-noon")
        for case in late:
            (m,) = by_case(mailbox, case)
            assert m.received_at > (FIVE if m.campaign == MQ else NOON), case
        assert all(m.received_at <= (FIVE if m.campaign == MQ else NOON)
                   for m in mailbox if m.campaign in (MQ, WY) and m.case not in late)

"""Routing on an eighty-second, held-out mixed mailbox (tests/fixtures/mixed82).

Two March 2092 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init --from-notice`
— the 县人民武装部's 2092年民兵组织整顿 (the 28 乡镇 and the 八家子经济开发区: an Excel 2092年基干民兵编组花名册 and a Word
民兵整组工作总结, by 03-20 17:00) and the 县委编办's 2092年机构编制实名制信息核对试点 (SIX PILOT UNITS only, two 乡镇 among
them, which owe both: one Excel 机构编制实名制信息核对表, by 03-14 17:00; its window inside the other's) — beside the
built-in 5·15 (2023) one; 39 mails labelled by hand, written apart from the routing code. The bar of
tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import yaml
from mixed_mailbox_tests import RoutingTests
from mixed_suite import opened_files
import test_match_mixed22 as m22t
from test_match_mixed27 import by_case, docx_text, message
from test_match_mixed32 import plain
from test_match_mixed36 import one
from test_match_mixed69 import cells
from test_match_mixed81 import files

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed82"))
import make_mixed82  # noqa: E402
import mixed82_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"militia": dt.datetime(2092, 3, 20, 17, 0, tzinfo=SH), "check": dt.datetime(2092, 3, 14, 17, 0, tzinfo=SH)}
official = mixed82_docs.official
MILITIA, CHECK = make_mixed82.MILITIA, make_mixed82.CHECK


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes: roster / militia-summary / cover / check / other."""
    out: dict[str, list[str]] = {}
    for name, data in files(mail):
        ext = name.rsplit(".", 1)[-1].lower()
        text = cells(data) if ext == "xlsx" else docx_text(data) if ext == "docx" else ""
        first = text.splitlines()[0] if text else ""
        kind = ("roster" if ext == "xlsx" and first.startswith(mixed82_docs.ROSTER_TITLE)
                else "check" if ext == "xlsx" and first.startswith(mixed82_docs.CHECK_TITLE)
                else "militia-summary" if ext == "docx" and first.endswith(mixed82_docs.MILITIA_SUMMARY_TITLE)
                else "cover" if ext == "docx" and first.endswith(mixed82_docs.COVER_TITLE) else "other")
        out.setdefault(kind, []).append(text or name)
    return out


class TestMixed82Routing(RoutingTests):
    gen = make_mixed82
    cases = ["militia-clean", "check-clean", "militia-town-armed-forces-dept", "militia-with-cover-letter",
             "militia-neighbours-roster-by-mistake", "militia-own-roster-after-mistake", "militia-neighbour-own",
             "militia-roster-first", "militia-summary-second", "militia-forwarded-from-cadre",
             "militia-reply-names-say-nothing", "militia-zone-question", "militia-zone-straggler",
             "militia-roster-corrected", "militia-auto-reply", "check-agency-first", "check-institutions-second",
             "check-corrected", "check-reply-quoting-notice", "check-auto-reply", "check-straggler",
             "check-subject-of-other-campaign", "both-campaigns-in-one-mail", "militia-split-after-both",
             "check-split-after-both", "militia-town-owing-both"]
    size = (28, 40)
    open_mails = {
        "018-militia-neighbours-roster-by-mistake": "open since its first run: 要路沟乡's own 总结 beside 魏家岭乡's "
                                                    "花名册 is held for a person (“邮件同时指向多个单位：要路沟乡、魏家岭乡”), "
                                                    "not filed `doc` for 要路沟乡: safe, a clerk could hold it too",
    }
    has_corrections = True  # 喇嘛洞镇's roster and 自然资源局's 核对表, each “以此为准”
    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed82.ALL)
        mil, chk = cs[MILITIA], cs[CHECK]
        (m,) = mil.requirements
        (c,) = chk.requirements
        assert [m.id, c.id] == make_mixed82.MIL + make_mixed82.CHK  # M2, R1
        assert [u.name for u in chk.units] == make_mixed82.PILOTS  # two 乡镇 and four departments
        names = [u.name for u in mil.units]
        assert len(names) == 29 and "八家子经济开发区" in names and {"建昌镇", "八家子镇"} <= set(names)  # both owed
        assert sorted(p.id for p in m.parts) == ["doc", "table"] and [p.id for p in c.parts] == ["table"]
        assert (m.due, c.due) == (DUES["militia"], DUES["check"])
        doc = next(p for p in m.parts if p.id == "doc")
        table = next(p for p in m.parts if p.id == "table")
        assert doc.title == "民兵整组工作总结" and "花名册" in table.words and "组花名册" not in m.hints  # M3, M4
        kept = [yaml.safe_load(f.read_text(encoding="utf-8")) for f in make_mixed82.CAMPAIGN_FILES]
        assert [k["unsettled"] for k in kept] == [[], []]  # M1: the drafter's question on “武装部” settled
        assert "民兵花名册" in mil.subject_hints and "实名制" in chk.subject_hints  # M5, R3
        assert "实名制" in c.parts[0].words  # R2

    def test_every_document_opens(self, mailbox):
        """Every file of 2092 opens: Excel, Word."""
        kinds = opened_files(mailbox, 2092, files)
        # xlsx: 花名册 5 clean + 汤神庙 + 玲珑塔 + 要路沟 2 (魏家岭乡's by mistake, its own) + 魏家岭 + 老大杖子 + 和尚房子
        # + 二道湾子 + 开发区 + 喇嘛洞 更正 + 八家子 2 + 建昌镇 = 18; 核对表 自然资源局 2 + 教育局 2 + 卫健局 + 退役军人局
        # + 建昌镇 + 八家子 2 = 9. docx: 总结 5 + 汤神庙 + 玲珑塔 + 要路沟 + 魏家岭 + 老大杖子 + 和尚房子 + 二道湾子 + 开发区
        # + 八家子 2 + 建昌镇 = 16, and 玲珑塔镇's 报送函
        assert kinds == {"xlsx": 27, "docx": 17}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("militia", "table"): "roster", ("militia", "doc"): "militia-summary", ("check", "table"): "check"}
        for m in mailbox:
            if m.campaign not in (MILITIA, CHECK):
                continue
            mat = material(m)
            got = {want[(m.requirements[0], p)] for p in m.parts}
            if m.case == "militia-with-cover-letter":
                assert len(mat.pop("cover")) == 1, m.name  # the 报送函: no part
            if m.case == "militia-neighbours-roster-by-mistake":
                (other,) = mat.pop("roster")  # 魏家岭乡's 花名册, not this town's
                assert official("魏家岭乡") in other and official(m.unit) not in other
            assert got == set(mat), m.name
            texts = [t for ts in mat.values() for t in ts]
            assert all(official(m.unit) in t for t in texts), m.name
        # the names that say nothing
        rp = one(mailbox, "militia-reply-names-say-nothing")
        assert sorted(n for n, _ in files(rp)) == ["文档1.docx", "新建 Microsoft Excel 工作表.xlsx"]
        assert "各乡镇人民政府" in plain(rp) and "八家子经济开发区" in plain(rp)
        # 汤神庙镇: its 武装部 from a personal QQ, the word of the issuer
        ad = one(mailbox, "militia-town-armed-forces-dept")
        assert "@qq.com" in str(message(ad)["From"]) and "武装部" in str(message(ad)["From"]) and "武装部" in plain(ad)
        # 玲珑塔镇: the 报送函 beside the two parts
        assert len(files(one(mailbox, "militia-with-cover-letter"))) == 3
        # 和尚房子乡: a forward of its 武装部长's mail
        assert "转发的邮件" in plain(one(mailbox, "militia-forwarded-from-cadre"))
        # 八家子镇: both campaigns in one mail, held; both pilot 乡镇 owe both
        both = one(mailbox, "both-campaigns-in-one-mail")
        assert set(material(both)) == {"roster", "militia-summary", "check"} and both.unit == "REVIEW"
        # 建昌镇: the 核对表 under the subject of its 民兵整组 mail
        so = one(mailbox, "check-subject-of-other-campaign")
        assert "民兵整组" in str(message(so)["Subject"]) and set(material(so)) == {"check"}
        assert str(message(so)["Subject"]) == str(message(one(mailbox, "militia-town-owing-both"))["Subject"])
        # 教育局: one part in two mails (the 机关's, then the schools')
        ed = by_case(mailbox, "check-agency-first") + by_case(mailbox, "check-institutions-second")
        assert [m.is_correction for m in ed] == [False, False]
        schools = mixed82_docs.INSTITUTIONS["县教育局"]
        assert [any(s in cells(files(m)[0][1]) for s in schools) for m in ed] == [False, True]
        # the auto-replies: one with the header, one without
        assert message(one(mailbox, "militia-auto-reply"))["Auto-Submitted"] == "auto-replied"
        ar = one(mailbox, "check-auto-reply")
        assert message(ar)["Auto-Submitted"] is None and "自动回复" in str(message(ar)["Subject"])
        st = one(mailbox, "check-straggler")
        assert message(ar)["From"].addresses[0].addr_spec == message(st)["From"].addresses[0].addr_spec
        # the two corrections, each 以此为准
        fixed = [m for m in mailbox if m.is_correction]
        assert sorted(m.case for m in fixed) == ["check-corrected", "militia-roster-corrected"]
        assert all("以此为准" in plain(m) for m in fixed)
        assert not files(one(mailbox, "militia-zone-question"))
        # late and on time
        late = ("militia-zone-straggler", "check-straggler")
        for case in late:
            assert all(m.received_at > DUES[m.requirements[0]] for m in by_case(mailbox, case))
        assert all(m.received_at <= DUES[m.requirements[0]] for m in mailbox
                   if m.campaign in (MILITIA, CHECK) and m.case not in late)

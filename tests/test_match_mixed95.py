"""Routing on a ninety-fifth, held-out mixed mailbox (tests/fixtures/mixed95).

Two spring 2105 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init
--from-notice` — the 建昌县老区建设促进会's 2105年革命老区发展情况调研 (its notice a .txt; SEVEN UNITS: two 镇, two
乡, the 县乡村振兴局, the 县退役军人局 and the 县文旅局; an Excel 老区村基本情况统计表 and a Word 老区发展情况调研报告,
by “4月24日（星期五）上午11时半前”) and the 建昌县图书馆's 2105年“书香建昌”全民阅读推广及图书馆分馆建设情况统计 (its
notice a .docx; EIGHT UNITS: three 乡, two 镇, three county bodies; TWO REQUIREMENTS: two Word files, the 分馆建设情况
报告 and the 阅读推广典型案例, by “5月8日（星期五）上午11时半前”, an Excel 读书月活动情况统计表 by “6月5日（星期五）前”; the
县文旅局 owes both campaigns) — beside the built-in 5·15 (2023) one; 35 mails labelled by hand, written apart from the
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
from test_match_mixed36 import one
from test_match_mixed81 import files
from test_match_mixed87 import files_read, members

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed95"))
import make_mixed95  # noqa: E402
import mixed95_docs  # noqa: E402

TZ = dt.timezone(dt.timedelta(hours=8))
HALF11_LQ = dt.datetime(2105, 4, 24, 11, 30, tzinfo=TZ)  # the 老促会's “4月24日（星期五）上午11时半前”
HALF11_YD = dt.datetime(2105, 5, 8, 11, 30, tzinfo=TZ)  # the 图书馆's “5月8日（星期五）上午11时半前”
DAY5 = dt.datetime(2105, 6, 5, 23, 59, 59, tzinfo=TZ)  # “6月5日（星期五）前”, no hour
official = mixed95_docs.official
LQ, YD = make_mixed95.LQ, make_mixed95.YD


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes: lqtable / lqdoc / ydreport / ydcase / ydtable / other."""
    out: dict[str, list[str]] = {}
    for name, ext, data, text, first in files_read(mail):
        kind = ("lqtable" if ext == "xlsx" and first.startswith(mixed95_docs.LQ_TABLE_TITLE)
                else "ydtable" if ext == "xlsx" and first.startswith(mixed95_docs.YD_TABLE_TITLE)
                else "lqdoc" if ext == "docx" and first.endswith(mixed95_docs.LQ_DOC_TITLE)
                else "ydreport" if ext == "docx" and first.endswith(mixed95_docs.YD_REPORT_TITLE)
                else "ydcase" if ext == "docx" and first.endswith(mixed95_docs.YD_CASE_TITLE)
                else "other")
        out.setdefault(kind, []).append(text or name)
    return out


def only(mail, ext: str) -> str:
    (name,) = [n for n, _ in files(mail) if n.endswith("." + ext)]
    return name


def named(mail, title: str) -> str:
    (name,) = [n for n, _ in files(mail) if title in n]
    return name


class TestMixed95Routing(RoutingTests):
    gen = make_mixed95
    cases = ["lq-clean", "yd-clean", "lq-squirrel", "lq-borders", "lq-wenlv-red", "lq-zhenxing-before",
             "lq-question", "lq-tuiyi-late", "lq-table-first", "lq-doc-second", "lq-not-owed-minzheng",
             "yd-question", "yd-alimail", "yd-ds-shifo", "yd-nylas", "yd-ds-late-evening", "yd-margins",
             "yd-ds-yangshuwanzi", "yd-spacing", "yd-ds-rongmeiti", "yd-jiaoyu-before", "yd-ds-jiaoyu-late",
             "yd-wenlv-late", "yd-newton", "vendor-promotion"]
    size = (30, 40)
    has_corrections = False
    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled
    open_mails = {}

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed95.ALL)
        lq, yd = cs[LQ], cs[YD]
        (diaoyan,) = lq.requirements
        fenguan, dushuyue = yd.requirements
        assert [diaoyan.id, fenguan.id, dushuyue.id] == make_mixed95.DY + make_mixed95.FG + make_mixed95.DS  # L1, Y1
        assert [u.name for u in lq.units] == make_mixed95.LQ_UNITS
        assert [u.name for u in yd.units] == make_mixed95.YD_UNITS
        assert {u.name for u in lq.units} & {u.name for u in yd.units} == {"县文旅局"}
        assert diaoyan.due == HALF11_LQ and fenguan.due == HALF11_YD and dushuyue.due == DAY5
        assert sorted(p.id for p in diaoyan.parts) == ["doc", "table"]
        assert sorted(p.id for p in fenguan.parts) == ["case", "report"]  # Y1
        assert [p.id for p in dushuyue.parts] == ["table"]
        assert "调研报告" not in diaoyan.hints  # L3
        assert "典型案例" not in fenguan.hints and "馆分馆建设" not in fenguan.hints  # Y2
        assert "活动情况统计表" not in dushuyue.hints  # Y4
        kept = [yaml.safe_load(f.read_text(encoding="utf-8")) for f in make_mixed95.CAMPAIGN_FILES]
        assert [k["unsettled"] for k in kept] == [[], []]  # Y5
        drafts = make_mixed95.CAMPAIGNS_DIR / "drafts"
        yd_draft = yaml.safe_load((drafts / "2105-04-15-全民阅读分馆建设通知.draft.yaml").read_text(encoding="utf-8"))
        assert len(yd_draft["unsettled"]) == 1

    def test_every_document_opens(self, mailbox):
        """Every file of 2105 opens: Excel and Word."""
        kinds = opened_files(mailbox, 2105, files)
        # xlsx: 老区 统计表 of 药王庙, 汤神庙, 要路沟, 文旅, 振兴, 退役, 魏家岭, 民政 = 8; 读书月 统计表 6: 14.
        # docx: 老区 报告 of 药王庙, 汤神庙, 要路沟, 文旅, 振兴, 退役, 魏家岭 = 7; 报告 + 案例 of 8 units = 16: 23
        assert kinds == {"xlsx": 14, "docx": 23}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("diaoyan", "table"): "lqtable", ("diaoyan", "doc"): "lqdoc", ("fenguan", "report"): "ydreport",
                ("fenguan", "case"): "ydcase", ("dushuyue", "table"): "ydtable"}
        for m in mailbox:
            if m.campaign not in (LQ, YD):
                continue
            mat = material(m)
            assert {want[(m.requirements[0], p)] for p in m.parts} == set(mat), m.name
            assert all(len(ts) == 1 for ts in mat.values()), m.name
            assert all(official(m.unit) in t for ts in mat.values() for t in ts), m.name
        # 汤神庙镇: SquirrelMail (User-Agent); 石佛乡: 阿里邮箱, 黑山科乡: Nylas, 玲珑塔镇: Newton (X-Mailer)
        msg = message(one(mailbox, "lq-squirrel"))
        assert msg["User-Agent"] == make_mixed95.SQUIRREL and msg["X-Mailer"] is None
        for case, agent in (("yd-alimail", make_mixed95.ALIMAIL), ("yd-nylas", make_mixed95.NYLAS),
                            ("yd-newton", make_mixed95.NEWTON)):
            msg = message(one(mailbox, case))
            assert msg["X-Mailer"] == agent and msg["User-Agent"] is None, case
        # 要路沟乡: every cell bordered; 县文旅局: its header row red and bold
        bo = one(mailbox, "lq-borders")
        assert b'<left style="thin"' in members(bo, only(bo, "xlsx"))["xl/styles.xml"]
        rd = one(mailbox, "lq-wenlv-red")
        styles = members(rd, only(rd, "xlsx"))["xl/styles.xml"]
        assert b'<b val="1"/><color rgb="FFFF0000"/>' in styles
        # 杨树湾子乡: the 报告's page margins narrow; 县融媒体中心: the 案例 double line-spaced
        mg = one(mailbox, "yd-margins")
        assert b'w:left="720"' in members(mg, named(mg, "建设情况报告"))["word/document.xml"]
        sp = one(mailbox, "yd-spacing")
        assert b'w:line="480"' in members(sp, named(sp, "典型案例"))["word/document.xml"]
        # the windows
        assert one(mailbox, "lq-zhenxing-before").received_at < HALF11_LQ < one(mailbox, "lq-tuiyi-late").received_at
        assert one(mailbox, "yd-jiaoyu-before").received_at < HALF11_YD < one(mailbox, "yd-wenlv-late").received_at
        assert one(mailbox, "yd-ds-late-evening").received_at < DAY5 < one(mailbox, "yd-ds-jiaoyu-late").received_at
        # the vendor's promotion
        promo = one(mailbox, "vendor-promotion")
        assert "全民阅读" in message(promo)["Subject"] and not files(promo)
        # the questions: no file
        for case in ("lq-question", "yd-question"):
            assert not files(one(mailbox, case)), case
        assert not [m for m in mailbox if m.is_correction]
        # late and on time
        late = ("lq-tuiyi-late", "yd-wenlv-late", "yd-ds-jiaoyu-late")
        due = {"diaoyan": HALF11_LQ, "fenguan": HALF11_YD, "dushuyue": DAY5}
        for case in late:
            (m,) = by_case(mailbox, case)
            assert m.received_at > due[m.requirements[0]], case
        assert all(m.received_at <= due[m.requirements[0]] for m in mailbox
                   if m.campaign in (LQ, YD) and m.case not in late)

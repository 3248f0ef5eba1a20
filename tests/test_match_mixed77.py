"""Routing on a seventy-seventh, held-out mixed mailbox (tests/fixtures/mixed77).

Two spring 2087 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init --from-notice`
— the 县动防办's 2087年春季重大动物疫病集中免疫 (two requirements of different units: the 28 乡镇' Excel 免疫情况统计表 with
3 to 5 现场照片, by 04-25 17:00; the 县市场局's Excel 活禽交易市场休市消毒情况表, by 04-18 17:00) and the 县信用办's
“双公示”自查 (eight named departments only, 县市场局 among them; an Excel 自查情况表 by 05-09 17:00) — beside the
built-in 5·15 (2023) one; 35 mails labelled by hand, written apart from the routing code. The bar of
tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
import test_match_mixed22 as m22t
from test_match_mixed27 import by_case, message
from test_match_mixed32 import plain
from test_match_mixed36 import one, sender
from test_match_mixed69 import cells, files, top_names

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed77"))
import make_mixed77  # noqa: E402
import mixed77_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"statistics": dt.datetime(2087, 4, 25, 17, 0, tzinfo=SH), "market": dt.datetime(2087, 4, 18, 17, 0, tzinfo=SH),
        "self-check": dt.datetime(2087, 5, 9, 17, 0, tzinfo=SH)}
official = mixed77_docs.official
EPI, CRED = make_mixed77.EPI, make_mixed77.CRED
DEPARTMENTS = ["县市场局", "县交通局", "县住建局", "县自然资源局", "县农业农村局", "县卫健局", "县应急局", "县综合执法局"]


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes: epi-table / market-table / cred-table / photo / other."""
    out: dict[str, list[str]] = {}
    for name, data in files(mail):  # a zip's members and a forwarded mail's files, not the zip
        ext = name.rsplit(".", 1)[-1].lower()
        text = cells(data) if ext == "xlsx" else ""
        first = text.splitlines()[0] if text else ""
        kind = ("photo" if ext == "jpg" and data[:3] == b"\xff\xd8\xff" else "epi-table" if first == mixed77_docs.EPI_TITLE
                else "market-table" if first == mixed77_docs.MARKET_TITLE
                else "cred-table" if first == mixed77_docs.CRED_TITLE else "other")
        out.setdefault(kind, []).append(text or name)
    return out


class TestMixed77Routing(RoutingTests):
    gen = make_mixed77
    cases = ["epi-clean", "cred-clean", "epi-question", "epi-photos-from-phone-first", "epi-table-next-morning",
             "epi-zip", "epi-livestock-station-sends", "epi-clue-only-inside", "epi-table-corrected", "epi-late",
             "epi-straggler", "epi-reply-to-notice-from-phone", "cred-auto-reply", "cred-table-names-animal-epidemic",
             "cred-clue-only-inside", "cred-corrected", "cred-zero-reply-to-notice", "cred-straggler",
             "both-campaigns-in-one-mail", "market-forwarded-as-attachment", "cred-market-resent-alone"]
    size = (30, 40)
    has_corrections = True  # 建昌镇's corrected 统计表, 县交通局's 自查表 (以此表为准)

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed77.ALL)
        epi, cred = cs[EPI], cs[CRED]
        stats, market = epi.requirements
        (own,) = cred.requirements
        assert [stats.id, market.id, own.id] == make_mixed77.STATS + make_mixed77.MARKET + make_mixed77.SELF  # fix E1
        towns = [u.name for u in epi.units if u.name != "县市场局"]
        assert len(towns) == 28 and [u.name for u in epi.units] == towns + ["县市场局"]
        assert [u.name for u in epi.units if stats in epi.requirements_for(u)] == towns
        assert [u.name for u in epi.units if market in epi.requirements_for(u)] == ["县市场局"]
        assert [u.name for u in cred.units] == DEPARTMENTS
        assert {u.name for u in epi.units} & {u.name for u in cred.units} == {"县市场局"}  # the one owing both
        assert sorted(p.id for p in stats.parts) == ["photos", "table"]
        assert [p.id for p in market.parts] == ["table"] and [p.id for p in own.parts] == ["table"]
        assert (stats.due, market.due, own.due) == (DUES["statistics"], DUES["market"], DUES["self-check"])
        assert "自查" not in cred.subject_hints and "春防" in epi.subject_hints  # fixes F2, E2
        assert "双公示" in own.title  # fix F1

    def test_every_document_opens(self, mailbox):
        """Every file of 2087 opens: Excel, JPEG (a zip's members and a forwarded mail's file too)."""
        import openpyxl
        from PIL import Image

        kinds = {"xlsx": 0, "jpg": 0}
        for m in mailbox:
            if m.received_at.year != 2087:
                continue
            for name, data in files(m):
                ext = name.rsplit(".", 1)[-1].lower()
                if ext == "xlsx":
                    openpyxl.load_workbook(io.BytesIO(data))
                else:
                    assert ext == "jpg", name
                    Image.open(io.BytesIO(data)).verify()
                kinds[ext] += 1
        # 12 春防 统计表 (八家子镇's in its zip), 2 休市消毒 (市场局's mixed mail, its forward), 10 双公示 (市场局's twice)
        assert kinds["xlsx"] == 12 + 2 + 10
        assert kinds["jpg"] == 4 * 4 + 4 + 3 + 3 + 3 + 5 + 3 + 3

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("statistics", "table"): "epi-table", ("statistics", "photos"): "photo",
                ("market", "table"): "market-table", ("self-check", "table"): "cred-table"}
        for m in mailbox:
            if m.campaign not in (EPI, CRED):
                continue
            mat = material(m)
            assert {want[(m.requirements[0], p)] for p in m.parts} == set(mat), m.name
            if "photo" in mat:
                assert 3 <= len(mat["photo"]) <= 5, m.name
            texts = [t for kind, ts in mat.items() if kind != "photo" for t in ts]
            assert all(official(m.unit) in t for t in texts), m.name
        # 县市场局: both campaigns' tables in one mail; then the 休市消毒 table in a forwarded mail; then the 双公示 alone
        assert set(material(one(mailbox, "both-campaigns-in-one-mail"))) == {"market-table", "cred-table"}
        fw = one(mailbox, "market-forwarded-as-attachment")
        assert top_names(fw) == [] and [n for n, _ in files(fw)] == ["休市消毒情况表（终稿）.xlsx"]
        assert fw.received_at < DUES["market"]
        # 汤神庙镇: the photos inline from an iPhone, the table next morning
        ph = one(mailbox, "epi-photos-from-phone-first")
        dispositions = [p.get_content_disposition() for p in message(ph).walk() if p.get_content_type() == "image/jpeg"]
        assert dispositions == ["inline"] * 4 and "发自我的iPhone" in plain(ph)
        from PIL import Image

        sizes = {Image.open(io.BytesIO(p.get_payload(decode=True))).size for p in message(ph).walk()
                 if p.get_content_type() == "image/jpeg"}
        assert sizes == {(640, 480)}  # a phone's photos at Apple Mail's medium size, not a signature's logo
        assert ph.received_at < one(mailbox, "epi-table-next-morning").received_at
        # the clue only inside: 和尚房子乡's personal QQ, 县住建局's staffer's personal 163
        for case, town in (("epi-clue-only-inside", "和尚房子"), ("cred-clue-only-inside", "住")):
            m = one(mailbox, case)
            assert town not in plain(m) + str(message(m)["Subject"]) + sender(m), case
            assert top_names(m)[0] == "工作簿1.xlsx"
        # 玲珑塔镇's 畜牧兽医站 from its own address
        st = one(mailbox, "epi-livestock-station-sends")
        assert sender(st).startswith("lltxmz") and "受镇政府委托" in plain(st)
        # 八家子镇's zip
        assert top_names(one(mailbox, "epi-zip")) == ["八家子镇春防材料.zip"]
        # replies quoting their notices (the 春防 notice names 县市场监督管理局 and its 情况表)
        xd = one(mailbox, "epi-reply-to-notice-from-phone")
        assert make_mixed77.NOTICE_TITLE[EPI] in str(message(xd)["Subject"]) and "活禽交易市场休市消毒情况表" in plain(xd)
        assert str(message(xd)["X-Mailer"]).startswith("Coremail Mobile")
        zr = one(mailbox, "cred-zero-reply-to-notice")
        assert "县住房和城乡建设局" in plain(zr) and "本期无" in material(zr)["cred-table"][0]
        # 县农业农村局: 动物防疫 in the body of its 双公示 mail
        assert "动物防疫" in plain(one(mailbox, "cred-table-names-animal-epidemic"))
        # corrections
        assert [m.case for m in mailbox if m.is_correction] == ["epi-table-corrected", "cred-corrected"]
        assert all("以此表为准" in plain(m) for m in mailbox if m.is_correction)
        # the question, the auto-reply
        assert not files(one(mailbox, "epi-question"))
        ar = one(mailbox, "cred-auto-reply")
        assert str(message(ar)["Subject"]).startswith("自动回复") and not files(ar)
        # late and on time
        late = ("epi-late", "epi-straggler", "cred-straggler")
        for case in late:
            assert all(m.received_at > DUES[m.requirements[0]] for m in by_case(mailbox, case))
        assert all(m.received_at <= DUES[m.requirements[0]] for m in mailbox
                   if m.campaign in (EPI, CRED) and m.case not in late)
        assert one(mailbox, "epi-straggler").received_at > DUES["self-check"]

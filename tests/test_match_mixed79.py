"""Routing on a seventy-ninth, held-out mixed mailbox (tests/fixtures/mixed79).

Two summer 2089 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init --from-notice`
— the 县档案馆's 2089年度机关档案工作年度检查 (SIX DEPARTMENTS only: an Excel 机关档案工作自查评分表 with 2 to 3 档案库房
现场照片, by 06-20 17:00) and the 县关工委's 2089年度全县关心下一代工作先进个人推荐 (the 28 乡镇 and the 县教育局: a Word 先进个人推荐表
per person and an Excel 先进个人推荐汇总表, by 06-27 17:00; the windows overlap, the 县教育局 owes both) — beside the
built-in 5·15 (2023) one; 36 mails labelled by hand, written apart from the routing code. The bar of
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
from test_match_mixed69 import files, files_by_kind, top_names

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed79"))
import make_mixed79  # noqa: E402
import mixed79_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"self-check": dt.datetime(2089, 6, 20, 17, 0, tzinfo=SH), "recommend": dt.datetime(2089, 6, 27, 17, 0, tzinfo=SH)}
official = mixed79_docs.official
ARCH, HON = make_mixed79.ARCH, make_mixed79.HON


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes: archive-table / honour-table / form / photo / other."""
    return files_by_kind(mail, lambda ext, first, data: (
        "photo" if ext == "jpg" and data[:3] == b"\xff\xd8\xff"
        else "archive-table" if ext == "xlsx" and first == mixed79_docs.ARCHIVE_TITLE
        else "honour-table" if ext == "xlsx" and first == mixed79_docs.HONOUR_TABLE_TITLE
        else "form" if ext == "docx" and first == mixed79_docs.FORM_TITLE else "other"))


def inline_jpegs(mail) -> list:
    return [p for p in message(mail).walk() if p.get_content_type() == "image/jpeg"]


class TestMixed79Routing(RoutingTests):
    gen = make_mixed79
    cases = ["arch-clean", "honour-clean", "arch-auto-reply", "arch-straggler", "arch-photos-inline-from-phone",
             "arch-table-next-day", "arch-forwarded-inline", "arch-table-only-photos-never",
             "arch-photos-added-after",
             "honour-question",
             "honour-sub-office-sends", "honour-clue-only-inside", "honour-zip", "honour-forms-first",
             "honour-table-next-day", "honour-form-corrected", "honour-with-extra-photos", "honour-sent-twice",
             "honour-sent-twice-again", "honour-reply-from-android", "honour-late", "both-campaigns-in-one-mail",
             "arch-resent-alone", "honour-resent-alone"]
    size = (30, 40)
    has_corrections = True  # 八家子镇's corrected 推荐表 (以此稿为准)

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed79.ALL)
        arch, fam = cs[ARCH], cs[HON]
        (check,) = arch.requirements
        (rec,) = fam.requirements
        assert [check.id, rec.id] == make_mixed79.CHECK + make_mixed79.REC  # fix F1
        assert [u.name for u in arch.units] == make_mixed79.DEPARTMENTS  # departments only
        towns = [u.name for u in fam.units][:-1]
        assert len(towns) == 28 and [u.name for u in fam.units][-1] == "县教育局"  # the 教育局 owes both
        assert [p.id for p in check.parts] == ["table", "photos"]  # fix E1: no `doc` “两项材料”
        assert check.parts[1].kind == "photo" and check.parts[1].min_count == 2
        assert [p.id for p in rec.parts] == ["form", "table"]  # fix F2
        assert "docx" in rec.parts[0].formats and "xlsx" in rec.parts[1].formats
        assert (check.due, rec.due) == (DUES["self-check"], DUES["recommend"])
        assert "两项材料" not in check.title and "两项" not in check.hints  # fixes E1, E2
        assert "县级" not in fam.subject_hints and "档案工作" in arch.subject_hints  # fixes F3, E2

    def test_every_document_opens(self, mailbox):
        """Every file of 2089 opens: Excel, Word, JPEG (a zip's members too)."""
        import docx
        import openpyxl
        from PIL import Image

        kinds = {"xlsx": 0, "docx": 0, "jpg": 0}
        for m in mailbox:
            if m.received_at.year != 2089:
                continue
            for name, data in files(m):
                ext = name.rsplit(".", 1)[-1].lower()
                if ext == "xlsx":
                    openpyxl.load_workbook(io.BytesIO(data))
                elif ext == "docx":
                    docx.Document(io.BytesIO(data))
                else:
                    assert ext == "jpg", name
                    Image.open(io.BytesIO(data)).verify()
                kinds[ext] += 1
        # 评分表: 民政局, 农业农村局, 市场局, 卫健局, 人社局, 教育局 twice = 7; 汇总表: 4 clean, 大屯镇, 和尚房子乡, 王宝营子乡
        # (zip), 魏家岭乡, 西碱厂乡, 要路沟乡 twice, 谷杖子乡, 娘娘庙乡, 教育局 twice = 15
        assert kinds["xlsx"] == 7 + 15
        # 推荐表: 2 a mail in each of those 15, + 八家子镇's corrected one
        assert kinds["docx"] == 2 * 15 + 1
        # photos: 民政局 3 + 2 整改后, 农业农村局 3 inline, 市场局 2, 人社局 2, 教育局 2 + 2, 西碱厂乡's 2 活动照片
        assert kinds["jpg"] == 3 + 2 + 3 + 2 + 2 + 2 + 2 + 2

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("self-check", "table"): "archive-table", ("self-check", "photos"): "photo",
                ("recommend", "form"): "form", ("recommend", "table"): "honour-table"}
        for m in mailbox:
            if m.campaign not in (ARCH, HON):
                continue
            mat = material(m)
            got = {want[(m.requirements[0], p)] for p in m.parts}
            if m.case == "honour-with-extra-photos":
                got.add("photo")
            assert got == set(mat), m.name
            if m.campaign == ARCH and "photo" in mat:
                assert 2 <= len(mat["photo"]) <= 3, m.name
            texts = [t for kind, ts in mat.items() if kind != "photo" for t in ts]
            assert all(official(m.unit) in t for t in texts), m.name
        # 县教育局: both campaigns in one mail, then each alone
        assert set(material(one(mailbox, "both-campaigns-in-one-mail"))) == {"archive-table", "photo", "form",
                                                                            "honour-table"}
        # 农业农村局: the photos inline from an iPhone, at a photo's size, replying to the notice; the table next morning
        ph = one(mailbox, "arch-photos-inline-from-phone")
        assert [p.get_content_disposition() for p in inline_jpegs(ph)] == ["inline"] * 3
        assert "发自我的iPhone" in plain(ph) and str(message(ph)["X-Mailer"]).startswith("iPhone Mail")
        from PIL import Image

        sizes = {Image.open(io.BytesIO(p.get_payload(decode=True))).size for p in inline_jpegs(ph)}
        assert sizes == {(1024, 768)} and min(min(s) for s in sizes) >= 320  # a phone's photos, not a logo
        assert "县人力资源和社会保障局" in plain(ph)  # the quoted notice names the other departments
        assert ph.received_at < one(mailbox, "arch-table-next-day").received_at
        # the clue only inside: 和尚房子乡's personal QQ
        hs = one(mailbox, "honour-clue-only-inside")
        assert "和尚房子" not in plain(hs) + str(message(hs)["Subject"]) + sender(hs)
        assert top_names(hs) == ["新建 DOCX 文档.docx", "新建 DOCX 文档 (2).docx", "汇总表.xlsx"]
        # 大屯镇's 关工委 from its own address
        st = one(mailbox, "honour-sub-office-sends")
        assert sender(st).startswith("dtzggw") and "大屯镇关工委" in plain(st)
        # 市场局's office forwarding its 档案室's mail inline
        fw = one(mailbox, "arch-forwarded-inline")
        assert "转发邮件信息" in plain(fw) and "市场监管局档案室" in plain(fw)
        assert str(message(fw)["Subject"]).startswith("转发：")
        # 王宝营子乡's zip
        assert top_names(one(mailbox, "honour-zip")) == ["王宝营子乡关工委先进个人推荐材料.zip"]
        # 谷杖子乡 replying from Android to the 关工委 notice
        gz = one(mailbox, "honour-reply-from-android")
        assert make_mixed79.NOTICE_TITLE[HON] in str(message(gz)["Subject"])
        assert str(message(gz)["X-Mailer"]).startswith("Coremail Mobile")
        # 要路沟乡: the same mail twice, seven minutes apart
        a, b = one(mailbox, "honour-sent-twice"), one(mailbox, "honour-sent-twice-again")
        assert [d for _, d in files(a)] == [d for _, d in files(b)] and plain(a) == plain(b)
        assert dt.timedelta(0) < b.received_at - a.received_at < dt.timedelta(minutes=10)
        # the correction
        assert [m.case for m in mailbox if m.is_correction] == ["honour-form-corrected"]
        assert all("以此稿为准" in plain(m) for m in mailbox if m.is_correction)
        # the question, the auto-reply (the 人社局, whose straggler comes in July)
        assert not files(one(mailbox, "honour-question"))
        ar = one(mailbox, "arch-auto-reply")
        assert str(message(ar)["Subject"]).startswith("自动答复") and not files(ar)
        # late and on time
        late = ("honour-late", "arch-straggler")
        for case in late:
            assert all(m.received_at > DUES[m.requirements[0]] for m in by_case(mailbox, case))
        assert all(m.received_at <= DUES[m.requirements[0]] for m in mailbox
                   if m.campaign in (ARCH, HON) and m.case not in late)
        assert one(mailbox, "arch-straggler").received_at > DUES["self-check"] + dt.timedelta(days=30)

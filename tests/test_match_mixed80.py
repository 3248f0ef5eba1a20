"""Routing on an eightieth, held-out mixed mailbox (tests/fixtures/mixed80).

Two spring 2090 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init --from-notice`
— the 县委网信办's 2090年度政务新媒体账号自查整改 (SIX DEPARTMENTS only, the 县文旅局 among them: an Excel 政务新媒体账号自查登记表
and a Word 政务新媒体自查整改报告, by 05-23 17:00) and the 县文旅局's 2090年全民健身路径器材安全检查 (the 28 乡镇 and the
县住建局: an Excel 全民健身路径器材安全检查情况表 and at least 3 器材现场照片, by 05-30 17:00; the windows overlap, the
县住建局 owes both, the issuer of the second owes the first) — beside the built-in 5·15 (2023) one; 30 mails labelled by
hand, written apart from the routing code. The bar of tests/mixed_mailbox_tests.py: every mail right in both draws,
exact requirements.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
from mixed_suite import opened_files
import test_match_mixed22 as m22t
from test_match_mixed27 import by_case, docx_text, message
from test_match_mixed32 import plain
from test_match_mixed36 import one
from test_match_mixed69 import cells, top_names

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed80"))
import make_mixed80  # noqa: E402
import mixed80_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"self-check": dt.datetime(2090, 5, 23, 17, 0, tzinfo=SH), "inspection": dt.datetime(2090, 5, 30, 17, 0, tzinfo=SH)}
official = mixed80_docs.official
MEDIA, FIT = make_mixed80.MEDIA, make_mixed80.FIT


def files(mail) -> list[tuple[str, bytes]]:
    """(name, bytes) of every file the mail carries, attached or inline, a zip's members (a zip in a zip opened too)."""
    out = []
    for p in message(mail).walk():
        if p.is_multipart() or not p.get_filename():
            continue
        out += mixed80_docs.unzipped(p.get_filename(), p.get_payload(decode=True))
    return out


def docx_images(data: bytes) -> list[bytes]:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [z.read(n) for n in z.namelist() if n.startswith("word/media/")]


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes: media-table / report / fit-table / photo / photo-doc / other."""
    out: dict[str, list[str]] = {}
    for name, data in files(mail):
        ext = name.rsplit(".", 1)[-1].lower()
        text = cells(data) if ext == "xlsx" else docx_text(data) if ext == "docx" else ""
        first = text.splitlines()[0] if text else ""
        kind = ("photo" if ext == "jpg" and data[:3] == b"\xff\xd8\xff"
                else "media-table" if ext == "xlsx" and first == mixed80_docs.MEDIA_TITLE
                else "fit-table" if ext == "xlsx" and first == mixed80_docs.FIT_TITLE
                else "report" if ext == "docx" and mixed80_docs.REPORT_TITLE in first
                else "photo-doc" if ext == "docx" and first.endswith(mixed80_docs.PHOTO_DOC_TITLE) else "other")
        out.setdefault(kind, []).append(text or name)
    return out


def size_of(jpeg: bytes) -> tuple[int, int]:
    from PIL import Image

    with Image.open(io.BytesIO(jpeg)) as img:
        return img.size


class TestMixed80Routing(RoutingTests):
    gen = make_mixed80
    cases = ["media-clean", "fit-clean", "media-report-corrected", "media-draft-for-checking", "media-final-after-draft",
             "media-stale-signature", "media-issuer-of-the-other-campaign", "media-late", "media-table-first",
             "media-report-next-day", "fit-question", "fit-photos-collage", "fit-photos-inside-word", "fit-nested-zip",
             "fit-reply-from-android-inline", "fit-phone-clock-reset", "fit-late", "fit-owes-both",
             "fit-unit-not-owing"]
    size = (28, 40)
    has_corrections = True  # 县财政局's corrected 整改报告 (以此稿为准)
    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed80.ALL)
        media, fit = cs[MEDIA], cs[FIT]
        (check,) = media.requirements
        (insp,) = fit.requirements
        assert [check.id, insp.id] == make_mixed80.CHECK + make_mixed80.INSP
        assert [u.name for u in media.units] == make_mixed80.DEPARTMENTS  # departments only, the 文旅局 among them
        names = [u.name for u in fit.units]
        assert len(names) == 29 and names[-1] == "县住建局"  # the 住建局 owes both
        assert [p.id for p in check.parts] == ["doc", "table"]
        assert "docx" in check.parts[0].formats and "xlsx" in check.parts[1].formats
        assert [p.id for p in insp.parts] == ["table", "photos"]
        assert insp.parts[1].kind == "photo" and insp.parts[1].min_count == 3
        assert (check.due, insp.due) == (DUES["self-check"], DUES["inspection"])
        assert check.parts[0].title == mixed80_docs.REPORT_TITLE and "自查报告" in check.parts[0].words  # fix G1
        assert "网信办" in media.subject_hints and "健身器材" in fit.subject_hints  # fixes G2, H1
        assert "健身器材" in insp.parts[0].words  # fix H2

    def test_every_document_opens(self, mailbox):
        """Every file of 2090 opens: Excel, Word, JPEG (a zip's members, a zip in a zip too)."""
        kinds = opened_files(mailbox, 2090, files)
        # xlsx: 7 登记表 (水利局's 初稿 too) + 11 情况表 (综合执法局's too); docx: 8 报告 (财政局's 更正稿, 水利局's 初稿)
        # + 药王庙镇's Word of photos; jpg: 9 of the clean mails, 1 collage, 4 in the zip in a zip, 3 inline, 13 attached
        assert kinds == {"xlsx": 18, "docx": 9, "jpg": 30}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("self-check", "doc"): "report", ("self-check", "table"): "media-table",
                ("inspection", "table"): "fit-table", ("inspection", "photos"): "photo"}
        for m in mailbox:
            if m.campaign not in (MEDIA, FIT):
                continue
            mat = material(m)
            got = {want[(m.requirements[0], p)] for p in m.parts}
            if m.case == "fit-photos-inside-word":
                got = {"fit-table", "photo-doc"}
            assert got == set(mat), m.name
            if "photo" in got and m.case != "fit-photos-collage":
                assert len(mat["photo"]) >= 3, m.name
            texts = [t for kind, ts in mat.items() if kind != "photo" for t in ts]
            assert all(official(m.unit) in t for t in texts), m.name
        # 石佛乡: one JPEG, three photos stitched (1080 × 2430)
        col = one(mailbox, "fit-photos-collage")
        assert [size_of(d) for n, d in files(col) if n.endswith(".jpg")] == [(1080, 2430)]
        # 药王庙镇: three photos inside a Word file, each a photo's size
        word = one(mailbox, "fit-photos-inside-word")
        (doc,) = [d for n, d in files(word) if n.endswith(".docx") and "照片" in n]
        assert [size_of(i) for i in docx_images(doc)] == [(800, 600)] * 3
        # 王宝营子乡: a zip holding the table and another zip of four photos
        nz = one(mailbox, "fit-nested-zip")
        assert top_names(nz) == ["王宝营子乡健身器材检查.zip"] and len(material(nz)["photo"]) == 4
        # 谷杖子乡: a reply from Android, the photos inline at 1024 × 768
        ph = one(mailbox, "fit-reply-from-android-inline")
        inline = [p for p in message(ph).walk() if p.get_content_type() == "image/jpeg"]
        assert len(inline) == 3 and all(p.get_content_disposition() == "inline" for p in inline)
        assert all(size_of(p.get_payload(decode=True)) == (1024, 768) for p in inline)
        assert "Android" in str(message(ph)["X-Mailer"]) and "各乡镇人民政府" in plain(ph)
        # 和尚房子乡: the phone's clock at 2000-01-01; the server's Received line has the real minute, before the due
        ck = one(mailbox, "fit-phone-clock-reset")
        assert str(message(ck)["Date"]).startswith("Sat, 01 Jan 2000") and b"29 May 2090 20:10:00" in ck.raw.split(b"\r\n", 1)[0]
        # 水利局: an 初稿 for a look (REVIEW), then the real one
        dr = one(mailbox, "media-draft-for-checking")
        assert "初稿" in plain(dr) and set(material(dr)) == {"media-table", "report"}
        assert dr.received_at < one(mailbox, "media-final-after-draft").received_at
        # 交通局: its files, another unit's signature
        st = one(mailbox, "media-stale-signature")
        assert "建昌县自然资源局" in plain(st) and all("建昌县交通运输局" in t for ts in material(st).values() for t in ts)
        # 文旅局, the issuer of the other campaign, answering this one
        assert "健身器材" in plain(one(mailbox, "media-issuer-of-the-other-campaign"))
        # 综合执法局: not on the list, the materials complete
        no = one(mailbox, "fit-unit-not-owing")
        assert set(material(no)) == {"fit-table", "photo"}
        assert "县综合执法局" not in [u.name for c in self.campaigns() if c.id == FIT for u in c.units]
        # 住建局: both campaigns, each in its own mails
        assert {m.campaign for m in mailbox if m.unit == "县住建局"} == {MEDIA, FIT}
        # 县财政局: the report again, 以此稿为准
        fixed = one(mailbox, "media-report-corrected")
        assert fixed.is_correction and "以此稿为准" in plain(fixed) and "更正" in docx_text(files(fixed)[0][1])
        assert [m.is_correction for m in mailbox if m.received_at.year == 2090].count(True) == 1
        assert not files(one(mailbox, "fit-question"))
        # late and on time
        late = ("media-late", "fit-late")
        for case in late:
            assert all(m.received_at > DUES[m.requirements[0]] for m in by_case(mailbox, case))
        assert all(m.received_at <= DUES[m.requirements[0]] for m in mailbox
                   if m.campaign in (MEDIA, FIT) and m.case not in late)
        assert all(m.received_at > dt.datetime(2090, 5, 12, 10, 15, tzinfo=SH) for m in mailbox if m.campaign == FIT)

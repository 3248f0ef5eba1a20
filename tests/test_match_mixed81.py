"""Routing on an eighty-first, held-out mixed mailbox (tests/fixtures/mixed81).

Two spring 2091 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init --from-notice`
— the 县公安局's 2091年电动自行车充电安全隐患排查整治 (the 28 乡镇, the 县教育局 and the 县住建局: an Excel 电动自行车充电安全
隐患排查情况表 and at least 2 整治现场照片, by 04-27 17:00) and the 县委宣传部's 2091年全民国家安全教育日宣传活动总结 (SIX
DEPARTMENTS only, the 县教育局 among them: one Word 总结, by 04-20 17:00; its window inside the other's) — beside the
built-in 5·15 (2023) one; 30 mails labelled by hand, written apart from the routing code. The bar of
tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
from mixed_suite import opened_files
import test_match_mixed22 as m22t
from test_match_mixed27 import by_case, docx_text, message
from test_match_mixed32 import plain
from test_match_mixed36 import one
from test_match_mixed69 import cells

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed81"))
import make_mixed81  # noqa: E402
import mixed81_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"hazards": dt.datetime(2091, 4, 27, 17, 0, tzinfo=SH), "summary": dt.datetime(2091, 4, 20, 17, 0, tzinfo=SH)}
official = mixed81_docs.official
EBIKE, SAFE = make_mixed81.EBIKE, make_mixed81.SAFE


def files(mail) -> list[tuple[str, bytes]]:
    """(name, bytes) of every file the mail carries, attached or inline."""
    return [(p.get_filename(), p.get_payload(decode=True)) for p in message(mail).walk()
            if not p.is_multipart() and p.get_filename()]


def xlsx_images(data: bytes) -> list[bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [z.read(n) for n in z.namelist() if n.startswith("xl/media/")]


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes: ebike-table / summary / photo / other (an Excel holding
    photos counts its photos too)."""
    out: dict[str, list[str]] = {}
    for name, data in files(mail):
        ext = name.rsplit(".", 1)[-1].lower()
        text = cells(data) if ext == "xlsx" else docx_text(data) if ext == "docx" else ""
        first = text.splitlines()[0] if text else ""
        kind = ("photo" if ext == "jpg" and data[:3] == b"\xff\xd8\xff"
                else "ebike-table" if ext == "xlsx" and first == mixed81_docs.EBIKE_TITLE
                else "summary" if ext == "docx" and mixed81_docs.SUMMARY_TITLE in first else "other")
        out.setdefault(kind, []).append(text or name)
        if ext == "xlsx":
            out.setdefault("photo", []).extend("in-excel" for _ in xlsx_images(data)) if xlsx_images(data) else None
    return out


def size_of(jpeg: bytes) -> tuple[int, int]:
    from PIL import Image

    with Image.open(io.BytesIO(jpeg)) as img:
        return img.size


class TestMixed81Routing(RoutingTests):
    gen = make_mixed81
    cases = ["ebike-clean", "safe-clean", "ebike-sub-office", "ebike-photo-first-of-two", "ebike-photo-second-of-two",
             "ebike-forwarded-from-property", "ebike-photos-in-excel", "ebike-phone-reply-inline",
             "ebike-one-photo-only", "ebike-straggler", "both-campaigns-in-one-mail", "safe-corrected",
             "safe-two-versions-in-one-mail", "safe-clue-only-in-attachment", "safe-auto-reply", "safe-straggler",
             "safe-question-from-phone", "ebike-split-after-both", "safe-split-after-both",
             "safe-resent-from-office-address", "safe-after-question"]
    size = (28, 40)
    has_corrections = True  # 县司法局's corrected 总结 (以此稿为准)
    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed81.ALL)
        ebike, safe = cs[EBIKE], cs[SAFE]
        (haz,) = ebike.requirements
        (summ,) = safe.requirements
        assert [haz.id, summ.id] == make_mixed81.HAZ + make_mixed81.SUM
        assert [u.name for u in safe.units] == make_mixed81.DEPARTMENTS  # departments only, the 教育局 among them
        names = [u.name for u in ebike.units]
        assert len(names) == 30 and names[-2:] == ["县教育局", "县住建局"]  # the 教育局 owes both
        assert [p.id for p in haz.parts] == ["table", "photos"]
        assert haz.parts[1].kind == "photo" and haz.parts[1].min_count == 2
        assert [p.id for p in summ.parts] == ["doc"] and "docx" in summ.parts[0].formats
        assert (haz.due, summ.due) == (DUES["hazards"], DUES["summary"])
        assert summ.parts[0].title == "全民国家安全教育日宣传活动总结" and "国家安全教育日" in summ.parts[0].words  # S2
        assert "育日总结" not in summ.hints  # S1
        assert "国家安全教育日" in safe.subject_hints and "电动自行车" in ebike.subject_hints  # S3, E1
        assert "电动自行车" in haz.parts[0].words  # E2

    def test_every_document_opens(self, mailbox):
        """Every file of 2091 opens: Excel, Word, JPEG."""
        kinds = opened_files(mailbox, 2091, files)
        # xlsx: 14 情况表 (教育局's twice, in the mail of both and alone; 石佛乡's with its photo sheet); docx: 10 总结
        # (民政局's two, 司法局's two, 卫健局's two, 教育局's two, 林草局's, 人社局's); jpg: 10 of the clean mails,
        # 2 建昌镇, 1 + 1 王宝营子乡, 3 住建局, 2 inline, 1 新开岭乡, 2 娘娘庙乡, 2 + 2 教育局
        assert kinds == {"xlsx": 14, "docx": 10, "jpg": 26}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("hazards", "table"): "ebike-table", ("hazards", "photos"): "photo", ("summary", "doc"): "summary"}
        for m in mailbox:
            if m.campaign not in (EBIKE, SAFE):
                continue
            mat = material(m)
            got = {want[(m.requirements[0], p)] for p in m.parts}
            if m.case in ("ebike-photo-first-of-two", "ebike-one-photo-only"):
                assert len(mat.pop("photo")) == 1, m.name  # one photo: the photo part short
            assert got == set(mat), m.name
            if "photo" in got and m.case != "ebike-photo-second-of-two":
                assert len(mat["photo"]) >= 2, m.name
            texts = [t for kind, ts in mat.items() if kind != "photo" for t in ts]
            assert all(official(m.unit) in t for t in texts), m.name
        # 王宝营子乡: one photo in each of two mails, two in all
        wb = by_case(mailbox, "ebike-photo-first-of-two") + by_case(mailbox, "ebike-photo-second-of-two")
        assert [len(material(m)["photo"]) for m in wb] == [1, 1]
        # 石佛乡: one Excel, the photos (1024 × 768) in its second sheet
        xl = one(mailbox, "ebike-photos-in-excel")
        ((_, data),) = files(xl)
        assert [size_of(i) for i in xlsx_images(data)] == [(1024, 768)] * 2 and mixed81_docs.PHOTO_SHEET in cells(data)
        # 杨树湾子乡: a reply from an iPhone, the photos inline at 1280 × 960
        ph = one(mailbox, "ebike-phone-reply-inline")
        inline = [p for p in message(ph).walk() if p.get_content_type() == "image/jpeg"]
        assert len(inline) == 2 and all(p.get_content_disposition() == "inline" for p in inline)
        assert all(size_of(p.get_payload(decode=True)) == (1280, 960) for p in inline)
        assert "iPhone" in str(message(ph)["X-Mailer"]) and "各乡镇人民政府" in plain(ph)
        # 建昌镇: its 安监站's own address, signed as the 站
        so = one(mailbox, "ebike-sub-office")
        assert "安监站" in plain(so) and so.raw.count(b"From:") >= 1
        assert message(so)["From"].addresses[0].addr_spec not in {
            message(m)["From"].addresses[0].addr_spec for m in mailbox if m.unit == "建昌镇" and m is not so}
        # 住建局: a forward of a property company's mail
        fw = one(mailbox, "ebike-forwarded-from-property")
        assert "转发的邮件" in plain(fw) and "物业服务有限公司" in plain(fw)
        # 教育局: both campaigns in one mail, held
        both = one(mailbox, "both-campaigns-in-one-mail")
        assert set(material(both)) == {"summary", "ebike-table", "photo"} and both.unit == "REVIEW"
        assert "县教育局" in [u.name for c in self.campaigns() if c.id == SAFE for u in c.units]
        # 民政局: two versions of one 总结 in one mail
        tv = one(mailbox, "safe-two-versions-in-one-mail")
        assert len(material(tv)["summary"]) == 2 and "修改版" in plain(tv) and not tv.is_correction
        # 卫健局: a personal QQ, “材料”, “总结.docx”: the unit only inside
        cl = one(mailbox, "safe-clue-only-in-attachment")
        assert one(mailbox, "safe-resent-from-office-address").received_at > cl.received_at
        assert [n for n, _ in files(cl)] == ["总结.docx"] and "卫生" not in plain(cl) and "@qq.com" in str(message(cl)["From"])
        # 人社局: an auto-reply with no Auto-Submitted header, then the straggler from the same address
        ar = one(mailbox, "safe-auto-reply")
        assert message(ar)["Auto-Submitted"] is None and "自动回复" in str(message(ar)["Subject"])
        st = one(mailbox, "safe-straggler")
        assert message(ar)["From"].addresses[0].addr_spec == message(st)["From"].addresses[0].addr_spec
        # 司法局: the 总结 again, 以此稿为准
        fixed = one(mailbox, "safe-corrected")
        assert fixed.is_correction and "以此稿为准" in plain(fixed) and "更正" in docx_text(files(fixed)[0][1])
        assert [m.is_correction for m in mailbox if m.received_at.year == 2091].count(True) == 1
        assert not files(one(mailbox, "safe-question-from-phone"))
        # late and on time
        late = ("ebike-straggler", "safe-straggler")
        for case in late:
            assert all(m.received_at > DUES[m.requirements[0]] for m in by_case(mailbox, case))
        assert all(m.received_at <= DUES[m.requirements[0]] for m in mailbox
                   if m.campaign in (EBIKE, SAFE) and m.case not in late)
        assert all(m.received_at > dt.datetime(2091, 4, 10, 10, 0, tzinfo=SH) for m in mailbox if m.campaign == SAFE)

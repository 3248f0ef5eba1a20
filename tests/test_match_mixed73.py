"""Routing on a seventy-third, held-out mixed mailbox (tests/fixtures/mixed73).

Two autumn 2083 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init --from-notice`
— the 县人防办's 2083年防空警报试鸣 (the 28 乡镇, one Excel 登记表 by 09-24 17:00, the sirens sounding on 09-18 inside
the window) and the 县科协's 2083年全国科普日活动 (the 28 乡镇, 县教育局, 县科技局; a Word 总结 and 3 to 5 JPEG photos
一并, by 09-30 17:00), every 乡镇 owing both — beside the built-in 5·15 (2023) one; 35 mails labelled by hand, written
apart from the routing code. The bar of tests/mixed_mailbox_tests.py: every mail right in both draws, exact
requirements.
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
from test_match_mixed36 import one, sender
from test_match_mixed69 import cells, files, top_names

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed73"))
import make_mixed73  # noqa: E402
import mixed73_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"fkjbsmqkdj": dt.datetime(2083, 9, 24, 17, 0, tzinfo=SH), "summary": dt.datetime(2083, 9, 30, 17, 0, tzinfo=SH)}
TEST_AT = dt.datetime(2083, 9, 18, 9, 18, tzinfo=SH)
official = mixed73_docs.official
TOWNS_28 = 28
SIREN, SCI = make_mixed73.SIREN, make_mixed73.SCI


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes: siren / science / image / other (zip members counted)."""
    out: dict[str, list[str]] = {}
    for name, data in files(mail):
        ext = name.rsplit(".", 1)[-1].lower()
        text = cells(data) if ext == "xlsx" else docx_text(data) if ext == "docx" else ""
        first = text.splitlines()[0] if text else ""
        kind = ("image" if data[:3] == b"\xff\xd8\xff" else "siren" if first == mixed73_docs.SIREN_TITLE
                else "science" if first.endswith(mixed73_docs.SCIENCE_TITLE) else "other")
        out.setdefault(kind, []).append(text or name)
    return out


def pictures_in_docx(data: bytes) -> int:
    import zipfile

    return sum(n.startswith("word/media/") for n in zipfile.ZipFile(io.BytesIO(data)).namelist())


class TestMixed73Routing(RoutingTests):
    gen = make_mixed73
    cases = ["siren-clean", "science-clean", "siren-question", "table-before-the-test", "table-after-the-test",
             "fault-report-on-test-morning", "table-with-fault-noted", "table-named-book1-from-personal",
             "subject-science-file-siren", "siren-with-science-promise", "siren-late", "siren-straggler",
             "auto-reply-away", "department-photos-in-zip", "photos-inside-the-word", "photos-two-of-three",
             "third-photo-next-day", "department-six-photos", "science-late"]
    size = (32, 40)
    has_corrections = True  # 玲珑塔镇's 登记表 again after the test (以此稿为准)

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed73.ALL)
        siren, sci = cs[SIREN], cs[SCI]
        (reg,) = siren.requirements
        (summ,) = sci.requirements
        assert [reg.id, summ.id] == make_mixed73.REG + make_mixed73.SUM
        towns = [u.name for u in siren.units]
        assert len(towns) == TOWNS_28
        assert [u.name for u in sci.units] == towns + ["县教育局", "县科技局"]  # every 乡镇 owes both campaigns
        assert [p.id for p in reg.parts] == ["table"] and "xlsx" in reg.parts[0].formats  # fix A1: table2 dropped
        assert [p.id for p in summ.parts] == ["doc", "photos"] and "docx" in summ.parts[0].formats
        assert (reg.due, summ.due) == (DUES["fkjbsmqkdj"], DUES["summary"])
        assert "人防" in siren.subject_hints and "科普日" in sci.subject_hints  # fixes A2, B1

    def test_every_document_opens(self, mailbox):
        """Every file of 2083 opens: Word, Excel, JPEG (zip members too)."""
        kinds = opened_files(mailbox, 2083, files)
        # 13 登记表 (玲珑塔镇 twice); 9 总结; photos 3×4 clean + 4 zip + 2+1 + 6 + 3 late + 1 siren photo
        assert kinds == {"xlsx": 13, "docx": 9, "jpg": 29}

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        for m in mailbox:
            if m.campaign not in (SIREN, SCI):
                continue
            mat = material(m)
            if m.campaign == SIREN:
                assert set(mat) == {"siren"}, m.name
            else:
                want = {"science"} if "doc" in m.parts else set()
                if "photos" in m.parts or m.case == "photos-two-of-three":
                    want.add("image")
                assert set(mat) == want, m.name
            texts = [t for kind, ts in mat.items() if kind != "image" for t in ts]
            assert all(official(m.unit) in t for t in texts), m.name
        # the photo part: 3 to 5 asked; counts as labelled
        n = {m.case: len(material(m).get("image", [])) for m in mailbox if m.campaign == SCI and m.case != "science-clean"}
        assert n["photos-two-of-three"] == 2 and n["third-photo-next-day"] == 1 and n["department-six-photos"] == 6
        assert n["department-photos-in-zip"] == 4 and top_names(one(mailbox, "department-photos-in-zip"))[1].endswith(".zip")
        # 西碱厂乡: the photos only inside the Word document
        inside = one(mailbox, "photos-inside-the-word")
        assert len(files(inside)) == 1 and pictures_in_docx(files(inside)[0][1]) == 3
        # 玲珑塔镇: before the test (待试鸣), then after it (以此稿为准)
        before, after = one(mailbox, "table-before-the-test"), one(mailbox, "table-after-the-test")
        assert before.received_at < TEST_AT < after.received_at
        assert "待试鸣" in material(before)["siren"][0] and "待试鸣" not in material(after)["siren"][0]
        assert after.is_correction and "以此稿为准" in plain(after)
        assert [m.is_correction for m in mailbox if m.received_at.year == 2083].count(True) == 1
        # 牤牛营子乡: the fault report (a photo, no 登记表) on the test morning, then the 登记表 with the fault noted
        fault = one(mailbox, "fault-report-on-test-morning")
        assert set(material(fault)) == {"image"} and fault.received_at > TEST_AT and fault.unit == "REVIEW"
        assert "未鸣响" in material(one(mailbox, "table-with-fault-noted"))["siren"][0]
        # 大屯镇: a personal address, subject 登记表, Book1.xlsx, the unit only in the sheet
        b1 = one(mailbox, "table-named-book1-from-personal")
        assert "大屯" not in plain(b1) + str(message(b1)["Subject"]) + sender(b1) and top_names(b1) == ["Book1.xlsx"]
        # 新开岭乡: a 科普日 subject and greeting, the 人防 登记表 inside
        xk = one(mailbox, "subject-science-file-siren")
        assert "科普日" in str(message(xk)["Subject"]) and "县科协" in plain(xk) and set(material(xk)) == {"siren"}
        # the question, the auto-reply
        assert not files(one(mailbox, "siren-question"))
        ar = one(mailbox, "auto-reply-away")
        assert str(message(ar)["Subject"]).startswith("自动回复") and not files(ar)
        # late and on time; the straggler after both windows
        late = ("siren-late", "siren-straggler", "science-late")
        for case in late:
            assert all(m.received_at > DUES[m.requirements[0]] for m in by_case(mailbox, case))
        assert one(mailbox, "siren-straggler").received_at > DUES["summary"] + dt.timedelta(days=14)
        assert all(m.received_at <= DUES[m.requirements[0]] for m in mailbox
                   if m.campaign in (SIREN, SCI) and m.case not in late)
        assert all(m.received_at > dt.datetime(2083, 9, 8, 10, 0, tzinfo=SH) for m in mailbox if m.campaign == SCI)
        assert all(m.received_at > TEST_AT for m in mailbox if m.campaign == SIREN and m.case != "table-before-the-test")

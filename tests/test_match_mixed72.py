"""Routing on a seventy-second, held-out mixed mailbox (tests/fixtures/mixed72).

Two June 2082 campaigns of two issuers other than the 县政府办公室, drafted by `collector campaign init --from-notice`
— the 县红十字会's 2082年“博爱一日捐” (eight departments only; an Excel 捐款花名册 and the bank's 转账回单, a photo or a
scan, by 06-19 17:00) and the 县禁毒办's 全民禁毒宣传月 (the 28 乡镇, 县教育局, 县卫健局, 县司法局; a Word 活动总结 and
3 to 5 活动照片, by 06-26 17:00), their windows overlapping for two weeks, 县教育局 and 县卫健局 owing both — beside the
built-in 5·15 (2023) one; 36 mails labelled by hand, written apart from the routing code. The bar of
tests/mixed_mailbox_tests.py: every mail right in both draws, exact requirements.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from mixed_mailbox_tests import RoutingTests
from mixed_suite import opened_files
import test_match_mixed22 as m22t
from test_match_mixed27 import by_case, docx_text, message
from test_match_mixed32 import plain
from test_match_mixed36 import one, sender
from test_match_mixed69 import cells, files, is_scan, is_whole_scan, top_names

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed72"))
import make_mixed72  # noqa: E402
import mixed72_docs  # noqa: E402

SH = dt.timezone(dt.timedelta(hours=8))
DUES = {"donation": dt.datetime(2082, 6, 19, 17, 0, tzinfo=SH), "summary": dt.datetime(2082, 6, 26, 17, 0, tzinfo=SH)}
official = mixed72_docs.official
DON, JD = make_mixed72.DON, make_mixed72.JD
DEPARTMENTS = ["县教育局", "县卫健局", "县民政局", "县人社局", "县医保局", "县财政局", "县税务局", "县退役军人局"]


def material(mail) -> dict[str, list[str]]:
    """What each file of the mail is, by its own bytes: roster / summary / image / scan / other."""
    out: dict[str, list[str]] = {}
    for name, data in files(mail):
        ext = name.rsplit(".", 1)[-1].lower()
        text = cells(data) if ext == "xlsx" else docx_text(data) if ext == "docx" else ""
        first = text.splitlines()[0] if text else ""
        kind = ("scan" if ext == "pdf" and is_scan(data) else "image" if data[:3] == b"\xff\xd8\xff"
                else "roster" if first == mixed72_docs.ROSTER_TITLE
                else "summary" if first.endswith(mixed72_docs.SUMMARY_TITLE) else "other")
        out.setdefault(kind, []).append(text or name)
    return out


class TestMixed72Routing(RoutingTests):
    gen = make_mixed72
    cases = ["donation-clean", "antidrug-clean", "auto-reply-on-leave", "question-before-sending", "donation-straggler",
             "roster-first", "receipt-photo-from-phone", "sub-office-on-behalf", "forwarded-from-cashier", "zip-of-both",
             "ack-from-phone", "photos-first-from-phone", "summary-next-day", "photos-in-zip", "only-clue-in-attachment",
             "photos-corrected", "too-few-photos", "department-antidrug", "antidrug-late", "both-campaigns-in-one-mail"]
    size = (32, 40)
    has_corrections = True  # 八家子镇's photos again (以此为准)

    test_set_is_varied_and_labelled = m22t.TestMixed22Routing.test_set_is_varied_and_labelled

    def test_drafted_campaigns_load_beside_the_builtin_one(self):
        cs = {c.id: c for c in self.campaigns()}
        assert set(cs) == set(make_mixed72.ALL)
        don, jd = cs[DON], cs[JD]
        (donation,) = don.requirements
        (summary,) = jd.requirements
        assert [donation.id, summary.id] == make_mixed72.DONATION + make_mixed72.SUMMARY
        assert [u.name for u in don.units] == DEPARTMENTS  # departments only
        towns = [u.name for u in jd.units][:28]
        assert [u.name for u in jd.units] == towns + ["县教育局", "县卫健局", "县司法局"]
        assert all(u.endswith(("镇", "乡")) for u in towns)
        parts = {p.id: p for p in donation.parts}
        assert sorted(parts) == ["receipt", "table"]  # fixes E2, E3
        assert {"pdf", "jpg", "jpeg"} <= set(parts["receipt"].formats) and "xlsx" in parts["table"].formats
        assert "表格" not in parts["table"].words
        doc, photos = summary.parts
        assert (doc.id, photos.id, photos.kind) == ("doc", "photos", "photo") and "docx" in doc.formats
        assert (donation.due, summary.due) == (DUES["donation"], DUES["summary"])
        assert "禁毒宣传" in jd.subject_hints and "一日捐" in don.subject_hints  # fixes F1, E4

    def test_every_document_opens(self, mailbox):
        """Every file of 2082 opens: Word, Excel, PDF (each a scan), JPEG (zips opened by `files`)."""
        kinds = opened_files(mailbox, 2082, files, pdf=is_whole_scan)
        # 花名册: 民政, 人社, 医保, 卫健, 财政, 税务, 退役军人, 教育 (8); 总结: 15 filed mails but 八家子镇's second and
        # 王宝营子乡's photos, + 教育局's (14); scanned 回单: 民政, 人社, 税务, 退役军人, 教育 (5)
        assert (kinds["xlsx"], kinds["docx"], kinds["pdf"]) == (8, 14, 5)
        assert kinds["jpg"] >= 3 + 3 * 11 + 4 + 4 + 2

    def test_the_files_carry_what_their_labels_say(self, mailbox):
        """The fixture's own bytes, read without the collector."""
        want = {("donation", "table"): {"roster"}, ("donation", "receipt"): {"image", "scan"},
                ("summary", "doc"): {"summary"}, ("summary", "photos"): {"image"}}
        for m in mailbox:
            if m.campaign not in (DON, JD):
                continue
            mat = material(m)
            if m.case == "too-few-photos":
                continue  # below
            assert set(mat) <= set().union(*(want[(m.requirements[0], p)] for p in m.parts)), m.name
            for p in m.parts:
                assert want[(m.requirements[0], p)] & set(mat), (m.name, p)
            texts = [t for kind, ts in mat.items() if kind in ("roster", "summary") for t in ts]
            assert all(official(m.unit) in t for t in texts), m.name
            if "photos" in m.parts:
                assert len(mat["image"]) >= 3, m.name
        # 要路沟乡: a summary and two photos, labelled the summary only
        few = material(one(mailbox, "too-few-photos"))
        assert len(few["image"]) == 2 and len(few["summary"]) == 1
        # 县教育局: both campaigns' files in one mail
        assert set(material(one(mailbox, "both-campaigns-in-one-mail"))) == {"roster", "scan", "summary", "image"}
        # 头道营子乡: a personal address, subject 材料, the unit only in the document
        tc = one(mailbox, "only-clue-in-attachment")
        assert "头道营子" not in plain(tc) + str(message(tc)["Subject"]) + sender(tc) + "".join(top_names(tc))
        assert top_names(tc)[0] == "总结.docx" and "头道营子乡人民政府" in docx_text(files(tc)[0][1])
        # 县医保局: the roster, then the 回单 from a phone (a personal address, image0.jpeg)
        rf, ph = one(mailbox, "roster-first"), one(mailbox, "receipt-photo-from-phone")
        assert rf.received_at < ph.received_at and sender(rf) != sender(ph) and top_names(ph) == ["image0.jpeg"]
        assert "医保局" in plain(ph) and "医保" not in str(message(ph)["Subject"])
        # 县卫健局: the 博爱 by its 疾控中心 (another address), the 禁毒 from its own
        sub, own = one(mailbox, "sub-office-on-behalf"), one(mailbox, "department-antidrug")
        assert sender(sub) != sender(own) and "受县卫生健康局委托" in plain(sub) and "疾病预防控制中心" in plain(sub)
        # 县财政局: a forward, 县税务局: a zip
        fw = one(mailbox, "forwarded-from-cashier")
        assert str(message(fw)["Subject"]).startswith("Fw:") and "转发邮件信息" in plain(fw)
        assert top_names(one(mailbox, "zip-of-both")) == ["县税务局博爱一日捐材料.zip"]
        assert [n for n in top_names(one(mailbox, "photos-in-zip")) if n.endswith(".zip")] == ["大屯镇禁毒宣传照片.zip"]
        # 王宝营子乡: photos from a phone, the summary next day from the town's address
        pf, sn = one(mailbox, "photos-first-from-phone"), one(mailbox, "summary-next-day")
        assert pf.received_at < sn.received_at and sender(pf) != sender(sn) and not material(pf).get("summary")
        # 八家子镇: the photos again, 以此为准
        fixed = one(mailbox, "photos-corrected")
        assert fixed.is_correction and "以此为准" in plain(fixed)
        assert [m.is_correction for m in mailbox if m.received_at.year == 2082].count(True) == 1
        # the question, the auto-reply, the 收到
        assert not files(one(mailbox, "question-before-sending"))
        ar = one(mailbox, "auto-reply-on-leave")
        assert str(message(ar)["Subject"]).startswith("自动回复") and not files(ar)
        ack = one(mailbox, "ack-from-phone")
        assert plain(ack).startswith("收到") and not files(ack)
        # late and on time; the straggler after both deadlines
        late = ("antidrug-late", "donation-straggler")
        for case in late:
            assert all(m.received_at > DUES[m.requirements[0]] for m in by_case(mailbox, case))
        assert one(mailbox, "donation-straggler").received_at > max(DUES.values()) + dt.timedelta(days=14)
        assert all(m.received_at <= DUES[m.requirements[0]] for m in mailbox
                   if m.campaign in (DON, JD) and m.case not in late)
        assert all(m.received_at > dt.datetime(2082, 6, 3, 9, 50, tzinfo=SH) for m in mailbox if m.campaign == JD)
        assert all(m.received_at > dt.datetime(2082, 5, 25, 9, 35, tzinfo=SH) for m in mailbox if m.campaign == DON)

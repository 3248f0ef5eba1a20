"""Held-out mailbox 66 (round 62b) and mixed64's last open cell: what they showed the collector missing, on mails and
files written for these tests (a 2077 campaign of the departments asking a 检查报告 with its 现场照片, and later a
隐患整改反馈 of some of them; a 年度报告 asked in Word and as a stamped scan).

Pictures sent beside the material of one requirement do not answer again a requirement they alone would name, once
the unit has completed it; a PDF that Word or WPS saved is the typed report, not the scan a part asks; a mail marked
更正 that only brings a part the unit never sent is no correction."""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path
from types import SimpleNamespace

from match_order import match_in_arrival_order
from route_helpers import ROSTER, SH, _docx, mail, place

from collector.campaign import campaign_from_dict
from collector.status import FiledFile, FiledMail, parts_present

UNIT = "县农业农村局"
JUNE_20 = dt.datetime(2077, 6, 20, 10, 0, tzinfo=SH)


def safety_campaign():
    """检查报告 (Word) and 现场照片 by 06-10; then the 隐患整改反馈 (Word) by 06-30."""
    return campaign_from_dict({
        "id": "2077-05-28-aqjc", "title": "2077年安全生产大检查", "notice_date": "2077-05-28",
        "mailbox": {"addresses": ["jc7710089@163.com"], "subject_hints": ["安全生产大检查"]},
        "units": {"kinds": ["department"]},
        "requirements": [
            {"id": "jc", "title": "安全生产检查报告和现场照片", "due": "2077-06-10T17:00:00+08:00",
             "hints": ["检查报告", "现场照片"],
             "parts": [{"id": "doc", "title": "安全生产检查报告（Word）", "kind": "document", "formats": ["docx"],
                        "words": ["检查报告"]},
                       {"id": "photos", "title": "检查现场照片", "kind": "photo", "min_count": 1}]},
            {"id": "fk", "title": "隐患整改反馈", "due": "2077-06-30T17:00:00+08:00", "hints": ["整改反馈"],
             "parts": [{"id": "doc", "title": "隐患整改反馈（Word）", "kind": "document", "formats": ["docx"],
                        "words": ["整改反馈"]}]},
        ],
    }, roster=ROSTER)


def png(shade: int) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (800, 600), (shade, 120, 90)).save(out, "PNG")
    return out.getvalue()


def feedback_with_pictures(picture_names: list[str]) -> bytes:
    files = {f"{UNIT}隐患整改反馈.docx": _docx(["建昌县农业农村局安全隐患整改反馈", "一、整改完成情况", "已全部整改。"])}
    files |= {name: png(40 * i) for i, name in enumerate(picture_names)}
    return mail("农业农村局隐患整改反馈", "县政府办：\n我局隐患整改反馈及整改后图片见附件。\n建昌县农业农村局办公室", files)


def owed(*rids: str) -> dict:
    return {("2077-05-28-aqjc", UNIT): set(rids)}


# ---------------------------------------------------------------- pictures beside another material


def test_pictures_beside_another_material_do_not_answer_a_completed_requirement_again():
    raw = feedback_with_pictures(["整改后1.png", "整改后2.png"])
    m = place([safety_campaign()], raw, JUNE_20, open_requirements=owed("fk"))
    assert (m.state, m.unit, m.requirements) == ("filed", UNIT, ["fk"])


def test_pictures_of_a_requirement_still_owed_are_still_its_own():
    raw = feedback_with_pictures(["整改后1.png", "整改后2.png"])
    m = place([safety_campaign()], raw, JUNE_20, open_requirements=owed("jc", "fk"))
    assert (m.state, m.requirements) == ("filed", ["jc", "fk"])


def test_pictures_sent_alone_to_a_completed_requirement_are_still_its_own():
    raw = mail("农业农村局补充照片", "县政府办：\n补充几张图片。\n建昌县农业农村局办公室",
               {"IMG_2031.png": png(10), "IMG_2032.png": png(200)})
    m = place([safety_campaign()], raw, JUNE_20, open_requirements=owed("fk"))
    assert (m.state, m.unit, m.requirements) == ("filed", UNIT, ["jc"])


# ---------------------------------------------------------------- a typed PDF is not the scan


def annual_report_campaign(pdf_copy: bool = True):
    """年度报告 in Word and as a stamped scan; with ``pdf_copy`` a second requirement asking a PDF copy, no scan."""
    nb = {"id": "nb", "title": "法治政府建设年度报告", "due": "2078-01-14T17:00:00+08:00",
          "parts": [{"id": "doc", "title": "年度报告（Word）", "kind": "document", "formats": ["docx"], "words": ["年度报告"]},
                    {"id": "stamped", "title": "加盖公章的年度报告扫描件（PDF）", "kind": "document", "formats": ["pdf"],
                     "words": ["年度报告"]}]}
    copy = {"id": "pdf", "title": "年度报告PDF版", "due": "2078-01-14T17:00:00+08:00",
            "parts": [{"id": "pdf", "title": "年度报告PDF版", "kind": "document", "formats": ["pdf"], "words": ["年度报告"]}]}
    return campaign_from_dict({
        "id": "2078-01-06-nb", "title": "2077年度法治政府建设年度报告", "notice_date": "2078-01-06",
        "mailbox": {"addresses": ["jc7710089@163.com"], "subject_hints": ["法治政府建设年度报告"]},
        "units": {"kinds": ["department"]}, "requirements": [nb, copy] if pdf_copy else [nb],
    }, roster=ROSTER)


def brought(rid: str, text_status: str) -> dict:
    campaign = annual_report_campaign()
    pdf = FiledFile("司法局年度报告.pdf", "document", "建昌县司法局2077年度法治政府建设年度报告", False, None, None,
                    text_status=text_status)
    msg = FiledMail("cd" * 32, None, dt.datetime(2078, 1, 15, tzinfo=SH), "a@163.com", "", "", False, [pdf], [rid])
    return parts_present(msg, next(r for r in campaign.requirements if r.id == rid), campaign)


def test_a_pdf_word_saved_is_not_the_scan_asked():
    assert brought("nb", "typed")["stamped"] == 0


def test_a_scan_and_a_pdf_of_unknown_making_are_the_scan_as_before():
    assert brought("nb", "scanned")["stamped"] == 1
    assert brought("nb", "ok")["stamped"] == 1


def test_a_pdf_word_saved_is_the_pdf_copy_where_no_scan_is_asked():
    assert brought("pdf", "typed")["pdf"] == 1


# ---------------------------------------------------------------- a 更正 that only supplies a part never sent


def typed_pdf() -> bytes:
    """The 年度报告 saved as PDF from Word: text, no seal."""
    from PIL import Image

    sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed21"))
    from mixed21_docs import text_over_pictures_pdf

    lines = [(72, 760, 16, "建昌县审计局2077年度法治政府建设年度报告"), (72, 730, 12, "一、主要举措和成效")]
    return text_over_pictures_pdf([(Image.new("L", (210, 297), 255), lines)], (595.0, 842.0), False,
                                  "Microsoft® Word 2019")


def scanned_pdf() -> bytes:
    """The stamped paper through the copier: a page image, no text."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (620, 877), (246, 244, 240)).save(out, "PDF")
    return out.getvalue()


def annual_report_mails(first_pdf: bytes) -> list:
    word = _docx(["建昌县审计局2077年度法治政府建设年度报告", "一、主要举措和成效", "二、存在的不足"])
    sender = "sjj_bgs2077@163.com"
    first = mail("县审计局法治政府建设年度报告", "我局年度报告Word版和PDF版见附件。\n县审计局办公室",
                 {"审计局年度报告.docx": word, "审计局年度报告.pdf": first_pdf}, sender=sender)
    second = mail("县审计局法治政府建设年度报告（更正）", "前报PDF版有误，现更正为盖章扫描件。\n县审计局办公室",
                  {"审计局年度报告（盖章）.pdf": scanned_pdf()}, sender=sender)
    return [SimpleNamespace(raw=first, received_at=dt.datetime(2078, 1, 12, 10, 0, tzinfo=SH)),
            SimpleNamespace(raw=second, received_at=dt.datetime(2078, 1, 16, 9, 0, tzinfo=SH))]


def test_a_correction_that_only_brings_the_scan_never_sent_is_a_supply(tmp_path):
    (_, first), (_, second) = match_in_arrival_order(annual_report_mails(typed_pdf()), [annual_report_campaign(pdf_copy=False)],
                                                      tmp_path)
    assert (first.state, first.unit, first.requirements) == ("filed", "县审计局", ["nb"])
    assert (second.state, second.requirements, second.is_correction) == ("filed", ["nb"], False)
    assert "按补报登记" in second.reason


def test_a_correction_of_the_scan_already_sent_stays_a_correction(tmp_path):
    (_, first), (_, second) = match_in_arrival_order(annual_report_mails(scanned_pdf()), [annual_report_campaign(pdf_copy=False)],
                                                      tmp_path)
    assert (second.state, second.requirements, second.is_correction) == ("filed", ["nb"], True)

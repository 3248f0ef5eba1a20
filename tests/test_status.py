"""Status matrix for a constructed scenario, rows written as the pipeline writes them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from collector import index
from collector.campaign import load_campaigns, write_campaign_tables
from collector.decisions import DecisionError, assign, ignore, reapply_decisions, review_queue
from collector.status import refresh_status, status_rows

SH = ZoneInfo("Asia/Shanghai")
CID = "jianchang-515-2023"
NOTICE = (Path(__file__).parents[1] / "collector" / "campaigns" / "2023-05-05-5.15政务公开日通知.txt").read_text(
    encoding="utf-8")


class Scenario:
    def __init__(self, db):
        self.db = db
        self.n = 0

    def mail(self, unit, reqs, received, atts=(), body="", state="filed", correction=False, date_header=None,
             from_addr=None, subject="材料"):
        self.n += 1
        sha = f"{self.n:02d}" + "ab" * 31
        mid = f"<m{self.n}@example.cn>"
        self.db["messages"].insert({
            "sha256": sha, "message_id": mid, "received_at": received, "from_addr": from_addr or f"u{self.n}@163.com",
            "from_name": "经办人", "subject": subject, "body_text": body, "campaign": CID if unit else None,
            "unit": unit, "state": state, "reason": "测试", "is_correction": int(correction),
            "date_header": date_header, "to_addrs": "[]", "from_raw": "",
        })
        if state == "filed":
            for r in reqs:
                self.db["submissions"].insert({"message_sha256": sha, "campaign": CID, "unit": unit, "requirement": r,
                                               "received_at": received, "is_current": 1})
        for i, a in enumerate(atts):
            row = {"message_sha256": sha, "idx": i, "kind": a[0], "filename": a[1]}
            if len(a) > 2:
                row.update(a[2])
            self.db["attachments"].insert(row)
        return mid, sha


DOC_INTERVIEW = ("document", "访谈稿.docx", {"text": "访谈稿\n主持人：……"})
DOC_SUMMARY = ("document", "活动总结.docx", {"text": "关于5·15政务公开日活动的总结"})
PHOTO = ("photo", "IMG_0001.jpg", {"width": 4032, "height": 3024})
LEADER = "访谈领导：王建国（局长）\n联系人：李明 13904291234"


@pytest.fixture
def world(tmp_path):
    db = index.connect(tmp_path)
    campaigns = load_campaigns(None)
    write_campaign_tables(db, campaigns)
    s = Scenario(db)
    m = {}
    # complete on time in one mail
    m["fgj"] = s.mail("县发改局", ["interview"], "2023-05-10T10:00:00+08:00", [DOC_INTERVIEW], LEADER)
    # parts in two mails, the second after the deadline
    m["ys1"] = s.mail("县营商局", ["interview"], "2023-05-10T09:00:00+08:00", [DOC_INTERVIEW], "访谈稿见附件")
    m["ys2"] = s.mail("县营商局", ["interview"], "2023-05-11T17:00:00+08:00", [], "补充：" + LEADER)
    # manuscript only
    m["gx"] = s.mail("县工信局", ["interview"], "2023-05-09T10:00:00+08:00", [DOC_INTERVIEW], "请查收")
    # one interview for two bureaus (shared slot), sent by one of them
    m["xczx"] = s.mail("县乡村振兴局", ["interview"], "2023-05-11T15:59:00+08:00", [DOC_INTERVIEW], LEADER)
    # summary: document first, photos inside an archive later (补发照片)
    m["lmd1"] = s.mail("喇嘛洞镇", ["summary"], "2023-05-18T10:00:00+08:00", [DOC_SUMMARY], "总结")
    m["lmd2"] = s.mail("喇嘛洞镇", ["summary"], "2023-05-19T11:30:00+08:00",
                       [("archive", "照片.zip"), ("photo", "现场1.jpg", {"parent_idx": 0}),
                        ("photo", "现场2.jpg", {"parent_idx": 0})], "补发照片")
    # a large-attachment link is not a photo
    m["dt"] = s.mail("大屯镇", ["summary"], "2023-05-19T10:00:00+08:00",
                     [DOC_SUMMARY, ("link", "照片.zip", {"link_url": "https://mail.163.com/large/x"})], "照片见超大附件")
    # HEIC counts as a photo
    m["sf"] = s.mail("石佛乡", ["summary"], "2023-05-20T09:00:00+08:00",
                     [DOC_SUMMARY, ("photo", "IMG_2001.HEIC", {"width": 4032, "height": 3024})], "")
    # complete, then a correction of the report: still complete, earliest completion kept
    m["mz1"] = s.mail("县民政局", ["summary"], "2023-05-17T10:00:00+08:00", [DOC_SUMMARY, PHOTO], "")
    m["mz2"] = s.mail("县民政局", ["summary"], "2023-05-19T10:00:00+08:00", [DOC_SUMMARY], "更正：以此为准",
                      correction=True)
    # a mail still in review does not count
    s.mail(None, [], "2023-05-10T10:00:00+08:00", [DOC_INTERVIEW], LEADER, state="needs_review")
    # Date header says on time, the server received it late: late
    m["jc"] = s.mail("建昌镇", ["summary"], "2023-05-23T16:05:00+08:00", [DOC_SUMMARY, PHOTO], "",
                     date_header="Tue, 23 May 2023 15:40:00 +0800")
    # a quoted notice gives no contact phone (7710020 is the office's)
    m["zj"] = s.mail("县住建局", ["interview"], "2023-05-10T10:00:00+08:00", [DOC_INTERVIEW],
                     "访谈领导：张伟\n访谈稿见附件\n\n-----原始邮件-----\n发件人: 县政府办公室\n发送时间: 2023年5月5日\n" + NOTICE)
    # photos alone
    m["ws"] = s.mail("县卫健局", ["summary"], "2023-05-22T10:00:00+08:00", [PHOTO, PHOTO], "照片")
    # tiny inline logo in a signature is not a photo
    m["yj"] = s.mail("县应急局", ["summary"], "2023-05-22T10:00:00+08:00",
                     [DOC_SUMMARY, ("photo", "logo.png", {"inline": 1, "width": 120, "height": 40})], "")
    return db, campaigns, m


NOW = dt.datetime(2023, 5, 20, 12, 0, tzinfo=SH)  # after the interview deadline, before the summary one


def _expected(campaigns, m):
    c = campaigns[0]
    exp = {}
    for u in c.units:
        for r in c.requirements_for(u):
            exp[(u.name, r.id)] = {"campaign": c.id, "unit": u.name, "requirement": r.id, "state": "missing",
                                   "late": NOW > r.due, "completed_at": None, "messages": [], "embedded_photos": 0}

    def put(unit, req, state, late, completed_at, keys):
        exp[(unit, req)].update(state=state, late=late, completed_at=completed_at, messages=[m[k][0] for k in keys])

    put("县发改局", "interview", "complete", False, "2023-05-10T10:00:00+08:00", ["fgj"])
    put("县营商局", "interview", "complete", True, "2023-05-11T17:00:00+08:00", ["ys1", "ys2"])
    put("县工信局", "interview", "partial", True, None, ["gx"])
    put("县农业农村局", "interview", "complete", False, "2023-05-11T15:59:00+08:00", ["xczx"])
    put("县乡村振兴局", "interview", "complete", False, "2023-05-11T15:59:00+08:00", ["xczx"])
    put("喇嘛洞镇", "summary", "complete", False, "2023-05-19T11:30:00+08:00", ["lmd1", "lmd2"])
    put("大屯镇", "summary", "partial", False, None, ["dt"])
    put("石佛乡", "summary", "complete", False, "2023-05-20T09:00:00+08:00", ["sf"])
    put("县民政局", "summary", "complete", False, "2023-05-17T10:00:00+08:00", ["mz1", "mz2"])
    put("建昌镇", "summary", "complete", True, "2023-05-23T16:05:00+08:00", ["jc"])
    put("县住建局", "interview", "partial", True, None, ["zj"])
    put("县卫健局", "summary", "partial", False, None, ["ws"])
    put("县应急局", "summary", "partial", False, None, ["yj"])
    return exp


def test_status_matrix_is_exactly_right(world):
    db, campaigns, m = world
    refresh_status(db, campaigns, NOW)
    rows = status_rows(db)
    exp = _expected(campaigns, m)
    assert len(rows) == len(exp) == 52 + 16
    got = {(r["unit"], r["requirement"]): r for r in rows}
    for key, want in exp.items():
        assert got[key] == want, key
    assert set(rows[0]) == {"campaign", "unit", "requirement", "state", "late", "completed_at", "messages",
                            "embedded_photos"}
    assert [r["unit"] for r in rows[:3]] == ["建昌镇", "八家子镇", "喇嘛洞镇"]  # roster order


def test_missing_parts_last_from_and_current_versions(world):
    db, campaigns, m = world
    refresh_status(db, campaigns, NOW)
    row = db["status"].get((CID, "县工信局", "interview"))
    assert row["missing_parts"] == "缺访谈领导姓名、联系人及联系方式"
    assert db["status"].get((CID, "县卫健局", "summary"))["missing_parts"] == "缺活动总结"
    assert db["status"].get((CID, "县住建局", "interview"))["missing_parts"] == "缺联系人及联系方式"
    assert db["status"].get((CID, "大屯镇", "summary"))["missing_parts"] == "缺活动照片"
    assert db["status"].get((CID, "八家子镇", "summary"))["missing_parts"] == "未报送"
    assert db["status"].get((CID, "县发改局", "interview"))["last_from"] == "经办人 <u1@163.com>"
    # the correction replaced the report but not the photos: both mails still count
    cur = {r["message_sha256"]: r["is_current"] for r in db["submissions"].rows_where("unit = ?", ["县民政局"])}
    assert cur == {m["mz1"][1]: 1, m["mz2"][1]: 1}


def test_correction_supersedes_an_earlier_version(tmp_path):
    db = index.connect(tmp_path)
    campaigns = load_campaigns(None)
    s = Scenario(db)
    a = s.mail("县司法局", ["summary"], "2023-05-17T10:00:00+08:00", [DOC_SUMMARY, PHOTO])
    b = s.mail("县司法局", ["summary"], "2023-05-18T10:00:00+08:00", [DOC_SUMMARY, PHOTO], "最终版", correction=True)
    refresh_status(db, campaigns, NOW)
    cur = {r["message_sha256"]: r["is_current"] for r in db["submissions"].rows}
    assert cur == {a[1]: 0, b[1]: 1}
    row = [r for r in status_rows(db) if r["unit"] == "县司法局"][0]
    assert row["state"] == "complete" and row["messages"] == [a[0], b[0]]


def test_after_both_deadlines_everything_unfinished_is_late(world):
    db, campaigns, _ = world
    refresh_status(db, campaigns, dt.datetime(2023, 6, 1, tzinfo=SH))
    rows = {(r["unit"], r["requirement"]): r for r in status_rows(db)}
    assert rows[("八家子镇", "summary")]["late"] is True
    assert rows[("石佛乡", "summary")]["late"] is False
    assert rows[("大屯镇", "summary")]["late"] is True


def test_decisions_override_and_survive_reprocessing(world):
    db, campaigns, m = world
    queue = review_queue(db)
    assert len(queue) == 1
    sha = queue[0]["sha256"]
    with pytest.raises(DecisionError):
        assign(db, sha[:10], "县统计局")  # not on the roster
    with pytest.raises(DecisionError):
        assign(db, sha[:10], "喇嘛洞镇", ["interview"])  # towns have no interview
    d = assign(db, sha[:10], "县人社局", by="zhujq", note="电话确认")
    assert json.loads(d["requirements"]) == ["interview"]
    msg = db["messages"].get(sha)
    assert msg["state"] == "filed" and msg["unit"] == "县人社局" and "zhujq" in msg["reason"]
    assert db["learned_addresses"].get(msg["from_addr"])["how"] == "confirmed"
    refresh_status(db, campaigns, NOW)
    rows = {(r["unit"], r["requirement"]): r for r in status_rows(db)}
    assert rows[("县人社局", "interview")]["state"] == "complete"
    # the pipeline processes the mail again and the matcher says "review": the decision wins
    db["messages"].update(sha, {"state": "needs_review", "unit": None, "reason": "匹配器"})
    db.execute("DELETE FROM submissions WHERE message_sha256 = ?", [sha])
    assert reapply_decisions(db, sha) == 1
    assert db["messages"].get(sha)["unit"] == "县人社局"
    assert review_queue(db) == []
    # ignoring by Message-ID
    ignore(db, m["ws"][0], by="zhujq", note="重复")
    refresh_status(db, campaigns, NOW)
    rows = {(r["unit"], r["requirement"]): r for r in status_rows(db)}
    assert rows[("县卫健局", "summary")]["state"] == "missing"
    assert [r["action"] for r in db["decisions"].rows] == ["assign", "ignore"]


def test_still_open_says_what_the_status_refresh_says(world):
    """still_open, unit by unit, agrees with the status table: complete units owe nothing, the rest
    what is not complete."""
    from collector.status import still_open

    db, campaigns, _ = world
    c = campaigns[0]
    refresh_status(db, campaigns, NOW)
    from_the_table: dict = {}
    for row in status_rows(db):
        from_the_table.setdefault((row["campaign"], row["unit"]), set())
        if row["state"] != "complete":
            from_the_table[(row["campaign"], row["unit"])].add(row["requirement"])
    assert still_open(db, c, [u.name for u in c.units]) == from_the_table
    assert from_the_table[(CID, "石佛乡")] == set() and from_the_table[(CID, "县发改局")] == {"summary"}
    assert from_the_table[(CID, "县乡村振兴局")] == {"summary"}  # its interview came in 县农业农村局's shared mail


def test_what_a_unit_owed_when_a_mail_came_counts_only_the_mails_before_it(world):
    """县营商局's interview came in two mails, the second at 05-11 17:00: a mail of 05-11 12:00 finds it
    still owing the interview, one of 05-12 finds it done, whichever order the mails were filed in."""
    from collector.status import OwedWhenReceived

    db, campaigns, _ = world
    noon = OwedWhenReceived(db, campaigns, dt.datetime(2023, 5, 11, 12, 0, tzinfo=SH))
    assert noon[(CID, "县营商局")] == {"interview", "summary"}
    assert noon[(CID, "县发改局")] == {"summary"}  # its one mail came on 05-10
    later = OwedWhenReceived(db, campaigns, dt.datetime(2023, 5, 12, 9, 0, tzinfo=SH))
    assert later[(CID, "县营商局")] == {"summary"}
    assert later.get((CID, "县营商局")) == {"summary"}
    # a pair no campaign has: not there (a unit not on the campaign owes it nothing)
    assert (CID, "县统计局") not in later and ("no-such-campaign", "县营商局") not in later
    assert later.get((CID, "县统计局")) is None
    assert len(later) == len(campaigns[0].units) and (CID, "县营商局") in set(later)


def test_a_document_naming_another_part_of_its_requirement_is_not_this_part_too():
    """A 落实情况 requirement wants a report (any format) and a 台账 (Excel): the 台账 sent
    alone is not also the report, while a bare 材料.docx still is."""
    from collector.campaign import campaign_from_dict
    from collector.roster import builtin_roster
    from collector.status import FiledFile, FiledMail, parts_present

    campaign = campaign_from_dict({
        "id": "gzyd", "title": "工作要点落实情况", "units": {"kinds": ["town"]},
        "requirements": [{"id": "ledger", "title": "落实情况报告及任务落实台账", "due": "2024-07-05T17:00:00+08:00",
                          "parts": [{"id": "doc", "title": "落实情况报告", "kind": "document", "words": ["情况报告"]},
                                    {"id": "table", "title": "任务落实台账", "kind": "document", "formats": ["xlsx"],
                                     "words": ["落实台账"]}]}],
    }, roster=builtin_roster())
    req = campaign.requirements[0]

    def present(*files: str) -> dict:
        atts = [FiledFile(f, "document", "", False, None, None) for f in files]
        msg = FiledMail("ab" * 32, None, dt.datetime(2024, 7, 1, tzinfo=SH), "a@163.com", "", "", False, atts, ["ledger"])
        return parts_present(msg, req, campaign)

    assert present("谷杖子乡任务落实台账.xlsx") == {"doc": 0, "table": 1}
    assert present("落实情况报告.docx", "任务落实台账.xlsx") == {"doc": 1, "table": 1}
    assert present("材料.docx") == {"doc": 1, "table": 0}


def test_a_photographed_paper_form_is_the_form_when_no_format_and_no_photo_is_asked():
    """回执填好拍照发过去: photos alone are the 回执 (a document part of any format, in a requirement
    asking no photos); not a table asked in Excel, not beside a document, not a photos part's."""
    from collector.campaign import campaign_from_dict
    from collector.roster import builtin_roster
    from collector.status import FiledFile, FiledMail, parts_present

    campaign = campaign_from_dict({
        "id": "fx", "title": "防汛准备", "units": {"kinds": ["town"]},
        "requirements": [
            {"id": "reply", "title": "防汛责任人回执", "due": "2027-05-21T17:00:00+08:00",
             "parts": [{"id": "doc", "title": "回执", "kind": "document", "words": ["回执"]}]},
            {"id": "table", "title": "月报表", "due": "2027-06-10T17:00:00+08:00",
             "parts": [{"id": "table", "title": "月报表", "kind": "document", "formats": ["xlsx"], "words": ["月报表"]}]},
            {"id": "summary", "title": "总结和照片", "due": "2027-06-10T17:00:00+08:00",
             "parts": [{"id": "doc", "title": "总结", "kind": "document", "words": ["总结"]},
                       {"id": "photos", "title": "照片", "kind": "photo"}]},
        ],
    }, roster=builtin_roster())

    def present(rid: str, *files: tuple[str, str]) -> dict:
        atts = [FiledFile(name, kind, "", False, 1600, 1200) for name, kind in files]
        msg = FiledMail("ab" * 32, None, dt.datetime(2027, 5, 21, tzinfo=SH), "a@163.com", "", "", False, atts, [rid])
        req = next(r for r in campaign.requirements if r.id == rid)
        return parts_present(msg, req, campaign)

    photo = ("IMG_20270010.jpg", "photo")
    assert present("reply", photo, ("IMG_20270011.jpg", "photo")) == {"doc": 2}
    assert present("table", photo) == {"table": 0}
    assert present("reply", photo, ("说明.docx", "document")) == {"doc": 1}
    assert present("summary", photo) == {"doc": 0, "photos": 1}


def test_an_ofd_stands_for_the_pdf_or_the_word_copy_asked():
    """OFD is what a 公文 system exports and seals: a 说明 asked in Word, or a stamped PDF, may come as
    an .ofd; an Excel table may not."""
    from collector.campaign import campaign_from_dict
    from collector.roster import builtin_roster
    from collector.status import FiledFile, FiledMail, parts_present

    campaign = campaign_from_dict({
        "id": "jy", "title": "民生实事建议", "units": {"kinds": ["department"]},
        "requirements": [{"id": "jy", "title": "建议表和建议说明", "due": "2027-11-05T17:00:00+08:00",
                          "parts": [{"id": "table", "title": "建议表", "kind": "document", "formats": ["xlsx"], "words": ["建议表"]},
                                    {"id": "doc", "title": "建议说明", "kind": "document", "formats": ["docx", "doc", "wps"],
                                     "words": ["建议说明"]},
                                    {"id": "stamped", "title": "盖章件", "kind": "document", "formats": ["pdf"],
                                     "words": ["建议说明"]}]}],
    }, roster=builtin_roster())
    atts = [FiledFile("县财政局建议说明.ofd", "document", "", False, None, None), FiledFile("建议表.ofd", "document", "", False, None, None)]
    msg = FiledMail("ab" * 32, None, dt.datetime(2027, 10, 20, tzinfo=SH), "a@163.com", "", "", False, atts, ["jy"])
    assert parts_present(msg, campaign.requirements[0], campaign) == {"table": 0, "doc": 1, "stamped": 1}


def test_evidence_asked_as_an_archive_and_a_scan_asked_as_pdf():
    """佐证材料 asked as one 压缩包 is the .zip / .rar (not the files in it twice), or, with none, the
    files that are no other part (sent unzipped); 承诺书扫描件（PDF） is not phone photos of the paper
    (mixed13's and mixed16's labels)."""
    from collector.campaign import campaign_from_dict
    from collector.roster import builtin_roster
    from collector.status import FiledFile, FiledMail, parts_present

    campaign = campaign_from_dict({
        "id": "kh", "title": "目标责任制考核自评", "units": {"kinds": ["department", "town"]},
        "requirements": [
            {"id": "kh", "title": "自评报告及佐证材料", "due": "2028-01-07T17:00:00+08:00",
             "parts": [{"id": "doc", "title": "自评报告", "kind": "document", "formats": ["docx"], "words": ["自评报告"]},
                       {"id": "archive", "title": "佐证材料", "kind": "document", "formats": ["zip", "rar", "7z"],
                        "words": ["佐证材料"]}]},
            {"id": "fh", "title": "承诺书", "due": "2027-12-24T17:00:00+08:00",
             "parts": [{"id": "stamped", "title": "各村承诺书扫描件（PDF）", "kind": "document", "formats": ["pdf"],
                        "words": ["承诺书"]}]},
            {"id": "pics", "title": "承诺书和照片", "due": "2027-12-24T17:00:00+08:00",
             "parts": [{"id": "stamped", "title": "承诺书扫描件", "kind": "document", "formats": ["pdf"], "words": ["承诺书"]},
                       {"id": "photos", "title": "现场照片", "kind": "photo"}]},
        ],
    }, roster=builtin_roster())

    def present(rid: str, *files) -> dict:
        atts = [FiledFile(name, kind, "", False, 1600, 1200, False, in_archive) for name, kind, in_archive in files]
        msg = FiledMail("ab" * 32, None, dt.datetime(2028, 1, 5, tzinfo=SH), "a@163.com", "", "", False, atts, [rid])
        return parts_present(msg, next(r for r in campaign.requirements if r.id == rid), campaign)

    report = ("审计局自评报告.docx", "document", False)
    assert present("kh", report, ("佐证材料.rar", "archive", False), ("1.pdf", "document", True)) == {"doc": 1, "archive": 1}
    assert present("kh", report, ("合同.pdf", "document", False), ("现场.jpg", "photo", False)) == {"doc": 1, "archive": 1}
    assert present("kh", report) == {"doc": 1, "archive": 0}
    assert present("fh", ("mmexport1.jpg", "photo", False), ("mmexport2.jpg", "photo", False)) == {"stamped": 0}
    assert present("pics", ("mmexport1.jpg", "photo", False)) == {"stamped": 0, "photos": 1}


def test_an_xlsm_workbook_is_the_excel_table_asked():
    from collector.campaign import campaign_from_dict
    from collector.roster import builtin_roster
    from collector.status import FiledFile, FiledMail, parts_present

    campaign = campaign_from_dict({
        "id": "fs", "title": "防暑降温", "units": {"kinds": ["department"]},
        "requirements": [{"id": "fs", "title": "自查评分表", "due": "2028-07-10T17:00:00+08:00",
                          "parts": [{"id": "table", "title": "自查评分表", "kind": "document",
                                     "formats": ["xlsx", "xls", "et", "csv"], "words": ["评分表"]}]}],
    }, roster=builtin_roster())
    msg = FiledMail("ab" * 32, None, dt.datetime(2028, 7, 5, tzinfo=SH), "a@163.com", "", "", False,
               [FiledFile("水利局自查评分表.xlsm", "document", "", False, None, None)], ["fs"])
    assert parts_present(msg, campaign.requirements[0], campaign) == {"table": 1}


def test_what_the_file_is_counts_not_only_what_it_is_called():
    """A file sent from a phone without an extension (application/octet-stream, an Excel inside) is the
    table; a 0-byte upload is nothing; a PDF named for a table asked in Excel is that table printed,
    signed and scanned, unless the requirement takes a PDF of its own (then the PDF is that part)."""
    from collector.campaign import campaign_from_dict
    from collector.roster import builtin_roster
    from collector.status import FiledFile, FiledMail, parts_present

    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    campaign = campaign_from_dict({
        "id": "sz", "title": "三资清查", "units": {"kinds": ["town", "department"]},
        "requirements": [
            {"id": "ledger", "title": "台账和盖章报告", "due": "2028-07-20T17:00:00+08:00",
             "parts": [{"id": "table", "title": "清查台账", "kind": "document", "formats": ["xlsx", "xls"], "words": ["台账"]},
                       {"id": "stamped", "title": "报告扫描件", "kind": "document", "formats": ["pdf"], "words": ["报告"]}]},
            {"id": "fs", "title": "自查评分表", "due": "2028-07-10T17:00:00+08:00",
             "parts": [{"id": "table", "title": "自查评分表", "kind": "document", "formats": ["xlsx", "xls", "et", "csv"],
                        "words": ["评分表"]}]},
        ],
    }, roster=builtin_roster())

    def present(rid: str, *atts) -> dict:
        msg = FiledMail("ab" * 32, None, dt.datetime(2028, 7, 5, tzinfo=SH), "a@163.com", "", "", False, list(atts), [rid])
        return parts_present(msg, next(r for r in campaign.requirements if r.id == rid), campaign)

    def att(name, kind="document", ctype=""):
        return FiledFile(name, kind, "", False, None, None, content_type=ctype)

    assert present("ledger", att("王宝营子乡三资清查台账", ctype=xlsx), att("王宝营子乡清查情况报告", ctype="application/pdf")) \
        == {"table": 1, "stamped": 1}
    assert present("ledger", att("王宝营子乡三资清查台账", ctype="application/pdf")) == {"table": 0, "stamped": 0}
    assert present("ledger", att("玲珑塔镇三资清查台账.xlsx", "empty", xlsx), att("玲珑塔镇清查情况报告.pdf")) \
        == {"table": 0, "stamped": 1}
    assert present("fs", att("县自然资源局防暑降温自查评分表.pdf")) == {"table": 1}
    assert present("fs", att("县自然资源局防暑降温自查评分表.docx")) == {"table": 1}  # the table typed in Word
    assert present("fs", att("县自然资源局防暑降温工作总结.pdf")) == {"table": 0}
    assert present("ledger", att("大屯镇三资清查台账.pdf")) == {"table": 0, "stamped": 0}


def test_an_id_photo_pasted_into_the_story_is_no_id_photo_but_activity_photos_in_a_report_are():
    """A 2寸证件照 is wanted as a file of its own (embedded_photos_count defaults to false for it); the
    photos pasted into an activity report still count for 活动照片, as before."""
    from collector.campaign import campaign_from_dict
    from collector.roster import builtin_roster
    from collector.status import FiledFile, FiledMail, parts_present

    def campaign(photo_title: str):
        return campaign_from_dict({
            "id": "tj", "title": "推荐", "units": {"kinds": ["town"]},
            "requirements": [{"id": "r", "title": "推荐材料", "due": "2030-03-06T17:00:00+08:00",
                              "parts": [{"id": "story", "title": "事迹材料", "kind": "document", "words": ["事迹"]},
                                        {"id": "photo", "title": photo_title, "kind": "photo"}]}],
        }, roster=builtin_roster())

    story = FiledFile("事迹材料.docx", "document", "邓航同志先进事迹材料", False, None, None)
    pasted = FiledFile("image1.jpeg", "photo", "", False, 413, 579, in_document=True)
    msg = FiledMail("cd" * 32, None, dt.datetime(2030, 3, 2, tzinfo=SH), "a@163.com", "", "", False, [story, pasted], ["r"])
    for title, counted in (("2寸免冠证件照", 0), ("本人一寸照片", 0), ("活动照片", 1)):
        c = campaign(title)
        assert parts_present(msg, c.requirements[0], c) == {"story": 1, "photo": counted}, title
    explicit = campaign_from_dict({
        "id": "tj", "title": "推荐", "units": {"kinds": ["town"]},
        "requirements": [{"id": "r", "title": "推荐材料", "due": "2030-03-06T17:00:00+08:00",
                          "parts": [{"id": "photo", "title": "证件照", "kind": "photo", "embedded_photos_count": True}]}],
    }, roster=builtin_roster())
    assert parts_present(msg, explicit.requirements[0], explicit) == {"photo": 1}  # the clerk's word wins


def test_a_picture_of_a_stamped_form_counts_where_the_part_lists_picture_formats():
    from collector.campaign import campaign_from_dict
    from collector.roster import builtin_roster
    from collector.status import FiledFile, FiledMail, parts_present

    def campaign(formats):
        return campaign_from_dict({
            "id": "yj", "title": "征求意见", "units": {"kinds": ["department"]},
            "requirements": [{"id": "fb", "title": "意见反馈表", "due": "2032-03-15T17:00:00+08:00",
                              "parts": [{"id": "stamped", "title": "意见反馈表（盖章扫描件）", "kind": "document",
                                         "formats": formats, "words": ["反馈表"]}]}],
        }, roster=builtin_roster())

    def msg(att):
        return FiledMail("ef" * 32, None, dt.datetime(2032, 3, 12, tzinfo=SH), "a@163.com", "", "", False, [att], ["fb"])

    phone = FiledFile("IMG_4521.JPG", "photo", "", False, 3024, 4032)
    copier = FiledFile("SKM_C30832031315102.tif", "other", "", False, None, None)
    logo = FiledFile("logo.png", "photo", "", True, 120, 40)
    with_pictures = campaign(["pdf", "jpg", "jpeg", "png", "tif", "tiff"])
    for att, counted in ((phone, 1), (copier, 1), (logo, 0)):
        assert parts_present(msg(att), with_pictures.requirements[0], with_pictures) == {"stamped": counted}, att
    pdf_only = campaign(["pdf"])
    assert parts_present(msg(phone), pdf_only.requirements[0], pdf_only) == {"stamped": 0}


def test_one_photo_sent_under_three_names_counts_once_also_across_mails():
    """mixed39's 石佛乡: 储备点照片1.jpg, 2.jpg and 3.jpg are one picture, where three are asked; a later mail
    bringing the same picture again adds nothing, a new one adds one."""
    from collector.campaign import campaign_from_dict
    from collector.roster import builtin_roster
    from collector.status import FiledFile, FiledMail, evaluate, parts_present

    campaign = campaign_from_dict({
        "id": "tz", "title": "防汛物资储备台账", "units": {"kinds": ["town"]},
        "requirements": [{"id": "tz", "title": "台账和照片", "due": "2049-05-21T16:00:00+08:00",
                          "parts": [{"id": "photos", "title": "储备点照片", "kind": "photo", "min_count": 3}]}],
    }, roster=builtin_roster())
    req = campaign.requirements[0]

    def photo(name: str, sha: str) -> FiledFile:
        return FiledFile(name, "photo", "", False, 1600, 1200, sha256=sha)

    def msg(n: int, *atts: FiledFile) -> FiledMail:
        return FiledMail(f"{n:064x}", None, dt.datetime(2049, 5, 10 + n, tzinfo=SH), "a@163.com", "", "", False,
                    list(atts), ["tz"])

    same = msg(1, photo("储备点照片1.jpg", "a" * 64), photo("储备点照片2.jpg", "a" * 64), photo("储备点照片3.jpg", "a" * 64))
    assert parts_present(same, req, campaign) == {"photos": 1}
    again = msg(2, photo("IMG_0001.jpg", "a" * 64), photo("IMG_0002.jpg", "b" * 64))
    complete, _, missing, _ = evaluate([same, again], req, campaign)
    assert not complete and missing == ["储备点照片"]  # a and b: two of three
    third = msg(3, photo("IMG_0003.jpg", "c" * 64))
    assert evaluate([same, again, third], req, campaign)[0]


def test_a_paper_named_as_another_campaigns_is_not_this_parts():
    """mixed39's 汤神庙镇: the departments' 县直单位防汛物资储备情况统计表 sent with the town's photos counts for nothing
    of the towns' 台账 campaign, which names its paper 物资台账; a bare 材料.xlsx still does."""
    from collector.campaign import Campaign, campaign_from_dict, papers_of_the_others
    from collector.roster import builtin_roster
    from collector.status import FiledFile, FiledMail, parts_present

    def one(cid: str, kinds: list[str], word: str, hint: str) -> Campaign:
        return campaign_from_dict({
            "id": cid, "title": hint, "units": {"kinds": kinds},
            "requirements": [{"id": cid, "title": hint, "due": "2049-05-21T16:00:00+08:00", "hints": [hint],
                              "parts": [{"id": "table", "title": hint, "kind": "document", "formats": ["xlsx"],
                                         "words": [word]},
                                        {"id": "photos", "title": "照片", "kind": "photo"}]}],
        }, roster=builtin_roster())

    tz = one("tz", ["town", "township"], "物资台账", "乡镇防汛物资储备台账")
    tj = one("tj", ["department"], "储备情况统计表", "县直单位防汛物资储备情况统计表")
    tz.others_papers = papers_of_the_others(tz, [tz, tj])
    assert "储备情况统计表" in tz.others_papers and "物资台账" not in tz.others_papers

    def present(name: str) -> dict:
        msg = FiledMail("ef" * 32, None, dt.datetime(2049, 5, 12, tzinfo=SH), "a@163.com", "", "", False,
                   [FiledFile(name, "document", "", False, None, None)], ["tz"])
        return parts_present(msg, tz.requirements[0], tz)

    assert present("汤神庙镇县直单位防汛物资储备情况统计表.xlsx")["table"] == 0
    assert present("汤神庙镇防汛物资台账.xlsx")["table"] == 1
    assert present("材料.xlsx")["table"] == 1

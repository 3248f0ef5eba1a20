"""What held-out notices 2500–2519 showed the drafter missing in parts and titles (fixed on branch h-fixn125b), on
notice texts written for these tests, each with a near miss that must not change: a paper named on its own beside its
scan in the list that sends it (`年度报告（Word格式）、加盖单位公章的年度报告扫描件（PDF格式）`) is two parts, the document and
the scan (2500); the leading verb 报送 does not take the 报 of 报废 with it (`关于报送报废汽车回收监管情况的通知`, 2510); a
title that is no 关于…的通知 (`关于危险废物规范化环境管理的工作提示`, 提示函, 工作提醒) is read as one is (2518)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, title: str = "关于报送2690年度安全生产工作情况的通知"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县应急管理局", title, "各乡镇人民政府，县教育局、县民政局", body, "2690年5月12日",
        opening="为做好有关工作，现将有关事项通知如下。",
        mailbox="jcyjj_aq2690@163.com",
        contact="韩雪  联系电话：0429-7714420"))


SENDS = "各乡镇、县教育局、县民政局于6月3日（星期二）前将{what}（Excel格式）一并发送至邮箱。"


# ---------------------------------------------------------------- 2500: 年度报告（Word格式）、…的年度报告扫描件


def test_a_paper_named_beside_its_scan_is_two_parts(tmp_path):
    (r,) = draft(tmp_path, SENDS.format(what="年度报告（Word格式）、加盖单位公章的年度报告扫描件（PDF格式）及《安全生产台账》")).requirements
    assert [(p["kind"], p.get("formats", [])[:1]) for p in r.parts] == [
        ("document", ["docx"]), ("document", ["pdf"]), ("document", ["xlsx"])]


def test_near_miss_the_scan_alone_is_one_part(tmp_path):
    (r,) = draft(tmp_path, SENDS.format(what="加盖单位公章的年度报告扫描件（PDF格式）及《安全生产台账》")).requirements
    assert [(p["kind"], p.get("formats", [])[:1]) for p in r.parts] == [("document", ["pdf"]), ("document", ["xlsx"])]


def test_near_miss_a_paper_formed_before_the_clause_sending_its_scan_is_the_scan(tmp_path):
    (r,) = draft(tmp_path, "各乡镇、县教育局、县民政局形成自查报告（加盖单位公章），于6月3日（星期二）前将自查报告PDF扫描件和"
                           "《安全生产台账》（Excel格式）发送至邮箱。").requirements
    assert [(p["kind"], p.get("formats", [])[:1]) for p in r.parts] == [("document", ["pdf"]), ("document", ["xlsx"])]


# ---------------------------------------------------------------- 2510: 关于报送报废汽车回收监管情况的通知

BODY = SENDS.format(what="《安全生产台账》")


def test_the_sending_verb_leaves_the_bao_of_baofei(tmp_path):
    c = draft(tmp_path, BODY, title="关于报送报废汽车回收监管情况的通知")
    assert c.title == "报废汽车回收监管情况"


def test_near_miss_the_sending_verb_is_still_dropped(tmp_path):
    c = draft(tmp_path, BODY, title="关于报送汽车回收监管情况的通知")
    assert c.title == "汽车回收监管情况"


# ---------------------------------------------------------------- 2518: 关于…的工作提示


def test_a_work_reminder_is_titled_as_a_notice(tmp_path):
    c = draft(tmp_path, BODY, title="关于危险废物规范化环境管理的工作提示")
    assert c.title == "危险废物规范化环境管理"
    assert not any("未能从标题" in u for u in c.unsettled)


def test_a_reminder_letter_drops_its_verb_and_work(tmp_path):
    c = draft(tmp_path, BODY, title="关于做好汛期安全生产工作的提示函")
    assert c.title == "汛期安全生产"


def test_near_miss_a_reminder_naming_nothing_leaves_the_title_to_the_clerk(tmp_path):
    c = draft(tmp_path, BODY, title="工作提示")
    assert c.title == ""
    assert any("未能从标题" in u for u in c.unsettled)

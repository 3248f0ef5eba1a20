"""What held-out notices 2304 and 2314 showed the drafter missing with 分别, on notice texts written for these tests:
groups of units before 分别, as many dates after it, and a paper with its photos (`各镇、各乡分别于A、B前，将《…自评表》
（Excel格式）和…活动照片报送`, `县直各部门、各乡镇分别于A、B前，将…总结（Word格式）和活动照片报送`): the photos go with the
paper and have no date of their own, so each group has its date and sends both (`statements.respective_subjects`).
The near miss: two papers after two groups' dates keep the dates to the papers, both groups on each."""

from __future__ import annotations

import datetime as dt

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县直各部门"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县文化旅游和广播电视局", "关于开展2735年乡镇综合文化站评估工作的通知", addressee, body, "2735年5月6日",
        opening="现将有关事项通知如下：", mailbox="jcwlj_pg2735@163.com", contact="周敏  联系电话：0429-7712468"))


def test_groups_before_respectively_with_a_paper_and_its_photos_each_take_their_date(tmp_path):
    body = ("一、各镇、各乡分别于5月20日（星期二）、5月27日（星期二）前，将《文化站免费开放情况自评表》（Excel格式）"
            "和文化站活动照片报送至邮箱。")
    first, second = draft(tmp_path, body).requirements
    assert first.due.replace(tzinfo=None) == dt.datetime(2735, 5, 20, 23, 59, 59)
    assert second.due.replace(tzinfo=None) == dt.datetime(2735, 5, 27, 23, 59, 59)
    assert all(u.endswith("镇") for u in first.units) and all(u.endswith("乡") for u in second.units)
    assert [p["kind"] for p in first.parts] == [p["kind"] for p in second.parts] == ["document", "photo"]


def test_near_miss_two_papers_after_two_groups_keep_the_dates_to_the_papers(tmp_path):
    body = "一、各乡镇、县直各部门分别于5月20日（星期二）、5月27日（星期二）前报送文化站自查报告和文化站整改报告。"
    first, second = draft(tmp_path, body).requirements
    assert first.title == "文化站自查报告" and second.title == "文化站整改报告"
    assert sorted(first.units) == sorted(second.units) and any(u.endswith("局") for u in first.units)

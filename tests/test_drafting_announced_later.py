"""A paper named only to say its sending is announced later (`…发送至…，统计表另行通知`): this deadline does not ask it.
It was drafted as the requirement's one part, and the paper the sentence does send (`工作开展情况`) was dropped beside it."""

from __future__ import annotations

import pytest

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shape


def parts(tmp_path, body: str) -> list[list[tuple[str, str]]]:
    text = notice_text("建昌县农业农村局", "关于报送秸秆禁烧工作开展情况的通知", "各乡镇人民政府", body, "2966年6月1日",
                       mailbox="jcnyj@163.com")
    return [[(p["title"], part_shape(p)) for p in r.parts] for r in draft_of_a_file(tmp_path, text).requirements]


@pytest.mark.parametrize("body, sent", [
    ("请各乡镇于6月20日前将工作开展情况（不少于1000字，Word格式）发送至jcnyj@163.com，统计表另行通知。",
     ("工作开展情况", "document")),
    # variants: the time of its sending to come, the form handed out later
    ("请各乡镇于6月20日前将工作总结（Word格式）发送至jcnyj@163.com，统计表报送时间另行通知。", ("工作总结", "document")),
    ("请各乡镇于6月20日前将禁烧巡查台账（Excel格式）发送至jcnyj@163.com，工作总结将另行下发。",
     ("禁烧巡查台账", "sheet")),
])
def test_a_paper_announced_later_is_not_asked_now(tmp_path, body, sent):
    assert parts(tmp_path, body) == [[sent]]


def test_nothing_more_to_come_asks_every_paper_named(tmp_path):
    # near miss: 不再另行通知 announces nothing, both papers are asked
    body = "请各乡镇于6月20日前将工作总结（Word格式）及统计表（Excel格式）发送至jcnyj@163.com，不再另行通知。"
    assert [shape for _, shape in parts(tmp_path, body)[0]] == ["document", "sheet"]


def drafted(tmp_path, body: str):
    text = notice_text("建昌县农业农村局", "关于报送秸秆禁烧工作开展情况的通知", "各乡镇人民政府", body, "2966年6月1日",
                       mailbox="jcnyj@163.com")
    return draft_of_a_file(tmp_path, text)


def test_one_papers_details_to_come_leave_the_others_asked_now(tmp_path):
    # the 典型案例 is named as sent, then its requirements are said to come: the 总结 is asked, the clerk told of the case
    body = "请各乡镇于6月20日前将工作总结（Word格式）及典型案例发送至jcnyj@163.com，典型案例的报送要求将另行下发。"
    draft = drafted(tmp_path, body)
    assert [[p["title"] for p in r.parts] for r in draft.requirements] == [["工作总结"]]
    assert any("“典型案例”的报送要求将另行通知" in u for u in draft.unsettled)


def test_the_only_papers_details_to_come_still_set_no_requirement(tmp_path):
    # near miss: nothing else is asked, so the deadline waits for the details as before
    draft = drafted(tmp_path, "请各乡镇于6月20日前报送典型案例，典型案例的报送要求将另行下发。")
    assert draft.requirements == []
    assert any("将另行通知" in u and "暂未列为报送要求" in u for u in draft.unsettled)


@pytest.mark.parametrize("body, paper", [
    ("请各乡镇于6月20日前将工作开展情况（不少于1000字，Word格式）发送至jcnyj@163.com，统计表另行通知。", "统计表"),
    ("请各乡镇于6月20日前将工作总结（Word格式）发送至jcnyj@163.com，统计表报送时间另行通知。", "统计表"),
    ("请各乡镇于6月20日前将禁烧巡查台账（Excel格式）发送至jcnyj@163.com，工作总结将另行下发。", "工作总结"),
])
def test_the_clerk_is_told_of_a_paper_announced_later(tmp_path, body, paper):
    # with no 要求 word the paper is left out as before, and the clerk now hears of it too
    assert any(f"“{paper}”的报送要求将另行通知" in u for u in drafted(tmp_path, body).unsettled)


def test_nothing_more_to_come_tells_the_clerk_nothing(tmp_path):
    body = "请各乡镇于6月20日前将工作总结（Word格式）及统计表（Excel格式）发送至jcnyj@163.com，不再另行通知。"
    assert not any("另行通知" in u for u in drafted(tmp_path, body).unsettled)


def test_the_offices_own_paper_issued_later_is_no_line(tmp_path):
    # near miss: the 检测 days are the office's, its 方案 to be issued later is nothing the units send
    body = ("一、请各乡镇于6月20日前将工作总结（Word格式）发送至jcnyj@163.com。\n"
            "二、集中检测定于7月1日至7月28日开展，具体方案另行印发。")
    assert not any("另行通知" in u and "方案" in u for u in drafted(tmp_path, body).unsettled)

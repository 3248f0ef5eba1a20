"""Papers named by words the drafter did not know (简报, 专报, 快报, 心得体会): the part was titled `材料` with an
unsettled line, and beside pictures (`活动简报（500字以内，附2-3张图片）`) the paper itself was lost."""

from __future__ import annotations

import pytest

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shape


def parts(tmp_path, body: str) -> list[list[tuple[str, str]]]:
    text = notice_text("建昌县文化旅游和广播电视局", "关于报送全民阅读活动开展情况的通知", "各乡镇人民政府", body,
                       "2966年6月1日", mailbox="jcwlj@163.com")
    return [[(p["title"], part_shape(p)) for p in r.parts] for r in draft_of_a_file(tmp_path, text).requirements]


@pytest.mark.parametrize("body, expected", [
    ("请各乡镇于6月20日前将活动简报（500字以内，附2-3张图片）报送至jcwlj@163.com。",
     [("活动简报", "document"), ("图片", "photo")]),
    ("请各乡镇于6月20日前将活动开展情况形成简报（500字以内）报送至jcwlj@163.com。", [("简报", "document")]),
    ("请各乡镇于6月20日前将读书心得体会（Word格式）报送至jcwlj@163.com。", [("读书心得体会", "document")]),
    ("请各乡镇于6月20日前将阅读推广情况专报报送至jcwlj@163.com。", [("阅读推广情况专报", "document")]),
])
def test_a_briefing_or_a_reflection_is_a_paper(tmp_path, body, expected):
    assert parts(tmp_path, body) == [expected]


def test_a_quick_report_in_a_sheets_format_is_a_sheet(tmp_path):
    # near miss of the kind: the format says the file, the noun only names it
    body = "请各乡镇于6月20日前将阅读活动统计快报（Excel格式）报送至jcwlj@163.com。"
    assert parts(tmp_path, body) == [[("阅读活动统计快报", "sheet")]]

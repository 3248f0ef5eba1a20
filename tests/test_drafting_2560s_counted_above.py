"""What held-out notices 2560–2579 showed the drafter missing (fixed on branch h-fixn128a), on notice texts written
for these tests, each with a near miss that must not change: papers listed under `一、报送内容` and sent as
`上述三项材料` by a sentence in `二、时间安排` (a heading not saying the sending, another sentence before the ask) are all
three papers (2560)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县市场监督管理局",
          title: str = "关于报送2689年度饮用水监测年度报告的通知"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县卫生健康局", title, addressee, body, "2690年3月4日",
        opening="根据市卫生健康委工作安排，现将有关事项通知如下。",
        mailbox="jcwsj_ysjc2690@163.com",
        contact="刘洋  联系电话：0429-7821356"))


LISTED = ("一、报送内容\n（一）2689年度饮用水监测工作年度报告（Word格式）；\n（二）加盖单位公章的年度报告扫描件（PDF格式）；\n"
          "（三）2689年度监测点位明细表（Excel格式）。\n二、时间安排\n"
          "县卫健局定于3月11日举办业务培训，请各单位分管人员参加。")


def test_a_count_of_papers_reaches_the_section_listing_them(tmp_path):
    r, _ = draft(tmp_path, LISTED + "请各乡镇于3月20日（星期五）下午4点前将上述三项材料一并发送至指定邮箱。\n"
                 "县市场局请于3月27日（星期五）前报送抽检情况说明（Word格式）。").requirements
    assert len(r.parts) == 3


def test_near_miss_a_count_unlike_the_items_above_keeps_the_drafts_reading(tmp_path):
    r, _ = draft(tmp_path, LISTED + "请各乡镇于3月20日（星期五）下午4点前将上述两项材料一并发送至指定邮箱。\n"
                 "县市场局请于3月27日（星期五）前报送抽检情况说明（Word格式）。").requirements
    assert len(r.parts) == 1

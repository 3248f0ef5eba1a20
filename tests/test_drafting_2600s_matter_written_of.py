"""What held-out notices 2600–2619 showed the drafter missing (fixed on branch h-fixn130b), on notice texts written
for these tests, each with a near miss that must not change: what a unit goes over, comments on or writes of before
the paper it forms (`对馆藏的…老照片…进行梳理，形成馆藏情况说明（Word格式）` 2602, `对…应急预案编制和演练情况提出指导意见，形成书面
材料` 2604, `就列入…名录的…情况形成书面材料` 2616) is the paper's matter, no part of its own (asks_nothing.MATTER_WRITTEN_OF);
the same word named again as sent stays a part."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县档案馆、县应急局、县文旅局",
          title: str = "关于开展民间艺术资料整理的通知"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县教育局", title, addressee, body, "2690年4月14日",
        opening="为做好民间艺术资料整理工作，现将有关事项通知如下。",
        mailbox="jcjyj_yishu2690@163.com",
        contact="赵雅琴  联系电话：0429-7935218"))


# ---------------------------------------------------------------- 2602, 2604, 2616: 对 / 就 … 梳理 / 提出意见 / 形成


def test_the_matter_gone_over_or_written_of_is_no_part(tmp_path):
    r = draft(tmp_path, "一、县档案馆请对馆藏的剪纸老照片及艺人口述资料进行梳理，形成馆藏情况说明（Word格式），"
                           "于5月1日（星期一）前发送至上述邮箱。\n"
                           "二、请县应急局对校园活动场地应急预案编制和演练情况提出指导意见，形成书面材料（Word格式），"
                           "于5月8日（星期一）前发送至上述邮箱。\n"
                           "三、请县文旅局就列入非物质文化遗产名录的剪纸项目及其传承人情况形成书面材料（Word格式），"
                           "于5月15日（星期一）前发送至上述邮箱。").requirements
    assert [part_shapes(q) for q in r] == [["document"], ["document"], ["document"]]


def test_near_miss_the_photos_gone_over_and_sent_are_still_a_part(tmp_path):
    r = draft(tmp_path, "一、县档案馆请对馆藏的剪纸老照片进行梳理，形成馆藏情况说明（Word格式），"
                           "于5月1日（星期一）前将情况说明和老照片发送至上述邮箱。").requirements
    assert [part_shapes(q) for q in r] == [["document", "photo"]]

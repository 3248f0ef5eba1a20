"""What held-out notices 2600–2619 showed the drafter missing (fixed on branch h-fixn130b), on notice texts written
for these tests, each with a near miss that must not change: a 录像 whose bracket asks a video format is a video
(`排练录像（MP4格式，时长不超过5分钟）` 2608, `录像（MP4格式）` 2618: requirements.FILM_NOUN); the act of filming
(`进行访谈录像`) no material."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县文旅局",
          title: str = "关于开展民间曲艺资料采集的通知"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县档案馆", title, addressee, body, "2690年5月12日",
        opening="为抢救性保存民间曲艺资料，现将有关事项通知如下。",
        mailbox="jcdag_quyi2690@163.com",
        contact="沈玉梅  联系电话：0429-7914427"))


# ---------------------------------------------------------------- 2608, 2618: 录像（MP4格式）


def test_a_recording_in_a_video_format_is_a_video(tmp_path):
    r = draft(tmp_path, "一、请各乡镇于5月21日（星期三）上午11时前将艺人名录（Word格式）和排练录像（MP4格式，时长不超过5分钟）"
                           "发送至上述邮箱。\n"
                           "二、县文旅局请组织对老艺人进行访谈录像，于5月28日（星期三）前将录像（MP4格式）发送至上述邮箱。")\
        .requirements
    assert [part_shapes(q) for q in r] == [["document", "video"], ["video"]]


def test_near_miss_filming_with_no_video_format_sends_the_report_alone(tmp_path):
    r = draft(tmp_path, "一、请各乡镇于5月21日（星期三）上午11时前将艺人名录（Word格式）发送至上述邮箱。\n"
                           "二、县文旅局请组织对老艺人进行访谈录像，于5月28日（星期三）前将访谈情况报告（Word格式）发送至上述邮箱。")\
        .requirements
    assert [part_shapes(q) for q in r] == [["document"], ["document"]]

"""What held-out notices 2160–2179 showed the drafter missing in the parts (fixed on branch h-fixn108a), on notice
texts written for these tests, each with a near miss that must not change: a still taken of a video
(`库房监控视频截图（JPG格式）`, `视频画面截图`) is a picture, no video part beside it (2168)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县交通局"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县应急管理局", "关于开展2731年防汛物资储备检查的通知", addressee, body, "2731年4月20日",
        opening="为做好汛前准备，现将有关事项通知如下：",
        mailbox="jcyjj_fxwz2731@163.com",
        contact="高明  联系电话：0429-7713380"))


def kinds(requirement) -> list[tuple[str, str]]:
    return [(p["kind"], (p.get("formats") or [""])[0]) for p in requirement.parts]


# ---------------------------------------------------------------- 2168: 监控视频截图（JPG格式）


STILLS = "一、各乡镇于5月12日（星期五）前报送《防汛物资储备清单》（Excel格式）及仓库{what}。"


def test_a_still_taken_of_a_video_is_a_picture_and_no_video(tmp_path):
    (r,) = draft(tmp_path, STILLS.format(what="监控视频截图（JPG格式，每处不少于2张）")).requirements
    assert kinds(r) == [("document", "xlsx"), ("photo", "")]


def test_a_frame_of_a_video_named_without_a_format_is_a_picture_too(tmp_path):
    (r,) = draft(tmp_path, STILLS.format(what="巡查视频画面截图")).requirements
    assert kinds(r) == [("document", "xlsx"), ("photo", "")]


def test_near_miss_the_video_itself_stays_a_video(tmp_path):
    (r,) = draft(tmp_path, STILLS.format(what="监控视频（MP4格式）")).requirements
    assert kinds(r) == [("document", "xlsx"), ("document", "mp4")]

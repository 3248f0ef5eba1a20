"""What held-out notice 2727 showed the drafter missing (fixed on branch h-fixn136d), on notice texts written for these
tests, with a near miss that must not change: a closing date said of the materials as a noun, no 前 and no verb of
sending (`三、截止时间。推荐材料的截止日期为九月十九日（星期三）下午四时，逾期不予受理。`), is a deadline, and when a section
above is headed by those materials' name (`二、推荐材料。各乡镇填写《…推荐表》（Excel格式），并附…事迹材料（Word格式）。`) it
sends that section: its units and papers."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县妇女联合会", "关于推荐“最美巾帼志愿者”的通知", "各乡镇人民政府，县融媒体中心", body, "2890年9月3日",
        opening="为弘扬志愿服务精神，现将有关事项通知如下：",
        mailbox="jcfl_zyz@163.com", contact="高玉梅  电话：0429-7428817"))


MEDIA = "四、宣传报道。县融媒体中心请于九月二十六日（星期三）上午十时前报送系列宣传方案（Word格式）。"


def _by_day(d) -> list[tuple[str, int, list[str]]]:
    return sorted((r.due.strftime("%m-%d %H:%M"), len(r.units), part_shapes(r)) for r in d.requirements)


# ---------------------------------------------------------------- 2727: 推荐材料的截止日期为…（no 前）


def test_closing_date_of_the_materials_a_section_is_headed_by(tmp_path):
    d = draft(tmp_path, "一、推荐条件。热心公益，服务时长较长。\n"
                        "二、推荐材料。各乡镇填写《最美巾帼志愿者推荐表》（Excel格式），并附不少于一千字的事迹材料（Word格式）。\n"
                        "三、截止时间。推荐材料的截止日期为九月十九日（星期三）下午四时，逾期不予受理。\n" + MEDIA)
    assert _by_day(d) == [("09-19 16:00", 28, ["document", "sheet"]), ("09-26 10:00", 1, ["document"])]


def test_variant_a_time_label_and_a_colon(tmp_path):
    d = draft(tmp_path, "一、申报材料：各乡镇填写《最美巾帼志愿者申报表》（Excel格式），并附事迹材料（Word格式）。\n"
                        "二、申报材料报送截止时间：9月19日（星期三）16时，逾期不再受理。\n" + MEDIA)
    assert _by_day(d) == [("09-19 16:00", 28, ["document", "sheet"]), ("09-26 10:00", 1, ["document"])]


def test_variant_jiezhi_dao(tmp_path):
    d = draft(tmp_path, "一、推荐作品。各乡镇报送志愿服务短视频作品1部（MP4格式）。\n"
                        "二、推荐作品截止到9月19日下午4时。\n" + MEDIA)
    assert _by_day(d) == [("09-19 16:00", 28, ["video"]), ("09-26 10:00", 1, ["document"])]


def test_near_miss_a_publication_closing_with_a_late_warning_sends_nothing(tmp_path):
    d = draft(tmp_path, "一、推荐条件。热心公益，服务时长较长。\n"
                        "二、年度报告公示截止时间为九月十九日，逾期未公示的，将予以通报。\n" + MEDIA)
    assert _by_day(d) == [("09-26 10:00", 1, ["document"])]

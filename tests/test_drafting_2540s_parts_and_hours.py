"""What held-out notices 2540–2559 showed the drafter missing (fixed on branch h-fixn127a), on notice texts written for
these tests, each with a near miss that must not change: an hour written before its bracketed date (`下午3时前（3月16日，
星期二）`) is that day's hour (2542); a paper's bracket of one format and pictures (`…翻拍件（Word、照片）`) is the paper and
the photos (2542); 影像资料 whose format cell says MP4 is a video (2541); `材料包括：` is the list's heading, and 分别 pairs
no unit with a paper's scan apart from the paper (2549)."""

from __future__ import annotations

import datetime as dt

from drafting_helpers import draft_of_a_file, notice_text

VIDEOS = {"mp4", "mov", "avi"}


def draft(tmp_path, body: str, addressee: str = "县档案馆，各乡镇人民政府"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县退役军人事务局", "关于征集县革命纪念馆展陈史料的通知", addressee, body, "2928年3月5日",
        opening="为丰富展陈内容，现就征集展陈史料有关事项通知如下。",
        mailbox="jctyjr_zl2928@163.com",
        contact="王强  联系电话：0429-7214567"))


def shapes(requirement) -> list[str]:
    out = []
    for p in requirement.parts:
        formats = set(p.get("formats") or [])
        out.append(p["kind"] if p["kind"] != "document" else "video" if formats & VIDEOS
                   else "sheet" if "xlsx" in formats else "scan" if formats == {"pdf"} else "document")
    return sorted(out)


# ---------------------------------------------------------------- 2542: 下午3时前（3月16日，星期二）


def test_an_hour_before_its_bracketed_date_is_that_days_hour(tmp_path):
    (r,) = draft(tmp_path, "一、县档案馆要梳理馆藏革命人物档案线索，填写《史料线索登记表》（Excel格式），"
                           "请于下午3时前（3月16日，星期二）报送至邮箱。", "县档案馆").requirements
    assert r.due.replace(tzinfo=None) == dt.datetime(2928, 3, 16, 15, 0)


def test_near_miss_an_hour_after_its_date_with_a_bracket_saying_more_keeps_its_day(tmp_path):
    (r,) = draft(tmp_path, "一、县档案馆要梳理馆藏革命人物档案线索，填写《史料线索登记表》（Excel格式），"
                           "请于3月16日下午3时前（3月15日已报送的除外）报送至邮箱。", "县档案馆").requirements
    assert r.due.replace(tzinfo=None) == dt.datetime(2928, 3, 16, 15, 0)


# ---------------------------------------------------------------- 2542: …翻拍件（Word、照片）


def test_a_papers_bracket_of_word_and_photos_is_the_paper_and_the_photos(tmp_path):
    (r,) = draft(tmp_path, "一、县档案馆请于3月23日（星期二）前将馆藏相关档案目录及重要档案翻拍件（Word、照片）报送至邮箱。",
                 "县档案馆").requirements
    assert shapes(r) == ["document", "photo"]


def test_near_miss_a_bracket_of_photos_alone_stays_photos(tmp_path):
    (r,) = draft(tmp_path, "一、县档案馆请于3月23日（星期二）前将馆藏重要档案翻拍件（照片）报送至邮箱。",
                 "县档案馆").requirements
    assert shapes(r) == ["photo"]


# ---------------------------------------------------------------- 2541: 方言影像资料 | MP4


ROWS = "报送单位\t报送材料\t格式\t截止时间\n县档案馆\t馆藏相关档案目录\tExcel\t9月24日（星期三）\n" \
       "县融媒体中心\t方言影像资料\t{fmt}\t10月13日（星期一）\n"


def test_footage_whose_format_cell_says_mp4_is_a_video(tmp_path):
    c = draft(tmp_path, "各单位报送材料及时限见下表。\n" + ROWS.format(fmt="MP4"), "县档案馆、县融媒体中心")
    assert [shapes(r) for r in c.requirements] == [["sheet"], ["video"]]


def test_near_miss_footage_in_jpg_stays_photos(tmp_path):
    c = draft(tmp_path, "各单位报送材料及时限见下表。\n" + ROWS.format(fmt="JPG"), "县档案馆、县融媒体中心")
    assert [shapes(r) for r in c.requirements] == [["sheet"], ["photo"]]


# ---------------------------------------------------------------- 2549: 分别报送…，材料包括：年度报告（Word版）、…扫描件


def test_each_unit_sends_its_paper_its_scan_and_its_table(tmp_path):
    (r,) = draft(tmp_path, "一、县市场局、县交通局、县应急局分别报送本部门年度报告，材料包括：年度报告（Word版）、"
                           "加盖公章的年度报告扫描件（PDF格式）、相关数据统计表（Excel格式），请于3月7日（星期三）下班前发送至"
                           "邮箱。", "县市场局、县交通局、县应急局").requirements
    assert shapes(r) == ["document", "scan", "sheet"]


def test_near_miss_materials_of_another_sort_are_one_each(tmp_path):
    (r,) = draft(tmp_path, "一、县文旅局、县市场局分别于3月7日前报送本部门已备案民宿名录、已办理营业执照的民宿经营户名录"
                           "（Excel格式）。", "县文旅局、县市场局").requirements
    assert shapes(r) == ["sheet"]


def test_near_miss_a_material_said_to_hold_no_named_paper_stays_one(tmp_path):
    (r,) = draft(tmp_path, "一、县市场局请于3月7日前报送年度总结材料，材料包括：全年主要做法和成效。",
                 "县市场局").requirements
    assert shapes(r) == ["document"]

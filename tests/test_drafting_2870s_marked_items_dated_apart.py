"""Numbered items some of which carry a mark, dated apart by a line under them (held-out 2876:
`标注＊的材料请于5月15日…前报送，其余材料请于5月29日前报送`): the marked items are one requirement on the first date, the
rest another on the second (reading/marked_items.py); with near variants and near misses."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shape


def draft(tmp_path, body):
    return draft_of_a_file(tmp_path, notice_text("建昌县妇女联合会", "关于开展“妇女之家”规范化建设达标评估的通知", "各乡镇妇联",
                                                 body, "2978年4月27日"))


def read(tmp_path, body):
    """(due, sorted part shapes) of each requirement."""
    return [(r.due.strftime("%m-%d %H:%M"), sorted(map(part_shape, r.parts))) for r in draft(tmp_path, body).requirements]


def test_starred_items_on_the_first_date_the_rest_on_the_second(tmp_path):
    assert read(tmp_path, "请各乡镇妇联按以下要求报送评估材料：\n1．达标评估自评表（Excel格式）＊\n"
                          "2．“妇女之家”活动开展情况报告（Word格式）\n3．活动现场照片（每个“妇女之家”不少于3张）＊\n"
                          "4．阵地建设情况说明（Word格式）\n"
                          "标注＊的材料请于5月15日（星期五）下午4点前报送，其余材料请于5月29日前报送，报送邮箱：jcfl@163.com。") == [
        ("05-15 16:00", ["photo", "sheet"]), ("05-29 23:59", ["document", "document"])]


def test_variant_the_mark_before_the_name_and_a_semicolon(tmp_path):
    assert read(tmp_path, "请各乡镇报送以下材料：\n★1.防汛物资储备统计表（Excel格式）\n2.防汛工作总结（Word格式）\n"
                          "★3.抢险队伍花名册（Excel格式）\n"
                          "带★的材料须于6月5日16时前报送；其余材料于6月12日前报送。报送邮箱：jcsl@163.com。") == [
        ("06-05 16:00", ["sheet", "sheet"]), ("06-12 23:59", ["document"])]


def test_variant_a_quoted_mark_after_bracketed_numbers(tmp_path):
    assert read(tmp_path, "请各乡镇妇联报送下列材料：\n（一）巾帼志愿服务队伍名册（Excel格式）※\n（二）志愿服务活动总结（Word格式）\n"
                          "标有“※”的材料请于7月3日上午10时前报送，其余各项请于7月10日下午5点前报送。邮箱：jcfl@163.com。") == [
        ("07-03 10:00", ["sheet"]), ("07-10 17:00", ["document"])]


def test_near_miss_marked_items_with_one_date_for_all(tmp_path):
    got = read(tmp_path, "请各乡镇妇联报送下列材料：\n1．达标评估自评表（Excel格式）＊\n2．活动开展情况报告（Word格式）\n"
                         "以上材料请于5月15日前报送至jcfl@163.com（标注＊的为重点评估内容）。")
    assert got == [("05-15 23:59", ["document", "sheet"])]

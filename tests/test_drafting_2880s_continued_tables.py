"""What held-out notice 2897 showed the drafter missing (fixed on branch h-fixn144a), on notice texts written for
these tests: a table broken by a `续表` line (`续上表`, `表1（续）`, or the page break alone with the header row
repeated), the part after it with no header row or the header again, is one table: the rows after the break are
read with the first part's columns."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

HEAD = "序号\t单位\t报送材料\t报送时间\n"
FIRST = ("1\t建昌镇人民政府\t示范社推荐汇总表（Excel格式）\t6月16日（星期一）前\n"
         "2\t药王庙镇人民政府\t示范社推荐汇总表（Excel格式）\t6月16日（星期一）前\n"
         "3\t建昌县供销合作社联合社\t供销社领办合作社情况说明（Word格式）\t6月16日（星期一）16:00前\n")
SECOND = ("4\t小德营子乡人民政府\t示范社推荐汇总表（Excel格式）\t6月23日（星期一）前\n"
          "5\t王宝营子乡人民政府\t示范社推荐汇总表（Excel格式）\t6月23日（星期一）前")
WANTED = [("2988-06-16 23:59", {"建昌镇", "药王庙镇"}), ("2988-06-16 16:00", {"县供销社"}),
          ("2988-06-23 23:59", {"小德营子乡", "王宝营子乡"})]


def requirements(tmp_path, table: str):
    body = ("请按下表要求将推荐材料发送至县农业农村局合作经济股邮箱jcnyj_sfs@163.com。\n" + table
            + "\n其他乡镇本年度无推荐名额，本次不报送。")
    r = draft_of_a_file(tmp_path, notice_text("建昌县农业农村局", "县农业农村局关于做好县级农民合作社示范社评定推荐工作的通知",
                                              "各乡镇人民政府，建昌县供销合作社联合社", body, "2988年6月6日",
                                              contact="刘振涛，电话：0429-7629461")).requirements
    return [(str(x.due)[:16], set(x.units)) for x in r]


def test_rows_after_a_continued_line_read_with_the_first_part_columns(tmp_path):
    assert requirements(tmp_path, HEAD + FIRST + "续表\n" + SECOND) == WANTED


def test_variant_continued_from_above_with_the_header_again(tmp_path):
    assert requirements(tmp_path, HEAD + FIRST + "续上表\n" + HEAD + SECOND) == WANTED


def test_variant_numbered_table_continued_in_brackets(tmp_path):
    assert requirements(tmp_path, "表1 推荐材料报送安排\n" + HEAD + FIRST + "表1（续）\n" + SECOND) == WANTED


def test_variant_the_header_repeated_alone(tmp_path):
    assert requirements(tmp_path, HEAD + FIRST + HEAD + SECOND) == WANTED


def test_near_miss_a_second_table_with_its_own_head_stays_apart(tmp_path):
    assert requirements(tmp_path, HEAD + FIRST.replace("3\t建昌县供销合作社联合社", "3\t石佛乡人民政府")
                        + "县直单位：\n序号\t部门\t报送材料\t报送时间\n"
                        + "1\t建昌县供销合作社联合社\t供销社领办合作社情况说明（Word格式）\t6月23日（星期一）16:00前") == [
        ("2988-06-16 23:59", {"建昌镇", "药王庙镇"}), ("2988-06-16 16:00", {"石佛乡"}), ("2988-06-23 16:00", {"县供销社"})]

"""What held-out notice 3041 showed the drafter missing, on notice texts written for these tests, with near misses that
must not change: the papers listed once in the prose (`年度报告由以下三项材料组成：1.…（Word格式）；2.…扫描件（PDF格式）；
3.…统计表（Excel格式）。`), then `请各单位按下表时间将材料发送至…` over rows whose paper cell only counts them
(`年度报告三项材料`): each such row sends the three papers, not one document named by the count."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes

LISTED = ("年度报告由以下三项材料组成：1.年度报告正文（Word格式）；2.经主要负责人签字并加盖单位公章的年度报告扫描件（PDF格式）；"
          "3.辖区矿山开发利用情况统计表（Excel格式）。")


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县自然资源局", "关于报送2999年度矿产资源开发利用情况年度报告的通知", "有关乡镇人民政府，县直有关部门", body,
        "3000年1月6日", mailbox="jczrzyj_kcbg@163.com", contact="周立强，电话：0429-7513152"))


def shapes_by_unit(d) -> dict[str, list[str]]:
    return {u: part_shapes(r) for r in d.requirements for u in r.units}


def test_rows_counting_the_papers_listed_above_send_them_all(tmp_path):
    d = draft(tmp_path, LISTED + "请各单位按下表时间将材料发送至jczrzyj_kcbg@163.com。\n"
                        "序号\t单位\t报送材料\t报送时间\n"
                        "1\t药王庙镇人民政府\t年度报告三项材料\t1月20日（星期一）下午4点前\n"
                        "2\t汤神庙镇人民政府\t年度报告三项材料\t1月20日（星期一）下午4点前\n"
                        "3\t建昌县应急管理局\t矿山安全生产情况说明（Word格式）\t1月27日前\n")
    by_unit = shapes_by_unit(d)
    assert by_unit["药王庙镇"] == by_unit["汤神庙镇"] == ["document", "scan", "sheet"]
    assert by_unit["县应急局"] == ["document"]  # near miss: a row naming its own paper keeps it


def test_variant_two_papers_counted_with_the_times_of_the_table_below(tmp_path):
    d = draft(tmp_path, "年度报告由以下两项材料组成：1.年度报告正文（Word格式）；2.开发利用情况统计表（Excel格式）。"
                        "请各乡镇按照下表所列时限将材料报送至jczrzyj_kcbg@163.com。\n"
                        "单位\t报送内容\t截止时间\n"
                        "药王庙镇人民政府\t上述两项材料\t1月20日前\n"
                        "谷杖子乡人民政府\t上述两项材料\t1月20日前\n")
    by_unit = shapes_by_unit(d)
    assert by_unit["药王庙镇"] == by_unit["谷杖子乡"] == ["document", "sheet"]


def test_near_miss_papers_listed_with_no_table_are_read_as_before(tmp_path):
    d = draft(tmp_path, LISTED + "请各乡镇于1月20日（星期一）下午4点前将上述材料发送至jczrzyj_kcbg@163.com。")
    assert [part_shapes(r) for r in d.requirements] == [["document", "scan", "sheet"]]


def test_the_departments_addressed_beside_the_towns_are_the_clerks_to_pick(tmp_path):
    # `有关乡镇人民政府，县直有关部门` over a table of towns: the towns fill the first, the clerk picks the second (the review
    # line named the table's towns for both)
    d = draft(tmp_path, LISTED + "请各单位按下表时间将材料发送至jczrzyj_kcbg@163.com。\n"
                        "序号\t单位\t报送材料\t报送时间\n"
                        "1\t药王庙镇人民政府\t年度报告三项材料\t1月20日（星期一）下午4点前\n")
    towns = [u for u in d.unsettled if u.startswith("主送“有关乡镇人民政府”")]
    bureaus = [u for u in d.unsettled if u.startswith("主送“县直有关部门”")]
    assert towns and "药王庙镇" in towns[0]
    assert bureaus and "药王庙镇" not in bureaus[0] and "请选择" in bureaus[0]

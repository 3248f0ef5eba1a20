"""A requirement table's column of papers under the names county notices give it (found by hand, 2026-12-05): before,
only 报送材料 / 材料名称 / 报表名称 were read as the papers' column, and a table headed `资料名称`, `报送资料`, `材料清单` or
`文件名称` drafted no requirement at all (its rows have no sending verb); `报送内容` / `报送事项` beside a `格式` column lost a
row whose paper has no material word (`打击防范文物犯罪工作情况`) and merged two bureaus' papers
(`table_grids.MATERIAL_COLUMN`, `PAPERS_COLUMN`, `papers_column`). The near miss: 报送单位 | 报送内容 without a 格式 column
is each unit's share of one material, as before."""

from __future__ import annotations

import pytest

from drafting_helpers import draft_of_a_file, notice_text

from test_drafting import part_shapes


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县文化旅游和广播电视局", "关于开展汛期不可移动文物安全隐患排查工作的通知",
        "各乡镇人民政府，县公安局、县自然资源局、县应急局", body, "2817年5月22日",
        opening="为切实做好汛期文物安全工作，现将有关事项通知如下：", mailbox="jcwgj_wwk@163.com",
        contact="孙立新  电话：0429-7423518"))


TABLE = ("二、材料报送\n各单位请按下表要求报送材料：\n单位\t{head}\t格式\t截止时间\n"
         "各乡镇\t不可移动文物巡查台账、隐患点现场照片\tExcel、JPG\t6月9日（星期五）前\n"
         "县公安局\t打击防范文物犯罪工作情况\tWord\t6月5日（星期一）下午3时前\n"
         "县自然资源局\t文物保护范围内地质灾害隐患点清单\tExcel\t6月12日（星期一）前\n"
         "县应急局\t汛期文物险情应急预案和抢险救援队伍名单\tWord\t6月12日（星期一）前\n")


@pytest.mark.parametrize("head", ["报送材料", "资料名称", "报送资料", "需报送材料", "材料清单", "文件名称", "报送内容",
                                  "报送事项"])
def test_every_name_of_the_papers_column_reads_each_rows_paper(tmp_path, head):
    towns, police, resources, emergency = draft(tmp_path, TABLE.format(head=head)).requirements
    assert part_shapes(towns) == ["photo", "sheet"]
    assert (police.title, police.units, police.due.hour) == ("打击防范文物犯罪工作情况", ["县公安局"], 15)
    assert resources.units == ["县自然资源局"] and part_shapes(resources) == ["sheet"]
    assert emergency.units == ["县应急局"] and part_shapes(emergency) == ["document", "document"]


def test_near_miss_each_units_share_of_one_material_without_a_format_column(tmp_path):
    (r,) = draft(tmp_path, "二、请县公安局、县自然资源局于6月12日（星期一）前报送汛期文物安全隐患排查情况报告（Word格式），内容如下：\n"
                           "单位\t报送内容\n县公安局\t文物犯罪打击情况\n县自然资源局\t地质灾害隐患点情况\n").requirements
    assert r.title == "汛期文物安全隐患排查情况报告" and set(r.units) == {"县公安局", "县自然资源局"}


# ---------------------------------------------------------------- a table closed by the line that sends what it lists


CLOSED = ("现将报送事项通知如下：\n单位\t材料\t格式\t时间\n"
          "县公安局\t打击防范文物犯罪工作情况\tWord\t6月5日（星期一）下午3时前\n"
          "县自然资源局\t文物保护范围内地质灾害隐患点清单\tExcel\t6月12日（星期一）前\n"
          "{closing}\n")


def test_a_table_closed_by_the_line_sending_what_it_lists_is_asks(tmp_path):
    police, resources = draft(tmp_path, CLOSED.format(closing="以上材料报送至县文旅局邮箱jcwgj_wwk@163.com。")).requirements
    assert (police.units, police.due.hour, part_shapes(police)) == (["县公安局"], 15, ["document"])
    assert (resources.units, part_shapes(resources)) == (["县自然资源局"], ["sheet"])


def test_near_miss_a_line_under_the_table_on_its_own_work_sends_nothing(tmp_path):
    d = draft(tmp_path, CLOSED.format(closing="以上材料由各单位存档备查，县文旅局将适时开展抽查。"))
    assert d.requirements == []

"""What held-out notices 1920–1939 showed the drafter missing where the materials are named only in an annex or a
table (the share of branch h-fixn96b), on notice texts written for these tests, each with a near miss that must not
fire: a lone 附件 listing the materials (…材料清单) under `按附件所列内容…将有关材料发送` (1923); 附件 named by their
files (…明细表.xlsx) under `按附件要求填报` (1932); `上表第1至2项材料` / `上表第3、4项材料` pointing at a 材料名称 | 格式 |
份数 | 报送单位 table, two units of different rows in one clause (1929); a PDF's wrapped materials table with no date
column, read back as rows, `上表所列材料` sending all of them (1935)."""

from __future__ import annotations

import sys
from pathlib import Path

from collector.drafting import draft_campaign
from collector.drafting.materials.annex_named import annex_materials_written_in
from collector.drafting.asks.table_materials import table_materials_written_out
from collector.drafting.reading.wrapped_cells import tables_rebuilt
from collector.roster import builtin_roster

sys.path.insert(0, str(Path(__file__).parent))
from test_drafting import part_shape

ROSTER = builtin_roster()
TOWNS = set(ROSTER.names(["town", "township"]))


def notice(body: str, annex: str = "") -> str:
    return ("建昌县林业和草原局\n关于开展2461年古树名木普查工作的通知\n各乡镇人民政府，县自然资源局，县住建局，县气象局：\n"
            "    为摸清全县古树名木资源底数，现将有关事项通知如下。\n"
            f"{body}\n    联系人：阚立峰，联系电话：0429-7713482。\n    邮箱：jclcj_gsmm2461@163.com\n"
            f"{annex}\n建昌县林业和草原局\n2461年2月20日\n")


def shapes(d) -> list[list[str]]:
    return [sorted(map(part_shape, r.parts)) for r in d.requirements]


# ---------------------------------------------------------------- 1923: a lone 附件 listing the materials

LIST_BODY = ("    一、报送要求\n    （一）请各乡镇按附件所列内容，于3月16日（星期五）前将有关材料发送至县林草局邮箱。\n"
             "    （二）请县气象局于3月23日前报送古树分布区气候资料（Word格式）。")
LIST_ANNEX = ("\n附件：古树名木普查报送材料清单\n\n建昌县林业和草原局\n2461年2月20日\n\n附件\n古树名木普查报送材料清单\n"
              "1．古树名木普查登记台账（Excel格式）\n2．古树名木保护工作报告（Word格式）\n3．古树现状照片5至8张（JPG格式）\n")


def test_the_lone_annexs_list_is_what_the_towns_send():
    d = draft_campaign(notice(LIST_BODY, "") .replace("\n建昌县林业和草原局\n2461年2月20日\n", LIST_ANNEX), ROSTER)
    assert set(d.requirements[0].units) == TOWNS
    assert shapes(d) == [["document", "photo", "sheet"], ["document"]]


def test_an_annex_that_is_no_list_gives_nothing_near_miss():
    body = "请各乡镇按附件要求，于3月16日前将有关材料发送至邮箱。"
    assert annex_materials_written_in(body, {"附件1": "古树名木普查登记表"},
                                      {"附件1": "附件1\n古树名木普查登记表\n序号\t树种\t位置"}) == body


def test_a_sentence_naming_its_own_material_is_left_near_miss():
    body = "请各乡镇按附件所列内容，于3月16日前将《古树名木普查登记台账》发送至邮箱。"
    annex = {"附件1": "附件\n报送材料清单\n1．普查台账（Excel格式）\n2．工作报告（Word格式）"}
    assert annex_materials_written_in(body, {"附件1": "报送材料清单"}, annex) == body


# ---------------------------------------------------------------- 1932: 附件 named by their files

FILES_BODY = ("    一、报送要求\n    （一）请各乡镇认真核查辖区古树，按附件要求填报，于3月16日（星期五）前发送至县林草局邮箱。\n"
              "    （二）请县气象局于3月23日前报送古树分布区气候资料（Word格式）。")
FILES_ANNEX = "\n附件：1．2461年古树名木普查明细表.xlsx\n      2．2461年古树名木保护申报书.docx\n"


def test_annexes_named_by_their_files_are_the_forms_filled_in():
    d = draft_campaign(notice(FILES_BODY, FILES_ANNEX), ROSTER)
    assert set(d.requirements[0].units) == TOWNS
    assert shapes(d) == [["document", "sheet"], ["document"]]


def test_annexes_without_a_file_extension_are_not_written_in_near_miss():
    body = "请各乡镇按附件要求填报，于3月16日前发送至邮箱。"
    assert annex_materials_written_in(body, {"附件1": "古树名木普查明细表", "附件2": "古树名木保护申报书"}, {}) == body


# ---------------------------------------------------------------- 1929: 上表第…项 over a 材料名称 | 报送单位 table

TABLE = ("    二、报送材料\n序号\t材料名称\t格式\t份数\t报送单位\n"
         "1\t古树名木普查登记台账\tExcel\t1份\t各乡镇\n"
         "2\t古树现状照片\tJPG\t5至8张\t各乡镇\n"
         "3\t古树周边用地情况说明\tWord\t1份\t县自然资源局\n"
         "4\t古建筑周边古树保护意见（盖章扫描件）\tPDF\t1份\t县住建局\n")
ROWS_BODY = (TABLE + "    三、报送时间\n    各乡镇请于3月16日（星期五）前报送上表第1至2项材料；县自然资源局、县住建局请于3月23日（星期五）"
             "下午4时前报送上表第3、4项材料。所有材料均发送至县林草局邮箱。\n    县气象局配合做好普查工作，不报送材料。")


def test_rows_by_number_each_unit_its_own_rows():
    d = draft_campaign(notice(ROWS_BODY), ROSTER)
    assert [set(r.units) for r in d.requirements] == [TOWNS, {"县自然资源局"}, {"县住建局"}]
    assert shapes(d) == [["photo", "sheet"], ["document"], ["scan"]]
    assert d.requirements[1].due == d.requirements[2].due and d.requirements[1].due.hour == 16


def test_a_table_without_a_materials_column_is_left_near_miss():
    body = "序号\t单位\t联系人\n1\t各乡镇\t乡镇长\n请各乡镇于3月16日前报送上表第1项材料。"
    assert table_materials_written_out(body) == body


def test_a_pointer_to_a_row_the_table_lacks_is_left_near_miss():
    body = "序号\t材料名称\t格式\t报送单位\n1\t普查台账\tExcel\t各乡镇\n请各乡镇于3月16日前报送上表第1至3项材料。"
    assert table_materials_written_out(body) == body


# ---------------------------------------------------------------- 1935: a PDF's wrapped materials table, no date column

WRAPPED = ("材料名称 格式 份数 报送单位\n古树名木普查登记台\n账\nExcel 1 份 各乡镇\n古树保护责任书（盖\n章）\nPDF 1 份 各乡镇\n"
           "古树科普短片（时长\n不超过5 分钟）\nMP4 1 个 各乡镇\n三、报送时间\n")


def test_a_wrapped_materials_table_is_read_back_as_rows():
    rows = tables_rebuilt(WRAPPED).split("\n")
    assert rows[:4] == ["材料名称\t格式\t份数\t报送单位", "古树名木普查登记台账\tExcel\t1份\t各乡镇",
                        "古树保护责任书（盖章）\tPDF\t1份\t各乡镇", "古树科普短片（时长不超过5分钟）\tMP4\t1个\t各乡镇"]
    assert rows[4] == "三、报送时间"


def test_the_table_above_sends_every_row_video_too():
    body = ("    二、报送材料\n" + WRAPPED + "    请各乡镇于3月16日（星期五）前将上表所列材料发送至县林草局邮箱。请县气象局于3月23日前"
            "报送古树分布区气候资料（Word格式）。县自然资源局、县住建局配合做好普查工作，不报送材料。")
    d = draft_campaign(notice(body), ROSTER)
    assert set(d.requirements[0].units) == TOWNS
    assert shapes(d) == [["scan", "sheet", "video"], ["document"]]


def test_a_wrapped_table_whose_format_cells_are_no_formats_is_left_near_miss():
    text = "材料名称 格式 份数 报送单位\n古树名木普查登记台账 见附件 1 份 各乡镇\n古树保护责任书 另行通知 1 份 各乡镇\n"
    assert tables_rebuilt(text) == text

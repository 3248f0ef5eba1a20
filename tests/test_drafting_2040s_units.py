"""What held-out notices 2040–2059 showed the drafter missing (fixed on branch h-fixn102c), on notice texts written for
these tests, each with a near miss that must not change: a paper copy sent 同时 beside a file the sentence sends first
(`…（Word格式），同时将纸质版一式两份报送…305室`) leaves the file mailed (2056); `上表牵头部门` is that column of the
table, not the 配合部门 of the same rows, and a title's leading 推进 is dropped as 加强 is (2051)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "建昌镇人民政府，县交通局、县水利局",
          title: str = "关于开展2690年城区积水点排查整治工作的通知"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县应急管理局", title, addressee, body, "2690年6月2日",
        opening="为做好今年防汛准备，现将有关事项通知如下。",
        mailbox="jcyjj_jsd2690@163.com",
        contact="郝文  联系电话：0429-7713306"))


# ---------------------------------------------------------------- 2056: 同时将纸质版一式两份报送…室


def test_a_paper_copy_sent_at_the_same_time_leaves_the_file_mailed(tmp_path):
    (r,) = draft(tmp_path, "一、县交通局、县水利局于6月20日（星期五）下午4时前报送本部门配合排水工作方案（Word格式），"
                           "同时将纸质版一式三份报送县应急局208室。").requirements
    assert sorted(r.units) == sorted(["县交通局", "县水利局"])
    assert [p["kind"] for p in r.parts] == ["document"]
    assert (r.due.month, r.due.day, r.due.hour) == (6, 20, 16)


def test_near_miss_the_paper_alone_to_a_room_is_no_mailed_requirement(tmp_path):
    d = draft(tmp_path, "一、县交通局、县水利局于6月20日（星期五）下午4时前将排水工作方案纸质版一式三份报送县应急局208室。")
    assert d.requirements == []
    assert any("纸质" in line for line in d.unsettled)


# ---------------------------------------------------------------- 2051: 上表牵头部门


TASKS = "重点任务\t牵头部门\t配合部门\n农村供水保障\t县水利局\t县卫健局、县财政局\n乡村道路养护\t县交通局\t县财政局、县水利局\n"
TASKS_OF_A_PDF = "重点任务 牵头部门 配合部门\n农村供水保障 县水利局 县卫健局、县财政局、县人\n社局\n乡村道路养护 县交通局 县财政局\n"
BUREAUS = "县直有关部门"


def test_the_lead_column_a_sentence_names_sends_not_the_helpers_beside_it(tmp_path):
    first, second = draft(tmp_path, TASKS + "一、上表牵头部门于6月20日前分别报送任务推进方案（Word格式）。配合部门按牵头部门要求提供材料。\n"
                                            "二、县应急局于6月27日前报送应急物资储备情况（Excel格式）。", BUREAUS).requirements
    assert sorted(first.units) == sorted(["县水利局", "县交通局"])
    assert second.units == ["县应急局"]


def test_the_lead_column_of_a_pdf_table_its_cells_parted_by_spaces(tmp_path):
    (r,) = draft(tmp_path, TASKS_OF_A_PDF + "一、上表牵头部门于6月20日前分别报送任务推进方案（Word格式）。", BUREAUS).requirements
    assert sorted(r.units) == sorted(["县水利局", "县交通局"])


def test_near_miss_the_units_the_table_lists_are_every_unit_of_it(tmp_path):
    (r,) = draft(tmp_path, TASKS + "一、上表所列部门于6月20日前分别报送任务推进方案（Word格式）。", BUREAUS).requirements
    assert sorted(r.units) == sorted(["县水利局", "县交通局", "县卫健局", "县财政局"])


def test_a_pdf_line_of_a_later_item_is_no_row_of_the_table(tmp_path):
    first, second = draft(tmp_path, TASKS_OF_A_PDF + "一、上表所列部门于6月20日前分别报送任务推进方案（Word格式）。\n"
                                                     "二、县应急局于6 月27 日前报送应急物资储备情况（Excel\n格式）。", BUREAUS).requirements
    assert "县应急局" not in first.units
    assert second.units == ["县应急局"]


def test_near_miss_both_columns_named_are_both_columns(tmp_path):
    (r,) = draft(tmp_path, TASKS + "一、请表中所列牵头部门、配合部门于6月20日前分别报送任务推进方案（Word格式）。", BUREAUS).requirements
    assert sorted(r.units) == sorted(["县水利局", "县交通局", "县卫健局", "县财政局"])


# ---------------------------------------------------------------- 2051: 关于推进…的通知

ASK = "一、县交通局、县水利局于6月20日前报送工作方案（Word格式）。"


def test_a_leading_push_verb_is_no_part_of_the_title(tmp_path):
    assert draft(tmp_path, ASK, title="关于推进“城乡供水一体化”重点项目落地的通知").title == "“城乡供水一体化”重点项目落地"
    assert draft(tmp_path, ASK, title="关于加快推进农村公路养护工程的通知").title == "农村公路养护工程"


def test_near_miss_a_push_inside_the_matter_stays(tmp_path):
    assert draft(tmp_path, ASK, title="关于报送2690年农村改厕推进情况的通知").title == "2690年农村改厕推进情况"

"""What held-out notices 2420–2439 showed the drafter missing in Word tables (fixed on branch h-fixn121b), on notice
texts written for these tests, each with a near miss that must not change: a list in Word is a document (2421), a
paper's `Word、照片` its document and photos (2425), a bare `时限` column under a line sending by the table dates its rows
(2429), and a 少年宫 off the roster is a body of its own (2437)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

from test_drafting import part_shapes


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县直有关部门"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县政务服务中心", "关于开展2871年度政务服务事项梳理工作的通知", addressee, body, "2871年9月7日",
        opening="为优化政务服务，现将有关事项通知如下：",
        mailbox="jczwfw_sxsl2871@163.com",
        contact="高远  联系电话：0429-7718869"))


# ---------------------------------------------------------------- 2421: 县住建局 | …设施清单 | Word


LIST_IN = ("二、材料报送\n报送单位\t报送材料\t格式\t截止时间\n"
           "各乡镇\t便民服务事项统计表\tExcel\t9月15日（星期二）\n"
           "县公安局\t户籍办理事项清单\t{fmt}\t9月17日（星期四）\n")


def test_a_list_whose_format_cell_says_word_is_a_document(tmp_path):
    _, police = draft(tmp_path, LIST_IN.format(fmt="Word")).requirements
    assert police.units == ["县公安局"] and part_shapes(police) == ["document"]


def test_near_miss_a_list_in_excel_stays_a_sheet(tmp_path):
    _, police = draft(tmp_path, LIST_IN.format(fmt="Excel")).requirements
    assert part_shapes(police) == ["sheet"]


# ---------------------------------------------------------------- 2425: 县综合执法局 | …整治情况 | Word、照片


PHOTOS_IN = ("二、材料报送\n单位\t报送材料\t格式\t截止时间\n"
             "各乡镇\t便民服务事项统计表\tExcel\t9月15日（星期二）\n"
             "县公安局\t窗口服务整治情况\t{fmt}\t9月17日（星期四）\n")


def test_a_papers_word_and_photos_cell_asks_the_document_and_the_photos(tmp_path):
    _, police = draft(tmp_path, PHOTOS_IN.format(fmt="Word、照片")).requirements
    assert part_shapes(police) == ["document", "photo"]


def test_near_miss_two_papers_in_two_file_formats_keep_a_format_each(tmp_path):
    _, police = draft(tmp_path, PHOTOS_IN.replace("窗口服务整治情况", "窗口服务整治情况、整治台账").format(fmt="Word、Excel")).requirements
    assert part_shapes(police) == ["document", "sheet"]


# ---------------------------------------------------------------- 2429: 单位 | 报送材料 | 格式 | 时限, bare dates


BARE = ("二、材料报送\n请各有关单位按下表要求报送材料至县政务服务中心综合科邮箱。\n"
        "单位\t报送材料\t格式\t时限\n"
        "县公安局\t户籍类事项办理流程图\tPDF\t9月17日（星期四）\n"
        "县民政局\t婚姻登记事项运行情况\tWord\t9月22日（星期二）\n")


def test_a_bare_time_column_under_a_line_sending_by_the_table_dates_its_rows(tmp_path):
    police, civil = draft(tmp_path, BARE).requirements
    assert police.units == ["县公安局"] and police.due.day == 17 and part_shapes(police) == ["scan"]
    assert civil.units == ["县民政局"] and civil.due.day == 22 and part_shapes(civil) == ["document"]


def test_near_miss_a_bare_time_column_of_a_table_of_work_dates_nothing(tmp_path):
    text = BARE.replace("请各有关单位按下表要求报送材料至县政务服务中心综合科邮箱。", "请各有关单位按下表要求开展事项梳理。") \
        .replace("报送材料", "工作任务")
    assert draft(tmp_path, text).requirements == []


# ---------------------------------------------------------------- 2437: 县少年宫 | 作品初评意见 | Word | 9月22日


PALACE = ("二、材料报送\n单位\t报送内容\t格式\t截止时间\n"
          "各乡镇\t便民服务事项统计表\tExcel\t9月15日（星期二）\n"
          "{body}\t服务事项初评意见\tWord\t9月22日（星期二）\n")


def test_an_off_roster_palace_row_is_that_bodys_own(tmp_path):
    requirements = draft(tmp_path, PALACE.format(body="县少年宫")).requirements
    assert len(requirements) == 1 and requirements[0].due.day == 15


def test_near_miss_a_bureau_on_the_roster_keeps_its_row(tmp_path):
    _, civil = draft(tmp_path, PALACE.format(body="县民政局")).requirements
    assert civil.units == ["县民政局"] and part_shapes(civil) == ["document"]

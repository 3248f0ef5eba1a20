"""What held-out notice 3586 showed the drafter missing (fixed on branch h-fixn178h), on notice texts written for these
tests, with near misses that must not change:

- lines giving who, its paper and the date after a comma, with no sending verb (`（一）县公安局、县市场局：被执行人协助查控情况
  统计表（E），5月8日（星期一）下午4点前。`), in a run closed by a line sending them all (`以上材料请发送至…`), are each who
  sends what by when (`line_forms.SENDER_FIRST_COMMA`); with no such line under them (a list of duties) they are left
  as written;
- formats written as letter codes a legend line explains (`材料格式代码：W为Word文档，E为Excel表格，P为加盖单位公章的PDF扫描件。`)
  are the formats the legend names: `（E）` a sheet, `（W+P）` a document and its stamped scan (`reading/format_codes.py`);
  with no legend, or a code the legend does not give, the bracket stays as written."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes

LEGEND = "材料格式代码：W为Word文档，E为Excel表格，P为加盖单位公章的PDF扫描件。"
LINES = ("（一）县公安局、县市场局：被执行人协助查控情况统计表（{first}），5月8日（星期一）下午4点前。\n"
         "（二）县自然资源局、县住建局：不动产及在建工程查控情况说明（{second}），5月22日前。\n")
SENT = "以上材料请发送至jcfy_jzzx@163.com，邮件主题注明“单位名称+材料名称”。6月中旬，县法院将召开专项行动推进会。"


def draft(tmp_path, body: str, addressee: str = "建昌县公安局、建昌县自然资源局、建昌县住房和城乡建设局、建昌县市场监督管理局"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县人民法院", "关于开展打击拒执犯罪专项行动的通知", addressee, body, "3273年4月20日",
        opening="为依法惩治拒不执行判决、裁定犯罪，定于5月1日至7月31日在全县开展专项行动。请各协作单位按以下要求报送材料。",
        contact="执行局 何立强，电话：0429-7517731"))


def asked(d) -> list[tuple[str, list[str], list[str]]]:
    return [(r.due.strftime("%m-%d %H:%M"), sorted(r.units), part_shapes(r)) for r in d.requirements]


# ---------------------------------------------------------------- 3586: a legend of codes, lines of paper and day


def test_coded_papers_on_dated_lines_sent_below(tmp_path):
    d = draft(tmp_path, LEGEND + "\n" + LINES.format(first="E", second="W+P") + SENT)
    assert asked(d) == [("05-08 16:00", ["县公安局", "县市场局"], ["sheet"]),
                        ("05-22 23:59", ["县住建局", "县自然资源局"], ["document", "scan"])]
    assert [p["title"] for p in d.requirements[0].parts] == ["被执行人协助查控情况统计表"]


def test_variant_other_letters_arabic_items_and_a_scan_with_the_sheet(tmp_path):
    d = draft(tmp_path, "文件格式代号：D代表Word文档，X代表Excel表格，S代表加盖公章的PDF扫描件。\n"
                        "1.县公安局、县市场局：被执行人财产线索台账（X+S），6月3日前；\n"
                        "2.县住建局：在建工程查封情况报告（D），6月10日（星期二）16:00前。\n"
                        "上述材料均报送至jcfy_jzzx@163.com。")
    assert asked(d) == [("06-03 23:59", ["县公安局", "县市场局"], ["scan", "sheet"]),
                        ("06-10 16:00", ["县住建局"], ["document"])]


def test_variant_codes_joined_by_a_pause_mark_and_no_item_numbers(tmp_path):
    d = draft(tmp_path, "格式代码：W为Word文档，P为加盖单位公章的PDF扫描件。\n"
                        "县自然资源局：不动产查控情况说明（W、P），5月22日前。\n"
                        "以上材料请发送至jcfy_jzzx@163.com。", addressee="建昌县自然资源局")
    assert asked(d) == [("05-22 23:59", ["县自然资源局"], ["document", "scan"])]


def test_variant_dated_lines_with_their_formats_written_out(tmp_path):
    d = draft(tmp_path, "（一）县公安局：被执行人协助查控情况统计表（Excel格式），5月8日（星期一）下午4点前；\n"
                        "（二）县住建局：在建工程查控情况说明（Word格式），5月22日前。\n"
                        "上述材料请报送至jcfy_jzzx@163.com。", addressee="建昌县公安局、建昌县住房和城乡建设局")
    assert asked(d) == [("05-08 16:00", ["县公安局"], ["sheet"]), ("05-22 23:59", ["县住建局"], ["document"])]


ASKED = ("一、县公安局、县市场局于5月8日（星期一）下午4点前报送被执行人协助查控情况统计表（E）。\n"
         "二、县自然资源局、县住建局于5月22日前报送不动产及在建工程查控情况说明（{second}）。\n" + SENT)


def test_near_miss_codes_with_no_legend_stay_as_written(tmp_path):
    d = draft(tmp_path, ASKED.format(second="W+P"))
    assert asked(d) == [("05-08 16:00", ["县公安局", "县市场局"], ["sheet"]),
                        ("05-22 23:59", ["县住建局", "县自然资源局"], ["document"])]


def test_near_miss_a_code_the_legend_does_not_give_stays(tmp_path):
    d = draft(tmp_path, LEGEND + "\n" + ASKED.format(second="W+Z"))
    assert asked(d)[1] == ("05-22 23:59", ["县住建局", "县自然资源局"], ["document"])


def test_near_miss_a_legend_of_grades_gives_no_formats(tmp_path):
    d = draft(tmp_path, "等级代码：A为优秀，B为良好，C为合格。\n" + ASKED.format(second="W+P"))
    assert asked(d)[1] == ("05-22 23:59", ["县住建局", "县自然资源局"], ["document"])


def test_near_miss_dated_duty_lines_with_nothing_sent_below_ask_nothing(tmp_path):
    d = draft(tmp_path, "（一）县公安局、县市场局：负责被执行人协助查控工作，5月8日（星期一）下午4点前。\n"
                        "（二）县自然资源局、县住建局：负责不动产及在建工程查控工作，5月22日前。\n"
                        "6月中旬，县法院将召开专项行动推进会，通报各单位协作情况。")
    assert asked(d) == []

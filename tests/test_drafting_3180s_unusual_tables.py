"""What held-out notices 3183, 3191 and 3199 showed the drafter missing (fixed on branch h-fixn158c), on notice texts
written for these tests, each with a near miss that must not change:

- 3183: a table of units by papers whose cells hold `报` or are left empty (`留空的单位不报送该项材料`), both days said
  in the sentence above it: each paper is asked of the rows whose cell under it sends it (`paper_columns`: a bare 报 is
  a mark of sending; a column headed by a paper in its format bracket, `应急预案修订稿（Word）`, is a paper's column), and
  the other column's `（Excel）` makes no spreadsheet of the Word paper (`kind_formats.excel_said_of_another_kind`);
- 3191: a table of pairs `结对乡镇 | 帮扶部门` where the clause names the column that sends (`统一由帮扶部门于…发送`):
  that column's units (`table_column_named.column_named_as_the_sender`), not the towns;
- 3199: two tables under captions `表一：乡镇` / `表二：县直部门` and one sentence `请表一所列乡镇于A前、表二所列部门于B前，
  将…`: each clause the units of the table it names (`named_tables`; `表一所列` names no material, `asks_nothing.LISTED_IN`)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, issuer: str, title: str, body: str, addressee: str = "有关乡镇人民政府，县直有关单位"):
    return draft_of_a_file(tmp_path, notice_text(issuer, title, addressee, body, "3071年9月22日",
                                                 contact="冯立新，电话：0429-7512369"))


def by_due(d) -> dict[str, tuple[list[str], list[str]]]:
    return {r.due.strftime("%m-%d"): (sorted(r.units), [p["kind"] + ":" + ",".join(p.get("formats", [])[:1])
                                                        for p in r.parts]) for r in d.requirements}


# ---------------------------------------------------------------- 3183: 报 or a blank cell under each paper's column

MATRIX_SENTENCE = ("请下表所列单位于十月十二日（星期四）十六时前报送应急减排清单（Excel格式），于十月二十六日前报送"
                   "重污染天气应急预案修订稿（Word格式），发送至jchb_zwr@163.com。表中标“报”的为须报送的材料，留空的单位不报送该项材料。")


def matrix_body(head: str, rows: list[str], sentence: str = MATRIX_SENTENCE) -> str:
    return sentence + "\n" + head + "\n" + "\n".join(rows) + "\n分局将于十一月中旬对清单落实情况进行现场核查。"


def emission_draft(tmp_path, body: str):
    return draft(tmp_path, "葫芦岛市生态环境局建昌分局", "关于做好重污染天气应急减排清单修订工作的通知", body)


def assert_each_paper_its_marked_rows(d):
    got = by_due(d)
    assert sorted(got) == ["10-12", "10-26"]
    assert got["10-12"][0] == ["县住建局", "县工信局", "喇嘛洞镇"]
    assert got["10-26"][0] == ["县交通局", "县工信局"]
    assert len(d.requirements[1].parts) == 1  # the 预案 alone: the other column's （Excel） no sheet of it


def test_blank_cells_send_nothing_and_bao_sends(tmp_path):
    d = emission_draft(tmp_path, matrix_body("序号\t单位\t应急减排清单（Excel）\t应急预案修订稿（Word）", [
        "1\t建昌县工业和信息化局\t报\t报", "2\t建昌县住房和城乡建设局\t报\t", "3\t建昌县交通运输局\t\t报",
        "4\t建昌县热力有限责任公司\t报\t报", "5\t喇嘛洞镇人民政府\t报\t"]))
    assert_each_paper_its_marked_rows(d)


def test_variant_needs_sending_words_and_dashes_no_number_column(tmp_path):
    d = emission_draft(tmp_path, matrix_body("单位\t应急减排清单（Excel格式）\t应急预案修订稿（Word格式）", [
        "建昌县工业和信息化局\t须报\t须报", "建昌县住房和城乡建设局\t须报\t—", "建昌县交通运输局\t—\t须报",
        "喇嘛洞镇人民政府\t须报\t—"]).replace("表中标“报”的为须报送的材料，留空的单位不报送该项材料。", "“—”为不报送。"))
    assert_each_paper_its_marked_rows(d)


def test_variant_sending_words_and_figures_a_semicolon_between_the_papers(tmp_path):
    sentence = ("请下表所列单位于10月12日16时前报送应急减排清单（Excel格式）；于10月26日前报送重污染天气应急预案修订稿"
                "（Word格式）。以上材料发送至jchb_zwr@163.com，表中标“需报送”的为须报送的材料。")
    d = emission_draft(tmp_path, matrix_body("序号\t单位\t应急减排清单（Excel）\t应急预案修订稿（Word）", [
        "1\t建昌县工业和信息化局\t需报送\t需报送", "2\t建昌县住房和城乡建设局\t需报送\t", "3\t建昌县交通运输局\t\t需报送",
        "4\t喇嘛洞镇人民政府\t需报送\t"], sentence))
    assert_each_paper_its_marked_rows(d)


def test_near_miss_a_column_of_dates_takes_every_row(tmp_path):
    d = emission_draft(tmp_path, matrix_body("序号\t单位\t应急减排清单（Excel）\t备注", [
        "1\t建昌县工业和信息化局\t报\t十月十日前自查", "2\t建昌县住房和城乡建设局\t报\t", "3\t建昌县交通运输局\t报\t",
        "4\t喇嘛洞镇人民政府\t报\t"]).replace("于十月二十六日前报送重污染天气应急预案修订稿（Word格式），", ""))
    assert by_due(d)["10-12"][0] == ["县交通局", "县住建局", "县工信局", "喇嘛洞镇"]


# ---------------------------------------------------------------- 3191: 结对乡镇 | 帮扶部门, only the departments send

PAIRS = "序号\t结对乡镇\t帮扶部门\n1\t建昌镇人民政府\t建昌县民政局\n2\t玲珑塔镇人民政府\t建昌县卫生健康局\n" \
        "3\t雷家店乡人民政府\t建昌县人力资源和社会保障局\n4\t谷杖子乡人民政府\t建昌县残疾人托养中心"


def pairing_draft(tmp_path, sentence: str, table: str = PAIRS):
    return draft(tmp_path, "建昌县残疾人联合会", "关于开展重度残疾人家庭结对帮扶情况统计的通知",
                 "县残联决定对结对帮扶情况进行统计。各结对关系见下表。" + sentence + "\n" + table
                 + "\n十二月上旬县残联将组织成效评估。")


HELPERS = ["县人社局", "县卫健局", "县民政局"]


def test_the_helper_column_sends_not_the_towns(tmp_path):
    d = pairing_draft(tmp_path, "帮扶台账（Excel格式）由各帮扶部门会同所结对乡镇填写，统一由帮扶部门于九月一日（星期三）十六时前"
                                "发送至jccl_jdbf@163.com，乡镇不单独报送；帮扶部门另于九月二十二日前报送帮扶工作总结（Word格式）。")
    got = by_due(d)
    assert got["09-01"][0] == HELPERS and got["09-22"][0] == HELPERS


def test_variant_other_heads_the_sender_clause_in_a_word_row(tmp_path):
    table = PAIRS.replace("帮扶部门", "联系部门").replace("结对乡镇", "联系乡镇")
    d = pairing_draft(tmp_path, "联系乡镇配合填写帮扶台账（Excel格式），由各联系部门于九月一日十六时前统一发送至jccl_jdbf@163.com。",
                      table)
    assert by_due(d)["09-01"][0] == HELPERS


def test_variant_the_column_on_the_left(tmp_path):
    table = "序号\t帮扶部门\t结对乡镇\n1\t建昌县民政局\t建昌镇人民政府\n2\t建昌县卫生健康局\t玲珑塔镇人民政府\n" \
            "3\t建昌县人力资源和社会保障局\t雷家店乡人民政府"
    d = pairing_draft(tmp_path, "帮扶台账（Excel格式）由帮扶部门于九月一日十六时前发送至jccl_jdbf@163.com。", table)
    assert by_due(d)["09-01"][0] == HELPERS


def test_near_miss_a_column_named_but_not_as_the_sender(tmp_path):
    d = pairing_draft(tmp_path, "请下表所列单位于九月一日十六时前将帮扶台账（Excel格式）发送至jccl_jdbf@163.com，"
                                "台账须经帮扶部门审核。")
    assert "建昌镇" in by_due(d)["09-01"][0] and "县民政局" in by_due(d)["09-01"][0]


# ---------------------------------------------------------------- 3199: 表一所列乡镇于A前、表二所列部门于B前

TWO_TABLES = "表一：乡镇\n序号\t单位\n1\t建昌镇人民政府\n2\t八家子镇人民政府\n3\t和尚房子乡人民政府\n" \
             "表二：县直部门\n序号\t单位\n1\t建昌县工业和信息化局\n2\t建昌县热电有限公司\n3\t建昌县住房和城乡建设局\n4\t建昌县交通运输局"


def greenhouse_draft(tmp_path, sentence: str, tables: str = TWO_TABLES):
    return draft(tmp_path, "建昌县节能减排工作领导小组办公室", "关于做好温室气体排放基础数据统计工作的通知",
                 "现组织开展温室气体排放基础数据统计。" + sentence + "\n" + tables + "\n八月中旬将对报送数据进行抽样核查。")


def assert_each_table_its_day(d):
    got = by_due(d)
    assert sorted(got) == ["07-23", "08-06"]
    assert got["07-23"][0] == ["八家子镇", "和尚房子乡", "建昌镇"]
    assert got["08-06"][0] == ["县交通局", "县住建局", "县工信局"]


def test_two_tables_each_its_own_day_in_one_sentence(tmp_path):
    assert_each_table_its_day(greenhouse_draft(
        tmp_path, "请表一所列乡镇于七月二十三日（星期三）十六时前、表二所列部门于八月六日（星期三）前，"
                  "将温室气体排放基础数据统计表（Excel格式）发送至jcjnjp_wq@163.com。"))


def test_variant_tables_numbered_in_figures_with_units_words(tmp_path):
    assert_each_table_its_day(greenhouse_draft(
        tmp_path, "请表1所列单位于7月23日16时前、表2所列单位于8月6日前，将温室气体排放基础数据统计表（Excel格式）"
                  "发送至jcjnjp_wq@163.com。", TWO_TABLES.replace("表一：乡镇", "表1:乡镇").replace("表二：县直部门", "表2:县直部门")))


def test_variant_two_sentences_each_its_table(tmp_path):
    assert_each_table_its_day(greenhouse_draft(
        tmp_path, "请表一所列乡镇于7月23日16时前将温室气体排放基础数据统计表（Excel格式）发送至jcjnjp_wq@163.com。"
                  "表二所列部门于8月6日前将温室气体排放基础数据统计表（Excel格式）发送至jcjnjp_wq@163.com。"))


def test_near_miss_a_statistics_table_numbered_is_still_the_paper(tmp_path):
    d = greenhouse_draft(tmp_path, "请下表所列单位于7月23日16时前将统计表一（Excel格式）发送至jcjnjp_wq@163.com。",
                         "序号\t单位\n1\t建昌镇人民政府\n2\t建昌县交通运输局")
    assert [r.due.strftime("%m-%d") for r in d.requirements] == ["07-23"]
    assert sorted(d.requirements[0].units) == ["县交通局", "建昌镇"]

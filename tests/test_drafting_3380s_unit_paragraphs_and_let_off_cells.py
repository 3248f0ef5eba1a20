"""What held-out notices 3387 and 3391 showed the drafter missing (fixed on branch h-fixn166f), on notice texts written
for these tests, with near misses that must not change:
- 3387: one paragraph per unit, each opening with the unit and a colon (`建昌县自然资源局：请于…前报送…说明（Word格式）。`):
  two units' paragraphs asking the same paper on the same day are one requirement, as rows of one paper and day are
  (asks/unit_paragraphs.py), and an off-roster body's paragraph (`建昌县国有林场：请于…`) is no requirement
  (units.SUBJECT_UNIT);
- 3391: a table `序号 | 单位 | 排查重点` under `请下表所列单位…` whose row says `本次不报送` in its only other cell: that
  unit is let off every paper the table's rows are asked (paper_columns._rows_sending, let_off_rows.row_lets_off)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def units_by_due(d) -> list[tuple[str, list[str]]]:
    return [(r.due.strftime("%m-%d %H:%M"), sorted(r.units)) for r in d.requirements]


# ---------------------------------------------------------------- 3387: 县A：请于…前报送X。 县B：请于…前报送X。


def audit(tmp_path, paragraphs: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县审计局", "关于做好领导干部自然资源资产离任审计资料准备工作的通知", "有关单位",
        "为保证审计顺利实施，请下列单位按各自段落所列事项准备资料，发送至jcsj_lrsj@163.com。\n"
        f"{paragraphs}\n以上资料如涉及涉密内容，请按保密规定另行报送纸质材料。", "3173年5月11日",
        contact="郑晓东，电话：0429-7511856"))


def test_two_bureaus_paragraphs_of_one_paper_and_day_are_one_requirement(tmp_path):
    d = audit(tmp_path, "建昌县自然资源局：请于5月22日（星期二）16时前报送辖区自然资源资产变化情况说明（Word格式）。\n"
                        "建昌县林业和草原局：请于5月22日（星期二）16时前报送辖区自然资源资产变化情况说明（Word格式）。\n"
                        "建昌县国有林场：请于5月22日（星期二）16时前报送林场经营管理情况说明（Word格式）。\n"
                        "喇嘛洞镇人民政府：请于6月4日（星期一）前报送自然资源资产实物量变化统计表（Excel格式）。")
    assert units_by_due(d) == [("05-22 16:00", ["县林草局", "县自然资源局"]), ("06-04 23:59", ["喇嘛洞镇"])]


def test_variant_paragraphs_without_qing_and_a_farm_of_another_kind(tmp_path):
    d = audit(tmp_path, "县教育局：于5月22日前报送校舍资产变动情况统计表（Excel格式）。\n"
                        "建昌县种畜场：于5月22日前报送场区土地使用情况说明（Word格式）。\n"
                        "县卫健局：于5月22日前报送校舍资产变动情况统计表（Excel格式）。")
    assert units_by_due(d) == [("05-22 23:59", ["县卫健局", "县教育局"])]


def test_variant_a_paragraph_headed_by_two_units(tmp_path):
    d = audit(tmp_path, "县水利局、县农业农村局：请于5月22日16时前报送水资源资产变化情况说明（Word格式）。\n"
                        "建昌县自然资源局：请于5月22日16时前报送水资源资产变化情况说明（Word格式）。")
    assert units_by_due(d) == [("05-22 16:00", ["县农业农村局", "县水利局", "县自然资源局"])]


def test_near_miss_paragraphs_of_two_papers_on_one_day_stay_apart(tmp_path):
    d = audit(tmp_path, "建昌县自然资源局：请于5月22日16时前报送辖区自然资源资产变化情况说明（Word格式）。\n"
                        "建昌县林业和草原局：请于5月22日16时前报送林地保护利用情况统计表（Excel格式）。")
    assert units_by_due(d) == [("05-22 16:00", ["县自然资源局"]), ("05-22 16:00", ["县林草局"])]


def test_near_miss_one_paper_on_two_days_stays_apart(tmp_path):
    d = audit(tmp_path, "建昌县自然资源局：请于5月22日16时前报送辖区自然资源资产变化情况说明（Word格式）。\n"
                        "建昌县林业和草原局：请于5月29日16时前报送辖区自然资源资产变化情况说明（Word格式）。")
    assert units_by_due(d) == [("05-22 16:00", ["县自然资源局"]), ("05-29 16:00", ["县林草局"])]


# ---------------------------------------------------------------- 3391: 5 | 建昌县农业农村局 | 本次不报送


def pollutants(tmp_path, rows: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县生态环境局", "关于开展新污染物环境风险排查自查整改工作的通知", "有关单位",
        "请下表所列单位对本行业涉新污染物生产使用情况进行自查，于7月14日（星期一）16时前将自查报告（Word格式）发送至"
        "jcsthj_xwr@163.com；对发现的问题立行立改，于8月11日前将整改报告（Word格式，附整改佐证截图）发送至上述邮箱。\n"
        f"{rows}", "3175年7月1日", contact="马晓丽，电话：0429-7515390"))


THREE = ["八家子经济开发区", "县卫健局", "县工信局"]


def test_a_row_let_off_in_its_focus_cell_sends_neither_paper(tmp_path):
    d = pollutants(tmp_path, "序号\t单位\t排查重点\n1\t建昌县工业和信息化局\t重点行业企业化学物质生产使用情况\n"
                             "2\t八家子经济开发区管委会\t园区企业化学物质使用和排放情况\n3\t建昌县卫生健康局\t医疗机构抗生素使用情况\n"
                             "4\t辽宁建昌精细化工有限公司\t企业自查（由八家子经济开发区管委会汇总，不单独报送）\n"
                             "5\t建昌县农业农村局\t本次不报送")
    assert units_by_due(d) == [("07-14 16:00", THREE), ("08-11 23:59", THREE)]


def test_variant_rows_numbered_in_words_and_a_reason_before_the_let_off(tmp_path):
    d = pollutants(tmp_path, "序号\t单位\t工作内容\n一\t建昌县工业和信息化局\t重点行业排查\n二\t八家子经济开发区管委会\t"
                             "园区企业排查\n三\t建昌县卫生健康局\t医疗机构排查\n四\t建昌县农业农村局\t农药使用另行部署，本次不报送")
    assert units_by_due(d) == [("07-14 16:00", THREE), ("08-11 23:59", THREE)]


def test_variant_a_let_off_of_another_wording_and_empty_cells(tmp_path):
    d = pollutants(tmp_path, "序号\t单位\t排查重点\t备注\n1\t建昌县工业和信息化局\t重点行业排查\t\n"
                             "2\t八家子经济开发区管委会\t园区企业排查\t\n3\t建昌县卫生健康局\t医疗机构排查\t\n"
                             "4\t建昌县农业农村局\t此次无需报送\t—")
    assert units_by_due(d) == [("07-14 16:00", THREE), ("08-11 23:59", THREE)]


def test_near_miss_a_row_let_off_a_paper_form_only_still_sends(tmp_path):
    d = pollutants(tmp_path, "序号\t单位\t排查重点\n1\t建昌县工业和信息化局\t重点行业排查\n2\t八家子经济开发区管委会\t园区企业排查\n"
                             "3\t建昌县卫生健康局\t医疗机构排查\n4\t建昌县农业农村局\t本次不报送纸质材料")
    four = sorted([*THREE, "县农业农村局"])
    assert units_by_due(d) == [("07-14 16:00", four), ("08-11 23:59", four)]

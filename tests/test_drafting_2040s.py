"""What held-out notices 2040–2059 showed the drafter missing (fixed on branch h-fixn102a), on notice texts written for
these tests, each with a near miss that must not change: a unit's own subordinates named before what it sends
(`报送所属单位…统计表（Excel格式）`, 2043) are whose the file is, not where it goes; two files of one thing (its table and
its drawing: `…防空地下室统计表（Excel格式）和防空地下室平面图（DWG格式）`) are both sent by every unit a `分别` names (2043); a
bureau's own field unit (`县公安局网安大队`) is the bureau (2048); CSV is a spreadsheet's format, and a thing no material
word names, too long a name for one thing, is what follows the 的 of the verb that made it (`平台导出的`, 2055); a file in TIF is a scan (2041)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()


def draft(body: str, addressed: str = "县教育局、县民政局"):
    text = (f"关于开展2690年校舍安全排查工作的通知\n{addressed}：\n{body}\n报送邮箱：jcaq_pc@163.com\n"
            f"联系人：赵敏  联系电话：0429-7712345\n\n建昌县住房和城乡建设局\n2690年5月6日\n")
    return draft_campaign(text, ROSTER)


def shapes(requirement) -> list[str]:
    return sorted("sheet" if set(p.get("formats") or []) & {"xlsx", "csv"} else p["kind"] for p in requirement.parts)


def test_the_subordinates_named_before_a_file_are_whose_it_is():
    c = draft("一、县教育局于6月3日（星期一）前报送校舍排查表（Excel格式）。"
              "二、县民政局于6月10日（星期一）前，报送所属单位养老机构房屋台账（Excel格式）。")
    assert [r.units for r in c.requirements] == [["县教育局"], ["县民政局"]]


def test_near_miss_a_file_sent_on_to_the_unit_where_it_is_made_stays_out():
    c = draft("一、县教育局于6月3日（星期一）前报送校舍排查表（Excel格式）。"
              "二、各养老机构于6月10日（星期一）前将自查表报所属单位审核，不直接报送本局。")
    assert [r.units for r in c.requirements] == [["县教育局"]]


def test_two_files_of_one_thing_are_sent_by_every_unit_respectively():
    (r,) = draft("县教育局、县民政局于6月10日（星期一）前，分别报送所属学校教学楼抗震排查表（Excel格式）"
                 "和教学楼抗震加固设计图（Word格式）。").requirements
    assert sorted(r.units) == ["县教育局", "县民政局"] and shapes(r) == ["document", "sheet"]


def test_near_miss_files_of_different_things_in_two_formats_are_one_a_unit():
    c = draft("县教育局、县民政局于6月10日（星期一）前，分别报送校舍维修资金拨付明细（Excel格式）和养老机构隐患整改清单（Word格式）。")
    assert [(r.units, shapes(r)) for r in c.requirements] == [(["县教育局"], ["sheet"]), (["县民政局"], ["document"])]


def test_near_miss_a_list_of_like_files_in_one_format_is_one_each():
    (r,) = draft("县教育局、县民政局于6月10日（星期一）前，分别报送学校校舍排查名录、养老机构房屋排查名录（Excel格式）。").requirements
    assert shapes(r) == ["sheet"]


def test_a_bureaus_own_field_unit_is_the_bureau():
    c = draft("一、县教育局于6月3日（星期一）前报送校舍排查表（Excel格式）。"
              "二、县交通局路政大队于6月10日（星期一）前报送沿线桥涵排查情况（Word格式）。", "县教育局、县交通局")
    assert [r.units for r in c.requirements] == [["县教育局"], ["县交通局"]]


def test_near_miss_a_field_unit_of_no_roster_bureau_stays_out():
    c = draft("一、县教育局于6月3日（星期一）前报送校舍排查表（Excel格式）。"
              "二、县消防救援大队于6月10日（星期一）前报送消防设施检查情况（Word格式）。", "县教育局")
    assert [r.units for r in c.requirements] == [["县教育局"]]


def test_data_exported_as_csv_is_a_sheet():
    (r,) = draft("县教育局、县民政局于6月10日（星期一）前，报送排查系统导出的数据（CSV格式）。").requirements
    assert shapes(r) == ["sheet"]


def test_csv_spaced_from_its_noun_as_a_pdf_writes_it_is_a_sheet_too():
    (r,) = draft("县教育局、县民政局于6月10日（星期一）前，报送排查系统导出的数据（CSV 格式）。").requirements
    assert shapes(r) == ["sheet"]


def test_a_long_name_with_no_material_word_is_the_thing_the_verb_made():
    (r,) = draft("县教育局、县民政局于6月10日（星期一）前，报送全县校舍安全信息管理平台导出的年度排查数据（Excel格式）。"
                 ).requirements
    assert shapes(r) == ["sheet"] and r.parts[0]["title"] == "年度排查数据"


def test_near_miss_a_long_name_of_a_place_not_a_making_stays_whole():
    from collector.drafting import requirements as req
    assert req.material_names("县教育局：全县城乡中小学校舍周边的交通安全隐患排查数据（Excel格式），于6月10日前报送") == []


def test_near_miss_data_in_word_stays_a_document():
    (r,) = draft("县教育局、县民政局于6月10日（星期一）前，报送排查系统导出的数据分析（Word格式）。").requirements
    assert shapes(r) == ["document"]


def scan_shaped(part: dict) -> bool:
    return bool(part.get("formats")) and set(part["formats"]) <= {"pdf", "ofd", "jpg", "jpeg", "png", "tif", "tiff"}


def test_a_file_in_tif_is_a_scan_whatever_its_name():
    (r,) = draft("县教育局、县民政局于6月10日（星期一）前，报送排查台账（Excel格式）和档案扫描样页（TIF格式，分辨率不低于300dpi）。"
                 ).requirements
    assert shapes(r) == ["document", "sheet"] and any(scan_shaped(p) for p in r.parts)


def test_near_miss_a_scanning_report_in_word_is_a_document():
    (r,) = draft("县教育局、县民政局于6月10日（星期一）前，报送排查台账（Excel格式）和档案扫描工作说明（Word格式）。").requirements
    assert not any(scan_shaped(p) for p in r.parts)

"""What held-out notices 2140–2159 showed the drafter missing in the parts (fixed on branch h-fixn107a), on notice texts
written for these tests, each with a near miss that must not change: a point map or drawings asked in a picture's
format (`抽样地块点位图（JPG格式）`, a table row's `城区回收站点点位图（PNG格式）`, `施工图纸`) are an image file, as a
示意图 is (2146, 2157); a flyer or a compilation (`宣传单和明白纸（PDF格式）`, `活动方案和楹联作品汇编（Word格式）`) is a
material, so two joined under one bracket are two files (2148, 2150); a material a clause says need not be sent
(`答题信息在线填报，无需另行报送名单`) is no part (2150)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县水利局", "关于开展2733年农村饮水安全排查的通知", "各乡镇人民政府，县住建局", body, "2733年4月2日",
        opening="为保障农村饮水安全，现将有关事项通知如下：", mailbox="jcslj_ys2733@163.com",
        contact="白雪  联系电话：0429-7421190"))


def shapes(requirement) -> list[str]:
    """Each part's kind, with its first format where it has one (document/xlsx, photo …), sorted."""
    return sorted(f"{p['kind']}/{(p.get('formats') or [''])[0]}".rstrip("/") for p in requirement.parts)


# ---------------------------------------------------------------- 2146, 2157: 点位图 / 图纸 in a picture's format


SURVEY = "一、各乡镇人民政府于4月20日（星期四）前报送《村级水源普查表》（Excel格式）及{what}。"


def test_a_point_map_in_a_picture_format_is_an_image_file_beside_the_table(tmp_path):
    (r,) = draft(tmp_path, SURVEY.format(what="集中供水点点位图（PNG格式）")).requirements
    assert shapes(r) == ["document/jpg", "document/xlsx"]


def test_drawings_named_as_such_in_a_picture_format_are_an_image_file(tmp_path):
    (r,) = draft(tmp_path, SURVEY.format(what="新建水厂施工图纸（JPG格式）")).requirements
    assert shapes(r) == ["document/jpg", "document/xlsx"]
    assert "新建水厂施工图纸" in [p["title"] for p in r.parts]


def test_a_table_rows_point_map_in_png_is_an_image_file(tmp_path):
    body = ("各单位报送材料及时限如下：\n单位\t报送材料\t报送时限\n各乡镇人民政府\t农村供水工程台账（Excel格式）\t4月15日前\n"
            "县住建局\t城区二次供水泵房点位图（PNG格式）\t4月18日十六时前")
    towns, housing = draft(tmp_path, body).requirements
    assert housing.units == ["县住建局"] and shapes(housing) == ["document/jpg"]
    assert housing.parts[0]["title"] == "城区二次供水泵房点位图"


def test_near_miss_a_table_of_points_and_photos_of_them_keep_their_kinds(tmp_path):
    (r,) = draft(tmp_path, SURVEY.format(what="水源地监测点位统计表（Excel格式）、监测点位照片（JPG格式）")).requirements
    assert shapes(r) == ["document/xlsx", "document/xlsx", "photo"]


# ---------------------------------------------------------------- 2148, 2150: 汇编, 宣传单, 明白纸 under one bracket


def test_a_plan_and_a_compilation_under_one_word_bracket_are_two_files(tmp_path):
    (r,) = draft(tmp_path, "一、各乡镇人民政府于4月20日前报送本乡镇宣传方案和节水征文作品汇编（Word格式）。").requirements
    assert shapes(r) == ["document/docx", "document/docx"]
    assert sorted(p["title"] for p in r.parts) == ["宣传方案", "节水征文作品汇编"]


def test_a_flyer_and_an_explainer_under_one_pdf_bracket_are_two_files(tmp_path):
    (r,) = draft(tmp_path, "一、各乡镇人民政府于4月20日前报送本乡镇印制的节水宣传单和明白纸（PDF格式）及入户宣传照片。"
                 ).requirements
    assert shapes(r) == ["document/pdf", "document/pdf", "photo"]


def test_near_miss_works_compiled_into_a_book_name_no_compilation(tmp_path):
    (r,) = draft(tmp_path, "一、各乡镇人民政府将节水征文作品汇编成册，于4月20日前报送征文活动总结（Word格式）。").requirements
    assert shapes(r) == ["document/docx"] and r.parts[0]["title"] == "征文活动总结"


# ---------------------------------------------------------------- 2150: …在线填报，无需另行报送名单


def test_a_material_a_clause_says_need_not_be_sent_is_no_part(tmp_path):
    (r,) = draft(tmp_path, "二、县住建局组织职工扫码参加节水知识答题，答题信息在线填报，无需另行报送名单；"
                           "请于4月21日前报送本单位答题完成情况截图。").requirements
    assert shapes(r) == ["photo"]


def test_near_miss_a_let_off_naming_no_material_leaves_the_material_asked(tmp_path):
    (r,) = draft(tmp_path, "二、县住建局组织职工扫码参加节水知识答题，答题信息在线填报，无需另行报送；"
                           "请于4月21日前报送本单位参赛职工名单（Excel格式）。").requirements
    assert shapes(r) == ["document/xlsx"]

"""What held-out notices 2100–2119 showed the drafter missing in the parts (fixed on branch h-fixn105a), on notice texts
written for these tests, each with a near miss that must not change: a ledger the section builds
(`二、建立…台账。…填写《…台账》（Excel格式）`) is the form filled in, no second sheet (2102); two names under one plain PDF
bracket (`…宣传册和…设计稿（PDF格式）`) are two PDF files, no stamped scan (2106); a map drawn in a picture's format
(`…示意地图（JPG格式）`) is an image file of it (2111); an online sign-up sending nothing (`…扫码在线填写…信息，不需报送纸质或电子
报名表`) is no requirement, and a 幻灯片 is a deck (2113)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shape


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府",
          title: str = "关于做好2720年秋冬季森林防火工作的通知"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县林业和草原局", title, addressee, body, "2720年10月9日",
        opening="为做好秋冬季森林防火工作，现将有关事项通知如下。",
        mailbox="jclcj_fh2720@163.com",
        contact="宋佳  联系电话：0429-7714452"))


def parts(r) -> list[tuple[str, str]]:
    return sorted((p["title"], part_shape(p)) for p in r.parts)


# ---------------------------------------------------------------- 2102: 建立…台账 … 填写《…台账》


def test_a_ledger_built_is_the_form_filled_in(tmp_path):
    (r,) = draft(tmp_path, "一、建立护林员巡山台账。各乡镇要以行政村为单位，逐一登记护林员巡山路线和巡护时间，"
                           "填写《秋冬季护林员巡山情况台账》（Excel格式）。以上材料请于10月20日（星期五）前报送。").requirements
    assert parts(r) == [("秋冬季护林员巡山情况台账", "sheet")]


def test_near_miss_a_ledger_not_built_beside_the_form_is_a_second_sheet(tmp_path):
    (r,) = draft(tmp_path, "一、巡山登记。各乡镇要以行政村为单位，逐一登记护林员巡山路线，填写《秋冬季护林员巡山情况台账》"
                           "（Excel格式），并报送护林员花名册（Excel格式）。以上材料请于10月20日（星期五）前报送。").requirements
    assert parts(r) == [("护林员花名册", "sheet"), ("秋冬季护林员巡山情况台账", "sheet")]


# ---------------------------------------------------------------- 2106: 宣传册和宣传海报设计稿（PDF格式）


def test_two_names_under_one_plain_pdf_bracket_are_two_pdf_files(tmp_path):
    (r,) = draft(tmp_path, "一、宣传材料。各乡镇设计制作森林防火宣传画册和防火宣传海报设计稿（PDF格式），"
                           "于10月20日（星期五）前发送至邮箱。").requirements
    assert parts(r) == [("森林防火宣传画册", "scan"), ("防火宣传海报设计稿", "scan")]
    assert all(p["formats"] == ["pdf"] and "盖章" not in p["title"] for p in r.parts)


def test_near_miss_a_pdf_bracket_saying_the_stamp_is_still_the_stamped_scan(tmp_path):
    (r,) = draft(tmp_path, "一、宣传材料。各乡镇制定森林防火宣传工作方案（PDF格式，加盖公章），"
                           "于10月20日（星期五）前发送至邮箱。").requirements
    (part,) = r.parts
    assert (part["id"], part["title"], part["formats"]) == ("stamped", "森林防火宣传工作方案盖章PDF版", ["pdf"])


# ---------------------------------------------------------------- 2111: 绘制…示意地图（JPG格式，标注…）


def test_a_map_drawn_as_a_picture_is_an_image_file(tmp_path):
    (r,) = draft(tmp_path, "一、防火通道。各乡镇填写《防火通道建设情况表》（Excel格式），并绘制辖区防火通道分布地图"
                           "（PNG格式，标注已建和拟建路段），于10月20日（星期五）前发送至邮箱。").requirements
    assert parts(r) == [("防火通道分布地图", "scan"), ("防火通道建设情况表", "sheet")]
    assert next(p for p in r.parts if "地图" in p["title"])["formats"] == ["jpg", "jpeg", "png"]


def test_near_miss_photos_in_a_picture_format_stay_photos(tmp_path):
    (r,) = draft(tmp_path, "一、防火通道。各乡镇填写《防火通道建设情况表》（Excel格式），并拍摄防火通道现场照片"
                           "（PNG格式，不少于3张），于10月20日（星期五）前发送至邮箱。").requirements
    assert parts(r) == [("防火通道建设情况表", "sheet"), ("防火通道现场照片", "photo")]


# ---------------------------------------------------------------- 2113: …在线填写个人信息，不需报送纸质或电子报名表


def test_an_online_sign_up_sending_nothing_is_no_requirement(tmp_path):
    c = draft(tmp_path, "一、学员报名。请各乡镇于10月13日（星期五）前扫码在线填写参训护林员信息，不需报送纸质或电子报名表。\n"
                        "二、材料报送。各乡镇于10月20日（星期五）前将培训组织方案（Word格式）发送至邮箱。")
    assert [r.title for r in c.requirements] == ["培训组织方案"]


def test_near_miss_an_online_sign_up_with_its_form_mailed_is_still_a_requirement(tmp_path):
    c = draft(tmp_path, "一、学员报名。请各乡镇于10月13日（星期五）前扫码在线填写参训护林员信息，不需报送纸质报名表，"
                        "报名汇总表（Excel格式）发送至邮箱。\n"
                        "二、材料报送。各乡镇于10月20日（星期五）前将培训组织方案（Word格式）发送至邮箱。")
    assert len(c.requirements) == 2


# ---------------------------------------------------------------- 2113: 赛项介绍幻灯片（PPT格式）


def test_slides_named_so_beside_a_word_plan_are_a_deck_of_their_own(tmp_path):
    (r,) = draft(tmp_path, "一、培训准备。各乡镇制定护林员培训方案（Word格式）和授课幻灯片（PPT格式），"
                           "于10月20日（星期五）前发送至邮箱。").requirements
    assert sorted((p["title"], p["formats"][0]) for p in r.parts) == [("护林员培训方案", "docx"), ("授课幻灯片", "pptx")]


def test_near_miss_slides_as_the_way_a_report_is_shown_are_no_deck(tmp_path):
    (r,) = draft(tmp_path, "一、培训准备。各乡镇制定护林员培训方案（Word格式），于10月20日（星期五）前发送至邮箱，"
                           "培训时以幻灯片形式讲解。").requirements
    assert [(p["title"], p["formats"][0]) for p in r.parts] == [("护林员培训方案", "docx")]


def test_near_miss_a_table_under_a_plain_pdf_bracket_is_one_pdf_file(tmp_path):
    (r,) = draft(tmp_path, "一、宣传材料。各乡镇填写森林防火宣传活动汇总表（PDF格式），于10月20日（星期五）前发送至邮箱。").requirements
    assert [(part_shape(p), p["formats"]) for p in r.parts] == [("scan", ["pdf"])]

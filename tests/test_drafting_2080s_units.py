"""What held-out notices 2080–2099 showed the drafter missing in the requests and units (fixed on branch h-fixn104b), on
notice texts written for these tests, each with a near miss that must not change: a day named as another unit's,
its hour in a clause of its own (`…，与各乡镇同日报送，时间为17:30前`, 2098); a unit let off the materials of the matter
asked, after the duty it does instead (`县统计局负责提供相关基础数据，不单独报送项目材料`, 2082); a co-signer let off the
ask by its own verb, its role between (`县文旅局作为联合主办单位不另行推荐作品`, 2088), and a design's source file asked
in its format (`LOGO矢量源文件（AI格式）`, 2088), a display board a file of its own and what it is to hold none
(`A3尺寸展板（PDF格式），展板中须附…创意说明`, 2088); a unit a later section joins to the ask above, with no date of its own
(`县水利局…一并纳入本次排查，按上述要求和时间报送排查台账`, 2094)."""

from __future__ import annotations

import datetime as dt

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县公安局、县教育局",
          title: str = "关于开展乡村道路标志标线排查的通知"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县交通运输局", title, addressee, body, "2706年3月2日",
        opening="为保障群众出行安全，现将有关事项通知如下。",
        contact="刘洋  联系电话：0429-7716031"))


def moments(c):
    return [r.due.replace(tzinfo=None) for r in c.requirements]


# ---------------------------------------------------------------- 2098: …，与各乡镇同日报送，时间为17:30前


def test_a_day_named_as_another_units_with_an_hour_of_its_own(tmp_path):
    c = draft(tmp_path, "（一）各乡镇填写《道路标志标线排查表》（Excel格式），于3月20日前发送至jcjtj_bz@163.com。\n"
                        "（二）县公安局就标线缺失路段提出整改建议（Word格式），与各乡镇同日报送，时间为下午4时前。")
    assert moments(c) == [dt.datetime(2706, 3, 20, 23, 59, 59), dt.datetime(2706, 3, 20, 16, 0)]
    assert c.requirements[1].units == ["县公安局"]


def test_near_miss_sent_with_a_material_is_no_day_of_another(tmp_path):
    c = draft(tmp_path, "（一）各乡镇填写《道路标志标线排查表》（Excel格式），于3月20日前发送至jcjtj_bz@163.com。\n"
                        "（二）县公安局于3月25日前报送标线缺失路段整改建议（Word格式），与排查表分开报送。")
    assert moments(c) == [dt.datetime(2706, 3, 20, 23, 59, 59), dt.datetime(2706, 3, 25, 23, 59, 59)]
    assert c.requirements[1].units == ["县公安局"]


# ---------------------------------------------------------------- 2082: …负责提供相关基础数据，不单独报送项目材料


DEPARTMENTS = "县直各部门"


def test_a_unit_let_off_the_materials_of_the_matter_asked(tmp_path):
    (r,) = draft(tmp_path, "一、各部门梳理本系统拟实施的道路项目，填写《道路项目需求表》（Excel格式），于3月20日前发送至"
                           "jcjtj_bz@163.com。\n县统计局负责提供相关统计数据，不单独报送项目材料。", DEPARTMENTS).requirements
    assert "县统计局" not in r.units and "县公安局" in r.units


def test_near_miss_materials_of_another_matter_let_no_unit_off(tmp_path):
    (r,) = draft(tmp_path, "一、各部门梳理本系统拟实施的道路项目，填写《道路项目需求表》（Excel格式），于3月20日前发送至"
                           "jcjtj_bz@163.com。\n县统计局负责提供相关统计数据，不单独报送培训材料。", DEPARTMENTS).requirements
    assert "县统计局" in r.units and "县公安局" in r.units


# ---------------------------------------------------------------- 2088: 县文旅局作为联合主办单位不另行推荐作品


PHOTOS = ("（一）各部门组织干部职工参与，每单位推荐作品不少于2件，报送摄影作品电子版（JPG格式）。请于4月8日前发送至"
          "jcjtj_bz@163.com。{excuse}\n")


def test_a_co_signer_let_off_the_ask_by_its_verb(tmp_path):
    (r,) = draft(tmp_path, PHOTOS.format(excuse="县文旅局作为联合主办单位不另行推荐作品。"), DEPARTMENTS).requirements
    assert "县文旅局" not in r.units and "县公安局" in r.units


def test_near_miss_a_role_with_no_let_off_keeps_the_unit(tmp_path):
    (r,) = draft(tmp_path, PHOTOS.format(excuse="县文旅局作为联合主办单位负责组织评审。"), DEPARTMENTS).requirements
    assert "县文旅局" in r.units and "县公安局" in r.units


def test_a_design_source_asked_in_its_format_is_a_part(tmp_path):
    (r,) = draft(tmp_path, "各部门于4月8日前将标识设计源文件（AI格式）发送至jcjtj_bz@163.com。", DEPARTMENTS).requirements
    assert [p.get("formats") for p in r.parts] == [["ai"]]


def test_near_miss_an_ai_word_inside_a_bracket_is_no_format(tmp_path):
    (r,) = draft(tmp_path, "各部门于4月8日前将标识设计说明（AI辅助设计的须注明）发送至jcjtj_bz@163.com。",
                 DEPARTMENTS).requirements
    assert all("ai" not in (p.get("formats") or []) for p in r.parts)



def test_a_board_is_a_file_of_its_own(tmp_path):
    (r,) = draft(tmp_path, "各部门于4月8日前将工作方案（Word格式）和宣传展板（PDF格式）发送至jcjtj_bz@163.com。",
                 DEPARTMENTS).requirements
    assert sorted(p.get("formats", [""])[0] for p in r.parts) == ["docx", "pdf"]


def test_near_miss_a_note_on_the_board_is_one_document(tmp_path):
    (r,) = draft(tmp_path, "各部门于4月8日前将宣传展板制作情况说明（Word格式）发送至jcjtj_bz@163.com。",
                 DEPARTMENTS).requirements
    assert [p.get("formats") for p in r.parts] == [["docx", "doc", "wps"]]


def test_what_a_file_is_to_hold_is_no_file_of_its_own(tmp_path):
    (r,) = draft(tmp_path, "各部门于4月8日前将工作方案（Word格式）发送至jcjtj_bz@163.com，方案中须附不超过200字的编制说明。",
                 DEPARTMENTS).requirements
    assert len(r.parts) == 1


def test_near_miss_a_note_sent_beside_the_file_is_a_file(tmp_path):
    (r,) = draft(tmp_path, "各部门于4月8日前将工作方案（Word格式）发送至jcjtj_bz@163.com，并附不超过200字的编制说明。",
                 DEPARTMENTS).requirements
    assert len(r.parts) == 2


# ---------------------------------------------------------------- 2094: …一并纳入本次排查，按上述要求和时间报送排查台账


JOINED = ("一、报送要求\n县住建局、县交通局《道路安全隐患排查台账》（Excel格式）于3月20日17时前发送至jcjtj_bz@163.com。\n"
          "二、增加报送单位\n县水利局涉路工程较多，一并纳入本次排查，{ask}。")
ADDRESSED = "县住建局、县交通局、县水利局"


def test_a_unit_joined_by_a_later_section_sends_as_above(tmp_path):
    (r,) = draft(tmp_path, JOINED.format(ask="按上述要求和时间报送排查台账"), ADDRESSED).requirements
    assert r.units == ["县住建局", "县交通局", "县水利局"] and r.due.replace(tzinfo=None) == dt.datetime(2706, 3, 20, 17)


def test_near_miss_a_joined_unit_with_a_date_of_its_own_sends_apart(tmp_path):
    c = draft(tmp_path, JOINED.format(ask="于3月27日前报送排查台账"), ADDRESSED)
    assert [r.units for r in c.requirements] == [["县住建局", "县交通局"], ["县水利局"]]

"""What held-out notices 2440–2459 showed the drafter missing in what a requirement asks (fixed on branch h-fixn122b),
on notice texts written for these tests, each with a near miss that must not change: the sentence above 将上述材料报送
that names each group's materials in a clause of its own gives each group its own (2448); the matter 对…进行全面自查
goes over is checked, not sent beside the report (2456)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

from test_drafting import part_shapes


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县直各部门",
          opening: str = "为推进农村人居环境整治工作，现将有关事项通知如下："):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县农业农村局", "关于报送2760年度农村人居环境整治材料的通知", addressee, body, "2760年4月2日",
        opening=opening,
        contact="王磊  联系电话：0429-7421136"))


# ---------------------------------------------------------------- 2448: 各乡镇报送A，并附B；县直各部门报送C。…将上述材料


GROUPS = ("一、报送内容\n{contents}\n二、报送时间\n"
          "请各乡镇于4月20日前、县直各部门于4月30日前，将上述材料报送至县农业农村局邮箱jcnyj_rjhj@163.com。")


def test_each_group_sends_the_materials_its_own_clause_names(tmp_path):
    towns, departments = draft(tmp_path, GROUPS.format(
        contents="各乡镇报送村庄清洁行动开展情况（Word格式），并附整治前后照片；"
                 "县直各部门报送《包村帮扶任务完成情况统计表》（Excel格式）。")).requirements
    assert part_shapes(towns) == ["document", "photo"]
    assert part_shapes(departments) == ["sheet"]


def test_near_miss_materials_named_for_all_groups_are_each_groups(tmp_path):
    towns, departments = draft(tmp_path, GROUPS.format(
        contents="各乡镇、县直各部门报送村庄清洁行动开展情况（Word格式）；"
                 "另附《包村帮扶任务完成情况统计表》（Excel格式）。")).requirements
    assert part_shapes(towns) == ["document", "sheet"]
    assert part_shapes(departments) == ["document", "sheet"]


# ---------------------------------------------------------------- 2456: 对…整改情况进行全面自查，…将自查报告…报送


# the opening names the report by its matter (整改情况自查报告), as 2456's does
REPORT_OPENING = "为压实整改责任，现就报送人居环境整改情况自查报告有关事项通知如下："
CHECK = ("一、请各乡镇对{matter}进行全面自查，于4月20日（星期四）前将{sent}报送至县农业农村局邮箱jcnyj_rjhj@163.com，"
         "并附《农村人居环境整治台账》（Excel格式）。")


def test_the_matter_a_self_check_goes_over_is_not_sent_beside_its_report(tmp_path):
    (r,) = draft(tmp_path, CHECK.format(matter="本年度人居环境问题的整改情况", sent="自查报告（Word格式）"),
                 addressee="各乡镇人民政府", opening=REPORT_OPENING).requirements
    assert [p["title"] for p in r.parts] == ["自查报告", "农村人居环境整治台账"]
    assert part_shapes(r) == ["document", "sheet"]


def test_near_miss_the_same_matter_sent_outside_the_check_is_still_sent(tmp_path):
    (r,) = draft(tmp_path, CHECK.format(matter="本年度人居环境问题", sent="整改情况（Word格式）"),
                 addressee="各乡镇人民政府", opening=REPORT_OPENING).requirements
    assert part_shapes(r) == ["document", "sheet"]

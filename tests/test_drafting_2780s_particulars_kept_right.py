"""What held-out notices 2780 and 2782 showed the drafter missing (fixed on branch h-fixn137h), on notice texts written
for these tests, with near misses that must not change: the particulars a list holds, said as what must be right or
kept up to date in it (`登记表中身份证号码、联系电话等信息须核对准确`, `人员调整、联系方式变化的及时更新`), are its
columns, no field asked of the mail (`list_columns.KEPT_RIGHT`); particulars sent (`报送联络员姓名及手机号码`) stay one."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县应急管理局", "关于做好灾害信息员信息登记工作的通知", "各乡镇人民政府", body, "2931年4月9日",
        opening="为做好灾害信息员队伍建设，现将有关事项通知如下。",
        mailbox="jcyjj_xxy2931@163.com", contact="孙海涛  电话：0429-7145519"))


def test_particulars_to_be_checked_in_the_sheet_are_its_columns(tmp_path):
    r = draft(tmp_path, "请各乡镇逐一摸底登记，认真填写《灾害信息员登记表》（Excel格式），于4月17日下午4点前发送至上述邮箱。"
                        "登记表中身份证号码、联系电话等信息须核对准确，不得漏报、错报。").requirements[0]
    assert part_shapes(r) == ["sheet"]


def test_particulars_changed_kept_up_to_date_are_the_rosters(tmp_path):
    r = draft(tmp_path, "各乡镇要对灾害信息员逐一核实，人员调整、联系方式变化的及时更新。核实后的《灾害信息员名册》"
                        "（Excel格式）请于4月17日16:00前发送至上述邮箱。").requirements[0]
    assert part_shapes(r) == ["sheet"]


def test_a_change_said_in_a_clause_then_updated_in_the_next(tmp_path):
    r = draft(tmp_path, "各乡镇要对信息员名单逐人核实，信息员姓名、手机号码发生变动的，要及时更新，于4月17日前将更新后的"
                        "信息员名单（Excel格式）报送。").requirements[0]
    assert part_shapes(r) == ["sheet"]


def test_particulars_to_be_written_truly_in_the_roster(tmp_path):
    r = draft(tmp_path, "请于4月17日前报送《灾害信息员花名册》（Excel格式），花名册内人员姓名、联系方式须如实填写、准确无误。"
                        ).requirements[0]
    assert part_shapes(r) == ["sheet"]


def test_near_miss_particulars_sent_besides_the_sheet_stay_a_field(tmp_path):
    r = draft(tmp_path, "请于4月17日前报送《灾害信息员名册》（Excel格式），同时报送本乡镇联络员姓名及手机号码，"
                        "名册中身份证号码须核对准确。").requirements[0]
    assert "field" in part_shapes(r) and "sheet" in part_shapes(r)


def test_near_miss_particulars_asked_alone_then_checked_stay_a_field(tmp_path):
    r = draft(tmp_path, "请各乡镇于4月17日前将本乡镇联络员姓名及手机号码发送至上述邮箱，手机号码须核对准确。").requirements[0]
    assert part_shapes(r) == ["field"]

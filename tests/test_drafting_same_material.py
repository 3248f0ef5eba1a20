"""A later clause of a sentence that sends with no object of its own (found by hand, 2026-12-05): `请各乡镇于6月15日前报送
安全生产月活动总结（Word格式），县直各部门于6月20日前报送` — the departments send the same 总结 by their own date
(`same_material.the_materials_said_before`). Before, their requirement was a `报送材料` with a part `材料`."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县安全生产委员会办公室", "关于报送2026年安全生产月活动总结的通知", "各乡镇人民政府，县直各部门", body,
        "2026年6月1日", opening="现将有关事项通知如下。", mailbox="jcaw_aqsc2026@163.com",
        contact="刘洋  联系电话：0429-7651111"))


def test_a_later_clause_naming_nothing_sends_what_the_clause_before_named(tmp_path):
    towns, departments = draft(tmp_path, "请各乡镇于6月15日前报送安全生产月活动总结（Word格式）和活动照片，县直各部门于6月20日前报送。"
                               ).requirements
    assert departments.title == towns.title and "安全生产月活动总结" in departments.title
    assert [p["kind"] for p in departments.parts] == [p["kind"] for p in towns.parts] == ["document", "photo"]
    assert departments.parts[0]["formats"][0] == "docx" and (departments.due.day, towns.due.day) == (20, 15)
    assert "建昌镇" in towns.units and "建昌镇" not in departments.units


def test_near_miss_a_later_clause_naming_its_own_material_keeps_it(tmp_path):
    _, departments = draft(tmp_path, "请各乡镇于6月15日前报送安全生产月活动总结，县直各部门于6月20日前报送工作计划。").requirements
    assert departments.title == "工作计划"


def test_near_miss_a_later_clause_with_its_own_object_is_not_given_the_one_before(tmp_path):
    _, departments = draft(tmp_path, "请各乡镇于6月15日前报送安全生产月活动总结，县直各部门于6月20日前将本系统隐患排查情况汇总后报送。"
                           ).requirements
    assert "活动总结" not in departments.title

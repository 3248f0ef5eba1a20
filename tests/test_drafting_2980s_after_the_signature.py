"""What held-out notices 2980–2999 showed the drafter missing (fixed on branch h-fixn149d), on notice texts written
for these tests, each with a near miss that must not change: a deadline written only on a line under the 落款, after a
label (`（材料报送截止时间：3月28日（星期一）下午5时。联系人：郑主任）`), is the notice's deadline (2988)."""

from __future__ import annotations

import datetime as dt

from drafting_helpers import draft_of_a_file

from test_drafting import part_shapes


def draft(tmp_path, under_the_date: str):
    text = "\n".join([
        "建昌县劳动人事争议仲裁委员会办公室", "关于开展仲裁案件质量评查的通知", "",
        "建昌县人力资源和社会保障局、建昌县司法局：",
        "　　请各成员单位填写《仲裁案件质量自评情况统计表》（Excel格式），并附典型案例1至2篇（Word格式），"
        "在规定时间内报送（报送时间见文末）。",
        "　　报送邮箱：jczcw_pc@163.com", "",
        "建昌县劳动人事争议仲裁委员会办公室", "2974年3月9日", "", under_the_date]) + "\n"
    return draft_of_a_file(tmp_path, text)


def _one(d):
    assert len(d.requirements) == 1, d.requirements
    r = d.requirements[0]
    assert set(r.units) == {"县人社局", "县司法局"}
    assert part_shapes(r) == ["document", "sheet"]
    return r


# ---------------------------------------------------------------- 2988: （材料报送截止时间：…）under the 落款


def test_a_labelled_deadline_under_the_date_is_the_notices(tmp_path):
    r = _one(draft(tmp_path, "（材料报送截止时间：3月28日（星期一）下午5时。联系人：郑主任）"))
    assert r.due.replace(tzinfo=None) == dt.datetime(2974, 3, 28, 17, 0)


def test_variant_a_time_limit_label_after_the_contact(tmp_path):
    r = _one(draft(tmp_path, "（联系人：郑主任，电话：0429-7812345；报送期限：3月28日17时）"))
    assert r.due.replace(tzinfo=None) == dt.datetime(2974, 3, 28, 17, 0)


def test_variant_an_appended_line_asking_by_a_day(tmp_path):
    r = _one(draft(tmp_path, "附：请各成员单位于3月28日（星期一）下午5时前将上述材料报送至报送邮箱。"))
    assert r.due.replace(tzinfo=None) == dt.datetime(2974, 3, 28, 17, 0)


def test_variant_a_plain_contact_bracket_asking_by_a_day(tmp_path):
    r = _one(draft(tmp_path, "（联系人：郑主任，请于3月28日下午5时前报送）"))
    assert r.due.replace(tzinfo=None) == dt.datetime(2974, 3, 28, 17, 0)


def test_near_miss_a_printing_date_under_the_date_is_no_deadline(tmp_path):
    d = draft(tmp_path, "（此件公开发布。印发日期：3月10日）")
    assert not d.requirements
    assert any("未找到报送期限" in u for u in d.unsettled)


def test_near_miss_a_contact_bracket_with_its_printing_day_is_no_deadline(tmp_path):
    d = draft(tmp_path, "（联系人：郑主任，电话：0429-7812345。本通知3月10日印发至各成员单位）")
    assert not d.requirements
    assert any("未找到报送期限" in u for u in d.unsettled)

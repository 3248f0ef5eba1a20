"""What held-out notices 2980–2999 showed the drafter missing (fixed on branch h-fixn149d), on notice texts written
for these tests, each with a near miss that must not change: units named each with its paper in one sentence
(`原通知要求各乡镇人民政府报送的《统计表》（Excel格式）和建昌县工业和信息化局报送的《情况说明》（Word格式），…`) and their days
in the next (`各乡镇仍为4月28日（星期二）下午4点前，建昌县工业和信息化局仍为5月8日前`): each day its unit's paper (2996)."""

from __future__ import annotations

import datetime as dt

from drafting_helpers import draft_of_a_file, notice_text

from test_drafting import part_shapes


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县教育局", "县教育局关于中小学教育信息化建设情况调查的补充通知", "各乡镇人民政府，建昌县工业和信息化局",
        body, "2978年4月20日", opening="我局于4月8日印发了《关于开展中小学教育信息化建设情况调查的通知》，现补充通知如下："))


def _reqs(d):
    return sorted((r.due.replace(tzinfo=None), "县工信局" in r.units, "建昌镇" in r.units, part_shapes(r))
                  for r in d.requirements)


PAIRED = [(dt.datetime(2978, 4, 28, 16, 0), False, True, ["sheet"]),
          (dt.datetime(2978, 5, 8, 23, 59, 59), True, False, ["document"])]


# ---------------------------------------------------------------- 2996: papers in one sentence, days in the next


def test_each_units_day_takes_its_own_paper(tmp_path):
    d = draft(tmp_path, "一、原通知要求各乡镇人民政府报送的《乡村学校网络接入情况统计表》（Excel格式）和建昌县工业和信息化局"
                        "报送的《校园5G信号覆盖情况说明》（Word格式），一律改为发送至新邮箱：jcjyj_new@163.com。\n"
                        "二、报送时间不变：各乡镇仍为4月28日（星期二）下午4点前，建昌县工业和信息化局仍为5月8日前。")
    assert _reqs(d) == PAIRED


def test_variant_papers_unquoted_and_days_said_with_reng_yu(tmp_path):
    d = draft(tmp_path, "原通知要求各乡镇报送的网络接入情况统计表（Excel格式）及县工信局报送的5G信号覆盖情况说明（Word格式），"
                        "改为发送至新邮箱jcjyj_new@163.com。报送时间不变，各乡镇仍于4月28日下午4点前报送，"
                        "县工信局仍于5月8日前报送。")
    assert _reqs(d) == PAIRED


def test_variant_days_in_clauses_split_by_semicolons(tmp_path):
    d = draft(tmp_path, "一、各乡镇人民政府报送的《网络接入情况统计表》（Excel格式）、建昌县工业和信息化局报送的"
                        "《5G信号覆盖情况说明》（Word格式）请改为发送至jcjyj_new@163.com。\n"
                        "二、截止时间：各乡镇为4月28日16时前；建昌县工业和信息化局为5月8日前。")
    assert _reqs(d) == PAIRED


def test_near_miss_one_day_for_both_keeps_both_papers_for_all(tmp_path):
    d = draft(tmp_path, "一、原通知要求各乡镇人民政府报送的《网络接入情况统计表》（Excel格式）和建昌县工业和信息化局"
                        "报送的《5G信号覆盖情况说明》（Word格式），一律改为发送至新邮箱：jcjyj_new@163.com。\n"
                        "二、报送时间不变，仍为4月28日（星期二）下午4点前。")
    assert [r.due.replace(tzinfo=None) for r in d.requirements] == [dt.datetime(2978, 4, 28, 16, 0)]

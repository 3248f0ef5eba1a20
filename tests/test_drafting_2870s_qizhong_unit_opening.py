"""What held-out notice 2870 showed the drafter missing (fixed on branch h-fixn141i), on notice texts written for
these tests: a sentence that opens on `其中，` / `此外，` and then a unit with what is said of it
(`其中，建昌县卫生健康局系统女职工人数较多，请另行制定…方案（Word格式），于5月30日前报送`) asks that unit alone, not
every unit of the sentence before (units.units_opening_the_sentence)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shape

FOUR = ["县卫健局", "县教育局", "县政务服务中心", "八家子经济开发区"]
ASK = ("请建昌县卫生健康局、建昌县教育局、建昌县政务服务中心和八家子经济开发区管委会对本单位女职工人数进行摸底，"
       "填写关爱室建设情况统计表（Excel格式），于5月16日（星期二）16时前报送至邮箱。")


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县总工会女职工委员会", "关于开展女职工关爱室建设情况摸底的通知", "各有关单位", body, "2975年4月28日",
        opening="为改善女职工工作条件，现将有关事项通知如下。",
        mailbox="jcnzw_ga2975@163.com",
        contact="杨秀兰  电话：0429-7412093"))


def test_qizhong_then_the_unit_and_what_is_said_of_it(tmp_path):
    r1, r2 = draft(tmp_path, ASK + "其中，建昌县卫生健康局系统女职工人数较多，请另行制定本系统关爱室建设方案（Word格式），"
                                   "于5月30日前报送至上述邮箱。").requirements
    assert r1.units == FOUR
    assert r2.units == ["县卫健局"] and [part_shape(p) for p in r2.parts] == ["document"]


def test_near_variant_ciwai_and_the_short_name(tmp_path):
    r1, r2 = draft(tmp_path, ASK + "此外，县教育局所属学校较多，需另行报送学校关爱室建设计划（Word格式），"
                                   "于5月31日下午5时前报送。").requirements
    assert r1.units == FOUR
    assert r2.units == ["县教育局"]


def test_near_variant_qizhong_with_two_units_and_no_comma(tmp_path):
    r1, r2 = draft(tmp_path, ASK + "其中县卫健局、县教育局两家单位女职工较多，请于5月30日前另行报送关爱室建设方案（Word格式）。"
                   ).requirements
    assert r1.units == FOUR
    assert r2.units == ["县卫健局", "县教育局"]


def test_near_miss_qizhong_naming_no_unit_keeps_the_sentence_befores(tmp_path):
    r1, r2 = draft(tmp_path, ASK + "其中，女职工人数较多的单位请另行制定关爱室建设方案（Word格式），于5月30日前报送至上述邮箱。"
                   ).requirements
    assert r2.units == FOUR

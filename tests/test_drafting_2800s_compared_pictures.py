"""What held-out notice 2801 showed the drafter missing (fixed on branch h-fixn140d), on notice texts written for these
tests: a paper sent with before-and-after pictures (`将整改报告（Word格式）连同整改前后对比截图一并发送`) is two parts, the
report and the pictures: the 同 of 连同 is no `与 / 同` of a comparison, and 对比 right before a picture word names the
pictures (对比截图 / 对比照片 / 对比图片), not a comparing done on the way (`compared.COMPARED`)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shape


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县水利局", "关于开展小型农田水利设施管护整改工作的通知", "各乡镇人民政府，县农业农村局", body,
        "2940年6月2日", opening="为巩固建设成果，现将有关事项通知如下。",
        mailbox="jcslj_zhenggai@163.com", contact="韩志刚  联系电话：0429-7522415"))


def shapes(tmp_path, body):
    reqs = draft(tmp_path, body).requirements
    return [sorted(map(part_shape, r.parts)) for r in reqs]


# ---------------------------------------------------------------- 2801: …报告（Word格式）连同整改前后对比截图


def test_a_report_with_before_and_after_screenshots_is_two_parts(tmp_path):
    assert shapes(tmp_path, "请县农业农村局于7月4日（星期一）上午10时前将整改报告（Word格式）连同整改前后对比截图"
                            "一并发送至上述邮箱。") == [["document", "photo"]]


def test_variant_joined_by_he_with_compared_photos(tmp_path):
    assert shapes(tmp_path, "请县农业农村局于7月4日前将整改情况报告（Word格式）和整治前后对比照片"
                            "一并报送。") == [["document", "photo"]]


def test_variant_a_statement_with_compared_pictures_in_a_towns_item(tmp_path):
    assert shapes(tmp_path, "二、各乡镇于7月4日17时前，将整改情况说明（Word格式）连同治理前后对比图片发送至邮箱。") \
        == [["document", "photo"]]


def test_near_miss_a_list_compared_with_another_then_a_result_sent(tmp_path):
    r = draft(tmp_path, "县农业农村局将管护人员名单与设施台账进行比对，请于7月4日前报送比对结果（Word格式）。") \
        .requirements
    assert [p["title"] for p in r[0].parts] == ["比对结果"]

"""What held-out notices 2900–2919 showed the drafter missing (fixed on branch h-fixn145a), on notice texts written
for these tests, each with a near miss that must not change: a table with a date column per paper and no paper column
(`序号 | 单位 | 自查报告报送时间 | 整改报告报送时间`) sends in each dated cell its column's paper, with what the prose above
says that paper carries (`整改报告（Word格式）须附整改前后…页面截图`: a document and a photo) (2901)."""

from __future__ import annotations

import datetime as dt

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县人力资源和社会保障局", "关于开展劳动监察专项自查整改的通知",
        "建昌县住房和城乡建设局、建昌县交通运输局、建昌县水利局", body, "2990年4月2日",
        mailbox="jcrsj_ldjc2990@126.com", contact="赵志强  电话：0429-7423015"))


def kinds_by_day(d) -> dict[dt.date, list[str]]:
    return {r.due.date(): sorted(p["kind"] for p in r.parts) for r in d.requirements}


TABLE = ("序号\t单位\t{a}报送时间\t{b}报送时间\n"
         "1\t建昌县住房和城乡建设局\t4月13日（星期二）16:00前\t5月14日（星期五）16:00前\n"
         "2\t建昌县交通运输局\t4月13日（星期二）16:00前\t无需报送\n"
         "3\t建昌县水利局\t4月15日（星期四）16:00前\t5月14日（星期五）16:00前")


# ---------------------------------------------------------------- 2901: 整改报告（Word格式）须附…截图 above the table


def test_the_attachment_said_of_a_columns_paper_is_asked_with_it(tmp_path):
    d = draft(tmp_path, "各单位对照四项制度逐项开展自查，形成自查报告（Word格式），按下表时间报送。抽查中发现问题的，"
                        "整改报告（Word格式）须附整改前后农民工实名制管理平台页面截图。各单位报送时间如下：\n"
                        + TABLE.format(a="自查报告", b="整改报告"))
    k = kinds_by_day(d)
    assert k[dt.date(2990, 5, 14)] == ["document", "photo"]
    assert k[dt.date(2990, 4, 13)] == ["document"] and k[dt.date(2990, 4, 15)] == ["document"]


def test_variant_another_paper_and_pictures_attached_by_and(tmp_path):
    d = draft(tmp_path, "各单位形成核查报告（Word格式）。对核查发现的问题，各单位形成整改情况报告（PDF格式），"
                        "并附整改前后现场照片。报送时间见下表：\n" + TABLE.format(a="核查报告", b="整改情况报告"))
    k = kinds_by_day(d)
    assert k[dt.date(2990, 5, 14)] == ["document", "photo"]
    assert k[dt.date(2990, 4, 13)] == ["document"]


def test_variant_the_attachment_said_after_the_paper_without_a_format(tmp_path):
    d = draft(tmp_path, "请各单位开展自查并形成自查报告；整改报告应当附上整改前后对比照片。报送时间如下：\n"
                        + TABLE.format(a="自查报告", b="整改报告"))
    k = kinds_by_day(d)
    assert k[dt.date(2990, 5, 14)] == ["document", "photo"]
    assert k[dt.date(2990, 4, 13)] == ["document"]


def test_variant_the_attachment_said_in_the_columns_head(tmp_path):
    d = draft(tmp_path, "请各单位开展自查，形成自查报告（Word格式）；对发现的问题形成整改报告（Word格式）。"
                        "各单位报送时间见下表（表中“无需报送”表示该单位本次无需报送该项材料）。\n"
                        + TABLE.format(a="自查报告", b="整改报告（附整改前后截图）"))
    k = kinds_by_day(d)
    assert k[dt.date(2990, 5, 14)] == ["document", "photo"]
    assert k[dt.date(2990, 4, 13)] == ["document"]


def test_near_miss_the_attachment_of_the_other_paper_stays_with_it(tmp_path):
    d = draft(tmp_path, "各单位形成自查报告（Word格式），须附自查台账截图。对发现的问题形成整改报告（Word格式）。"
                        "各单位报送时间如下：\n" + TABLE.format(a="自查报告", b="整改报告"))
    k = kinds_by_day(d)
    assert k[dt.date(2990, 5, 14)] == ["document"]


def test_near_miss_stage_columns_that_name_no_paper_are_as_before(tmp_path):
    d = draft(tmp_path, "各单位形成专项整治方案（Word格式）。初稿须附现场照片。报送时间如下：\n"
                        + TABLE.format(a="初稿", b="定稿"))
    assert all(r.parts for r in d.requirements)

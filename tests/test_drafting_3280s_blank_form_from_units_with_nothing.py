"""What held-out notice 3290 showed the drafter missing (fixed on branch h-fixn164d), on notice texts written for these
tests, with a near miss that must not change: `…将本单位新开工项目清单（Excel格式）发送至…，无新开工项目的单位报送空表` asks
the one 清单 of every unit, sent blank by a unit with nothing to report, no second sheet named 空表
(`nil_returns.BLANK_FORM`, as 零报告 is)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县项目建设推进工作领导小组办公室", "关于做好新开工项目入库纳统工作的通知", "县政府各部门、各直属机构", body,
        "3125年6月2日", opening="为确保新开工项目应统尽统，现就有关事项通知如下。",
        contact="高峰，电话：0429-7512837"))


def shapes(r) -> list[str]:
    return sorted("sheet" if "xlsx" in (p.get("formats") or []) else "document" for p in r.parts)


def shapes_by_due(d) -> dict[str, list[str]]:
    return {r.due.strftime("%m-%d"): shapes(r) for r in d.requirements}


# ---------------------------------------------------------------- 3290: 无新开工项目的单位报送空表


def test_the_blank_form_is_the_list_sent_empty(tmp_path):
    d = draft(tmp_path, "请各部门、各直属机构于6月15日（星期一）16时前将本单位新开工项目清单（Excel格式）发送至jctj_xkg@163.com，"
                        "无新开工项目的单位报送空表。县发改局于6月29日前将项目审批核准备案情况说明（Word格式）发送至上述邮箱。")
    assert shapes_by_due(d) == {"06-15": ["sheet"], "06-29": ["document"]}


def test_variant_a_blank_sheet_said_as_kongbai_biaoge(tmp_path):
    d = draft(tmp_path, "请各部门、各直属机构于6月15日16时前报送新开工项目统计表（Excel格式），没有新开工项目的也要报送空白表格，"
                        "均发送至jctj_xkg@163.com。")
    assert shapes_by_due(d) == {"06-15": ["sheet"]}


def test_variant_numbered_items_the_blank_form_after_a_semicolon(tmp_path):
    d = draft(tmp_path, "一、请各部门、各直属机构填写《新开工项目入库申报表》（Excel格式），于6月15日前发送至jctj_xkg@163.com；"
                        "本季度无新开工项目的，也须报送一份空表。\n二、县发改局于6月29日前报送备案情况说明（Word格式）。")
    assert shapes_by_due(d) == {"06-15": ["sheet"], "06-29": ["document"]}


def test_near_miss_units_with_nothing_send_a_paper_of_their_own(tmp_path):
    d = draft(tmp_path, "请各部门、各直属机构于6月15日（星期一）16时前将本单位新开工项目清单（Excel格式）发送至jctj_xkg@163.com，"
                        "无新开工项目的单位报送情况说明（Word格式）。")
    assert shapes_by_due(d) == {"06-15": ["document", "sheet"]}

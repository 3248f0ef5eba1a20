"""Requirement titles tidied of how the thing is sent, and a paper copy beside a mailed one (found by hand, 2026-12-05).
A title is the thing sent, not its copies or its scan: `…确认表纸质版一式三份`, `…说明扫描后`, `…加盖公章后扫描`,
`…以Excel形式` and a bare `扫描件` (`形成自查报告，…将扫描件发送`) were drafted as titles (`sent_object.object_sent`,
`one_requirement._named_things`). A bracket sending the paper to an office and the electronic copy to the mailbox
(`（纸质版一式三份报县农业农村局，电子版报送至邮箱）`) is a mailed requirement; before, none was drafted
(`not_mailed.MAILED_TOO`)."""

from __future__ import annotations

import pytest

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县农业农村局", "关于报送2026年耕地地力保护补贴有关材料的通知", addressee, body, "2026年5月6日",
        opening="现将有关事项通知如下。", mailbox="jcnyj_bt2026@163.com", contact="王丽  联系电话：0429-7654321"))


@pytest.mark.parametrize("body, title", [
    ("请于5月29日前将补贴面积确认表纸质版一式三份报县农业农村局302室，电子版发送至jcnyj_bt2026@163.com。", "补贴面积确认表"),
    ("各乡镇要对照检查清单逐项开展自查，形成自查报告，经主要领导签字后，于5月29日前将扫描件发送至邮箱。", "自查报告"),
    ("请各乡镇于5月29日上午11点前将补贴发放汇总表（附件2）以Excel形式发送至邮箱。", "补贴发放汇总表"),
    ("请于5月29日前将补贴发放情况说明（需主要负责人签字并加盖公章）扫描后发送至邮箱。", "补贴发放情况说明"),
    ("请于5月29日前将补贴资金核查表加盖乡镇公章后扫描发送至邮箱。", "补贴资金核查表"),
    ("请各乡镇将补贴发放自查报告（加盖单位公章）扫描成PDF格式，于5月29日前发送至邮箱。", "补贴发放自查报告"),
    ("请于5月29日前将补贴对象推荐表（附件1）纸质版加盖公章后报送至县农业农村局302室，电子版发送至邮箱。", "补贴对象推荐表"),
])
def test_a_title_is_the_thing_not_how_it_is_sent(tmp_path, body, title):
    (r,) = draft(tmp_path, body).requirements
    assert r.title == title


def test_a_paper_copy_to_an_office_beside_the_electronic_one_mailed_is_a_requirement(tmp_path):
    (r,) = draft(tmp_path, "请于5月29日前报送耕地地力保护补贴面积确认表（纸质版一式三份报县农业农村局，电子版报送至邮箱）。"
                 ).requirements
    assert "补贴面积确认表" in r.title


@pytest.mark.parametrize("body", [
    "请于5月29日前将补贴面积确认表纸质版一式三份报县农业农村局302室，电子版不再另行发送邮箱。",
    "请于5月29日前将补贴面积确认表纸质版一式三份报县农业农村局302室。",
])
def test_near_miss_a_paper_copy_alone_is_no_mailed_requirement(tmp_path, body):
    assert draft(tmp_path, body).requirements == []

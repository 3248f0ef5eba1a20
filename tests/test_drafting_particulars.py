"""A requirement that asks a person's particulars and no file (`将联络员姓名、职务、手机号码直接写在邮件正文中`, `通过邮件
报送联络员姓名及手机号码`) is drafted, titled by the particulars, with the person as its hint and one field for the name
and phone (`mail_body.particulars_asked`). It used to be left out when no verb of sending came with the mail body
(`mail_body.a_mail_written`), titled `…直接写在邮件正文中` with hints like `件正文中`, or titled 报送材料 with
no hint. Near misses: a result typed in the mail whose format names a person (`将核实结果直接写在邮件正文中…格式为：账号+
使用人姓名+手机号码`) and a form whose columns are names and phones keep their own titles."""

from __future__ import annotations

import pytest
from drafting_helpers import draft_of_a_file, notice_text


def only(tmp_path, body: str):
    (r,) = draft_of_a_file(tmp_path, notice_text(
        "建昌县农业农村局", "关于做好2026年秸秆禁烧工作的通知", "各乡镇人民政府", body, "2026年5月6日",
        opening="为做好秸秆禁烧工作，现将有关事项通知如下：", mailbox="jcnyj_jg2026@163.com",
        contact="王丽  联系电话：0429-7654321")).requirements
    return r


@pytest.mark.parametrize("body, title", [
    ("请各乡镇于5月15日前确定一名联络员，将联络员姓名、职务、手机号码直接写在邮件正文中，邮件主题注明“乡镇名称+秸秆禁烧联络员”。",
     "联络员姓名、职务、手机号码"),
    ("请各乡镇于5月15日前将联络员姓名、职务和手机号码在邮件正文中注明并发送至邮箱。", "联络员姓名、职务和手机号码"),
    ("请各乡镇于5月15日前通过邮件报送联络员姓名及手机号码。", "联络员姓名及手机号码"),
    ("请各乡镇于5月15日前将本乡镇禁烧巡查员的姓名、职务、办公电话和手机号码直接写在邮件正文中发送。",
     "禁烧巡查员姓名、职务、办公电话和手机号码"),
], ids=["typed-with-no-sending-verb", "noted-in-the-body-and-sent", "mailed-with-no-body", "a-post-with-two-phones"])
def test_a_persons_particulars_typed_or_mailed_are_the_requirement(tmp_path, body, title):
    r = only(tmp_path, body)
    assert r.title == title and (r.due.month, r.due.day) == (5, 15)
    who = title.split("姓名")[0]
    assert r.hints == [who]
    assert [(p["title"], p["kind"]) for p in r.parts] == [(f"{who}姓名及联系电话", "field")]


def test_near_miss_a_result_typed_in_the_mail_is_no_persons_particulars(tmp_path):
    r = only(tmp_path, "一、各乡镇逐一核实秸秆收储点，在用收储点须写明负责人姓名和手机号码。二、请于5月15日17时前，将核实结果"
                       "直接写在邮件正文中发送，无需附件。格式为：收储点+使用状态+负责人姓名+手机号码。")
    assert "负责人姓名" not in r.title and r.hints != ["负责人"]


def test_near_miss_a_form_of_names_and_phones_keeps_its_title(tmp_path):
    r = only(tmp_path, "请各乡镇于5月15日前将禁烧巡查员花名册（Excel格式，含姓名、手机号码）报送至邮箱。")
    assert r.title == "禁烧巡查员花名册" and [p["kind"] for p in r.parts] == ["document"]

"""What held-out notice 2894 showed the drafter missing (fixed on branch h-fixn144d): units told to send to another
unit, which sums up and sends the whole later, and not to the issuer (`…报县自然资源局，由县自然资源局统一汇总，各乡镇
不直接向农工委报送`) owe this campaign nothing: the office named by its short name without 县 (农工委) or with two
adverbs (不再直接向本委) is read as not_mailed.NOT_TO_US reads `不直接报送县农业农村局`."""

from __future__ import annotations

import datetime as dt

from drafting_helpers import draft_of_a_file, notice_text

BUREAU = "二、县自然资源局汇总后，形成全县违法用地查处情况报告（Word格式），于6月5日前发送至邮箱。"


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县人大常委会农业与农村工作委员会", "关于报送违法用地查处情况的通知", "建昌县自然资源局，各乡镇人民政府",
        body, "2987年5月11日", opening="为做好审议准备，现将有关事项通知如下：", mailbox="jcrd_ngw2987@163.com",
        contact="马文斌  电话：0429-7610527"))


def dues(tmp_path, towns: str) -> list[dt.date]:
    return sorted(r.due.date() for r in draft(tmp_path, towns + "\n" + BUREAU).requirements)


def test_towns_sending_to_a_bureau_not_to_the_issuer_by_its_short_name_owe_nothing(tmp_path):
    assert dues(tmp_path, "一、各乡镇人民政府要对违法用地案件查处情况进行梳理，于5月22日前报建昌县自然资源局执法监察大队，"
                          "由县自然资源局统一汇总，各乡镇不直接向农工委报送。") == [dt.date(2987, 6, 5)]


def test_variant_not_sent_to_the_issuer_named_after_the_verb(tmp_path):
    assert dues(tmp_path, "一、各乡镇于5月22日前将违法用地案件查处情况表（Excel格式）报县自然资源局，由其汇总后统一报送，"
                          "不直接报送人大农工委。") == [dt.date(2987, 6, 5)]


def test_variant_not_any_more_sent_to_us(tmp_path):
    assert dues(tmp_path, "一、各乡镇于5月22日前将违法用地案件查处情况报县自然资源局汇总，不再直接向本委报送。") \
        == [dt.date(2987, 6, 5)]


def test_near_miss_checked_by_a_bureau_then_mailed_here_stays_ours(tmp_path):
    assert dues(tmp_path, "一、各乡镇于5月22日前将违法用地案件查处情况表（Excel格式）报县自然资源局审核后发送至邮箱。") \
        == [dt.date(2987, 5, 22), dt.date(2987, 6, 5)]

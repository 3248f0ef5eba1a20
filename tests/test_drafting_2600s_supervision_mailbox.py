"""What held-out notices 2600–2619 showed the drafter missing (fixed on branch h-fixn130a), on notice texts written
for these tests, each with a near miss that must not change: a mailbox the office sets up for the public's complaints
(`设立监督电话…和监督邮箱…，接受群众…投诉举报`) is no collecting address (2612)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县农业农村局", "关于开展兽药经营门店排查的通知", "各乡镇人民政府，县市场局", body, "2694年9月7日",
        opening="为规范兽药经营秩序，现将有关事项通知如下。",
        contact="杜海林  电话：0429-7816653"))


ASKED = ("一、请各乡镇填写兽药经营门店排查登记表（Excel格式），于9月19日前发送至jcnyj_shouyao@163.com。\n"
         "二、请县市场局形成书面材料（Word格式），于9月26日（星期一）上午11时前发送至同一邮箱。\n")


# ---------------------------------------------------------------- 2612: 监督邮箱


def test_a_supervision_mailbox_for_complaints_is_no_address(tmp_path):
    d = draft(tmp_path, ASKED + "三、排查期间，县农业农村局设立监督电话0429-7930788和监督邮箱jcnyj_jd2694@126.com，"
                                "接受群众对违规经营行为的投诉举报。")
    assert d.addresses == ["jcnyj_shouyao@163.com"]


def test_near_miss_a_supervision_bureaus_mailbox_collects(tmp_path):
    d = draft(tmp_path, ASKED.replace("发送至同一邮箱", "发送至县市场监督管理局邮箱jcscj_sy2694@163.com"))
    assert set(d.addresses) == {"jcnyj_shouyao@163.com", "jcscj_sy2694@163.com"}

"""What held-out notices 2980–2999 showed the drafter missing (fixed on branch h-fixn149d), on notice texts written
for these tests, each with a near miss that must not change: a 补充通知's earlier notice's mailbox
(`因原通知所列报送邮箱（a@126.com）容量已满，…一律改为发送至新邮箱：b@163.com`) is no collecting address (2996's address)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, opening: str, ask: str = "一、原通知要求各乡镇报送的《网络接入情况统计表》（Excel格式），一律改为发送至新邮箱："
                                            "jcjyj_new@163.com。\n二、报送时间不变：各乡镇仍为4月28日下午4点前。"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县教育局", "县教育局关于中小学教育信息化建设情况调查的补充通知", "各乡镇人民政府",
        f"{opening}\n{ask}", "2978年4月20日"))


# ---------------------------------------------------------------- 2996: 原通知所列报送邮箱（…）


def test_the_earlier_notices_mailbox_is_not_collecting(tmp_path):
    d = draft(tmp_path, "我局于4月8日印发了《关于开展中小学教育信息化建设情况调查的通知》。因原通知所列报送邮箱"
                        "（jcjyj_old@126.com）容量已满，部分单位发送的材料被退回，现将有关事项补充通知如下：")
    assert d.addresses == ["jcjyj_new@163.com"]


def test_variant_the_earlier_files_published_mailbox(tmp_path):
    d = draft(tmp_path, "因原文件公布的收件邮箱jcjyj_old@126.com无法正常接收邮件，现补充通知如下：")
    assert d.addresses == ["jcjyj_new@163.com"]


def test_variant_the_mailbox_in_the_former_notice(tmp_path):
    d = draft(tmp_path, "鉴于前通知中的报送邮箱（jcjyj_old@126.com）出现故障，现将有关事项补充通知如下：")
    assert d.addresses == ["jcjyj_new@163.com"]


def test_near_miss_the_earlier_notices_mailbox_still_used(tmp_path):
    d = draft(tmp_path, "现将有关事项补充通知如下：",
              "一、各乡镇请仍按原通知所列报送邮箱（jcjyj_old@126.com）报送《网络接入情况统计表》（Excel格式）。\n"
              "二、报送时间不变：各乡镇仍为4月28日下午4点前。")
    assert d.addresses == ["jcjyj_old@126.com"]


def test_near_miss_sent_to_the_earlier_notices_mailbox(tmp_path):
    d = draft(tmp_path, "现将有关事项补充通知如下：",
              "一、增加建昌镇为报送单位，请于4月28日前将《网络接入情况统计表》（Excel格式）发送至原通知邮箱jcjyj_old@126.com。")
    assert d.addresses == ["jcjyj_old@126.com"]

"""What held-out notice 2866 showed the drafter missing (fixed on branch h-fixn141j), on notice texts written for
these tests: a 补充通知 changing the mailbox (`因原申报邮箱a@126.com容量已满，现将报送邮箱更换为b@163.com，
原邮箱即日起停止使用`) collects at the new one only: the old one, named as the 原申报邮箱, is retired, and the clause
after the new one (`原邮箱…停止使用`) speaks of the old one, not of it."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "共青团建昌县委员会", "关于开展青年文明号创建申报工作的补充通知", "各乡镇团委", body, "2973年3月10日",
        contact="陈晓宇，电话：0429-7413516"))


def addresses(tmp_path, body: str) -> list[str]:
    return draft(tmp_path, body).addresses


TAIL = "\n各乡镇团委将申报表（Word格式）于3月22日前报送。"


def test_the_new_mailbox_not_the_old(tmp_path):
    assert addresses(tmp_path, "因原申报邮箱jctw_old@126.com容量已满，无法正常接收附件，现将申报材料报送邮箱更换为"
                               "jctw_new@163.com，原邮箱即日起停止使用。" + TAIL) == ["jctw_new@163.com"]


def test_variant_old_mailbox_and_no_longer_used(tmp_path):
    assert addresses(tmp_path, "原报名邮箱jctw_old@126.com因故无法登录，现将报送邮箱调整为jctw_new@163.com，"
                               "旧邮箱不再使用。" + TAIL) == ["jctw_new@163.com"]


def test_variant_mailbox_label_of_another_word(tmp_path):
    assert addresses(tmp_path, "鉴于原收件信箱jctw_old@126.com出现故障，报送信箱现变更为jctw_new@163.com，"
                               "原信箱自即日起停止使用，请各单位知悉。" + TAIL) == ["jctw_new@163.com"]


def test_near_miss_an_address_told_not_to_be_used_stays_put_aside(tmp_path):
    got = addresses(tmp_path, "材料发送至jctw_new@163.com，jctw_city@126.com为市团委邮箱，请勿使用。" + TAIL)
    assert got == ["jctw_new@163.com"]

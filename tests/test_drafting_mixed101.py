"""What held-out mixed101 showed the drafter missing (branch h-fixd101), on notice texts written for these tests, with a
near miss that must not change: a drive's paper (排查 / 台账) whose name gives no topic to go with it reaches past the drive
to the name's topic word (在用电梯安全隐患排查台账 → 电梯安全隐患排查台账, D2); beside a topic, or a self-check's paper, it
stays as before (h-fixd97, h-fixd98)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.drafting.hints_and_ids import hints_for
from collector.drafting.words import a_paper_of_a_work_alone, part_words, words_of
from collector.roster import builtin_roster

ROSTER = builtin_roster()
BOX = "jcscjg101@163.com"


def draft(title: str, body: str):
    text = (f"{title}\n\n建昌镇人民政府，石佛乡人民政府，县教育局：\n{body}\n"
            "联系人：李敏  电话：0429-7712300\n\n建昌县市场监督管理局\n2111年10月12日\n")
    return draft_campaign(text, ROSTER)


BOILERS = (f"请各单位对本辖区在用锅炉逐台排查，填写《在用锅炉安全隐患排查台账》（Excel格式），于10月30日（星期五）17时前"
           f"发送至邮箱{BOX}。\n")


# ---------------------------------------------------------------- D2: a drive's paper with no topic


def test_a_drive_paper_is_read_by_its_work_and_generic_noun():
    assert a_paper_of_a_work_alone(words_of("排查台账")) and a_paper_of_a_work_alone(words_of("隐患排查台账"))
    assert a_paper_of_a_work_alone(words_of("整改情况报告"))
    assert not a_paper_of_a_work_alone(words_of("锅炉排查台账"))  # a topic word in it
    assert not a_paper_of_a_work_alone(words_of("开展情况统计表"))  # 开展 is no drive


def test_a_drive_paper_of_no_topic_reaches_past_the_drive_to_the_topic_word():
    # was 排查台账: any survey's 台账, the part's only word
    assert part_words("在用锅炉安全隐患排查台账") == ["锅炉安全隐患排查台账"]
    assert "排查台账" not in hints_for(["在用锅炉安全隐患排查台账"])
    (r,) = draft("关于开展在用锅炉安全隐患排查整治工作的通知", BOILERS).requirements
    assert "排查台账" not in r.hints and "锅炉安全隐患排查台账" in r.hints
    assert [p["words"] for p in r.parts] == [["锅炉安全隐患排查台账"]]


def test_near_miss_a_drive_paper_beside_its_topic_and_a_self_check_paper_stay():
    # the name gives its topic: the drive's paper stays the short form beside it (h-fixd98)
    assert part_words("农村化粪池安全隐患排查统计表") == ["排查统计表", "化粪池安全隐患"]
    # a self-check's paper is read as before (h-fixd97)
    assert part_words("粮库安全检查自查报告") == ["安全检查自查报告"]
    assert part_words("河道采砂整治自查表") == ["整治自查表"]
